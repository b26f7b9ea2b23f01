# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The KEP mailbox (eyp.md §7, KEP intake): mails received by the mail
gateway become KEP messages; the e-Yazışma packages they carry are
registered, whatever fails waits for a clerk, and nothing is lost."""

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_eyp_import import SIGNED_AT, EypImportCase

SENDER_KEP = "ornekbelediyesi@hs01.kep.tr"


@tagged("post_install", "-at_install")
class TestEypKep(EypImportCase):
    def _mail(self, files=(), subject="Resmi yazı"):
        """A KEP mail as the incoming mail server hands it over (RFC 822),
        with ``files`` (name, bytes) attached."""
        mail = EmailMessage()
        mail["From"] = f"Örnek Belediyesi <{SENDER_KEP}>"
        mail["To"] = "kep@test-belediye.example.com"
        mail["Subject"] = subject
        mail["Date"] = format_datetime(SIGNED_AT)
        mail["Message-ID"] = make_msgid(domain="hs01.kep.tr")
        mail.set_content("Ekteki e-Yazışma paketini bilgilerinize sunarız.")
        for name, content in files:
            mail.add_attachment(
                content,
                maintype="application",
                subtype="octet-stream",
                filename=name,
            )
        return mail.as_bytes()

    def _receive(self, files=(), subject="Resmi yazı"):
        """Hand a mail to the gateway; return the KEP message it made."""
        record_id = self.env["mail.thread"].message_process(
            "ozel_kalem.kep.message", self._mail(files, subject)
        )
        self.assertTrue(record_id)
        return self.env["ozel_kalem.kep.message"].browse(record_id)

    def _mail_message(self, kep):
        """The mail received, as kept in the KEP message's chatter."""
        mails = kep.message_ids.filtered(lambda m: m.message_type == "email")
        self.assertEqual(len(mails), 1)
        return mails

    def _kep_documents(self):
        return self.env["ozel_kalem.document"].search([("channel", "=", "kep")])

    def test_valid_package_registered(self):
        """A mail with one valid package: the package is registered as an
        incoming document received by KEP, with a note saying so; the KEP
        message is done, the mail and its file kept in its chatter."""
        letter, data = self._package()
        kep = self._receive([(f"{letter.belge_id}.eyp", data)])
        self.assertEqual(kep.state, "done")
        self.assertFalse(kep.reason)
        self.assertEqual(kep.name, "Resmi yazı")
        self.assertIn(SENDER_KEP, kep.email_from)
        self.assertEqual(kep.company_id, self.company)
        document = kep.document_ids
        self.assertEqual(len(document), 1)
        self.assertEqual(document.channel, "kep")
        self.assertEqual(document.direction, "incoming")
        self.assertEqual(document.state, "registered")
        self.assertTrue(document.registration_number)
        self.assertEqual(document.eyp_belge_id, letter.belge_id)
        self.assertEqual(document.eyp_attachment_id.raw, data)
        self.assertEqual(document.name, letter.subject)
        notes = document.message_ids.filtered(
            lambda m: "Received by KEP" in (m.body or "")
        )
        self.assertEqual(len(notes), 1)
        self.assertIn(SENDER_KEP, notes.body)
        mail = self._mail_message(kep)
        self.assertEqual(mail.attachment_ids.mapped("name"), [f"{letter.belge_id}.eyp"])
        self.assertEqual(mail.attachment_ids.raw, data)
        self.assertEqual(kep.registered_attachment_ids, mail.attachment_ids)
        # A clerk of the registry sees the queue and the document.
        as_clerk = kep.with_user(self.clerk_a)
        self.assertEqual(
            as_clerk.document_ids.registration_number, document.registration_number
        )

    def test_gizli_package_stays_need_to_know(self):
        """A GİZLİ package received by KEP is registered as gizli; a clerk
        not on its need-to-know list reads neither the document nor the
        package through the KEP message that brought it."""
        letter, data = self._package(classification="GZL")
        kep = self._receive([(f"{letter.belge_id}.eyp", data)])
        self.assertEqual(kep.state, "done")
        document = kep.document_ids
        self.assertEqual(document.classification, "gizli")
        self.assertEqual(document.channel, "kep")
        with self.assertRaises(AccessError):
            document.with_user(self.clerk_b).read(["name"])
        Attachment = self.env["ir.attachment"].with_user(self.clerk_b)
        package = self._mail_message(kep).attachment_ids
        self.assertEqual(package.raw, data)
        with self.assertRaises(AccessError):
            Attachment.browse(package.id).read(["datas"])
        self.assertFalse(Attachment.search([("id", "=", package.id)]))

    def test_reclassified_document_hides_its_kep_message(self):
        """A document registered from an unclassified package and classified
        afterwards: the KEP message that brought it becomes need-to-know
        with it."""
        letter, data = self._package()
        kep = self._receive([(f"{letter.belge_id}.eyp", data)])
        self.assertFalse(kep.is_confidential)
        kep.with_user(self.clerk_b).read(["name"])
        kep.document_ids.sudo().classification = "gizli"
        self.assertTrue(kep.is_confidential)
        with self.assertRaises(AccessError):
            kep.with_user(self.clerk_b).read(["name"])

    def test_no_package_waits(self):
        """A mail without any attachment: kept for review, with the reason;
        no document is made."""
        documents = self._kep_documents()
        kep = self._receive(subject="Bilgi notu")
        self.assertEqual(kep.state, "review")
        self.assertIn("no e-Yazışma package", kep.reason)
        self.assertFalse(kep.document_ids)
        self.assertEqual(self._kep_documents(), documents)
        mail = self._mail_message(kep)
        self.assertIn("bilgilerinize", mail.body)

    def test_invalid_and_valid_package(self):
        """A mail with a broken package and a valid one: the valid one is
        registered, the broken one named in the reason with its rule code,
        both files kept with the mail."""
        letter, data = self._package()
        bad_letter, bad_data = self._package()
        broken = bad_data[: len(bad_data) // 2]
        kep = self._receive(
            [(f"{bad_letter.belge_id}.eyp", broken), (f"{letter.belge_id}.eyp", data)]
        )
        self.assertEqual(kep.state, "review")
        self.assertIn(f"{bad_letter.belge_id}.eyp", kep.reason)
        self.assertIn("ZIP:", kep.reason)
        self.assertNotIn(f"{letter.belge_id}.eyp", kep.reason)
        self.assertEqual(len(kep.document_ids), 1)
        self.assertEqual(kep.document_ids.eyp_belge_id, letter.belge_id)
        self.assertEqual(kep.document_ids.channel, "kep")
        mail = self._mail_message(kep)
        self.assertEqual(
            sorted(mail.attachment_ids.mapped("raw")), sorted([broken, data])
        )
        self.assertFalse(
            self.env["ozel_kalem.document"].search(
                [("eyp_belge_id", "=", bad_letter.belge_id)]
            )
        )

    def test_retry_after_transient_failure(self):
        """A valid package whose registration failed (the registry was
        unavailable) waits for review; the clerk's retry registers it once,
        and the message is done."""
        letter, data = self._package()
        with patch.object(
            type(self.env["ozel_kalem.document"]),
            "_next_registry_number",
            side_effect=UserError("Registry locked"),
        ):
            kep = self._receive([(f"{letter.belge_id}.eyp", data)])
        self.assertEqual(kep.state, "review")
        self.assertIn("Registry locked", kep.reason)
        self.assertFalse(kep.document_ids)
        self.assertFalse(
            self.env["ozel_kalem.document"].search(
                [("eyp_belge_id", "=", letter.belge_id)]
            )
        )
        kep.with_user(self.clerk_a).action_retry()
        self.assertEqual(kep.state, "done")
        self.assertFalse(kep.reason)
        self.assertEqual(len(kep.document_ids), 1)
        self.assertEqual(kep.document_ids.eyp_attachment_id.raw, data)
        self.assertEqual(kep.document_ids.channel, "kep")
        with self.assertRaises(UserError):
            kep.with_user(self.clerk_a).action_retry()

    def test_retry_with_corrected_package(self):
        """The sender sends the package again; the clerk attaches it to the
        waiting message and retries: it is registered once, not again on a
        further retry, and the broken file is still kept."""
        letter, data = self._package()
        broken = data[: len(data) // 2]
        kep = self._receive([(f"{letter.belge_id}.eyp", broken)])
        self.assertEqual(kep.state, "review")
        self.assertFalse(kep.document_ids)
        kep.with_user(self.clerk_a).message_post(
            body="Kurum paketi yeniden gönderdi.",
            attachments=[(f"{letter.belge_id}-yeniden.eyp", data)],
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        self.assertEqual(kep.state, "review")
        kep.with_user(self.clerk_a).action_retry()
        self.assertEqual(len(kep.document_ids), 1)
        self.assertEqual(kep.document_ids.eyp_belge_id, letter.belge_id)
        self.assertEqual(kep.document_ids.eyp_attachment_id.raw, data)
        self.assertEqual(kep.document_ids.channel, "kep")
        # The broken file is still there and still fails: the message waits,
        # naming it alone, until the clerk sets it aside.
        self.assertEqual(kep.state, "review")
        self.assertIn(f"{letter.belge_id}.eyp:", kep.reason)
        self.assertNotIn("yeniden.eyp", kep.reason)
        kep.with_user(self.clerk_a).action_retry()
        self.assertEqual(len(kep.document_ids), 1)
        self.assertEqual(
            self.env["ozel_kalem.document"].search_count(
                [("eyp_belge_id", "=", letter.belge_id)]
            ),
            1,
        )
        kep.with_user(self.clerk_a).action_set_aside()
        self.assertEqual(kep.state, "set_aside")
        self.assertEqual(len(kep.document_ids), 1)
        self.assertEqual(self._mail_message(kep).attachment_ids.raw, broken)

    def test_register_manually(self):
        """A mail with a plain PDF and no package: the clerk registers it by
        hand, as a draft incoming document received by KEP, with a copy of
        the mail's file; the original stays with the KEP message."""
        pdf = b"%PDF-1.4 dilekce"
        kep = self._receive([("dilekce.pdf", pdf)], subject="Dilekçe")
        self.assertEqual(kep.state, "review")
        action = kep.with_user(self.clerk_a).action_register_manually()
        document = self.env["ozel_kalem.document"].browse(action["res_id"])
        self.assertEqual(action["res_model"], "ozel_kalem.document")
        self.assertEqual(document.state, "draft")
        self.assertEqual(document.direction, "incoming")
        self.assertEqual(document.channel, "kep")
        self.assertEqual(document.name, "Dilekçe")
        self.assertEqual(document.create_uid, self.clerk_a)
        self.assertEqual(kep.state, "done")
        self.assertEqual(kep.document_ids, document)
        copies = self.env["ir.attachment"].search(
            [("res_model", "=", "ozel_kalem.document"), ("res_id", "=", document.id)]
        )
        self.assertEqual(copies.mapped("raw"), [pdf])
        original = self._mail_message(kep).attachment_ids
        self.assertEqual(original.raw, pdf)
        self.assertNotEqual(copies, original)
        self.assertEqual((original.res_model, original.res_id), (kep._name, kep.id))

    def test_set_aside_duplicate(self):
        """A package registered already (imported by hand from a USB stick)
        then received by KEP waits, named a duplicate and linked to the
        document it duplicates (read as that document is); the clerk sets
        the message aside: kept, out of the queue, no second document."""
        letter, data = self._package()
        action = self._import(data, f"{letter.belge_id}.eyp")
        first = self.env["ozel_kalem.document"].browse(action["res_id"])
        kep = self._receive([(f"{letter.belge_id}.eyp", data)])
        self.assertEqual(kep.state, "review")
        self.assertIn("registered already", kep.reason)
        self.assertIn(first.registration_number, kep.reason)
        self.assertEqual(kep.document_ids, first)
        kep.with_user(self.clerk_a).action_set_aside()
        self.assertEqual(kep.state, "set_aside")
        self.assertTrue(kep.exists())
        self.assertEqual(self._mail_message(kep).attachment_ids.raw, data)
        self.assertEqual(
            self.env["ozel_kalem.document"].search(
                [("eyp_belge_id", "=", letter.belge_id)]
            ),
            first,
        )
        with self.assertRaises(UserError):
            kep.with_user(self.clerk_a).action_set_aside()
        with self.assertRaises(UserError):
            kep.with_user(self.clerk_a).action_retry()

    def test_never_deleted(self):
        """A KEP message is never deleted, whatever its state."""
        letter, data = self._package()
        done = self._receive([(f"{letter.belge_id}.eyp", data)])
        waiting = self._receive(subject="Boş")
        for kep in (done, waiting):
            mails = kep.message_ids
            self.assertTrue(mails)
            with self.assertRaises(UserError):
                kep.unlink()
            with self.assertRaises(AccessError):
                kep.with_user(self.clerk_a).unlink()
            self.assertTrue(kep.exists())
            self.assertEqual(mails.exists(), mails)
            self.assertEqual(kep.message_ids, mails)

    def test_outsider_cannot_read(self):
        """An employee outside the registry reads no KEP message."""
        kep = self._receive(subject="Gizli olmayan")
        with self.assertRaises(AccessError):
            kep.with_user(self.outsider).read(["name"])
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.kep.message"].with_user(self.outsider).search([])
        self.assertEqual(
            kep.with_user(self.clerk_a).read(["name"])[0]["name"], kep.name
        )
