# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import plaintext2html
from odoo.tools.sql import create_index


class OzelKalemAppointment(models.Model):
    """A request to meet the mayor (APT-1 … APT-3, APT-6).

    Registered by the secretariat from any channel, presented to the mayor,
    then scheduled on the mayor's (or a deputy's) calendar without overlap,
    rejected with a reason, redirected or cancelled.  The calendar event is
    created and kept in step by this record; the requester is told of the
    decision by e-mail.
    """

    _name = "ozel_kalem.appointment"
    _description = "Appointment Request"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.workflow.mixin",
        "ozel_kalem.booking.mixin",
    ]
    _order = "start desc, id desc"
    _check_company_auto = True
    # On the host's calendar once scheduled (ozel_kalem.booking.mixin).
    _ozel_kalem_booking_fields = ("start", "stop", "user_id", "name", "location")
    _ozel_kalem_booked_state = "scheduled"
    # The decision on a request (scheduled on a calendar, rejected,
    # redirected...) is recorded by its actions only, with their checks.
    _ozel_kalem_action_fields = ("state", "calendar_event_id")

    name = fields.Char(string="Subject", required=True, tracking=True)
    partner_id = fields.Many2one(
        "res.partner", string="Requester", required=True, tracking=True, index=True
    )
    requester_kind = fields.Selection(
        [
            ("citizen", "Citizen"),
            ("institution", "Institution"),
            ("ngo", "NGO"),
            ("press", "Press"),
            ("other", "Other"),
        ],
        default="citizen",
        required=True,
    )
    channel = fields.Selection(
        [
            ("phone", "Phone"),
            ("walk_in", "Walk-in"),
            ("letter", "Letter"),
            ("email", "E-mail"),
            ("web", "Web Form"),
        ],
        required=True,
        default="phone",
        tracking=True,
    )
    preferred_dates = fields.Char(help="Dates or times the requester proposed.")
    description = fields.Html()
    user_id = fields.Many2one(
        "res.users",
        string="Calendar of",
        required=True,
        tracking=True,
        default=lambda self: self._default_user(),
        domain=lambda self: [
            ("groups_id", "in", self.env.ref("ozel_kalem.group_mayor").id)
        ],
        help="The mayor or the deputy mayor who receives the requester.",
    )
    # Indexed: the default order of the lists and the calendar.
    start = fields.Datetime(tracking=True, index=True)
    stop = fields.Datetime(tracking=True)
    location = fields.Char(default=lambda self: self.env._("Mayor's Office"))
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    reject_reason = fields.Text(string="Reason of Rejection", copy=False)
    redirect_user_id = fields.Many2one(
        "res.users", string="Redirected to (Person)", copy=False, tracking=True
    )
    redirect_department_id = fields.Many2one(
        "hr.department", string="Redirected to (Department)", copy=False, tracking=True
    )
    state = fields.Selection(
        [
            ("new", "New"),
            ("review", "In Review"),
            ("presented", "Presented"),
            ("scheduled", "Scheduled"),
            ("rejected", "Rejected"),
            ("redirected", "Redirected"),
            ("cancelled", "Cancelled"),
            ("done", "Done"),
        ],
        default="new",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    def _default_user(self):
        return self.env.company._ozel_kalem_mayor()

    def init(self):
        # The lists' default order (start desc, id desc) read from an index:
        # without it a list sorts every open record (measured by
        # scripts/bench.sh).
        create_index(
            self.env.cr,
            f"{self._table}_start_id_desc_index",
            self._table,
            ["start DESC", "id DESC"],
        )

    @api.constrains("start", "stop")
    def _check_period(self):
        for appointment in self:
            if (
                appointment.start
                and appointment.stop
                and appointment.stop <= appointment.start
            ):
                raise ValidationError(
                    self.env._("An appointment must end after it starts.")
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.filtered(lambda a: a.state != "new"):
            raise UserError(
                self.env._("A request that was handled is kept; cancel it instead.")
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_review(self):
        self._check_state(("new",), self.env._("Taking into review"))
        self._ozel_kalem_action_write({"state": "review"})
        return True

    def action_present(self):
        """Put the request on the list presented to the mayor."""
        self._check_state(("new", "review"), self.env._("Presenting"))
        self._ozel_kalem_action_write({"state": "presented"})
        for appointment in self:
            appointment.activity_schedule(
                "ozel_kalem.mail_act_mayor_decision",
                user_id=appointment.user_id.id,
                summary=appointment.name,
            )
        return True

    def action_schedule(self):
        self._check_state(("new", "review", "presented"), self.env._("Scheduling"))
        for appointment in self:
            if not (appointment.start and appointment.stop):
                raise UserError(
                    self.env._("Give the start and the end of the appointment.")
                )
            appointment._ozel_kalem_action_write(appointment._ozel_kalem_book_values())
        self._close_decision_activity()
        self._notify_requester("ozel_kalem.mail_template_appointment_scheduled")
        return True

    def action_reject(self):
        self._check_state(("new", "review", "presented"), self.env._("Rejecting"))
        if self.filtered(lambda a: not a.reject_reason):
            raise UserError(self.env._("Write the reason of the rejection first."))
        self._ozel_kalem_action_write({"state": "rejected"})
        self._close_decision_activity()
        self._notify_requester("ozel_kalem.mail_template_appointment_rejected")
        return True

    def _ozel_kalem_desk_return(self, reason):
        self.write({"reject_reason": reason})
        return self.action_reject()

    def action_redirect(self):
        self._check_state(("new", "review", "presented"), self.env._("Redirecting"))
        if self.filtered(
            lambda a: not (a.redirect_user_id or a.redirect_department_id)
        ):
            raise UserError(
                self.env._("Choose the deputy mayor or the department to redirect to.")
            )
        self._ozel_kalem_action_write({"state": "redirected"})
        self._close_decision_activity()
        for appointment in self.filtered("redirect_user_id"):
            appointment.activity_schedule(
                "ozel_kalem.mail_act_appointment_redirected",
                user_id=appointment.redirect_user_id.id,
                summary=appointment.name,
            )
        return True

    def action_cancel(self):
        self._check_state(
            ("new", "review", "presented", "scheduled"), self.env._("Cancelling")
        )
        self._ozel_kalem_unbook()
        self._ozel_kalem_action_write({"state": "cancelled"})
        self._close_decision_activity()
        return True

    def action_done(self):
        self._check_state(("scheduled",), self.env._("Closing"))
        self._ozel_kalem_action_write({"state": "done"})
        return True

    @api.model
    def _create_from_web(self, values):
        """Register a request of the public web form (run as superuser by the
        controller, with values it has checked: lengths, characters, e-mail,
        phone).  The requester is matched by the exact normalised e-mail
        address, or registered as a new contact.  The description is kept as
        text: escaped into the Html field, never taken as markup."""
        partner = self.env["res.partner"]._ozel_kalem_from_contact(
            values["name"], values["email"], values["phone"]
        )
        return self.create(
            {
                "name": values["subject"],
                "partner_id": partner.id,
                "channel": "web",
                "requester_kind": "citizen",
                "preferred_dates": values["dates"] or False,
                "description": plaintext2html(values["description"] or ""),
            }
        )

    # ------------------------------------------------------------------
    # Calendar and notifications
    # ------------------------------------------------------------------
    def _event_values(self):
        self.ensure_one()
        return {
            "name": self.env._("Appointment: %(subject)s", subject=self.name),
            "start": self.start,
            "stop": self.stop,
            "user_id": self.user_id.id,
            # The requester is told by the office's own message, not by a
            # calendar invitation: only the host attends the event.
            "partner_ids": [fields.Command.set(self.user_id.partner_id.ids)],
            "description": self.env._(
                "Requester: %(name)s", name=self.partner_id.display_name
            ),
            "location": self.location,
        }

    def _booking_host(self):
        return self.user_id

    def _close_decision_activity(self):
        # The secretariat records the mayor's decision: the activity is the
        # mayor's, which a clerk does not see, so it is closed with sudo.
        self.sudo().activity_unlink(["ozel_kalem.mail_act_mayor_decision"])

    def _notify_requester(self, template_xmlid):
        template = self.env.ref(template_xmlid)
        for appointment in self.filtered(lambda a: a.partner_id.email):
            appointment.message_post_with_source(
                template,
                subtype_xmlid="mail.mt_comment",
                partner_ids=appointment.partner_id.ids,
            )
