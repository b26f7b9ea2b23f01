# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.detsis import is_detsis


class ResPartner(models.Model):
    _inherit = "res.partner"

    ozel_kalem_detsis = fields.Char(
        string="DETSİS Number",
        index="btree_not_null",
        copy=False,
        help="The 8-digit number of a public institution or unit in the Devlet "
        "Teşkilatı Merkezi Kayıt Sistemi: its address in e-Yazışma.",
    )

    ozel_kalem_kep = fields.Char(
        string="KEP Address",
        help="Registered e-mail (Kayıtlı Elektronik Posta) address, e.g. "
        "kuzeykentbelediyesi@hs01.kep.tr.",
    )

    @api.constrains("ozel_kalem_detsis")
    def _check_ozel_kalem_detsis(self):
        for partner in self:
            if partner.ozel_kalem_detsis and not is_detsis(partner.ozel_kalem_detsis):
                raise ValidationError(
                    self.env._(
                        "%(partner)s: a DETSİS number has 8 digits (%(value)s).",
                        partner=partner.display_name,
                        value=partner.ozel_kalem_detsis,
                    )
                )
