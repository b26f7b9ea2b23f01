# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemCircular(models.Model):
    """Circulars, communiqués, regulations and mayor's orders (Defne art. 11
    e, g), announced to staff who acknowledge that they have read them."""

    _name = "ozel_kalem.circular"
    _description = "Circular / Order"
    _inherit = [
        "ozel_kalem.confidential.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _order = "date desc, id desc"
    _rec_names_search = ["number", "name"]
    _check_company_auto = True

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Subject", required=True, tracking=True)
    circular_type = fields.Selection(
        [
            ("genelge", "Circular (Genelge)"),
            ("teblig", "Communiqué (Tebliğ)"),
            ("yonetmelik", "Regulation (Yönetmelik)"),
            ("emir", "Mayor's Order"),
            ("duyuru", "Announcement"),
        ],
        string="Type",
        required=True,
        default="genelge",
        tracking=True,
        index=True,
    )
    issuer = fields.Char(
        help="Who issued it: a ministry, the governorship, the mayor...",
    )
    reference = fields.Char(help="Date and number of the original text.")
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    body = fields.Html()
    all_office = fields.Boolean(
        string="Whole Office",
        default=True,
        help="Announce it to every staff member of the office.",
    )
    recipient_department_ids = fields.Many2many(
        "hr.department",
        "ozel_kalem_circular_department_rel",
        "circular_id",
        "department_id",
        string="Units",
        check_company=True,
        domain="[('is_office_unit', '=', True)]",
    )
    ack_ids = fields.One2many(
        "ozel_kalem.circular.ack", "circular_id", string="Read Acknowledgements"
    )
    ack_count = fields.Integer(compute="_compute_ack_stats", string="Recipients")
    ack_done_count = fields.Integer(compute="_compute_ack_stats", string="Read")
    ack_rate = fields.Float(compute="_compute_ack_stats", string="Read (%)")
    my_ack_pending = fields.Boolean(compute="_compute_my_ack_pending")
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Announced"), ("withdrawn", "Withdrawn")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("ack_ids.user_id")
    def _compute_need_to_know_user_ids(self):
        return super()._compute_need_to_know_user_ids()

    def _need_to_know_users(self):
        return super()._need_to_know_users() | self.ack_ids.user_id

    @api.depends("ack_ids.date_read")
    def _compute_ack_stats(self):
        stats = {
            (circular, read): count
            for circular, read, count in self.env[
                "ozel_kalem.circular.ack"
            ]._read_group(
                [("circular_id", "in", self.ids)],
                ["circular_id", "is_read"],
                ["__count"],
            )
        }
        for circular in self:
            done = stats.get((circular, True), 0)
            total = done + stats.get((circular, False), 0)
            circular.ack_count = total
            circular.ack_done_count = done
            circular.ack_rate = 100.0 * done / total if total else 0.0

    @api.depends_context("uid")
    @api.depends("ack_ids.date_read", "ack_ids.user_id")
    def _compute_my_ack_pending(self):
        # One query for the whole list, not one per circular.
        pending = (
            self.env["ozel_kalem.circular.ack"]
            .search(
                [
                    ("circular_id", "in", self.ids),
                    ("user_id", "=", self.env.uid),
                    ("is_read", "=", False),
                ]
            )
            .circular_id
        )
        for circular in self:
            circular.my_ack_pending = circular in pending

    @api.ondelete(at_uninstall=False)
    def _unlink_except_announced(self):
        if self.filtered(lambda c: c.state != "draft"):
            raise UserError(
                self.env._(
                    "An announced circular is kept; withdraw it instead of deleting it."
                )
            )

    def _recipient_users(self):
        self.ensure_one()
        domain = [("is_office_staff", "=", True), ("user_id", "!=", False)]
        if not self.all_office:
            if not self.recipient_department_ids:
                raise UserError(
                    self.env._(
                        "Choose the units to announce %(name)s to.", name=self.name
                    )
                )
            domain.append(
                ("department_id", "child_of", self.recipient_department_ids.ids)
            )
        domain.append(("company_id", "=", self.company_id.id))
        return self.env["hr.employee"].sudo().search(domain).user_id

    def action_publish(self):
        """Number the circular and ask every recipient to acknowledge it."""
        self._check_state(("draft",), self.env._("Announcing"))
        Ack = self.env["ozel_kalem.circular.ack"].sudo()
        Activity = self.env["mail.activity"].sudo()
        activity_type = self.env.ref("ozel_kalem.mail_act_circular_read")
        model_id = self.env["ir.model"]._get_id(self._name)
        for circular in self:
            users = circular._recipient_users()
            if not users:
                raise UserError(
                    self.env._(
                        "Nobody would receive %(name)s: no staff user in its units.",
                        name=circular.name,
                    )
                )
            circular.write(
                {
                    "state": "published",
                    "number": self.env["ir.sequence"].next_by_code(
                        "ozel_kalem.circular"
                    ),
                }
            )
            Ack.create(
                [{"circular_id": circular.id, "user_id": user.id} for user in users]
            )
            Activity.create(
                [
                    {
                        "res_model_id": model_id,
                        "res_id": circular.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "summary": self.env._(
                            "Read %(number)s", number=circular.number
                        ),
                        "date_deadline": fields.Date.context_today(self),
                    }
                    for user in users
                ]
            )
        return True

    def action_acknowledge(self):
        """The current user confirms having read the circular."""
        for circular in self:
            ack = circular.ack_ids.filtered(
                lambda a: a.user_id == self.env.user and not a.date_read
            )
            if not ack:
                raise UserError(
                    self.env._(
                        "You have nothing to acknowledge on %(name)s.",
                        name=circular.display_name,
                    )
                )
            ack.date_read = fields.Datetime.now()
            circular.activity_feedback(
                ["ozel_kalem.mail_act_circular_read"], user_id=self.env.user.id
            )
        return True

    def action_withdraw(self):
        self._check_state(("published",), self.env._("Withdrawing"))
        self.write({"state": "withdrawn"})
        self.activity_unlink(["ozel_kalem.mail_act_circular_read"])
        return True

    @api.depends("number", "name")
    def _compute_display_name(self):
        for circular in self:
            if circular.number and circular.number != "/":
                circular.display_name = f"{circular.number} {circular.name}"
            else:
                circular.display_name = circular.name
