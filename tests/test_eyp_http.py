# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Received e-Yazışma packages over real HTTP (``odoo_server``): the files
of a classified (GİZLİ) package, and the KEP message that brought one, are
read only by their need-to-know readers, the director and the mayor.

A clerk imports a GİZLİ package through the import wizard, over JSON-RPC as
the browser does; a second GİZLİ package arrives by KEP (the mail gateway's
``message_process``, called by the administrator).  Then:

* ``attacker`` (a clerk of the same office, not on the need-to-know list)
  and ``outsider`` (an employee without the office's groups) walk every
  path to the package, its üst yazı, its ek, the KEP message and the KEP
  message's files (``/web/content``, ``/web/image``, ``read``,
  ``search_read``, ``web_search_read``, ``export_data``, the chatter) and
  get nothing of them: a refusal, and no answer that holds a name, a
  subject, the package's bytes or the letter's PDF;
* the same for the import wizard's row, which keeps the package it
  imported (``package``, ``attachment=False``) until the transient vacuum;
* the clerk (a reader of the imported document, not of the one the KEP
  brought) is a non-reader of the KEP message and its files too;
* a GİZLİ package that the KEP brings but that is not registered (sent
  again: a duplicate) waits for review without being exposed to clerks
  outside its need-to-know list;
* the clerk and the director download the package byte for byte, the
  director the KEP message's package (the paths work for readers);
* the clerk can neither delete nor change the package kept by the document;
* the public verification page shows no document for an unknown code, nor
  for the code of a received (incoming) document.
"""

import base64
import datetime
import email.message
import email.utils
import uuid
from dataclasses import dataclass, field

import pytest
from _rpc import Client

from odoo.addons.ozel_kalem.tools import eyp, eyp_cms

DOCUMENT = "ozel_kalem.document"
KEP = "ozel_kalem.kep.message"
WIZARD = "ozel_kalem.eyp.import"
ATTACHMENT = "ir.attachment"
TR = datetime.timezone(datetime.timedelta(hours=3))
SENDER_DETSIS = "19283746"  # Örnek Belediyesi (as in test_eyp_import.py)
DEFAULT_DETSIS = "11223344"  # the municipality's, when the database has none
SIGNED_AT = datetime.datetime(2026, 11, 2, 10, 15, tzinfo=TR)
ROLE_GROUPS = {
    "clerk": ["ozel_kalem.group_user"],
    "attacker": ["ozel_kalem.group_user"],
    "outsider": ["base.group_user"],
    "director": ["ozel_kalem.group_director"],
}
OFFICE_STAFF = ("clerk", "attacker")
# The files of the imported document, and those of the KEP message.
DOCUMENT_FILES = ("package", "letter", "annex")
KEP_FILES = ("kep_package", "kep_cover")


# ---------------------------------------------------------------------------
# The world: users, the imported package, the KEP message
# ---------------------------------------------------------------------------
@dataclass
class Target:
    """A record a non-reader must not get: ``secrets`` are byte strings
    that no answer to them may hold; ``content`` the file's bytes."""

    key: str
    model: str
    id: int
    name: str = ""
    content: bytes = b""
    res_model: str = ""
    res_id: int = 0
    secrets: list = field(default_factory=list)

    def content_marker(self, reply):
        """Whether ``reply`` holds the record's name (found by a path that
        answers with free-form data)."""
        return bool(reply.ok and self.name and self.name.encode() in reply.body)


@dataclass
class World:
    server: object
    token: str
    admin: Client
    clients: dict  # role -> Client
    targets: dict  # key -> Target
    document_id: int = 0
    document_belge_id: str = ""
    document_number: str = ""
    kep_document_id: int = 0
    kep_mail_ids: list = field(default_factory=list)  # the KEP chatter


def _ref(admin, xmlid):
    module, name = xmlid.split(".")
    return admin.ok(
        admin.call("ir.model.data", "check_object_reference", module, name)
    )[1]


def _guid():
    return str(uuid.uuid4()).upper()


