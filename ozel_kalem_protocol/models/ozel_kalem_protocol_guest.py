# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

# Precedence of guests without an office of the protocol list: after every
# office holder, in the order they were added.
NO_RANK = 10000.0
AFTER_OFFICE_HOLDERS = 5000.0


class OzelKalemProtocolGuest(models.Model):
    """A guest of a protocol event: invited, answering (RSVP), seated and
    given a speaking turn by precedence."""

    _name = "ozel_kalem.protocol.guest"
    _description = "Protocol Guest"
    _inherit = ["ozel_kalem.workflow.mixin"]
    _order = "event_id, precedence, id"
    _rec_name = "partner_id"

    event_id = fields.Many2one(
        "ozel_kalem.protocol.event", required=True, ondelete="cascade", index=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Guest", required=True, index=True
    )
    position_id = fields.Many2one(
        "ozel_kalem.protocol.position",
        string="Office",
        index=True,
        help="The office of the protocol list in whose name the guest comes.",
    )
    is_representative = fields.Boolean(
        string="Representative (Temsilen)",
        help="Attends on behalf of the office's holder.",
    )
    own_position_id = fields.Many2one(
        "ozel_kalem.protocol.position",
        string="Own Office",
        help="The representative's own office, when the rule ranks "
        "representatives by their own office.",
    )
    title = fields.Char(
        compute="_compute_title",
        store=True,
        readonly=False,
        help="The office as printed on the invitation, card and plan.",
    )
    precedence = fields.Float(
        compute="_compute_precedence",
        store=True,
        index=True,
        help="Order of precedence: smaller is more senior.",
    )
    rsvp = fields.Selection(
        [
            ("invited", "Invited"),
            ("accepted", "Accepted"),
            ("declined", "Declined"),
            ("attended", "Attended"),
        ],
        string="Answer",
        default="invited",
        required=True,
        index=True,
    )
    speaks = fields.Boolean(string="Speech")
    seat_number = fields.Integer(
        string="Seat",
        readonly=True,
        help="0 is the host in the centre; 1, 2, 3... at the host's right; "
        "-1, -2, -3... at the host's left.",
    )
    seat_label = fields.Char(string="Place", compute="_compute_seat_label")
    speaking_order = fields.Integer(string="Speaking Turn", readonly=True)
    date_invited = fields.Date(string="Invitation Sent", readonly=True, copy=False)
    reminder_sent = fields.Boolean(readonly=True, copy=False)
    note = fields.Char()
    company_id = fields.Many2one(related="event_id.company_id", store=True, index=True)

    _sql_constraints = [
        (
            "guest_once",
            "UNIQUE(event_id, partner_id)",
            "This person is already on the guest list of the event.",
        ),
    ]

    @api.depends("position_id", "is_representative")
    def _compute_title(self):
        for guest in self:
            office = guest.position_id.name or guest.title or ""
            # Printed on Turkish invitations and plans whatever the reader's
            # language: "Vali adına".
            guest.title = (
                f"{office} adına" if guest.is_representative and office else office
            )

    @api.depends(
        "position_id.rank",
        "own_position_id.rank",
        "is_representative",
        "event_id.company_id.ozel_kalem_representative_rule",
    )
    def _compute_precedence(self):
        for guest in self:
            rank = guest.position_id.rank
            if not rank:
                guest.precedence = NO_RANK
                continue
            if not guest.is_representative:
                guest.precedence = rank
                continue
            rule = guest.event_id.company_id.ozel_kalem_representative_rule
            if rule == "own":
                guest.precedence = guest.own_position_id.rank or NO_RANK
            elif rule == "after":
                guest.precedence = AFTER_OFFICE_HOLDERS + rank
            else:
                # In the place of the represented office, just after its
                # holder should they come too.
                guest.precedence = rank + 0.5

    @api.depends("seat_number", "rsvp")
    def _compute_seat_label(self):
        for guest in self:
            seat = guest.seat_number
            if not seat:
                guest.seat_label = False
            elif seat > 0:
                guest.seat_label = self.env._("Right %(seat)s", seat=seat)
            else:
                guest.seat_label = self.env._("Left %(seat)s", seat=-seat)

    @api.onchange("position_id")
    def _onchange_position_id(self):
        if self.position_id.holder_partner_id and not self.partner_id:
            self.partner_id = self.position_id.holder_partner_id

    # ------------------------------------------------------------------
    # Answers (RSVP): the seats follow once given.
    # ------------------------------------------------------------------
    def _set_rsvp(self, rsvp, allowed):
        self._check_state(allowed, self.env._("Recording the answer"), field="rsvp")
        self.write({"rsvp": rsvp})
        events = self.event_id.filtered("seating_computed")
        if events:
            events.action_compute_seating()
        return True

    def action_accept(self):
        return self._set_rsvp("accepted", ("invited", "declined"))

    def action_decline(self):
        return self._set_rsvp("declined", ("invited", "accepted"))

    def action_attend(self):
        return self._set_rsvp("attended", ("invited", "accepted"))

    def action_send_invitation(self):
        """E-mail the invitation (its PDF attached) to the guests who have an
        address; the others are printed and posted."""
        template = self.env.ref("ozel_kalem_protocol.mail_template_protocol_invitation")
        mailed = self.filtered(lambda g: g.partner_id.email)
        for guest in mailed:
            template.send_mail(guest.id)
        for event in mailed.event_id:
            event.message_post(
                body=self.env._(
                    "Invitation e-mailed to %(guests)s.",
                    guests=", ".join(
                        mailed.filtered(lambda g, e=event: g.event_id == e).mapped(
                            "partner_id.name"
                        )
                    ),
                )
            )
        self.write({"date_invited": fields.Date.context_today(self)})
        return True

    @api.model
    def _cron_rsvp_reminder(self, days_before=3):
        """Remind once the guests who have not answered an invitation to an
        event of the next days."""
        now = fields.Datetime.now()
        guests = self.search(
            [
                ("rsvp", "=", "invited"),
                ("reminder_sent", "=", False),
                ("date_invited", "!=", False),
                ("event_id.state", "=", "confirmed"),
                ("event_id.date_begin", ">", now),
                (
                    "event_id.date_begin",
                    "<=",
                    fields.Datetime.add(now, days=days_before),
                ),
            ]
        )
        template = self.env.ref(
            "ozel_kalem_protocol.mail_template_protocol_rsvp_reminder"
        )
        for guest in guests.filtered(lambda g: g.partner_id.email):
            template.send_mail(guest.id)
        guests.write({"reminder_sent": True})
        return guests
