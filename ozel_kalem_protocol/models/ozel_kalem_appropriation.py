# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemAppropriation(models.Model):
    """A year's appropriation (PRO-10, ADM-1): the *temsil, ağırlama ve
    tören* appropriation given to the mayor (5393 art. 38(o)) or the
    office's other budget, in lines per budget code and category.  Its
    amounts are computed from the expenses and the posted vendor bills, not
    kept as a second ledger."""

    _name = "ozel_kalem.appropriation"
    _description = "Appropriation"
    _inherit = ["mail.thread", "ozel_kalem.workflow.mixin"]
    _order = "fiscal_year desc, budget_type, id desc"
    # Opened and closed by the protocol manager's actions only.
    _ozel_kalem_action_fields = ("state", "analytic_plan_id")
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    fiscal_year = fields.Integer(
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
        index=True,
    )
    budget_type = fields.Selection(
        [
            ("representation", "Representation, Hospitality and Ceremonies"),
            ("office", "Office Budget"),
        ],
        required=True,
        default="representation",
    )
    line_ids = fields.One2many(
        "ozel_kalem.appropriation.line", "appropriation_id", string="Lines"
    )
    change_ids = fields.One2many(
        "ozel_kalem.appropriation.change", "appropriation_id", string="Changes"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount_total = fields.Monetary(
        string="Appropriation", compute="_compute_amounts", currency_field="currency_id"
    )
    amount_committed = fields.Monetary(
        string="Committed", compute="_compute_amounts", currency_field="currency_id"
    )
    amount_booked = fields.Monetary(
        string="Booked", compute="_compute_amounts", currency_field="currency_id"
    )
    amount_available = fields.Monetary(
        string="Available", compute="_compute_amounts", currency_field="currency_id"
    )
    analytic_plan_id = fields.Many2one(
        "account.analytic.plan", readonly=True, copy=False
    )
    state = fields.Selection(
        [("draft", "Draft"), ("open", "Open"), ("closed", "Closed")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "year_unique",
            "UNIQUE(company_id, fiscal_year, budget_type)",
            "The appropriation of this year exists already.",
        ),
    ]

    @api.depends("fiscal_year", "budget_type")
    def _compute_name(self):
        labels = dict(self._fields["budget_type"]._description_selection(self.env))
        for appropriation in self:
            appropriation.name = (
                f"{appropriation.fiscal_year} {labels[appropriation.budget_type]}"
            )

    @api.depends("line_ids.amount", "line_ids.amount_committed")
    def _compute_amounts(self):
        for appropriation in self:
            lines = appropriation.line_ids
            appropriation.amount_total = sum(lines.mapped("amount"))
            appropriation.amount_committed = sum(lines.mapped("amount_committed"))
            appropriation.amount_booked = sum(lines.mapped("amount_booked"))
            appropriation.amount_available = sum(lines.mapped("amount_available"))

    @api.ondelete(at_uninstall=False)
    def _unlink_except_open(self):
        if any(appropriation.state != "draft" for appropriation in self):
            raise UserError(self.env._("An opened appropriation is kept."))

    def action_open(self):
        """Open the year: each line gets its analytic account, on which the
        vendor bills are booked."""
        self._check_group(
            "ozel_kalem_protocol.group_protocol_manager",
            self.env._("The protocol manager opens the appropriation."),
        )
        self._check_state(("draft",), self.env._("Opening"))
        for appropriation in self:
            if not appropriation.line_ids:
                raise UserError(self.env._("Add the lines of the appropriation."))
            plan = (
                self.env["account.analytic.plan"]
                .sudo()
                .create({"name": appropriation.name})
            )
            for line in appropriation.line_ids:
                line.sudo().analytic_account_id = (
                    self.env["account.analytic.account"]
                    .sudo()
                    .create(
                        {
                            "name": line.display_name,
                            "plan_id": plan.id,
                            "company_id": appropriation.company_id.id,
                        }
                    )
                )
            appropriation._ozel_kalem_action_write(
                {"state": "open", "analytic_plan_id": plan.id}
            )
        return True

    def action_close(self):
        self._check_group(
            "ozel_kalem_protocol.group_protocol_manager",
            self.env._("The protocol manager closes the appropriation."),
        )
        self._check_state(("open",), self.env._("Closing"))
        self._ozel_kalem_action_write({"state": "closed"})
        return True
