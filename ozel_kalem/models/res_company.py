# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import secrets

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

from ..tools import eyp_cms
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

    # e-Yazışma: who signs and seals the packages (issue 22).  The files and
    # their passwords are the administrators'; a password is written, never
    # read back (its stored copy needs a group that nobody is given).
    ozel_kalem_eyp_signer = fields.Selection(
        [
            ("test", "Test Certificate (not legally valid)"),
            ("pkcs12", "E-seal File (PKCS#12)"),
            ("external", "E-signature Outside Odoo (smart card)"),
        ],
        string="e-Yazışma Signer",
        help="How e-Yazışma packages are signed. The test certificate is made "
        "by Odoo for trials and demonstrations: its packages have no legal "
        "value. An e-seal file is the municipality's qualified e-seal "
        "(e-mühür) certificate. Outside Odoo, the signer signs the package "
        "summary with their smart card and uploads the signature.",
    )
    ozel_kalem_eyp_sealer = fields.Selection(
        [
            ("test", "Test Certificate (not legally valid)"),
            ("pkcs12", "E-seal File (PKCS#12)"),
        ],
        string="e-Yazışma Seal",
        help="What seals the packages (e-mühür over the final summary). Empty: "
        "the signer above when it is in Odoo, the e-seal file when the "
        "signature is made outside Odoo.",
    )
    ozel_kalem_sayi_unit_detsis = fields.Boolean(
        string="Number Letters with the Unit's DETSİS",
        help="The 2020 regulation on official correspondence (art. 11) writes "
        "in the number (sayı) the DETSİS number of the unit that issues the "
        "letter. Checked: the Private Office's own DETSİS number, when its "
        "unit has one; unchecked: the municipality's.",
        default=True,
    )
    ozel_kalem_private_closing = fields.Selection(
        [
            ("sunulur", "Bilgilerinize sunulur."),
            ("saygilarimla", "Saygılarımla."),
        ],
        string="Closing of Letters to Citizens",
        required=True,
        default="sunulur",
        help="How a letter to a private person ends: art. 16/12 of the 2020 "
        'regulation on official correspondence allows either ("rica ederim" '
        'and "arz ederim" are for public bodies).',
    )
    ozel_kalem_eyp_pkcs12 = fields.Binary(
        string="E-seal File (PKCS#12)",
        attachment=True,
        copy=False,
        groups="base.group_system",
        help="The .p12/.pfx file of the municipality's e-seal certificate.",
    )
    ozel_kalem_eyp_pkcs12_password = fields.Char(
        string="E-seal Password",
        compute="_compute_ozel_kalem_eyp_pkcs12_password",
        inverse="_inverse_ozel_kalem_eyp_pkcs12_password",
        groups="base.group_system",
        help="Written here, kept out of reach: it is never shown again.",
    )
    ozel_kalem_eyp_secret = fields.Char(
        string="Stored e-Seal Password",
        copy=False,
        groups="ozel_kalem.group_eyp_secret",
        help="The e-seal password, read by Odoo alone when it signs.",
    )
    ozel_kalem_eyp_test_pkcs12 = fields.Binary(
        string="Test Certificate",
        attachment=True,
        copy=False,
        groups="base.group_system",
    )
    ozel_kalem_eyp_test_secret = fields.Char(
        string="Stored Test Password",
        copy=False,
        groups="ozel_kalem.group_eyp_secret",
    )

    def _compute_ozel_kalem_eyp_pkcs12_password(self):
        self.ozel_kalem_eyp_pkcs12_password = False

    def _inverse_ozel_kalem_eyp_pkcs12_password(self):
        for company in self:
            if company.ozel_kalem_eyp_pkcs12_password:
                company.sudo().ozel_kalem_eyp_secret = (
                    company.ozel_kalem_eyp_pkcs12_password
                )
        # Not even kept in the cache of the request that wrote it.
        self.invalidate_recordset(["ozel_kalem_eyp_pkcs12_password"])

    def _ozel_kalem_eyp_key(self, signer=None):
        """``(key, certificate, chain)`` the company signs packages with, by
        its signer setting (or the ``signer`` given); refused with a message
        when none can sign."""
        self.ensure_one()
        company = self.sudo()
        signer = signer or company.ozel_kalem_eyp_signer
        if signer == "test":
            if not company.ozel_kalem_eyp_test_pkcs12:
                key, cert = eyp_cms.self_signed(
                    f"TEST - {company.name} (yasal geçerliliği yoktur)", company.name
                )
                password = secrets.token_urlsafe(24)
                company.write(
                    {
                        "ozel_kalem_eyp_test_pkcs12": base64.b64encode(
                            eyp_cms.to_pkcs12(key, cert, password.encode())
                        ),
                        "ozel_kalem_eyp_test_secret": password,
                    }
                )
            data = company.ozel_kalem_eyp_test_pkcs12
            password = company.ozel_kalem_eyp_test_secret
        elif signer == "pkcs12":
            data = company.ozel_kalem_eyp_pkcs12
            password = company.ozel_kalem_eyp_secret
            if not data:
                raise UserError(
                    self.env._(
                        "Upload the e-seal file of %(company)s first "
                        "(Settings ▸ Companies ▸ Private Office).",
                        company=company.name,
                    )
                )
        elif signer == "external":
            raise UserError(
                self.env._(
                    "The packages of %(company)s are signed outside Odoo: "
                    "download the package summary and upload its signature.",
                    company=company.name,
                )
            )
        else:
            raise UserError(
                self.env._(
                    "Choose how the e-Yazışma packages of %(company)s are "
                    "signed (Settings ▸ Companies ▸ Private Office).",
                    company=company.name,
                )
            )
        try:
            return eyp_cms.from_pkcs12(
                base64.b64decode(data), (password or "").encode() or None
            )
        except eyp_cms.CmsError as error:
            raise UserError(
                self.env._(
                    "The e-seal file of %(company)s cannot be opened: wrong "
                    "password or not a PKCS#12 file.",
                    company=company.name,
                )
            ) from error

    def _ozel_kalem_eyp_sign(self, data):
        """An attached CAdES signature over ``data`` (bytes) by the company's
        signer: the one interface every e-Yazışma signature goes through."""
        key, cert, chain = self._ozel_kalem_eyp_key()
        return eyp_cms.sign(data, key, cert, chain)

    def _ozel_kalem_eyp_seal(self, data):
        """The e-mühür over ``data`` (the Nihai Özet): by the seal setting,
        else by the signer when it signs in Odoo, else by the e-seal file."""
        self.ensure_one()
        signer = self.sudo().ozel_kalem_eyp_signer
        sealer = self.sudo().ozel_kalem_eyp_sealer or (
            "pkcs12" if signer == "external" else signer
        )
        key, cert, chain = self._ozel_kalem_eyp_key(sealer)
        return eyp_cms.sign(data, key, cert, chain)

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

    def _ozel_kalem_private_closing_text(self):
        """The closing phrase of a letter to a private person (legal
        Turkish, whatever the reader's language)."""
        self.ensure_one()
        return dict(self._fields["ozel_kalem_private_closing"].selection)[
            self.ozel_kalem_private_closing
        ]

    def _ozel_kalem_working_day_warning(self, day):
        """An onchange warning when ``day`` (a deadline) is not a working day
        of the company: weekend, public holiday or administrative leave."""
        if not day:
            return None
        calendar = self._ozel_kalem_calendar()
        if calendar.is_working_day(day):
            return None
        return {
            "warning": {
                "title": self.env._("Not a working day"),
                "message": self.env._(
                    "%(day)s is not a working day; the next working day is %(next)s.",
                    day=day.strftime("%d.%m.%Y"),
                    next=calendar.next_working_day(day).strftime("%d.%m.%Y"),
                ),
            }
        }

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

    def _ozel_kalem_office_unit(self):
        """The top office unit of the company (the Private Office)."""
        self.ensure_one()
        return (
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

    def _ozel_kalem_letter_unit(self):
        """Third line of an official letter's header: the top office unit."""
        self.ensure_one()
        return self._ozel_kalem_office_unit().name or self.env._("Private Office")

    def _ozel_kalem_sayi_detsis(self):
        """The DETSİS number in the sayı of the company's letters: the
        issuing unit's (art. 11 of the 2020 regulation) when set and asked
        for, else the municipality's."""
        self.ensure_one()
        company = self.sudo()
        if company.ozel_kalem_sayi_unit_detsis:
            unit_detsis = company._ozel_kalem_office_unit().ozel_kalem_detsis
            if unit_detsis:
                return unit_detsis
        return company.ozel_kalem_detsis

    @api.constrains("ozel_kalem_detsis")
    def _check_ozel_kalem_detsis(self):
        for company in self:
            detsis = company.ozel_kalem_detsis
            if detsis and not is_detsis(detsis):
                raise ValidationError(self.env._("The DETSİS number has 8 digits."))
