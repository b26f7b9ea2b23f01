# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

# The offices of a provincial protocol list (2012 ceremonies regulation),
# in order of precedence.
OFFICES = (
    ("Vali", "Ali Rıza Kaya"),
    ("Garnizon Komutanı", "Tuğgeneral Murat Aksoy"),
    ("Milletvekili", "Ayten Yıldız"),
    ("Cumhuriyet Başsavcısı", "Kemal Öner"),
    ("Rektör", "Prof. Dr. Selin Aras"),
    ("Baro Başkanı", "Av. Tarık Demir"),
    ("İl Emniyet Müdürü", "Cengiz Tan"),
)


class ProtocolCase(TransactionCase):
    """A provincial protocol list in force, the mayor as host, the roles."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.mayor = new_test_user(
            cls.env,
            login="prt_mayor",
            groups="ozel_kalem.group_mayor",
            name="Başkan Deniz Er",
        )
        cls.env.company.ozel_kalem_mayor_id = cls.mayor
        cls.protocol = new_test_user(
            cls.env,
            login="prt_user",
            groups="ozel_kalem_protocol.group_protocol_user",
            name="Protokol Memuru",
        )
        cls.protocol_manager = new_test_user(
            cls.env,
            login="prt_manager",
            groups="ozel_kalem_protocol.group_protocol_manager",
        )
        cls.clerk = new_test_user(
            cls.env, login="prt_clerk", groups="ozel_kalem.group_user"
        )
        cls.reviewer = new_test_user(
            cls.env,
            login="prt_finance",
            groups="ozel_kalem_protocol.group_finance_reviewer",
        )
        cls.outsider = new_test_user(cls.env, login="prt_out", groups="base.group_user")
        Partner = cls.env["res.partner"]
        cls.protocol_list = (
            cls.env["ozel_kalem.protocol.list"]
            .with_user(cls.protocol_manager)
            .create(
                {
                    "name": "Test İl Protokol Listesi",
                    "level": "province",
                    "position_ids": [
                        (
                            0,
                            0,
                            {
                                "name": office,
                                "rank": rank,
                                "holder_partner_id": Partner.create({"name": name}).id,
                            },
                        )
                        for rank, (office, name) in enumerate(OFFICES, start=1)
                    ],
                }
            )
        )
        cls.protocol_list.action_put_in_force()
        cls.positions = cls.protocol_list.position_ids.sorted("rank")

    def _event(self, **values):
        return (
            self.env["ozel_kalem.protocol.event"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Cumhuriyet Bayramı Resepsiyonu",
                    "event_type": "reception",
                    "date_begin": "2031-10-29 16:00:00",
                    "date_end": "2031-10-29 18:00:00",
                    "location": "Belediye Sarayı",
                    "protocol_list_id": self.protocol_list.id,
                    **values,
                }
            )
        )

    def _invite_all(self, event):
        wizard = (
            self.env["ozel_kalem.protocol.guest.add"]
            .with_user(self.protocol)
            .create({"event_id": event.id})
        )
        wizard.action_add()
        return event.guest_ids


class ExpenseCase(ProtocolCase):
    """An open representation appropriation of 2031 (ağırlama and tören
    lines), a supplier and an official guest; ``_expense`` drafts one."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        office = cls.env["hr.department"].create(
            {"name": "Özel Kalem (test)", "is_office_unit": True}
        )
        cls.env["hr.employee"].create(
            {
                "name": "Protokol Memuru",
                "user_id": cls.protocol.id,
                "department_id": office.id,
            }
        )
        cls.other_unit = cls.env["hr.department"].create({"name": "Fen İşleri"})
        account = cls.env["account.account"].search(
            [
                ("account_type", "=", "expense"),
                ("company_ids", "in", cls.env.company.id),
            ],
            limit=1,
        )
        Code = cls.env["ozel_kalem.budget.code"]
        cls.code_temsil = cls.env.ref("ozel_kalem_protocol.budget_code_03610")
        cls.code_toren = cls.env.ref("ozel_kalem_protocol.budget_code_03690")
        (cls.code_temsil | cls.code_toren).write({"account_id": account.id})
        cls.code_travel = cls.env.ref("ozel_kalem_protocol.budget_code_033")
        cls.appropriation = (
            cls.env["ozel_kalem.appropriation"]
            .with_user(cls.protocol_manager)
            .create(
                {
                    "fiscal_year": 2031,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "budget_code_id": cls.code_temsil.id,
                                "category": "agirlama",
                                "amount_initial": 50000,
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "budget_code_id": cls.code_toren.id,
                                "category": "toren",
                                "amount_initial": 30000,
                            },
                        ),
                    ],
                }
            )
        )
        cls.appropriation.action_open()
        cls.line_agirlama, cls.line_toren = cls.appropriation.line_ids.sorted(
            lambda line: line.budget_code_id.code
        )
        cls.supplier = cls.env["res.partner"].create({"name": "Kuzeykent Lokantası"})
        cls.guest = (
            cls.env["ozel_kalem.official.guest"]
            .with_user(cls.protocol)
            .create(
                {
                    "name": "Batum heyeti",
                    "partner_id": cls.env["res.partner"]
                    .create({"name": "Giorgi Beridze"})
                    .id,
                    "origin": "Batum",
                    "arrival": "2031-03-01 09:00:00",
                    "departure": "2031-03-02 09:00:00",
                }
            )
        )
        cls.reviewer2 = new_test_user(
            cls.env,
            login="prt_finance2",
            groups="ozel_kalem_protocol.group_finance_reviewer",
        )
        Code.flush_model()

    def _expense(self, attach=True, **values):
        expense = (
            self.env["ozel_kalem.hospitality.expense"]
            .with_user(self.protocol)
            .create(
                {
                    "category": "agirlama",
                    "expense_type": "banquet",
                    "beneficiary": "guest",
                    "occasion": "visit",
                    "purpose": "Kardeş şehir Batum heyetine verilen akşam yemeği",
                    "appropriation_line_id": self.line_agirlama.id,
                    "official_guest_id": self.guest.id,
                    "guest_count": 12,
                    "amount": 8000,
                    "partner_id": self.supplier.id,
                    "date": "2031-03-01",
                    **values,
                }
            )
        )
        if attach:
            self.env["ir.attachment"].create(
                {
                    "name": "fatura.pdf",
                    "raw": b"%PDF fatura",
                    "res_model": expense._name,
                    "res_id": expense.id,
                }
            )
        return expense

    def _amounts(self, record):
        record.invalidate_recordset()
        return (
            record.amount_total if "amount_total" in record else record.amount,
            record.amount_committed,
            record.amount_booked,
            record.amount_available,
        )
