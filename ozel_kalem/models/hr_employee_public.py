# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from .hr_employee import STAFF_STATUSES


class HrEmployeePublic(models.Model):
    """Office staff without HR rights read employees through this SQL view:
    it must carry the office fields that rules and views use."""

    _inherit = "hr.employee.public"

    staff_status = fields.Selection(
        STAFF_STATUSES, string="Employment Status", readonly=True
    )
    is_office_staff = fields.Boolean(string="Private Office Staff", readonly=True)
