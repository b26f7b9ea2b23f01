# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""X-1: every term the addons show has a Turkish translation in i18n/tr.po."""

import os

import polib

from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import TranslationModuleReader

ADDONS = ("ozel_kalem", "ozel_kalem_protocol", "ozel_kalem_press")


@tagged("post_install", "-at_install")
class TestTranslations(TransactionCase):
    def test_tr_po_complete(self):
        for addon in ADDONS:
            with self.subTest(addon=addon):
                po = polib.pofile(os.path.join(get_module_path(addon), "i18n", "tr.po"))
                translated = {
                    entry.msgid
                    for entry in po
                    if entry.msgstr
                    and not entry.obsolete
                    and "fuzzy" not in entry.flags
                }
                terms = {
                    source
                    for module, _type, _name, _res_id, source, _value, _comments in (
                        TranslationModuleReader(self.env.cr, modules=[addon])
                    )
                    if module == addon
                }
                self.assertTrue(terms)
                missing = sorted(terms - translated)
                self.assertFalse(
                    missing, f"{addon}: untranslated terms: {missing[:20]}"
                )

    def test_ui_in_turkish(self):
        menu = self.env.ref("ozel_kalem.ozel_kalem_menu_root").with_context(
            lang="tr_TR"
        )
        self.assertEqual(menu.name, "Özel Kalem")
        group = self.env.ref("ozel_kalem.group_director").with_context(lang="tr_TR")
        self.assertEqual(group.name, "Müdür")
        field = (
            self.env["ozel_kalem.handover"]
            .with_context(lang="tr_TR")
            ._fields["successor_id"]
        )
        self.assertEqual(
            field._description_string(self.env(context={"lang": "tr_TR"})), "Devralan"
        )
