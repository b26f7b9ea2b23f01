# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

APPROVAL_MIXIN = "ozel_kalem.approval.mixin"


class MailActivity(models.Model):
    """The desk (Masam, X-8) is the user's open activities of the office:
    the reviews of every approval (``ozel_kalem.approval.mixin``), and the
    activities of the office's own types (``ozel_kalem_desk`` on the type:
    appointment decisions, routings, instructions, call-backs...).  One
    mechanism for the three addons, no query per type."""

    _inherit = "mail.activity"

    ozel_kalem_desk = fields.Boolean(
        string="On the Desk",
        compute="_compute_ozel_kalem_desk",
        store=True,
        index=True,
        help="An activity on a record of the Private Office.",
    )
    ozel_kalem_age = fields.Integer(
        string="Waiting (Days)", compute="_compute_ozel_kalem_age"
    )
    ozel_kalem_model_name = fields.Char(
        string="Type", related="res_model_id.name", readonly=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        activities = super().create(vals_list)
        activities._ozel_kalem_check_assignees()
        return activities

    def write(self, vals):
        result = super().write(vals)
        if {"user_id", "res_model", "res_model_id", "res_id"} & set(vals):
            self._ozel_kalem_check_assignees()
        return result

    def _ozel_kalem_check_assignees(self):
        """An activity on a classified record goes to someone who may read
        it: its name (number and subject) and summary show on their desk."""
        if self.env.su:
            return
        confidential = self.env["ozel_kalem.confidential.mixin"]
        for activity in self.sudo().filtered("user_id"):
            if confidential._ozel_kalem_is_confidential_model(activity.res_model):
                self.env[activity.res_model].browse(
                    activity.res_id
                )._ozel_kalem_check_readers(users=activity.user_id)

    @api.depends("res_model", "activity_type_id.ozel_kalem_desk")
    def _compute_ozel_kalem_desk(self):
        models_ = self.env[APPROVAL_MIXIN]._ozel_kalem_approval_models()
        for activity in self:
            activity.ozel_kalem_desk = (
                activity.res_model in models_
                or activity.activity_type_id.ozel_kalem_desk
            )

    def _compute_ozel_kalem_age(self):
        today = fields.Date.context_today(self)
        for activity in self:
            created = activity.create_date
            activity.ozel_kalem_age = (today - created.date()).days if created else 0

    def _ozel_kalem_record(self):
        self.ensure_one()
        return self.env[self.res_model].browse(self.res_id)

    def action_ozel_kalem_open(self):
        """Open the record the activity waits on."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def action_ozel_kalem_approve(self):
        """Approve from the desk: the record's own approval, with its
        checks; the activity is done by it."""
        for activity in self - self._ozel_kalem_notices():
            activity._ozel_kalem_desk_call("_ozel_kalem_desk_approve")
        self.exists().action_done()
        return True

    def _ozel_kalem_desk_call(self, method, *args):
        """Carry out a decision of the desk on the activity's record: its
        ``method`` (``_ozel_kalem_desk_approve()``, provided by the approval
        mixin and by the records decided in their own way, or
        ``_ozel_kalem_desk_return(reason)``), with the record's checks."""
        self.ensure_one()
        record = self._ozel_kalem_record()
        decide = getattr(record, method, None)
        if decide is None:
            raise UserError(
                self.env._(
                    "Open %(record)s to decide on it.", record=record.display_name
                )
            )
        return decide(*args)

    def _ozel_kalem_notices(self):
        """Activities that only tell (an overdue notice): approving one
        means it was seen; there is nothing to return."""
        overdue = self.env.ref("ozel_kalem.mail_act_overdue")
        return self.filtered(lambda a: a.activity_type_id == overdue)

    def action_ozel_kalem_return(self):
        """Return with a reason: asked in a small dialog."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Return with a Reason"),
            "res_model": "ozel_kalem.desk.return",
            "view_mode": "form",
            "target": "new",
            "context": {"default_activity_ids": self.ids},
        }

    def _ozel_kalem_handover_transfer(self, successor, handover):
        """Open tasks of a departing employee go to the successor's user."""
        if not successor.user_id:
            return
        self.sudo().write({"user_id": successor.user_id.id})
