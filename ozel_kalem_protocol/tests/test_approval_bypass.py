# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Each way around the finance review of an expense, tried as the role that
would abuse it (issue 23): the state written directly, the amount moved
after submission or approval, the reviewer approving their own expense,
the booking of an expense edited after approval."""

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException

from .common import ExpenseCase


@tagged("post_install", "-at_install")
class TestExpenseBypass(ExpenseCase):
    def test_state_written_directly_refused(self):
        """A protocol user sets an expense (a gift to staff, against R3) to
        approved, then booked, by writing its state: refused, nothing
        committed."""
        expense = self._expense(
            expense_type="gift", beneficiary="staff", guest_count=0, amount=4500
        )
        for state in ("submitted", "approved", "booked"):
            with self.assertRaisesRegex(UserError, "actions only"):
                expense.with_user(self.protocol).write({"state": state})
        self.assertEqual(expense.state, "draft")
        self.assertEqual(self.line_agirlama.amount_committed, 0)
        with self.assertRaisesRegex(UserError, "actions only"):
            self.env["ozel_kalem.hospitality.expense"].with_user(self.protocol).create(
                {
                    "category": "agirlama",
                    "purpose": "Doğrudan onaylı bir harcama denemesi",
                    "appropriation_line_id": self.line_agirlama.id,
                    "amount": 100,
                    "partner_id": self.supplier.id,
                    "state": "approved",
                }
            )

    def test_amount_moved_after_submission_refused(self):
        """Submitted, then approved: the amount, line and beneficiary stay
        as they were reviewed, for the protocol user as for the reviewer."""
        expense = self._expense(amount=3500)
        expense.with_user(self.protocol).action_submit()
        for user in (self.protocol, self.reviewer):
            # Under review, OCA's tier validation refuses it first.
            with self.assertRaisesRegex(UserError, "went past its draft|under valid"):
                expense.with_user(user).write({"amount": 9999999})
        expense.with_user(self.reviewer).action_approve()
        for values in (
            {"amount": 9999999},
            {"beneficiary": "staff"},
            {"appropriation_line_id": self.line_toren.id},
        ):
            with self.assertRaisesRegex(UserError, "went past its draft"):
                expense.with_user(self.protocol).write(values)
        self.assertEqual(expense.amount, 3500)
        # Booked as approved, by the reviewer's own rights on Accounting.
        expense.with_user(self.reviewer).action_book()
        self.assertEqual(expense.state, "booked")
        self.assertEqual(expense.move_id.amount_total, 3500)
        self.assertEqual(expense.move_id.create_uid, self.reviewer)
        self.assertEqual(expense.move_id.state, "posted")
        # A booked expense is neither reset nor deleted.
        with self.assertRaises(UserError):
            expense.with_user(self.protocol).action_draft()
        with self.assertRaises(UserError):
            expense.with_user(self.protocol).unlink()
        with self.assertRaisesRegex(UserError, "actions only"):
            expense.with_user(self.protocol).write({"state": "draft"})

    def test_reviewer_does_not_approve_own_expense(self):
        """A finance reviewer who drafted an expense does not approve, reject
        or book it: another reviewer does."""
        own = (
            self.env["ozel_kalem.hospitality.expense"]
            .with_user(self.protocol)
            .browse(self._expense().id)
        )
        own.action_submit()
        # The same expense, as if the reviewer had drafted it.
        self.env.cr.execute(
            "UPDATE ozel_kalem_hospitality_expense SET create_uid = %s WHERE id = %s",
            [self.reviewer.id, own.id],
        )
        own.invalidate_recordset(["create_uid"])
        with self.assertRaisesRegex(UserError, "their own work"):
            own.with_user(self.reviewer).action_approve()
        own.with_user(self.reviewer2).action_approve()
        with self.assertRaisesRegex(UserError, "their own work"):
            own.with_user(self.reviewer).action_book()
        own.with_user(self.reviewer2).action_book()
        self.assertEqual(own.state, "booked")

    def test_bystander_cannot_approve(self):
        """The protocol user who submitted, or a clerk, approves nothing."""
        expense = self._expense()
        expense.with_user(self.protocol).action_submit()
        with self.assertRaises(UserError):
            expense.with_user(self.protocol).action_approve()
        # (an AccessError is a UserError)
        with self.assertRaises(UserError):
            expense.with_user(self.clerk).action_approve()
        with self.assertRaises(UserError):
            expense.with_user(self.protocol).action_reject()
        self.assertEqual(expense.state, "submitted")

    def test_approver_changed_in_settings(self):
        """An administrator makes the second finance reviewer the expenses'
        only approver (their tier definition): the next expense is on that
        reviewer's desk alone, and the other reviewer cannot approve it."""
        definition = self.env.ref("ozel_kalem_protocol.tier_definition_expense_finance")
        definition.write(
            {
                "review_type": "individual",
                "reviewer_group_id": False,
                "reviewer_id": self.reviewer2.id,
            }
        )
        expense = self._expense()
        expense.with_user(self.protocol).action_submit()
        self.assertEqual(expense.activity_ids.user_id, self.reviewer2)
        with self.assertRaisesRegex(UserError, "not your turn"):
            expense.with_user(self.reviewer).action_approve()
        expense.with_user(self.reviewer2).action_approve()
        self.assertEqual(expense.state, "approved")
        self.assertFalse(expense.activity_ids)

    def test_findings_checked_again_at_approval(self):
        """R1–R8 are checked on the expense as it is at approval: its invoice
        removed after submission, it is not approved."""
        expense = self._expense()
        expense.with_user(self.protocol).action_submit()
        self.env["ir.attachment"].search(
            [("res_model", "=", expense._name), ("res_id", "=", expense.id)]
        ).unlink()
        with self.assertRaisesRegex(UserError, "R7"):
            expense.with_user(self.reviewer).action_approve()
        self.assertEqual(expense.state, "submitted")


@tagged("post_install", "-at_install")
class TestExpenseBypassRpc(HttpCase):
    """The same trick over JSON-RPC, as the web client would send it."""

    def test_state_over_json_rpc_refused(self):
        protocol = self.env["res.users"].create(
            {
                "name": "RPC Protokol",
                "login": "rpc_protocol",
                "password": "rpc_protocol",
                "groups_id": [
                    (6, 0, self.env.ref("ozel_kalem_protocol.group_protocol_user").ids)
                ],
            }
        )
        line = self.env["ozel_kalem.appropriation.line"].search(
            [("appropriation_id.state", "=", "open"), ("category", "!=", False)],
            limit=1,
        )
        if not line:
            self.skipTest("no open appropriation in this database")
        expense = (
            self.env["ozel_kalem.hospitality.expense"]
            .with_user(protocol)
            .create(
                {
                    "category": line.category,
                    "purpose": "Bir hediye: doğrudan onay denemesi",
                    "appropriation_line_id": line.id,
                    "amount": 4500,
                    "partner_id": self.env["res.partner"]
                    .create({"name": "Çiçekçi"})
                    .id,
                    "company_id": line.company_id.id,
                    "spending_unit_id": self.env["hr.department"]
                    .search([("is_office_unit", "=", True)], limit=1)
                    .id,
                }
            )
        )
        self.authenticate("rpc_protocol", "rpc_protocol")
        with self.assertRaises(JsonRpcException) as error:
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "ozel_kalem.hospitality.expense",
                    "method": "write",
                    "args": [[expense.id], {"state": "approved"}],
                    "kwargs": {},
                },
            )
        self.assertIn("UserError", str(error.exception))
        expense.invalidate_recordset(["state"])
        self.assertEqual(expense.state, "draft")
