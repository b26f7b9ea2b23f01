# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun import freeze_time

from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.tests import Form, HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestDocument(OzelKalemCase):
    """The registry clerk registers incoming documents and routes them; the
    receivers acknowledge; classified documents stay need-to-know."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.works_manager = new_test_user(
            cls.env, login="doc_works_mgr", groups="base.group_user"
        )
        manager = cls.env["hr.employee"].create(
            {"name": "Fen Müdürü", "user_id": cls.works_manager.id}
        )
        cls.works = cls.env["hr.department"].create(
            {"name": "Fen İşleri", "manager_id": manager.id}
        )
        cls.sender = cls.env["res.partner"].create(
            {"name": "Kuzeykent Kaymakamlığı", "is_company": True}
        )
        cls.code = cls.env.ref("ozel_kalem.file_code_010_06_02")

    def _document(self, user=None, **values):
        vals = {
            "name": "Bayram programı",
            "partner_id": self.sender.id,
            "sender_reference": "E-12345678-010.06.02-2231",
            "file_code_id": self.code.id,
        }
        vals.update(values)
        return (
            self.env["ozel_kalem.document"].with_user(user or self.clerk_a).create(vals)
        )

    def test_register_numbers(self):
        first, second = self._document(), self._document(name="İkinci")
        (first | second).action_register()
        self.assertEqual(first.state, "registered")
        self.assertTrue(first.registration_date)
        pattern = re.compile(r"^GLN-(\d{4})-(\d{5})$")
        numbers = [pattern.match(doc.registration_number) for doc in (first, second)]
        self.assertTrue(all(numbers), [first.registration_number])
        self.assertEqual(int(numbers[1].group(2)), int(numbers[0].group(2)) + 1)
        with self.assertRaises(UserError):
            first.action_register()

    def test_never_deleted_cancel_needs_reason(self):
        document = self._document()
        document.action_register()
        with self.assertRaises(UserError):
            document.with_user(self.director).unlink()
        with self.assertRaisesRegex(UserError, "Write why"):
            document.action_cancel()
        document.cancel_reason = "Mükerrer kayıt"
        document.action_cancel()
        self.assertEqual(document.state, "cancelled")
        self.assertTrue(document.exists())
        # A draft that was never registered may go.
        draft = self._document()
        draft.with_user(self.director).unlink()
        self.assertFalse(draft.exists())

    def test_petition_due_in_30_days_on_the_calendar(self):
        # Registered on 30 April 2026: 30 days end on Saturday 30 May, in
        # Kurban Bayramı (27-30 May) and a weekend: due Monday 1 June.
        petition = self._document(kind="petition")
        letter = self._document()
        with freeze_time("2026-04-30 09:00:00"):
            (petition | letter).action_register()
        self.assertEqual(petition.date_due, date(2026, 6, 1))
        self.assertFalse(letter.date_due)

    def test_petition_registered_late_counts_from_receipt(self):
        """3071 art. 7: the 30 days run from the petition's receipt, not from
        its late registration; the day of receipt is the clerk's until the
        petition is registered, and never a day to come."""
        petition = self._document(kind="petition", date_received=date(2026, 4, 20))
        on_time = self._document(kind="petition")
        with freeze_time("2026-04-30 09:00:00"):
            future = self._document(kind="petition", date_received=date(2026, 5, 4))
            with self.assertRaisesRegex(UserError, "after today"):
                future.action_register()
            self.assertEqual(future.state, "draft")
            (petition | on_time).action_register()
        # 20 April + 30 days = Wednesday 20 May; the one registered on the
        # day it came, 30 April: Monday 1 June (Kurban Bayramı and a weekend).
        self.assertEqual(petition.date_due, date(2026, 5, 20))
        self.assertEqual(on_time.date_received, date(2026, 4, 30))
        self.assertEqual(on_time.date_due, date(2026, 6, 1))
        with self.assertRaisesRegex(UserError, "went past its draft"):
            petition.with_user(self.clerk_a).write({"date_received": "2026-04-29"})
        self.assertEqual(petition.date_received, date(2026, 4, 20))

    def test_late_petition_follows_leave_days_from_its_receipt(self):
        """A petition received on 1 April and registered on 5 May is due on
        Monday 4 May (1 May a holiday, then a weekend): a leave day given on
        4 May moves it, though it was registered after that day."""
        petition = self._document(kind="petition", date_received=date(2026, 4, 1))
        with freeze_time("2026-05-05 09:00:00"):
            petition.action_register()
        self.assertEqual(petition.date_due, date(2026, 5, 4))
        self.env["ozel_kalem.leave.day"].with_user(self.admin).create(
            {"date": "2026-05-04", "name": "İdari izin"}
        )
        self.assertEqual(petition.date_due, date(2026, 5, 5))

    def test_petition_due_follows_leave_days(self):
        """The legal due date of an open petition moves with the leave days
        the administrator adds or removes on its last day; a due date the
        clerk set, or an answered petition's, does not."""
        petition = self._document(kind="petition")
        own_due = self._document(kind="petition", date_due=date(2031, 6, 2))
        with freeze_time("2031-05-02 09:00:00"):
            (petition | own_due).action_register()
        self.assertEqual(petition.date_due, date(2031, 6, 2))
        self.assertTrue(petition.date_due_legal)
        self.assertFalse(own_due.date_due_legal)
        day = (
            self.env["ozel_kalem.leave.day"]
            .with_user(self.admin)
            .create({"date": "2031-06-02", "name": "İdari izin"})
        )
        self.assertEqual(petition.date_due, date(2031, 6, 3))
        self.assertEqual(own_due.date_due, date(2031, 6, 2))
        day.unlink()
        self.assertEqual(petition.date_due, date(2031, 6, 2))
        with self.assertRaisesRegex(UserError, "actions only"):
            petition.with_user(self.clerk_a).write({"date_due_legal": False})

    def test_gunludur_needs_a_due_date(self):
        with self.assertRaises(ValidationError) as caught:
            self._document(name="Günlü yazı", urgency="gunludur")
        self.assertIn("GÜNLÜDÜR", str(caught.exception))
        self.assertFalse(
            self.env["ozel_kalem.document"].search([("name", "=", "Günlü yazı")])
        )

    def test_routing_and_receipt(self):
        document = self._document()
        document.action_register()
        with self.assertRaisesRegex(UserError, "Add the departments"):
            document.action_route()
        document.write(
            {
                "routing_ids": [
                    (0, 0, {"department_id": self.works.id, "role": "action"}),
                    (0, 0, {"user_id": self.clerk_b.id, "role": "info"}),
                ]
            }
        )
        document.action_route()
        self.assertEqual(document.state, "routed")
        works_line, info_line = document.routing_ids.sorted("role")
        self.assertEqual(works_line.user_id, self.works_manager)
        self.assertEqual(
            document.activity_ids.user_id, self.works_manager | self.clerk_b
        )
        # The department's manager, an employee outside the office, reads
        # the document routed to them and acknowledges their receipt only.
        as_manager = document.with_user(self.works_manager)
        self.assertEqual(as_manager.name, "Bayram programı")
        works_line.with_user(self.works_manager).action_acknowledge()
        self.assertEqual(works_line.acknowledged_by, self.works_manager)
        self.assertTrue(works_line.acknowledged_date)
        with self.assertRaises(UserError):
            info_line.with_user(self.works_manager).action_acknowledge()
        with self.assertRaisesRegex(UserError, "already acknowledged"):
            works_line.with_user(self.works_manager).action_acknowledge()
        self.assertEqual(document.activity_ids.user_id, self.clerk_b)
        with self.assertRaises(UserError):
            works_line.unlink()
        # An employee it was not routed to sees nothing of it.
        with self.assertRaises(AccessError):
            document.with_user(self.outsider).read(["name"])

    def test_distribution_list(self):
        dlist = (
            self.env["ozel_kalem.distribution.list"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Bayram programları",
                    "line_ids": [
                        (0, 0, {"department_id": self.works.id, "role": "action"}),
                        (0, 0, {"user_id": self.clerk_b.id, "role": "info"}),
                    ],
                }
            )
        )
        with self.assertRaises(AccessError):
            dlist.with_user(self.clerk_a).write({"name": "X"})
        document = self._document()
        document.action_register()
        with Form(document.with_user(self.clerk_a)) as form:
            form.distribution_list_id = dlist
            # Choosing it again adds nobody twice.
            form.distribution_list_id = self.env["ozel_kalem.distribution.list"]
            form.distribution_list_id = dlist
        self.assertEqual(len(document.routing_ids), 2)
        self.assertEqual(
            document.routing_ids.mapped("user_id"), self.works_manager | self.clerk_b
        )

    def test_classified_need_to_know(self):
        document = self._document(security_level="gizli")
        document.action_register()
        document.write({"routing_ids": [(0, 0, {"department_id": self.works.id})]})
        Document = self.env["ozel_kalem.document"]
        domain = [("id", "=", document.id)]
        for user in (self.clerk_a, self.director, self.mayor, self.works_manager):
            self.assertEqual(Document.with_user(user).search(domain), document)
        for user in (self.clerk_b, self.chief_a, self.outsider):
            as_user = Document.with_user(user)
            self.assertFalse(as_user.search(domain))
            with self.assertRaises(AccessError):
                as_user.browse(document.id).read(["name"])
        with self.assertRaises(AccessError):
            Document.with_user(self.clerk_b).browse(document.id).export_data(["name"])
        self.assertFalse(
            self.env["ozel_kalem.document.routing"]
            .with_user(self.clerk_b)
            .search([("document_id", "=", document.id)])
        )

    def test_classified_after_creation(self):
        """An unclassified document keeps no need-to-know list; classified
        later, it gets one (its author and its recipients), and loses it
        when it is declassified."""
        document = self._document()
        document.action_register()
        document.write({"routing_ids": [(0, 0, {"user_id": self.clerk_a2.id})]})
        self.assertFalse(document.need_to_know_user_ids)
        Document = self.env["ozel_kalem.document"]
        domain = [("id", "=", document.id)]
        self.assertEqual(Document.with_user(self.clerk_b).search(domain), document)
        document.with_user(self.clerk_a).classification = "hizmete_ozel"
        self.assertEqual(document.need_to_know_user_ids, self.clerk_a | self.clerk_a2)
        for user in (self.clerk_a, self.clerk_a2):
            self.assertEqual(Document.with_user(user).search(domain), document)
        self.assertFalse(Document.with_user(self.clerk_b).search(domain))
        document.with_user(self.director).classification = "tasnif_disi"
        self.assertFalse(document.need_to_know_user_ids)
        self.assertEqual(Document.with_user(self.clerk_b).search(domain), document)

    def test_created_classified_with_its_recipients(self):
        """A clerk creates a secret document already routed: its author and
        recipient see it, other clerks do not; creating in a company the
        clerk does not work for is refused (the need-to-know rules do not
        check creation, the company rule does)."""
        document = self._document(
            classification="gizli",
            routing_ids=[(0, 0, {"user_id": self.clerk_a2.id})],
        )
        self.assertEqual(document.need_to_know_user_ids, self.clerk_a | self.clerk_a2)
        Document = self.env["ozel_kalem.document"]
        domain = [("id", "=", document.id)]
        for user in (self.clerk_a, self.clerk_a2):
            self.assertEqual(Document.with_user(user).search(domain), document)
        self.assertFalse(Document.with_user(self.clerk_b).search(domain))
        with self.assertRaises(AccessError):
            Document.with_user(self.clerk_b).browse(document.id).read(["name"])
        other = self.env["res.company"].create({"name": "Güneykent Belediyesi"})
        with self.assertRaises(AccessError), self.cr.savepoint():
            self._document(company_id=other.id)
        self.assertFalse(Document.sudo().search([("company_id", "=", other.id)]))

    def test_checks_on_held_records_follow_the_rules(self):
        """The checks made on records a user already holds (the web client's,
        an activity's or a message's document) answer as the record rules
        do: they are made in SQL (the confidential mixin's _check_access)."""
        secret = self._document(security_level="gizli")
        secret.action_register()
        secret.write({"routing_ids": [(0, 0, {"department_id": self.works.id})]})
        plain = self._document(name="Açık yazı")
        plain.action_register()
        both = secret | plain
        allowed = {
            self.clerk_a: both,  # the author
            self.director: both,
            self.works_manager: secret,  # routed to, outside the office
            self.clerk_b: plain,
            self.chief_a: plain,
            self.outsider: plain.browse(),
        }
        for user, expected in allowed.items():
            held = both.with_user(user)
            self.assertEqual(
                held._filtered_access("read").ids, expected.ids, user.login
            )
            self.assertEqual(held.has_access("read"), expected == both, user.login)
        with self.assertRaises(AccessError):
            secret.with_user(self.clerk_b).check_access("read")
        secret.with_user(self.works_manager).check_access("read")
        # The chatter and the activities of the secret stay closed to clerk B.
        message = secret.message_post(body="Gizli not", message_type="comment")
        activity = secret.activity_schedule(
            "mail.mail_activity_data_todo", user_id=self.clerk_a.id
        )
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            message.with_user(self.clerk_b).read(["body"])
        with self.assertRaises(AccessError):
            activity.with_user(self.clerk_b).read(["summary"])
        self.assertTrue(activity.with_user(self.director).read(["summary"]))
        # A record deleted meanwhile is reported as missing, not forbidden.
        draft = self._document(name="Silinecek")
        held = draft.with_user(self.clerk_a)
        draft.with_user(self.director).unlink()
        with self.assertRaises(MissingError):
            held.check_access("read")


