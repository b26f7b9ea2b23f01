# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class OzelKalemActivityReport(models.TransientModel):
    _inherit = "ozel_kalem.activity.report"

    def _sections(self):
        sections = super()._sections()
        env = self.env
        items = self._in_year("date")
        tones = dict(
            env["ozel_kalem.media.item"]._read_group(items, ["tone"], ["__count"])
        )
        total = sum(tones.values())

        def share(tone):
            return round(100.0 * tones.get(tone, 0) / total, 1) if total else 0.0

        sections.append(
            {
                "title": self.env._("Press and Public Relations"),
                "rows": [
                    (
                        self.env._("Press releases published"),
                        env["ozel_kalem.press.release"].search_count(
                            self._in_year("date_published", True)
                            + [("state", "=", "published")]
                        ),
                    ),
                    (self.env._("News items archived"), total),
                    (self.env._("Positive (%)"), share("positive")),
                    (self.env._("Negative (%)"), share("negative")),
                    (
                        self.env._("False items corrected"),
                        env["ozel_kalem.media.item"].search_count(
                            items
                            + [
                                ("is_false", "=", True),
                                ("correction_state", "=", "published"),
                            ]
                        ),
                    ),
                    (
                        self.env._("Design requests delivered"),
                        env["ozel_kalem.design.request"].search_count(
                            self._in_year("date_delivered")
                        ),
                    ),
                ],
            }
        )
        return sections
