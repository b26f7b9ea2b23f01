# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, datetime, time

from odoo import api, fields, models


class OzelKalemActivityReport(models.TransientModel):
    """The office's yearly activity report (faaliyet raporu, ADM-3): every
    figure computed from the records of the fiscal year, by section.  The
    protocol and press addons add their sections (``_sections``)."""

    _name = "ozel_kalem.activity.report"
    _description = "Yearly Activity Report"

    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    def action_print(self):
        self.ensure_one()
        return self.env.ref(
            "ozel_kalem.ozel_kalem_activity_report_action"
        ).report_action(self)

    # ------------------------------------------------------------------
    # Period helpers
    # ------------------------------------------------------------------
    def _dates(self):
        """First day of the year and first day of the next."""
        self.ensure_one()
        return date(self.year, 1, 1), date(self.year + 1, 1, 1)

    def _datetimes(self):
        first, after = self._dates()
        return datetime.combine(first, time.min), datetime.combine(after, time.min)

    def _in_year(self, field_name, datetime_field=False):
        first, after = self._datetimes() if datetime_field else self._dates()
        return [
            (field_name, ">=", first),
            (field_name, "<", after),
            ("company_id", "=", self.company_id.id),
        ]

    @api.model
    def _average(self, model, domain, field_name):
        """The average of ``field_name`` over ``domain`` (read_group)."""
        result = self.env[model]._read_group(domain, [], [f"{field_name}:avg"])
        return round(result[0][0] or 0.0, 1) if result else 0.0

    # ------------------------------------------------------------------
    # Sections
    # ------------------------------------------------------------------
    def _sections(self):
        """``[{"title": ..., "rows": [(label, value), ...]}, ...]``."""
        self.ensure_one()
        env = self.env
        company = self.company_id
        units = env["hr.department"].search(
            [("is_office_unit", "=", True), ("company_id", "in", (company.id, False))]
        )
        staff = env["hr.employee"].search_count(
            [("department_id", "in", units.ids), ("company_id", "=", company.id)]
        )
        citizen_answered = self._in_year("date_answered")
        instruction_answered = [
            ("answer_date", ">=", self._dates()[0]),
            ("answer_date", "<", self._dates()[1]),
            ("instruction_id.company_id", "=", company.id),
            ("state", "=", "answered"),
        ]
        return [
            {
                "title": self.env._("Organisation and Staff"),
                "rows": [
                    (self.env._("Units of the office"), len(units)),
                    (self.env._("Staff of the office"), staff),
                ],
            },
            {
                "title": self.env._("The Mayor's Agenda"),
                "rows": [
                    (
                        self.env._("Appointment requests"),
                        env["ozel_kalem.appointment"].search_count(
                            self._in_year("create_date", True)
                        ),
                    ),
                    (
                        self.env._("Appointments given"),
                        env["ozel_kalem.appointment"].search_count(
                            self._in_year("create_date", True)
                            + [("state", "in", ("scheduled", "done"))]
                        ),
                    ),
                    (
                        self.env._("Visitors"),
                        env["ozel_kalem.visit"].search_count(
                            self._in_year("arrival", True)
                        ),
                    ),
                    (
                        self.env._("Phone notes"),
                        env["ozel_kalem.call"].search_count(
                            self._in_year("date", True)
                        ),
                    ),
                    (
                        self.env._("Meetings"),
                        env["ozel_kalem.meeting"].search_count(
                            self._in_year("start", True)
                            + [("state", "in", ("held", "approved"))]
                        ),
                    ),
                ],
            },
            {
                "title": self.env._("Correspondence"),
                "rows": [
                    (
                        self.env._("Incoming documents registered"),
                        env["ozel_kalem.document"].search_count(
                            self._in_year("registration_date", True)
                            + [("direction", "=", "incoming")]
                        ),
                    ),
                    (
                        self.env._("Letters signed"),
                        env["ozel_kalem.document"].search_count(
                            self._in_year("date_signed")
                            + [("direction", "=", "outgoing")]
                        ),
                    ),
                ],
            },
            {
                "title": self.env._("Citizens' Requests"),
                "rows": [
                    (
                        self.env._("Requests received"),
                        env["ozel_kalem.citizen.request"].search_count(
                            self._in_year("date_received")
                        ),
                    ),
                    (
                        self.env._("Requests answered"),
                        env["ozel_kalem.citizen.request"].search_count(
                            citizen_answered
                        ),
                    ),
                    (
                        self.env._("Answered on time (%)"),
                        self._average(
                            "ozel_kalem.citizen.request",
                            citizen_answered,
                            "answered_on_time",
                        ),
                    ),
                    (
                        self.env._("Average days to answer"),
                        self._average(
                            "ozel_kalem.citizen.request",
                            citizen_answered,
                            "resolution_days",
                        ),
                    ),
                ],
            },
            {
                "title": self.env._("The Mayor's Instructions"),
                "rows": [
                    (
                        self.env._("Instructions given"),
                        env["ozel_kalem.instruction"].search_count(
                            self._in_year("create_date", True)
                        ),
                    ),
                    (
                        self.env._("Answers of departments"),
                        env["ozel_kalem.instruction.line"].search_count(
                            instruction_answered
                        ),
                    ),
                    (
                        self.env._("Answered on time (%)"),
                        self._average(
                            "ozel_kalem.instruction.line",
                            instruction_answered,
                            "on_time",
                        ),
                    ),
                ],
            },
        ]
