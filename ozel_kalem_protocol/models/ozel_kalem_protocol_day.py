# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .ozel_kalem_protocol_event import EVENT_TYPES

OFFICE_TZ = "Europe/Istanbul"


class OzelKalemProtocolDay(models.Model):
    """A day of the yearly protocol calendar (PRO-2): national days,
    religious holidays (dates from the ``holidays`` package), important
    days and weeks.  Its lead time before the day, a scheduled action
    creates the event with its preparation checklist and proposes the
    congratulation messages to the institutions listed — once per year,
    however often the action runs."""

    _name = "ozel_kalem.protocol.day"
    _description = "Day of the Protocol Calendar"
    _order = "month, day, id"

    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(
        [
            ("national", "National Day"),
            ("religious", "Religious Holiday"),
            ("important_day", "Important Day"),
            ("important_week", "Important Week"),
        ],
        required=True,
        default="national",
    )
    date_rule = fields.Selection(
        [
            ("fixed", "Same Date Every Year"),
            ("ramazan", "Ramazan Bayramı (Lunar Calendar)"),
            ("kurban", "Kurban Bayramı (Lunar Calendar)"),
        ],
        required=True,
        default="fixed",
    )
    month = fields.Integer()
    day = fields.Integer()
    lead_days = fields.Integer(
        string="Lead Time (Days)",
        default=15,
        help="How many days before the day its event and courtesies are prepared.",
    )
    create_event = fields.Boolean(
        string="Prepare an Event", default=True, help="A ceremony or celebration."
    )
    event_type = fields.Selection(EVENT_TYPES, default="holiday")
    event_hour = fields.Float(
        string="Event Time", default=10.0, help="Local time of the ceremony."
    )
    courtesy_type = fields.Selection(
        [("congratulation", "Congratulation"), ("message", "Message")],
        help="Courtesies proposed for the mayor to send on this day.",
    )
    courtesy_partner_ids = fields.Many2many(
        "res.partner",
        string="Send to",
        help="Institutions and persons who receive the mayor's message.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", index=True)

    @api.constrains("date_rule", "month", "day")
    def _check_date(self):
        for protocol_day in self.filtered(lambda d: d.date_rule == "fixed"):
            try:
                date(2024, protocol_day.month, protocol_day.day)  # a leap year
            except (TypeError, ValueError) as error:
                raise ValidationError(
                    self.env._(
                        "%(name)s: give a valid month and day.", name=protocol_day.name
                    )
                ) from error

    def _occurrence(self, year, calendar):
        """The date of the day in ``year`` (29 February in leap years only)."""
        self.ensure_one()
        if self.date_rule != "fixed":
            return calendar.religious_holiday(year, self.date_rule)
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    @api.model
    def _cron_prepare(self):
        """Prepare the days whose lead time has begun: their event (draft,
        with its checklist) and the proposed courtesies.  Each is made once:
        what exists is skipped, and the database refuses a second event or
        courtesy of the same day, date (and recipient) should two runs
        overlap."""
        today = fields.Date.context_today(self)
        Event = self.env["ozel_kalem.protocol.event"]
        Courtesy = self.env["ozel_kalem.courtesy"]
        company = self.env.company
        calendar = company._ozel_kalem_calendar()
        due = []
        for protocol_day in self.search([("lead_days", ">=", 0)]):
            for year in (today.year, today.year + 1):
                when = protocol_day._occurrence(year, calendar)
                if when and today <= when <= today + timedelta(
                    days=protocol_day.lead_days
                ):
                    due.append((protocol_day, when))
        if not due:
            return Event
        days = self.browse({protocol_day.id for protocol_day, __ in due})
        events = {
            (event.protocol_day_id, event.occurrence_date): event
            for event in Event.search(
                [("protocol_day_id", "in", days.ids), ("occurrence_date", ">=", today)]
            )
        }
        sent = {
            (courtesy.protocol_day_id, courtesy.date, courtesy.partner_id)
            for courtesy in Courtesy.search(
                [("protocol_day_id", "in", days.ids), ("date", ">=", today)]
            )
        }
        new_events = Event.create(
            [
                protocol_day._event_values(when, company)
                for protocol_day, when in due
                if protocol_day.create_event and (protocol_day, when) not in events
            ]
        )
        events.update(
            {
                (event.protocol_day_id, event.occurrence_date): event
                for event in new_events
            }
        )
        Courtesy.create(
            [
                {
                    "courtesy_type": protocol_day.courtesy_type,
                    "direction": "sent",
                    "partner_id": partner.id,
                    "occasion": protocol_day.name,
                    "protocol_day_id": protocol_day.id,
                    "event_id": events.get((protocol_day, when), Event).id,
                    "date": when,
                    "company_id": (protocol_day.company_id or company).id,
                }
                for protocol_day, when in due
                if protocol_day.courtesy_type
                for partner in protocol_day.courtesy_partner_ids
                if (protocol_day, when, partner) not in sent
            ]
        )
        return new_events

    def _event_values(self, when, company):
        self.ensure_one()
        hours = int(self.event_hour)
        minutes = round((self.event_hour - hours) * 60)
        local = pytz.timezone(OFFICE_TZ).localize(
            datetime.combine(when, time(hours, minutes))
        )
        begin = local.astimezone(pytz.utc).replace(tzinfo=None)
        return {
            "name": self.name,
            "event_type": self.event_type or "holiday",
            "date_begin": begin,
            "date_end": begin + timedelta(hours=2),
            "protocol_day_id": self.id,
            "occurrence_date": when,
            "mayor_attends": self.create_event,
            "company_id": (self.company_id or company).id,
        }
