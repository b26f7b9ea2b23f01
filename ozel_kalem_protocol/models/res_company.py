# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    ozel_kalem_representative_rule = fields.Selection(
        [
            ("principal", "In the Place of the Represented Office"),
            ("own", "By Their Own Office"),
            ("after", "After All Office Holders"),
        ],
        string="Representatives (Temsilen) Rank",
        default="principal",
        required=True,
        help="Where a guest who attends on behalf of an office holder "
        "(temsilen) sits and speaks: in the place of the office they "
        "represent, by their own office, or after every office holder.",
    )
