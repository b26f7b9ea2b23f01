# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The director approves a press release in a real browser."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install", "is_tour")
class TestTours(HttpCase):
    def test_director_approves_a_release(self):
        new_test_user(
            self.env, login="tour_press_director", groups="ozel_kalem.group_director"
        )
        press = new_test_user(
            self.env, login="tour_press", groups="ozel_kalem_press.group_press_user"
        )
        release = (
            self.env["ozel_kalem.press.release"]
            .with_user(press)
            .create({"name": "Tur park açıldı", "body": "<p>Park açıldı.</p>"})
        )
        release.action_submit()
        self.start_tour(
            f"/odoo/action-ozel_kalem_press.ozel_kalem_press_release_action/{release.id}",
            "ozel_kalem_press_release_tour",
            login="tour_press_director",
        )
        self.assertEqual(release.state, "approved")
