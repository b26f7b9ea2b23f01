# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestCitizenRequest(OzelKalemCase):
    """The call-centre clerk records a citizen's request; the department's
    manager answers it within its legal time limit."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.works_manager = new_test_user(
            cls.env, login="cit_works_mgr", groups="base.group_user"
        )
        manager = cls.env["hr.employee"].create(
            {"name": "Fen Müdürü", "user_id": cls.works_manager.id}
        )
        cls.works = cls.env["hr.department"].create(
            {"name": "Fen İşleri", "manager_id": manager.id}
        )
        cls.citizen = cls.env["res.partner"].create({"name": "Ayşe Demir"})

    def _request(self, **values):
        return (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Bilgi edinme başvurusu",
                    "partner_id": self.citizen.id,
                    **values,
                }
            )
        )

    def test_cimer_kinds_and_their_clocks(self):
        """domain.md §3: a CİMER application answers within 30 days, but a
        CİMER *bilgi edinme* one follows 4982: 15 working days, extended
        once to 30 working days before they run out."""
        received = date(2026, 3, 19)
        complaint = self._request(
            request_type="cimer", cimer_kind="sikayet", date_received=received
        )
        information = self._request(
            request_type="cimer", cimer_kind="bilgi_edinme", date_received=received
        )
        plain_4982 = self._request(request_type="information", date_received=received)
        self.assertEqual(complaint.date_deadline, date(2026, 4, 20))
        self.assertEqual(information.date_deadline, plain_4982.date_deadline)
        self.assertEqual(information.date_deadline, date(2026, 4, 10))
        with self.assertRaisesRegex(UserError, "Only a 4982 application"):
            complaint.action_extend()
        with freeze_time("2026-03-25 10:00:00"):
            information.action_extend()
        self.assertTrue(information.deadline_extended)
        self.assertGreater(information.date_deadline, date(2026, 4, 10))
        # Reclassified as CİMER classified it: the clock follows.
        complaint.with_user(self.clerk_a).cimer_kind = "bilgi_edinme"
        self.assertEqual(complaint.date_deadline, date(2026, 4, 10))

    def test_deadlines_by_type(self):
        cases = [
            ("information", date(2026, 3, 19), date(2026, 4, 10)),
            ("petition", date(2026, 4, 28), date(2026, 6, 1)),
            ("cimer", date(2026, 4, 24), date(2026, 5, 25)),
            ("kvkk", date(2025, 10, 1), date(2025, 10, 31)),
            ("complaint", date(2027, 1, 8), date(2027, 2, 8)),
        ]
        for request_type, received, deadline in cases:
            with self.subTest(request_type=request_type):
                request = self._request(
                    request_type=request_type, date_received=received
                )
                self.assertEqual(request.date_deadline, deadline)
                self.assertTrue(request.number.startswith("BSV-"))

    def test_created_with_the_values_of_the_computes(self):
        """A batch recorded at once (as an import does: answered or extended
        requests are not recorded so by a clerk, whose actions set those)
        gets on creation the deadline, department and answer measures that
        the computes give afterwards, stops included; a type that does not
        exist is refused whole."""
        social = self.env["hr.department"].create({"name": "Sosyal Hizmetler"})
        category = self.env["ozel_kalem.citizen.request.category"].create(
            {"name": "Sosyal yardım", "department_id": social.id}
        )
        extended, by_category, chosen, answered, stopped = (
            self.env["ozel_kalem.citizen.request"]
            .sudo()
            .create(
                [
                    {
                        "name": "Bilgi edinme",
                        "partner_id": self.citizen.id,
                        "request_type": "information",
                        "deadline_extended": True,
                        "date_received": "2026-03-19",
                    },
                    {
                        "name": "Kışlık yakacak",
                        "partner_id": self.citizen.id,
                        "request_type": "help",
                        "category_id": category.id,
                        "date_received": date(2026, 4, 24),
                    },
                    {
                        "name": "Kaldırım",
                        "partner_id": self.citizen.id,
                        "category_id": category.id,
                        "department_id": self.works.id,
                        "date_received": date(2026, 4, 24),
                    },
                    {
                        "name": "Çağrı merkezinden aktarılan",
                        "partner_id": self.citizen.id,
                        "date_received": date(2026, 4, 24),
                        "date_answered": date(2026, 5, 4),
                        "satisfaction": "partly",
                    },
                    {
                        "name": "Eksik belge",
                        "partner_id": self.citizen.id,
                        "request_type": "information",
                        "date_received": date(2026, 1, 5),
                        "stop_ids": [(0, 0, {"date_from": date(2026, 1, 12)})],
                    },
                ]
            )
        )
        self.assertEqual(extended.date_deadline, date(2026, 5, 5))
        self.assertEqual(by_category.date_deadline, date(2026, 5, 25))
        self.assertEqual(by_category.department_id, social)
        self.assertEqual(chosen.department_id, self.works)
        self.assertEqual(
            (answered.resolution_days, answered.answered_on_time), (10, 100.0)
        )
        self.assertEqual(answered.satisfaction_score, 50.0)
        self.assertFalse(stopped.date_deadline)
        self.assertEqual(
            (by_category.resolution_days, by_category.satisfaction_score), (0, 0.0)
        )
        requests = extended | by_category | chosen | answered | stopped
        # (A department chosen by hand is kept on creation, as Odoo keeps an
        # editable computed field given; recomputing it would re-route.)
        names = [
            "date_deadline",
            "resolution_days",
            "answered_on_time",
            "satisfaction_score",
        ]
        created = requests.read(names)
        for name in names:
            self.env.add_to_compute(requests._fields[name], requests)
        requests.flush_recordset()
        requests.invalidate_recordset()
        self.assertEqual(requests.read(names), created)
        with self.assertRaises(ValueError):
            self.env["ozel_kalem.citizen.request"].with_user(self.clerk_a).create(
                [
                    {
                        "name": "Tür yok",
                        "partner_id": self.citizen.id,
                        "request_type": "x",
                    }
                ]
            )

    def test_numbering_follows_the_sequences(self):
        """Numbers come from the company's own sequence when the
        administrator adds one, and from the shared one again when it is
        archived (the looked-up sequence is cached, and that cache cleared)."""
        batch = (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .create(
                [
                    {"name": f"Başvuru {i}", "partner_id": self.citizen.id}
                    for i in range(3)
                ]
            )
        )
        numbers = [int(number.rsplit("-", 1)[1]) for number in batch.mapped("number")]
        self.assertEqual(numbers, list(range(numbers[0], numbers[0] + 3)))
        own = self.env["ir.sequence"].create(
            {
                "name": "Başvurular (şirket)",
                "code": "ozel_kalem.citizen.request",
                "prefix": "KZK-",
                "padding": 4,
                "company_id": self.company.id,
            }
        )
        self.assertEqual(self._request().number, "KZK-0001")
        self.assertEqual(self._request().number, "KZK-0002")
        own.active = False
        self.assertTrue(self._request().number.startswith("BSV-"))

    def test_numbering_of_a_new_year(self):
        """A year without numbers gets its range from Odoo and numbers from
        1; the range found is cached, and deleting it (the administrator)
        starts the year again instead of drawing from a range gone."""
        Request = (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .with_context(ir_sequence_date="2031-03-02")
        )

        def number():
            return Request.create(
                {"name": "Başvuru", "partner_id": self.citizen.id}
            ).number

        self.assertEqual(number(), "BSV-2031-00001")
        self.assertEqual(number(), "BSV-2031-00002")
        year = self.env["ir.sequence.date_range"].search(
            [
                ("sequence_id.code", "=", "ozel_kalem.citizen.request"),
                ("date_from", "<=", "2031-03-02"),
                ("date_to", ">=", "2031-03-02"),
            ]
        )
        self.assertEqual(len(year), 1)
        year.number_next_actual = 50
        self.assertEqual(number(), "BSV-2031-00050")
        year.unlink()
        self.assertEqual(number(), "BSV-2031-00001")

    def test_number_formatted_as_odoo_formats_it(self):
        """Whatever dates the administrator's prefix and suffix name, a
        number drawn by the office (its range in the cache) reads as the
        one Odoo draws from the same sequence."""
        sequence = self.env["ir.sequence"].search(
            [("code", "=", "ozel_kalem.citizen.request")], limit=1
        )
        sequence.write(
            {
                "prefix": "%(range_y)s/%(month)s.%(day)s-%(doy)s-",
                "suffix": "/%(current_year)s-%(woy)s-%(weekday)s-%(h24)s",
            }
        )
        Request = (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .with_context(ir_sequence_date="2031-03-02")
        )
        with freeze_time("2032-01-05 09:30"):
            numbers = [
                Request.create(
                    {"name": "Başvuru", "partner_id": self.citizen.id}
                ).number
                for __ in range(2)
            ]
            numbers.append(sequence.with_context(ir_sequence_date="2031-03-02")._next())
        self.assertEqual(
            numbers,
            [f"31/03.02-061-{n:05d}/2032-08-0-00" for n in (1, 2, 3)],
        )
        sequence.prefix = "%(yil)s-"
        with self.assertRaises(KeyError):
            Request.create({"name": "Başvuru", "partner_id": self.citizen.id})

    def test_leave_day_moves_open_deadlines(self):
        """An administrative leave day added (or removed) by the
        administrator moves the deadlines of the open requests it falls in,
        not those of answered requests nor of requests due before it."""
        open_request = self._request(
            request_type="information", date_received=date(2025, 12, 31)
        )
        answered = self._request(
            request_type="information", date_received=date(2025, 12, 31)
        )
        answered.sudo().state = "answered"
        earlier = self._request(
            request_type="information", date_received=date(2025, 11, 3)
        )
        self.assertEqual(open_request.date_deadline, date(2026, 1, 22))
        self.assertEqual(earlier.date_deadline, date(2025, 11, 24))
        day = (
            self.env["ozel_kalem.leave.day"]
            .with_user(self.admin)
            .create({"date": "2026-01-02", "name": "İdari izin"})
        )
        self.assertEqual(open_request.date_deadline, date(2026, 1, 23))
        self.assertEqual(answered.date_deadline, date(2026, 1, 22))
        self.assertEqual(earlier.date_deadline, date(2025, 11, 24))
        day.write({"date": "2026-01-05"})
        self.assertEqual(open_request.date_deadline, date(2026, 1, 23))
        day.write({"date": "2026-02-02"})
        self.assertEqual(open_request.date_deadline, date(2026, 1, 22))
        day.write({"date": "2026-01-02"})
        day.unlink()
        self.assertEqual(open_request.date_deadline, date(2026, 1, 22))

    def test_4982_extension(self):
        request = self._request(
            request_type="information", date_received=date(2026, 3, 19)
        )
        with freeze_time("2026-04-01"):
            request.department_id = self.works
            request.action_route()
            request.action_extend()
        self.assertTrue(request.deadline_extended)
        self.assertEqual(request.date_deadline, date(2026, 5, 5))
        with self.assertRaisesRegex(UserError, "once"):
            request.action_extend()
        self.assertIn(self.citizen, request.message_ids.partner_ids)

    def test_4982_fee_notice_cycle(self):
        """domain.md §3, 4982: a fee notice stops the clock; the applicant
        has 15 working days to pay, else the application is deemed
        withdrawn; paid, the clock runs again."""
        paid, unpaid = (
            self._request(
                request_type="information",
                date_received=date(2026, 1, 5),
                department_id=self.works.id,
            )
            for __ in range(2)
        )
        complaint = self._request(
            request_type="complaint",
            date_received=date(2026, 1, 5),
            department_id=self.works.id,
            fee_amount=50,
        )
        (paid | unpaid | complaint).action_route()
        as_manager = (paid | unpaid | complaint).with_user(self.works_manager)
        with freeze_time("2026-01-12 10:00:00"):
            with self.assertRaisesRegex(UserError, "Write the fee"):
                as_manager[0].action_fee_notice()
            with self.assertRaisesRegex(UserError, "4982 application only"):
                as_manager[2].action_fee_notice()
            (paid | unpaid).write({"fee_amount": 120.5})
            as_manager[:2].action_fee_notice()
        # 12 January + 15 working days: Monday 2 February.
        self.assertEqual(paid.fee_due_date, date(2026, 2, 2))
        self.assertEqual((paid.state, paid.date_deadline), ("waiting", False))
        self.assertIn("120.50 TL", paid.message_ids[0].body)
        self.assertIn(self.citizen, paid.message_ids[0].partner_ids)
        with self.assertRaisesRegex(UserError, "not paid yet"):
            as_manager[0].action_resume()
        with self.assertRaisesRegex(UserError, "actions only"):
            as_manager[1].write({"fee_paid_date": "2026-01-20"})
        with freeze_time("2026-01-19 10:00:00"):
            as_manager[0].action_fee_paid()
        self.assertEqual(paid.state, "in_progress")
        self.assertEqual(paid.fee_paid_date, date(2026, 1, 19))
        # The working days the clock stood (12 to 19 January, both counted
        # as the stopped clock counts them) are added to 26 January.
        self.assertEqual(paid.date_deadline, date(2026, 2, 3))
        Request = self.env["ozel_kalem.citizen.request"]
        with freeze_time("2026-02-02 10:00:00"):
            self.assertFalse(Request._withdraw_unpaid_fees())
        with freeze_time("2026-02-03 10:00:00"):
            self.assertEqual(Request._withdraw_unpaid_fees(), unpaid)
        self.assertEqual(unpaid.state, "cancelled")
        self.assertIn("02.02.2026", unpaid.cancel_reason)
        self.assertEqual(paid.state, "in_progress")

    def test_stopped_clock_and_overdue(self):
        request = self._request(
            request_type="information",
            date_received=date(2026, 1, 5),
            department_id=self.works.id,
        )
        self.assertEqual(request.date_deadline, date(2026, 1, 26))
        request.action_route()
        self.assertEqual(request.user_id, self.works_manager)
        as_manager = request.with_user(self.works_manager)
        with freeze_time("2026-01-12"):
            as_manager.action_wait()
        self.assertFalse(request.date_deadline)
        with freeze_time("2026-01-17"):
            as_manager.action_resume()
        self.assertEqual(request.date_deadline, date(2026, 2, 2))
        Request = self.env["ozel_kalem.citizen.request"]
        with freeze_time("2026-02-03"):
            self.assertTrue(request.is_overdue)
            self.assertIn(request, Request.search([("is_overdue", "=", True)]))
            as_manager.answer = "<p>Bilgiler ektedir.</p>"
            as_manager.action_answer()
            self.assertFalse(request.is_overdue)
            self.assertNotIn(request, Request.search([("is_overdue", "=", True)]))
        # Someone else's request is out of the manager's sight.
        other = self._request(name="Başka")
        with self.assertRaises(AccessError):
            other.with_user(self.works_manager).read(["name"])
        with self.assertRaises(AccessError):
            request.with_user(self.outsider).read(["name"])

    def test_tckn(self):
        with self.assertRaises(ValidationError) as caught:
            self._request(name="Hatalı TCKN", tckn_masked="12345678901")
        self.assertIn("TC Kimlik", str(caught.exception))
        self.assertFalse(
            self.env["ozel_kalem.citizen.request"].search(
                [("name", "=", "Hatalı TCKN")]
            )
        )
        request = self._request(tckn_masked="10000000146")
        self.assertEqual(request.tckn_masked, "100******46")
        with self.assertRaises(AccessError):
            request.with_user(self.clerk_a).read(["tckn"])
        self.assertEqual(request.with_user(self.director).tckn, "10000000146")
        # Saving the form with the masked number keeps the number.
        request.with_user(self.clerk_a).write({"tckn_masked": "100******46"})
        self.assertEqual(request.sudo().tckn, "10000000146")
        # Written to the field itself (the API, an import): checked too.
        for user in (self.director, self.env.user):
            with self.subTest(user=user.login), self.assertRaises(ValidationError):
                request.with_user(user).write({"tckn": "12345678901"})
            self.assertEqual(request.sudo().tckn, "10000000146")
        with self.assertRaises(ValidationError):
            self.env["ozel_kalem.citizen.request"].with_user(self.director).create(
                {"name": "API", "partner_id": self.citizen.id, "tckn": "11111111111"}
            )

    def test_kept_and_cancelled_with_reason(self):
        request = self._request()
        with self.assertRaises(UserError):
            request.with_user(self.director).unlink()
        with self.assertRaisesRegex(UserError, "Write why"):
            request.action_cancel()
        request.cancel_reason = "Mükerrer"
        request.action_cancel()
        self.assertEqual(request.state, "cancelled")
        routed = self._request(department_id=self.works.id)
        routed.action_route()
        with self.assertRaisesRegex(UserError, "Write the answer"):
            routed.action_answer()


@tagged("post_install", "-at_install")
class TestAnonymisation(OzelKalemCase):
    """KVKK: the personal data of a request closed for longer than its
    retention period is gone after the scheduled action; the statistics
    keep their counts."""

    def _closed_request(self, citizen, closed_on, **values):
        request = self.env["ozel_kalem.citizen.request"].create(
            {
                "name": f"Şikâyet: {citizen.name} evinin önü",
                "partner_id": citizen.id,
                "request_type": "complaint",
                "channel": "web",
                "tckn_masked": "10000000146",
                "description": f"<p>{citizen.name}, 0532 555 12 34</p>",
                **values,
            }
        )
        request.message_post(body=f"{citizen.name} aradı.")
        self.env["ir.attachment"].create(
            {
                "name": "kimlik.pdf",
                "raw": b"%PDF",
                "res_model": request._name,
                "res_id": request.id,
            }
        )
        with freeze_time(closed_on):
            request.write({"answer": f"<p>Sayın {citizen.name}</p>"})
        request.write(
            {
                "state": "answered",
                "satisfaction": "partly",
                "satisfaction_note": f"{citizen.name} geç kaldığınızı söyledi",
            }
        )
        with freeze_time(closed_on):
            request.action_close()
        return request

    def test_anonymise_expired_only(self):
        Partner = self.env["res.partner"]
        citizen = Partner.create(
            {
                "name": "Nurhan Kılıçarslan",
                "email": "nurhan@example.com",
                "phone": "+90 532 555 12 34",
            }
        )
        neighbour = Partner.create({"name": "Selim Karabıyık"})
        expired = self._closed_request(citizen, "2024-01-10")
        recent = self._closed_request(neighbour, "2026-11-01")
        Request = self.env["ozel_kalem.citizen.request"]

        def counts():
            return Request._read_group(
                [("id", "in", (expired | recent).ids)],
                ["request_type", "channel", "state", "satisfaction"],
                ["__count"],
            )

        before = counts()
        with freeze_time("2026-11-23"):
            done = Request._cron_anonymise()
        self.assertEqual(done, expired)
        self.assertEqual(counts(), before)
        self.assertTrue(expired.is_anonymised)
        self.assertEqual(
            expired.partner_id, self.env.ref("ozel_kalem.partner_anonymous_citizen")
        )
        self.assertFalse(expired.sudo().tckn)
        for text in (
            expired.name,
            str(expired.description),
            str(expired.answer),
            str(expired.satisfaction_note),
        ):
            self.assertNotIn("Nurhan", text)
        messages = self.env["mail.message"].search(
            [("model", "=", Request._name), ("res_id", "=", expired.id)]
        )
        self.assertFalse(any("Nurhan" in str(m.body) for m in messages))
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", Request._name), ("res_id", "=", expired.id)]
            )
        )
        self.assertFalse(
            Partner.with_context(active_test=False).search(
                ["|", ("name", "ilike", "Nurhan"), ("email", "=", "nurhan@example.com")]
            )
        )
        # The recent request and its citizen are untouched.
        self.assertFalse(recent.is_anonymised)
        self.assertEqual(recent.partner_id, neighbour)
        self.assertEqual(recent.sudo().tckn, "10000000146")
        # Run again: nothing more to do.
        with freeze_time("2026-11-23"):
            self.assertFalse(Request._cron_anonymise())


@tagged("post_install", "-at_install")
class TestCitizenRequestMail(OzelKalemCase):
    """Requests e-mailed to the alias; the citizen told of the answer."""

    def test_email_intake_and_answer(self):
        raw = (
            "From: Deniz Akgündüz <deniz.akgunduz@example.com>\r\n"
            "To: basvuru@kuzeykent.bel.tr\r\n"
            "Subject: Çöp konteyneri taşması\r\n"
            "Message-ID: <ok-test-1@example.com>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Sokağımızdaki konteyner üç gündür boşaltılmadı.\r\n"
        )
        Request = self.env["ozel_kalem.citizen.request"]
        request_id = self.env["mail.thread"].message_process(Request._name, raw)
        request = Request.browse(request_id)
        self.assertEqual(request.channel, "email")
        self.assertEqual(request.name, "Çöp konteyneri taşması")
        self.assertEqual(request.partner_id.email, "deniz.akgunduz@example.com")
        self.assertIn("konteyner", str(request.description))
        self.assertTrue(request.date_deadline)
        request.department_id = self.env["hr.department"].create({"name": "Temizlik"})
        request.action_route()
        request.answer = "<p>Konteyner boşaltıldı.</p>"
        request.with_user(self.clerk_a).action_answer()
        told = request.message_ids.filtered(
            lambda m: request.partner_id in m.partner_ids
        )
        self.assertTrue(told)
        self.assertIn("Konteyner boşaltıldı", str(told[0].body))
        self.assertEqual(request.resolution_days, 0)
        self.assertEqual(request.answered_on_time, 100.0)
        self.assertEqual(request.answered_by_id, self.clerk_a)
        # The answer letter goes with the e-mail (HTML in test mode).
        letter = told[0].attachment_ids
        self.assertEqual(len(letter), 1)
        self.assertIn(request.number, letter.name)
        content = letter.raw.decode()
        self.assertIn("Sayın Deniz Akgündüz", content)
        self.assertIn("Konteyner boşaltıldı", content)
        self.assertIn("sayılı başvurunuz", content)
        # Staff follow up the satisfaction by phone; reopening clears it.
        request.with_user(self.clerk_a).write({"satisfaction": "partly"})
        self.assertEqual(request.satisfaction_score, 50.0)
        request.with_user(self.clerk_a).action_reopen()
        self.assertFalse(request.satisfaction)


@tagged("post_install", "-at_install")
class TestCitizenRequestEscalation(OzelKalemCase):
    def test_remind_then_escalate_once(self):
        manager_user = new_test_user(
            self.env, login="esc_mgr", groups="base.group_user"
        )
        manager = self.env["hr.employee"].create(
            {"name": "Zabıta Müdürü", "user_id": manager_user.id}
        )
        department = self.env["hr.department"].create(
            {"name": "Zabıta", "manager_id": manager.id}
        )
        request = self.env["ozel_kalem.citizen.request"].create(
            {
                "name": "Gürültü şikâyeti",
                "partner_id": self.env["res.partner"].create({"name": "Vatandaş"}).id,
                "request_type": "complaint",
                "date_received": "2026-04-24",
                "department_id": department.id,
                "priority": "1",
            }
        )
        self.assertEqual(request.date_deadline, date(2026, 5, 25))
        self.office.manager_id = self.employee(self.director)
        request.action_route()
        urgent = request.message_ids.filtered(
            lambda m: "Urgent" in str(m.body) or "Acil" in str(m.body)
        )
        self.assertIn(self.director.partner_id, urgent.partner_ids)
        Request = self.env["ozel_kalem.citizen.request"]

        def told(partner):
            return request.message_ids.filtered(lambda m: partner in m.partner_ids)

        # Friday 22 May: two working days ahead reach Tuesday, so Monday's
        # deadline is reminded (two calendar days would stop on Sunday).
        with freeze_time("2026-05-20"):
            Request._cron_remind()
        self.assertFalse(told(manager_user.partner_id))
        with freeze_time("2026-05-22"):
            Request._cron_remind()
            Request._cron_remind()
        self.assertEqual(len(told(manager_user.partner_id)), 1)
        self.assertEqual(request.reminder_level, 1)
        with freeze_time("2026-05-26"):
            Request._cron_remind()
            Request._cron_remind()
        self.assertEqual(request.reminder_level, 2)
        self.assertEqual(len(told(manager_user.partner_id)), 2)
        self.assertEqual(len(told(self.director.partner_id)), 2)  # urgent + overdue


@tagged("post_install", "-at_install")
class TestCitizenRequestCategory(OzelKalemCase):
    def test_category_routes_and_help_outcome(self):
        social = self.env["hr.department"].create({"name": "Sosyal Hizmetler"})
        category = (
            self.env["ozel_kalem.citizen.request.category"]
            .with_user(self.admin)
            .create({"name": "Sosyal yardım", "department_id": social.id})
        )
        with self.assertRaises(AccessError):
            category.with_user(self.clerk_a).write({"name": "X"})
        request = (
            self.env["ozel_kalem.citizen.request"]
            .with_user(self.clerk_a)
            .create(
                {
                    "name": "Kışlık yakacak",
                    "partner_id": self.env["res.partner"].create({"name": "V"}).id,
                    "request_type": "help",
                    "category_id": category.id,
                }
            )
        )
        self.assertEqual(request.department_id, social)
        request.action_route()
        request.answer = "<p>Kömür yardımı yapıldı.</p>"
        with self.assertRaisesRegex(UserError, "social services"):
            request.action_answer()
        request.help_outcome = "granted"
        request.action_answer()
        self.assertEqual(request.state, "answered")
