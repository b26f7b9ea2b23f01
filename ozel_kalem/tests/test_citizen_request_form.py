# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import re
import zipfile

from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common_public_forms import (
    CONTROL_CHARACTERS,
    NOT_ALLOWED,
    TOO_LONG,
    WILDCARD_EMAILS,
    PublicFormCase,
)

FORM = "/ozel-kalem/basvuru"
LIMITS = {"name": 100, "email": 254, "phone": 32, "tckn": 11, "subject": 200}
NOT_ACCEPTED = "kabul edilen bir dosya değil"


def zip_file(entries):
    """A zip archive (an Office or OpenDocument file) of ``entries``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(0x200, b"\x00") + b"\xec\xa5\xc1\x00"
DOCX = zip_file({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})
ODT = zip_file({"mimetype": "application/vnd.oasis.opendocument.text"})


@tagged("post_install", "-at_install")
class TestCitizenRequestForm(PublicFormCase):
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
        # A comment with a NUL or of 1 MB is refused, and nothing recorded.
        for note in ("Eksik\x00", "x" * 1_000_000):
            response = self.url_open(
                f"{status}/memnuniyet",
                data={"csrf_token": token, "satisfaction": "satisfied", "note": note},
            )
            self.assertEqual(response.status_code, 200)
            self.assertIn("Yorumunuz", response.text)
            self.assertFalse(citizen_request.satisfaction)
        # Without the CSRF token, nothing either.
        with mute_logger("odoo.http"):
            response = self.url_open(
                f"{status}/memnuniyet", data={"satisfaction": "satisfied"}
            )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(citizen_request.satisfaction)
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

    def test_wildcard_emails_never_attach_to_another_contact(self):
        """Issue 21: "%@%" or "baskan%@%" matched any contact (=ilike)."""
        existing = self.env["res.partner"].with_context(active_test=False).search([])
        for email in WILDCARD_EMAILS:
            with self.subTest(email=email):
                self._reset_rate_limit()
                self._post(email=email, subject=f"Joker {email}")
                citizen_request = self.env["ozel_kalem.citizen.request"].search(
                    [("name", "=", f"Joker {email}")]
                )
                self.assertNotIn(citizen_request.partner_id, existing)
        self._reset_rate_limit()
        self._post(email=" bilgi@BELEDIYE.example.tr  ", subject="Tam adres")
        citizen_request = self.env["ozel_kalem.citizen.request"].search(
            [("name", "=", "Tam adres")]
        )
        self.assertEqual(citizen_request.partner_id, self.municipality)

    def test_long_values_and_control_characters_store_nothing(self):
        """Issue 21: a 1 MB name or a NUL gave HTTP 500."""
        before = self._rows()
        cases = [("text", "x" * 5001, TOO_LONG), ("text", "ş" * 1_000_000, TOO_LONG)]
        cases += [("text", f"a{char}b", NOT_ALLOWED) for char in CONTROL_CHARACTERS]
        for field, limit in LIMITS.items():
            cases += [
                (field, "1" * (limit + 1), TOO_LONG),
                (field, "ş" * 1_000_000, TOO_LONG),
                (field, "Ali\nVeli", NOT_ALLOWED),
            ]
            cases += [(field, f"1{char}2", NOT_ALLOWED) for char in CONTROL_CHARACTERS]
        cases.append(("request_type", "x" * 1_000_000, "türünü seçin"))
        for field, value, message in cases:
            with self.subTest(field=field, value=value[:12]):
                response = self._post(**{field: value})
                self.assertEqual(response.status_code, 200)
                self.assertIn(message, response.text)
                self.assertLess(len(response.content), 100_000)
        for field in ("name", "text", "tckn"):
            response = self._post(files={field: ("alan.txt", b"metin")})
            self.assertEqual(response.status_code, 200)
            self.assertIn("geçerli değil", response.text)
        self.assertEqual(self._rows(), before)

    def test_uploads_of_accepted_types_only(self):
        """Issue 21: too many, too large and wrong-typed files are refused
        (the type is read from the content, not only from the name)."""
        before = self._rows()
        refused = {
            "program.exe": b"MZ\x90\x00" + b"\x00" * 64,
            "sayfa.html": b"<html><script>alert(1)</script></html>",
            "resim.svg": b"<svg onload='alert(1)'></svg>",
            "not.txt": b"Sadece metin",
            "sahte.pdf": PNG,
            "sahte.png": PDF,
            "sahte.jpg": b"GIF89a" + b"\x00" * 16,
            "bozuk.docx": b"PK\x03\x04bozuk",
            "tablo.docx": zip_file({"[Content_Types].xml": "<T/>", "xl/a.xml": "<x/>"}),
            "buyuk.odt": zip_file({"mimetype": "x" * 100_000}),
            "bos.pdf": b"",
            "uzantisiz": PDF,
        }
        for name, content in refused.items():
            with self.subTest(file=name):
                response = self._post(files={"attachments": (name, content)})
                self.assertEqual(response.status_code, 200)
                self.assertIn(NOT_ACCEPTED, response.text)
        response = self._post(
            files=[("attachments", (f"dosya{n}.pdf", PDF)) for n in range(4)]
        )
        self.assertIn("En çok 3 dosya", response.text)
        self.assertEqual(self._rows(), before)
        # The accepted types, by name and content; a name is stored without
        # its folders.
        self._post(
            subject="Ekli başvuru 1",
            files=[
                ("attachments", ("C:\\belgeler\\dilekce.PDF", PDF)),
                ("attachments", ("foto.jpeg", JPEG)),
                ("attachments", ("plan.png", PNG)),
            ],
        )
        self._post(
            subject="Ekli başvuru 2",
            files=[
                ("attachments", ("eski.doc", DOC)),
                ("attachments", ("yeni.docx", DOCX)),
                ("attachments", ("acik.odt", ODT)),
            ],
        )
        attachments = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "ozel_kalem.citizen.request"),
                ("res_id", "in", self._requests().ids),
            ]
        )
        self.assertEqual(
            sorted(attachments.mapped("name")),
            sorted(
                [
                    "dilekce.PDF",
                    "foto.jpeg",
                    "plan.png",
                    "eski.doc",
                    "yeni.docx",
                    "acik.odt",
                ]
            ),
        )

    def test_wrong_methods_csrf_and_tokens(self):
        self._post()
        citizen_request = self._requests()
        status = f"{FORM}/{citizen_request.id}/{citizen_request.access_token}"
        for url in (FORM, status, f"{status}/memnuniyet", f"{status}/cevap"):
            for method in ("PUT", "DELETE", "PATCH"):
                with self.subTest(url=url, method=method):
                    response = self.opener.request(
                        method, self.base_url() + url, timeout=30
                    )
                    self.assertEqual(response.status_code, 405)
        before = self._rows()
        self._csrf_token(FORM)
        data = {"name": "Kemal Yıldırımoğlu", "subject": "S", "text": "T", "kvkk": "1"}
        for token in (None, "", "yanlis"):
            with self.subTest(token=token), mute_logger("odoo.http"):
                extra = {} if token is None else {"csrf_token": token}
                response = self.url_open(FORM, data={**data, **extra})
                self.assertEqual(response.status_code, 400)
        self.assertEqual(self._rows(), before)
        # Tokens of other characters than ASCII, too long, or of no request.
        for token in ("ç" * 32, "%00", "x" * 10_000, citizen_request.access_token[:-1]):
            with self.subTest(token=token[:8]):
                response = self.url_open(f"{FORM}/{citizen_request.id}/{token}")
                self.assertEqual(response.status_code, 404)
