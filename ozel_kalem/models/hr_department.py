# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.detsis import is_detsis


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
    ozel_kalem_detsis = fields.Char(
        string="DETSİS Number",
        help="The unit's own 8-digit number in the Devlet Teşkilatı Merkezi "
        "Kayıt Sistemi, when it has one (e.g. Özel Kalem Müdürlüğü).",
    )

    _sql_constraints = [
        (
            "office_unit_code_uniq",
            "unique(office_unit_code, company_id)",
            "The unit code must be unique per municipality.",
        ),
    ]

    @api.constrains("ozel_kalem_detsis")
    def _check_ozel_kalem_detsis(self):
        for department in self:
            if department.ozel_kalem_detsis and not is_detsis(
                department.ozel_kalem_detsis
            ):
                raise ValidationError(
                    self.env._(
                        "%(unit)s: a DETSİS number has 8 digits (%(value)s).",
                        unit=department.display_name,
                        value=department.ozel_kalem_detsis,
                    )
                )

    @api.onchange("parent_id")
    def _onchange_parent_id_office_unit(self):
        if self.parent_id.is_office_unit:
            self.is_office_unit = True

    def write(self, vals):
        if "manager_id" not in vals:
            return super().write(vals)
        former = {department: department.manager_id.user_id for department in self}
        result = super().write(vals)
        self._ozel_kalem_follow_manager(former)
        return result

    def _ozel_kalem_follow_manager(self, former):
        """The documents routed to a department are received by its manager
        (the routing names them by default): when the manager changes, the
        routings that named the former one go to the new one, with their
        receipt to acknowledge, and the former manager no longer sees what
        was routed to the department (need to know)."""
        changed = {
            department: user
            for department, user in former.items()
            if user and user != department.manager_id.user_id
        }
        if not changed:
            return
        routings = (
            self.env["ozel_kalem.document.routing"]
            .sudo()
            .search(
                [
                    ("department_id", "in", [dep.id for dep in changed]),
                    ("user_id", "in", [user.id for user in changed.values()]),
                ]
            )
        )
        receipt = self.env.ref("ozel_kalem.mail_act_document_receipt")
        for department, user in changed.items():
            moved = routings.filtered(
                lambda r, d=department, u=user: r.department_id == d and r.user_id == u
            )
            if not moved:
                continue
            new_user = department.manager_id.user_id
            with moved._ozel_kalem_action():
                moved.write({"user_id": new_user.id or False})
            receipts = moved.document_id.activity_ids.filtered(
                lambda a, u=user: a.user_id == u and a.activity_type_id == receipt
            )
            if new_user:
                receipts.write({"user_id": new_user.id})
            else:
                receipts.unlink()
        routings.document_id._ozel_kalem_unfollow_non_readers()
