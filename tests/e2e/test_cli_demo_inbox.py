"""`smarterp demo` reads its own inbox, so a new user opens an Inbox that is already read."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.crm.models import Message
from smarterp.intel.docs.models import Document


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.delenv("SMARTERP_LLM_BASE_URL", raising=False)
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_the_demo_company_opens_with_its_inbox_read(cli: CliRunner, engine: Engine) -> None:
    # --fresh: the test database already holds the books the engine fixture opened.
    args = ["demo", "--fresh", "--scale", "0.05", "--today", "2026-06-30", "--json"]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        received = s.scalar(
            select(func.count()).select_from(Message).where(Message.direction == "in")
        )
        documents = s.scalar(select(func.count()).select_from(Document))
        linked = s.scalar(
            select(func.count()).select_from(Document).where(Document.partner_id.isnot(None))
        )
        orders = s.scalar(
            select(func.count()).select_from(Document).where(Document.intent == "new_order")
        )
    assert received and summary["inbox_read"] == received == documents
    assert linked and orders
    # Building again on the same books changes nothing, the inbox included.
    again = cli.invoke(app, ["demo", "--json"])
    assert again.exit_code == 0, again.output
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == documents
