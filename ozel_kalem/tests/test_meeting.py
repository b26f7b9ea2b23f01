# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestMeeting(OzelKalemCase):
    """The secretary plans a meeting of the mayor and writes its minutes; the
    director approves them and each decision becomes an instruction."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.works_manager = new_test_user(
            cls.env, login="mtg_works_mgr", groups="base.group_user"
        )
        manager = cls.env["hr.employee"].create(
            {"name": "Fen Müdürü", "user_id": cls.works_manager.id}
        )
        cls.works = cls.env["hr.department"].create(
            {"name": "Fen İşleri", "manager_id": manager.id}
        )
        cls.parks = cls.env["hr.department"].create({"name": "Park ve Bahçeler"})

    def _meeting(self, user=None, **values):
        vals = {
            "name": "Kış hazırlıkları",
            "chair_id": self.mayor.id,
            "start": datetime(2031, 5, 5, 7, 0),
            "stop": datetime(2031, 5, 5, 8, 0),
            "user_ids": [(6, 0, self.chief_a.ids)],
        }
        vals.update(values)
        return (
            self.env["ozel_kalem.meeting"].with_user(user or self.clerk_a).create(vals)
        )

    def test_minutes_become_instructions(self):
        meeting = self._meeting()
        self.assertTrue(meeting.number.startswith("TPL-"))
        meeting.action_plan()
        event = meeting.calendar_event_id
        self.assertEqual(meeting.state, "planned")
        self.assertEqual(
            event.partner_ids, self.mayor.partner_id | self.chief_a.partner_id
        )
        # Moving the meeting moves the event.
        meeting.write({"stop": datetime(2031, 5, 5, 8, 30)})
        self.assertEqual(event.stop, datetime(2031, 5, 5, 8, 30))
        meeting.action_hold()
        meeting.write(
            {
                "decision_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Kar araçlarının bakımı tamamlanacak.",
                            "department_ids": [(6, 0, (self.works | self.parks).ids)],
                            "date_deadline": "2031-05-20",
                            "priority": "1",
                        },
                    ),
                    (0, 0, {"name": "Bir sonraki toplantı haziranda."}),
                ]
            }
        )
        with self.assertRaisesRegex(UserError, "Write the minutes"):
            meeting.action_submit_minutes()
        meeting.minutes = "<p>Ekipman hazır.</p>"
        meeting.action_submit_minutes()
        # The chair (the mayor) approves the minutes, from the desk too.
        self.assertEqual(meeting.activity_ids.user_id, self.mayor)
        with self.assertRaisesRegex(UserError, "not your turn"):
            meeting.with_user(self.director).action_approve_minutes()
        with self.assertRaisesRegex(UserError, "not your turn"):
            meeting.action_approve_minutes()
        meeting.with_user(self.mayor).action_approve_minutes()
        self.assertEqual(meeting.state, "approved")
        self.assertEqual(meeting.instruction_count, 1)
        instruction = meeting.decision_ids.instruction_id
        self.assertEqual(instruction.source_kind, "meeting")
        self.assertEqual(instruction.source_ref, meeting)
        self.assertEqual(instruction.issuer_id, self.mayor)
        self.assertEqual(instruction.priority, "1")
        self.assertEqual(instruction.line_ids.department_id, self.works | self.parks)
        works_line = instruction.line_ids.filtered(
            lambda line: line.department_id == self.works
        )
        self.assertEqual(works_line.user_id, self.works_manager)
        # The department's manager answers the instruction made of it.
        works_line.with_user(self.works_manager).write({"answer": "<p>Tamam.</p>"})
        works_line.with_user(self.works_manager).action_answer()
        self.assertEqual(instruction.state, "in_progress")
        with self.assertRaises(UserError):
            meeting.decision_ids.unlink()

    def test_decision_needs_a_deadline(self):
        meeting = self._meeting(minutes="<p>Tutanak</p>")
        meeting.action_plan()
        meeting.action_hold()
        meeting.write(
            {
                "decision_ids": [
                    (
                        0,
                        0,
                        {"name": "Rapor", "department_ids": [(6, 0, self.works.ids)]},
                    )
                ]
            }
        )
        with self.assertRaisesRegex(UserError, "Give a deadline"):
            meeting.action_submit_minutes()
        self.assertEqual(meeting.state, "held")
        self.assertFalse(
            self.env["ozel_kalem.instruction"].search(
                [("source_ref", "=", f"ozel_kalem.meeting,{meeting.id}")]
            )
        )

    def test_plan_refuses_a_busy_chair(self):
        self.env["calendar.event"].create(
            {
                "name": "Tören",
                "start": datetime(2031, 5, 5, 7, 30),
                "stop": datetime(2031, 5, 5, 9, 0),
                "partner_ids": [(6, 0, self.mayor.partner_id.ids)],
            }
        )
        meeting = self._meeting()
        with self.assertRaisesRegex(UserError, "not free"):
            meeting.action_plan()
        self.assertEqual(meeting.state, "draft")
        self.assertFalse(meeting.calendar_event_id)

    def test_bad_period_refused(self):
        # assertRaises rolls back to a savepoint: what stays is what is stored.
        with self.assertRaises(ValidationError) as caught:
            self._meeting(stop=datetime(2031, 5, 5, 6, 0))
        self.assertIn("end after it starts", str(caught.exception))
        self.assertFalse(
            self.env["ozel_kalem.meeting"].search([("name", "=", "Kış hazırlıkları")])
        )

    def test_classified_minutes_need_to_know(self):
        meeting = self._meeting(classification="gizli", minutes="<p>Gizli konular</p>")
        Meeting = self.env["ozel_kalem.meeting"]
        domain = [("id", "=", meeting.id)]
        for user in (self.clerk_a, self.chief_a, self.director, self.mayor):
            self.assertEqual(Meeting.with_user(user).search(domain), meeting)
        with self.assertRaises(AccessError):
            Meeting.with_user(self.clerk_b).browse(meeting.id).export_data(["minutes"])
        for user in (self.clerk_b, self.outsider):
            as_user = Meeting.with_user(user)
            self.assertFalse(as_user.search(domain))
            with self.assertRaises(AccessError):
                as_user.browse(meeting.id).read(["minutes"])
            with self.assertRaises(AccessError):
                self.env["ozel_kalem.meeting.decision"].with_user(user).create(
                    {"meeting_id": meeting.id, "name": "X"}
                )

    def test_reviewer_named_in_settings_reads_classified_minutes(self):
        """Whoever a tier definition names reviews what they can read: the
        administrator names the office's clerk B for the minutes; the
        classified minutes reach B's desk and B reads them, for as long as
        the review is kept."""
        self.env.ref("ozel_kalem.tier_definition_minutes_chair").write(
            {"review_type": "individual", "reviewer_id": self.clerk_b.id}
        )
        meeting = self._meeting(classification="gizli", minutes="<p>Gizli konular</p>")
        as_b = self.env["ozel_kalem.meeting"].with_user(self.clerk_b)
        domain = [("id", "=", meeting.id)]
        self.assertFalse(as_b.search(domain))
        meeting.action_plan()
        meeting.action_hold()
        meeting.action_submit_minutes()
        self.assertEqual(as_b.search(domain), meeting)
        self.assertEqual(meeting.sudo().activity_ids.user_id, self.clerk_b)
        as_b.browse(meeting.id).action_approve_minutes()
        self.assertEqual(meeting.state, "approved")
        self.assertEqual(
            as_b.browse(meeting.id).read(["minutes"])[0]["minutes"], meeting.minutes
        )
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.meeting"].with_user(self.outsider).browse(
                meeting.id
            ).read(["minutes"])

    def test_employee_reads_meetings_they_attended(self):
        attended = self._meeting(user_ids=[(6, 0, self.outsider.ids)])
        other = self._meeting(name="Başka toplantı")
        as_outsider = self.env["ozel_kalem.meeting"].with_user(self.outsider)
        self.assertEqual(
            as_outsider.search([("id", "in", (attended | other).ids)]), attended
        )
        with self.assertRaises(AccessError):
            as_outsider.browse(other.id).read(["name"])
        with self.assertRaises(AccessError):
            as_outsider.browse(attended.id).write({"minutes": "<p>x</p>"})


@tagged("post_install", "-at_install")
class TestPreparation(OzelKalemCase):
    """A clerk prepares the mayor's speech for an engagement."""

    def setUp(self):
        super().setUp()
        self.event = self.env["calendar.event"].create(
            {
                "name": "Kütüphane açılışı",
                "start": datetime(2031, 5, 10, 8, 0),
                "stop": datetime(2031, 5, 10, 9, 0),
                "partner_ids": [(6, 0, self.mayor.partner_id.ids)],
            }
        )

    def test_speech_ready(self):
        Preparation = self.env["ozel_kalem.preparation"].with_user(self.chief_a)
        with self.assertRaises(ValidationError) as caught:
            Preparation.create(
                {
                    "name": "Açılış konuşması",
                    "kind": "speech",
                    "event_id": self.event.id,
                    "user_id": self.clerk_a.id,
                    "date_deadline": "2031-05-11",
                }
            )
        self.assertIn("ready by the engagement", str(caught.exception))
        speech = Preparation.create(
            {
                "name": "Açılış konuşması",
                "kind": "speech",
                "event_id": self.event.id,
                "user_id": self.clerk_a.id,
                "date_deadline": "2031-05-09",
            }
        )
        self.assertEqual(speech.activity_ids.user_id, self.clerk_a)
        self.assertEqual(self.event.ozel_kalem_preparation_ids, speech)
        as_clerk = speech.with_user(self.clerk_a)
        with self.assertRaisesRegex(UserError, "before marking it ready"):
            as_clerk.action_ready()
        as_clerk.content = "<p>Değerli hemşehrilerim...</p>"
        as_clerk.action_ready()
        self.assertEqual(speech.state, "ready")
        self.assertFalse(speech.activity_ids)
        with self.assertRaises(UserError):
            speech.with_user(self.director).unlink()
        with self.assertRaises(AccessError):
            speech.with_user(self.outsider).read(["content"])
