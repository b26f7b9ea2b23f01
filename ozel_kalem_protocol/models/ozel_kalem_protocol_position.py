# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class OzelKalemProtocolPosition(models.Model):
    """An office of a protocol list (Vali, Garnizon Komutanı, Kaymakam,
    milletvekili, rektör...) with its precedence (``rank``: smaller is more
    senior) and the person who holds it.  A change of holder is kept in the
    history."""

    _name = "ozel_kalem.protocol.position"
    _description = "Protocol Position"
    _order = "list_id, rank, id"
    _rec_names_search = ["name", "holder_partner_id"]

    name = fields.Char(string="Office", required=True)
    rank = fields.Integer(
        required=True,
        default=100,
        help="Precedence in the list: 1 is the most senior. Offices of equal "
        "rank (e.g. members of parliament) follow their order in the list.",
    )
    list_id = fields.Many2one(
        "ozel_kalem.protocol.list",
        string="Protocol List",
        required=True,
        ondelete="cascade",
        index=True,
    )
    holder_partner_id = fields.Many2one("res.partner", string="Holder", index=True)
    holder_since = fields.Date()
    spouse_name = fields.Char(string="Spouse")
    phone = fields.Char(related="holder_partner_id.phone", readonly=False)
    email = fields.Char(related="holder_partner_id.email", readonly=False)
    institution = fields.Char(help="The institution of the office, for addresses.")
    holder_ids = fields.One2many(
        "ozel_kalem.protocol.position.holder", "position_id", string="History"
    )
    company_id = fields.Many2one(related="list_id.company_id", store=True, index=True)

    _sql_constraints = [
        ("rank_positive", "CHECK(rank > 0)", "The rank of an office starts at 1."),
    ]

    @api.depends("name", "holder_partner_id")
    def _compute_display_name(self):
        for position in self:
            holder = position.holder_partner_id.name
            position.display_name = (
                f"{position.name} ({holder})" if holder else position.name
            )

    @api.model_create_multi
    def create(self, vals_list):
        positions = super().create(vals_list)
        positions.filtered("holder_partner_id")._record_holder()
        return positions

    def write(self, vals):
        if "holder_partner_id" not in vals:
            return super().write(vals)
        changed = self.filtered(
            lambda position: position.holder_partner_id.id != vals["holder_partner_id"]
        )
        changed._close_holder(vals.get("holder_since"))
        result = super().write(vals)
        changed.filtered("holder_partner_id")._record_holder()
        return result

    def _record_holder(self):
        """Open a line of the history for the current holder."""
        today = fields.Date.context_today(self)
        self.env["ozel_kalem.protocol.position.holder"].create(
            [
                {
                    "position_id": position.id,
                    "partner_id": position.holder_partner_id.id,
                    "date_from": position.holder_since or today,
                }
                for position in self
            ]
        )

    def _close_holder(self, date_to):
        self.holder_ids.filtered(lambda line: not line.date_to).write(
            {"date_to": date_to or fields.Date.context_today(self)}
        )
