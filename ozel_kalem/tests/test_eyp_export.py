# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""e-Yazışma packages of signed outgoing letters, end to end (eyp.md §7).

The üst yazı is the official letter PDF: wkhtmltopdf fetches the report's
CSS from the running server, so the packages are made in an HttpCase (a
TransactionCase would wait for ever on the registry lock).  Every package
made here goes through the independent checker of ``eyp_checker``."""

import base64
import datetime
import io
import zipfile
from zoneinfo import ZoneInfo

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT
from odoo.addons.ozel_kalem.tools import eyp, eyp_cms

from . import eyp_checker

DETSIS_A = "67915368"
DETSIS_B = "23456789"
ISTANBUL = ZoneInfo("Europe/Istanbul")


def _part(data, name):
    """The bytes of one part of a package (ZIP names have no leading /)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name.lstrip("/"))


@tagged("post_install", "-at_install")
class TestEypExport(HttpCase):
    """A registry clerk makes the e-Yazışma package of a letter the mayor
    signed; another municipality registers it; the public verification page
    answers for its BelgeId."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.company = cls.env.company
        # The paraf chain is tested in test_document: here the mayor signs
        # a letter that needs no paraf.
        cls.env["tier.definition"].search(
            [("model", "=", "ozel_kalem.document")]
        ).active = False
        cls.office = cls.env["hr.department"].create(
            {"name": "Test Özel Kalem Müdürlüğü", "is_office_unit": True}
        )
        cls.clerk = cls._user("eyp_clerk", "ozel_kalem.group_user", "Kemal Kaya")
        cls.mayor = cls._user("eyp_mayor", "ozel_kalem.group_mayor", "Ayşe Yılmaz")
        cls.deputy = cls._user("eyp_deputy", "ozel_kalem.group_mayor", "Can Demir")
        cls.system = new_test_user(
            cls.env, login="eyp_sysadmin", groups="base.group_system"
        )
        cls.outsider = new_test_user(
            cls.env, login="eyp_outsider", groups="base.group_user"
        )
        cls.company.write(
            {
                "ozel_kalem_mayor_id": cls.mayor.id,
                "ozel_kalem_detsis": DETSIS_A,
                "ozel_kalem_eyp_signer": "test",
                "ozel_kalem_eyp_sealer": False,
            }
        )
        Partner = cls.env["res.partner"]
        cls.governor = Partner.create(
            {
                "name": "Kuzeykent Valiliği",
                "is_company": True,
                "ozel_kalem_detsis": "11111111",
            }
        )
        cls.police = Partner.create(
            {
                "name": "Kuzeykent Emniyet Müdürlüğü",
                "is_company": True,
                "ozel_kalem_detsis": "22222222",
            }
        )
        cls.ministry = Partner.create(
            {
                "name": "İçişleri Bakanlığı",
                "is_company": True,
                "ozel_kalem_detsis": "33333333",
            }
        )
        cls.no_detsis = Partner.create(
            {"name": "Kuzeykent Esnaf Odası", "is_company": True}
        )
        cls.code = cls.env.ref("ozel_kalem.file_code_010_06_02")

    @classmethod
    def _user(cls, login, groups, name):
        user = new_test_user(cls.env, login=login, groups=groups, name=name)
        cls.env["hr.employee"].create(
            {"name": name, "user_id": user.id, "department_id": cls.office.id}
        )
        return user

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _letter(self, sign=True, **values):
        """An outgoing letter drafted by the clerk, signed by the mayor."""
        vals = {
            "direction": "outgoing",
            "name": "Bayram kutlaması",
            "partner_id": self.governor.id,
            "addressee": "KUZEYKENT VALİLİĞİNE",
            "file_code_id": self.code.id,
            "body": "<p>Bilgilerinize arz ederim.</p>",
        }
        vals.update(values)
        letter = self.env["ozel_kalem.document"].with_user(self.clerk).create(vals)
        if sign:
            letter.with_user(self.mayor).action_sign()
            self.assertEqual(letter.state, "signed")
        return letter

    def _attach(self, letter, name, raw, mimetype):
        return (
            self.env["ir.attachment"]
            .with_user(self.clerk)
            .create(
                {
                    "name": name,
                    "raw": raw,
                    "mimetype": mimetype,
                    "res_model": "ozel_kalem.document",
                    "res_id": letter.id,
                }
            )
        )

    def _packages(self, letter):
        """The .eyp attachments of a letter."""
        return (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "ozel_kalem.document"),
                    ("res_id", "=", letter.id),
                    ("name", "=ilike", "%.eyp"),
                ]
            )
        )

    def assertPackageValid(self, attachment):
        """The independent checker finds nothing but the PDF/A warning."""
        items = eyp_checker.check(attachment.raw, attachment.name)
        unexpected = [
            item for item in items if item[:2] != ("K.6", eyp_checker.WARNING)
        ]
        self.assertEqual(unexpected, [])

    def assertNothingStored(self, letter):
        self.env.invalidate_all()
        self.assertFalse(letter.sudo().eyp_attachment_id)
        self.assertFalse(letter.sudo().eyp_belge_id)
        self.assertFalse(letter.sudo().eyp_letter_attachment_id)
        self.assertFalse(self._packages(letter))

    # ------------------------------------------------------------------
    # Tests
    # ------------------------------------------------------------------
    def test_export_package(self):
        """The clerk exports a signed letter with two ekler, two ilgiler, a
        recipient for information and acele urgency: the package passes the
        independent checker and reads back with the letter's subject, number,
        class, urgency, recipients by DETSİS, ekler byte for byte, ilgiler
        and the mayor's signature; a new export replaces it, same BelgeId."""
        letter = self._letter(
            name="Kurban Bayramı tebrik programı",
            urgency="acele",
            distribution_action_partner_ids=[(6, 0, self.police.ids)],
            distribution_info_partner_ids=[(6, 0, self.ministry.ids)],
            reference_text="a) 02.05.2031 tarihli yazınız.\n\n"
            "b) 05.05.2031 tarihli toplantı tutanağı.\n",
        )
        self.assertEqual(letter.classification, "tasnif_disi")
        first = self._attach(
            letter, "program.pdf", b"%PDF-1.4 program", "application/pdf"
        )
        second = self._attach(
            letter, "liste.txt", "Katılımcı listesi".encode(), "text/plain"
        )

        self.assertIs(letter.with_user(self.clerk).action_eyp_export(), True)
        attachment = letter.eyp_attachment_id
        self.assertTrue(attachment)
        belge_id = letter.eyp_belge_id
        self.assertRegex(belge_id, r"^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$")
        self.assertEqual(attachment.name, f"{belge_id}.eyp")
        self.assertTrue(letter.eyp_letter_attachment_id.raw.startswith(b"%PDF"))
        self.assertPackageValid(attachment)

        package = eyp.read(attachment.raw, filename=attachment.name)
        read = package.letter
        self.assertEqual(read.belge_id, belge_id)
        self.assertEqual(read.subject, letter.name)
        self.assertEqual(read.sayi, letter.registration_number)
        self.assertEqual(read.classification, "YOK")
        self.assertTrue(read.letter_pdf.startswith(b"%PDF"))
        self.assertEqual(read.letter_pdf, letter.eyp_letter_attachment_id.raw)
        self.assertEqual(
            sorted((r.party.detsis, r.kind, r.urgency) for r in read.recipients),
            [
                ("11111111", "GRG", "ACL"),
                ("22222222", "GRG", "ACL"),
                ("33333333", "BLG", "ACL"),
            ],
        )
        self.assertEqual(read.creator.detsis, DETSIS_A)
        annexes = sorted(read.annexes, key=lambda annex: annex.order)
        self.assertEqual([annex.kind for annex in annexes], ["DED", "DED"])
        self.assertEqual([annex.content for annex in annexes], [first.raw, second.raw])
        self.assertEqual(len(read.references), 2)
        self.assertEqual([reference.label for reference in read.references], ["a", "b"])
        self.assertTrue(
            read.verification_url.endswith(f"/ozel-kalem/dogrula/{belge_id}")
        )
        self.assertEqual(len(read.signatures), 1)
        person = read.signatures[0].person
        self.assertEqual(
            f"{person.first_name} {person.last_name}".strip(), self.mayor.name
        )
        self.assertTrue(package.imza and package.muhur)
        # Unclassified: the verification page shows the subject too.
        response = self.url_open(f"/ozel-kalem/dogrula/{belge_id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(letter.registration_number, response.text)
        self.assertIn(letter.name, response.text)

        # Exported again while signed: replaced, one package, same BelgeId.
        letter.with_user(self.clerk).action_eyp_export()
        self.assertFalse(attachment.exists())
        self.assertEqual(self._packages(letter), letter.eyp_attachment_id)
        self.assertEqual(letter.eyp_belge_id, belge_id)
        self.assertEqual(letter.eyp_attachment_id.name, f"{belge_id}.eyp")
        self.assertPackageValid(letter.eyp_attachment_id)

    def test_export_refused(self):
        """No signer, a recipient without DETSİS, a gizli letter, a draft and
        a user who may not write the letter: each refused, nothing stored."""
        letter = self._letter()
        as_clerk = letter.with_user(self.clerk)
        # Each refusal is inside a savepoint, as the request's transaction
        # is rolled back on an error.
        self.company.ozel_kalem_eyp_signer = False
        with self.assertRaisesRegex(UserError, "Choose how"), self.env.cr.savepoint():
            as_clerk.action_eyp_export()
        self.assertNothingStored(letter)
        self.company.ozel_kalem_eyp_signer = "test"

        letter.sudo().distribution_info_partner_ids = self.no_detsis
        with (
            self.assertRaisesRegex(UserError, "Kuzeykent Esnaf Odası"),
            self.env.cr.savepoint(),
        ):
            as_clerk.action_eyp_export()
        self.assertNothingStored(letter)
        letter.sudo().distribution_info_partner_ids = False

        with self.assertRaises(UserError), self.env.cr.savepoint():
            letter.with_user(self.outsider).action_eyp_export()
        self.assertNothingStored(letter)

        secret = self._letter(name="Güvenlik toplantısı", classification="gizli")
        with self.assertRaisesRegex(UserError, "GİZLİ"), self.env.cr.savepoint():
            secret.with_user(self.clerk).action_eyp_export()
        self.assertNothingStored(secret)

        draft = self._letter(sign=False)
        with (
            self.assertRaisesRegex(UserError, "signed outgoing letter"),
            self.env.cr.savepoint(),
        ):
            draft.with_user(self.clerk).action_eyp_export()
        self.assertNothingStored(draft)

    def test_round_trip_between_municipalities(self):
        """Company A's package, imported by a clerk of company B, becomes an
        incoming document of B: sender found by A's DETSİS, A's sayı as the
        sender's reference, the same subject, the letter, the ekler and the
        package itself attached."""
        company_b = self.env["res.company"].create(
            {"name": "Güneykent Belediyesi", "ozel_kalem_detsis": DETSIS_B}
        )
        company_b.partner_id.write({"is_company": True, "ozel_kalem_detsis": DETSIS_B})
        clerk_b = new_test_user(
            self.env,
            login="eyp_clerk_b",
            groups="ozel_kalem.group_user",
            company_id=company_b.id,
            company_ids=[(6, 0, company_b.ids)],
        )
        letter = self._letter(
            name="Kardeş şehir protokolü",
            partner_id=company_b.partner_id.id,
            urgency="acele",
        )
        annex = self._attach(
            letter, "protokol.pdf", b"%PDF-1.4 protokol", "application/pdf"
        )
        letter.with_user(self.clerk).action_eyp_export()
        package = letter.eyp_attachment_id
        self.assertPackageValid(package)

        wizard = (
            self.env["ozel_kalem.eyp.import"]
            .with_user(clerk_b)
            .create(
                {"package": base64.b64encode(package.raw), "filename": package.name}
            )
        )
        action = wizard.action_import()
        incoming = self.env["ozel_kalem.document"].sudo().browse(action["res_id"])
        self.assertEqual(incoming.company_id, company_b)
        self.assertEqual(incoming.direction, "incoming")
        self.assertEqual(incoming.name, letter.name)
        self.assertEqual(incoming.sender_reference, letter.registration_number)
        self.assertEqual(incoming.partner_id.ozel_kalem_detsis, DETSIS_A)
        signed_at = letter.registration_date.replace(tzinfo=datetime.UTC)
        self.assertEqual(incoming.sender_date, signed_at.astimezone(ISTANBUL).date())
        self.assertEqual(incoming.classification, "tasnif_disi")
        self.assertEqual(incoming.urgency, "acele")
        self.assertEqual(incoming.channel, "ebys")
        self.assertEqual(incoming.eyp_belge_id, letter.eyp_belge_id)
        self.assertEqual(incoming.eyp_attachment_id.raw, package.raw)
        self.assertEqual(
            incoming.eyp_letter_attachment_id.raw, letter.eyp_letter_attachment_id.raw
        )
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "ozel_kalem.document"),
                    ("res_id", "=", incoming.id),
                ]
            )
        )
        self.assertIn(annex.raw, attachments.mapped("raw"))
        self.assertEqual(len(attachments), 3)
        # The wizard let go of the package, which lives on the document now.
        self.assertFalse(wizard.package)
        # The same package twice: refused.
        again = (
            self.env["ozel_kalem.eyp.import"]
            .with_user(clerk_b)
            .create(
                {"package": base64.b64encode(package.raw), "filename": package.name}
            )
        )
        with self.assertRaisesRegex(UserError, "registered already"):
            again.action_import()

    def test_external_signer(self):
        """Signed outside Odoo: the clerk downloads the Paket Özeti, a CAdES
        over other bytes is refused with nothing stored, the signature over
        exactly the summary makes the package carrying it unchanged; until
        then the letter cannot leave by KEP."""
        self.company.write(
            {"ozel_kalem_eyp_signer": "external", "ozel_kalem_eyp_sealer": "test"}
        )
        letter = self._letter(name="Belediye meclisi daveti")
        as_clerk = letter.with_user(self.clerk)
        action = as_clerk.action_eyp_export()
        self.assertEqual(action["res_model"], "ozel_kalem.eyp.signature")

        action = as_clerk.action_eyp_summary()
        self.assertEqual(action["type"], "ir.actions.act_url")
        summary_attachment = letter.eyp_summary_attachment_id
        self.assertIn(f"/web/content/{summary_attachment.id}", action["url"])
        summary = summary_attachment.raw
        self.assertEqual(summary, eyp.paket_ozeti(letter._eyp_letter()))
        self.authenticate("eyp_clerk", "eyp_clerk")
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, summary)

        letter.with_user(self.clerk).dispatch_channel = "kep"
        with self.assertRaisesRegex(UserError, "upload the signature"):
            as_clerk.action_dispatch()
        self.assertEqual(letter.state, "signed")

        key, cert = eyp_cms.self_signed("Ayşe Yılmaz", "Kuzeykent Belediyesi")
        Wizard = self.env["ozel_kalem.eyp.signature"].with_user(self.clerk)
        other = eyp_cms.sign(b"<PaketOzeti>baska</PaketOzeti>", key, cert)
        wizard = Wizard.create(
            {
                "document_id": letter.id,
                "signature": base64.b64encode(other),
                "filename": "imza.p7s",
            }
        )
        with (
            self.assertRaisesRegex(UserError, "signature is refused"),
            self.env.cr.savepoint(),
        ):
            wizard.action_confirm()
        self.env.invalidate_all()
        self.assertFalse(letter.eyp_attachment_id)
        self.assertFalse(self._packages(letter))

        signature = eyp_cms.sign(summary, key, cert)
        wizard = Wizard.create(
            {
                "document_id": letter.id,
                "signature": base64.b64encode(signature),
                "filename": "imza.p7s",
            }
        )
        wizard.action_confirm()
        attachment = letter.eyp_attachment_id
        self.assertTrue(attachment)
        self.assertPackageValid(attachment)
        self.assertEqual(_part(attachment.raw, eyp.PART_IMZA), signature)
        package = eyp.read(attachment.raw, filename=attachment.name)
        self.assertEqual(package.imza["subject"], cert.subject.rfc4514_string())

        as_clerk.action_dispatch()
        self.assertEqual(letter.state, "dispatched")
        self.assertEqual(letter.eyp_attachment_id, attachment)

    def test_pkcs12_signer(self):
        """The administrator uploads the e-seal file and its password; the
        clerk's package is signed and sealed with that certificate."""
        key, cert = eyp_cms.self_signed("Kuzeykent Belediyesi e-Mühür", "Kuzeykent")
        p12 = eyp_cms.to_pkcs12(key, cert, b"gizli-parola")
        self.company.with_user(self.system).write(
            {
                "ozel_kalem_eyp_signer": "pkcs12",
                "ozel_kalem_eyp_pkcs12": base64.b64encode(p12),
                "ozel_kalem_eyp_pkcs12_password": "gizli-parola",
            }
        )
        letter = self._letter(name="Asker uğurlama töreni")
        letter.with_user(self.clerk).action_eyp_export()
        attachment = letter.eyp_attachment_id
        self.assertPackageValid(attachment)
        package = eyp.read(attachment.raw, filename=attachment.name)
        subject = cert.subject.rfc4514_string()
        self.assertEqual(package.muhur["subject"], subject)
        self.assertEqual(package.imza["subject"], subject)

    def test_dispatch_makes_package(self):
        """Sent by KEP with the test signer, the letter a deputy signed
        *adına* leaves as its package, made at dispatch, with the mayor as
        YetkiDevreden; once sent, the package is not made again."""
        today = datetime.date.today()
        self.env["ozel_kalem.delegation"].sudo().create(
            {
                "delegator_id": self.mayor.id,
                "delegate_id": self.deputy.id,
                "kind": "adina",
                "date_from": today - datetime.timedelta(days=1),
                "date_to": today + datetime.timedelta(days=1),
            }
        )
        letter = self._letter(sign=False, name="Çevre günü etkinliği")
        letter.with_user(self.deputy).action_sign()
        self.assertTrue(letter.delegation_id)
        letter.with_user(self.clerk).dispatch_channel = "kep"
        letter.with_user(self.clerk).action_dispatch()
        self.assertEqual(letter.state, "dispatched")
        attachment = letter.eyp_attachment_id
        self.assertEqual(attachment.name, f"{letter.eyp_belge_id}.eyp")
        self.assertPackageValid(attachment)
        signature = eyp.read(attachment.raw).letter.signatures[0]
        self.assertEqual(
            f"{signature.person.first_name} {signature.person.last_name}",
            self.deputy.name,
        )
        self.assertEqual(
            f"{signature.delegator.first_name} {signature.delegator.last_name}",
            self.mayor.name,
        )
        self.assertFalse(signature.principal)
        with self.assertRaisesRegex(UserError, "kept as it was sent"):
            letter.with_user(self.clerk).action_eyp_export()
        self.assertEqual(letter.eyp_attachment_id, attachment)

    def test_gunlu_due_date_in_package(self):
        """A günlü letter's Miat counts from the date the package gives the
        letter (the Nihai Üstveri Tarih, in Istanbul): the receiver, adding
        the Miat to that date, finds the letter's own due date, also for a
        letter signed late in the evening (UTC) by a user without a time
        zone, when it is already the next day in Istanbul; the letter's own
        date is that day too."""
        letter = self._letter(
            sign=False,
            name="Bütçe görüşü",
            urgency="gunludur",
            date_due=datetime.date(2031, 5, 15),
        )
        with freeze_time("2031-05-05 22:00:00"):
            letter.with_user(self.mayor).with_context(tz="UTC").action_sign()
        # The letter's date is the day in Türkiye: already 6 May there.
        self.assertEqual(letter.date_signed, datetime.date(2031, 5, 6))
        letter.with_user(self.clerk).action_eyp_export()
        self.assertPackageValid(letter.eyp_attachment_id)
        read = eyp.read(letter.eyp_attachment_id.raw).letter
        self.assertEqual(
            read.signed_at, datetime.datetime(2031, 5, 6, 1, 0, tzinfo=ISTANBUL)
        )
        self.assertEqual([r.urgency for r in read.recipients], ["GNL"])
        due = read.signed_at.astimezone(ISTANBUL).date() + datetime.timedelta(
            days=read.recipients[0].miat
        )
        self.assertEqual(due, letter.date_due)

    def test_verification_route(self):
        """The public page of a BelgeId shows the letter's number, and its
        subject only when unclassified; an unknown code finds no document."""
        letter = self._letter(
            name="Hizmete özel koruma planı", classification="hizmete_ozel"
        )
        letter.with_user(self.clerk).action_eyp_export()
        read = eyp.read(letter.eyp_attachment_id.raw).letter
        self.assertEqual(read.classification, "HZO")
        response = self.url_open(f"/ozel-kalem/dogrula/{letter.eyp_belge_id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(letter.registration_number, response.text)
        self.assertIn(letter.eyp_belge_id, response.text)
        self.assertNotIn("koruma planı", response.text)

        response = self.url_open(
            "/ozel-kalem/dogrula/00000000-0000-0000-0000-000000000000"
        )
        self.assertEqual(response.status_code, 200)
        # The citizens' pages speak Turkish.
        self.assertIn("Bu doğrulama koduyla bir belge bulunamadı", response.text)
        self.assertNotIn(letter.registration_number, response.text)