def _make_users(server, admin, token, company_id):
    groups = {
        xmlid: _ref(admin, xmlid) for xmlids in ROLE_GROUPS.values() for xmlid in xmlids
    }
    unit = admin.ok(
        admin.call(
            "hr.department",
            "create",
            {
                "name": f"EYP Sekreterlik {token}",
                "is_office_unit": True,
                "company_id": company_id,
            },
        )
    )
    clients = {}
    for role, xmlids in ROLE_GROUPS.items():
        login = f"eyp_{role}_{token}"
        password = f"pw-{login}"
        admin.ok(
            admin.call(
                "res.users",
                "create",
                {
                    "name": f"EYP {role.title()} {token}",
                    "login": login,
                    "password": password,
                    "email": f"{login}@example.com",
                    "groups_id": [[6, 0, [groups[xmlid] for xmlid in xmlids]]],
                    "company_id": company_id,
                    "company_ids": [[6, 0, [company_id]]],
                    "tz": "Europe/Istanbul",
                    "notification_type": "inbox",
                },
                context={"no_reset_password": True},
            )
        )
        clients[role] = Client(server.url, server.db, login, password).authenticate()
        if role in OFFICE_STAFF:
            admin.ok(
                admin.call(
                    "hr.employee",
                    "create",
                    {
                        "name": f"EYP {role} {token}",
                        "user_id": clients[role].uid,
                        "department_id": unit,
                        "company_id": company_id,
                    },
                )
            )
    return clients


def _letter(token, our_detsis, file_code, subject, pdf, annexes=()):
    """A GİZLİ letter of Örnek Belediyesi to the municipality."""
    return eyp.Letter(
        belge_id=_guid(),
        subject=subject,
        letter_pdf=pdf,
        letter_filename=f"UstYazi-{token}.pdf",
        creator=eyp.Party(
            kind="kurum",
            detsis=SENDER_DETSIS,
            name="Örnek Belediyesi",
            kep="ornekbelediyesi@hs01.kep.tr",
        ),
        recipients=[
            eyp.Recipient(
                eyp.Party(kind="kurum", detsis=our_detsis, name="Test Belediyesi"),
                kind="GRG",
                urgency="NRM",
            )
        ],
        classification="GZL",
        annexes=list(annexes),
        file_plan_code=file_code["code"],
        file_plan_name=file_code["name"],
        verification_url="https://ornek.bel.tr/dogrula",
        sayi=f"E-{SENDER_DETSIS}-{file_code['code']}-55",
        signed_at=SIGNED_AT,
        signatures=[
            eyp.Signature(
                person=eyp.Party(kind="gercek", first_name="Ayşe", last_name="Yılmaz"),
                position="Belediye Başkanı",
                purpose="İmza",
            )
        ],
        created=SIGNED_AT,
        creator_name="Örnek Belediyesi",
    )


def _kep_mail(token, package, package_name, cover):
    """The KEP mail carrying the package and a cover PDF, as the gateway
    fetches it (RFC 822 text)."""
    mail = email.message.EmailMessage()
    mail["From"] = f"Ornek Belediyesi <ornek-{token}@hs01.kep.tr>"
    mail["To"] = "kep@example.com"
    mail["Subject"] = f"KEP gizli yazi {token}"
    mail["Date"] = email.utils.formatdate(localtime=True)
    mail["Message-Id"] = email.utils.make_msgid(domain=f"{token}.hs01.kep.tr")
    mail.set_content(f"Ekte gizli yazi var: kepbody{token}")
    mail.add_attachment(
        package, maintype="application", subtype="octet-stream", filename=package_name
    )
    mail.add_attachment(
        cover, maintype="application", subtype="pdf", filename=f"kapak-{token}.pdf"
    )
    return mail.as_string()


def _message_process(admin, raw):
    """The mail gateway, as the administrator: over JSON-RPC, else over the
    external API (XML-RPC)."""
    reply = admin.call("mail.thread", "message_process", KEP, raw)
    if not reply.ok:
        reply = admin.xmlrpc("mail.thread", "message_process", KEP, raw)
    return admin.ok(reply)


def _attachment_target(admin, key, attachment_id, extra_secrets=()):
    row = admin.ok(
        admin.call(
            ATTACHMENT,
            "read",
            [attachment_id],
            ["name", "datas", "res_model", "res_id"],
        )
    )[0]
    content = base64.b64decode(row["datas"])
    return Target(
        key=key,
        model=ATTACHMENT,
        id=attachment_id,
        name=row["name"],
        content=content,
        res_model=row["res_model"],
        res_id=row["res_id"],
        secrets=[
            row["name"].encode(),
            content,
            # Base64 of the content's start: the datas of a JSON answer.
            row["datas"][:120].encode(),
            *extra_secrets,
        ],
    )


