# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

from .bare_columns import bare_columns


class OzelKalemBenchRequest(models.Model):
    """The baseline record with the width of a citizen's request: its 32
    columns (types, defaults, indexes), none of its logic."""

    _name = "ozel_kalem.bench.request"
    _inherit = "ozel_kalem.bench.record"
    _description = "Benchmark Baseline of a Request's Width"

    vars().update(
        bare_columns(
            [
                ("boolean", 1, False, False),
                ("boolean", 1, False, True),
                ("char", 3, False, False),
                ("char", 1, True, True),
                ("date", 1, False, False),
                ("date", 1, False, True),
                ("float", 2, False, False),
                ("html", 1, False, False),
                ("integer", 2, False, False),
                ("many2one", 2, False, True),
                ("selection", 2, False, False),
                ("selection", 1, True, False),
                ("selection", 1, True, True),
                ("text", 1, False, False),
            ]
        )
    )
