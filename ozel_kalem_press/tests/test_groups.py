# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPressGroups(TransactionCase):
    def test_press_roles(self):
        manager = new_test_user(
            self.env,
            login="press_manager",
            groups="ozel_kalem_press.group_press_manager",
        )
        self.assertTrue(manager.has_group("ozel_kalem_press.group_press_user"))
        self.assertTrue(manager.has_group("ozel_kalem.group_user"))
        self.assertFalse(manager.has_group("ozel_kalem.group_chief"))
        # Press staff are office staff, not chiefs: no personnel follow-up.
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.personnel.note"].with_user(manager).search([])
