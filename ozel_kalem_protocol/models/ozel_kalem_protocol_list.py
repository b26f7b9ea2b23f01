# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemProtocolList(models.Model):
    """A version of a protocol list (PRO-3, X-14): the national list of the
    Foreign Ministry, the province's list of the 2012 ceremonies regulation,
    the district's.  Lists change, and their sources disagree (domain.md
    §4): each version is kept; one of each level is in force."""

    _name = "ozel_kalem.protocol.list"
    _description = "Protocol List"
    _inherit = ["mail.thread", "ozel_kalem.workflow.mixin"]
    _order = "date_from desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    level = fields.Selection(
        [("national", "National"), ("province", "Province"), ("district", "District")],
        required=True,
        default="province",
        tracking=True,
    )
    date_from = fields.Date(
        string="Valid From", required=True, default=fields.Date.context_today
    )
    source = fields.Char(help="The regulation, circular or letter the list follows.")
    position_ids = fields.One2many(
        "ozel_kalem.protocol.position", "list_id", string="Positions", copy=True
    )
    position_count = fields.Integer(compute="_compute_position_count")
    state = fields.Selection(
        [("draft", "Draft"), ("current", "In Force"), ("archived", "Superseded")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("position_ids")
    def _compute_position_count(self):
        for protocol_list in self:
            protocol_list.position_count = len(protocol_list.position_ids)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_used(self):
        if any(protocol_list.state != "draft" for protocol_list in self):
            raise UserError(
                self.env._("A list that was in force is kept; it is superseded.")
            )

    def action_put_in_force(self):
        """Put the list in force; the previous list of its level is
        superseded."""
        self._check_state(("draft",), self.env._("Putting in force"))
        for protocol_list in self:
            self.search(
                [
                    ("state", "=", "current"),
                    ("level", "=", protocol_list.level),
                    ("company_id", "=", protocol_list.company_id.id),
                    ("id", "!=", protocol_list.id),
                ]
            ).write({"state": "archived"})
            protocol_list.state = "current"
        return True

    def action_new_version(self):
        """A new draft version with the same positions and holders."""
        self.ensure_one()
        new = self.copy(
            {
                "name": self.env._("%(name)s (new version)", name=self.name),
                "date_from": fields.Date.context_today(self),
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": new.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
