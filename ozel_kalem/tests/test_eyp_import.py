# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Registration of received e-Yazışma packages (eyp.md §7, import): through
the import wizard, by a registry clerk, of packages another institution
built and signed (``tools/eyp.build`` with a self-signed certificate)."""

import base64
import datetime
import hashlib
import io
import uuid
import zipfile

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.ozel_kalem.tools import eyp, eyp_cms

from .common import OzelKalemCase
from .test_eyp_tools import _repack as repack

TR = datetime.timezone(datetime.timedelta(hours=3))
# The municipality of the tests and the institutions writing to it.
OUR_DETSIS = "11223344"
SENDER_DETSIS = "19283746"
VALILIK_DETSIS = "13572468"
SIGNED_AT = datetime.datetime(2026, 11, 2, 10, 15, tzinfo=TR)


def guid():
    return str(uuid.uuid4()).upper()


def part(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def digests(content):
    """The base64 SHA-512 and SHA-256 digests of a part, as written in the
    Paket Özeti."""
    return [
        base64.b64encode(hashlib.new(algorithm, content).digest())
        for algorithm in ("sha512", "sha256")
    ]


class EypImportCase(OzelKalemCase):
    """Packages of another institution (Örnek Belediyesi), addressed to the
    test company by its DETSİS number, signed and sealed with a self-signed
    certificate of theirs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.ozel_kalem_detsis = OUR_DETSIS
        cls.key, cls.cert = eyp_cms.self_signed(
            "Örnek Belediyesi e-Mühür", "Örnek Belediyesi"
        )
        cls.file_code = cls.env.ref("ozel_kalem.file_code_010_06_02")

    def _sign(self, data):
        return eyp_cms.sign(data, self.key, self.cert)

    def _annex(self, order, content, filename, mimetype="application/pdf"):
        return eyp.Annex(
            id=guid(),
            kind="DED",
            order=order,
            name=filename.rsplit(".", 1)[0].title(),
            filename=filename,
            mimetype=mimetype,
            content=content,
        )

    def _letter(
        self, classification="YOK", urgency="NRM", miat=None, recipients=None, **kw
    ):
        """A letter of Örnek Belediyesi to the test company (GRG)."""
        if recipients is None:
            recipients = [
                eyp.Recipient(
                    eyp.Party(kind="kurum", detsis=OUR_DETSIS, name="Test Belediyesi"),
                    kind="GRG",
                    urgency=urgency,
                    miat=miat,
                )
            ]
        values = {
            "belge_id": guid(),
            "subject": "Ortak kültür festivali hakkında",
            "letter_pdf": b"%PDF-1.4\n% ust yazi\n%%EOF",
            "letter_filename": "UstYazi.pdf",
            "creator": eyp.Party(
                kind="kurum",
                detsis=SENDER_DETSIS,
                name="Örnek Belediyesi",
                kep="ornekbelediyesi@hs01.kep.tr",
            ),
            "recipients": recipients,
            "classification": classification,
            "file_plan_code": self.file_code.code,
            "file_plan_name": self.file_code.name,
            "verification_url": "https://ornek.bel.tr/dogrula",
            "sayi": f"E-{SENDER_DETSIS}-{self.file_code.code}-55",
            "signed_at": SIGNED_AT,
            "signatures": [
                eyp.Signature(
                    person=eyp.Party(
                        kind="gercek", first_name="Ayşe", last_name="Yılmaz"
                    ),
                    position="Belediye Başkanı",
                    purpose="İmza",
                )
            ],
            "created": SIGNED_AT,
            "creator_name": "Örnek Belediyesi",
        }
        values.update(kw)
        return eyp.Letter(**values)

    def _package(self, letter=None, **kw):
        """The letter and its package, signed and sealed by the sender."""
        letter = letter or self._letter(**kw)
        return letter, eyp.build(letter, self._sign, self._sign)

    def _import(self, data, filename=None, user=None, company=None, channel="ebys"):
        """Import through the wizard as ``user`` (the clerk by default)."""
        env = self.env(user=user or self.clerk_a)
        if company:
            env = env(context=dict(env.context, allowed_company_ids=company.ids))
        wizard = env["ozel_kalem.eyp.import"].create(
            {
                "package": base64.b64encode(data),
                "filename": filename,
                "channel": channel,
            }
        )
        return wizard.action_import()

    def _stored(self):
        """How many documents and attachments the database holds."""
        return (
            self.env["ozel_kalem.document"]
            .sudo()
            .with_context(active_test=False)
            .search_count([]),
            self.env["ir.attachment"].sudo().search_count([]),
        )


