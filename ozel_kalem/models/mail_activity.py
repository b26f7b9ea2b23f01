# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _ozel_kalem_handover_transfer(self, successor, handover):
        """Open tasks of a departing employee go to the successor's user."""
        if not successor.user_id:
            return
        self.sudo().write({"user_id": successor.user_id.id})
