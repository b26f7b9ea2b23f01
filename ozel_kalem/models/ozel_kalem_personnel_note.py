# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

PROPOSAL_TYPES = ("reward", "penalty")


class OzelKalemPersonnelNote(models.Model):
    """Personnel follow-up of the office (Kars art. 10.12, 14.9).

    Performance notes, reward and penalty proposals, medical reports, births
    and deaths.  Leave plans are not kept here: they are Odoo Time Off
    (hr_holidays) records, reached from the same menu.
    """

    _name = "ozel_kalem.personnel.note"
    _description = "Personnel Follow-up Note"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.approval.mixin"]
    _order = "date desc, id desc"
    # A reward or disciplinary proposal is decided by the director
    # (ozel_kalem.approval.mixin, tier definition in data/).
    _state_from = ["submitted"]
    _state_to = ["approved"]
    _cancel_state = "rejected"
    _ozel_kalem_review_activity = "ozel_kalem.mail_act_personnel_proposal"
    _ozel_kalem_review_fields = ("decision_note",)
    # Set by the actions only (submit, approve, reject); the director decides
    # on the proposal as it was submitted.
    _ozel_kalem_action_fields = ("state",)
    _ozel_kalem_vouched_fields = (
        "name",
        "employee_id",
        "department_id",
        "note_type",
        "date",
        "date_from",
        "date_to",
        "description",
    )
    _check_company_auto = True

    name = fields.Char(string="Subject", required=True, tracking=True)
    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('is_office_staff', '=', True)]",
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
    )
    note_type = fields.Selection(
        [
            ("performance", "Performance Note"),
            ("reward", "Reward Proposal"),
            ("penalty", "Disciplinary Proposal"),
            ("medical", "Medical Report"),
            ("birth", "Birth"),
            ("death", "Death"),
            ("other", "Other"),
        ],
        string="Type",
        required=True,
        default="performance",
        tracking=True,
        index=True,
    )
    is_proposal = fields.Boolean(compute="_compute_is_proposal")
    date = fields.Date(required=True, default=fields.Date.context_today)
    date_from = fields.Date(string="From")
    date_to = fields.Date(string="To")
    description = fields.Html()
    decision_note = fields.Text(copy=False, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("recorded", "Recorded"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
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

    @api.depends("employee_id")
    def _compute_department_id(self):
        for note in self:
            note.department_id = note.employee_id.department_id

    @api.depends("note_type")
    def _compute_is_proposal(self):
        for note in self:
            note.is_proposal = note.note_type in PROPOSAL_TYPES

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for note in self:
            if note.date_from and note.date_to and note.date_to < note.date_from:
                raise ValidationError(
                    self.env._("The end of the period cannot be before its start.")
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_recorded(self):
        if self.filtered(lambda note: note.state != "draft"):
            raise UserError(
                self.env._(
                    "Only draft personnel notes can be deleted: the others are kept."
                )
            )

    def action_submit(self):
        self._check_state(("draft",), self.env._("Submitting"))
        proposals = self.filtered("is_proposal")
        proposals._ozel_kalem_action_write({"state": "submitted"})
        proposals._ozel_kalem_request_review()
        (self - proposals)._ozel_kalem_action_write({"state": "recorded"})
        return True

    def _check_can_decide(self):
        self._check_group(
            "ozel_kalem.group_director",
            self.env._(
                "Only the director decides on reward and disciplinary proposals."
            ),
        )

    def action_approve(self):
        self._check_can_decide()
        return self._ozel_kalem_review_all(self.env._("Approving"), approve=True)

    def _ozel_kalem_on_validated(self):
        self._ozel_kalem_action_write({"state": "approved"})

    def action_reject(self):
        self._check_can_decide()
        return self._ozel_kalem_review_all(
            self.env._("Rejecting"),
            approve=False,
            reason_field="decision_note",
            missing_reason=self.env._("Write the reason of the rejection first."),
        )

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_action_write({"state": "rejected"})

    def _ozel_kalem_desk_return(self, reason):
        self.write({"decision_note": reason})
        return self.action_reject()
