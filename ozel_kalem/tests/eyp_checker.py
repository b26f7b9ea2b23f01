# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Independent checker of e-Yazışma Paketi (EYP 2.x) files.

Written from docs/spec (``eyp.md``) alone, without looking at the product's
own builder/reader, so that tests can hold the product's packages against a
second implementation.  No Odoo import: ``check(data)`` returns a list of
``(code, severity, message)`` for every rule of spec §5 that fails.

Codes: ``K.n`` as the spec numbers them, ``ZIP`` (not a zip/OPC package),
``CT`` (content types), ``REL`` (relationships), ``DIGEST-ALG`` (digest
algorithms), ``CMS-IMZA`` / ``CMS-MUHUR`` (e-imza / e-mühür signatures).
"""

import base64
import binascii
import hashlib
import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from lxml import etree

ERROR = "error"
WARNING = "warning"

# --- namespaces, relationship types, vocabularies ---------------------------

NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_USTVERI = "urn:dpt:eyazisma:schema:xsd:Ustveri-2"
NS_TIPLER = "urn:dpt:eyazisma:schema:xsd:Tipler-2"
NS_PAKETOZETI = "urn:dpt:eyazisma:schema:xsd:PaketOzeti-2"
NS_NIHAIOZET = "urn:dpt:eyazisma:schema:xsd:NihaiOzet-2"
NS_NIHAIUSTVERI = "urn:dpt:eyazisma:schema:xsd:NihaiUstveri-2"

_R = "http://eyazisma.dpt/iliskiler/"
REL_USTYAZI = _R + "ustyazi"
REL_USTVERI = _R + "ustveri"
REL_EK = _R + "ek"
REL_IMZASIZ_EK = _R + "imzasizEk"
REL_PAKETOZETI = _R + "paketozeti"
REL_IMZA = _R + "imzacades"
REL_NIHAIUSTVERI = _R + "nihaiustveri"
REL_NIHAIOZET = _R + "nihaiozet"
REL_MUHUR = _R + "muhurcades"
REL_PARAFOZETI = _R + "parafozeti"
REL_PARAFIMZA = _R + "parafimzacades"
REL_CORE = (
    "http://schemas.openxmlformats.org/package/2006/relationships/"
    "metadata/core-properties"
)

FIXED_USTVERI = "/Ustveri/Ustveri.xml"
FIXED_PAKETOZETI = "/PaketOzeti/PaketOzeti.xml"
FIXED_NIHAIOZET = "/NihaiOzet/NihaiOzet.xml"
FIXED_NIHAIUSTVERI = "/NihaiUstveri/NihaiUstveri.xml"
FIXED_IMZA = "/Imzalar/ImzaCades.imz"
FIXED_MUHUR = "/Muhur/MuhurCades.imz"

TYPE_DAHILI = "http://eyazisma.dpt/bilesen#dahili"
TYPE_HARICI = "http://eyazisma.dpt/bilesen#harici"

EXPECTED_CT = {
    "xml": "application/xml",
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "pdf": "application/pdf",
    "psmdcp": "application/vnd.openxmlformats-package.core-properties+xml",
    "imz": "application/octet-stream",
}

USTVERI_ORDER = [
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
]
USTVERI_MANDATORY = [
    "BelgeId",
    "Konu",
    "GuvenlikKodu",
    "MimeTuru",
    "DagitimListesi",
    "Dil",
    "Olusturan",
    "DosyaAdi",
    "DogrulamaBilgisi",
]
GUVENLIK_KODLARI = {"YOK", "HZO", "GZL", "CGZ"}
DAGITIM_TURLERI = {"GRG", "BLG"}
IVEDILIKLER = {"NRM", "ACL", "GNL"}
EK_TURLERI = {"DED", "HRF", "FZK"}
TARAF_TAGS = {"KurumKurulus", "TuzelSahis", "GercekSahis"}

DIGEST_URIS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmldsig-more#sha224": "sha224",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-256": "sha3_256",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-384": "sha3_384",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-512": "sha3_512",
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
}
SHA512_URI = "http://www.w3.org/2001/04/xmlenc#sha512"

GUID_UPPER = re.compile(
    r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"
)
BELGE_NO = re.compile(r"^[EZO]-\d{8}-\d{3}(\.\d{2}){0,3}-\d+$")
DATETIME_OFFSET = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
ISO_DURATION = re.compile(
    r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?"
    r"(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)


# --- small helpers ------------------------------------------------------------


class Report:
    def __init__(self):
        self.items = []

    def error(self, code, message):
        self.items.append((code, ERROR, message))

    def warning(self, code, message):
        self.items.append((code, WARNING, message))


def _local(el):
    return etree.QName(el).localname


def _parse_xml(data):
    """Parse XML bytes safely (no entities, no network); None if invalid."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, remove_comments=True
    )
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _children(el, name=None, ns=None):
    out = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if name and _local(child) != name:
            continue
        if ns and etree.QName(child).namespace != ns:
            continue
        out.append(child)
    return out


