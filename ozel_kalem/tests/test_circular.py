# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestCircular(OzelKalemCase):
    def _circular(self, **values):
        return (
            self.env["ozel_kalem.circular"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Mesai saatleri",
                    "circular_type": "emir",
                    "all_office": False,
                    "recipient_department_ids": [(6, 0, self.unit_a.ids)],
                    **values,
                }
            )
        )

    def test_announce_and_acknowledge(self):
        circular = self._circular()
        self.assertFalse(
            self.env["ozel_kalem.circular"]
            .with_user(self.clerk_a2)
            .search([("id", "=", circular.id)]),
            "a draft is seen by its author only",
        )
        circular.action_publish()
        self.assertEqual(circular.state, "published")
        self.assertTrue(circular.number.startswith("GNL-"))
        self.assertEqual(
            circular.ack_ids.user_id, self.clerk_a | self.clerk_a2 | self.chief_a
        )
        self.assertEqual(len(circular.sudo().activity_ids), 3)
        as_a2 = circular.with_user(self.clerk_a2)
        self.assertTrue(as_a2.my_ack_pending)
        as_a2.action_acknowledge()
        self.assertFalse(as_a2.my_ack_pending)
        self.assertEqual(circular.ack_done_count, 1)
        self.assertAlmostEqual(circular.ack_rate, 100 / 3, places=2)
        with self.assertRaises(UserError):
            as_a2.action_acknowledge()
        with self.assertRaises(UserError):
            circular.with_user(self.clerk_b).action_acknowledge()
        with self.assertRaises(UserError):
            circular.with_user(self.director).unlink()

    def test_confidential_need_to_know(self):
        circular = self._circular(classification="gizli")
        circular.action_publish()
        Circular = self.env["ozel_kalem.circular"]
        for user in (self.clerk_a2, self.chief_a, self.director, self.mayor):
            self.assertEqual(
                Circular.with_user(user).search([("id", "=", circular.id)]), circular
            )
        self.assertFalse(
            Circular.with_user(self.clerk_b).search([("id", "=", circular.id)])
        )
        with self.assertRaises(AccessError):
            circular.with_user(self.clerk_b).read(["name"])
        # An ordinary circular is seen by every office user.
        public = self._circular(name="Duyuru")
        public.action_publish()
        self.assertEqual(
            Circular.with_user(self.clerk_b).search([("id", "=", public.id)]), public
        )

    def test_published_circular_not_editable_by_staff(self):
        circular = self._circular()
        circular.action_publish()
        with self.assertRaises(AccessError):
            circular.with_user(self.clerk_a2).write({"name": "Değişti"})

    def test_no_recipient_refused(self):
        circular = self._circular(recipient_department_ids=[(5, 0, 0)])
        with self.assertRaises(UserError):
            circular.action_publish()
        self.assertEqual(circular.state, "draft")
        self.assertFalse(circular.ack_ids)
