# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

STAFF_STATUSES = [
    ("memur", "Civil Servant (657 4/A)"),
    ("sozlesmeli", "Contracted (5393 art. 49)"),
    ("isci", "Worker (4857)"),
    ("hizmet_alimi", "Outsourced Service"),
]


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    staff_status = fields.Selection(
        STAFF_STATUSES,
        string="Employment Status",
        tracking=True,
        help="Legal employment status of the staff member.",
    )
    is_office_staff = fields.Boolean(
        string="Private Office Staff",
        related="department_id.is_office_unit",
        store=True,
        index=True,
    )
    # The office's custody fields: for the office's roles only, as Odoo's
    # HR addons restrict theirs (an internal user, or an HR officer outside
    # the office, reads all fields of an employee without an AccessError);
    # they are mirrored on hr.employee.public, through which the office's
    # roles without HR rights read employees.
    office_asset_ids = fields.One2many(
        "ozel_kalem.asset",
        "holder_id",
        string="Assets in Custody",
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
        groups="ozel_kalem.group_user",
    )

    @api.depends("office_asset_ids")
    def _compute_office_asset_count(self):
        counts = dict(
            self.env["ozel_kalem.asset"]._read_group(
                [("holder_id", "in", self.ids)], ["holder_id"], ["__count"]
            )
        )
        for employee in self:
            employee.office_asset_count = counts.get(employee, 0)

    # ------------------------------------------------------------------
    # Norm-kadro
    # ------------------------------------------------------------------
    @api.constrains("job_id", "department_id", "active")
    def _check_norm_kadro(self):
        jobs = self.filtered(
            lambda e: e.active and e.is_office_staff and e.job_id.norm_kadro
        ).job_id
        if not jobs:
            return
        counts = dict(
            self.env["hr.employee"]
            .sudo()
            ._read_group(
                [("job_id", "in", jobs.ids), ("is_office_staff", "=", True)],
                ["job_id"],
                ["__count"],
            )
        )
        for job in jobs:
            if counts.get(job, 0) > job.norm_kadro:
                raise ValidationError(
                    self.env._(
                        "The norm staff limit of the title %(title)s is "
                        "%(limit)s: the office cannot have %(count)s staff with it.",
                        title=job.name,
                        limit=job.norm_kadro,
                        count=counts[job],
                    )
                )

    # ------------------------------------------------------------------
    # Custody (zimmet) and departure
    # ------------------------------------------------------------------
    def _ozel_kalem_custody_records(self):
        """What this employee holds and must hand over before leaving.

        Returns a list of ``(item_type, records)`` pairs, ``item_type`` being a
        value of ``ozel_kalem.handover.line.item_type``.  Addons that give
        staff custody of something (documents, requests, instructions) extend
        this method; each model listed implements
        ``_ozel_kalem_handover_transfer(successor, handover)``.
        """
        self.ensure_one()
        items = [
            (
                "asset",
                self.env["ozel_kalem.asset"].search([("holder_id", "=", self.id)]),
            )
        ]
        if self.user_id:
            # Open tasks on the office's own records only: a to-do on a
            # contact or on another application's record is not the
            # office's to hand over (nor a reason to refuse a departure).
            items.append(
                (
                    "activity",
                    self.env["mail.activity"].search(
                        [
                            ("user_id", "=", self.user_id.id),
                            ("res_model", "in", self._ozel_kalem_office_models()),
                        ]
                    ),
                )
            )
        return [(item_type, records) for item_type, records in items if records]

    def _ozel_kalem_office_models(self):
        """The models of the office (the suite's addons), whose open tasks
        are part of a person's custody."""
        return [
            name
            for name, model in self.env.registry.items()
            if name.startswith("ozel_kalem.") and not model._abstract
        ]

    def _ozel_kalem_check_custody_cleared(self):
        for employee in self:
            custody = employee.sudo()._ozel_kalem_custody_records()
            if custody:
                count = sum(len(records) for __, records in custody)
                raise UserError(
                    self.env._(
                        "%(employee)s still has %(count)s item(s) in custody "
                        "(assets, open tasks or documents). Sign a handover record "
                        "that transfers them to a successor before the departure.",
                        employee=employee.name,
                        count=count,
                    )
                )

    def write(self, vals):
        if "active" in vals and not vals["active"]:
            self.filtered("active")._ozel_kalem_check_custody_cleared()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_custody(self):
        self._ozel_kalem_check_custody_cleared()

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_open_office_assets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "ozel_kalem.ozel_kalem_asset_action"
        )
        action["domain"] = [("holder_id", "=", self.id)]
        action["context"] = {"default_holder_id": self.id}
        return action

    def action_new_handover(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "ozel_kalem.handover",
            "view_mode": "form",
            "context": {"default_employee_id": self.id},
        }
