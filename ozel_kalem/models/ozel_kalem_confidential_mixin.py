# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
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

    while the director's and the mayor's rules see everything.  The rule
    works on every path (list, form, search, export, RPC), and Odoo checks
    attachments and chatter messages against the record itself.
    """

    _name = "ozel_kalem.confidential.mixin"
    _description = "Confidentiality (need-to-know)"

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

    def web_read(self, specification):
        """Opening a classified record in the web client is written to the
        access ledger (``ozel_kalem.access.log``); the rows of a list are
        not opened (``web_search_read`` reads them through here)."""
        result = super().web_read(specification)
        if not self.env.context.get("ozel_kalem_listing"):
            self.env["ozel_kalem.access.log"]._log(self, "open")
        return result

    @api.model
    def web_search_read(self, domain, specification, **kwargs):
        return super(
            OzelKalemConfidentialMixin, self.with_context(ozel_kalem_listing=True)
        ).web_search_read(domain, specification, **kwargs)

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

    @api.depends("is_confidential", "create_uid")
    def _compute_need_to_know_user_ids(self):
        # The rules read the list only when the record is confidential: an
        # unclassified record, most of a registry, keeps none and so writes
        # no relation row when it is created.
        for record in self:
            record.need_to_know_user_ids = (
                record._need_to_know_users() if record.is_confidential else False
            )

    def _need_to_know_users(self):
        """The users who may see this confidential record (one record)."""
        self.ensure_one()
        return self.create_uid
