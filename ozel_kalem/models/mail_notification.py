# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class MailNotification(models.Model):
    """The notifications of a classified record's messages are seen by its
    readers and by the person notified (``ozel_kalem.thread.item.guard``):
    Odoo lets every employee read every notification, whose message shows
    the record's number and subject."""

    # An extension of the existing model, with a mixin (hence _name).
    _name = "mail.notification"
    _inherit = ["mail.notification", "ozel_kalem.thread.item.guard"]
    _ozel_kalem_via = "mail_message_id"
    _ozel_kalem_model_field = "model"

    @api.model
    def _ozel_kalem_own_domain(self):
        return [("res_partner_id", "=", self.env.user.partner_id.id)]
