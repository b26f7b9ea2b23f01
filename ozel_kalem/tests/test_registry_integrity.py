# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The registry under attack, through the ORM as each role would call it
over RPC: need-to-know cannot be granted to oneself, the registry's
numbers, dates and states are set by its actions only, decisions are not
forged by writing a field, every read of classified content is in the
ledger, and nothing of a classified record reaches someone who may not
read it through a mention, an activity, a follower or a register."""

from contextlib import contextmanager

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import OzelKalemCase


class ClassifiedCase(OzelKalemCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sender = cls.env["res.partner"].create(
            {"name": "Kuzeykent Valiliği", "is_company": True}
        )
        Document = cls.env["ozel_kalem.document"]
        # A gizli document of clerk A, registered and routed to clerk A2.
        cls.secret = Document.with_user(cls.clerk_a).create(
            {
                "name": "Güvenlik değerlendirmesi",
                "partner_id": cls.sender.id,
                "classification": "gizli",
                "routing_ids": [(0, 0, {"user_id": cls.clerk_a2.id})],
            }
        )
        cls.secret.with_user(cls.clerk_a).action_register()
        cls.secret.with_user(cls.clerk_a).action_route()
        # An unclassified document of clerk B, routed to clerk B.
        cls.plain = Document.with_user(cls.clerk_b).create(
            {
                "name": "Bayram tebriği",
                "partner_id": cls.sender.id,
                "routing_ids": [(0, 0, {"user_id": cls.clerk_b.id})],
            }
        )
        cls.plain.with_user(cls.clerk_b).action_register()
        cls.plain.with_user(cls.clerk_b).action_route()

    @contextmanager
    def assertRefused(self, regex, exception=UserError):
        """The call raises ``exception`` matching ``regex`` and leaves nothing
        behind (Odoo's assertRaises rolls back to a savepoint)."""
        with self.assertRaises(exception) as caught:
            yield caught
        self.assertRegex(str(caught.exception), regex)

    def assertCannotRead(self, user, record):
        with self.assertRaises(AccessError):
            record.with_user(user).read(["name"])


@tagged("post_install", "-at_install")
class TestNeedToKnowNotSelfGranted(ClassifiedCase):
    def test_routing_to_oneself(self):
        """Clerk B, who may not see the secret, routes it to himself: the
        routing is refused before it exists, and he still reads nothing."""
        Routing = self.env["ozel_kalem.document.routing"].with_user(self.clerk_b)
        count = Routing.sudo().search_count([])
        for values in (
            {"document_id": self.secret.id, "user_id": self.clerk_b.id},
            {"document_id": self.secret.id, "department_id": self.unit_b.id},
        ):
            with self.assertRaises(AccessError), self.cr.savepoint():
                Routing.create(values)
        self.assertEqual(Routing.sudo().search_count([]), count)
        self.assertNotIn(self.clerk_b, self.secret.need_to_know_user_ids)
        self.assertCannotRead(self.clerk_b, self.secret)
        self.assertFalse(
            self.env["ir.attachment"]
            .with_user(self.clerk_b)
            .search([("res_model", "=", "ozel_kalem.document")])
            .filtered(lambda a: a.res_id == self.secret.id)
        )

    def test_routing_moved_to_another_document(self):
        """The receiver of a routing (any employee may acknowledge theirs)
        moves it onto the secret: refused."""
        own = self.plain.routing_ids
        for user in (self.clerk_b, self.director):
            with self.assertRefused("actions only"):
                own.with_user(user).write({"document_id": self.secret.id})
        self.assertEqual(own.document_id, self.plain)
        self.assertCannotRead(self.clerk_b, self.secret)

    def test_routing_lines_of_a_document_one_may_not_change(self):
        """A routing's receiver, its dates and its receipt are not written
        by hand: adding, changing or removing a receiver needs the right to
        change the document; the receipt is the receiver's action."""
        line = self.secret.routing_ids
        with self.assertRaises(AccessError):
            line.with_user(self.clerk_b).write({"note": "x"})
        for values in (
            {"acknowledged_by": self.clerk_a2.id},
            {"acknowledged_date": fields.Datetime.now()},
            {"date_sent": False},
        ):
            with self.assertRefused("actions only"):
                line.with_user(self.clerk_a).write(values)
        with self.assertRefused("keeps its receiver"):
            line.with_user(self.clerk_a).write({"user_id": self.clerk_b.id})
        with self.assertRefused("actions only"):
            self.env["ozel_kalem.document.routing"].with_user(self.clerk_a).create(
                {
                    "document_id": self.secret.id,
                    "user_id": self.clerk_a.id,
                    "acknowledged_date": fields.Datetime.now(),
                }
            )
        line.with_user(self.clerk_a2).action_acknowledge()
        self.assertEqual(line.acknowledged_by, self.clerk_a2)

    def test_need_to_know_list_not_written(self):
        for user in (self.clerk_a, self.director, self.admin):
            with self.assertRefused("actions only"):
                self.secret.with_user(user).write(
                    {"need_to_know_user_ids": [(4, self.clerk_b.id)]}
                )
        with self.assertRefused("actions only"):
            self.env["ozel_kalem.document"].with_user(self.clerk_a).create(
                {
                    "name": "X",
                    "partner_id": self.sender.id,
                    "classification": "gizli",
                    "need_to_know_user_ids": [(4, self.clerk_b.id)],
                }
            )
        self.assertCannotRead(self.clerk_b, self.secret)

    def test_department_manager_changes(self):
        """A document routed to a department follows its manager: the new
        one sees it and has the receipt to acknowledge, the former one no
        longer sees it."""
        former = new_test_user(self.env, login="ntk_former", groups="base.group_user")
        new = new_test_user(self.env, login="ntk_new", groups="base.group_user")
        Employee = self.env["hr.employee"]
        department = self.env["hr.department"].create(
            {
                "name": "Zabıta",
                "manager_id": Employee.create(
                    {"name": "Eski Müdür", "user_id": former.id}
                ).id,
            }
        )
        self.secret.with_user(self.clerk_a).write(
            {"routing_ids": [(0, 0, {"department_id": department.id})]}
        )
        self.secret.with_user(self.clerk_a).action_route()
        self.assertEqual(self.secret.with_user(former).name, self.secret.name)
        department.manager_id = Employee.create(
            {"name": "Yeni Müdür", "user_id": new.id}
        )
        self.env.invalidate_all()
        self.assertEqual(self.secret.with_user(new).name, self.secret.name)
        self.assertCannotRead(former, self.secret)
        line = self.secret.routing_ids.filtered(lambda r: r.department_id == department)
        self.assertEqual(line.user_id, new)
        self.assertIn(new, self.secret.activity_ids.user_id)
        self.assertNotIn(former, self.secret.activity_ids.user_id)
        line.with_user(new).action_acknowledge()


@tagged("post_install", "-at_install")
class TestRegistryNeverRewritten(ClassifiedCase):
    def test_document_number_date_state(self):
        document = self.plain
        number, date = document.registration_number, document.registration_date
        for user in (self.clerk_b, self.chief_a, self.director, self.admin, self.mayor):
            for values in (
                {"registration_number": "GLN-2026-99999"},
                {"registration_number": False},
                {"registration_date": "2020-01-01 10:00:00"},
                {"state": "done"},
                {"state": "draft"},
                {"direction": "outgoing"},
            ):
                with self.assertRefused("actions only"):
                    document.with_user(user).write(values)
        self.assertEqual(
            (document.registration_number, document.registration_date, document.state),
            (number, date, "routed"),
        )
        for values in (
            {"state": "done"},
            {"registration_number": "GLN-2026-00001"},
            {"approval_result": "approved", "kind": "approval"},
        ):
            with self.assertRefused("actions only"):
                self.env["ozel_kalem.document"].with_user(self.clerk_b).create(
                    {"name": "Sahte", "partner_id": self.sender.id, **values}
                )

    def test_registered_document_never_deleted(self):
        """Clearing the number first no longer opens the way: no role deletes
        a registered document; cancelled with a reason, it stays."""
        for user in (self.director, self.admin):
            with self.assertRaises(UserError):
                self.plain.with_user(user).write({"registration_number": False})
            with self.assertRaises(UserError):
                self.plain.with_user(user).unlink()
        self.plain.with_user(self.director).cancel_reason = "Mükerrer"
        self.plain.with_user(self.director).action_cancel()
        with self.assertRaises(UserError):
            self.plain.with_user(self.admin).unlink()
        self.assertTrue(self.plain.exists())

    def test_citizen_request(self):
        Request = self.env["ozel_kalem.citizen.request"]
        request = Request.with_user(self.clerk_a).create(
            {
                "name": "Kaldırım onarımı",
                "partner_id": self.sender.id,
                "date_received": "2026-03-02",
            }
        )
        self.assertNotEqual(request.number, "/")
        number = request.number
        for user in (self.clerk_a, self.chief_a, self.director, self.admin):
            for values in (
                {"number": "BSV-2026-00001"},
                {"date_received": "2026-01-01"},
                {"state": "closed"},
                {"date_answered": "2026-03-03"},
            ):
                with self.assertRefused("actions only"):
                    request.with_user(user).write(values)
        self.assertEqual(
            (request.number, str(request.date_received), request.state),
            (number, "2026-03-02", "new"),
        )
        for values in ({"number": "BSV-2026-00001"}, {"state": "answered"}):
            with self.assertRefused("actions only"):
                Request.with_user(self.clerk_a).create(
                    {"name": "Sahte", "partner_id": self.sender.id, **values}
                )
        with self.assertRaises(UserError):
            request.with_user(self.director).unlink()

    def test_decisions_not_forged(self):
        """A clerk writes neither the mayor's decision on a submission nor
        an appointment's scheduled state: those are the actions'."""
        submission = (
            self.env["ozel_kalem.document"]
            .with_user(self.clerk_b)
            .create({"name": "Onay", "partner_id": self.sender.id, "kind": "approval"})
        )
        submission.with_user(self.clerk_b).action_register()
        with self.assertRefused("actions only"):
            submission.with_user(self.clerk_b).write({"approval_result": "approved"})
        self.assertFalse(submission.approval_result)
        appointment = (
            self.env["ozel_kalem.appointment"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Ziyaret",
                    "partner_id": self.sender.id,
                    "user_id": self.mayor.id,
                }
            )
        )
        for values in ({"state": "scheduled"}, {"state": "done"}):
            with self.assertRefused("actions only"):
                appointment.with_user(self.clerk_a).write(values)
        self.assertEqual(appointment.state, "new")
        with self.assertRefused("actions only"):
            self.env["ozel_kalem.appointment"].with_user(self.clerk_a).create(
                {
                    "name": "Sahte",
                    "partner_id": self.sender.id,
                    "user_id": self.mayor.id,
                    "state": "scheduled",
                }
            )


