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


def test_ask_says_what_it_understood_above_the_answer(cli: CliRunner) -> None:
    question = ["ask", "--as-of", "1998-05-06", "orders by month in 1997"]
    data = json.loads(cli.invoke(app, [*question[:-1], "--json", question[-1]]).output)
    text = cli.invoke(app, question).output
    if data["understood"]:  # the parser fills it for every answered question
        line = f"Understood: {data['understood']}"
        assert line in text and text.index(line) < text.index(data["answer"][:20]), text
    else:
        assert "Understood:" not in text


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
    assert "wrong 0.0% (0/1), abstained 0.0% (0/1)" in scored.output


LABELLED = [
    {"id": "ok", "lang": "en", "question": "How many orders in 1997?", "answer": [[0]]},
    {"id": "bad", "lang": "en", "question": "How many orders in 1997?", "answer": [[7]]},
    {"id": "huh", "lang": "en", "question": "what is the weather like", "answer": [[1]]},
    {"id": "zh", "lang": "zh", "question": "1997年的订单数是多少？", "answer": [[0]]},
]


def _labelled(tmp_path: Path, **per_id: dict[str, str]) -> Path:
    path = tmp_path / "labelled.jsonl"
    lines = [json.dumps({**item, **per_id.get(str(item["id"]), {})}) for item in LABELLED]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_tells_wrong_answers_from_abstentions(cli: CliRunner, tmp_path: Path) -> None:
    path = _labelled(
        tmp_path,
        ok={"kind": "count_orders", "split": "build"},
        bad={"kind": "count_orders", "split": "build"},
        huh={"kind": "off_topic", "split": "heldout"},
        zh={"kind": "count_orders", "split": "heldout"},
    )
    out = cli.invoke(app, ["eval", "ask", str(path), "--as-of", "1998-05-06"]).output
    assert "en: execution accuracy 33.3% (1/3), wrong 33.3% (1/3), abstained 33.3% (1/3)" in out, (
        out
    )
    assert "zh: execution accuracy 100.0% (1/1), wrong 0.0% (0/1)" in out
    assert "all: execution accuracy 50.0% (2/4), wrong 25.0% (1/4), abstained 25.0% (1/4)" in out
    # Each failure: the question, expected and got, and what was run or asked back.
    assert "✗ wrong bad [en] [count_orders] [build] How many orders in 1997?" in out
    assert "expected   [[7]]" in out and "got        [[0]]" in out
    assert '"measures": ["orders"]' in out or "understood" in out
    assert "? abstained huh [en] [off_topic] [heldout] what is the weather like" in out
    assert "asked back" in out and "✗ wrong ok" not in out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:2] == "  "}
    assert rows["count_orders"] == ["3", "2", "1", "0", "66.7%"]  # n, correct, wrong, abstained
    assert rows["off_topic"] == ["1", "0", "0", "1", "0.0%"]
    assert rows["build"] == ["2", "1", "1", "0", "50.0%"]

    data = json.loads(
        cli.invoke(app, ["eval", "ask", str(path), "--as-of", "1998-05-06", "--json"]).output
    )
    assert data["accuracy"] == {"en": 0.3333, "zh": 1.0} and data["total"] == {"en": 3, "zh": 1}
    assert data["wrong"] == {"en": 1, "zh": 0} and data["abstained"] == {"en": 1, "zh": 0}
    assert data["by_lang"]["en"]["wrong_rate"] == 0.3333
    assert data["by_kind"]["count_orders"] == {
        "total": 3,
        "correct": 2,
        "wrong": 1,
        "abstained": 0,
        "accuracy": 0.6667,
        "wrong_rate": 0.3333,
        "abstention_rate": 0.0,
    }
    assert data["by_split"]["heldout"]["abstained"] == 1
    assert data["overall"]["total"] == 4 and data["overall"]["abstention_rate"] == 0.25
    failures = {f["id"]: f for f in data["failures"]}
    assert set(failures) == {"bad", "huh"}
    assert failures["bad"]["outcome"] == "wrong" and failures["bad"]["got"] == [[0]]
    assert failures["huh"]["outcome"] == "abstained" and failures["huh"]["clarification"]

    heldout = cli.invoke(
        app, ["eval", "ask", str(path), "--as-of", "1998-05-06", "--split", "heldout", "--json"]
    )
    assert json.loads(heldout.output)["total"] == {"en": 1, "zh": 1}


def test_eval_without_splits_or_kinds(cli: CliRunner, tmp_path: Path) -> None:
    path = _labelled(tmp_path)
    out = cli.invoke(app, ["eval", "ask", str(path), "--as-of", "1998-05-06"]).output
    assert "by kind" not in out and "by split" not in out
    assert "en: execution accuracy 33.3% (1/3)" in out
    refused = cli.invoke(app, ["eval", "ask", str(path), "--split", "heldout"])
    assert refused.exit_code == 1 and "no item is in split 'heldout'" in refused.output


def test_bad_as_of_is_a_clear_error(cli: CliRunner) -> None:
    result = cli.invoke(app, ["ask", "--as-of", "May 5", "revenue"])
    assert result.exit_code == 1 and "--as-of" in result.output
