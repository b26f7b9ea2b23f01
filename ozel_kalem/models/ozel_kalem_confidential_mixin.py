# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression

# Levels of the Gizlilik Dereceli Belgelerde Uygulanacak Usul ve Esaslar
# Hakkında Yönetmelik (RG 26.04.2022/31821); "kişiye özel" is a delivery
# marker, kept as a separate flag.
CLASSIFICATIONS = [
    ("tasnif_disi", "Unclassified"),
    ("hizmete_ozel", "Restricted (Hizmete Özel)"),
    ("gizli", "Confidential (Gizli)"),
    ("cok_gizli", "Top Secret (Çok Gizli)"),
]


# How a classified record is marked at the top and the bottom of its prints
# (legal Turkish, whatever the reader's language).
CLASSIFICATION_MARKS = {
    "hizmete_ozel": "HİZMETE ÖZEL",
    "gizli": "GİZLİ",
    "cok_gizli": "ÇOK GİZLİ",
}

# The fields of the need-to-know list, kept by the mixin alone.
NEED_TO_KNOW_FIELDS = frozenset({"is_confidential", "need_to_know_user_ids"})


def is_confidential(classification, personal_only):
    """Whether a record so classified is seen on a need-to-know basis."""
    return bool(classification != "tasnif_disi" or personal_only)


