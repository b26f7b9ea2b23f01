# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools.working_days import WORKING_DAYS


class OzelKalemEscalationMixin(models.AbstractModel):
    """Reminders before a deadline and escalation after it: the one cron
    pattern of the office (instructions, citizens' requests...).

    A model adopts it with a ``date_deadline`` and a ``state`` field, the
    states in which the deadline runs (``_escalation_open_states``) and two
    hooks: who is told at each level, and what.  Each level is sent once
    per record (``reminder_level``, written in the same transaction as the
    messages, so a second run or a second worker finds nothing left to do);
    the records are read in two searches whatever their number."""

    _name = "ozel_kalem.escalation.mixin"
    _description = "Reminders and Escalation"

    _escalation_open_states = ()

    reminder_level = fields.Integer(
        copy=False,
        readonly=True,
        help="Technical marker of the scheduled action: 1 reminded before the "
        "deadline, 2 escalated after it. Each level is sent once.",
    )

    @api.model
    def _overdue_domain(self, operator, value, open_states):
        """Search domain of an ``is_overdue`` field: records in one of
        ``open_states`` whose ``date_deadline`` has passed."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on overdue records."))
        domain = [
            ("state", "in", open_states),
            ("date_deadline", "<", fields.Date.context_today(self)),
        ]
        return domain if (operator == "=") == value else ["!", "&", *domain]

    @api.model
    def _cron_remind(self, days_before=2):
        """Remind ``days_before`` working days ahead, escalate after the
        deadline.  Run by the scheduled action as OdooBot: the messages are written
        in Turkish when the language is installed."""
        if self.env["res.lang"]._lang_get("tr_TR"):
            return self.with_context(lang="tr_TR")._remind_and_escalate(days_before)
        return self._remind_and_escalate(days_before)

    @api.model
    def _remind_and_escalate(self, days_before):
        today = fields.Date.context_today(self)
        # ``days_before`` counts working days: on a Friday the reminder
        # covers Monday and Tuesday, before a bayram the days after it.
        horizon = self.env.company._ozel_kalem_calendar().deadline(
            today, days_before, WORKING_DAYS
        )
        open_states = list(self._escalation_open_states)
        levels = (
            (
                1,
                [
                    ("date_deadline", ">=", today),
                    ("date_deadline", "<=", horizon),
                ],
            ),
            (2, [("date_deadline", "<", today)]),
        )
        for level, period in levels:
            records = self.search(
                [("state", "in", open_states), ("reminder_level", "<", level), *period]
            )
            for record in records:
                recipients = record._escalation_recipients(level)
                body = record._escalation_body(level)
                record.message_post(
                    body=body,
                    partner_ids=recipients.partner_id.ids,
                    subtype_xmlid="mail.mt_comment",
                )
                if level == 2:
                    # Overdue items of their units wait on the managers'
                    # and the director's desks until seen.
                    for user in recipients:
                        record.activity_schedule(
                            "ozel_kalem.mail_act_overdue",
                            user_id=user.id,
                            summary=self.env._("Overdue"),
                            note=body,
                        )
            records.write({"reminder_level": level})
        return True

    def write(self, vals):
        result = super().write(vals)
        if "state" in vals and vals["state"] not in self._escalation_open_states:
            # Closed: the overdue notices leave the desks.
            self.sudo().activity_unlink(["ozel_kalem.mail_act_overdue"])
        return result

    def _escalation_recipients(self, level):
        """Users told at ``level`` (1 reminder, 2 escalation)."""
        raise NotImplementedError

    def _escalation_body(self, level):
        """The message of ``level``."""
        raise NotImplementedError

    def _escalation_directors(self):
        """The office directors of the record's company."""
        self.ensure_one()
        return (
            self.env.ref("ozel_kalem.group_director")
            .sudo()
            .users.filtered(lambda user: self.company_id in user.company_ids)
        )
