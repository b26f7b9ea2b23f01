# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request
from odoo.tools import consteq, email_normalize


def set_turkish():
    """The citizens' pages speak Turkish whatever the visitor's browser
    says, when the language is installed (there is no website module here
    to offer a language switcher)."""
    if request.env["res.lang"]._lang_get("tr_TR"):
        request.update_context(lang="tr_TR")


def posted_values(post, keys):
    """The stripped text values of a public form."""
    return {key: (post.get(key) or "").strip() for key in keys}


def contact_errors(values, post):
    """The checks every public form makes: an e-mail address or a phone
    number that parse (the phone is normalised in ``values``), and the
    KVKK information notice confirmed."""
    env = request.env
    errors = []
    if values["email"] and not email_normalize(values["email"]):
        errors.append(env._("The e-mail address is not valid."))
    if not (values["email"] or values["phone"]):
        errors.append(env._("Give an e-mail address or a phone number."))
    if values["phone"]:
        try:
            values["phone"] = env["ozel_kalem.workflow.mixin"]._normalize_phone(
                values["phone"]
            )
        except ValidationError as error:
            errors.append(error.args[0])
    if not post.get("kvkk"):
        errors.append(env._("Confirm that you have read the information notice."))
    return errors


class OzelKalemAppointmentForm(http.Controller):
    """The public web form (APT-1 "web form" channel): a citizen asks to meet
    the mayor; the request lands in the secretariat's triage queue."""

    @http.route(
        "/ozel-kalem/randevu",
        type="http",
        auth="public",
        methods=["GET"],
        website=False,
    )
    def appointment_form(self, **kwargs):
        set_turkish()
        return request.render("ozel_kalem.appointment_web_form", {"values": {}})

    @http.route(
        "/ozel-kalem/randevu",
        type="http",
        auth="public",
        methods=["POST"],
        website=False,
    )
    def appointment_submit(self, **post):
        set_turkish()
        if post.get("website"):
            # A field hidden from people: only robots fill it in.
            return request.render("ozel_kalem.appointment_web_thanks", {})
        values = posted_values(
            post, ("name", "email", "phone", "subject", "description", "dates")
        )
        errors = self._validate(values, post)
        if errors:
            return request.render(
                "ozel_kalem.appointment_web_form", {"values": values, "errors": errors}
            )
        appointment = (
            request.env["ozel_kalem.appointment"].sudo()._create_from_web(values)
        )
        return request.render(
            "ozel_kalem.appointment_web_thanks", {"appointment": appointment}
        )

    def _validate(self, values, post):
        env = request.env
        errors = []
        if not values["name"]:
            errors.append(env._("Write your name and surname."))
        if not values["subject"]:
            errors.append(env._("Write the subject of your request."))
        errors += contact_errors(values, post)
        return errors


class OzelKalemReceipt(http.Controller):
    """The QR code of a routing cover sheet (X-11): the receiver scans it,
    logged in, and the receipt is acknowledged in their name."""

    @http.route(
        "/ozel-kalem/zimmet/<int:routing_id>/<string:token>",
        type="http",
        auth="user",
        methods=["GET"],
    )
    def acknowledge_receipt(self, routing_id, token, **kwargs):
        routing = request.env["ozel_kalem.document.routing"].sudo().browse(routing_id)
        if not routing.exists() or not consteq(routing.access_token or "", token):
            raise request.not_found()
        try:
            routing.with_user(request.env.user).sudo(False).action_acknowledge()
            error = False
        except UserError as exc:
            error = exc.args[0]
        return request.render(
            "ozel_kalem.receipt_confirmation",
            {"routing": routing, "error": error},
        )
