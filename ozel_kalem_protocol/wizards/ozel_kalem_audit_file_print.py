# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemAuditFilePrint(models.TransientModel):
    """The audit file of a period for the Court of Accounts: the
    appropriation's status per line, then every expense with its purpose,
    what it served, guests, committee decision, bill and documents."""

    _name = "ozel_kalem.audit.file.print"
    _description = "Print the Audit File"

    appropriation_id = fields.Many2one(
        "ozel_kalem.appropriation",
        required=True,
        domain="[('budget_type', '=', 'representation'), ('state', '!=', 'draft')]",
        default=lambda self: self._default_appropriation(),
    )
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True)

    @api.model
    def _default_appropriation(self):
        return self.env["ozel_kalem.appropriation"].search(
            [("budget_type", "=", "representation"), ("state", "!=", "draft")],
            order="fiscal_year desc",
            limit=1,
        )

    @api.onchange("appropriation_id")
    def _onchange_appropriation_id(self):
        year = self.appropriation_id.fiscal_year
        if year:
            self.date_from = fields.Date.to_date(f"{year}-01-01")
            self.date_to = fields.Date.to_date(f"{year}-12-31")

    def action_print(self):
        self.ensure_one()
        if self.date_to < self.date_from:
            raise UserError(self.env._("The period ends before it starts."))
        return self.env.ref(
            "ozel_kalem_protocol.ozel_kalem_audit_file_report_action"
        ).report_action(self)

    def _expenses(self):
        self.ensure_one()
        return self.env["ozel_kalem.hospitality.expense"].search(
            [
                ("appropriation_id", "=", self.appropriation_id.id),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
                ("state", "in", ("approved", "booked")),
            ],
            order="date, id",
        )

    def _documents(self, expenses):
        """Names of the supporting documents of each expense, one search."""
        documents = {}
        for attachment in self.env["ir.attachment"].search(
            [("res_model", "=", expenses._name), ("res_id", "in", expenses.ids)]
        ):
            documents.setdefault(attachment.res_id, []).append(attachment.name)
        return documents
