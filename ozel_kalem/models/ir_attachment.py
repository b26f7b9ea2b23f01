# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError

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

    def _ozel_kalem_kept_packages(self):
        """The e-Yazışma packages and letters among these files that a
        document keeps (as sent or as received)."""
        if not self.ids:
            return self.browse()
        documents = (
            self.env["ozel_kalem.document"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [
                    "|",
                    ("eyp_attachment_id", "in", self.ids),
                    ("eyp_letter_attachment_id", "in", self.ids),
                ]
            )
        )
        return self & (documents.eyp_attachment_id | documents.eyp_letter_attachment_id)

    def _ozel_kalem_check_kept(self):
        kept = self._ozel_kalem_kept_packages()
        if kept:
            raise UserError(
                self.env._(
                    "%(files)s is the e-Yazışma package of a registered document "
                    "(or its letter): it is kept unchanged.",
                    files=", ".join(kept.mapped("name")),
                )
            )

    def write(self, vals):
        if not self.env.su and CONTENT_FIELDS.union(
            {"res_model", "res_id", "name"}
        ).intersection(vals):
            self._ozel_kalem_check_kept()
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self._ozel_kalem_check_kept()
        return super().unlink()
