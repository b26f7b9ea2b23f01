# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.osv import expression


class OzelKalemThreadItemGuard(models.AbstractModel):
    """Items of the chatter that Odoo lets every employee read, whatever
    their record: the followers of a record (who handles it) and the
    notifications of its messages (whose message shows the record's number
    and subject).  On the classified records, they are seen by the
    record's readers only, in searches and in reads by id; a user still
    reads what concerns them (``_ozel_kalem_own_domain``).

    Adopted by ``mail.followers`` and ``mail.notification``, which name the
    paths to their record's model and id."""

    _name = "ozel_kalem.thread.item.guard"
    _description = "Chatter Items of Classified Records"
    # The item's record: its model and id fields, on the item itself or on
    # the record its Many2one ``_ozel_kalem_via`` points to (a message).
    _ozel_kalem_via = None
    _ozel_kalem_model_field = "res_model"
    _ozel_kalem_id_field = "res_id"

    def _ozel_kalem_thread(self):
        """``{item id: (model, record id)}`` of the items, as superuser."""
        threads = {}
        for item in self.sudo():
            holder = item[self._ozel_kalem_via] if self._ozel_kalem_via else item
            threads[item.id] = (
                holder[self._ozel_kalem_model_field],
                holder[self._ozel_kalem_id_field],
            )
        return threads

    @api.model
    def _ozel_kalem_own_domain(self):
        """The items the user reads whatever the record (none by default)."""
        return expression.FALSE_DOMAIN

    @api.model
    def _ozel_kalem_hidden_domain(self):
        """The items of the classified records the user may not read: two
        small subqueries on the classified records alone (indexed flag),
        whatever the size of the registry."""
        hidden = []
        for model in self.env["ozel_kalem.confidential.mixin"]._ozel_kalem_models():
            Model = self.env[model].with_context(active_test=False)
            leaf = [(self._ozel_kalem_model_field, "=", model)]
            if Model.has_access("read"):
                classified = [("is_confidential", "=", True)]
                unreadable = Model.sudo()._search(
                    [*classified, ("id", "not in", Model._search(classified))]
                )
                leaf.append((self._ozel_kalem_id_field, "in", unreadable))
            if self._ozel_kalem_via:
                comodel = self._fields[self._ozel_kalem_via].comodel_name
                leaf = [
                    (self._ozel_kalem_via, "in", self.env[comodel].sudo()._search(leaf))
                ]
            hidden.append(leaf)
        return expression.OR(hidden) if hidden else expression.FALSE_DOMAIN

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        if not self.env.su:
            hidden = self._ozel_kalem_hidden_domain()
            if hidden != expression.FALSE_DOMAIN:
                domain = expression.AND(
                    [
                        domain or [],
                        expression.OR(
                            [
                                self._ozel_kalem_own_domain(),
                                ["!", *expression.normalize_domain(hidden)],
                            ]
                        ),
                    ]
                )
        return super()._search(domain, offset=offset, limit=limit, order=order)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if operation != "read" or self.env.su or not self:
            return result
        models_ = set(self.env["ozel_kalem.confidential.mixin"]._ozel_kalem_models())
        own = self.sudo().filtered_domain(self._ozel_kalem_own_domain())
        threads = (self - own)._ozel_kalem_thread()
        by_model = {}
        for item_id, (model, res_id) in threads.items():
            if model in models_:
                by_model.setdefault(model, {}).setdefault(res_id, []).append(item_id)
        forbidden_ids = []
        for model, items_by_record in by_model.items():
            records = self.env[model].browse(items_by_record).exists()
            allowed = set(records._filtered_access("read").ids)
            for res_id, item_ids in items_by_record.items():
                if res_id not in allowed:
                    forbidden_ids += item_ids
        forbidden = self.browse(forbidden_ids)
        if not forbidden:
            return result
        if result:
            return (result[0] | forbidden, result[1])
        return (forbidden, lambda: forbidden._make_access_error(operation))