def _child(el, name, ns=None):
    found = _children(el, name, ns)
    return found[0] if found else None


def _text(el):
    return (el.text or "").strip() if el is not None else ""


def _descendants(el, name):
    return [e for e in el.iter() if isinstance(e.tag, str) and _local(e) == name]


def _key(part_name):
    return part_name.lower()


def _basename(part_name):
    return posixpath.basename(part_name)


class Package:
    """The zip seen as OPC parts: part name ('/A/b.xml') → bytes."""

    def __init__(self, zf):
        self.parts = {}  # lower-case part name -> (part name, bytes)
        self.content_types_raw = None
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = "/" + unquote(info.filename.lstrip("/"))
            raw = zf.read(info)
            if _key(name) == "/[content_types].xml":
                self.content_types_raw = raw
                continue
            self.parts[_key(name)] = (name, raw)
        self.rels = {}  # source ('' for package) -> list of (type, target, mode)

    def get(self, name):
        entry = self.parts.get(_key(name))
        return entry[1] if entry else None

    def has(self, name):
        return _key(name) in self.parts

    def name(self, name):
        return self.parts[_key(name)][0]

    def names(self):
        return [name for name, _raw in self.parts.values()]

    def targets(self, source, rel_type):
        """Internal part names targeted from `source` with `rel_type`."""
        return [
            target
            for typ, target, mode in self.rels.get(source, [])
            if typ == rel_type and mode != "External"
        ]


def _rels_name(source):
    if not source:
        return "/_rels/.rels"
    folder, base = posixpath.split(source)
    return posixpath.join(folder, "_rels", base + ".rels")


def _resolve(source, target):
    target = unquote(target.strip())
    if target.startswith("/"):
        return posixpath.normpath(target)
    folder = posixpath.dirname(source) if source else "/"
    return posixpath.normpath(posixpath.join(folder, target))


# --- ZIP / OPC -------------------------------------------------------------------


def _open_package(data, report):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        pkg = Package(zf)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        report.error("ZIP", f"the file is not a ZIP package ({exc})")
        return None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted / unsupported
        report.error("ZIP", f"the ZIP cannot be read ({exc})")
        return None
    if pkg.content_types_raw is None:
        report.error("ZIP", "no [Content_Types].xml: not an OPC package")
        return None
    return pkg


def _check_content_types(pkg, report):
    root = _parse_xml(pkg.content_types_raw)
    if root is None or root.tag != f"{{{NS_CT}}}Types":
        report.error("CT", "[Content_Types].xml does not parse as OPC Types")
        return
    defaults = {}
    overrides = {}
    for el in root:
        if el.tag == f"{{{NS_CT}}}Default":
            defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        elif el.tag == f"{{{NS_CT}}}Override":
            overrides[_key(unquote(el.get("PartName", "")))] = el.get("ContentType", "")
    for name in pkg.names():
        ext = name.rsplit(".", 1)[-1].lower() if "." in _basename(name) else ""
        ctype = overrides.get(_key(name), defaults.get(ext))
        if not ctype:
            report.error("CT", f"{name} has no content type")
        elif ext in EXPECTED_CT and ctype != EXPECTED_CT[ext]:
            report.error(
                "CT",
                f"{name} has content type {ctype}, expected {EXPECTED_CT[ext]}",
            )


