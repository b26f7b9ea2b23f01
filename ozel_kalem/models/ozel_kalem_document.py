# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemDocument(models.Model):
    """A document of the correspondence registry (evrak, DOC-1 … DOC-9).

    Incoming documents are registered with a number no two documents share
    (an ``ir.sequence``, yearly by default), then routed (havale) to the
    departments and people who must act on them or know of them, each of
    whom acknowledges receipt (zimmet).  A registered document is never
    deleted: it is cancelled with a reason, which is tracked.

    Classification uses the need-to-know mixin: a classified or personal
    document is seen by its author, its routing recipients, the director and
    the mayor only."""

    _name = "ozel_kalem.document"
    _description = "Document"
    _inherit = [
        "mail.thread.main.attachment",
        "mail.activity.mixin",
        "ozel_kalem.workflow.mixin",
        "ozel_kalem.confidential.mixin",
    ]
    _order = "registration_date desc, id desc"
    _rec_names_search = ["registration_number", "name", "sender_reference"]
    _check_company_auto = True

    direction = fields.Selection(
        [("incoming", "Incoming"), ("outgoing", "Outgoing")],
        required=True,
        default="incoming",
        index=True,
        readonly=True,
    )
    name = fields.Char(string="Subject", required=True, tracking=True)
    registration_number = fields.Char(
        readonly=True, copy=False, index=True, tracking=True
    )
    registration_date = fields.Datetime(readonly=True, copy=False, index=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Correspondent",
        required=True,
        index=True,
        tracking=True,
        help="The institution or person who sent the document (or to whom it is sent).",
    )
    sender_reference = fields.Char(
        string="Their Number",
        index="trigram",
        help="The number (sayı) the sender gave the document; any format.",
    )
    sender_date = fields.Date(string="Their Date")
    file_code_id = fields.Many2one(
        "ozel_kalem.file.code",
        string="File Plan Code",
        index=True,
        tracking=True,
        domain=[("has_children", "=", False)],
    )
    kind = fields.Selection(
        [
            ("letter", "Letter"),
            ("petition", "Petition"),
            ("invitation", "Invitation"),
            ("telegram", "Telegram"),
            ("circular", "Circular"),
            ("approval", "Submitted for Approval"),
            ("other", "Other"),
        ],
        required=True,
        default="letter",
    )
    channel = fields.Selection(
        [
            ("ebys", "EBYS"),
            ("kep", "KEP"),
            ("post", "Post"),
            ("hand", "By Hand"),
            ("email", "E-mail"),
            ("fax", "Fax"),
        ],
        required=True,
        default="ebys",
    )
    security_level = fields.Selection(
        related="classification", readonly=False, string="Security Level"
    )
    personal = fields.Boolean(
        related="personal_only", readonly=False, string="Addressee Only"
    )
    urgency = fields.Selection(
        [("normal", "Normal"), ("acele", "ACELE"), ("gunludur", "GÜNLÜDÜR")],
        required=True,
        default="normal",
        tracking=True,
    )
    date_due = fields.Date(
        string="Answer Due", index=True, tracking=True, help="For GÜNLÜDÜR documents."
    )
    description = fields.Html(string="Summary")
    routing_ids = fields.One2many(
        "ozel_kalem.document.routing", "document_id", copy=False
    )
    cancel_reason = fields.Text(copy=False, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("registered", "Registered"),
            ("routed", "Routed"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "registration_number_uniq",
            "unique(registration_number, company_id)",
            "A registration number is given to one document only.",
        ),
    ]

    @api.constrains("urgency", "date_due")
    def _check_date_due(self):
        if self.filtered(lambda d: d.urgency == "gunludur" and not d.date_due):
            raise ValidationError(
                self.env._("A GÜNLÜDÜR document needs the date its answer is due.")
            )

    @api.depends("create_uid", "routing_ids.user_id", "routing_ids.department_id")
    def _compute_need_to_know_user_ids(self):
        # Department managers are read as root: a clerk routing a document
        # has no right on the staff records.
        for document in self:
            routing = document.routing_ids.sudo()
            document.need_to_know_user_ids = (
                document.create_uid
                | routing.user_id
                | routing.department_id.manager_id.user_id
            )

    @api.depends("registration_number", "name")
    def _compute_display_name(self):
        for document in self:
            document.display_name = (
                f"{document.registration_number} {document.name}"
                if document.registration_number
                else document.name
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.filtered("registration_number"):
            raise UserError(
                self.env._(
                    "A registered document is never deleted: cancel it with a reason."
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_register(self):
        """Register incoming documents with the next number of the registry
        (unique and gapless, see ``_next_registry_number``)."""
        self._check_state(("draft",), self.env._("Registering"))
        if self.filtered(lambda d: d.direction != "incoming"):
            raise UserError(
                self.env._("An outgoing document gets its number when it is signed.")
            )
        now = fields.Datetime.now()
        for document in self:
            number = document.with_company(document.company_id)._next_registry_number(
                "ozel_kalem.document.incoming", now.date()
            )
            document.write(
                {
                    "registration_number": number,
                    "registration_date": now,
                    "state": "registered",
                }
            )
        return True

    def action_route(self):
        """Send the routing lines: each receiver gets an activity to
        acknowledge receipt."""
        self._check_state(("registered", "routed"), self.env._("Routing"))
        for document in self:
            if not document.routing_ids:
                raise UserError(
                    self.env._(
                        "Add the departments or people %(document)s goes to.",
                        document=document.display_name,
                    )
                )
        self.routing_ids.filtered(lambda r: not r.date_sent)._send()
        self.write({"state": "routed"})
        return True

    def action_done(self):
        self._check_state(("registered", "routed"), self.env._("Closing"))
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_state(("draft", "registered", "routed"), self.env._("Cancelling"))
        if self.filtered(lambda d: d.registration_number and not d.cancel_reason):
            raise UserError(
                self.env._("Write why the registered document is cancelled.")
            )
        self.write({"state": "cancelled"})
        self.sudo().activity_unlink(["ozel_kalem.mail_act_document_receipt"])
        return True
