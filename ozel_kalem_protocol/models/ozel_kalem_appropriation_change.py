# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemAppropriationChange(models.Model):
    """An addition to a line (ek ödenek) or a transfer between two lines
    (aktarma), with its reason; kept, never edited (nobody has the right
    to write or delete one)."""

    _name = "ozel_kalem.appropriation.change"
    _description = "Appropriation Addition or Transfer"
    _order = "date desc, id desc"

    appropriation_id = fields.Many2one(
        "ozel_kalem.appropriation", required=True, ondelete="cascade", index=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    line_from_id = fields.Many2one(
        "ozel_kalem.appropriation.line",
        string="From Line",
        domain="[('appropriation_id', '=', appropriation_id)]",
        help="Empty for an addition.",
        index=True,
    )
    line_to_id = fields.Many2one(
        "ozel_kalem.appropriation.line",
        string="To Line",
        required=True,
        domain="[('appropriation_id', '=', appropriation_id)]",
        index=True,
    )
    amount = fields.Monetary(currency_field="currency_id", required=True)
    reason = fields.Char(required=True)
    currency_id = fields.Many2one(related="appropriation_id.currency_id")

    _sql_constraints = [
        ("amount_positive", "CHECK(amount > 0)", "The amount must be positive."),
    ]

    @api.constrains("line_from_id", "line_to_id")
    def _check_lines(self):
        for change in self:
            if change.line_from_id == change.line_to_id:
                raise ValidationError(self.env._("A transfer goes to another line."))

    @api.model_create_multi
    def create(self, vals_list):
        changes = super().create(vals_list)
        if changes.appropriation_id.filtered(lambda a: a.state != "open"):
            raise UserError(self.env._("Only an open appropriation changes."))
        sources = changes.line_from_id
        sources._lock()
        for line in sources:
            if line.amount_available < 0:
                raise UserError(
                    self.env._(
                        "%(line)s has not enough available to transfer.",
                        line=line.display_name,
                    )
                )
        for change in changes:
            change.appropriation_id.message_post(
                body=self.env._(
                    "%(amount)s to %(line)s: %(reason)s",
                    amount=change.amount,
                    line=change.line_to_id.display_name,
                    reason=change.reason,
                )
            )
        return changes
