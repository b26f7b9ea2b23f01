# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The independent EYP 2.x checker (eyp_checker) on packages built by hand
here with zipfile + lxml + a self-signed RSA key, not by the product."""

import base64
import datetime
import hashlib
import io
import zipfile

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from lxml import etree

from odoo.tests import TransactionCase, tagged

from .eyp_checker import ERROR, WARNING, check

BELGE_ID = "3F2504E0-4F89-41D3-9A0C-0305E82C3301"
EK_ID = "9B2D7C61-0C4E-4A55-8F0E-1D2C3B4A5968"
ILGI_ID = "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
R = "http://eyazisma.dpt/iliskiler/"
CORE_REL = (
    "http://schemas.openxmlformats.org/package/2006/relationships/"
    "metadata/core-properties"
)
NS = {
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ustveri": "urn:dpt:eyazisma:schema:xsd:Ustveri-2",
    "tip": "urn:dpt:eyazisma:schema:xsd:Tipler-2",
    "paket": "urn:dpt:eyazisma:schema:xsd:PaketOzeti-2",
    "nihai": "urn:dpt:eyazisma:schema:xsd:NihaiOzet-2",
    "nuv": "urn:dpt:eyazisma:schema:xsd:NihaiUstveri-2",
}
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
PDF = (
    b"%PDF-1.7\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n"
    b'<rdf:Description pdfaid:part="2" pdfaid:conformance="B"/>\n'
    b"endstream\nendobj\n%%EOF\n"
)


def _xml(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _sub(parent, ns, tag, text=None, **attrs):
    el = etree.SubElement(parent, f"{{{NS[ns]}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _kurum(parent, kkk, name):
    kurum = _sub(parent, "tip", "KurumKurulus")
    _sub(kurum, "tip", "KKK", kkk)
    _sub(kurum, "tip", "Adi", name)


def _ustveri():
    root = etree.Element(
        f"{{{NS['ustveri']}}}UstVeri", nsmap={None: NS["ustveri"], "tip": NS["tip"]}
    )
    _sub(root, "tip", "BelgeId", BELGE_ID)
    _sub(root, "tip", "Konu", "Toplantı daveti")
    _sub(root, "tip", "GuvenlikKodu", "YOK")
    _sub(root, "tip", "MimeTuru", "application/pdf")
    _sub(root, "tip", "OzId", "OK-1", schemeID="OZELKALEM")
    dagitim = _sub(_sub(root, "tip", "DagitimListesi"), "tip", "Dagitim")
    _kurum(dagitim, "12345678", "Valilik")
    _sub(dagitim, "tip", "DagitimTuru", "GRG")
    _sub(dagitim, "tip", "Ivedilik", "GNL")
    _sub(dagitim, "tip", "Miat", "P5D")
    ek = _sub(_sub(root, "tip", "Ekler"), "tip", "Ek")
    _sub(ek, "tip", "Id", EK_ID)
    _sub(ek, "tip", "Tur", "DED")
    _sub(ek, "tip", "SiraNo", "1")
    _sub(ek, "tip", "Ad", "Liste")
    _sub(ek, "tip", "DosyaAdi", "Liste.pdf")
    _sub(ek, "tip", "MimeTuru", "application/pdf")
    ilgi = _sub(_sub(root, "tip", "Ilgiler"), "tip", "Ilgi")
    _sub(ilgi, "tip", "Id", ILGI_ID)
    _sub(ilgi, "tip", "Etiket", "a")
    _sub(ilgi, "tip", "EkId", EK_ID)
    _sub(root, "tip", "Dil", "tur")
    _kurum(_sub(root, "tip", "Olusturan"), "87654321", "Belediye")
    _sub(root, "tip", "DosyaAdi", "UstYazi.pdf")
    sdp = _sub(_sub(root, "tip", "SdpBilgisi"), "tip", "AnaSdp")
    _sub(sdp, "tip", "Kod", "010.06.02")
    _sub(sdp, "tip", "Adi", "Toplantılar")
    dogrulama = _sub(root, "tip", "DogrulamaBilgisi")
    _sub(dogrulama, "tip", "DogrulamaAdresi", "https://belediye.example/dogrula")
    return _xml(root)


def _core():
    root = etree.Element(
        f"{{{NS['cp']}}}coreProperties",
        nsmap={"cp": NS["cp"], "dc": NS["dc"], "dcterms": NS["dcterms"]},
    )
    _sub(root, "dc", "identifier", BELGE_ID)
    _sub(root, "dc", "subject", "Toplantı daveti")
    _sub(root, "dc", "creator", "Belediye")
    _sub(root, "cp", "category", "RESMIYAZISMA")
    _sub(root, "cp", "contentType", "application/eyazisma")
    _sub(root, "cp", "version", "2.0")
    _sub(root, "dcterms", "created", "2027-03-02T07:15:00Z")
    return _xml(root)


def _nihai_ustveri():
    root = etree.Element(
        f"{{{NS['nuv']}}}NihaiUstVeri", nsmap={None: NS["nuv"], "tip": NS["tip"]}
    )
    _sub(root, "tip", "Tarih", "2027-03-02T10:15:00+03:00")
    _sub(root, "tip", "BelgeNo", "E-87654321-010.06.02-1234")
    imza = _sub(_sub(root, "tip", "BelgeImzalar"), "tip", "Imza")
    kisi = _sub(_sub(imza, "tip", "Imzalayan"), "tip", "GercekSahis")
    _sub(_sub(kisi, "tip", "Kisi"), "tip", "IlkAdi", "Ayşe")
    _sub(imza, "tip", "Makam", "Belediye Başkanı")
    _sub(imza, "tip", "Tarih", "2027-03-02T10:15:00+03:00")
    return _xml(root)


def _ozet(ns, tag, parts, names):
    root = etree.Element(f"{{{NS[ns]}}}{tag}", {"Id": BELGE_ID}, nsmap={None: NS[ns]})
    for name in names:
        ref = _sub(
            root, ns, "Reference", URI=name, Type="http://eyazisma.dpt/bilesen#dahili"
        )
        for uri, algo in ((SHA256, "sha256"), (SHA512, "sha512")):
            item = _sub(ref, ns, "DigestItem")
            _sub(item, ns, "DigestMethod", Algorithm=uri)
            digest = hashlib.new(algo, parts[name]).digest()
            _sub(item, ns, "DigestValue", base64.b64encode(digest).decode())
    return _xml(root)


def _rels(targets):
    root = etree.Element(f"{{{NS['rel']}}}Relationships", nsmap={None: NS["rel"]})
    for index, (typ, target) in enumerate(targets, 1):
        _sub(root, "rel", "Relationship", Id=f"R{index}", Type=typ, Target=target)
    return _xml(root)


def _content_types(overrides=()):
    root = etree.Element(f"{{{NS['ct']}}}Types", nsmap={None: NS["ct"]})
    for ext, ctype in (
        ("xml", "application/xml"),
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("pdf", "application/pdf"),
        ("psmdcp", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("imz", "application/octet-stream"),
    ):
        _sub(root, "ct", "Default", Extension=ext, ContentType=ctype)
    for name, ctype in overrides:
        _sub(root, "ct", "Override", PartName=name, ContentType=ctype)
    return _xml(root)


class _Signer:
    """A self-signed RSA certificate and an attached CMS SignedData."""

    def __init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EYP test")])
        now = datetime.datetime(2027, 1, 1)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(4242)
            .not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=365))
            .sign(self.key, hashes.SHA256())
        )
        self.cert = asn1_x509.Certificate.load(
            cert.public_bytes(serialization.Encoding.DER)
        )

    def sign(self, content, embedded=None):
        attrs = cms.CMSAttributes(
            [
                cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
                cms.CMSAttribute(
                    {
                        "type": "message_digest",
                        "values": [hashlib.sha256(content).digest()],
                    }
                ),
            ]
        )
        signature = self.key.sign(attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
        sid = cms.IssuerAndSerialNumber(
            {"issuer": self.cert.issuer, "serial_number": self.cert.serial_number}
        )
        signer_info = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier({"issuer_and_serial_number": sid}),
                "digest_algorithm": {"algorithm": "sha256"},
                "signed_attrs": attrs,
                "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"},
                "signature": signature,
            }
        )
        signed_data = cms.SignedData(
            {
                "version": "v1",
                "digest_algorithms": [{"algorithm": "sha256"}],
                "encap_content_info": {
                    "content_type": "data",
                    "content": content if embedded is None else embedded,
                },
                "certificates": [self.cert],
                "signer_infos": [signer_info],
            }
        )
        return cms.ContentInfo(
            {"content_type": "signed_data", "content": signed_data}
        ).dump()


def build_package(signer, imza_over=None, ustveri_name="/Ustveri/Ustveri.xml"):
    """A minimal valid EYP 2.x package; returns (parts dict, zip bytes).
    `imza_over`: bytes the e-imza signs and embeds instead of the Paket Özeti."""
    parts = {
        "/UstYazi/UstYazi.pdf": PDF,
        ustveri_name: _ustveri(),
        "/Ekler/Liste.pdf": PDF.replace(b"1.7", b"1.6"),
        "/package/services/metadata/core-properties/A1B2C3D4E5F6.psmdcp": _core(),
    }
    core_name = next(n for n in parts if n.endswith(".psmdcp"))
    parts["/PaketOzeti/PaketOzeti.xml"] = _ozet(
        "paket",
        "PaketOzeti",
        parts,
        [ustveri_name, "/UstYazi/UstYazi.pdf", "/Ekler/Liste.pdf"],
    )
    paket = parts["/PaketOzeti/PaketOzeti.xml"]
    if imza_over is None:
        parts["/Imzalar/ImzaCades.imz"] = signer.sign(paket)
    else:
        parts["/Imzalar/ImzaCades.imz"] = signer.sign(imza_over)
    parts["/NihaiUstveri/NihaiUstveri.xml"] = _nihai_ustveri()
    parts["/NihaiOzet/NihaiOzet.xml"] = _ozet(
        "nihai",
        "NihaiOzet",
        parts,
        [
            ustveri_name,
            "/UstYazi/UstYazi.pdf",
            "/Ekler/Liste.pdf",
            core_name,
            "/PaketOzeti/PaketOzeti.xml",
            "/Imzalar/ImzaCades.imz",
            "/NihaiUstveri/NihaiUstveri.xml",
        ],
    )
    parts["/Muhur/MuhurCades.imz"] = signer.sign(parts["/NihaiOzet/NihaiOzet.xml"])
    parts["/_rels/.rels"] = _rels(
        [
            (R + "ustyazi", "/UstYazi/UstYazi.pdf"),
            (R + "ustveri", ustveri_name),
            (R + "ek", "/Ekler/Liste.pdf"),
            (CORE_REL, core_name),
            (R + "paketozeti", "/PaketOzeti/PaketOzeti.xml"),
            (R + "nihaiustveri", "/NihaiUstveri/NihaiUstveri.xml"),
            (R + "nihaiozet", "/NihaiOzet/NihaiOzet.xml"),
        ]
    )
    parts["/PaketOzeti/_rels/PaketOzeti.xml.rels"] = _rels(
        [(R + "imzacades", "/Imzalar/ImzaCades.imz")]
    )
    parts["/NihaiOzet/_rels/NihaiOzet.xml.rels"] = _rels(
        [(R + "muhurcades", "/Muhur/MuhurCades.imz")]
    )
    return parts, zip_parts(parts)


def zip_parts(parts, content_types=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types or _content_types())
        for name, raw in parts.items():
            zf.writestr(name.lstrip("/"), raw)
    return buffer.getvalue()


@tagged("post_install", "-at_install")
class TestEypChecker(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.signer = _Signer()
        cls.parts, cls.package = build_package(cls.signer)

    def _codes(self, data, severity=ERROR, filename=None):
        return {code for code, sev, _msg in check(data, filename) if sev == severity}

    def test_valid_package(self):
        result = check(self.package, f"{BELGE_ID}.eyp")
        self.assertEqual(result, [])

    def test_file_name_warning(self):
        self.assertEqual(self._codes(self.package, WARNING, "letter.eyp"), {"K.66"})
        self.assertFalse(self._codes(self.package, ERROR, "letter.eyp"))

    def test_changed_ust_yazi_byte(self):
        parts = dict(self.parts)
        parts["/UstYazi/UstYazi.pdf"] = PDF.replace(b"1.7", b"1.8")
        codes = self._codes(zip_parts(parts))
        self.assertIn("K.33", codes)
        self.assertIn("K.43", codes)
        self.assertFalse(codes & {"CMS-IMZA", "CMS-MUHUR", "ZIP", "K.19"})

    def test_missing_ustveri(self):
        parts = dict(self.parts)
        del parts["/Ustveri/Ustveri.xml"]
        codes = self._codes(zip_parts(parts))
        self.assertIn("K.16", codes)
        self.assertIn("REL", codes)

    def test_ustveri_at_wrong_name(self):
        _parts, package = build_package(self.signer, ustveri_name="/Ustveri/Uv.xml")
        self.assertEqual(self._codes(package), {"K.18"})

    def test_not_a_zip(self):
        self.assertEqual(self._codes(b"%PDF-1.7 not a package"), {"ZIP"})

    def test_cms_over_other_bytes(self):
        _parts, package = build_package(self.signer, imza_over=b"other bytes")
        self.assertEqual(self._codes(package), {"CMS-IMZA"})
        self.assertIn("K.81", self._codes(package, WARNING))

    def test_content_type_missing(self):
        parts = dict(self.parts)
        parts["/Ekler/extra.bin"] = b"x"
        codes = self._codes(zip_parts(parts))
        self.assertIn("CT", codes)
        self.assertIn("K.24", codes)

    def test_tampered_seal_signature(self):
        info = cms.ContentInfo.load(self.parts["/Muhur/MuhurCades.imz"])
        signer_info = info["content"]["signer_infos"][0]
        signature = bytearray(signer_info["signature"].native)
        signature[10] ^= 0xFF
        signer_info["signature"] = bytes(signature)
        parts = dict(self.parts)
        parts["/Muhur/MuhurCades.imz"] = info.dump(force=True)
        # the seal is not digested anywhere: only the seal check fails
        self.assertEqual(self._codes(zip_parts(parts)), {"CMS-MUHUR"})
