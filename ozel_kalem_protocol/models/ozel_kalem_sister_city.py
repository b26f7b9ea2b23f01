# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import UserError


class OzelKalemSisterCity(models.Model):
    """A sister city (kardeş şehir, PRO-11): established by a decision of
    the municipal council (Law 5393 art. 74), with its cooperation
    programmes and visits."""

    _name = "ozel_kalem.sister.city"
    _description = "Sister City"
    _inherit = ["mail.thread", "ozel_kalem.workflow.mixin"]
    _order = "name"
    _check_company_auto = True

    name = fields.Char(string="City", required=True, tracking=True)
    country_id = fields.Many2one("res.country", required=True)
    partner_id = fields.Many2one("res.partner", string="Municipality (Contact)")
    council_decision = fields.Char(help="Date and number of the council's decision.")
    date_agreement = fields.Date(string="Protocol Signed")
    state = fields.Selection(
        [("proposed", "Proposed"), ("active", "Active"), ("ended", "Ended")],
        default="proposed",
        required=True,
        tracking=True,
        readonly=True,
    )
    cooperation_ids = fields.One2many(
        "ozel_kalem.cooperation",
        "sister_city_id",
    )
    guest_ids = fields.One2many(
        "ozel_kalem.official.guest", "sister_city_id", string="Visits"
    )
    note = fields.Html()
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    def action_activate(self):
        """The protocol is signed after the council's decision."""
        self._check_state(("proposed",), self.env._("Activating"))
        if self.filtered(lambda c: not (c.council_decision and c.date_agreement)):
            raise UserError(
                self.env._(
                    "Record the council's decision and the date the protocol "
                    "was signed."
                )
            )
        self.write({"state": "active"})
        return True

    def action_end(self):
        self._check_state(("proposed", "active"), self.env._("Ending"))
        self.write({"state": "ended"})
        return True
