# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

from .bare_columns import REQUEST_WIDTH, bare_columns


class OzelKalemBenchRequest(models.Model):
    """The baseline record with the width of a citizen's request: its 37
    columns (types, defaults, indexes), none of its logic."""

    _name = "ozel_kalem.bench.request"
    _inherit = "ozel_kalem.bench.record"
    _description = "Benchmark Baseline of a Request's Width"

    vars().update(bare_columns(REQUEST_WIDTH))
