"""`smarterp print`, `smarterp send` and `smarterp company` as a user types them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.crm.models import Message
from tests.integration.test_documents import Books, make_books, pdf_text
from tests.smtp_server import free_port, running_smtp_server


@pytest.fixture
def books(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Books]:
    with unit_of_work(engine, actor="test") as session:
        made = make_books(session)
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield made
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


def test_print_every_kind(books: Books, tmp_path: Path) -> None:
    for kind, number, words in [
        ("quotation", books.quotation, "Quotation"),
        ("order", books.order, "Order confirmation"),
        ("delivery", books.delivery, "Delivery note"),
        ("invoice", books.invoice, "Invoice"),
        ("credit-note", books.credit_note, "Credit note"),
        ("purchase-order", books.purchase_order, "Purchase order"),
        ("statement", "WINGFAT", "Statement of account"),
    ]:
        out = tmp_path / f"{kind}.pdf"
        code, stdout, stderr = run("print", kind, number, "--output", str(out), "--lang", "en")
        assert code == 0, stderr
        assert str(out) in "".join(stdout.split())  # Rich wraps long paths at 80 columns
        text = " ".join(pdf_text(out.read_bytes()).split())
        assert words in text and "Harbour Trading Ltd" in text, kind
    out = tmp_path / "zh.pdf"
    assert run("print", "invoice", books.invoice, "-o", str(out), "--lang", "zh")[0] == 0
    assert "发票" in pdf_text(out.read_bytes())
    # A folder as --output takes the document's own file name.
    code, stdout, _ = run("print", "order", books.order, "-o", str(tmp_path))
    assert code == 0 and (tmp_path / f"order-{books.order}.pdf").exists()


def test_print_refusals_name_what_is_wrong(books: Books, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    code, _, err = run("print", "invoice", "INV/1900/99999", "-o", out)
    assert code == 1 and "invoice 'INV/1900/99999' does not exist" in err
    code, _, err = run("print", "quotation", books.order, "-o", out)
    assert code == 1 and "is confirmed; cannot print a quotation" in err
    code, _, err = run("print", "invoice", books.invoice, "-o", out, "--lang", "fr")
    assert code == 1 and "'fr' is not a document language" in err
    code, _, err = run("print", "statement", "NOBODY", "-o", out)
    assert code == 1 and "no partner has the ref, id or name 'NOBODY'" in err
    code, _, err = run("print", "receipt", "X", "-o", out)
    assert code == 2
    assert not Path(out).exists()


def test_send_invoice_to_a_real_smtp_server(
    books: Books, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMARTERP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMARTERP_SMTP_FROM", "accounts@harbour.example")
    with running_smtp_server() as server:
        monkeypatch.setenv("SMARTERP_SMTP_PORT", str(server.port))
        get_settings.cache_clear()
        code, stdout, stderr = run(
            "send", "invoice", books.invoice, "--to", "ap@wingfat.example", "--lang", "en"
        )
    assert code == 0, stderr
    assert "sent to ap@wingfat.example" in stdout
    (got,) = server.messages
    assert got.recipients == ["ap@wingfat.example"]
    (attachment,) = list(got.message.iter_attachments())
    assert books.invoice in pdf_text(attachment.get_content())

    # Nothing listens now: a clear error, and nothing more recorded as sent.
    monkeypatch.setenv("SMARTERP_SMTP_PORT", str(free_port()))
    get_settings.cache_clear()
    code, _, stderr = run("send", "invoice", books.invoice)
    assert code == 1 and "connection refused" in stderr and "SMARTERP_SMTP_PORT" in stderr
    with engine.connect() as conn:
        sent = conn.execute(select(Message.recipient).where(Message.direction == "out")).all()
    assert [r.recipient for r in sent] == ["ap@wingfat.example"]


def test_company_details(books: Books) -> None:
    code, _, err = run("company", "set", "--phone", "+852 3000 0000", "--website", "")
    assert code == 0, err
    code, stdout, _ = run("company", "show")
    assert "+852 3000 0000" in stdout and "Harbour Trading Ltd" in stdout
    code, _, err = run("company", "set")
    assert code == 1 and "give at least one detail" in err
    code, _, err = run("company", "set", "--name", " ")
    assert code == 1 and "name: must not be empty" in err


def test_missing_cjk_font_is_named(tmp_path: Path) -> None:
    """A machine without a Chinese font: the zh PDF is refused, naming what to install."""
    db = tmp_path / "fonts.db"
    from smarterp.core import schema
    from smarterp.core.db import make_engine
    from smarterp.erp.setup import init_books

    eng = make_engine(f"sqlite:///{db}")
    schema.upgrade(eng)
    with unit_of_work(eng, actor="test") as session:
        init_books(session)
        number = make_books(session).invoice
    eng.dispose()
    fonts = tmp_path / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "SMARTERP_DATABASE_URL": f"sqlite:///{db}", "FONTCONFIG_FILE": str(fonts)}
    base = [sys.executable, "-c", "from smarterp.cli.main import app; app()", "print", "invoice"]
    zh = subprocess.run(
        [*base, number, "-o", str(tmp_path / "zh.pdf"), "--lang", "zh"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert zh.returncode == 1, zh.stderr
    message = " ".join(zh.stderr.split())
    assert "no font for Chinese text is installed" in message and "fonts-noto-cjk" in message
    assert not (tmp_path / "zh.pdf").exists()
    en = subprocess.run(
        [*base, number, "-o", str(tmp_path / "en.pdf"), "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert en.returncode == 0, en.stderr
