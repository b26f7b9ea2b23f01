# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Issue 21 (public forms): over a thousand malformed or hostile posts to the
citizens' forms and status links.  None may give a server error, store a
row, reach another citizen's contact or request, put markup where the staff
or the citizen read the text, or flood the log."""

import contextlib
import itertools
import logging
from concurrent.futures import ThreadPoolExecutor

import lxml.html
from markupsafe import escape

from odoo.tests import tagged
from odoo.tools import email_normalize

from .common_public_forms import (
    APPOINTMENT,
    CONTROL_CHARACTERS,
    REQUEST,
    PublicFormCase,
)
from .test_citizen_request_form import DOCX, PDF, PNG, zip_file

HOSTILE_TEXTS = (
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(document.cookie)>",
    "javascript:alert(1)",
    "<t t-out=\"env['res.users'].search([])\"/>{{ 7*7 }}",
    "' OR '1'='1' --",
    "'; DROP TABLE res_partner; --",
    "1); SELECT pg_sleep(10); --",
    "%' AND name ILIKE '%",
    "%_%\\%",
    "\u202egnp.exe\u200b",
    "İıĞğŞşÇçÖöÜü 🙂",
)
BAD_EMAILS = (
    "%@%",
    "baskan%@%",
    "_@_._",
    "%",
    "a@b",
    "a@@b.com",
    "<a@b.com>",
    "Ad <a@b.com>",
    "a@b.com, c@d.com",
    "a b@c.com",
    "a@b.c%",
    "@belediye.example.tr",
    "baskan@",
    "' OR 1=1 --@x.com",
    "<script>@x.com",
)
BAD_PHONES = ("12", "abc", "+90 000", "0000000000", "5" * 20, "+1", "0312'--", "%")
BAD_TCKNS = ("12345678901", "abc", "1000000014", "00000000000", "1000000014%")
FORMS = {
    APPOINTMENT: {
        "limits": {
            "name": 100,
            "email": 254,
            "phone": 32,
            "subject": 200,
            "description": 5000,
            "dates": 200,
        },
        "multiline": {"description"},
        "required": ("name", "subject"),
        "valid": {
            "name": "Hasan Demirtaşoğlu",
            "email": "hasan.demirtasoglu@example.com",
            "phone": "0532 555 12 34",
            "subject": "Mahalle ziyareti",
            "description": "Mahallemize bekleriz.",
            "dates": "Cumartesi",
            "kvkk": "1",
        },
        "text": "description",
        "model": "ozel_kalem.appointment",
    },
    REQUEST: {
        "limits": {
            "name": 100,
            "email": 254,
            "phone": 32,
            "tckn": 11,
            "subject": 200,
            "text": 5000,
        },
        "multiline": {"text"},
        "required": ("name", "subject", "text"),
        "valid": {
            "name": "Hasan Demirtaşoğlu",
            "email": "hasan.demirtasoglu@example.com",
            "phone": "0532 555 12 34",
            "tckn": "",
            "request_type": "complaint",
            "subject": "Kaldırım",
            "text": "Kaldırım kırık.",
            "kvkk": "1",
        },
        "text": "text",
        "model": "ozel_kalem.citizen.request",
    },
}


class _Recorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.records.append((record.name, record.levelno, text))


@contextlib.contextmanager
def recorded_logs(*names):
    """The log records of the loggers ``names`` (INFO and above), kept from
    the run's log while the block runs."""
    recorder = _Recorder()
    saved = []
    for name in names:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers[:], logger.propagate, logger.level))
        logger.handlers = [recorder]
        logger.propagate = False
        logger.setLevel(logging.INFO)
    try:
        yield recorder.records
    finally:
        for logger, handlers, propagate, level in saved:
            logger.handlers = handlers
            logger.propagate = propagate
            logger.setLevel(level)


