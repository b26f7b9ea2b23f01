# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import contextlib
import contextvars

from odoo import api, models
from odoo.exceptions import UserError

# Set while an ``action_*`` method writes the fields only actions may write
# (``_ozel_kalem_action_fields``).  A Python flag rather than a context key:
# whoever calls the ORM over RPC chooses the context, never this.
_IN_ACTION = contextvars.ContextVar("ozel_kalem_in_action", default=False)


class OzelKalemWorkflowMixin(models.AbstractModel):
    """The guards of the ``action_*`` transitions of every office record:
    what only actions write, what an approval vouches for, and the state,
    cancellation, group and own-work checks of an action (each with one
    full translatable sentence).

    A model names in ``_ozel_kalem_action_fields`` what only its actions
    set (registration numbers and dates, states, decisions): ``create`` and
    ``write`` refuse them from anyone, whatever the view shows, unless an
    action writes them (``_ozel_kalem_action_write`` or ``with
    self._ozel_kalem_action()``) or the code runs as superuser (data files,
    the public forms, crons).  ``_ozel_kalem_fixed_fields`` are given when
    the record is created and never changed afterwards.

    The other shared pieces live by purpose: numbering in
    ``ozel_kalem.numbered.mixin``, approvals and the desk in
    ``ozel_kalem.approval.mixin``, the mayor's calendar in
    ``ozel_kalem.booking.mixin``, deadlines and reminders in
    ``ozel_kalem.escalation.mixin`` and ``tools/legal_limits.py``, contacts
    in ``res.partner`` and ``tools/contacts.py``, the working-day warning
    and the mayor beside the company's calendar (``res.company``)."""

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

    def _check_group(self, group_xmlids, message):
        """Refuse with ``message`` unless the user has the group, or one of
        the groups when given a tuple (the superuser, e.g. loading data,
        passes)."""
        if isinstance(group_xmlids, str):
            group_xmlids = (group_xmlids,)
        user = self.env.user
        if not self.env.su and not any(map(user.has_group, group_xmlids)):
            raise UserError(message)
