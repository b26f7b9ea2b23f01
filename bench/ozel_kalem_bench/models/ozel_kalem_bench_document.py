# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

from .bare_columns import bare_columns


class OzelKalemBenchDocument(models.Model):
    """The baseline record with the width of a document: its 45 columns
    (types, defaults, indexes), none of its logic."""

    _name = "ozel_kalem.bench.document"
    _inherit = "ozel_kalem.bench.record"
    _description = "Benchmark Baseline of a Document's Width"

    vars().update(
        bare_columns(
            [
                ("boolean", 1, False, False),
                ("boolean", 2, False, True),
                ("char", 2, False, False),
                ("char", 1, False, True),
                ("date", 3, False, False),
                ("datetime", 2, False, False),
                ("datetime", 1, False, True),
                ("html", 1, False, False),
                ("many2one", 4, False, False),
                ("many2one", 2, False, True),
                ("selection", 3, False, False),
                ("selection", 5, True, False),
                ("selection", 1, True, True),
                ("text", 5, False, False),
            ]
        )
    )
