# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import seating

EVENT_TYPES = [
    ("ceremony", "Ceremony"),
    ("opening", "Opening"),
    ("cocktail", "Cocktail"),
    ("reception", "Reception"),
    ("commemoration", "Commemoration"),
    ("holiday", "Holiday Celebration"),
]
# Guests who still take a seat.
SEATED = ("invited", "accepted", "attended")


class OzelKalemProtocolEvent(models.Model):
    """A ceremony, opening, cocktail, reception, commemoration or holiday
    celebration of the municipality (PRO-1): planned with its checklist,
    its guests from the protocol list, their seats and speaking order, and
    on the mayor's calendar once confirmed.

    Not built on Odoo's ``event`` module: that module sells seats to
    attendees (tickets, registrations, badges); a protocol event invites
    office holders whose precedence decides where they sit and when they
    speak, which ``event`` does not know, and it would bring menus and
    rights of its own to every municipality."""

    _name = "ozel_kalem.protocol.event"
    _description = "Protocol Event"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.workflow.mixin",
        "ozel_kalem.booking.mixin",
    ]
    # On the mayor's calendar once confirmed, when the mayor attends.
    _ozel_kalem_booking_fields = ("date_begin", "date_end", "name", "location")
    # Set by the actions only (confirm, held, cancel).
    _ozel_kalem_action_fields = ("state", "calendar_event_id")
    _order = "date_begin desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    event_type = fields.Selection(
        EVENT_TYPES, string="Type", required=True, default="ceremony", tracking=True
    )
    date_begin = fields.Datetime(string="Starts", required=True, tracking=True)
    date_end = fields.Datetime(string="Ends", required=True, tracking=True)
    location = fields.Char(tracking=True)
    programme = fields.Html()
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        index=True,
    )
    host_partner_id = fields.Many2one(
        "res.partner",
        string="Host",
        default=lambda self: self.env.company._ozel_kalem_mayor().partner_id,
        help="Sits in the centre of the row; the guests sit at the host's "
        "right and left by precedence.",
    )
    mayor_attends = fields.Boolean(
        default=True, help="Put the event on the mayor's calendar when confirmed."
    )
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    department_ids = fields.Many2many(
        "hr.department", string="Coordinating Units", check_company=True
    )
    catering = fields.Text()
    protocol_list_id = fields.Many2one(
        "ozel_kalem.protocol.list",
        domain="[('state', '=', 'current')]",
        check_company=True,
    )
    task_ids = fields.One2many("ozel_kalem.protocol.task", "event_id", string="Tasks")
    guest_ids = fields.One2many(
        "ozel_kalem.protocol.guest", "event_id", string="Guests", copy=False
    )
    guest_count = fields.Integer(compute="_compute_guest_count")
    courtesy_ids = fields.One2many(
        "ozel_kalem.courtesy", "event_id", string="Courtesies", copy=False
    )
    seating_computed = fields.Boolean(
        readonly=True,
        copy=False,
        help="The seats were given: they follow every change of a guest's answer.",
    )
    protocol_day_id = fields.Many2one(
        "ozel_kalem.protocol.day",
        string="Day of the Calendar",
        readonly=True,
        index=True,
    )
    occurrence_date = fields.Date(readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("confirmed", "Confirmed"),
            ("done", "Held"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    cancel_reason = fields.Text(copy=False, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "protocol_day_once",
            "UNIQUE(protocol_day_id, occurrence_date)",
            "The event of this day of the calendar exists already.",
        ),
    ]

    @api.constrains("date_begin", "date_end")
    def _check_period(self):
        for event in self:
            if event.date_end <= event.date_begin:
                raise ValidationError(self.env._("An event must end after it starts."))

    @api.depends("guest_ids.rsvp")
    def _compute_guest_count(self):
        counts = dict(
            self.env["ozel_kalem.protocol.guest"]._read_group(
                [("event_id", "in", self.ids), ("rsvp", "in", SEATED)],
                ["event_id"],
                ["__count"],
            )
        )
        for event in self:
            event.guest_count = counts.get(event, 0)

    @api.onchange("date_begin")
    def _onchange_date_begin(self):
        if self.date_begin and (not self.date_end or self.date_end <= self.date_begin):
            self.date_end = self.date_begin + timedelta(hours=2)

    @api.model_create_multi
    def create(self, vals_list):
        events = super().create(vals_list)
        events._create_tasks()
        return events

    def _booking_host(self):
        return self.company_id._ozel_kalem_mayor()

    def _ozel_kalem_needs_booking(self):
        return self.mayor_attends

    @api.ondelete(at_uninstall=False)
    def _unlink_except_planned(self):
        if any(event.state != "draft" for event in self):
            raise UserError(
                self.env._("A confirmed event is kept; cancel it with a reason.")
            )

    def _create_tasks(self):
        """The checklist of each event's type, due before the event (on the
        working day before when the day is a holiday)."""
        templates = self.env["ozel_kalem.protocol.task.template"].search(
            [
                "|",
                ("event_type", "=", False),
                ("event_type", "in", self.mapped("event_type")),
            ]
        )
        calendars = {}
        values = []
        for event in self:
            company = event.company_id
            if company not in calendars:
                calendars[company] = company._ozel_kalem_calendar()
            day = fields.Date.context_today(event, event.date_begin)
            for template in templates:
                if template.event_type and template.event_type != event.event_type:
                    continue
                values.append(
                    {
                        "event_id": event.id,
                        "name": template.name,
                        "sequence": template.sequence,
                        "department_id": template.department_id.id,
                        "user_id": event.user_id.id,
                        "date_deadline": calendars[company].previous_working_day(
                            day - timedelta(days=template.days_before)
                        ),
                    }
                )
        self.env["ozel_kalem.protocol.task"].create(values)

    def _event_values(self):
        self.ensure_one()
        mayor = self._booking_host()
        return {
            "name": self.name,
            "start": self.date_begin,
            "stop": self.date_end,
            "user_id": mayor.id,
            "partner_ids": [fields.Command.set(mayor.partner_id.ids)],
            "location": self.location,
        }

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_confirm(self):
        """Confirm the event: on the mayor's calendar when the mayor attends
        (refused when the mayor is busy then)."""
        self._check_state(("draft",), self.env._("Confirming"))
        for event in self:
            event._ozel_kalem_action_write(event._ozel_kalem_book_values())
        return True

    def action_done(self):
        self._check_state(("confirmed",), self.env._("Marking as held"))
        self._ozel_kalem_action_write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_cancel(
            ("draft", "confirmed"), self.env._("Write why the event is cancelled.")
        )
        self._ozel_kalem_unbook()
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True

    def action_compute_seating(self):
        """Give the seats and the speaking order by precedence (X-14): the
        host in the centre, the most senior guest at the host's right, the
        next at the left, alternately outwards; the speakers from the junior
        to the senior.  Guests who declined have no seat."""
        self._check_state(("draft", "confirmed"), self.env._("Seating"))
        for event in self:
            guests = event.guest_ids.sorted(lambda g: (g.precedence, g.id))
            seated = guests.filtered(
                lambda g, event=event: (
                    g.rsvp in SEATED and g.partner_id != event.host_partner_id
                )
            )
            (guests - seated).write({"seat_number": 0, "speaking_order": 0})
            for guest, seat in zip(seated, seating.seats(len(seated)), strict=True):
                guest.seat_number = seat
            speakers = seated.filtered("speaks")
            (seated - speakers).write({"speaking_order": 0})
            for guest, turn in zip(
                speakers, seating.speaking_order(len(speakers)), strict=True
            ):
                guest.speaking_order = turn
        self.write({"seating_computed": True})
        return True

    def action_add_guests(self):
        """Open the wizard that adds office holders and contacts."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Add Guests"),
            "res_model": "ozel_kalem.protocol.guest.add",
            "view_mode": "form",
            "target": "new",
            "context": {"default_event_id": self.id},
        }

    # ------------------------------------------------------------------
    # Printing helpers
    # ------------------------------------------------------------------
    def _seating_row(self):
        """The row as the hall sees it, left to right: ``(seat, guest or
        False for the host)``."""
        self.ensure_one()
        guests = {g.seat_number: g for g in self.guest_ids if g.seat_number}
        return [
            (seat, guests.get(seat, False)) for seat in seating.row([0, *guests.keys()])
        ]

    def _speakers(self):
        self.ensure_one()
        return self.guest_ids.filtered("speaking_order").sorted("speaking_order")
