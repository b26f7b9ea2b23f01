# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from stdnum.tr import tckimlik

from odoo import http
from odoo.http import request
from odoo.tools import consteq

from .main import contact_errors, posted_values, set_turkish

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
MAX_FILES, MAX_FILE_SIZE = 3, 5 * 1024 * 1024
RATE_LIMIT = 3  # requests per address or e-mail in 10 minutes


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
    )
    def request_submit(self, **post):
        set_turkish()
        if post.get("website"):
            # A field hidden from people: only robots fill it in.
            return request.render("ozel_kalem.citizen_request_thanks", {})
        values = posted_values(
            post, ("name", "email", "phone", "tckn", "subject", "text")
        )
        values["request_type"] = post.get("request_type") or "request"
        files = request.httprequest.files.getlist("attachments")
        errors = self._validate(values, post, files)
        if errors:
            return request.render(
                "ozel_kalem.citizen_request_form", self._form_values(values, errors)
            )
        values["attachments"] = [(f.filename, f.read()) for f in files if f.filename]
        citizen_request = (
            request.env["ozel_kalem.citizen.request"]
            .sudo()
            ._create_from_web(values, request.httprequest.remote_addr)
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
    )
    def request_satisfaction(self, request_id, token, **post):
        """The citizen's opinion of the answer, once."""
        set_turkish()
        citizen_request = self._citizen_request(request_id, token)
        if (
            citizen_request.state in ("answered", "closed")
            and not citizen_request.satisfaction
            and post.get("satisfaction") in ("satisfied", "partly", "unsatisfied")
        ):
            citizen_request._record_satisfaction(
                post["satisfaction"], (post.get("note") or "").strip()[:MAX_TEXT]
            )
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
            citizen_request.exists()
            and citizen_request.access_token
            and consteq(citizen_request.access_token, token)
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

    def _validate(self, values, post, files):
        env = request.env
        errors = []
        if not values["name"] or len(values["name"]) > MAX_NAME:
            errors.append(
                env._("Write your name and surname (at most 100 characters).")
            )
        if not values["subject"] or len(values["subject"]) > MAX_SUBJECT:
            errors.append(env._("Write the subject (at most 200 characters)."))
        if not values["text"] or len(values["text"]) > MAX_TEXT:
            errors.append(env._("Write your request (at most 5000 characters)."))
        if values["request_type"] not in PUBLIC_TYPES:
            errors.append(env._("Choose the type of your request."))
        if values["tckn"] and not tckimlik.is_valid(values["tckn"]):
            errors.append(env._("The TC Kimlik No is not valid."))
        errors += contact_errors(values, post)
        files = [f for f in files if f.filename]
        if len(files) > MAX_FILES:
            errors.append(env._("Attach at most 3 files."))
        for upload in files:
            upload.seek(0, 2)
            size = upload.tell()
            upload.seek(0)
            if size > MAX_FILE_SIZE:
                errors.append(
                    env._("%(file)s is larger than 5 MB.", file=upload.filename)
                )
        if not errors and (
            env["ozel_kalem.citizen.request"]._web_recent_count(
                values["email"], request.httprequest.remote_addr
            )
            >= RATE_LIMIT
        ):
            errors.append(
                env._("You have sent several requests just now: try again later.")
            )
        return errors
