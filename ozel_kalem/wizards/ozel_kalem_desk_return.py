# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import UserError


class OzelKalemDeskReturn(models.TransientModel):
    """Return items of the desk with a reason: each record refuses, rejects
    or sends back in its own way (``_ozel_kalem_desk_return``)."""

    _name = "ozel_kalem.desk.return"
    _description = "Return from the Desk"

    activity_ids = fields.Many2many("mail.activity", string="Items")
    reason = fields.Text(required=True)

    def action_return(self):
        self.ensure_one()
        notices = self.activity_ids._ozel_kalem_notices()
        if notices:
            raise UserError(
                self.env._(
                    "%(items)s only tells of a passed deadline: open the record "
                    "to act on it.",
                    items=", ".join(notices.mapped("res_name")),
                )
            )
        for activity in self.activity_ids:
            activity._ozel_kalem_desk_call("_ozel_kalem_desk_return", self.reason)
        self.activity_ids.exists().action_done()
        return {"type": "ir.actions.act_window_close"}
