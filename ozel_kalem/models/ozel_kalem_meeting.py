# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemMeeting(models.Model):
    """A meeting chaired by the mayor or held for the mayor (APT-9): briefing,
    coordination, council members...  It is planned on the chair's calendar
    (no double booking), held, then its minutes are approved: each decision
    of the minutes becomes an instruction that departments must answer.

    Minutes may be classified: then only the people of the meeting, the
    director and the mayor see them (need-to-know mixin)."""

    _name = "ozel_kalem.meeting"
    _description = "Meeting"
    _inherit = [
        "ozel_kalem.confidential.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.approval.mixin",
        "ozel_kalem.booking.mixin",
    ]
    # The minutes are submitted, then approved by the meeting's chair (a
    # tier definition, ozel_kalem.approval.mixin).
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem.mail_act_minutes_approval"
    _ozel_kalem_sequence_code = "ozel_kalem.meeting"
    _order = "start desc, id desc"
    _rec_names_search = ["number", "name"]
    _check_company_auto = True
    # Set by the actions only (plan, hold, approve the minutes, cancel); the
    # approved minutes stay as they were approved.
    _ozel_kalem_action_fields = ("state", "calendar_event_id")
    _ozel_kalem_vouched_fields = ("minutes",)
    _ozel_kalem_open_states = ("draft", "planned", "held")
    # On the chair's and the participants' calendars once planned.
    _ozel_kalem_booking_fields = (
        "start",
        "stop",
        "chair_id",
        "name",
        "location",
        "user_ids",
        "classification",
        "personal_only",
    )
    _ozel_kalem_booked_state = "planned"

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Subject", required=True, tracking=True)
    meeting_type = fields.Selection(
        [
            ("briefing", "Briefing"),
            ("coordination", "Coordination"),
            ("council", "Council Members"),
            ("department", "Department Heads"),
            ("external", "With an Institution"),
            ("other", "Other"),
        ],
        string="Type",
        required=True,
        default="coordination",
        tracking=True,
    )
    chair_id = fields.Many2one(
        "res.users",
        required=True,
        tracking=True,
        default=lambda self: self.env.company._ozel_kalem_mayor(),
    )
    start = fields.Datetime(required=True, tracking=True, index=True)
    stop = fields.Datetime(required=True, tracking=True)
    location = fields.Char(default=lambda self: self.env._("Meeting Room"))
    user_ids = fields.Many2many(
        "res.users",
        "ozel_kalem_meeting_user_rel",
        "meeting_id",
        "user_id",
        string="Participants (Staff)",
        help="Employees of the municipality who attend: they see the minutes "
        "even when these are classified.",
    )
    partner_ids = fields.Many2many(
        "res.partner",
        "ozel_kalem_meeting_partner_rel",
        "meeting_id",
        "partner_id",
        string="Guests",
        help="Participants from outside: council members, institutions...",
    )
    agenda = fields.Html()
    minutes = fields.Html(copy=False)
    decision_ids = fields.One2many(
        "ozel_kalem.meeting.decision", "meeting_id", string="Decisions", copy=False
    )
    instruction_count = fields.Integer(compute="_compute_instruction_count")
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    preparation_count = fields.Integer(compute="_compute_preparation_count")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("planned", "Planned"),
            ("held", "Held"),
            ("to_approve", "Minutes to Approve"),
            ("approved", "Minutes Approved"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.constrains("start", "stop")
    def _check_period(self):
        if self.filtered(lambda meeting: meeting.stop <= meeting.start):
            raise ValidationError(self.env._("A meeting must end after it starts."))

    @api.depends("chair_id", "user_ids")
    def _compute_need_to_know_user_ids(self):
        return super()._compute_need_to_know_user_ids()

    def _need_to_know_users(self):
        return super()._need_to_know_users() | self.chair_id | self.user_ids

    def _compute_instruction_count(self):
        for meeting in self:
            meeting.instruction_count = len(meeting.decision_ids.instruction_id)

    def _compute_preparation_count(self):
        counts = dict(
            self.env["ozel_kalem.preparation"]._read_group(
                [("event_id", "in", self.calendar_event_id.ids)],
                ["event_id"],
                ["__count"],
            )
        )
        for meeting in self:
            meeting.preparation_count = counts.get(meeting.calendar_event_id, 0)

    @api.depends("number", "name")
    def _compute_display_name(self):
        self._display_with_number()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.filtered(lambda meeting: meeting.state != "draft"):
            raise UserError(
                self.env._("A planned or held meeting is kept; cancel it instead.")
            )

    def _booking_host(self):
        return self.chair_id

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_plan(self):
        """Put the meeting on the chair's and the participants' calendars."""
        self._check_state(("draft",), self.env._("Planning"))
        for meeting in self:
            meeting._ozel_kalem_action_write(meeting._ozel_kalem_book_values())
        return True

    def action_hold(self):
        self._check_state(("planned",), self.env._("Marking as held"))
        self._ozel_kalem_action_write({"state": "held"})
        return True

    def action_submit_minutes(self):
        """Submit the minutes to the chair: written, and each decision that
        becomes an instruction with its deadline."""
        self._check_state(("held",), self.env._("Submitting the minutes"))
        for meeting in self:
            if not meeting.minutes:
                raise UserError(
                    self.env._(
                        "Write the minutes of %(meeting)s before approving them.",
                        meeting=meeting.display_name,
                    )
                )
        self.decision_ids._to_issue()
        self._ozel_kalem_action_write({"state": "to_approve"})
        self._ozel_kalem_request_review()
        return True

    def action_approve_minutes(self):
        """Approve the minutes (the chair): every decision becomes an
        instruction."""
        return self._ozel_kalem_review_all(
            self.env._("Approving the minutes"), approve=True
        )

    def _ozel_kalem_on_validated(self):
        self.decision_ids._create_instructions()
        self._ozel_kalem_action_write({"state": "approved"})

    def action_return_minutes(self):
        """Send the minutes back for changes (the chair)."""
        return self._ozel_kalem_review_all(self.env._("Returning"), approve=False)

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_action_write({"state": "held"})

    def action_cancel(self):
        self._check_state(("draft", "planned"), self.env._("Cancelling"))
        self._ozel_kalem_unbook()
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True

    def action_view_instructions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "ozel_kalem.ozel_kalem_instruction_action"
        )
        action["domain"] = [("id", "in", self.decision_ids.instruction_id.ids)]
        action["context"] = {}
        return action

    def action_view_preparations(self):
        self.ensure_one()
        return self.calendar_event_id._ozel_kalem_preparation_action()

    def _event_values(self):
        self.ensure_one()
        attendees = self.chair_id.partner_id | self.user_ids.partner_id
        return {
            # A classified meeting's subject is not on the calendar, where a
            # search by name would tell it exists even on a private event.
            "name": self.env._("Meeting %(number)s", number=self.number)
            if self.is_confidential
            else self.name,
            "start": self.start,
            "stop": self.stop,
            "user_id": self.chair_id.id,
            "partner_ids": [fields.Command.set(attendees.ids)],
            "location": self.location,
            # Classified minutes: only the attendees see what the event is about.
            "privacy": "private" if self.is_confidential else False,
        }
