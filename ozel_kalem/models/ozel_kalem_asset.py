# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemAsset(models.Model):
    """Movable property (taşınır / demirbaş) of the office.

    Odoo Community has no fixed-asset register with custody (account_asset is
    Enterprise, maintenance.equipment has no zimmet history or year-end
    count), so the register is kept here: the holder is derived from the
    custody records (zimmet), never typed in.
    """

    _name = "ozel_kalem.asset"
    _description = "Movable Property"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.asset"
    _ozel_kalem_number_field = "code"
    _order = "code desc, id desc"
    _rec_names_search = ["code", "name", "serial_number"]
    _check_company_auto = True

    code = fields.Char(
        string="Register No", default="/", readonly=True, copy=False, index=True
    )
    name = fields.Char(required=True, tracking=True)
    category_id = fields.Many2one(
        "ozel_kalem.asset.category",
        required=True,
        index=True,
        check_company=True,
        ondelete="restrict",
    )
    serial_number = fields.Char(tracking=True)
    acquisition_date = fields.Date()
    acquisition_value = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    location = fields.Char(tracking=True, help="Room or place where the item is kept.")
    assignment_ids = fields.One2many(
        "ozel_kalem.asset.assignment", "asset_id", string="Custody History"
    )
    holder_id = fields.Many2one(
        "hr.employee",
        string="In Custody of",
        compute="_compute_holder",
        store=True,
        index=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        compute="_compute_holder",
        store=True,
        index=True,
    )
    state = fields.Selection(
        [
            ("in_use", "In Use"),
            ("repair", "Under Repair"),
            ("scrapped", "Scrapped"),
        ],
        default="in_use",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    note = fields.Html()
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "code_company_uniq",
            "unique(code, company_id)",
            "The register number must be unique.",
        ),
    ]

    @api.depends("assignment_ids.date_returned", "assignment_ids.employee_id")
    def _compute_holder(self):
        for asset in self:
            current = asset.assignment_ids.filtered(lambda a: not a.date_returned)[:1]
            asset.holder_id = current.employee_id
            asset.department_id = current.employee_id.department_id

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.assignment_ids:
            raise UserError(
                self.env._(
                    "An asset that has been in someone's custody stays in the "
                    "register: scrap it instead of deleting it."
                )
            )

    def _check_free_for_custody(self):
        for asset in self:
            if asset.holder_id:
                raise ValidationError(
                    self.env._(
                        "%(asset)s is already in the custody of %(holder)s: take "
                        "it back before giving it to someone else.",
                        asset=asset.display_name,
                        holder=asset.holder_id.name,
                    )
                )
            if asset.state == "scrapped":
                raise ValidationError(
                    self.env._(
                        "%(asset)s is scrapped and cannot be given into custody.",
                        asset=asset.display_name,
                    )
                )

    def action_return(self):
        """Take the items back from their holders (end of zimmet)."""
        open_assignments = self.assignment_ids.filtered(lambda a: not a.date_returned)
        if not open_assignments:
            raise UserError(self.env._("The asset is not in anyone's custody."))
        open_assignments.write({"date_returned": fields.Date.context_today(self)})
        return True

    def action_repair(self):
        self._check_state(("in_use",), self.env._("Sending to repair"))
        self.write({"state": "repair"})
        return True

    def action_back_in_use(self):
        self._check_state(("repair",), self.env._("Putting back in use"))
        self.write({"state": "in_use"})
        return True

    def action_scrap(self):
        self._check_state(("in_use", "repair"), self.env._("Scrapping"))
        if self.filtered("holder_id"):
            raise UserError(
                self.env._("Take the asset back from its holder before scrapping it.")
            )
        self.write({"state": "scrapped"})
        return True

    def _ozel_kalem_handover_transfer(self, successor, handover):
        """Move the custody of these assets to the successor, in one batch."""
        open_assignments = self.assignment_ids.filtered(lambda a: not a.date_returned)
        open_assignments.write(
            {"date_returned": handover.date, "handover_id": handover.id}
        )
        self.env["ozel_kalem.asset.assignment"].create(
            [
                {
                    "asset_id": asset.id,
                    "employee_id": successor.id,
                    "date_assigned": handover.date,
                    "handover_id": handover.id,
                }
                for asset in self
            ]
        )
