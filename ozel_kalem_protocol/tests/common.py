# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

# The offices of a provincial protocol list (2012 ceremonies regulation),
# in order of precedence.
OFFICES = (
    ("Vali", "Ali Rıza Kaya"),
    ("Garnizon Komutanı", "Tuğgeneral Murat Aksoy"),
    ("Milletvekili", "Ayten Yıldız"),
    ("Cumhuriyet Başsavcısı", "Kemal Öner"),
    ("Rektör", "Prof. Dr. Selin Aras"),
    ("Baro Başkanı", "Av. Tarık Demir"),
    ("İl Emniyet Müdürü", "Cengiz Tan"),
)


class ProtocolCase(TransactionCase):
    """A provincial protocol list in force, the mayor as host, the roles."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.mayor = new_test_user(
            cls.env,
            login="prt_mayor",
            groups="ozel_kalem.group_mayor",
            name="Başkan Deniz Er",
        )
        cls.env.company.ozel_kalem_mayor_id = cls.mayor
        cls.protocol = new_test_user(
            cls.env,
            login="prt_user",
            groups="ozel_kalem_protocol.group_protocol_user",
            name="Protokol Memuru",
        )
        cls.protocol_manager = new_test_user(
            cls.env,
            login="prt_manager",
            groups="ozel_kalem_protocol.group_protocol_manager",
        )
        cls.clerk = new_test_user(
            cls.env, login="prt_clerk", groups="ozel_kalem.group_user"
        )
        cls.reviewer = new_test_user(
            cls.env,
            login="prt_finance",
            groups="ozel_kalem_protocol.group_finance_reviewer",
        )
        cls.outsider = new_test_user(cls.env, login="prt_out", groups="base.group_user")
        Partner = cls.env["res.partner"]
        cls.protocol_list = (
            cls.env["ozel_kalem.protocol.list"]
            .with_user(cls.protocol_manager)
            .create(
                {
                    "name": "Test İl Protokol Listesi",
                    "level": "province",
                    "position_ids": [
                        (
                            0,
                            0,
                            {
                                "name": office,
                                "rank": rank,
                                "holder_partner_id": Partner.create({"name": name}).id,
                            },
                        )
                        for rank, (office, name) in enumerate(OFFICES, start=1)
                    ],
                }
            )
        )
        cls.protocol_list.action_put_in_force()
        cls.positions = cls.protocol_list.position_ids.sorted("rank")

    def _event(self, **values):
        return (
            self.env["ozel_kalem.protocol.event"]
            .with_user(self.protocol)
            .create(
                {
                    "name": "Cumhuriyet Bayramı Resepsiyonu",
                    "event_type": "reception",
                    "date_begin": "2031-10-29 16:00:00",
                    "date_end": "2031-10-29 18:00:00",
                    "location": "Belediye Sarayı",
                    "protocol_list_id": self.protocol_list.id,
                    **values,
                }
            )
        )

    def _invite_all(self, event):
        wizard = (
            self.env["ozel_kalem.protocol.guest.add"]
            .with_user(self.protocol)
            .create({"event_id": event.id})
        )
        wizard.action_add()
        return event.guest_ids
