# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The desk reads the office's activity types by their "On the Desk" flag
(before 18.0.1.1.0: every activity on an office record).  The module's
types are data without update: flag them once here."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    types = env["ir.model.data"].search(
        [("module", "=", "ozel_kalem"), ("model", "=", "mail.activity.type")]
    )
    env["mail.activity.type"].browse(types.mapped("res_id")).write(
        {"ozel_kalem_desk": True}
    )
