# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemInstructionLine(models.Model):
    """One responsible department of an instruction, with its answer."""

    _name = "ozel_kalem.instruction.line"
    _description = "Instruction Department"
    _inherit = ["ozel_kalem.workflow.mixin"]
    _order = "instruction_id, id"
    _check_company_auto = True
    # Answered by ``action_answer`` only (the director returns the answers).
    _ozel_kalem_action_fields = ("state", "answer_date")
    _ozel_kalem_fixed_fields = ("instruction_id",)

    instruction_id = fields.Many2one(
        "ozel_kalem.instruction", required=True, index=True, ondelete="cascade"
    )
    department_id = fields.Many2one(
        "hr.department",
        required=True,
        index=True,
        check_company=True,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        index=True,
        help="Who answers for the department.",
    )
    answer = fields.Html(copy=False)
    answer_date = fields.Date(readonly=True, copy=False)
    state = fields.Selection(
        [("open", "Waiting"), ("answered", "Answered")],
        default="open",
        required=True,
        copy=False,
        index=True,
    )
    date_deadline = fields.Date(related="instruction_id.date_deadline", store=True)
    on_time = fields.Float(
        string="On Time (%)",
        compute="_compute_on_time",
        store=True,
        aggregator="avg",
        help="100 when the department answered by the deadline, 0 otherwise: "
        "its average is the on-time rate.",
    )
    company_id = fields.Many2one(
        related="instruction_id.company_id", store=True, index=True
    )

    _sql_constraints = [
        (
            "department_uniq",
            "unique(instruction_id, department_id)",
            "A department is listed once per instruction.",
        ),
    ]

    @api.depends("answer_date", "date_deadline", "state")
    def _compute_on_time(self):
        for line in self:
            line.on_time = (
                100.0
                if line.state == "answered" and line.answer_date <= line.date_deadline
                else 0.0
            )

    def _schedule_answer_activity(self):
        for line in self.filtered("user_id"):
            line.instruction_id.activity_schedule(
                "ozel_kalem.mail_act_instruction_answer",
                date_deadline=line.date_deadline,
                user_id=line.user_id.id,
                summary=line.instruction_id.name,
            )

    def action_answer(self):
        """The department's responsible person sends the answer."""
        for line in self:
            if line.state != "open":
                raise UserError(self.env._("This department has already answered."))
            if not line.answer:
                raise UserError(self.env._("Write the answer of the department first."))
            if (
                line.user_id
                and line.user_id != self.env.user
                and not self.env.user.has_group("ozel_kalem.group_director")
            ):
                raise UserError(
                    self.env._(
                        "Only %(user)s answers for %(department)s.",
                        user=line.user_id.name,
                        department=line.department_id.name,
                    )
                )
        self._ozel_kalem_action_write(
            {"state": "answered", "answer_date": fields.Date.context_today(self)}
        )
        for line in self:
            instruction = line.instruction_id.sudo()
            if instruction.state == "open":
                instruction.state = "in_progress"
            instruction.activity_feedback(
                ["ozel_kalem.mail_act_instruction_answer"],
                user_id=line.user_id.id or None,
            )
            instruction.message_post(
                body=self.env._(
                    "%(department)s answered.", department=line.department_id.name
                ),
                subtype_xmlid="mail.mt_note",
            )
        self.instruction_id.filtered(
            lambda i: all(line.state == "answered" for line in i.line_ids)
        )._schedule_close_activity()
        return True
