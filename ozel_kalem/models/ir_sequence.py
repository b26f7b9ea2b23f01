# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime

import pytz

from odoo import api, fields, models, tools

from odoo.addons.base.models.ir_sequence import _select_nextval

# The dates a prefix or suffix may name, as Odoo's
# ``ir.sequence._get_prefix_suffix`` gives them: ``%(year)s`` of the
# sequence's date, ``%(range_year)s`` of its yearly range, ``%(current_year)s``
# of now.
DATE_FORMATS = {
    "year": "%Y",
    "month": "%m",
    "day": "%d",
    "y": "%y",
    "doy": "%j",
    "woy": "%W",
    "weekday": "%w",
    "h24": "%H",
    "h12": "%I",
    "min": "%M",
    "sec": "%S",
}


# The codes of the suite's own sequences (data/ir_sequence_data.xml of
# ozel_kalem, the press and protocol data files) all start with one of these:
# only a change to one of them clears the office's cached lookups.
OFFICE_CODE_PREFIXES = ("ozel_kalem.",)


class _Dates(dict):
    """The values of a prefix's ``%(...)s`` keys, each formatted when the
    prefix names it: Odoo formats all 33 of them for every number, a third
    of the cost of numbering a record (see bench/)."""

    def __init__(self, date, range_date, now):
        super().__init__()
        self.dates = {"": date, "range": range_date, "current": now}

    def __missing__(self, key):
        kind, __, name = key.rpartition("_")
        if name not in DATE_FORMATS or kind not in self.dates:
            kind, name = "", key  # "year", or a key unknown to Odoo too
        self[key] = self.dates[kind].strftime(DATE_FORMATS[name])
        return self[key]


class IrSequence(models.Model):
    _inherit = "ir.sequence"

    @api.model
    @tools.ormcache("code", "company_id")
    def _ozel_kalem_sequence_id(self, code, company_id):
        """The id of the sequence ``next_by_code(code)`` draws from in the
        company (its own, else a shared one), or False.

        Every office record is numbered on creation, and the lookup was a
        third of the cost of numbering it (see bench/): it is cached, and
        the cache is cleared whenever an office sequence is created,
        changed or deleted (``_ozel_kalem_clear_cache``)."""
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
        """``_next()``, with the date range found in the cache.

        Odoo searches the sequence's ranges on every number (a third of the
        cost of numbering a record, see bench/).  A date without a range
        goes to Odoo's ``_next``, which creates it; a "no gap" range draws
        its number with its own ``_next``.  A standard range draws it from
        its PostgreSQL sequence, as Odoo does, and the number is formatted
        as Odoo's ``get_next_char`` formats it."""
        self.ensure_one()
        if not self.use_date_range:
            return self._next(sequence_date=sequence_date)
        day = fields.Date.to_date(
            sequence_date
            or self.env.context.get("ir_sequence_date")
            or fields.Date.today()  # as Odoo's _next
        )
        for date_from, date_to, range_id in self._ozel_kalem_date_ranges(self.id):
            if not date_from <= day <= date_to:
                continue
            if self.implementation != "standard":
                return (
                    self.env["ir.sequence.date_range"]
                    .browse(range_id)
                    .with_context(ir_sequence_date_range=date_from)
                    ._next()
                )
            (number,) = _select_nextval(
                self.env.cr, f"ir_sequence_{self.id:03d}_{range_id:03d}"
            )
            return self._ozel_kalem_format(number, date_from)
        return self._next(sequence_date=sequence_date)

    def _ozel_kalem_format(self, number, range_date):
        """``get_next_char(number)`` of a number of the range starting on
        ``range_date``: the same prefix and suffix, the same padding."""
        now = datetime.now(pytz.timezone(self.env.context.get("tz") or "UTC"))
        date = self.env.context.get("ir_sequence_date")
        dates = _Dates(
            fields.Datetime.from_string(date) if date else now,
            fields.Datetime.from_string(range_date),
            now,
        )
        prefix = (self.prefix or "") % dates
        suffix = (self.suffix or "") % dates
        return f"{prefix}{number:0{self.padding}d}{suffix}"

    # ------------------------------------------------------------------
    # Cache of the lookups
    # ------------------------------------------------------------------
    @api.model
    def _ozel_kalem_is_office_code(self, code):
        return bool(code) and code.startswith(OFFICE_CODE_PREFIXES)

    def _ozel_kalem_clear_cache(self, codes=()):
        """Clear the cached lookups when one of these sequences (or one of
        ``codes``) is the office's.

        They live in Odoo's default ormcache: clearing it is signalled to
        the other workers at the end of the transaction, which clear theirs
        (the registry's cache signalling).  Other modules' sequences
        (accounting, Odoo's tests) are none of the office's business, and
        leave every worker's cache alone."""
        codes = set(codes) | set(self.sudo().mapped("code"))
        if any(self._ozel_kalem_is_office_code(code) for code in codes):
            self.env.registry.clear_cache()

    @api.model_create_multi
    def create(self, vals_list):
        sequences = super().create(vals_list)
        sequences._ozel_kalem_clear_cache()
        return sequences

    def write(self, vals):
        if {"code", "company_id", "active"} & vals.keys():
            # The codes before and after the change.
            self._ozel_kalem_clear_cache([vals.get("code")])
        return super().write(vals)

    def unlink(self):
        self._ozel_kalem_clear_cache()
        return super().unlink()
