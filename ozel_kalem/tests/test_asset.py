# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestAsset(OzelKalemCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Asset = cls.env["ozel_kalem.asset"].with_user(cls.chief_a)
        cls.Assignment = cls.env["ozel_kalem.asset.assignment"].with_user(cls.chief_a)
        cls.category = cls.env.ref("ozel_kalem.asset_category_furniture")

    def test_register_number_and_custody(self):
        asset = self.Asset.create(
            {"name": "Makam masası", "category_id": self.category.id}
        )
        self.assertTrue(asset.code.startswith("TSN-"))
        self.Assignment.create(
            {"asset_id": asset.id, "employee_id": self.employee(self.clerk_a).id}
        )
        self.assertEqual(asset.holder_id, self.employee(self.clerk_a))
        self.assertEqual(asset.department_id, self.unit_a)
        with self.assertRaises(ValidationError):
            self.Assignment.create(
                {"asset_id": asset.id, "employee_id": self.employee(self.clerk_b).id}
            )
        self.assertEqual(len(asset.assignment_ids), 1)
        asset.action_return()
        self.assertFalse(asset.holder_id)
        self.Assignment.create(
            {"asset_id": asset.id, "employee_id": self.employee(self.clerk_b).id}
        )
        self.assertEqual(asset.holder_id, self.employee(self.clerk_b))

    def test_scrap_and_never_deleted(self):
        asset = self.Asset.create({"name": "Yazıcı", "category_id": self.category.id})
        self.Assignment.create(
            {"asset_id": asset.id, "employee_id": self.employee(self.clerk_a).id}
        )
        with self.assertRaises(UserError):
            asset.action_scrap()
        asset.action_return()
        asset.action_scrap()
        self.assertEqual(asset.state, "scrapped")
        with self.assertRaises(ValidationError):
            self.Assignment.create(
                {"asset_id": asset.id, "employee_id": self.employee(self.clerk_a).id}
            )
        with self.assertRaises(UserError):
            asset.with_user(self.director).unlink()

    def test_clerk_reads_but_cannot_register(self):
        asset = self.Asset.create({"name": "Sandalye", "category_id": self.category.id})
        self.assertEqual(asset.with_user(self.clerk_a).name, "Sandalye")
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.asset"].with_user(self.clerk_a).create(
                {"name": "Dolap", "category_id": self.category.id}
            )

    def test_year_end_count(self):
        assets = self.Asset.create(
            [
                {"name": "Masa", "category_id": self.category.id, "location": "Oda 1"},
                {
                    "name": "Koltuk",
                    "category_id": self.category.id,
                    "location": "Oda 2",
                },
            ]
        )
        count = (
            self.env["ozel_kalem.asset.count"]
            .with_user(self.chief_a)
            .create({"year": 2031})
        )
        count.action_start()
        self.assertEqual(count.state, "in_progress")
        counted = count.line_ids.filtered(lambda line: line.asset_id in assets)
        self.assertEqual(len(counted), 2)
        self.assertEqual(set(counted.mapped("expected_location")), {"Oda 1", "Oda 2"})
        counted[0].found = True
        self.assertEqual(count.missing_count, count.line_count - 1)
        count.action_close()
        self.assertEqual(count.state, "done")
        with self.assertRaises(UserError):
            count.action_start()
