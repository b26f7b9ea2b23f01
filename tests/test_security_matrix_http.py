# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Issue 21: the role × path security matrix of classified records, over
HTTP, on a real multi-threaded server (``odoo_server``): each request is
its own transaction, as in production.

A clerk (``author``) registers a *gizli* incoming document with a file and
chatter, routes it to ``receiver``, and creates a *gizli* meeting that
``receiver`` attends.  Then every role walks every path to them: lists,
forms, searches, groupings, exports, the external API, the files, the
chatter, activities and the desk, followers, routings and decisions,
reports and registers, the ledger.

* The readers of a path (by default ``author``, ``receiver``, ``director``
  and ``mayor``) get the content, and leave a row of the expected action in
  the access ledger (``ozel_kalem.access.log``).
* Everyone else (``attacker``, a clerk of the same office, ``chief``,
  ``employee``, ``portal``, ``auditor``, ``foreign_director`` and the
  public) gets nothing: no answer, whatever its status, that contains the
  subject, the number, the sender, a file's name or content, a message, an
  activity...; the record is not found; and no ledger row names them.

Then the non-readers try to get in (route the document to themselves,
attend the meeting, follow it, post on it, attach to it, give themselves
an activity) and the author tries to name a non-reader (mention, activity,
follower): all refused, nothing stored.

Each case is one test named ``<kind>-<path>-<role>``.
"""

import base64
import datetime
import json
import re
import struct
import uuid
import zlib
from dataclasses import dataclass, field

import pytest
from _rpc import Client

DOCUMENT = "ozel_kalem.document"
MEETING = "ozel_kalem.meeting"
KINDS = ("document", "meeting")
# The menu actions' domains (ozel_kalem_document_action_incoming,
# ozel_kalem_meeting_action).
ACTION_DOMAINS = {"document": [["direction", "=", "incoming"]], "meeting": []}
NUMBER_FIELDS = {"document": "registration_number", "meeting": "number"}

READERS = ("author", "receiver", "director", "mayor")
NON_READERS = (
    "attacker",
    "chief",
    "employee",
    "portal",
    "auditor",
    "foreign_director",
    "public",
)
ROLES = READERS + NON_READERS
# The groups of each role (the office's groups imply base.group_user).
ROLE_GROUPS = {
    "author": ["ozel_kalem.group_user"],
    "receiver": ["ozel_kalem.group_user"],
    "attacker": ["ozel_kalem.group_user"],
    "chief": ["ozel_kalem.group_chief"],
    "employee": ["base.group_user"],
    "portal": ["base.group_portal"],
    "auditor": ["ozel_kalem.group_auditor"],
    "director": ["ozel_kalem.group_director"],
    "mayor": ["ozel_kalem.group_mayor"],
    "foreign_director": ["ozel_kalem.group_director"],
}
# Clerks of the office have a staff record in the same office unit.
OFFICE_STAFF = ("author", "receiver", "attacker", "chief")
REPORTS = {
    "letter": "ozel_kalem.ozel_kalem_letter_report",
    "cover": "ozel_kalem.ozel_kalem_cover_sheet_report",
}
REGISTER = "ozel_kalem.ozel_kalem_register_report"
# What a register prints of a row its reader may not read.
REGISTER_MARK = "GİZLİ"


# ---------------------------------------------------------------------------
# The world: users, the classified document and meeting
# ---------------------------------------------------------------------------
@dataclass
class Target:
    """A classified record and what hangs on it; ``secrets`` are the texts
    that only its readers may get."""

    kind: str
    model: str
    id: int
    model_id: int
    subject: str
    number: str = ""
    file_id: int = 0  # a file attached to the record
    file_name: str = ""
    file_content: str = ""
    chat_file_id: int = 0  # the attachment of a chatter message
    chat_file_name: str = ""
    chat_file_content: str = ""
    message_id: int = 0  # the chatter message with the attachment
    body: str = ""
    mention_id: int = 0  # the message that mentions the receiver
    mention: str = ""
    activity_id: int = 0  # the author's activity for the receiver
    activity: str = ""
    follower_id: int = 0  # the author's follower record
    line_id: int = 0  # a routing (document) or a decision (meeting)
    event_id: int = 0  # the meeting's calendar event
    todo_type_id: int = 0  # the activity type "To-Do"
    secrets: dict = field(default_factory=dict)


@dataclass
class World:
    server: object
    token: str
    company_id: int
    foreign_company_id: int
    clients: dict  # role -> Client (public: no session)
    targets: dict  # kind -> Target
    public_uid: int = 0

    def uid(self, role):
        return self.clients[role].uid or self.public_uid

    def partner(self, role):
        return self.clients[role].partner_id


def _png(text):
    """A 1×1 PNG that carries ``text`` in a tEXt chunk (readable as is)."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Comment\x00" + text.encode())
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def _ref(admin, xmlid):
    module, name = xmlid.split(".")
    return admin.ok(
        admin.call("ir.model.data", "check_object_reference", module, name)
    )[1]


def _store_ids(result, model):
    """Ids of ``model`` records in a mail ``Store`` result."""
    data = result.get("data", result) if isinstance(result, dict) else {}
    return [row["id"] for row in data.get(model, []) if isinstance(row, dict)]


def _make_users(server, admin, token, company_id, foreign_company_id):
    groups = {
        xmlid: _ref(admin, xmlid) for xmlids in ROLE_GROUPS.values() for xmlid in xmlids
    }
    unit = admin.ok(
        admin.call(
            "hr.department",
            "create",
            {
                "name": f"Matris Sekreterlik {token}",
                "is_office_unit": True,
                "company_id": company_id,
            },
        )
    )
    clients = {}
    for role, xmlids in ROLE_GROUPS.items():
        company = foreign_company_id if role == "foreign_director" else company_id
        login = f"matrix_{role}_{token}"
        password = f"pw-{login}"
        admin.ok(
            admin.call(
                "res.users",
                "create",
                {
                    "name": f"Matris {role.replace('_', ' ').title()} {token}",
                    "login": login,
                    "password": password,
                    "email": f"{login}@example.com",
                    "groups_id": [[6, 0, [groups[xmlid] for xmlid in xmlids]]],
                    "company_id": company,
                    "company_ids": [[6, 0, [company]]],
                    "tz": "Europe/Istanbul",
                    # Mentions land in the inbox (as for the office's staff).
                    **({} if role == "portal" else {"notification_type": "inbox"}),
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
                        "name": f"Matris {role} {token}",
                        "user_id": clients[role].uid,
                        "department_id": unit,
                        "company_id": company_id,
                    },
                )
            )
    clients["public"] = Client(server.url, server.db)
    return clients


