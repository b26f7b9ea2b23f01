# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import ProtocolCase


@tagged("post_install", "-at_install")
class TestProtocolDay(ProtocolCase):
    """The scheduled action prepares the days of the protocol calendar."""

    def setUp(self):
        super().setUp()
        self.governorate = self.env["res.partner"].create({"name": "Valilik"})
        self.republic_day = self.env.ref("ozel_kalem_protocol.day_october_29")
        self.republic_day.write(
            {"lead_days": 20, "courtesy_partner_ids": [(6, 0, self.governorate.ids)]}
        )
        self.kurban = self.env.ref("ozel_kalem_protocol.day_kurban")
        self.kurban.lead_days = 10
        self.Day = self.env["ozel_kalem.protocol.day"]
        self.Event = self.env["ozel_kalem.protocol.event"]

    def test_public_holidays_of_law_2429_on_the_calendar(self):
        """Every fixed public holiday of Law 2429 (art. 1 and 2) is a day of
        the protocol calendar (domain.md, holiday calendar), 1 Mayıs
        included."""
        fixed = {
            (day.month, day.day)
            for day in self.Day.search([("date_rule", "=", "fixed")])
        }
        for month, day in (
            (1, 1),
            (4, 23),
            (5, 1),
            (5, 19),
            (7, 15),
            (8, 30),
            (10, 29),
        ):
            with self.subTest(month=month, day=day):
                self.assertIn((month, day), fixed)
        may_day = self.env.ref("ozel_kalem_protocol.day_may_1")
        self.assertEqual(
            (may_day.create_event, may_day.courtesy_type), (False, "message")
        )

    def _events(self, protocol_day):
        return self.Event.search([("protocol_day_id", "=", protocol_day.id)])

    def test_29_ekim_prepared_once_20_days_ahead(self):
        with freeze_time("2026-10-08"):
            self.Day._cron_prepare()
        self.assertFalse(self._events(self.republic_day))
        with freeze_time("2026-10-09"):
            self.Day._cron_prepare()
            self.Day._cron_prepare()
        event = self._events(self.republic_day)
        self.assertEqual(len(event), 1)
        self.assertEqual(event.occurrence_date, date(2026, 10, 29))
        self.assertEqual(str(event.date_begin), "2026-10-29 07:00:00")  # 10:00 TR
        self.assertEqual(event.state, "draft")
        # The checklist is due on working days before the day: 10 days before
        # is Monday 19 October; 2 days before, Tuesday 27 October.
        deadlines = dict(
            zip(
                event.task_ids.mapped("name"),
                event.task_ids.mapped("date_deadline"),
                strict=True,
            )
        )
        self.assertEqual(
            deadlines["Print and send the invitations"], date(2026, 10, 19)
        )
        self.assertEqual(deadlines["Seating plan and place cards"], date(2026, 10, 27))
        courtesies = self.env["ozel_kalem.courtesy"].search(
            [("protocol_day_id", "=", self.republic_day.id)]
        )
        self.assertEqual(courtesies.partner_id, self.governorate)
        self.assertEqual(courtesies.event_id, event)
        self.assertEqual(courtesies.state, "draft")
        with freeze_time("2026-10-20"):
            self.Day._cron_prepare()
        self.assertEqual(len(self._events(self.republic_day)), 1)
        self.assertEqual(
            self.env["ozel_kalem.courtesy"].search_count(
                [("protocol_day_id", "=", self.republic_day.id)]
            ),
            1,
        )

    def test_kurban_bayrami_2026_from_the_lunar_calendar(self):
        with freeze_time("2026-05-16"):
            self.Day._cron_prepare()
        self.assertFalse(self._events(self.kurban))
        with freeze_time("2026-05-17"):
            self.Day._cron_prepare()
            self.Day._cron_prepare()
        event = self._events(self.kurban)
        self.assertEqual(len(event), 1)
        self.assertEqual(event.occurrence_date, date(2026, 5, 27))
        self.assertEqual(event.event_type, "reception")
        self.assertEqual(str(event.date_begin), "2026-05-27 06:30:00")  # 09:30 TR
        # Ten days before 27 May is Sunday 17 May: due Friday 15 May.
        invitations = event.task_ids.filtered(
            lambda t: t.name == "Print and send the invitations"
        )
        self.assertEqual(invitations.date_deadline, date(2026, 5, 15))
        self.assertEqual(len(event.task_ids), 6)  # 5 for all + the guest book
