# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""X-6: the access matrix written in ozel_kalem/readme/CONFIGURE.md is the one
the roles get.  Each row of its table is checked role by role, so the
document and the access rules cannot drift apart."""

import os
import re

from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, new_test_user, tagged

ROLES = {
    "Personel": "ozel_kalem.group_user",
    "Şef": "ozel_kalem.group_chief",
    "Müdür": "ozel_kalem.group_director",
    "Yönetici": "ozel_kalem.group_admin",
    "Başkan": "ozel_kalem.group_mayor",
    "Mali denetçi": "ozel_kalem_protocol.group_finance_reviewer",
    "Protokol": "ozel_kalem_protocol.group_protocol_user",
    "Basın": "ozel_kalem_press.group_press_user",
    "Protokol yöneticisi": "ozel_kalem_protocol.group_protocol_manager",
    "Basın yöneticisi": "ozel_kalem_press.group_press_manager",
    "Denetçi": "ozel_kalem.group_auditor",
}
MODES = {"C": "create", "R": "read", "W": "write", "D": "unlink"}


def read_matrix():
    """Rows ``(model, {role: "CRWD"})`` of the readme's access table."""
    path = os.path.join(get_module_path("ozel_kalem"), "readme", "CONFIGURE.md")
    with open(path, encoding="utf-8") as readme:
        text = readme.read()
    section = text.split("## Access matrix", 1)[1].split("\n## ", 1)[0]
    lines = [
        line.strip() for line in section.splitlines() if line.strip().startswith("|")
    ]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = []
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        model = re.sub(r"[`*]", "", cells[0])
        rows.append((model, dict(zip(header[1:], cells[1:], strict=True))))
    return header[1:], rows


@tagged("post_install", "-at_install")
class TestAccessMatrix(TransactionCase):
    def test_matrix_matches_access_rights(self):
        roles, rows = read_matrix()
        self.assertEqual(set(roles), set(ROLES))
        self.assertGreaterEqual(len(rows), 14)
        users = {
            role: new_test_user(self.env, login=f"matrix_{index}", groups=ROLES[role])
            for index, role in enumerate(roles)
        }
        Access = self.env["ir.model.access"]
        for model, cells in rows:
            for role, cell in cells.items():
                expected = "" if cell in ("-", "") else cell
                for letter, mode in MODES.items():
                    with self.subTest(model=model, role=role, mode=mode):
                        allowed = Access.with_user(users[role]).check(
                            model, mode, raise_exception=False
                        )
                        self.assertEqual(
                            bool(allowed),
                            letter in expected,
                            f"{role} {mode} {model}: readme says {cell!r}",
                        )
