# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Installing the suite leaves core Odoo as it was: employees stay readable
by every internal user, the demo leaves the administrator's language alone,
archiving an employee is refused for the office's custody only, and other
modules' sequences do not flush Odoo's caches."""

import ast

from lxml import etree

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged
from odoo.tools import file_open

from .common import OzelKalemCase

SUITE = ("ozel_kalem", "ozel_kalem_protocol", "ozel_kalem_press")
OFFICE_FIELDS = ("office_asset_ids", "office_asset_count", "handover_ids")


@tagged("post_install", "-at_install")
class TestCoreIntact(OzelKalemCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        category = cls.env.ref("ozel_kalem.asset_category_computers")
        cls.asset = cls.env["ozel_kalem.asset"].create(
            {"name": "Masaüstü", "category_id": category.id}
        )
        cls.holder = cls.employee(cls.clerk_a)
        cls.env["ozel_kalem.asset.assignment"].create(
            {"asset_id": cls.asset.id, "employee_id": cls.holder.id}
        )
        cls.hr_officer = new_test_user(
            cls.env, login="ok_core_hr_officer", groups="hr.group_hr_user"
        )
        cls.auditor = new_test_user(
            cls.env, login="ok_core_auditor", groups="ozel_kalem.group_auditor"
        )
        cls.internal = new_test_user(
            cls.env, login="ok_core_internal", groups="base.group_user"
        )

    # ------------------------------------------------------------------
    # Employees: every field readable, as hr's test_employee_fields_groups
    # ------------------------------------------------------------------
    def test_employee_fields_readable_by_every_internal_user(self):
        """Odoo's own check (hr TestSelfAccessProfile), for an internal user
        without any HR or office right, an HR officer outside the office and
        each office role: reading all fields of every employee (an export,
        an integration) raises no AccessError."""
        users = (
            self.internal,
            self.hr_officer,
            self.auditor,
            self.clerk_a,
            self.chief_a,
            self.director,
            self.admin,
            self.mayor,
        )
        for user in users:
            with self.subTest(user=user.login):
                self.env["hr.employee"].with_user(user).search([]).read([])
                self.env["hr.employee.public"].with_user(user).search([]).read([])

    def test_office_fields_only_for_the_office(self):
        """The custody fields are the office's: its roles read them (through
        hr.employee.public when they have no HR right), other users do not
        get them in a read of all fields."""
        for user in (self.internal, self.hr_officer, self.auditor):
            with self.subTest(user=user.login):
                for model in ("hr.employee", "hr.employee.public"):
                    readable = self.env[model].with_user(user).fields_get([])
                    self.assertFalse(set(OFFICE_FIELDS) & readable.keys())
                with self.assertRaises(AccessError):
                    self.holder.with_user(user).read(["office_asset_ids"])
        for user in (self.clerk_a, self.chief_a, self.director, self.mayor):
            with self.subTest(user=user.login):
                values = self.holder.with_user(user).read(list(OFFICE_FIELDS))[0]
                self.assertEqual(values["office_asset_count"], 1)
                self.assertEqual(values["office_asset_ids"], self.asset.ids)
                public = self.env["hr.employee.public"].browse(self.holder.id)
                self.assertEqual(public.with_user(user).office_asset_ids, self.asset)

    def test_office_staff_form_shows_custody(self):
        """The office's staff form still shows the custody to a unit chief."""
        view = self.env.ref("ozel_kalem.hr_employee_view_form_office")
        arch = (
            self.env["hr.employee"]
            .with_user(self.chief_a)
            .get_view(view.id, "form")["arch"]
        )
        names = set(etree.fromstring(arch).xpath("//field/@name"))
        self.assertTrue(set(OFFICE_FIELDS) <= names)

    # ------------------------------------------------------------------
    # Demo data: the administrator's language
    # ------------------------------------------------------------------
    def test_demo_leaves_admin_language(self):
        """No demo file of the suite sets the administrator's language: core
        tests that log in as admin look for English labels.  (The demo
        database of scripts/run.sh switches it to Turkish after install.)"""
        for module in SUITE:
            with file_open(f"{module}/__manifest__.py") as manifest:
                demo_files = ast.literal_eval(manifest.read()).get("demo", [])
            for path in demo_files:
                with file_open(f"{module}/{path}", "rb") as demo:
                    tree = etree.parse(demo)
                admin_langs = tree.xpath(
                    "//record[@id='base.user_admin']/field[@name='lang']"
                    " | //record[@id='base.partner_admin']/field[@name='lang']"
                )
                with self.subTest(demo=f"{module}/{path}"):
                    self.assertFalse(admin_langs)

    # ------------------------------------------------------------------
    # Archiving: refused for the office's custody only
    # ------------------------------------------------------------------
    def test_archive_with_unrelated_todo(self):
        """A to-do on a contact is not the office's custody: the employee
        is archived."""
        leaver = self.employee(self.clerk_b)
        contact = self.env["res.partner"].create({"name": "Muhtar"})
        self.env["mail.activity"].create(
            {
                "res_model_id": self.env["ir.model"]._get_id("res.partner"),
                "res_id": contact.id,
                "activity_type_id": self.env.ref("mail.mail_activity_data_todo").id,
                "user_id": self.clerk_b.id,
                "summary": "Muhtarı ara",
            }
        )
        leaver.with_user(self.director).action_archive()
        self.assertFalse(leaver.active)

    def test_archive_refused_for_office_custody(self):
        """Property on loan (zimmet) and open tasks on the office's records
        are what a handover hands over: the departure is refused."""
        with self.assertRaises(UserError):
            self.holder.with_user(self.director).action_archive()
        self.assertTrue(self.holder.active)
        leaver = self.employee(self.clerk_b)
        self.env["mail.activity"].create(
            {
                "res_model_id": self.env["ir.model"]._get_id("ozel_kalem.asset"),
                "res_id": self.asset.id,
                "activity_type_id": self.env.ref("mail.mail_activity_data_todo").id,
                "user_id": self.clerk_b.id,
                "summary": "Sayım tutanağını imzala",
            }
        )
        with self.assertRaises(UserError):
            leaver.with_user(self.director).action_archive()
        self.assertTrue(leaver.active)

    # ------------------------------------------------------------------
    # Sequences: only the office's own clear Odoo's cache
    # ------------------------------------------------------------------
    def _sequence_behind_the_cache(self, code):
        """A sequence written in SQL: the ORM's cached lookup does not see
        it until Odoo's default cache is cleared."""
        self.env.cr.execute(
            """INSERT INTO ir_sequence (name, code, implementation, active,
                   padding, number_increment, number_next, use_date_range)
               VALUES (%s, %s, 'no_gap', TRUE, 0, 1, 1, FALSE) RETURNING id""",
            ["Canary", code],
        )
        return self.env.cr.fetchone()[0]

    def test_other_sequences_keep_the_cache(self):
        """Creating, changing and deleting another module's sequence (and
        its yearly ranges) leaves Odoo's default cache (and the other
        workers') alone; the office's own sequences clear it."""
        Sequence = self.env["ir.sequence"]
        company = self.env.company.id
        code = "ozel_kalem.test.canary"
        self.assertFalse(Sequence._ozel_kalem_sequence_id(code, company))
        canary = self._sequence_behind_the_cache(code)
        self.env.registry.cache_invalidated.clear()

        other = Sequence.create(
            {"name": "Other module", "code": "test.core.other", "use_date_range": True}
        )
        other.write({"prefix": "OTH-%(range_year)s-", "code": "test.core.other2"})
        other.with_context(ir_sequence_date="2031-05-01").next_by_id()
        other.date_range_ids.write({"date_to": "2031-06-30"})
        other.date_range_ids.unlink()
        other.active = False
        other.unlink()
        self.assertNotIn("default", self.env.registry.cache_invalidated)
        self.assertFalse(Sequence._ozel_kalem_sequence_id(code, company))

        office = Sequence.create(
            {"name": "Office", "code": "ozel_kalem.test.office", "use_date_range": True}
        )
        self.assertIn("default", self.env.registry.cache_invalidated)
        self.assertEqual(Sequence._ozel_kalem_sequence_id(code, company), canary)

        # Every other change of an office sequence clears it too.
        for change in (
            lambda: office.write({"code": "test.core.not_office"}),
            lambda: office.write({"code": "ozel_kalem.test.office"}),
            lambda: office.with_context(ir_sequence_date="2031-05-01").next_by_id(),
            lambda: office.date_range_ids.write({"date_to": "2031-06-30"}),
            lambda: office.date_range_ids.unlink(),
            lambda: office.unlink(),
        ):
            self.env.registry.cache_invalidated.clear()
            change()
            self.assertIn("default", self.env.registry.cache_invalidated)