@tagged("post_install", "-at_install")
class TestLedgerEveryPath(ClassifiedCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.attachment = cls.env["ir.attachment"].create(
            {
                "name": "rapor.pdf",
                "raw": b"%PDF gizli",
                "res_model": "ozel_kalem.document",
                "res_id": cls.secret.id,
            }
        )
        cls.secret.message_post(body="Gizli not", message_type="comment")

    def _new_request(self):
        """What a new HTTP request starts with: the ledger writes a record
        read once per request and path (a test runs on one cursor)."""
        self.env.cr.cache.pop("ozel_kalem_access_log", None)

    def _lines(self, user):
        return (
            self.env["ozel_kalem.access.log"]
            .search(
                [
                    ("user_id", "=", user.id),
                    ("res_model", "=", "ozel_kalem.document"),
                    ("res_id", "=", self.secret.id),
                ]
            )
            .mapped("action")
        )

    def test_every_read_path_is_written(self):
        Document = self.env["ozel_kalem.document"].with_user(self.director)
        domain = [("id", "in", (self.secret | self.plain).ids)]
        paths = {
            "read": lambda: Document.browse(self.secret.id).read(["name"]),
            "search_read": lambda: Document.search_read(domain, ["name"]),
            "web_search_read": lambda: Document.web_search_read(domain, {"name": {}}),
            "web_read": lambda: Document.browse(self.secret.id).web_read({"name": {}}),
            "export_data": lambda: Document.browse(self.secret.id).export_data(
                ["name"]
            ),
            "name_search": lambda: Document.name_search("Güvenlik"),
            "read_group by subject": lambda: Document.read_group(
                domain, ["__count"], ["name"]
            ),
            "attachment read": lambda: self.attachment.with_user(self.director).read(
                ["datas"]
            ),
            "attachment names": lambda: (
                self.env["ir.attachment"]
                .with_user(self.director)
                .search_read([("id", "=", self.attachment.id)], ["name"])
            ),
            "messages": lambda: (
                self.secret.with_user(self.director)
                .message_ids.filtered(lambda m: m.body)
                .read(["body"])
            ),
        }
        expected = {
            "read": "read",
            "search_read": "list",
            "web_search_read": "list",
            "web_read": "open",
            "export_data": "export",
            "name_search": "list",
            "read_group by subject": "list",
            "attachment read": "download",
            "attachment names": "read",
            "messages": "read",
        }
        for path, call in paths.items():
            before = self._lines(self.director)
            self._new_request()
            call()
            after = self._lines(self.director)
            self.assertEqual(
                len(after) - len(before), 1, f"{path}: {before} -> {after}"
            )
            self.assertEqual(after[0], expected[path], path)
        # A form reads its lines (routings) with the record: one line; the
        # lines read alone are the record read.
        self._new_request()
        before = self._lines(self.director)
        Document.browse(self.secret.id).web_read(
            {"name": {}, "routing_ids": {"fields": {"user_id": {}, "note": {}}}}
        )
        after = self._lines(self.director)
        self.assertEqual(after[: len(after) - len(before)], ["open"])
        self._new_request()
        self.env["ozel_kalem.document.routing"].with_user(self.director).search_read(
            [("document_id", "=", self.secret.id)], ["user_id"]
        )
        self.assertEqual(self._lines(self.director)[0], "list")
        # Statistics name no record: no line.
        self._new_request()
        before = self._lines(self.director)
        Document.read_group(domain, ["__count"], ["state", "registration_date:month"])
        self.assertEqual(self._lines(self.director), before)
        # The plain document leaves no line; code running as superuser
        # neither.
        self.plain.with_user(self.director).read(["name"])
        self.secret.sudo().read(["name"])
        self.assertFalse(
            self.env["ozel_kalem.access.log"].search(
                [
                    ("res_id", "=", self.plain.id),
                    ("res_model", "=", "ozel_kalem.document"),
                ]
            )
        )

    def test_ledger_per_company(self):
        """The director of another municipality reads none of this one's
        ledger, which names its classified records."""
        self.secret.with_user(self.director).read(["name"])
        other = self.env["res.company"].create({"name": "Güneykent Belediyesi"})
        foreign = new_test_user(
            self.env,
            login="ledger_foreign",
            groups="ozel_kalem.group_director",
            company_id=other.id,
            company_ids=[(6, 0, other.ids)],
        )
        Log = self.env["ozel_kalem.access.log"]
        self.assertTrue(Log.with_user(self.director).search([]))
        self.assertFalse(Log.with_user(foreign).search([]))
        line = Log.search([], limit=1)
        with self.assertRaises(AccessError):
            line.with_user(foreign).read(["record_name"])


@tagged("post_install", "-at_install")
class TestNothingAtTheEdges(ClassifiedCase):
    def test_mention_and_follower(self):
        secret = self.secret.with_user(self.clerk_a)
        with self.assertRefused("may not see"):
            secret.message_post(
                body="Bakar mısın?",
                message_type="comment",
                partner_ids=self.clerk_b.partner_id.ids,
            )
        with self.assertRefused("may not see"):
            secret.message_post(body="Dış", partner_ids=self.sender.ids)
        with self.assertRefused("may not see"):
            secret.message_subscribe(partner_ids=self.clerk_b.partner_id.ids)
        self.assertFalse(
            self.env["mail.message"]
            .with_user(self.clerk_b)
            .search([("model", "=", "ozel_kalem.document"), ("res_id", "=", secret.id)])
        )
        # Mentioning someone who may read it is fine.
        secret.message_post(
            body="A2 bakacak",
            message_type="comment",
            partner_ids=self.clerk_a2.partner_id.ids,
        )
        secret.message_subscribe(partner_ids=self.director.partner_id.ids)

    def test_notifications_of_a_mention(self):
        """A reader mentioned on the secret reads their notification; nobody
        else reads it (Odoo lets every employee read every notification,
        whose message names the record)."""
        message = self.secret.with_user(self.clerk_a).message_post(
            body="A2 bakacak",
            message_type="comment",
            partner_ids=self.clerk_a2.partner_id.ids,
        )
        notification = message.notification_ids
        self.assertEqual(notification.res_partner_id, self.clerk_a2.partner_id)
        Notification = self.env["mail.notification"]
        domain = [("mail_message_id", "=", message.id)]
        for user in (self.clerk_b, self.chief_a, self.outsider):
            self.assertFalse(Notification.with_user(user).search(domain))
            with self.assertRaises(AccessError):
                notification.with_user(user).read(["mail_message_id"])
        for user in (self.clerk_a2, self.clerk_a, self.director):
            self.assertEqual(Notification.with_user(user).search(domain), notification)
            notification.with_user(user).read(["mail_message_id"])

    def test_activity(self):
        secret = self.secret.with_user(self.clerk_a)
        with self.assertRefused("may not see"):
            secret.activity_schedule(
                "mail.mail_activity_data_todo", user_id=self.clerk_b.id
            )
        activity = secret.activity_schedule(
            "mail.mail_activity_data_todo", user_id=self.clerk_a2.id
        )
        with self.assertRefused("may not see"):
            activity.with_user(self.clerk_a).write({"user_id": self.clerk_b.id})
        self.assertFalse(
            self.env["mail.activity"]
            .with_user(self.clerk_b)
            .search([("res_model", "=", "ozel_kalem.document")])
            .filtered(lambda a: a.res_id == self.secret.id)
        )

    def test_classified_later_keeps_its_readers_as_followers(self):
        """Clerk A followed clerk B's plain document; classified, it keeps
        its readers as followers and A no longer receives its messages."""
        self.plain.message_subscribe(
            partner_ids=(self.clerk_a | self.clerk_b).partner_id.ids
        )
        self.plain.with_user(self.clerk_b).classification = "hizmete_ozel"
        self.assertNotIn(self.clerk_a.partner_id, self.plain.message_partner_ids)
        self.assertIn(self.clerk_b.partner_id, self.plain.message_partner_ids)

    def test_followers_not_listed(self):
        self.secret.message_subscribe(partner_ids=self.clerk_a2.partner_id.ids)
        followers = self.secret.message_follower_ids
        self.assertTrue(followers)
        Followers = self.env["mail.followers"]
        domain = [("res_model", "=", "ozel_kalem.document")]
        seen_by_b = Followers.with_user(self.clerk_b).search(domain)
        self.assertFalse(seen_by_b & followers)
        self.assertEqual(
            Followers.with_user(self.clerk_b).search_count(
                [("res_id", "=", self.secret.id), *domain]
            ),
            0,
        )
        with self.assertRaises(AccessError):
            followers.with_user(self.clerk_b).read(["partner_id"])
        # The plain document's followers and the secret's, for its people.
        self.assertTrue(
            Followers.with_user(self.clerk_b).search(
                [("res_id", "=", self.plain.id), *domain]
            )
        )
        self.assertEqual(
            Followers.with_user(self.clerk_a2).search(
                [("res_id", "=", self.secret.id), *domain]
            ),
            followers,
        )
        followers.with_user(self.clerk_a2).read(["partner_id"])

    def test_register_book(self):
        """Clerk B's register lists the secret's row (the register is
        complete) with its date and mark only: no number, sender, subject
        or receiver."""
        wizard = (
            self.env["ozel_kalem.register.print"]
            .with_user(self.clerk_b)
            .create({"kind": "incoming"})
        )
        rows = wizard._lines()
        text = repr(rows)
        for leak in (
            self.secret.registration_number,
            self.secret.name,
            self.clerk_a2.name,
        ):
            self.assertNotIn(leak, text)
        self.assertIn(self.plain.registration_number, text)
        marked = [row for row in rows if "GİZLİ" in row["subject"]]
        self.assertEqual(len(marked), 1)
        self.assertEqual(marked[0]["date"], self.secret.registration_date)
        self.assertEqual(
            {marked[0][key] for key in ("number", "partner", "reference", "routing")},
            {"—"},
        )
        wizard.kind = "receipt"
        text = repr(wizard._lines())
        for leak in (self.secret.registration_number, self.secret.name):
            self.assertNotIn(leak, text)
        self.assertIn(self.plain.registration_number, text)


@tagged("post_install", "-at_install")
class TestClassifiedOverHttp(HttpCase):
    """What the web client does, as it does it: a mention through the
    chatter's own route (which posts as superuser) and a report as HTML."""

    # A report runs on a read-only cursor, where the ledger opens a cursor
    # of its own; a test cursor cannot be reopened read/write from a
    # read-only one (see TestAccessLedgerDownload).
    readonly_enabled = False

    def test_mention_route_and_report_html(self):
        author = new_test_user(
            self.env, login="http_author", groups="ozel_kalem.group_user"
        )
        outsider = new_test_user(
            self.env, login="http_outsider", groups="ozel_kalem.group_user"
        )
        partner = self.env["res.partner"].create({"name": "Valilik"})
        secret = (
            self.env["ozel_kalem.document"]
            .with_user(author)
            .create(
                {
                    "name": "Gizli yazı",
                    "partner_id": partner.id,
                    "classification": "gizli",
                }
            )
        )
        self.authenticate("http_author", "http_authorx")
        with self.assertRaises(JsonRpcException) as caught, mute_logger("odoo.http"):
            self.make_jsonrpc_request(
                "/mail/message/post",
                {
                    "thread_model": "ozel_kalem.document",
                    "thread_id": secret.id,
                    "post_data": {
                        "body": "Bakar mısın?",
                        "message_type": "comment",
                        "partner_ids": outsider.partner_id.ids,
                        "subtype_xmlid": "mail.mt_comment",
                    },
                },
            )
        self.assertIn("UserError", str(caught.exception))
        self.assertFalse(
            self.env["mail.message"].search(
                [
                    ("model", "=", secret._name),
                    ("res_id", "=", secret.id),
                    ("body", "ilike", "Bakar"),
                ]
            )
        )
        response = self.url_open(
            f"/report/html/ozel_kalem.ozel_kalem_letter_report/{secret.id}"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Gizli yazı", response.text)
        self.assertEqual(
            self.env["ozel_kalem.access.log"]
            .search([("res_id", "=", secret.id), ("res_model", "=", secret._name)])
            .mapped("action"),
            ["print"],
        )
