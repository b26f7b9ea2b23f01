# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .ozel_kalem_appropriation_line import CATEGORIES

EXPENSE_TYPES = [
    ("banquet", "Banquet / Meal"),
    ("cocktail", "Cocktail / Reception"),
    ("gift", "Gift"),
    ("flowers", "Flowers / Wreath"),
    ("award", "Plaque / Award / Cup"),
    ("accommodation", "Accommodation"),
    ("transport", "Transport"),
    ("travel", "Travel"),
    ("clothing", "Clothing"),
    ("organisation", "Ceremony Organisation"),
    ("guest_house", "Guest House"),
    ("other", "Other"),
]
BENEFICIARIES = [
    ("guest", "Guest of the Town"),
    ("protocol", "Protocol Member"),
    ("institution", "Institution / Organisation"),
    ("citizen", "Citizen Who Did Successful Work"),
    ("public", "The Public (Ceremony)"),
    ("own_official", "The Municipality's Own Official / Council Member"),
    ("staff", "Municipal Staff"),
    ("mayor", "Mayor / Deputy Mayor"),
    ("private", "Private Person"),
]
OCCASIONS = [
    ("official", "Official Duty"),
    ("office_change", "Taking Up or Leaving Office"),
    ("success", "Successful Work"),
    ("holiday", "National or Religious Day"),
    ("visit", "Visit"),
    ("private_ceremony", "Wedding, Circumcision or Other Family Occasion"),
]
MEALS = ("banquet", "cocktail")
GOODS_GIVEN = ("gift", "award", "flowers")
TRAVEL = ("accommodation", "transport", "travel")
OWN_PEOPLE = ("own_official", "staff", "mayor")


