# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

from .hr_employee import STAFF_STATUSES


class HrEmployeePublic(models.Model):
    """Office staff without HR rights read employees through this SQL view:
    it must carry the office fields that rules and views use."""

    _inherit = "hr.employee.public"

    staff_status = fields.Selection(
        STAFF_STATUSES, string="Employment Status", readonly=True
    )
    is_office_staff = fields.Boolean(string="Private Office Staff", readonly=True)

    # The office's custody fields of hr.employee, for the office's roles
    # (as hr_skills mirrors its resume and skills): the ids of public
    # employees are those of the employees.
    office_asset_ids = fields.One2many(
        "ozel_kalem.asset",
        "holder_id",
        string="Assets in Custody",
        readonly=True,
        groups="ozel_kalem.group_user",
    )
    office_asset_count = fields.Integer(
        string="Assets",
        compute="_compute_office_asset_count",
        groups="ozel_kalem.group_user",
    )
    handover_ids = fields.One2many(
        "ozel_kalem.handover",
        "employee_id",
        string="Handovers",
        readonly=True,
        groups="ozel_kalem.group_user",
    )

    @api.depends("office_asset_ids")
    def _compute_office_asset_count(self):
        counts = {
            holder.id: count
            for holder, count in self.env["ozel_kalem.asset"]._read_group(
                [("holder_id", "in", self.ids)], ["holder_id"], ["__count"]
            )
        }
        for employee in self:
            employee.office_asset_count = counts.get(employee.id, 0)
