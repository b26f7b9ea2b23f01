# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import UserError


class OzelKalemWorkflowMixin(models.AbstractModel):
    """Guards shared by the ``action_*`` transitions of every office record."""

    _name = "ozel_kalem.workflow.mixin"
    _description = "Office Workflow Guards"

    def _check_state(self, allowed, action):
        """Refuse ``action`` (a translated verb) unless every record of self is
        in one of the ``allowed`` states."""
        wrong = self.filtered(lambda record: record.state not in allowed)
        if wrong:
            labels = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(action)s is not possible for %(records)s in state %(states)s.",
                    action=action,
                    records=", ".join(wrong.mapped("display_name")),
                    states=", ".join(
                        labels[state] for state in set(wrong.mapped("state"))
                    ),
                )
            )

    @api.model
    def _number_from_sequence(self, vals_list, field_name, code):
        """Give every new record whose ``field_name`` is "/" the next number
        of the ``ir.sequence`` ``code`` (concurrency-safe, never max()+1)."""
        for vals in vals_list:
            if vals.get(field_name, "/") == "/":
                vals[field_name] = self.env["ir.sequence"].next_by_code(code) or "/"
        return vals_list

    def _check_group(self, group_xmlid, message):
        """Refuse with ``message`` unless the user has the group."""
        if not self.env.user.has_group(group_xmlid):
            raise UserError(message)