def _load_rels(pkg, source, report, required):
    rels_name = _rels_name(source)
    raw = pkg.get(rels_name)
    if raw is None:
        if required:
            report.error("REL", f"{rels_name} is missing")
        pkg.rels[source] = []
        return
    root = _parse_xml(raw)
    if root is None or root.tag != f"{{{NS_REL}}}Relationships":
        report.error("REL", f"{rels_name} does not parse as OPC Relationships")
        pkg.rels[source] = []
        return
    rels, ids = [], set()
    for el in _children(root, "Relationship", NS_REL):
        rid, typ, target = el.get("Id"), el.get("Type"), el.get("Target")
        mode = el.get("TargetMode", "Internal")
        if not rid or not typ or not target:
            report.error("REL", f"{rels_name}: relationship without Id/Type/Target")
            continue
        if rid in ids:
            report.error("REL", f"{rels_name}: duplicate relationship Id {rid}")
        ids.add(rid)
        if mode == "External":
            rels.append((typ, target, mode))
            continue
        part = _resolve(source, target)
        if not pkg.has(part):
            report.error("REL", f"{rels_name}: target {part} ({typ}) is missing")
            continue
        rels.append((typ, pkg.name(part), mode))
    pkg.rels[source] = rels


# --- parts found through relationships ------------------------------------------


def _single(pkg, names, code_one, code_fixed, fixed, label, report, required=True):
    """K.x 'exactly one' + K.y 'at its fixed name'; returns the part name."""
    if not names:
        if required:
            report.error(code_one, f"no {label} in the package")
        return None
    if len(names) > 1:
        report.error(code_one, f"{len(names)} {label} parts: {', '.join(names)}")
    name = names[0]
    if code_fixed and _key(name) != _key(fixed):
        report.error(code_fixed, f"{label} is at {name}, expected {fixed}")
    return name


def _check_ust_yazi(pkg, report):
    names = pkg.targets("", REL_USTYAZI)
    if len(names) != 1:
        report.error("K.2", f"expected one üst yazı, found {len(names)}")
    if not names:
        return None
    name = names[0]
    if not _key(name).startswith("/ustyazi/"):
        report.error("K.4", f"the üst yazı {name} is not under /UstYazi/")
    if " " in name:
        report.error("K.5", f"the üst yazı name {name!r} contains spaces")
    raw = pkg.get(name)
    if not raw.startswith(b"%PDF-"):
        report.warning("K.6", f"the üst yazı {name} is not a PDF")
    elif b"pdfaid:part" not in raw:
        report.warning("K.6", f"the üst yazı {name} declares no PDF/A conformance")
    return name


def _check_ek_parts(pkg, report):
    digested = pkg.targets("", REL_EK)
    undigested = pkg.targets("", REL_IMZASIZ_EK)
    for name in digested + undigested:
        if not _key(name).startswith("/ekler/"):
            report.error("K.12", f"the ek {name} is not under /Ekler/")
    return digested


# --- Üstveri ------------------------------------------------------------------


def _check_ustveri_order(root, report):
    last = -1
    for child in _children(root):
        qname = etree.QName(child)
        if qname.namespace != NS_TIPLER or qname.localname not in USTVERI_ORDER:
            report.error("K.19", f"Üstveri: unexpected element {child.tag}")
            continue
        index = USTVERI_ORDER.index(qname.localname)
        if index <= last:
            report.error(
                "K.19", f"Üstveri: {qname.localname} is out of the schema order"
            )
        last = max(last, index)
    for name in USTVERI_MANDATORY:
        if _child(root, name, NS_TIPLER) is None:
            report.error("K.19", f"Üstveri: mandatory {name} is missing")


def _check_id(value, what, report):
    if GUID_UPPER.match(value or ""):
        return
    if value and GUID_UPPER.match(value.upper()):
        report.error("K.80", f"{what} {value} is not written in upper case")
    else:
        report.error("K.80", f"{what} {value!r} is not a GUID")


