# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class OzelKalemBenchRecord(models.Model):
    """Plain Odoo: a chatter model of 12 columns (a subject, a contact, a
    responsible, dates, a state, texts), about as wide as an appointment,
    with its company rule (as every model of a company in Odoo) and no
    business logic.  scripts/bench.sh measures the office's lists and the
    creation of appointments against it, and the creation of documents and
    requests against the same record widened to theirs
    (``ozel_kalem.bench.document``, ``ozel_kalem.bench.request``), so that
    what is measured is the suite's own overhead."""

    _name = "ozel_kalem.bench.record"
    _description = "Benchmark Baseline Record"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(required=True, tracking=True)
    number = fields.Char(index=True)
    partner_id = fields.Many2one("res.partner", index=True)
    user_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    department_id = fields.Many2one("hr.department", index=True)
    date = fields.Date(default=fields.Date.context_today, index=True)
    date_deadline = fields.Date(index=True)
    state = fields.Selection(
        [("draft", "Draft"), ("open", "Open"), ("done", "Done")],
        default="draft",
        index=True,
        tracking=True,
    )
    kind = fields.Selection([("a", "A"), ("b", "B"), ("c", "C")], default="a")
    description = fields.Html()
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
