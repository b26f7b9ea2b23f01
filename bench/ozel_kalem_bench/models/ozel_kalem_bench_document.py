# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

from .bare_columns import DOCUMENT_WIDTH, bare_columns


class OzelKalemBenchDocument(models.Model):
    """The baseline record with the width of a document: its 51 columns
    (types, defaults, indexes), none of its logic."""

    _name = "ozel_kalem.bench.document"
    _inherit = "ozel_kalem.bench.record"
    _description = "Benchmark Baseline of a Document's Width"

    vars().update(bare_columns(DOCUMENT_WIDTH))