@tagged("post_install", "-at_install")
class TestEypImport(EypImportCase):
    def _imported(self, action):
        self.assertEqual(action["type"], "ir.actions.act_window")
        self.assertEqual(action["res_model"], "ozel_kalem.document")
        document = self.env["ozel_kalem.document"].browse(action["res_id"])
        self.assertTrue(document.exists())
        return document

    def _document_attachments(self, document):
        return (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "ozel_kalem.document"),
                    ("res_id", "=", document.id),
                ],
                order="id",
            )
        )

    def assertRefused(self, data, code, filename=None):
        """The package is refused with a message naming ``code``, and nothing
        is stored: no document, no attachment."""
        before = self._stored()
        with self.assertRaises(UserError) as caught:
            self._import(data, filename)
        self.assertIn(f"{code}:", str(caught.exception))
        self.assertEqual(self._stored(), before)
        return caught.exception

    # -- registered ------------------------------------------------------
    def test_normal(self):
        """A plain letter is registered as an incoming document with its
        Konu, sayı, date, file code and channel; the wizard opens it; the
        package is kept byte for byte and the üst yazı is attached."""
        letter, data = self._package()
        action = self._import(data, f"{letter.belge_id}.eyp")
        document = self._imported(action)
        self.assertEqual(document.direction, "incoming")
        self.assertEqual(document.create_uid, self.clerk_a)
        self.assertEqual(document.state, "registered")
        self.assertTrue(document.registration_number)
        self.assertEqual(document.name, letter.subject)
        self.assertEqual(document.sender_reference, letter.sayi)
        self.assertEqual(document.sender_date, datetime.date(2026, 11, 2))
        self.assertEqual(document.classification, "tasnif_disi")
        self.assertEqual(document.urgency, "normal")
        self.assertFalse(document.date_due)
        self.assertEqual(document.file_code_id, self.file_code)
        self.assertEqual(document.channel, "ebys")
        self.assertEqual(document.eyp_belge_id, letter.belge_id)
        self.assertEqual(document.eyp_attachment_id.raw, data)
        self.assertEqual(document.eyp_attachment_id.name, f"{letter.belge_id}.eyp")
        self.assertEqual(document.eyp_letter_attachment_id.raw, letter.letter_pdf)
        self.assertTrue(document.eyp_letter_attachment_id.raw.startswith(b"%PDF"))
        self.assertEqual(
            self._document_attachments(document),
            document.eyp_letter_attachment_id | document.eyp_attachment_id,
        )
        # The clerk who imported it reads it, and its package.
        as_clerk = document.with_user(self.clerk_a)
        self.assertEqual(as_clerk.eyp_attachment_id.raw, data)

    def test_gizli_need_to_know(self):
        """A GİZLİ package is registered as gizli: a clerk of another unit,
        not on its need-to-know list, neither reads the document nor any of
        its files, by id or by search; the importing clerk does."""
        letter, data = self._package(
            classification="GZL",
            annexes=[self._annex(1, b"%PDF-1.4 gizli rapor", "rapor.pdf")],
        )
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.classification, "gizli")
        self.assertTrue(document.registration_number)
        self.assertEqual(document.eyp_attachment_id.raw, data)
        attachments = self._document_attachments(document)
        self.assertEqual(len(attachments), 3)
        self.assertNotIn(self.clerk_b, document.need_to_know_user_ids)
        with self.assertRaises(AccessError):
            document.with_user(self.clerk_b).read(["name"])
        self.assertFalse(
            self.env["ozel_kalem.document"]
            .with_user(self.clerk_b)
            .search([("id", "=", document.id)])
        )
        Attachment = self.env["ir.attachment"].with_user(self.clerk_b)
        for attachment in attachments:
            with self.assertRaises(AccessError):
                Attachment.browse(attachment.id).read(["datas"])
        self.assertFalse(Attachment.search([("id", "in", attachments.ids)]))
        self.assertFalse(
            Attachment.search(
                [
                    ("res_model", "=", "ozel_kalem.document"),
                    ("res_id", "=", document.id),
                ]
            )
        )
        # The clerk who registered it is on the list and reads its package.
        own = self.env["ir.attachment"].with_user(self.clerk_a)
        self.assertEqual(own.browse(document.eyp_attachment_id.id).raw, data)

    def test_acele(self):
        """An ACL (acele) package is registered as acele, with no due date."""
        letter, data = self._package(urgency="ACL")
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.urgency, "acele")
        self.assertFalse(document.date_due)
        self.assertTrue(document.registration_number)

    def test_gunlu_miat_of_our_dagitim(self):
        """A GNL (günlü) letter is due Miat days after the sender's date,
        the Miat of the Dagitim addressed to us (not of the first GRG)."""
        recipients = [
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis=VALILIK_DETSIS, name="Valilik"),
                kind="GRG",
                urgency="NRM",
            ),
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis=OUR_DETSIS, name="Test Belediyesi"),
                kind="BLG",
                urgency="GNL",
                miat=5,
            ),
        ]
        letter, data = self._package(recipients=recipients)
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.urgency, "gunludur")
        self.assertEqual(document.sender_date, datetime.date(2026, 11, 2))
        self.assertEqual(
            document.date_due, document.sender_date + datetime.timedelta(days=5)
        )

    def test_gunlu_first_grg_when_not_addressed(self):
        """When no Dagitim names our DETSİS number, the first GRG gives the
        urgency and the Miat."""
        recipients = [
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis="23456789", name="Kaymakamlık"),
                kind="BLG",
                urgency="NRM",
            ),
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis=VALILIK_DETSIS, name="Valilik"),
                kind="GRG",
                urgency="GNL",
                miat=3,
            ),
        ]
        letter, data = self._package(recipients=recipients)
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.urgency, "gunludur")
        self.assertEqual(document.date_due, datetime.date(2026, 11, 5))

    def test_two_ekler(self):
        """Two DED ekler are attached with the üst yazı and the package:
        four files, each with the bytes the package carries."""
        annexes = [
            self._annex(1, b"1;2;3", "liste.csv", "text/csv"),
            self._annex(2, b"%PDF-1.4 rapor", "rapor.pdf"),
        ]
        letter, data = self._package(annexes=annexes)
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        attachments = self._document_attachments(document)
        self.assertEqual(len(attachments), 4)
        self.assertEqual(
            sorted(attachments.mapped("raw")),
            sorted([letter.letter_pdf, b"1;2;3", b"%PDF-1.4 rapor", data]),
        )
        self.assertEqual(document.eyp_attachment_id.raw, data)
        self.assertIn("rapor.pdf", attachments.mapped("name"))
        self.assertIn("liste.csv", attachments.mapped("name"))

    def test_sender_matched_by_detsis(self):
        """The sender is the contact with the package's DETSİS number, even
        under another name; no contact is created."""
        sender = self.env["res.partner"].create(
            {
                "name": "T.C. Örnek Belediye Başkanlığı",
                "is_company": True,
                "ozel_kalem_detsis": SENDER_DETSIS,
            }
        )
        partners = self.env["res.partner"].search_count([])
        letter, data = self._package()
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.partner_id, sender)
        self.assertEqual(self.env["res.partner"].search_count([]), partners)

    def test_sender_matched_by_name(self):
        """With no contact of that DETSİS number, the institution of the same
        name is the sender, and is given the package's DETSİS number."""
        sender = self.env["res.partner"].create(
            {"name": "örnek belediyesi", "is_company": True}
        )
        letter, data = self._package()
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.partner_id, sender)
        self.assertEqual(sender.ozel_kalem_detsis, SENDER_DETSIS)

    def test_sender_created_with_detsis(self):
        """An institution not known yet is created with its DETSİS number
        and its KEP address."""
        Partner = self.env["res.partner"].with_context(active_test=False)
        self.assertFalse(Partner.search([("ozel_kalem_detsis", "=", "34567890")]))
        creator = eyp.Party(
            kind="kurum",
            detsis="34567890",
            name="Yeniköy Belediyesi",
            kep="yenikoybelediyesi@hs01.kep.tr",
        )
        letter, data = self._package(creator=creator)
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        sender = document.partner_id
        self.assertEqual(sender.ozel_kalem_detsis, "34567890")
        self.assertEqual(sender.name, "Yeniköy Belediyesi")
        self.assertTrue(sender.is_company)
        self.assertEqual(sender.ozel_kalem_kep, "yenikoybelediyesi@hs01.kep.tr")
        self.assertEqual(
            Partner.search([("ozel_kalem_detsis", "=", "34567890")]), sender
        )

    def test_file_code_matched(self):
        """The SdpBilgisi code gives the document's file code; an unknown
        code leaves it empty, the document still registered."""
        letter, data = self._package()
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertEqual(document.file_code_id, self.file_code)
        letter, data = self._package(file_plan_code="999.99.99")
        document = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        self.assertFalse(document.file_code_id)
        self.assertTrue(document.registration_number)

    # -- refused -----------------------------------------------------------
    def test_refused_changed_ek(self):
        """A changed byte in an ek, digests left as they were: K.33."""
        annexes = [self._annex(1, b"1;2;3", "liste.txt", "text/plain")]
        letter, data = self._package(annexes=annexes)
        tampered = repack(data, {"Ekler/liste.txt": b"1;2;4"})
        self.assertIn("K.33", {p.code for p in eyp.validate(tampered)})
        self.assertRefused(tampered, "K.33", f"{letter.belge_id}.eyp")

    def test_refused_changed_ust_yazi(self):
        """A changed byte in the üst yazı: K.33."""
        letter, data = self._package()
        pdf = bytearray(part(data, "UstYazi/UstYazi.pdf"))
        pdf[-1] ^= 1
        tampered = repack(data, {"UstYazi/UstYazi.pdf": bytes(pdf)})
        self.assertRefused(tampered, "K.33", f"{letter.belge_id}.eyp")

    def test_refused_missing_ustveri(self):
        """A package without its Üstveri: K.16 (one Üstveri)."""
        letter, data = self._package()
        tampered = repack(data, drop=["Ustveri/Ustveri.xml"])
        self.assertIn("K.16", {p.code for p in eyp.validate(tampered)})
        self.assertRefused(tampered, "K.16", f"{letter.belge_id}.eyp")

    def test_refused_wrong_digest_value(self):
        """A DigestValue of the Paket Özeti changed: K.33."""
        letter, data = self._package()
        ozet = part(data, "PaketOzeti/PaketOzeti.xml")
        start = ozet.index(b"<DigestValue>") + len(b"<DigestValue>")
        wrong = b"AAAA" if ozet[start : start + 4] != b"AAAA" else b"BBBB"
        ozet = ozet[:start] + wrong + ozet[start + 4 :]
        tampered = repack(data, {"PaketOzeti/PaketOzeti.xml": ozet})
        self.assertRefused(tampered, "K.33", f"{letter.belge_id}.eyp")

    def test_refused_digests_recomputed(self):
        """An ek changed and its digests recomputed in the Paket Özeti: the
        digests match, but the e-imza no longer covers that Paket Özeti
        (IMZA)."""
        annexes = [self._annex(1, b"1;2;3", "liste.txt", "text/plain")]
        letter, data = self._package(annexes=annexes)
        ozet = part(data, "PaketOzeti/PaketOzeti.xml")
        for old, new in zip(digests(b"1;2;3"), digests(b"9;9;9"), strict=True):
            self.assertIn(old, ozet)
            ozet = ozet.replace(old, new)
        tampered = repack(
            data,
            {"Ekler/liste.txt": b"9;9;9", "PaketOzeti/PaketOzeti.xml": ozet},
        )
        codes = {p.code for p in eyp.validate(tampered) if p.severity == "error"}
        self.assertNotIn("K.33", codes)
        self.assertIn("IMZA", codes)
        self.assertRefused(tampered, "IMZA", f"{letter.belge_id}.eyp")

    def test_refused_signature_over_other_content(self):
        """An e-imza that is a valid CMS over other bytes: IMZA."""
        letter, data = self._package()
        tampered = repack(data, {"Imzalar/ImzaCades.imz": self._sign(b"other")})
        self.assertRefused(tampered, "IMZA", f"{letter.belge_id}.eyp")

    def test_refused_broken_zip(self):
        """A package cut short (a broken download): ZIP."""
        letter, data = self._package()
        self.assertRefused(data[: len(data) // 2], "ZIP", f"{letter.belge_id}.eyp")

    def test_refused_not_a_zip(self):
        """A file that is no ZIP at all: ZIP."""
        self.assertRefused(b"hello", "ZIP", "paket.eyp")

    def test_refused_eyps(self):
        """An encrypted package (.eyps) is out of scope: FORMAT."""
        letter, data = self._package()
        self.assertRefused(data, "FORMAT", f"{letter.belge_id}.eyps")

    def test_refused_empty(self):
        """An empty file is refused, nothing stored."""
        before = self._stored()
        with self.assertRaises(UserError):
            self._import(b"", "paket.eyp")
        self.assertEqual(self._stored(), before)

    def test_duplicate_refused_same_company(self):
        """The same package twice in one company: the second import is
        refused naming the first registration, nothing stored."""
        letter, data = self._package()
        first = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        before = self._stored()
        with self.assertRaises(UserError) as caught:
            self._import(data, f"{letter.belge_id}.eyp", user=self.clerk_a2)
        self.assertIn(first.registration_number, str(caught.exception))
        self.assertEqual(self._stored(), before)

    def test_same_package_in_second_company(self):
        """Another municipality of the database registers the same package
        (each company its own registry)."""
        letter, data = self._package()
        first = self._imported(self._import(data, f"{letter.belge_id}.eyp"))
        other = self.env["res.company"].create(
            {"name": "İkinci Belediye", "ozel_kalem_detsis": "45678901"}
        )
        self.clerk_a.write({"company_ids": [(4, other.id)]})
        action = self._import(data, f"{letter.belge_id}.eyp", company=other)
        second = self._imported(action)
        self.assertNotEqual(second, first)
        self.assertEqual(second.company_id, other)
        self.assertEqual(first.company_id, self.company)
        self.assertEqual(second.eyp_belge_id, first.eyp_belge_id)
        self.assertEqual(second.eyp_attachment_id.raw, data)
        self.assertTrue(second.registration_number)
