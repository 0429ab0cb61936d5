"""`smarterp ask` and `smarterp eval ask`: questions answered from the books, and their score."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from smarterp.cli.common import console, engine, friendly_errors, print_json, print_table
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.intel.ask.evaluate import (
    NO_KIND,
    Scored,
    Tally,
    evaluate,
    load_items,
    plain_options,
)
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
        _print_clarification(answer)
        return
    if answer.understood:
        console.print(
            f"[dim]Understood: {escape(answer.understood)}[/dim]", highlight=False, soft_wrap=True
        )
    if answer.rows and answer.columns and (len(answer.rows) > 1 or len(answer.columns) > 1):
        print_table(question, answer.columns, answer.rows)
    console.print(answer.answer)
    console.print(f"[dim]chart: {answer.chart}; {answer.ms} ms[/dim]")
    if answer.sql:
        console.print(f"[dim]{answer.sql}[/dim]", highlight=False, soft_wrap=True)


def _print_clarification(answer: Answer) -> None:
    """The question asked back with its plain options, as before, then each reading the parser
    weighed, numbered, as the sentence it would run."""
    if not answer.readings:
        console.print(f"[yellow]?[/yellow] {escape(answer.answer)}", highlight=False)
        return
    options = plain_options(answer)
    sep = "、" if answer.lang == "zh" else ", "
    joined = (("" if answer.lang == "zh" else " ") + sep.join(options)) if options else ""
    text = f"{answer.clarification}{joined}"
    console.print(f"[yellow]?[/yellow] {escape(text)}", highlight=False)
    for n, reading in enumerate(answer.readings, start=1):
        console.print(f"  {n}. {escape(reading.understood)}", highlight=False)


@friendly_errors
def eval_ask(
    path: Path = typer.Argument(..., help="A JSONL file of labelled questions (nlq_dev.jsonl)."),
    as_of: str = typer.Option(None, "--as-of", help="Resolve relative time against this day."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    split: str = typer.Option(
        None, "--split", help="Score only the items of this split (e.g. build, dev, heldout)."
    ),
) -> None:
    """Execution accuracy, wrong answers and abstentions per language, kind and split, and the
    failures with what was understood."""
    eng = engine()
    if not path.is_file():
        raise InvalidInput("path", f"{path} is not a file")
    report = evaluate(eng, load_items(path), _day(as_of) or date.today(), split=split)
    if as_json:
        print_json(report.to_dict())
        return
    for f in report.failures:
        _print_failure(f)
    for axis, title in (("kind", "kind"), ("split", "split")):
        tallies = report.by(axis)  # type: ignore[arg-type]
        if tallies and set(tallies) != {NO_KIND}:
            _print_tallies(title, tallies)
    langs = report.by("lang")
    for lang, tally in langs.items():
        console.print(f"{lang}: {_figures(tally)}", soft_wrap=True, highlight=False)
    if len(langs) > 1:
        console.print(f"all: {_figures(report.overall)}", soft_wrap=True, highlight=False)
    p50, p95 = report.latency()
    console.print(f"latency p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def _figures(t: Tally) -> str:
    """`execution accuracy 80.0% (16/20), wrong 15.0% (3/20), abstained 5.0% (1/20)`."""
    n = t.total
    return (
        f"execution accuracy {t.accuracy:.1%} ({t.correct}/{n}), "
        f"wrong {t.wrong_rate:.1%} ({t.wrong}/{n}), "
        f"abstained {t.abstention_rate:.1%} ({t.abstained}/{n})"
    )


def _print_failure(f: Scored) -> None:
    mark = "[red]✗ wrong[/red]" if f.outcome == "wrong" else "[yellow]? abstained[/yellow]"
    tags = " ".join(escape(f"[{t}]") for t in (f.lang, f.kind, f.split) if t and t != NO_KIND)
    console.print(
        f"{mark} {escape(f.id)} {tags} {escape(f.question)}", highlight=False, soft_wrap=True
    )
    console.print(f"    expected   {_short(f.expected)}", highlight=False, soft_wrap=True)
    if f.outcome == "wrong":
        console.print(f"    got        {_short(f.got)}", highlight=False, soft_wrap=True)
    if f.understood:
        console.print(f"    understood {escape(f.understood)}", highlight=False, soft_wrap=True)
    if f.clarification is not None or f.why.startswith("asked back"):
        console.print(
            f"    asked back {escape(f.clarification or f.why)}", highlight=False, soft_wrap=True
        )
        for n, reading in enumerate(f.readings, start=1):
            console.print(f"      {n}. {escape(reading)}", highlight=False, soft_wrap=True)
        if f.options:
            console.print(
                f"      options: {escape(', '.join(f.options))}", highlight=False, soft_wrap=True
            )
    elif f.outcome == "abstained":
        console.print(f"    {escape(f.why[:300])}", highlight=False, soft_wrap=True)
    elif not f.understood:
        # Until the parser says what it understood, the query it ran tells the same.
        console.print(
            f"    query      {escape(_short(f.query, 300))}", highlight=False, soft_wrap=True
        )


def _short(value: Any, limit: int = 200) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_tallies(title: str, tallies: dict[str, Tally]) -> None:
    """Aligned lines, never wrapped or cut, so a long kind stays whole in a log."""
    head = f"by {title}"
    width = max(len(head) - 2, *(len(k) for k in tallies))
    heads = ("n", "correct", "wrong", "abstained", "accuracy")
    console.print(
        f"{head:<{width + 2}} " + " ".join(f"{h:>9}" for h in heads),
        soft_wrap=True,
        highlight=False,
        markup=False,
    )
    for key, t in tallies.items():
        cells = (t.total, t.correct, t.wrong, t.abstained, f"{t.accuracy:.1%}")
        console.print(
            f"  {key:<{width}} " + " ".join(f"{c:>9}" for c in cells),
            soft_wrap=True,
            highlight=False,
            markup=False,
        )


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ask")(ask_command)
    eval_app.command("ask")(eval_ask)
