# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemTrip(models.Model):
    """A domestic or foreign trip of the mayor or a deputy (PRO-9):
    programme, delegation, transport, accommodation and correspondence; on
    the traveller's calendar (the one conflict check) once approved."""

    _name = "ozel_kalem.trip"
    _description = "Mayor's Trip"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.approval.mixin",
        "ozel_kalem.booking.mixin",
    ]
    # Submitted by the protocol unit, approved by the director (a tier
    # definition, ozel_kalem.approval.mixin): then on the calendar.
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem_protocol.mail_act_trip_approval"
    # On the traveller's calendar once approved.
    _ozel_kalem_booking_fields = (
        "date_begin",
        "date_end",
        "name",
        "destination",
        "traveller_id",
    )
    _ozel_kalem_booked_state = "approved"
    _order = "date_begin desc, id desc"
    _check_company_auto = True
    # Set by the actions only (approve, complete, cancel).
    _ozel_kalem_action_fields = ("state", "calendar_event_id")
    # The approved trip is the trip made: who goes where, and why (its dates
    # may move: the traveller's calendar follows, checked for overlaps).
    _ozel_kalem_vouched_fields = ("name", "traveller_id", "destination", "country_id")

    name = fields.Char(string="Purpose", required=True, tracking=True)
    traveller_id = fields.Many2one(
        "res.users",
        required=True,
        default=lambda self: self.env.company._ozel_kalem_mayor(),
        domain=lambda self: [
            ("groups_id", "in", self.env.ref("ozel_kalem.group_mayor").id)
        ],
        tracking=True,
    )
    destination = fields.Char(required=True, tracking=True)
    country_id = fields.Many2one(
        "res.country",
        default=lambda self: self.env.ref("base.tr", raise_if_not_found=False),
    )
    is_foreign = fields.Boolean(
        string="Abroad", compute="_compute_is_foreign", store=True, index=True
    )
    date_begin = fields.Datetime(string="Departure", required=True, tracking=True)
    date_end = fields.Datetime(string="Return", required=True, tracking=True)
    delegation_ids = fields.Many2many(
        "hr.employee", string="Delegation (Staff)", check_company=True
    )
    delegation_partner_ids = fields.Many2many(
        "res.partner", string="Delegation (Others)"
    )
    transport = fields.Selection(
        [
            ("air", "Air"),
            ("road", "Official Car"),
            ("bus", "Coach"),
            ("rail", "Train"),
            ("sea", "Sea"),
        ],
        default="air",
    )
    transport_note = fields.Text(string="Transport Details")
    accommodation = fields.Text()
    programme = fields.Html()
    communication = fields.Text(
        help="Contacts on the way: host institution, embassy or consulate, "
        "liaison officer."
    )
    document_ids = fields.Many2many(
        "ozel_kalem.document",
        string="Correspondence",
        help="Invitation, permission and notification letters of the trip.",
    )
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("done", "Completed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    report = fields.Html(string="Trip Report", copy=False)
    cancel_reason = fields.Text(copy=False, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("country_id")
    def _compute_is_foreign(self):
        turkey = self.env.ref("base.tr", raise_if_not_found=False)
        for trip in self:
            trip.is_foreign = bool(trip.country_id and trip.country_id != turkey)

    @api.constrains("date_begin", "date_end")
    def _check_period(self):
        for trip in self:
            if trip.date_end <= trip.date_begin:
                raise ValidationError(self.env._("A trip must end after it starts."))

    def _booking_host(self):
        return self.traveller_id

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(trip.state != "draft" for trip in self):
            raise UserError(
                self.env._("An approved trip is kept; cancel it with a reason.")
            )

    def _event_values(self):
        self.ensure_one()
        return {
            "name": self.env._(
                "Trip: %(destination)s – %(purpose)s",
                destination=self.destination,
                purpose=self.name,
            ),
            "start": self.date_begin,
            "stop": self.date_end,
            "user_id": self.traveller_id.id,
            "partner_ids": [fields.Command.set(self.traveller_id.partner_id.ids)],
            "location": self.destination,
        }

    def action_submit(self):
        """Ask for the approval of the trip (its reviewers' desks)."""
        self._check_state(("draft",), self.env._("Submitting"))
        self._ozel_kalem_action_write({"state": "to_approve"})
        self._ozel_kalem_request_review()
        return True

    def action_approve(self):
        """Approve the trip (its reviewers: the director by default): on the
        traveller's calendar, refused when it overlaps an engagement."""
        return self._ozel_kalem_review_all(self.env._("Approving"), approve=True)

    def _ozel_kalem_on_validated(self):
        # The approver reads trips; approving is their right, not editing
        # them.
        self._ozel_kalem_decision_write(self._ozel_kalem_book_values())

    def action_return(self):
        """Send the trip back to the protocol unit (its reviewers)."""
        return self._ozel_kalem_review_all(self.env._("Returning"), approve=False)

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_decision_write({"state": "draft"})

    def action_done(self):
        self._check_state(("approved",), self.env._("Completing"))
        self._ozel_kalem_action_write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_cancel(
            ("draft", "to_approve", "approved"),
            self.env._("Write why the trip is cancelled."),
        )
        self._ozel_kalem_unbook()
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True
