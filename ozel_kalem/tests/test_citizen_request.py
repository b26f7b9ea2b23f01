# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestCitizenRequest(OzelKalemCase):
    """The call-centre clerk records a citizen's request; the department's
    manager answers it within its legal time limit."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.works_manager = new_test_user(
            cls.env, login="cit_works_mgr", groups="base.group_user"
        )
        manager = cls.env["hr.employee"].create(
            {"name": "Fen Müdürü", "user_id": cls.works_manager.id}
        )
        cls.works = cls.env["hr.department"].create(
            {"name": "Fen İşleri", "manager_id": manager.id}
        )
        cls.citizen = cls.env["res.partner"].create({"name": "Ayşe Demir"})

    def _request(self, **values):
        return (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Bilgi edinme başvurusu",
                    "partner_id": self.citizen.id,
                    **values,
                }
            )
        )

    def test_deadlines_by_type(self):
        cases = [
            ("information", date(2026, 3, 19), date(2026, 4, 10)),
            ("petition", date(2026, 4, 28), date(2026, 6, 1)),
            ("cimer", date(2026, 4, 24), date(2026, 5, 25)),
            ("kvkk", date(2025, 10, 1), date(2025, 10, 31)),
            ("complaint", date(2027, 1, 8), date(2027, 2, 8)),
        ]
        for request_type, received, deadline in cases:
            with self.subTest(request_type=request_type):
                request = self._request(
                    request_type=request_type, date_received=received
                )
                self.assertEqual(request.date_deadline, deadline)
                self.assertTrue(request.number.startswith("BSV-"))

    def test_4982_extension(self):
        request = self._request(
            request_type="information", date_received=date(2026, 3, 19)
        )
        with freeze_time("2026-04-01"):
            request.department_id = self.works
            request.action_route()
            request.action_extend()
        self.assertTrue(request.deadline_extended)
        self.assertEqual(request.date_deadline, date(2026, 5, 5))
        with self.assertRaisesRegex(UserError, "once"):
            request.action_extend()
        self.assertIn(self.citizen, request.message_ids.partner_ids)

    def test_stopped_clock_and_overdue(self):
        request = self._request(
            request_type="information",
            date_received=date(2026, 1, 5),
            department_id=self.works.id,
        )
        self.assertEqual(request.date_deadline, date(2026, 1, 26))
        request.action_route()
        self.assertEqual(request.user_id, self.works_manager)
        as_manager = request.with_user(self.works_manager)
        with freeze_time("2026-01-12"):
            as_manager.action_wait()
        self.assertFalse(request.date_deadline)
        with freeze_time("2026-01-17"):
            as_manager.action_resume()
        self.assertEqual(request.date_deadline, date(2026, 2, 2))
        Request = self.env["ozel_kalem.citizen.request"]
        with freeze_time("2026-02-03"):
            self.assertTrue(request.is_overdue)
            self.assertIn(request, Request.search([("is_overdue", "=", True)]))
            as_manager.answer = "<p>Bilgiler ektedir.</p>"
            as_manager.action_answer()
            self.assertFalse(request.is_overdue)
            self.assertNotIn(request, Request.search([("is_overdue", "=", True)]))
        # Someone else's request is out of the manager's sight.
        other = self._request(name="Başka")
        with self.assertRaises(AccessError):
            other.with_user(self.works_manager).read(["name"])
        with self.assertRaises(AccessError):
            request.with_user(self.outsider).read(["name"])

    def test_tckn(self):
        with self.assertRaises(ValidationError) as caught:
            self._request(name="Hatalı TCKN", tckn_masked="12345678901")
        self.assertIn("TC Kimlik", str(caught.exception))
        self.assertFalse(
            self.env["ozel_kalem.citizen.request"].search(
                [("name", "=", "Hatalı TCKN")]
            )
        )
        request = self._request(tckn_masked="10000000146")
        self.assertEqual(request.tckn_masked, "100******46")
        with self.assertRaises(AccessError):
            request.with_user(self.clerk_a).read(["tckn"])
        self.assertEqual(request.with_user(self.director).tckn, "10000000146")
        # Saving the form with the masked number keeps the number.
        request.with_user(self.clerk_a).write({"tckn_masked": "100******46"})
        self.assertEqual(request.sudo().tckn, "10000000146")

    def test_kept_and_cancelled_with_reason(self):
        request = self._request()
        with self.assertRaises(UserError):
            request.with_user(self.director).unlink()
        with self.assertRaisesRegex(UserError, "Write why"):
            request.action_cancel()
        request.cancel_reason = "Mükerrer"
        request.action_cancel()
        self.assertEqual(request.state, "cancelled")
        routed = self._request(department_id=self.works.id)
        routed.action_route()
        with self.assertRaisesRegex(UserError, "Write the answer"):
            routed.action_answer()
