# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from odoo import fields, models
from odoo.exceptions import UserError


class OzelKalemEypSignature(models.TransientModel):
    """The e-signature made outside Odoo: the signer downloads the package
    summary, signs it with the smart card's software and uploads the
    signature (.imz, CAdES), which must verify over exactly that summary."""

    _name = "ozel_kalem.eyp.signature"
    _description = "Upload an e-Signature of a Package"

    document_id = fields.Many2one(
        "ozel_kalem.document", required=True, ondelete="cascade", readonly=True
    )
    signature = fields.Binary(string="Signature File (.imz, .p7s)", attachment=False)
    filename = fields.Char()

    def action_download_summary(self):
        self.ensure_one()
        return self.document_id.action_eyp_summary()

    def action_confirm(self):
        self.ensure_one()
        if not self.signature:
            raise UserError(self.env._("Choose the signature file to upload."))
        self.document_id._eyp_export_signed(base64.b64decode(self.signature))
        return {"type": "ir.actions.act_window_close"}
