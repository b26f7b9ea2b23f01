# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_html(self, report_ref, docids, data=None):
        """Write the print of classified records to the access ledger, as
        HTML (``/report/html``) or as PDF, which renders this HTML first (one
        line per request)."""
        result = super()._render_qweb_html(report_ref, docids, data=data)
        report = self._get_report(report_ref)
        confidential = self.env["ozel_kalem.confidential.mixin"]
        if docids and confidential._ozel_kalem_is_confidential_model(report.model):
            ids = [docids] if isinstance(docids, int) else docids
            self.env[report.model].browse(ids)._ozel_kalem_ledger_print(report.name)
        return result
