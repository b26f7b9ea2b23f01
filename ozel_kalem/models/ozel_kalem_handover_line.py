# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemHandoverLine(models.Model):
    _name = "ozel_kalem.handover.line"
    _description = "Handover Item"
    _order = "handover_id, item_type, id"

    handover_id = fields.Many2one(
        "ozel_kalem.handover", required=True, index=True, ondelete="cascade"
    )
    item_type = fields.Selection(
        [
            ("asset", "Asset (Zimmet)"),
            ("activity", "Open Task"),
            ("document", "Document"),
            ("request", "Request"),
            ("instruction", "Instruction"),
            ("other", "Other"),
        ],
        string="Type",
        required=True,
        default="other",
    )
    name = fields.Char(string="Item", required=True)
    res_model = fields.Char(string="Model", readonly=True)
    res_id = fields.Many2oneReference(
        string="Record", model_field="res_model", readonly=True
    )
    transferred = fields.Boolean(readonly=True)
    note = fields.Char()
    company_id = fields.Many2one(
        related="handover_id.company_id", store=True, index=True
    )
