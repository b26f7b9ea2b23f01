# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class IrSequenceDateRange(models.Model):
    _inherit = "ir.sequence.date_range"

    # The office's numbering finds a sequence's ranges in a cache
    # (``ir.sequence._ozel_kalem_date_ranges``): it is cleared whenever a
    # range is created, moved or deleted.  Drawing a number changes none
    # of these (Odoo updates the counter in SQL).

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        if {"date_from", "date_to", "sequence_id"} & vals.keys():
            self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()
