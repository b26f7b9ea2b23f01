# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Shared fixtures of the top-level pytest suites.

``odoo_server`` runs a real Odoo server in a subprocess, on a copy of a
database with the addons installed, for tests that need what the in-process
test machinery cannot give: requests that truly run in parallel, each in
its own thread, cursor and transaction (Odoo's ``HttpCase`` serialises every
request through one test cursor).

Environment:

``OK_TEST_TEMPLATE``
    the database copied, with its filestore (default ``ok_test_template``,
    the one ``scripts/test.sh`` builds); it must have the addons installed
    and up to date, and no open connection while it is copied.
``OK_TEST_SERVER_DB``
    the name of the copy (default ``ok_test_server``); dropped first when a
    previous run left it, and dropped at the end.
``OK_TEST_SERVER_PORT``
    the HTTP port (default: a free port chosen by the system).
``OK_ODOO_CONFIG``
    the Odoo configuration file, when pytest is not given ``--odoo-config``
    (default ``.cache/odoo.conf`` of the repository).

Example::

    def test_form(odoo_server):
        response = requests.get(f"{odoo_server.url}/ozel-kalem/randevu", timeout=30)
        with odoo_server.cursor() as cr:
            cr.execute("SELECT count(*) FROM ozel_kalem_appointment")
"""

import configparser
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import pytest
import requests
from psycopg2 import sql

ROOT = Path(__file__).resolve().parent.parent
ODOO_BIN = ROOT / ".venv" / "bin" / "odoo"
START_TIMEOUT = 180  # seconds until /web/login must answer
STOP_TIMEOUT = 30  # seconds a server is given to stop before it is killed


@dataclass
class OdooServer:
    """A running Odoo server of the ``odoo_server`` fixture."""

    url: str  # base URL, e.g. http://127.0.0.1:8069 (no trailing slash)
    db: str  # the database it serves
    port: int
    log_path: Path  # the server's log file
    connect_params: dict  # psycopg2.connect() keywords of its database

    @contextlib.contextmanager
    def cursor(self):
        """A psycopg2 cursor on the server's database, in a transaction of its
        own that is committed at the end of the block (rolled back on error)."""
        connection = psycopg2.connect(**self.connect_params)
        try:
            with connection, connection.cursor() as cr:
                yield cr
        finally:
            connection.close()

    def log_tail(self, lines=40):
        """The last ``lines`` lines of the server's log (for failure messages)."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def _odoo_config(pytest_config):
    """The ``[options]`` of the Odoo configuration file (as strings; Odoo
    writes unset options as "False")."""
    path = (
        pytest_config.getoption("--odoo-config", default=None)
        or os.environ.get("OK_ODOO_CONFIG")
        or ROOT / ".cache" / "odoo.conf"
    )
    parser = configparser.ConfigParser(interpolation=None)
    if not parser.read(path):
        raise pytest.UsageError(f"Odoo configuration file not found: {path}")
    options = dict(parser["options"]) if parser.has_section("options") else {}
    options["__path__"] = str(Path(path).resolve())
    return {key: value for key, value in options.items() if value != "False"}


def _connect_params(options, dbname):
    params = {"dbname": dbname}
    for option, key in (
        ("db_host", "host"),
        ("db_port", "port"),
        ("db_user", "user"),
        ("db_password", "password"),
    ):
        if options.get(option):
            params[key] = options[option]
    return params


def _maintenance(options, statement, attempts=1):
    """Run a CREATE/DROP DATABASE statement (outside a transaction), retried
    while the source database is still in use by another session."""
    for attempt in range(attempts):
        connection = psycopg2.connect(**_connect_params(options, "postgres"))
        connection.autocommit = True
        try:
            with connection.cursor() as cr:
                cr.execute(statement)
            return
        except psycopg2.errors.ObjectInUse:
            if attempt == attempts - 1:
                raise
            time.sleep(2)
        finally:
            connection.close()


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(server, process):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"The Odoo server stopped (exit {process.returncode}):\n"
                f"{server.log_tail()}"
            )
        try:
            if requests.get(f"{server.url}/web/login", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(
        f"The Odoo server did not answer within {START_TIMEOUT} s:\n{server.log_tail()}"
    )


@pytest.fixture(scope="session")
def odoo_server(request):
    """A real, multi-threaded Odoo server (``--workers=0``: each request in a
    thread with its own cursor) on a fresh copy of ``OK_TEST_TEMPLATE`` and
    its filestore; yields an :class:`OdooServer`.  The server is stopped and
    its database dropped at the end of the session.

    The server is a separate process: pytest-odoo's in-process registry
    (``--odoo-database``) is another database and is not touched."""
    options = _odoo_config(request.config)
    template = os.environ.get("OK_TEST_TEMPLATE", "ok_test_template")
    db = os.environ.get("OK_TEST_SERVER_DB", "ok_test_server")
    if db == template:
        raise pytest.UsageError("OK_TEST_SERVER_DB must differ from OK_TEST_TEMPLATE")
    port = int(os.environ.get("OK_TEST_SERVER_PORT") or _free_port())
    data_dir = Path(
        options.get("data_dir") or Path.home() / ".local" / "share" / "Odoo"
    )
    filestore = data_dir / "filestore"
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db))

    _maintenance(options, drop)
    shutil.rmtree(filestore / db, ignore_errors=True)
    _maintenance(
        options,
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(db), sql.Identifier(template)
        ),
        attempts=30,
    )
    if (filestore / template).is_dir():
        shutil.copytree(filestore / template, filestore / db)

    log_dir = Path(tempfile.mkdtemp(prefix=f"{db}-"))
    server = OdooServer(
        url=f"http://127.0.0.1:{port}",
        db=db,
        port=port,
        log_path=log_dir / "odoo-server.log",
        connect_params=_connect_params(options, db),
    )
    process = subprocess.Popen(
        [
            str(ODOO_BIN),
            "-c",
            options["__path__"],
            "-d",
            db,
            f"--db-filter=^{db}$",
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            "--workers=0",
            "--max-cron-threads=0",
            f"--logfile={server.log_path}",
            "--log-level=info",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(server, process)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _maintenance(options, drop, attempts=5)
        shutil.rmtree(filestore / db, ignore_errors=True)
        shutil.rmtree(log_dir, ignore_errors=True)
