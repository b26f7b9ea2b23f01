# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import logging
import re

from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request
from odoo.tools import consteq, email_normalize

_logger = logging.getLogger(__name__)

# The rate limit of the citizens' public forms: posts accepted per client
# address or e-mail address in RATE_WINDOW minutes (each form on its own).
RATE_LIMIT, RATE_WINDOW = 3, 10
# What the public forms refuse in a text: NUL (which PostgreSQL cannot store)
# and the other C0/C1 control characters; a multi-line text may hold line
# breaks and tabs.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CONTROL_CHARACTERS_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# One mailbox: no spaces, quotes or brackets, and a domain of letters, digits
# and hyphens with a top-level domain of letters (so "%@%" or "_@_._" are not
# taken for addresses).
EMAIL_ADDRESS = re.compile(
    r"^[^\s@\"<>(),;:\\\[\]]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$"
)
MAX_EMAIL, MAX_PHONE = 254, 32
# The largest body a public form's post may have (werkzeug answers 413 above
# it, before reading it): room for its fields at their limits, and more.
MAX_POST = 8 * 1024 * 1024


def set_turkish():
    """The citizens' pages speak Turkish whatever the visitor's browser
    says, when the language is installed (there is no website module here
    to offer a language switcher)."""
    if request.env["res.lang"]._lang_get("tr_TR"):
        request.update_context(lang="tr_TR")


def posted_values(post, fields):
    """The stripped text values of a public form, the errors of those that
    are too long, hold control characters or are not text (a file posted in
    their place), and the set of the names of those refused.  A refused
    value is emptied: neither shown back nor stored.

    ``fields`` maps each field's name to ``(label, maximum length,
    multi-line)``."""
    env = request.env
    values, errors, refused = {}, [], set()
    for key, (label, limit, multiline) in fields.items():
        value = post.get(key) or ""
        error = None
        if not isinstance(value, str):
            error = env._("%(field)s is not valid.", field=label)
        else:
            value = value.strip()
            control = CONTROL_CHARACTERS_MULTILINE if multiline else CONTROL_CHARACTERS
            if control.search(value):
                error = env._(
                    "%(field)s holds characters that are not allowed "
                    "(control characters).",
                    field=label,
                )
            elif len(value) > limit:
                error = env._(
                    "%(field)s is too long: write at most %(limit)s characters.",
                    field=label,
                    limit=limit,
                )
        if error:
            errors.append(error)
            refused.add(key)
            value = ""
        values[key] = value
    return values, errors, refused


def contact_fields():
    """The contact fields every public form has, for ``posted_values``."""
    env = request.env
    return {
        "email": (env._("Your e-mail address"), MAX_EMAIL, False),
        "phone": (env._("Your phone number"), MAX_PHONE, False),
    }


def contact_errors(values, post, refused=()):
    """The checks every public form makes: an e-mail address or a phone
    number that parse (the phone is normalised in ``values``), and the
    KVKK information notice confirmed.  The fields already ``refused`` by
    ``posted_values`` are not checked again."""
    env = request.env
    errors = []
    if values["email"] and not (
        EMAIL_ADDRESS.match(values["email"]) and email_normalize(values["email"])
    ):
        errors.append(env._("The e-mail address is not valid."))
    if not (values["email"] or values["phone"] or {"email", "phone"} & set(refused)):
        errors.append(env._("Give an e-mail address or a phone number."))
    if values["phone"]:
        try:
            values["phone"] = env["res.partner"]._ozel_kalem_normalize_phone(
                values["phone"]
            )
        except ValidationError as error:
            errors.append(error.args[0])
    if not post.get("kvkk"):
        errors.append(env._("Confirm that you have read the information notice."))
    return errors


def same_token(expected, token):
    """Whether ``token`` (of a URL) is a record's ``expected`` access token,
    compared in constant time; a missing token, or one holding characters
    other than ASCII (which the comparison refuses), never matches."""
    return bool(expected and token and token.isascii() and consteq(expected, token))


