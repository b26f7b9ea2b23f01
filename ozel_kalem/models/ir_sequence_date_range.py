# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class IrSequenceDateRange(models.Model):
    _inherit = "ir.sequence.date_range"

    # The office's numbering finds a sequence's ranges in a cache
    # (``ir.sequence._ozel_kalem_date_ranges``): it is cleared whenever a
    # range of an office sequence is created, moved or deleted.  Drawing a
    # number changes none of these (Odoo updates the counter in SQL), and
    # the ranges of other modules' sequences leave the cache alone.

    @api.model_create_multi
    def create(self, vals_list):
        ranges = super().create(vals_list)
        ranges.sequence_id._ozel_kalem_clear_cache()
        return ranges

    def write(self, vals):
        if {"date_from", "date_to", "sequence_id"} & vals.keys():
            sequences = self.sequence_id
            if vals.get("sequence_id"):
                sequences |= sequences.browse(vals["sequence_id"])
            sequences._ozel_kalem_clear_cache()
        return super().write(vals)

    def unlink(self):
        self.sequence_id._ozel_kalem_clear_cache()
        return super().unlink()
