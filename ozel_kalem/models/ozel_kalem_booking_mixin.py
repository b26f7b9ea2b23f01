# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class OzelKalemBookingMixin(models.AbstractModel):
    """A record that holds a place on an office calendar (the mayor's, a
    meeting's chair's, a traveller's): booked by its confirming action
    (refused when the host is busy then), moved with it while it is booked
    when its time, place or people change, released when it is cancelled.

    The model keeps its ``calendar_event_id`` and ``state`` fields and says
    what the event is (``_event_values()``), who holds the calendar
    (``_booking_host()``), which of its fields the event shows
    (``_ozel_kalem_booking_fields``) and in which state it is booked
    (``_ozel_kalem_booked_state``, or ``_ozel_kalem_booked()``).  Used by
    appointments, meetings, protocol events, trips, press conferences and
    the invitations among the documents."""

    _name = "ozel_kalem.booking.mixin"
    _description = "Booking on an Office Calendar"

    _ozel_kalem_booking_fields = ()
    _ozel_kalem_booked_state = "confirmed"

    def _event_values(self):
        raise NotImplementedError

    def _booking_host(self):
        raise NotImplementedError

    def _ozel_kalem_booking(self):
        """The calendar event of the record, made now on its host's
        calendar."""
        self.ensure_one()
        host = self._booking_host()
        if not host:
            raise UserError(self.env._("Set the mayor of the municipality first."))
        return self.env["calendar.event"]._ozel_kalem_book(self, host)

    def _ozel_kalem_needs_booking(self):
        """Whether the record goes on its host's calendar when it is
        confirmed (e.g. only when the mayor attends)."""
        return True

    def _ozel_kalem_book_values(self):
        """What the confirming action writes: the booked state and, when the
        record needs it, its event, made now on the host's calendar (refused
        when the host is busy then)."""
        self.ensure_one()
        values = {"state": self._ozel_kalem_booked_state}
        if self._ozel_kalem_needs_booking():
            values["calendar_event_id"] = self._ozel_kalem_booking().id
        return values

    def _ozel_kalem_unbook(self):
        """Release the calendar: the event is archived, not deleted."""
        self.calendar_event_id.sudo().write({"active": False})

    def _ozel_kalem_booked(self):
        """The records of self whose event is on the calendar now."""
        return self.filtered(
            lambda record: (
                record.state == self._ozel_kalem_booked_state
                and record.calendar_event_id
            )
        )

    def write(self, vals):
        result = super().write(vals)
        if set(self._ozel_kalem_booking_fields) & set(vals):
            self.env["calendar.event"]._ozel_kalem_follow(
                self._ozel_kalem_booked(), lambda record: record._booking_host()
            )
        return result
