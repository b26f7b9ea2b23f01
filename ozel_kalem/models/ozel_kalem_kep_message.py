# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import logging

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)


class OzelKalemKepMessage(models.Model):
    """A message of the municipality's KEP mailbox, fetched by Odoo's
    incoming mail gateway through the ``kep`` alias.  Each e-Yazışma package
    it carries is registered as an incoming document; a message without a
    package, or with a package that fails a rule, waits here for a clerk,
    with the original mail, its files and the reason.  Nothing is dropped:
    a message is never deleted, only set aside."""

    _name = "ozel_kalem.kep.message"
    _description = "KEP Message"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _mail_post_access = "read"

    name = fields.Char(string="Subject", readonly=True)
    email_from = fields.Char(string="Sender", readonly=True)
    date = fields.Datetime(
        string="Received", readonly=True, default=fields.Datetime.now, index=True
    )
    state = fields.Selection(
        [
            ("new", "Received"),
            ("review", "To Review"),
            ("done", "Registered"),
            ("set_aside", "Set Aside"),
        ],
        default="new",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
    )
    reason = fields.Text(
        readonly=True, help="Why the message waits for a clerk: the rules failed."
    )
    document_ids = fields.Many2many(
        "ozel_kalem.document",
        string="Registered Documents",
        readonly=True,
        copy=False,
    )
    # A message that brought a classified package holds its files: it is
    # read by those who read the documents it brought (rules in
    # security/ozel_kalem_rules.xml), the director and the mayor.
    is_confidential = fields.Boolean(
        compute="_compute_is_confidential", store=True, index=True
    )
    # A refused package whose Üstveri says it is classified: the message is
    # then read by the director and the mayor only.
    has_classified_package = fields.Boolean(
        string="Holds a Classified Package", readonly=True, copy=False
    )
    registered_attachment_ids = fields.Many2many(
        "ir.attachment",
        string="Packages Registered",
        readonly=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )

    # Not on ``document_ids.is_confidential``: that dependency searched the
    # messages at every new document (half a millisecond of each document's
    # creation, see bench/).  A document's later reclassification recomputes
    # its messages (``ozel_kalem.document.write``).
    @api.depends("document_ids", "has_classified_package")
    def _compute_is_confidential(self):
        for message in self:
            message.is_confidential = message.has_classified_package or any(
                message.sudo().document_ids.mapped("is_confidential")
            )

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        values = {
            "name": msg_dict.get("subject") or self.env._("(no subject)"),
            "email_from": msg_dict.get("email_from"),
        }
        values.update(custom_values or {})
        return super().message_new(msg_dict, custom_values=values)

    def message_post(self, **kwargs):
        message = super().message_post(**kwargs)
        # The gateway posts the received mail, with its files, right after
        # message_new: its packages are registered then.
        if kwargs.get("message_type") == "email" and self.state == "new":
            self._kep_process(message.attachment_ids, message)
        return message

    def _kep_packages(self, attachments):
        return attachments.filtered(
            lambda attachment: (attachment.name or "").lower().endswith(".eyp")
        )

    def _kep_process(self, attachments, message):
        """Register the packages among ``attachments`` (of ``message``, the
        mail received); whatever fails waits for review."""
        self.ensure_one()
        Document = self.env["ozel_kalem.document"].with_company(self.company_id)
        packages = self._kep_packages(attachments) - self.registered_attachment_ids
        problems = []
        if not self._kep_packages(attachments):
            problems.append(self.env._("The message carries no e-Yazışma package."))
        for attachment in packages:
            data = attachment.sudo().raw
            try:
                document = Document._eyp_import(data, attachment.name, channel="kep")
            except Exception as error:  # kept for review, never lost
                if not isinstance(error, UserError):
                    _logger.exception("KEP package %s not registered", attachment.name)
                problems.append(f"{attachment.name}: {error}")
                self._kep_shelter(Document, data)
                continue
            # Logged (as the tracking is): the fetching user or the clerk who
            # retries needs no e-mail address of their own.
            document.sudo()._message_log(
                body=Markup("<p>{}</p>{}").format(
                    self.env._(
                        "Received by KEP from %(sender)s: %(subject)s",
                        sender=message.email_from or "",
                        subject=message.subject or self.name or "",
                    ),
                    message.body or "",
                ),
            )
            self._kep_write(
                {
                    "document_ids": [fields.Command.link(document.id)],
                    "registered_attachment_ids": [fields.Command.link(attachment.id)],
                }
            )
        self._kep_write(
            {
                "state": "review" if problems else "done",
                "reason": "\n".join(problems) or False,
            }
        )

    def _kep_shelter(self, Document, data):
        """A refused package stays on the message: when it is a document the
        registry holds already, the message is read as that document is;
        when its Üstveri says it is classified, by the director and the
        mayor only."""
        belge_id, guvenlik_kodu = Document._eyp_peek(data)
        known = belge_id and Document.sudo().with_context(active_test=False).search(
            [
                ("eyp_belge_id", "=", belge_id),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )
        values = {}
        if known:
            values["document_ids"] = [fields.Command.link(known.id)]
        if guvenlik_kodu in ("HZO", "GZL", "CGZ"):
            values["has_classified_package"] = True
        if values:
            self._kep_write(values)

    def _kep_write(self, vals):
        """The queue is the system's: the clerks read it (read-only access),
        and only its actions and the mail gateway write it, here."""
        return self.sudo().write(vals)

    def _kep_check_review(self):
        if self.filtered(lambda message: message.state != "review"):
            raise UserError(
                self.env._("Only a message waiting for review is handled here.")
            )

    def action_retry(self):
        """Try the message's packages again (after the sender's DETSİS was
        set, or a corrected package was attached to the message)."""
        self._kep_check_review()
        for record in self:
            mail = record.message_ids.filtered(
                lambda m: m.message_type == "email"
            ).sorted("id")[:1]
            attachments = self.env["ir.attachment"].search(
                [("res_model", "=", record._name), ("res_id", "=", record.id)],
                order="id",
            )
            record._kep_process(attachments, mail)
        return True

    def action_register_manually(self):
        """Register the message by hand: a draft incoming document with the
        message's files, for the clerk to complete."""
        self._kep_check_review()
        self.ensure_one()
        Partner = self.env["res.partner"].sudo()
        partner = (
            Partner.search(
                [("ozel_kalem_kep", "=ilike", self.email_from or "")], limit=1
            )
            or self.message_ids.filtered("author_id")[:1].author_id
            or Partner.find_or_create(self.email_from or self.env._("Unknown sender"))
        )
        document = (
            self.env["ozel_kalem.document"]
            .with_company(self.company_id)
            .create(
                {
                    "direction": "incoming",
                    "name": self.name,
                    "partner_id": partner.id,
                    "channel": "kep",
                    "company_id": self.company_id.id,
                }
            )
        )
        attachments = self.env["ir.attachment"].search(
            [("res_model", "=", self._name), ("res_id", "=", self.id)]
        )
        for attachment in attachments:
            attachment.copy({"res_model": document._name, "res_id": document.id})
        self._kep_write(
            {"state": "done", "document_ids": [fields.Command.link(document.id)]}
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": document._name,
            "res_id": document.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def action_set_aside(self):
        """Not a document for the registry (advertising, a duplicate): kept,
        out of the queue."""
        self._kep_check_review()
        self._kep_write({"state": "set_aside"})
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("A KEP message is kept; set it aside instead."))
