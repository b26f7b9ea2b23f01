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

    # The companies' calendars are cached (res.company._ozel_kalem_calendar),
    # and the deadlines of the open requests that span a changed day move.
    @api.model_create_multi
    def create(self, vals_list):
        days = super().create(vals_list)
        self._recompute_deadlines(days._open_requests())
        return days

    def write(self, vals):
        requests = self._open_requests()
        result = super().write(vals)
        self._recompute_deadlines(requests | self._open_requests())
        return result

    def unlink(self):
        requests = self._open_requests()
        result = super().unlink()
        self._recompute_deadlines(requests)
        return result

    def _open_requests(self):
        """The open requests whose time limit runs over one of these days:
        received before it, and due on or after it or stopped."""
        if not self:
            return self.env["ozel_kalem.citizen.request"]
        domain = [("state", "not in", ("answered", "closed", "cancelled"))]
        if all(day.company_id for day in self):
            domain.append(("company_id", "in", self.company_id.ids))
        dates = self.mapped("date")
        domain += [
            ("date_received", "<", max(dates)),
            "|",
            ("date_deadline", ">=", min(dates)),
            ("date_deadline", "=", False),
        ]
        return self.env["ozel_kalem.citizen.request"].sudo().search(domain)

    def _recompute_deadlines(self, requests):
        self.env.registry.clear_cache()
        self.env.add_to_compute(requests._fields["date_deadline"], requests)
