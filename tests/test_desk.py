# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""X-8 (issue 9): the mayor's and the director's desks list exactly the
items waiting on them across the three addons, and acting from the desk
changes the record."""

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

DESK = [("ozel_kalem_desk", "=", True)]


def make_office(env, director, works_manager, prefix):
    """An office unit managed by ``director`` (the other top office units of
    the database lose their manager for the test) and a department of the
    municipality managed by ``works_manager``; returns the department."""
    Department, Employee = env["hr.department"], env["hr.employee"]
    Department.search([("is_office_unit", "=", True), ("parent_id", "=", False)]).write(
        {"manager_id": False}
    )
    Department.create(
        {
            "name": f"{prefix} Özel Kalem",
            "is_office_unit": True,
            "manager_id": Employee.create(
                {"name": f"{prefix} Müdürü", "user_id": director.id}
            ).id,
        }
    )
    return Department.create(
        {
            "name": f"{prefix} Fen İşleri",
            "manager_id": Employee.create(
                {"name": f"{prefix} Fen Müdürü", "user_id": works_manager.id}
            ).id,
        }
    )


@tagged("post_install", "-at_install")
class TestDesk(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        company = cls.env.company
        cls.mayor = new_test_user(
            cls.env, login="desk_mayor", groups="ozel_kalem.group_mayor"
        )
        cls.director = new_test_user(
            cls.env, login="desk_director", groups="ozel_kalem.group_director"
        )
        cls.other = new_test_user(
            cls.env, login="desk_other", groups="ozel_kalem.group_director"
        )
        cls.clerk = new_test_user(
            cls.env,
            login="desk_clerk",
            groups="ozel_kalem.group_user,ozel_kalem_press.group_press_user",
        )
        company.ozel_kalem_mayor_id = cls.mayor
        cls.works = make_office(cls.env, cls.director, cls.other, "Masa")
        cls.partner = cls.env["res.partner"].create({"name": "Masa Vatandaş"})

    def _desk(self, user):
        activities = (
            self.env["mail.activity"]
            .with_user(user)
            .search([*DESK, ("user_id", "=", user.id)])
        )
        return {(a.res_model, a.res_id) for a in activities}, activities

    def test_each_desk_lists_its_items_and_acts(self):
        Release = self.env["ozel_kalem.press.release"].with_user(self.clerk)
        appointment = self.env["ozel_kalem.appointment"].create(
            {"name": "Muhtarlar Derneği ziyareti", "partner_id": self.partner.id}
        )
        appointment.action_present()
        submission = self.env["ozel_kalem.document"].create(
            {
                "name": "Park ihalesi onayı",
                "partner_id": self.partner.id,
                "kind": "approval",
            }
        )
        submission.action_register()
        submission.action_present()
        statement = Release.create(
            {
                "name": "Bayram mesajı",
                "kind": "statement",
                "body": "<p>Kutlu olsun.</p>",
            }
        )
        release = Release.create({"name": "Park açıldı", "body": "<p>Açıldı.</p>"})
        (statement | release).action_submit()
        citizen = self.env["ozel_kalem.citizen.request"].create(
            {
                "name": "Kaldırım",
                "partner_id": self.partner.id,
                "department_id": self.works.id,
            }
        )
        citizen.action_route()  # to the other director: not on our desks

        mayor_items, mayor_desk = self._desk(self.mayor)
        self.assertEqual(
            mayor_items,
            {
                ("ozel_kalem.appointment", appointment.id),
                ("ozel_kalem.document", submission.id),
                ("ozel_kalem.press.release", statement.id),
            },
        )
        # The counters of the activity menu (systray) count the same items.
        counters = {
            group["model"]: group["today_count"]
            + group["overdue_count"]
            + group["planned_count"]
            for group in self.env["res.users"]
            .with_user(self.mayor)
            ._get_activity_groups()
        }
        self.assertEqual(
            {model: counters.get(model) for model, __ in mayor_items},
            {model: 1 for model, __ in mayor_items},
        )
        director_items, director_desk = self._desk(self.director)
        self.assertEqual(director_items, {("ozel_kalem.press.release", release.id)})
        # The releases' approvers are the directors (a tier definition): the
        # release is on every director's desk, the citizen's request on its
        # department manager's only.
        other_items, __ = self._desk(self.other)
        self.assertEqual(
            other_items,
            {
                ("ozel_kalem.citizen.request", citizen.id),
                ("ozel_kalem.press.release", release.id),
            },
        )
        self.assertEqual(
            set(director_desk.mapped("ozel_kalem_model_name")), {"Press Release"}
        )

        # Acting from the desk.
        def item(desk, record):
            return desk.exists().filtered(
                lambda a: (a.res_model, a.res_id) == (record._name, record.id)
            )

        item(mayor_desk, statement).action_ozel_kalem_approve()
        self.assertEqual(statement.state, "approved")
        wizard = (
            self.env["ozel_kalem.desk.return"]
            .with_user(self.mayor)
            .create(
                {
                    "activity_ids": [(6, 0, item(mayor_desk, submission).ids)],
                    "reason": "Bütçe onayı beklensin",
                }
            )
        )
        wizard.action_return()
        self.assertEqual(submission.approval_result, "rejected")
        self.assertEqual(submission.approval_note, "Bütçe onayı beklensin")
        # An appointment needs its time: approving opens nothing but asks.
        with self.assertRaises(UserError):
            item(mayor_desk, appointment).action_ozel_kalem_approve()
        action = item(mayor_desk, appointment).action_ozel_kalem_open()
        self.assertEqual(
            (action["res_model"], action["res_id"]), (appointment._name, appointment.id)
        )
        item(director_desk, release).with_user(
            self.director
        ).action_ozel_kalem_approve()
        self.assertEqual(release.state, "approved")
        self.assertEqual(
            self._desk(self.mayor)[0], {("ozel_kalem.appointment", appointment.id)}
        )
        self.assertFalse(self._desk(self.director)[0])


@tagged("post_install", "-at_install")
class TestDeskChains(TransactionCase):
    """Letters to initial and sign, instructions to close and overdue items
    reach the desk of whoever's turn it is, and leave it once acted on."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        company = cls.env.company
        # Only the test's users hold the office roles that review letters.
        for xmlid in ("ozel_kalem.group_chief", "ozel_kalem.group_director"):
            group = cls.env.ref(xmlid)
            group.users.filtered(lambda u: u.id > 2).write(
                {"groups_id": [(3, group.id)]}
            )
        cls.mayor = new_test_user(
            cls.env, login="chain_mayor", groups="ozel_kalem.group_mayor"
        )
        cls.director = new_test_user(
            cls.env, login="chain_director", groups="ozel_kalem.group_director"
        )
        cls.chief = new_test_user(
            cls.env, login="chain_chief", groups="ozel_kalem.group_chief"
        )
        cls.clerk = new_test_user(
            cls.env, login="chain_clerk", groups="ozel_kalem.group_user"
        )
        company.write(
            {"ozel_kalem_mayor_id": cls.mayor.id, "ozel_kalem_detsis": "67915368"}
        )
        cls.works = make_office(cls.env, cls.director, cls.chief, "Zincir")
        cls.partner = cls.env["res.partner"].create({"name": "Kuzeykent Valiliği"})

    def _items(self, user):
        activities = (
            self.env["mail.activity"]
            .with_user(user)
            .search([*DESK, ("user_id", "=", user.id)])
        )
        return activities, {
            (a.res_model, a.res_id, a.activity_type_id) for a in activities
        }

    def _item(self, user, record):
        return self._items(user)[0].filtered(
            lambda a: (a.res_model, a.res_id) == (record._name, record.id)
        )

    def test_letter_paraf_then_signature(self):
        paraf = self.env.ref("ozel_kalem.mail_act_paraf")
        signature = self.env.ref("ozel_kalem.mail_act_signature")
        letter = (
            self.env["ozel_kalem.document"]
            .with_user(self.clerk)
            .create(
                {
                    "direction": "outgoing",
                    "name": "Bayram kutlaması",
                    "partner_id": self.partner.id,
                    "addressee": "KUZEYKENT VALİLİĞİNE",
                    "file_code_id": self.env.ref("ozel_kalem.file_code_010_06_02").id,
                    "body": "<p>Bilgilerinize arz ederim.</p>",
                }
            )
        )
        letter.request_validation()
        key = ("ozel_kalem.document", letter.id)
        self.assertEqual(self._items(self.chief)[1], {(*key, paraf)})
        self.assertFalse(self._items(self.director)[1])  # not yet its turn
        self._item(self.chief, letter).with_user(self.chief).action_ozel_kalem_approve()
        self.assertFalse(self._items(self.chief)[1])
        self.assertEqual(self._items(self.director)[1], {(*key, paraf)})
        # The director returns it: the chain stops, nobody's desk holds it.
        self.env["ozel_kalem.desk.return"].with_user(self.director).create(
            {
                "activity_ids": [(6, 0, self._item(self.director, letter).ids)],
                "reason": "İlgi eksik",
            }
        ).action_return()
        self.assertEqual(letter.validation_status, "rejected")
        self.assertIn("İlgi eksik", letter.review_ids.mapped("comment"))
        self.assertFalse(self._items(self.director)[1] | self._items(self.mayor)[1])
        # Withdrawn, corrected, initialled by both: the mayor signs it.
        letter.with_user(self.clerk).action_withdraw()
        letter.request_validation()
        for user in (self.chief, self.director):
            self._item(user, letter).with_user(user).action_ozel_kalem_approve()
        self.assertEqual(letter.validation_status, "validated")
        self.assertEqual(self._items(self.mayor)[1], {(*key, signature)})
        self._item(self.mayor, letter).with_user(self.mayor).action_ozel_kalem_approve()
        self.assertEqual(letter.state, "signed")
        self.assertEqual(letter.signer_id, self.mayor)
        self.assertFalse(self._items(self.mayor)[1])

    def test_instruction_close_and_overdue(self):
        close = self.env.ref("ozel_kalem.mail_act_instruction_close")
        overdue = self.env.ref("ozel_kalem.mail_act_overdue")
        Instruction = self.env["ozel_kalem.instruction"].with_user(self.director)
        instruction = Instruction.create(
            {
                "name": "Park aydınlatması",
                "date_deadline": "2099-01-10",
                "line_ids": [
                    (0, 0, {"department_id": self.works.id, "user_id": self.chief.id})
                ],
            }
        )
        # Past its deadline: the scheduled action puts an overdue notice on
        # the unit manager's and the director's desks.
        late = Instruction.create(
            {
                "name": "Kaldırım onarımı",
                "date_deadline": "2099-01-10",
                "line_ids": [
                    (0, 0, {"department_id": self.works.id, "user_id": self.chief.id})
                ],
            }
        )
        self.env.cr.execute(
            "UPDATE ozel_kalem_instruction SET date_deadline = '2020-01-10' "
            "WHERE id = %s",
            [late.id],
        )
        late.invalidate_recordset()
        self.env["ozel_kalem.instruction"]._cron_remind()
        late_key = ("ozel_kalem.instruction", late.id, overdue)
        self.assertIn(late_key, self._items(self.director)[1])
        self.assertIn(late_key, self._items(self.chief)[1])
        with self.assertRaises(UserError):
            self.env["ozel_kalem.desk.return"].with_user(self.director).create(
                {
                    "activity_ids": [
                        (
                            6,
                            0,
                            self._item(self.director, late)
                            .filtered(lambda a: a.activity_type_id == overdue)
                            .ids,
                        )
                    ],
                    "reason": "x",
                }
            ).action_return()
        # Seen by the director; still on the manager's desk until closed.
        self._item(self.director, late).with_user(
            self.director
        ).action_ozel_kalem_approve()
        self.assertNotIn(late_key, self._items(self.director)[1])
        self.assertEqual(late.state, "open")

        line = instruction.line_ids.with_user(self.chief)
        line.answer = "<p>Aydınlatma yenilendi.</p>"
        line.action_answer()
        key = ("ozel_kalem.instruction", instruction.id, close)
        self.assertIn(key, self._items(self.director)[1])
        # Returned: the department answers again; then closed from the desk.
        self.env["ozel_kalem.desk.return"].with_user(self.director).create(
            {
                "activity_ids": [(6, 0, self._item(self.director, instruction).ids)],
                "reason": "Fotoğraf eklensin",
            }
        ).action_return()
        self.assertEqual(line.state, "open")
        self.assertNotIn(key, self._items(self.director)[1])
        line.answer = "<p>Aydınlatma yenilendi, fotoğraflar ekte.</p>"
        line.action_answer()
        self._item(self.director, instruction).with_user(
            self.director
        ).action_ozel_kalem_approve()
        self.assertEqual(instruction.state, "done")
        self.assertIn("fotoğraflar ekte", instruction.result_note)
        self.assertNotIn(key, self._items(self.director)[1])
        # Closing the late instruction takes its notices off every desk.
        late.with_user(self.director).action_cancel()
        self.assertNotIn(late_key, self._items(self.chief)[1])
