# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestProtocolGroups(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="prot_manager",
            groups="ozel_kalem_protocol.group_protocol_manager",
        )
        cls.reviewer = new_test_user(
            cls.env,
            login="fin_reviewer",
            groups="ozel_kalem_protocol.group_finance_reviewer",
        )
        cls.circular = cls.env["ozel_kalem.circular"].create(
            {"name": "Bayram programı"}
        )

    def test_protocol_manager_is_office_staff(self):
        self.assertTrue(
            self.manager.has_group("ozel_kalem_protocol.group_protocol_user")
        )
        self.assertTrue(self.manager.has_group("ozel_kalem.group_user"))
        menu = self.env.ref("ozel_kalem.ozel_kalem_menu_root")
        visible = self.env["ir.ui.menu"].with_user(self.manager)._visible_menu_ids()
        self.assertIn(menu.id, visible)

    def test_finance_reviewer_sees_no_office_record(self):
        self.assertFalse(self.reviewer.has_group("ozel_kalem.group_user"))
        for model in ("ozel_kalem.circular", "ozel_kalem.handover", "ozel_kalem.asset"):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.reviewer).search([])
        with self.assertRaises(AccessError):
            self.circular.with_user(self.reviewer).read(["name", "body"])
