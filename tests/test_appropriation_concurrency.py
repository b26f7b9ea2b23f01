# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""PRO-10 (issue 7): two finance reviewers approve, at the same instant and
on their own database cursors, two expenses that together exceed what the
appropriation line has left: only one is committed."""

import threading

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.service.model import retrying
from odoo.tests import TransactionCase, tagged

YEAR = 2099


@tagged("post_install", "-at_install")
class TestAppropriationConcurrency(TransactionCase):
    def _setup(self):
        """Committed data the worker threads can see."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            unit = env["hr.department"].create(
                {"name": "Eşzamanlılık Özel Kalem", "is_office_unit": True}
            )
            appropriation = env["ozel_kalem.appropriation"].create(
                {
                    "fiscal_year": YEAR,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "budget_code_id": env.ref(
                                    "ozel_kalem_protocol.budget_code_03610"
                                ).id,
                                "category": "temsil",
                                "amount_initial": 10000,
                            },
                        )
                    ],
                }
            )
            appropriation.action_open()
            supplier = env["res.partner"].create({"name": "Eşzamanlı Tedarikçi"})
            expenses = env["ozel_kalem.hospitality.expense"].create(
                [
                    {
                        "category": "temsil",
                        "expense_type": "award",
                        "beneficiary": "citizen",
                        "occasion": "success",
                        "purpose": f"Başarılı sporculara plaket ({index})",
                        "appropriation_line_id": appropriation.line_ids.id,
                        "amount": 6000,
                        "partner_id": supplier.id,
                        "spending_unit_id": unit.id,
                    }
                    for index in range(2)
                ]
            )
            # With their invoices (R7), submitted for the finance review.
            env["ir.attachment"].create(
                [
                    {
                        "name": "fatura.pdf",
                        "raw": b"%PDF fatura",
                        "res_model": expense._name,
                        "res_id": expense.id,
                    }
                    for expense in expenses
                ]
            )
            expenses.action_submit()
            return {
                "unit": unit.id,
                "appropriation": appropriation.id,
                "line": appropriation.line_ids.id,
                "plan": appropriation.analytic_plan_id.id,
                "analytic": appropriation.line_ids.analytic_account_id.id,
                "supplier": supplier.id,
                "expenses": tuple(expenses.ids),
            }

    def _cleanup(self, ids):
        with self.registry.cursor() as cr:
            cr.execute(
                "DELETE FROM mail_message WHERE model = %s AND res_id IN %s",
                ["ozel_kalem.hospitality.expense", ids["expenses"]],
            )
            cr.execute(
                "DELETE FROM mail_activity WHERE res_model = %s AND res_id IN %s",
                ["ozel_kalem.hospitality.expense", ids["expenses"]],
            )
            cr.execute(
                "DELETE FROM tier_review WHERE model = %s AND res_id IN %s",
                ["ozel_kalem.hospitality.expense", ids["expenses"]],
            )
            cr.execute(
                "DELETE FROM ir_attachment WHERE res_model = %s AND res_id IN %s",
                ["ozel_kalem.hospitality.expense", ids["expenses"]],
            )
            cr.execute(
                "DELETE FROM ozel_kalem_hospitality_expense WHERE id IN %s",
                [ids["expenses"]],
            )
            cr.execute(
                "DELETE FROM mail_message WHERE model = %s AND res_id = %s",
                ["ozel_kalem.appropriation", ids["appropriation"]],
            )
            cr.execute(
                "DELETE FROM ozel_kalem_appropriation WHERE id = %s",
                [ids["appropriation"]],
            )
            cr.execute(
                "DELETE FROM account_analytic_account WHERE id = %s", [ids["analytic"]]
            )
            cr.execute("DELETE FROM account_analytic_plan WHERE id = %s", [ids["plan"]])
            cr.execute("DELETE FROM res_partner WHERE id = %s", [ids["supplier"]])
            cr.execute("DELETE FROM hr_department WHERE id = %s", [ids["unit"]])

    def test_concurrent_approvals_never_exceed(self):
        ids = self._setup()
        barrier = threading.Barrier(2)
        approved, refused, errors = [], [], []

        def worker(expense_id):
            try:
                barrier.wait(timeout=30)
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, SUPERUSER_ID, {})
                    expense = env["ozel_kalem.hospitality.expense"].browse(expense_id)
                    try:
                        # Retried on a serialization failure, as Odoo retries
                        # a request.
                        retrying(expense.action_approve, env)
                        approved.append(expense_id)
                    except UserError:
                        refused.append(expense_id)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [
            threading.Thread(target=worker, args=(expense_id,))
            for expense_id in ids["expenses"]
        ]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            self.assertFalse(errors, errors)
            self.assertEqual((len(approved), len(refused)), (1, 1))
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                line = env["ozel_kalem.appropriation.line"].browse(ids["line"])
                self.assertEqual(line.amount_committed, 6000)
                self.assertEqual(line.amount_available, 4000)
                states = (
                    env["ozel_kalem.hospitality.expense"]
                    .browse(ids["expenses"])
                    .mapped("state")
                )
                self.assertEqual(sorted(states), ["approved", "submitted"])
        finally:
            self._cleanup(ids)
