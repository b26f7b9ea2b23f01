# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestHandover(OzelKalemCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        category = cls.env.ref("ozel_kalem.asset_category_computers")
        cls.asset = (
            cls.env["ozel_kalem.asset"]
            .with_user(cls.chief_a)
            .create({"name": "Dizüstü", "category_id": category.id})
        )
        cls.env["ozel_kalem.asset.assignment"].with_user(cls.chief_a).create(
            {"asset_id": cls.asset.id, "employee_id": cls.employee(cls.clerk_a).id}
        )
        cls.leaver = cls.employee(cls.clerk_a)
        cls.successor = cls.employee(cls.clerk_a2)
        cls.task = cls.env["mail.activity"].create(
            {
                "res_model_id": cls.env["ir.model"]._get_id("ozel_kalem.asset"),
                "res_id": cls.asset.id,
                "user_id": cls.clerk_a.id,
                "summary": "Sayım tutanağını imzala",
            }
        )

    def _handover(self, **values):
        return (
            self.env["ozel_kalem.handover"]
            .with_user(self.chief_a)
            .create(
                {
                    "employee_id": self.leaver.id,
                    "successor_id": self.successor.id,
                    **values,
                }
            )
        )

    def test_departure_blocked_while_custody(self):
        with self.assertRaises(UserError) as error:
            self.leaver.with_user(self.director).with_context(
                lang="tr_TR"
            ).action_archive()
        self.assertIn("devir", str(error.exception).lower())
        self.assertTrue(self.leaver.active)

    def test_handover_transfers_and_unblocks(self):
        handover = self._handover()
        self.assertTrue(handover.number.startswith("DT-"))
        handover.action_confirm()
        self.assertEqual(handover.state, "to_sign")
        self.assertEqual(
            sorted(handover.line_ids.mapped("item_type")), ["activity", "asset"]
        )
        handover.with_user(self.clerk_a).action_sign()
        self.assertEqual(handover.leaver_signed_by_id, self.clerk_a)
        self.assertEqual(handover.state, "to_sign")
        handover.with_user(self.clerk_a2).action_sign()
        self.assertEqual(handover.state, "done")
        self.assertTrue(all(handover.line_ids.mapped("transferred")))
        self.assertEqual(self.asset.holder_id, self.successor)
        self.assertEqual(len(self.asset.assignment_ids), 2)
        self.assertEqual(self.asset.assignment_ids.handover_id, handover)
        self.assertEqual(self.task.user_id, self.clerk_a2)
        # The departure now goes through, and the record stays.
        self.leaver.with_user(self.director).action_archive()
        self.assertFalse(self.leaver.active)
        with self.assertRaises(UserError):
            handover.with_user(self.director).unlink()

    def test_stranger_cannot_sign_or_see(self):
        handover = self._handover()
        handover.action_confirm()
        with self.assertRaises(AccessError):
            handover.with_user(self.clerk_b).read(["state"])
        self.assertFalse(
            self.env["ozel_kalem.handover"].with_user(self.clerk_b).search([])
        )

    def test_successor_required(self):
        handover = self._handover(successor_id=False)
        with self.assertRaises(UserError):
            handover.action_confirm()
        self.assertEqual(handover.state, "draft")

    def test_death_case_needs_chief_report(self):
        handover = self._handover(reason="death")
        handover.action_confirm()
        with self.assertRaises(UserError):
            handover.with_user(self.chief_a).action_sign()
        self.assertFalse(handover.leaver_signed_by_id)
        handover.death_report = "<p>Zimmetli dizüstü bilgisayar birimde bulundu.</p>"
        handover.with_user(self.chief_a).action_sign()
        self.assertEqual(handover.leaver_signed_by_id, self.chief_a)
        handover.with_user(self.clerk_a2).action_sign()
        self.assertEqual(handover.state, "done")
        self.assertEqual(self.asset.holder_id, self.successor)

    def test_clerk_cannot_create_handover(self):
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.handover"].with_user(self.clerk_a).create(
                {"employee_id": self.leaver.id}
            )
