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

# The columns a document and a request have beyond the 12 of
# ``ozel_kalem.bench.record``: (type, count, has a default, indexed).
DOCUMENT_WIDTH = [
    ("boolean", 2, False, False),
    ("boolean", 2, False, True),
    ("char", 2, False, False),
    ("char", 2, False, True),
    ("date", 4, False, False),
    ("datetime", 2, False, False),
    ("datetime", 1, False, True),
    ("html", 1, False, False),
    ("many2one", 5, False, False),
    ("many2one", 4, False, True),
    ("selection", 3, False, False),
    ("selection", 5, True, False),
    ("selection", 1, True, True),
    ("text", 5, False, False),
]
REQUEST_WIDTH = [
    ("boolean", 1, False, False),
    ("boolean", 1, False, True),
    ("char", 3, False, False),
    ("char", 1, True, True),
    ("date", 4, False, False),
    ("date", 1, False, True),
    ("float", 3, False, False),
    ("html", 1, False, False),
    ("integer", 2, False, False),
    ("many2one", 2, False, True),
    ("selection", 3, False, False),
    ("selection", 1, True, False),
    ("selection", 1, True, True),
    ("text", 1, False, False),
]


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
