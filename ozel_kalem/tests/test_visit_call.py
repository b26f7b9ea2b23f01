# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestVisitCall(OzelKalemCase):
    """The secretary (a Personel user) logs visitors and calls."""

    def test_visit_logged_and_turned_into_request(self):
        visit = (
            self.env["ozel_kalem.visit"]
            .with_user(self.clerk_a)
            .create(
                {
                    "visitor_name": "Mustafa Erdem",
                    "phone": "0312 555 20 30",
                    "purpose": "Mahalle yolları",
                    "host_user_id": self.mayor.id,
                }
            )
        )
        self.assertEqual(visit.phone, "+90 312 555 20 30")
        self.assertEqual(visit.state, "in")
        visit.action_depart()
        self.assertEqual(visit.state, "left")
        self.assertTrue(visit.departure)
        with self.assertRaises(UserError):
            visit.action_depart()
        visit.action_create_appointment()
        request = visit.appointment_id
        self.assertEqual(request.channel, "walk_in")
        self.assertEqual(request.partner_id.name, "Mustafa Erdem")
        self.assertEqual(request.state, "new")
        with self.assertRaises(UserError):
            visit.action_create_appointment()

    def test_visit_and_call_become_citizen_requests(self):
        visit = (
            self.env["ozel_kalem.visit"]
            .with_user(self.clerk_a)
            .create(
                {
                    "visitor_name": "Hatice Kurt",
                    "phone": "0532 555 61 62",
                    "purpose": "Sokak lambası yanmıyor",
                    "note": "Gül Sokak 12 önündeki lamba bir haftadır yanmıyor.",
                }
            )
        )
        action = visit.action_create_citizen_request()
        request = visit.citizen_request_id
        self.assertEqual(action["res_id"], request.id)
        self.assertEqual(request.channel, "walk_in")
        self.assertEqual(request.name, "Sokak lambası yanmıyor")
        self.assertIn("Gül Sokak 12", request.description)
        self.assertEqual(request.partner_id, visit.partner_id)
        self.assertEqual(request.partner_id.phone, "+90 532 555 61 62")
        self.assertTrue(request.date_deadline)
        count = self.env["ozel_kalem.citizen.request"].search_count([])
        with self.assertRaises(UserError):
            visit.action_create_citizen_request()
        self.assertEqual(self.env["ozel_kalem.citizen.request"].search_count([]), count)

        call = (
            self.env["ozel_kalem.call"]
            .with_user(self.clerk_a)
            .create(
                {
                    "caller_name": "Hatice Kurt",
                    "partner_id": visit.partner_id.id,
                    "phone": "0532 555 61 62",
                    "subject": "Çöp toplama saatleri",
                }
            )
        )
        call.action_create_citizen_request()
        self.assertEqual(call.citizen_request_id.channel, "phone")
        # The caller is already a contact: not registered twice.
        self.assertEqual(call.citizen_request_id.partner_id, visit.partner_id)

    def test_bad_phone_refused_in_turkish(self):
        Call = (
            self.env["ozel_kalem.call"]
            .with_user(self.clerk_a)
            .with_context(lang="tr_TR")
        )
        count = Call.search_count([])
        with self.assertRaises(ValidationError) as error:
            Call.create({"caller_name": "Ali", "phone": "12ab", "subject": "Bilgi"})
        self.assertIn("geçerli bir telefon numarası değil", str(error.exception))
        self.assertEqual(Call.search_count([]), count)

    def test_call_back(self):
        call = (
            self.env["ozel_kalem.call"]
            .with_user(self.clerk_a)
            .create(
                {
                    "caller_name": "Serkan Tuna",
                    "phone": "+90 532 555 44 11",
                    "subject": "Teslim tarihi",
                    "for_user_id": self.director.id,
                    "callback_needed": True,
                }
            )
        )
        activity = call.sudo().activity_ids
        self.assertEqual(activity.user_id, self.director)
        # On the director's desk: the office's "Call Back" type is marked
        # for the desk; a plain To Do on the same note is not, until an
        # administrator marks its type.
        self.assertEqual(
            activity.activity_type_id, self.env.ref("ozel_kalem.mail_act_call_back")
        )
        todo_type = self.env.ref("mail.mail_activity_data_todo")
        todo = call.sudo().activity_schedule(
            activity_type_id=todo_type.id, user_id=self.director.id
        )
        Activity = self.env["mail.activity"].with_user(self.director)
        desk = [
            ("ozel_kalem_desk", "=", True),
            ("user_id", "=", self.director.id),
            ("res_model", "=", "ozel_kalem.call"),
            ("res_id", "=", call.id),
        ]
        self.assertEqual(Activity.search(desk), activity)
        todo_type.ozel_kalem_desk = True
        self.assertEqual(Activity.search(desk), activity | todo)
        todo.unlink()
        call.action_done()
        self.assertEqual(call.state, "done")
        self.assertFalse(call.sudo().activity_ids)
