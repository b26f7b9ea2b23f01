# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import zipfile

from stdnum.tr import tckimlik

from odoo import http
from odoo.http import request
from odoo.tools.mimetypes import guess_mimetype

from .main import (
    CONTROL_CHARACTERS,
    MAX_POST,
    contact_errors,
    contact_fields,
    create_from_web,
    posted_values,
    rate_limited,
    same_token,
    set_turkish,
)

PUBLIC_TYPES = (
    "request",
    "complaint",
    "suggestion",
    "help",
    "petition",
    "information",
    "kvkk",
)
MAX_NAME, MAX_SUBJECT, MAX_TEXT = 100, 200, 5000
MAX_FILES, MAX_FILE_SIZE, MAX_FILE_NAME = 3, 5 * 1024 * 1024, 100
# The files a citizen may attach: by extension, and the type their content
# must have (sniffed, whatever the name says).
FILE_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}


def file_name(upload):
    """The name of an uploaded file without its folders or control
    characters, shortened to ``MAX_FILE_NAME`` (its extension kept)."""
    name = CONTROL_CHARACTERS.sub("", upload.filename or "").replace("\\", "/")
    name = name.rsplit("/", 1)[-1].strip()
    if len(name) > MAX_FILE_NAME:
        stem, dot, extension = name.rpartition(".")
        extension = extension[:10] if dot else ""
        name = f"{(stem or name)[: MAX_FILE_NAME - len(extension) - 1]}{dot}{extension}"
    return name


