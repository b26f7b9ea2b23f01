# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestAppointmentWebForm(HttpCase):
    """A citizen asks for an appointment on the public web form."""

    def _form(self):
        response = self.url_open("/ozel-kalem/randevu")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Başkandan randevu isteyin", response.text)
        for field in ("name", "email", "phone", "subject", "description", "kvkk"):
            self.assertIn(f'name="{field}"', response.text)
        return re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)

    def _post(self, **values):
        data = {
            "csrf_token": self._form(),
            "name": "Nuriye Öztürkoğlu",
            "email": "nuriye.ozturkoglu@example.com",
            "phone": "0532 555 12 34",
            "subject": "Sokak lambaları",
            "description": "Sokağımız iki haftadır karanlık.",
            "dates": "Hafta içi öğleden sonra",
            "kvkk": "1",
        }
        data.update(values)
        return self.url_open("/ozel-kalem/randevu", data=data)

    def _requests(self):
        return self.env["ozel_kalem.appointment"].search(
            [("name", "=", "Sokak lambaları")]
        )

    def test_request_lands_in_the_triage_queue(self):
        response = self._post()
        self.assertEqual(response.status_code, 200)
        appointment = self._requests()
        self.assertEqual(len(appointment), 1)
        self.assertEqual(appointment.channel, "web")
        self.assertEqual(appointment.state, "new")
        self.assertEqual(appointment.partner_id.email, "nuriye.ozturkoglu@example.com")
        self.assertEqual(appointment.partner_id.phone, "+90 532 555 12 34")
        self.assertIn("karanlık", appointment.description)
        self.assertEqual(appointment.preferred_dates, "Hafta içi öğleden sonra")
        # A second request of the same person reuses the contact.
        self._post(subject="Sokak lambaları")
        self.assertEqual(len(self._requests().partner_id), 1)

    def test_bad_input_stores_nothing(self):
        for values, message in (
            ({"kvkk": ""}, "Aydınlatma metnini okuduğunuzu onaylayın."),
            ({"phone": "12", "email": ""}, "geçerli bir telefon numarası değil"),
            ({"email": "not-an-address"}, "E-posta adresi geçerli değil."),
            ({"name": ""}, "Adınızı ve soyadınızı yazın."),
        ):
            with self.subTest(values=values):
                response = self._post(**values)
                self.assertEqual(response.status_code, 200)
                self.assertIn("alert-danger", response.text)
                self.assertIn(message, response.text)
        self.assertFalse(self._requests())
        self.assertFalse(
            self.env["res.partner"].search([("name", "=", "Nuriye Öztürkoğlu")])
        )

    def test_robots_are_ignored(self):
        self._post(website="http://spam.example.com")
        self.assertFalse(self._requests())
