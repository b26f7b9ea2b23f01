# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemLeaveDay(models.Model):
    """A day without work decided by the government or the municipality
    (idari izin, e.g. the day before a bayram): not a working day in legal
    time limits, on top of the public holidays."""

    _name = "ozel_kalem.leave.day"
    _description = "Administrative Leave Day"
    _order = "date desc"

    date = fields.Date(required=True, index=True)
    name = fields.Char(string="Reason", required=True)
    company_id = fields.Many2one(
        "res.company",
        index=True,
        default=lambda self: self.env.company,
        help="Empty: for every municipality of the database.",
    )

    _sql_constraints = [
        (
            "date_company_uniq",
            "unique(date, company_id)",
            "This day is already an administrative leave day.",
        ),
    ]

    # The companies' calendars are cached (res.company._ozel_kalem_calendar).
    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()
