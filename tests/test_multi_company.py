# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""X-4: two municipalities in one database never see each other's records,
through search, read, export or the external API."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

MODELS = (
    "ozel_kalem.asset",
    "ozel_kalem.circular",
    "ozel_kalem.duty.assignment",
    "ozel_kalem.handover",
    "ozel_kalem.personnel.note",
    "hr.employee",
)


class MunicipalityMixin:
    @classmethod
    def _make_municipality(cls, name, login):
        env = cls.env
        company = env["res.company"].create({"name": name})
        unit = env["hr.department"].create(
            {
                "name": f"{name} Özel Kalem",
                "is_office_unit": True,
                "company_id": company.id,
            }
        )
        director = new_test_user(
            env,
            login=login,
            groups="ozel_kalem.group_director,ozel_kalem.group_mayor",
            company_id=company.id,
            company_ids=[(6, 0, company.ids)],
        )
        employee = env["hr.employee"].create(
            {
                "name": f"{name} Memur",
                "user_id": director.id,
                "department_id": unit.id,
                "company_id": company.id,
            }
        )
        category = env.ref("ozel_kalem.asset_category_furniture")
        records = {
            "hr.employee": employee,
            "ozel_kalem.asset": env["ozel_kalem.asset"].create(
                {
                    "name": f"{name} masa",
                    "category_id": category.id,
                    "company_id": company.id,
                }
            ),
            "ozel_kalem.circular": env["ozel_kalem.circular"].create(
                {"name": f"{name} genelge", "company_id": company.id}
            ),
            "ozel_kalem.duty.assignment": env["ozel_kalem.duty.assignment"].create(
                {
                    "name": f"{name} görev",
                    "employee_id": employee.id,
                    "department_id": unit.id,
                    "company_id": company.id,
                }
            ),
            "ozel_kalem.handover": env["ozel_kalem.handover"].create(
                {"employee_id": employee.id, "company_id": company.id}
            ),
            "ozel_kalem.personnel.note": env["ozel_kalem.personnel.note"].create(
                {
                    "name": f"{name} not",
                    "employee_id": employee.id,
                    "company_id": company.id,
                }
            ),
        }
        return company, director, records

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.north, cls.north_director, cls.north_records = cls._make_municipality(
            "Kuzey Belediyesi", "mc_north"
        )
        cls.south, cls.south_director, cls.south_records = cls._make_municipality(
            "Güney Belediyesi", "mc_south"
        )


@tagged("post_install", "-at_install")
class TestMultiCompany(MunicipalityMixin, TransactionCase):
    def test_search_read_export(self):
        for model in MODELS:
            with self.subTest(model=model):
                Model = self.env[model].with_user(self.north_director)
                own = self.north_records[model]
                other = self.south_records[model]
                found = Model.search([("id", "in", (own | other).ids)])
                self.assertEqual(found, own)
                with self.assertRaises(AccessError):
                    other.with_user(self.north_director).read(["display_name"])
                exported = found.export_data(["id"])["datas"]
                self.assertEqual(len(exported), 1)


@tagged("post_install", "-at_install")
class TestMultiCompanyRpc(MunicipalityMixin, HttpCase):
    def test_external_api(self):
        self.authenticate("mc_north", "mc_north")
        for model in MODELS:
            with self.subTest(model=model):
                other = self.south_records[model]
                own = self.north_records[model]
                found = self.make_jsonrpc_request(
                    "/web/dataset/call_kw",
                    {
                        "model": model,
                        "method": "search_read",
                        "args": [[("id", "in", (own | other).ids)], ["id"]],
                        "kwargs": {},
                    },
                )
                self.assertEqual([row["id"] for row in found], own.ids)
                with self.assertRaises(JsonRpcException) as error:
                    self.make_jsonrpc_request(
                        "/web/dataset/call_kw",
                        {
                            "model": model,
                            "method": "read",
                            "args": [other.ids, ["display_name"]],
                            "kwargs": {},
                        },
                    )
                self.assertIn("AccessError", str(error.exception))
