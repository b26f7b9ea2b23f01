# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""ADM-3, ADM-4 (issue 9): the yearly activity report and the performance
measures equal what the test itself created in the year, and nothing of
the year before."""

from freezegun import freeze_time

from odoo.tests import TransactionCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

YEAR = 2031
CITIZENS = "Citizens' Requests"
PRESS = "Press and Public Relations"


@tagged("post_install", "-at_install")
class TestActivityReport(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.director = new_test_user(
            cls.env, login="rep_director", groups="ozel_kalem.group_director"
        )
        cls.partner = cls.env["res.partner"].create({"name": "Rapor Vatandaş"})
        cls.department = cls.env["hr.department"].create({"name": "Rapor Fen"})

    def _figures(self):
        wizard = (
            self.env["ozel_kalem.activity.report"]
            .with_user(self.director)
            .create({"year": YEAR})
        )
        return {
            (section["title"], label): value
            for section in wizard._sections()
            for label, value in section["rows"]
        }

    def _citizen_request(self, received, answered=None):
        request = self.env["ozel_kalem.citizen.request"].create(
            {
                "name": "Rapor başvurusu",
                "partner_id": self.partner.id,
                "request_type": "complaint",
                "date_received": received,
                "department_id": self.department.id,
                "answer": "<p>Cevap</p>",
            }
        )
        if answered:
            request.action_route()
            with freeze_time(answered):
                request.action_answer()
        return request

    def test_figures_equal_the_records_of_the_year(self):
        Visit = self.env["ozel_kalem.visit"]
        for arrival in (
            "2031-02-01 09:00",
            "2031-06-01 09:00",
            "2031-12-31 12:00",
            "2030-12-31 12:00",
        ):
            Visit.create(
                {"visitor_name": "Ziyaretçi", "purpose": "Görüşme", "arrival": arrival}
            )
        # Citizens: four received in the year (one in the year before); two
        # answered in the year, one on time, one 45 days late.
        self._citizen_request("2031-01-10", "2031-01-20")
        self._citizen_request("2031-02-01", "2031-04-15")
        self._citizen_request("2031-03-01")
        self._citizen_request("2031-11-01")
        self._citizen_request("2030-11-01")
        # Protocol: two ceremonies held in the year, one cancelled.
        Event = self.env["ozel_kalem.protocol.event"]
        for begin, state in (
            ("2031-04-23 07:00:00", "done"),
            ("2031-10-29 07:00:00", "done"),
            ("2031-05-19 07:00:00", "cancelled"),
        ):
            event = Event.create(
                {
                    "name": "Tören",
                    "date_begin": begin,
                    "date_end": begin.replace("07:00", "09:00"),
                    "mayor_attends": False,
                }
            )
            if state == "done":
                event.action_confirm()
                event.action_done()
            else:
                event.cancel_reason = "Yağmur"
                event.action_cancel()
        Courtesy = self.env["ozel_kalem.courtesy"]
        Courtesy.create(
            [
                {
                    "courtesy_type": "flowers",
                    "direction": "received",
                    "partner_id": self.partner.id,
                    "occasion": "Açılış",
                    "date": "2031-05-02",
                },
                {
                    "courtesy_type": "message",
                    "direction": "received",
                    "partner_id": self.partner.id,
                    "occasion": "Bayram",
                    "date": "2031-06-02",
                },
            ]
        )
        # Press: two releases published in the year with 3 positive and 1
        # negative items.
        Release = self.env["ozel_kalem.press.release"]
        outlet = self.env["ozel_kalem.media.outlet"].create({"name": "Rapor Gazetesi"})
        releases = Release.create(
            [{"name": f"Bülten {n}", "body": "<p>Metin</p>"} for n in range(2)]
        )
        releases.write({"state": "published", "date_published": "2031-03-03 09:00:00"})
        self.env["ozel_kalem.media.item"].create(
            [
                {
                    "name": f"Haber {n}",
                    "outlet_id": outlet.id,
                    "date": "2031-03-04",
                    "tone": tone,
                    "release_id": releases[n % 2].id,
                }
                for n, tone in enumerate(
                    ("positive", "positive", "positive", "negative")
                )
            ]
        )

        figures = self._figures()
        self.assertEqual(figures["The Mayor's Agenda", "Visitors"], 3)
        self.assertEqual(figures[CITIZENS, "Requests received"], 4)
        self.assertEqual(figures[CITIZENS, "Requests answered"], 2)
        self.assertEqual(figures[CITIZENS, "Answered on time (%)"], 50.0)
        self.assertEqual(figures[CITIZENS, "Average days to answer"], (10 + 73) / 2)
        self.assertEqual(figures["Protocol", "Ceremonies and events held"], 2)
        self.assertEqual(figures["Protocol", "Courtesies received"], 2)
        self.assertEqual(figures[PRESS, "Press releases published"], 2)
        self.assertEqual(figures[PRESS, "News items archived"], 4)
        self.assertEqual(figures[PRESS, "Positive (%)"], 75.0)
        self.assertEqual(figures[PRESS, "Negative (%)"], 25.0)

        Target = self.env["ozel_kalem.performance.target"].with_user(self.director)
        on_time = Target.create(
            {"year": YEAR, "indicator": "citizen_on_time", "target": 60}
        )
        days = Target.create({"year": YEAR, "indicator": "citizen_days", "target": 45})
        coverage = Target.create(
            {"year": YEAR, "indicator": "release_coverage", "target": 2}
        )
        self.assertEqual((on_time.measured, on_time.achieved), (50.0, False))
        self.assertEqual((days.measured, days.achieved), (41.5, True))
        self.assertEqual((coverage.measured, coverage.achieved), (2.0, True))
