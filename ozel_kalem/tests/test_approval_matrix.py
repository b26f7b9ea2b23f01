# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The nine approvals of ozel_kalem.approval.mixin, each against the roles
that would abuse it: its author approving, a bystander approving or
returning, the state written directly (by the ORM and over JSON-RPC); and
the reviewer whose turn it is finding it on the desk and approving it.

Each addon describes its approvals as a table of ``Case`` (``_cases()``);
the checks below run on every row.  The protocol and press addons import
the mixins of this module."""

from collections import namedtuple

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException

from .common import OzelKalemCase
from .test_document import OutgoingLetters

# ``submit()`` gives the record under review; ``steps`` are the reviewers in
# turn, each with the activity type of their desk; ``approve`` and
# ``give_back`` the model's own buttons (None: the desk only); ``approved``
# the state the last step reaches.
Case = namedtuple(
    "Case", "name submit author bystanders steps approve give_back approved"
)


class ApprovalHelpers:
    # The checks are methods of these mixins (Odoo's loader takes the
    # methods of the test class itself otherwise).
    allow_inherited_tests_method = True

    def _snapshot(self, record):
        """What a refused call must leave as it was, read afresh."""
        self.env.invalidate_all()
        record = record.sudo()
        return (
            record.state,
            record.validation_status,
            tuple(record.review_ids.sorted("id").mapped("status")),
            frozenset(
                (a.activity_type_id.id, a.user_id.id) for a in record.activity_ids
            ),
        )

    def _desk(self, record, user, xmlid):
        """The activity of type ``xmlid`` on ``user``'s desk for ``record``."""
        activity_type = self.env.ref(xmlid)
        return record.sudo().activity_ids.filtered(
            lambda a: a.user_id == user and a.activity_type_id == activity_type
        )


class ApprovalMatrixChecks(ApprovalHelpers):
    """ORM checks on every case of ``_cases()``."""

    def _approvals(self, record, case):
        """The ways to approve: the model's button, the record's desk
        approval, the reviewer's activity on the desk."""
        activity = self._desk(record, *case.steps[0])
        calls = [
            lambda user: record.with_user(user)._ozel_kalem_desk_approve(),
            lambda user: activity.with_user(user).action_ozel_kalem_approve(),
        ]
        if case.approve:
            calls.append(lambda user: getattr(record.with_user(user), case.approve)())
        return calls

    def _returns(self, record, case):
        """The ways to return: the desk's dialog, the model's button."""
        activity = self._desk(record, *case.steps[0])

        def desk_return(user):
            self.env["ozel_kalem.desk.return"].with_user(user).create(
                {"activity_ids": activity.ids, "reason": "Uygun değil"}
            ).action_return()

        calls = [desk_return]
        if case.give_back:
            calls.append(lambda user: getattr(record.with_user(user), case.give_back)())
        return calls

    def _assert_refused(self, record, users, calls):
        """Each call refused to each user (a UserError, AccessError or
        ValidationError), the record left as it was."""
        before = self._snapshot(record)
        for user in users:
            for index, call in enumerate(calls):
                # Each attempt on its own: what one let through is undone.
                savepoint = self.env.cr.savepoint()
                try:
                    with self.subTest(user=user.login, call=index):
                        with self.assertRaises(UserError):
                            call(user)
                        self.assertEqual(self._snapshot(record), before)
                finally:
                    savepoint.close(rollback=True)
                    self.env.invalidate_all()

    def _each_case(self, check):
        for case in self._cases():
            with self.subTest(case=case.name):
                check(case, case.submit())

    def test_author_cannot_approve(self):
        self._each_case(
            lambda case, record: self._assert_refused(
                record, [case.author], self._approvals(record, case)
            )
        )

    def test_bystander_cannot_approve_or_return(self):
        self._each_case(
            lambda case, record: self._assert_refused(
                record,
                case.bystanders,
                self._approvals(record, case) + self._returns(record, case),
            )
        )

    def test_state_not_written_directly(self):
        def check(case, record):
            reviewers = [user for user, _xmlid in case.steps]
            self._assert_refused(
                record,
                [case.author, *case.bystanders, *reviewers],
                [lambda user: record.with_user(user).write({"state": case.approved})],
            )

        self._each_case(check)

    # OCA's base_tier_validation lets every internal user write
    # ``tier.review`` (``access_tier_review``, base.group_user 1,1,1,1): the
    # author would mark the paraf of their letter approved (the mayor then
    # signs it), a bystander would approve the reviews and call OCA's public
    # ``validate_tier()``.  The office's reviews are the mechanism's
    # (models/tier_review.py).
    def test_reviews_not_written_directly(self):
        def check(case, record):
            reviews = record.sudo().review_ids

            def mark_approved(user):
                reviews.with_user(user).write(
                    {"status": "approved", "done_by": user.id}
                )

            def mark_and_validate(user):
                mark_approved(user)
                record.with_user(user).validate_tier()

            self._assert_refused(
                record,
                [case.author, case.bystanders[0]],
                [mark_approved, mark_and_validate],
            )

        self._each_case(check)

    def test_reviewer_approves_from_the_desk(self):
        def check(case, record):
            for user, xmlid in case.steps:
                self.assertFalse(self._desk(record, case.author, xmlid))
                activity = self._desk(record, user, xmlid)
                self.assertEqual(len(activity), 1, f"{user.login} has it on the desk")
                activity.with_user(user).action_ozel_kalem_approve()
            self.env.invalidate_all()
            self.assertEqual(record.sudo().state, case.approved)
            self.assertFalse(
                any(self._desk(record, user, xmlid) for user, xmlid in case.steps)
            )

        self._each_case(check)


