# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from odoo.tests import HttpCase, new_test_user, tagged

FORM = "/ozel-kalem/basvuru"


@tagged("post_install", "-at_install")
class TestCitizenRequestForm(HttpCase):
    """A citizen sends a request without an account, then follows it."""

    def _post(self, files=None, **values):
        page = self.url_open(FORM)
        self.assertEqual(page.status_code, 200)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        data = {
            "csrf_token": token,
            "name": "Kemal Yıldırımoğlu",
            "email": "kemal.yildirimoglu@example.com",
            "phone": "0532 555 12 34",
            "tckn": "10000000146",
            "request_type": "information",
            "subject": "Park ihalesi bilgileri",
            "text": "Yenimahalle parkı ihalesinin bedelini öğrenmek istiyorum.",
            "kvkk": "1",
        }
        data.update(values)
        return self.url_open(FORM, data=data, files=files)

    def _requests(self):
        return self.env["ozel_kalem.citizen.request"].search(
            [("partner_id.name", "=", "Kemal Yıldırımoğlu")]
        )

    def test_valid_request_and_status_link(self):
        response = self._post(files={"attachments": ("dilekce.pdf", b"%PDF dilekce")})
        self.assertEqual(response.status_code, 200)
        citizen_request = self._requests()
        self.assertEqual(len(citizen_request), 1)
        self.assertEqual(
            (citizen_request.channel, citizen_request.request_type),
            ("web", "information"),
        )
        self.assertEqual(citizen_request.sudo().tckn, "10000000146")
        self.assertTrue(citizen_request.date_deadline)
        self.assertIn(citizen_request.number, response.text)
        attachment = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "ozel_kalem.citizen.request"),
                ("res_id", "=", citizen_request.id),
            ]
        )
        self.assertEqual(attachment.raw, b"%PDF dilekce")
        link = re.search(r'href="[^"]*(/ozel-kalem/basvuru/\d+/[^"]+)"', response.text)
        status = self.url_open(link.group(1))
        self.assertEqual(status.status_code, 200)
        self.assertIn("Park ihalesi bilgileri", status.text)
        # Nothing for anybody else: a wrong token, another request's token.
        other = self.env["ozel_kalem.citizen.request"].create(
            {"name": "Başkasının başvurusu", "partner_id": self.env.user.partner_id.id}
        )
        other._portal_ensure_token()
        for url in (
            f"{FORM}/{citizen_request.id}/wrong",
            f"{FORM}/{citizen_request.id}/{other.access_token}",
            f"{FORM}/{other.id}/{citizen_request.access_token}",
        ):
            with self.subTest(url=url):
                response = self.url_open(url)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("Park ihalesi", response.text)
                self.assertNotIn("Başkasının", response.text)

    def test_malformed_and_oversized_store_nothing(self):
        cases = (
            ({"kvkk": ""}, "Aydınlatma metnini"),
            ({"tckn": "12345678901"}, "TC Kimlik No geçerli değil"),
            ({"email": "yanlis", "phone": ""}, "E-posta adresi geçerli değil"),
            ({"text": "x" * 5001}, "en çok 5000"),
            ({"subject": ""}, "Konuyu yazın"),
            ({"request_type": "cimer"}, "türünü seçin"),
        )
        for values, message in cases:
            with self.subTest(values=list(values)):
                response = self._post(**values)
                self.assertEqual(response.status_code, 200)
                self.assertIn(message, response.text)
        response = self._post(
            files={"attachments": ("buyuk.pdf", b"0" * (5 * 1024 * 1024 + 1))}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("5 MB", response.text)
        self.assertFalse(self._requests())
        self.assertFalse(
            self.env["res.partner"].search([("name", "=", "Kemal Yıldırımoğlu")])
        )

    def test_rapid_fire_and_robots(self):
        self._post(website="http://spam.example.com")
        self.assertFalse(self._requests())
        for index in range(4):
            response = self._post(subject=f"Başvuru {index}")
            self.assertEqual(response.status_code, 200)
        self.assertEqual(len(self._requests()), 3)
        self.assertIn(
            "try again later".replace("try again later", "daha sonra"), response.text
        )

    def test_answer_letter_and_satisfaction_on_status_link(self):
        self._post()
        citizen_request = self._requests()
        status = f"{FORM}/{citizen_request.id}/{citizen_request.access_token}"
        letter = f"{status}/cevap"
        # No answer yet: no letter, no opinion asked.
        self.assertEqual(self.url_open(letter).status_code, 404)
        self.assertNotIn("memnuniyet", self.url_open(status).text)
        responsible = new_test_user(
            self.env, login="cit_form_resp", groups="ozel_kalem.group_user"
        )
        citizen_request.write(
            {
                "department_id": self.env["hr.department"].create({"name": "Fen"}).id,
                "user_id": responsible.id,
                "answer": "<p>İhale bedeli 1.250.000 TL'dir.</p>",
            }
        )
        citizen_request.action_route()
        citizen_request.with_user(responsible).action_answer()
        # The letter (HTML in test mode) for the citizen, 404 for a wrong token.
        response = self.url_open(letter)
        self.assertEqual(response.status_code, 200)
        self.assertIn("1.250.000", response.text)
        self.assertIn(
            f"{citizen_request.number}-cevap.pdf",
            response.headers.get("Content-Disposition"),
        )
        self.assertEqual(
            self.url_open(f"{FORM}/{citizen_request.id}/wrong/cevap").status_code, 404
        )
        page = self.url_open(status)
        self.assertIn("memnuniyet", page.text)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        self.url_open(
            f"{status}/memnuniyet",
            data={"csrf_token": token, "satisfaction": "unsatisfied", "note": "Eksik"},
        )
        self.assertEqual(citizen_request.satisfaction, "unsatisfied")
        self.assertEqual(citizen_request.satisfaction_score, 0.0)
        told = citizen_request.message_ids.filtered(
            lambda m: responsible.partner_id in m.partner_ids and "Eksik" in str(m.body)
        )
        self.assertEqual(len(told), 1)
        # Once only; and nothing through a wrong token.
        self.url_open(
            f"{status}/memnuniyet",
            data={"csrf_token": token, "satisfaction": "satisfied"},
        )
        self.assertEqual(citizen_request.satisfaction, "unsatisfied")
        response = self.url_open(
            f"{FORM}/{citizen_request.id}/wrong/memnuniyet",
            data={"csrf_token": token, "satisfaction": "satisfied"},
        )
        self.assertEqual(response.status_code, 404)
        self.assertIn("Memnun değilim", self.url_open(status).text)
