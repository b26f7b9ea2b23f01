# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""e-Yazışma packages of the registry's documents (issue 22, spec eyp.md §7).

The package itself (OPC ZIP, Üstveri, digests) is built and checked by
``tools/eyp.py`` without the ORM; the signatures by ``tools/eyp_cms.py``.
This mixin maps a document to a package and back: export of a signed
outgoing letter, and registration of a package received (import wizard and
KEP intake)."""

import dataclasses
import datetime
import uuid
from zoneinfo import ZoneInfo

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools import eyp, eyp_cms
from ..tools.eyp_rules import RULE_MEANINGS

TZ = ZoneInfo("Europe/Istanbul")
# GuvenlikKodu (eyp.md §2) of the registry's classifications, both ways.
GUVENLIK_KODU = {
    "tasnif_disi": "YOK",
    "hizmete_ozel": "HZO",
    "gizli": "GZL",
    "cok_gizli": "CGZ",
}
CLASSIFICATION_OF = {code: name for name, code in GUVENLIK_KODU.items()}
# 1.x wrote TSD for unclassified and had an OZL (özel) class, dropped in 2.1.
CLASSIFICATION_OF.update({"TSD": "tasnif_disi", "OZL": "hizmete_ozel"})
IVEDILIK = {"normal": "NRM", "acele": "ACL", "gunludur": "GNL"}
URGENCY_OF = {"NRM": "normal", "ACL": "acele", "GNL": "gunludur"}
URGENCY_OF.update({"IVD": "acele", "CIV": "acele"})
# The Ids of a letter's ekler and ilgiler derive from its BelgeId, so that
# the same letter gives the same Paket Özeti (external signatures).
ID_NAMESPACE = uuid.UUID("5b0c2f4e-7d39-4c1e-9a57-0e4b2f6d8c11")


def _guid(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts))).upper()


class OzelKalemEypMixin(models.AbstractModel):
    """The e-Yazışma package of a registry document: exported for a signed
    outgoing letter, kept byte for byte for a received one."""

    _name = "ozel_kalem.eyp.mixin"
    _description = "e-Yazışma Package of a Document"

    eyp_belge_id = fields.Char(
        string="e-Yazışma Id (BelgeId)",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The document's identifier in e-Yazışma, also its verification "
        "code: given when an outgoing letter is first packaged, read from "
        "the package of a received one.",
    )
    eyp_attachment_id = fields.Many2one(
        "ir.attachment",
        string="e-Yazışma Package",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The .eyp file: as sent for an outgoing letter, as received, "
        "unchanged, for an incoming one.",
    )
    eyp_letter_attachment_id = fields.Many2one(
        "ir.attachment",
        string="Letter in the Package",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The PDF of the letter (üst yazı) the package carries.",
    )
    eyp_summary_attachment_id = fields.Many2one(
        "ir.attachment",
        string="Package Summary to Sign",
        readonly=True,
        copy=False,
        help="The package summary (Paket Özeti) the signer signs with a "
        "smart card outside Odoo.",
    )
    eyp_signer_external = fields.Boolean(
        string="Signed Outside Odoo", compute="_compute_eyp_signer_external"
    )

    def _compute_eyp_signer_external(self):
        for record in self:
            record.eyp_signer_external = (
                record.company_id.ozel_kalem_eyp_signer == "external"
            )

    # ------------------------------------------------------------------
    # Messages
    # ------------------------------------------------------------------
    def _eyp_refusal(self, problems):
        """A Turkish message naming each rule a package failed, what the
        rule means and what was found."""
        lines = []
        for problem in problems:
            meaning = RULE_MEANINGS.get(problem.code)
            meaning = meaning._translate(self.env.lang) if meaning else ""
            lines.append(f"{problem.code}: {meaning} ({problem.message})")
        return UserError(
            self.env._(
                "The e-Yazışma package is refused; nothing was registered.\n%(rules)s",
                rules="\n".join(lines),
            )
        )

    # ------------------------------------------------------------------
    # Export
    # ------------------------------------------------------------------
    def _eyp_check_exportable(self):
        self.ensure_one()
        # Making the package is a change of the letter: for those who may
        # change it (the registry), not for its readers.
        self.check_access("write")
        if self.direction != "outgoing" or self.state not in ("signed", "dispatched"):
            raise UserError(
                self.env._(
                    "Only a signed outgoing letter is sent as an e-Yazışma "
                    "package (%(document)s).",
                    document=self.display_name,
                )
            )
        if self.state == "dispatched" and self.eyp_attachment_id:
            raise UserError(
                self.env._(
                    "%(document)s was sent with its package: the package is "
                    "kept as it was sent.",
                    document=self.display_name,
                )
            )
        # Gizlilik Dereceli Belgelerde Uygulanacak Usul ve Esaslar Hakkında
        # Yönetmelik (2022) and the e-Yazışma Teknik Rehberi: GİZLİ and ÇOK
        # GİZLİ letters travel electronically only encrypted (the .eyps
        # package, out of this version's scope): refused here.
        if self.classification in ("gizli", "cok_gizli"):
            raise UserError(
                self.env._(
                    "%(document)s is classified GİZLİ or ÇOK GİZLİ: such "
                    "letters travel electronically only as encrypted packages, "
                    "which Odoo does not make. Send it sealed, by hand or by "
                    "courier.",
                    document=self.display_name,
                )
            )
        if not self.company_id.ozel_kalem_eyp_signer:
            # The company's own message says where to choose the signer.
            self.company_id._ozel_kalem_eyp_key()

    def _eyp_party(self, partner, role):
        """The Taraf of an institution: its DETSİS number is its address."""
        partner = partner.sudo()
        if not partner.ozel_kalem_detsis:
            raise UserError(
                self.env._(
                    "%(partner)s (%(role)s) has no DETSİS number: e-Yazışma "
                    "packages go to institutions by their DETSİS number. Set "
                    "it on the contact, or send the letter another way.",
                    partner=partner.display_name,
                    role=role,
                )
            )
        return self._eyp_institution(partner, partner.ozel_kalem_detsis)

    @api.model
    def _eyp_institution(self, partner, detsis, **values):
        """A KurumKurulus with the address of ``partner`` (a company's
        address is its partner's)."""
        party = eyp.Party(
            kind="kurum",
            name=partner.name or "",
            detsis=detsis,
            kep=partner.ozel_kalem_kep or "",
            email=partner.email or "",
            phone=partner.phone or "",
            address=" ".join(filter(None, [partner.street, partner.street2])),
            district=partner.city or "",
            city=partner.state_id.name or "",
            country=partner.country_id.name or "",
        )
        return dataclasses.replace(party, **values)

    def _eyp_creator(self):
        """The municipality as KurumKurulus, with the office unit's own
        DETSİS number (BirimKKK) when it has one."""
        company = self.company_id.sudo()
        if not company.ozel_kalem_detsis:
            raise UserError(
                self.env._(
                    "Set the DETSİS number of %(company)s first "
                    "(Settings ▸ Companies).",
                    company=company.name,
                )
            )
        return self._eyp_institution(
            company.partner_id,
            company.ozel_kalem_detsis,
            name=company.name,
            birim_detsis=company._ozel_kalem_office_unit().ozel_kalem_detsis or "",
        )

    def _eyp_signed_at(self):
        """The moment of the signature in Türkiye (the package's dates)."""
        return (
            self.registration_date.replace(tzinfo=datetime.timezone.utc)
            .astimezone(TZ)
            .replace(microsecond=0)
        )

    def _eyp_recipients(self):
        urgency = IVEDILIK[self.urgency]
        miat = None
        if urgency == "GNL":
            # Miat counts from the date the package carries.
            start = self._eyp_signed_at().date()
            miat = max((self.date_due - start).days, 0)
        recipients, seen = [], set()
        groups = [
            (self.partner_id, "GRG", self.env._("correspondent")),
            (self.distribution_action_partner_ids, "GRG", self.env._("for action")),
            (self.distribution_info_partner_ids, "BLG", self.env._("for information")),
        ]
        for partners, kind, role in groups:
            for partner in partners:
                if partner.id in seen:
                    continue
                seen.add(partner.id)
                recipients.append(
                    eyp.Recipient(
                        party=self._eyp_party(partner, role),
                        kind=kind,
                        urgency=urgency,
                        miat=miat,
                    )
                )
        return recipients

    def _eyp_signature(self, signed_at):
        """The Imza of the Nihai Üstveri: the signer, and under a delegation
        the mayor as YetkiDevreden (*adına*) or VekaletVeren (*vekaleten*)."""
        lines = self._signature_block()

        def person(user):
            words = (user.name or "").split()
            return eyp.Party(
                kind="gercek",
                first_name=" ".join(words[:-1]) or user.name or "",
                last_name=words[-1] if len(words) > 1 else "",
            )

        signature = eyp.Signature(
            person=person(self.signer_id.sudo()),
            position=lines[-1],
            purpose="İmza",
            date=signed_at,
        )
        if self.delegation_id:
            principal = person(
                self.delegation_id.sudo().delegator_id
                or self.company_id._ozel_kalem_mayor()
            )
            if self.delegation_id.kind == "vekaleten":
                signature.principal = principal
            else:
                signature.delegator = principal
        return signature

    def _eyp_annex_attachments(self):
        """The letter's own files, sent as ekler: all but the package, the
        letter PDF and the summary."""
        own = (
            self.eyp_attachment_id
            | self.eyp_letter_attachment_id
            | self.eyp_summary_attachment_id
        )
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("res_field", "=", False),
                ],
                order="id",
            )
        )
        return attachments - own

    def _eyp_verification_url(self, belge_id):
        base_url = self.get_base_url()
        return f"{base_url}/ozel-kalem/dogrula/{belge_id}"

    def _eyp_letter(self, creator=None, recipients=None):
        """The letter as ``tools/eyp`` builds it, from the stored üst yazı
        (with the sender and recipients when already built)."""
        self.ensure_one()
        belge_id = self.eyp_belge_id
        signed_at = self._eyp_signed_at()
        annexes = [
            eyp.Annex(
                id=_guid(belge_id, "ek", attachment.id),
                kind="DED",
                order=order,
                name=attachment.name,
                filename=attachment.name,
                mimetype=attachment.mimetype or "application/octet-stream",
                content=attachment.raw,
            )
            for order, attachment in enumerate(self._eyp_annex_attachments(), 1)
        ]
        references = [
            eyp.Reference(
                id=_guid(belge_id, "ilgi", index),
                label=chr(ord("a") + index) if index < 26 else str(index + 1),
                name=line,
            )
            for index, line in enumerate(self._lines("reference_text"))
        ]
        return eyp.Letter(
            belge_id=belge_id,
            subject=self.name,
            letter_pdf=self.eyp_letter_attachment_id.sudo().raw,
            letter_filename=f"{self.registration_number}.pdf",
            creator=creator or self._eyp_creator(),
            recipients=recipients or self._eyp_recipients(),
            classification=GUVENLIK_KODU[self.classification],
            annexes=annexes,
            references=references,
            file_plan_code=self.file_code_id.code or "",
            file_plan_name=self.file_code_id.name or "",
            verification_url=self._eyp_verification_url(belge_id),
            sayi=self.registration_number,
            signed_at=signed_at,
            signatures=[self._eyp_signature(signed_at)],
            created=signed_at,
            creator_name=self.company_id.name,
        )

    def _eyp_attachment(self, name, data, mimetype):
        return (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": name,
                    "raw": data,
                    "mimetype": mimetype,
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
        )

    def _eyp_render_letter(self):
        """The official letter PDF (the üst yazı), rendered once and kept:
        the package and the summary a signer signs carry these bytes."""
        pdf, __ = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("ozel_kalem.ozel_kalem_letter_report_action", self.ids)
        )
        return pdf

    def _eyp_prepare(self):
        """Give the letter its BelgeId and freeze its üst yazı, once."""
        self.ensure_one()
        self._eyp_check_exportable()
        # Refused before anything is written: the sender and each recipient
        # need their DETSİS number.
        creator, recipients = self._eyp_creator(), self._eyp_recipients()
        values = {}
        if not self.eyp_belge_id:
            values["eyp_belge_id"] = str(uuid.uuid4()).upper()
        if not self.eyp_letter_attachment_id:
            pdf = self._eyp_render_letter()
            values["eyp_letter_attachment_id"] = self._eyp_attachment(
                f"{self.registration_number}.pdf", pdf, "application/pdf"
            ).id
        if values:
            self._ozel_kalem_action_write(values)
        return self._eyp_letter(creator, recipients)

    def _eyp_store(self, letter, sign_imza):
        """Build, seal and keep the package; an earlier one is replaced."""
        company = self.company_id
        try:
            data = eyp.build(letter, sign_imza, company._ozel_kalem_eyp_seal)
        except eyp.EypError as error:
            raise UserError(
                self.env._(
                    "The e-Yazışma package of %(document)s cannot be made: "
                    "%(problems)s",
                    document=self.display_name,
                    problems=error,
                )
            ) from error
        previous = self.eyp_attachment_id
        attachment = self._eyp_attachment(
            f"{letter.belge_id}.eyp", data, "application/octet-stream"
        )
        self._ozel_kalem_action_write({"eyp_attachment_id": attachment.id})
        if previous:
            previous.sudo().unlink()
        # Logged as the tracking is: whoever makes it, with or without an
        # e-mail address of their own.
        self._message_log(
            body=self.env._(
                "e-Yazışma package %(name)s made, signed and sealed.",
                name=attachment.name,
            ),
        )
        return attachment

    def action_eyp_export(self):
        """Make the e-Yazışma package of signed outgoing letters, signed by
        the company's signer and sealed with its e-seal.  When the signer
        signs outside Odoo, open the upload of the signature instead."""
        for document in self:
            document._eyp_check_exportable()
        if any(self.company_id.mapped("ozel_kalem_eyp_signer")) and all(
            signer == "external"
            for signer in self.company_id.mapped("ozel_kalem_eyp_signer")
        ):
            self.ensure_one()
            return self.action_eyp_signature()
        for document in self:
            letter = document._eyp_prepare()
            document._eyp_store(letter, document.company_id._ozel_kalem_eyp_sign)
        return True

    def action_eyp_summary(self):
        """Download the package summary to sign outside Odoo (smart card)."""
        self.ensure_one()
        letter = self._eyp_prepare()
        summary = eyp.paket_ozeti(letter)
        attachment = self.eyp_summary_attachment_id
        if attachment.sudo().raw != summary:
            previous = attachment
            attachment = self._eyp_attachment(
                f"PaketOzeti-{letter.belge_id}.xml", summary, "application/xml"
            )
            self._ozel_kalem_action_write({"eyp_summary_attachment_id": attachment.id})
            if previous:
                previous.sudo().unlink()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "self",
        }

    def action_eyp_signature(self):
        """Open the upload of a signature made outside Odoo."""
        self.ensure_one()
        self._eyp_check_exportable()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Upload the e-Signature"),
            "res_model": "ozel_kalem.eyp.signature",
            "view_mode": "form",
            "target": "new",
            "context": {"default_document_id": self.id},
        }

    def _eyp_export_signed(self, signature):
        """Seal and keep the package whose summary ``signature`` (a CAdES
        made outside Odoo) signs; refused unless it verifies over exactly the
        summary of the letter as it is now."""
        self.ensure_one()
        letter = self._eyp_prepare()
        summary = eyp.paket_ozeti(letter)
        try:
            eyp_cms.verify(signature, expected=summary)
        except eyp_cms.CmsError as error:
            raise UserError(
                self.env._(
                    "The signature is refused: it is not a valid signature "
                    "of the package summary of %(document)s (%(reason)s). "
                    "Download the summary again and sign that file.",
                    document=self.display_name,
                    reason=error,
                )
            ) from error
        return self._eyp_store(letter, lambda data: signature)

    # ------------------------------------------------------------------
    # Import
    # ------------------------------------------------------------------
    @api.model
    def _eyp_read(self, data, filename=None):
        """The package read and checked; refused with the rules it fails."""
        if not data:
            raise UserError(self.env._("Choose the .eyp file to import."))
        try:
            return eyp.read(data, filename=filename)
        except eyp.EypError as error:
            raise self._eyp_refusal(error.problems) from error

    @api.model
    def _eyp_peek(self, data):
        """``(BelgeId, GuvenlikKodu)`` read from a package's Üstveri without
        any check (empty strings when it cannot be read): what a refused
        package says it is, to keep a classified one out of sight."""
        try:
            return eyp.peek(data or b"")
        except eyp.UNREADABLE:
            return "", ""

    @api.model
    def _eyp_sender(self, party):
        """The institution that sent the package: found by its DETSİS
        number, else by its name, else registered."""
        Partner = self.env["res.partner"].sudo()
        partner = Partner.browse()
        if party.detsis:
            partner = Partner.search(
                [("ozel_kalem_detsis", "=", party.detsis)], limit=1, order="id"
            )
        name = party.name or " ".join(filter(None, [party.first_name, party.last_name]))
        if not partner and name:
            partner = Partner.search(
                [("name", "=ilike", name), ("is_company", "=", party.kind != "gercek")],
                limit=1,
                order="id",
            )
            if partner and party.detsis and not partner.ozel_kalem_detsis:
                partner.ozel_kalem_detsis = party.detsis
        if not partner:
            partner = Partner.create(
                {
                    "name": name or party.detsis,
                    "is_company": party.kind != "gercek",
                    "ozel_kalem_detsis": party.detsis or False,
                    "ozel_kalem_kep": party.kep or False,
                    "email": party.email or False,
                    "phone": party.phone or False,
                }
            )
        return partner

    @api.model
    def _eyp_import(self, data, filename=None, channel="ebys"):
        """Register a received package as an incoming document, with its
        letter, its ekler and the package itself, unchanged; refused with
        nothing stored when it fails a rule or was registered already."""
        package = self._eyp_read(data, filename)
        letter = package.letter
        company = self.env.company
        duplicate = (
            self.sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("eyp_belge_id", "=", letter.belge_id),
                    ("company_id", "=", company.id),
                ],
                limit=1,
            )
        )
        if duplicate:
            raise UserError(
                self.env._(
                    "This package (%(belge_id)s) is registered already: %(number)s.",
                    belge_id=letter.belge_id,
                    number=duplicate.registration_number or duplicate.name,
                )
            )
        detsis = company.ozel_kalem_detsis
        ours = [r for r in letter.recipients if detsis and r.party.detsis == detsis]
        recipient = (
            ours or [r for r in letter.recipients if r.kind == "GRG"] or [None]
        )[0]
        sent = letter.signed_at
        sender_date = (
            sent.astimezone(TZ).date()
            if sent and sent.tzinfo
            else (sent.date() if sent else None)
        )
        urgency = URGENCY_OF.get(recipient.urgency if recipient else "", "normal")
        date_due = False
        if urgency == "gunludur":
            if recipient.miat is not None and sender_date:
                date_due = sender_date + datetime.timedelta(days=recipient.miat)
            else:
                urgency = "acele"
        file_code = self.env["ozel_kalem.file.code"].search(
            [("code", "=", letter.file_plan_code), ("has_children", "=", False)],
            limit=1,
        )
        with self.env.cr.savepoint():
            document = self.create(
                {
                    "direction": "incoming",
                    "kind": "letter",
                    "name": letter.subject,
                    "partner_id": self._eyp_sender(letter.creator).id,
                    "sender_reference": letter.sayi or False,
                    "sender_date": sender_date,
                    "classification": CLASSIFICATION_OF.get(
                        letter.classification, "tasnif_disi"
                    ),
                    "urgency": urgency,
                    "date_due": date_due,
                    "file_code_id": file_code.id,
                    "channel": channel,
                    "medium": "E",
                    "company_id": company.id,
                }
            )
            document._eyp_keep(package, data, filename)
            document.action_register()
        return document

    def _eyp_keep(self, package, data, filename):
        """Attach the letter, its DED ekler and the package as received."""
        self.ensure_one()
        letter = package.letter
        pdf = self._eyp_attachment(
            letter.letter_filename or "UstYazi.pdf",
            letter.letter_pdf,
            "application/pdf",
        )
        for annex in sorted(letter.annexes, key=lambda a: (a.order, a.id)):
            if annex.kind == "DED":
                self._eyp_attachment(
                    annex.filename or annex.name,
                    annex.content,
                    annex.mimetype or "application/octet-stream",
                )
        name = filename if (filename or "").lower().endswith(".eyp") else None
        original = self._eyp_attachment(
            name or f"{letter.belge_id}.eyp", data, "application/octet-stream"
        )
        self._ozel_kalem_action_write(
            {
                "eyp_belge_id": letter.belge_id,
                "eyp_attachment_id": original.id,
                "eyp_letter_attachment_id": pdf.id,
            }
        )

    def action_eyp_download(self):
        self.ensure_one()
        if not self.eyp_attachment_id:
            raise UserError(self.env._("This document has no e-Yazışma package."))
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self.eyp_attachment_id.id}?download=true",
            "target": "self",
        }
