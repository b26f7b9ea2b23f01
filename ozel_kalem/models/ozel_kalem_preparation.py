# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemPreparation(models.Model):
    """What the mayor needs before an engagement (APT-5): a briefing note,
    a speech or a presentation, prepared by a member of the office by a
    deadline and attached to the engagement's calendar event, whatever
    made it (appointment, meeting, ceremony, press conference)."""

    _name = "ozel_kalem.preparation"
    _description = "Briefing / Speech Preparation"
    _inherit = [
        "mail.thread.main.attachment",
        "mail.activity.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _order = "date_deadline, id"
    _check_company_auto = True

    name = fields.Char(string="Title", required=True, tracking=True)
    kind = fields.Selection(
        [
            ("briefing", "Briefing Note"),
            ("speech", "Speech"),
            ("presentation", "Presentation"),
        ],
        required=True,
        default="briefing",
        tracking=True,
    )
    event_id = fields.Many2one(
        "calendar.event",
        string="Engagement",
        required=True,
        index=True,
        ondelete="restrict",
    )
    event_start = fields.Datetime(related="event_id.start", string="Engagement Date")
    user_id = fields.Many2one(
        "res.users",
        string="Prepared by",
        required=True,
        tracking=True,
        default=lambda self: self.env.user,
    )
    date_deadline = fields.Date(string="Deadline", required=True, tracking=True)
    content = fields.Html(help="The note or the text of the speech.")
    state = fields.Selection(
        [("todo", "To Prepare"), ("ready", "Ready"), ("cancelled", "Cancelled")],
        default="todo",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.onchange("event_id")
    def _onchange_event_id(self):
        if self.event_id and not self.date_deadline:
            self.date_deadline = self.event_id.start.date() - timedelta(days=1)

    @api.constrains("date_deadline", "event_id")
    def _check_deadline(self):
        for preparation in self:
            if preparation.date_deadline > preparation.event_id.start.date():
                raise ValidationError(
                    self.env._(
                        "%(title)s must be ready by the engagement (%(date)s).",
                        title=preparation.name,
                        date=preparation.event_id.start.date(),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        preparations = super().create(vals_list)
        for preparation in preparations:
            preparation.activity_schedule(
                "ozel_kalem.mail_act_preparation",
                date_deadline=preparation.date_deadline,
                user_id=preparation.user_id.id,
                summary=preparation.name,
            )
        return preparations

    @api.ondelete(at_uninstall=False)
    def _unlink_except_ready(self):
        if self.filtered(lambda p: p.state == "ready"):
            raise UserError(self.env._("A prepared text is kept; cancel it instead."))

    def action_ready(self):
        self._check_state(("todo",), self.env._("Marking as ready"))
        empty = self.filtered(
            lambda p: not p.content and not p.message_main_attachment_id
        )
        if empty:
            raise UserError(
                self.env._(
                    "Write %(title)s or attach its file before marking it ready.",
                    title=empty[0].name,
                )
            )
        self.write({"state": "ready"})
        self.activity_feedback(["ozel_kalem.mail_act_preparation"])
        return True

    def action_cancel(self):
        self._check_state(("todo", "ready"), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        self.activity_unlink(["ozel_kalem.mail_act_preparation"])
        return True

    def action_reopen(self):
        self._check_state(("ready", "cancelled"), self.env._("Reopening"))
        self.write({"state": "todo"})
        return True