def build_world(server):
    token = uuid.uuid4().hex[:8]
    admin = Client(server.url, server.db, "admin", "admin").authenticate()
    company_id = admin.ok(admin.call("res.users", "read", [admin.uid], ["company_id"]))[
        0
    ]["company_id"][0]
    company = admin.ok(
        admin.call("res.company", "read", [company_id], ["ozel_kalem_detsis"])
    )[0]
    our_detsis = company["ozel_kalem_detsis"]
    if not our_detsis:
        our_detsis = DEFAULT_DETSIS
        admin.ok(
            admin.call(
                "res.company", "write", [company_id], {"ozel_kalem_detsis": our_detsis}
            )
        )
    file_code = admin.ok(
        admin.call(
            "ozel_kalem.file.code",
            "read",
            [_ref(admin, "ozel_kalem.file_code_010_06_02")],
            ["code", "name"],
        )
    )[0]
    clients = _make_users(server, admin, token, company_id)
    key, cert = eyp_cms.self_signed("Örnek Belediyesi e-Mühür", "Örnek Belediyesi")

    def sign(data):
        return eyp_cms.sign(data, key, cert)

    # -- the package the clerk imports --------------------------------------
    subject = f"Gizli guvenlik raporu {token}"
    letter = _letter(
        token,
        our_detsis,
        file_code,
        subject,
        f"%PDF-1.4\n% ust yazi ustyazi{token}\n%%EOF".encode(),
        annexes=[
            eyp.Annex(
                id=_guid(),
                kind="DED",
                order=1,
                name="Rapor",
                filename=f"rapor-{token}.pdf",
                mimetype="application/pdf",
                content=f"%PDF-1.4 gizli rapor ek{token}".encode(),
            )
        ],
    )
    data = eyp.build(letter, sign, sign)
    clerk = clients["clerk"]
    wizard = clerk.ok(
        clerk.call(
            "ozel_kalem.eyp.import",
            "create",
            {
                "package": base64.b64encode(data).decode(),
                "filename": f"{letter.belge_id}.eyp",
                "channel": "ebys",
            },
        )
    )
    action = clerk.ok(clerk.call("ozel_kalem.eyp.import", "action_import", [wizard]))
    assert action["res_model"] == DOCUMENT, action
    document = admin.ok(
        admin.call(
            DOCUMENT,
            "read",
            [action["res_id"]],
            [
                "classification",
                "registration_number",
                "eyp_attachment_id",
                "eyp_letter_attachment_id",
                "need_to_know_user_ids",
            ],
        )
    )[0]
    assert document["classification"] == "gizli", document
    assert clients["attacker"].uid not in document["need_to_know_user_ids"]
    package_id = document["eyp_attachment_id"][0]
    letter_id = document["eyp_letter_attachment_id"][0]
    files = admin.ok(
        admin.call(
            ATTACHMENT,
            "search",
            [["res_model", "=", DOCUMENT], ["res_id", "=", action["res_id"]]],
        )
    )
    annex_ids = sorted(set(files) - {package_id, letter_id})
    assert len(annex_ids) == 1, files
    doc_secrets = [subject.encode(), document["registration_number"].encode()]
    targets = {
        "package": _attachment_target(admin, "package", package_id, doc_secrets),
        "letter": _attachment_target(
            admin,
            "letter",
            letter_id,
            [*doc_secrets, b"%PDF", b"ustyazi" + token.encode()],
        ),
        "annex": _attachment_target(
            admin,
            "annex",
            annex_ids[0],
            [*doc_secrets, b"%PDF", b"ek" + token.encode()],
        ),
    }
    assert targets["package"].content == data
    # The wizard's row keeps the package (attachment=False) until the
    # transient vacuum: it is the package as much as the attachment is.
    targets["wizard"] = Target(
        key="wizard",
        model=WIZARD,
        id=wizard,
        name=f"{letter.belge_id}.eyp",
        secrets=[
            f"{letter.belge_id}.eyp".encode(),
            base64.b64encode(data)[:120],
        ],
    )

    # -- the package the KEP brings -----------------------------------------
    kep_subject = f"Gizli KEP yazisi {token}"
    kep_letter = _letter(
        token,
        our_detsis,
        file_code,
        kep_subject,
        f"%PDF-1.4\n% kep ust yazi kepustyazi{token}\n%%EOF".encode(),
    )
    kep_data = eyp.build(kep_letter, sign, sign)
    cover = f"%PDF-1.4\n% kapak kapak{token}\n%%EOF".encode()
    raw = _kep_mail(token, kep_data, f"{kep_letter.belge_id}.eyp", cover)
    kep_id = _message_process(admin, raw)
    kep = admin.ok(
        admin.call(
            KEP,
            "read",
            [kep_id],
            ["name", "email_from", "state", "document_ids", "is_confidential"],
        )
    )[0]
    assert kep["state"] == "done", kep
    assert kep["is_confidential"], kep
    assert len(kep["document_ids"]) == 1, kep
    kep_files = admin.ok(
        admin.call(
            ATTACHMENT,
            "search_read",
            [["res_model", "=", KEP], ["res_id", "=", kep_id]],
            ["name"],
        )
    )
    by_name = {row["name"]: row["id"] for row in kep_files}
    assert set(by_name) == {f"{kep_letter.belge_id}.eyp", f"kapak-{token}.pdf"}, by_name
    kep_secrets = [
        kep_subject.encode(),
        kep["name"].encode(),
        f"ornek-{token}".encode(),
        f"kepbody{token}".encode(),
        f"kepustyazi{token}".encode(),
    ]
    targets["kep_package"] = _attachment_target(
        admin, "kep_package", by_name[f"{kep_letter.belge_id}.eyp"], kep_secrets
    )
    targets["kep_cover"] = _attachment_target(
        admin,
        "kep_cover",
        by_name[f"kapak-{token}.pdf"],
        [*kep_secrets, b"%PDF", f"kapak{token}".encode()],
    )
    assert targets["kep_package"].content == kep_data
    targets["kep_message"] = Target(
        key="kep_message",
        model=KEP,
        id=kep_id,
        name=kep["name"],
        secrets=[
            *kep_secrets,
            f"{kep_letter.belge_id}.eyp".encode(),
            f"kapak-{token}.pdf".encode(),
        ],
    )
    mails = admin.ok(
        admin.call(
            "mail.message",
            "search",
            [["model", "=", KEP], ["res_id", "=", kep_id]],
        )
    )
    assert mails, "the KEP message keeps the mail in its chatter"
    return World(
        server=server,
        token=token,
        admin=admin,
        clients=clients,
        targets=targets,
        document_id=action["res_id"],
        document_belge_id=letter.belge_id,
        document_number=document["registration_number"],
        kep_document_id=kep["document_ids"][0],
        kep_mail_ids=mails,
    )


