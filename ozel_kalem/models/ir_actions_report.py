# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        """Write the print of classified records to the access ledger."""
        result = super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)
        report = self._get_report(report_ref)
        Model = self.env.get(report.model)
        if res_ids and Model is not None and "is_confidential" in Model._fields:
            ids = [res_ids] if isinstance(res_ids, int) else res_ids
            self.env["ozel_kalem.access.log"]._log(
                Model.browse(ids), "print", report.name
            )
        return result
