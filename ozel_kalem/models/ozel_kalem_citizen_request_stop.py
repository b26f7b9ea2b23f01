# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class OzelKalemCitizenRequestStop(models.Model):
    """A period when the clock of a citizen's request was stopped, the
    office waiting on the citizen; open while ``date_to`` is empty."""

    _name = "ozel_kalem.citizen.request.stop"
    _description = "Citizen Request Clock Stop"
    _order = "request_id, date_from"

    request_id = fields.Many2one(
        "ozel_kalem.citizen.request", required=True, index=True, ondelete="cascade"
    )
    date_from = fields.Date(required=True)
    date_to = fields.Date()
    company_id = fields.Many2one(related="request_id.company_id", store=True)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if self.filtered(lambda s: s.date_to and s.date_to < s.date_from):
            raise ValidationError(self.env._("A stop must end after it starts."))