def _upload(client, target, name, content, mimetype):
    """A file attached in the chatter (pending, then posted with a message),
    as the web client does; its id."""
    reply = client.post(
        "/mail/attachment/upload",
        data={
            "thread_id": target.id,
            "thread_model": target.model,
            "is_pending": "true",
        },
        files={"ufile": (name, content, mimetype)},
    )
    assert reply.status == 200, reply.describe()
    ids = _store_ids(json.loads(reply.body), "ir.attachment")
    assert ids, reply.describe()
    return ids[0]


def _post(client, target, body, attachment_ids=(), partner_ids=()):
    """A message posted from the chatter (``/mail/message/post``)."""
    return client.json(
        "/mail/message/post",
        {
            "thread_model": target.model,
            "thread_id": target.id,
            "post_data": {
                "body": body,
                "attachment_ids": list(attachment_ids),
                "partner_ids": list(partner_ids),
                "message_type": "comment",
                "subtype_xmlid": "mail.mt_comment",
            },
        },
    )


def _schedule(client, target, user_id, summary):
    """An activity scheduled from the chatter (``mail.activity.schedule``);
    the reply of the scheduling."""
    reply = client.call(
        "mail.activity.schedule",
        "create",
        {
            "activity_type_id": target.todo_type_id,
            "summary": summary,
            "activity_user_id": user_id,
        },
        # As the chatter's button opens it: on the active record.
        context={
            "active_model": target.model,
            "active_id": target.id,
            "active_ids": [target.id],
        },
    )
    if not reply.ok:
        return reply
    return client.call(
        "mail.activity.schedule", "action_schedule_activities", [reply.result]
    )


def _dress(world, target, prefix):
    """The author attaches a file, posts a message with an attachment,
    mentions the receiver and schedules an activity for them."""
    author = world.clients["author"]
    token = world.token
    target.file_name = f"{prefix}file{token}.png"
    target.file_content = f"{prefix}content{token}"
    target.file_id = author.ok(
        author.call(
            "ir.attachment",
            "create",
            {
                "name": target.file_name,
                "datas": base64.b64encode(_png(target.file_content)).decode(),
                "res_model": target.model,
                "res_id": target.id,
            },
        )
    )
    target.chat_file_name = f"{prefix}chat{token}.txt"
    target.chat_file_content = f"{prefix}chatcontent{token}"
    target.chat_file_id = _upload(
        author,
        target,
        target.chat_file_name,
        target.chat_file_content.encode(),
        "text/plain",
    )
    target.body = f"{prefix}body{token}"
    posted = author.ok(_post(author, target, target.body, [target.chat_file_id]))
    target.message_id = _store_ids(posted, "mail.message")[0]
    target.mention = f"{prefix}mention{token}"
    posted = author.ok(
        _post(author, target, target.mention, partner_ids=[world.partner("receiver")])
    )
    target.mention_id = _store_ids(posted, "mail.message")[0]
    target.activity = f"{prefix}activity{token}"
    author.ok(_schedule(author, target, world.uid("receiver"), target.activity))
    with world.server.cursor() as cr:
        cr.execute(
            "SELECT id FROM mail_activity WHERE res_model = %s AND res_id = %s "
            "AND summary = %s",
            [target.model, target.id, target.activity],
        )
        target.activity_id = cr.fetchone()[0]
        cr.execute(
            "SELECT id FROM mail_followers WHERE res_model = %s AND res_id = %s "
            "AND partner_id = %s",
            [target.model, target.id, world.partner("author")],
        )
        row = cr.fetchone()
        target.follower_id = row[0] if row else 0
    target.secrets.update(
        file_name=target.file_name,
        file_content=target.file_content,
        chat_file_name=target.chat_file_name,
        chat_file_content=target.chat_file_content,
        body=target.body,
        mention=target.mention,
        activity=target.activity,
    )


def _make_document(world, todo_type, model_ids):
    author = world.clients["author"]
    token = world.token
    sender = author.ok(
        author.call("res.partner", "create", {"name": f"dsender{token}"})
    )
    target = Target(
        kind="document",
        model=DOCUMENT,
        id=0,
        model_id=model_ids[DOCUMENT],
        subject=f"dsubj{token}",
    )
    target.id = author.ok(
        author.call(
            DOCUMENT,
            "create",
            {
                "direction": "incoming",
                "name": f"Gizli yazi {target.subject}",
                "partner_id": sender,
                "classification": "gizli",
                "kind": "letter",
                "sender_reference": f"dref{token}",
                "description": f"<p>ddesc{token}</p>",
            },
        )
    )
    author.ok(author.call(DOCUMENT, "action_register", [target.id]))
    target.number = author.ok(
        author.call(DOCUMENT, "read", [target.id], ["registration_number"])
    )[0]["registration_number"]
    assert target.number, "the document was not registered"
    target.line_id = author.ok(
        author.call(
            "ozel_kalem.document.routing",
            "create",
            {
                "document_id": target.id,
                "user_id": world.uid("receiver"),
                "role": "action",
                "note": f"dnote{token}",
            },
        )
    )
    author.ok(author.call(DOCUMENT, "action_route", [target.id]))
    target.secrets.update(
        subject=target.subject,
        number=target.number,
        sender=f"dsender{token}",
        reference=f"dref{token}",
        description=f"ddesc{token}",
        line=f"dnote{token}",
    )
    target.todo_type_id = todo_type
    _dress(world, target, "d")
    return target


