# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

# Kinds the mayor approves (the director approves the others).


class OzelKalemPressRelease(models.Model):
    """A press release, bulletin or statement (PRS-1): drafted, approved by
    the director (by the mayor for the mayor's statements), published and
    e-mailed to the media lists with its photos; each release shows the
    coverage it got."""

    _name = "ozel_kalem.press.release"
    _description = "Press Release"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.approval.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.press.release"
    # The approval (ozel_kalem.approval.mixin): reviewed while waiting, by
    # the director (the mayor for the mayor's statements), as the tier
    # definitions say (data/tier_definition_data.xml).
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _ozel_kalem_review_activity = "ozel_kalem_press.mail_act_release_approval"
    _order = "date_published desc, id desc"
    _rec_names_search = ["number", "name"]
    # Set by the actions only (submit, approve, return, publish, cancel).
    _ozel_kalem_action_fields = ("state", "approved_by_id", "date_published")
    _ozel_kalem_fixed_fields = ("number",)
    # What the approver approved is what is published.
    _ozel_kalem_vouched_fields = (
        "name",
        "kind",
        "body",
        "user_id",
        "media_list_ids",
        "attachment_ids",
        "on_website",
        "company_id",
    )

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    name = fields.Char(string="Title", required=True, tracking=True)
    kind = fields.Selection(
        [
            ("release", "Press Release"),
            ("bulletin", "Bulletin"),
            ("announcement", "Announcement"),
            ("statement", "Mayor's Statement"),
        ],
        required=True,
        default="release",
        tracking=True,
    )
    body = fields.Html(required=True)
    user_id = fields.Many2one(
        "res.users", string="Author", default=lambda self: self.env.user, index=True
    )
    media_list_ids = fields.Many2many("ozel_kalem.media.list", string="Media Lists")
    attachment_ids = fields.Many2many(
        "ir.attachment", string="Photos and Files", help="Sent with the release."
    )
    date_published = fields.Datetime(readonly=True, copy=False, index=True)
    on_website = fields.Boolean(
        string="Publish on the Website",
        default=True,
        help="When Odoo's blog (website_blog) is installed, the published "
        "release also becomes a post of the municipality's press blog.",
    )
    website_url = fields.Char(string="Website Page", readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    media_item_ids = fields.One2many(
        "ozel_kalem.media.item", "release_id", string="Coverage"
    )
    coverage_count = fields.Integer(compute="_compute_coverage_count", store=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("published", "Published"),
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

    @api.depends("media_item_ids")
    def _compute_coverage_count(self):
        counts = dict(
            self.env["ozel_kalem.media.item"]._read_group(
                [("release_id", "in", self.ids)], ["release_id"], ["__count"]
            )
        )
        for release in self:
            release.coverage_count = counts.get(release, 0)

    @api.depends("number", "name")
    def _compute_display_name(self):
        self._display_with_number()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published(self):
        if any(release.state not in ("draft", "cancelled") for release in self):
            raise UserError(
                self.env._("A submitted release is kept in the archive; cancel it.")
            )

    def action_submit(self):
        self._check_state(("draft",), self.env._("Submitting"))
        self._ozel_kalem_action_write({"state": "to_approve"})
        self._ozel_kalem_request_review()
        return True

    def _check_approver(self, action):
        """Approving or returning a release is for its reviewers (the tier
        definitions), never for its author."""
        self._check_state(("to_approve",), action)
        self._check_not_own(action, "user_id")

    def action_approve(self):
        self._check_approver(self.env._("Approving"))
        for release in self:
            release._ozel_kalem_review(False, approve=True)
        return True

    def _ozel_kalem_on_validated(self):
        # The approver reads the release, the press unit writes it.
        self._ozel_kalem_decision_write(
            {"state": "approved", "approved_by_id": self.env.uid}
        )

    def action_return(self, reason=False):
        """Send back to the author for changes."""
        self._check_approver(self.env._("Returning"))
        for release in self:
            release._ozel_kalem_review(reason, approve=False)
        return True

    def _ozel_kalem_on_rejected(self, reason):
        self._ozel_kalem_decision_write({"state": "draft"})

    def _ozel_kalem_desk_return(self, reason):
        self._check_approver(self.env._("Returning"))
        for release in self:
            # The approver reads the release; the note is theirs.
            release.sudo().message_post(
                body=self.env._("Sent back: %(reason)s", reason=reason),
                author_id=self.env.user.partner_id.id,
                partner_ids=release.user_id.partner_id.ids,
                subtype_xmlid="mail.mt_comment",
            )
        return self.action_return(reason)

    def action_publish(self):
        """Publish and e-mail the release to the addresses of its media
        lists (one mail per address, with its files)."""
        self._check_group(
            "ozel_kalem_press.group_press_user",
            self.env._("The press unit publishes the releases."),
        )
        self._check_state(("approved",), self.env._("Publishing"))
        template = self.env.ref("ozel_kalem_press.mail_template_press_release")
        for release in self:
            recipients = release.media_list_ids._recipients()
            if not recipients:
                raise UserError(
                    self.env._(
                        "Choose the media lists of %(release)s.",
                        release=release.display_name,
                    )
                )
            for address in recipients:
                template.send_mail(
                    release.id,
                    email_values={
                        "email_to": address,
                        "recipient_ids": [],
                        "attachment_ids": release.attachment_ids.ids,
                    },
                )
            release.message_post(
                body=self.env._(
                    "Published and sent to %(count)s addresses.",
                    count=len(recipients),
                )
            )
        self._ozel_kalem_action_write(
            {"state": "published", "date_published": fields.Datetime.now()}
        )
        self.filtered("on_website")._publish_on_website()
        return True

    def _publish_on_website(self):
        """A post of the press blog per release, when the website's blog is
        installed (an optional integration: this addon does not depend on
        the website)."""
        if "blog.post" not in self.env:
            return
        Blog = self.env["blog.blog"].sudo()
        blog = Blog.search([("name", "=", self.env._("Press Releases"))], limit=1)
        if not blog:
            blog = Blog.create({"name": self.env._("Press Releases")})
        for release in self:
            post = (
                self.env["blog.post"]
                .sudo()
                .create(
                    {
                        "name": release.name,
                        "blog_id": blog.id,
                        "content": release.body,
                        "is_published": True,
                    }
                )
            )
            release.website_url = post.website_url

    def action_cancel(self):
        self._check_state(("draft", "to_approve", "approved"), self.env._("Cancelling"))
        self._ozel_kalem_action_write({"state": "cancelled"})
        return True

    def action_view_coverage(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Coverage"),
            "res_model": "ozel_kalem.media.item",
            "view_mode": "list,form",
            "domain": [("release_id", "=", self.id)],
            "context": {"default_release_id": self.id},
        }
