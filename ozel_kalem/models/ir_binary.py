# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class IrBinary(models.AbstractModel):
    _inherit = "ir.binary"

    def _record_to_stream(self, record, field_name):
        """Write the download of a classified record's attachment to the
        access ledger (the access itself was checked on the record)."""
        stream = super()._record_to_stream(record, field_name)
        if record._name == "ir.attachment":
            self.env["ozel_kalem.access.log"]._log_attached(
                record, "download", "res_model", "res_id", lambda files: files.name
            )
        return stream
