# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import ProtocolCase


@tagged("post_install", "-at_install")
class TestProtocolList(ProtocolCase):
    """The protocol manager keeps the list current; the staff read it."""

    def test_holder_change_kept_in_history(self):
        governor = self.positions[0].with_user(self.protocol_manager)
        first = governor.holder_partner_id
        successor = self.env["res.partner"].create({"name": "Hülya Tekin"})
        governor.write(
            {"holder_partner_id": successor.id, "holder_since": "2031-02-01"}
        )
        history = governor.holder_ids.sorted("date_from")
        self.assertEqual(history.partner_id, first | successor)
        self.assertEqual(history[0].date_to, date(2031, 2, 1))
        self.assertFalse(history[1].date_to)
        self.assertEqual(governor.display_name, "Vali (Hülya Tekin)")
        with self.assertRaises(AccessError):
            self.positions[1].with_user(self.protocol).write(
                {"holder_partner_id": successor.id}
            )
        with self.assertRaises(AccessError):
            history.with_user(self.protocol_manager).unlink()

    def test_versions(self):
        action = self.protocol_list.with_user(
            self.protocol_manager
        ).action_new_version()
        new = self.env["ozel_kalem.protocol.list"].browse(action["res_id"])
        self.assertEqual(new.state, "draft")
        self.assertEqual(
            new.position_ids.mapped("holder_partner_id"),
            self.protocol_list.position_ids.mapped("holder_partner_id"),
        )
        new.action_put_in_force()
        self.assertEqual(self.protocol_list.state, "archived")
        self.assertEqual(new.state, "current")
        with self.assertRaises(UserError):
            self.protocol_list.with_user(self.protocol_manager).unlink()
        self.assertTrue(self.protocol_list.exists())

    def test_event_on_the_mayors_calendar(self):
        event = self._event()
        # The reception's checklist, due before the event.
        self.assertIn("Print and send the invitations", event.task_ids.mapped("name"))
        self.assertTrue(
            all(t.date_deadline < date(2031, 10, 29) for t in event.task_ids)
        )
        event.action_confirm()
        self.assertEqual(event.calendar_event_id.partner_ids, self.mayor.partner_id)
        other = self._event(
            name="Çakışan açılış",
            date_begin="2031-10-29 17:00:00",
            date_end="2031-10-29 17:30:00",
        )
        with self.assertRaises(UserError):
            other.action_confirm()
        # Nor confirmed around the check: the state is the actions'.
        with self.assertRaises(UserError):
            other.with_user(self.protocol_manager).write({"state": "confirmed"})
        self.assertEqual(other.state, "draft")
        event.write({"date_begin": "2031-10-29 15:00:00"})
        self.assertEqual(str(event.calendar_event_id.start), "2031-10-29 15:00:00")
        with self.assertRaises(UserError):
            event.with_user(self.protocol).unlink()
        with self.assertRaises(UserError):
            event.action_cancel()
        event.cancel_reason = "Resmî yas"
        event.action_cancel()
        self.assertFalse(event.calendar_event_id.active)
