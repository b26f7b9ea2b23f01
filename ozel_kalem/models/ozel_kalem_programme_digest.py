# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import format_date

from .calendar_event import OFFICE_TZ


class OzelKalemProgrammeDigest(models.Model):
    """The morning programme sent to the mayor, the deputy mayors and the
    office's director (APT-4): one record per calendar and day.

    The record is the "sent" marker of the scheduled action.  It is created
    before anything is sent, in the same transaction, and ``(user_id,
    date)`` is unique: a second run the same day finds it and sends nothing,
    and a run in a second worker at the same moment waits on the unique
    index, fails when the first one commits and rolls back with everything
    it prepared.  So the programme goes out once per day, whatever the
    number of workers or of manual runs."""

    _name = "ozel_kalem.programme.digest"
    _description = "Morning Programme"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"

    user_id = fields.Many2one(
        "res.users", string="Programme of", required=True, index=True, readonly=True
    )
    date = fields.Date(required=True, index=True, readonly=True)
    recipient_ids = fields.Many2many("res.partner", string="Sent to", readonly=True)
    event_count = fields.Integer(string="Engagements", readonly=True)
    company_id = fields.Many2one("res.company", required=True, readonly=True)

    _sql_constraints = [
        (
            "user_date_uniq",
            "unique(user_id, date)",
            "The programme of a day is sent once.",
        ),
    ]

    @api.depends("user_id", "date")
    def _compute_display_name(self):
        for digest in self:
            digest.display_name = self.env._(
                "Programme of %(user)s, %(date)s",
                user=digest.user_id.name,
                date=format_date(self.env, digest.date),
            )

    @api.model
    def _cron_send(self):
        """Send today's programme of each mayor and deputy mayor to them, and
        the mayor's to the office's director, in the app and by e-mail."""
        if self.env["res.lang"]._lang_get("tr_TR"):
            return self.with_context(lang="tr_TR")._send_programmes()
        return self._send_programmes()

    @api.model
    def _send_programmes(self):
        mayor_group = self.env.ref("ozel_kalem.group_mayor")
        to_send = []
        for company in mayor_group.users.company_id:
            owners = mayor_group.users.filtered(
                lambda user, company=company: user.company_id == company
            )
            mayor = company._ozel_kalem_mayor()
            for owner in owners:
                recipients = owner
                if owner == mayor:
                    recipients |= company._ozel_kalem_office_directors()
                today = fields.Date.context_today(
                    self.with_context(tz=owner.tz or OFFICE_TZ)
                )
                to_send.append((owner, today, recipients, company))
        sent = self.search(
            [("user_id", "in", [o.id for o, *_ in to_send])]
            + [("date", "in", list({day for _o, day, *_ in to_send}))]
        )
        done = {(digest.user_id, digest.date) for digest in sent}
        to_send = [item for item in to_send if (item[0], item[1]) not in done]
        if not to_send:
            return self
        # The markers first: they lock the (user, date) keys for this run.
        digests = self.with_context(mail_create_nolog=True).create(
            [
                {
                    "user_id": owner.id,
                    "date": day,
                    "recipient_ids": [fields.Command.set(recipients.partner_id.ids)],
                    "company_id": company.id,
                }
                for owner, day, recipients, company in to_send
            ]
        )
        self.env.flush_all()
        for digest, (_owner, _day, recipients, _company) in zip(
            digests, to_send, strict=True
        ):
            digest._send_to(recipients)
        return digests

    def _send_to(self, recipients):
        """One notification per recipient (private engagements are named
        only to their attendees) and the same text by e-mail to those who
        read their notifications in the app."""
        self.ensure_one()
        Event = self.env["calendar.event"]
        subject = self.display_name
        for recipient in recipients:
            programme = Event._ozel_kalem_programme(
                self.user_id, self.date, self.date, reader=recipient
            )
            lines = programme[0][1][0][1]
            self.event_count = len(lines)
            body = self.env["ir.qweb"]._render(
                "ozel_kalem.programme_digest_body",
                {"digest": self, "lines": lines, "recipient": recipient},
            )
            self.message_notify(
                partner_ids=recipient.partner_id.ids,
                subject=subject,
                body=body,
                subtype_xmlid="mail.mt_comment",
                email_layout_xmlid="mail.mail_notification_light",
            )
            if recipient.notification_type == "inbox" and recipient.email:
                self.env["mail.mail"].sudo().create(
                    {
                        "subject": subject,
                        "body_html": body,
                        "recipient_ids": [fields.Command.link(recipient.partner_id.id)],
                        "email_from": self.company_id.email_formatted
                        or self.env.user.email_formatted,
                        "model": self._name,
                        "res_id": self.id,
                        "auto_delete": True,
                    }
                )
