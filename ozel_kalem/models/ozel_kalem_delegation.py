# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemDelegation(models.Model):
    """A time-boxed delegation of the mayor's signature (X-9): *adına* (the
    delegate signs "Başkan a.") or *vekaleten* (the delegate stands in for
    the mayor, "Belediye Başkanı V.").  Applied alike to every signature
    and approval of the office."""

    _name = "ozel_kalem.delegation"
    _description = "Signature Delegation"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _check_company_auto = True

    delegator_id = fields.Many2one(
        "res.users",
        string="On Behalf of",
        required=True,
        tracking=True,
        default=lambda self: self.env.company._ozel_kalem_mayor(),
    )
    delegate_id = fields.Many2one("res.users", required=True, tracking=True, index=True)
    kind = fields.Selection(
        [("adina", "On Behalf (Adına)"), ("vekaleten", "Acting (Vekaleten)")],
        required=True,
        default="adina",
        tracking=True,
    )
    date_from = fields.Date(required=True, tracking=True)
    date_to = fields.Date(required=True, tracking=True)
    note = fields.Char(help="The decision (onay) that grants the delegation.")
    active = fields.Boolean(default=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.constrains("date_from", "date_to", "delegator_id", "delegate_id")
    def _check_period(self):
        for delegation in self:
            if delegation.date_to < delegation.date_from:
                raise ValidationError(
                    self.env._("A delegation must end after it starts.")
                )
            if delegation.delegate_id == delegation.delegator_id:
                raise ValidationError(self.env._("Nobody delegates to themselves."))

    @api.depends("delegator_id", "delegate_id", "kind")
    def _compute_display_name(self):
        labels = dict(self._fields["kind"]._description_selection(self.env))
        for delegation in self:
            delegation.display_name = (
                f"{delegation.delegate_id.name} — {labels.get(delegation.kind)}"
            )

    @api.model
    def _find(self, delegate, delegator, day):
        """The delegation from ``delegator`` to ``delegate`` valid on ``day``."""
        return self.sudo().search(
            [
                ("delegate_id", "=", delegate.id),
                ("delegator_id", "=", delegator.id),
                ("date_from", "<=", day),
                ("date_to", ">=", day),
            ],
            limit=1,
        )

    @api.model
    def _signer(self, company, day, what):
        """Who signs or approves ``what`` (a record's name) in the mayor's
        name for ``company`` on ``day``: ``(user, delegation)``, the
        delegation being empty when the mayor does it.  The superuser
        (loading data, a script) acts as the mayor.  Anybody else is refused
        with a clear message."""
        mayor = company._ozel_kalem_mayor()
        user = mayor if self.env.su else self.env.user
        delegation = self.browse()
        if user != mayor:
            delegation = self._find(user, mayor, day)
            if not delegation:
                raise UserError(
                    self.env._(
                        "Only the mayor signs or approves %(document)s, or a "
                        "delegate of the mayor on the days of the delegation.",
                        document=what,
                    )
                )
        return user, delegation
