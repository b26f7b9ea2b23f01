# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class MailActivityType(models.Model):
    _inherit = "mail.activity.type"

    ozel_kalem_desk = fields.Boolean(
        string="On the Desk",
        help="Activities of this type are shown on the assignee's desk (Masam) "
        "of the Private Office, besides the reviews of the office's approvals.",
    )
