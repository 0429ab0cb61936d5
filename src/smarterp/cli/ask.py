"""`smarterp ask` and `smarterp eval ask`: questions answered from the books, and their score."""

from __future__ import annotations

import json
import statistics
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

from smarterp.cli.common import console, engine, friendly_errors, print_json, print_table
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.intel.ask.evaluate import evaluate, load_items
from smarterp.intel.ask.service import Answer, ask


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("--as-of", f"{value!r} is not a date (YYYY-MM-DD)") from None


def _payload(answer: Answer, item_id: Any = None) -> dict[str, Any]:
    data = answer.model_dump(mode="json")
    if item_id is not None:
        data = {"id": item_id, **data}
    return data


@friendly_errors
def ask_command(
    question: str = typer.Argument(None, help="The question, in English or Chinese."),
    as_of: str = typer.Option(None, "--as-of", help="Resolve relative time against this day."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON object."),
    file: Path = typer.Option(None, "--file", help="A JSONL file of {id, question} lines."),
    llm: bool = typer.Option(
        None, "--llm/--offline", help="Use the configured language model (default: if set)."
    ),
) -> None:
    """Ask the books a question: a table, a one-sentence answer and the query behind it."""
    eng = engine()
    day = _day(as_of)
    if file is not None:
        for item in load_items(file):
            try:
                answer = ask(eng, str(item["question"]), as_of=day, use_llm=llm)
                data = _payload(answer, item.get("id"))
            except DomainError as exc:
                data = {"id": item.get("id"), "error": exc.message, "columns": [], "rows": []}
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    if not question:
        raise InvalidInput("question", "give a question or --file")
    answer = ask(eng, question, as_of=day, use_llm=llm)
    if as_json:
        print_json(_payload(answer))
        return
    if answer.clarification:
        console.print(f"[yellow]?[/yellow] {answer.answer}")
        return
    if answer.rows and answer.columns and (len(answer.rows) > 1 or len(answer.columns) > 1):
        print_table(question, answer.columns, answer.rows)
    console.print(answer.answer)
    console.print(f"[dim]chart: {answer.chart}; {answer.ms} ms[/dim]")
    if answer.sql:
        console.print(f"[dim]{answer.sql}[/dim]", highlight=False)


@friendly_errors
def eval_ask(
    path: Path = typer.Argument(..., help="A JSONL file of labelled questions (nlq_dev.jsonl)."),
    as_of: str = typer.Option(None, "--as-of", help="Resolve relative time against this day."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Execution accuracy per language on a labelled set, and the failures."""
    eng = engine()
    if not path.is_file():
        raise InvalidInput("path", f"{path} is not a file")
    report = evaluate(eng, load_items(path), _day(as_of) or date.today())
    langs = sorted(report.total)
    lat = sorted(report.latencies_ms)
    p50 = statistics.median(lat) if lat else 0.0
    p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))] if lat else 0.0
    if as_json:
        print_json(
            {
                "accuracy": {lang: round(report.accuracy(lang), 4) for lang in langs},
                "correct": dict(report.correct),
                "total": dict(report.total),
                "p50_ms": round(p50, 1),
                "p95_ms": round(p95, 1),
                "failures": [f.__dict__ for f in report.failures],
            }
        )
        return
    for f in report.failures:
        console.print(f"[red]✗[/red] {f.id} [{f.lang}] {f.question}", highlight=False)
        console.print(f"    expected {json.dumps(f.expected, ensure_ascii=False)[:200]}")
        console.print(f"    got      {json.dumps(f.got, ensure_ascii=False)[:200]}")
        console.print(f"    {f.why[:300]}", highlight=False)
    for lang in langs:
        console.print(
            f"{lang}: execution accuracy {report.accuracy(lang):.1%} "
            f"({report.correct[lang]}/{report.total[lang]})"
        )
    console.print(f"latency p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ask")(ask_command)
    eval_app.command("ask")(eval_ask)