@tagged("post_install", "-at_install")
class TestPublicFormsHostile(PublicFormCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Request = cls.env["ozel_kalem.citizen.request"]
        cls.requests = Request.create(
            [
                {"name": f"Başkasının başvurusu {n}", "partner_id": cls.mayor.id}
                for n in range(2)
            ]
        )
        for citizen_request in cls.requests:
            citizen_request._portal_ensure_token()

    def setUp(self):
        super().setUp()
        self.sent = 0
        self.failures = []
        self.existing = set(
            self.env["res.partner"].with_context(active_test=False).search([]).ids
        )

    # ------------------------------------------------------------------
    # Sending
    # ------------------------------------------------------------------
    def _send(self, label, method, url, expected, data=None, files=None):
        """Send one request; note a failure when its status is not
        ``expected`` (or is 5xx), or when a row was stored."""
        before = self._rows()
        try:
            response = self.opener.request(
                method, self.base_url() + url, data=data, files=files, timeout=60
            )
            status, text = response.status_code, response.text
        except Exception as error:  # noqa: BLE001 - collected as a failure
            status, text = None, repr(error)
        self.sent += 1
        if status != expected:
            self.failures.append(f"{label}: HTTP {status}, not {expected}")
        elif expected == 200 and method == "POST" and "alert-danger" not in text:
            self.failures.append(f"{label}: no error message")
        after = self._rows()
        if after != before:
            self.failures.append(f"{label}: rows {before} -> {after}")
        return status, text

    def _post(self, label, path, values, files=None, expected=200):
        data = {"csrf_token": self.tokens[path], **FORMS[path]["valid"], **values}
        data = {key: value for key, value in data.items() if value is not None}
        return self._send(label, "POST", path, expected, data=data, files=files)

    # ------------------------------------------------------------------
    # Hostile posts
    # ------------------------------------------------------------------
    def _field_posts(self, path):
        form = FORMS[path]
        for field, limit in form["limits"].items():
            for length in (limit + 1, limit * 3, 100_000):
                yield f"{field} of {length}", {field: "y" * length}
            for char, text in itertools.product(CONTROL_CHARACTERS, HOSTILE_TEXTS[:5]):
                value = f"{text}{char}{text}"[: limit - 1]
                yield f"{field} with {char!r}", {field: value}
            if field not in form["multiline"]:
                yield f"{field} with a line break", {field: "ab\ncd"}
                yield f"{field} with a tab", {field: "ab\tcd"}
        for email in BAD_EMAILS:
            yield f"e-mail {email}", {"email": email}
        for phone in BAD_PHONES:
            yield f"phone {phone}", {"phone": phone, "email": ""}
        yield "no contact", {"phone": "", "email": ""}
        yield "no KVKK consent", {"kvkk": None}
        for field in form["required"]:
            yield f"empty {field}", {field: " \t "}
        if path == REQUEST:
            for tckn in BAD_TCKNS:
                yield f"TCKN {tckn}", {"tckn": tckn}
            for request_type in ("cimer", "<script>", "request'--", "x" * 10_000):
                yield f"type {request_type[:10]}", {"request_type": request_type}

    def _hostile_posts(self):
        for path in FORMS:
            for label, values in self._field_posts(path):
                self._post(f"{path} {label}", path, values)
            for field in FORMS[path]["limits"]:
                self._post(
                    f"{path} file as {field}",
                    path,
                    {field: None},
                    files={field: ("alan.txt", b"Ali Veli")},
                )
            # A megabyte in each field, and in all at once.
            for field in FORMS[path]["limits"]:
                self._post(f"{path} 1 MB {field}", path, {field: "ş" * 1_000_000})
            self._post(
                f"{path} 1 MB fields",
                path,
                dict.fromkeys(("name", "subject", FORMS[path]["text"]), "_%" * 500_000),
            )
        # Above the largest post a form takes: refused before it is read.
        self._post("9 MB", APPOINTMENT, {"name": "x" * 9_000_000}, expected=413)
        for path in FORMS:
            # Without a CSRF token, or with a wrong one.
            for token in (None, "", "yanlis", self.tokens[path][::-1]) * 3:
                self._post(
                    f"{path} CSRF {token}", path, {"csrf_token": token}, None, 400
                )
        uploads = {
            "program.exe": b"MZ\x90\x00" + b"\x00" * 64,
            "sayfa.html": b"<html><script>alert(1)</script></html>",
            "resim.svg": b"<svg onload='alert(1)'></svg>",
            "sahte.pdf": PNG,
            "sahte.png": PDF,
            "bozuk.docx": b"PK\x03\x04bozuk",
            "sahte.docx": zip_file({"[Content_Types].xml": "<T/>", "xl/a.xml": "<x/>"}),
            "buyuk.odt": zip_file({"mimetype": "x" * 100_000}),
            "bos.pdf": b"",
            "<script>.pdf": b"<script>alert(1)</script>",
            "a\x00b.pdf": b"MZ",
            "y" * 300 + ".exe": PDF,
            "buyuk.pdf": PDF + b"0" * (5 * 1024 * 1024),
        }
        for name, content in uploads.items():
            self._post(
                f"upload {name[:20]!r}",
                REQUEST,
                {},
                files={"attachments": (name, content)},
            )
        self._post(
            "four uploads",
            REQUEST,
            {},
            files=[("attachments", (f"d{n}.docx", DOCX)) for n in range(4)],
        )

    def _wrong_methods(self):
        citizen_request = self.requests[0]
        status = f"{REQUEST}/{citizen_request.id}/{citizen_request.access_token}"
        for url in (APPOINTMENT, REQUEST, status, f"{status}/memnuniyet"):
            for method in ("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"):
                self._send(f"{method} {url}", method, url, 405)
        for method in ("POST", "PUT"):
            self._send(f"{method} letter", method, f"{status}/cevap", 405)
        self._send("GET satisfaction", "GET", f"{status}/memnuniyet", 405)

    def _status_links(self):
        first, second = self.requests
        tokens = (
            second.access_token,
            first.access_token[:-1],
            first.access_token + "0",
            first.access_token.upper(),
            "x",
            "ç" * 8,
            "%00",
            "%25%27%22",
            "..%2F..%2Fweb",
            "<script>",
            "' OR 1=1 --",
            "A" * 300,
        )
        ids = (first.id, 0, 999_999_999, 2**31, 2**63, 10**30, "-1", "1e3", "abc")
        for request_id, token in itertools.product(ids, tokens):
            status = f"{REQUEST}/{request_id}/{token}"
            self._send(f"status {request_id} {token[:10]}", "GET", status, 404)
            self._send(
                f"letter {request_id} {token[:10]}", "GET", f"{status}/cevap", 404
            )
            self._send(
                f"satisfaction {request_id} {token[:10]}",
                "POST",
                f"{status}/memnuniyet",
                404,
                data={"csrf_token": self.tokens[REQUEST], "satisfaction": "satisfied"},
            )
        # The right link, with a comment that is refused.
        status = f"{REQUEST}/{first.id}/{first.access_token}"
        for note in ("a\x00b", "x" * 5001, "\x1b[31m"):
            self._send(
                f"satisfaction note {note[:5]!r}",
                "POST",
                f"{status}/memnuniyet",
                200,
                data={
                    "csrf_token": self.tokens[REQUEST],
                    "satisfaction": "satisfied",
                    "note": note,
                },
            )
        self.assertFalse(first.satisfaction)

    # ------------------------------------------------------------------
    # Hostile but valid posts, and bursts
    # ------------------------------------------------------------------
    def _valid_hostile_posts(self):
        """Markup, SQL and LIKE patterns in valid posts: stored as the literal
        text, shown escaped, and the citizen attached to a new contact or to
        the one of the exact address."""
        emails = (
            "baskan%@belediye.example.tr",
            "b_skan@belediye.example.tr",
            "%@belediye.example.tr",
            "  BASKAN@BELEDIYE.EXAMPLE.TR ",
        )
        for path, form in FORMS.items():
            Model = self.env[form["model"]]
            for index, text in enumerate(HOSTILE_TEXTS):
                self._reset_rate_limit()
                email = emails[index % len(emails)]
                subject = f"{text} {index}"
                data = {
                    "csrf_token": self.tokens[path],
                    **form["valid"],
                    "name": text,
                    "email": email,
                    "subject": subject,
                    form["text"]: f"{text}\n{text}",
                }
                response = self.url_open(path, data=data)
                self.sent += 1
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("alert-danger", response.text, subject)
                record = Model.search([("name", "=", subject)])
                self.assertEqual(len(record), 1, subject)
                self._assert_stored_as_text(record, text, email)
                if path == REQUEST:
                    page = self.url_open(record._status_url())
                    self.assertEqual(page.status_code, 200)
                    self.assertIn(str(escape(subject)), page.text)
                    if "<" in text:
                        self.assertNotIn(text, page.text)

    def _assert_stored_as_text(self, record, text, email):
        """The subject (``name``) was found as typed; the description holds
        the text twice as text, in paragraphs and line breaks only."""
        description = lxml.html.fragment_fromstring(
            record.description, create_parent="div"
        )
        self.assertEqual(
            {element.tag for element in description.iter()} - {"div", "p", "br"},
            set(),
            record.description,
        )
        self.assertEqual(description.text_content().count(text), 2)
        # The contact has the very address typed: found by it exactly (the
        # mayor's, or one registered by an earlier post), or registered
        # under the name as typed.
        partner = record.partner_id
        self.assertEqual(partner.email_normalized, email_normalize(email))
        if partner.id not in self.existing:
            self.assertIn(partner.name, HOSTILE_TEXTS)
        # The staff's views show these fields as text (escaped by the web
        # client) or as sanitised HTML.
        self.assertEqual(record._fields["name"].type, "char")
        self.assertTrue(record._fields["description"].sanitize)

    def _bursts(self):
        """Posts of one address at the same instant: at most the limit is
        stored (HttpCase runs them one at a time on its cursor; the real
        parallel case is tests/test_public_forms_burst.py)."""
        for path, form in FORMS.items():
            self._reset_rate_limit()
            Model = self.env[form["model"]]

            def post(index, path=path, form=form):
                data = {
                    "csrf_token": self.tokens[path],
                    **form["valid"],
                    "email": f"ani{index}@example.com",
                    "subject": f"Ani yoğunluk {index}",
                }
                return self.url_open(path, data=data).status_code

            with ThreadPoolExecutor(max_workers=8) as pool:
                statuses = list(pool.map(post, range(20)))
            self.sent += len(statuses)
            self.assertEqual(set(statuses), {200})
            stored = Model.search_count([("name", "like", "Ani yoğunluk")])
            self.assertEqual(stored, 3, path)

    # ------------------------------------------------------------------
    def test_hostile_submissions(self):
        self.tokens = {path: self._csrf_token(path) for path in FORMS}
        with recorded_logs("odoo", "werkzeug") as records:
            self._hostile_posts()
            self._wrong_methods()
            self._status_links()
            self.assertEqual(
                self.failures[:20],
                [],
                f"{len(self.failures)} failures in {self.sent} requests "
                f"({sum('HTTP 5' in f for f in self.failures)} server errors, "
                f"{sum('rows' in f for f in self.failures)} posts stored):\n"
                + "\n".join(self.failures[:20]),
            )
            self._valid_hostile_posts()
            self._bursts()
        odoo_log = sum(
            len(text) for name, _level, text in records if name != "werkzeug"
        )
        self._logger.info(
            "%s requests sent; %s log records: %s characters (Odoo), %s (werkzeug)",
            self.sent,
            len(records),
            odoo_log,
            sum(len(text) for _name, _level, text in records) - odoo_log,
        )
        self.assertGreaterEqual(self.sent, 1000)
        errors = [text[:300] for _name, level, text in records if level >= 40]
        self.assertEqual(errors, [])
        # Odoo's own log stays small (the werkzeug lines are one per request:
        # method, path and status, never a posted value).
        self.assertLess(odoo_log, 100_000)
        longest = max((len(text) for _name, _level, text in records), default=0)
        self.assertLess(longest, 2_000)
