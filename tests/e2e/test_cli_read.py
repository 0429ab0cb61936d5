"""`smarterp ingest`, `extract order`, `eval extract` and `graph` as a user types them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.data.northwind import NorthwindSummary
from tests.conftest import NORTHWIND_GROUP, copy_sqlite
from tests.integration.test_docs_ingest import DOCS, build_company

EVAL_FILE = Path(__file__).resolve().parent.parent / "data" / "email_dev.jsonl"


def _use_database(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", url)
    monkeypatch.delenv("SMARTERP_LLM_BASE_URL", raising=False)
    get_settings.cache_clear()
    engine_for.cache_clear()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    _use_database(monkeypatch, f"sqlite:///{tmp_path / 'read.db'}")
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--company", "Test Trading"]).exit_code == 0
    with unit_of_work(engine_for(get_settings().resolved_database_url()), actor="test") as s:
        build_company(s)
    yield runner
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_extract_order_json(cli: CliRunner, tmp_path: Path) -> None:
    emails = tmp_path / "in.jsonl"
    emails.write_text(
        json.dumps(
            {
                "id": "m1",
                "from": "Thomas Hardy <t@horn.example>",
                "subject": "订货",
                "date": "2025-03-05",
                "body": "请发 Chai 20 箱，Aniseed Syrup 一打，下周三送到。",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    result = cli.invoke(app, ["extract", "order", "--json", "--file", str(emails)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "id": "m1",
        "intent": "new_order",
        "customer": "Around the Horn",
        "lines": [
            {"product": "Chai", "quantity": 20},
            {"product": "Aniseed Syrup", "quantity": 12},  # a dozen of its selling unit
        ],
        "requested_date": "2025-03-12",
    }


def test_eval_extract_scores_per_language(cli: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "g1",
            "lang": "en",
            "date": "2025-03-05",
            "subject": "order",
            "from": "Maria Anders <m@alfreds.example>",
            "body": "Please send 3 cases of Chai by Friday.\nMaria",
            "gold": {
                "customer": "Alfreds Futterkiste",
                "intent": "new_order",
                "lines": [{"product": "Chai", "quantity": 3}],
                "requested_date": "2025-03-07",
            },
        },
        {
            "id": "g2",
            "lang": "zh",
            "date": "2025-03-05",
            "subject": "询价",
            "from": "Thomas Hardy <t@horn.example>",
            "body": "请问 Chai 有现货吗？",
            "gold": {
                "customer": "Around the Horn",
                "intent": "inquiry",
                "lines": [],
                "requested_date": None,
            },
        },
    ]
    gold.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    result = cli.invoke(app, ["eval", "extract", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["scores"]
    assert scores["en"]["lines"]["f1"] == 1.0 and scores["zh"]["intent"]["accuracy"] == 1.0
    assert scores["all"]["orders_fully_right"] == 1.0 and scores["all"]["emails"] == 2
    table = cli.invoke(app, ["eval", "extract", str(gold)])
    assert table.exit_code == 0 and "orders fully right" in table.output


def test_bad_input_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "body": "x"}\nnot json\n', encoding="utf-8")
    result = cli.invoke(app, ["extract", "order", "--json", "--file", str(bad)])
    assert result.exit_code == 1 and "line 2" in result.output
    no_gold = cli.invoke(app, ["eval", "extract", str(tmp_path / "missing.jsonl")])
    assert no_gold.exit_code == 1 and "does not exist" in " ".join(no_gold.output.split())


def test_ingest_and_graph(cli: CliRunner, tmp_path: Path) -> None:
    assert cli.invoke(app, ["graph", "build"]).exit_code == 0
    first = cli.invoke(app, ["ingest", str(DOCS), "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.output)
    assert summary["added"] == 9 and len(summary["skipped"]) == 5
    again = json.loads(cli.invoke(app, ["ingest", str(DOCS), "--json"]).output)
    assert again["added"] == 0 and again["existing"] == 9
    near = cli.invoke(app, ["graph", "neighbors", "ALFKI", "--json"])
    assert near.exit_code == 0, near.output
    assert {"Maria Anders", "Chai"} <= {
        n["node"]["label"] for n in json.loads(near.output)["neighbors"]
    }
    route = json.loads(
        cli.invoke(app, ["graph", "path", "Maria Anders", "Exotic Liquids", "--json"]).output
    )
    assert route["steps"][-1]["to"]["label"] == "Exotic Liquids Ltd."
    facts = json.loads(cli.invoke(app, ["graph", "about", "Around the Horn", "--json"]).output)[
        "facts"
    ]
    assert any(f["source"] and "Chai" in (f["source"]["text"] or "") for f in facts["orders"])
    out = tmp_path / "g.graphml"
    assert cli.invoke(app, ["graph", "export", str(out)]).exit_code == 0 and out.stat().st_size > 0
    missing = cli.invoke(app, ["graph", "neighbors", "Nobody Anywhere Ltd"])
    assert missing.exit_code == 1 and "does not exist" in " ".join(missing.output.split())


@pytest.fixture
def northwind_url(
    northwind_sqlite: tuple[Path, NorthwindSummary], tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A copy of the session's Northwind (tests/conftest.py)."""
    return copy_sqlite(northwind_sqlite[0], tmp_path_factory.mktemp("nw") / "nw.db")


@NORTHWIND_GROUP
def test_eval_on_northwind_meets_the_goals(
    northwind_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_database(monkeypatch, northwind_url)
    try:
        result = CliRunner().invoke(app, ["eval", "extract", str(EVAL_FILE), "--json"])
    finally:
        engine_for.cache_clear()
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["scores"]["all"]
    assert scores["customer"]["accuracy"] >= 0.95
    assert scores["lines"]["f1"] >= 0.92
    assert scores["requested_date"]["accuracy"] >= 0.90
    assert scores["intent"]["accuracy"] >= 0.90
    assert scores["orders_fully_right"] >= 0.80
