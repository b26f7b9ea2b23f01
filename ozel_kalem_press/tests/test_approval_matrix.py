# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The press unit's approvals (a press release, a publication, a design
proof) against the roles that would abuse them: the checks of ozel_kalem's
approval matrix on this addon's table."""

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.ozel_kalem.tests.test_approval_matrix import (
    ApprovalMatrixChecks,
    ApprovalRpcChecks,
    Case,
)

from .test_press import PressCase


class PressCases:
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.press2 = new_test_user(
            cls.env, login="prs_mx_press2", groups="ozel_kalem_press.group_press_user"
        )

    def _cases(self):
        return (
            Case(
                "release",
                self._submitted_release,
                self.press,
                (self.press_manager, self.clerk, self.mayor),
                ((self.director, "ozel_kalem_press.mail_act_release_approval"),),
                "action_approve",
                "action_return",
                "approved",
            ),
            Case(
                "publication",
                self._publication,
                self.press,
                (self.press2, self.director, self.clerk),
                (
                    (
                        self.press_manager,
                        "ozel_kalem_press.mail_act_publication_approval",
                    ),
                ),
                "action_approve",
                "action_return",
                "approved",
            ),
            # The designer is the author of a proof, its requester reviews it.
            Case(
                "design",
                self._proof,
                self.press,
                (self.press_manager, self.other_employee),
                ((self.requester, "ozel_kalem_press.mail_act_design_proof"),),
                "action_approve_proof",
                "action_request_changes",
                "approved",
            ),
        )

    def _submitted_release(self):
        release = self._release()
        release.action_submit()
        return release

    def _publication(self):
        post = (
            self.env["ozel_kalem.publication"]
            .with_user(self.press)
            .create(
                {
                    "name": "Kitap fuarı duyurusu",
                    "channel": "website",
                    "date_planned": "2031-10-01 07:00:00",
                    "text": "Kitap fuarı 10 Ekim'de Kültür Merkezinde.",
                }
            )
        )
        post.action_submit()
        return post

    def _proof(self):
        request = (
            self.env["ozel_kalem.design.request"]
            .with_user(self.requester)
            .create(
                {
                    "name": "Kitap fuarı broşürü",
                    "kind": "brochure",
                    "brief": "<p>A5, iki kırım</p>",
                    "date_deadline": "2031-09-20",
                    "quantity": 1000,
                }
            )
        )
        request.with_user(self.press).action_start()
        proof = self.env["ir.attachment"].create(
            {"name": "brosur.pdf", "raw": b"%PDF brosur"}
        )
        self.env["ozel_kalem.design.round"].with_user(self.press).create(
            {"request_id": request.id, "attachment_ids": [(6, 0, proof.ids)]}
        )
        request.with_user(self.press).action_send_proof()
        request.round_ids.sudo().feedback = "Kapak rengi koyulaşsın"
        return request


@tagged("post_install", "-at_install")
class TestApprovalMatrix(PressCases, ApprovalMatrixChecks, PressCase):
    pass


@tagged("post_install", "-at_install")
class TestApprovalMatrixRpc(PressCases, ApprovalRpcChecks, PressCase, HttpCase):
    # A release over JSON-RPC: test_approval_bypass.
    _rpc_covered = ("release",)
