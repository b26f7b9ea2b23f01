# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date


class OzelKalemProgrammePrint(models.TransientModel):
    """Print the daily or weekly programme of the mayor and deputy mayors."""

    _name = "ozel_kalem.programme.print"
    _description = "Print the Programme"

    user_ids = fields.Many2many(
        "res.users",
        string="Programme of",
        required=True,
        default=lambda self: self.env.company._ozel_kalem_mayor(),
        domain=lambda self: [
            ("groups_id", "in", self.env.ref("ozel_kalem.group_mayor").id)
        ],
    )
    period = fields.Selection(
        [("day", "Day"), ("week", "Week")], required=True, default="day"
    )
    date_from = fields.Date(
        string="Date", required=True, default=fields.Date.context_today
    )

    def _bounds(self):
        """First and last day printed: the day, or Monday to Sunday."""
        self.ensure_one()
        if self.period == "week":
            monday = self.date_from - timedelta(days=self.date_from.weekday())
            return monday, monday + timedelta(days=6)
        return self.date_from, self.date_from

    def action_print(self):
        self.ensure_one()
        if not self.user_ids:
            raise UserError(self.env._("Choose whose programme to print."))
        return self.env.ref(
            "ozel_kalem.ozel_kalem_programme_report_action"
        ).report_action(self)

    def _programme(self):
        """What the report prints: see calendar.event._ozel_kalem_programme."""
        self.ensure_one()
        return self.env["calendar.event"]._ozel_kalem_programme(
            self.user_ids, *self._bounds()
        )

    def _title(self):
        first, last = self._bounds()
        if self.period == "day":
            return self.env._(
                "Daily Programme — %(date)s",
                date=format_date(self.env, first, date_format="full"),
            )
        return self.env._(
            "Weekly Programme — %(start)s to %(end)s",
            start=format_date(self.env, first),
            end=format_date(self.env, last),
        )