@tagged("post_install", "-at_install")
class TestFileCode(OzelKalemCase):
    def test_codes(self):
        FileCode = self.env["ozel_kalem.file.code"].with_user(self.admin)
        # Imported in any order: the child comes before its parent.
        child = FileCode.create({"code": "903.07.02", "name": "Yazışmalar"})
        parent = FileCode.create({"code": "903.07", "name": "Özlük"})
        self.assertEqual(child.parent_id, parent)
        self.assertTrue(parent.has_children)
        self.assertEqual(child.display_name, "903.07.02 Yazışmalar")
        # The municipality's KAYSİS list, imported as Odoo's import does.
        result = self.env["ozel_kalem.file.code"].load(
            ["code", "name", "retention"],
            [
                ["905.01", "Basın Bültenleri", "Birimde 5 yıl"],
                ["905", "Basın ve Halkla İlişkiler", ""],
            ],
        )
        self.assertFalse(result["messages"])
        imported = self.env["ozel_kalem.file.code"].browse(result["ids"])
        self.assertEqual(imported[0].parent_id, imported[1])
        for bad in ("90", "903.7", "903.07.02.01.05", "abc"):
            with self.subTest(code=bad), self.assertRaises(ValidationError):
                FileCode.create({"code": bad, "name": "Hatalı"})
        with self.assertRaises(AccessError):
            FileCode.with_user(self.clerk_a).create({"code": "904", "name": "X"})


