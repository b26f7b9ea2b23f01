# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestInstruction(OzelKalemCase):
    """The secretary records the mayor's instruction, two departments answer,
    the director closes it; the scheduled action reminds and escalates."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.works_user = new_test_user(
            cls.env, login="works_user", groups="base.group_user"
        )
        cls.parks_user = new_test_user(
            cls.env, login="parks_user", groups="base.group_user"
        )
        cls.works_manager = new_test_user(
            cls.env, login="works_mgr", groups="base.group_user"
        )
        manager_employee = cls.env["hr.employee"].create(
            {"name": "Fen Müdürü", "user_id": cls.works_manager.id}
        )
        cls.works = cls.env["hr.department"].create(
            {"name": "Fen İşleri", "manager_id": manager_employee.id}
        )
        cls.parks = cls.env["hr.department"].create({"name": "Park ve Bahçeler"})
        cls.today = date(2031, 5, 5)

    def _instruction(self, deadline_days=10, **values):
        return (
            self.env["ozel_kalem.instruction"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Park aydınlatması",
                    "issuer_id": self.mayor.id,
                    "date_deadline": self.today + timedelta(days=deadline_days),
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "department_id": self.works.id,
                                "user_id": self.works_user.id,
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "department_id": self.parks.id,
                                "user_id": self.parks_user.id,
                            },
                        ),
                    ],
                    **values,
                }
            )
        )

    @freeze_time("2031-05-05")
    def test_two_departments_answer_and_director_closes(self):
        instruction = self._instruction()
        self.assertTrue(instruction.number.startswith("TLM-"))
        self.assertEqual(
            instruction.sudo().activity_ids.user_id, self.works_user | self.parks_user
        )
        other = self._instruction(name="Başka talimat", line_ids=[])
        as_works = self.env["ozel_kalem.instruction"].with_user(self.works_user)
        self.assertEqual(
            as_works.search([("id", "in", (instruction | other).ids)]), instruction
        )
        works_line, parks_line = instruction.line_ids
        with self.assertRaises(AccessError):
            parks_line.with_user(self.works_user).write(
                {"answer": "<p>Bizden değil</p>"}
            )
        works_line.with_user(self.works_user).write({"answer": "<p>Keşif yapıldı.</p>"})
        works_line.with_user(self.works_user).action_answer()
        self.assertEqual(works_line.state, "answered")
        self.assertEqual(instruction.state, "in_progress")
        with self.assertRaises(UserError):
            parks_line.with_user(self.parks_user).action_answer()  # no answer written
        parks_line.with_user(self.parks_user).write(
            {"answer": "<p>Ağaçlar budandı.</p>"}
        )
        parks_line.with_user(self.parks_user).action_answer()
        with self.assertRaises(UserError):
            instruction.with_user(self.clerk_a).action_done()
        with self.assertRaises(UserError):
            instruction.with_user(self.director).action_done()  # no result note
        instruction.with_user(self.director).write(
            {"result_note": "<p>Aydınlatma yenilendi.</p>"}
        )
        instruction.with_user(self.director).action_done()
        self.assertEqual(instruction.state, "done")
        self.assertFalse(instruction.sudo().activity_ids)
        rates = self.env["ozel_kalem.instruction.line"]._read_group(
            [("instruction_id", "=", instruction.id)],
            ["department_id"],
            ["on_time:avg"],
        )
        self.assertEqual({rate for __, rate in rates}, {100.0})

    @freeze_time("2031-05-05")
    def test_deadline_in_the_past_refused(self):
        count = self.env["ozel_kalem.instruction"].search_count([])
        with self.assertRaises(ValidationError) as error:
            self.env["ozel_kalem.instruction"].with_user(self.clerk_a).with_context(
                lang="tr_TR"
            ).create({"name": "Geç", "date_deadline": date(2031, 5, 1)})
        self.assertIn("geçmişte", str(error.exception))
        self.assertEqual(self.env["ozel_kalem.instruction"].search_count([]), count)

    def test_deadline_on_a_holiday_warned(self):
        Instruction = self.env["ozel_kalem.instruction"].with_user(self.director)
        warning = Instruction.new(
            {"date_deadline": date(2026, 10, 29)}
        )._onchange_date_deadline()
        self.assertIn("30.10.2026", warning["warning"]["message"])
        self.assertFalse(
            Instruction.new(
                {"date_deadline": date(2026, 11, 2)}
            )._onchange_date_deadline()
        )

    def test_reminder_then_escalation_once_each(self):
        with freeze_time("2031-05-05"):
            instruction = self._instruction(deadline_days=1)
        Instruction = self.env["ozel_kalem.instruction"]

        def messages(text):
            return instruction.message_ids.filtered(lambda m: text in (m.body or ""))

        with freeze_time("2031-05-05"):
            Instruction._cron_remind()
            Instruction._cron_remind()
        reminders = messages("Hatırlatma")
        self.assertEqual(len(reminders), 1)
        self.assertEqual(
            reminders.partner_ids, (self.works_user | self.parks_user).partner_id
        )
        with freeze_time("2031-05-08"):
            self.assertIn(instruction, Instruction.search([("is_overdue", "=", True)]))
            Instruction._cron_remind()
            Instruction._cron_remind()
        escalations = messages("Süresi geçti")
        self.assertEqual(len(escalations), 1)
        self.assertIn(self.works_manager.partner_id, escalations.partner_ids)
        self.assertIn(self.director.partner_id, escalations.partner_ids)
        self.assertEqual(instruction.reminder_level, 2)
