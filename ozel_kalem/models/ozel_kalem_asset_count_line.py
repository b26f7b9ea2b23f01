# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemAssetCountLine(models.Model):
    _name = "ozel_kalem.asset.count.line"
    _description = "Property Count Line"
    _order = "count_id, asset_code, id"

    count_id = fields.Many2one(
        "ozel_kalem.asset.count", required=True, index=True, ondelete="cascade"
    )
    asset_id = fields.Many2one("ozel_kalem.asset", required=True, ondelete="restrict")
    asset_code = fields.Char(related="asset_id.code", store=True, string="Register No")
    category_id = fields.Many2one(related="asset_id.category_id")
    expected_holder_id = fields.Many2one("hr.employee", string="Holder in Register")
    expected_location = fields.Char(string="Place in Register")
    found = fields.Boolean()
    condition = fields.Selection(
        [("good", "Good"), ("worn", "Worn"), ("broken", "Broken")],
    )
    note = fields.Char()
    company_id = fields.Many2one(related="count_id.company_id", store=True, index=True)