class ApprovalRpcChecks(ApprovalHelpers):
    """The same tricks over JSON-RPC, as the web client sends them, on the
    cases of ``_cases()`` not in ``_rpc_covered`` (tested elsewhere)."""

    _rpc_covered = ()

    def _call_kw(self, model, method, ids, *args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": [ids, *args], "kwargs": {}},
        )

    def _assert_rpc_refused(self, record, users, calls):
        before = self._snapshot(record)
        for user in users:
            self.authenticate(user.login, user.login)
            for call in calls:
                with (
                    self.subTest(user=user.login, method=call[1]),
                    self.assertRaises(JsonRpcException),
                ):
                    self._call_kw(*call)
                self.assertEqual(self._snapshot(record), before)

    def test_over_json_rpc_refused(self):
        for case in self._cases():
            if case.name in self._rpc_covered:
                continue
            with self.subTest(case=case.name):
                record = case.submit()
                activity = self._desk(record, *case.steps[0])
                calls = [
                    (record._name, "write", record.ids, {"state": case.approved}),
                    ("mail.activity", "action_ozel_kalem_approve", activity.ids),
                ]
                if case.approve:
                    calls.append((record._name, case.approve, record.ids))
                self._assert_rpc_refused(
                    record, [case.author, case.bystanders[0]], calls
                )

    def test_reviews_over_json_rpc_refused(self):
        """OCA's review rows and buttons over JSON-RPC, on every approval:
        the author and a bystander neither approve the reviews nor validate
        with OCA's button."""
        for case in self._cases():
            with self.subTest(case=case.name):
                record = case.submit()
                reviews = record.sudo().review_ids
                self._assert_rpc_refused(
                    record,
                    [case.author, case.bystanders[0]],
                    [
                        ("tier.review", "write", reviews.ids, {"status": "approved"}),
                        ("tier.review", "unlink", reviews.ids),
                        (record._name, "restart_validation", record.ids),
                        (record._name, "validate_tier", record.ids),
                    ],
                )


