# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemPublication(models.Model):
    """A planned post of the publication calendar (PRS-6): channel, text,
    media, time; approved and marked published."""

    _name = "ozel_kalem.publication"
    _description = "Planned Publication"
    _inherit = ["mail.thread", "ozel_kalem.workflow.mixin"]
    _order = "date_planned, id"
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
        self._check_group(
            "ozel_kalem_press.group_press_manager",
            self.env._("The press manager approves the publications."),
        )
        self._check_state(("planned",), self.env._("Approving"))
        self._check_not_own(self.env._("Approving"))
        self._ozel_kalem_action_write({"state": "approved"})
        return True

    def action_publish(self):
        self._check_state(("approved",), self.env._("Publishing"))
        self._ozel_kalem_action_write({"state": "published"})
        return True

    def action_cancel(self):
        self._check_state(("planned", "approved"), self.env._("Cancelling"))
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True
