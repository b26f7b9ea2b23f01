# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class MailFollowers(models.Model):
    """Who follows a classified record is seen by those who may read it
    (``ozel_kalem.thread.item.guard``): Odoo lets every employee read every
    follower, which would tell who handles each classified document."""

    # An extension of the existing model, with a mixin (hence _name).
    _name = "mail.followers"
    _inherit = ["mail.followers", "ozel_kalem.thread.item.guard"]