def _check_taraf(el, what, report):
    tarafs = [
        e for e in el.iter() if isinstance(e.tag, str) and _local(e) in TARAF_TAGS
    ]
    if not tarafs:
        report.error("K.19", f"Üstveri: {what} names no KurumKurulus/TuzelSahis/…")
    for kurum in tarafs:
        if _local(kurum) != "KurumKurulus":
            continue
        kkk = _text(_child(kurum, "KKK"))
        if not re.fullmatch(r"\d{8}", kkk):
            report.error("K.19", f"Üstveri: {what} KKK {kkk!r} is not 8 digits")


def _check_dagitim(root, report):
    liste = _child(root, "DagitimListesi", NS_TIPLER)
    dagitimlar = _descendants(liste, "Dagitim") if liste is not None else []
    if not dagitimlar:
        report.error("K.19", "Üstveri: DagitimListesi has no Dagitim")
    for dagitim in dagitimlar:
        _check_taraf(dagitim, "Dagitim", report)
        turu = _text(_child(dagitim, "DagitimTuru"))
        if turu not in DAGITIM_TURLERI:
            report.error("K.19", f"Üstveri: DagitimTuru {turu!r} is not GRG/BLG")
        ivedilik = _text(_child(dagitim, "Ivedilik"))
        if ivedilik not in IVEDILIKLER:
            report.error("K.19", f"Üstveri: Ivedilik {ivedilik!r} is not NRM/ACL/GNL")
        miat = _text(_child(dagitim, "Miat"))
        if ivedilik == "GNL" and not ISO_DURATION.match(miat):
            report.error(
                "K.19", f"Üstveri: GNL needs Miat as ISO 8601 duration, got {miat!r}"
            )


def _check_ustveri_values(root, ust_yazi, report):
    konu = _text(_child(root, "Konu", NS_TIPLER))
    if not konu:
        report.error("K.19", "Üstveri: Konu is empty")
    kod = _text(_child(root, "GuvenlikKodu", NS_TIPLER))
    if kod not in GUVENLIK_KODLARI:
        report.error("K.19", f"Üstveri: GuvenlikKodu {kod!r} is not YOK/HZO/GZL/CGZ")
    mime = _text(_child(root, "MimeTuru", NS_TIPLER))
    if not mime or (
        ust_yazi and ust_yazi.lower().endswith(".pdf") and mime != "application/pdf"
    ):
        report.error("K.19", f"Üstveri: MimeTuru {mime!r} does not fit the üst yazı")
    oz_id = _child(root, "OzId", NS_TIPLER)
    if oz_id is not None and not oz_id.get("schemeID"):
        report.error("K.19", "Üstveri: OzId has no schemeID")
    if not _text(_child(root, "Dil", NS_TIPLER)):
        report.error("K.19", "Üstveri: Dil is empty")
    olusturan = _child(root, "Olusturan", NS_TIPLER)
    if olusturan is not None:
        _check_taraf(olusturan, "Olusturan", report)
    dosya = _text(_child(root, "DosyaAdi", NS_TIPLER))
    if ust_yazi and dosya.lower() != _basename(ust_yazi).lower():
        report.error(
            "K.19",
            f"Üstveri: DosyaAdi {dosya!r} is not the üst yazı's name "
            f"{_basename(ust_yazi)!r}",
        )
    dogrulama = _child(root, "DogrulamaBilgisi", NS_TIPLER)
    adres = _text(_child(dogrulama, "DogrulamaAdresi")) if dogrulama is not None else ""
    if not re.match(r"^https?://\S+$", adres):
        report.error("K.19", f"Üstveri: DogrulamaAdresi {adres!r} is not a URL")
    return konu


def _ek_id(el):
    return _text(_child(el, "Id")) or (el.get("Id") or "").strip()


def _ek_part(pkg, ek):
    """The /Ekler/ part of a DED ek: by DosyaAdi, else named after its Id."""
    dosya = _text(_child(ek, "DosyaAdi"))
    if dosya and pkg.has("/Ekler/" + dosya):
        return pkg.name("/Ekler/" + dosya)
    ek_id = _ek_id(ek).lower()
    for name in pkg.names():
        stem = _basename(name).rsplit(".", 1)[0].lower()
        if _key(name).startswith("/ekler/") and ek_id and stem == ek_id:
            return name
    return None


