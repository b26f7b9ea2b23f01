# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestNormKadro(OzelKalemCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.driver = cls.env["hr.job"].create({"name": "Test Şoför", "norm_kadro": 2})

    def _create(self, name, department=None, job=None):
        return (
            self.env["hr.employee"]
            .with_user(self.admin)
            .create(
                {
                    "name": name,
                    "job_id": (job or self.driver).id,
                    "department_id": (department or self.unit_a).id,
                }
            )
        )

    def test_limit_refused_with_turkish_message(self):
        self._create("Şoför 1")
        self._create("Şoför 2")
        self.assertEqual(self.driver.office_staff_count, 2)
        with self.assertRaises(ValidationError) as error:
            self._create("Şoför 3")
        self.assertIn("Test Şoför", str(error.exception))
        self.assertEqual(
            self.env["hr.employee"].search_count([("job_id", "=", self.driver.id)]), 2
        )

    def test_message_in_turkish(self):
        self._create("Şoför 1")
        self._create("Şoför 2")
        with self.assertRaises(ValidationError) as error:
            self.env["hr.employee"].with_user(self.admin).with_context(
                lang="tr_TR"
            ).create(
                {
                    "name": "Şoför 3",
                    "job_id": self.driver.id,
                    "department_id": self.unit_a.id,
                }
            )
        self.assertIn("norm kadro", str(error.exception))

    def test_change_of_title_refused(self):
        self._create("Şoför 1")
        self._create("Şoför 2")
        clerk = self.employee(self.clerk_a)
        with self.assertRaises(ValidationError):
            clerk.with_user(self.director).write({"job_id": self.driver.id})
        self.assertEqual(clerk.job_id, self.job)

    def test_departure_frees_a_place(self):
        first = self._create("Şoför 1")
        self._create("Şoför 2")
        first.with_user(self.director).action_archive()
        self._create("Şoför 3")
        self.assertEqual(self.driver.office_staff_count, 2)

    def test_staff_outside_the_office_not_counted(self):
        other = self.env["hr.department"].create({"name": "Fen İşleri"})
        self._create("Şoför 1")
        self._create("Şoför 2")
        outside = self.env["hr.employee"].create(
            {"name": "Şoför Fen", "job_id": self.driver.id, "department_id": other.id}
        )
        self.assertFalse(outside.is_office_staff)
