# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class OzelKalemFollowUpMixin(models.AbstractModel):
    """A note of the desk (a visit, a phone call) followed up by a record of
    the office (an appointment request, a citizen's request)."""

    _name = "ozel_kalem.follow_up.mixin"
    _description = "Follow-up of a Desk Note"

    def _create_linked(self, link_field, values, name, phone=False):
        """Turn the note into the record that follows it up, once: the
        visitor or caller becomes a contact when they are not one yet, the
        new record is linked in ``link_field`` and opened."""
        self.ensure_one()
        if self[link_field]:
            raise UserError(
                self.env._(
                    "%(record)s is already followed up by %(linked)s.",
                    record=self.display_name,
                    linked=self[link_field].display_name,
                )
            )
        partner = self.partner_id or self.env["res.partner"].create(
            {"name": name, "phone": phone or False}
        )
        linked = self[link_field].create(
            {**values, "partner_id": partner.id, "company_id": self.company_id.id}
        )
        self.write({"partner_id": partner.id, link_field: linked.id})
        return {
            "type": "ir.actions.act_window",
            "res_model": linked._name,
            "res_id": linked.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
