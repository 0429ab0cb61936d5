"""`smarterp journal`: posting manual journal entries and reversing posted ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    JSON_OPT,
    dump,
    friendly_errors,
    parse_date,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.settings import get_settings
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.accounting.schemas import EntryIn, EntryOut

app = typer.Typer(help="Manual journal entries and reversals.", no_args_is_help=True)


def _entry_out(session: Session, entry: JournalEntry) -> dict[str, Any]:
    session.flush()
    out = dump(EntryOut, entry)
    for line, orm in zip(out["lines"], entry.lines, strict=True):
        line["account"] = orm.account.code
    return out


def _print_entry(out: dict[str, Any]) -> None:
    print_table(
        f"{out['number']} {out['date']} {out['ref'] or ''}",
        ["Account", "Description", "Debit", "Credit"],
        [[ln["account"], ln["description"], ln["debit"], ln["credit"]] for ln in out["lines"]],
    )


@app.command("post")
@friendly_errors
def journal_post(
    file: Path = typer.Option(..., "--file", help="Entry as JSON: date, ref, lines[]."),
    as_json: bool = JSON_OPT,
) -> None:
    """Post a manual journal entry from a JSON file (accounts by code)."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput("--file", f"cannot read {str(file)!r}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput("--file", f"{file} is not valid JSON: {exc}") from None
    cmd = EntryIn.model_validate(data)
    with transaction() as session:
        control = get_settings().manual_control_postings
        out = _entry_out(session, accounting.create_entry(session, cmd, control_accounts=control))
    if as_json:
        print_json(out)
    else:
        say(f"posted {out['number']}")
        _print_entry(out)


@app.command("reverse")
@friendly_errors
def journal_reverse(
    number: str,
    reason: str | None = typer.Option(None, "--reason"),
    on: str | None = typer.Option(None, "--date", help="Date of the reversal; the original's."),
    as_json: bool = JSON_OPT,
) -> None:
    """Reverse a posted journal entry with its mirror image."""
    day = parse_date(on) if on else None
    with transaction() as session:
        entry = session.execute(
            select(JournalEntry).where(JournalEntry.number == number)
        ).scalar_one_or_none()
        if entry is None:
            raise NotFound("journal entry", number)
        out = _entry_out(session, accounting.reverse_entry(session, entry.id, day, reason))
    if as_json:
        print_json(out)
    else:
        say(f"{number} reversed by {out['number']}")
        _print_entry(out)
