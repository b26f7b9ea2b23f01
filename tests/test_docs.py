# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The Turkish user guide (docs/) covers every menu of the three addons with
the screenshot that scripts/screenshots.sh takes of it."""

import pathlib
import re

from odoo.tests import TransactionCase, tagged

DOCS = pathlib.Path(__file__).resolve().parents[1] / "docs"
ROOTS = (
    "ozel_kalem.ozel_kalem_menu_root",
    "ozel_kalem_press.ozel_kalem_design_request_menu_root",
)


@tagged("post_install", "-at_install")
class TestUserGuide(TransactionCase):
    def test_every_menu_is_in_the_guide(self):
        text = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
        referenced = set(re.findall(r"\]\(img/([\w.-]+\.png)\)", text))
        menus = self.env["ir.ui.menu"].search(
            [("id", "child_of", [self.env.ref(root).id for root in ROOTS])]
        )
        expected = {
            menu.get_external_id()[menu.id].replace(".", "__") + ".png"
            for menu in menus
            if menu.action and menu.action._name == "ir.actions.act_window"
        }
        self.assertGreater(len(expected), 60)
        self.assertFalse(expected - referenced, "menus missing from docs/")
        missing_files = {
            name for name in referenced if not (DOCS / "img" / name).exists()
        }
        self.assertFalse(missing_files, "run scripts/screenshots.sh")
