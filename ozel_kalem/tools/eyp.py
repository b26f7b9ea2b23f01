# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""e-Yazışma Paketi (EYP 2.x) building, reading and validation (no ORM).

See the e-Yazışma Teknik Rehberi 2.x (the project's spec: eyp.md). The
package is an OPC ZIP; parts are written in a fixed order with fixed ZIP
timestamps so that the same input gives the same bytes (apart from the CMS
signatures, which carry a signing time).
"""

import base64
import dataclasses
import datetime
import hashlib
import io
import posixpath
import re
import zipfile
import zlib

from lxml import etree

try:  # inside the Odoo addon
    from . import eyp_cms
except ImportError:  # loaded standalone from its file path
    import eyp_cms  # pylint: disable=import-error

NS_USTVERI = "urn:dpt:eyazisma:schema:xsd:Ustveri-2"
NS_TIPLER = "urn:dpt:eyazisma:schema:xsd:Tipler-2"
NS_PAKET_OZETI = "urn:dpt:eyazisma:schema:xsd:PaketOzeti-2"
NS_NIHAI_OZET = "urn:dpt:eyazisma:schema:xsd:NihaiOzet-2"
NS_NIHAI_USTVERI = "urn:dpt:eyazisma:schema:xsd:NihaiUstveri-2"
NS_USTVERI_1 = "urn:dpt:eyazisma:schema:xsd:Ustveri-1"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_DCTERMS = "http://purl.org/dc/terms/"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

REL_BASE = "http://eyazisma.dpt/iliskiler/"
REL_USTYAZI = REL_BASE + "ustyazi"
REL_USTVERI = REL_BASE + "ustveri"
REL_EK = REL_BASE + "ek"
REL_IMZASIZ_EK = REL_BASE + "imzasizEk"
REL_PAKET_OZETI = REL_BASE + "paketozeti"
REL_IMZA = REL_BASE + "imzacades"
REL_NIHAI_USTVERI = REL_BASE + "nihaiustveri"
REL_NIHAI_OZET = REL_BASE + "nihaiozet"
REL_MUHUR = REL_BASE + "muhurcades"
REL_PARAF_OZETI = REL_BASE + "parafozeti"
REL_PARAF_IMZA = REL_BASE + "parafimzacades"
REL_SIFRELI = REL_BASE + "sifreliicerik"
REL_ORIJINAL_PAKET = REL_BASE + "orijinalpaket"
REL_CORE = (
    "http://schemas.openxmlformats.org/package/2006/relationships/"
    "metadata/core-properties"
)

PART_USTVERI = "/Ustveri/Ustveri.xml"
PART_PAKET_OZETI = "/PaketOzeti/PaketOzeti.xml"
PART_IMZA = "/Imzalar/ImzaCades.imz"
PART_NIHAI_USTVERI = "/NihaiUstveri/NihaiUstveri.xml"
PART_NIHAI_OZET = "/NihaiOzet/NihaiOzet.xml"
PART_MUHUR = "/Muhur/MuhurCades.imz"
PART_CT = "/[Content_Types].xml"
PART_ROOT_RELS = "/_rels/.rels"
PART_PAKET_OZETI_RELS = "/PaketOzeti/_rels/PaketOzeti.xml.rels"
PART_NIHAI_OZET_RELS = "/NihaiOzet/_rels/NihaiOzet.xml.rels"
CORE_DIR = "/package/services/metadata/core-properties/"

TYPE_DAHILI = "http://eyazisma.dpt/bilesen#dahili"
TYPE_HARICI = "http://eyazisma.dpt/bilesen#harici"
ALG_SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
ALG_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
ALG_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384"
ALG_SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1"
DIGESTS = {
    ALG_SHA512: hashlib.sha512,
    ALG_SHA256: hashlib.sha256,
    ALG_SHA384: hashlib.sha384,
}

DEFAULT_CONTENT_TYPES = {
    "xml": "application/xml",
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "pdf": "application/pdf",
    "psmdcp": "application/vnd.openxmlformats-package.core-properties+xml",
    "imz": "application/octet-stream",
}

CLASSIFICATIONS = ("YOK", "HZO", "GZL", "CGZ")
URGENCIES = ("NRM", "ACL", "GNL")
DISTRIBUTION_KINDS = ("GRG", "BLG")
ANNEX_KINDS = ("DED", "HRF", "FZK")

#: Üstveri children, in schema (sequence) order.
USTVERI_ORDER = (
    "BelgeId",
    "Konu",
    "GuvenlikKodu",
    "GuvenlikKoduGecerlilikTarihi",
    "MimeTuru",
    "OzId",
    "DagitimListesi",
    "Ekler",
    "Ilgiler",
    "Dil",
    "Olusturan",
    "IlgiliListesi",
    "DosyaAdi",
    "SdpBilgisi",
    "HeyskListesi",
    "DogrulamaBilgisi",
)
USTVERI_MANDATORY = (
    "BelgeId",
    "Konu",
    "GuvenlikKodu",
    "MimeTuru",
    "DagitimListesi",
    "Dil",
    "Olusturan",
    "DosyaAdi",
    "DogrulamaBilgisi",
)

RULES = {
    "K.2": "The package holds exactly one üst yazı.",
    "K.4": "The üst yazı lives under /UstYazi/.",
    "K.5": "The üst yazı part name has no spaces.",
    "K.6": "The üst yazı should be PDF/A.",
    "K.12": "Ekler live under /Ekler/.",
    "K.16": "The package holds exactly one Üstveri.",
    "K.18": "The Üstveri is at /Ustveri/Ustveri.xml.",
    "K.19": "The Üstveri parses, has a Dagitim, OzId has schemeID, "
    "has DogrulamaAdresi.",
    "K.23": "Each DED ek is in the package.",
    "K.24": "Each ek in the package is listed in the Üstveri.",
    "K.25": "Each ilgi pointing at an ek points at an existing ek.",
    "K.26": "The package holds exactly one Paket Özeti.",
    "K.28": "The Paket Özeti is at /PaketOzeti/PaketOzeti.xml.",
    "K.29": "The Paket Özeti parses.",
    "K.33": "The Paket Özeti digests match and cover the mandatory parts.",
    "K.34": "The Paket Özeti Id is the BelgeId.",
    "K.38": "The Nihai Özet is at /NihaiOzet/NihaiOzet.xml.",
    "K.39": "The Nihai Özet parses.",
    "K.43": "The Nihai Özet digests match and cover the mandatory parts.",
    "K.44": "The Nihai Özet Id is the BelgeId.",
    "K.45": "The Nihai Özet has no external references.",
    "K.61": "Ids of üst yazı, ekler and ilgiler are unique.",
    "K.66": "The file is named [BelgeId].eyp.",
    "K.68": "The Core identifier is the BelgeId.",
    "K.69": "The Core subject is the Konu.",
    "K.71": "The Core category is RESMIYAZISMA.",
    "K.73": "The Core contentType is application/eyazisma.",
    "K.80": "Ids are upper-case GUIDs.",
    "K.81": "The e-imza embeds the Paket Özeti.",
    "K.82": "The Nihai Üstveri is present when signed.",
    "K.84": "The Nihai Üstveri is at /NihaiUstveri/NihaiUstveri.xml.",
    "K.85": "The Nihai Üstveri parses, has BelgeNo and an Imza.",
    "K.98": "The Nihai Özet is present when signed.",
    "K.100": "The e-mühür embeds the Nihai Özet.",
    "ZIP": "The file opens as a ZIP/OPC package.",
    "OPC": "Content types and relationships are complete and consistent.",
    "FORMAT": "Only plain EYP 2.x packages (.eyp) are accepted.",
    "ALG": "Each reference has two digests, one SHA-512, never SHA-1.",
    "IMZA": "The e-imza is a valid CMS signature over the Paket Özeti.",
    "MUHUR": "The e-mühür is a valid CMS signature over the Nihai Özet.",
    "BUILD": "The letter data is complete enough to build a package.",
}

GUID_RE = re.compile(
    r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
)
MIAT_RE = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?$")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
MAX_UNCOMPRESSED = 512 * 1024 * 1024
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# --------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------


@dataclasses.dataclass
class Party:
    """A Taraf: 'kurum' (KurumKurulus), 'tuzel' (TuzelSahis), 'gercek'."""

    kind: str = "kurum"
    name: str = ""
    detsis: str = ""
    birim_detsis: str = ""
    kep: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    district: str = ""
    city: str = ""
    country: str = ""
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    tckn: str = ""
    position: str = ""
    id_value: str = ""
    id_scheme: str = "VKN"


@dataclasses.dataclass
class Recipient:
    party: Party
    kind: str = "GRG"
    urgency: str = "NRM"
    miat: int | None = None


@dataclasses.dataclass
class Annex:
    id: str
    kind: str = "DED"
    order: int = 1
    name: str = ""
    description: str = ""
    filename: str = ""
    mimetype: str = "application/octet-stream"
    content: bytes = b""
    reference: str = ""


@dataclasses.dataclass
class Reference:
    id: str
    label: str = "a"
    number: str = ""
    date: datetime.date | None = None
    name: str = ""
    description: str = ""
    annex_id: str = ""


@dataclasses.dataclass
class Signature:
    person: Party
    position: str = ""
    purpose: str = ""
    date: datetime.datetime | None = None
    delegator: Party | None = None
    principal: Party | None = None


@dataclasses.dataclass
class Letter:
    belge_id: str
    subject: str
    letter_pdf: bytes
    creator: Party
    recipients: list = dataclasses.field(default_factory=list)
    classification: str = "YOK"
    classification_until: datetime.date | None = None
    letter_filename: str = "UstYazi.pdf"
    annexes: list = dataclasses.field(default_factory=list)
    references: list = dataclasses.field(default_factory=list)
    language: str = "tur"
    file_plan_code: str = ""
    file_plan_name: str = ""
    verification_url: str = ""
    sayi: str = ""
    signed_at: datetime.datetime | None = None
    signatures: list = dataclasses.field(default_factory=list)
    created: datetime.datetime | None = None
    creator_name: str = ""


@dataclasses.dataclass
class Problem:
    code: str
    severity: str
    message: str

    def __str__(self):
        return f"{self.code}: {self.message}"


@dataclasses.dataclass
class Package:
    letter: Letter | None
    parts: dict
    problems: list
    imza: dict | None = None
    muhur: dict | None = None


class EypError(Exception):
    """Raised with the list of problems that make a package unacceptable."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _t(tag):
    return f"{{{NS_TIPLER}}}{tag}"


def _sub(parent, tag, text=None, **attrib):
    el = etree.SubElement(parent, _t(tag), attrib)
    if text is not None:
        el.text = str(text)
    return el


def _xml(root):
    return XML_DECLARATION + etree.tostring(root, encoding="UTF-8")


def _iso(dt):
    if dt.tzinfo is None:
        raise EypError([Problem("BUILD", "error", "Dates must be timezone-aware.")])
    return dt.replace(microsecond=0).isoformat()


def _safe_filename(name, default):
    name = posixpath.basename((name or "").replace("\\", "/")).strip()
    name = re.sub(r"[\s/]+", "_", name)
    name = re.sub(r"[^\w.\-()]", "_", name)
    return name or default


def _ext(name):
    base = posixpath.basename(name)
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def _digest_items(parent, data, ns):
    for algo in (ALG_SHA512, ALG_SHA256):
        item = etree.SubElement(parent, f"{{{ns}}}DigestItem")
        etree.SubElement(item, f"{{{ns}}}DigestMethod", Algorithm=algo)
        value = etree.SubElement(item, f"{{{ns}}}DigestValue")
        value.text = base64.b64encode(DIGESTS[algo](data).digest()).decode()


def _ozet(root_tag, ns_root, belge_id, parts, names):
    root = etree.Element(
        f"{{{ns_root}}}{root_tag}",
        {"Id": belge_id},
        nsmap={None: ns_root, "po": NS_PAKET_OZETI}
        if ns_root != NS_PAKET_OZETI
        else {None: ns_root},
    )
    for name in names:
        ref = etree.SubElement(
            root, f"{{{NS_PAKET_OZETI}}}Reference", URI=name, Type=TYPE_DAHILI
        )
        _digest_items(ref, parts[name], NS_PAKET_OZETI)
    return _xml(root)


def _party(parent, tag, party):
    """Write a Taraf (KurumKurulus / TuzelSahis / GercekSahis) in parent."""
    holder = _sub(parent, tag) if tag else parent
    if party.kind == "kurum":
        el = _sub(holder, "KurumKurulus")
        _sub(el, "KKK", party.detsis)
        _sub(el, "Adi", party.name)
        _contact(el, party)
        if party.birim_detsis:
            _sub(el, "BirimKKK", party.birim_detsis)
    elif party.kind == "tuzel":
        el = _sub(holder, "TuzelSahis")
        _sub(el, "Id", party.id_value, schemeID=party.id_scheme or "VKN")
        _sub(el, "Adi", party.name)
        _contact(el, party)
    elif party.kind == "gercek":
        _person(holder, "GercekSahis", party)
    else:
        raise EypError(
            [Problem("BUILD", "error", f"Unknown party kind {party.kind!r}.")]
        )
    return holder


def _person(parent, tag, party):
    el = _sub(parent, tag)
    if party.tckn:
        _sub(el, "TCKN", party.tckn)
    kisi = _sub(el, "Kisi")
    _sub(kisi, "IlkAdi", party.first_name or party.name)
    _sub(kisi, "Soyadi", party.last_name)
    if party.title:
        _sub(kisi, "Unvan", party.title)
    if party.position:
        _sub(el, "Gorev", party.position)
    _contact(el, party)
    return el


def _contact(parent, party):
    values = [
        ("Telefon", party.phone),
        ("EPosta", party.email),
        ("KepAdresi", party.kep),
        ("Adres", party.address),
        ("Ilce", party.district),
        ("Il", party.city),
        ("Ulke", party.country),
    ]
    if not any(v for _k, v in values):
        return
    el = _sub(parent, "IletisimBilgisi")
    for key, value in values:
        if value:
            _sub(el, key, value)


def _letter_id_errors(letter):
    errors = []
    ids = [letter.belge_id] + [a.id for a in letter.annexes]
    ids += [r.id for r in letter.references]
    for value in ids:
        if not value or not GUID_RE.match(value) or value != value.upper():
            errors.append(f"Id {value!r} is not an upper-case GUID.")
    if len(set(ids)) != len(ids):
        errors.append("Ids of the letter, its ekler and ilgiler are not unique.")
    annex_ids = {a.id for a in letter.annexes}
    for ref in letter.references:
        if ref.annex_id and ref.annex_id not in annex_ids:
            errors.append(f"Ilgi {ref.label!r} points at a missing ek.")
    return errors


def _letter_item_errors(letter):
    errors = []
    if not letter.recipients:
        errors.append("The distribution list (DagitimListesi) is empty.")
    for rec in letter.recipients:
        if rec.kind not in DISTRIBUTION_KINDS or rec.urgency not in URGENCIES:
            errors.append(f"Bad distribution kind/urgency for {rec.party.name!r}.")
        if rec.urgency == "GNL" and (rec.miat is None or rec.miat < 0):
            errors.append(f"Recipient {rec.party.name!r} is GNL without a Miat.")
    for annex in letter.annexes:
        if annex.kind not in ANNEX_KINDS:
            errors.append(f"Unknown ek kind {annex.kind!r}.")
        if annex.kind == "DED" and not annex.content:
            errors.append(f"The DED ek {annex.name!r} has no content.")
        if annex.kind == "HRF" and not annex.reference:
            errors.append(f"The HRF ek {annex.name!r} has no reference URL.")
    return errors


def _check_letter(letter):
    errors = _letter_id_errors(letter) + _letter_item_errors(letter)
    if not letter.subject:
        errors.append("The subject (Konu) is empty.")
    if letter.classification not in CLASSIFICATIONS:
        errors.append(f"Unknown GuvenlikKodu {letter.classification!r}.")
    if not letter.verification_url:
        errors.append("The verification URL (DogrulamaAdresi) is missing.")
    if not letter.letter_pdf:
        errors.append("The üst yazı PDF is empty.")
    if not letter.sayi or not letter.signed_at or not letter.signatures:
        errors.append("The letter is not signed (BelgeNo, date and Imza are needed).")
    if errors:
        raise EypError([Problem("BUILD", "error", msg) for msg in errors])


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------


def _build_ustveri(letter, letter_name, annex_names):
    root = etree.Element(
        f"{{{NS_USTVERI}}}UstVeri", nsmap={None: NS_USTVERI, "tip": NS_TIPLER}
    )
    _sub(root, "BelgeId", letter.belge_id)
    _sub(root, "Konu", letter.subject)
    _sub(root, "GuvenlikKodu", letter.classification)
    if letter.classification_until:
        _sub(
            root,
            "GuvenlikKoduGecerlilikTarihi",
            letter.classification_until.isoformat() + "T00:00:00",
        )
    _sub(root, "MimeTuru", "application/pdf")
    dagitim_listesi = _sub(root, "DagitimListesi")
    for rec in letter.recipients:
        dagitim = _sub(dagitim_listesi, "Dagitim")
        _party(dagitim, None, rec.party)
        _sub(dagitim, "Ivedilik", rec.urgency)
        _sub(dagitim, "DagitimTuru", rec.kind)
        if rec.urgency == "GNL":
            _sub(dagitim, "Miat", f"P{int(rec.miat)}D")
    if letter.annexes:
        ekler = _sub(root, "Ekler")
        for annex in sorted(letter.annexes, key=lambda a: (a.order, a.id)):
            ek = _sub(ekler, "Ek")
            _sub(ek, "Id", annex.id, EYazismaIdMi="true")
            _sub(ek, "Tur", annex.kind)
            if annex.kind == "DED":
                _sub(ek, "DosyaAdi", annex_names[annex.id])
                _sub(ek, "MimeTuru", annex.mimetype or "application/octet-stream")
            _sub(ek, "Ad", annex.name or annex.filename or annex.id)
            _sub(ek, "SiraNo", annex.order)
            if annex.description:
                _sub(ek, "Aciklama", annex.description)
            if annex.kind == "HRF":
                _sub(ek, "Referans", annex.reference)
    if letter.references:
        ilgiler = _sub(root, "Ilgiler")
        for ref in sorted(letter.references, key=lambda r: (r.label, r.id)):
            ilgi = _sub(ilgiler, "Ilgi")
            _sub(ilgi, "Id", ref.id, EYazismaIdMi="true")
            if ref.number:
                _sub(ilgi, "BelgeNo", ref.number)
            if ref.date:
                _sub(ilgi, "Tarih", ref.date.isoformat() + "T00:00:00")
            _sub(ilgi, "Etiket", ref.label)
            if ref.annex_id:
                _sub(ilgi, "EkId", ref.annex_id)
            if ref.name:
                _sub(ilgi, "Ad", ref.name)
            if ref.description:
                _sub(ilgi, "Aciklama", ref.description)
    _sub(root, "Dil", letter.language or "tur")
    _party(root, "Olusturan", letter.creator)
    _sub(root, "DosyaAdi", letter_name)
    sdp = _sub(root, "SdpBilgisi")
    ana = _sub(sdp, "AnaSdp")
    _sub(ana, "Kod", letter.file_plan_code or "000")
    _sub(ana, "Adi", letter.file_plan_name or letter.file_plan_code or "-")
    dogrulama = _sub(root, "DogrulamaBilgisi")
    _sub(dogrulama, "DogrulamaAdresi", letter.verification_url)
    return _xml(root)


def _build_core(letter):
    root = etree.Element(
        f"{{{NS_CORE}}}coreProperties",
        nsmap={
            "cp": NS_CORE,
            "dc": NS_DC,
            "dcterms": NS_DCTERMS,
            "xsi": NS_XSI,
        },
    )
    etree.SubElement(root, f"{{{NS_CORE}}}category").text = "RESMIYAZISMA"
    etree.SubElement(root, f"{{{NS_CORE}}}contentType").text = "application/eyazisma"
    created = letter.created or letter.signed_at
    el = etree.SubElement(
        root, f"{{{NS_DCTERMS}}}created", {f"{{{NS_XSI}}}type": "dcterms:W3CDTF"}
    )
    el.text = _iso(created.astimezone(datetime.timezone.utc)).replace("+00:00", "Z")
    etree.SubElement(root, f"{{{NS_DC}}}creator").text = (
        letter.creator_name or letter.creator.name
    )
    etree.SubElement(root, f"{{{NS_DC}}}identifier").text = letter.belge_id
    etree.SubElement(root, f"{{{NS_DC}}}subject").text = letter.subject
    etree.SubElement(root, f"{{{NS_CORE}}}version").text = "2.0"
    return _xml(root)


def _build_nihai_ustveri(letter):
    root = etree.Element(
        f"{{{NS_NIHAI_USTVERI}}}NihaiUstVeri",
        nsmap={None: NS_NIHAI_USTVERI, "tip": NS_TIPLER},
    )
    _sub(root, "Tarih", _iso(letter.signed_at))
    _sub(root, "BelgeNo", letter.sayi)
    imzalar = _sub(root, "BelgeImzalar")
    for sig in letter.signatures:
        imza = _sub(imzalar, "Imza")
        _person(imza, "Imzalayan", sig.person)
        if sig.delegator:
            _person(imza, "YetkiDevreden", sig.delegator)
        if sig.principal:
            _person(imza, "VekaletVeren", sig.principal)
        if sig.position:
            _sub(imza, "Makam", sig.position)
        if sig.purpose:
            _sub(imza, "Amac", sig.purpose)
        _sub(imza, "Tarih", _iso(sig.date or letter.signed_at))
    return _xml(root)


def _rels(rels):
    root = etree.Element(f"{{{NS_RELS}}}Relationships", nsmap={None: NS_RELS})
    for rel_type, target in rels:
        digest = hashlib.sha256((rel_type + target).encode()).hexdigest()
        rel_id = "R" + digest[:16].upper()
        etree.SubElement(
            root,
            f"{{{NS_RELS}}}Relationship",
            Id=rel_id,
            Type=rel_type,
            Target=target,
            TargetMode="Internal",
        )
    return _xml(root)


def _content_types(part_types):
    root = etree.Element(f"{{{NS_CT}}}Types", nsmap={None: NS_CT})
    defaults = dict(DEFAULT_CONTENT_TYPES)
    overrides = {}
    for name, mimetype in part_types.items():
        ext = _ext(name)
        if ext and ext not in defaults:
            defaults[ext] = mimetype
        elif not ext or defaults[ext] != mimetype:
            overrides[name] = mimetype
    for ext in sorted(defaults):
        etree.SubElement(
            root, f"{{{NS_CT}}}Default", Extension=ext, ContentType=defaults[ext]
        )
    for name in sorted(overrides):
        etree.SubElement(
            root, f"{{{NS_CT}}}Override", PartName=name, ContentType=overrides[name]
        )
    return _xml(root)


def _summary_parts(letter):
    """The parts the e-imza covers and the Paket Özeti over them:
    ``(parts, part_types, paket_refs, part_ustyazi)``."""
    _check_letter(letter)
    letter_file = _safe_filename(letter.letter_filename, "UstYazi.pdf")
    if _ext(letter_file) != "pdf":
        letter_file += ".pdf"
    part_ustyazi = "/UstYazi/" + letter_file
    parts = {}
    part_types = {}
    annex_names = {}
    used = set()
    for annex in sorted(letter.annexes, key=lambda a: (a.order, a.id)):
        if annex.kind != "DED":
            continue
        name = _safe_filename(annex.filename or annex.name, "Ek")
        stem, dot, ext = name.rpartition(".")
        candidate, counter = name, 1
        while candidate.lower() in used:
            counter += 1
            candidate = f"{stem}_{counter}.{ext}" if dot else f"{name}_{counter}"
        used.add(candidate.lower())
        annex_names[annex.id] = candidate
    parts[PART_USTVERI] = _build_ustveri(letter, letter_file, annex_names)
    parts[part_ustyazi] = letter.letter_pdf
    ek_parts = []
    for annex in sorted(letter.annexes, key=lambda a: (a.order, a.id)):
        if annex.kind == "DED":
            name = "/Ekler/" + annex_names[annex.id]
            parts[name] = annex.content
            part_types[name] = annex.mimetype or "application/octet-stream"
            ek_parts.append(name)
    paket_refs = [PART_USTVERI, part_ustyazi] + ek_parts
    parts[PART_PAKET_OZETI] = _ozet(
        "PaketOzeti", NS_PAKET_OZETI, letter.belge_id, parts, paket_refs
    )
    return parts, part_types, paket_refs, part_ustyazi


def paket_ozeti(letter):
    """The Paket Özeti of the letter: the bytes its e-imza signs.  The same
    letter gives the same bytes, so that a signature made outside (with a
    smart card) on a downloaded summary fits the package built later."""
    return _summary_parts(letter)[0][PART_PAKET_OZETI]


def build(letter, sign_imza, sign_muhur):
    """Build a signed and sealed EYP 2.x package; return the ZIP bytes.

    ``sign_imza(bytes) -> bytes`` and ``sign_muhur(bytes) -> bytes`` return an
    attached CMS SignedData over exactly the bytes given.
    """
    parts, part_types, paket_refs, part_ustyazi = _summary_parts(letter)
    ek_parts = paket_refs[2:]
    core_name = CORE_DIR + letter.belge_id.replace("-", "").lower() + ".psmdcp"
    parts[core_name] = _build_core(letter)
    parts[PART_IMZA] = sign_imza(parts[PART_PAKET_OZETI])
    parts[PART_NIHAI_USTVERI] = _build_nihai_ustveri(letter)
    nihai_refs = paket_refs + [
        core_name,
        PART_PAKET_OZETI,
        PART_IMZA,
        PART_NIHAI_USTVERI,
    ]
    parts[PART_NIHAI_OZET] = _ozet(
        "NihaiOzet", NS_NIHAI_OZET, letter.belge_id, parts, nihai_refs
    )
    parts[PART_MUHUR] = sign_muhur(parts[PART_NIHAI_OZET])
    root_rels = [
        (REL_USTYAZI, part_ustyazi),
        (REL_USTVERI, PART_USTVERI),
    ]
    root_rels += [(REL_EK, name) for name in ek_parts]
    root_rels += [
        (REL_CORE, core_name),
        (REL_PAKET_OZETI, PART_PAKET_OZETI),
        (REL_NIHAI_USTVERI, PART_NIHAI_USTVERI),
        (REL_NIHAI_OZET, PART_NIHAI_OZET),
    ]
    parts[PART_ROOT_RELS] = _rels(root_rels)
    parts[PART_PAKET_OZETI_RELS] = _rels([(REL_IMZA, PART_IMZA)])
    parts[PART_NIHAI_OZET_RELS] = _rels([(REL_MUHUR, PART_MUHUR)])
    content_types = _content_types(part_types)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(PART_CT, content_types)] + list(parts.items()):
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