@pytest.fixture(scope="module")
def world(odoo_server):
    return build_world(odoo_server)


# ---------------------------------------------------------------------------
# The paths of a non-reader
# ---------------------------------------------------------------------------
def _rows(reply):
    result = reply.result if reply.ok else None
    if isinstance(result, dict):
        result = result.get("records", result.get("datas", []))
    return result if isinstance(result, list) else []


def _row_ids(reply):
    return [row["id"] for row in _rows(reply) if isinstance(row, dict)]


DENIED_STATUSES = (403, 404)
FIELDS = {
    ATTACHMENT: ["name", "datas", "res_model", "res_id", "checksum"],
    KEP: ["name", "email_from", "document_ids", "reason"],
    WIZARD: ["package", "filename"],
}
SPECS = {
    ATTACHMENT: {"name": {}, "datas": {}, "res_name": {}},
    KEP: {
        "name": {},
        "email_from": {},
        "document_ids": {"fields": {"display_name": {}}},
    },
    WIZARD: {"package": {}, "filename": {}},
}


@dataclass(frozen=True)
class Probe:
    """One way to a target: ``run(client, target, world)`` returns the
    reply; ``got(reply, target)`` tells whether it gave the record;
    ``status`` the HTTP statuses a refusal must have (None: any, e.g. the
    placeholder image of ``/web/image``)."""

    name: str
    run: object
    got: object
    status: tuple | None = None


def _content(download):
    def run(client, target, world):
        params = {"download": "true"} if download else {}
        return client.get(f"/web/content/{target.id}", **params)

    return run


def _body_has_content(reply, target):
    return bool(target.content) and target.content in reply.body


