# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemCooperation(models.Model):
    """A membership of a national or international union of municipalities,
    a cooperation programme (PRO-11), or a project with the city council
    (Kent Konseyi) or an NGO (PRO-12): partner, period, budget, state."""

    _name = "ozel_kalem.cooperation"
    _description = "Membership and Cooperation"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.workflow.mixin"]
    _order = "date_begin desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    kind = fields.Selection(
        [
            ("membership_national", "National Membership"),
            ("membership_international", "International Membership"),
            ("programme", "Cooperation Programme"),
            ("city_council", "City Council Project"),
            ("ngo", "NGO Project"),
        ],
        required=True,
        default="programme",
        tracking=True,
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Organisation", required=True, index=True
    )
    sister_city_id = fields.Many2one(
        "ozel_kalem.sister.city",
    )
    date_begin = fields.Date(string="From")
    date_end = fields.Date(string="To")
    currency_id = fields.Many2one(related="company_id.currency_id")
    budget = fields.Monetary(help="The municipality's share of the programme.")
    annual_fee = fields.Monetary(help="Yearly membership fee.")
    user_id = fields.Many2one("res.users", string="Responsible", tracking=True)
    description = fields.Html()
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("active", "Active"),
            ("done", "Completed"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        index=True,
        readonly=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    def action_start(self):
        self._check_state(("planned",), self.env._("Starting"))
        self.write({"state": "active"})
        return True

    def action_done(self):
        self._check_state(("active",), self.env._("Completing"))
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_state(("planned", "active"), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        return True
