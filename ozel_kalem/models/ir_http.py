# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.http import request


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _serve_fallback(cls):
        """A path no route serves is looked up among the attachments by URL.
        PostgreSQL refuses a NUL in a text, so a path holding one (e.g. a
        status link ``/ozel-kalem/basvuru/abc/%00``) turned that lookup into
        a server error (issue 21); no attachment has such a URL: not found."""
        if "\x00" in request.httprequest.path:
            return None
        return super()._serve_fallback()
