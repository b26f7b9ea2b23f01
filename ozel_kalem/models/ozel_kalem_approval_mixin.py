# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import contextlib
import contextvars

from odoo import api, fields, models
from odoo.exceptions import UserError

# Set while the mechanism carries out the decision of a review, after it
# checked whose turn it is (a Python flag: an RPC caller cannot set it).
_DECIDING = contextvars.ContextVar("ozel_kalem_deciding", default=False)
# Set while the mechanism itself creates, closes or removes the reviews
# (``tier.review``), which nobody writes otherwise (see tier_review.py).
_REVIEWING = contextvars.ContextVar("ozel_kalem_reviewing", default=False)


@contextlib.contextmanager
def reviewing():
    """Within it, the mechanism writes the reviews."""
    token = _REVIEWING.set(True)
    try:
        yield
    finally:
        _REVIEWING.reset(token)


def is_reviewing():
    return _REVIEWING.get()


class OzelKalemApprovalMixin(models.AbstractModel):
    """An approval of the office on OCA's tier validation, on the desk.

    Configured by class attributes, as ``tier.validation`` itself: the
    reviews run while the record's ``state`` is in ``_state_from`` and
    allow it into ``_state_to``; the approvers are ``tier.definition``
    records (data of each addon, editable in Settings as the municipality's
    *imza yetkileri yönergesi*).  The reviewer whose turn it is has one
    activity of ``_ozel_kalem_review_activity`` on the desk; approving or
    returning there, or with the record's buttons, reviews as OCA's comment
    wizard does.  Nobody reviews what they wrote
    (``_ozel_kalem_author_field``).  When the last review is approved,
    ``_ozel_kalem_on_validated()`` runs (the model's decision: commit,
    publish, activate...); when one is rejected,
    ``_ozel_kalem_on_rejected(reason)``."""

    _name = "ozel_kalem.approval.mixin"
    _description = "Office Approval (tier validation on the desk)"
    _inherit = ["tier.validation", "ozel_kalem.workflow.mixin"]

    _tier_validation_manual_config = False
    # The desk's activity type of a review (an XML id, each addon its own).
    _ozel_kalem_review_activity = None
    # Fields the reviewer fills in while reviewing (a reason...).
    _ozel_kalem_review_fields = ()
    # Whose work is reviewed (a ``res.users`` field): never their reviewer.
    _ozel_kalem_author_field = "create_uid"

    @api.model
    def _ozel_kalem_approval_models(self):
        """The models of the office's approvals, in any addon, directly or
        through another office mixin."""
        registry = self.env.registry
        found, todo = set(), ["ozel_kalem.approval.mixin"]
        while todo:
            for child in registry[todo.pop()]._inherit_children:
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return {name for name in found if not registry[name]._abstract}

    def write(self, vals):
        # What only the actions write is refused first, before OCA's own
        # checks of the reviews; the reviews are never written through the
        # record.
        self._ozel_kalem_guard_written(vals)
        if "review_ids" in vals and not self.env.su:
            raise UserError(
                self.env._(
                    "The reviews of %(records)s are kept by the approval itself.",
                    records=", ".join(self.mapped("display_name")),
                )
            )
        if self._state_field not in vals:
            return super().write(vals)
        # A change of state (by an action: guarded above) may restart the
        # reviews, as OCA's tier validation does; a cancellation removes them,
        # and so their activities from the desk.
        with reviewing():
            result = super().write(vals)
        if vals[self._state_field] == self._cancel_state:
            self._sync_desk_activities()
        return result

    def unlink(self):
        # The reviews of a record go with it (the record's own rules say
        # whether it may be deleted).
        with reviewing():
            return super().unlink()

    def _get_under_validation_exceptions(self):
        # The state and the action fields are written by the actions only
        # (the workflow guard), the decision of a review among them.
        return super()._get_under_validation_exceptions() + [
            self._state_field,
            *self._ozel_kalem_action_fields,
            *self._ozel_kalem_review_fields,
        ]

    # ------------------------------------------------------------------
    # Whose turn it is, and the desk
    # ------------------------------------------------------------------
    def _ozel_kalem_in_review(self):
        self.ensure_one()
        return self[self._state_field] in self._state_from

    def _ozel_kalem_turn_users(self):
        """Reviewers whose turn it is (OCA's rule: sequential reviews wait
        for the lower sequences), the author left out."""
        self.ensure_one()
        reviews = self.review_ids.filtered(lambda r: r.status in ("waiting", "pending"))
        if not reviews or self.validation_status == "rejected":
            return self.env["res.users"]
        first = min(reviews.mapped("sequence"))
        turn = reviews.filtered(lambda r: not r.approve_sequence or r.sequence == first)
        # A director is also a chief (implied group): the record reaches the
        # director's desk at the director's own step, not at the chief's.
        later = (reviews - turn).reviewer_ids
        users = turn.reviewer_ids - later or turn.reviewer_ids
        # A group's users of the record's municipality only.
        company = (
            self[self._tier_validation_company_field]
            if self._tier_validation_company_field in self._fields
            else self.env.company
        )
        if company:
            users = users.filtered(lambda user: company in user.company_ids)
        return users - self[self._ozel_kalem_author_field]

    def _ozel_kalem_desk_wanted(self):
        """``{(activity type, user)}`` the record keeps on the desk."""
        self.ensure_one()
        if not self._ozel_kalem_in_review() or self.validation_status == "validated":
            return set()
        review = self.env.ref(self._ozel_kalem_review_activity)
        return {(review, user) for user in self._ozel_kalem_turn_users()}

    def _ozel_kalem_desk_types(self):
        """The activity types this mixin keeps in step."""
        return self.env.ref(self._ozel_kalem_review_activity)

    def _sync_desk_activities(self):
        types = self._ozel_kalem_desk_types()
        for record in self.sudo():
            wanted = record._ozel_kalem_desk_wanted()
            current = record.activity_ids.filtered(
                lambda a: a.activity_type_id in types
            )
            keep = current.filtered(
                lambda a, w=wanted: (a.activity_type_id, a.user_id) in w
            )
            (current - keep).unlink()
            for activity_type, user in wanted - {
                (a.activity_type_id, a.user_id) for a in keep
            }:
                record.activity_schedule(
                    activity_type_id=activity_type.id,
                    user_id=user.id,
                    summary=record.display_name,
                )

    # ------------------------------------------------------------------
    # Reviewing
    # ------------------------------------------------------------------
    def _ozel_kalem_review(self, comment, approve):
        """Approve (or return) as the current user, with ``comment`` on the
        reviews, as OCA's comment wizard does; refused when it is not the
        user's turn, and to the record's author."""
        self.ensure_one()
        reviews = self._ozel_kalem_my_reviews()
        if not reviews and self.env.su and self._ozel_kalem_in_review():
            # The system (data files, scripts) decides for the reviewers.
            return self._ozel_kalem_review_as_system(comment, approve)
        if not reviews or not self._ozel_kalem_in_review():
            self._ozel_kalem_not_your_turn()
        with reviewing():
            if comment:
                reviews.write({"comment": comment})
            if approve:
                self._validate_tier(reviews)
            else:
                self._rejected_tier(reviews)
        self._update_counter({"review_deleted": True})

    def _ozel_kalem_review_all(
        self, action, approve, reason_field=None, missing_reason=None
    ):
        """The record's approve (or return) button: the records must be in
        review (``_state_from``; ``action`` names the step in the refusal),
        each is reviewed by the current user; a return gives the reason
        written in ``reason_field``, refused with ``missing_reason`` when it
        is empty."""
        self._check_state(tuple(self._state_from), action)
        if reason_field and self.filtered(lambda record: not record[reason_field]):
            raise UserError(missing_reason)
        for record in self:
            record._ozel_kalem_review(
                record[reason_field] if reason_field else False, approve
            )
        return True

    def _ozel_kalem_review_as_system(self, comment, approve):
        """The system decides for the reviewers (data files, scripts): the
        open reviews are closed, the decision taken."""
        reviews = self.review_ids.filtered(lambda r: r.status in ("waiting", "pending"))
        reviews.write(
            {
                "status": "approved" if approve else "rejected",
                "done_by": self.env.uid,
                "reviewed_date": fields.Datetime.now(),
                **({"comment": comment} if comment else {}),
            }
        )
        self._sync_desk_activities()
        if not approve:
            self._ozel_kalem_decide(self._ozel_kalem_on_rejected, comment or "")
        elif self.validation_status in ("validated", "no"):
            self._ozel_kalem_decide(self._ozel_kalem_on_validated)

    def request_validation(self):
        # The reviews the tier definitions ask for (OCA's own choice).
        with reviewing():
            reviews = super().request_validation()
        self._sync_desk_activities()
        return reviews

    def restart_validation(self):
        # The reviews start again by the record's actions (a withdrawal, a
        # return), never by a call of OCA's public method.
        if not self._in_action():
            raise UserError(
                self.env._(
                    "The reviews of %(records)s start again when it is withdrawn "
                    "or returned.",
                    records=", ".join(self.mapped("display_name")),
                )
            )
        with reviewing():
            result = super().restart_validation()
        self._sync_desk_activities()
        return result

    @api.model
    def _update_counter(self, review_counter):
        # OCA moves the next reviews of the sequence to "pending" here.
        with reviewing():
            return super()._update_counter(review_counter)

    def _ozel_kalem_my_reviews(self):
        """The open reviews of the current user whose turn it is (OCA's
        sequence rule)."""
        sequences = self._get_sequences_to_approve(self.env.user)
        return self.review_ids.filtered(
            lambda r: r.sequence in sequences and r.status in ("waiting", "pending")
        )

    def _ozel_kalem_not_your_turn(self):
        raise UserError(
            self.env._(
                "It is not your turn to review %(record)s.",
                record=self.display_name,
            )
        )

    def _ozel_kalem_check_turn(self):
        """Refuse a review by a user whose turn it is not (OCA's buttons
        review the user's reviews; with none, they would touch all)."""
        if not self.env.su and not self._ozel_kalem_my_reviews():
            self._ozel_kalem_not_your_turn()

    def _ozel_kalem_request_review(self):
        """Ask for the reviews of the records (their ``tier.definition``):
        refused when no approver is configured for one of them."""
        # need_validation has no dependencies: computed afresh here.
        self.invalidate_recordset(["need_validation", "review_ids"])
        self.request_validation()
        missing = self.filtered(lambda record: not record.review_ids)
        if missing:
            raise UserError(
                self.env._(
                    "No approver is set for %(records)s: an administrator sets "
                    "them in Settings ▸ Technical ▸ Tier Definitions.",
                    records=", ".join(missing.mapped("display_name")),
                )
            )

    def _validate_tier(self, tiers=False):
        self._check_not_own(self.env._("Approving"), self._ozel_kalem_author_field)
        self._ozel_kalem_check_turn()
        with reviewing():
            result = super()._validate_tier(tiers)
        self._sync_desk_activities()
        if self.validation_status == "validated" and self._ozel_kalem_in_review():
            self._ozel_kalem_decide(self._ozel_kalem_on_validated)
        return result

    def _rejected_tier(self, tiers=False):
        self._check_not_own(self.env._("Returning"), self._ozel_kalem_author_field)
        self._ozel_kalem_check_turn()
        reason = "\n".join(filter(None, (tiers or self.review_ids).mapped("comment")))
        with reviewing():
            result = super()._rejected_tier(tiers)
        self._sync_desk_activities()
        if self._ozel_kalem_in_review():
            self._ozel_kalem_decide(self._ozel_kalem_on_rejected, reason)
        return result

    def _ozel_kalem_on_validated(self):
        """The last review approved: the model's decision."""

    def _ozel_kalem_on_rejected(self, reason):
        """A review rejected with ``reason``: the model's decision."""

    def _ozel_kalem_decide(self, hook, *args):
        """Run the decision ``hook`` once the review was checked."""
        # OCA's ``need_validation`` has no dependencies: a value computed
        # before the reviews were made would make the decision's write ask
        # for them again.
        self.invalidate_recordset(["need_validation"])
        token = _DECIDING.set(True)
        try:
            return hook(*args)
        finally:
            _DECIDING.reset(token)

    def _ozel_kalem_decision_write(self, vals):
        """Write the decision of a review (its state, who approved): the
        reviewers read the record without the right to edit it, so it is
        written as superuser, and only while the mechanism carries out a
        decision it checked (``_validate_tier`` / ``_rejected_tier``)."""
        if not _DECIDING.get():
            raise UserError(
                self.env._(
                    "%(records)s is decided by its reviewers only.",
                    records=", ".join(self.mapped("display_name")),
                )
            )
        return self.sudo()._ozel_kalem_action_write(vals)

    # ------------------------------------------------------------------
    # The desk's buttons
    # ------------------------------------------------------------------
    def _ozel_kalem_desk_approve(self):
        for record in self:
            record._ozel_kalem_review(self.env._("Approved from the desk."), True)
        return True

    def _ozel_kalem_desk_return(self, reason):
        for record in self:
            record._ozel_kalem_review(reason, False)
        return True
