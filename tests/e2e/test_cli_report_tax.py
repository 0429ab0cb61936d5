"""`smarterp report tax` as a user types it: the VAT return of a month, as a table and as JSON,
the ledger check, and clear refusals of bad dates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from tests.integration.test_tax_report import manual_entry, vat_books

MARCH = ["report", "tax", "--from", "2026-03-01", "--to", "2026-03-31"]


@pytest.fixture
def books(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'tax.db'}")
    get_settings.cache_clear()
    engine_for.cache_clear()
    assert CliRunner().invoke(app, ["init", "--company", "VAT Trading"]).exit_code == 0
    engine = engine_for(get_settings().resolved_database_url())
    with unit_of_work(engine, actor="test") as s:
        vat_books(s)
    yield engine
    engine.dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_report_tax_prints_the_return_and_its_ledger_check(books: Engine) -> None:
    runner = CliRunner()
    result = runner.invoke(app, [*MARCH, "--json"])
    assert result.exit_code == 0, result.output
    rep = json.loads(result.stdout)
    output = {r["code"]: (r["base"], r["tax"]) for r in rep["output"]["rows"]}
    assert output["VAT9"] == ("65.00", "5.85") and output[None] == ("15.00", "0.00")
    assert (rep["output"]["tax"], rep["input"]["tax"]) == ("26.65", "15.60")
    assert rep["net_payable"] == rep["ledger_net_payable"] == "11.05" and rep["ties"] is True

    table = runner.invoke(app, MARCH)
    assert table.exit_code == 0, table.output
    for text in ("Output tax (sales) 2026-03-01 to 2026-03-31", "VAT 9% (sales)", "9%"):
        assert text in table.stdout, text
    assert "net VAT payable (output less input) 11.05" in table.stdout
    assert "the VAT accounts agree with the documents" in table.stdout

    with unit_of_work(books, actor="test") as s:
        manual_entry(s, "VAT correction", "6900", "2100", "10.00")
    table = runner.invoke(app, MARCH)
    assert table.exit_code == 0, table.output
    flat = " ".join(table.stdout.split())
    assert "do not agree with the documents: ledger net payable 21.05, difference 10.00" in flat
    assert "GEN/2026/00001" in flat and "VAT correction" in flat


def test_report_tax_refuses_bad_dates(books: Engine) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, ["report", "tax", "--from", "2026-02-30"])
    assert bad.exit_code == 2 and "is not a date (YYYY-MM-DD)" in bad.output
    backwards = runner.invoke(app, ["report", "tax", "--from", "2026-03-31", "--to", "2026-03-01"])
    assert backwards.exit_code == 1
    assert "2026-03-31 is after date_to 2026-03-01" in backwards.stderr
    assert "Traceback" not in backwards.output
