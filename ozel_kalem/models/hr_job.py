# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class HrJob(models.Model):
    """A title (kadro unvanı) of the office carries its norm-kadro limit."""

    _inherit = "hr.job"

    norm_kadro = fields.Integer(
        string="Norm Staff Limit",
        help="Maximum number of active office staff with this title, as set by "
        "the municipality's norm-kadro decision. 0 means no limit.",
    )
    office_staff_count = fields.Integer(
        string="Office Staff",
        compute="_compute_office_staff_count",
        help="Active staff of the Private Office holding this title.",
    )

    _sql_constraints = [
        (
            "norm_kadro_positive",
            "CHECK(norm_kadro >= 0)",
            "The norm staff limit cannot be negative.",
        ),
    ]

    @api.depends("employee_ids.is_office_staff", "employee_ids.active")
    def _compute_office_staff_count(self):
        counts = dict(
            self.env["hr.employee"]._read_group(
                [("job_id", "in", self.ids), ("is_office_staff", "=", True)],
                ["job_id"],
                ["__count"],
            )
        )
        for job in self:
            job.office_staff_count = counts.get(job, 0)
