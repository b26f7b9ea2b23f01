# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import email_normalize

from ..tools.contacts import normalize_phone
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

    @api.model
    def _ozel_kalem_normalize_phone(self, number):
        """Return ``number`` in international form (+90 5xx xxx xx xx), or
        refuse it with a clear message.  Numbers without a country code are
        read as numbers of the company's country (Türkiye by default)."""
        normalized = normalize_phone(number, self.env.company.country_id.code or "TR")
        if not normalized:
            raise ValidationError(
                self.env._(
                    "%(number)s is not a valid phone number. Write it with its area "
                    "code, e.g. 0312 555 10 00 or +90 532 555 12 34.",
                    number=number,
                )
            )
        return normalized

    @api.model
    def _ozel_kalem_from_contact(self, name, email=False, phone=False):
        """The contact of a citizen who wrote in (web form, e-mail): found by
        the exact normalised e-mail address (never a pattern: what a citizen
        types must not pick another contact), else registered."""
        partner = self.browse()
        normalized = email and email_normalize(email)
        if normalized:
            partner = self.search(
                [("email_normalized", "=", normalized)], limit=1, order="id"
            )
        return partner or self.create(
            {"name": name or email, "email": email or False, "phone": phone or False}
        )
