# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import ProtocolCase


@tagged("post_install", "-at_install")
class TestTripsAndGuests(ProtocolCase):
    """The protocol staff plan the mayor's trips, the director approves
    them; guests of the city and foreign relations are kept."""

    def test_trip_approved_on_the_calendar(self):
        director = new_test_user(
            self.env, login="prt_director", groups="ozel_kalem.group_director"
        )
        trip = (
            self.env["ozel_kalem.trip"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Kardeş şehir protokolü",
                    "destination": "Batum",
                    "country_id": self.env.ref("base.ge").id,
                    "date_begin": "2031-06-10 05:00:00",
                    "date_end": "2031-06-12 18:00:00",
                    "transport": "air",
                }
            )
        )
        self.assertTrue(trip.is_foreign)
        self.assertEqual(trip.traveller_id, self.mayor)
        trip.action_submit()
        with self.assertRaises(UserError):
            trip.action_approve()
        self.assertEqual(trip.state, "to_approve")
        self.assertIn(director, trip.activity_ids.user_id)
        # A ceremony that day on the mayor's calendar blocks the trip.
        ceremony = self._event(
            date_begin="2031-06-11 08:00:00", date_end="2031-06-11 09:00:00"
        )
        ceremony.action_confirm()
        with self.assertRaises(UserError):
            trip.with_user(director).action_approve()
        self.assertFalse(trip.calendar_event_id)
        ceremony.cancel_reason = "Gezi"
        ceremony.action_cancel()
        trip.with_user(director).action_approve()
        self.assertEqual(trip.state, "approved")
        self.assertEqual(trip.calendar_event_id.partner_ids, self.mayor.partner_id)
        self.assertIn("Batum", trip.calendar_event_id.name)
        trip.write({"date_end": "2031-06-13 18:00:00"})
        self.assertEqual(str(trip.calendar_event_id.stop), "2031-06-13 18:00:00")
        # The finance reviewer reads the trip (travel expenses), not the guests.
        trip.with_user(self.reviewer).read(["destination"])
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.official.guest"].with_user(self.reviewer).search([])
        with self.assertRaises(AccessError):
            trip.with_user(self.outsider).read(["destination"])

    def test_guest_delegation_and_sister_city(self):
        Partner = self.env["res.partner"]
        sister = (
            self.env["ozel_kalem.sister.city"]
            .with_user(self.protocol)
            .create({"name": "Batum", "country_id": self.env.ref("base.ge").id})
        )
        with self.assertRaises(UserError):
            sister.action_activate()
        sister.write(
            {"council_decision": "12.03.2031 / 45", "date_agreement": "2031-04-01"}
        )
        sister.action_activate()
        self.assertEqual(sister.state, "active")
        guest = (
            self.env["ozel_kalem.official.guest"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Batum Belediyesi heyeti",
                    "partner_id": Partner.create({"name": "Giorgi Beridze"}).id,
                    "origin": "Batum",
                    "delegation_size": 5,
                    "arrival": "2031-07-01 09:00:00",
                    "departure": "2031-07-03 15:00:00",
                    "sister_city_id": sister.id,
                    "interpreter": True,
                }
            )
        )
        guest.action_arrive()
        guest.action_leave()
        self.assertEqual(guest.state, "left")
        with self.assertRaises(UserError):
            guest.action_arrive()
        self.assertEqual(sister.guest_ids, guest)
        membership = (
            self.env["ozel_kalem.cooperation"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Türkiye Belediyeler Birliği üyeliği",
                    "kind": "membership_national",
                    "partner_id": Partner.create({"name": "TBB"}).id,
                    "annual_fee": 125000,
                }
            )
        )
        membership.action_start()
        self.assertEqual(membership.state, "active")
        with self.assertRaises(AccessError):
            membership.with_user(self.protocol).unlink()
        with self.assertRaises(AccessError):
            membership.with_user(self.clerk).write({"annual_fee": 1})
