# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import ExpenseCase


@tagged("post_install", "-at_install")
class TestHospitalityExpense(ExpenseCase):
    """The protocol staff spend the temsil, ağırlama ve tören appropriation;
    the finance reviewer approves and books; the Court of Accounts' rules
    refuse what it would find."""

    def test_full_cycle_to_a_posted_bill(self):
        expense = self._expense()
        self.assertTrue(expense.number.startswith("TAT-"))
        expense.action_submit()
        self.assertEqual(expense.state, "submitted")
        with self.assertRaises(UserError):
            expense.with_user(self.protocol).action_approve()
        expense.with_user(self.reviewer).action_approve()
        self.assertEqual(expense.state, "approved")
        self.assertEqual(self._amounts(self.line_agirlama), (50000, 8000, 0, 42000))
        expense.with_user(self.reviewer).action_book()
        bill = expense.sudo().move_id
        self.assertEqual(expense.state, "booked")
        self.assertEqual((bill.move_type, bill.state), ("in_invoice", "posted"))
        self.assertEqual(bill.ozel_kalem_expense_id, expense)
        self.assertEqual(bill.amount_total, 8000)
        self.assertEqual(
            bill.invoice_line_ids.analytic_distribution,
            {str(self.line_agirlama.analytic_account_id.id): 100},
        )
        self.assertTrue(bill.attachment_ids)
        self.assertEqual(self._amounts(self.line_agirlama), (50000, 0, 8000, 42000))
        self.assertEqual(self._amounts(self.appropriation), (80000, 0, 8000, 72000))
        # The reviewer reads bills and budgets, never the correspondence.
        bill.with_user(self.reviewer).read(["name"])
        document = self.env["ozel_kalem.document"].create(
            {"name": "Gizli yazı", "partner_id": self.supplier.id}
        )
        with self.assertRaises(AccessError):
            document.with_user(self.reviewer).read(["name"])
        self.assertFalse(
            self.env["ozel_kalem.document"].with_user(self.reviewer).search([])
        )

        # Cancelling the bill releases the amount.
        bill.button_draft()
        self.assertEqual(self._amounts(self.line_agirlama), (50000, 8000, 0, 42000))
        bill.button_cancel()
        self.assertEqual(expense.state, "cancelled")
        self.assertEqual(self._amounts(self.line_agirlama), (50000, 0, 0, 50000))

    def test_on_the_reviewers_desk(self):
        """A submitted expense waits on the finance reviewers' desks (the
        reviewers of its tier definition); approving or returning it there,
        by one of them, decides it and clears the others' desks."""
        first, second = self._expense(amount=1000), self._expense(amount=2000)
        (first | second).action_submit()
        Activity = self.env["mail.activity"]
        desk = Activity.search(
            [
                ("ozel_kalem_desk", "=", True),
                ("res_model", "=", first._name),
                ("res_id", "in", (first | second).ids),
            ]
        )
        reviewers = self.env.ref("ozel_kalem_protocol.group_finance_reviewer").users
        self.assertEqual(desk.user_id, reviewers)
        self.assertEqual(len(desk), 2 * len(reviewers))
        self.assertEqual(
            desk.activity_type_id,
            self.env.ref("ozel_kalem_protocol.mail_act_expense_review"),
        )
        reviewer = self.reviewer
        desk = desk.filtered(lambda a: a.user_id == reviewer)
        # The protocol clerk finds nothing of it on their own desk.
        self.assertFalse(
            Activity.with_user(self.protocol).search(
                [("ozel_kalem_desk", "=", True), ("user_id", "=", self.protocol.id)]
            )
        )
        mine = desk.with_user(reviewer)
        on_first = mine.filtered(lambda a: a.res_id == first.id)
        on_second = mine - on_first
        on_first.action_ozel_kalem_approve()
        self.assertEqual(first.state, "approved")
        self.env["ozel_kalem.desk.return"].with_user(reviewer).create(
            {
                "activity_ids": [(6, 0, on_second.ids)],
                "reason": "Fatura eksik",
            }
        ).action_return()
        self.assertEqual(
            (second.state, second.reject_reason), ("rejected", "Fatura eksik")
        )
        self.assertFalse(
            Activity.search(
                [
                    ("res_model", "=", first._name),
                    ("res_id", "in", (first | second).ids),
                ]
            )
        )
        # The reviewer reaches the desk and the expenses from the menu,
        # not the office's correspondence.
        menus = self.env["ir.ui.menu"].with_user(self.reviewer)._visible_menu_ids()
        for xmlid, visible in (
            ("ozel_kalem.ozel_kalem_desk_menu", True),
            ("ozel_kalem_protocol.ozel_kalem_hospitality_expense_menu", True),
            ("ozel_kalem.ozel_kalem_menu_correspondence", False),
            ("ozel_kalem.ozel_kalem_menu_citizens", False),
        ):
            self.assertEqual(self.env.ref(xmlid).id in menus, visible, xmlid)

    def test_over_budget_refused(self):
        first = self._expense(amount=45000)
        second = self._expense(amount=6000)
        (first | second).action_submit()
        first.with_user(self.reviewer).action_approve()
        with self.assertRaises(UserError) as caught:
            second.with_user(self.reviewer2).action_approve()
        self.assertIn("Not enough appropriation", str(caught.exception))
        self.assertEqual(second.state, "submitted")
        self.assertEqual(self._amounts(self.line_agirlama), (50000, 45000, 0, 5000))
        # An addition of 2,000 and a transfer of 1,000 make it fit.
        Change = self.env["ozel_kalem.appropriation.change"].with_user(
            self.protocol_manager
        )
        Change.create(
            {
                "appropriation_id": self.appropriation.id,
                "line_to_id": self.line_agirlama.id,
                "amount": 2000,
                "reason": "Meclis kararıyla ek ödenek",
            }
        )
        Change.create(
            {
                "appropriation_id": self.appropriation.id,
                "line_from_id": self.line_toren.id,
                "line_to_id": self.line_agirlama.id,
                "amount": 1000,
                "reason": "Aktarma",
            }
        )
        self.assertEqual(self._amounts(self.line_agirlama), (53000, 45000, 0, 8000))
        self.assertEqual(self._amounts(self.line_toren), (29000, 0, 0, 29000))
        second.with_user(self.reviewer2).action_approve()
        self.assertEqual(self._amounts(self.appropriation), (82000, 51000, 0, 31000))
        with self.assertRaises(UserError):
            Change.create(
                {
                    "appropriation_id": self.appropriation.id,
                    "line_from_id": self.line_agirlama.id,
                    "line_to_id": self.line_toren.id,
                    "amount": 5000,
                    "reason": "Fazla aktarma",
                }
            )
        # Rejected with a reason; cancelled releases.
        second.cancel_reason = "Vazgeçildi"
        second.action_cancel()
        self.assertEqual(self._amounts(self.line_agirlama), (53000, 45000, 0, 8000))
        third = self._expense(amount=100)
        third.action_submit()
        with self.assertRaises(UserError):
            third.with_user(self.reviewer).action_reject()
        third.reject_reason = "Fatura okunmuyor"
        third.with_user(self.reviewer).action_reject()
        self.assertEqual(third.state, "rejected")

    def test_rules_of_the_court_of_accounts(self):
        foreign_trip = (
            self.env["ozel_kalem.trip"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Teknik gezi",
                    "destination": "Paris",
                    "country_id": self.env.ref("base.fr").id,
                    "date_begin": "2031-05-01 05:00:00",
                    "date_end": "2031-05-05 18:00:00",
                }
            )
        )
        cases = {
            "R1": {"spending_unit_id": self.other_unit.id},
            "R2": {
                "occasion": "private_ceremony",
                "expense_type": "gift",
                "beneficiary": "private",
            },
            "R3": {"expense_type": "gift", "beneficiary": "own_official"},
            "R4": {"expense_type": "accommodation", "beneficiary": "mayor"},
            "R5": {"trip_id": foreign_trip.id, "official_guest_id": False},
            "R6": {"expense_type": "clothing", "beneficiary": "staff"},
            "R7": {"guest_count": 0, "purpose": "Yemek"},
            "R8": {"category": "toren", "appropriation_line_id": self.line_toren.id},
        }
        for rule, values in cases.items():
            with self.subTest(rule=rule):
                expense = self._expense(**values)
                with self.assertRaises(UserError) as caught:
                    expense.with_context(lang="tr_TR").action_submit()
                self.assertIn(f"{rule}:", str(caught.exception))
                self.assertEqual(expense.state, "draft")
        # R7: no document attached.
        expense = self._expense(attach=False)
        with self.assertRaises(UserError) as caught:
            expense.action_submit()
        self.assertIn("R7: attach", str(caught.exception))
        # R8 satisfied by the committee's decision; R5 by the programme and
        # the participants.
        expense = self._expense(
            category="toren",
            appropriation_line_id=self.line_toren.id,
            committee_decision="Tören Komitesi 12.10.2031/3",
            expense_type="organisation",
        )
        expense.action_submit()
        foreign_trip.write(
            {
                "programme": "<p>Belediye ziyareti, atık tesisi incelemesi</p>",
                "delegation_partner_ids": [(4, self.supplier.id)],
            }
        )
        self._expense(trip_id=foreign_trip.id, official_guest_id=False).action_submit()
        # The representation appropriation takes 03.6 codes only (R1).
        with self.assertRaises(UserError):
            self.env["ozel_kalem.appropriation.line"].create(
                {
                    "appropriation_id": self.appropriation.id,
                    "budget_code_id": self.code_travel.id,
                    "category": "diger",
                    "amount_initial": 1000,
                }
            )

    def test_trip_bills_never_on_representation(self):
        trip = (
            self.env["ozel_kalem.trip"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "TBB toplantısı",
                    "destination": "Ankara",
                    "date_begin": "2031-04-01 05:00:00",
                    "date_end": "2031-04-01 18:00:00",
                }
            )
        )
        Move = self.env["account.move"]
        with self.assertRaises(UserError):
            Move.create(
                {
                    "move_type": "in_invoice",
                    "partner_id": self.supplier.id,
                    "ozel_kalem_trip_id": trip.id,
                    "invoice_line_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "Otel",
                                "price_unit": 3000,
                                "analytic_distribution": {
                                    str(self.line_agirlama.analytic_account_id.id): 100
                                },
                            },
                        )
                    ],
                }
            )
        # The office budget (ADM-1): the trip's hotel on the travel line,
        # executed when the bill is posted.
        office = (
            self.env["ozel_kalem.appropriation"]
            .with_user(self.protocol_manager)
            .create(
                {
                    "fiscal_year": 2031,
                    "budget_type": "office",
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "budget_code_id": self.code_travel.id,
                                "amount_initial": 20000,
                            },
                        )
                    ],
                }
            )
        )
        office.action_open()
        travel = office.line_ids
        bill = Move.create(
            {
                "move_type": "in_invoice",
                "partner_id": self.supplier.id,
                "invoice_date": "2031-04-02",
                "ozel_kalem_trip_id": trip.id,
                "invoice_line_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Otel",
                            "price_unit": 3000,
                            "tax_ids": [(5, 0, 0)],
                            "analytic_distribution": {
                                str(travel.analytic_account_id.id): 100
                            },
                        },
                    )
                ],
            }
        )
        self.assertEqual(bill.ozel_kalem_trip_id, trip)
        self.assertEqual(self._amounts(travel), (20000, 0, 0, 20000))
        bill.action_post()
        self.assertEqual(self._amounts(travel), (20000, 0, 3000, 17000))
        self.assertEqual(self._amounts(office), (20000, 0, 3000, 17000))
