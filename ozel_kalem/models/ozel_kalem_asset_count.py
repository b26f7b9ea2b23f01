# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemAssetCount(models.Model):
    """Year-end count (sayım) of the office's movable property."""

    _name = "ozel_kalem.asset.count"
    _description = "Year-End Property Count"
    _inherit = ["mail.thread", "ozel_kalem.workflow.mixin"]
    _order = "year desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    date = fields.Date(string="Count Date", default=fields.Date.context_today)
    committee_ids = fields.Many2many(
        "hr.employee",
        "ozel_kalem_asset_count_committee_rel",
        "count_id",
        "employee_id",
        string="Count Committee",
        check_company=True,
    )
    line_ids = fields.One2many(
        "ozel_kalem.asset.count.line", "count_id", string="Lines"
    )
    line_count = fields.Integer(compute="_compute_line_stats")
    missing_count = fields.Integer(string="Not Found", compute="_compute_line_stats")
    state = fields.Selection(
        [("draft", "Draft"), ("in_progress", "Counting"), ("done", "Closed")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "year_company_uniq",
            "unique(year, company_id)",
            "There is already a count for this year.",
        ),
    ]

    @api.depends("year")
    def _compute_name(self):
        for count in self:
            count.name = self.env._("Property Count %(year)s", year=count.year)

    @api.depends("line_ids.found")
    def _compute_line_stats(self):
        for count in self:
            count.line_count = len(count.line_ids)
            count.missing_count = len(
                count.line_ids.filtered(lambda line: not line.found)
            )

    def action_start(self):
        """List every asset not scrapped, with its holder and place."""
        self._check_state(("draft",), self.env._("Starting the count"))
        Asset = self.env["ozel_kalem.asset"]
        for count in self:
            assets = Asset.search(
                [("company_id", "=", count.company_id.id), ("state", "!=", "scrapped")]
            )
            if not assets:
                raise UserError(self.env._("There is no asset to count."))
            count.line_ids = [
                fields.Command.create(
                    {
                        "asset_id": asset.id,
                        "expected_holder_id": asset.holder_id.id,
                        "expected_location": asset.location,
                    }
                )
                for asset in assets
            ]
        self.write({"state": "in_progress"})
        return True

    def action_close(self):
        self._check_state(("in_progress",), self.env._("Closing the count"))
        self.write({"state": "done"})
        return True

    def action_reopen(self):
        self._check_state(("done",), self.env._("Reopening the count"))
        self.write({"state": "in_progress"})
        return True