def _check_ekler(pkg, root, report):
    """K.23/K.24 and the Ek fields; returns (ek ids, DED part names)."""
    ekler = _child(root, "Ekler", NS_TIPLER)
    eks = _children(ekler, "Ek") if ekler is not None else []
    ids, ded_parts = [], []
    for ek in eks:
        ek_id = _ek_id(ek)
        ids.append(ek_id)
        _check_id(ek_id, "Ek Id", report)
        tur = _text(_child(ek, "Tur"))
        if tur not in EK_TURLERI:
            report.error("K.19", f"Üstveri: Ek {ek_id} Tur {tur!r} is not DED/HRF/FZK")
        if tur == "HRF" and not _text(_child(ek, "Referans")):
            report.error("K.19", f"Üstveri: HRF Ek {ek_id} has no Referans")
        if tur != "DED":
            continue
        part = _ek_part(pkg, ek)
        if part is None:
            report.error("K.23", f"DED Ek {ek_id} has no part under /Ekler/")
        else:
            ded_parts.append(part)
    listed = {_key(p) for p in ded_parts}
    for name in pkg.names():
        if _key(name).startswith("/ekler/") and _key(name) not in listed:
            report.error("K.24", f"{name} is not listed as a DED Ek in the Üstveri")
    return ids, ded_parts


def _check_ilgiler(root, ek_ids, report):
    ilgiler = _child(root, "Ilgiler", NS_TIPLER)
    ids = []
    known = {i.upper() for i in ek_ids}
    for ilgi in _children(ilgiler, "Ilgi") if ilgiler is not None else []:
        ilgi_id = _ek_id(ilgi)
        ids.append(ilgi_id)
        _check_id(ilgi_id, "Ilgi Id", report)
        ek_id = _text(_child(ilgi, "EkId"))
        if ek_id and ek_id.upper() not in known:
            report.error("K.25", f"Ilgi {ilgi_id} points at unknown Ek {ek_id}")
    return ids


def _check_ustveri(pkg, ust_yazi, report):
    """K.16/K.18/K.19/K.23/K.24/K.25/K.61/K.80; returns (belge_id, konu, DEDs)."""
    name = _single(
        pkg,
        pkg.targets("", REL_USTVERI),
        "K.16",
        "K.18",
        FIXED_USTVERI,
        "Üstveri",
        report,
    )
    if name is None:
        return None, None, []
    root = _parse_xml(pkg.get(name))
    if root is None or root.tag != f"{{{NS_USTVERI}}}UstVeri":
        report.error("K.19", f"{name} does not parse as an Ustveri-2 UstVeri")
        return None, None, []
    _check_ustveri_order(root, report)
    belge_id = _text(_child(root, "BelgeId", NS_TIPLER))
    _check_id(belge_id, "BelgeId", report)
    _check_dagitim(root, report)
    konu = _check_ustveri_values(root, ust_yazi, report)
    ek_ids, ded_parts = _check_ekler(pkg, root, report)
    ilgi_ids = _check_ilgiler(root, ek_ids, report)
    all_ids = [i.upper() for i in [belge_id, *ek_ids, *ilgi_ids] if i]
    duplicates = sorted({i for i in all_ids if all_ids.count(i) > 1})
    if duplicates:
        report.error("K.61", f"ids used more than once: {', '.join(duplicates)}")
    return belge_id, konu, ded_parts


# --- Core -----------------------------------------------------------------------


def _check_core(pkg, belge_id, konu, report):
    names = pkg.targets("", REL_CORE)
    if len(names) != 1:
        report.error("K.68", f"expected one Core part, found {len(names)}")
    if not names:
        return None
    root = _parse_xml(pkg.get(names[0]))
    if root is None or root.tag != f"{{{NS_CP}}}coreProperties":
        report.error("K.68", f"{names[0]} does not parse as core properties")
        return names[0]
    checks = [
        ("K.68", f"{{{NS_DC}}}identifier", belge_id, "dc:identifier"),
        ("K.69", f"{{{NS_DC}}}subject", konu, "dc:subject"),
        ("K.71", f"{{{NS_CP}}}category", "RESMIYAZISMA", "category"),
        ("K.73", f"{{{NS_CP}}}contentType", "application/eyazisma", "contentType"),
    ]
    for code, tag, expected, label in checks:
        value = _text(root.find(tag))
        if expected is not None and value != expected.strip():
            report.error(code, f"Core {label} is {value!r}, expected {expected!r}")
    return names[0]


