"""`smarterp do` and `smarterp eval act`: a command proposed, confirmed on request, scored."""

from __future__ import annotations

import getpass
import json
from datetime import date
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.cli.common import console, engine, friendly_errors, print_json, transaction
from smarterp.core.auth import User
from smarterp.core.errors import DomainError, InvalidInput, NotFound
from smarterp.core.permissions import Role
from smarterp.intel.act.evaluate import evaluate, load_items
from smarterp.intel.act.schemas import ActResult
from smarterp.intel.act.service import confirm, propose


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _user(session: Session, username: str | None) -> User:
    """The stored user named, with their role; without a name, the person at the terminal,
    who may do anything the command line may (as every other command)."""
    if username is None:
        return User(username=getpass.getuser(), role=Role.ADMIN)
    user = session.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        raise NotFound("user", username)
    return user


def _show(result: ActResult) -> None:
    for note in result.notes:
        console.print(f"[dim]{escape(note)}[/dim]")
    if result.clarification is not None:
        console.print(f"[yellow]?[/yellow] {escape(result.clarification.question)}")
        for n, option in enumerate(result.clarification.options, start=1):
            console.print(f"  {n}. {escape(option)}")
        return
    proposal = result.proposal
    assert proposal is not None
    console.print(f"[bold]{escape(proposal.summary)}[/bold]")
    table = Table("action", "record", "field", "before", "after")
    for change in proposal.changes:
        # In the preview's own order (customer, state, dates, total; product, quantity...).
        fields = list(dict.fromkeys([*(change.after or {}), *(change.before or {})]))
        for k, name in enumerate(fields):
            table.add_row(
                change.action if k == 0 else "",
                f"{change.model} {change.record}" if k == 0 else "",
                name,
                escape(str((change.before or {}).get(name, ""))),
                escape(str((change.after or {}).get(name, ""))),
            )
    console.print(table)
    for warning in proposal.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")


@friendly_errors
def do_command(
    text: str = typer.Argument(..., help="What to do, in English or Chinese."),
    yes: bool = typer.Option(False, "--yes", help="Apply without asking."),
    as_json: bool = typer.Option(
        False, "--json", help="Print one JSON object: `proposal` or `clarification`."
    ),
    user: str = typer.Option(None, "--user", help="Act as this user, with their role."),
    today: str = typer.Option(None, "--today", help="The day the command is read on."),
    llm: bool = typer.Option(
        False,
        "--llm",
        help="Let the language model in SMARTERP_LLM_* read the command first; any failure "
        "falls back to the offline parser and says so.",
    ),
) -> None:
    """Propose the change a command asks for; nothing changes until you confirm (or --yes)."""
    eng = engine()
    day = _day(today, "--today")
    try:
        with transaction(eng) as session:
            person = _user(session, user)
            result = propose(session, text, person, today=day, use_llm=llm)
    except DomainError as exc:
        if not as_json:
            raise
        # Machines read one object whatever happens: the error in the API's shape.
        print_json({"error": exc.to_dict()})
        raise typer.Exit(1) from None
    if as_json and not yes:
        print_json(result.model_dump(mode="json"))
        return
    if not as_json:
        _show(result)
    if result.proposal is None:
        if as_json:
            print_json(result.model_dump(mode="json"))
        raise typer.Exit(0 if result.clarification is not None else 1)
    if not yes and not typer.confirm("Apply these changes?", default=False):
        console.print("nothing changed")
        return
    with transaction(eng) as session:
        done = confirm(session, result.proposal.id, _user(session, user))
    if as_json:
        print_json({**result.model_dump(mode="json"), "confirmed": done.model_dump(mode="json")})
        return
    for record in done.records:
        console.print(f"[green]done:[/green] {record.model} {escape(record.number)}")


@friendly_errors
def eval_act(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A JSONL labelled set."),
    as_of: str = typer.Option(None, "--as-of", help="The day the commands are read on."),
    split: str = typer.Option(None, "--split", help="Score only the items of this split."),
    books: str = typer.Option(
        None, "--books", help="Score only the items written for these books (demo, northwind)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Exact-proposal accuracy, wrong proposals and questions back on a labelled set."""
    day = _day(as_of, "--as-of") or date.today()
    report = evaluate(engine(), load_items(file), day, split, books)
    data = report.as_dict()
    if as_json:
        print_json(data)
        return
    table = Table("set", "items", "exact %", "wrong %", "asked %", "refused")
    rows = [("overall", data["overall"])]
    rows += [(f"lang {k}", v) for k, v in data["by_lang"].items()]
    rows += [(f"split {k}", v) for k, v in data["by_split"].items()]
    rows += [(f"op {k}", v) for k, v in data["by_operation"].items()]
    for name, f in rows:
        table.add_row(
            name,
            str(f["items"]),
            str(f["exact"]),
            str(f["wrong"]),
            str(f["asked_back"]),
            str(f["refused_by_books"]),
        )
    console.print(table)
    for failure in data["failures"]:
        console.print(
            f"[red]{failure['outcome']}[/red] {escape(failure['id'])}: {escape(failure['command'])}"
        )
        console.print(f"   expected {escape(json.dumps(failure['expected'], ensure_ascii=False))}")
        got = failure["got"] or failure["question"] or failure["error"]
        console.print(f"   got      {escape(json.dumps(got, ensure_ascii=False))}")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("do")(do_command)
    eval_app.command("act")(eval_act)
