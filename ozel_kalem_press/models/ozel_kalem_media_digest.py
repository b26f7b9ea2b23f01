# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import Counter

from markupsafe import Markup, escape

from odoo import api, fields, models


class OzelKalemMediaDigest(models.Model):
    """The morning media digest of a day (PRS-4): what the media said the
    day before, by tone, with the false items; sent once to the office
    directors and the press managers.  The record, unique per company and
    day and created in the transaction that sends it, makes a second run or
    a second worker send nothing."""

    _name = "ozel_kalem.media.digest"
    _description = "Morning Media Digest"
    _inherit = ["mail.thread"]
    _order = "date desc"

    date = fields.Date(required=True, index=True, readonly=True)
    item_count = fields.Integer(readonly=True)
    body = fields.Html(readonly=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        ("day_once", "UNIQUE(company_id, date)", "The digest of this day was sent."),
    ]

    @api.model
    def _cron_send(self):
        """Run daily as OdooBot: in Turkish when the language is installed."""
        if self.env["res.lang"]._lang_get("tr_TR"):
            return self.with_context(lang="tr_TR")._send()
        return self._send()

    @api.model
    def _send(self):
        today = fields.Date.context_today(self)
        company = self.env.company
        if self.search_count([("company_id", "=", company.id), ("date", "=", today)]):
            return self.browse()
        items = self.env["ozel_kalem.media.item"].search(
            [
                ("company_id", "=", company.id),
                ("date", ">=", fields.Date.subtract(today, days=1)),
                ("date", "<", today),
            ],
            order="tone desc, outlet_id",
        )
        digest = self.create(
            {
                "date": today,
                "item_count": len(items),
                "body": self._body(items),
                "company_id": company.id,
            }
        )
        readers = (
            self.env.ref("ozel_kalem.group_director").users
            | self.env.ref("ozel_kalem_press.group_press_manager").users
        ).filtered(lambda u: company in u.company_ids and not u.share and u.active)
        readers -= self.env.ref("base.user_root") | self.env.ref("base.user_admin")
        digest.message_post(
            body=digest.body,
            subject=self.env._("Media digest of %(date)s", date=today),
            partner_ids=readers.partner_id.ids,
            subtype_xmlid="mail.mt_comment",
        )
        return digest

    def _body(self, items):
        tones = Counter(items.mapped("tone"))
        labels = dict(
            self.env["ozel_kalem.media.item"]
            ._fields["tone"]
            ._description_selection(self.env)
        )
        lines = [
            Markup("<p>%s</p>")
            % self.env._(
                "%(count)s news items yesterday: %(positive)s %(p)s, %(neutral)s "
                "%(n)s, %(negative)s %(g)s.",
                count=len(items),
                positive=tones["positive"],
                p=labels["positive"],
                neutral=tones["neutral"],
                n=labels["neutral"],
                negative=tones["negative"],
                g=labels["negative"],
            )
        ]
        false_items = items.filtered("is_false")
        if false_items:
            lines.append(
                Markup("<p><b>%s</b></p>")
                % self.env._("False or inaccurate: %(count)s", count=len(false_items))
            )
        lines.append(Markup("<ul>"))
        for item in items:
            flag = " ⚠" if item.is_false else ""
            lines.append(
                Markup("<li>%s — %s (%s)%s</li>")
                % (
                    escape(item.outlet_id.name),
                    escape(item.name),
                    labels[item.tone],
                    flag,
                )
            )
        lines.append(Markup("</ul>"))
        return Markup("").join(lines)