def _make_meeting(world, todo_type, model_ids):
    author = world.clients["author"]
    token = world.token
    # A free slot of the new mayor's calendar, a few weeks ahead.
    start = datetime.datetime.now().replace(
        minute=0, second=0, microsecond=0
    ) + datetime.timedelta(days=40)
    target = Target(
        kind="meeting",
        model=MEETING,
        id=0,
        model_id=model_ids[MEETING],
        subject=f"msubj{token}",
    )
    target.id = author.ok(
        author.call(
            MEETING,
            "create",
            {
                "name": f"Gizli toplanti {target.subject}",
                "classification": "gizli",
                "chair_id": world.uid("mayor"),
                "user_ids": [[6, 0, [world.uid("receiver")]]],
                "start": start.strftime("%Y-%m-%d %H:%M:%S"),
                "stop": (start + datetime.timedelta(hours=1)).strftime(
                    "%Y-%m-%d %H:%M:%S"
                ),
                "location": f"mplace{token}",
                "agenda": f"<p>magenda{token}</p>",
                "minutes": f"<p>mminutes{token}</p>",
                "decision_ids": [[0, 0, {"name": f"mdecision{token}"}]],
            },
        )
    )
    author.ok(author.call(MEETING, "action_plan", [target.id]))
    meeting = author.ok(
        author.call(
            MEETING,
            "read",
            [target.id],
            ["number", "decision_ids", "calendar_event_id"],
        )
    )[0]
    target.number = meeting["number"]
    assert target.number and target.number != "/", "the meeting has no number"
    target.line_id = meeting["decision_ids"][0]
    target.event_id = meeting["calendar_event_id"][0]
    target.secrets.update(
        subject=target.subject,
        number=target.number,
        location=f"mplace{token}",
        agenda=f"magenda{token}",
        minutes=f"mminutes{token}",
        line=f"mdecision{token}",
    )
    target.todo_type_id = todo_type
    _dress(world, target, "m")
    return target


def build_world(server):
    """Users, the classified document and meeting, on ``server``."""
    token = uuid.uuid4().hex[:8]
    admin = Client(server.url, server.db, "admin", "admin").authenticate()
    # wkhtmltopdf reads the report's style sheets from this very server.
    admin.ok(admin.call("ir.config_parameter", "set_param", "report.url", server.url))
    company_id = admin.ok(admin.call("res.users", "read", [admin.uid], ["company_id"]))[
        0
    ]["company_id"][0]
    foreign_company_id = admin.ok(
        admin.call("res.company", "create", {"name": f"Güneykent {token}"})
    )
    clients = _make_users(server, admin, token, company_id, foreign_company_id)
    with server.cursor() as cr:
        cr.execute(
            "SELECT res_id FROM ir_model_data "
            "WHERE module = 'base' AND name = 'public_user'"
        )
        public_uid = cr.fetchone()[0]
        cr.execute(
            "SELECT model, id FROM ir_model WHERE model IN %s", [(DOCUMENT, MEETING)]
        )
        model_ids = dict(cr.fetchall())
    world = World(
        server=server,
        token=token,
        company_id=company_id,
        foreign_company_id=foreign_company_id,
        clients=clients,
        targets={},
        public_uid=public_uid,
    )
    todo_type = _ref(admin, "mail.mail_activity_data_todo")
    world.targets["document"] = _make_document(world, todo_type, model_ids)
    world.targets["meeting"] = _make_meeting(world, todo_type, model_ids)
    return world


@pytest.fixture(scope="module")
def world(odoo_server):
    return build_world(odoo_server)


# ---------------------------------------------------------------------------
# The paths
# ---------------------------------------------------------------------------
LIST_SPECS = {
    "document": {
        "name": {},
        "registration_number": {},
        "partner_id": {"fields": {"display_name": {}}},
        "classification": {},
    },
    "meeting": {
        "name": {},
        "number": {},
        "location": {},
        "chair_id": {"fields": {"display_name": {}}},
        "classification": {},
    },
}
FORM_SPECS = {
    "document": {
        **LIST_SPECS["document"],
        "description": {},
        "sender_reference": {},
        "routing_ids": {"fields": {"user_id": {"fields": {}}, "note": {}}},
    },
    "meeting": {
        **LIST_SPECS["meeting"],
        "agenda": {},
        "minutes": {},
        "user_ids": {"fields": {}},
        "decision_ids": {"fields": {"name": {}}},
    },
}
READ_FIELDS = {
    "document": ["name", "registration_number", "partner_id", "description"],
    "meeting": ["name", "number", "location", "agenda", "minutes"],
}
EXPORT_FIELDS = {
    "document": ["registration_number", "name", "partner_id"],
    "meeting": ["number", "name", "location"],
}


@dataclass(frozen=True)
class Path:
    """One way to the record.  ``run(client, target, world)`` makes the
    request(s) and returns the last reply; ``found(reply, target)`` tells
    whether it gave the record (its id, its row...); ``shows(target)`` are
    the secrets its readers must get; ``ledger`` the action of the ledger
    row a reader leaves (None: none expected)."""

    name: str
    run: object
    found: object
    shows: object = lambda target: ()
    ledger: str | None = None
    kinds: tuple = KINDS
    readers: tuple = READERS
    # Readers of the record who may or may not get something by this path
    # (not a reader's path: the notification of another user...).
    indifferent: tuple = ()


def _rows(reply):
    """The rows of a search_read/read/web_search_read result."""
    result = reply.result if reply.ok else None
    if isinstance(result, dict):
        result = result.get("records", [])
    return result if isinstance(result, list) else []


def _has_id(wanted):
    return lambda reply, target: (
        wanted(target)
        in [row.get("id") for row in _rows(reply) if isinstance(row, dict)]
    )


def _has_record(reply, target):
    return target.id in [row.get("id") for row in _rows(reply) if isinstance(row, dict)]


def _text_has(wanted):
    return lambda reply, target: reply.ok and wanted(target) in visible(reply)


def _number(target):
    return NUMBER_FIELDS[target.kind]


def _main(target):
    """The record's own secrets: its subject and number."""
    return (target.subject, target.number)


def _with_sender(target):
    return _main(target) + (
        (target.secrets["sender"],) if target.kind == "document" else ()
    )


def _export(file_format, by_ids, groupby=()):
    """The web client's export (``/web/export/<format>``) of the record, by
    its id or by a domain, grouped or not (an xlsx is unzipped to read)."""

    def run(client, target, world):
        fields = [
            {
                "name": name,
                "label": name,
                "type": "many2one" if name == "partner_id" else "char",
            }
            for name in EXPORT_FIELDS[target.kind]
        ]
        payload = {
            "model": target.model,
            "fields": fields,
            "ids": [target.id] if by_ids else False,
            "domain": [["id", "=", target.id]],
            "groupby": list(groupby),
            "context": {},
            "import_compat": False,
        }
        return client.post(
            f"/web/export/{file_format}", data={"data": json.dumps(payload)}
        )

    return run


