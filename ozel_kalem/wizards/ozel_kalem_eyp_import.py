# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from odoo import fields, models


class OzelKalemEypImport(models.TransientModel):
    """Register an e-Yazışma package received outside KEP (a file on disk,
    a USB stick, another system): checked rule by rule, registered as an
    incoming document, or refused with nothing stored."""

    _name = "ozel_kalem.eyp.import"
    _description = "Import an e-Yazışma Package"

    # Kept in the wizard's row, not as a file: a refused package leaves no
    # attachment behind.  Required in the form; an empty one is refused with
    # a message by the import itself.
    package = fields.Binary(string="e-Yazışma Package (.eyp)", attachment=False)
    filename = fields.Char()
    channel = fields.Selection(
        [("ebys", "EBYS"), ("kep", "KEP")],
        string="Received via",
        required=True,
        default="ebys",
    )

    def action_import(self):
        self.ensure_one()
        document = self.env["ozel_kalem.document"]._eyp_import(
            base64.b64decode(self.package or b""), self.filename, self.channel
        )
        # The package now lives on the document, under its rules.
        self.package = False
        return {
            "type": "ir.actions.act_window",
            "res_model": "ozel_kalem.document",
            "res_id": document.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
