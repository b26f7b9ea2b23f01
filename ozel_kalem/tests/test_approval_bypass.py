# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The office's own approvals (change of unit, personnel proposals, meeting
minutes) against the ways around them (issue 23): the state written
directly, the approved content changed, the author approving."""

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestOfficeApprovalBypass(OzelKalemCase):
    def test_change_of_unit(self):
        """The chief who proposed a change of unit neither activates it by
        writing its state nor moves it to another unit once approved."""
        assignment = (
            self.env["ozel_kalem.duty.assignment"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Ziyaretçi karşılama",
                    "employee_id": self.employee(self.clerk_a).id,
                    "department_id": self.unit_b.id,
                    "approver_id": self.mayor.id,
                }
            )
        )
        assignment.action_submit()
        for state in ("active", "done"):
            with self.assertRaisesRegex(UserError, "actions only"):
                assignment.with_user(self.chief_a).write({"state": state})
        # Under review, OCA's tier validation refuses it first.
        with self.assertRaisesRegex(UserError, "went past its draft|under valid"):
            assignment.with_user(self.chief_a).write({"department_id": self.office.id})
        assignment.with_user(self.mayor).action_approve()
        self.assertEqual(self.employee(self.clerk_a).department_id, self.unit_b)
        with self.assertRaisesRegex(UserError, "went past its draft"):
            assignment.with_user(self.chief_a).write({"department_id": self.office.id})

    def test_personnel_proposal(self):
        """A reward proposal: the chief does not approve it by writing its
        state; a director who drafted one does not approve it; the proposal
        decided stays as it was decided."""
        Note = self.env["ozel_kalem.personnel.note"]
        note = Note.with_user(self.chief_a).create(
            {
                "name": "Bayram programındaki özverili çalışma",
                "employee_id": self.employee(self.clerk_a).id,
                "note_type": "reward",
            }
        )
        note.action_submit()
        with self.assertRaisesRegex(UserError, "actions only"):
            note.with_user(self.chief_a).write({"state": "approved"})
        own = Note.with_user(self.director).create(
            {
                "name": "Müdürün kendi önerisi",
                "employee_id": self.employee(self.clerk_a2).id,
                "note_type": "reward",
            }
        )
        own.action_submit()
        with self.assertRaisesRegex(UserError, "their own work"):
            own.action_approve()
        note.with_user(self.director).action_approve()
        with self.assertRaisesRegex(UserError, "went past its draft"):
            note.with_user(self.chief_a).write({"note_type": "disciplinary"})

    def test_approved_minutes_kept(self):
        """Approved minutes are not rewritten, and a meeting is not set to
        approved by writing its state."""
        meeting = (
            self.env["ozel_kalem.meeting"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Koordinasyon toplantısı",
                    "meeting_type": "coordination",
                    "start": "2031-03-03 08:00:00",
                    "stop": "2031-03-03 09:00:00",
                    "chair_id": self.director.id,
                }
            )
        )
        with self.assertRaisesRegex(UserError, "actions only"):
            meeting.write({"state": "approved"})
        meeting.action_plan()
        meeting.action_hold()
        meeting.minutes = "<p>Gündem görüşüldü.</p>"
        meeting.action_submit_minutes()
        # The clerk who wrote them does not approve them; the chair does.
        with self.assertRaisesRegex(UserError, "not your turn"):
            meeting.action_approve_minutes()
        meeting.with_user(self.director).action_approve_minutes()
        with self.assertRaisesRegex(UserError, "went past its draft"):
            meeting.write({"minutes": "<p>Başka bir tutanak</p>"})