def _report(report, converter):
    return lambda client, target, world: client.get(
        f"/report/{converter}/{REPORTS[report]}/{target.id}"
    )


def _register(kind):
    def run(client, target, world):
        today = datetime.date.today()
        created = client.call(
            "ozel_kalem.register.print",
            "create",
            {
                "kind": kind,
                "date_from": str(today - datetime.timedelta(days=3)),
                "date_to": str(today + datetime.timedelta(days=3)),
            },
        )
        if not created.ok:
            return created
        return client.get(f"/report/html/{REGISTER}/{created.result}")

    return run


def _call(method, *args, **kwargs):
    """A call_kw on the target's model; ``args``/``kwargs`` may be callables
    of the target."""

    def resolve(value, target):
        return value(target) if callable(value) else value

    def run(client, target, world):
        return client.call(
            target.model,
            method,
            *[resolve(arg, target) for arg in args],
            **{key: resolve(value, target) for key, value in kwargs.items()},
        )

    return run


def _call_on(model, method, *args, **kwargs):
    def resolve(value, target):
        return value(target) if callable(value) else value

    def run(client, target, world):
        return client.call(
            model,
            method,
            *[resolve(arg, target) for arg in args],
            **{key: resolve(value, target) for key, value in kwargs.items()},
        )

    return run


def _is_pdf(reply, target):
    """A PDF came back (of the record asked for: the only one in the URL)."""
    return reply.ok and reply.body[:5] == b"%PDF-"


def _id_domain(target):
    return [["id", "=", target.id]]


def _of_record(target):
    return [["res_model", "=", target.model], ["res_id", "=", target.id]]


def _grouped(reply, target):
    if not reply.ok:
        return False
    result = reply.result
    groups = result.get("groups", []) if isinstance(result, dict) else result
    return bool(groups) and target.subject in visible(reply)


LINE_MODELS = {
    "document": ("ozel_kalem.document.routing", "document_id", "note"),
    "meeting": ("ozel_kalem.meeting.decision", "meeting_id", "name"),
}


def _lines(client, target, world):
    model, parent, text = LINE_MODELS[target.kind]
    return client.call(
        model,
        "search_read",
        [[parent, "=", target.id]],
        [parent, text],
    )


def _zip(client, target, world):
    return client.post(
        "/mail/attachment/zip",
        data={
            "file_ids": f"{target.file_id},{target.chat_file_id}",
            "zip_name": "matrix.zip",
        },
    )


