# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import UserError


class OzelKalemNumberedMixin(models.AbstractModel):
    """The number of an office record, from an ``ir.sequence`` of its
    company.

    A model names its sequence in ``_ozel_kalem_sequence_code`` (and the
    field in ``_ozel_kalem_number_field``, ``number`` by default): a record
    created with that field at "/" (its default) gets the next number of
    the sequence of its own company.  The registries numbered at
    registration rather than creation (the documents) call
    ``_next_registry_number``."""

    _name = "ozel_kalem.numbered.mixin"
    _description = "Office Numbering"

    _ozel_kalem_sequence_code = None
    _ozel_kalem_number_field = "number"

    @api.model_create_multi
    def create(self, vals_list):
        if self._ozel_kalem_sequence_code:
            self._number_from_sequence(
                vals_list, self._ozel_kalem_number_field, self._ozel_kalem_sequence_code
            )
        return super().create(vals_list)

    @api.model
    def _number_from_sequence(self, vals_list, field_name, code):
        """Give every new record whose ``field_name`` is "/" the next number
        of the ``ir.sequence`` ``code`` of its company (concurrency-safe,
        never max()+1), as ``next_by_code`` would, with the sequence and its
        yearly range found in a cache."""
        to_number = [vals for vals in vals_list if vals.get(field_name, "/") == "/"]
        if not to_number:
            return vals_list
        Sequence = self.env["ir.sequence"]
        Sequence.browse().check_access("read")
        sequences = {}
        for vals in to_number:
            company_id = vals.get("company_id") or self.env.company.id
            if company_id not in sequences:
                sequences[company_id] = Sequence.browse(
                    Sequence._ozel_kalem_sequence_id(code, company_id)
                )
            sequence = sequences[company_id]
            vals[field_name] = sequence._ozel_kalem_next() if sequence else "/"
        return vals_list

    def _display_with_number(self, number_field="number"):
        """``display_name`` as "<number> <name>" once the record is numbered
        (for the models whose ``_compute_display_name`` calls it)."""
        for record in self:
            number = record[number_field]
            record.display_name = (
                f"{number} {record.name}" if number and number != "/" else record.name
            )

    @api.model
    def _next_registry_number(self, code, sequence_date=None):
        """The next number of a registry (``ir.sequence`` ``code``, of the
        current company): unique and without gaps, even when several clerks
        register at the same instant.

        The sequence uses the "no gap" implementation, whose number is taken
        in the registering transaction.  Its own row is first updated (to the
        same value): a concurrent registration waits for it, then fails with
        a serialization error that Odoo retries on a fresh snapshot.  So the
        registrations of one registry are taken one at a time, and the yearly
        range is created once, on 1 January too."""
        Sequence = self.env["ir.sequence"].sudo()
        sequence = Sequence.browse(
            Sequence._ozel_kalem_sequence_id(code, self.env.company.id)
        )
        if not sequence:
            raise UserError(
                self.env._(
                    "The numbering %(code)s is missing: ask the administrator.",
                    code=code,
                )
            )
        self.env.cr.execute(
            "UPDATE ir_sequence SET number_next = number_next WHERE id = %s",
            [sequence.id],
        )
        return sequence._ozel_kalem_next(sequence_date=sequence_date)
