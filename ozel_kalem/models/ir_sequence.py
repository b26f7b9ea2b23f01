# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models, tools


class IrSequence(models.Model):
    _inherit = "ir.sequence"

    @api.model
    @tools.ormcache("code", "company_id")
    def _ozel_kalem_sequence_id(self, code, company_id):
        """The id of the sequence ``next_by_code(code)`` draws from in the
        company (its own, else a shared one), or False.

        Every office record is numbered on creation, and the lookup was a
        third of the cost of numbering it (see bench/): it is cached, and
        the cache is cleared whenever a sequence is created, changed or
        deleted.  The numbers themselves are drawn as Odoo draws them."""
        return (
            self.sudo()
            .search(
                [("code", "=", code), ("company_id", "in", [company_id, False])],
                order="company_id",
                limit=1,
            )
            .id
        )

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        if {"code", "company_id", "active"} & vals.keys():
            self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()
