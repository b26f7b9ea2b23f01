# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemCircularAck(models.Model):
    _name = "ozel_kalem.circular.ack"
    _description = "Circular Read Acknowledgement"
    _order = "circular_id, date_read desc, id"

    circular_id = fields.Many2one(
        "ozel_kalem.circular", required=True, index=True, ondelete="cascade"
    )
    user_id = fields.Many2one("res.users", string="Staff", required=True, index=True)
    date_read = fields.Datetime(string="Read On", readonly=True)
    is_read = fields.Boolean(compute="_compute_is_read", store=True)
    company_id = fields.Many2one(
        related="circular_id.company_id", store=True, index=True
    )

    _sql_constraints = [
        (
            "circular_user_uniq",
            "unique(circular_id, user_id)",
            "One acknowledgement per person.",
        ),
    ]

    @api.depends("date_read")
    def _compute_is_read(self):
        for ack in self:
            ack.is_read = bool(ack.date_read)
