# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Seating and speaking order by protocol precedence, in pure Python.

Turkish protocol practice (domain.md §4): the host sits in the centre, the
most senior guest at the host's right, the second at the host's left, and so
on alternately outwards; speeches go from the junior to the senior, so that
the most senior speaks last.  No library does this; it is a few lines.

A seat is a signed offset from the host (seat 0): 1, 2, 3... to the host's
right, -1, -2, -3... to the host's left.
"""


def seats(count):
    """The seats of ``count`` guests given in order of precedence (the most
    senior first): ``[1, -1, 2, -2, 3, ...]``."""
    return [(index // 2 + 1) * (1 if index % 2 == 0 else -1) for index in range(count)]


def speaking_order(count):
    """The speaking turn of ``count`` speakers given in order of precedence:
    the most senior speaks last, ``[count, count - 1, ..., 1]``."""
    return list(range(count, 0, -1))


def row(seat_numbers):
    """The seats of one row as the hall sees them, left to right: the host's
    right is the hall's left.  ``seat_numbers`` include the host's 0."""
    return sorted(seat_numbers, reverse=True)
