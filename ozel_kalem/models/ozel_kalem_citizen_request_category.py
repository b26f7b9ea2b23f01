# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemCitizenRequestCategory(models.Model):
    """What a citizen's request is about (roads, cleaning, social help...)
    and the department that answers it: choosing the category routes the
    request (CIT-2)."""

    _name = "ozel_kalem.citizen.request.category"
    _description = "Citizen Request Category"
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    department_id = fields.Many2one(
        "hr.department",
        string="Answered by",
        check_company=True,
        help="The department the requests of this category are routed to.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", index=True, default=lambda self: self.env.company
    )
