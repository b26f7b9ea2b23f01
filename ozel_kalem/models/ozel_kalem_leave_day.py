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
        self._recompute_deadlines(days._open_requests(), days._open_petitions())
        return days

    def write(self, vals):
        requests, petitions = self._open_requests(), self._open_petitions()
        result = super().write(vals)
        self._recompute_deadlines(
            requests | self._open_requests(), petitions | self._open_petitions()
        )
        return result

    def unlink(self):
        requests, petitions = self._open_requests(), self._open_petitions()
        result = super().unlink()
        self._recompute_deadlines(requests, petitions)
        return result

    def _spanned_domain(self, started_before, due_field):
        """Records whose time limit runs over one of these days: started
        before it (``started_before(day)``, a domain), and due on or after
        it (or not due yet)."""
        domain = []
        if all(day.company_id for day in self):
            domain.append(("company_id", "in", self.company_id.ids))
        dates = self.mapped("date")
        return domain + [
            *started_before(max(dates)),
            "|",
            (due_field, ">=", min(dates)),
            (due_field, "=", False),
        ]

    def _open_petitions(self):
        """The registered petitions whose legal time limit (3071) runs over
        one of these days."""
        Document = self.env["ozel_kalem.document"].sudo()
        if not self:
            return Document
        return Document.search(
            [
                ("date_due_legal", "=", True),
                ("state", "in", ("registered", "routed")),
                # From the day of receipt (the registration's day for the
                # petitions registered before it was recorded).
                *self._spanned_domain(
                    lambda day: [
                        "|",
                        ("date_received", "<", day),
                        "&",
                        ("date_received", "=", False),
                        ("registration_date", "<", day),
                    ],
                    "date_due",
                ),
            ]
        )

    def _open_requests(self):
        """The open requests whose time limit runs over one of these days:
        received before it, and due on or after it or stopped."""
        if not self:
            return self.env["ozel_kalem.citizen.request"]
        return (
            self.env["ozel_kalem.citizen.request"]
            .sudo()
            .search(
                [
                    ("state", "not in", ("answered", "closed", "cancelled")),
                    *self._spanned_domain(
                        lambda day: [("date_received", "<", day)], "date_deadline"
                    ),
                ]
            )
        )

    def _recompute_deadlines(self, requests, petitions):
        self.env.registry.clear_cache()
        self.env.add_to_compute(requests._fields["date_deadline"], requests)
        petitions._recompute_legal_due()