@tagged("post_install", "-at_install")
class TestAccessLedger(OzelKalemCase):
    """The director's reads of a gizli document are written to the ledger,
    which the auditor reads and nobody changes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.auditor = new_test_user(
            cls.env, login="ok_auditor", groups="ozel_kalem.group_auditor"
        )
        partner = cls.env["res.partner"].create({"name": "Valilik"})
        Document = cls.env["ozel_kalem.document"]
        cls.secret = Document.create(
            {"name": "Güvenlik toplantısı", "partner_id": partner.id}
        )
        cls.secret.security_level = "gizli"
        cls.plain = Document.create({"name": "Davet", "partner_id": partner.id})

    def _ledger(self):
        return self.env["ozel_kalem.access.log"].search(
            [("res_model", "=", "ozel_kalem.document")]
        )

    def test_opens_are_written(self):
        spec = {"name": {}, "security_level": {}}
        self.secret.with_user(self.director).web_read(spec)
        self.plain.with_user(self.director).web_read(spec)
        line = self._ledger()
        self.assertEqual(len(line), 1)
        self.assertEqual(
            (line.user_id, line.res_id, line.action),
            (self.director, self.secret.id, "open"),
        )
        # The auditor reads the ledger, not the document; the office staff
        # do not read the ledger; nobody changes it.
        as_auditor = self.env["ozel_kalem.access.log"].with_user(self.auditor)
        self.assertEqual(as_auditor.search([("id", "=", line.id)]), line)
        with self.assertRaises(AccessError):
            self.secret.with_user(self.auditor).read(["name"])
        for user in (self.clerk_a, self.chief_a, self.mayor):
            with self.assertRaises(AccessError):
                self.env["ozel_kalem.access.log"].with_user(user).search([])
        with self.assertRaises(UserError):
            line.sudo().write({"action": "print"})
        with self.assertRaises(UserError):
            line.sudo().unlink()
        with self.assertRaises(UserError):
            self.env["ozel_kalem.access.log"].sudo().create(
                {
                    "user_id": self.clerk_a.id,
                    "res_model": "ozel_kalem.document",
                    "res_id": self.secret.id,
                    "action": "open",
                }
            )


@tagged("post_install", "-at_install")
class TestAccessLedgerDownload(HttpCase):
    """Downloading a gizli document's file through the web client is written
    to the ledger; without clearance the file is not served."""

    # /web/content runs on a read-only cursor, where the ledger opens a
    # cursor of its own; the test cursor cannot be reopened read/write from
    # a read-only one, so the requests of this test get read/write cursors.
    readonly_enabled = False

    def test_download_is_written(self):
        director = new_test_user(
            self.env, login="dl_director", groups="ozel_kalem.group_director"
        )
        clerk = new_test_user(
            self.env, login="dl_clerk", groups="ozel_kalem.group_user"
        )
        partner = self.env["res.partner"].create({"name": "Valilik"})
        secret = self.env["ozel_kalem.document"].create(
            {"name": "Güvenlik raporu", "partner_id": partner.id}
        )
        secret.security_level = "gizli"
        attachment = self.env["ir.attachment"].create(
            {
                "name": "rapor.pdf",
                "raw": b"%PDF-1.4 gizli",
                "res_model": "ozel_kalem.document",
                "res_id": secret.id,
            }
        )
        url = f"/web/content/{attachment.id}?download=true"
        self.authenticate("dl_clerk", "dl_clerkx")
        self.assertNotEqual(self.url_open(url).status_code, 200)
        self.authenticate("dl_director", "dl_directorx")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"%PDF-1.4 gizli")
        line = self.env["ozel_kalem.access.log"].search(
            [("res_model", "=", "ozel_kalem.document"), ("res_id", "=", secret.id)]
        )
        self.assertEqual(
            (line.user_id, line.action, line.detail),
            (director, "download", "rapor.pdf"),
        )
        self.assertNotIn(clerk, line.user_id)


class OutgoingLetters:
    """A letter drafted by clerk A for the mayor's signature (a fixture of
    the outgoing tests and of the approval matrix)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {"ozel_kalem_mayor_id": cls.mayor.id, "ozel_kalem_detsis": "67915368"}
        )
        cls.partner = cls.env["res.partner"].create({"name": "Kuzeykent Valiliği"})
        cls.code = cls.env.ref("ozel_kalem.file_code_010_06_02")

    def _letter(self, **values):
        vals = {
            "direction": "outgoing",
            "name": "Bayram kutlaması",
            "partner_id": self.partner.id,
            "addressee": "KUZEYKENT VALİLİĞİNE",
            "file_code_id": self.code.id,
            "body": "<p>Bilgilerinize arz ederim.</p>",
        }
        vals.update(values)
        return self.env["ozel_kalem.document"].with_user(self.clerk_a).create(vals)


