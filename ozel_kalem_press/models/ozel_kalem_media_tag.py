# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemMediaTag(models.Model):
    """A subject of news items and photos (transport, parks, culture...)."""

    _name = "ozel_kalem.media.tag"
    _description = "Media Subject"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    color = fields.Integer()

    _sql_constraints = [("name_unique", "UNIQUE(name)", "This subject exists already.")]
