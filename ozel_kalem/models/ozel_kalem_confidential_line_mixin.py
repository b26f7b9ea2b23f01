# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class OzelKalemConfidentialLineMixin(models.AbstractModel):
    """The lines of a classified record (a document's routings, a meeting's
    decisions) are its content: reading them is reading the record, written
    to the access ledger under the record (once per request and path, so a
    form that reads its lines leaves one line).  Their access is the
    record's, by their record rules."""

    _name = "ozel_kalem.confidential.line.mixin"
    _description = "Lines of a Confidential Record"
    _inherit = ["ozel_kalem.ledger.mixin"]
    # The Many2one to the classified record.
    _ozel_kalem_confidential_parent = None

    @api.model
    def _ozel_kalem_ledger_domain(self):
        return [(f"{self._ozel_kalem_confidential_parent}.is_confidential", "=", True)]

    def _ozel_kalem_ledger_records(self):
        return self.sudo()[self._ozel_kalem_confidential_parent]
