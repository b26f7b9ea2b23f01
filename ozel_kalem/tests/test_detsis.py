# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestDetsis(OzelKalemCase):
    """DETSİS numbers (8 digits) of correspondent institutions and office
    units, recorded by the clerk and found by number."""

    def test_institution_and_unit_numbers(self):
        Partner = self.env["res.partner"].with_user(self.clerk_a)
        valilik = Partner.create(
            {
                "name": "Kuzeykent Valiliği",
                "is_company": True,
                "ozel_kalem_detsis": "55667788",
            }
        )
        self.assertEqual(
            Partner.search([("ozel_kalem_detsis", "=", "55667788")]), valilik
        )
        for bad in ("1234567", "123456789", "1234567a", "1234 678"):
            with self.subTest(value=bad), self.assertRaises(ValidationError):
                valilik.ozel_kalem_detsis = bad
        with self.assertRaises(ValidationError):
            self.office.with_user(self.admin).ozel_kalem_detsis = "98-76543"
        self.office.with_user(self.admin).ozel_kalem_detsis = "98765432"
        self.assertEqual(self.office.ozel_kalem_detsis, "98765432")
        with self.assertRaises(ValidationError):
            self.company.ozel_kalem_detsis = "6791536"
