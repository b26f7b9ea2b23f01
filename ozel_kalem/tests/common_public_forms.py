# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Shared by the tests of the citizens' public forms (issue 21)."""

import re

from odoo.tests import HttpCase
from odoo.tools import SQL

APPOINTMENT = "/ozel-kalem/randevu"
REQUEST = "/ozel-kalem/basvuru"
# The tables a post may write to: none of them may change for a refused one.
TABLES = ("ozel_kalem_appointment", "ozel_kalem_citizen_request", "res_partner")
# NUL, C0 and C1 control characters (a newline or a tab only in multi-line
# text).
CONTROL_CHARACTERS = ("\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85")
# What a LIKE pattern would take for any address, or for the mayor's.
WILDCARD_EMAILS = (
    "%@%",
    "baskan%@%",
    "_@_._",
    "%",
    "%@%.%",
    "baskan%",
    "b_skan@belediye.example.tr",
    "baskan%@belediye.example.tr",
    "%@belediye.example.tr",
    "BASKAN_@BELEDIYE.EXAMPLE.TR",
)
RATE_LIMITED = "daha sonra yeniden deneyin"
TOO_LONG = "çok uzun: en çok"
NOT_ALLOWED = "izin verilmeyen karakterler"


class PublicFormCase(HttpCase):
    """Contacts a careless match would attach a citizen's post to, and
    helpers to post the forms."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.mayor = Partner.create(
            {"name": "Belediye Başkanı", "email": "baskan@belediye.example.tr"}
        )
        cls.municipality = Partner.create(
            {
                "name": "Örnek Belediyesi",
                "is_company": True,
                "email": "bilgi@belediye.example.tr",
            }
        )

    def _csrf_token(self, path):
        page = self.url_open(path)
        self.assertEqual(page.status_code, 200)
        return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)

    def _rows(self):
        """The number of rows of the tables a post may write to, attachments
        of citizens' requests included."""
        self.env.flush_all()
        counts = {}
        for table in TABLES:
            self.env.cr.execute(SQL("SELECT count(*) FROM %s", SQL.identifier(table)))
            counts[table] = self.env.cr.fetchone()[0]
        self.env.cr.execute(
            "SELECT count(*) FROM ir_attachment WHERE res_model = %s",
            ["ozel_kalem.citizen.request"],
        )
        counts["ir_attachment"] = self.env.cr.fetchone()[0]
        return counts

    def _reset_rate_limit(self):
        """Forget the posts counted so far (all tests post from one address)."""
        if "ozel_kalem.web.throttle" in self.env:
            self.env["ozel_kalem.web.throttle"].sudo().search([]).unlink()
