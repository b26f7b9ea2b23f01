# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The main flows of the office core in a real browser (headless Chromium):
each tour acts as the role that does it; the test checks the records."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install", "is_tour")
class TestTours(HttpCase):
    """Users work in Turkish, as the demo does (dates typed as 15-12-2031)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.mayor = new_test_user(
            cls.env, login="tour_mayor", groups="ozel_kalem.group_mayor", lang="tr_TR"
        )
        cls.clerk = new_test_user(
            cls.env, login="tour_clerk", groups="ozel_kalem.group_user", lang="tr_TR"
        )
        cls.env.company.ozel_kalem_mayor_id = cls.mayor
        cls.partner = cls.env["res.partner"].create({"name": "Tur Valiliği"})

    def test_register_and_schedule_an_appointment(self):
        self.env["res.partner"].create({"name": "Tur Muhtarlar Derneği"})
        self.start_tour(
            "/odoo/action-ozel_kalem.ozel_kalem_appointment_action",
            "ozel_kalem_appointment_tour",
            login="tour_clerk",
        )
        appointment = self.env["ozel_kalem.appointment"].search(
            [("name", "=", "Tur muhtarlar ziyareti")]
        )
        self.assertEqual(appointment.state, "scheduled")
        self.assertEqual(appointment.partner_id.name, "Tur Muhtarlar Derneği")
        self.assertEqual(appointment.calendar_event_id.user_id, self.mayor)

    def test_register_and_route_an_incoming_document(self):
        works = self.env["hr.department"].create({"name": "Tur Fen Müdürlüğü"})
        self.start_tour(
            "/odoo/action-ozel_kalem.ozel_kalem_document_action_incoming",
            "ozel_kalem_incoming_document_tour",
            login="tour_clerk",
        )
        document = self.env["ozel_kalem.document"].search(
            [("name", "=", "Tur park yazısı")]
        )
        self.assertEqual(document.state, "routed")
        self.assertTrue(document.registration_number)
        self.assertEqual(document.routing_ids.department_id, works)
        self.assertTrue(document.routing_ids.date_sent)

    def test_citizen_sends_the_public_form_and_follows_it(self):
        self.start_tour("/ozel-kalem/basvuru", "ozel_kalem_citizen_form_tour")
        request = self.env["ozel_kalem.citizen.request"].search(
            [("name", "=", "Tur sokak lambası")]
        )
        self.assertEqual(len(request), 1)
        self.assertEqual(request.channel, "web")
        self.assertEqual(request.partner_id.email, "tur.vatandas@example.com")

    def test_mayor_approves_from_the_desk(self):
        submission = self.env["ozel_kalem.document"].create(
            {
                "name": "Tur ödenek onayı",
                "partner_id": self.partner.id,
                "kind": "approval",
            }
        )
        submission.action_register()
        submission.action_present()
        self.start_tour(
            "/odoo/action-ozel_kalem.ozel_kalem_desk_action",
            "ozel_kalem_desk_tour",
            login="tour_mayor",
        )
        self.assertEqual(submission.approval_result, "approved")
