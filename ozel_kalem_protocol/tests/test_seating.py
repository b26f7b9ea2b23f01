# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..tools import seating
from .common import ProtocolCase


@tagged("post_install", "-at_install")
class TestSeating(ProtocolCase):
    """The protocol staff seat the guests of a reception by precedence."""

    def _guest(self, event, rank):
        return event.guest_ids.filtered(lambda g: g.position_id.rank == rank)

    def test_seven_guests_seated_around_the_host(self):
        event = self._event()
        guests = self._invite_all(event)
        self.assertEqual(len(guests), 7)
        guests.write({"speaks": True})
        event.action_compute_seating()
        seats = {guest.position_id.rank: guest.seat_number for guest in guests}
        # Host in the centre (0), rank 1 at the right, rank 2 at the left...
        self.assertEqual(seats, {1: 1, 2: -1, 3: 2, 4: -2, 5: 3, 6: -3, 7: 4})
        self.assertEqual(self._guest(event, 1).seat_label, "Right 1")
        row = event._seating_row()
        self.assertEqual([seat for seat, __ in row], [4, 3, 2, 1, 0, -1, -2, -3])
        self.assertFalse(row[4][1])  # the host's place
        # The most senior speaks last.
        turns = {guest.position_id.rank: guest.speaking_order for guest in guests}
        self.assertEqual(turns, {7: 1, 6: 2, 5: 3, 4: 4, 3: 5, 2: 6, 1: 7})

        # Rank 2 sends word that they cannot come: the others move up.
        self._guest(event, 2).action_decline()
        seats = {
            guest.position_id.rank: guest.seat_number
            for guest in guests
            if guest.rsvp != "declined"
        }
        self.assertEqual(seats, {1: 1, 3: -1, 4: 2, 5: -2, 6: 3, 7: -3})
        self.assertEqual(self._guest(event, 2).seat_number, 0)
        self.assertEqual(
            sorted(guest.speaking_order for guest in guests if guest.speaking_order),
            [1, 2, 3, 4, 5, 6],
        )
        self.assertEqual(self._guest(event, 1).speaking_order, 6)
        # Answering twice the same is refused.
        with self.assertRaises(UserError):
            self._guest(event, 2).action_decline()

    def test_representative_ranked_by_the_rule(self):
        event = self._event()
        Guest = self.env["ozel_kalem.protocol.guest"].with_user(self.protocol)
        deputy_governor = self.env["res.partner"].create({"name": "Vali Yardımcısı"})
        Guest.create(
            [
                {
                    "event_id": event.id,
                    "partner_id": self.positions[1].holder_partner_id.id,
                    "position_id": self.positions[1].id,
                },
                {
                    "event_id": event.id,
                    "partner_id": deputy_governor.id,
                    "position_id": self.positions[0].id,
                    "is_representative": True,
                    "own_position_id": self.positions[6].id,
                },
            ]
        )
        event.action_compute_seating()
        representative = event.guest_ids.filtered("is_representative")
        self.assertEqual(representative.title, "Vali adına")
        # Default rule: in the place of the Vali, at the host's right.
        self.assertEqual(representative.seat_number, 1)
        self.env.company.ozel_kalem_representative_rule = "own"
        event.action_compute_seating()
        self.assertEqual(representative.seat_number, -1)
        self.env.company.ozel_kalem_representative_rule = "after"
        event.action_compute_seating()
        self.assertEqual(representative.seat_number, -1)
        self.assertGreater(representative.precedence, 5000)

    def test_office_reads_the_plan_but_does_not_change_it(self):
        event = self._event()
        self._invite_all(event)
        event.with_user(self.clerk).read(["name"])
        with self.assertRaises(AccessError):
            event.with_user(self.clerk).action_compute_seating()
        with self.assertRaises(AccessError):
            event.guest_ids[:1].with_user(self.clerk).write({"speaks": True})
        for user in (self.outsider,):
            with self.assertRaises(AccessError):
                event.with_user(user).read(["name"])
            with self.assertRaises(AccessError):
                self.env["ozel_kalem.protocol.guest"].with_user(user).search([])

    def test_invitations_sent_and_reminded_once(self):
        event = self._event()
        guests = self._invite_all(event)
        guests[0].partner_id.email = "vali@example.com"
        guests[1].partner_id.email = "garnizon@example.com"
        event.action_confirm()
        guests.action_send_invitation()
        self.assertTrue(all(guests.mapped("date_invited")))
        mails = self.env["mail.mail"].search([("model", "=", guests._name)])
        self.assertEqual(
            set(mails.mapped("email_to")), {"vali@example.com", "garnizon@example.com"}
        )
        self.assertTrue(all(mail.attachment_ids for mail in mails))
        guests[1].action_accept()
        Guest = self.env["ozel_kalem.protocol.guest"]
        with freeze_time("2031-10-20 09:00:00"):
            self.assertFalse(Guest._cron_rsvp_reminder())
        with freeze_time("2031-10-27 09:00:00"):
            reminded = Guest._cron_rsvp_reminder()
            self.assertEqual(reminded, guests - guests[1])
            self.assertFalse(Guest._cron_rsvp_reminder())
        self.assertEqual(
            self.env["mail.mail"].search_count([("model", "=", guests._name)]), 3
        )

    def test_pure_functions(self):
        self.assertEqual(seating.seats(5), [1, -1, 2, -2, 3])
        self.assertEqual(seating.speaking_order(3), [3, 2, 1])
        self.assertEqual(seating.row([0, 1, -1, 2]), [2, 1, 0, -1])
