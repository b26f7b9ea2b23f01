# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.sql import create_index

from ..tools.file_plan import SAYI_PATTERN
from ..tools.legal_limits import limit
from .calendar_event import OFFICE_TZ, office_today
from .res_company import tr_upper

# Art. 11 of the 2020 regulation on official correspondence: medium (E
# electronic, Z paper by necessity, O emergency), DETSİS number, file plan
# code, registration number.
# The marks printed on a letter are legal terms, in Turkish whatever the
# reader's language.

# The registry's names of the confidentiality mixin's fields.
FIELD_ALIASES = {"security_level": "classification", "personal": "personal_only"}


def signature_name(name):
    """A signer's name as a letter writes it, "Ad SOYAD" (the surname, the
    last word, in Turkish capitals)."""
    words = (name or "").split()
    if len(words) < 2:
        return name or ""
    return " ".join([*words[:-1], tr_upper(words[-1])])


class OzelKalemDocument(models.Model):
    """A document of the correspondence registry (evrak, DOC-1 … DOC-9).

    Incoming documents are registered with a number no two documents share
    (an ``ir.sequence``, yearly by default), then routed (havale) to the
    departments and people who must act on them or know of them, each of
    whom acknowledges receipt (zimmet).  A registered document is never
    deleted: it is cancelled with a reason, which is tracked.

    Outgoing documents are drafted, initialled along the approval chain
    (paraf: OCA ``base_tier_validation``, whose tiers an administrator
    configures), signed by the mayor or under a delegation, numbered at
    signature in the official format and dispatched.

    Classification uses the need-to-know mixin: a classified or personal
    document is seen by its author, its routing recipients, the director and
    the mayor only."""

    _name = "ozel_kalem.document"
    _description = "Document"
    _inherit = [
        "ozel_kalem.confidential.mixin",
        "mail.thread.main.attachment",
        "mail.activity.mixin",
        "ozel_kalem.eyp.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.approval.mixin",
        "ozel_kalem.booking.mixin",
    ]
    # An invitation the mayor (or a deputy) attends is on their calendar
    # (ozel_kalem.booking.mixin), moved with the event's time and place.
    _ozel_kalem_booking_fields = (
        "invitation_start",
        "invitation_stop",
        "invitation_place",
    )
    _order = "registration_date desc, id desc"
    # Paraf chain of outgoing letters: under way while the letter is a draft,
    # required to sign it.
    _state_from = ["draft"]
    _state_to = ["signed"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem.mail_act_paraf"
    _rec_names_search = ["registration_number", "name", "sender_reference"]
    _check_company_auto = True
    # The registry's entries and the decisions on a document are set by its
    # actions only (register, route, present, decide, sign, dispatch,
    # cancel), never rewritten; its direction is chosen when it is created.
    _ozel_kalem_action_fields = (
        "registration_number",
        "registration_date",
        "state",
        "approval_result",
        "presented_date",
        "calendar_event_id",
        "signer_id",
        "delegation_id",
        "date_signed",
        "date_dispatched",
        "date_due_legal",
        "eyp_belge_id",
        "eyp_attachment_id",
        "eyp_letter_attachment_id",
        "eyp_summary_attachment_id",
    )
    _ozel_kalem_fixed_fields = ("direction",)
    # The day it came in is given until it is registered: the legal clock of
    # a petition runs from it.
    _ozel_kalem_vouched_fields = ("date_received",)

    direction = fields.Selection(
        [("incoming", "Incoming"), ("outgoing", "Outgoing")],
        required=True,
        default="incoming",
        index=True,
        readonly=True,
    )
    name = fields.Char(string="Subject", required=True, tracking=True)
    registration_number = fields.Char(
        readonly=True, copy=False, index=True, tracking=True
    )
    registration_date = fields.Datetime(readonly=True, copy=False)
    partner_id = fields.Many2one(
        "res.partner",
        string="Correspondent",
        required=True,
        index=True,
        tracking=True,
        help="The institution or person who sent the document (or to whom it is sent).",
    )
    sender_reference = fields.Char(
        string="Their Number",
        index="trigram",
        help="The number (sayı) the sender gave the document; any format.",
    )
    sender_date = fields.Date(string="Their Date")
    date_received = fields.Date(
        string="Received On",
        copy=False,
        tracking=True,
        help="The day the document reached the municipality, when it is "
        "registered later (by default the day it is registered). The 30 days "
        "of a petition (3071 art. 7) run from it.",
    )
    file_code_id = fields.Many2one(
        "ozel_kalem.file.code",
        string="File Plan Code",
        index=True,
        tracking=True,
        domain=[("has_children", "=", False)],
    )
    kind = fields.Selection(
        [
            ("letter", "Letter"),
            ("petition", "Petition"),
            ("invitation", "Invitation"),
            ("telegram", "Telegram"),
            ("circular", "Circular"),
            ("approval", "Submitted for Approval"),
            ("other", "Other"),
        ],
        required=True,
        default="letter",
    )
    channel = fields.Selection(
        [
            ("ebys", "EBYS"),
            ("kep", "KEP"),
            ("post", "Post"),
            ("hand", "By Hand"),
            ("email", "E-mail"),
            ("fax", "Fax"),
        ],
        required=True,
        default="ebys",
    )
    # Names of the registry for the mixin's fields (scripts and imports);
    # the form shows the mixin's fields themselves.
    security_level = fields.Selection(
        related="classification", readonly=False, string="Security Level"
    )
    personal = fields.Boolean(
        related="personal_only", readonly=False, string="Addressee Only"
    )
    urgency = fields.Selection(
        [("normal", "Normal"), ("acele", "ACELE"), ("gunludur", "GÜNLÜDÜR")],
        required=True,
        default="normal",
        tracking=True,
    )
    date_due = fields.Date(
        string="Answer Due", index=True, tracking=True, help="For GÜNLÜDÜR documents."
    )
    date_due_legal = fields.Boolean(
        string="Legal Time Limit",
        readonly=True,
        copy=False,
        help="The answer is due by the legal time limit of a petition (3071 "
        "art. 7), counted on the company's calendar: it moves when a leave "
        "day of that period changes.",
    )
    description = fields.Html(string="Summary")
    routing_ids = fields.One2many(
        "ozel_kalem.document.routing", "document_id", copy=False
    )
    distribution_list_id = fields.Many2one(
        "ozel_kalem.distribution.list",
        copy=False,
        help="Adds the receivers of a saved list to the routing.",
    )
    cancel_reason = fields.Text(copy=False, tracking=True)
    # Invitations, petitions and submissions to the mayor (incoming)
    presented_date = fields.Date(
        string="Presented to the Mayor", readonly=True, copy=False
    )
    invitation_start = fields.Datetime(string="Event Starts")
    invitation_stop = fields.Datetime(string="Event Ends")
    invitation_place = fields.Char(string="Event Place")
    invitation_response = fields.Selection(
        [
            ("attend", "The Mayor Attends"),
            ("deputy", "A Deputy Attends"),
            ("message", "Send a Message"),
            ("flowers", "Send Flowers"),
            ("decline", "Decline"),
        ],
        string="Decision on the Invitation",
        tracking=True,
        copy=False,
    )
    invitation_attendee_id = fields.Many2one(
        "res.users",
        string="Attends",
        copy=False,
        help="The deputy mayor (or other person) who attends for the mayor.",
    )
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)
    approval_result = fields.Selection(
        [("approved", "Approved"), ("rejected", "Not Approved")],
        string="Mayor's Decision",
        tracking=True,
        copy=False,
        readonly=True,
    )
    approval_note = fields.Text(string="Decision Note", copy=False)
    reply_id = fields.Many2one(
        "ozel_kalem.document",
        string="Answer",
        copy=False,
        index="btree_not_null",
        domain=[("direction", "=", "outgoing")],
        help="The outgoing letter that answers this document.",
    )
    is_answered = fields.Boolean(
        compute="_compute_is_answered", store=True, index=True, precompute=True
    )
    # Outgoing letters
    medium = fields.Selection(
        [
            ("E", "Electronic (E)"),
            ("Z", "Paper by Necessity (Z)"),
            ("O", "Emergency (O)"),
        ],
        default="E",
        required=True,
    )
    addressee = fields.Char(
        help="As printed on the letter: KUZEYKENT KAYMAKAMLIĞINA, Sayın Ad SOYAD, "
        "DAĞITIM YERLERİNE. By default the correspondent's name."
    )
    reference_text = fields.Text(
        string="References (İlgi)",
        help="One reference per line, e.g. 12.05.2026 tarihli ve "
        "E-12345678-010.06.02-2231 sayılı yazınız.",
    )
    body = fields.Html(string="Text")
    annex_text = fields.Text(string="Annexes", help="One annex per line.")
    distribution_action = fields.Text(
        string="Distribution: For Action", help="One recipient per line (Gereği)."
    )
    distribution_info = fields.Text(
        string="Distribution: For Information", help="One recipient per line (Bilgi)."
    )
    distribution_action_partner_ids = fields.Many2many(
        "res.partner",
        "ozel_kalem_document_action_partner_rel",
        "document_id",
        "partner_id",
        string="Institutions for Action",
        help="Institutions the letter also goes to for action (gereği), "
        "besides the correspondent: the e-Yazışma package addresses each "
        "by its DETSİS number.",
    )
    distribution_info_partner_ids = fields.Many2many(
        "res.partner",
        "ozel_kalem_document_info_partner_rel",
        "document_id",
        "partner_id",
        string="Institutions for Information",
        help="Institutions the letter goes to for information (bilgi).",
    )
    signer_id = fields.Many2one(
        "res.users",
        string="Signed by",
        readonly=True,
        copy=False,
        tracking=True,
        help="Who signed: the mayor, or a delegate.",
    )
    delegation_id = fields.Many2one(
        "ozel_kalem.delegation", readonly=True, copy=False, string="Under Delegation"
    )
    date_signed = fields.Date(readonly=True, copy=False)
    dispatch_channel = fields.Selection(
        [
            ("ebys", "EBYS"),
            ("kep", "KEP"),
            ("post", "Post"),
            ("hand", "By Hand"),
            ("email", "E-mail"),
        ],
        copy=False,
    )
    date_dispatched = fields.Date(string="Dispatch Date", readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("registered", "Registered"),
            ("routed", "Routed"),
            ("signed", "Signed"),
            ("dispatched", "Dispatched"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "registration_number_uniq",
            "unique(registration_number, company_id)",
            "A registration number is given to one document only.",
        ),
        (
            "eyp_belge_id_uniq",
            "unique(eyp_belge_id, company_id)",
            "An e-Yazışma package is registered once.",
        ),
    ]

    def init(self):
        # The lists' default order (registration_date desc, id desc) read from an index:
        # without it a list sorts every open record (measured by
        # scripts/bench.sh).
        create_index(
            self.env.cr,
            f"{self._table}_registration_date_id_desc_index",
            self._table,
            ["registration_date DESC", "id DESC"],
        )
        # The searches on the registration date use either index; the
        # correspondence-volume dashboard counts from this one alone, without
        # reading the table (ten years of a million documents: 211 → 144 ms).
        create_index(
            self.env.cr,
            f"{self._table}_registration_date_direction_company_index",
            self._table,
            ["registration_date", "direction", "company_id"],
        )

    @api.onchange("distribution_list_id")
    def _onchange_distribution_list_id(self):
        if self.distribution_list_id:
            self.routing_ids = self.distribution_list_id._routing_commands(
                self.routing_ids
            )

    @api.depends("reply_id.state")
    def _compute_is_answered(self):
        for document in self:
            document.is_answered = document.reply_id.state == "dispatched"

    @api.constrains("invitation_start", "invitation_stop")
    def _check_invitation_period(self):
        for document in self:
            start, stop = document.invitation_start, document.invitation_stop
            if start and stop and stop <= start:
                raise ValidationError(self.env._("The event must end after it starts."))

    @api.constrains("direction", "registration_number")
    def _check_sayi(self):
        for document in self.filtered(
            lambda d: d.direction == "outgoing" and d.registration_number
        ):
            if not SAYI_PATTERN.match(document.registration_number):
                raise ValidationError(
                    self.env._(
                        "%(number)s is not an official number: it is written "
                        "E-<DETSİS>-<file plan code>-<number>, e.g. "
                        "E-67915368-903.07.02-4752.",
                        number=document.registration_number,
                    )
                )

    @api.constrains("file_code_id", "direction")
    def _check_file_code_use(self):
        # A code with sub-levels is not used on its own; 020 (Olurlar,
        # Onaylar) names files, never letters (domain.md §2).
        for document in self.filtered("file_code_id"):
            file_code = document.file_code_id.sudo()
            if file_code.has_children:
                raise ValidationError(
                    self.env._(
                        "%(code)s has sub-levels: choose one of them, a code with "
                        "sub-levels is not used on its own.",
                        code=file_code.display_name,
                    )
                )
            if document.direction == "outgoing" and not file_code.usable_on_letters:
                raise ValidationError(
                    self.env._(
                        "%(code)s names files only (020 Olurlar, Onaylar): a letter "
                        "takes the code of its subject.",
                        code=file_code.display_name,
                    )
                )

    @api.constrains("urgency", "date_due")
    def _check_date_due(self):
        if self.filtered(lambda d: d.urgency == "gunludur" and not d.date_due):
            raise ValidationError(
                self.env._("A GÜNLÜDÜR document needs the date its answer is due.")
            )

    @api.depends(
        "routing_ids.user_id",
        "routing_ids.department_id.manager_id.user_id",
    )
    def _compute_need_to_know_user_ids(self):
        return super()._compute_need_to_know_user_ids()

    def _need_to_know_users(self):
        # Department managers are read as root: a clerk routing a document
        # has no right on the staff records.  (The reviewers of a letter's
        # paraf chain read what they initial: the mixin adds them.)
        routing = self.routing_ids.sudo()
        return (
            super()._need_to_know_users()
            | routing.user_id
            | routing.department_id.manager_id.user_id
        )

    @api.depends("registration_number", "name")
    def _compute_display_name(self):
        for document in self:
            document.display_name = (
                f"{document.registration_number} {document.name}"
                if document.registration_number
                else document.name
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self.filtered(
            lambda d: (
                d.registration_number
                or d.registration_date
                or d.state not in ("draft", "cancelled")
            )
        ):
            raise UserError(
                self.env._(
                    "A registered document is never deleted: cancel it with a reason."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        # The registry's names of the mixin's fields go into the fields they
        # name: a related field is written after the record's INSERT, too
        # late for the precomputed confidentiality.
        vals_list = [dict(vals) for vals in vals_list]
        for vals in vals_list:
            for alias, name in FIELD_ALIASES.items():
                if alias in vals:
                    vals[name] = vals.pop(alias)
        return super().create(vals_list)

    def write(self, vals):
        result = super().write(vals)
        if {"classification", "personal_only"} & set(vals):
            # The KEP messages that brought the documents are as confidential
            # as they are (ozel_kalem.kep.message._compute_is_confidential).
            messages = (
                self.env["ozel_kalem.kep.message"]
                .sudo()
                .search([("document_ids", "in", self.ids)])
            )
            if messages:
                self.env.add_to_compute(messages._fields["is_confidential"], messages)
        return result

    def _add_precomputed_values(self, vals_list):
        # As the confidentiality: from the values, with one read of the
        # answers named (see the citizen request's _add_precomputed_values).
        answers = self.browse(
            {vals["reply_id"] for vals in vals_list if vals.get("reply_id")}
        )
        dispatched = set(
            answers.filtered(lambda answer: answer.state == "dispatched").ids
        )
        for vals in vals_list:
            vals["is_answered"] = vals.get("reply_id") in dispatched
        return super()._add_precomputed_values(vals_list)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_register(self):
        """Register incoming documents with the next number of the registry
        (unique and gapless, see ``_next_registry_number``)."""
        self._check_state(("draft",), self.env._("Registering"))
        if self.filtered(lambda d: d.direction != "incoming"):
            raise UserError(
                self.env._("An outgoing document gets its number when it is signed.")
            )
        now = fields.Datetime.now()
        today = office_today(self)
        late = self.filtered(lambda d: d.date_received and d.date_received > today)
        if late:
            raise UserError(
                self.env._(
                    "%(documents)s cannot have been received after today.",
                    documents=", ".join(late.mapped("name")),
                )
            )
        calendars = {}
        for document in self:
            number = document.with_company(document.company_id)._next_registry_number(
                "ozel_kalem.document.incoming", now.date()
            )
            values = {
                "registration_number": number,
                "registration_date": now,
                "state": "registered",
            }
            if not document.date_received:
                values["date_received"] = today
            if document.kind == "petition" and not document.date_due:
                # 3071 art. 7: a petition is answered within 30 days of its
                # receipt, however late it is registered.
                company = document.company_id
                if company not in calendars:
                    calendars[company] = company._ozel_kalem_calendar()
                values["date_due"] = calendars[company].deadline(
                    document.date_received or today, *limit("petition")
                )
                values["date_due_legal"] = True
            document._ozel_kalem_action_write(values)
        return True

    def _recompute_legal_due(self):
        """The legal due date of open petitions again, on the company's
        calendar as it is now (a leave day was added, moved or removed)."""
        for document in self.filtered(
            lambda d: d.date_due_legal and d.state in ("registered", "routed")
        ):
            calendar = document.company_id._ozel_kalem_calendar()
            document._ozel_kalem_action_write(
                {
                    "date_due": calendar.deadline(
                        document.date_received or document.registration_date.date(),
                        *limit("petition"),
                    )
                }
            )

    def action_route(self):
        """Send the routing lines: each receiver gets an activity to
        acknowledge receipt."""
        self._check_state(("registered", "routed"), self.env._("Routing"))
        for document in self:
            if not document.routing_ids:
                raise UserError(
                    self.env._(
                        "Add the departments or people %(document)s goes to.",
                        document=document.display_name,
                    )
                )
        self.routing_ids.filtered(lambda r: not r.date_sent)._send()
        self._ozel_kalem_action_write({"state": "routed"})
        return True

    def action_done(self):
        self._check_state(("registered", "routed"), self.env._("Closing"))
        self._ozel_kalem_action_write({"state": "done"})
        return True

    def action_present(self):
        """Put an invitation, a petition or a submission on the mayor's
        desk (an activity of the mayor)."""
        self._check_state(("registered", "routed"), self.env._("Presenting"))
        mayor = self.env.company._ozel_kalem_mayor()
        for document in self:
            document.activity_schedule(
                "ozel_kalem.mail_act_mayor_decision",
                user_id=mayor.id,
                summary=document.name,
            )
        self._ozel_kalem_action_write(
            {"presented_date": fields.Date.context_today(self)}
        )
        return True

    def _booking_host(self):
        """Who attends the invitation: the mayor, or the deputy chosen."""
        self.ensure_one()
        if self.invitation_response == "attend":
            return (self.company_id or self.env.company)._ozel_kalem_mayor()
        if self.invitation_response == "deputy":
            return self.invitation_attendee_id
        return self.env["res.users"]

    def _event_values(self):
        self.ensure_one()
        attendee = self._booking_host()
        return {
            "name": self.name,
            "start": self.invitation_start,
            "stop": self.invitation_stop,
            "location": self.invitation_place,
            "user_id": attendee.id,
            "partner_ids": [fields.Command.set(attendee.partner_id.ids)],
            "description": self.env._(
                "Invitation of %(partner)s, %(number)s",
                partner=self.partner_id.display_name,
                number=self.registration_number,
            ),
        }

    def _ozel_kalem_booked(self):
        # An invitation stays booked while its event is (whatever the
        # document's own state).
        return self.filtered(lambda document: document.calendar_event_id.active)

    def action_decide_invitation(self):
        """Record the mayor's decision on an invitation: attending puts the
        event on the mayor's (or the deputy's) calendar, without overlap;
        a message or flowers become a task of the protocol."""
        self._check_state(("registered", "routed"), self.env._("Deciding"))
        for document in self:
            if document.kind != "invitation":
                raise UserError(
                    self.env._(
                        "%(document)s is not an invitation.", document=document.name
                    )
                )
            response = document.invitation_response
            if not response:
                raise UserError(self.env._("Choose the decision on the invitation."))
            if response in ("attend", "deputy"):
                if not document._booking_host():
                    raise UserError(self.env._("Choose who attends for the mayor."))
                if not (document.invitation_start and document.invitation_stop):
                    raise UserError(
                        self.env._("Give the start and the end of the event.")
                    )
                event = document._ozel_kalem_booking()
                document._ozel_kalem_action_write({"calendar_event_id": event.id})
            elif response in ("message", "flowers"):
                document.activity_schedule(
                    "ozel_kalem.mail_act_invitation_follow_up",
                    user_id=document.create_uid.id or self.env.uid,
                    date_deadline=(
                        document.invitation_start or fields.Datetime.now()
                    ).date(),
                    summary=self.env._("Send a message")
                    if response == "message"
                    else self.env._("Send flowers"),
                )
        self.sudo().activity_unlink(["ozel_kalem.mail_act_mayor_decision"])
        return True

    def action_approve_submission(self):
        return self._decide_submission("approved")

    def action_reject_submission(self):
        return self._decide_submission("rejected")

    def _ozel_kalem_desk_approve(self):
        """From the desk: approve a submission, initial a letter whose turn
        it is, or sign a letter whose paraf chain is complete."""
        for document in self:
            if document.kind == "approval":
                document.action_approve_submission()
            elif not document._is_letter_in_chain():
                super(OzelKalemDocument, document)._ozel_kalem_desk_approve()
            elif document.validation_status == "validated":
                document.action_sign()
            else:
                document._ozel_kalem_review(
                    self.env._("Initialled from the desk."), approve=True
                )
        return True

    def _ozel_kalem_desk_return(self, reason):
        """From the desk: reject a submission, return a letter to its drafter
        at the paraf (the reason is the review's comment) or at the signature
        (the chain starts again)."""
        for document in self:
            if document.kind == "approval":
                document.approval_note = reason
                document.action_reject_submission()
            elif not document._is_letter_in_chain():
                super(OzelKalemDocument, document)._ozel_kalem_desk_return(reason)
            elif document.validation_status == "validated":
                document.message_post(
                    body=self.env._(
                        "Returned before signature: %(reason)s", reason=reason
                    ),
                    subtype_xmlid="mail.mt_comment",
                    partner_ids=document.create_uid.partner_id.ids,
                )
                with document._ozel_kalem_action():
                    document.restart_validation()
            else:
                document._ozel_kalem_review(reason, approve=False)
        return True

    # ------------------------------------------------------------------
    # Paraf and signature on the desk (ozel_kalem.approval.mixin): the
    # reviewer whose turn it is initials, then the mayor signs.
    # ------------------------------------------------------------------
    def _is_letter_in_chain(self):
        self.ensure_one()
        return self.direction == "outgoing" and self.state == "draft"

    def _ozel_kalem_in_review(self):
        return self._is_letter_in_chain()

    def _ozel_kalem_desk_types(self):
        return super()._ozel_kalem_desk_types() | self.env.ref(
            "ozel_kalem.mail_act_signature"
        )

    def _ozel_kalem_desk_wanted(self):
        if self._is_letter_in_chain() and self.validation_status == "validated":
            mayor = self.company_id._ozel_kalem_mayor()
            signature = self.env.ref("ozel_kalem.mail_act_signature")
            return {(signature, mayor)} if mayor else set()
        return super()._ozel_kalem_desk_wanted()

    def _decide_submission(self, result):
        """The mayor's decision on a document submitted for approval (DOC-4),
        by the mayor or a delegate; once approved it is distributed along its
        routing."""
        self._check_state(("registered", "routed"), self.env._("Deciding"))
        today = fields.Date.context_today(self)
        for document in self:
            if document.kind != "approval" or document.approval_result:
                raise UserError(
                    self.env._(
                        "%(document)s is not waiting for the mayor's approval.",
                        document=document.name,
                    )
                )
            self.env["ozel_kalem.delegation"]._signer(
                document.company_id, today, document.name
            )
            if result == "rejected" and not document.approval_note:
                raise UserError(self.env._("Write why it is not approved."))
        self._ozel_kalem_action_write({"approval_result": result})
        self.sudo().activity_unlink(["ozel_kalem.mail_act_mayor_decision"])
        approved = self.filtered(lambda d: result == "approved" and d.routing_ids)
        if approved:
            approved.action_route()
        return True

    def action_create_reply(self):
        """Draft the outgoing letter that answers this document, with the
        reference (ilgi) already written."""
        self.ensure_one()
        if self.direction != "incoming" or not self.registration_number:
            raise UserError(
                self.env._("Only a registered incoming document is answered.")
            )
        if self.reply_id:
            raise UserError(self.env._("This document already has an answer."))
        reference = self.sender_reference or self.registration_number
        date = (self.sender_date or self.registration_date.date()).strftime("%d.%m.%Y")
        kind = "dilekçeniz" if self.kind == "petition" else "yazınız"
        reply = self.create(
            {
                "direction": "outgoing",
                "name": self.name,
                "partner_id": self.partner_id.id,
                "file_code_id": self.file_code_id.id,
                "classification": self.classification,
                "reference_text": f"{date} tarihli ve {reference} sayılı {kind}.",
            }
        )
        self.reply_id = reply
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": reply.id,
            "view_mode": "form",
            "target": "current",
        }

    def action_sign(self):
        """Sign outgoing letters: the mayor, or a delegate on the day of the
        delegation.  The paraf chain must be complete; the number is given
        now, in the official format."""
        self._check_state(("draft",), self.env._("Signing"))
        if self.filtered(lambda d: d.direction != "outgoing"):
            raise UserError(self.env._("Only outgoing documents are signed."))
        # The date of the letter is the day in Türkiye at the moment of the
        # signature, whatever the signer's time zone: the number, the printed
        # date and the e-Yazışma package (Europe/Istanbul) agree.
        now = fields.Datetime.now()
        today = pytz.utc.localize(now).astimezone(pytz.timezone(OFFICE_TZ)).date()
        Delegation = self.env["ozel_kalem.delegation"]
        for document in self:
            user, delegation = Delegation._signer(
                document.company_id, today, document.name
            )
            # need_validation has no dependencies: computed afresh here.
            document.invalidate_recordset(["need_validation"])
            if document.need_validation or document.validation_status not in (
                "no",
                "validated",
            ):
                raise UserError(
                    self.env._(
                        "%(document)s is not initialled yet: request the paraf "
                        "chain and wait for its last step.",
                        document=document.name,
                    )
                )
            detsis = document.company_id._ozel_kalem_sayi_detsis()
            if not detsis:
                raise UserError(
                    self.env._(
                        "Set the DETSİS number of %(company)s first "
                        "(Settings ▸ Companies).",
                        company=document.company_id.name,
                    )
                )
            if not document.file_code_id:
                raise UserError(
                    self.env._(
                        "Choose the file plan code of %(document)s.",
                        document=document.name,
                    )
                )
            serial = document.with_company(document.company_id)._next_registry_number(
                "ozel_kalem.document.outgoing", today
            )
            document._ozel_kalem_action_write(
                {
                    "registration_number": (
                        f"{document.medium}-{detsis}-"
                        f"{document.file_code_id.code}-{serial}"
                    ),
                    "registration_date": now,
                    "signer_id": user.id,
                    "delegation_id": delegation.id,
                    "date_signed": today,
                    "state": "signed",
                }
            )
        self._sync_desk_activities()
        return True

    def action_dispatch(self):
        """Record that the letter left.  Sent electronically (EBYS or KEP) by
        a municipality that signs e-Yazışma packages, the letter leaves as
        its package: made now when the signer is in Odoo, required first
        when the signature is made outside Odoo."""
        self._check_state(("signed",), self.env._("Dispatching"))
        if self.filtered(lambda d: not d.dispatch_channel):
            raise UserError(self.env._("Choose how the letter is sent."))
        electronic = self.filtered(
            lambda d: (
                d.dispatch_channel in ("ebys", "kep")
                and d.company_id.ozel_kalem_eyp_signer
                and not d.eyp_attachment_id
            )
        )
        for document in electronic:
            if document.company_id.ozel_kalem_eyp_signer == "external":
                raise UserError(
                    self.env._(
                        "%(document)s leaves as an e-Yazışma package: download "
                        "its summary, sign it and upload the signature first.",
                        document=document.display_name,
                    )
                )
            document.action_eyp_export()
        self._ozel_kalem_action_write(
            {"state": "dispatched", "date_dispatched": fields.Date.context_today(self)}
        )
        return True

    def action_withdraw(self):
        """The drafter takes the letter back before the next paraf."""
        self._check_state(("draft",), self.env._("Withdrawing"))
        if self.filtered(lambda d: d.validation_status == "validated"):
            raise UserError(
                self.env._("The paraf chain is complete: the letter is for signature.")
            )
        with self._ozel_kalem_action():
            self.restart_validation()
        return True

    def _signature_block(self):
        """Lines of the letter's signature block, as art. 17 of the 2020
        regulation writes them (legal Turkish terms, whatever the reader's
        language): the signer as "Ad SOYAD", then the mayor's title; under an
        *adına* delegation "Başkan a." between the delegate's name and own
        title; *vekaleten* the delegate as acting mayor."""
        self.ensure_one()
        signer = self.signer_id
        name = signature_name(signer.name)
        if not self.delegation_id:
            return [name, "Belediye Başkanı"]
        if self.delegation_id.kind == "vekaleten":
            return [name, "Belediye Başkanı V."]
        # Art. 17/9: "Başkan a." above the signer's own title.
        job = signer.sudo().employee_ids[:1].job_id.name or ""
        return [name, "Başkan a.", job]

    def _lines(self, field_name):
        """The non-empty lines of a text field (references, annexes...)."""
        self.ensure_one()
        return [
            line.strip()
            for line in (self[field_name] or "").splitlines()
            if line.strip()
        ]

    def action_cancel(self):
        self._check_state(
            ("draft", "registered", "routed", "signed"), self.env._("Cancelling")
        )
        if self.filtered(lambda d: d.registration_number and not d.cancel_reason):
            raise UserError(
                self.env._("Write why the registered document is cancelled.")
            )
        self._ozel_kalem_action_write({"state": "cancelled"})
        self._ozel_kalem_unbook()
        self.sudo().activity_unlink(["ozel_kalem.mail_act_document_receipt"])
        return True
