# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

SOURCE_MODELS = [
    ("ozel_kalem.appointment", "Appointment Request"),
    ("ozel_kalem.visit", "Visit"),
    ("ozel_kalem.call", "Phone Note"),
    ("ozel_kalem.circular", "Circular / Order"),
    ("ozel_kalem.meeting", "Meeting"),
]


class OzelKalemInstruction(models.Model):
    """An instruction of the mayor (talimat, INS-1 … INS-3): one or more
    departments must answer by a deadline; the director closes it with a
    result note.  A scheduled action reminds before the deadline and
    escalates after it, once per level."""

    _name = "ozel_kalem.instruction"
    _description = "Mayor's Instruction"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.workflow.mixin",
        "ozel_kalem.escalation.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.instruction"
    _order = "date_deadline, priority desc, id desc"
    _escalation_open_states = ("open", "in_progress")
    _rec_names_search = ["number", "name"]
    _check_company_auto = True

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Instruction", required=True, tracking=True)
    description = fields.Html()
    source_kind = fields.Selection(
        [
            ("oral", "Oral"),
            ("written", "Written"),
            ("meeting", "Meeting"),
            ("visit", "Visit"),
            ("letter", "Letter"),
        ],
        string="Given",
        default="oral",
        required=True,
    )
    source_ref = fields.Reference(
        SOURCE_MODELS, string="Source", help="The record the instruction came from."
    )
    issuer_id = fields.Many2one(
        "res.users",
        string="Given by",
        default=lambda self: self.env.company._ozel_kalem_mayor(),
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    date_deadline = fields.Date(
        string="Deadline", required=True, tracking=True, index=True
    )
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Urgent"), ("2", "Very Urgent")],
        default="0",
        required=True,
        tracking=True,
    )
    line_ids = fields.One2many(
        "ozel_kalem.instruction.line", "instruction_id", string="Departments", copy=True
    )
    result_note = fields.Html(copy=False)
    state = fields.Selection(
        [
            ("open", "Open"),
            ("in_progress", "In Progress"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="open",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue", search="_search_is_overdue"
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("date_deadline", "state")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for instruction in self:
            instruction.is_overdue = (
                instruction.state in ("open", "in_progress")
                and instruction.date_deadline
                and instruction.date_deadline < today
            )

    def _search_is_overdue(self, operator, value):
        return self._overdue_domain(operator, value, ("open", "in_progress"))

    @api.onchange("date_deadline")
    def _onchange_date_deadline(self):
        return (self.company_id or self.env.company)._ozel_kalem_working_day_warning(
            self.date_deadline
        )

    @api.model_create_multi
    def create(self, vals_list):
        today = fields.Date.context_today(self)
        for vals in vals_list:
            deadline = vals.get("date_deadline")
            if deadline and fields.Date.to_date(deadline) < today:
                raise ValidationError(
                    self.env._(
                        "The deadline of a new instruction cannot be in the past."
                    )
                )
        instructions = super().create(vals_list)
        instructions.line_ids._schedule_answer_activity()
        return instructions

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        raise UserError(
            self.env._(
                "An instruction of the mayor is kept; cancel it instead of deleting it."
            )
        )

    @api.depends("number", "name")
    def _compute_display_name(self):
        self._display_with_number()

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_done(self):
        """Close with the result; the issuer's side (the director) confirms."""
        self._check_group(
            "ozel_kalem.group_director",
            self.env._("Only the director closes an instruction."),
        )
        self._check_state(("open", "in_progress"), self.env._("Closing"))
        if self.filtered(lambda i: not i.result_note):
            raise UserError(
                self.env._("Write the result of the instruction before closing it.")
            )
        self.write({"state": "done"})
        self.sudo().activity_unlink(
            [
                "ozel_kalem.mail_act_instruction_answer",
                "ozel_kalem.mail_act_instruction_close",
            ]
        )
        return True

    def action_cancel(self):
        self._check_group(
            "ozel_kalem.group_director",
            self.env._("Only the director cancels an instruction."),
        )
        self._check_state(("open", "in_progress"), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        self.sudo().activity_unlink(
            [
                "ozel_kalem.mail_act_instruction_answer",
                "ozel_kalem.mail_act_instruction_close",
            ]
        )
        return True

    # ------------------------------------------------------------------
    # The director's desk: every department answered, the instruction
    # waits to be closed.
    # ------------------------------------------------------------------
    def _schedule_close_activity(self):
        directors = {}
        for instruction in self.sudo():
            company = instruction.company_id
            if company not in directors:
                directors[company] = company._ozel_kalem_office_directors()
            for user in directors[company]:
                instruction.activity_schedule(
                    "ozel_kalem.mail_act_instruction_close",
                    user_id=user.id,
                    summary=instruction.name,
                )

    def _ozel_kalem_desk_approve(self):
        """Close with the departments' answers as the result, unless the
        director wrote one."""
        for instruction in self.filtered(lambda i: not i.result_note):
            instruction.result_note = instruction._answers_html()
        return self.action_done()

    def _ozel_kalem_desk_return(self, reason):
        """The answers do not settle it: the departments answer again."""
        self._check_group(
            "ozel_kalem.group_director",
            self.env._("Only the director returns the answers of an instruction."),
        )
        self._check_state(("in_progress",), self.env._("Returning"))
        lines = self.line_ids.filtered(lambda line: line.state == "answered")
        lines._ozel_kalem_action_write({"state": "open", "answer_date": False})
        lines._schedule_answer_activity()
        self.sudo().activity_unlink(["ozel_kalem.mail_act_instruction_close"])
        for instruction in self:
            instruction.message_post(
                body=self.env._("Answers returned: %(reason)s", reason=reason),
                partner_ids=lines.filtered(
                    lambda line, i=instruction: line.instruction_id == i
                ).user_id.partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def _answers_html(self):
        self.ensure_one()
        return Markup("").join(
            Markup("<p><b>%s</b></p>%s") % (line.department_id.name, line.answer)
            for line in self.line_ids
            if line.answer
        )

    # ------------------------------------------------------------------
    # Reminders and escalation (ozel_kalem.escalation.mixin)
    # ------------------------------------------------------------------
    def _escalation_recipients(self, level):
        lines = self.line_ids.filtered(lambda line: line.state == "open")
        if level == 1:
            return lines.user_id
        return (
            lines.department_id.sudo().manager_id.user_id | self._escalation_directors()
        )

    def _escalation_body(self, level):
        if level == 1:
            return self.env._(
                "Reminder: the answer to this instruction is due on %(deadline)s.",
                deadline=self.date_deadline,
            )
        lines = self.line_ids.filtered(lambda line: line.state == "open")
        return self.env._(
            "Overdue: the deadline of this instruction (%(deadline)s) has "
            "passed without an answer from %(departments)s.",
            deadline=self.date_deadline,
            departments=", ".join(lines.department_id.mapped("name")),
        )
