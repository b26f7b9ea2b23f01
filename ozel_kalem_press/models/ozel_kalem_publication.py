# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemPublication(models.Model):
    """A planned post of the publication calendar (PRS-6): channel, text,
    media, time; approved and marked published."""

    _name = "ozel_kalem.publication"
    _description = "Planned Publication"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.approval.mixin"]
    _order = "date_planned, id"
    # Submitted by the press unit, approved by the press manager (a tier
    # definition, ozel_kalem.approval.mixin).
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem_press.mail_act_publication_approval"
    # Set by the actions only (approve, publish, cancel); what the press
    # manager approved is what is published.
    _ozel_kalem_action_fields = ("state",)
    _ozel_kalem_vouched_fields = (
        "name",
        "channel",
        "date_planned",
        "text",
        "attachment_ids",
        "release_id",
    )
    _ozel_kalem_open_states = ("planned",)

    name = fields.Char(string="Subject", required=True)
    channel = fields.Selection(
        [
            ("facebook", "Facebook"),
            ("x", "X (Twitter)"),
            ("instagram", "Instagram"),
            ("youtube", "YouTube"),
            ("website", "Website"),
            ("led", "LED Screens"),
        ],
        required=True,
        default="instagram",
        index=True,
    )
    date_planned = fields.Datetime(string="Planned For", required=True, index=True)
    text = fields.Text()
    attachment_ids = fields.Many2many("ir.attachment", string="Media")
    release_id = fields.Many2one("ozel_kalem.press.release")
    user_id = fields.Many2one(
        "res.users", string="Responsible", default=lambda self: self.env.user
    )
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("published", "Published"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        index=True,
    )
    url = fields.Char(string="Published at")

    def action_approve(self):
        # Whoever the tier definitions name (the press manager by default).
        return self._ozel_kalem_review_all(self.env._("Approving"), approve=True)

    def _ozel_kalem_on_validated(self):
        self._ozel_kalem_action_write({"state": "approved"})

    def action_submit(self):
        """Ask for the press manager's approval."""
        self._check_state(("planned",), self.env._("Submitting"))
        self._ozel_kalem_action_write({"state": "to_approve"})
        self._ozel_kalem_request_review()
        return True

    def action_return(self):
        """Send the publication back to the press unit (its reviewers)."""
        return self._ozel_kalem_review_all(self.env._("Returning"), approve=False)

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_action_write({"state": "planned"})

    def action_publish(self):
        self._check_state(("approved",), self.env._("Publishing"))
        self._ozel_kalem_action_write({"state": "published"})
        return True

    def action_cancel(self):
        self._check_state(
            ("planned", "to_approve", "approved"), self.env._("Cancelling")
        )
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True
