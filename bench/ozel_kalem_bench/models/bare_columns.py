# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Plain columns that give a baseline model the width of an office model."""

from odoo import fields

_FIELDS = {
    "boolean": fields.Boolean,
    "char": fields.Char,
    "date": fields.Date,
    "datetime": fields.Datetime,
    "float": fields.Float,
    "html": fields.Html,
    "integer": fields.Integer,
    "text": fields.Text,
}
_DEFAULTS = {"char": "/", "date": fields.Date.context_today, "selection": "a"}


def bare_columns(shape):
    """``{name: field}`` of plain fields without any logic.  ``shape`` lists
    ``(type, count, has a default, indexed)``: the columns an office model
    has beyond those of ``ozel_kalem.bench.record``."""
    columns = {}
    for kind, count, with_default, indexed in shape:
        for _i in range(count):
            options = {"index": indexed}
            if with_default:
                options["default"] = _DEFAULTS[kind]
            if kind == "many2one":
                field = fields.Many2one("res.partner", **options)
            elif kind == "selection":
                field = fields.Selection([("a", "A"), ("b", "B")], **options)
            else:
                field = _FIELDS[kind](**options)
            columns[f"column_{len(columns) + 1}"] = field
    return columns
