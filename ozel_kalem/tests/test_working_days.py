# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Legal time limits on the real Turkish calendar of 2025–2027 (dates
checked by hand against the official holidays)."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

from ..tools.working_days import CALENDAR_DAYS, TurkishCalendar


@tagged("post_install", "-at_install")
class TestWorkingDays(TransactionCase):
    def setUp(self):
        super().setUp()
        self.calendar = TurkishCalendar()

    def test_4982_before_ramazan_bayrami_2026(self):
        # Arife Thursday 19 March (half day), Bayram 20–22 March.
        self.assertEqual(
            self.calendar.deadline(date(2026, 3, 19), 15), date(2026, 4, 10)
        )
        self.assertEqual(
            self.calendar.deadline(date(2026, 3, 18), 15), date(2026, 4, 9)
        )
        no_half_days = TurkishCalendar(half_day_counts=False)
        self.assertEqual(
            no_half_days.deadline(date(2026, 3, 18), 15), date(2026, 4, 10)
        )

    def test_4982_spanning_29_ekim_2025(self):
        # 28 Ekim a half day (counts), 29 Ekim a holiday.
        self.assertEqual(
            self.calendar.deadline(date(2025, 10, 27), 15), date(2025, 11, 18)
        )

    def test_spanning_weekends(self):
        self.assertEqual(
            self.calendar.deadline(date(2027, 1, 8), 15), date(2027, 1, 29)
        )

    def test_30_days_ending_on_a_holiday(self):
        # 30 days from 24 April 2026 end on Sunday 24 May: Monday 25 May.
        self.assertEqual(
            self.calendar.deadline(date(2026, 4, 24), 30, CALENDAR_DAYS),
            date(2026, 5, 25),
        )
        # 30 days from 28 April end in Kurban Bayramı (27–30 May): 1 June.
        self.assertEqual(
            self.calendar.deadline(date(2026, 4, 28), 30, CALENDAR_DAYS),
            date(2026, 6, 1),
        )

    def test_stopped_clock(self):
        received = date(2026, 1, 5)
        self.assertEqual(self.calendar.deadline(received, 15), date(2026, 1, 26))
        fee_notice = (date(2026, 1, 12), date(2026, 1, 16))
        self.assertEqual(
            self.calendar.deadline(received, 15, stops=[fee_notice]), date(2026, 2, 2)
        )
        still_waiting = (date(2026, 1, 12), None)
        self.assertIsNone(self.calendar.deadline(received, 15, stops=[still_waiting]))

    def test_administrative_leave_day(self):
        company = self.env.company
        self.assertEqual(
            company._ozel_kalem_calendar().deadline(date(2025, 12, 31), 15),
            date(2026, 1, 22),
        )
        admin = new_test_user(
            self.env, login="wd_admin", groups="ozel_kalem.group_admin"
        )
        self.env["ozel_kalem.leave.day"].with_user(admin).create(
            {"date": "2026-01-02", "name": "İdari izin"}
        )
        self.assertEqual(
            company._ozel_kalem_calendar().deadline(date(2025, 12, 31), 15),
            date(2026, 1, 23),
        )
        clerk = new_test_user(
            self.env, login="wd_clerk", groups="ozel_kalem.group_user"
        )
        with self.assertRaises(AccessError):
            self.env["ozel_kalem.leave.day"].with_user(clerk).create(
                {"date": "2026-01-05", "name": "X"}
            )
        company.ozel_kalem_half_day_counts = False
        self.assertEqual(
            company._ozel_kalem_calendar().deadline(date(2026, 3, 18), 15),
            date(2026, 4, 10),
        )

    def test_working_days_between(self):
        # 16–20 March 2026: Mon–Wed, arife Thursday (counts), bayram Friday.
        self.assertEqual(
            self.calendar.working_days_between(date(2026, 3, 15), date(2026, 3, 20)), 4
        )

    def test_religious_holidays_and_preparation_days(self):
        calendar = TurkishCalendar()
        self.assertEqual(calendar.religious_holiday(2026, "ramazan"), date(2026, 3, 20))
        self.assertEqual(calendar.religious_holiday(2026, "kurban"), date(2026, 5, 27))
        self.assertEqual(calendar.religious_holiday(2027, "kurban"), date(2027, 5, 16))
        # The working day before the last day of Kurban Bayramı 2026 is its
        # arife, a half day that counts.
        self.assertEqual(
            calendar.previous_working_day(date(2026, 5, 30)), date(2026, 5, 26)
        )
        self.assertEqual(
            calendar.previous_working_day(date(2026, 11, 2)), date(2026, 11, 2)
        )
