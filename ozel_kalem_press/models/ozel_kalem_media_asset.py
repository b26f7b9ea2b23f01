# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemMediaAsset(models.Model):
    """A photo or video of the archive (PRS-7): what, when, which engagement
    of the calendar, who shot it, subjects."""

    _name = "ozel_kalem.media.asset"
    _description = "Photo and Video Archive"
    _order = "date desc, id desc"

    name = fields.Char(string="Caption", required=True)
    kind = fields.Selection(
        [("photo", "Photo"), ("video", "Video")], required=True, default="photo"
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    calendar_event_id = fields.Many2one(
        "calendar.event", string="Engagement", index=True
    )
    photographer = fields.Char()
    tag_ids = fields.Many2many("ozel_kalem.media.tag", string="Subjects")
    image = fields.Image(max_width=1920, max_height=1920, attachment=True)
    video_url = fields.Char(string="Video Link")
    usage_rights = fields.Char(help="Who may publish it, credit line.")
