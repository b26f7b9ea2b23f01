# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import uuid

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.image import image_data_uri


class OzelKalemDocumentRouting(models.Model):
    """One receiver of a document's routing (havale, DOC-2): a department
    or a person, with the role of the routing and the receipt (zimmet)."""

    _name = "ozel_kalem.document.routing"
    _description = "Document Routing"
    _inherit = ["ozel_kalem.workflow.mixin", "ozel_kalem.confidential.line.mixin"]
    _ozel_kalem_confidential_parent = "document_id"
    _order = "document_id, role, id"
    _check_company_auto = True
    # Sending and the receipt (zimmet) are the routing's actions; a routing
    # stays on its document.
    _ozel_kalem_action_fields = (
        "date_sent",
        "acknowledged_by",
        "acknowledged_date",
        "access_token",
    )
    _ozel_kalem_fixed_fields = ("document_id",)

    document_id = fields.Many2one(
        "ozel_kalem.document", required=True, index=True, ondelete="cascade"
    )
    department_id = fields.Many2one("hr.department", index=True, check_company=True)
    user_id = fields.Many2one(
        "res.users",
        string="Receiver",
        index=True,
        help="The person who acknowledges receipt; by default the manager of "
        "the department.",
    )
    role = fields.Selection(
        [
            ("action", "For Action (Gereği)"),
            ("info", "For Information (Bilgi)"),
            ("coordination", "Coordination (Koordinasyon)"),
        ],
        required=True,
        default="action",
    )
    note = fields.Char(string="Instruction")
    date_sent = fields.Datetime(readonly=True, copy=False)
    acknowledged_by = fields.Many2one("res.users", readonly=True, copy=False)
    acknowledged_date = fields.Datetime(readonly=True, copy=False)
    access_token = fields.Char(
        copy=False,
        readonly=True,
        groups="ozel_kalem.group_user",
        help="Secret of the receipt link printed as a QR code on the cover sheet.",
    )
    company_id = fields.Many2one(
        related="document_id.company_id", store=True, index=True
    )

    @api.constrains("department_id", "user_id")
    def _check_receiver(self):
        if self.filtered(lambda r: not (r.department_id or r.user_id)):
            raise ValidationError(
                self.env._("A routing goes to a department or to a person.")
            )

    @api.onchange("department_id")
    def _onchange_department_id(self):
        if self.department_id and not self.user_id:
            self.user_id = self.department_id.sudo().manager_id.user_id

    @api.model_create_multi
    def create(self, vals_list):
        # A routing puts its receiver on the document's need-to-know list:
        # only who may change the document routes it, checked before the
        # line exists (the line would then already let its receiver in).
        self._check_document_access(
            self.env["ozel_kalem.document"].browse(
                {vals["document_id"] for vals in vals_list if vals.get("document_id")}
            )
        )
        # A department's routing is received by its manager unless a person
        # is named (read as root: the office has no right on staff records).
        departments = (
            self.env["hr.department"]
            .sudo()
            .browse(
                {
                    vals["department_id"]
                    for vals in vals_list
                    if vals.get("department_id")
                }
            )
        )
        managers = {dep.id: dep.manager_id.user_id.id for dep in departments}
        for vals in vals_list:
            if not vals.get("user_id") and vals.get("department_id"):
                vals["user_id"] = managers.get(vals["department_id"]) or False
        return super().create(vals_list)

    def write(self, vals):
        if not self._in_action():
            self._check_document_access(self.document_id)
            if {"department_id", "user_id"} & set(vals) and self.filtered("date_sent"):
                raise UserError(
                    self.env._(
                        "A routing that was sent keeps its receiver: add a "
                        "new routing instead."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_sent(self):
        if self.filtered("date_sent"):
            raise UserError(
                self.env._("A routing that was sent is kept in the document's record.")
            )
        if not self._in_action():
            self._check_document_access(self.document_id)

    def _check_document_access(self, documents):
        """Changing a routing is changing its document's need-to-know."""
        documents.check_access("write")

    def _send(self):
        now = fields.Datetime.now()
        for routing in self:
            # The secret of the cover sheet's QR code, one per routing.
            routing.sudo().access_token = uuid.uuid4().hex
            if routing.user_id:
                routing.document_id.activity_schedule(
                    "ozel_kalem.mail_act_document_receipt",
                    user_id=routing.user_id.id,
                    date_deadline=routing.document_id.date_due or None,
                    summary=routing.document_id.name,
                )
        self._ozel_kalem_action_write({"date_sent": now})

    def _receipt_url(self):
        self.ensure_one()
        base = self.get_base_url()
        token = self.sudo().access_token
        return f"{base}/ozel-kalem/zimmet/{self.id}/{token}" if token else False

    def _receipt_qr(self):
        """The receipt link as a QR code (data URI: printed without a
        request to the server)."""
        self.ensure_one()
        png = self.env["ir.actions.report"].barcode(
            "QR", self._receipt_url(), width=140, height=140
        )
        return image_data_uri(base64.b64encode(png))

    def action_acknowledge(self):
        """The receiver confirms they received the document (zimmet)."""
        user = self.env.user
        for routing in self:
            if not routing.date_sent:
                raise UserError(self.env._("This routing has not been sent yet."))
            if routing.acknowledged_date:
                raise UserError(
                    self.env._(
                        "Receipt was already acknowledged by %(user)s.",
                        user=routing.acknowledged_by.name,
                    )
                )
            if routing.user_id and routing.user_id != user:
                raise UserError(
                    self.env._(
                        "Only %(user)s acknowledges this receipt.",
                        user=routing.user_id.name,
                    )
                )
        self._ozel_kalem_action_write(
            {"acknowledged_by": user.id, "acknowledged_date": fields.Datetime.now()}
        )
        for routing in self:
            routing.document_id.sudo().activity_feedback(
                ["ozel_kalem.mail_act_document_receipt"], user_id=user.id
            )
        return True
