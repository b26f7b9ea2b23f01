# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import UserError

from .ozel_kalem_approval_mixin import is_reviewing


class TierReview(models.Model):
    """The reviews of the office's approvals are the mechanism's.

    OCA's tier validation lets every internal user create, write and delete
    ``tier.review`` rows (its own code writes them as the reviewer): on the
    office's records that would let an author mark their own paraf
    "approved".  So on those records the reviews are created, closed and
    removed only by ``ozel_kalem.approval.mixin`` (or the system); a
    reviewer may still write the comment of their own review (OCA's comment
    wizard)."""

    _inherit = "tier.review"

    def _ozel_kalem_guarded(self, models_=None):
        """Whether the reviews (or the models ``models_``) are the office's,
        and the current user is not the mechanism."""
        if self.env.su or is_reviewing():
            return False
        office = self.env["ozel_kalem.approval.mixin"]._ozel_kalem_approval_models()
        return bool(
            office & set(models_ if models_ is not None else self.mapped("model"))
        )

    def _ozel_kalem_refuse(self):
        raise UserError(
            self.env._(
                "The reviews of an approval are written by the approval itself: "
                "approve or return it with its buttons or from the desk."
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        if self._ozel_kalem_guarded({vals.get("model") for vals in vals_list}):
            self._ozel_kalem_refuse()
        return super().create(vals_list)

    def write(self, vals):
        # OCA refreshes its ``can_review`` helper (what the current user may
        # review, shown in the form) through write, as the user.
        written = set(vals) - {"can_review"}
        if (
            written
            and self._ozel_kalem_guarded()
            and (
                written - {"comment"}
                or self.filtered(
                    lambda review: self.env.user not in review.reviewer_ids
                )
            )
        ):
            self._ozel_kalem_refuse()
        return super().write(vals)

    def unlink(self):
        if self._ozel_kalem_guarded():
            self._ozel_kalem_refuse()
        return super().unlink()
