# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemAccessLog(models.Model):
    """The ledger of classified records (X-10): who read a classified or
    personal record, by which path, and when.

    Written as superuser by the confidentiality mixin (a form opened, rows
    of a list or a search, a read over the API, an export, an
    autocompletion), by ``ir.attachment`` and ``ir.binary`` (its files,
    listed or downloaded), ``mail.message`` (its messages) and
    ``ir.actions.report`` (a print); read by the auditors, the director and
    the administrators of the record's company; never changed."""

    _name = "ozel_kalem.access.log"
    _description = "Confidential Access Ledger"
    _order = "id desc"
    _rec_name = "record_name"

    user_id = fields.Many2one("res.users", required=True, readonly=True, index=True)
    res_model = fields.Char(string="Model", required=True, readonly=True, index=True)
    res_id = fields.Many2oneReference(
        string="Record ID", model_field="res_model", required=True, readonly=True
    )
    record_name = fields.Char(string="Record", readonly=True)
    classification = fields.Char(readonly=True)
    action = fields.Selection(
        [
            ("open", "Opened"),
            ("list", "Listed or Found"),
            ("read", "Read"),
            ("export", "Exported"),
            ("download", "Downloaded"),
            ("print", "Printed"),
        ],
        required=True,
        readonly=True,
        index=True,
    )
    detail = fields.Char(readonly=True, help="The file downloaded or the report.")
    company_id = fields.Many2one("res.company", readonly=True, index=True)

    @api.model
    def _log_attached(self, items, action, model_field, id_field, detail):
        """Write the read of ``items`` (attachments, messages) of classified
        records: one line per record, ``detail(items of the record)`` as its
        detail.  Nothing is read for the items of other models."""
        Confidential = self.env["ozel_kalem.confidential.mixin"]
        by_record = defaultdict(lambda: self.env[items._name])
        for item in items.sudo():
            model = item[model_field]
            if (
                model
                and item[id_field]
                and Confidential._ozel_kalem_is_confidential_model(model)
            ):
                by_record[model, item[id_field]] |= item
        by_model = defaultdict(list)
        for model, res_id in by_record:
            by_model[model].append(res_id)
        for model, ids in by_model.items():
            records = self.env[model].browse(ids).exists()
            self._log(
                records,
                action,
                {record.id: detail(by_record[model, record.id]) for record in records},
            )

    @api.model
    def _log(self, records, action, detail=False):
        """Write one line per classified record of ``records``; ``detail``
        is the same for all, or a dict by record id."""
        # As superuser: a message or a file may be read by someone who may
        # not read its record (an old mention), and must still be written.
        classified = records.sudo().filtered("is_confidential")
        if not classified:
            return self.browse()
        labels = dict(
            classified._fields["classification"]._description_selection(self.env)
        )
        # Once per record, path and detail in a request: a form that reads
        # its lines, or a list that reads its rows through ``web_read``,
        # leaves one line.
        logged = self.env.cr.cache.setdefault("ozel_kalem_access_log", set())
        user = self.env.user
        details = {
            record.id: detail.get(record.id) if isinstance(detail, dict) else detail
            for record in classified
        }
        keys = {
            record.id: (user.id, record._name, record.id, action, details[record.id])
            for record in classified
        }
        classified = classified.filtered(lambda r: keys[r.id] not in logged)
        if not classified:
            return self.browse()
        logged.update(keys[record.id] for record in classified)
        vals_list = [
            {
                "user_id": user.id,
                "res_model": record._name,
                "res_id": record.id,
                "record_name": record.display_name,
                "classification": labels.get(record.classification)
                if record.classification != "tasnif_disi"
                else self.env._("Personal"),
                "action": action,
                "detail": details[record.id],
                "company_id": record.company_id.id
                if "company_id" in record._fields
                else False,
            }
            for record in classified
        ]
        Log = self.sudo().with_context(ozel_kalem_access_log=True)
        if self.env.cr.readonly and not self.env.registry.in_test_mode():
            # Opening and downloading run on a read-only cursor: the line is
            # written on a cursor of its own, committed whatever happens to
            # the request.  (A test cursor cannot open a read/write one: there
            # the write below makes Odoo replay the request read/write.)
            with self.env.registry.cursor() as cr:
                Log.with_env(Log.env(cr=cr)).create(vals_list)
            return self.browse()
        return Log.create(vals_list)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("ozel_kalem_access_log"):
            raise UserError(self.env._("The access ledger is written by Odoo only."))
        return super().create(vals_list)

    def write(self, vals):
        if self:
            raise UserError(self.env._("The access ledger cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("The access ledger cannot be changed."))
