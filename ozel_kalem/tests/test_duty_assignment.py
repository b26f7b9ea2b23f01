# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestDutyAssignment(OzelKalemCase):
    def _assign(self, department, user=None):
        return (
            self.env["ozel_kalem.duty.assignment"]
            .with_user(user or self.chief_a)
            .create(
                {
                    "name": "Ziyaretçi karşılama",
                    "employee_id": self.employee(self.clerk_a).id,
                    "department_id": department.id,
                    "approver_id": self.mayor.id,
                }
            )
        )

    def test_duty_in_own_unit_takes_effect(self):
        assignment = self._assign(self.unit_a)
        self.assertFalse(assignment.is_unit_change)
        assignment.action_submit()
        self.assertEqual(assignment.state, "active")

    def test_change_of_unit_needs_mayor(self):
        assignment = self._assign(self.unit_b)
        self.assertTrue(assignment.is_unit_change)
        assignment.action_submit()
        self.assertEqual(assignment.state, "to_approve")
        activity = assignment.activity_ids
        self.assertEqual(activity.user_id, self.mayor)
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("ozel_kalem.mail_act_mayor_approval"),
        )
        with self.assertRaises(UserError):
            assignment.with_user(self.chief_a).action_approve()
        with self.assertRaises(UserError):
            assignment.with_user(self.director).action_approve()
        assignment.with_user(self.mayor).action_approve()
        self.assertEqual(assignment.state, "active")
        self.assertEqual(self.employee(self.clerk_a).department_id, self.unit_b)
        self.assertFalse(assignment.activity_ids)

    def test_refusal_needs_reason(self):
        assignment = self._assign(self.unit_b)
        assignment.action_submit()
        with self.assertRaises(UserError):
            assignment.with_user(self.mayor).action_refuse()
        self.assertEqual(assignment.state, "to_approve")
        assignment.with_user(self.mayor).write(
            {"refusal_reason": "Birimde ihtiyaç var"}
        )
        assignment.with_user(self.mayor).action_refuse()
        self.assertEqual(assignment.state, "refused")
        self.assertEqual(self.employee(self.clerk_a).department_id, self.unit_a)

    def test_transitions_guarded_and_kept(self):
        assignment = self._assign(self.unit_a)
        assignment.action_submit()
        with self.assertRaises(UserError):
            assignment.action_submit()
        with self.assertRaises(UserError):
            assignment.with_user(self.director).unlink()
        assignment.action_end()
        self.assertEqual(assignment.state, "done")
        self.assertTrue(assignment.date_end)

    def test_clerk_sees_only_own_duties(self):
        mine = self._assign(self.unit_a)
        other = (
            self.env["ozel_kalem.duty.assignment"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Arşiv",
                    "employee_id": self.employee(self.clerk_a2).id,
                    "department_id": self.unit_a.id,
                }
            )
        )
        visible = (
            self.env["ozel_kalem.duty.assignment"].with_user(self.clerk_a).search([])
        )
        self.assertIn(mine, visible)
        self.assertNotIn(other, visible)
        self.assertFalse(
            self.env["ozel_kalem.duty.assignment"].with_user(self.clerk_b).search([])
        )
