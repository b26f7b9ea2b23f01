# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class OzelKalemCase(TransactionCase):
    """Fixtures of their own (no demo data): an office with two units and
    one user per role, each with an employee."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.company = cls.env.company
        # The demo municipality signs its e-Yazışma packages with the test
        # certificate; the fixtures choose their signer themselves.
        cls.company.ozel_kalem_eyp_signer = False
        Department = cls.env["hr.department"]
        cls.office = Department.create(
            {"name": "Test Özel Kalem", "is_office_unit": True}
        )
        cls.unit_a = Department.create(
            {
                "name": "Test Sekreterya",
                "parent_id": cls.office.id,
                "is_office_unit": True,
            }
        )
        cls.unit_b = Department.create(
            {
                "name": "Test Protokol",
                "parent_id": cls.office.id,
                "is_office_unit": True,
            }
        )
        cls.job = cls.env["hr.job"].create({"name": "Test Memur"})
        cls.clerk_a = cls._make_user("ok_clerk_a", "ozel_kalem.group_user", cls.unit_a)
        cls.clerk_a2 = cls._make_user(
            "ok_clerk_a2", "ozel_kalem.group_user", cls.unit_a
        )
        cls.clerk_b = cls._make_user("ok_clerk_b", "ozel_kalem.group_user", cls.unit_b)
        cls.chief_a = cls._make_user("ok_chief_a", "ozel_kalem.group_chief", cls.unit_a)
        cls.director = cls._make_user(
            "ok_director", "ozel_kalem.group_director", cls.office
        )
        cls.admin = cls._make_user("ok_admin", "ozel_kalem.group_admin", cls.office)
        cls.mayor = cls._make_user("ok_mayor", "ozel_kalem.group_mayor", None)
        cls.deputy = cls._make_user("ok_deputy", "ozel_kalem.group_mayor", None)
        cls.outsider = cls._make_user("ok_outsider", "base.group_user", None)

    def setUp(self):
        super().setUp()
        # The access ledger writes a record once per request (its cursor):
        # the tests of a class share one cursor.
        self.env.cr.cache.pop("ozel_kalem_access_log", None)

    @classmethod
    def _make_user(cls, login, groups, department):
        user = new_test_user(
            cls.env, login=login, groups=groups, name=login.replace("_", " ").title()
        )
        cls.env["hr.employee"].create(
            {
                "name": user.name,
                "user_id": user.id,
                "department_id": department.id if department else False,
                "job_id": cls.job.id,
            }
        )
        return user

    @classmethod
    def employee(cls, user):
        return user.employee_ids[:1]