PATHS = [
    # -- the record itself -------------------------------------------------
    Path(
        "list_action",
        _call(
            "web_search_read",
            lambda t: ACTION_DOMAINS[t.kind],
            lambda t: LIST_SPECS[t.kind],
            limit=80,
            order="id desc",
        ),
        _has_record,
        _with_sender,
        "list",
    ),
    Path(
        "list_id",
        _call("web_search_read", _id_domain, lambda t: LIST_SPECS[t.kind]),
        _has_record,
        _with_sender,
        "list",
    ),
    Path(
        "form",
        _call("web_read", lambda t: [t.id], lambda t: FORM_SPECS[t.kind]),
        _has_record,
        lambda t: (
            _with_sender(t)
            + (
                (t.secrets["description"], t.secrets["line"])
                if t.kind == "document"
                else (t.secrets["agenda"], t.secrets["minutes"], t.secrets["line"])
            )
        ),
        "open",
    ),
    Path(
        "search",
        _call("search", _id_domain),
        lambda reply, target: reply.ok and reply.result == [target.id],
    ),
    Path(
        "search_subject",
        _call(
            "search",
            lambda t: ["|", ["name", "ilike", t.subject], [_number(t), "=", t.number]],
        ),
        lambda reply, target: reply.ok and target.id in (reply.result or []),
    ),
    Path(
        "search_count",
        _call("search_count", _id_domain),
        lambda reply, target: reply.ok and reply.result == 1,
    ),
    Path(
        "name_search",
        _call("name_search", name=lambda t: t.subject),
        lambda reply, target: (
            reply.ok and target.id in [row[0] for row in reply.result or []]
        ),
        _main,
        "list",
    ),
    Path(
        "read_group",
        _call("read_group", _id_domain, ["name"], ["name"]),
        _grouped,
        lambda t: (t.subject,),
    ),
    Path(
        "web_read_group",
        _call("web_read_group", _id_domain, ["__count"], ["name"]),
        _grouped,
        lambda t: (t.subject,),
    ),
    Path(
        "export_data",
        _call("export_data", lambda t: [t.id], lambda t: EXPORT_FIELDS[t.kind]),
        lambda reply, target: reply.ok and bool(reply.result.get("datas")),
        _with_sender,
        "export",
    ),
    Path(
        "export_csv_ids",
        _export("csv", by_ids=True),
        _text_has(lambda t: t.subject),
        _with_sender,
        "export",
    ),
    Path(
        "export_csv_domain",
        _export("csv", by_ids=False),
        _text_has(lambda t: t.subject),
        _with_sender,
        "export",
    ),
    Path(
        "export_xlsx_grouped",
        _export("xlsx", by_ids=False, groupby=["name"]),
        _text_has(lambda t: t.subject),
        _with_sender,
        "export",
    ),
    Path(
        "read",
        _call("read", lambda t: [t.id], lambda t: READ_FIELDS[t.kind]),
        _has_record,
        _with_sender,
        "read",
    ),
    Path(
        "search_read",
        _call("search_read", _id_domain, lambda t: READ_FIELDS[t.kind]),
        _has_record,
        _with_sender,
        "list",
    ),
    Path(
        "xmlrpc_search_read",
        lambda client, target, world: client.xmlrpc(
            target.model,
            "search_read",
            _id_domain(target),
            fields=READ_FIELDS[target.kind],
        ),
        _has_record,
        _with_sender,
        "list",
    ),
    # -- its files -----------------------------------------------------------
    Path(
        "attachment_read_datas",
        _call_on("ir.attachment", "read", lambda t: [t.file_id], ["name", "datas"]),
        _has_id(lambda t: t.file_id),
        lambda t: (t.file_name, t.file_content),
        "download",
    ),
    Path(
        "attachment_search_read",
        _call_on("ir.attachment", "search_read", _of_record, ["name", "mimetype"]),
        _has_id(lambda t: t.file_id),
        lambda t: (t.file_name,),
        "read",
    ),
    Path(
        "attachment_search_name",
        _call_on(
            "ir.attachment",
            "search_read",
            lambda t: [["name", "in", [t.file_name, t.chat_file_name]]],
            ["name", "res_name"],
        ),
        _has_id(lambda t: t.file_id),
        lambda t: (t.file_name, t.chat_file_name),
        "read",
    ),
    Path(
        "web_content",
        lambda client, target, world: client.get(f"/web/content/{target.file_id}"),
        _text_has(lambda t: t.file_content),
        lambda t: (t.file_content,),
        "download",
    ),
    Path(
        "web_content_download",
        lambda client, target, world: client.get(
            f"/web/content/{target.file_id}", download="true"
        ),
        _text_has(lambda t: t.file_content),
        lambda t: (t.file_content,),
        "download",
    ),
    Path(
        "web_image",
        lambda client, target, world: client.get(f"/web/image/{target.file_id}"),
        _text_has(lambda t: t.file_content),
        lambda t: (t.file_content,),
        "download",
    ),
    Path(
        "attachment_zip",
        _zip,
        _text_has(lambda t: t.file_content),
        lambda t: (t.file_content, t.chat_file_content),
        "download",
    ),
    # -- its chatter ---------------------------------------------------------
    # First: reading the thread marks its messages as read (out of the inbox).
    Path(
        "inbox",
        lambda client, target, world: client.json("/mail/inbox/messages", {}),
        lambda reply, target: (
            reply.ok and target.mention_id in (reply.result or {}).get("messages", [])
        ),
        lambda t: (t.mention,),
        "read",
        readers=("receiver",),
        indifferent=("author", "director", "mayor"),
    ),
    Path(
        "thread_messages",
        lambda client, target, world: client.json(
            "/mail/thread/messages",
            {"thread_model": target.model, "thread_id": target.id},
        ),
        lambda reply, target: (
            reply.ok and target.message_id in (reply.result or {}).get("messages", [])
        ),
        lambda t: (t.body, t.mention, t.chat_file_name),
        "read",
    ),
    Path(
        "thread_data",
        lambda client, target, world: client.json(
            "/mail/thread/data",
            {
                "thread_model": target.model,
                "thread_id": target.id,
                "request_list": [
                    "activities",
                    "attachments",
                    "followers",
                    "suggestedRecipients",
                ],
            },
        ),
        lambda reply, target: (
            reply.ok and target.file_id in _store_ids(reply.result, "ir.attachment")
        ),
        lambda t: (t.file_name, t.activity),
        "read",
    ),
    Path(
        "message_search_read",
        _call_on(
            "mail.message",
            "search_read",
            lambda t: [["model", "=", t.model], ["res_id", "=", t.id]],
            ["body", "attachment_ids", "record_name"],
        ),
        _has_id(lambda t: t.message_id),
        lambda t: (t.body, t.mention),
        "read",
    ),
    Path(
        "message_search_body",
        _call_on(
            "mail.message",
            "search_read",
            lambda t: [["body", "ilike", t.body]],
            ["body", "record_name"],
        ),
        _has_id(lambda t: t.message_id),
        lambda t: (t.body,),
        "read",
    ),
    Path(
        "message_read",
        _call_on(
            "mail.message",
            "read",
            lambda t: [t.message_id, t.mention_id],
            ["body", "record_name"],
        ),
        _has_id(lambda t: t.message_id),
        lambda t: (t.body, t.mention),
        "read",
    ),
    Path(
        "chat_attachment_content",
        lambda client, target, world: client.get(
            f"/web/content/{target.chat_file_id}", download="true"
        ),
        _text_has(lambda t: t.chat_file_content),
        lambda t: (t.chat_file_content,),
        "download",
    ),
    Path(
        "chat_attachment_read_datas",
        _call_on(
            "ir.attachment", "read", lambda t: [t.chat_file_id], ["name", "datas"]
        ),
        _has_id(lambda t: t.chat_file_id),
        lambda t: (t.chat_file_name, t.chat_file_content),
        "download",
    ),
    Path(
        "mention_notification",
        _call_on(
            "mail.notification",
            "search_read",
            lambda t: [["mail_message_id", "=", t.mention_id]],
            ["res_partner_id", "mail_message_id"],
        ),
        lambda reply, target: bool(_rows(reply)),
        readers=("receiver",),
        indifferent=("author", "director", "mayor"),
    ),
    # -- activities, the desk, followers ------------------------------------
    Path(
        "activity_search_read",
        _call_on(
            "mail.activity",
            "search_read",
            _of_record,
            ["summary", "res_name", "user_id"],
        ),
        _has_id(lambda t: t.activity_id),
        lambda t: (t.activity,),
    ),
    Path(
        "activity_read",
        _call_on(
            "mail.activity",
            "read",
            lambda t: [t.activity_id],
            ["summary", "res_name", "user_id"],
        ),
        _has_id(lambda t: t.activity_id),
        lambda t: (t.activity,),
    ),
    Path(
        "desk",
        _call_on(
            "mail.activity",
            "web_search_read",
            [["ozel_kalem_desk", "=", True]],
            {"summary": {}, "res_name": {}, "res_model": {}, "res_id": {}},
            order="id desc",
        ),
        _has_id(lambda t: t.activity_id),
        lambda t: (t.activity,),
    ),
    Path(
        "activity_view",
        lambda client, target, world: client.call(
            "mail.activity", "get_activity_data", target.model, _id_domain(target)
        ),
        lambda reply, target: (
            reply.ok and target.id in (reply.result or {}).get("activity_res_ids", [])
        ),
    ),
    Path(
        "followers_search_read",
        _call_on(
            "mail.followers",
            "search_read",
            _of_record,
            ["partner_id", "res_model", "res_id"],
        ),
        _has_id(lambda t: t.follower_id),
    ),
    Path(
        "follower_read",
        _call_on(
            "mail.followers",
            "read",
            lambda t: [t.follower_id],
            ["partner_id", "res_model", "res_id"],
        ),
        _has_id(lambda t: t.follower_id),
    ),
    Path(
        "follower_subscription",
        lambda client, target, world: client.json(
            "/mail/read_subscription_data", {"follower_id": target.follower_id}
        ),
        lambda reply, target: reply.ok,
    ),
    # -- its lines: routings, decisions; the meeting's calendar event -------
    Path(
        "lines_search_read",
        _lines,
        _has_id(lambda t: t.line_id),
        lambda t: (t.secrets["line"],) + _main(t),
        "list",
    ),
    Path(
        "calendar_event",
        _call_on(
            "calendar.event",
            "search_read",
            lambda t: [["id", "=", t.event_id]],
            ["name", "display_name", "location", "description"],
        ),
        # A classified meeting's event is named by its number, never its
        # subject; a private event shows its name to its attendees only: the
        # chair (mayor) and the participants, not the author nor the director.
        _text_has(lambda t: t.number),
        lambda t: (t.number,),
        kinds=("meeting",),
        readers=("receiver", "mayor"),
        indifferent=("author", "director"),
    ),
    Path(
        "calendar_attendees",
        _call_on(
            "calendar.attendee",
            "search_read",
            lambda t: [["event_id", "=", t.event_id]],
            ["event_id", "partner_id"],
        ),
        _text_has(lambda t: t.number),
        lambda t: (t.number,),
        kinds=("meeting",),
        readers=("receiver", "mayor"),
        indifferent=("author", "director"),
    ),
    Path(
        "calendar_name_search",
        _call_on("calendar.event", "name_search", name=lambda t: t.subject),
        lambda reply, target: (
            reply.ok and target.event_id in [row[0] for row in reply.result or []]
        ),
        lambda t: (t.subject,),
        kinds=("meeting",),
        # The subject is not the event's name: nobody finds it by subject.
        readers=(),
        indifferent=(),
    ),
    # -- reports and registers -----------------------------------------------
    *[
        Path(
            f"report_{report}_{converter}",
            _report(report, converter),
            _is_pdf if converter == "pdf" else _text_has(lambda t: t.subject),
            # wkhtmltopdf draws the web fonts of the internal layout (the
            # cover sheet's) as shapes: its PDF has no text to look for, its
            # HTML has.
            (lambda t: ()) if (report, converter) == ("cover", "pdf") else _with_sender,
            "print",
            kinds=("document",),
        )
        for report in REPORTS
        for converter in ("pdf", "html")
    ],
    Path(
        "register_incoming",
        _register("incoming"),
        _text_has(lambda t: t.subject),
        _with_sender,
        kinds=("document",),
    ),
    Path(
        "register_receipts",
        _register("receipt"),
        _text_has(lambda t: t.subject),
        _main,
        kinds=("document",),
    ),
    # -- the ledger: its auditors and the director read it -------------------
    Path(
        "ledger",
        _call_on(
            "ozel_kalem.access.log",
            "search_read",
            _of_record,
            ["user_id", "record_name", "action", "company_id"],
        ),
        lambda reply, target: bool(_rows(reply)),
        lambda t: (t.subject,),
        readers=("auditor", "director"),
    ),
]
PATHS_BY_NAME = {path.name: path for path in PATHS}
assert len(PATHS_BY_NAME) == len(PATHS), "two paths share a name"


