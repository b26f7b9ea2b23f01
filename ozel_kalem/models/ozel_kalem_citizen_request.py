# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from stdnum.tr import tckimlik

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError
from odoo.tools import plaintext2html

from ..tools.legal_limits import limit
from .calendar_event import office_today

EXTENDED_INFORMATION_LIMIT = limit("information_extended")[0]
REQUEST_TYPES = [
    ("request", "Request (İstek)"),
    ("complaint", "Complaint (Şikâyet)"),
    ("suggestion", "Suggestion (Öneri)"),
    ("help", "Help Request (Yardım)"),
    ("petition", "Petition (3071)"),
    ("information", "Right to Information (4982)"),
    ("cimer", "CİMER Application"),
    ("kvkk", "KVKK Application"),
]
# The legal time limit of each type: the office's table (tools/legal_limits).
TIME_LIMITS = {kind: limit(kind) for kind, __ in REQUEST_TYPES}
# The kinds of a CİMER application (domain.md §3): a *bilgi edinme* one
# follows 4982 (15 working days, once extended), the others CİMER's 30 days.
CIMER_KINDS = [
    ("istek", "Request (İstek)"),
    ("sikayet", "Complaint (Şikâyet)"),
    ("ihbar", "Report (İhbar)"),
    ("gorus_oneri", "Opinion or Suggestion (Görüş-Öneri)"),
    ("bilgi_edinme", "Right to Information (Bilgi Edinme, 4982)"),
    ("tesekkur", "Thanks (Teşekkür)"),
    ("yonetime_katil", "Take Part (Yönetime Katıl)"),
]
SATISFACTION = [
    ("satisfied", "Satisfied"),
    ("partly", "Partly Satisfied"),
    ("unsatisfied", "Not Satisfied"),
]
SATISFACTION_SCORES = {"satisfied": 100.0, "partly": 50.0, "unsatisfied": 0.0}
# Models whose records name a citizen: a contact is anonymised only when no
# record of theirs still needs it.
PARTNER_REFERENCES = (
    "ozel_kalem.citizen.request",
    "ozel_kalem.appointment",
    "ozel_kalem.visit",
    "ozel_kalem.call",
    "ozel_kalem.document",
)
OPEN_STATES = ("new", "routed", "in_progress", "waiting")


def clock_type(request_type, cimer_kind):
    """The time limit a request runs on: a CİMER *bilgi edinme* application
    is a 4982 one."""
    if request_type == "cimer" and cimer_kind == "bilgi_edinme":
        return "information"
    return request_type


def legal_deadline(calendar, received, request_type, extended, stops=()):
    """The deadline of a request received on ``received`` (a date), on the
    company's ``calendar``, or False (no date or type yet, or the clock
    stopped without end by one of ``stops``)."""
    if not received or request_type not in TIME_LIMITS:
        return False  # an unknown type is refused by the selection's check
    amount, unit = TIME_LIMITS[request_type]
    if request_type == "information" and extended:
        amount = EXTENDED_INFORMATION_LIMIT
    return calendar.deadline(received, amount, unit, stops=stops) or False


def answer_measures(received, answered, deadline):
    """``(days to answer, on time %)`` of a request: 0 and 0 unanswered."""
    if not answered:
        return 0, 0.0
    on_time = 100.0 if deadline and answered <= deadline else 0.0
    return (answered - received).days, on_time


