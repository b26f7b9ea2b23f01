# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models, tools


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

    @api.model
    @tools.ormcache("sequence_id")
    def _ozel_kalem_date_ranges(self, sequence_id):
        """The ``(date_from, date_to, id)`` of the sequence's yearly ranges,
        in Odoo's order (cleared with them, see ``ir.sequence.date_range``)."""
        ranges = (
            self.env["ir.sequence.date_range"]
            .sudo()
            .search_fetch([("sequence_id", "=", sequence_id)], ["date_from", "date_to"])
        )
        return tuple((r.date_from, r.date_to, r.id) for r in ranges)

    def _ozel_kalem_next(self, sequence_date=None):
        """``_next()`` with the date range found in the cache.

        Odoo searches the sequence's ranges on every number (a third of the
        cost of numbering a record, see bench/).  The number is still drawn
        by the range's own ``_next``; a date without a range goes to Odoo's
        ``_next``, which creates it."""
        self.ensure_one()
        if not self.use_date_range:
            return self._next(sequence_date=sequence_date)
        day = fields.Date.to_date(
            sequence_date
            or self.env.context.get("ir_sequence_date")
            or fields.Date.today()  # as Odoo's _next
        )
        for date_from, date_to, range_id in self._ozel_kalem_date_ranges(self.id):
            if date_from <= day <= date_to:
                return (
                    self.env["ir.sequence.date_range"]
                    .browse(range_id)
                    .with_context(ir_sequence_date_range=date_from)
                    ._next()
                )
        return self._next(sequence_date=sequence_date)

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