@tagged("post_install", "-at_install")
class TestOutgoing(OutgoingLetters, OzelKalemCase):
    """A clerk drafts a letter in the mayor's name; the chief and the director
    initial it (paraf), the mayor or a delegate signs it, which numbers it;
    the clerk dispatches it."""

    def _paraf(self, letter, user, comment="Uygundur", approve=True):
        as_user = letter.with_user(user)
        action = as_user.validate_tier() if approve else as_user.reject_tier()
        wizard = (
            self.env["comment.wizard"]
            .with_user(user)
            .with_context(**action["context"])
            .create({"comment": comment})
        )
        wizard.add_comment()

    def _initialled(self):
        letter = self._letter()
        letter.request_validation()
        self._paraf(letter, self.chief_a)
        self._paraf(letter, self.director)
        return letter

    def test_paraf_sign_dispatch(self):
        letter = self._letter()
        with self.assertRaisesRegex(UserError, "not initialled"):
            letter.with_user(self.mayor).action_sign()
        letter.request_validation()
        self.assertEqual(len(letter.review_ids), 2)
        self.assertEqual(letter.validation_status, "pending")
        self.assertFalse(letter.with_user(self.clerk_a).can_review)
        self._paraf(letter, self.chief_a)
        self.assertEqual(letter.validation_status, "pending")
        self._paraf(letter, self.director)
        self.assertEqual(letter.validation_status, "validated")
        with self.assertRaisesRegex(UserError, "Only the mayor signs"):
            letter.with_user(self.director).action_sign()
        letter.with_user(self.mayor).action_sign()
        self.assertEqual(letter.state, "signed")
        self.assertEqual(letter.signer_id, self.mayor)
        self.assertRegex(letter.registration_number, r"^E-67915368-010\.06\.02-\d+$")
        # "Ad SOYAD": the mayor "Ok Mayor" signs as "Ok MAYOR".
        self.assertEqual(letter._signature_block()[0], "Ok MAYOR")
        with self.assertRaisesRegex(UserError, "how the letter is sent"):
            letter.action_dispatch()
        letter.dispatch_channel = "kep"
        letter.action_dispatch()
        self.assertEqual(letter.state, "dispatched")
        with self.assertRaises(UserError):
            letter.with_user(self.director).unlink()

    def test_file_plan_rules_on_letters(self):
        """domain.md §2: a code with sub-levels is not used on its own; 020
        (Olurlar, Onaylar) names files, never letters; a body's own
        bracketed sub-code numbers a letter like any other."""
        parent = self.env.ref("ozel_kalem.file_code_010_06")
        olur = self.env.ref("ozel_kalem.file_code_020")
        with self.assertRaisesRegex(ValidationError, "sub-levels"):
            self._letter(file_code_id=parent.id)
        with self.assertRaisesRegex(ValidationError, "files only"):
            self._letter(file_code_id=olur.id)
        letter = self._letter()
        with self.assertRaisesRegex(ValidationError, "files only"):
            letter.with_user(self.clerk_a).file_code_id = olur
        # An incoming approval (olur) is filed under 020.
        incoming = (
            self.env["ozel_kalem.document"]
            .with_user(self.clerk_a)
            .create(
                {"name": "Olur", "partner_id": self.partner.id, "file_code_id": olur.id}
            )
        )
        self.assertEqual(incoming.file_code_id, olur)
        own = (
            self.env["ozel_kalem.file.code"]
            .with_user(self.admin)
            .create({"code": "010.06.[12]", "name": "Belediye Genelgeleri"})
        )
        self.assertFalse(parent.usable_on_letters)
        self.assertTrue(own.usable_on_letters)
        letter = self._letter(file_code_id=own.id)
        letter.request_validation()
        self._paraf(letter, self.chief_a)
        self._paraf(letter, self.director)
        letter.with_user(self.mayor).action_sign()
        self.assertRegex(
            letter.registration_number, r"^E-67915368-010\.06\.\[12\]-\d+$"
        )

    def test_classified_letter_read_by_its_reviewers(self):
        """The chief initials a gizli letter they read as its reviewer; a
        clerk outside the chain does not see it."""
        letter = self._letter(classification="gizli")
        letter.with_user(self.clerk_a).request_validation()
        self.assertIn(self.chief_a, letter.need_to_know_user_ids)
        self.assertEqual(letter.with_user(self.chief_a).name, "Bayram kutlaması")
        self._paraf(letter, self.chief_a)
        self._paraf(letter, self.director)
        self.assertEqual(letter.validation_status, "validated")
        with self.assertRaises(AccessError):
            letter.with_user(self.clerk_b).read(["name"])

    def test_return_and_withdraw(self):
        letter = self._letter()
        letter.request_validation()
        self._paraf(letter, self.chief_a, comment="İlgi eksik", approve=False)
        self.assertEqual(letter.validation_status, "rejected")
        self.assertEqual(
            letter.review_ids.filtered("comment")[:1].comment, "İlgi eksik"
        )
        letter.with_user(self.clerk_a).action_withdraw()
        self.assertFalse(letter.review_ids)
        letter.reference_text = "01.05.2026 tarihli ve 2231 sayılı yazınız."
        letter.request_validation()
        self._paraf(letter, self.chief_a)
        self._paraf(letter, self.director)
        with self.assertRaisesRegex(UserError, "complete"):
            letter.action_withdraw()

    def test_signature_under_delegation(self):
        letter = self._initialled()
        with self.assertRaisesRegex(UserError, "Only the mayor signs"):
            letter.with_user(self.deputy).action_sign()
        Delegation = self.env["ozel_kalem.delegation"].with_user(self.director)
        expired = Delegation.create(
            {
                "delegator_id": self.mayor.id,
                "delegate_id": self.deputy.id,
                "date_from": "2020-01-01",
                "date_to": "2020-01-31",
            }
        )
        with self.assertRaisesRegex(UserError, "Only the mayor signs"):
            letter.with_user(self.deputy).action_sign()
        # The letter is dated by the day in Türkiye (action_sign).
        today = datetime.now(ZoneInfo("Europe/Istanbul")).date()
        self.assertTrue(expired)
        delegation = Delegation.create(
            {
                "delegator_id": self.mayor.id,
                "delegate_id": self.deputy.id,
                "kind": "adina",
                "date_from": today,
                "date_to": today,
            }
        )
        self.deputy.name = "Ayşe Nur Işık"
        letter.with_user(self.deputy).action_sign()
        self.assertEqual(letter.delegation_id, delegation)
        # "Ad SOYAD", then "Başkan a." above the delegate's own title (art.
        # 17/9 of the 2020 regulation).
        block = letter._signature_block()
        self.assertEqual(block[:2], ["Ayşe Nur IŞIK", "Başkan a."])
        with self.assertRaises(ValidationError):
            Delegation.create(
                {
                    "delegator_id": self.mayor.id,
                    "delegate_id": self.deputy.id,
                    "date_from": today,
                    "date_to": "2020-01-01",
                }
            )
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.delegation"].with_user(self.clerk_a).create(
                {
                    "delegator_id": self.mayor.id,
                    "delegate_id": self.clerk_a.id,
                    "date_from": today,
                    "date_to": today,
                }
            )

    def test_sayi_format(self):
        letter = self._letter()
        # The number is the signature's (written here as superuser, as data
        # migrated from another registry would be).
        with self.assertRaises(ValidationError) as caught:
            letter.sudo().registration_number = "72131250-542-1234"
        self.assertIn("E-67915368-903.07.02-4752", str(caught.exception))
        letter.sudo().registration_number = "E-67915368-903.07.02-4752"
        # Incoming documents keep the sender's own numbering, any format.
        incoming = self.env["ozel_kalem.document"].create(
            {"name": "Gelen", "partner_id": self.partner.id}
        )
        incoming.sender_reference = "B.08.6.YÖK-806.01.05-01"


