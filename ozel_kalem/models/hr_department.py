# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    is_office_unit = fields.Boolean(
        string="Private Office Unit",
        index=True,
        help="The Private Office itself or one of its units (Protocol, Public "
        "Relations, Press...). Sub-units of an office unit are office units too.",
    )
    office_unit_code = fields.Char(
        string="Unit Code",
        help="Short code of the unit, used in registration numbers and reports.",
    )

    _sql_constraints = [
        (
            "office_unit_code_uniq",
            "unique(office_unit_code, company_id)",
            "The unit code must be unique per municipality.",
        ),
    ]

    @api.onchange("parent_id")
    def _onchange_parent_id_office_unit(self):
        if self.parent_id.is_office_unit:
            self.is_office_unit = True
