# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestProgrammeDigest(OzelKalemCase):
    """Each morning the mayor and the director get the day's programme, once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # One mayor in the municipality: the fixture's (a demo database has
        # its own, who would otherwise be "the" mayor).
        mayor_group = cls.env.ref("ozel_kalem.group_mayor")
        others = mayor_group.users - cls.mayor - cls.deputy
        others.write({"groups_id": [(3, mayor_group.id)]})
        cls.company.ozel_kalem_mayor_id = cls.mayor
        (cls.mayor | cls.deputy | cls.director).write({"tz": "Europe/Istanbul"})
        cls.mayor.notification_type = "inbox"
        cls.director.notification_type = "email"
        cls.office.manager_id = cls.employee(cls.director)
        Event = cls.env["calendar.event"]

        def event(name, start, stop, user=cls.mayor, **values):
            return Event.create(
                {
                    "name": name,
                    "start": start,
                    "stop": stop,
                    "partner_ids": [(6, 0, user.partner_id.ids)],
                    **values,
                }
            )

        # 5 May 2031 in Istanbul (UTC+3) runs from 4 May 21:00 to 5 May 21:00 UTC.
        event("Muhtarlar toplantısı", datetime(2031, 5, 5, 7), datetime(2031, 5, 5, 8))
        event(
            "Gece yarısı dönüşü", datetime(2031, 5, 4, 20), datetime(2031, 5, 4, 20, 45)
        )
        event(
            "Yarın sabah erken", datetime(2031, 5, 5, 21, 30), datetime(2031, 5, 5, 22)
        )
        event(
            "Tören günü",
            datetime(2031, 5, 5, 8),
            datetime(2031, 5, 5, 18),
            allday=True,
            start_date=date(2031, 5, 5),
            stop_date=date(2031, 5, 5),
        )
        event(
            "Gizli görüşme",
            datetime(2031, 5, 5, 12),
            datetime(2031, 5, 5, 13),
            privacy="private",
        )
        event(
            "Vekilin ziyareti",
            datetime(2031, 5, 5, 9),
            datetime(2031, 5, 5, 10),
            user=cls.deputy,
        )

    def _digest_messages(self, partner):
        return self.env["mail.message"].search(
            [
                ("model", "=", "ozel_kalem.programme.digest"),
                ("partner_ids", "in", partner.ids),
            ]
        )

    @freeze_time("2031-05-05 03:00:00")
    def test_morning_digest_once_with_the_day_only(self):
        Digest = self.env["ozel_kalem.programme.digest"]
        Digest._cron_send()
        Digest._cron_send()
        to_mayor = self._digest_messages(self.mayor.partner_id)
        self.assertEqual(len(to_mayor), 1)
        body = str(to_mayor.body)
        self.assertIn("Muhtarlar toplantısı", body)
        self.assertIn("10:00 – 11:00", body)
        self.assertIn("Tören günü", body)
        self.assertIn("Gizli görüşme", body)
        for other_day in (
            "Gece yarısı dönüşü",
            "Yarın sabah erken",
            "Vekilin ziyareti",
        ):
            self.assertNotIn(other_day, body)
        # The director gets the mayor's programme, without the private name.
        to_director = self._digest_messages(self.director.partner_id)
        self.assertEqual(len(to_director), 1)
        self.assertIn("Muhtarlar toplantısı", str(to_director.body))
        self.assertNotIn("Gizli görüşme", str(to_director.body))
        # The deputy gets their own day.
        to_deputy = self._digest_messages(self.deputy.partner_id)
        self.assertEqual(len(to_deputy), 1)
        self.assertIn("Vekilin ziyareti", str(to_deputy.body))
        self.assertNotIn("Muhtarlar toplantısı", str(to_deputy.body))
        digest = Digest.search([("user_id", "=", self.mayor.id)])
        self.assertEqual(digest.date, date(2031, 5, 5))
        self.assertEqual(digest.event_count, 3)
        # In the app and by e-mail: the mayor reads notifications in the app
        # and gets the e-mail besides; the director gets it by e-mail.
        mails = self.env["mail.mail"].search(
            [("model", "=", Digest._name), ("res_id", "=", digest.id)]
        )
        self.assertEqual(mails.recipient_ids, self.mayor.partner_id)
        self.assertIn("Muhtarlar toplantısı", str(mails.body_html))
        notified = (to_mayor | to_director).notification_ids
        self.assertEqual(
            {(n.res_partner_id, n.notification_type) for n in notified},
            {
                (self.mayor.partner_id, "inbox"),
                (self.director.partner_id, "email"),
            },
        )

    @freeze_time("2031-05-05 03:00:00")
    def test_next_day_sends_again(self):
        Digest = self.env["ozel_kalem.programme.digest"]
        Digest._cron_send()
        with freeze_time("2031-05-06 03:00:00"):
            Digest._cron_send()
        self.assertEqual(len(self._digest_messages(self.mayor.partner_id)), 2)

    @freeze_time("2031-05-05 03:00:00")
    def test_digests_seen_by_their_people(self):
        Digest = self.env["ozel_kalem.programme.digest"]
        Digest._cron_send()
        mine = Digest.search([("user_id", "=", self.deputy.id)])
        self.assertEqual(
            Digest.with_user(self.deputy).search(
                [("user_id", "in", (self.mayor | self.deputy).ids)]
            ),
            mine,
        )
        self.assertEqual(
            len(
                Digest.with_user(self.director).search(
                    [("user_id", "in", (self.mayor | self.deputy).ids)]
                )
            ),
            2,
        )
        for user in (self.clerk_a, self.chief_a, self.outsider):
            with self.assertRaises(AccessError):
                Digest.with_user(user).search([])
