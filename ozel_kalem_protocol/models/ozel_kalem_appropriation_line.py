# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import ValidationError

CATEGORIES = [
    ("temsil", "Representation (Temsil)"),
    ("agirlama", "Hospitality (Ağırlama)"),
    ("toren", "Ceremony (Tören)"),
    ("diger", "Other"),
]


class OzelKalemAppropriationLine(models.Model):
    """A line of an appropriation: a budget code and, for representation, a
    category of the 1984 directive.  Planned = initial ± additions and
    transfers; committed = approved expenses not booked yet; booked = the
    posted vendor bills on the line's analytic account; available = planned
    − committed − booked.  All computed from their sources."""

    _name = "ozel_kalem.appropriation.line"
    _description = "Appropriation Line"
    _order = "appropriation_id, budget_code_id, category, id"

    appropriation_id = fields.Many2one(
        "ozel_kalem.appropriation", required=True, ondelete="cascade", index=True
    )
    budget_type = fields.Selection(related="appropriation_id.budget_type")
    budget_code_id = fields.Many2one(
        "ozel_kalem.budget.code", required=True, index=True
    )
    category = fields.Selection(CATEGORIES, index=True)
    amount_initial = fields.Monetary(
        string="Initial", currency_field="currency_id", required=True
    )
    amount = fields.Monetary(
        string="Planned", compute="_compute_amounts", currency_field="currency_id"
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
    analytic_account_id = fields.Many2one(
        "account.analytic.account", readonly=True, copy=False, index=True
    )
    expense_ids = fields.One2many(
        "ozel_kalem.hospitality.expense", "appropriation_line_id", string="Expenses"
    )
    currency_id = fields.Many2one(related="appropriation_id.currency_id")
    company_id = fields.Many2one(
        related="appropriation_id.company_id", store=True, index=True
    )

    @api.depends("budget_code_id", "category", "appropriation_id.fiscal_year")
    def _compute_display_name(self):
        labels = dict(self._fields["category"]._description_selection(self.env))
        for line in self:
            parts = [str(line.appropriation_id.fiscal_year), line.budget_code_id.code]
            if line.category:
                parts.append(labels[line.category])
            line.display_name = " ".join(part for part in parts if part)

    @api.constrains("budget_code_id", "category")
    def _check_code(self):
        for line in self:
            if line.budget_type != "representation":
                continue
            # R1: representation is spent on the 03.6 codes only.
            if line.budget_code_id.kind != "representation":
                raise ValidationError(
                    self.env._(
                        "%(code)s is not a representation code (03.6): the "
                        "representation appropriation is spent on 03.6 only.",
                        code=line.budget_code_id.display_name,
                    )
                )
            if not line.category:
                raise ValidationError(
                    self.env._("Choose the category of the directive of each line.")
                )

    @api.depends(
        "amount_initial",
        "expense_ids.state",
        "expense_ids.amount",
        "expense_ids.move_id.state",
    )
    def _compute_amounts(self):
        changes = defaultdict(float)
        Change = self.env["ozel_kalem.appropriation.change"].sudo()
        for line, amount in Change._read_group(
            [("line_to_id", "in", self.ids)], ["line_to_id"], ["amount:sum"]
        ):
            changes[line.id] += amount
        for line, amount in Change._read_group(
            [("line_from_id", "in", self.ids)], ["line_from_id"], ["amount:sum"]
        ):
            changes[line.id] -= amount
        committed = defaultdict(float)
        expenses = (
            self.env["ozel_kalem.hospitality.expense"]
            .sudo()
            .search(
                [
                    ("appropriation_line_id", "in", self.ids),
                    ("state", "in", ("approved", "booked")),
                ]
            )
        )
        for expense in expenses:
            # A booked expense whose bill is not posted (reset to draft)
            # still holds its commitment.
            if expense.state == "approved" or expense.move_id.state != "posted":
                committed[expense.appropriation_line_id.id] += expense.amount
        booked = self._booked_amounts()
        for line in self:
            line.amount = line.amount_initial + changes[line.id]
            line.amount_committed = committed[line.id]
            line.amount_booked = booked[line.analytic_account_id.id]
            line.amount_available = (
                line.amount - line.amount_committed - line.amount_booked
            )

    def _booked_amounts(self):
        """Posted vendor bills (and refunds) on the lines' analytic
        accounts: amount per analytic account, in one search."""
        booked = defaultdict(float)
        accounts = self.analytic_account_id
        if not accounts:
            return booked
        move_lines = (
            self.env["account.move.line"]
            .sudo()
            .search_fetch(
                [
                    ("analytic_distribution", "in", accounts.ids),
                    ("parent_state", "=", "posted"),
                    ("move_id.move_type", "in", ("in_invoice", "in_refund")),
                ],
                ["analytic_distribution", "balance"],
            )
        )
        wanted = {str(account_id) for account_id in accounts.ids}
        for move_line in move_lines:
            for key, percentage in move_line.analytic_distribution.items():
                for account_id in key.split(","):
                    if account_id in wanted:
                        booked[int(account_id)] += (
                            move_line.balance * percentage / 100.0
                        )
        return booked

    def _lock(self):
        """Serialize the commitments on these lines: a concurrent approval
        waits, then fails to serialize and is retried by Odoo on a fresh
        snapshot, where it sees this one (the commitment itself is computed
        from the expenses: this UPDATE only marks the line)."""
        if self:
            self.env.cr.execute(
                "UPDATE ozel_kalem_appropriation_line SET write_date = NOW() "
                "AT TIME ZONE 'UTC' WHERE id IN %s",
                [tuple(self.ids)],
            )
            self.invalidate_recordset()
