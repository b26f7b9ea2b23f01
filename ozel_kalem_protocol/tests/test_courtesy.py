# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import ProtocolCase


@tagged("post_install", "-at_install")
class TestCourtesy(ProtocolCase):
    """The protocol staff send courtesies in the mayor's name and thank
    those received."""

    def test_wreath_ordered_and_delivered(self):
        Courtesy = self.env["ozel_kalem.courtesy"].with_user(self.protocol)
        wreath = Courtesy.create(
            {
                "courtesy_type": "wreath",
                "partner_id": self.positions[0].holder_partner_id.id,
                "occasion": "Atatürk'ü Anma Töreni",
                "card_text": "Kuzeykent Belediye Başkanı",
                "amount": 2500,
            }
        )
        with self.assertRaises(UserError) as caught:
            wreath.action_order()
        self.assertIn("supplier", str(caught.exception))
        self.assertEqual(wreath.state, "draft")
        wreath.supplier_id = self.env["res.partner"].create({"name": "Lale Çiçekçilik"})
        wreath.action_order()
        wreath.action_deliver()
        self.assertEqual(wreath.state, "delivered")
        with self.assertRaises(UserError):
            wreath.unlink()
        # The finance reviewer reads it (for the expense), changes nothing.
        wreath.with_user(self.reviewer).read(["amount"])
        with self.assertRaises(AccessError):
            wreath.with_user(self.reviewer).write({"amount": 1})
        with self.assertRaises(AccessError):
            Courtesy.with_user(self.clerk).create(
                {"partner_id": wreath.partner_id.id, "occasion": "X"}
            )
        with self.assertRaises(AccessError):
            wreath.with_user(self.outsider).read(["amount"])

    def test_received_thanked_in_batch(self):
        Partner = self.env["res.partner"]
        senders = Partner.create(
            [
                {"name": "Kuzeykent Ticaret Odası", "email": "oda@example.com"},
                {"name": "Sevgi Derneği"},
            ]
        )
        received = (
            self.env["ozel_kalem.courtesy"]
            .with_user(self.protocol)
            .create(
                [
                    {
                        "courtesy_type": "flowers",
                        "direction": "received",
                        "partner_id": sender.id,
                        "occasion": "Kütüphane açılışı",
                    }
                    for sender in senders
                ]
            )
        )
        self.assertEqual(set(received.mapped("state")), {"received"})
        with self.assertRaises(UserError):
            received.action_order()
        received.action_thank()
        self.assertEqual(set(received.mapped("state")), {"thanked"})
        mailed = received[0].message_ids.filtered(lambda m: senders[0] in m.partner_ids)
        self.assertEqual(len(mailed), 1)
        letter = mailed.attachment_ids
        self.assertEqual(len(letter), 1)
        text = letter.raw.decode()
        self.assertIn("Sayın Kuzeykent Ticaret Odası", text)
        self.assertIn(
            "Kütüphane açılışı vesilesiyle göndermiş olduğunuz çiçeğiniz", text
        )
        self.assertIn("Başkan Deniz Er", text)
        # The one without an e-mail address is printed, not mailed.
        self.assertFalse(
            received[1].message_ids.filtered(lambda m: senders[1] in m.partner_ids)
        )
        with self.assertRaises(UserError):
            received.action_thank()
