# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import plaintext2html


class OzelKalemCall(models.Model):
    """Phone notes of the office (APT-8): who called, for whom, about what,
    and whether they are to be called back."""

    _name = "ozel_kalem.call"
    _description = "Phone Note"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.follow_up.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _order = "date desc, id desc"
    _rec_names_search = ["caller_name", "subject"]
    _check_company_auto = True

    caller_name = fields.Char(string="Caller", required=True, tracking=True)
    partner_id = fields.Many2one("res.partner", string="Contact", index=True)
    phone = fields.Char(required=True)
    direction = fields.Selection(
        [("in", "Incoming"), ("out", "Outgoing")], default="in", required=True
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    subject = fields.Char(required=True)
    note = fields.Text()
    for_user_id = fields.Many2one(
        "res.users",
        string="Message for",
        tracking=True,
        help="Who the caller asked for.",
    )
    callback_needed = fields.Boolean(string="Call Back", tracking=True)
    citizen_request_id = fields.Many2one(
        "ozel_kalem.citizen.request", copy=False, index=True
    )
    state = fields.Selection(
        [("open", "Open"), ("done", "Done")],
        default="open",
        required=True,
        tracking=True,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("caller_name", "subject")
    def _compute_display_name(self):
        for record in self:
            record.display_name = " – ".join(
                filter(None, (record.caller_name, record.subject))
            )

    @api.constrains("phone")
    def _check_phone(self):
        for call in self:
            normalized = self.env["res.partner"]._ozel_kalem_normalize_phone(call.phone)
            if normalized != call.phone:
                call.phone = normalized

    @api.model_create_multi
    def create(self, vals_list):
        calls = super().create(vals_list)
        for call in calls.filtered(lambda c: c.callback_needed and c.for_user_id):
            call.activity_schedule(
                "ozel_kalem.mail_act_call_back",
                user_id=call.for_user_id.id,
                summary=self.env._(
                    "Call back %(caller)s: %(phone)s",
                    caller=call.caller_name,
                    phone=call.phone,
                ),
            )
        return calls

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.partner_id:
            self.caller_name = self.partner_id.name
            self.phone = self.partner_id.phone or self.partner_id.mobile

    def action_done(self):
        self._check_state(("open",), self.env._("Closing"))
        self.write({"state": "done"})
        self.sudo().activity_unlink(["ozel_kalem.mail_act_call_back"])
        return True

    def action_create_citizen_request(self):
        """Record what the caller asks as a citizen's request (phone)."""
        return self._create_linked(
            "citizen_request_id",
            {
                "name": self.subject,
                "description": plaintext2html(self.note or ""),
                "channel": "phone",
            },
            self.caller_name,
            self.phone,
        )
