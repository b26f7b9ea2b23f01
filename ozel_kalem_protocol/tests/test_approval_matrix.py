# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The protocol's approvals (an expense's finance review, a trip) against
the roles that would abuse them: the checks of ozel_kalem's approval matrix
on this addon's table."""

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.ozel_kalem.tests.test_approval_matrix import (
    ApprovalMatrixChecks,
    ApprovalRpcChecks,
    Case,
)

from .common import ExpenseCase


class ProtocolCases:
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.director = new_test_user(
            cls.env, login="prt_mx_director", groups="ozel_kalem.group_director"
        )

    def _cases(self):
        return (
            Case(
                "expense",
                self._submitted_expense,
                self.protocol,
                (self.protocol_manager, self.clerk),
                ((self.reviewer, "ozel_kalem_protocol.mail_act_expense_review"),),
                "action_approve",
                "action_reject",
                "approved",
            ),
            Case(
                "trip",
                self._trip,
                self.protocol,
                (self.protocol_manager, self.reviewer, self.clerk),
                ((self.director, "ozel_kalem_protocol.mail_act_trip_approval"),),
                "action_approve",
                "action_return",
                "approved",
            ),
        )

    def _submitted_expense(self):
        expense = self._expense()
        expense.with_user(self.protocol).action_submit()
        expense.sudo().reject_reason = "Fatura eksik"
        return expense

    def _trip(self):
        trip = (
            self.env["ozel_kalem.trip"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Belediyeler Birliği toplantısı",
                    "destination": "Ankara",
                    "date_begin": "2031-11-04 06:00:00",
                    "date_end": "2031-11-05 17:00:00",
                    "transport": "road",
                }
            )
        )
        trip.action_submit()
        return trip


@tagged("post_install", "-at_install")
class TestApprovalMatrix(ProtocolCases, ApprovalMatrixChecks, ExpenseCase):
    pass


@tagged("post_install", "-at_install")
class TestApprovalMatrixRpc(ProtocolCases, ApprovalRpcChecks, ExpenseCase, HttpCase):
    # The expense's state over JSON-RPC: test_approval_bypass.
    _rpc_covered = ("expense",)

    def test_expense_amount_over_json_rpc_refused(self):
        """The protocol user raises a submitted expense's amount over
        JSON-RPC: refused, the reviewer approves the amount submitted."""
        expense = self._submitted_expense()
        self.authenticate(self.protocol.login, self.protocol.login)
        with self.assertRaises(JsonRpcException):
            self._call_kw(expense._name, "write", expense.ids, {"amount": 9999999})
        self.env.invalidate_all()
        self.assertEqual(expense.amount, 8000)
        expense.with_user(self.reviewer).action_approve()
        self.assertEqual((expense.state, expense.amount), ("approved", 8000))
        self.assertEqual(self.line_agirlama.amount_committed, 8000)