class OzelKalemCitizenRequest(models.Model):
    """A request of a citizen (CIT-1 … CIT-8): recorded once whatever the
    channel, routed to the department that must solve it, answered within
    its legal time limit counted on the Turkish calendar (``tools.
    working_days``), with a stopped clock while the office waits on the
    citizen."""

    _name = "ozel_kalem.citizen.request"
    _description = "Citizen Request"
    _inherit = [
        "portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.workflow.mixin",
        "ozel_kalem.escalation.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.citizen.request"
    _order = "date_received desc, id desc"
    _escalation_open_states = ("new", "routed", "in_progress")
    _rec_names_search = ["number", "name"]
    _check_company_auto = True
    # The registry's number, the states and the dates they give are set by
    # the request's actions only; the reception date is given when the
    # request is recorded and never rewritten.  (The satisfaction is also
    # what staff hear when they call the citizen back: it stays editable.)
    _ozel_kalem_action_fields = (
        "number",
        "state",
        "deadline_extended",
        "date_answered",
        "answered_by_id",
        "date_closed",
        "is_anonymised",
        "web_ip",
        "fee_notice_date",
        "fee_due_date",
        "fee_paid_date",
    )
    _ozel_kalem_fixed_fields = ("date_received",)

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Subject", required=True, tracking=True)
    description = fields.Html()
    partner_id = fields.Many2one(
        "res.partner", string="Citizen", required=True, index=True, tracking=True
    )
    tckn = fields.Char(
        string="TC Kimlik No",
        groups="ozel_kalem.group_director",
        copy=False,
        help="Optional; seen only by the director (KVKK).",
    )
    tckn_masked = fields.Char(
        string="TC Kimlik No (masked)",
        compute="_compute_tckn_masked",
        inverse="_inverse_tckn_masked",
        help="Type the full number to record it; it is shown masked.",
    )
    channel = fields.Selection(
        [
            ("phone", "Phone"),
            ("walk_in", "Walk-in"),
            ("email", "E-mail"),
            ("web", "Web Form"),
            ("mobile", "Mobile"),
            ("social", "Social Media"),
            ("letter", "Letter"),
            ("cimer", "CİMER"),
        ],
        required=True,
        default="phone",
        tracking=True,
    )
    request_type = fields.Selection(
        REQUEST_TYPES,
        string="Type",
        required=True,
        default="request",
        tracking=True,
        index=True,
    )
    cimer_number = fields.Char(string="CİMER Number", index=True)
    cimer_kind = fields.Selection(
        CIMER_KINDS,
        string="CİMER Type",
        help="As CİMER classified the application: a Right to Information "
        "one is answered within 4982's 15 working days, the others within 30 "
        "days.",
    )
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Urgent")],
        default="0",
        tracking=True,
        help="An urgent request is reported to the office director as soon as "
        "it is routed.",
    )
    date_received = fields.Date(
        required=True,
        default=lambda self: office_today(self),
        tracking=True,
        index=True,
    )
    stop_ids = fields.One2many(
        "ozel_kalem.citizen.request.stop", "request_id", string="Clock Stops"
    )
    fee_amount = fields.Float(
        string="Fee (TL)",
        digits=(16, 2),
        tracking=True,
        help="The cost of giving the information (4982 art. 10), told to the "
        "applicant with the fee notice.",
    )
    fee_notice_date = fields.Date(readonly=True, copy=False, tracking=True)
    fee_due_date = fields.Date(
        string="Fee Due",
        readonly=True,
        copy=False,
        help="15 working days after the fee notice: unpaid by then, the "
        "application is deemed withdrawn.",
    )
    fee_paid_date = fields.Date(readonly=True, copy=False, tracking=True)
    deadline_extended = fields.Boolean(
        readonly=True,
        copy=False,
        help="A 4982 application whose time limit was extended to 30 working "
        "days, the applicant told.",
    )
    date_deadline = fields.Date(
        string="Deadline",
        compute="_compute_date_deadline",
        store=True,
        precompute=True,
        index=True,
        help="The legal time limit from the date received, on the Turkish "
        "calendar; empty while the clock is stopped.",
    )
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue", search="_search_is_overdue"
    )
    category_id = fields.Many2one(
        "ozel_kalem.citizen.request.category", index=True, tracking=True
    )
    department_id = fields.Many2one(
        "hr.department",
        index=True,
        tracking=True,
        check_company=True,
        compute="_compute_department_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    help_outcome = fields.Selection(
        [
            ("granted", "Help Given"),
            ("referred", "Referred to Another Institution"),
            ("refused", "Not Eligible"),
        ],
        tracking=True,
        copy=False,
        help="For help requests: what the social services decided.",
    )
    user_id = fields.Many2one("res.users", string="Responsible", index=True)
    answer = fields.Html(copy=False)
    date_answered = fields.Date(readonly=True, copy=False)
    answered_by_id = fields.Many2one(
        "res.users",
        readonly=True,
        copy=False,
        help="Who answered: signs the answer letter.",
    )
    date_closed = fields.Date(readonly=True, copy=False, index=True)
    resolution_days = fields.Integer(
        string="Days to Answer",
        compute="_compute_resolution",
        store=True,
        precompute=True,
        aggregator="avg",
    )
    answered_on_time = fields.Float(
        string="On Time (%)",
        compute="_compute_resolution",
        store=True,
        precompute=True,
        aggregator="avg",
        help="100 when answered by the deadline, 0 otherwise: its average is "
        "the on-time rate.",
    )
    satisfaction = fields.Selection(
        SATISFACTION,
        tracking=True,
        copy=False,
        help="The citizen's opinion of the answer: given on the status page "
        "or asked by the office in a follow-up call.",
    )
    satisfaction_score = fields.Float(
        string="Satisfaction (%)",
        compute="_compute_satisfaction_score",
        store=True,
        precompute=True,
        aggregator="avg",
        help="100 satisfied, 50 partly, 0 not satisfied: its average is the "
        "satisfaction rate of the answered requests.",
    )
    satisfaction_note = fields.Text(copy=False)
    is_anonymised = fields.Boolean(readonly=True, copy=False, index=True)
    cancel_reason = fields.Text(copy=False)
    web_ip = fields.Char(
        string="Sent from (IP)",
        copy=False,
        readonly=True,
        groups="ozel_kalem.group_director",
        help="Address of a web form's sender, kept against abuse (KVKK: "
        "anonymised with the request).",
    )
    state = fields.Selection(
        [
            ("new", "New"),
            ("routed", "Routed"),
            ("in_progress", "In Progress"),
            ("waiting", "Waiting for the Citizen"),
            ("answered", "Answered"),
            ("closed", "Closed"),
            ("cancelled", "Cancelled"),
        ],
        default="new",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    # ------------------------------------------------------------------
    # TC Kimlik No
    # ------------------------------------------------------------------
    @api.depends("tckn")
    def _compute_tckn_masked(self):
        for request, tckn in zip(self, self.sudo().mapped("tckn"), strict=True):
            request.tckn_masked = f"{tckn[:3]}******{tckn[-2:]}" if tckn else False

    def _inverse_tckn_masked(self):
        for request in self:
            value = (request.tckn_masked or "").strip()
            if "*" in value:
                continue  # the masked number shown, unchanged
            # Checked by ``_check_tckn``, whatever path writes it.
            request.sudo().tckn = value or False
        # Show the number masked again, not as typed.
        self.invalidate_recordset(["tckn_masked"])

    @api.constrains("tckn")
    def _check_tckn(self):
        # By any path (the form's masked field, the API, an import, the
        # public form).
        for tckn in self.sudo().mapped("tckn"):
            if tckn and not tckimlik.is_valid(tckn):
                raise ValidationError(
                    self.env._("%(number)s is not a valid TC Kimlik No.", number=tckn)
                )

    # ------------------------------------------------------------------
    # Time limit
    # ------------------------------------------------------------------
    @api.depends(
        "request_type",
        "cimer_kind",
        "date_received",
        "deadline_extended",
        "stop_ids.date_from",
        "stop_ids.date_to",
        "company_id.ozel_kalem_half_day_counts",
    )
    def _compute_date_deadline(self):
        # A change of the company's half-day setting or of its leave days
        # recomputes thousands of requests: the values are read column-wise
        # (``mapped``), the stops in one read, and the requests of the same
        # deadline assigned together.  (A loop reading each field of each
        # request took 9 s for 100 000 requests; see bench/.)
        # Only these columns (the prefetch would read whole rows), and the
        # stored deadline: an unchanged value is then not written again.
        self._origin.fetch(
            [
                "date_deadline",
                "company_id",
                "date_received",
                "request_type",
                "cimer_kind",
                "deadline_extended",
                "stop_ids",
            ]
        )
        if len(self.company_id) > 1:
            for requests in self.grouped("company_id").values():
                requests._compute_date_deadline()
            return
        calendar = (self.company_id or self.env.company)._ozel_kalem_calendar()
        stops = defaultdict(list)
        for stop in self.stop_ids:
            stops[stop.request_id.id].append((stop.date_from, stop.date_to or None))
        by_deadline = defaultdict(list)
        for request_id, received, request_type, cimer_kind, extended in zip(
            self._ids,
            self.mapped("date_received"),
            self.mapped("request_type"),
            self.mapped("cimer_kind"),
            self.mapped("deadline_extended"),
            strict=True,
        ):
            deadline = legal_deadline(
                calendar,
                received,
                clock_type(request_type, cimer_kind),
                extended,
                stops.get(request_id, ()),
            )
            by_deadline[deadline].append(request_id)
        for deadline, ids in by_deadline.items():
            self.browse(ids).date_deadline = deadline

    @api.depends("category_id")
    def _compute_department_id(self):
        for request in self:
            request.department_id = (
                request.category_id.department_id or request.department_id
            )

    @api.depends("date_answered", "date_received", "date_deadline")
    def _compute_resolution(self):
        for request in self:
            request.resolution_days, request.answered_on_time = answer_measures(
                request.date_received, request.date_answered, request.date_deadline
            )

    @api.depends("satisfaction")
    def _compute_satisfaction_score(self):
        for request in self:
            request.satisfaction_score = SATISFACTION_SCORES.get(request.satisfaction)

    @api.depends("date_deadline", "state")
    def _compute_is_overdue(self):
        today = office_today(self)
        for request in self:
            request.is_overdue = bool(
                request.state in OPEN_STATES
                and request.date_deadline
                and request.date_deadline < today
            )

    def _search_is_overdue(self, operator, value):
        return self._overdue_domain(operator, value, OPEN_STATES)

    @api.model_create_multi
    def create(self, vals_list):
        # The number is the registry's: refused from the caller, then drawn
        # (ozel_kalem.numbered.mixin).
        self._ozel_kalem_check_create(vals_list)
        with self._ozel_kalem_action():
            return super().create(vals_list)

    def _add_precomputed_values(self, vals_list):
        """The deadline, department and answer measures of new requests,
        computed from their values (defaults included) for the whole batch.

        Odoo precomputes them through a new record per request, each compute
        passing through the chatter's tracking hook: half a millisecond, a
        tenth of the cost of recording a request (see bench/).  The values
        are the computes' own, by the same helpers.  A request created with
        its stops (not done by the office's forms) is left to Odoo."""
        todo = [vals for vals in vals_list if not vals.get("stop_ids")]
        category_ids = {vals["category_id"] for vals in todo if vals.get("category_id")}
        departments = {
            category.id: category.department_id.id
            for category in self.env["ozel_kalem.citizen.request.category"].browse(
                category_ids
            )
        }
        Company = self.env["res.company"]
        for vals in todo:
            received = fields.Date.to_date(vals.get("date_received"))
            company = Company.browse(vals.get("company_id")) or self.env.company
            deadline = legal_deadline(
                company._ozel_kalem_calendar(),
                received,
                clock_type(vals.get("request_type"), vals.get("cimer_kind")),
                vals.get("deadline_extended"),
            )
            answered = fields.Date.to_date(vals.get("date_answered"))
            vals["date_deadline"] = deadline
            vals.setdefault(
                "department_id", departments.get(vals.get("category_id"), False)
            )
            vals["resolution_days"], vals["answered_on_time"] = answer_measures(
                received, answered, deadline
            )
            vals["satisfaction_score"] = SATISFACTION_SCORES.get(
                vals.get("satisfaction"), 0.0
            )
        return super()._add_precomputed_values(vals_list)

    @api.depends("number", "name")
    def _compute_display_name(self):
        self._display_with_number()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        raise UserError(
            self.env._("A citizen's request is kept; cancel it with a reason.")
        )

    def _compute_access_url(self):
        result = super()._compute_access_url()
        for request in self:
            request.access_url = f"/ozel-kalem/basvuru/{request.id}"
        return result

    def _status_url(self):
        """The citizen's private status link."""
        self.ensure_one()
        token = self._portal_ensure_token()
        return f"{self.get_base_url()}/ozel-kalem/basvuru/{self.id}/{token}"

    @api.model
    def _create_from_web(self, values, ip_address):
        """Register a request of the public form (run as superuser by the
        controller, with values it has checked: lengths, characters, e-mail,
        phone, TC Kimlik No, files).  The citizen is matched by the exact
        normalised e-mail address, or registered.  The citizen's text is kept
        as text: escaped into the Html description, never taken as markup."""
        partner = self.env["res.partner"]._ozel_kalem_from_contact(
            values["name"], values["email"], values["phone"]
        )
        request = self.create(
            {
                "name": values["subject"],
                "description": plaintext2html(values["text"]),
                "partner_id": partner.id,
                "channel": "web",
                "request_type": values["request_type"],
                "tckn_masked": values["tckn"] or False,
                "web_ip": ip_address,
            }
        )
        if values["attachments"]:
            self.env["ir.attachment"].create(
                [
                    {
                        "name": name,
                        "raw": content,
                        "res_model": self._name,
                        "res_id": request.id,
                    }
                    for name, content in values["attachments"]
                ]
            )
        return request

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """A request e-mailed to the office's alias: the sender becomes the
        citizen (found by address or created), the subject the request."""
        name, email = tools.parse_contact_from_email(msg_dict.get("email_from") or "")
        partner = self.env["res.partner"]._ozel_kalem_from_contact(name, email)
        values = {
            "partner_id": partner.id,
            "channel": "email",
            "name": msg_dict.get("subject") or self.env._("E-mailed request"),
            "description": msg_dict.get("body"),
            **(custom_values or {}),
        }
        return super().message_new(msg_dict, custom_values=values)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_route(self):
        self._check_state(("new", "routed", "in_progress"), self.env._("Routing"))
        for request in self:
            if not request.department_id:
                raise UserError(
                    self.env._(
                        "Choose the department that answers %(request)s.",
                        request=request.display_name,
                    )
                )
            if not request.user_id:
                request.user_id = request.department_id.sudo().manager_id.user_id
            if request.user_id:
                request.activity_schedule(
                    "ozel_kalem.mail_act_request_answer",
                    user_id=request.user_id.id,
                    date_deadline=request.date_deadline or None,
                    summary=request.name,
                )
        self._ozel_kalem_action_write({"state": "routed"})
        for request in self.filtered(lambda r: r.priority == "1"):
            request.message_post(
                body=self.env._(
                    "Urgent request routed to %(department)s, due on %(deadline)s.",
                    department=request.department_id.name,
                    deadline=request.date_deadline,
                ),
                partner_ids=request._escalation_directors().partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_start(self):
        self._check_state(("new", "routed"), self.env._("Starting"))
        self._ozel_kalem_action_write({"state": "in_progress"})
        return True

    def action_wait(self):
        """Stop the clock: the office waits on the citizen (a fee notice, a
        missing document)."""
        self._check_state(("routed", "in_progress"), self.env._("Stopping the clock"))
        today = office_today(self)
        self._ozel_kalem_action_write({"state": "waiting"})
        # The department's employee stops the clock of a request they may
        # write: the stop itself is the office's record.
        self.env["ozel_kalem.citizen.request.stop"].sudo().create(
            [{"request_id": request.id, "date_from": today} for request in self]
        )
        return True

    def action_fee_notice(self):
        """Tell the applicant of a 4982 application the fee (art. 10): the
        clock stops, and the applicant has 15 working days to pay."""
        self._check_state(
            ("routed", "in_progress"), self.env._("Sending the fee notice")
        )
        for request in self:
            if clock_type(request.request_type, request.cimer_kind) != "information":
                raise UserError(
                    self.env._("A fee notice is for a 4982 application only.")
                )
            if request.fee_amount <= 0:
                raise UserError(self.env._("Write the fee first."))
        today = office_today(self)
        days, counting = limit("information_fee")
        for request in self:
            calendar = request.company_id._ozel_kalem_calendar()
            due = calendar.deadline(today, days, counting)
            request._ozel_kalem_action_write(
                {
                    "fee_notice_date": today,
                    "fee_due_date": due,
                    "fee_paid_date": False,
                }
            )
            request.action_wait()
            amount = f"{request.fee_amount:.2f}"
            request.message_post(
                body=self.env._(
                    "The fee for your application is %(amount)s TL. Pay it by "
                    "%(date)s: the time limit of your application stops until "
                    "then, and the application is deemed withdrawn if the fee is "
                    "not paid.",
                    amount=amount,
                    date=due.strftime("%d.%m.%Y"),
                ),
                partner_ids=request.partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_fee_paid(self):
        """The applicant paid: the clock runs again."""
        unpaid = self.filtered(
            lambda r: r.state == "waiting" and r.fee_due_date and not r.fee_paid_date
        )
        if unpaid != self:
            raise UserError(self.env._("No fee is waiting to be paid here."))
        self._ozel_kalem_action_write({"fee_paid_date": office_today(self)})
        return self.action_resume()

    @api.model
    def _withdraw_unpaid_fees(self):
        """The 4982 applications whose fee was not paid within its 15 working
        days: deemed withdrawn (closed as cancelled, the applicant told).
        Run by the daily reminders."""
        today = office_today(self)
        unpaid = self.search(
            [
                ("state", "=", "waiting"),
                ("fee_due_date", "<", today),
                ("fee_paid_date", "=", False),
            ]
        )
        for request in unpaid:
            request._ozel_kalem_action_write(
                {
                    "state": "cancelled",
                    "date_closed": today,
                    "cancel_reason": self.env._(
                        "Deemed withdrawn: the fee was not paid by %(date)s "
                        "(4982 art. 10).",
                        date=request.fee_due_date.strftime("%d.%m.%Y"),
                    ),
                }
            )
            request.stop_ids.filtered(lambda stop: not stop.date_to).write(
                {"date_to": request.fee_due_date}
            )
            request.message_post(
                body=request.cancel_reason,
                partner_ids=request.partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return unpaid

    @api.model
    def _remind_and_escalate(self, days_before):
        result = super()._remind_and_escalate(days_before)
        self._withdraw_unpaid_fees()
        return result

    def action_resume(self):
        self._check_state(("waiting",), self.env._("Restarting the clock"))
        if self.filtered(lambda r: r.fee_due_date and not r.fee_paid_date):
            raise UserError(
                self.env._(
                    "The fee is not paid yet: record the payment (Fee Paid), or "
                    "the application is deemed withdrawn when it falls due."
                )
            )
        today = office_today(self)
        self._ozel_kalem_action_write({"state": "in_progress"})
        self.sudo().stop_ids.filtered(lambda stop: not stop.date_to).write(
            {"date_to": today}
        )
        return True

    def action_extend(self):
        """Extend a 4982 application to 30 working days, once, telling the
        applicant before the 15 days run out."""
        for request in self:
            if (
                clock_type(request.request_type, request.cimer_kind) != "information"
                or request.deadline_extended
            ):
                raise UserError(
                    self.env._("Only a 4982 application is extended, once.")
                )
            if request.is_overdue:
                raise UserError(
                    self.env._("The extension must be told before the 15 days run out.")
                )
        self._ozel_kalem_action_write({"deadline_extended": True})
        for request in self:
            request.message_post(
                body=self.env._(
                    "The time limit of your application is extended to %(date)s: "
                    "the information must come from another unit.",
                    date=request.date_deadline,
                ),
                partner_ids=request.partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_answer(self):
        self._check_state(("routed", "in_progress"), self.env._("Answering"))
        if self.filtered(lambda r: not r.answer):
            raise UserError(self.env._("Write the answer first."))
        if self.filtered(lambda r: r.request_type == "help" and not r.help_outcome):
            raise UserError(
                self.env._(
                    "Record what the social services decided on the help request."
                )
            )
        self._ozel_kalem_action_write(
            {
                "state": "answered",
                "date_answered": office_today(self),
                "answered_by_id": self.env.user.id,
            }
        )
        self.activity_feedback(["ozel_kalem.mail_act_request_answer"])
        template = self.env.ref("ozel_kalem.mail_template_citizen_request_answered")
        for request in self.filtered(lambda r: r.partner_id.email):
            request.message_post_with_source(
                template,
                subtype_xmlid="mail.mt_comment",
                partner_ids=request.partner_id.ids,
            )
        return True

    def _record_satisfaction(self, satisfaction, note=False):
        """The citizen's opinion given on the status page (run as superuser
        by the controller, which checked the token).  Once per answer; a
        dissatisfied citizen is reported to the responsible and the
        director, who may reopen the request."""
        self.ensure_one()
        if satisfaction not in SATISFACTION_SCORES:
            raise ValidationError(self.env._("Choose one of the answers."))
        if self.state not in ("answered", "closed") or self.satisfaction:
            raise UserError(
                self.env._("Your opinion on this answer is already recorded.")
            )
        self._ozel_kalem_action_write(
            {"satisfaction": satisfaction, "satisfaction_note": note}
        )
        if satisfaction == "unsatisfied":
            self.message_post(
                body=self.env._(
                    "The citizen is not satisfied with the answer: %(note)s",
                    note=note or "-",
                ),
                partner_ids=(
                    self.user_id | self.answered_by_id | self._escalation_directors()
                ).partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def _answer_reference(self):
        """The İlgi line of the answer letter: the citizen's application."""
        self.ensure_one()
        date = self.date_received.strftime("%d.%m.%Y")
        if self.cimer_number:
            return f"{date} tarihli ve {self.cimer_number} sayılı CİMER başvurunuz."
        return f"{date} tarihli ve {self.number} sayılı başvurunuz."

    def _answer_signature(self):
        """Signature block of the answer letter: who answered and their
        position (legal Turkish, whatever the reader's language)."""
        self.ensure_one()
        signer = self.answered_by_id or self.user_id
        job = signer.sudo().employee_ids[:1].job_id.name or ""
        return [line for line in (signer.name, job) if line]

    def action_close(self):
        self._check_state(("answered",), self.env._("Closing"))
        self._ozel_kalem_action_write(
            {"state": "closed", "date_closed": office_today(self)}
        )
        return True

    def action_reopen(self):
        self._check_state(("answered", "closed"), self.env._("Reopening"))
        # A new answer will come: the citizen may judge it again.
        self._ozel_kalem_action_write(
            {
                "state": "in_progress",
                "date_closed": False,
                "satisfaction": False,
                "satisfaction_note": False,
            }
        )
        return True

    def action_cancel(self):
        self._check_cancel(
            OPEN_STATES, self.env._("Write why the request is cancelled.")
        )
        self._ozel_kalem_action_write(
            {"state": "cancelled", "date_closed": office_today(self)}
        )
        return True

    # ------------------------------------------------------------------
    # Reminders and escalation (ozel_kalem.escalation.mixin)
    # ------------------------------------------------------------------
    def _escalation_recipients(self, level):
        if level == 1:
            return self.user_id
        return (
            self.user_id
            | self.department_id.sudo().manager_id.user_id
            | self._escalation_directors()
        )

    def _escalation_body(self, level):
        if level == 1:
            return self.env._(
                "Reminder: the answer to this citizen's request is due on "
                "%(deadline)s.",
                deadline=self.date_deadline,
            )
        return self.env._(
            "Overdue: the legal time limit of this request (%(deadline)s) has "
            "passed without an answer.",
            deadline=self.date_deadline,
        )

    # ------------------------------------------------------------------
    # KVKK: anonymisation after the retention period
    # ------------------------------------------------------------------
    @api.model
    def _cron_anonymise(self):
        """Anonymise the closed and cancelled requests whose retention period
        (per type, ``ozel_kalem.retention.rule``) has passed: the citizen,
        the TC Kimlik No, the sender's address, the free texts, the chatter
        and the attachments.  What the statistics count (type, channel,
        department, dates, state) is kept."""
        today = office_today(self)
        rules = (
            self.env["ozel_kalem.retention.rule"].sudo().search([("months", ">", 0)])
        )
        expired = self.browse()
        for rule in rules:
            limit = fields.Date.subtract(today, months=rule.months)
            domain = [
                ("is_anonymised", "=", False),
                ("state", "in", ("closed", "cancelled")),
                ("request_type", "=", rule.request_type),
                ("date_closed", "<", limit),
            ]
            if rule.company_id:
                domain.append(("company_id", "=", rule.company_id.id))
            expired |= self.sudo().search(domain)
        if expired:
            expired._anonymise()
        return expired

    def _anonymise(self):
        anonymous = self.env.ref("ozel_kalem.partner_anonymous_citizen")
        partners = self.partner_id - anonymous
        placeholder = self.env._("[Personal data removed]")
        self.env["mail.message"].sudo().search(
            [("model", "=", self._name), ("res_id", "in", self.ids)]
        ).unlink()
        self.env["ir.attachment"].sudo().search(
            [("res_model", "=", self._name), ("res_id", "in", self.ids)]
        ).unlink()
        self.sudo().with_context(tracking_disable=True).write(
            {
                "partner_id": anonymous.id,
                "tckn": False,
                "web_ip": False,
                "name": placeholder,
                "description": False,
                "answer": False,
                "satisfaction_note": False,
                "cancel_reason": False,
                "cimer_number": False,
                "access_token": False,
                "is_anonymised": True,
            }
        )
        # The contacts that no other record needs are anonymised too.
        still_needed = self.env["res.partner"]
        for model in PARTNER_REFERENCES:
            Model = self.env[model].sudo().with_context(active_test=False)
            domain = [("partner_id", "in", partners.ids)]
            if model == self._name:
                domain.append(("is_anonymised", "=", False))
            still_needed |= Model.search(domain).partner_id
        free = (partners - still_needed).filtered(lambda p: not p.user_ids)
        self.env["mail.message"].sudo().search(
            [("model", "=", "res.partner"), ("res_id", "in", free.ids)]
        ).unlink()
        free.sudo().with_context(tracking_disable=True).write(
            {
                "name": placeholder,
                "email": False,
                "phone": False,
                "mobile": False,
                "street": False,
                "street2": False,
                "city": False,
                "zip": False,
                "vat": False,
                "comment": False,
                "active": False,
            }
        )
        return True
