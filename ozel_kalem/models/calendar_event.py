# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_datetime, format_time

OFFICE_TZ = "Europe/Istanbul"


def office_today(record):
    """Today for the office: in the user's time zone, else in Türkiye's (a
    request's or a document's dates and legal clock are Turkish days,
    whoever records them)."""
    tz = record.env.context.get("tz") or record.env.user.tz or OFFICE_TZ
    return fields.Date.context_today(record.with_context(tz=tz))


class CalendarEvent(models.Model):
    _inherit = "calendar.event"

    ozel_kalem_preparation_ids = fields.One2many(
        "ozel_kalem.preparation", "event_id", string="Briefings and Speeches"
    )

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

    @api.model
    def _ozel_kalem_book(self, record, host):
        """Put ``record`` (an appointment, meeting, protocol event, trip,
        press conference: anything with ``_event_values()``) on the calendar
        of ``host``, refused when ``host`` is busy then; the event."""
        values = record._event_values()
        self._ozel_kalem_check_free(host, values["start"], values["stop"])
        return self.sudo().create(values)

    @api.model
    def _ozel_kalem_follow(self, records, host):
        """Move the calendar events of ``records`` (appointments, meetings,
        protocol events: each with ``calendar_event_id`` and
        ``_event_values()``) after a change, refusing an overlap on the
        calendar of ``host(record)``."""
        for record in records:
            values = record._event_values()
            self._ozel_kalem_check_free(
                host(record),
                values["start"],
                values["stop"],
                exclude=record.calendar_event_id,
            )
            record.calendar_event_id.sudo().write(values)

    @api.model
    def _ozel_kalem_programme(self, users, date_from, date_to, reader=None):
        """The programme of ``users`` day by day, from ``date_from`` to
        ``date_to`` (local dates, both included), for printing or sending.

        Returns ``[(user, [(date, [line, ...]), ...]), ...]`` where a line is
        a dict with ``time``, ``name``, ``location`` and ``event``.  One
        search for all the users and days; the names of private events that
        the ``reader`` (by default the current user) does not attend are
        hidden, as in the calendar.
        """
        reader = reader or self.env.user
        # Days and hours are those of the calendar's owner, whoever reads it.
        tz = pytz.timezone(users[:1].tz or OFFICE_TZ)

        def to_utc(day):
            local = tz.localize(datetime.combine(day, time.min))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        events = self.sudo().search(
            [
                ("partner_ids", "in", users.partner_id.ids),
                "|",
                "&",
                "&",
                ("allday", "=", False),
                ("start", "<", to_utc(date_to + timedelta(days=1))),
                ("stop", ">", to_utc(date_from)),
                "&",
                "&",
                ("allday", "=", True),
                ("start_date", "<=", date_to),
                ("stop_date", ">=", date_from),
            ],
            order="start",
        )
        busy = self.env._("Busy")
        names = {
            event.id: busy if event._ozel_kalem_hidden_from(reader) else event.name
            for event in events
        }
        days = [
            date_from + timedelta(days=offset)
            for offset in range((date_to - date_from).days + 1)
        ]
        programme = []
        for user in users:
            by_day = {day: [] for day in days}
            for event in events.filtered(
                lambda e, p=user.partner_id: p in e.partner_ids
            ):
                for day, line in event._ozel_kalem_programme_lines(tz, names):
                    if day in by_day:
                        by_day[day].append(line)
            programme.append((user, list(by_day.items())))
        return programme

    def _ozel_kalem_hidden_from(self, reader):
        """Whether the calendar shows this event to ``reader`` as "Busy"
        only: the rule of calendar.event._check_private_event_conditions,
        written for any reader (that method reads as the current user, and
        reading the event as another user would put that user's view of its
        attendees in the shared cache)."""
        self.ensure_one()
        private = self.privacy == "private" or (
            not self.privacy and self.user_id.calendar_default_privacy == "private"
        )
        return (
            private
            and self.user_id != reader
            and reader.partner_id not in self.partner_ids
        )

    def _ozel_kalem_programme_lines(self, tz, names):
        """(local date, line) for each day the event covers."""
        self.ensure_one()
        if self.allday:
            first, last = self.start_date, self.stop_date
            label = self.env._("All day")
        else:
            start = pytz.utc.localize(self.start).astimezone(tz)
            stop = pytz.utc.localize(self.stop).astimezone(tz)
            first, last = start.date(), (stop - timedelta(microseconds=1)).date()
            label = "{} – {}".format(
                format_time(self.env, start.time(), time_format="HH:mm"),
                format_time(self.env, stop.time(), time_format="HH:mm"),
            )
        line = {
            "time": label,
            "name": names[self.id],
            "location": self.location or "",
            "event": self,
        }
        day = first
        while day <= last:
            yield day, line
            day += timedelta(days=1)

    def _ozel_kalem_preparation_action(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "ozel_kalem.ozel_kalem_preparation_action"
        )
        action["domain"] = [("event_id", "in", self.ids)]
        action["context"] = {"default_event_id": self[:1].id}
        return action
