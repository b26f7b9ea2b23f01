# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemProtocolGuestAdd(models.TransientModel):
    """Add guests to an event: the holders of chosen offices of the
    protocol list in force, and other contacts.  Who is on the list already
    is not added twice."""

    _name = "ozel_kalem.protocol.guest.add"
    _description = "Add Protocol Guests"

    event_id = fields.Many2one("ozel_kalem.protocol.event", required=True)
    protocol_list_id = fields.Many2one(
        "ozel_kalem.protocol.list",
        domain="[('state', '=', 'current')]",
        compute="_compute_protocol_list_id",
        store=True,
        readonly=False,
    )
    max_rank = fields.Integer(
        string="Up to Rank",
        help="Offices of this rank and above; 0: every office of the list.",
    )
    position_ids = fields.Many2many(
        "ozel_kalem.protocol.position",
        string="Offices",
        compute="_compute_position_ids",
        store=True,
        readonly=False,
        domain="[('list_id', '=', protocol_list_id),"
        " ('holder_partner_id', '!=', False)]",
    )
    partner_ids = fields.Many2many("res.partner", string="Other Guests")

    @api.depends("event_id")
    def _compute_protocol_list_id(self):
        for wizard in self:
            wizard.protocol_list_id = wizard.event_id.protocol_list_id or self.env[
                "ozel_kalem.protocol.list"
            ].search(
                [
                    ("state", "=", "current"),
                    ("company_id", "=", wizard.event_id.company_id.id),
                ],
                order="date_from desc",
                limit=1,
            )

    @api.depends("protocol_list_id", "max_rank")
    def _compute_position_ids(self):
        for wizard in self:
            wizard.position_ids = wizard.protocol_list_id.position_ids.filtered(
                lambda p, w=wizard: (
                    p.holder_partner_id and (not w.max_rank or p.rank <= w.max_rank)
                )
            )

    def action_add(self):
        self.ensure_one()
        if self.event_id.state not in ("draft", "confirmed"):
            raise UserError(self.env._("Guests are added before the event."))
        present = self.event_id.guest_ids.partner_id
        values = []
        for position in self.position_ids:
            partner = position.holder_partner_id
            if partner and partner not in present:
                values.append({"partner_id": partner.id, "position_id": position.id})
                present |= partner
        for partner in self.partner_ids - present:
            values.append({"partner_id": partner.id})
        self.env["ozel_kalem.protocol.guest"].create(
            [{**vals, "event_id": self.event_id.id} for vals in values]
        )
        return {"type": "ir.actions.act_window_close"}
