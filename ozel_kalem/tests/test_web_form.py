# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common_public_forms import (
    APPOINTMENT,
    CONTROL_CHARACTERS,
    NOT_ALLOWED,
    RATE_LIMITED,
    TOO_LONG,
    WILDCARD_EMAILS,
    PublicFormCase,
)

LIMITS = {
    "name": 100,
    "email": 254,
    "phone": 32,
    "subject": 200,
    "description": 5000,
    "dates": 200,
}


@tagged("post_install", "-at_install")
class TestAppointmentWebForm(PublicFormCase):
    """A citizen asks for an appointment on the public web form."""

    def _form(self):
        response = self.url_open(APPOINTMENT)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Başkandan randevu isteyin", response.text)
        for field in ("name", "email", "phone", "subject", "description", "kvkk"):
            self.assertIn(f'name="{field}"', response.text)
        return self._csrf_token(APPOINTMENT)

    def _post(self, files=None, **values):
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
        return self.url_open(APPOINTMENT, data=data, files=files)

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

    def test_wildcard_emails_never_attach_to_another_contact(self):
        """Issue 21: the requester was found by ``email =ilike <input>``, so
        "%@%" attached an anonymous post to the first contact, "baskan%@%"
        to the mayor."""
        existing = self.env["res.partner"].with_context(active_test=False).search([])
        for email in WILDCARD_EMAILS:
            with self.subTest(email=email):
                self._reset_rate_limit()
                self._post(email=email, subject=f"Joker {email}")
                appointment = self.env["ozel_kalem.appointment"].search(
                    [("name", "=", f"Joker {email}")]
                )
                # Refused as an address, or registered under a new contact.
                self.assertNotIn(appointment.partner_id, existing)
        # The address of a known contact, in capitals and with spaces, is
        # that contact.
        self._reset_rate_limit()
        self._post(email="  BASKAN@Belediye.Example.TR ", subject="Tam adres")
        appointment = self.env["ozel_kalem.appointment"].search(
            [("name", "=", "Tam adres")]
        )
        self.assertEqual(appointment.partner_id, self.mayor)

    def test_long_values_and_control_characters_store_nothing(self):
        """Issue 21: a 1 MB name or a NUL gave HTTP 500; 1 MB descriptions
        were stored.  Each field is refused with a message, nothing stored."""
        before = self._rows()
        cases = []
        for field, limit in LIMITS.items():
            cases += [
                (field, "x" * (limit + 1), TOO_LONG),
                (field, "ş" * 1_000_000, TOO_LONG),
            ]
            cases += [
                (field, f"Ali{char}Veli", NOT_ALLOWED) for char in CONTROL_CHARACTERS
            ]
            if field != "description":
                cases += [
                    (field, "Ali\nVeli", NOT_ALLOWED),
                    (field, "a\tb", NOT_ALLOWED),
                ]
        for field, value, message in cases:
            with self.subTest(field=field, value=value[:12]):
                response = self._post(**{field: value})
                self.assertEqual(response.status_code, 200)
                self.assertIn(message, response.text)
                self.assertLess(len(response.content), 100_000)
        # A file posted in place of a text field.
        response = self._post(files={"name": ("ad.txt", b"Ali Veli")})
        self.assertEqual(response.status_code, 200)
        self.assertIn("geçerli değil", response.text)
        self.assertEqual(self._rows(), before)
        # Line breaks and tabs are kept in the description.
        self._post(description="Birinci satır\r\n\tİkinci satır")
        self.assertIn("İkinci satır", self._requests().description)

    def test_rate_limit(self):
        """Issue 21: the appointment form had no rate limit (197 stored from
        one address in 37 s)."""
        for index in range(4):
            response = self._post(
                subject="Sokak lambaları", email=f"kisi{index}@example.com"
            )
            self.assertEqual(response.status_code, 200)
        self.assertEqual(len(self._requests()), 3)
        self.assertIn(RATE_LIMITED, response.text)

    def test_wrong_methods_and_csrf(self):
        for method in ("PUT", "DELETE", "PATCH", "TRACE"):
            with self.subTest(method=method):
                response = self.opener.request(
                    method, self.base_url() + APPOINTMENT, timeout=30
                )
                self.assertEqual(response.status_code, 405)
        before = self._rows()
        data = {
            "name": "Nuriye Öztürkoğlu",
            "email": "nuriye.ozturkoglu@example.com",
            "subject": "Sokak lambaları",
            "kvkk": "1",
        }
        self._form()  # a session with a token, which the posts do not send
        for token in (None, "", "yanlis", "0" * 40 + "o1234567890"):
            with self.subTest(token=token), mute_logger("odoo.http"):
                extra = {} if token is None else {"csrf_token": token}
                response = self.url_open(APPOINTMENT, data={**data, **extra})
                self.assertEqual(response.status_code, 400)
        self.assertEqual(self._rows(), before)


@tagged("post_install", "-at_install")
class TestPartnerFromContact(TransactionCase):
    """Issue 21: a citizen's contact is found by the exact normalised e-mail
    address only, never by a pattern."""

    def test_exact_normalised_address_only(self):
        Partner = self.env["res.partner"]
        mayor = Partner.create(
            {"name": "Belediye Başkanı", "email": "baskan@belediye.example.tr"}
        )
        existing = Partner.with_context(active_test=False).search([])
        for email in WILDCARD_EMAILS:
            with self.subTest(email=email):
                partner = Partner._ozel_kalem_from_contact("Anonim", email)
                self.assertNotIn(partner, existing)
        for email in (
            "baskan@belediye.example.tr",
            "  BASKAN@BELEDIYE.EXAMPLE.TR  ",
            "Baskan@Belediye.Example.Tr",
        ):
            with self.subTest(email=email):
                self.assertEqual(
                    Partner._ozel_kalem_from_contact("Başkan", email), mayor
                )


@tagged("post_install", "-at_install")
class TestWebThrottle(TransactionCase):
    """Issue 21: the count behind the public forms' rate limit."""

    def setUp(self):
        super().setUp()
        # As in HttpCase: the hits are counted on the test's cursor, not
        # committed on a cursor of their own.
        self.registry.enter_test_mode(self.cr)
        self.addCleanup(self.registry.leave_test_mode)

    def test_limit_window_and_purge(self):
        Throttle = self.env["ozel_kalem.web.throttle"].sudo()
        for _attempt in range(2):
            self.assertTrue(Throttle._hit("form", ["ip:a", "email:x@y.tr"], 2, 10))
        # The limit of either sender refuses, and a refused post is not
        # counted; the other form and other senders are apart.
        self.assertFalse(Throttle._hit("form", ["ip:a"], 2, 10))
        self.assertFalse(Throttle._hit("form", ["ip:b", "email:x@y.tr"], 2, 10))
        self.assertTrue(Throttle._hit("other", ["ip:a"], 2, 10))
        self.assertTrue(Throttle._hit("form", ["ip:b", False], 2, 10))
        self.assertEqual(Throttle.search_count([]), 6)
        self.assertNotIn("x@y.tr", str(Throttle.search([]).mapped("key")))
        # Hits out of the window do not count; a day later they are purged.
        Throttle.search([]).write(
            {"hit_time": fields.Datetime.subtract(fields.Datetime.now(), minutes=11)}
        )
        self.assertTrue(Throttle._hit("form", ["ip:a"], 2, 10))
        Throttle.search([("id", "!=", Throttle.search([], limit=1).id)]).write(
            {"hit_time": fields.Datetime.subtract(fields.Datetime.now(), days=2)}
        )
        Throttle._gc_hits()
        self.assertEqual(Throttle.search_count([]), 1)
