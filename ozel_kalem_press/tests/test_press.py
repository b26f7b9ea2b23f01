# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class PressCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.press = new_test_user(
            cls.env, login="prs_user", groups="ozel_kalem_press.group_press_user"
        )
        cls.press_manager = new_test_user(
            cls.env, login="prs_manager", groups="ozel_kalem_press.group_press_manager"
        )
        cls.director = new_test_user(
            cls.env, login="prs_director", groups="ozel_kalem.group_director"
        )
        cls.mayor = new_test_user(
            cls.env, login="prs_mayor", groups="ozel_kalem.group_mayor"
        )
        cls.clerk = new_test_user(
            cls.env, login="prs_clerk", groups="ozel_kalem.group_user"
        )
        cls.requester = new_test_user(
            cls.env, login="prs_parks", groups="base.group_user"
        )
        cls.other_employee = new_test_user(
            cls.env, login="prs_other", groups="base.group_user"
        )
        cls.parks = cls.env["hr.department"].create({"name": "Park ve Bahçeler"})
        cls.env["hr.employee"].create(
            {
                "name": "Park Memuru",
                "user_id": cls.requester.id,
                "department_id": cls.parks.id,
            }
        )
        cls.env["hr.employee"].create(
            {
                "name": "Başka Memur",
                "user_id": cls.other_employee.id,
                "department_id": cls.env["hr.department"].create({"name": "Zabıta"}).id,
            }
        )
        Outlet = cls.env["ozel_kalem.media.outlet"]
        Partner = cls.env["res.partner"]
        cls.local_paper = Outlet.create(
            {
                "name": "Kuzeykent Postası",
                "medium": "newspaper",
                "email": "haber@kuzeykentpostasi.example.com",
                "website": "https://www.kuzeykentpostasi.example.com",
            }
        )
        cls.national_tv = Outlet.create(
            {
                "name": "Ulusal TV",
                "medium": "tv",
                "reach": "national",
                "email": "news@ulusaltv.example.com",
            }
        )
        cls.reporter = cls.env["ozel_kalem.journalist"].create(
            {
                "partner_id": Partner.create(
                    {
                        "name": "Deniz Yazar",
                        "email": "deniz@kuzeykentpostasi.example.com",
                    }
                ).id,
                "outlet_id": cls.local_paper.id,
                "beat": "Belediye",
            }
        )
        cls.tv_reporter = cls.env["ozel_kalem.journalist"].create(
            {
                "partner_id": Partner.create(
                    {"name": "Can Ekran", "email": "can@ulusaltv.example.com"}
                ).id,
                "outlet_id": cls.national_tv.id,
            }
        )
        cls.local_list = cls.env["ozel_kalem.media.list"].create(
            {
                "name": "Yerel basın",
                "outlet_ids": [(6, 0, cls.local_paper.ids)],
                "journalist_ids": [(6, 0, cls.reporter.ids)],
            }
        )

    def _release(self, **values):
        return (
            self.env["ozel_kalem.press.release"]
            .with_user(self.press)
            .create(
                {
                    "name": "Yenimahalle Parkı açıldı",
                    "body": "<p>Park 12 dönüm alanda hizmete girdi.</p>",
                    "media_list_ids": [(6, 0, self.local_list.ids)],
                    **values,
                }
            )
        )


