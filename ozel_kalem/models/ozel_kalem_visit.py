# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import plaintext2html


class OzelKalemVisit(models.Model):
    """Visitor log of the mayor's office (APT-7): who came, when, to meet whom
    and why.  A visit can become an appointment or a citizen's request."""

    _name = "ozel_kalem.visit"
    _description = "Visit"
    _inherit = [
        "mail.thread",
        "ozel_kalem.follow_up.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _order = "arrival desc, id desc"
    _rec_names_search = ["visitor_name", "purpose"]
    _check_company_auto = True

    visitor_name = fields.Char(string="Visitor", required=True, tracking=True)
    partner_id = fields.Many2one("res.partner", string="Contact", index=True)
    organisation = fields.Char(string="Institution / Organisation")
    phone = fields.Char()
    purpose = fields.Char(required=True)
    host_user_id = fields.Many2one(
        "res.users", string="Met", tracking=True, help="Whom the visitor met."
    )
    arrival = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    departure = fields.Datetime(tracking=True)
    appointment_id = fields.Many2one(
        "ozel_kalem.appointment", string="Appointment Request", copy=False, index=True
    )
    citizen_request_id = fields.Many2one(
        "ozel_kalem.citizen.request", copy=False, index=True
    )
    state = fields.Selection(
        [("in", "In the Building"), ("left", "Left")],
        default="in",
        required=True,
        tracking=True,
        index=True,
    )
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "departure_after_arrival",
            "CHECK(departure IS NULL OR departure >= arrival)",
            "A visitor cannot leave before arriving.",
        ),
    ]

    @api.depends("visitor_name", "purpose")
    def _compute_display_name(self):
        for record in self:
            record.display_name = " – ".join(
                filter(None, (record.visitor_name, record.purpose))
            )

    @api.constrains("phone")
    def _check_phone(self):
        for visit in self.filtered("phone"):
            normalized = self.env["res.partner"]._ozel_kalem_normalize_phone(
                visit.phone
            )
            if normalized != visit.phone:
                visit.phone = normalized

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.partner_id:
            self.visitor_name = self.partner_id.name
            self.phone = self.partner_id.phone or self.partner_id.mobile

    def action_depart(self):
        self._check_state(("in",), self.env._("Recording the departure"))
        self.write({"state": "left", "departure": fields.Datetime.now()})
        return True

    def action_create_appointment(self):
        """Turn the visit into an appointment request (walk-in channel)."""
        return self._create_linked(
            "appointment_id",
            {"name": self.purpose, "channel": "walk_in"},
            self.visitor_name,
            self.phone,
        )

    def action_create_citizen_request(self):
        """Record what the visitor asks as a citizen's request (walk-in)."""
        return self._create_linked(
            "citizen_request_id",
            {
                "name": self.purpose,
                "description": plaintext2html(self.note or ""),
                "channel": "walk_in",
            },
            self.visitor_name,
            self.phone,
        )
