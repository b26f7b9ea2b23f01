# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemMediaList(models.Model):
    """A distribution list of releases: outlets (their newsroom address)
    and journalists."""

    _name = "ozel_kalem.media.list"
    _description = "Media List"
    _order = "name"

    name = fields.Char(required=True)
    outlet_ids = fields.Many2many("ozel_kalem.media.outlet", string="Outlets")
    journalist_ids = fields.Many2many("ozel_kalem.journalist", string="Journalists")
    active = fields.Boolean(default=True)

    def _recipients(self):
        """The e-mail addresses of the lists, once each."""
        addresses = [
            *self.outlet_ids.filtered("active").mapped("email"),
            *self.journalist_ids.filtered("active").mapped("email"),
        ]
        seen, result = set(), []
        for address in addresses:
            key = (address or "").strip().lower()
            if key and key not in seen:
                seen.add(key)
                result.append(address.strip())
        return result
