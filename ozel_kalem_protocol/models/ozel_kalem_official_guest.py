# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class OzelKalemOfficialGuest(models.Model):
    """A guest of the municipality from another city or abroad (PRO-8): a
    delegation, a sister city's mayor, a minister's team — met, driven,
    lodged and brought to their programme."""

    _name = "ozel_kalem.official.guest"
    _description = "Official Guest"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.workflow.mixin"]
    _order = "arrival desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Visit", required=True, tracking=True)
    partner_id = fields.Many2one(
        "res.partner", string="Head of Delegation", required=True, index=True
    )
    delegation_size = fields.Integer(string="People", default=1)
    origin = fields.Char(string="Coming From", required=True)
    country_id = fields.Many2one("res.country")
    arrival = fields.Datetime(required=True, tracking=True)
    departure = fields.Datetime(required=True, tracking=True)
    host_user_id = fields.Many2one(
        "res.users", string="Received by", default=lambda self: self.env.user
    )
    reception = fields.Text(help="Who meets them, where and when.")
    transport = fields.Text()
    accommodation = fields.Text()
    interpreter = fields.Boolean(string="Interpreter Needed")
    programme = fields.Html()
    event_ids = fields.Many2many("ozel_kalem.protocol.event", string="Events")
    sister_city_id = fields.Many2one(
        "ozel_kalem.sister.city",
    )
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("here", "In the City"),
            ("left", "Left"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.constrains("arrival", "departure")
    def _check_period(self):
        for guest in self:
            if guest.departure <= guest.arrival:
                raise ValidationError(
                    self.env._("A guest cannot leave before arriving.")
                )

    def action_arrive(self):
        self._check_state(("planned",), self.env._("Recording the arrival"))
        self.write({"state": "here"})
        return True

    def action_leave(self):
        self._check_state(("here",), self.env._("Recording the departure"))
        self.write({"state": "left"})
        return True

    def action_cancel(self):
        self._check_state(("planned",), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        return True