class OzelKalemConfidentialMixin(models.AbstractModel):
    """Need-to-know confidentiality, shared by every classified record.

    A model adopts it by inheriting it and overriding ``_need_to_know_users``
    to add its people (assignees, recipients...), with an override of
    ``_compute_need_to_know_user_ids`` that only adds their ``@api.depends``.
    The mixin keeps a single Many2many to ``res.users`` so that its default
    relation table never clashes.

    The model's staff record rule then uses the domain ::

        ['|', ('is_confidential', '=', False),
              ('need_to_know_user_ids', 'in', [user.id])]

    while the director's and the mayor's rules see everything.  The model
    lists this mixin first in its ``_inherit`` (before the chatter's
    mixins: its checks of mentions and followers run first) and also
    inherits ``ozel_kalem.workflow.mixin``, whose guard keeps the
    need-to-know list the mixin's own.  The rule
    works on every path (list, form, search, export, RPC), and Odoo checks
    attachments and chatter messages against the record itself.
    """

    _name = "ozel_kalem.confidential.mixin"
    _description = "Confidentiality (need-to-know)"
    # Its messages' and followers' checks come before the chatter's own.
    _inherit = ["mail.thread", "ozel_kalem.ledger.mixin"]

    classification = fields.Selection(
        CLASSIFICATIONS,
        default="tasnif_disi",
        required=True,
        tracking=True,
        help="Security classification. Anything above 'Unclassified' is seen "
        "only by the people who need to know it, the director and the mayor.",
    )
    personal_only = fields.Boolean(
        string="Personal (Kişiye Özel)",
        tracking=True,
        help="To be seen by the addressee only, whatever the classification.",
    )
    # Precomputed: it goes into the record's INSERT instead of an UPDATE.
    is_confidential = fields.Boolean(
        compute="_compute_is_confidential", store=True, index=True, precompute=True
    )
    need_to_know_user_ids = fields.Many2many(
        "res.users",
        compute="_compute_need_to_know_user_ids",
        store=True,
        string="Need to Know",
        help="Users who may see this record when it is confidential: its "
        "author and the people it is addressed to. Kept for confidential "
        "records only.",
    )

    @api.model
    def _ozel_kalem_models(self):
        """The names of the models that adopt this mixin (any addon)."""
        return sorted(
            set(self.env.registry[self._name]._inherit_children) - {self._name}
        )

    @api.model
    def _ozel_kalem_is_confidential_model(self, model):
        return model in self._ozel_kalem_models()

    # ------------------------------------------------------------------
    # The access ledger (``ozel_kalem.ledger.mixin``): the confidentiality
    # flag comes with the rows read, and autocompletion is a read too.
    # ------------------------------------------------------------------
    @api.model
    @api.readonly
    def search_fetch(self, domain, field_names, offset=0, limit=None, order=None):
        # The confidentiality flag comes with the rows read, for the ledger.
        if not self.env.su and "is_confidential" not in field_names:
            field_names = [*field_names, "is_confidential"]
        return super().search_fetch(
            domain, field_names, offset=offset, limit=limit, order=order
        )

    def fetch(self, field_names):
        field_names = list(field_names)
        if not self.env.su and field_names and "is_confidential" not in field_names:
            field_names.append("is_confidential")
        return super().fetch(field_names)

    @api.model
    @api.readonly
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        result = super().name_search(name, args, operator=operator, limit=limit)
        self.browse([id_ for id_, _name in result])._ozel_kalem_ledger("list")
        return result

    # ------------------------------------------------------------------
    # Messages, followers and activities of a classified record reach only
    # the people who may read it: an @mention, a follower or an activity
    # shows its name (number and subject) and its messages to whoever it
    # names.
    # ------------------------------------------------------------------
    def _ozel_kalem_is_read_by(self, users):
        """Whether one of ``users`` (internal ones) may read this record."""
        self.ensure_one()
        return any(
            self.with_user(user).sudo(False)._filtered_access("read")
            for user in users.sudo()
            if not user.share
        )

    def _ozel_kalem_check_readers(self, partners=None, users=None):
        """Refuse ``partners`` (contacts) or ``users`` who may not read the
        classified records of self."""
        classified = self.filtered("is_confidential")
        if not classified:
            return
        partners = (partners or self.env["res.partner"]).sudo()
        users = (users or self.env["res.users"]).sudo()
        candidates = [(partner, partner.user_ids) for partner in partners]
        candidates += [(user.partner_id, user) for user in users]
        for partner, partner_users in candidates:
            if partner == self.env.user.partner_id:
                continue
            for record in classified:
                if not record._ozel_kalem_is_read_by(partner_users):
                    raise UserError(
                        self.env._(
                            "%(person)s may not see %(record)s, which is "
                            "classified: route it to them first, or leave "
                            "them out.",
                            person=partner.display_name,
                            record=record.display_name,
                        )
                    )

    # Checked as superuser too: the chatter posts as superuser once it has
    # checked the author's own access (mail's /mail/message/post).
    def message_post(self, **kwargs):
        if kwargs.get("partner_ids"):
            self._ozel_kalem_check_readers(
                partners=self.env["res.partner"].browse(kwargs["partner_ids"])
            )
        return super().message_post(**kwargs)

    def message_subscribe(self, partner_ids=None, subtype_ids=None):
        if partner_ids:
            self._ozel_kalem_check_readers(
                partners=self.env["res.partner"].browse(partner_ids)
            )
        return super().message_subscribe(
            partner_ids=partner_ids, subtype_ids=subtype_ids
        )

    # ------------------------------------------------------------------
    # The need-to-know list is the mixin's: computed, never written.
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        self._ozel_kalem_guard_fields(
            {
                name
                for vals in vals_list
                for name in NEED_TO_KNOW_FIELDS
                if vals.get(name)
            }
        )
        return super().create(vals_list)

    def write(self, vals):
        self._ozel_kalem_guard_fields(NEED_TO_KNOW_FIELDS & set(vals))
        result = super().write(vals)
        if {"classification", "personal_only"} & set(vals):
            self._ozel_kalem_unfollow_non_readers()
        return result

    def _ozel_kalem_unfollow_non_readers(self):
        """A record classified after it was followed keeps as followers only
        its readers: the others would still receive its messages."""
        for record in self.sudo().filtered("is_confidential"):
            outsiders = record.message_partner_ids.filtered(
                lambda partner, r=record: not r._ozel_kalem_is_read_by(partner.user_ids)
            )
            if outsiders:
                record.message_unsubscribe(partner_ids=outsiders.ids)

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        # The rules test the need-to-know list in SQL, and Odoo 18 does not
        # compute a pending Many2many before a query that tests it (its
        # condition carries nothing to flush): a record classified, or
        # created, in this transaction would be missing from its own
        # people's searches.  Nothing pending, this costs nothing.
        self.flush_model(["need_to_know_user_ids"])
        return super()._search(domain, offset=offset, limit=limit, order=order)

    def _check_access(self, operation):
        """Check the read rules of existing records in one SQL query.

        Odoo 18 checks record rules in Python (``filtered_domain`` over the
        records), which for these rules means fetching every row's
        need-to-know users and the lines the rules go through (a document's
        routing recipients), then one evaluation per row: about 3 ms on
        every list page, whose activity column checks the rows again.  The
        same rules, as Odoo applies them to a search (their domain, as
        root), take one query.  When a record is not allowed (or is gone),
        Odoo's own check runs and builds the exact error.  Other operations
        go to Odoo: the query would flush a record being created or written
        first, which costs more than the check (see bench/)."""
        ids = self._ids
        if (
            operation != "read"
            or not ids
            or not all(isinstance(id_, int) for id_ in ids)
            or not self.env["ir.model.access"].check(
                self._name, operation, raise_exception=False
            )
        ):
            return super()._check_access(operation)
        domain = self.env["ir.rule"]._compute_domain(self._name, operation)
        if domain:
            allowed = (
                self.sudo()
                .with_context(active_test=False)
                ._search(expression.AND([[("id", "in", ids)], domain]))
            )
            if not set(ids) <= set(allowed):
                return super()._check_access(operation)
        return None

    @api.depends("classification", "personal_only")
    def _compute_is_confidential(self):
        for record in self:
            record.is_confidential = is_confidential(
                record.classification, record.personal_only
            )

    def _add_precomputed_values(self, vals_list):
        # Computed from the values (the classification's default included)
        # rather than through a new record per created record, as Odoo
        # precomputes: see the citizen request's ``_add_precomputed_values``.
        for vals in vals_list:
            vals["is_confidential"] = is_confidential(
                vals.get("classification"), vals.get("personal_only")
            )
        return super()._add_precomputed_values(vals_list)

    @api.depends(
        lambda self: (
            "is_confidential",
            "create_uid",
            # The reviewers a tier names (ozel_kalem.approval.mixin).
            *(("review_ids.reviewer_ids",) if "review_ids" in self._fields else ()),
        )
    )
    def _compute_need_to_know_user_ids(self):
        # The rules read the list only when the record is confidential: an
        # unclassified record, most of a registry, keeps none and so writes
        # no relation row when it is created.
        for record in self:
            record.need_to_know_user_ids = (
                record._need_to_know_users() if record.is_confidential else False
            )

    def _classification_mark(self):
        """The mark of a print: the classification, and KİŞİYE ÖZEL."""
        self.ensure_one()
        marks = [CLASSIFICATION_MARKS.get(self.classification, "")]
        if self.personal_only:
            marks.append("KİŞİYE ÖZEL")
        return " – ".join(mark for mark in marks if mark)

    def _need_to_know_users(self):
        """The users who may see this confidential record (one record): its
        author, and whoever a review names (the desk shows it to them), for
        as long as the review is kept in its history."""
        self.ensure_one()
        reviewers = (
            self.sudo().review_ids.reviewer_ids
            if "review_ids" in self._fields
            else self.env["res.users"]
        )
        return self.create_uid | reviewers
