# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import api, fields, models

# Indicators where a smaller measure is better.
LOWER_IS_BETTER = {"citizen_days"}


class OzelKalemPerformanceTarget(models.Model):
    """A yearly target of the performance programme (ADM-4) and its measure
    computed from the records of the year.  The protocol and press addons
    add their indicators (``selection_add`` and ``_measure_<indicator>``)."""

    _name = "ozel_kalem.performance.target"
    _description = "Performance Target"
    _order = "year desc, indicator"

    year = fields.Integer(
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
        index=True,
    )
    indicator = fields.Selection(
        [
            ("citizen_on_time", "Citizens' requests answered on time (%)"),
            ("citizen_days", "Average days to answer a citizen (days)"),
            ("instruction_on_time", "Instructions answered on time (%)"),
            ("appointment_decided", "Appointment requests decided (%)"),
        ],
        required=True,
    )
    target = fields.Float(required=True, digits=(16, 1))
    measured = fields.Float(compute="_compute_measured", digits=(16, 1))
    achieved = fields.Boolean(compute="_compute_measured")
    note = fields.Char()
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "indicator_once",
            "UNIQUE(company_id, year, indicator)",
            "This indicator has a target for the year already.",
        ),
    ]

    @api.depends("year", "indicator", "target")
    def _compute_measured(self):
        for target in self:
            if not (target.year and target.indicator):
                target.measured, target.achieved = 0.0, False
                continue
            first, after = date(target.year, 1, 1), date(target.year + 1, 1, 1)
            measure = getattr(target, f"_measure_{target.indicator}")(first, after)
            target.measured = round(measure, 1)
            target.achieved = (
                target.measured <= target.target
                if target.indicator in LOWER_IS_BETTER
                else target.measured >= target.target
            )

    def _report(self):
        return self.env["ozel_kalem.activity.report"]

    def _citizen_answered(self, first, after):
        return [
            ("date_answered", ">=", first),
            ("date_answered", "<", after),
            ("company_id", "=", self.company_id.id),
        ]

    def _measure_citizen_on_time(self, first, after):
        return self._report()._average(
            "ozel_kalem.citizen.request",
            self._citizen_answered(first, after),
            "answered_on_time",
        )

    def _measure_citizen_days(self, first, after):
        return self._report()._average(
            "ozel_kalem.citizen.request",
            self._citizen_answered(first, after),
            "resolution_days",
        )

    def _measure_instruction_on_time(self, first, after):
        return self._report()._average(
            "ozel_kalem.instruction.line",
            [
                ("answer_date", ">=", first),
                ("answer_date", "<", after),
                ("state", "=", "answered"),
                ("instruction_id.company_id", "=", self.company_id.id),
            ],
            "on_time",
        )

    def _measure_appointment_decided(self, first, after):
        Appointment = self.env["ozel_kalem.appointment"]
        domain = [
            ("create_date", ">=", fields.Datetime.to_datetime(first)),
            ("create_date", "<", fields.Datetime.to_datetime(after)),
            ("company_id", "=", self.company_id.id),
        ]
        total = Appointment.search_count(domain)
        decided = Appointment.search_count(
            domain + [("state", "in", ("scheduled", "rejected", "redirected", "done"))]
        )
        return 100.0 * decided / total if total else 0.0
