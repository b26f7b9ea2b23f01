# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.file_plan import CODE_PATTERN, usable_on_letters


class OzelKalemFileCode(models.Model):
    """A code of the Standart Dosya Planı (DOC-1, DOC-7).

    Shipped as data: a small default set of the common codes, and the
    municipality's own list imported from the KAYSİS CSV with Odoo's import
    (columns ``code``, ``name``, ``retention``).  The parent is derived from
    the code, so an imported list needs no parent column."""

    _name = "ozel_kalem.file.code"
    _description = "File Plan Code"
    _order = "code"
    _rec_names_search = ["code", "name"]
    _parent_store = True

    code = fields.Char(required=True, index=True)
    name = fields.Char(string="Subject", required=True, translate=True)
    parent_id = fields.Many2one(
        "ozel_kalem.file.code",
        compute="_compute_parent_id",
        store=True,
        index=True,
        recursive=True,
        ondelete="restrict",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("ozel_kalem.file.code", "parent_id")
    has_children = fields.Boolean(compute="_compute_has_children", store=True)
    usable_on_letters = fields.Boolean(
        compute="_compute_usable_on_letters",
        store=True,
        help="A leaf of the plan outside 020 (Olurlar, Onaylar): a code with "
        "sub-levels is not used on its own, and 020 names files only.",
    )
    retention = fields.Char(
        help="Retention period and code of the KAYSİS list (saklama süresi)."
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "A file plan code is defined once."),
    ]

    @api.constrains("code")
    def _check_code(self):
        for file_code in self:
            if not CODE_PATTERN.match(file_code.code or ""):
                raise ValidationError(
                    self.env._(
                        "%(code)s is not a file plan code: three digits, then up to "
                        "three levels of two digits separated by dots, e.g. 010.06.01 "
                        "(a body's own sub-code in brackets, e.g. 050.01.[12]).",
                        code=file_code.code,
                    )
                )

    @api.depends("code")
    def _compute_parent_id(self):
        parent_codes = {
            file_code: file_code.code.rsplit(".", 1)[0]
            for file_code in self
            if file_code.code and "." in file_code.code
        }
        parents = self.search([("code", "in", list(set(parent_codes.values())))])
        by_code = {parent.code: parent for parent in parents}
        for file_code in self:
            file_code.parent_id = by_code.get(parent_codes.get(file_code))

    @api.depends("code", "has_children")
    def _compute_usable_on_letters(self):
        for file_code in self:
            file_code.usable_on_letters = usable_on_letters(
                file_code.code or "", file_code.has_children
            )

    @api.depends("child_ids")
    def _compute_has_children(self):
        for file_code in self:
            file_code.has_children = bool(file_code.child_ids)

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        # Codes imported before their parent: attach the orphans now.
        prefixes = [f"{code}." for code in records.mapped("code")]
        if prefixes:
            domain = ["|"] * (len(prefixes) - 1) + [
                ("code", "=like", f"{prefix}%") for prefix in prefixes
            ]
            orphans = self.search([("parent_id", "=", False), *domain])
            if orphans:
                self.env.add_to_compute(self._fields["parent_id"], orphans)
        return records

    @api.depends("code", "name")
    def _compute_display_name(self):
        for file_code in self:
            file_code.display_name = f"{file_code.code} {file_code.name}"
