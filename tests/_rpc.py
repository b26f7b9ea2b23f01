# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""A small client of a running Odoo server for the HTTP suites: one
``requests.Session`` per user, JSON-RPC calls (``/web/dataset/call_kw`` and
the ``type="json"`` routes), plain HTTP requests with the session's CSRF
token, and the text of what came back (a PDF's text included), so that a
test can look for what must or must not be in it."""

import io
import itertools
import json
import re
import shutil
import subprocess
import xmlrpc.client
import zipfile
from dataclasses import dataclass, field

import requests

TIMEOUT = 120  # seconds: a PDF report renders in a few
_ids = itertools.count(1)
CSRF_PATTERNS = (
    re.compile(r'csrf_token: "([0-9a-f]+o[0-9]+)"'),
    re.compile(r'name="csrf_token" value="([0-9a-f]+o[0-9]+)"'),
)


class RpcError(Exception):
    """A JSON-RPC call answered with an error (raised by :meth:`Client.ok`)."""

    def __init__(self, reply):
        self.reply = reply
        super().__init__(f"{reply.error_name}: {reply.error_message}")


@dataclass
class Reply:
    """What one request got back."""

    status: int  # HTTP status
    body: bytes  # raw body
    content_type: str = ""
    location: str = ""  # redirection target, if any
    result: object = None  # JSON-RPC result
    error: dict | None = None  # JSON-RPC error ("data" part)
    rpc: bool = False  # a JSON-RPC answer
    extra: dict = field(default_factory=dict)

    @property
    def error_name(self):
        return (self.error or {}).get("name", "")

    @property
    def error_message(self):
        return (self.error or {}).get("message", "")

    @property
    def denied(self):
        """Refused: an access/user error, a login redirect, 403 or 404."""
        if self.rpc and self.error:
            return True
        if self.status in (401, 403, 404):
            return True
        return self.status in (301, 302, 303, 307, 308) and "/web/login" in (
            self.location
        )

    @property
    def ok(self):
        return 200 <= self.status < 300 and not (self.rpc and self.error)

    def text(self):
        """Everything readable in the body: the decoded text, with the text
        of a PDF, so that a marker is found whatever the format."""
        if self.body[:5] == b"%PDF-":
            return pdf_text(self.body)
        if self.body[:4] == b"PK\x03\x04":
            return zip_text(self.body)
        return self.body.decode("utf-8", errors="replace")

    def describe(self, limit=600):
        """A short description for failure messages."""
        head = f"HTTP {self.status}"
        if self.location:
            head += f" -> {self.location}"
        if self.rpc and self.error:
            head += f" {self.error_name}: {self.error_message[:200]}"
        return f"{head} {self.text()[:limit]!r}"


def pdf_text(data):
    """The text of a PDF (``pdftotext``, else PyPDF2)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode == 0:
            return done.stdout.decode("utf-8", errors="replace")
    from PyPDF2 import PdfReader  # only without pdftotext

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def zip_text(data):
    """The names and contents of the files of a zip archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data.decode("utf-8", errors="replace")
    parts = []
    for name in archive.namelist():
        parts.append(name)
        parts.append(archive.read(name).decode("utf-8", errors="replace"))
    return "\n".join(parts)


class Client:
    """One user's session on the server (``login`` None: the public)."""

    def __init__(self, url, db, login=None, password=None):
        self.url = url
        self.db = db
        self.login = login
        self.password = password
        self.session = requests.Session()
        self.uid = None
        self.partner_id = None
        self._csrf = None

    # -- session ------------------------------------------------------------
    def authenticate(self):
        reply = self.json(
            "/web/session/authenticate",
            {"db": self.db, "login": self.login, "password": self.password},
        )
        info = self.ok(reply)
        self.uid = info["uid"]
        self.partner_id = info.get("partner_id")
        return self

    def csrf_token(self):
        """The session's CSRF token, read from a page of the session (the
        web client, or the portal for a portal user)."""
        if self._csrf is None:
            for path in ("/odoo", "/my", "/web/login"):
                page = self.session.get(f"{self.url}{path}", timeout=TIMEOUT)
                for pattern in CSRF_PATTERNS:
                    found = pattern.search(page.text)
                    if found:
                        self._csrf = found.group(1)
                        return self._csrf
            raise AssertionError(f"No CSRF token found for {self.login}")
        return self._csrf

    # -- requests -------------------------------------------------------------
    def json(self, path, params):
        """A ``type="json"`` route."""
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": params,
            "id": next(_ids),
        }
        response = self.session.post(
            f"{self.url}{path}",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
            timeout=TIMEOUT,
            allow_redirects=False,
        )
        reply = self._reply(response)
        reply.rpc = True
        try:
            answer = response.json()
        except ValueError:
            return reply
        if "error" in answer:
            reply.error = answer["error"].get("data") or {
                "name": str(answer["error"].get("code")),
                "message": answer["error"].get("message", ""),
            }
        else:
            reply.result = answer.get("result")
        return reply

    def call(self, model, method, *args, **kwargs):
        """``model.method(*args, **kwargs)`` as the web client calls it."""
        return self.json(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def get(self, path, **params):
        response = self.session.get(
            f"{self.url}{path}", params=params, timeout=TIMEOUT, allow_redirects=False
        )
        return self._reply(response)

    def post(self, path, data=None, files=None):
        """A ``type="http"`` POST, with the session's CSRF token (none for
        the public, who has no session to protect)."""
        data = dict(data or {})
        if self.login:
            data["csrf_token"] = self.csrf_token()
        response = self.session.post(
            f"{self.url}{path}",
            data=data,
            files=files,
            timeout=TIMEOUT,
            allow_redirects=False,
        )
        return self._reply(response)

    def xmlrpc(self, model, method, *args, **kwargs):
        """``execute_kw`` over the external API (login and password)."""
        proxy = xmlrpc.client.ServerProxy(
            f"{self.url}/xmlrpc/2/object", allow_none=True
        )
        try:
            result = proxy.execute_kw(
                self.db,
                self.uid or 0,
                self.password or "",
                model,
                method,
                list(args),
                kwargs,
            )
        except xmlrpc.client.Fault as fault:
            return Reply(
                status=200,
                body=fault.faultString.encode(),
                rpc=True,
                error={"name": "xmlrpc.Fault", "message": fault.faultString},
            )
        return Reply(
            status=200,
            body=json.dumps(result, default=str).encode(),
            rpc=True,
            result=result,
        )

    @staticmethod
    def ok(reply):
        """The result of a JSON-RPC call that must succeed."""
        if reply.status != 200 or reply.error or not reply.rpc:
            raise RpcError(reply)
        return reply.result

    @staticmethod
    def _reply(response):
        return Reply(
            status=response.status_code,
            body=response.content,
            content_type=response.headers.get("Content-Type", ""),
            location=response.headers.get("Location", ""),
        )
