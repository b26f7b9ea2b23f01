# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Protocol flows in a real browser: planning a ceremony and printing its
seating plan; submitting and approving a representation expense."""

from odoo.tests import HttpCase, tagged

from .common import ExpenseCase


@tagged("post_install", "-at_install", "is_tour")
class TestTours(HttpCase, ExpenseCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        (cls.protocol | cls.reviewer).write({"lang": "tr_TR"})

    def _form(self, record):
        return f"/odoo/{record._name}/{record.id}"

    def test_plan_a_ceremony_and_print_its_seating(self):
        self.positions[0].holder_partner_id.name = "Tur Vali"
        event = self._event()
        self.start_tour(
            self._form(event), "ozel_kalem_protocol_seating_tour", login="prt_user"
        )
        self.assertEqual(len(event.guest_ids), len(self.positions))
        first = event.guest_ids.filtered(lambda g: g.partner_id.name == "Tur Vali")
        self.assertTrue(first.seat_label)

    def test_submit_and_approve_an_expense(self):
        expense = self._expense()
        self.start_tour(
            self._form(expense), "ozel_kalem_expense_submit_tour", login="prt_user"
        )
        self.assertEqual(expense.state, "submitted")
        self.start_tour(
            self._form(expense),
            "ozel_kalem_expense_approve_tour",
            login="prt_finance",
        )
        self.assertEqual(expense.state, "approved")
