"""`smarterp ask` and `smarterp eval ask` as a user types them, on a fresh database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for
from smarterp.core.settings import get_settings


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'ask.db'}")
    monkeypatch.delenv("SMARTERP_LLM_BASE_URL", raising=False)
    get_settings.cache_clear()
    engine_for.cache_clear()
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--company", "Ask Co"]).exit_code == 0
    yield runner
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_ask_json(cli: CliRunner) -> None:
    result = cli.invoke(app, ["ask", "--json", "--as-of", "1998-05-06", "revenue last month"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"]["time_range"] == {"start": "1998-04-01", "end": "1998-04-30"}
    assert data["columns"] == ["revenue"] and "sql" in data


def test_ask_file_and_eval(cli: CliRunner, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "lang": "en", "question": "How many orders in 1997?", "answer": [[0]]}\n'
        '{"id": "b", "lang": "zh", "question": "1997年的订单数是多少？", "answer": [[0]]}\n',
        encoding="utf-8",
    )
    result = cli.invoke(app, ["ask", "--json", "--file", str(questions)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"] and all(x["rows"] == [[0]] for x in lines)
    scored = cli.invoke(app, ["eval", "ask", str(questions), "--as-of", "1998-05-06"])
    assert scored.exit_code == 0, scored.output
    assert "en: execution accuracy 100.0% (1/1)" in scored.output
    assert "zh: execution accuracy 100.0% (1/1)" in scored.output


def test_bad_as_of_is_a_clear_error(cli: CliRunner) -> None:
    result = cli.invoke(app, ["ask", "--as-of", "May 5", "revenue"])
    assert result.exit_code == 1 and "--as-of" in result.output
