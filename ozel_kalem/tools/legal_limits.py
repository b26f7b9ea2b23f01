# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The legal time limits the office counts, in one table (domain.md §3).

Each entry is ``(days, how they are counted, the law)``: calendar days end
on the next working day when the last one is not (3071, 7201), working days
skip weekends, public holidays and the municipality's leave days
(``working_days.TurkishCalendar``)."""

from .working_days import CALENDAR_DAYS, WORKING_DAYS

LIMITS = {
    # 3071 art. 7: a petition (and any request of a citizen) is answered
    # within 30 days.
    "petition": (30, CALENDAR_DAYS, "3071 md. 7"),
    "request": (30, CALENDAR_DAYS, "3071 md. 7"),
    "complaint": (30, CALENDAR_DAYS, "3071 md. 7"),
    "suggestion": (30, CALENDAR_DAYS, "3071 md. 7"),
    "help": (30, CALENDAR_DAYS, "3071 md. 7"),
    "cimer": (30, CALENDAR_DAYS, "3071 md. 7"),
    # 6698 (KVKK) art. 13: an application of a data subject, 30 days.
    "kvkk": (30, CALENDAR_DAYS, "6698 md. 13"),
    # 4982 art. 11: information within 15 working days, 30 when extended
    # (the applicant told, with the reason).
    "information": (15, WORKING_DAYS, "4982 md. 11"),
    "information_extended": (30, WORKING_DAYS, "4982 md. 11"),
    # 4982 art. 10 and its regulation: a fee notice stops the clock; unpaid
    # within 15 working days, the application is deemed withdrawn.
    "information_fee": (15, WORKING_DAYS, "4982 md. 10"),
}


def limit(kind):
    """``(days, counting)`` of a kind of time limit."""
    days, counting, __ = LIMITS[kind]
    return days, counting
