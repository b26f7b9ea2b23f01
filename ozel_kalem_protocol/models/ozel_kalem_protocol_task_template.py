# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from .ozel_kalem_protocol_event import EVENT_TYPES


class OzelKalemProtocolTaskTemplate(models.Model):
    """A line of the preparation checklist of an event type (invitations
    printed, wreath ordered, sound system, flags...), copied to each event
    of that type with its due date before the event."""

    _name = "ozel_kalem.protocol.task.template"
    _description = "Protocol Checklist Item"
    _order = "event_type, days_before desc, sequence, id"

    name = fields.Char(string="Task", required=True, translate=True)
    sequence = fields.Integer(default=10)
    event_type = fields.Selection(
        EVENT_TYPES, help="Empty: the item is on the checklist of every event."
    )
    days_before = fields.Integer(
        default=3,
        help="Due this many days before the event (on the working day before "
        "when it falls on a holiday).",
    )
    department_id = fields.Many2one(
        "hr.department", string="Coordinating Unit", help="The unit that does it."
    )
    active = fields.Boolean(default=True)
