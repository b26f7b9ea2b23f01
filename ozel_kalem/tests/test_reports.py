# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Printed documents come out as real PDFs, in Turkish.

wkhtmltopdf fetches the report's CSS from the running server, so real PDFs
are rendered only in an HttpCase (in a TransactionCase it would wait for
ever on the registry lock)."""

import shutil
import subprocess
import unittest
from datetime import datetime, timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.models.ir_qweb import QWebException
from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT
from odoo.addons.ozel_kalem.tools.pdf_pages import wkhtmltopdf_prints_footers


def pdf_pages(pdf):
    result = subprocess.run(
        ["pdfinfo", "-"], input=pdf, capture_output=True, check=True
    )
    pages = [
        line
        for line in result.stdout.decode().splitlines()
        if line.startswith("Pages:")
    ]
    return int(pages[0].split()[1])


@tagged("post_install", "-at_install")
@unittest.skipUnless(shutil.which("pdfinfo"), "poppler-utils is not installed")
class TestReports(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        unit = cls.env["hr.department"].create(
            {"name": "Sekreterya", "is_office_unit": True}
        )
        cls.chief = new_test_user(
            cls.env, login="report_chief", groups="ozel_kalem.group_chief"
        )
        cls.holder = cls.env["hr.employee"].create(
            {"name": "Zeynep Şahin", "department_id": unit.id}
        )
        cls.successor = cls.env["hr.employee"].create(
            {"name": "Gökhan Işık", "department_id": unit.id}
        )
        category = cls.env.ref("ozel_kalem.asset_category_computers")
        cls.asset = cls.env["ozel_kalem.asset"].create(
            {
                "name": "Dizüstü bilgisayar",
                "category_id": category.id,
                "location": "Oda 3",
            }
        )
        cls.env["ozel_kalem.asset.assignment"].create(
            {"asset_id": cls.asset.id, "employee_id": cls.holder.id}
        )

    def _render(self, report, records, user=None):
        """Render a real PDF, and the same document's HTML to read its text:
        the report font (Lato) carries no text layer that pdftotext reads."""
        Report = (
            self.env["ir.actions.report"]
            .with_user(user or self.chief)
            .with_context(force_report_rendering=True, lang="tr_TR")
        )
        pdf, kind = Report._render_qweb_pdf(report, records.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        self.assertGreaterEqual(pdf_pages(pdf), 1)
        html, __ = Report._render_qweb_html(report, records.ids)
        return html.decode()

    def test_count_list(self):
        count = self.env["ozel_kalem.asset.count"].create(
            {"year": 2032, "committee_ids": [(6, 0, self.holder.ids)]}
        )
        count.action_start()
        text = self._render("ozel_kalem.ozel_kalem_asset_count_report_action", count)
        self.assertIn("Sicil No", text)
        self.assertIn(self.asset.code, text)
        self.assertIn("Dizüstü bilgisayar", text)
        self.assertIn("Zeynep Şahin", text)

    def test_handover_record(self):
        handover = self.env["ozel_kalem.handover"].create(
            {"employee_id": self.holder.id, "successor_id": self.successor.id}
        )
        handover.action_load_items()
        text = self._render("ozel_kalem.ozel_kalem_handover_report_action", handover)
        self.assertIn("Devir-Teslim Tutanağı", text)
        self.assertIn("Gökhan Işık", text)
        self.assertIn("Dizüstü bilgisayar", text)

    def test_programme(self):
        mayor = new_test_user(
            self.env,
            login="report_mayor",
            groups="ozel_kalem.group_mayor",
            name="Ahmet Başkan",
            tz="Europe/Istanbul",
        )
        for name, start in (
            ("Muhtarlar toplantısı", datetime(2031, 5, 7, 7)),
            ("Kütüphane açılışı", datetime(2031, 5, 9, 11)),
            ("Gelecek haftanın töreni", datetime(2031, 5, 12, 7)),
        ):
            self.env["calendar.event"].create(
                {
                    "name": name,
                    "start": start,
                    "stop": start + timedelta(hours=1),
                    "location": "Belediye Sarayı",
                    "partner_ids": [(6, 0, mayor.partner_id.ids)],
                }
            )
        Wizard = self.env["ozel_kalem.programme.print"].with_user(self.chief)
        day = Wizard.create(
            {"user_ids": [(6, 0, mayor.ids)], "date_from": "2031-05-07"}
        )
        self.assertEqual(
            day.action_print()["report_name"], "ozel_kalem.ozel_kalem_programme_report"
        )
        text = self._render("ozel_kalem.ozel_kalem_programme_report_action", day)
        self.assertIn("Günlük Program", text)
        self.assertIn("Ahmet Başkan", text)
        self.assertIn("10:00 – 11:00", text)
        self.assertIn("Muhtarlar toplantısı", text)
        self.assertNotIn("Kütüphane açılışı", text)
        week = Wizard.create(
            {
                "user_ids": [(6, 0, mayor.ids)],
                "date_from": "2031-05-09",
                "period": "week",
            }
        )
        text = self._render("ozel_kalem.ozel_kalem_programme_report_action", week)
        self.assertIn("Haftalık Program", text)
        self.assertIn("Muhtarlar toplantısı", text)
        self.assertIn("Kütüphane açılışı", text)
        self.assertNotIn("Gelecek haftanın töreni", text)

    def test_official_letter(self):
        director = new_test_user(
            self.env, login="report_director", groups="ozel_kalem.group_director"
        )
        mayor = new_test_user(
            self.env,
            login="report_mayor_letter",
            groups="ozel_kalem.group_mayor",
            name="Ahmet Yılmaz",
        )
        self.env.company.write(
            {
                "ozel_kalem_mayor_id": mayor.id,
                "ozel_kalem_detsis": "67915368",
                "ozel_kalem_letterhead": "KUZEYKENT BELEDİYE BAŞKANLIĞI",
            }
        )
        # No paraf chain here: the test is about the printed letter.
        self.env["tier.definition"].search(
            [("model", "=", "ozel_kalem.document")]
        ).active = False
        letter = self.env["ozel_kalem.document"].create(
            {
                "direction": "outgoing",
                "name": "Cumhuriyet Bayramı resepsiyonu",
                "partner_id": self.env["res.partner"].create({"name": "Valilik"}).id,
                "addressee": "KUZEYKENT VALİLİĞİNE",
                "file_code_id": self.env.ref("ozel_kalem.file_code_010_06_02").id,
                "security_level": "gizli",
                "urgency": "acele",
                "reference_text": "a yazı\nb yazı",
                "body": "<p>Resepsiyon programı ekte sunulmuştur.</p>",
                "annex_text": "Program\nDavetli listesi",
                "distribution_action": "Kuzeykent Valiliği",
                "distribution_info": "Protokol Müdürlüğü",
            }
        )
        letter.with_user(mayor).action_sign()
        text = self._render(
            "ozel_kalem.ozel_kalem_letter_report_action", letter, user=director
        )
        for expected in (
            "T.C.",
            "KUZEYKENT BELEDİYE BAŞKANLIĞI",
            f"Sayı : {letter.registration_number}",
            letter.date_signed.strftime("%d.%m.%Y"),
            "Konu : Cumhuriyet Bayramı resepsiyonu",
            "KUZEYKENT VALİLİĞİNE",
            "a) a yazı",
            "b) b yazı",
            "Ahmet YILMAZ",
            "Belediye Başkanı",
            "Ekler:",
            "2- Davetli listesi",
            "Gereği:",
            "Bilgi:",
            "GİZLİ",
            "ACELE",
        ):
            self.assertIn(expected, text)
        # Printing a classified letter is written to the access ledger.
        printed = self.env["ozel_kalem.access.log"].search(
            [("res_id", "=", letter.id), ("action", "=", "print")]
        )
        self.assertEqual(printed.user_id, director)

    def test_registers(self):
        receiver = new_test_user(
            self.env, login="report_receiver", groups="base.group_user"
        )
        partner = self.env["res.partner"].create({"name": "Kaymakamlık"})
        Document = self.env["ozel_kalem.document"]
        plain = Document.create(
            {
                "name": "Bayram programı",
                "partner_id": partner.id,
                "sender_reference": "E-12345678-010.06.02-2231",
                "routing_ids": [(0, 0, {"user_id": receiver.id})],
            }
        )
        secret = Document.create(
            {
                "name": "Güvenlik önlemleri",
                "partner_id": partner.id,
                "security_level": "gizli",
            }
        )
        (plain | secret).action_register()
        plain.action_route()
        plain.routing_ids.with_user(receiver).action_acknowledge()
        Wizard = self.env["ozel_kalem.register.print"].with_user(self.chief)
        register = Wizard.create({"kind": "incoming"})
        text = self._render("ozel_kalem.ozel_kalem_register_report_action", register)
        self.assertIn("Gelen Evrak Defteri", text)
        self.assertIn(plain.registration_number, text)
        self.assertIn("Bayram programı", text)
        self.assertIn("E-12345678-010.06.02-2231", text)
        # The classified document has its row in the register, with its date
        # and mark only: neither its number nor its subject.
        self.assertNotIn(secret.registration_number, text)
        self.assertNotIn("Güvenlik önlemleri", text)
        self.assertIn("— GİZLİ —", text)
        receipts = Wizard.create({"kind": "receipt"})
        text = self._render("ozel_kalem.ozel_kalem_register_report_action", receipts)
        self.assertIn("Zimmet Defteri", text)
        self.assertIn(receiver.name, text)
        self.assertEqual(
            register.with_user(self.chief).action_print()["type"], "ir.actions.report"
        )

    def test_meeting_minutes(self):
        """The minutes print as a tutanak: number, subject, time and place,
        chair, participants, the minutes and the decisions, marked with their
        classification; whoever may not read the meeting cannot print it."""
        outsider = new_test_user(
            self.env, login="report_outsider", groups="ozel_kalem.group_user"
        )
        guest = self.env["res.partner"].create({"name": "Meclis Üyesi Ali Kaya"})
        meeting = self.env["ozel_kalem.meeting"].create(
            {
                "name": "Kış hazırlıkları",
                "chair_id": self.chief.id,
                "start": "2031-05-05 07:00:00",
                "stop": "2031-05-05 08:00:00",
                "location": "Toplantı Salonu",
                "classification": "hizmete_ozel",
                "user_ids": [(6, 0, self.chief.ids)],
                "partner_ids": [(6, 0, guest.ids)],
                "minutes": "<p>Tuz stoku yeterli.</p>",
                "decision_ids": [(0, 0, {"name": "Kar araçlarının bakımı yapılacak."})],
            }
        )
        text = self._render("ozel_kalem.ozel_kalem_meeting_report_action", meeting)
        for expected in (
            "TOPLANTI TUTANAĞI",
            meeting.number,
            "Kış hazırlıkları",
            "05.05.2031 10:00",
            "Toplantı Salonu",
            "Meclis Üyesi Ali Kaya",
            "Tuz stoku yeterli.",
            "Kar araçlarının bakımı yapılacak.",
            "HİZMETE ÖZEL",
            "Taslak: onaylanmadı",
        ):
            with self.subTest(expected=expected):
                self.assertIn(expected, text)
        # Refused while the report reads the meeting: an access error, which
        # the template engine may wrap.
        self.env.invalidate_all()
        try:
            self._render(
                "ozel_kalem.ozel_kalem_meeting_report_action", meeting, user=outsider
            )
        except (AccessError, QWebException) as error:
            refusal = error
        else:
            self.fail("An outsider printed classified minutes.")
        self.assertIsInstance(refusal.__cause__ or refusal, AccessError)

    def test_registers_numbered_pages(self):
        """Every page of a register says its number and the count, in the
        PDF itself, whatever wkhtmltopdf the server has."""
        partner = self.env["res.partner"].create({"name": "Valilik"})
        documents = self.env["ozel_kalem.document"].create(
            [
                {"name": f"Yazı {number}", "partner_id": partner.id}
                for number in range(120)
            ]
        )
        documents.action_register()
        register = (
            self.env["ozel_kalem.register.print"]
            .with_user(self.chief)
            .create({"kind": "incoming"})
        )
        pdf, __ = (
            self.env["ir.actions.report"]
            .with_user(self.chief)
            .with_context(force_report_rendering=True, lang="tr_TR")
            ._render_qweb_pdf(
                "ozel_kalem.ozel_kalem_register_report_action", register.ids
            )
        )
        pages = pdf_pages(pdf)
        self.assertGreater(pages, 1)
        if wkhtmltopdf_prints_footers():
            return  # numbered by the layout's header, as Odoo does
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        for page in range(1, pages + 1):
            self.assertIn(f"Sayfa {page} / {pages}", text)

    def test_cover_sheet_and_qr_receipt(self):
        receiver = new_test_user(
            self.env, login="qr_receiver", groups="base.group_user"
        )
        other = new_test_user(self.env, login="qr_other", groups="base.group_user")
        document = self.env["ozel_kalem.document"].create(
            {
                "name": "Bayram programı",
                "partner_id": self.env["res.partner"].create({"name": "Valilik"}).id,
                "routing_ids": [(0, 0, {"user_id": receiver.id, "note": "Gereği"})],
            }
        )
        document.action_register()
        document.action_route()
        routing = document.routing_ids
        text = self._render("ozel_kalem.ozel_kalem_cover_sheet_report_action", document)
        self.assertIn(document.registration_number, text)
        self.assertIn("data:image/png;base64,", text)
        url = routing._receipt_url().split("/ozel-kalem/", 1)[1]
        # A wrong secret is not found; someone else is refused; the receiver
        # scanning the code acknowledges.
        self.authenticate("qr_receiver", "qr_receiverx")
        self.assertEqual(
            self.url_open(f"/ozel-kalem/zimmet/{routing.id}/x").status_code, 404
        )
        self.authenticate("qr_other", "qr_otherx")
        response = self.url_open(f"/ozel-kalem/{url}")
        self.assertIn("alert-warning", response.text)
        self.assertFalse(routing.acknowledged_date)
        self.authenticate("qr_receiver", "qr_receiverx")
        response = self.url_open(f"/ozel-kalem/{url}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(routing.acknowledged_by, receiver)
        self.assertNotEqual(other, routing.acknowledged_by)

    def test_citizen_answer_letter(self):
        citizen = self.env["res.partner"].create(
            {"name": "Deniz Akgündüz", "street": "Gül Sokak 12", "city": "Kuzeykent"}
        )
        request = self.env["ozel_kalem.citizen.request"].create(
            {
                "name": "Kaldırım onarımı",
                "partner_id": citizen.id,
                "request_type": "petition",
                "date_received": "2031-03-03",
                "department_id": self.env["hr.department"].create({"name": "Fen"}).id,
            }
        )
        request.action_route()
        request.answer = "<p>Kaldırımınız bu hafta onarılacaktır.</p>"
        request.with_user(self.chief).action_answer()
        text = self._render(
            "ozel_kalem.ozel_kalem_citizen_answer_report_action", request
        )
        self.assertIn("T.C.", text)
        self.assertIn(f"Sayı : {request.number}", text)
        self.assertIn("Sayın Deniz Akgündüz", text)
        self.assertIn("Gül Sokak 12", text)
        self.assertIn(f"03.03.2031 tarihli ve {request.number} sayılı", text)
        self.assertIn("bu hafta onarılacaktır", text)
        self.assertIn(self.chief.name, text)
        # A private person is not "requested" (rica) anything: the closing of
        # art. 16/12 for private persons, the company's choice of the two.
        self.assertIn("Bilgilerinize sunulur.", text)
        self.assertNotIn("rica ederim", text)
        request.company_id.ozel_kalem_private_closing = "saygilarimla"
        text = self._render(
            "ozel_kalem.ozel_kalem_citizen_answer_report_action", request
        )
        self.assertIn("Saygılarımla.", text)

    def test_activity_report(self):
        director = new_test_user(
            self.env, login="report_director", groups="ozel_kalem.group_director"
        )
        self.env["ozel_kalem.visit"].create(
            {
                "visitor_name": "Ziyaretçi",
                "purpose": "Görüşme",
                "arrival": "2031-03-01 09:00:00",
            }
        )
        wizard = (
            self.env["ozel_kalem.activity.report"]
            .with_user(director)
            .create({"year": 2031})
        )
        self.assertEqual(wizard.action_print()["type"], "ir.actions.report")
        text = self._render(
            "ozel_kalem.ozel_kalem_activity_report_action", wizard, user=director
        )
        self.assertIn("2031 Yılı Faaliyet Raporu", text)
        self.assertIn("Ziyaretçiler", text)