# --- digest parts (Paket Özeti, Nihai Özet) -------------------------------------


def _check_reference_digests(pkg, label, uri, ref, code, report):
    items = _descendants(ref, "DigestItem")
    algorithms = []
    for item in items:
        method = _descendants(item, "DigestMethod")
        algorithm = method[0].get("Algorithm", "") if method else ""
        algorithms.append(algorithm)
        hash_name = DIGEST_URIS.get(algorithm)
        if hash_name is None:
            report.error("DIGEST-ALG", f"{label} {uri}: unknown digest {algorithm!r}")
            continue
        if hash_name == "sha1":
            report.error("DIGEST-ALG", f"{label} {uri}: SHA-1 is refused")
        raw = pkg.get(uri)
        if raw is None:
            continue
        try:
            value = base64.b64decode(_text(_descendants(item, "DigestValue")[0]))
        except (IndexError, binascii.Error, ValueError):
            value = None
        if value != hashlib.new(hash_name, raw).digest():
            report.error(code, f"{label}: {hash_name} digest of {uri} does not match")
    if len(items) < 2 or len(set(algorithms)) < len(algorithms):
        report.error(
            "DIGEST-ALG",
            f"{label} {uri}: needs two digests with different algorithms",
        )
    if SHA512_URI not in algorithms:
        report.error("DIGEST-ALG", f"{label} {uri}: no SHA-512 digest")


def _check_digest_part(pkg, name, spec, belge_id, report):
    """Parse one digest part; returns the set of internal part names covered."""
    ns, root_name, code_parse, code_digest, code_id, label = spec
    root = _parse_xml(pkg.get(name))
    if root is None or root.tag != f"{{{ns}}}{root_name}":
        report.error(code_parse, f"{name} does not parse as {root_name} ({ns})")
        return None
    part_id = (root.get("Id") or "").strip()
    _check_id(part_id, f"{label} Id", report)
    if belge_id and part_id != belge_id:
        report.error(code_id, f"{label} Id {part_id!r} is not the BelgeId")
    covered = set()
    for ref in _descendants(root, "Reference"):
        uri = unquote((ref.get("URI") or "").strip())
        if ref.get("Type") == TYPE_HARICI:
            if root_name == "NihaiOzet":
                report.error("K.45", f"Nihai Özet has an external reference {uri}")
            continue
        part = _resolve("", uri) if uri else ""
        if not uri or not pkg.has(part):
            report.error(code_digest, f"{label} references missing part {uri!r}")
            continue
        covered.add(_key(part))
        _check_reference_digests(pkg, label, part, ref, code_digest, report)
    return covered


def _check_coverage(covered, required, label, code, report):
    for name in required:
        if name and _key(name) not in covered:
            report.error(code, f"{label} does not cover {name}")


PAKET_SPEC = (NS_PAKETOZETI, "PaketOzeti", "K.29", "K.33", "K.34", "Paket Özeti")
NIHAI_SPEC = (NS_NIHAIOZET, "NihaiOzet", "K.39", "K.43", "K.44", "Nihai Özet")


# --- Nihai Üstveri -------------------------------------------------------------


def _check_nihai_ustveri(pkg, signed, report):
    name = _single(
        pkg,
        pkg.targets("", REL_NIHAIUSTVERI),
        "K.82",
        "K.84",
        FIXED_NIHAIUSTVERI,
        "Nihai Üstveri",
        report,
        required=signed,
    )
    if name is None:
        return None
    root = _parse_xml(pkg.get(name))
    if root is None or root.tag != f"{{{NS_NIHAIUSTVERI}}}NihaiUstVeri":
        report.error("K.85", f"{name} does not parse as a NihaiUstveri-2")
        return name
    tarih = _text(_child(root, "Tarih"))
    if not DATETIME_OFFSET.match(tarih):
        report.error("K.85", f"Nihai Üstveri Tarih {tarih!r} is no dateTime+offset")
    belge_no = _text(_child(root, "BelgeNo"))
    if not BELGE_NO.match(belge_no):
        report.error("K.85", f"Nihai Üstveri BelgeNo {belge_no!r} is no sayı")
    imzalar = _child(root, "BelgeImzalar")
    if imzalar is None or not _descendants(imzalar, "Imza"):
        report.error("K.85", "Nihai Üstveri has no BelgeImzalar/Imza")
    return name


