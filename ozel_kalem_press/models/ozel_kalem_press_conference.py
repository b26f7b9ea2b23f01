# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class OzelKalemPressConference(models.Model):
    """A press conference (PRS-2): date, place, invited outlets and
    journalists, materials, attendance; on the mayor's calendar (the shared
    conflict check) when the mayor speaks."""

    _name = "ozel_kalem.press.conference"
    _description = "Press Conference"
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

    name = fields.Char(string="Subject", required=True, tracking=True)
    date_begin = fields.Datetime(string="Starts", required=True, tracking=True)
    date_end = fields.Datetime(string="Ends", required=True, tracking=True)
    location = fields.Char(required=True)
    mayor_attends = fields.Boolean(default=True)
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    outlet_ids = fields.Many2many("ozel_kalem.media.outlet", string="Invited Outlets")
    journalist_ids = fields.Many2many(
        "ozel_kalem.journalist",
        "ozel_kalem_press_conference_invited_rel",
        string="Invited Journalists",
    )
    attendee_ids = fields.Many2many(
        "ozel_kalem.journalist",
        "ozel_kalem_press_conference_attendee_rel",
        string="Journalists Who Came",
    )
    attendance_count = fields.Integer(compute="_compute_attendance_count")
    materials = fields.Html(help="Press kit, talking points, presentation.")
    release_id = fields.Many2one("ozel_kalem.press.release")
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("confirmed", "Confirmed"),
            ("held", "Held"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("attendee_ids")
    def _compute_attendance_count(self):
        for conference in self:
            conference.attendance_count = len(conference.attendee_ids)

    @api.constrains("date_begin", "date_end")
    def _check_period(self):
        for conference in self:
            if conference.date_end <= conference.date_begin:
                raise ValidationError(
                    self.env._("A press conference must end after it starts.")
                )

    def _booking_host(self):
        return self.company_id._ozel_kalem_mayor()

    def _ozel_kalem_needs_booking(self):
        return self.mayor_attends

    def _event_values(self):
        self.ensure_one()
        mayor = self.company_id._ozel_kalem_mayor()
        return {
            "name": self.env._("Press conference: %(subject)s", subject=self.name),
            "start": self.date_begin,
            "stop": self.date_end,
            "user_id": mayor.id,
            "partner_ids": [fields.Command.set(mayor.partner_id.ids)],
            "location": self.location,
        }

    def action_confirm(self):
        self._check_state(("planned",), self.env._("Confirming"))
        for conference in self:
            conference._ozel_kalem_action_write(conference._ozel_kalem_book_values())
        return True

    def action_held(self):
        self._check_state(("confirmed",), self.env._("Marking as held"))
        self._ozel_kalem_action_write({"state": "held"})
        return True

    def action_cancel(self):
        self._check_state(("planned", "confirmed"), self.env._("Cancelling"))
        self._ozel_kalem_unbook()
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True
