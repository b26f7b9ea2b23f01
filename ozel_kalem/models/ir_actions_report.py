# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from ..tools.pdf_pages import stamp_page_numbers, wkhtmltopdf_prints_footers


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    ozel_kalem_page_numbers = fields.Boolean(
        string="Number the Pages",
        help='Stamp "Page n / N" at the foot of every page of the PDF, also '
        "with a wkhtmltopdf that prints no header or footer (the one of Debian "
        "and Ubuntu).",
    )

    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        content, kind = super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)
        report = self._get_report(report_ref)
        if (
            kind == "pdf"
            and report.ozel_kalem_page_numbers
            and not wkhtmltopdf_prints_footers()
        ):
            content = stamp_page_numbers(
                content, self.env._("Page %(page)s / %(pages)s")
            )
        return content, kind

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
