# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemDistributionListLine(models.Model):
    """One receiver of a saved distribution list."""

    _name = "ozel_kalem.distribution.list.line"
    _description = "Distribution List Receiver"
    _order = "list_id, id"

    list_id = fields.Many2one(
        "ozel_kalem.distribution.list", required=True, index=True, ondelete="cascade"
    )
    department_id = fields.Many2one("hr.department")
    user_id = fields.Many2one("res.users", string="Receiver")
    role = fields.Selection(
        [
            ("action", "For Action (Gereği)"),
            ("info", "For Information (Bilgi)"),
            ("coordination", "Coordination (Koordinasyon)"),
        ],
        required=True,
        default="action",
    )
    note = fields.Char(string="Instruction")
