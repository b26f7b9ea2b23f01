# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemDesignRound(models.Model):
    """A round of a design request: the proof the designer attached and the
    requester's feedback."""

    _name = "ozel_kalem.design.round"
    _description = "Design Round"
    _inherit = ["ozel_kalem.workflow.mixin"]
    _order = "request_id, sequence, id"
    # Sent, approved or sent back by the request's actions only; the proof
    # the requester saw is not changed afterwards.
    _ozel_kalem_action_fields = ("state", "sequence")
    _ozel_kalem_fixed_fields = ("request_id",)
    _ozel_kalem_vouched_fields = ("attachment_ids", "note")

    request_id = fields.Many2one(
        "ozel_kalem.design.request", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(string="Round", readonly=True)
    attachment_ids = fields.Many2many("ir.attachment", string="Proof")
    note = fields.Text(string="Designer's Note")
    feedback = fields.Text(string="Requester's Feedback")
    state = fields.Selection(
        [
            ("draft", "Being Designed"),
            ("sent", "Sent"),
            ("changes", "Changes Asked"),
            ("approved", "Approved"),
        ],
        default="draft",
        required=True,
        readonly=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        rounds = super().create(vals_list)
        for design_round in rounds:
            design_round._ozel_kalem_action_write(
                {"sequence": len(design_round.request_id.round_ids)}
            )
        return rounds
