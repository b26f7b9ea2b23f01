# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestPersonnelNote(OzelKalemCase):
    def _note(self, employee_user, note_type="reward", **values):
        return (
            self.env["ozel_kalem.personnel.note"]
            .with_user(self.chief_a)
            .create(
                {
                    "name": "Bayram programındaki özverili çalışma",
                    "employee_id": self.employee(employee_user).id,
                    "note_type": note_type,
                    **values,
                }
            )
        )

    def test_proposal_decided_by_director(self):
        note = self._note(self.clerk_a)
        note.action_submit()
        self.assertEqual(note.state, "submitted")
        with self.assertRaises(UserError):
            note.action_approve()
        note.with_user(self.director).action_approve()
        self.assertEqual(note.state, "approved")

    def test_information_note_recorded(self):
        note = self._note(
            self.clerk_a,
            note_type="medical",
            date_from="2026-03-01",
            date_to="2026-03-05",
        )
        note.action_submit()
        self.assertEqual(note.state, "recorded")
        with self.assertRaises(UserError):
            note.unlink()

    def test_bad_period_refused(self):
        with self.assertRaises(ValidationError):
            self._note(
                self.clerk_a,
                note_type="medical",
                date_from="2026-03-05",
                date_to="2026-03-01",
            )

    def test_visibility(self):
        note = self._note(self.clerk_a)
        with self.assertRaises(AccessError):
            note.with_user(self.clerk_a).read(["name"])
        with self.assertRaises(AccessError):
            self._note(self.clerk_b)
        self.assertEqual(note.with_user(self.mayor).name, note.name)
        self.assertEqual(note.with_user(self.director).name, note.name)
