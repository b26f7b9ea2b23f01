# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class OzelKalemAccessLog(models.Model):
    """The ledger of classified records (X-10): who opened, downloaded or
    printed a classified or personal record, and when.

    Written by the confidentiality mixin (open), ``ir.binary`` (download of
    an attachment) and ``ir.actions.report`` (print), as superuser; read by
    the auditors, the director and the administrators; never changed."""

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
        [("open", "Opened"), ("download", "Downloaded"), ("print", "Printed")],
        required=True,
        readonly=True,
        index=True,
    )
    detail = fields.Char(readonly=True, help="The file downloaded or the report.")
    company_id = fields.Many2one("res.company", readonly=True, index=True)

    @api.model
    def _log(self, records, action, detail=False):
        """Write one line per classified record of ``records``."""
        classified = records.filtered("is_confidential")
        if not classified:
            return self.browse()
        labels = dict(
            classified._fields["classification"]._description_selection(self.env)
        )
        user = self.env.user
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
                "detail": detail,
                "company_id": record.company_id.id
                if "company_id" in record._fields
                else False,
            }
            for record in classified.sudo()
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
