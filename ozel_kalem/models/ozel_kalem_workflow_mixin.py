# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import contextlib
import contextvars

import phonenumbers

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Set while an ``action_*`` method writes the fields only actions may write
# (``_ozel_kalem_action_fields``).  A Python flag rather than a context key:
# whoever calls the ORM over RPC chooses the context, never this.
_IN_ACTION = contextvars.ContextVar("ozel_kalem_in_action", default=False)


class OzelKalemWorkflowMixin(models.AbstractModel):
    """Guards shared by the ``action_*`` transitions of every office record.

    A model names in ``_ozel_kalem_action_fields`` what only its actions
    set (registration numbers and dates, states, decisions): ``create`` and
    ``write`` refuse them from anyone, whatever the view shows, unless an
    action writes them (``_ozel_kalem_action_write`` or ``with
    self._ozel_kalem_action()``) or the code runs as superuser (data files,
    the public forms, crons).  ``_ozel_kalem_fixed_fields`` are given when
    the record is created and never changed afterwards."""

    _name = "ozel_kalem.workflow.mixin"
    _description = "Office Workflow Guards"

    _ozel_kalem_action_fields = ()
    _ozel_kalem_fixed_fields = ()
    # What an approval vouches for (amounts, category, beneficiary...):
    # written freely while the record is in one of the open states, then by
    # its actions only, so that what was approved is what is booked.
    _ozel_kalem_vouched_fields = ()
    _ozel_kalem_open_states = ("draft",)

    @contextlib.contextmanager
    def _ozel_kalem_action(self):
        """Within it, the action fields may be written (by an action)."""
        token = _IN_ACTION.set(True)
        try:
            yield
        finally:
            _IN_ACTION.reset(token)

    def _in_action(self):
        """Whether the code runs in an action (or as superuser)."""
        return self.env.su or _IN_ACTION.get()

    def _ozel_kalem_action_write(self, vals):
        """``write`` of an action, which may set the action fields."""
        with self._ozel_kalem_action():
            return self.write(vals)

    def _ozel_kalem_guard_fields(self, names):
        """Refuse to write ``names`` (field names) outside an action."""
        if not names or self._in_action():
            return
        labels = ", ".join(
            sorted(self._fields[name]._description_string(self.env) for name in names)
        )
        raise UserError(
            self.env._(
                "%(fields)s of %(model)s are set by the office's actions only "
                "(register, route, decide, sign, cancel...), never written "
                "directly.",
                fields=labels,
                model=self._description,
            )
        )

    @api.model
    def _ozel_kalem_check_create(self, vals_list):
        """Refuse new records that carry an action field, other than its
        default (the web client sends the form's values)."""
        if not self._ozel_kalem_action_fields or self._in_action():
            return
        given = {
            name
            for vals in vals_list
            for name in self._ozel_kalem_action_fields
            if vals.get(name)
        }
        if not given:
            return
        defaults = self.default_get(list(given))
        self._ozel_kalem_guard_fields(
            {
                name
                for vals in vals_list
                for name in given
                if vals.get(name) and vals[name] != defaults.get(name)
            }
        )

    @api.model_create_multi
    def create(self, vals_list):
        self._ozel_kalem_check_create(vals_list)
        return super().create(vals_list)

    def _ozel_kalem_guard_written(self, vals):
        """Refuse the action and fixed fields among ``vals`` outside an
        action."""
        self._ozel_kalem_guard_fields(
            set(vals)
            & (set(self._ozel_kalem_action_fields) | set(self._ozel_kalem_fixed_fields))
        )

    def write(self, vals):
        self._ozel_kalem_guard_written(vals)
        vouched = set(vals) & set(self._ozel_kalem_vouched_fields)
        if vouched and not self._in_action():
            # Who may not write at all is told so first.
            self.check_access("write")
            closed = self.filtered(
                lambda record: record.state not in self._ozel_kalem_open_states
            )
            if closed:
                labels = ", ".join(
                    sorted(
                        self._fields[name]._description_string(self.env)
                        for name in vouched
                    )
                )
                raise UserError(
                    self.env._(
                        "%(records)s went past its draft: %(fields)s stay as they "
                        "were submitted. Have it returned (or cancel it) to "
                        "change them.",
                        records=", ".join(closed.mapped("display_name")),
                        fields=labels,
                    )
                )
        return super().write(vals)

    def _check_not_own(self, action, author_field="create_uid"):
        """Nobody approves their own work: refuse ``action`` (a translated
        verb) on the records whose ``author_field`` is the current user."""
        own = self.filtered(lambda record: record[author_field] == self.env.user)
        if own and not self.env.su:
            raise UserError(
                self.env._(
                    "%(action)s %(records)s is for someone else: nobody approves "
                    "their own work.",
                    action=action,
                    records=", ".join(own.mapped("display_name")),
                )
            )

    def _check_state(self, allowed, action, field="state"):
        """Refuse ``action`` (a translated verb) unless every record of self is
        in one of the ``allowed`` states (of ``field``)."""
        wrong = self.filtered(lambda record: record[field] not in allowed)
        if wrong:
            labels = dict(self._fields[field]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(action)s is not possible for %(records)s in state %(states)s.",
                    action=action,
                    records=", ".join(wrong.mapped("display_name")),
                    states=", ".join(
                        labels[state] for state in set(wrong.mapped(field))
                    ),
                )
            )

    def _check_cancel(self, allowed, missing_reason):
        """Guard of a cancellation: the ``allowed`` states and a written
        ``cancel_reason``, refused with ``missing_reason`` otherwise."""
        self._check_state(allowed, self.env._("Cancelling"))
        if self.filtered(lambda record: not record.cancel_reason):
            raise UserError(missing_reason)

    @api.model
    def _number_from_sequence(self, vals_list, field_name, code):
        """Give every new record whose ``field_name`` is "/" the next number
        of the ``ir.sequence`` ``code`` (concurrency-safe, never max()+1),
        as ``next_by_code`` would, with the sequence and its yearly range
        found in a cache."""
        to_number = [vals for vals in vals_list if vals.get(field_name, "/") == "/"]
        if not to_number:
            return vals_list
        Sequence = self.env["ir.sequence"]
        Sequence.browse().check_access("read")
        sequence = Sequence.browse(
            Sequence._ozel_kalem_sequence_id(code, self.env.company.id)
        )
        for vals in to_number:
            vals[field_name] = sequence._ozel_kalem_next() if sequence else "/"
        return vals_list

    def _display_with_number(self, number_field="number"):
        """``display_name`` as "<number> <name>" once the record is numbered
        (for the models whose ``_compute_display_name`` calls it)."""
        for record in self:
            number = record[number_field]
            record.display_name = (
                f"{number} {record.name}" if number and number != "/" else record.name
            )

    @api.model
    def _overdue_domain(self, operator, value, open_states):
        """Search domain of an ``is_overdue`` field: open records whose
        ``date_deadline`` has passed."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on overdue records."))
        domain = [
            ("state", "in", open_states),
            ("date_deadline", "<", fields.Date.context_today(self)),
        ]
        return domain if (operator == "=") == value else ["!", "&", *domain]

    @api.model
    def _next_registry_number(self, code, sequence_date=None):
        """The next number of a registry (``ir.sequence`` ``code``, of the
        current company): unique and without gaps, even when several clerks
        register at the same instant.

        The sequence uses the "no gap" implementation, whose number is taken
        in the registering transaction.  Its own row is first updated (to the
        same value): a concurrent registration waits for it, then fails with
        a serialization error that Odoo retries on a fresh snapshot.  So the
        registrations of one registry are taken one at a time, and the yearly
        range is created once, on 1 January too."""
        Sequence = self.env["ir.sequence"].sudo()
        sequence = Sequence.browse(
            Sequence._ozel_kalem_sequence_id(code, self.env.company.id)
        )
        if not sequence:
            raise UserError(
                self.env._(
                    "The numbering %(code)s is missing: ask the administrator.",
                    code=code,
                )
            )
        self.env.cr.execute(
            "UPDATE ir_sequence SET number_next = number_next WHERE id = %s",
            [sequence.id],
        )
        return sequence._ozel_kalem_next(sequence_date=sequence_date)

    @api.model
    def _partner_from_contact(self, name, email=False, phone=False):
        """The contact of a citizen who wrote in (web form, e-mail): found by
        the exact normalised e-mail address (never a pattern: what a citizen
        types must not pick another contact), else registered."""
        from odoo.tools import email_normalize

        Partner = self.env["res.partner"]
        partner = Partner.browse()
        normalized = email and email_normalize(email)
        if normalized:
            partner = Partner.search(
                [("email_normalized", "=", normalized)], limit=1, order="id"
            )
        return partner or Partner.create(
            {"name": name or email, "email": email or False, "phone": phone or False}
        )

    # ------------------------------------------------------------------
    # The mayor's desk (mail.activity): what approving or returning an
    # item means for each model.  By default the record is opened.
    # ------------------------------------------------------------------
    def _ozel_kalem_desk_approve(self):
        raise UserError(
            self.env._(
                "Open %(record)s to decide on it.",
                record=", ".join(self.mapped("display_name")),
            )
        )

    def _ozel_kalem_desk_return(self, reason):
        raise UserError(
            self.env._(
                "Open %(record)s to decide on it.",
                record=", ".join(self.mapped("display_name")),
            )
        )

    def _working_day_warning(self, day):
        """An onchange warning when ``day`` (a deadline) is not a working day
        of the company: weekend, public holiday or administrative leave."""
        if not day:
            return None
        company = self.company_id or self.env.company
        calendar = company._ozel_kalem_calendar()
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

    def _create_linked(self, link_field, values, name, phone=False):
        """Turn a note of the desk (a visit, a phone call) into the record
        that follows it up (an appointment or citizen request), once: the
        visitor or caller becomes a contact when they are not one yet, the
        new record is linked in ``link_field`` and opened."""
        self.ensure_one()
        if self[link_field]:
            raise UserError(
                self.env._(
                    "%(record)s is already followed up by %(linked)s.",
                    record=self.display_name,
                    linked=self[link_field].display_name,
                )
            )
        partner = self.partner_id or self.env["res.partner"].create(
            {"name": name, "phone": phone or False}
        )
        linked = self[link_field].create(
            {**values, "partner_id": partner.id, "company_id": self.company_id.id}
        )
        self.write({"partner_id": partner.id, link_field: linked.id})
        return {
            "type": "ir.actions.act_window",
            "res_model": linked._name,
            "res_id": linked.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    @api.model
    def _normalize_phone(self, number):
        """Return ``number`` in international form (+90 5xx xxx xx xx), or
        refuse it with a clear message.  Numbers without a country code are
        read as numbers of the company's country (Türkiye by default)."""
        region = self.env.company.country_id.code or "TR"
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            parsed = None
        if not parsed or not phonenumbers.is_valid_number(parsed):
            raise ValidationError(
                self.env._(
                    "%(number)s is not a valid phone number. Write it with its area "
                    "code, e.g. 0312 555 10 00 or +90 532 555 12 34.",
                    number=number,
                )
            )
        return phonenumbers.format_number(
            parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )

    def _check_group(self, group_xmlids, message):
        """Refuse with ``message`` unless the user has the group, or one of
        the groups when given a tuple (the superuser, e.g. loading data,
        passes)."""
        if isinstance(group_xmlids, str):
            group_xmlids = (group_xmlids,)
        user = self.env.user
        if not self.env.su and not any(map(user.has_group, group_xmlids)):
            raise UserError(message)