def visible(reply):
    """All that a reply gives to read: its text, with the content of the
    files it carries in base64."""
    text = reply.text()
    decoded = []

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("datas", "raw") and isinstance(item, str):
                    try:
                        decoded.append(
                            base64.b64decode(item).decode("utf-8", errors="replace")
                        )
                    except ValueError:
                        pass
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(reply.result)
    return "\n".join([text, *decoded])


def _cases():
    for kind in KINDS:
        for path in PATHS:
            if kind not in path.kinds:
                continue
            for role in ROLES:
                if role in path.indifferent:
                    continue
                expected = "reads" if role in path.readers else "nothing"
                yield pytest.param(
                    kind, path.name, role, expected, id=f"{kind}-{path.name}-{role}"
                )


CASES = list(_cases())


# ---------------------------------------------------------------------------
# Ledger helpers (the server's database)
# ---------------------------------------------------------------------------
def _ledger_mark(server):
    with server.cursor() as cr:
        cr.execute("SELECT coalesce(max(id), 0) FROM ozel_kalem_access_log")
        return cr.fetchone()[0]


def _ledger_since(server, mark, user_id, target):
    with server.cursor() as cr:
        cr.execute(
            "SELECT action FROM ozel_kalem_access_log "
            "WHERE id > %s AND user_id = %s AND res_model = %s AND res_id = %s",
            [mark, user_id, target.model, target.id],
        )
        return sorted({row[0] for row in cr.fetchall()})


def _leaks(reply, target):
    """The secrets of ``target`` found in ``reply``."""
    text = visible(reply)
    return {
        name: value
        for name, value in target.secrets.items()
        if value and str(value) in text
    }


# ---------------------------------------------------------------------------
# The matrix
# ---------------------------------------------------------------------------
def test_matrix_covers_every_role_and_path():
    """The table itself: every role meets every path of each kind."""
    counted = {
        (kind, role) for kind, _path, role, _expected in (c.values for c in CASES)
    }
    assert counted == {(kind, role) for kind in KINDS for role in ROLES}
    assert sum(1 for case in CASES if case.values[3] == "nothing") > 400


@pytest.mark.parametrize(("kind", "path_name", "role", "expected"), CASES)
def test_path(world, kind, path_name, role, expected):
    path = PATHS_BY_NAME[path_name]
    target = world.targets[kind]
    client = world.clients[role]
    mark = _ledger_mark(world.server)
    reply = path.run(client, target, world)
    where = f"{role} via {path_name} on the {kind}"
    if expected == "reads":
        assert reply.ok, f"{where}: refused: {reply.describe()}"
        assert path.found(reply, target), f"{where}: not found: {reply.describe()}"
        text = visible(reply)
        missing = [value for value in path.shows(target) if value not in text]
        assert not missing, f"{where}: {missing} missing from {reply.describe()}"
        if path.ledger:
            actions = _ledger_since(world.server, mark, world.uid(role), target)
            assert path.ledger in actions, (
                f"{where}: no '{path.ledger}' row in the access ledger "
                f"(rows written: {actions})"
            )
        return
    leaks = _leaks(reply, target)
    assert not leaks, f"{where}: LEAK of {sorted(leaks)}: {reply.describe()}"
    assert not path.found(reply, target), f"{where}: found: {reply.describe()}"
    if path_name.startswith("register_") and role in ("attacker", "chief"):
        # The row keeps its place, marked with its classification only.
        assert REGISTER_MARK in reply.text(), f"{where}: {reply.describe()}"
    actions = _ledger_since(world.server, mark, world.uid(role), target)
    assert not actions, f"{where}: the ledger says it read the record: {actions}"


