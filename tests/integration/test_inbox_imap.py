"""`smarterp ingest --imap` against a real IMAP server (pymap, started here on a free port):
read-only, each message once, a second run reads only new mail; bad input named."""

from __future__ import annotations

import imaplib
import json
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.intel.docs.mailboxes import MailboxState
from smarterp.intel.docs.models import Document
from tests import factories

USER, PASSWORD = "anna", "imap-s3cret"


@dataclass
class ImapServer:
    port: int

    def connect(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        conn.login(USER, PASSWORD)
        return conn

    def new_folder(self) -> str:
        name = f"Orders-{uuid.uuid4().hex[:8]}"
        with _logged_out(self.connect()) as conn:
            assert conn.create(name)[0] == "OK"
        return name

    def deliver(self, folder: str, msg: EmailMessage) -> None:
        with _logged_out(self.connect()) as conn:
            status, _ = conn.append(folder, None, None, msg.as_bytes())
            assert status == "OK"

    def unseen(self, folder: str) -> int:
        with _logged_out(self.connect()) as conn:
            conn.select(folder, readonly=True)
            return len((conn.search(None, "UNSEEN")[1][0] or b"").split())


class _logged_out:
    def __init__(self, conn: imaplib.IMAP4) -> None:
        self.conn = conn

    def __enter__(self) -> imaplib.IMAP4:
        return self.conn

    def __exit__(self, *_: object) -> None:
        self.conn.logout()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def imap_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImapServer]:
    """pymap's in-memory server, a real IMAP4rev1 server from the dev dependencies."""
    program = Path(sys.executable).with_name("pymap")
    assert program.exists(), "pymap is missing: pip install -e '.[dev]'"
    port = _free_port()
    log = (tmp_path_factory.mktemp("imap") / "pymap.log").open("wb")
    proc = subprocess.Popen(
        [
            *(str(program), "--host", "127.0.0.1", "--port", str(port), "--no-tls", "dict"),
            *("--demo-data", "--demo-user", USER, "--demo-password", PASSWORD),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                ImapServer(port).connect().logout()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pymap did not start (see {log.name})") from None
                time.sleep(0.2)
        yield ImapServer(port)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """The command line on the test database, with the mailbox password in the environment."""
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("SMARTERP_IMAP_PASSWORD", PASSWORD)
    monkeypatch.delenv("SMARTERP_IMAP_URL", raising=False)
    monkeypatch.delenv("SMARTERP_LLM_BASE_URL", raising=False)
    get_settings.cache_clear()
    engine_for.cache_clear()
    with unit_of_work(engine, actor="test") as s:
        factories.customer(
            s, "Alfreds Futterkiste", contact_name="Maria Anders", email="maria@alfreds.example"
        )
        factories.product(s, "CHAI", name="Chai")
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def order_email(n: int, quantity: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Maria Anders <maria@alfreds.example>"
    msg["To"] = "sales@ourco.example"
    msg["Subject"] = f"Order {n}"
    msg["Date"] = "Mon, 02 Mar 2026 09:30:00 +0000"
    msg["Message-ID"] = f"<order-{n}-{uuid.uuid4().hex[:6]}@alfreds.example>"
    msg.set_content(f"Hello,\nplease send {quantity} x Chai by 20 March 2026.\n\nMaria Anders")
    return msg


def ingest(cli: CliRunner, url: str) -> dict[str, object]:
    result = cli.invoke(app, ["ingest", "--imap", url, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_a_mailbox_is_read_once_and_then_only_its_new_mail(
    cli: CliRunner, imap_server: ImapServer, engine: Engine
) -> None:
    folder = imap_server.new_folder()
    imap_server.deliver(folder, order_email(1, 12))
    imap_server.deliver(folder, order_email(2, 30))
    url = f"imap://{USER}@127.0.0.1:{imap_server.port}/{folder}"

    first = ingest(cli, url)
    assert (first["added"], first["existing"], first["skipped"]) == (2, 0, [])
    # Read-only: the people who use the mailbox still see the messages as new.
    assert imap_server.unseen(folder) == 2
    with unit_of_work(engine, actor="test", read_only=True) as s:
        docs = list(s.scalars(select(Document).order_by(Document.id)))
        assert [d.intent for d in docs] == ["new_order", "new_order"]
        assert all(d.partner_id is not None for d in docs)
        assert [d.extraction["lines"][0]["quantity"] for d in docs if d.extraction] == [12, 30]
        assert all(d.source.startswith(f"imap://{USER}@127.0.0.1") for d in docs)

    # Nothing new: nothing fetched at all (not even to find it stored already).
    again = ingest(cli, url)
    assert (again["added"], again["existing"]) == (0, 0)

    imap_server.deliver(folder, order_email(3, 7))
    third = ingest(cli, url)
    assert (third["added"], third["existing"]) == (1, 0)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 3
        state = s.scalars(select(MailboxState)).one()
        assert state.mailbox.endswith(f"/{folder}") and state.last_uid > 0
        assert third["mailbox"] == {"url": state.mailbox, "last_uid": state.last_uid}


def test_the_url_may_come_from_the_settings(
    cli: CliRunner, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = imap_server.new_folder()
    imap_server.deliver(folder, order_email(4, 3))
    monkeypatch.setenv("SMARTERP_IMAP_URL", f"imap://{USER}@127.0.0.1:{imap_server.port}/{folder}")
    result = cli.invoke(app, ["ingest", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 1


def _fails(cli: CliRunner, url: str, *words: str) -> None:
    result = cli.invoke(app, ["ingest", "--imap", url])
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    for word in words:
        assert word in said, said


def test_bad_input_is_named_and_changes_nothing(
    cli: CliRunner, imap_server: ImapServer, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = imap_server.new_folder()
    imap_server.deliver(folder, order_email(5, 1))
    where = f"{USER}@127.0.0.1:{imap_server.port}"
    _fails(cli, f"imap://{where}/No-Such-Folder", "folder:", "No-Such-Folder")
    _fails(cli, f"imap://{USER}@127.0.0.1:{_free_port()}/{folder}", "host:", "cannot reach")
    # TLS asked of a server that speaks plain text: the handshake fails, and says so.
    _fails(cli, f"imaps://{where}/{folder}", "host:", "secure connection failed")
    _fails(cli, f"https://{where}/{folder}", "--imap:", "imaps://")
    _fails(cli, f"imap://{USER}:pw@127.0.0.1/{folder}", "--imap:", "SMARTERP_IMAP_PASSWORD")
    _fails(cli, f"imap://127.0.0.1:{imap_server.port}/{folder}", "--imap:", "no user")
    monkeypatch.setenv("SMARTERP_IMAP_PASSWORD", "wrong")
    _fails(cli, f"imap://{where}/{folder}", "password:", "refused", USER)
    monkeypatch.delenv("SMARTERP_IMAP_PASSWORD")
    _fails(cli, f"imap://{where}/{folder}", "password:", "SMARTERP_IMAP_PASSWORD")
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
        assert s.scalar(select(func.count()).select_from(MailboxState)) == 0
