# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemDesignRequest(models.Model):
    """A design and print request of a department (PRS-5): billboard, LED
    screen, banner, poster, brochure, plaque, invitation, leaflet,
    magazine.  The press unit designs it in rounds of proofs, the requester
    approves a proof, the press unit orders the print and records the
    delivery."""

    _name = "ozel_kalem.design.request"
    _description = "Design and Print Request"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.approval.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.design.request"
    _order = "date_deadline, id desc"
    _rec_names_search = ["number", "name"]
    # A proof is reviewed by the requester (a tier definition on
    # ``user_id``, ozel_kalem.approval.mixin), never by its designer.
    _state_from = ["proof"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem_press.mail_act_design_proof"
    _ozel_kalem_author_field = "designer_id"
    # Set by the actions only (start, proof, approve, changes, print,
    # deliver, cancel).
    _ozel_kalem_action_fields = ("state", "date_delivered")
    _ozel_kalem_fixed_fields = ("number",)
    # What the printer is asked for is what the requester saw in the proof.
    _ozel_kalem_vouched_fields = ("kind", "size", "quantity")
    _ozel_kalem_open_states = ("new", "in_design")

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Subject", required=True, tracking=True)
    kind = fields.Selection(
        [
            ("billboard", "Billboard"),
            ("led", "LED Screen"),
            ("banner", "Banner"),
            ("poster", "Poster"),
            ("brochure", "Brochure"),
            ("plaque", "Plaque"),
            ("invitation", "Invitation"),
            ("leaflet", "Leaflet"),
            ("magazine", "Magazine"),
        ],
        required=True,
        default="poster",
        tracking=True,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Requested by",
        required=True,
        default=lambda self: self.env.user,
        index=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Requesting Department",
        required=True,
        default=lambda self: self.env.user.employee_id.department_id,
        index=True,
    )
    brief = fields.Html(required=True, help="Message, audience, texts, logos.")
    size = fields.Char(help="e.g. 50x70 cm, 3x6 m, A5.")
    quantity = fields.Integer(default=1)
    date_deadline = fields.Date(string="Needed By", required=True, tracking=True)
    designer_id = fields.Many2one("res.users", tracking=True)
    round_ids = fields.One2many(
        "ozel_kalem.design.round", "request_id", string="Design Rounds"
    )
    round_count = fields.Integer(compute="_compute_round_count")
    supplier_id = fields.Many2one("res.partner", string="Printer", tracking=True)
    date_delivered = fields.Date(readonly=True, copy=False)
    state = fields.Selection(
        [
            ("new", "New"),
            ("in_design", "In Design"),
            ("proof", "Proof Sent"),
            ("approved", "Proof Approved"),
            ("printing", "At the Printer"),
            ("delivered", "Delivered"),
            ("cancelled", "Cancelled"),
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

    @api.depends("round_ids")
    def _compute_round_count(self):
        for request in self:
            request.round_count = len(request.round_ids)

    @api.depends("number", "name")
    def _compute_display_name(self):
        self._display_with_number()

    @api.model_create_multi
    def create(self, vals_list):
        requests = super().create(vals_list)
        managers = self.env.ref("ozel_kalem_press.group_press_manager").users
        managers -= self.env.ref("base.user_root") | self.env.ref("base.user_admin")
        for request in requests.filtered(lambda r: managers):
            request.sudo().activity_schedule(
                "ozel_kalem_press.mail_act_design_request",
                user_id=managers[0].id,
                date_deadline=request.date_deadline,
                summary=self.env._("New design request"),
            )
        return requests

    def _check_press(self):
        self._check_group(
            "ozel_kalem_press.group_press_user",
            self.env._("The press unit does this step."),
        )

    def action_start(self):
        self._check_press()
        self._check_state(("new",), self.env._("Starting the design"))
        for request in self.filtered(lambda r: not r.designer_id):
            request.designer_id = self.env.user
        self._ozel_kalem_action_write({"state": "in_design"})
        self.sudo().activity_feedback(["ozel_kalem_press.mail_act_design_request"])
        return True

    def action_send_proof(self):
        """Send the latest round's proof to the requester, who reviews it."""
        self._check_press()
        self._check_state(("in_design",), self.env._("Sending the proof"))
        for request in self:
            current = request.round_ids.filtered(lambda r: r.state == "draft")[-1:]
            if not current.attachment_ids:
                raise UserError(
                    self.env._(
                        "Attach the proof of %(request)s to a new design round.",
                        request=request.display_name,
                    )
                )
            current._ozel_kalem_action_write({"state": "sent"})
        self._ozel_kalem_action_write({"state": "proof"})
        self._ozel_kalem_request_review()
        return True

    def action_approve_proof(self):
        return self._ozel_kalem_review_all(
            self.env._("Approving the proof"), approve=True
        )

    def _ozel_kalem_on_validated(self):
        self.round_ids.filtered(lambda r: r.state == "sent")._ozel_kalem_action_write(
            {"state": "approved"}
        )
        self._ozel_kalem_decision_write({"state": "approved"})

    def action_request_changes(self):
        """Back to the designer with the requester's feedback on the round."""
        self._check_state(("proof",), self.env._("Asking for changes"))
        for request in self:
            sent = request.round_ids.filtered(lambda r: r.state == "sent")
            if not all(sent.mapped("feedback")):
                raise UserError(self.env._("Write what to change on the proof."))
            request._ozel_kalem_review("\n".join(sent.mapped("feedback")), False)
        return True

    def _ozel_kalem_on_rejected(self, reason):
        sent = self.round_ids.filtered(lambda r: r.state == "sent")
        # A return from the desk brings its reason as the feedback.
        sent.filtered(lambda r: not r.feedback).write({"feedback": reason})
        sent._ozel_kalem_action_write({"state": "changes"})
        self._ozel_kalem_decision_write({"state": "in_design"})

    def action_order_print(self):
        self._check_press()
        self._check_state(("approved",), self.env._("Ordering the print"))
        if self.filtered(lambda r: r.kind not in ("led",) and not r.supplier_id):
            raise UserError(self.env._("Choose the printer."))
        self._ozel_kalem_action_write({"state": "printing"})
        return True

    def action_deliver(self):
        self._check_press()
        self._check_state(
            ("approved", "printing"), self.env._("Recording the delivery")
        )
        self._ozel_kalem_action_write(
            {"state": "delivered", "date_delivered": fields.Date.context_today(self)}
        )
        return True

    def action_cancel(self):
        self._check_state(
            ("new", "in_design", "proof", "approved"), self.env._("Cancelling")
        )
        self._ozel_kalem_action_write({"state": "cancelled"})
        self.sudo().activity_unlink(["ozel_kalem_press.mail_act_design_request"])
        return True
