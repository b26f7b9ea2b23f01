# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.calendar_event import OFFICE_TZ
from ..models.ozel_kalem_confidential_mixin import CLASSIFICATION_MARKS


class OzelKalemRegisterPrint(models.TransientModel):
    """Print the incoming or outgoing register, or the receipt book, for a
    period (DOC-8).

    A register is complete: every document of the period is listed, those
    the user may not read with their number and date only (the subject of a
    classified document is not printed for them)."""

    _name = "ozel_kalem.register.print"
    _description = "Print a Register"

    kind = fields.Selection(
        [
            ("incoming", "Incoming Register"),
            ("outgoing", "Outgoing Register"),
            ("receipt", "Receipt Book"),
        ],
        required=True,
        default="incoming",
    )
    date_from = fields.Date(
        required=True, default=lambda self: self._office_today().replace(day=1)
    )
    date_to = fields.Date(required=True, default=lambda self: self._office_today())

    def _office_tz(self):
        """The time zone the period is read in: the user's, else the
        office's (a day of the register is a day in Türkiye)."""
        return pytz.timezone(self.env.user.tz or OFFICE_TZ)

    def _office_today(self):
        return datetime.now(self._office_tz()).date()

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if self.filtered(lambda w: w.date_to < w.date_from):
            raise UserError(self.env._("The period must end after it starts."))

    def action_print(self):
        self.ensure_one()
        return self.env.ref(
            "ozel_kalem.ozel_kalem_register_report_action"
        ).report_action(self)

    def _period_utc(self):
        tz = self._office_tz()

        def to_utc(day):
            local = tz.localize(datetime.combine(day, time.min))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        return to_utc(self.date_from), to_utc(self.date_to + timedelta(days=1))

    def _documents(self):
        """The documents of the register, all of them (as superuser), and
        the ids the user may read."""
        self.ensure_one()
        start, stop = self._period_utc()
        direction = "outgoing" if self.kind == "outgoing" else "incoming"
        Document = self.env["ozel_kalem.document"]
        documents = Document.sudo().search(
            [
                ("direction", "=", direction),
                ("registration_number", "!=", False),
                ("registration_date", ">=", start),
                ("registration_date", "<", stop),
                ("company_id", "=", self.env.company.id),
            ],
            order="registration_date, id",
        )
        readable = set(Document.search([("id", "in", documents.ids)]).ids)
        return documents, readable

    def _lines(self):
        """Rows of the report, as dicts (one query for the documents, one for
        what the user may read).  A row the user may not read keeps its place
        and its date, marked with its classification: its number, sender,
        subject and receivers are not printed."""
        self.ensure_one()
        documents, readable = self._documents()
        # The classified documents printed in full are in the access ledger.
        documents.filtered(lambda d: d.id in readable)._ozel_kalem_ledger_print(
            self._title()
        )
        if self.kind == "receipt":
            routings = documents.routing_ids.filtered("date_sent").sorted(
                lambda r: (r.date_sent, r.id)
            )
            return [
                {
                    "number": routing.document_id.registration_number,
                    "subject": routing.document_id.name,
                    "receiver": routing.user_id.name
                    or routing.department_id.name
                    or "",
                    "sent": routing.date_sent,
                    "acknowledged_by": routing.acknowledged_by.name or "",
                    "acknowledged": routing.acknowledged_date,
                }
                if routing.document_id.id in readable
                else {
                    **dict.fromkeys(("number", "receiver", "acknowledged_by"), "—"),
                    "subject": self._mark(routing.document_id),
                    "sent": routing.date_sent,
                    "acknowledged": False,
                }
                for routing in routings
            ]
        labels = dict(documents._fields["state"]._description_selection(self.env))
        return [
            {
                "number": document.registration_number,
                "date": document.registration_date,
                "partner": document.partner_id.name,
                "reference": " / ".join(
                    part
                    for part in (
                        document.sender_date
                        and document.sender_date.strftime("%d.%m.%Y"),
                        document.sender_reference,
                    )
                    if part
                ),
                "subject": document.name,
                "file_code": document.file_code_id.code or "",
                "routing": ", ".join(
                    document.routing_ids.mapped(
                        lambda r: r.department_id.name or r.user_id.name
                    )
                ),
                "state": labels.get(document.state),
            }
            if document.id in readable
            else {
                **dict.fromkeys(
                    ("number", "partner", "reference", "file_code", "routing", "state"),
                    "—",
                ),
                "date": document.registration_date,
                "subject": self._mark(document),
            }
            for document in documents
        ]

    def _mark(self, document):
        """What a register prints of a document its reader may not read."""
        return "— {} —".format(
            CLASSIFICATION_MARKS.get(document.classification) or "KİŞİYE ÖZEL"
        )

    def _title(self):
        self.ensure_one()
        return dict(self._fields["kind"]._description_selection(self.env))[self.kind]
