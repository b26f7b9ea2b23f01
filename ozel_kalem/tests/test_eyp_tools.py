# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import datetime
import io
import uuid
import zipfile

from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from odoo.tests import TransactionCase, tagged

from odoo.addons.ozel_kalem.tools import eyp, eyp_cms

from . import eyp_checker

TR = datetime.timezone(datetime.timedelta(hours=3))


def _guid():
    return str(uuid.uuid4()).upper()


def _repack(data, replace=None, drop=()):
    """Return a copy of the ZIP with parts replaced or dropped."""
    replace = replace or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in drop:
                continue
            content = replace.get(info.filename, src.read(info))
            dst.writestr(info, content)
        names = set(src.namelist())
        for name, content in replace.items():
            if name not in names:
                dst.writestr(name, content)
    return out.getvalue()


def _part(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


@tagged("post_install", "-at_install")
class TestEypCms(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.key, cls.cert = eyp_cms.self_signed("Test Signer", "Test Belediyesi")

    def test_sign_verify_rsa(self):
        der = eyp_cms.sign(b"payload", self.key, self.cert)
        info = eyp_cms.verify(der, expected=b"payload")
        self.assertEqual(info["content"], b"payload")
        self.assertEqual(info["certificate"], self.cert)
        self.assertIn("CN=Test Signer", info["subject"])
        self.assertIsNotNone(info["signing_time"])
        signed = cms.ContentInfo.load(der)["content"]
        self.assertEqual(signed["version"].native, "v1")
        attrs = {a["type"].native for a in signed["signer_infos"][0]["signed_attrs"]}
        self.assertEqual(
            attrs,
            {
                "content_type",
                "message_digest",
                "signing_time",
                "signing_certificate_v2",
            },
        )

    def test_sign_verify_ec_with_chain(self):
        key = ec.generate_private_key(ec.SECP256R1(), default_backend())
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(self.cert.subject)
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256(), default_backend())
        )
        der = eyp_cms.sign(b"ec", key, cert, chain=[self.cert])
        self.assertEqual(eyp_cms.verify(der)["certificate"], cert)
        signed = cms.ContentInfo.load(der)["content"]
        self.assertEqual(len(signed["certificates"]), 2)

    def test_content_mismatch(self):
        der = eyp_cms.sign(b"payload", self.key, self.cert)
        with self.assertRaises(eyp_cms.CmsError):
            eyp_cms.verify(der, expected=b"other payload")

    def test_corrupted_signature(self):
        der = bytearray(eyp_cms.sign(b"payload", self.key, self.cert))
        der[-10] ^= 0xFF
        with self.assertRaises(eyp_cms.CmsError):
            eyp_cms.verify(bytes(der))

    def test_changed_content(self):
        der = eyp_cms.sign(b"payload", self.key, self.cert)
        info = cms.ContentInfo.load(der)
        info["content"]["encap_content_info"]["content"] = b"paylaod"
        with self.assertRaisesRegex(eyp_cms.CmsError, "digest"):
            eyp_cms.verify(info.dump(force=True))

    def test_detached_refused(self):
        der = eyp_cms.sign(b"payload", self.key, self.cert)
        info = cms.ContentInfo.load(der)
        info["content"]["encap_content_info"] = {"content_type": "data"}
        with self.assertRaisesRegex(eyp_cms.CmsError, "[Dd]etached"):
            eyp_cms.verify(info.dump(force=True))

    def test_garbage(self):
        for junk in (b"", b"not a signature", b"\x30\x03\x02\x01\x01"):
            with self.assertRaises(eyp_cms.CmsError):
                eyp_cms.verify(junk)

    def test_pkcs12_round_trip(self):
        blob = eyp_cms.to_pkcs12(self.key, self.cert, b"secret")
        key, cert, chain = eyp_cms.from_pkcs12(blob, b"secret")
        self.assertEqual(cert, self.cert)
        self.assertEqual(chain, [])
        eyp_cms.verify(eyp_cms.sign(b"x", key, cert), expected=b"x")
        with self.assertRaises(eyp_cms.CmsError):
            eyp_cms.from_pkcs12(blob, b"wrong")