def rate_limited(scope, email):
    """Whether the sender of a valid post of the public form ``scope`` (its
    client address, the e-mail given) has reached the rate limit; if not,
    the post is counted.  A request that Odoo retries (after a concurrent
    update) is counted once."""
    counted = request.httprequest.environ.setdefault("ozel_kalem.rate_limit", {})
    if scope not in counted:
        address = request.httprequest.remote_addr
        counted[scope] = (
            request.env["ozel_kalem.web.throttle"]
            .sudo()
            ._hit(
                scope,
                [
                    address and f"ip:{address}",
                    email and f"email:{email_normalize(email)}",
                ],
                RATE_LIMIT,
                RATE_WINDOW,
            )
        )
        if not counted[scope]:
            _logger.info("Public form %s: rate limit reached by %s", scope, address)
    return not counted[scope]


def create_from_web(model, *args):
    """Run ``model._create_from_web(*args)`` as superuser, all or nothing:
    returns the record, or the message of the error that undid it."""
    try:
        with request.env.cr.savepoint():
            return request.env[model].sudo()._create_from_web(*args), None
    except UserError as error:
        _logger.info("Public form %s: not recorded (%s)", model, str(error)[:200])
        return None, error.args[0]


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
        csrf=True,
        max_content_length=MAX_POST,
    )
    def appointment_submit(self, **post):
        set_turkish()
        if post.get("website"):
            # A field hidden from people: only robots fill it in.
            return request.render("ozel_kalem.appointment_web_thanks", {})
        values, errors, refused = posted_values(post, self._fields())
        errors += self._validate(values, post, refused)
        if not errors and rate_limited("appointment", values["email"]):
            errors.append(
                request.env._(
                    "You have sent several requests just now: try again later."
                )
            )
        appointment = None
        if not errors:
            appointment, error = create_from_web("ozel_kalem.appointment", values)
            errors += [error] if error else []
        if errors:
            return request.render(
                "ozel_kalem.appointment_web_form", {"values": values, "errors": errors}
            )
        return request.render(
            "ozel_kalem.appointment_web_thanks", {"appointment": appointment}
        )

    def _fields(self):
        env = request.env
        return {
            "name": (env._("Your name and surname"), 100, False),
            **contact_fields(),
            "subject": (env._("The subject"), 200, False),
            "description": (env._("Your description"), 5000, True),
            "dates": (env._("The dates that suit you"), 200, False),
        }

    def _validate(self, values, post, refused):
        env = request.env
        errors = []
        if not values["name"] and "name" not in refused:
            errors.append(env._("Write your name and surname."))
        if not values["subject"] and "subject" not in refused:
            errors.append(env._("Write the subject of your request."))
        errors += contact_errors(values, post, refused)
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
        if not routing.exists() or not same_token(routing.access_token, token):
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


class OzelKalemVerification(http.Controller):
    """The verification address (DogrulamaAdresi) of the e-Yazışma packages
    and letters the municipality sends: whoever holds the code reads who
    sent what number on which date; the subject only of an unclassified
    letter."""

    @http.route(
        "/ozel-kalem/dogrula/<string:belge_id>",
        type="http",
        auth="public",
        methods=["GET"],
    )
    def verify(self, belge_id, **kwargs):
        set_turkish()
        document = (
            request.env["ozel_kalem.document"]
            .sudo()
            .search(
                [
                    ("eyp_belge_id", "=", (belge_id or "").strip().upper()[:36]),
                    ("direction", "=", "outgoing"),
                    ("state", "in", ("signed", "dispatched")),
                ],
                limit=1,
            )
        )
        return request.render(
            "ozel_kalem.eyp_verification",
            {
                "document": document,
                "show_subject": document.classification == "tasnif_disi"
                and not document.personal_only,
            },
        )
