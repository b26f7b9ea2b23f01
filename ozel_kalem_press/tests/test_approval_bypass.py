# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Each way around the approval of a press release or a publication, tried
as the role that would abuse it (issue 23)."""

from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from .test_press import PressCase


@tagged("post_install", "-at_install")
class TestPressBypass(PressCase):
    def test_state_written_directly_refused(self):
        """A press user approves and publishes their own release by writing
        its state: refused."""
        release = self._release()
        for state in ("to_approve", "approved", "published"):
            with self.assertRaisesRegex(UserError, "actions only"):
                release.with_user(self.press).write({"state": state})
        release.with_user(self.press).action_submit()
        with self.assertRaisesRegex(UserError, "actions only"):
            release.with_user(self.press).write(
                {"state": "approved", "approved_by_id": self.press.id}
            )
        self.assertEqual(release.state, "to_approve")
        self.assertFalse(release.approved_by_id)

    def test_bystander_cannot_approve_or_return(self):
        """A press user or a clerk neither approves nor sends back a release
        that waits for the director."""
        release = self._release()
        release.with_user(self.press).action_submit()
        for user in (self.press, self.press_manager, self.clerk):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                release.with_user(user).action_approve()
            with self.subTest(user=user.login), self.assertRaises(UserError):
                release.with_user(user).action_return()
        self.assertEqual(release.state, "to_approve")
        release.with_user(self.director).action_return()
        self.assertEqual(release.state, "draft")

    def test_director_does_not_approve_own_release(self):
        """A director who is also the release's author does not approve it."""
        author = new_test_user(
            self.env,
            login="prs_director_author",
            groups="ozel_kalem.group_director,ozel_kalem_press.group_press_user",
        )
        release = self._release(user_id=author.id)
        release.with_user(self.press).action_submit()
        with self.assertRaisesRegex(UserError, "their own work"):
            release.with_user(author).action_approve()
        release.with_user(self.director).action_approve()
        self.assertEqual(release.approved_by_id, self.director)

    def test_approved_text_is_published_text(self):
        """After approval the text, title and media lists stay as approved."""
        release = self._release()
        release.with_user(self.press).action_submit()
        # Under review, OCA's tier validation refuses it first.
        with self.assertRaisesRegex(UserError, "went past its draft|under valid"):
            release.with_user(self.press).write({"body": "<p>Başka bir metin</p>"})
        release.with_user(self.director).action_approve()
        for values in ({"body": "<p>Değişti</p>"}, {"name": "Başka başlık"}):
            with self.assertRaisesRegex(UserError, "went past its draft"):
                release.with_user(self.press).write(values)
        self.assertIn("12 dönüm", release.body)

    def test_publication_approved_by_another(self):
        """The press manager does not approve a publication they planned."""
        post = (
            self.env["ozel_kalem.publication"]
            .with_user(self.press_manager)
            .create(
                {
                    "name": "Konser duyurusu",
                    "channel": "instagram",
                    "date_planned": "2031-05-01 09:00:00",
                    "text": "Konser Cumartesi!",
                }
            )
        )
        with self.assertRaisesRegex(UserError, "actions only"):
            post.with_user(self.press).write({"state": "approved"})
        post.action_submit()
        with self.assertRaisesRegex(UserError, "their own work"):
            post.with_user(self.press_manager).action_approve()
        self.assertEqual(post.state, "to_approve")


@tagged("post_install", "-at_install")
class TestPressBypassRpc(HttpCase):
    """The tricks over JSON-RPC, as the web client would send them: a press
    user approves their own release by writing its state, or by calling the
    approval."""

    def _call(self, method, ids, *args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "ozel_kalem.press.release",
                "method": method,
                "args": [ids, *args],
                "kwargs": {},
            },
        )

    def test_over_json_rpc_refused(self):
        press = new_test_user(
            self.env,
            login="rpc_press",
            password="rpc_press_pw",
            groups="ozel_kalem_press.group_press_user",
        )
        release = (
            self.env["ozel_kalem.press.release"]
            .with_user(press)
            .create({"name": "RPC bülteni", "body": "<p>Metin</p>"})
        )
        release.with_user(press).action_submit()
        self.authenticate("rpc_press", "rpc_press_pw")
        for method, args in (
            ("write", ({"state": "approved"},)),
            ("action_approve", ()),
            ("action_return", ()),
        ):
            with self.subTest(method=method), self.assertRaises(JsonRpcException):
                self._call(method, [release.id], *args)
        release.invalidate_recordset(["state", "approved_by_id"])
        self.assertEqual(release.state, "to_approve")
        self.assertFalse(release.approved_by_id)