# --- CMS signatures -----------------------------------------------------------


def _signer_certificate(signed_data, sid):
    for choice in signed_data["certificates"] or []:
        if not isinstance(choice.chosen, asn1_x509.Certificate):
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            if (
                cert.issuer == sid.chosen["issuer"]
                and cert.serial_number == sid.chosen["serial_number"].native
            ):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _verify_signature(cert, signer_info, signed_bytes, hash_name):
    """Raise on a bad signature (RSA PKCS#1 v1.5 / PSS or ECDSA)."""
    algorithm = getattr(hashes, hash_name.upper())()
    public_key = x509.load_der_x509_certificate(cert.dump()).public_key()
    signature = signer_info["signature"].native
    sig_alg = signer_info["signature_algorithm"]["algorithm"].native
    if isinstance(public_key, rsa.RSAPublicKey):
        if sig_alg == "rsassa_pss":
            params = signer_info["signature_algorithm"]["parameters"]
            pad = padding.PSS(
                mgf=padding.MGF1(algorithm), salt_length=params["salt_length"].native
            )
        else:
            pad = padding.PKCS1v15()
        public_key.verify(signature, signed_bytes, pad, algorithm)
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, signed_bytes, ec.ECDSA(algorithm))
    else:
        raise TypeError(f"unsupported key type {type(public_key).__name__}")


def _cms_problems(der, content):
    """List of problems of an attached CMS over `content`; [] when valid.
    The first item is 'detached' when the content is not embedded."""
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            return ["it is not a CMS SignedData"]
        signed_data = info["content"]
        encap = signed_data["encap_content_info"]
        embedded = encap["content"].native if encap["content"] else None
        signer_infos = list(signed_data["signer_infos"])
    except (ValueError, TypeError, KeyError) as exc:
        return [f"it does not parse as DER CMS ({exc})"]
    problems = []
    if embedded is None:
        problems.append("detached")
    elif embedded != content:
        problems.append("the embedded content is not exactly the signed part")
    if not signer_infos:
        return problems + ["it has no SignerInfo"]
    for signer_info in signer_infos:
        problems += _signer_problems(signed_data, signer_info, embedded or content)
    return problems


def _signer_problems(signed_data, signer_info, content):
    try:
        hash_name = signer_info["digest_algorithm"]["algorithm"].native
        digest = hashlib.new(hash_name, content).digest()
        attrs = signer_info["signed_attrs"]
        if not attrs:
            return ["the SignerInfo has no signed attributes"]
        values = {attr["type"].native: attr["values"] for attr in attrs}
        if "message_digest" not in values:
            return ["no message-digest signed attribute"]
        if values["message_digest"][0].native != digest:
            return ["the message-digest attribute does not match the content"]
        cert = _signer_certificate(signed_data, signer_info["sid"])
        if cert is None:
            return ["the signer certificate is not in the CMS"]
        signed_bytes = b"\x31" + attrs.dump()[1:]  # [0] IMPLICIT -> SET OF
        _verify_signature(cert, signer_info, signed_bytes, hash_name)
    except Exception as exc:  # noqa: BLE001 - any failure means "does not verify"
        return [f"the signature does not verify ({type(exc).__name__}: {exc})"]
    return []


def _check_cms(pkg, source, rel_type, fixed, content, codes, report):
    code, warn_code, label, over = codes
    names = pkg.targets(source, rel_type) if source else []
    if not names:
        report.error(code, f"no {label} ({rel_type} from {source or 'nowhere'})")
        return None
    if len(names) > 1:
        report.error(code, f"{len(names)} {label} parts")
    name = names[0]
    if _key(name) != _key(fixed):
        report.error(code, f"{label} is at {name}, expected {fixed}")
    if content is None:
        return name
    for problem in _cms_problems(pkg.get(name), content):
        if problem == "detached":
            report.warning(warn_code, f"{label} does not embed the {over}")
        elif problem.startswith("the embedded content"):
            report.warning(warn_code, f"{label} does not embed the {over}")
            report.error(code, f"{label}: {problem} ({over})")
        else:
            report.error(code, f"{label}: {problem}")
    return name