# --------------------------------------------------------------------------
# Reading and validation
# --------------------------------------------------------------------------


class _Checker:
    def __init__(self, data, filename=None, verify_signatures=True):
        self.data = data
        self.filename = filename
        self.verify_signatures = verify_signatures
        self.problems = []
        self.parts = {}
        self.lower = {}
        self.content_types = {}
        self.letter = None
        self.imza = None
        self.muhur = None
        self.belge_id = None
        self.konu = None

    # -- helpers ---------------------------------------------------------
    def err(self, code, message):
        self.problems.append(Problem(code, "error", message))

    def warn(self, code, message):
        self.problems.append(Problem(code, "warning", message))

    def part(self, name):
        real = self.lower.get((name or "").lower())
        return (real, self.parts[real]) if real else (None, None)

    def parse(self, name, code):
        real, data = self.part(name)
        if real is None:
            return None
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            self.err(code, f"{real} does not parse: {exc}.")
            return None

    # -- steps -----------------------------------------------------------
    def run(self):
        if self.filename and _ext(self.filename) in ("eyps", "eypg"):
            self.err(
                "FORMAT",
                "Encrypted (.eyps) and update (.eypg) packages are not supported.",
            )
            return
        if not self.open_zip():
            return
        rels = self.read_rels(PART_ROOT_RELS)
        if rels is None:
            self.err("OPC", f"{PART_ROOT_RELS} is missing or invalid.")
            return
        types = {t for t, _n in rels}
        if REL_SIFRELI in types or REL_ORIJINAL_PAKET in types:
            self.err(
                "FORMAT",
                "Encrypted (.eyps) and update (.eypg) packages are not supported.",
            )
            return
        self.check_content_types()
        by_type = {}
        for rel_type, target in rels:
            by_type.setdefault(rel_type, []).append(target)
        ustyazi = self.check_singletons(by_type)
        ustveri = self.check_ustveri(by_type, ustyazi)
        self.check_core(by_type)
        self.check_nihai_ustveri(by_type)
        self.check_ozets(by_type, ustyazi)
        if (
            self.filename
            and self.belge_id
            and posixpath.basename(self.filename) != f"{self.belge_id}.eyp"
        ):
            self.warn("K.66", f"The file should be named {self.belge_id}.eyp.")
        if ustveri is not None:
            self.letter = self.to_letter(ustveri, ustyazi)

    def open_zip(self):
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
                if sum(i.file_size for i in archive.infolist()) > MAX_UNCOMPRESSED:
                    self.err("ZIP", "The package is too large once uncompressed.")
                    return False
                for info in archive.infolist():
                    if info.is_dir():
                        continue
                    if info.flag_bits & 0x1:
                        self.err("FORMAT", "The package is encrypted.")
                        return False
                    name = "/" + info.filename.lstrip("/")
                    if name.lower() in self.lower:
                        self.err("OPC", f"Part {name} appears twice.")
                        return False
                    self.parts[name] = archive.read(info)
                    self.lower[name.lower()] = name
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            self.err("ZIP", f"The file is not a readable ZIP package: {exc}.")
            return False
        except (zlib.error, ValueError, RuntimeError, NotImplementedError) as exc:
            self.err("ZIP", f"The ZIP package is damaged: {exc}.")
            return False
        return True

    def read_rels(self, name):
        root = self.parse(name, "OPC")
        if root is None:
            return None
        if root.tag != f"{{{NS_RELS}}}Relationships":
            self.err("OPC", f"{name} is not an OPC relationships part.")
            return None
        base = posixpath.dirname(posixpath.dirname(name))
        result = []
        for rel in root.findall(f"{{{NS_RELS}}}Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                result.append((rel.get("Type"), target))
                continue
            if not target.startswith("/"):
                target = posixpath.normpath(posixpath.join(base or "/", target))
            real, _data = self.part(target)
            if real is None:
                self.err("OPC", f"{name} points at missing part {target}.")
                continue
            result.append((rel.get("Type"), real))
        return result

    def check_content_types(self):
        root = self.parse(PART_CT, "OPC")
        if root is None:
            self.err("OPC", "[Content_Types].xml is missing or invalid.")
            return
        defaults = {
            (d.get("Extension") or "").lower(): d.get("ContentType")
            for d in root.findall(f"{{{NS_CT}}}Default")
        }
        overrides = {
            (o.get("PartName") or "").lower(): o.get("ContentType")
            for o in root.findall(f"{{{NS_CT}}}Override")
        }
        for name in self.parts:
            if name == PART_CT:
                continue
            ctype = overrides.get(name.lower()) or defaults.get(_ext(name))
            if not ctype:
                self.err("OPC", f"Part {name} has no content type.")
            self.content_types[name] = ctype

    def check_singletons(self, by_type):
        ustyazi = by_type.get(REL_USTYAZI, [])
        if len(ustyazi) != 1:
            self.err("K.2", f"{len(ustyazi)} üst yazı parts instead of one.")
            ustyazi_name = ustyazi[0] if ustyazi else None
        else:
            ustyazi_name = ustyazi[0]
        if ustyazi_name:
            if not ustyazi_name.lower().startswith("/ustyazi/"):
                self.err("K.4", f"The üst yazı {ustyazi_name} is not under /UstYazi/.")
            if " " in ustyazi_name:
                self.err("K.5", f"The üst yazı name {ustyazi_name} has spaces.")
            if b"pdfaid" not in self.parts[ustyazi_name]:
                self.warn("K.6", f"The üst yazı {ustyazi_name} is not marked PDF/A.")
        ek_names = by_type.get(REL_EK, []) + by_type.get(REL_IMZASIZ_EK, [])
        for name in ek_names:
            if not name.lower().startswith("/ekler/"):
                self.err("K.12", f"The ek {name} is not under /Ekler/.")
        for rel_type, label, fixed, count_code, name_code in (
            (REL_USTVERI, "Üstveri", PART_USTVERI, "K.16", "K.18"),
            (REL_PAKET_OZETI, "Paket Özeti", PART_PAKET_OZETI, "K.26", "K.28"),
            (REL_NIHAI_USTVERI, "Nihai Üstveri", PART_NIHAI_USTVERI, "K.82", "K.84"),
            (REL_NIHAI_OZET, "Nihai Özet", PART_NIHAI_OZET, "K.98", "K.38"),
        ):
            targets = by_type.get(rel_type, [])
            if len(targets) != 1:
                self.err(count_code, f"{len(targets)} {label} parts instead of one.")
            for target in targets:
                if target.lower() != fixed.lower():
                    self.err(name_code, f"The {label} is at {target}, not {fixed}.")
        if len(by_type.get(REL_CORE, [])) != 1:
            self.err("OPC", "The package needs exactly one Core properties part.")
        return ustyazi_name

    def check_ustveri(self, by_type, ustyazi):
        if not by_type.get(REL_USTVERI):
            return None
        name = by_type[REL_USTVERI][0]
        root = self.parse(name, "K.19")
        if root is None:
            return None
        if root.tag == f"{{{NS_USTVERI_1}}}UstVeri":
            self.err("K.19", f"{name} is EYP 1.x; only 2.x packages are accepted.")
            return None
        if root.tag != f"{{{NS_USTVERI}}}UstVeri":
            self.err("K.19", f"{name} root is not UstVeri in the 2.x namespace.")
            return None
        self.check_ustveri_structure(name, root)
        self.check_ustveri_values(name, root, ustyazi)
        self.check_ustveri_ids(name, root)
        return root

    def check_ustveri_structure(self, name, root):
        children = [etree.QName(c).localname for c in root if isinstance(c.tag, str)]
        for child in root:
            if isinstance(child.tag, str) and etree.QName(child).namespace != (
                NS_TIPLER
            ):
                self.err("K.19", f"{name}: {child.tag} is not in the Tipler-2 ns.")
        positions = [USTVERI_ORDER.index(c) for c in children if c in USTVERI_ORDER]
        if positions != sorted(positions):
            self.err("K.19", f"{name}: elements are not in the schema order.")
        for tag in USTVERI_MANDATORY:
            if (
                root.find(_t(tag)) is None
                or not "".join(root.find(_t(tag)).itertext()).strip()
            ):
                self.err("K.19", f"{name}: mandatory element {tag} is missing.")
        if not root.findall(f"{_t('DagitimListesi')}/{_t('Dagitim')}"):
            self.err("K.19", f"{name}: DagitimListesi has no Dagitim.")
        if not (root.findtext(f"{_t('DogrulamaBilgisi')}/{_t('DogrulamaAdresi')}")):
            self.err("K.19", f"{name}: DogrulamaBilgisi/DogrulamaAdresi is missing.")
        oz_id = root.find(_t("OzId"))
        if oz_id is not None and not oz_id.get("schemeID"):
            self.err("K.19", f"{name}: OzId has no schemeID.")

    def check_ustveri_values(self, name, root, ustyazi):
        self.belge_id = (root.findtext(_t("BelgeId")) or "").strip()
        self.konu = root.findtext(_t("Konu"))
        if root.findtext(_t("GuvenlikKodu")) not in CLASSIFICATIONS:
            self.err("K.19", f"{name}: unknown GuvenlikKodu.")
        if ustyazi and root.findtext(_t("DosyaAdi")) != posixpath.basename(ustyazi):
            self.err("K.19", f"{name}: DosyaAdi does not name the üst yazı part.")
        for dagitim in root.iter(_t("Dagitim")):
            ivedilik = dagitim.findtext(_t("Ivedilik"))
            if ivedilik not in URGENCIES:
                self.err("K.19", f"{name}: unknown Ivedilik {ivedilik!r}.")
            if dagitim.findtext(_t("DagitimTuru")) not in DISTRIBUTION_KINDS:
                self.err("K.19", f"{name}: unknown DagitimTuru.")
            miat = dagitim.findtext(_t("Miat"))
            if ivedilik == "GNL" and not (miat and MIAT_RE.match(miat)):
                self.err("K.19", f"{name}: GNL Dagitim without a valid Miat.")

    def check_ustveri_ids(self, name, root):
        ids = [self.belge_id]
        ek_ids = set()
        ded_files = set()
        for ek in root.iter(_t("Ek")):
            ek_id = (ek.findtext(_t("Id")) or "").strip()
            ids.append(ek_id)
            ek_ids.add(ek_id)
            tur = ek.findtext(_t("Tur"))
            if tur == "DED":
                filename = ek.findtext(_t("DosyaAdi")) or ""
                ded_files.add(filename.lower())
                if self.part("/Ekler/" + filename)[0] is None:
                    self.err("K.23", f"The DED ek {filename} is not in the package.")
            elif tur == "HRF" and not ek.findtext(_t("Referans")):
                self.err("K.19", f"{name}: HRF ek {ek_id} has no Referans.")
            elif tur not in ANNEX_KINDS:
                self.err("K.19", f"{name}: unknown ek Tur {tur!r}.")
        for part_name in self.parts:
            if part_name.lower().startswith("/ekler/") and (
                part_name[len("/Ekler/") :].lower() not in ded_files
            ):
                self.err("K.24", f"The part {part_name} is not listed in the Üstveri.")
        for ilgi in root.iter(_t("Ilgi")):
            ids.append((ilgi.findtext(_t("Id")) or "").strip())
            ek_id = ilgi.findtext(_t("EkId"))
            if ek_id and ek_id.strip() not in ek_ids:
                self.err("K.25", f"An ilgi points at the missing ek {ek_id}.")
        if len(set(ids)) != len(ids):
            self.err("K.61", f"{name}: ids are not unique.")
        for value in ids:
            if not GUID_RE.match(value) or value != value.upper():
                self.err("K.80", f"{name}: id {value!r} is not an upper-case GUID.")

    def check_core(self, by_type):
        targets = by_type.get(REL_CORE, [])
        if not targets:
            return
        root = self.parse(targets[0], "OPC")
        if root is None:
            return
        values = (
            ("K.68", f"{{{NS_DC}}}identifier", self.belge_id),
            ("K.69", f"{{{NS_DC}}}subject", self.konu),
            ("K.71", f"{{{NS_CORE}}}category", "RESMIYAZISMA"),
            ("K.73", f"{{{NS_CORE}}}contentType", "application/eyazisma"),
        )
        for code, tag, wanted in values:
            found = root.findtext(tag)
            if wanted is not None and (found or "").strip() != wanted.strip():
                label = etree.QName(tag).localname
                self.err(code, f"{targets[0]}: Core {label} is {found!r}.")

    def check_nihai_ustveri(self, by_type):
        targets = by_type.get(REL_NIHAI_USTVERI, [])
        if not targets:
            return
        name = targets[0]
        root = self.parse(name, "K.85")
        if root is None:
            return
        if root.tag != f"{{{NS_NIHAI_USTVERI}}}NihaiUstVeri":
            self.err("K.85", f"{name} root is not NihaiUstVeri (2.x).")
            return
        if not (root.findtext(_t("BelgeNo")) or "").strip():
            self.err("K.85", f"{name} has no BelgeNo.")
        if not root.findall(f"{_t('BelgeImzalar')}/{_t('Imza')}"):
            self.err("K.85", f"{name} has no Imza.")
        try:
            datetime.datetime.fromisoformat(
                (root.findtext(_t("Tarih")) or "").replace("Z", "+00:00")
            )
        except ValueError:
            self.err("K.85", f"{name} has no valid Tarih.")

    def check_digests(self, name, root, code):
        """Recompute the digests of an özet; return the covered part names."""
        covered = set()
        for ref in _local(root, "Reference"):
            uri = ref.get("URI") or ""
            if ref.get("Type") == TYPE_HARICI:
                covered.add(("harici", uri))
                continue
            real, data = self.part(uri if uri.startswith("/") else "/" + uri)
            if real is None:
                self.err(code, f"{name} references the missing part {uri}.")
                continue
            covered.add(real)
            algos = []
            for item in _local(ref, "DigestItem"):
                methods = _local(item, "DigestMethod")
                algo = methods[0].get("Algorithm") if methods else None
                algos.append(algo)
                values = _local(item, "DigestValue")
                value = "".join(values[0].itertext()).strip() if values else ""
                if algo not in DIGESTS:
                    self.err("ALG", f"{name}: unsupported digest {algo} for {uri}.")
                    continue
                expected = base64.b64encode(DIGESTS[algo](data).digest()).decode()
                if value != expected:
                    self.err(
                        code,
                        f"The {name} digest of {real} does not match: "
                        "the package was altered.",
                    )
            if len(algos) < 2 or len(set(algos)) != len(algos):
                self.err("ALG", f"{name}: {uri} needs two different digests.")
            if ALG_SHA512 not in algos:
                self.err("ALG", f"{name}: {uri} has no SHA-512 digest.")
        return covered

    def check_ozet(self, name, root_tag, ns, codes):
        parse_code, digest_code, id_code = codes
        root = self.parse(name, parse_code)
        if root is None:
            return None, set()
        if root.tag != f"{{{ns}}}{root_tag}":
            self.err(parse_code, f"{name} root is not {root_tag} (2.x).")
            return None, set()
        root_id = root.get("Id") or ""
        if self.belge_id and root_id != self.belge_id:
            self.err(id_code, f"{name} Id is not the BelgeId.")
        if root_id != root_id.upper():
            self.err("K.80", f"{name} Id is not upper case.")
        return root, self.check_digests(name, root, digest_code)

    def check_signature(self, part_name, signed_name, code, warn_code):
        real, data = self.part(part_name)
        if real is None:
            self.err(code, f"The signature part {part_name} is missing.")
            return None
        if not self.verify_signatures:
            return None
        try:
            info = eyp_cms.verify(data)
        except eyp_cms.CmsError as exc:
            if "etached" in exc.message:
                self.warn(warn_code, f"{part_name} does not embed {signed_name}.")
            self.err(code, f"{part_name} is not a valid signature: {exc.message}")
            return None
        if info["content"] != self.parts.get(signed_name):
            self.warn(warn_code, f"{part_name} does not embed {signed_name}.")
            self.err(code, f"{part_name} signs other content than {signed_name}.")
            return None
        return info

    def check_ozets(self, by_type, ustyazi):
        mandatory = {n for n in (self.lower.get(PART_USTVERI.lower()), ustyazi) if n}
        mandatory |= set(by_type.get(REL_EK, []))
        paket = by_type.get(REL_PAKET_OZETI, [])
        paket_cov = set()
        if paket:
            _root, paket_cov = self.check_ozet(
                paket[0], "PaketOzeti", NS_PAKET_OZETI, ("K.29", "K.33", "K.34")
            )
            for missing in sorted(mandatory - paket_cov):
                self.err("K.33", f"The Paket Özeti does not cover {missing}.")
            po_rels = self.read_rels(PART_PAKET_OZETI_RELS) or []
            imza = [t for r, t in po_rels if r == REL_IMZA]
            if len(imza) != 1:
                self.err("IMZA", "The e-imza relationship is missing or repeated.")
            else:
                self.imza = self.check_signature(imza[0], paket[0], "IMZA", "K.81")
        nihai = by_type.get(REL_NIHAI_OZET, [])
        if not nihai:
            return
        root, nihai_cov = self.check_ozet(
            nihai[0], "NihaiOzet", NS_NIHAI_OZET, ("K.39", "K.43", "K.44")
        )
        if root is None:
            return
        if any(isinstance(c, tuple) for c in nihai_cov):
            self.err("K.45", f"{nihai[0]} has external references.")
        wanted = set(mandatory) | {p for p in paket_cov if not isinstance(p, tuple)}
        for rel_type in (REL_CORE, REL_PAKET_OZETI, REL_NIHAI_USTVERI):
            wanted |= set(by_type.get(rel_type, []))
        imza_real = self.lower.get(PART_IMZA.lower())
        if imza_real:
            wanted.add(imza_real)
        for missing in sorted(wanted - nihai_cov):
            self.err("K.43", f"The Nihai Özet does not cover {missing}.")
        no_rels = self.read_rels(PART_NIHAI_OZET_RELS) or []
        muhur = [t for r, t in no_rels if r == REL_MUHUR]
        if len(muhur) != 1:
            self.err("MUHUR", "The e-mühür relationship is missing or repeated.")
        else:
            self.muhur = self.check_signature(muhur[0], nihai[0], "MUHUR", "K.100")

    # -- conversion ------------------------------------------------------
    def to_party(self, holder):
        if holder is None:
            return Party(kind="kurum")
        kurum = holder.find(_t("KurumKurulus"))
        if kurum is None and holder.find(_t("Taraf")) is not None:
            return self.to_party(holder.find(_t("Taraf")))
        if kurum is not None:
            party = Party(
                kind="kurum",
                detsis=kurum.findtext(_t("KKK")) or "",
                birim_detsis=kurum.findtext(_t("BirimKKK")) or "",
                name=kurum.findtext(_t("Adi")) or "",
            )
            self.to_contact(kurum, party)
            return party
        tuzel = holder.find(_t("TuzelSahis"))
        if tuzel is not None:
            id_el = tuzel.find(_t("Id"))
            party = Party(
                kind="tuzel",
                name=tuzel.findtext(_t("Adi")) or "",
                id_value=id_el.text if id_el is not None else "",
                id_scheme=id_el.get("schemeID") if id_el is not None else "",
            )
            self.to_contact(tuzel, party)
            return party
        gercek = holder.find(_t("GercekSahis"))
        return self.to_person(gercek if gercek is not None else holder)

    def to_person(self, el):
        if el is None:
            return None
        party = Party(
            kind="gercek",
            tckn=el.findtext(_t("TCKN")) or "",
            first_name=el.findtext(f"{_t('Kisi')}/{_t('IlkAdi')}") or "",
            last_name=el.findtext(f"{_t('Kisi')}/{_t('Soyadi')}") or "",
            title=el.findtext(f"{_t('Kisi')}/{_t('Unvan')}") or "",
            position=el.findtext(_t("Gorev")) or "",
        )
        party.name = " ".join(p for p in (party.first_name, party.last_name) if p)
        self.to_contact(el, party)
        return party

    def to_contact(self, el, party):
        contact = el.find(_t("IletisimBilgisi"))
        if contact is None:
            return
        for tag, attr in (
            ("Telefon", "phone"),
            ("EPosta", "email"),
            ("KepAdresi", "kep"),
            ("Adres", "address"),
            ("Ilce", "district"),
            ("Il", "city"),
            ("Ulke", "country"),
        ):
            setattr(party, attr, contact.findtext(_t(tag)) or "")

    def to_letter(self, root, ustyazi):
        recipients = []
        for dagitim in root.iter(_t("Dagitim")):
            miat = MIAT_RE.match(dagitim.findtext(_t("Miat")) or "")
            days = None
            if miat and (miat.group(1) or miat.group(2)):
                days = int(miat.group(1) or 0) * 7 + int(miat.group(2) or 0)
            recipients.append(
                Recipient(
                    party=self.to_party(dagitim),
                    kind=dagitim.findtext(_t("DagitimTuru")) or "",
                    urgency=dagitim.findtext(_t("Ivedilik")) or "",
                    miat=days,
                )
            )
        annexes = []
        for ek in root.iter(_t("Ek")):
            filename = ek.findtext(_t("DosyaAdi")) or ""
            kind = ek.findtext(_t("Tur")) or ""
            content = b""
            if kind == "DED":
                content = self.part("/Ekler/" + filename)[1] or b""
            annexes.append(
                Annex(
                    id=(ek.findtext(_t("Id")) or "").strip(),
                    kind=kind,
                    order=_parse_int(ek.findtext(_t("SiraNo"))),
                    name=ek.findtext(_t("Ad")) or "",
                    description=ek.findtext(_t("Aciklama")) or "",
                    filename=filename,
                    mimetype=ek.findtext(_t("MimeTuru")) or "",
                    content=content,
                    reference=ek.findtext(_t("Referans")) or "",
                )
            )
        references = []
        for ilgi in root.iter(_t("Ilgi")):
            date = None
            if ilgi.findtext(_t("Tarih")):
                try:
                    date = datetime.date.fromisoformat(ilgi.findtext(_t("Tarih"))[:10])
                except ValueError:
                    date = None
            references.append(
                Reference(
                    id=(ilgi.findtext(_t("Id")) or "").strip(),
                    label=ilgi.findtext(_t("Etiket")) or "",
                    number=ilgi.findtext(_t("BelgeNo")) or "",
                    date=date,
                    name=ilgi.findtext(_t("Ad")) or "",
                    description=ilgi.findtext(_t("Aciklama")) or "",
                    annex_id=(ilgi.findtext(_t("EkId")) or "").strip(),
                )
            )
        until = root.findtext(_t("GuvenlikKoduGecerlilikTarihi"))
        letter = Letter(
            belge_id=self.belge_id or "",
            subject=self.konu or "",
            letter_pdf=self.parts.get(ustyazi, b"") if ustyazi else b"",
            creator=self.to_party(root.find(_t("Olusturan"))),
            recipients=recipients,
            classification=root.findtext(_t("GuvenlikKodu")) or "",
            classification_until=_parse_date(until),
            letter_filename=root.findtext(_t("DosyaAdi")) or "",
            annexes=annexes,
            references=references,
            language=root.findtext(_t("Dil")) or "",
            file_plan_code=root.findtext(
                f"{_t('SdpBilgisi')}/{_t('AnaSdp')}/{_t('Kod')}"
            )
            or "",
            file_plan_name=root.findtext(
                f"{_t('SdpBilgisi')}/{_t('AnaSdp')}/{_t('Adi')}"
            )
            or "",
            verification_url=root.findtext(
                f"{_t('DogrulamaBilgisi')}/{_t('DogrulamaAdresi')}"
            )
            or "",
        )
        self.read_nihai_ustveri(letter)
        return letter

    def read_nihai_ustveri(self, letter):
        root = self.parse(PART_NIHAI_USTVERI, "K.85")
        if root is None or root.tag != f"{{{NS_NIHAI_USTVERI}}}NihaiUstVeri":
            return
        letter.sayi = root.findtext(_t("BelgeNo")) or ""
        letter.signed_at = _parse_datetime(root.findtext(_t("Tarih")))
        for imza in root.iter(_t("Imza")):
            letter.signatures.append(
                Signature(
                    person=self.to_person(imza.find(_t("Imzalayan")))
                    or Party("gercek"),
                    position=imza.findtext(_t("Makam")) or "",
                    purpose=imza.findtext(_t("Amac")) or "",
                    date=_parse_datetime(imza.findtext(_t("Tarih"))),
                    delegator=self.to_person(imza.find(_t("YetkiDevreden"))),
                    principal=self.to_person(imza.find(_t("VekaletVeren"))),
                )
            )


def _local(parent, localname):
    """Children of parent with this local name, whatever their namespace."""
    return [
        child
        for child in parent
        if isinstance(child.tag, str) and etree.QName(child).localname == localname
    ]


def _parse_int(value):
    try:
        return int((value or "0").strip())
    except ValueError:
        return 0


def _parse_date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _parse_datetime(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


# What reading a damaged or hostile ZIP/XML may raise.
UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    etree.XMLSyntaxError,
)


def peek(data):
    """``(BelgeId, GuvenlikKodu)`` of a package's Üstveri, read without any
    check; raises on a file that is not a ZIP with a readable Üstveri."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        info = archive.getinfo(names[PART_USTVERI.lstrip("/").lower()])
        if info.file_size > MAX_UNCOMPRESSED:
            raise ValueError("Üstveri too large")
        content = archive.read(info)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(content, parser)
    return (
        (root.findtext(_t("BelgeId")) or "").strip().upper(),
        (root.findtext(_t("GuvenlikKodu")) or "").strip().upper(),
    )


def validate(data, filename=None, verify_signatures=True):
    """Return the list of problems of a package (empty when it is clean)."""
    checker = _Checker(data, filename, verify_signatures)
    checker.run()
    return checker.problems


def read(data, verify_signatures=True, filename=None):
    """Validate and parse a package; raise EypError on any error problem."""
    checker = _Checker(data, filename, verify_signatures)
    checker.run()
    errors = [p for p in checker.problems if p.severity == "error"]
    if errors:
        raise EypError(errors)
    return Package(
        letter=checker.letter,
        parts=dict(checker.parts),
        problems=checker.problems,
        imza=checker.imza,
        muhur=checker.muhur,
    )
