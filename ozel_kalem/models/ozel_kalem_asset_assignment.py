# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL, sql


class OzelKalemAssetAssignment(models.Model):
    """One custody period (zimmet) of an asset with a staff member."""

    _name = "ozel_kalem.asset.assignment"
    _description = "Asset Custody (Zimmet)"
    _order = "date_assigned desc, id desc"
    _check_company_auto = True

    asset_id = fields.Many2one(
        "ozel_kalem.asset",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Holder",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    department_id = fields.Many2one(
        "hr.department", string="Unit", related="employee_id.department_id", store=True
    )
    date_assigned = fields.Date(required=True, default=fields.Date.context_today)
    date_returned = fields.Date(index=True)
    handover_id = fields.Many2one("ozel_kalem.handover", readonly=True, index=True)
    note = fields.Char()
    company_id = fields.Many2one(related="asset_id.company_id", store=True, index=True)

    def init(self):
        # One open custody per asset, enforced by the database so that two
        # clerks assigning the same item at once cannot both succeed.
        index = "ozel_kalem_asset_assignment_one_open"
        if not sql.index_exists(self.env.cr, index):
            self.env.cr.execute(
                SQL(
                    "CREATE UNIQUE INDEX %s ON %s (asset_id) "
                    "WHERE date_returned IS NULL",
                    SQL.identifier(index),
                    SQL.identifier(self._table),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        # Returns written just before (a handover, "take back") must reach the
        # database before the new custody, or the unique index would refuse
        # it; and a clear message beats the index's error.
        self.flush_model(["date_returned"])
        assets = self.env["ozel_kalem.asset"].browse(
            [vals["asset_id"] for vals in vals_list if vals.get("asset_id")]
        )
        assets._check_free_for_custody()
        return super().create(vals_list)

    @api.constrains("asset_id", "date_returned")
    def _check_single_holder(self):
        for assignment in self.filtered(lambda a: not a.date_returned):
            others = (assignment.asset_id.assignment_ids - assignment).filtered(
                lambda a: not a.date_returned
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "%(asset)s is already in the custody of %(holder)s: take "
                        "it back before giving it to someone else.",
                        asset=assignment.asset_id.display_name,
                        holder=others[0].employee_id.name,
                    )
                )
            if assignment.asset_id.state == "scrapped":
                raise ValidationError(
                    self.env._(
                        "%(asset)s is scrapped and cannot be given into custody.",
                        asset=assignment.asset_id.display_name,
                    )
                )

    @api.constrains("date_assigned", "date_returned")
    def _check_dates(self):
        for assignment in self:
            if (
                assignment.date_returned
                and assignment.date_returned < assignment.date_assigned
            ):
                raise ValidationError(
                    self.env._("An asset cannot be returned before it was given.")
                )
