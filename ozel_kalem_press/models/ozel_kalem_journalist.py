# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemJournalist(models.Model):
    """A journalist (PRS-3): the contact, the outlet and the beat."""

    _name = "ozel_kalem.journalist"
    _description = "Journalist"
    _order = "outlet_id, partner_id"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        "res.partner", string="Journalist", required=True, index=True
    )
    outlet_id = fields.Many2one("ozel_kalem.media.outlet", index=True)
    beat = fields.Char(help="What they cover: city hall, transport, culture...")
    email = fields.Char(related="partner_id.email", readonly=False)
    phone = fields.Char(related="partner_id.phone", readonly=False)
    active = fields.Boolean(default=True)

    @api.depends("partner_id", "outlet_id")
    def _compute_display_name(self):
        for journalist in self:
            outlet = journalist.outlet_id.name
            name = journalist.partner_id.name or ""
            journalist.display_name = f"{name} ({outlet})" if outlet else name
