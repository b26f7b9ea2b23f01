# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemDistributionList(models.Model):
    """A saved routing (havale) list: the departments and people a kind of
    document always goes to, applied to a document in one step (DOC-2)."""

    _name = "ozel_kalem.distribution.list"
    _description = "Distribution List"
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    line_ids = fields.One2many(
        "ozel_kalem.distribution.list.line", "list_id", string="Receivers", copy=True
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    def _routing_commands(self, existing):
        """Commands adding the list's receivers missing from ``existing``
        routing lines."""
        self.ensure_one()
        seen = {(r.department_id.id, r.user_id.id) for r in existing}
        return [
            fields.Command.create(
                {
                    "department_id": line.department_id.id,
                    "user_id": line.user_id.id,
                    "role": line.role,
                    "note": line.note,
                }
            )
            for line in self.line_ids
            if (line.department_id.id, line.user_id.id) not in seen
        ]
