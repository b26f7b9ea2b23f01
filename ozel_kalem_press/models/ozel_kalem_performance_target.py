# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemPerformanceTarget(models.Model):
    _inherit = "ozel_kalem.performance.target"

    indicator = fields.Selection(
        selection_add=[("release_coverage", "Average coverage per press release")],
        ondelete={"release_coverage": "cascade"},
    )

    def _measure_release_coverage(self, first, after):
        result = self.env["ozel_kalem.press.release"]._read_group(
            [
                ("state", "=", "published"),
                ("date_published", ">=", fields.Datetime.to_datetime(first)),
                ("date_published", "<", fields.Datetime.to_datetime(after)),
                ("company_id", "=", self.company_id.id),
            ],
            [],
            ["coverage_count:avg"],
        )
        return (result[0][0] or 0.0) if result else 0.0