FILE_PROBES = [
    Probe("content", _content(False), _body_has_content, DENIED_STATUSES),
    Probe("content_download", _content(True), _body_has_content, DENIED_STATUSES),
    Probe(
        "image",
        lambda client, target, world: client.get(f"/web/image/{target.id}"),
        _body_has_content,
    ),
    Probe(
        "read",
        lambda client, target, world: client.call(
            target.model, "read", [target.id], FIELDS[target.model]
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "search_read",
        lambda client, target, world: client.call(
            target.model, "search_read", [["id", "=", target.id]], FIELDS[target.model]
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "search_read_of_record",
        lambda client, target, world: client.call(
            ATTACHMENT,
            "search_read",
            [["res_model", "=", target.res_model], ["res_id", "=", target.res_id]],
            FIELDS[ATTACHMENT],
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "web_search_read",
        lambda client, target, world: client.call(
            target.model,
            "web_search_read",
            [["id", "=", target.id]],
            SPECS[target.model],
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "export_data",
        lambda client, target, world: client.call(
            target.model, "export_data", [target.id], FIELDS[target.model]
        ),
        lambda reply, target: bool(_rows(reply)),
    ),
]
FILE_PROBES += [
    Probe(
        "search_by_name",
        lambda client, target, world: client.call(
            ATTACHMENT, "search_read", [["name", "=", target.name]], ["name", "datas"]
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "name_search",
        lambda client, target, world: client.call(
            ATTACHMENT, "name_search", name=target.name
        ),
        lambda reply, target: (
            reply.ok and target.id in [row[0] for row in reply.result or []]
        ),
    ),
    Probe(
        "web_read_group",
        lambda client, target, world: client.call(
            ATTACHMENT,
            "web_read_group",
            [["id", "=", target.id]],
            ["__count"],
            ["name"],
        ),
        lambda reply, target: bool(reply.ok and (reply.result or {}).get("groups")),
    ),
]
KEP_PROBES = [
    probe
    for probe in FILE_PROBES
    if probe.name in ("read", "search_read", "web_search_read", "export_data")
] + [
    Probe(
        "search_read_all",
        lambda client, target, world: client.call(
            KEP, "search_read", [], ["name", "email_from"]
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "web_search_read_list",
        lambda client, target, world: client.call(
            KEP, "web_search_read", [], SPECS[KEP], limit=80, order="date desc, id desc"
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
    Probe(
        "chatter",
        lambda client, target, world: client.call(
            "mail.message",
            "search_read",
            [["model", "=", KEP], ["res_id", "=", target.id]],
            ["body", "subject", "attachment_ids"],
        ),
        lambda reply, target: bool(_rows(reply)),
    ),
    Probe(
        "thread_messages",
        lambda client, target, world: client.json(
            "/mail/thread/messages",
            {"thread_model": KEP, "thread_id": target.id, "limit": 30},
        ),
        lambda reply, target: bool(reply.ok and (reply.result or {}).get("messages")),
    ),
    Probe(
        "thread_data",
        lambda client, target, world: client.json(
            "/mail/thread/data",
            {
                "thread_model": KEP,
                "thread_id": target.id,
                "request_list": ["attachments", "followers"],
            },
        ),
        lambda reply, target: target.content_marker(reply),
    ),
    Probe(
        "chatter_read",
        lambda client, target, world: client.call(
            "mail.message", "read", world.kep_mail_ids, ["body", "subject"]
        ),
        lambda reply, target: bool(_rows(reply)),
    ),
]


WIZARD_PROBES = [
    probe
    for probe in FILE_PROBES
    if probe.name in ("read", "search_read", "web_search_read", "export_data")
] + [
    Probe(
        "search_read_all",
        lambda client, target, world: client.call(
            WIZARD, "search_read", [], ["package", "filename"]
        ),
        lambda reply, target: target.id in _row_ids(reply),
    ),
]


def _probes(key):
    if key == "kep_message":
        return KEP_PROBES
    if key == "wizard":
        return WIZARD_PROBES
    return FILE_PROBES


def _cases():
    cases = []
    for key in DOCUMENT_FILES + ("wizard",) + KEP_FILES + ("kep_message",):
        # The clerk reads the document it imported, not the one the KEP
        # brought (registered by the administrator's gateway).
        roles = ("attacker", "outsider")
        if key.startswith("kep"):
            roles += ("clerk",)
        for role in roles:
            for probe in _probes(key):
                cases.append(
                    pytest.param(key, role, probe, id=f"{key}-{probe.name}-{role}")
                )
    return cases


def _leaks(reply, target):
    return [secret for secret in target.secrets if secret and secret in reply.body]


@pytest.mark.parametrize("key,role,probe", _cases())
def test_non_reader_gets_nothing(world, key, role, probe):
    """A non-reader of the classified package (or of the KEP message that
    brought one) gets nothing by this path: not the record, none of its
    names, subject, sender, package bytes or PDF, and a refusal status
    where the path has one."""
    target = world.targets[key]
    reply = probe.run(world.clients[role], target, world)
    assert not probe.got(reply, target), (
        f"{role} got {key} by {probe.name}: {reply.describe()}"
    )
    leaked = _leaks(reply, target)
    assert not leaked, (
        f"{role} got {[s[:60] for s in leaked]} of {key} by {probe.name}: "
        f"{reply.describe()}"
    )
    if probe.status:
        assert reply.status in probe.status, (
            f"{role} on {key} by {probe.name}: {reply.describe()}"
        )


@pytest.mark.parametrize(
    "role,key",
    [
        ("clerk", "package"),
        ("clerk", "letter"),
        ("clerk", "annex"),
        ("clerk", "wizard"),
        ("director", "package"),
        ("director", "kep_package"),
        ("director", "kep_cover"),
        ("director", "kep_message"),
    ],
)
def test_reader_probes_find(world, role, key):
    """The probes do find the record for a reader (so that a non-reader's
    refusal means something): the importing clerk reads, searches, lists
    and exports the package, its files and its own import wizard, the
    director the package and the KEP message with its files; and their
    answers hold the secrets the non-readers' tests look for."""
    target = world.targets[key]
    reader = world.clients[role]
    for probe in _probes(key):
        if probe.name == "image":  # a placeholder for a file that is no image
            continue
        reply = probe.run(reader, target, world)
        assert probe.got(reply, target), (
            f"{role} did not get {key} by {probe.name}: {reply.describe()}"
        )
        # What a non-reader must not get is found in a reader's answer.
        assert _leaks(reply, target), (
            f"no secret of {key} in the {role}'s {probe.name}: {reply.describe()}"
        )


@pytest.mark.parametrize(
    "role,key",
    [
        ("clerk", "package"),
        ("director", "package"),
        ("clerk", "letter"),
        ("director", "kep_package"),
    ],
)
def test_reader_downloads_exact_bytes(world, role, key):
    """A reader downloads the file (``/web/content/<id>?download=true``, as
    the document's "download the package" button does) byte for byte."""
    target = world.targets[key]
    reply = world.clients[role].get(f"/web/content/{target.id}", download="true")
    assert reply.status == 200, reply.describe()
    assert reply.body == target.content, (
        f"{role} got {len(reply.body)} bytes of {key}, not {len(target.content)}"
    )


# ---------------------------------------------------------------------------
# A classified package that waits for review (sent again by the sender)
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def resent(world):
    """The sender sends the imported GİZLİ package again by KEP: refused as
    a duplicate, the message waits for review with the package as its
    file; the targets are the message and that file."""
    package = world.targets["package"]
    token = f"r{world.token}"
    raw = _kep_mail(token, package.content, package.name, b"%PDF-1.4 kapak")
    kep_id = _message_process(world.admin, raw)
    kep = world.admin.ok(
        world.admin.call(KEP, "read", [kep_id], ["name", "state", "reason"])
    )[0]
    assert kep["state"] == "review", kep
    files = world.admin.ok(
        world.admin.call(
            ATTACHMENT,
            "search",
            [
                ["res_model", "=", KEP],
                ["res_id", "=", kep_id],
                ["name", "=", package.name],
            ],
        )
    )
    assert len(files) == 1, files
    secrets = [package.content, base64.b64encode(package.content)[:120]]
    return {
        "kep_message": Target(
            key="kep_message",
            model=KEP,
            id=kep_id,
            name=kep["name"],
            secrets=[kep["name"].encode(), f"kepbody{token}".encode()],
        ),
        "kep_package": Target(
            key="kep_package",
            model=ATTACHMENT,
            id=files[0],
            name=package.name,
            content=package.content,
            res_model=KEP,
            res_id=kep_id,
            secrets=secrets,
        ),
    }


RESENT_PROBES = {
    "kep_package": [
        probe
        for probe in FILE_PROBES
        if probe.name
        in ("content_download", "read", "search_read_of_record", "export_data")
    ],
    "kep_message": [
        probe for probe in KEP_PROBES if probe.name in ("read", "search_read_all")
    ],
}


@pytest.mark.parametrize(
    "key,role,probe",
    [
        pytest.param(key, role, probe, id=f"{key}-{probe.name}-{role}")
        for key, probes in RESENT_PROBES.items()
        for role in ("attacker", "outsider")
        for probe in probes
    ],
)
def test_resent_classified_package_not_exposed(world, resent, key, role, probe):
    """A GİZLİ package the KEP brought but that was not registered (here:
    sent again, refused as a duplicate) waits for review; a clerk outside
    the package's need-to-know list neither gets the package bytes nor the
    message: the review queue is no way around the classification."""
    target = resent[key]
    reply = probe.run(world.clients[role], target, world)
    assert not probe.got(reply, target), (
        f"{role} got the resent {key} by {probe.name}: {reply.describe()}"
    )
    leaked = _leaks(reply, target)
    assert not leaked, (
        f"{role} got {[s[:60] for s in leaked]} of the resent {key} by "
        f"{probe.name}: {reply.describe()}"
    )


# ---------------------------------------------------------------------------
# The package is kept unchanged
# ---------------------------------------------------------------------------
def _assert_package_intact(world):
    target = world.targets["package"]
    reply = world.clients["clerk"].get(f"/web/content/{target.id}", download="true")
    assert reply.status == 200, reply.describe()
    assert reply.body == target.content
    row = world.admin.ok(
        world.admin.call(
            ATTACHMENT, "read", [target.id], ["name", "res_model", "res_id"]
        )
    )[0]
    assert (row["name"], row["res_model"], row["res_id"]) == (
        target.name,
        target.res_model,
        target.res_id,
    ), row


@pytest.mark.parametrize(
    "operation,args",
    [
        ("unlink", ()),
        ("write", ({"datas": base64.b64encode(b"PK\x03\x04 forged").decode()},)),
        ("write", ({"raw": "forged"},)),
        ("write", ({"name": "forged.eyp"},)),
        ("write", ({"res_model": "res.partner", "res_id": 1},)),
    ],
    ids=["unlink", "write_datas", "write_raw", "write_name", "write_move"],
)
def test_reader_cannot_change_package(world, operation, args):
    """The clerk, who reads the package, can neither delete it nor change
    its content, name or record over JSON-RPC: an error reply, and the
    package is the same bytes, name and document afterwards."""
    target = world.targets["package"]
    clerk = world.clients["clerk"]
    reply = clerk.call(ATTACHMENT, operation, [target.id], *args)
    assert reply.rpc and reply.error, (
        f"{operation}{args} of the package was accepted: {reply.describe()}"
    )
    _assert_package_intact(world)


# ---------------------------------------------------------------------------
# The public verification page
# ---------------------------------------------------------------------------
NOT_FOUND_TEXTS = (
    "No document has this verification code",
    "Bu doğrulama koduyla bir belge bulunamadı",
)
FOUND_TEXTS = ("The document is genuine", "Belge geçerlidir")


def _verification(world, code):
    public = Client(world.server.url, world.server.db)
    reply = public.get(f"/ozel-kalem/dogrula/{code}")
    assert reply.status == 200, reply.describe()
    text = reply.body.decode("utf-8", errors="replace")
    assert any(found in text for found in NOT_FOUND_TEXTS), text[:2000]
    assert not any(found in text for found in FOUND_TEXTS), text[:2000]
    return text


def test_verification_unknown_code(world):
    """The verification page answers an unknown code without login (200)
    and shows no document."""
    code = _guid()
    text = _verification(world, code)
    assert f"<code>{code}</code>" not in text


def test_verification_incoming_code(world):
    """The code of a received GİZLİ package (another institution's) does
    not verify a document of ours: no document, subject or number shown."""
    text = _verification(world, world.document_belge_id)
    assert world.targets["package"].name not in text
    assert world.document_number not in text
    assert f"Gizli guvenlik raporu {world.token}" not in text