class OzelKalemHospitalityExpense(models.Model):
    """An expense of the *temsil, ağırlama ve tören* appropriation (PRO-10):
    checked against the Court of Accounts' findings (domain.md §5, R1–R8)
    when submitted, reviewed by a finance reviewer, committed against the
    appropriation when approved (never beyond what is available, also under
    concurrent approvals) and booked as a vendor bill on the appropriation
    line's analytic account."""

    _name = "ozel_kalem.hospitality.expense"
    _description = "Representation and Hospitality Expense"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.approval.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.hospitality.expense"
    # The finance review (ozel_kalem.approval.mixin): reviewed while
    # submitted, approved (committed) when the last review is; the
    # reviewers are the tier definitions (data/tier_definition_data.xml).
    _state_from = ["submitted"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem_protocol.mail_act_expense_review"
    _ozel_kalem_review_fields = ("reject_reason",)
    _order = "date desc, id desc"
    _check_company_auto = True
    _rec_names_search = ["number", "purpose"]
    # Set by the actions only (submit, approve, reject, book, cancel).
    _ozel_kalem_action_fields = ("state", "move_id")
    _ozel_kalem_fixed_fields = ("number",)
    # What the finance review vouches for: once submitted, the expense is
    # approved and booked as it was submitted (R1–R8 are checked on it).
    _ozel_kalem_vouched_fields = (
        "category",
        "purpose",
        "expense_type",
        "beneficiary",
        "occasion",
        "appropriation_line_id",
        "amount",
        "partner_id",
        "date",
        "spending_unit_id",
        "event_id",
        "official_guest_id",
        "courtesy_id",
        "trip_id",
        "guest_count",
        "committee_decision",
        "company_id",
    )

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    category = fields.Selection(CATEGORIES, required=True, tracking=True, index=True)
    purpose = fields.Text(
        required=True,
        tracking=True,
        help="The duty the expense serves: stated in the spending instruction "
        "and the payment order (R7).",
    )
    expense_type = fields.Selection(
        EXPENSE_TYPES, string="What", required=True, default="other", tracking=True
    )
    beneficiary = fields.Selection(
        BENEFICIARIES,
        string="For Whom",
        required=True,
        default="guest",
        help="Recipient category: who benefits from the expense or receives the gift.",
    )
    occasion = fields.Selection(OCCASIONS, required=True, default="official")
    appropriation_line_id = fields.Many2one(
        "ozel_kalem.appropriation.line",
        required=True,
        index=True,
        domain="[('appropriation_id.state', '=', 'open'),"
        " ('appropriation_id.budget_type', '=', 'representation'),"
        " ('category', '=', category), ('company_id', '=', company_id)]",
    )
    appropriation_id = fields.Many2one(
        related="appropriation_line_id.appropriation_id", store=True, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount = fields.Monetary(
        required=True, tracking=True, help="Amount paid, VAT included."
    )
    partner_id = fields.Many2one(
        "res.partner", string="Supplier", required=True, tracking=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    spending_unit_id = fields.Many2one(
        "hr.department",
        required=True,
        default=lambda self: self.env.user.employee_id.department_id,
        check_company=True,
    )
    event_id = fields.Many2one(
        "ozel_kalem.protocol.event", index=True, check_company=True
    )
    official_guest_id = fields.Many2one(
        "ozel_kalem.official.guest", string="Guest", index=True, check_company=True
    )
    courtesy_id = fields.Many2one("ozel_kalem.courtesy", index=True, check_company=True)
    trip_id = fields.Many2one("ozel_kalem.trip", index=True, check_company=True)
    guest_count = fields.Integer(
        string="Number of Guests",
        help="For banquets and cocktails (MİHBY art. 37): in the spending "
        "instruction with what the host's spending covers.",
    )
    committee_decision = fields.Char(
        string="Ceremony Committee Decision",
        help="Date and number of the tören komitesi decision (R8).",
    )
    move_id = fields.Many2one(
        "account.move",
        string="Vendor Bill",
        readonly=True,
        copy=False,
        index=True,
        ondelete="set null",
    )
    reject_reason = fields.Text(copy=False, tracking=True)
    cancel_reason = fields.Text(copy=False, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "To Review"),
            ("approved", "Committed"),
            ("rejected", "Rejected"),
            ("booked", "Booked"),
            ("cancelled", "Cancelled"),
        ],
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
        ("amount_positive", "CHECK(amount > 0)", "The amount must be positive."),
    ]

    @api.depends("number", "purpose")
    def _compute_display_name(self):
        for expense in self:
            purpose = (expense.purpose or "").splitlines()[0] if expense.purpose else ""
            expense.display_name = " ".join(
                part for part in (expense.number, purpose[:60]) if part and part != "/"
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if any(expense.state != "draft" for expense in self):
            raise UserError(
                self.env._("A submitted expense is kept; cancel it with a reason.")
            )

    # ------------------------------------------------------------------
    # The rules of the Court of Accounts' findings (domain.md §5)
    # ------------------------------------------------------------------
    def _rule_errors(self):
        """The reasons this expense may not be spent from the appropriation,
        in Turkish when the user reads Turkish: one per finding R1–R8."""
        self.ensure_one()
        errors = []
        line = self.appropriation_line_id
        # R1: spent by the mayor's office, on the 03.6 representation lines.
        if not self.spending_unit_id.is_office_unit:
            errors.append(
                self.env._(
                    "R1: %(unit)s is not the mayor's office: representation is "
                    "spent by the Private Office only.",
                    unit=self.spending_unit_id.name or "-",
                )
            )
        if (
            line.budget_code_id.kind != "representation"
            or line.appropriation_id.budget_type != "representation"
        ):
            errors.append(
                self.env._(
                    "R1: the expense must be charged to a 03.6 representation line."
                )
            )
        if line.category and line.category != self.category:
            errors.append(
                self.env._("R1: the appropriation line is of another category.")
            )
        # R2: no private occasion, no gift to a private person.
        if self.occasion == "private_ceremony":
            errors.append(
                self.env._(
                    "R2: weddings, circumcisions and other family occasions are "
                    "private: they are not paid from the appropriation."
                )
            )
        if self.expense_type in GOODS_GIVEN and self.beneficiary == "private":
            errors.append(
                self.env._(
                    "R2: a gift to a private person is a private expense, not a duty."
                )
            )
        # R3: no gift to the municipality's own officials or staff.
        if self.expense_type in GOODS_GIVEN and self.beneficiary in OWN_PEOPLE:
            errors.append(
                self.env._(
                    "R3: gifts to the municipality's own officials, council "
                    "members or staff are not representation."
                )
            )
        # R4: travel of the mayor, deputies and staff goes through yolluk.
        if self.expense_type in TRAVEL and self.beneficiary in OWN_PEOPLE:
            errors.append(
                self.env._(
                    "R4: travel and accommodation of the mayor, deputy mayors and "
                    "staff are paid as travel allowance (yolluk, 03.3), never "
                    "from 03.6."
                )
            )
        # R5: a foreign trip needs its programme, purpose and participants.
        trip = self.trip_id
        if trip.is_foreign and not (
            trip.name
            and trip.programme
            and (trip.delegation_ids or trip.delegation_partner_ids)
        ):
            errors.append(
                self.env._(
                    "R5: the foreign trip %(trip)s needs its programme, purpose "
                    "and list of participants.",
                    trip=trip.name,
                )
            )
        # R6: no clothing for the office's people.
        if self.expense_type == "clothing" and self.beneficiary in OWN_PEOPLE:
            errors.append(self.env._("R6: clothing for staff is not representation."))
        # R7: purpose, what it served, number of guests, documents.
        if len((self.purpose or "").strip()) < 15:
            errors.append(
                self.env._(
                    "R7: state the duty-related purpose of the expense in a sentence."
                )
            )
        if self.category in ("agirlama", "toren") and not (
            self.event_id or self.official_guest_id or self.courtesy_id or self.trip_id
        ):
            errors.append(
                self.env._(
                    "R7: link the event, guest, courtesy or trip the expense served."
                )
            )
        if self.expense_type in MEALS and self.guest_count <= 0:
            errors.append(
                self.env._("R7: give the number of guests of the banquet or cocktail.")
            )
        if (
            not self.env["ir.attachment"]
            .sudo()
            .search_count([("res_model", "=", self._name), ("res_id", "=", self.id)])
        ):
            errors.append(
                self.env._("R7: attach the invoice and the supporting documents.")
            )
        # R8: a ceremony expense needs the committee's decision.
        if self.category == "toren" and not self.committee_decision:
            errors.append(
                self.env._(
                    "R8: a ceremony expense needs the ceremony committee's decision."
                )
            )
        return errors

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _check_rules(self, message):
        """Refuse with every finding R1–R8 on the expense as it is now;
        ``message`` names the action refused (``%(expense)s``,
        ``%(errors)s``)."""
        for expense in self:
            errors = expense._rule_errors()
            if errors:
                raise UserError(
                    message
                    % {
                        "expense": expense.display_name,
                        "errors": "\n".join(f"• {error}" for error in errors),
                    }
                )

    def action_submit(self):
        """Submit for the finance review; refused with every reason found."""
        self._check_state(("draft",), self.env._("Submitting"))
        self._check_rules(self.env._("%(expense)s cannot be submitted:\n%(errors)s"))
        self._ozel_kalem_action_write({"state": "submitted", "reject_reason": False})
        self._ozel_kalem_request_review()
        return True

    def _check_reviewer(self):
        self._check_group(
            "ozel_kalem_protocol.group_finance_reviewer",
            self.env._("Only a finance reviewer reviews the expenses."),
        )

    def action_approve(self):
        """Approve the review whose turn is the reviewer's; the last one
        commits the expense (``_ozel_kalem_on_validated``)."""
        return self._ozel_kalem_review_all(self.env._("Approving"), approve=True)

    def _ozel_kalem_on_validated(self):
        """Commit the expense against its appropriation line, as it is now
        (R1–R8 checked again): refused when the line has not enough
        available.  Concurrent approvals on a line are serialized
        (``_lock``)."""
        self._check_rules(self.env._("%(expense)s cannot be approved:\n%(errors)s"))
        lines = self.appropriation_line_id
        lines._lock()
        for line in lines:
            if line.appropriation_id.state != "open":
                raise UserError(
                    self.env._(
                        "%(appropriation)s is not open.",
                        appropriation=line.appropriation_id.name,
                    )
                )
            wanted = sum(
                self.filtered(lambda e, ln=line: e.appropriation_line_id == ln).mapped(
                    "amount"
                )
            )
            if wanted > line.amount_available:
                raise UserError(
                    self.env._(
                        "Not enough appropriation: %(line)s has %(available)s "
                        "available, the expenses need %(amount)s.",
                        line=line.display_name,
                        available=line.amount_available,
                        amount=wanted,
                    )
                )
        self._ozel_kalem_action_write({"state": "approved"})

    def action_reject(self):
        """Return the expense with the reason written in *Reject Reason*."""
        return self._ozel_kalem_review_all(
            self.env._("Rejecting"),
            approve=False,
            reason_field="reject_reason",
            missing_reason=self.env._("Write why the expense is rejected."),
        )

    def _ozel_kalem_on_rejected(self, reason):
        values = {"state": "rejected"}
        if reason:
            values["reject_reason"] = reason
        self._ozel_kalem_action_write(values)

    def action_draft(self):
        """Correct a rejected expense and submit it again."""
        self._check_state(("rejected",), self.env._("Correcting"))
        self._ozel_kalem_action_write({"state": "draft"})
        return True

    def action_book(self):
        """Book the committed expense as a posted vendor bill on the line's
        analytic account, linked both ways, with the supporting documents.
        The reviewer books with their own rights on Accounting (billing),
        after the findings and the appropriation are checked again."""
        self._check_reviewer()
        self._check_state(("approved",), self.env._("Booking"))
        self._check_not_own(self.env._("Booking"))
        self._check_rules(self.env._("%(expense)s cannot be booked:\n%(errors)s"))
        lines = self.appropriation_line_id
        lines._lock()
        for line in lines:
            # The line's commitments include these expenses: booked, the
            # line must not be overdrawn.
            if line.appropriation_id.state != "open" or line.amount_available < 0:
                raise UserError(
                    self.env._(
                        "%(line)s cannot pay these expenses: its appropriation is "
                        "closed or overdrawn (%(available)s available).",
                        line=line.display_name,
                        available=line.amount_available,
                    )
                )
        Move = self.env["account.move"]
        for expense in self:
            bill = Move.with_company(expense.company_id).create(expense._bill_values())
            for attachment in self.env["ir.attachment"].search(
                [("res_model", "=", expense._name), ("res_id", "=", expense.id)]
            ):
                attachment.copy({"res_model": "account.move", "res_id": bill.id})
            bill.action_post()
            expense._ozel_kalem_action_write({"state": "booked", "move_id": bill.id})
        return True

    def _bill_values(self):
        self.ensure_one()
        line = self.appropriation_line_id
        account = line.budget_code_id.with_company(self.company_id).account_id
        return {
            "move_type": "in_invoice",
            "partner_id": self.partner_id.id,
            "invoice_date": self.date,
            "ref": self.number,
            "ozel_kalem_expense_id": self.id,
            "company_id": self.company_id.id,
            "invoice_line_ids": [
                fields.Command.create(
                    {
                        "name": self.purpose,
                        "quantity": 1,
                        "price_unit": self.amount,
                        # Without an account on the code, the purchase
                        # journal's default account, as for any bill.
                        **({"account_id": account.id} if account else {}),
                        # The amount is what the municipality pays, VAT
                        # included: a public body does not deduct VAT.
                        "tax_ids": [fields.Command.clear()],
                        "analytic_distribution": {
                            str(line.analytic_account_id.id): 100
                        },
                    }
                )
            ],
        }

    def action_cancel(self):
        """Cancel an expense not booked (the commitment is released); a
        booked one is cancelled by cancelling its bill."""
        self._check_cancel(
            ("draft", "submitted", "approved", "rejected"),
            self.env._("Write why the expense is cancelled."),
        )
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True

    def _bill_cancelled(self):
        """The vendor bill was cancelled: the expense is cancelled and its
        amount released."""
        self.sudo()._ozel_kalem_action_write({"state": "cancelled"})
        for expense in self:
            expense.message_post(
                body=self.env._(
                    "The vendor bill %(bill)s was cancelled: the expense is "
                    "cancelled and its amount released.",
                    bill=expense.move_id.name,
                )
            )

    def action_view_bill(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.move_id.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
