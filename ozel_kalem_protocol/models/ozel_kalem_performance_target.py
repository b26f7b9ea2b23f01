# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemPerformanceTarget(models.Model):
    _inherit = "ozel_kalem.performance.target"

    indicator = fields.Selection(
        selection_add=[
            ("appropriation_execution", "Representation appropriation executed (%)")
        ],
        ondelete={"appropriation_execution": "cascade"},
    )

    def _measure_appropriation_execution(self, first, after):
        appropriation = self.env["ozel_kalem.appropriation"].search(
            [
                ("fiscal_year", "=", first.year),
                ("budget_type", "=", "representation"),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )
        planned = appropriation.amount_total
        return 100.0 * appropriation.amount_booked / planned if planned else 0.0
