# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from urllib.parse import urlsplit, urlunsplit

from odoo import api, fields, models
from odoo.exceptions import ValidationError


def normalize_url(url):
    """The same article whatever the scheme, the www, the fragment or a
    trailing slash: the key of duplicate detection."""
    url = (url or "").strip()
    if not url:
        return False
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, parts.query, ""))


class OzelKalemMediaItem(models.Model):
    """A news item about the municipality or the mayor (PRS-4): outlet,
    date, headline, link or clipping, subjects, tone, whether it names the
    mayor, the release it covers; a false or inaccurate item is flagged
    with the correction asked and followed up."""

    _name = "ozel_kalem.media.item"
    _description = "News Item"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Headline", required=True)
    outlet_id = fields.Many2one(
        "ozel_kalem.media.outlet", required=True, index=True, tracking=True
    )
    medium = fields.Selection(related="outlet_id.medium", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    url = fields.Char(string="Link")
    url_key = fields.Char(compute="_compute_url_key", store=True, index=True)
    summary = fields.Text()
    tag_ids = fields.Many2many("ozel_kalem.media.tag", string="Subjects")
    tone = fields.Selection(
        [("positive", "Positive"), ("neutral", "Neutral"), ("negative", "Negative")],
        required=True,
        default="neutral",
        index=True,
        tracking=True,
    )
    mentions_mayor = fields.Boolean(string="Names the Mayor", index=True)
    release_id = fields.Many2one(
        "ozel_kalem.press.release", string="Release Covered", index=True
    )
    is_false = fields.Boolean(string="False or Inaccurate", tracking=True, index=True)
    correction_note = fields.Text(
        string="Correction", help="What was done: denial, correction request, reply."
    )
    correction_state = fields.Selection(
        [
            ("to_do", "To Correct"),
            ("requested", "Correction Requested"),
            ("published", "Correction Published"),
            ("refused", "Refused by the Outlet"),
        ],
        tracking=True,
        compute="_compute_correction_state",
        store=True,
        readonly=False,
    )
    date_follow_up = fields.Date(string="Follow Up On")
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "url_key_unique",
            "UNIQUE(url_key, company_id)",
            "This news item is already in the archive (same link).",
        ),
    ]

    @api.depends("url")
    def _compute_url_key(self):
        for item in self:
            item.url_key = normalize_url(item.url)

    @api.model_create_multi
    def create(self, vals_list):
        self._check_duplicate(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("url"):
            self._check_duplicate([vals], exclude=self)
        return super().write(vals)

    def _check_duplicate(self, vals_list, exclude=None):
        """Refuse an article already archived (same normalized link), with a
        clear message, before the database's unique index would."""
        company = self.env.company
        keys = {}
        for vals in vals_list:
            key = normalize_url(vals.get("url"))
            if not key:
                continue
            if key in keys:
                raise ValidationError(self.env._("The same link is given twice."))
            keys[key] = vals.get("company_id") or company.id
        if not keys:
            return
        domain = [("url_key", "in", list(keys))]
        if exclude:
            domain.append(("id", "not in", exclude.ids))
        for other in self.sudo().search(domain):
            if keys.get(other.url_key) == other.company_id.id:
                raise ValidationError(
                    self.env._(
                        "This link is already in the archive: %(item)s "
                        "(%(outlet)s, %(date)s).",
                        item=other.name,
                        outlet=other.outlet_id.name,
                        date=other.date,
                    )
                )

    @api.constrains("is_false", "correction_note")
    def _check_correction(self):
        for item in self:
            if item.is_false and not (item.correction_note or "").strip():
                raise ValidationError(
                    self.env._(
                        "Write the correction taken for the false item %(item)s.",
                        item=item.name,
                    )
                )

    @api.onchange("url")
    def _onchange_url(self):
        if self.url and not self.outlet_id:
            self.outlet_id = self.env["ozel_kalem.media.outlet"]._outlet_for_url(
                self.url
            )

    @api.depends("is_false")
    def _compute_correction_state(self):
        for item in self:
            if not item.is_false:
                item.correction_state = False
            elif not item.correction_state:
                item.correction_state = "to_do"

    def _set_correction(self, state, allowed):
        wrong = self.filtered(
            lambda i: not i.is_false or i.correction_state not in allowed
        )
        if wrong:
            raise ValidationError(
                self.env._(
                    "%(items)s: the correction is not at this step.",
                    items=", ".join(wrong.mapped("name")),
                )
            )
        self.write({"correction_state": state})
        return True

    def action_request_correction(self):
        """The correction or reply was sent to the outlet (Law 5187 art. 14);
        followed up in three days."""
        self._set_correction("requested", ("to_do",))
        self.write(
            {"date_follow_up": fields.Date.add(fields.Date.context_today(self), days=3)}
        )
        return True

    def action_correction_published(self):
        return self._set_correction("published", ("requested",))

    def action_correction_refused(self):
        return self._set_correction("refused", ("requested",))
