# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class MailMessage(models.Model):
    _inherit = "mail.message"

    def _read_format(self, fnames, load="_classic_read"):
        """The messages of a classified record read by a user (its chatter,
        or over the API) are written to the access ledger."""
        result = super()._read_format(fnames, load=load)
        if not self.env.su and set(fnames or ()) - {"id"}:
            self.env["ozel_kalem.access.log"]._log_attached(
                self,
                "read",
                "model",
                "res_id",
                lambda messages: self.env._(
                    "%(count)s message(s)", count=len(messages)
                ),
            )
        return result