def file_type(content):
    """The type of a file's content (``guess_mimetype``), or None for a
    broken archive: an Office or OpenDocument file is a zip, which Odoo's
    sniffing opens (a broken one would log a traceback, and an oversized
    "mimetype" entry would be read whole)."""
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                entries = {entry.filename: entry for entry in archive.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
            return None
        if "mimetype" in entries and entries["mimetype"].file_size > 255:
            return None
    return guess_mimetype(content, default="application/octet-stream")


class OzelKalemCitizenRequestForm(http.Controller):
    """The public form of citizens' requests (CIT-1): no account needed; a
    reference number and a private status link once sent."""

    @http.route(
        "/ozel-kalem/basvuru",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def request_form(self, **kwargs):
        set_turkish()
        return request.render(
            "ozel_kalem.citizen_request_form", self._form_values({}, [])
        )

    @http.route(
        "/ozel-kalem/basvuru",
        type="http",
        auth="public",
        methods=["POST"],
        sitemap=False,
        csrf=True,
        max_content_length=MAX_FILES * MAX_FILE_SIZE + MAX_POST,
    )
    def request_submit(self, **post):
        set_turkish()
        if post.get("website"):
            # A field hidden from people: only robots fill it in.
            return request.render("ozel_kalem.citizen_request_thanks", {})
        values, errors, refused = posted_values(post, self._fields())
        values["request_type"] = post.get("request_type") or "request"
        files = request.httprequest.files.getlist("attachments")
        errors += self._validate(values, post, refused)
        attachments, file_errors = self._attachments(files)
        errors += file_errors
        if not errors and rate_limited("citizen_request", values["email"]):
            errors.append(
                request.env._(
                    "You have sent several requests just now: try again later."
                )
            )
        citizen_request = None
        if not errors:
            values["attachments"] = attachments
            citizen_request, error = create_from_web(
                "ozel_kalem.citizen.request", values, request.httprequest.remote_addr
            )
            errors += [error] if error else []
        if errors:
            values.pop("attachments", None)
            return request.render(
                "ozel_kalem.citizen_request_form", self._form_values(values, errors)
            )
        return request.render(
            "ozel_kalem.citizen_request_thanks",
            {
                "citizen_request": citizen_request,
                "status_url": citizen_request._status_url(),
            },
        )

    @http.route(
        "/ozel-kalem/basvuru/<int:request_id>/<string:token>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def request_status(self, request_id, token, **kwargs):
        set_turkish()
        citizen_request = self._citizen_request(request_id, token)
        return request.render(
            "ozel_kalem.citizen_request_status", {"citizen_request": citizen_request}
        )

    @http.route(
        "/ozel-kalem/basvuru/<int:request_id>/<string:token>/memnuniyet",
        type="http",
        auth="public",
        methods=["POST"],
        sitemap=False,
        csrf=True,
        max_content_length=MAX_POST,
    )
    def request_satisfaction(self, request_id, token, **post):
        """The citizen's opinion of the answer, once."""
        set_turkish()
        citizen_request = self._citizen_request(request_id, token)
        values, errors, _refused = posted_values(
            post, {"note": (request.env._("Your comment"), MAX_TEXT, True)}
        )
        if errors:
            return request.render(
                "ozel_kalem.citizen_request_status",
                {"citizen_request": citizen_request, "errors": errors},
            )
        if (
            citizen_request.state in ("answered", "closed")
            and not citizen_request.satisfaction
            and post.get("satisfaction") in ("satisfied", "partly", "unsatisfied")
        ):
            citizen_request._record_satisfaction(post["satisfaction"], values["note"])
        return request.redirect(
            f"/ozel-kalem/basvuru/{citizen_request.id}/{token}", local=True
        )

    @http.route(
        "/ozel-kalem/basvuru/<int:request_id>/<string:token>/cevap",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def request_answer_letter(self, request_id, token, **kwargs):
        """The answer letter (PDF) of an answered request."""
        citizen_request = self._citizen_request(request_id, token)
        if citizen_request.state not in ("answered", "closed"):
            raise request.not_found()
        pdf, _type = (
            request.env["ir.actions.report"]
            .sudo()
            .with_context(lang="tr_TR")
            ._render_qweb_pdf(
                "ozel_kalem.ozel_kalem_citizen_answer_report", [citizen_request.id]
            )
        )
        filename = f"{citizen_request.number}-cevap.pdf"
        return request.make_response(
            pdf,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Length", len(pdf)),
                ("Content-Disposition", http.content_disposition(filename)),
            ],
        )

    def _citizen_request(self, request_id, token):
        """The request of a status link, or 404 for a wrong or revoked
        token (an anonymised request has none)."""
        citizen_request = (
            request.env["ozel_kalem.citizen.request"].sudo().browse(request_id)
        )
        if not (
            0 < request_id < 2**31
            and citizen_request.exists()
            and same_token(citizen_request.access_token, token)
        ):
            raise request.not_found()
        return citizen_request

    def _form_values(self, values, errors):
        Request = request.env["ozel_kalem.citizen.request"]
        labels = dict(
            Request._fields["request_type"]._description_selection(request.env)
        )
        return {
            "values": values,
            "errors": errors,
            "types": [(key, labels[key]) for key in PUBLIC_TYPES],
        }

    def _fields(self):
        env = request.env
        return {
            "name": (env._("Your name and surname"), MAX_NAME, False),
            **contact_fields(),
            "tckn": (env._("Your TC Kimlik No"), 11, False),
            "subject": (env._("The subject"), MAX_SUBJECT, False),
            "text": (env._("The text of your request"), MAX_TEXT, True),
        }

    def _validate(self, values, post, refused):
        env = request.env
        errors = []
        if not values["name"] and "name" not in refused:
            errors.append(
                env._("Write your name and surname (at most 100 characters).")
            )
        if not values["subject"] and "subject" not in refused:
            errors.append(env._("Write the subject (at most 200 characters)."))
        if not values["text"] and "text" not in refused:
            errors.append(env._("Write your request (at most 5000 characters)."))
        if values["request_type"] not in PUBLIC_TYPES:
            errors.append(env._("Choose the type of your request."))
            values["request_type"] = "request"
        if values["tckn"] and not tckimlik.is_valid(values["tckn"]):
            errors.append(env._("The TC Kimlik No is not valid."))
        errors += contact_errors(values, post, refused)
        return errors

    def _attachments(self, files):
        """The uploaded files as ``(name, content)``, and the errors of those
        refused: more than ``MAX_FILES``, larger than ``MAX_FILE_SIZE``, or
        not of an accepted type (by their extension and their content)."""
        env = request.env
        files = [upload for upload in files if upload.filename]
        if len(files) > MAX_FILES:
            return [], [env._("Attach at most 3 files.")]
        attachments, errors = [], []
        for upload in files:
            name = file_name(upload)
            upload.seek(0, 2)
            size = upload.tell()
            upload.seek(0)
            if size > MAX_FILE_SIZE:
                errors.append(env._("%(file)s is larger than 5 MB.", file=name))
                continue
            content = upload.read()
            extension = name.rpartition(".")[2].lower() if "." in name else ""
            if not (
                extension in FILE_TYPES and file_type(content) == FILE_TYPES[extension]
            ):
                errors.append(
                    env._(
                        "%(file)s is not an accepted file: attach PDF, JPEG, PNG, "
                        "Word (DOC, DOCX) or OpenDocument (ODT) files.",
                        file=name or "-",
                    )
                )
                continue
            attachments.append((name, content))
        return attachments, errors
