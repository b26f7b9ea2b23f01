# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import format_datetime


class CalendarEvent(models.Model):
    _inherit = "calendar.event"

    @api.model
    def _ozel_kalem_conflicts(self, user, start, stop, exclude=None):
        """Events of ``user``'s calendar overlapping [start, stop).

        The one check of the mayor's (or a deputy's) calendar: appointments,
        protocol events, trips and press conferences all call it.
        """
        domain = [
            ("partner_ids", "in", user.partner_id.ids),
            ("start", "<", stop),
            ("stop", ">", start),
            ("show_as", "=", "busy"),
        ]
        if exclude:
            domain.append(("id", "not in", exclude.ids))
        return self.sudo().search(domain, order="start")

    @api.model
    def _ozel_kalem_check_free(self, user, start, stop, exclude=None):
        conflicts = self._ozel_kalem_conflicts(user, start, stop, exclude=exclude)
        if conflicts:
            first = conflicts[0]
            raise UserError(
                self.env._(
                    "%(user)s is not free then: %(event)s (%(start)s – %(stop)s) "
                    "overlaps. Choose another time.",
                    user=user.name,
                    event=first.name,
                    start=format_datetime(self.env, first.start, dt_format="short"),
                    stop=format_datetime(self.env, first.stop, dt_format="short"),
                )
            )