class OfficeCases(OutgoingLetters):
    """The approvals of ozel_kalem: an outgoing letter's paraf and
    signature, a change of unit, a personnel proposal, meeting minutes."""

    def _cases(self):
        paraf = "ozel_kalem.mail_act_paraf"
        return (
            Case(
                "letter",
                self._letter,
                self.clerk_a,
                (self.clerk_a2, self.clerk_b, self.mayor),
                (
                    (self.chief_a, paraf),
                    (self.director, paraf),
                    (self.mayor, "ozel_kalem.mail_act_signature"),
                ),
                "action_sign",
                None,
                "signed",
            ),
            Case(
                "duty",
                self._change_of_unit,
                self.chief_a,
                (self.deputy, self.director),
                ((self.mayor, "ozel_kalem.mail_act_mayor_approval"),),
                "action_approve",
                "action_refuse",
                "active",
            ),
            Case(
                "personnel",
                self._proposal,
                self.chief_a,
                (self.clerk_a2, self.mayor),
                ((self.director, "ozel_kalem.mail_act_personnel_proposal"),),
                "action_approve",
                "action_reject",
                "approved",
            ),
            Case(
                "minutes",
                self._minutes,
                self.clerk_a,
                (self.clerk_a2, self.chief_a, self.admin),
                ((self.director, "ozel_kalem.mail_act_minutes_approval"),),
                "action_approve_minutes",
                "action_return_minutes",
                "approved",
            ),
        )

    def _letter(self, **values):
        letter = super()._letter(**values)
        letter.request_validation()
        return letter

    def _change_of_unit(self):
        assignment = (
            self.env["ozel_kalem.duty.assignment"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Protokol masası desteği",
                    "employee_id": self.employee(self.clerk_a).id,
                    "department_id": self.unit_b.id,
                    "approver_id": self.mayor.id,
                }
            )
        )
        assignment.action_submit()
        assignment.sudo().refusal_reason = "Kadro uygun değil"
        return assignment

    def _proposal(self):
        note = (
            self.env["ozel_kalem.personnel.note"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Seçim hazırlıklarındaki titiz çalışma",
                    "employee_id": self.employee(self.clerk_a2).id,
                    "note_type": "reward",
                }
            )
        )
        note.action_submit()
        note.sudo().decision_note = "Yeterli gerekçe yok"
        return note

    def _minutes(self):
        meeting = (
            self.env["ozel_kalem.meeting"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Birim müdürleri toplantısı",
                    "meeting_type": "coordination",
                    "start": "2031-09-15 07:00:00",
                    "stop": "2031-09-15 08:30:00",
                    "chair_id": self.director.id,
                }
            )
        )
        meeting.action_plan()
        meeting.action_hold()
        meeting.minutes = "<p>Kış hazırlıkları görüşüldü.</p>"
        meeting.action_submit_minutes()
        return meeting


@tagged("post_install", "-at_install")
class TestApprovalMatrix(OfficeCases, ApprovalMatrixChecks, OzelKalemCase):
    def test_letter_through_oca_buttons(self):
        """OCA's own Validate button (and its comment wizard): refused to
        the letter's author and to a clerk outside the chain, who initials
        nothing."""
        letter = self._letter()
        before = self._snapshot(letter)
        with self.assertRaisesRegex(UserError, "their own work"):
            action = letter.with_user(self.clerk_a).validate_tier() or {}
            self.env["comment.wizard"].with_user(self.clerk_a).with_context(
                **action.get("context", {})
            ).create({"comment": "Uygundur"}).add_comment()
        self.assertEqual(self._snapshot(letter), before)
        with self.assertRaises(UserError):
            self.env["comment.wizard"].with_user(self.clerk_a2).create(
                {
                    "res_model": letter._name,
                    "res_id": letter.id,
                    "review_ids": letter.review_ids.ids,
                    "validate_reject": "validate",
                    "comment": "Uygundur",
                }
            ).add_comment()
        self.env.invalidate_all()
        self.assertNotIn("approved", letter.review_ids.mapped("status"))
        self.assertNotEqual(letter.validation_status, "validated")
        self.assertEqual(letter.state, "draft")


@tagged("post_install", "-at_install")
class TestApprovalMatrixRpc(OfficeCases, ApprovalRpcChecks, OzelKalemCase, HttpCase):
    pass
