# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemAssetCategory(models.Model):
    """A class of the movable-property code list (Taşınır Kod Listesi)."""

    _name = "ozel_kalem.asset.category"
    _description = "Movable Property Category"
    _order = "code, name"
    _rec_names_search = ["code", "name"]

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        help="Code of the class in the movable-property code list, e.g. 255.02.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company",
        index=True,
        help="Leave empty to share it between municipalities.",
    )

    _sql_constraints = [
        ("code_uniq", "unique(code, company_id)", "This category code already exists."),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for category in self:
            category.display_name = f"{category.code} {category.name}"
