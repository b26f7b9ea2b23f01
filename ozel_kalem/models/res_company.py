# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from ..tools.detsis import is_detsis
from ..tools.working_days import TurkishCalendar


def tr_upper(text):
    """Upper case by the Turkish alphabet (i → İ, ı → I)."""
    return (text or "").replace("i", "İ").replace("ı", "I").upper()


class ResCompany(models.Model):
    _inherit = "res.company"

    ozel_kalem_mayor_id = fields.Many2one(
        "res.users",
        string="Mayor",
        help="Who signs in the mayor's name and approves what the mayor "
        "approves. When empty, the first user of the Mayor / Deputy Mayor role.",
    )
    ozel_kalem_detsis = fields.Char(
        string="DETSİS Number",
        size=8,
        help="The municipality's 8-digit number in the Devlet Teşkilatı Merkezi "
        "Kayıt Sistemi: the second part of the number (sayı) of every letter.",
    )
    ozel_kalem_letterhead = fields.Char(
        string="Letterhead",
        help="Second line of the letter's header, e.g. KUZEYKENT BELEDİYE "
        "BAŞKANLIĞI (the first is T.C., the third the unit).",
    )

    ozel_kalem_half_day_counts = fields.Boolean(
        string="Half Days Count as Working Days",
        default=True,
        help="Whether the arife days and 28 Ekim (afternoon off) count as "
        "working days in legal time limits.",
    )

    def _ozel_kalem_calendar(self):
        """The company's Turkish working-day calendar: public holidays and
        half days, and the administrative-leave days of the company.  Kept
        in the registry's cache (every citizen's request and reminder asks
        for it); a change of the leave days clears it."""
        self.ensure_one()
        return self._ozel_kalem_calendar_cached(self.ozel_kalem_half_day_counts)

    @tools.ormcache("self.id", "half_day_counts")
    def _ozel_kalem_calendar_cached(self, half_day_counts):
        leave_days = (
            self.env["ozel_kalem.leave.day"]
            .sudo()
            .search([("company_id", "in", (self.id, False))])
        )
        return TurkishCalendar(
            closed_days=leave_days.mapped("date"), half_day_counts=half_day_counts
        )

    def _ozel_kalem_mayor(self):
        """The mayor of the company: set on the company, else the first user
        of the Mayor / Deputy Mayor role."""
        self.ensure_one()
        if self.ozel_kalem_mayor_id:
            return self.ozel_kalem_mayor_id
        mayors = (
            self.env.ref("ozel_kalem.group_mayor")
            .sudo()
            .users.filtered(lambda user: self in user.company_ids)
        )
        return mayors.sorted("id")[:1]

    def _ozel_kalem_office_directors(self):
        """The managers of the company's top office units: the Private Office
        director of the organisation chart."""
        self.ensure_one()
        units = (
            self.env["hr.department"]
            .sudo()
            .search(
                [
                    ("is_office_unit", "=", True),
                    ("company_id", "in", (self.id, False)),
                    "|",
                    ("parent_id", "=", False),
                    ("parent_id.is_office_unit", "=", False),
                ]
            )
        )
        return units.manager_id.user_id

    def _ozel_kalem_letterhead(self):
        """Second line of an official letter's header."""
        self.ensure_one()
        return self.ozel_kalem_letterhead or tr_upper(self.name)

    def _ozel_kalem_letter_unit(self):
        """Third line of an official letter's header: the top office unit."""
        self.ensure_one()
        unit = (
            self.env["hr.department"]
            .sudo()
            .search(
                [
                    ("is_office_unit", "=", True),
                    ("company_id", "in", (self.id, False)),
                    "|",
                    ("parent_id", "=", False),
                    ("parent_id.is_office_unit", "=", False),
                ],
                limit=1,
                order="id",
            )
        )
        return unit.name or self.env._("Private Office")

    @api.constrains("ozel_kalem_detsis")
    def _check_ozel_kalem_detsis(self):
        for company in self:
            detsis = company.ozel_kalem_detsis
            if detsis and not is_detsis(detsis):
                raise ValidationError(self.env._("The DETSİS number has 8 digits."))
