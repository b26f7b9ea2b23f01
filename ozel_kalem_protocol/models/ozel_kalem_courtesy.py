# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

COURTESY_TYPES = [
    ("congratulation", "Congratulation"),
    ("condolence", "Condolence"),
    ("message", "Message"),
    ("flowers", "Flowers"),
    ("wreath", "Wreath"),
    ("gift", "Gift"),
]
# What is ordered from a supplier and delivered.
GOODS = ("flowers", "wreath", "gift")


class OzelKalemCourtesy(models.Model):
    """A courtesy sent in the mayor's name (PRO-6) — congratulation,
    condolence, message, flowers, wreath, gift — ordered from a supplier,
    delivered and paid; or one the municipality received, thanked in batch
    (PRO-7).  The gifts given and received are the gift register
    (PRO-13)."""

    _name = "ozel_kalem.courtesy"
    _description = "Courtesy"
    _inherit = ["mail.thread", "mail.activity.mixin", "ozel_kalem.workflow.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    courtesy_type = fields.Selection(
        COURTESY_TYPES, string="Type", required=True, default="flowers", tracking=True
    )
    direction = fields.Selection(
        [("sent", "Sent by the Mayor"), ("received", "Received")],
        required=True,
        default="sent",
        tracking=True,
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Recipient / Sender",
        required=True,
        index=True,
        tracking=True,
    )
    occasion = fields.Char(required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    event_id = fields.Many2one(
        "ozel_kalem.protocol.event", index=True, check_company=True
    )
    protocol_day_id = fields.Many2one(
        "ozel_kalem.protocol.day", string="Day of the Calendar", readonly=True
    )
    supplier_id = fields.Many2one("res.partner", tracking=True)
    card_text = fields.Text(help="The text of the card, message or telegram.")
    delivery_address = fields.Char()
    description = fields.Char(help="What was sent or received (for gifts).")
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount = fields.Monetary(
        tracking=True, help="Cost of what was sent; estimated value of a gift."
    )
    state = fields.Selection(
        [
            ("draft", "Proposed"),
            ("ordered", "Ordered"),
            ("delivered", "Delivered"),
            ("received", "Received"),
            ("thanked", "Thanked"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    date_thanked = fields.Date(readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "calendar_courtesy_once",
            "UNIQUE(protocol_day_id, date, partner_id)",
            "The courtesy of this day to this recipient exists already.",
        ),
    ]

    @api.depends("courtesy_type", "occasion", "partner_id")
    def _compute_display_name(self):
        labels = dict(self._fields["courtesy_type"]._description_selection(self.env))
        for courtesy in self:
            courtesy.display_name = " – ".join(
                part
                for part in (
                    labels.get(courtesy.courtesy_type),
                    courtesy.partner_id.name,
                    courtesy.occasion,
                )
                if part
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("direction") == "received":
                vals.setdefault("state", "received")
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if any(c.state not in ("draft", "cancelled") for c in self):
            raise UserError(
                self.env._("An ordered or received courtesy is kept; cancel it.")
            )

    # ------------------------------------------------------------------
    # Sent in the mayor's name
    # ------------------------------------------------------------------
    def action_order(self):
        """Order the courtesy: flowers, wreaths and gifts from a supplier,
        messages with their text."""
        self._check_state(("draft",), self.env._("Ordering"))
        for courtesy in self:
            if courtesy.direction != "sent":
                raise UserError(self.env._("A received courtesy is not ordered."))
            if courtesy.courtesy_type in GOODS and not courtesy.supplier_id:
                raise UserError(
                    self.env._(
                        "Choose the supplier of %(courtesy)s.",
                        courtesy=courtesy.display_name,
                    )
                )
            if courtesy.courtesy_type not in GOODS and not courtesy.card_text:
                raise UserError(
                    self.env._(
                        "Write the text of %(courtesy)s.",
                        courtesy=courtesy.display_name,
                    )
                )
        self.write({"state": "ordered"})
        return True

    def action_deliver(self):
        self._check_state(("ordered",), self.env._("Recording the delivery"))
        self.write({"state": "delivered"})
        return True

    def action_cancel(self):
        self._check_state(("draft", "ordered"), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        return True

    # ------------------------------------------------------------------
    # Received: thanked in batch
    # ------------------------------------------------------------------
    def action_thank(self):
        """Thank the senders of received courtesies, in batch: the thank-you
        letter is e-mailed to those with an address and printed for the
        others (Yazdır ▸ Teşekkür Yazısı)."""
        self._check_state(("received",), self.env._("Thanking"))
        template = self.env.ref("ozel_kalem_protocol.mail_template_courtesy_thanks")
        for courtesy in self.filtered(lambda c: c.partner_id.email):
            courtesy.message_post_with_source(
                template,
                subtype_xmlid="mail.mt_comment",
                partner_ids=courtesy.partner_id.ids,
            )
        self.write(
            {"state": "thanked", "date_thanked": fields.Date.context_today(self)}
        )
        return True

    def _thanks_text(self):
        """The sentence of the thank-you letter (legal Turkish register)."""
        self.ensure_one()
        things = {
            "congratulation": "tebrik mesajınız",
            "condolence": "taziye mesajınız",
            "message": "mesajınız",
            "flowers": "çiçeğiniz",
            "wreath": "çelenginiz",
            "gift": "hediyeniz",
        }
        return (
            f"{self.occasion} vesilesiyle göndermiş olduğunuz "
            f"{things[self.courtesy_type]} için teşekkür eder, saygılarımı sunarım."
        )

    def _signature(self):
        self.ensure_one()
        mayor = self.company_id._ozel_kalem_mayor()
        return [mayor.name or "", "Belediye Başkanı"]
