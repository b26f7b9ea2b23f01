# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemBudgetCode(models.Model):
    """An economic code of the municipal budget (analytic budget
    classification): the 03.6 family (Temsil ve Tanıtma Giderleri) holds
    the representation appropriation; the others (03.3 travel, 03.5
    services...) the office's other budget lines.  The lower levels change
    with the year's guide: the codes are data an administrator keeps."""

    _name = "ozel_kalem.budget.code"
    _description = "Budget Economic Code"
    _order = "code"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(
        [
            ("representation", "Representation (03.6)"),
            ("travel", "Travel (03.3)"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    account_id = fields.Many2one(
        "account.account",
        string="Expense Account",
        company_dependent=True,
        help="The account of the vendor bills booked on this code.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_unique", "UNIQUE(code)", "This budget code exists already."),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for code in self:
            code.display_name = f"{code.code} {code.name}"