# ---------------------------------------------------------------------------
# The author's naming of the receiver worked; naming a non-reader does not
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_author_named_the_receiver(world, kind):
    """The setup's mention and activity reached the receiver (authorised)."""
    target = world.targets[kind]
    with world.server.cursor() as cr:
        cr.execute(
            "SELECT count(*) FROM mail_notification "
            "WHERE mail_message_id = %s AND res_partner_id = %s",
            [target.mention_id, world.partner("receiver")],
        )
        assert cr.fetchone()[0] == 1
        cr.execute(
            "SELECT user_id FROM mail_activity WHERE id = %s", [target.activity_id]
        )
        assert cr.fetchone()[0] == world.uid("receiver")
        cr.execute(
            "SELECT count(*) FROM mail_message_res_partner_rel "
            "WHERE mail_message_id = %s AND res_partner_id = %s",
            [target.mention_id, world.partner("receiver")],
        )
        assert cr.fetchone()[0] == 1


def _mention_rpc(world, target, role, marker):
    author = world.clients["author"]
    return author.call(
        target.model,
        "message_post",
        [target.id],
        body=marker,
        partner_ids=[world.partner(role)],
        message_type="comment",
        subtype_xmlid="mail.mt_comment",
    )


def _mention_route(world, target, role, marker):
    return _post(
        world.clients["author"], target, marker, partner_ids=[world.partner(role)]
    )


def _activity_create(world, target, role, marker):
    return world.clients["author"].call(
        "mail.activity",
        "create",
        {
            "res_model_id": target.model_id,
            "res_id": target.id,
            "activity_type_id": target.todo_type_id,
            "user_id": world.uid(role),
            "summary": marker,
        },
    )


def _activity_wizard(world, target, role, marker):
    return _schedule(world.clients["author"], target, world.uid(role), marker)


def _follow_rpc(world, target, role, marker):
    return world.clients["author"].call(
        target.model,
        "message_subscribe",
        [target.id],
        partner_ids=[world.partner(role)],
    )


def _follow_wizard(world, target, role, marker):
    author = world.clients["author"]
    created = author.call(
        "mail.wizard.invite",
        "create",
        {
            "res_model": target.model,
            "res_id": target.id,
            "partner_ids": [[6, 0, [world.partner(role)]]],
            "message": marker,
            "notify": True,
        },
    )
    if not created.ok:
        return created
    return author.call("mail.wizard.invite", "add_followers", [created.result])


NAMINGS = {
    "mention_rpc": _mention_rpc,
    "mention_route": _mention_route,
    "activity_create": _activity_create,
    "activity_wizard": _activity_wizard,
    "follow_rpc": _follow_rpc,
    "follow_wizard": _follow_wizard,
}
NAMED = ("attacker", "employee", "portal", "foreign_director")


def _message_mark(server):
    with server.cursor() as cr:
        cr.execute("SELECT coalesce(max(id), 0) FROM mail_message")
        return cr.fetchone()[0]


def _traces(world, target, role, marker, since):
    """What naming ``role`` on ``target`` would have stored (messages
    after the ``since`` message id)."""
    partner = world.partner(role) or 0
    with world.server.cursor() as cr:
        cr.execute(
            "SELECT count(*) FROM mail_message WHERE model = %s AND res_id = %s "
            "AND body::text LIKE %s",
            [target.model, target.id, f"%{marker}%"],
        )
        messages = cr.fetchone()[0]
        cr.execute(
            "SELECT count(*) FROM mail_notification n "
            "JOIN mail_message m ON m.id = n.mail_message_id "
            "WHERE m.id > %s AND m.model = %s AND m.res_id = %s "
            "AND n.res_partner_id = %s",
            [since, target.model, target.id, partner],
        )
        notifications = cr.fetchone()[0]
        cr.execute(
            "SELECT count(*) FROM mail_activity "
            "WHERE res_model = %s AND res_id = %s AND user_id = %s",
            [target.model, target.id, world.uid(role)],
        )
        activities = cr.fetchone()[0]
        cr.execute(
            "SELECT count(*) FROM mail_followers "
            "WHERE res_model = %s AND res_id = %s AND partner_id = %s",
            [target.model, target.id, partner],
        )
        followers = cr.fetchone()[0]
    return {
        "messages": messages,
        "notifications": notifications,
        "activities": activities,
        "followers": followers,
    }


@pytest.mark.parametrize("role", NAMED)
@pytest.mark.parametrize("naming", list(NAMINGS))
@pytest.mark.parametrize("kind", KINDS)
def test_author_cannot_name_a_non_reader(world, kind, naming, role):
    target = world.targets[kind]
    marker = f"naming{naming}{role}{world.token}"
    since = _message_mark(world.server)
    reply = NAMINGS[naming](world, target, role, marker)
    where = f"author naming {role} via {naming} on the {kind}"
    assert not reply.ok, f"{where}: accepted: {reply.describe()}"
    assert reply.error_name == "odoo.exceptions.UserError", (
        f"{where}: {reply.describe()}"
    )
    traces = _traces(world, target, role, marker, since)
    assert traces == dict.fromkeys(traces, 0), f"{where}: stored {traces}"


# ---------------------------------------------------------------------------
# The non-readers cannot get in
# ---------------------------------------------------------------------------
def _route_self(client, world, target, role, marker):
    return client.call(
        "ozel_kalem.document.routing",
        "create",
        {"document_id": target.id, "user_id": world.uid(role), "note": marker},
    )


def _route_self_in_form(client, world, target, role, marker):
    return client.call(
        DOCUMENT,
        "web_save",
        [target.id],
        {"routing_ids": [[0, 0, {"user_id": world.uid(role), "note": marker}]]},
        specification={"name": {}},
    )


def _attend(client, world, target, role, marker):
    return client.call(
        MEETING,
        "web_save",
        [target.id],
        {"user_ids": [[4, world.uid(role)]]},
        specification={"name": {}},
    )


def _follow_self(client, world, target, role, marker):
    return client.call(
        target.model,
        "message_subscribe",
        [target.id],
        partner_ids=[world.partner(role) or 0],
    )


def _post_self(client, world, target, role, marker):
    return _post(client, target, marker)


