# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountMove(models.Model):
    _inherit = "account.move"

    ozel_kalem_expense_id = fields.Many2one(
        "ozel_kalem.hospitality.expense",
        string="Representation Expense",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    ozel_kalem_event_id = fields.Many2one(
        "ozel_kalem.protocol.event",
        string="Protocol Event",
        copy=False,
        index="btree_not_null",
        help="The ceremony this bill accrues (ADM-2).",
    )
    ozel_kalem_trip_id = fields.Many2one(
        "ozel_kalem.trip",
        string="Mayor's Trip",
        copy=False,
        index="btree_not_null",
        help="The trip this bill accrues: travel goes to the travel budget.",
    )

    @api.constrains("ozel_kalem_trip_id", "invoice_line_ids")
    def _check_trip_not_on_representation(self):
        """R4: the travel of a trip is never charged to 03.6."""
        trips = self.filtered("ozel_kalem_trip_id")
        if not trips:
            return
        representation = (
            self.env["ozel_kalem.appropriation.line"]
            .sudo()
            .search(
                [
                    ("analytic_account_id", "!=", False),
                    ("appropriation_id.budget_type", "=", "representation"),
                ]
            )
            .analytic_account_id
        )
        wanted = {str(account_id) for account_id in representation.ids}
        for move in trips:
            for line in move.invoice_line_ids:
                keys = {
                    account_id
                    for key in (line.analytic_distribution or {})
                    for account_id in key.split(",")
                }
                if keys & wanted:
                    raise ValidationError(
                        self.env._(
                            "R4: the bills of a trip go to the travel budget "
                            "(yolluk), never to the representation appropriation."
                        )
                    )

    def button_cancel(self):
        result = super().button_cancel()
        self.ozel_kalem_expense_id.filtered(
            lambda e: e.state == "booked"
        )._bill_cancelled()
        return result
