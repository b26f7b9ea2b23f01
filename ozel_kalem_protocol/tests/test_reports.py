# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Invitations, address labels, seating plan, place cards and thank-you
letters come out as real PDFs (rendered in an HttpCase: wkhtmltopdf reads
the report's CSS from the running server)."""

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


@tagged("post_install", "-at_install")
class TestProtocolReports(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.protocol = new_test_user(
            cls.env,
            login="prt_report",
            groups="ozel_kalem_protocol.group_protocol_manager",
        )
        Partner = cls.env["res.partner"]
        protocol_list = cls.env["ozel_kalem.protocol.list"].create(
            {
                "name": "Rapor listesi",
                "position_ids": [
                    (
                        0,
                        0,
                        {
                            "name": office,
                            "rank": rank,
                            "holder_partner_id": Partner.create(
                                {
                                    "name": name,
                                    "street": "Atatürk Cad. 1",
                                    "city": "Kuzeykent",
                                }
                            ).id,
                        },
                    )
                    for rank, (office, name) in enumerate(
                        (
                            ("Vali", "Ali Rıza Kaya"),
                            ("Rektör", "Selin Aras"),
                            ("Kaymakam", "Oğuz Çelik"),
                        ),
                        start=1,
                    )
                ],
            }
        )
        cls.event = cls.env["ozel_kalem.protocol.event"].create(
            {
                "name": "Cumhuriyet Bayramı Resepsiyonu",
                "date_begin": "2031-10-29 16:00:00",
                "date_end": "2031-10-29 18:00:00",
                "location": "Belediye Sarayı",
                "host_partner_id": Partner.create({"name": "Başkan Deniz Er"}).id,
                "guest_ids": [
                    (
                        0,
                        0,
                        {
                            "partner_id": p.holder_partner_id.id,
                            "position_id": p.id,
                            "speaks": True,
                        },
                    )
                    for p in protocol_list.position_ids
                ],
            }
        )
        cls.event.action_compute_seating()

    def _render(self, report, records):
        Report = (
            self.env["ir.actions.report"]
            .with_user(self.protocol)
            .with_context(force_report_rendering=True, lang="tr_TR")
        )
        pdf, kind = Report._render_qweb_pdf(report, records.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        html, __ = Report._render_qweb_html(report, records.ids)
        return html.decode()

    def test_invitations_and_labels(self):
        guests = self.event.guest_ids
        self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_label_report_action", guests
        )
        self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_invitation_report_action",
            guests[:1],
        )
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_invitation_report_action", guests
        )
        self.assertIn("DAVETİYE", text)
        self.assertIn("Sayın Ali Rıza Kaya", text)
        self.assertIn("29.10.2031 19:00", text)  # Turkish time
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_label_report_action", guests
        )
        self.assertIn("Sayın Oğuz Çelik", text)
        self.assertIn("Atatürk Cad. 1", text)

    def test_seating_plan_and_place_cards(self):
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_seating_report_action", self.event
        )
        self.assertIn("Oturma Planı", text)
        # Vali at the host's right 1, Rektör at the left 1, Kaymakam at the
        # right 2: the hall sees Kaymakam, Vali, the host, Rektör.
        order = [
            text.index(name)
            for name in ("Oğuz Çelik", "Ali Rıza Kaya", "Başkan Deniz Er", "Selin Aras")
        ]
        self.assertEqual(order, sorted(order))
        self.assertIn("Konuşma Sırası", text)
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_place_card_report_action",
            self.event,
        )
        self.assertIn("Selin Aras", text)

    def test_thank_you_letters(self):
        courtesies = self.env["ozel_kalem.courtesy"].create(
            [
                {
                    "courtesy_type": kind,
                    "direction": "received",
                    "partner_id": self.env["res.partner"].create({"name": name}).id,
                    "occasion": "Cumhuriyet Bayramı",
                }
                for kind, name in (
                    ("wreath", "Kuzeykent Barosu"),
                    ("message", "Sevgi Derneği"),
                )
            ]
        )
        courtesies.action_thank()
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_protocol_thanks_report_action", courtesies
        )
        self.assertIn("Sayın Kuzeykent Barosu", text)
        self.assertIn(
            "Cumhuriyet Bayramı vesilesiyle göndermiş olduğunuz çelenginiz için", text
        )
        self.assertIn("Sayın Sevgi Derneği", text)

    def test_audit_file(self):
        code = self.env.ref("ozel_kalem_protocol.budget_code_03610")
        code.account_id = self.env["account.account"].search(
            [
                ("account_type", "=", "expense"),
                ("company_ids", "in", self.env.company.id),
            ],
            limit=1,
        )
        appropriation = self.env["ozel_kalem.appropriation"].create(
            {
                "fiscal_year": 2031,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "budget_code_id": code.id,
                            "category": "temsil",
                            "amount_initial": 40000,
                        },
                    )
                ],
            }
        )
        appropriation.action_open()
        expense = self.env["ozel_kalem.hospitality.expense"].create(
            {
                "category": "temsil",
                "expense_type": "award",
                "beneficiary": "citizen",
                "occasion": "success",
                "purpose": "Türkiye şampiyonu güreşçilere plaket",
                "appropriation_line_id": appropriation.line_ids.id,
                "amount": 4500,
                "partner_id": self.env["res.partner"]
                .create({"name": "Kupa Plaket Ltd."})
                .id,
                "date": "2031-06-15",
                "spending_unit_id": self.env["hr.department"]
                .create({"name": "Özel Kalem (rapor)", "is_office_unit": True})
                .id,
            }
        )
        self.env["ir.attachment"].create(
            {
                "name": "plaket-fatura.pdf",
                "raw": b"%PDF",
                "res_model": expense._name,
                "res_id": expense.id,
            }
        )
        expense.action_submit()
        expense.action_approve()
        expense.action_book()
        wizard = (
            self.env["ozel_kalem.audit.file.print"]
            .with_user(self.protocol)
            .create(
                {
                    "appropriation_id": appropriation.id,
                    "date_from": "2031-01-01",
                    "date_to": "2031-12-31",
                }
            )
        )
        self.assertEqual(wizard.action_print()["type"], "ir.actions.report")
        text = self._render(
            "ozel_kalem_protocol.ozel_kalem_audit_file_report_action", wizard
        )
        self.assertIn("Denetim Dosyası", text)
        self.assertIn(expense.number, text)
        self.assertIn("Türkiye şampiyonu güreşçilere plaket", text)
        self.assertIn("plaket-fatura.pdf", text)
        self.assertIn(expense.move_id.name, text)