@tagged("post_install", "-at_install")
class TestPress(PressCase):
    def test_release_approved_distributed_and_covered(self):
        release = self._release()
        self.assertTrue(release.number.startswith("BB-"))
        release.action_submit()
        with self.assertRaises(UserError):
            release.with_user(self.press).action_approve()
        release.with_user(self.director).action_approve()
        self.assertEqual(release.state, "approved")
        Mail = self.env["mail.mail"]
        before = Mail.search(
            [("model", "=", release._name), ("res_id", "=", release.id)]
        )
        release.with_user(self.press).action_publish()
        mails = (
            Mail.search([("model", "=", release._name), ("res_id", "=", release.id)])
            - before
        )
        # The local list only: the paper's newsroom and its reporter, not TV.
        self.assertEqual(
            sorted(mails.mapped("email_to")),
            [
                "deniz@kuzeykentpostasi.example.com",
                "haber@kuzeykentpostasi.example.com",
            ],
        )
        self.assertEqual(release.state, "published")
        Item = self.env["ozel_kalem.media.item"].with_user(self.press)
        Item.create(
            [
                {
                    "name": "Yenimahalle'ye yeni park",
                    "outlet_id": self.local_paper.id,
                    "url": "https://kuzeykentpostasi.example.com/haber/park",
                    "tone": "positive",
                    "release_id": release.id,
                },
                {
                    "name": "Parkta çocuklar",
                    "outlet_id": self.national_tv.id,
                    "tone": "neutral",
                    "release_id": release.id,
                },
            ]
        )
        self.assertEqual(release.coverage_count, 2)

    def test_statement_approved_by_the_mayor(self):
        statement = self._release(kind="statement", name="Başkanın bayram mesajı")
        statement.action_submit()
        with self.assertRaises(UserError):
            statement.with_user(self.director).action_approve()
        statement.with_user(self.mayor).action_approve()
        self.assertEqual(statement.state, "approved")

    def test_false_item_and_duplicates(self):
        Item = self.env["ozel_kalem.media.item"].with_user(self.press)
        values = {
            "name": "Belediye otobüsleri satılıyor",
            "outlet_id": self.local_paper.id,
            "url": "https://www.kuzeykentpostasi.example.com/haber/otobus/",
            "tone": "negative",
            "mentions_mayor": True,
        }
        with self.assertRaises(ValidationError):
            Item.create({**values, "is_false": True})
        item = Item.create(
            {**values, "is_false": True, "correction_note": "Tekzip metni gönderildi."}
        )
        item.action_request_correction()
        self.assertEqual(item.correction_state, "requested")
        self.assertTrue(item.date_follow_up)
        item.action_correction_published()
        self.assertEqual(item.correction_state, "published")
        # The same article, written differently: refused, nothing stored.
        count = Item.search_count([])
        with self.assertRaises(ValidationError) as caught:
            Item.create(
                {**values, "url": "http://kuzeykentpostasi.example.com/haber/otobus#x"}
            )
        self.assertIn("already in the archive", str(caught.exception))
        self.assertEqual(Item.search_count([]), count)

    def test_digest_once_a_day(self):
        Item = self.env["ozel_kalem.media.item"]
        with freeze_time("2031-03-10 10:00:00"):
            Item.create(
                [
                    {
                        "name": "Olumlu haber",
                        "outlet_id": self.local_paper.id,
                        "tone": "positive",
                    },
                    {
                        "name": "Yanlış haber",
                        "outlet_id": self.national_tv.id,
                        "tone": "negative",
                        "is_false": True,
                        "correction_note": "Yalanlama yapıldı",
                    },
                ]
            )
        Digest = self.env["ozel_kalem.media.digest"]
        with freeze_time("2031-03-11 03:30:00"):
            digest = Digest._cron_send()
            self.assertFalse(Digest._cron_send())
        self.assertEqual(digest.item_count, 2)
        self.assertIn("Yanlış haber", digest.body)
        self.assertEqual(Digest.search_count([("date", "=", "2031-03-11")]), 1)
        message = digest.message_ids.filtered(
            lambda m: self.director.partner_id in m.partner_ids
        )
        self.assertEqual(len(message), 1)
        self.assertIn(self.press_manager.partner_id, message.partner_ids)
        self.assertNotIn(self.press.partner_id, message.partner_ids)

    def test_outsiders_cannot_edit(self):
        release = self._release()
        item = self.env["ozel_kalem.media.item"].create(
            {"name": "Haber", "outlet_id": self.local_paper.id}
        )
        for user in (self.clerk, self.requester):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    release.with_user(user).write({"name": "Değişti"})
                with self.assertRaises(AccessError):
                    item.with_user(user).write({"tone": "negative"})
                with self.assertRaises(AccessError):
                    self.env["ozel_kalem.media.item"].with_user(user).create(
                        {"name": "Sahte", "outlet_id": self.local_paper.id}
                    )
        # The office reads the archive; other employees do not.
        item.with_user(self.clerk).read(["name"])
        with self.assertRaises(AccessError):
            item.with_user(self.requester).read(["name"])

    def test_design_request_to_delivery(self):
        request = (
            self.env["ozel_kalem.design.request"]
            .with_user(self.requester)
            .create(
                {
                    "name": "Bahar Şenliği afişi",
                    "kind": "poster",
                    "brief": "<p>50x70, 200 adet</p>",
                    "date_deadline": "2031-04-01",
                    "quantity": 200,
                }
            )
        )
        self.assertEqual(request.department_id, self.parks)
        # Another department does not see it.
        with self.assertRaises(AccessError):
            request.with_user(self.other_employee).read(["name"])
        with self.assertRaises(UserError):
            request.with_user(self.requester).action_start()
        request.with_user(self.press).action_start()
        with self.assertRaises(UserError):
            request.with_user(self.press).action_send_proof()
        Round = self.env["ozel_kalem.design.round"].with_user(self.press)
        proof = self.env["ir.attachment"].create(
            {"name": "afis-v1.pdf", "raw": b"%PDF v1"}
        )
        Round.create({"request_id": request.id, "attachment_ids": [(6, 0, proof.ids)]})
        request.with_user(self.press).action_send_proof()
        self.assertEqual(request.state, "proof")
        first = request.round_ids
        with self.assertRaises(UserError):
            request.with_user(self.requester).action_request_changes()
        first.with_user(self.requester).feedback = "Logo büyüsün"
        request.with_user(self.requester).action_request_changes()
        self.assertEqual((request.state, first.state), ("in_design", "changes"))
        proof2 = self.env["ir.attachment"].create(
            {"name": "afis-v2.pdf", "raw": b"%PDF v2"}
        )
        second = Round.create(
            {"request_id": request.id, "attachment_ids": [(6, 0, proof2.ids)]}
        )
        self.assertEqual(second.sequence, 2)
        request.with_user(self.press).action_send_proof()
        request.with_user(self.requester).action_approve_proof()
        self.assertEqual((request.state, second.state), ("approved", "approved"))
        with self.assertRaises(UserError):
            request.with_user(self.press).action_order_print()
        request.supplier_id = self.env["res.partner"].create({"name": "Kuzey Matbaa"})
        request.with_user(self.press).action_order_print()
        request.with_user(self.press).action_deliver()
        self.assertEqual(request.state, "delivered")
        self.assertTrue(request.date_delivered)

    def test_press_conference_on_the_calendar(self):
        self.env.company.ozel_kalem_mayor_id = self.mayor
        conference = (
            self.env["ozel_kalem.press.conference"]
            .with_user(self.press)
            .create(
                {
                    "name": "Bütçe basın toplantısı",
                    "date_begin": "2031-05-05 08:00:00",
                    "date_end": "2031-05-05 09:00:00",
                    "location": "Meclis Salonu",
                    "journalist_ids": [(6, 0, (self.reporter | self.tv_reporter).ids)],
                }
            )
        )
        conference.action_confirm()
        self.assertEqual(
            conference.calendar_event_id.partner_ids, self.mayor.partner_id
        )
        other = conference.copy(
            {
                "name": "Çakışan",
                "date_begin": "2031-05-05 08:30:00",
                "date_end": "2031-05-05 09:30:00",
            }
        )
        with self.assertRaises(UserError):
            other.action_confirm()
        # Held, confirmed or cancelled by its actions only.
        with self.assertRaises(UserError):
            other.with_user(self.press).write({"state": "confirmed"})
        self.assertFalse(other.calendar_event_id)
        conference.attendee_ids = self.reporter
        conference.action_held()
        self.assertEqual(conference.attendance_count, 1)

    def test_publication_calendar_approved_by_the_manager(self):
        post = (
            self.env["ozel_kalem.publication"]
            .with_user(self.press)
            .create(
                {
                    "name": "Bahar Şenliği duyurusu",
                    "channel": "instagram",
                    "date_planned": "2031-04-20 09:00:00",
                    "text": "Bahar Şenliği 1 Mayıs'ta Kent Meydanında!",
                }
            )
        )
        post.with_user(self.press).action_submit()
        self.assertIn(self.press_manager, post.activity_ids.user_id)
        with self.assertRaises(UserError):
            post.with_user(self.press).action_approve()
        post.with_user(self.press_manager).action_approve()
        self.assertFalse(post.activity_ids)
        post.with_user(self.press).action_publish()
        self.assertEqual(post.state, "published")
        with self.assertRaises(AccessError):
            post.with_user(self.clerk).write({"text": "Değişti"})


@tagged("post_install", "-at_install")
class TestPressWebsite(PressCase):
    """With Odoo's blog installed, a published release is a post of the
    press blog (skipped where website_blog is not installed)."""

    def test_release_on_the_website(self):
        if "blog.post" not in self.env:
            self.skipTest("website_blog is not installed")
        release = self._release()
        release.action_submit()
        release.with_user(self.director).action_approve()
        release.with_user(self.press).action_publish()
        post = self.env["blog.post"].search([("name", "=", release.name)])
        self.assertEqual(len(post), 1)
        self.assertTrue(post.is_published)
        self.assertIn("12 dönüm", post.content)
        self.assertEqual(release.website_url, post.website_url)
        unpublished = self._release(name="Sadece basına", on_website=False)
        unpublished.action_submit()
        unpublished.with_user(self.director).action_approve()
        unpublished.with_user(self.press).action_publish()
        self.assertFalse(self.env["blog.post"].search([("name", "=", "Sadece basına")]))