def _upload_self(client, world, target, role, marker):
    reply = client.post(
        "/mail/attachment/upload",
        data={"thread_id": target.id, "thread_model": target.model},
        files={"ufile": (marker, marker.encode(), "text/plain")},
    )
    if reply.status == 200 and b'"error"' in reply.body:
        # Refused in the JSON answer of the upload.
        reply.rpc, reply.error = True, {"name": "upload", "message": reply.text()}
    return reply


def _activity_self(client, world, target, role, marker):
    return client.call(
        "mail.activity",
        "create",
        {
            "res_model_id": target.model_id,
            "res_id": target.id,
            "activity_type_id": target.todo_type_id,
            "user_id": world.uid(role),
            "summary": marker,
        },
    )


def _attach(client, world, target, role, marker):
    return client.call(
        "ir.attachment",
        "create",
        {
            "name": marker,
            "datas": base64.b64encode(marker.encode()).decode(),
            "res_model": target.model,
            "res_id": target.id,
        },
    )


ENTRIES = {
    "route_self": (_route_self, ("document",)),
    "route_self_in_form": (_route_self_in_form, ("document",)),
    "attend": (_attend, ("meeting",)),
    "follow": (_follow_self, KINDS),
    "post": (_post_self, KINDS),
    "activity": (_activity_self, KINDS),
    "attach": (_attach, KINDS),
    "upload": (_upload_self, KINDS),
}


def _entry_traces(world, target, role, marker, since):
    uid = world.uid(role)
    with world.server.cursor() as cr:
        counts = {}
        queries = {
            "routings": (
                (
                    "SELECT count(*) FROM ozel_kalem_document_routing "
                    "WHERE document_id = %s AND (user_id = %s OR note = %s)"
                ),
                [target.id if target.kind == "document" else 0, uid, marker],
            ),
            "participants": (
                (
                    "SELECT count(*) FROM ozel_kalem_meeting_user_rel "
                    "WHERE meeting_id = %s AND user_id = %s"
                ),
                [target.id if target.kind == "meeting" else 0, uid],
            ),
            "attachments": (
                "SELECT count(*) FROM ir_attachment WHERE name = %s",
                [marker],
            ),
        }
        for name, (query, params) in queries.items():
            cr.execute(query, params)
            counts[name] = cr.fetchone()[0]
    return {**counts, **_traces(world, target, role, marker, since)}


ENTRY_CASES = [
    pytest.param(kind, entry, role, id=f"{kind}-{entry}-{role}")
    for kind in KINDS
    for entry, (_run, kinds) in ENTRIES.items()
    if kind in kinds
    for role in NON_READERS
]


@pytest.mark.parametrize(("kind", "entry", "role"), ENTRY_CASES)
def test_non_reader_cannot_get_in(world, kind, entry, role):
    target = world.targets[kind]
    marker = f"entry{entry}{role}{world.token}"
    run, _kinds = ENTRIES[entry]
    since = _message_mark(world.server)
    reply = run(world.clients[role], world, target, role, marker)
    where = f"{role} via {entry} on the {kind}"
    assert not reply.ok, f"{where}: accepted: {reply.describe()}"
    assert not _leaks(reply, target), f"{where}: LEAK: {reply.describe()}"
    traces = _entry_traces(world, target, role, marker, since)
    assert traces == dict.fromkeys(traces, 0), f"{where}: stored {traces}"


# ---------------------------------------------------------------------------
# The ledger, per company; the auditor reads it, not the records
# ---------------------------------------------------------------------------
def test_foreign_director_reads_none_of_this_companys_ledger(world):
    client = world.clients["foreign_director"]
    rows = client.ok(
        client.call(
            "ozel_kalem.access.log",
            "search_read",
            [],
            ["res_model", "res_id", "company_id", "record_name"],
        )
    )
    ours = [
        row
        for row in rows
        if row["company_id"] and row["company_id"][0] == world.company_id
    ]
    assert not ours, f"foreign director reads this company's ledger: {ours[:3]}"
    with world.server.cursor() as cr:
        cr.execute(
            "SELECT id FROM ozel_kalem_access_log WHERE company_id = %s "
            "ORDER BY id DESC LIMIT 1",
            [world.company_id],
        )
        last = cr.fetchone()[0]
    reply = client.call("ozel_kalem.access.log", "read", [last], ["record_name"])
    assert not reply.ok, reply.describe()
    assert reply.error_name == "odoo.exceptions.AccessError", reply.describe()


@pytest.mark.parametrize("kind", KINDS)
def test_auditor_reads_the_ledger_not_the_record(world, kind):
    target = world.targets[kind]
    director = world.clients["director"]
    director.ok(director.call(target.model, "read", [target.id], ["name"]))
    auditor = world.clients["auditor"]
    rows = auditor.ok(
        auditor.call(
            "ozel_kalem.access.log",
            "search_read",
            _of_record(target),
            ["user_id", "action"],
        )
    )
    readers = {row["user_id"][0] for row in rows}
    assert world.uid("director") in readers
    assert world.uid("auditor") not in readers
    reply = auditor.call(target.model, "read", [target.id], ["name"])
    assert reply.error_name == "odoo.exceptions.AccessError", reply.describe()


@pytest.mark.parametrize(
    "values",
    [
        {"registration_number": "GLN-1900-00001"},
        {"registration_date": "2020-01-01 10:00:00"},
        {"state": "done"},
    ],
    ids=["registration_number", "registration_date", "state"],
)
def test_registry_entries_are_set_by_actions_only(world, values):
    """Even its author, who may write the document, cannot rewrite what
    only its actions set."""
    target = world.targets["document"]
    author = world.clients["author"]
    reply = author.call(DOCUMENT, "write", [target.id], values)
    assert reply.error_name == "odoo.exceptions.UserError", reply.describe()
    # In the user's language: English or Turkish.
    assert re.search("actions only|yalnızca ofisin işlemleriyle", reply.error_message)
    with world.server.cursor() as cr:
        cr.execute(
            "SELECT registration_number, state FROM ozel_kalem_document WHERE id = %s",
            [target.id],
        )
        assert cr.fetchone() == (target.number, "routed")


def test_public_gets_no_session_data(world):
    """The public's JSON-RPC calls end on an expired session (no uid)."""
    reply = world.clients["public"].call(DOCUMENT, "search_read", [], ["name"])
    assert not reply.ok
    assert re.search(r"Session|session", reply.error_name + reply.error_message), (
        reply.describe()
    )
