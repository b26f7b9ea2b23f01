# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

# The fields that are the file itself, not its description.
CONTENT_FIELDS = frozenset({"datas", "raw", "db_datas", "index_content"})


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _read_format(self, fnames, load="_classic_read"):
        """The files of a classified record read by a user (over the API,
        or listed in its chatter) are written to the access ledger: as a
        download when their content is read.  Odoo checked the access on
        the record itself."""
        result = super()._read_format(fnames, load=load)
        if not self.env.su and set(fnames or ()) - {"id"}:
            self.env["ozel_kalem.access.log"]._log_attached(
                self,
                "download" if CONTENT_FIELDS & set(fnames) else "read",
                "res_model",
                "res_id",
                lambda attachments: ", ".join(attachments.mapped("name")),
            )
        return result
