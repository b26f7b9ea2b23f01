# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html


class OzelKalemMeetingDecision(models.Model):
    """A decision written in the minutes of a meeting; when the minutes are
    approved it becomes an instruction to its departments."""

    _name = "ozel_kalem.meeting.decision"
    _description = "Meeting Decision"
    _inherit = ["ozel_kalem.confidential.line.mixin"]
    _ozel_kalem_confidential_parent = "meeting_id"
    _order = "meeting_id, sequence, id"
    _check_company_auto = True

    meeting_id = fields.Many2one(
        "ozel_kalem.meeting", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Text(string="Decision", required=True)
    department_ids = fields.Many2many(
        "hr.department",
        string="Responsible Departments",
        check_company=True,
        help="Each department answers the instruction made of this decision; "
        "its manager answers for it.",
    )
    date_deadline = fields.Date(string="Deadline")
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Urgent"), ("2", "Very Urgent")],
        default="0",
        required=True,
    )
    instruction_id = fields.Many2one(
        "ozel_kalem.instruction", readonly=True, copy=False, index="btree_not_null"
    )
    company_id = fields.Many2one(related="meeting_id.company_id", store=True)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_issued(self):
        if self.filtered("instruction_id"):
            raise UserError(
                self.env._("A decision that became an instruction is kept.")
            )

    def _to_issue(self):
        """The decisions that become instructions, each with a deadline
        (refused otherwise)."""
        to_issue = self.filtered(lambda d: d.department_ids and not d.instruction_id)
        missing = to_issue.filtered(lambda d: not d.date_deadline)
        if missing:
            raise UserError(
                self.env._(
                    "Give a deadline to the decision %(decision)s: it becomes an "
                    "instruction to %(departments)s.",
                    decision=missing[0].name,
                    departments=", ".join(missing[0].department_ids.mapped("name")),
                )
            )
        return to_issue

    def _create_instructions(self):
        """One instruction per decision with departments (decisions without
        departments are only recorded in the minutes)."""
        to_issue = self._to_issue()
        Command = fields.Command
        vals_list = [
            {
                "name": decision.name[:200].splitlines()[0],
                "description": plaintext2html(decision.name),
                "source_kind": "meeting",
                "source_ref": f"ozel_kalem.meeting,{decision.meeting_id.id}",
                "issuer_id": decision.meeting_id.chair_id.id,
                "date_deadline": decision.date_deadline,
                "priority": decision.priority,
                "company_id": decision.company_id.id,
                # The mayor approves minutes too, without reading rights on
                # the staff records: the department's manager is read as root.
                "line_ids": [
                    Command.create(
                        {
                            "department_id": department.id,
                            "user_id": department.sudo().manager_id.user_id.id,
                        }
                    )
                    for department in decision.department_ids
                ],
            }
            for decision in to_issue
        ]
        instructions = self.env["ozel_kalem.instruction"].create(vals_list)
        for decision, instruction in zip(to_issue, instructions, strict=True):
            decision.instruction_id = instruction
        return instructions
