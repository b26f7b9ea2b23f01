# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemDutyAssignment(models.Model):
    """A duty given to a staff member inside the office (görevlendirme).

    Moving someone to another unit needs the mayor's approval (Kars art. 11);
    a duty inside the person's own unit takes effect when confirmed.
    """

    _name = "ozel_kalem.duty.assignment"
    _description = "Duty Assignment"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.approval.mixin"]
    _order = "date_start desc, id desc"
    # A change of unit is approved by its approver (the mayor by default):
    # ozel_kalem.approval.mixin, tier definition in data/.
    _state_from = ["to_approve"]
    _state_to = ["active"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem.mail_act_mayor_approval"
    _ozel_kalem_review_fields = ("refusal_reason",)
    # Set by the actions only (submit, approve, refuse, end, cancel); the
    # change of unit is made as the mayor approved it.
    _ozel_kalem_action_fields = ("state", "decision_date")
    _ozel_kalem_vouched_fields = (
        "name",
        "employee_id",
        "origin_department_id",
        "department_id",
        "date_start",
        "approver_id",
    )
    _check_company_auto = True

    name = fields.Char(string="Duty", required=True, tracking=True)
    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('is_office_staff', '=', True)]",
    )
    origin_department_id = fields.Many2one(
        "hr.department",
        string="Current Unit",
        readonly=True,
        help="The unit of the staff member when the assignment was registered.",
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit of Duty",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('is_office_unit', '=', True)]",
    )
    is_unit_change = fields.Boolean(
        compute="_compute_is_unit_change",
        store=True,
        help="The duty is in another unit: the mayor must approve it.",
    )
    date_start = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True
    )
    date_end = fields.Date(tracking=True)
    note = fields.Html()
    approver_id = fields.Many2one(
        "res.users",
        domain=lambda self: [
            ("groups_id", "in", self.env.ref("ozel_kalem.group_mayor").id)
        ],
        help="Mayor or deputy mayor who approves a change of unit.",
    )
    decision_date = fields.Datetime(readonly=True, copy=False)
    refusal_reason = fields.Text(copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_approve", "Awaiting Mayor's Approval"),
            ("active", "In Effect"),
            ("done", "Ended"),
            ("refused", "Refused"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("origin_department_id", "department_id")
    def _compute_is_unit_change(self):
        for assignment in self:
            assignment.is_unit_change = bool(
                assignment.origin_department_id
                and assignment.department_id != assignment.origin_department_id
            )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for assignment in self:
            if assignment.date_end and assignment.date_end < assignment.date_start:
                raise ValidationError(
                    self.env._("The end of a duty cannot be before its start.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        employees = self.env["hr.employee"].browse(
            [vals["employee_id"] for vals in vals_list if vals.get("employee_id")]
        )
        units = {employee.id: employee.department_id.id for employee in employees}
        for vals in vals_list:
            if not vals.get("origin_department_id") and vals.get("employee_id"):
                vals["origin_department_id"] = units.get(vals["employee_id"])
            if not vals.get("approver_id"):
                vals["approver_id"] = self.env.company._ozel_kalem_mayor().id
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if any(assignment.state not in ("draft", "cancelled") for assignment in self):
            raise UserError(
                self.env._(
                    "A duty assignment that was submitted is kept for the record; "
                    "cancel or end it instead of deleting it."
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _check_can_decide(self):
        self._check_group(
            "ozel_kalem.group_mayor",
            self.env._(
                "Only the mayor or a deputy mayor can decide on a change of unit."
            ),
        )

    def action_submit(self):
        self._check_state(("draft",), self.env._("Submitting"))
        to_approve = self.filtered("is_unit_change")
        if to_approve.filtered(lambda a: not a.approver_id):
            raise UserError(
                self.env._(
                    "A change of unit needs an approver: no mayor user is defined."
                )
            )
        to_approve._ozel_kalem_action_write({"state": "to_approve"})
        to_approve._ozel_kalem_request_review()
        (self - to_approve)._do_activate()
        return True

    def action_approve(self):
        self._check_can_decide()
        return self._ozel_kalem_review_all(self.env._("Approving"), approve=True)

    def _ozel_kalem_on_validated(self):
        self._ozel_kalem_action_write({"decision_date": fields.Datetime.now()})
        self._do_activate()

    def _ozel_kalem_desk_return(self, reason):
        self.write({"refusal_reason": reason})
        return self.action_refuse()

    def action_refuse(self):
        self._check_can_decide()
        return self._ozel_kalem_review_all(
            self.env._("Refusing"),
            approve=False,
            reason_field="refusal_reason",
            missing_reason=self.env._("Write the reason of the refusal first."),
        )

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_action_write(
            {"state": "refused", "decision_date": fields.Datetime.now()}
        )

    def action_end(self):
        self._check_state(("active",), self.env._("Ending"))
        today = fields.Date.context_today(self)
        for assignment in self:
            assignment._ozel_kalem_action_write(
                {"state": "done", "date_end": assignment.date_end or today}
            )
        return True

    def action_cancel(self):
        self._check_state(("draft", "to_approve"), self.env._("Cancelling"))
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True

    def action_draft(self):
        self._check_state(("refused", "cancelled"), self.env._("Resetting to draft"))
        self._ozel_kalem_action_write(
            {"state": "draft", "refusal_reason": False, "decision_date": False}
        )
        return True

    def _do_activate(self):
        self._ozel_kalem_action_write({"state": "active"})
        # The approved move is applied to the staff record: the approver does
        # not hold HR rights, the approval itself is the authorisation.
        for assignment in self.filtered("is_unit_change"):
            assignment.employee_id.sudo().department_id = assignment.department_id