@tagged("post_install", "-at_install")
class TestToTheMayor(OzelKalemCase):
    """Invitations, submissions and petitions addressed to the mayor."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {"ozel_kalem_mayor_id": cls.mayor.id, "ozel_kalem_detsis": "67915368"}
        )
        cls.partner = cls.env["res.partner"].create({"name": "Esnaf Odası"})

    def _incoming(self, **values):
        document = (
            self.env["ozel_kalem.document"]
            .with_user(self.clerk_a)
            .create({"name": "Genel kurul", "partner_id": self.partner.id, **values})
        )
        document.action_register()
        return document

    def test_invitation_to_the_agenda(self):
        invitation = self._incoming(
            kind="invitation",
            invitation_start=datetime(2031, 6, 2, 9),
            invitation_stop=datetime(2031, 6, 2, 11),
            invitation_place="Oda Salonu",
        )
        invitation.action_present()
        self.assertEqual(invitation.activity_ids.user_id, self.mayor)
        with self.assertRaisesRegex(UserError, "Choose the decision"):
            invitation.action_decide_invitation()
        # The mayor is busy then: attending is refused, a deputy goes.
        self.env["calendar.event"].create(
            {
                "name": "Meclis",
                "start": datetime(2031, 6, 2, 10),
                "stop": datetime(2031, 6, 2, 12),
                "partner_ids": [(6, 0, self.mayor.partner_id.ids)],
            }
        )
        invitation.invitation_response = "attend"
        with self.assertRaisesRegex(UserError, "not free"):
            invitation.action_decide_invitation()
        self.assertFalse(invitation.calendar_event_id)
        invitation.write(
            {"invitation_response": "deputy", "invitation_attendee_id": self.deputy.id}
        )
        invitation.action_decide_invitation()
        event = invitation.calendar_event_id
        self.assertEqual(event.partner_ids, self.deputy.partner_id)
        self.assertEqual(event.location, "Oda Salonu")
        self.assertFalse(
            invitation.activity_ids.filtered(
                lambda a: (
                    a.activity_type_id
                    == self.env.ref("ozel_kalem.mail_act_mayor_decision")
                )
            )
        )
        # Booked as every office booking: the event follows the invitation
        # (and the deputy's calendar refuses an overlap), a cancellation
        # releases it.
        invitation.with_user(self.clerk_a).write(
            {
                "invitation_start": datetime(2031, 6, 2, 14),
                "invitation_stop": datetime(2031, 6, 2, 15),
                "invitation_place": "Belediye Sarayı",
            }
        )
        self.assertEqual(
            (event.start, event.location),
            (datetime(2031, 6, 2, 14), "Belediye Sarayı"),
        )
        self.env["calendar.event"].create(
            {
                "name": "Esnaf ziyareti",
                "start": datetime(2031, 6, 2, 16),
                "stop": datetime(2031, 6, 2, 17),
                "partner_ids": [(6, 0, self.deputy.partner_id.ids)],
            }
        )
        with self.assertRaisesRegex(UserError, "not free"):
            invitation.with_user(self.clerk_a).invitation_stop = datetime(
                2031, 6, 2, 16, 30
            )
        invitation.with_user(self.clerk_a).write({"cancel_reason": "Ertelendi"})
        invitation.with_user(self.clerk_a).action_cancel()
        self.assertFalse(event.active)

    def test_submission_approved_then_distributed(self):
        submission = self._incoming(
            kind="approval",
            routing_ids=[(0, 0, {"user_id": self.clerk_b.id, "role": "info"})],
        )
        submission.action_present()
        with self.assertRaisesRegex(UserError, "Only the mayor"):
            submission.with_user(self.director).action_approve_submission()
        with self.assertRaisesRegex(UserError, "Write why"):
            submission.with_user(self.mayor).action_reject_submission()
        submission.with_user(self.mayor).action_approve_submission()
        self.assertEqual(submission.approval_result, "approved")
        self.assertEqual(submission.state, "routed")
        self.assertTrue(submission.routing_ids.date_sent)

    def test_petition_answered(self):
        petition = self._incoming(
            kind="petition",
            sender_date="2031-05-02",
            file_code_id=self.env.ref("ozel_kalem.file_code_045").id,
        )
        action = petition.action_create_reply()
        reply = self.env["ozel_kalem.document"].browse(action["res_id"])
        self.assertEqual(petition.reply_id, reply)
        self.assertEqual(reply.direction, "outgoing")
        self.assertIn("02.05.2031 tarihli", reply.reference_text)
        self.assertIn("dilekçeniz", reply.reference_text)
        self.assertFalse(petition.is_answered)
        self.env["tier.definition"].search(
            [("model", "=", "ozel_kalem.document")]
        ).active = False
        reply.with_user(self.mayor).action_sign()
        reply.dispatch_channel = "post"
        reply.action_dispatch()
        self.assertTrue(petition.is_answered)
        with self.assertRaises(UserError):
            petition.action_create_reply()
        # The same petition sent again, registered with the letter that
        # answered it: answered from its creation.
        again = self._incoming(kind="petition", reply_id=reply.id)
        self.assertTrue(again.is_answered)
        self.assertFalse(self._incoming(kind="petition").is_answered)


@tagged("post_install", "-at_install")
class TestClassifiedByEveryPath(HttpCase):
    """A clerk without clearance reaches a gizli document by no path: RPC,
    chatter, attachments, report."""

    def test_no_path(self):
        clerk = new_test_user(
            self.env, login="np_clerk", groups="ozel_kalem.group_user"
        )
        partner = self.env["res.partner"].create({"name": "Valilik"})
        secret = self.env["ozel_kalem.document"].create(
            {"name": "Gizli yazı", "partner_id": partner.id, "security_level": "gizli"}
        )
        secret.action_register()
        message = secret.message_post(body="Gizli not", message_type="comment")
        attachment = self.env["ir.attachment"].create(
            {
                "name": "ek.pdf",
                "raw": b"%PDF gizli",
                "res_model": "ozel_kalem.document",
                "res_id": secret.id,
            }
        )
        as_clerk = self.env(user=clerk)
        self.assertFalse(as_clerk["mail.message"].search([("id", "=", message.id)]))
        self.assertFalse(as_clerk["ir.attachment"].search([("id", "=", attachment.id)]))
        # QWeb wraps the access error of the record it renders (the cache is
        # emptied first, as assertRaises(AccessError) does).
        self.env.invalidate_all()
        with self.assertRaises(Exception) as caught:
            as_clerk["ir.actions.report"]._render_qweb_html(
                "ozel_kalem.ozel_kalem_letter_report_action", secret.ids
            )
        self.assertIsInstance(caught.exception.__cause__, AccessError)
        self.authenticate("np_clerk", "np_clerkx")
        found = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "ozel_kalem.document",
                "method": "search_read",
                "args": [[("id", "=", secret.id)], ["name"]],
                "kwargs": {},
            },
        )
        self.assertEqual(found, [])
        with self.assertRaises(JsonRpcException) as error:
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "ozel_kalem.document",
                    "method": "read",
                    "args": [secret.ids, ["name"]],
                    "kwargs": {},
                },
            )
        self.assertIn("AccessError", str(error.exception))
        response = self.url_open(f"/web/content/{attachment.id}?download=true")
        self.assertNotEqual(response.status_code, 200)
        with mute_logger("odoo.http"):
            response = self.url_open(
                f"/report/pdf/ozel_kalem.ozel_kalem_letter_report/{secret.id}"
            )
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(b"Gizli", response.content)
