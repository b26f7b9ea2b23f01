# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The registry keeps its e-Yazışma packages: a package received (or sent)
is never changed or deleted by a user; the sayı carries the issuing unit's
DETSİS number when the company asks for it (art. 11 of the 2020
regulation)."""

import base64

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from . import test_document, test_eyp_import


@tagged("post_install", "-at_install")
class TestEypKeptPackage(test_eyp_import.EypImportCase):
    def _imported(self):
        __, data = self._package()
        action = self._import(data, "paket.eyp")
        return self.env["ozel_kalem.document"].browse(action["res_id"]), data

    def test_clerk_cannot_delete_or_change_the_package(self):
        """The clerk who registered it (and who may write the document)
        cannot delete the package or its letter, nor rewrite their bytes,
        over the ORM as over RPC; other files of the document stay theirs."""
        document, data = self._imported()
        for attachment in (
            document.eyp_attachment_id,
            document.eyp_letter_attachment_id,
        ):
            as_clerk = attachment.with_user(self.clerk_a)
            with self.assertRaisesRegex(UserError, "kept unchanged"):
                as_clerk.unlink()
            with self.assertRaisesRegex(UserError, "kept unchanged"):
                as_clerk.write({"datas": base64.b64encode(b"forged")})
            with self.assertRaisesRegex(UserError, "kept unchanged"):
                as_clerk.write({"res_id": self.env.user.partner_id.id})
        self.assertEqual(document.eyp_attachment_id.raw, data)
        # An annex (ek) is a file of the document like any other.
        ek = self.env["ir.attachment"].create(
            {
                "name": "not.pdf",
                "raw": b"x",
                "res_model": document._name,
                "res_id": document.id,
            }
        )
        ek.with_user(self.clerk_a).unlink()
        self.assertFalse(ek.exists())

    def test_classified_package_by_id(self):
        """A GİZLİ package's file is read by id by its readers only."""
        __, data = self._package(classification="GZL")
        action = self._import(data, "gizli.eyp")
        document = self.env["ozel_kalem.document"].browse(action["res_id"])
        package = document.eyp_attachment_id
        with self.assertRaises(AccessError):
            package.with_user(self.clerk_b).read(["datas"])
        with self.assertRaises(AccessError):
            package.with_user(self.outsider).read(["name"])
        self.assertEqual(
            base64.b64decode(
                package.with_user(self.clerk_a).read(["datas"])[0]["datas"]
            ),
            data,
        )


@tagged("post_install", "-at_install")
class TestSayiUnitDetsis(test_document.TestOutgoing):
    def test_unit_detsis_in_the_number(self):
        """With the setting on (the default) the sayı carries the office
        unit's DETSİS number when it has one, else the municipality's; with
        it off, the municipality's."""
        self.assertTrue(self.company.ozel_kalem_sayi_unit_detsis)
        letter = self._initialled()
        letter.with_user(self.mayor).action_sign()
        self.assertTrue(letter.registration_number.startswith("E-67915368-"))

        self.company._ozel_kalem_office_unit().ozel_kalem_detsis = "24681357"
        letter = self._initialled()
        letter.with_user(self.mayor).action_sign()
        self.assertTrue(letter.registration_number.startswith("E-24681357-"))

        self.company.ozel_kalem_sayi_unit_detsis = False
        letter = self._initialled()
        letter.with_user(self.mayor).action_sign()
        self.assertTrue(letter.registration_number.startswith("E-67915368-"))
