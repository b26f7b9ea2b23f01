# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Legal deadlines on the Turkish calendar, in pure Python (no ORM).

The public holidays, the arife and 28 Ekim half days come from the
``holidays`` package (Diyanet's dates for Ramazan and Kurban Bayramı); the
administrative-leave days an administrator adds are passed in.  Odoo's own
resource calendars know neither the lunar holidays nor the half days, and
the legal rules (a time limit in days ending on a holiday moves to the next
working day; a stopped clock) are not theirs: hence this module, used by
citizen requests, correspondence and instructions alike.
"""

from datetime import timedelta

import holidays

WORKING_DAYS = "working"
CALENDAR_DAYS = "calendar"


class TurkishCalendar:
    """Working days of a Turkish public body.

    :param closed_days: extra days without work (administrative leave).
    :param half_day_counts: whether a half day (arife, 28 Ekim) counts as a
        working day (the default: the office works its morning).
    """

    def __init__(self, closed_days=(), half_day_counts=True):
        self.closed_days = set(closed_days)
        self.half_day_counts = half_day_counts
        self._years = {}
        # Deadlines already counted: the calendar lives in the registry's
        # cache, and many requests share a received date and a type.
        self._deadlines = {}

    def _year(self, year):
        if year not in self._years:
            full = holidays.country_holidays("TR", years=year, categories=("public",))
            half = holidays.country_holidays("TR", years=year, categories=("half_day",))
            self._years[year] = (set(full), set(half) - set(full))
        return self._years[year]

    def is_half_day(self, day):
        return day in self._year(day.year)[1]

    def is_working_day(self, day):
        if day.weekday() >= 5 or day in self.closed_days:
            return False
        full, half = self._year(day.year)
        if day in full:
            return False
        return self.half_day_counts or day not in half

    def next_working_day(self, day):
        """``day`` itself when it is a working day, else the next one."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day):
        """``day`` itself when it is a working day, else the one before (a
        preparation due before an event)."""
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def religious_holiday(self, year, name):
        """First day of a religious holiday in ``year``: ``"ramazan"`` or
        ``"kurban"`` (Diyanet's dates, from the ``holidays`` package)."""
        english = {"ramazan": "Eid al-Fitr", "kurban": "Eid al-Adha"}[name]
        days = holidays.country_holidays(
            "TR", years=year, categories=("public",), language="en_US"
        )
        return min(day for day, label in days.items() if label == english)

    def deadline(self, received, amount, unit=WORKING_DAYS, stops=()):
        """The last day of a time limit of ``amount`` days from ``received``.

        The count starts the day after ``received``.  In working days, only
        working days count; in calendar days, every day counts and a limit
        ending on a non-working day ends on the next working day.  Days
        inside a stop interval ``(first, last)`` (both included; ``last``
        may be ``None`` for a clock still stopped) do not count.
        """
        if amount <= 0:
            raise ValueError("A time limit counts at least one day.")
        key = (received, amount, unit, tuple(stops))
        if key not in self._deadlines:
            self._deadlines[key] = self._count(received, amount, unit, stops)
        return self._deadlines[key]

    def _count(self, received, amount, unit, stops):
        def stopped(day):
            return any(
                first <= day and (last is None or day <= last) for first, last in stops
            )

        day, counted = received, 0
        while counted < amount:
            day += timedelta(days=1)
            if stopped(day):
                if any(last is None and first <= day for first, last in stops):
                    return None  # the clock is stopped: no deadline yet
                continue
            if unit == CALENDAR_DAYS or self.is_working_day(day):
                counted += 1
        if unit == CALENDAR_DAYS:
            day = self.next_working_day(day)
        return day

    def working_days_between(self, first, last):
        """Working days in ``(first, last]``."""
        count, day = 0, first
        while day < last:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count
