# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemProtocolTask(models.Model):
    """A preparation task of a protocol event, from the checklist of its
    type or added by hand."""

    _name = "ozel_kalem.protocol.task"
    _description = "Protocol Task"
    _order = "date_deadline, sequence, id"

    name = fields.Char(string="Task", required=True)
    sequence = fields.Integer(default=10)
    event_id = fields.Many2one(
        "ozel_kalem.protocol.event", required=True, ondelete="cascade", index=True
    )
    user_id = fields.Many2one("res.users", string="Responsible", index=True)
    department_id = fields.Many2one("hr.department", string="Coordinating Unit")
    date_deadline = fields.Date(string="Due", index=True)
    is_done = fields.Boolean(string="Done")
    is_overdue = fields.Boolean(compute="_compute_is_overdue")

    @api.depends("date_deadline", "is_done")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for task in self:
            task.is_overdue = bool(
                not task.is_done and task.date_deadline and task.date_deadline < today
            )