# --- the whole package ----------------------------------------------------------


def _check_filename(filename, belge_id, report):
    if filename is None:
        return
    base = posixpath.basename(filename.replace("\\", "/"))
    if not belge_id or base != f"{belge_id}.eyp":
        report.warning("K.66", f"the file is named {base!r}, not [BelgeId].eyp")


def _check_paket_ozeti(pkg, belge_id, required, report):
    name = _single(
        pkg,
        pkg.targets("", REL_PAKETOZETI),
        "K.26",
        "K.28",
        FIXED_PAKETOZETI,
        "Paket Özeti",
        report,
    )
    if name is None:
        return None, set()
    covered = _check_digest_part(pkg, name, PAKET_SPEC, belge_id, report)
    if covered is None:
        return name, set()
    _check_coverage(covered, required, "Paket Özeti", "K.33", report)
    return name, covered


def _check_nihai_ozet(pkg, belge_id, signed, required, report):
    name = _single(
        pkg,
        pkg.targets("", REL_NIHAIOZET),
        "K.98",
        "K.38",
        FIXED_NIHAIOZET,
        "Nihai Özet",
        report,
        required=signed,
    )
    if name is None:
        return None
    covered = _check_digest_part(pkg, name, NIHAI_SPEC, belge_id, report)
    if covered is not None:
        _check_coverage(covered, required, "Nihai Özet", "K.43", report)
    return name


def check(data, filename=None):
    """Check an EYP 2.x package; list of (code, severity, message).

    `filename`, when given, is checked against K.66 ([BelgeId].eyp)."""
    report = Report()
    pkg = _open_package(data, report)
    if pkg is None:
        return report.items
    _check_content_types(pkg, report)
    _load_rels(pkg, "", report, required=True)
    ust_yazi = _check_ust_yazi(pkg, report)
    digested_eks = _check_ek_parts(pkg, report)
    belge_id, konu, ded_parts = _check_ustveri(pkg, ust_yazi, report)
    _check_filename(filename, belge_id, report)
    core = _check_core(pkg, belge_id, konu, report)

    ustveri = (pkg.targets("", REL_USTVERI) or [None])[0]
    paket_required = [ustveri, ust_yazi, *digested_eks, *ded_parts]
    paket_names = pkg.targets("", REL_PAKETOZETI)
    for source in paket_names[:1]:
        _load_rels(pkg, source, report, required=True)
        paket_required += pkg.targets(source, REL_PARAFOZETI)
    paket, paket_covered = _check_paket_ozeti(pkg, belge_id, paket_required, report)
    imza = _check_cms(
        pkg,
        paket,
        REL_IMZA,
        FIXED_IMZA,
        pkg.get(paket) if paket else None,
        ("CMS-IMZA", "K.81", "the e-imza", "Paket Özeti"),
        report,
    )

    signed = imza is not None or bool(pkg.targets("", REL_NIHAIUSTVERI))
    nihai_ustveri = _check_nihai_ustveri(pkg, signed, report)
    nihai_required = sorted({_key(n) for n in paket_required if n} | paket_covered) + [
        core,
        paket,
        imza,
        nihai_ustveri,
    ]
    nihai_names = pkg.targets("", REL_NIHAIOZET)
    for source in nihai_names[:1]:
        _load_rels(pkg, source, report, required=True)
    nihai = _check_nihai_ozet(pkg, belge_id, signed, nihai_required, report)
    _check_cms(
        pkg,
        nihai,
        REL_MUHUR,
        FIXED_MUHUR,
        pkg.get(nihai) if nihai else None,
        ("CMS-MUHUR", "K.100", "the e-mühür", "Nihai Özet"),
        report,
    )
    return report.items


def errors(data, filename=None):
    """Only the error codes (sorted, unique) — handy in assertions."""
    return sorted({code for code, sev, _msg in check(data, filename) if sev == ERROR})
