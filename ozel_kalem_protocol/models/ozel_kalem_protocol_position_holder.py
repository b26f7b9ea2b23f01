# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemProtocolPositionHolder(models.Model):
    """Who held an office of the protocol list, from when to when: written
    when the holder changes, never edited by hand."""

    _name = "ozel_kalem.protocol.position.holder"
    _description = "Protocol Office Holder"
    _order = "date_from desc, id desc"

    position_id = fields.Many2one(
        "ozel_kalem.protocol.position", required=True, ondelete="cascade", index=True
    )
    partner_id = fields.Many2one("res.partner", string="Holder", required=True)
    date_from = fields.Date(required=True)
    date_to = fields.Date()