@tagged("post_install", "-at_install")
class TestEypTools(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.key, cls.cert = eyp_cms.self_signed("Test Mühür", "Test Belediyesi")

    def _sign(self, data):
        return eyp_cms.sign(data, self.key, self.cert)

    def _letter(self, **kwargs):
        ek1, ek2 = _guid(), _guid()
        values = {
            "belge_id": _guid(),
            "subject": "Meclis toplantısı hakkında",
            "letter_pdf": b"%PDF-1.4\n% pdfaid test\n%%EOF",
            "letter_filename": "Ust Yazi.pdf",
            "creator": eyp.Party(
                kind="kurum",
                detsis="67915368",
                name="Örnek Belediyesi",
                kep="ornekbelediyesi@hs01.kep.tr",
            ),
            "recipients": [
                eyp.Recipient(
                    eyp.Party(kind="kurum", detsis="12345678", name="Valilik"),
                    kind="GRG",
                    urgency="NRM",
                )
            ],
            "classification": "YOK",
            "annexes": [
                eyp.Annex(
                    id=ek1,
                    kind="DED",
                    order=1,
                    name="Liste",
                    filename="liste.txt",
                    mimetype="text/plain",
                    content=b"1;2;3",
                ),
                eyp.Annex(
                    id=ek2,
                    kind="DED",
                    order=2,
                    name="Rapor",
                    filename="rapor 2027.pdf",
                    mimetype="application/pdf",
                    content=b"%PDF-1.4 rapor",
                ),
            ],
            "references": [
                eyp.Reference(
                    id=_guid(),
                    label="a",
                    number="E-12345678-010.06.02-99",
                    date=datetime.date(2027, 2, 1),
                    name="Valilik yazısı",
                    annex_id=ek1,
                )
            ],
            "file_plan_code": "010.06.02",
            "file_plan_name": "Yazışmalar",
            "verification_url": "https://belediye.example/dogrula",
            "sayi": "E-67915368-010.06.02-1234",
            "signed_at": datetime.datetime(2027, 3, 2, 10, 15, tzinfo=TR),
            "signatures": [
                eyp.Signature(
                    person=eyp.Party(
                        kind="gercek", first_name="Ayşe", last_name="Yılmaz"
                    ),
                    position="Belediye Başkanı",
                    purpose="Onay",
                )
            ],
            "created": datetime.datetime(2027, 3, 2, 9, 0, tzinfo=TR),
            "creator_name": "Özel Kalem",
        }
        values.update(kwargs)
        return eyp.Letter(**values)

    def _build(self, letter=None):
        letter = letter or self._letter()
        return letter, eyp.build(letter, self._sign, self._sign)

    def _errors(self, data, **kwargs):
        return {p.code for p in eyp.validate(data, **kwargs) if p.severity == "error"}

    def assertRefused(self, data, code, **kwargs):
        problems = eyp.validate(data, **kwargs)
        codes = {p.code for p in problems if p.severity == "error"}
        self.assertIn(code, codes, problems)
        with self.assertRaises(eyp.EypError) as caught:
            eyp.read(data, **kwargs)
        self.assertIn(code, {p.code for p in caught.exception.problems})

    # -- clean packages ----------------------------------------------------
    def test_independent_checker_agrees(self):
        """A package built by the suite passes a checker written apart from
        it, from the specification alone (tests/eyp_checker.py); a changed
        byte is refused by both."""
        letter, data = self._build(
            self._letter(
                classification="GZL",
                recipients=[
                    eyp.Recipient(
                        eyp.Party(kind="kurum", detsis="12345678", name="Valilik"),
                        kind="GRG",
                        urgency="GNL",
                        miat=5,
                    ),
                    eyp.Recipient(
                        eyp.Party(kind="kurum", detsis="23456789", name="Kaymakamlık"),
                        kind="BLG",
                        urgency="ACL",
                    ),
                ],
            )
        )
        problems = eyp_checker.check(data, f"{letter.belge_id}.eyp")
        self.assertFalse([p for p in problems if p[1] == "error"], problems)
        tampered = _repack(
            data, replace={"UstYazi/Ust_Yazi.pdf": letter.letter_pdf + b" "}
        )
        self.assertIn("K.33", eyp_checker.errors(tampered))

    def test_normal_round_trip(self):
        letter, data = self._build()
        problems = eyp.validate(data, filename=f"{letter.belge_id}.eyp")
        self.assertEqual(problems, [])
        package = eyp.read(data)
        read = package.letter
        self.assertEqual(read.belge_id, letter.belge_id)
        self.assertEqual(read.subject, letter.subject)
        self.assertEqual(read.classification, "YOK")
        self.assertEqual(read.sayi, letter.sayi)
        self.assertEqual(read.signed_at, letter.signed_at)
        self.assertEqual(read.creator.detsis, "67915368")
        self.assertEqual(read.creator.kep, "ornekbelediyesi@hs01.kep.tr")
        self.assertEqual(read.recipients[0].party.detsis, "12345678")
        self.assertEqual(read.recipients[0].kind, "GRG")
        self.assertEqual(read.recipients[0].urgency, "NRM")
        self.assertEqual(read.letter_pdf, letter.letter_pdf)
        self.assertEqual(read.letter_filename, "Ust_Yazi.pdf")
        self.assertEqual(read.file_plan_code, "010.06.02")
        self.assertEqual(read.signatures[0].person.last_name, "Yılmaz")
        self.assertEqual(read.signatures[0].position, "Belediye Başkanı")
        self.assertEqual(package.imza["content"], package.parts[eyp.PART_PAKET_OZETI])
        self.assertEqual(package.muhur["content"], package.parts[eyp.PART_NIHAI_OZET])

    def test_package_layout(self):
        letter, data = self._build()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
        self.assertIn("[Content_Types].xml", names)
        self.assertIn("UstYazi/Ust_Yazi.pdf", names)
        self.assertIn("Ekler/rapor_2027.pdf", names)
        self.assertIn("Imzalar/ImzaCades.imz", names)
        self.assertIn("Muhur/MuhurCades.imz", names)
        self.assertIn("PaketOzeti/_rels/PaketOzeti.xml.rels", names)
        self.assertIn("NihaiOzet/_rels/NihaiOzet.xml.rels", names)
        core = "package/services/metadata/core-properties/{}.psmdcp".format(
            letter.belge_id.replace("-", "").lower()
        )
        self.assertIn(core, names)
        ustveri = _part(data, "Ustveri/Ustveri.xml")
        self.assertTrue(ustveri.startswith(b'<?xml version="1.0" encoding="UTF-8"'))
        ozet = _part(data, "PaketOzeti/PaketOzeti.xml")
        self.assertEqual(ozet.count(eyp.ALG_SHA512.encode()), 4)
        self.assertEqual(ozet.count(eyp.ALG_SHA256.encode()), 4)
        nihai = _part(data, "NihaiOzet/NihaiOzet.xml")
        self.assertEqual(nihai.count(b"Reference URI="), 8)

    def test_deterministic(self):
        letter = self._letter()
        first = eyp.build(letter, lambda d: b"imza", lambda d: b"muhur")
        second = eyp.build(letter, lambda d: b"imza", lambda d: b"muhur")
        self.assertEqual(first, second)

    def test_classified_gzl(self):
        _letter, data = self._build(
            self._letter(
                classification="GZL", classification_until=datetime.date(2037, 1, 1)
            )
        )
        read = eyp.read(data).letter
        self.assertEqual(read.classification, "GZL")
        self.assertEqual(read.classification_until, datetime.date(2037, 1, 1))

    def test_urgent_acl_and_gnl(self):
        recipients = [
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis="12345678", name="Valilik"),
                kind="GRG",
                urgency="ACL",
            ),
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis="87654321", name="Kaymakamlık"),
                kind="BLG",
                urgency="GNL",
                miat=5,
            ),
        ]
        _letter, data = self._build(self._letter(recipients=recipients))
        self.assertIn(b"<tip:Miat>P5D</tip:Miat>", _part(data, "Ustveri/Ustveri.xml"))
        read = eyp.read(data).letter
        self.assertEqual(
            [(r.kind, r.urgency, r.miat) for r in read.recipients],
            [("GRG", "ACL", None), ("BLG", "GNL", 5)],
        )

    def test_gnl_without_miat_refused(self):
        recipients = [
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis="12345678", name="Valilik"),
                urgency="GNL",
            )
        ]
        with self.assertRaises(eyp.EypError):
            self._build(self._letter(recipients=recipients))

    def test_annexes_and_ilgi(self):
        letter, data = self._build()
        read = eyp.read(data).letter
        self.assertEqual(len(read.annexes), 2)
        by_id = {a.id: a for a in read.annexes}
        self.assertEqual(by_id[letter.annexes[0].id].content, b"1;2;3")
        self.assertEqual(by_id[letter.annexes[1].id].filename, "rapor_2027.pdf")
        self.assertEqual(read.references[0].annex_id, letter.annexes[0].id)
        self.assertEqual(read.references[0].date, datetime.date(2027, 2, 1))

    def test_build_refuses_bad_ids(self):
        with self.assertRaises(eyp.EypError):
            self._build(self._letter(belge_id=str(uuid.uuid4()).lower()))
        ref = eyp.Reference(id=_guid(), label="a", annex_id=_guid())
        with self.assertRaises(eyp.EypError):
            self._build(self._letter(references=[ref]))

    # -- tampering -----------------------------------------------------------
    def test_changed_byte_k33(self):
        _letter, data = self._build()
        pdf = bytearray(_part(data, "UstYazi/Ust_Yazi.pdf"))
        pdf[3] ^= 1
        tampered = _repack(data, {"UstYazi/Ust_Yazi.pdf": bytes(pdf)})
        self.assertRefused(tampered, "K.33")
        self.assertIn("K.43", self._errors(tampered))

    def test_changed_ek_k33(self):
        _letter, data = self._build()
        tampered = _repack(data, {"Ekler/liste.txt": b"1;2;4"})
        self.assertRefused(tampered, "K.33")

    def test_missing_ek_part(self):
        _letter, data = self._build()
        self.assertRefused(_repack(data, drop=["Ekler/liste.txt"]), "K.23")

    def test_missing_muhur(self):
        _letter, data = self._build()
        self.assertRefused(_repack(data, drop=["Muhur/MuhurCades.imz"]), "MUHUR")

    def test_missing_nihai_ustveri(self):
        _letter, data = self._build()
        tampered = _repack(data, drop=["NihaiUstveri/NihaiUstveri.xml"])
        self.assertRefused(tampered, "K.82")

    def test_unlisted_ek_k24(self):
        _letter, data = self._build()
        tampered = _repack(data, {"Ekler/extra.txt": b"sneaked in"})
        self.assertRefused(tampered, "K.24")

    def test_wrong_digest_value(self):
        _letter, data = self._build()
        ozet = _part(data, "PaketOzeti/PaketOzeti.xml")
        start = ozet.index(b"<DigestValue>") + len(b"<DigestValue>")
        value = ozet[start : start + 4]
        wrong = b"AAAA" if value != b"AAAA" else b"BBBB"
        ozet = ozet[:start] + wrong + ozet[start + 4 :]
        tampered = _repack(data, {"PaketOzeti/PaketOzeti.xml": ozet})
        self.assertRefused(tampered, "K.33")
        self.assertIn("IMZA", self._errors(tampered))

    def test_signature_over_other_content(self):
        _letter, data = self._build()
        tampered = _repack(data, {"Imzalar/ImzaCades.imz": self._sign(b"other")})
        self.assertRefused(tampered, "IMZA")
        codes = {p.code for p in eyp.validate(tampered)}
        self.assertIn("K.81", codes)

    def test_garbage_seal(self):
        _letter, data = self._build()
        tampered = _repack(data, {"Muhur/MuhurCades.imz": b"not cms"})
        self.assertRefused(tampered, "MUHUR")

    def test_core_subject_changed(self):
        letter, data = self._build()
        name = next(
            n
            for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
            if n.endswith(".psmdcp")
        )
        core = _part(data, name).replace(letter.subject.encode(), b"Another subject")
        tampered = _repack(data, {name: core})
        self.assertRefused(tampered, "K.69")
        self.assertIn("K.43", self._errors(tampered))

    def test_sha1_only_digests(self):
        _letter, data = self._build()
        ozet = _part(data, "PaketOzeti/PaketOzeti.xml").replace(
            eyp.ALG_SHA512.encode(), eyp.ALG_SHA1.encode()
        )
        tampered = _repack(data, {"PaketOzeti/PaketOzeti.xml": ozet})
        self.assertRefused(tampered, "ALG")

    def test_broken_zip(self):
        _letter, data = self._build()
        self.assertRefused(data[: len(data) // 2], "ZIP")
        self.assertRefused(data[:100] + b"\x00" * 50 + data[150:], "ZIP")

    def test_not_a_zip(self):
        self.assertRefused(b"%PDF-1.4 this is not a package", "ZIP")
        self.assertRefused(b"", "ZIP")

    def test_eyps_refused(self):
        letter, data = self._build()
        self.assertRefused(data, "FORMAT", filename=f"{letter.belge_id}.eyps")
        rels = _part(data, "_rels/.rels").replace(
            b"iliskiler/ustyazi", b"iliskiler/sifreliicerik", 1
        )
        self.assertRefused(_repack(data, {"_rels/.rels": rels}), "FORMAT")

    def test_filename_warning_k66(self):
        _letter, data = self._build()
        problems = eyp.validate(data, filename="paket.eyp")
        self.assertEqual(
            [(p.code, p.severity) for p in problems], [("K.66", "warning")]
        )
        self.assertTrue(eyp.read(data, filename="paket.eyp").letter)

    def test_rules_dict(self):
        for code in ("K.33", "K.43", "K.45", "K.61", "K.80", "K.100"):
            self.assertIn(code, eyp.RULES)
