# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from .ozel_kalem_citizen_request import REQUEST_TYPES


class OzelKalemRetentionRule(models.Model):
    """How long the personal data of a closed citizen's request is kept
    (KVKK art. 7, X-13); after it a scheduled action anonymises it."""

    _name = "ozel_kalem.retention.rule"
    _description = "Personal Data Retention"
    _order = "request_type"
    _rec_name = "request_type"

    request_type = fields.Selection(REQUEST_TYPES, string="Type", required=True)
    months = fields.Integer(
        string="Kept for (months)",
        required=True,
        default=24,
        help="Months after the request is closed or cancelled.",
    )
    company_id = fields.Many2one(
        "res.company", help="Empty: for every municipality of the database."
    )

    _sql_constraints = [
        (
            "type_company_uniq",
            "unique(request_type, company_id)",
            "One retention period per type.",
        ),
        ("months_positive", "CHECK(months > 0)", "Keep the data at least a month."),
    ]
