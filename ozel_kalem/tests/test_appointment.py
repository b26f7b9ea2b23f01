# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestAppointment(OzelKalemCase):
    """The secretariat (a Personel user) runs the requests; the mayor decides."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.citizen = cls.env["res.partner"].create(
            {"name": "Hatice Korkmaz", "email": "hatice@example.com"}
        )
        cls.Appointment = cls.env["ozel_kalem.appointment"].with_user(cls.clerk_a)

    def _request(self, **values):
        return self.Appointment.create(
            {
                "name": "Park aydınlatması",
                "partner_id": self.citizen.id,
                "channel": "phone",
                "user_id": self.mayor.id,
                **values,
            }
        )

    def _slot(self, hour, minutes=60, day=3):
        start = datetime(2031, 3, day, hour, 0)
        return {"start": start, "stop": start.replace(hour=hour + minutes // 60)}

    def test_request_present_schedule(self):
        request = self._request()
        request.action_present()
        self.assertEqual(request.state, "presented")
        activity = request.sudo().activity_ids
        self.assertEqual(activity.user_id, self.mayor)
        request.write(self._slot(9))
        request.action_schedule()
        self.assertEqual(request.state, "scheduled")
        event = request.calendar_event_id
        self.assertTrue(event)
        self.assertEqual(event.start, datetime(2031, 3, 3, 9, 0))
        self.assertIn(self.mayor.partner_id, event.partner_ids)
        self.assertFalse(
            request.sudo().activity_ids, "the decision closes the activity"
        )
        told = request.message_ids.filtered(lambda m: self.citizen in m.partner_ids)
        self.assertTrue(told, "the requester is told of the decision")
        # Moving the appointment moves the event.
        request.write(self._slot(11))
        self.assertEqual(event.start, datetime(2031, 3, 3, 11, 0))

    def test_conflict_refused(self):
        first = self._request(**self._slot(9))
        first.action_schedule()
        overlapping = self._request(name="Esnaf ziyareti", **self._slot(9, day=3))
        overlapping.write(
            {"start": datetime(2031, 3, 3, 9, 30), "stop": datetime(2031, 3, 3, 10, 30)}
        )
        events_before = self.env["calendar.event"].search_count([])
        with self.assertRaises(UserError):
            overlapping.action_schedule()
        self.assertEqual(overlapping.state, "new")
        self.assertFalse(overlapping.calendar_event_id)
        self.assertEqual(self.env["calendar.event"].search_count([]), events_before)
        # Another engagement of the mayor, not an appointment, blocks as well.
        self.env["calendar.event"].create(
            {
                "name": "Meclis toplantısı",
                "start": datetime(2031, 3, 3, 13, 0),
                "stop": datetime(2031, 3, 3, 15, 0),
                "partner_ids": [(6, 0, self.mayor.partner_id.ids)],
            }
        )
        overlapping.write(
            {"start": datetime(2031, 3, 3, 14, 0), "stop": datetime(2031, 3, 3, 14, 30)}
        )
        with self.assertRaises(UserError):
            overlapping.action_schedule()
        # The deputy's calendar is free then.
        overlapping.user_id = self.deputy
        overlapping.action_schedule()
        self.assertEqual(overlapping.state, "scheduled")
        # Moving a scheduled appointment onto a busy slot is refused too.
        with self.assertRaises(UserError):
            first.write(
                {
                    "start": datetime(2031, 3, 3, 13, 30),
                    "stop": datetime(2031, 3, 3, 14, 0),
                }
            )

    def test_reject_needs_reason(self):
        request = self._request()
        request.action_present()
        with self.assertRaises(UserError):
            request.with_context(lang="tr_TR").action_reject()
        self.assertEqual(request.state, "presented")
        request.reject_reason = "Konu Fen İşleri Müdürlüğünün yetkisinde."
        request.action_reject()
        self.assertEqual(request.state, "rejected")

    def test_redirect(self):
        request = self._request()
        with self.assertRaises(UserError):
            request.action_redirect()
        request.redirect_user_id = self.deputy
        request.action_redirect()
        self.assertEqual(request.state, "redirected")
        self.assertEqual(request.sudo().activity_ids.user_id, self.deputy)

    def test_bad_period_stores_nothing(self):
        count = self.env["ozel_kalem.appointment"].search_count([])
        with self.assertRaises(ValidationError):
            self._request(
                start=datetime(2031, 3, 3, 10, 0), stop=datetime(2031, 3, 3, 9, 0)
            )
        self.assertEqual(self.env["ozel_kalem.appointment"].search_count([]), count)

    def test_cancel_frees_the_calendar(self):
        request = self._request(**self._slot(9))
        request.action_schedule()
        event = request.calendar_event_id
        request.action_cancel()
        self.assertEqual(request.state, "cancelled")
        self.assertFalse(event.active)
        again = self._request(name="Yeni talep", **self._slot(9))
        again.action_schedule()
        self.assertEqual(again.state, "scheduled")
        with self.assertRaises(UserError):
            request.unlink()
