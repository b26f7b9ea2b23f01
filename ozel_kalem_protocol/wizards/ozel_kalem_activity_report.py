# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class OzelKalemActivityReport(models.TransientModel):
    _inherit = "ozel_kalem.activity.report"

    def _sections(self):
        sections = super()._sections()
        env = self.env
        Courtesy = env["ozel_kalem.courtesy"]
        courtesies = self._in_year("date")
        appropriation = env["ozel_kalem.appropriation"].search(
            [
                ("fiscal_year", "=", self.year),
                ("budget_type", "=", "representation"),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )
        planned = appropriation.amount_total
        booked = appropriation.amount_booked
        sections += [
            {
                "title": self.env._("Protocol"),
                "rows": [
                    (
                        self.env._("Ceremonies and events held"),
                        env["ozel_kalem.protocol.event"].search_count(
                            self._in_year("date_begin", True) + [("state", "=", "done")]
                        ),
                    ),
                    (
                        self.env._("Courtesies sent in the mayor's name"),
                        Courtesy.search_count(
                            courtesies
                            + [("direction", "=", "sent"), ("state", "=", "delivered")]
                        ),
                    ),
                    (
                        self.env._("Courtesies received"),
                        Courtesy.search_count(
                            courtesies + [("direction", "=", "received")]
                        ),
                    ),
                    (
                        self.env._("Official guests received"),
                        env["ozel_kalem.official.guest"].search_count(
                            self._in_year("arrival", True)
                            + [("state", "in", ("here", "left"))]
                        ),
                    ),
                    (
                        self.env._("Trips of the mayor"),
                        env["ozel_kalem.trip"].search_count(
                            self._in_year("date_begin", True)
                            + [("state", "in", ("approved", "done"))]
                        ),
                    ),
                ],
            },
            {
                "title": self.env._("Representation Budget"),
                "rows": [
                    (self.env._("Appropriation"), planned),
                    (self.env._("Booked"), booked),
                    (
                        self.env._("Execution (%)"),
                        round(100.0 * booked / planned, 1) if planned else 0.0,
                    ),
                ],
            },
        ]
        return sections
