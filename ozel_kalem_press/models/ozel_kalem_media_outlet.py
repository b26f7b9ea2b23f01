# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from urllib.parse import urlsplit

from odoo import api, fields, models

MEDIA = [
    ("newspaper", "Newspaper"),
    ("tv", "Television"),
    ("radio", "Radio"),
    ("web", "News Website"),
    ("agency", "News Agency"),
    ("magazine", "Magazine"),
    ("social", "Social Media"),
]


class OzelKalemMediaOutlet(models.Model):
    """A newspaper, channel, radio, news site or agency (PRS-3), by medium
    and reach, with its journalists."""

    _name = "ozel_kalem.media.outlet"
    _description = "Media Outlet"
    _order = "name"

    name = fields.Char(required=True)
    medium = fields.Selection(MEDIA, required=True, default="newspaper", index=True)
    reach = fields.Selection(
        [
            ("local", "Local"),
            ("regional", "Regional"),
            ("national", "National"),
            ("international", "International"),
        ],
        required=True,
        default="local",
        index=True,
    )
    email = fields.Char(help="The newsroom's address for releases.")
    phone = fields.Char()
    website = fields.Char()
    journalist_ids = fields.One2many(
        "ozel_kalem.journalist", "outlet_id", string="Journalists"
    )
    item_count = fields.Integer(string="News Items", compute="_compute_item_count")
    active = fields.Boolean(default=True)

    def _compute_item_count(self):
        counts = dict(
            self.env["ozel_kalem.media.item"]._read_group(
                [("outlet_id", "in", self.ids)], ["outlet_id"], ["__count"]
            )
        )
        for outlet in self:
            outlet.item_count = counts.get(outlet, 0)

    @api.model
    def _outlet_for_url(self, url):
        """The outlet whose website is the host of ``url``, if known."""
        host = (urlsplit(url or "").hostname or "").removeprefix("www.")
        if not host:
            return self.browse()
        return self.search([("website", "ilike", host)], limit=1)
