# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from cryptography.x509.oid import NameOID

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.ozel_kalem.tools import eyp_cms

from .common import OzelKalemCase


@tagged("post_install", "-at_install")
class TestEypSigner(OzelKalemCase):
    """The administrator chooses how the municipality's e-Yazışma packages
    are signed; every signature goes through one interface."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.system = new_test_user(
            cls.env,
            login="eyp_system",
            groups="base.group_system,ozel_kalem.group_admin",
        )
        cls.company.ozel_kalem_eyp_signer = False

    def _subject(self, signature):
        cert = eyp_cms.verify(signature, expected=b"paket ozeti")["certificate"]
        return cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value

    def test_no_signer_refused(self):
        with self.assertRaisesRegex(UserError, "Choose how"):
            self.company._ozel_kalem_eyp_sign(b"paket ozeti")

    def test_test_certificate(self):
        """Made once per company, marked as a test, never a default."""
        self.assertFalse(self.company.ozel_kalem_eyp_signer)
        self.company.with_user(self.system).ozel_kalem_eyp_signer = "test"
        first = self.company._ozel_kalem_eyp_sign(b"paket ozeti")
        self.assertIn("TEST", self._subject(first))
        second = self.company._ozel_kalem_eyp_sign(b"paket ozeti")
        self.assertEqual(
            eyp_cms.verify(first)["certificate"].serial_number,
            eyp_cms.verify(second)["certificate"].serial_number,
        )
        with self.assertRaises(eyp_cms.CmsError):
            eyp_cms.verify(first, expected=b"other bytes")

    def test_eseal_file(self):
        key, cert = eyp_cms.self_signed("Kuzeykent Belediyesi e-Mühür", "Kuzeykent")
        p12 = eyp_cms.to_pkcs12(key, cert, b"gizli-parola")
        company = self.company.with_user(self.system)
        company.write(
            {
                "ozel_kalem_eyp_signer": "pkcs12",
                "ozel_kalem_eyp_pkcs12": base64.b64encode(p12),
                "ozel_kalem_eyp_pkcs12_password": "gizli-parola",
            }
        )
        signature = self.company._ozel_kalem_eyp_sign(b"paket ozeti")
        self.assertEqual(self._subject(signature), "Kuzeykent Belediyesi e-Mühür")
        # The password is never read back, not even by the administrator;
        # the file is the administrators' only.
        self.assertFalse(company.ozel_kalem_eyp_pkcs12_password)
        for field in ("ozel_kalem_eyp_secret", "ozel_kalem_eyp_test_secret"):
            with self.assertRaises(AccessError):
                company.read([field])
        for user in (self.clerk_a, self.director, self.admin):
            with self.assertRaises(AccessError):
                self.company.with_user(user).read(["ozel_kalem_eyp_pkcs12"])
        self.assertNotIn(
            "ozel_kalem_eyp_secret", company.check_field_access_rights("read", None)
        )
        company.ozel_kalem_eyp_pkcs12_password = "yanlis"
        with self.assertRaisesRegex(UserError, "cannot be opened"):
            self.company._ozel_kalem_eyp_sign(b"paket ozeti")

    def test_signed_outside(self):
        self.company.with_user(self.system).ozel_kalem_eyp_signer = "external"
        with self.assertRaisesRegex(UserError, "signed outside Odoo"):
            self.company._ozel_kalem_eyp_sign(b"paket ozeti")
