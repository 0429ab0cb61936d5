"""`smarterp period`: closing and reopening months, and setting the lock date."""

from __future__ import annotations

import re

import typer

from smarterp.cli.common import JSON_OPT, friendly_errors, parse_date, print_json, say, transaction
from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import PeriodState
from smarterp.erp.company.service import set_lock_date

app = typer.Typer(help="Closing months and the lock date.", no_args_is_help=True)


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if m is None or not 1 <= int(m[2]) <= 12:
        raise InvalidInput("YYYY-MM", f"{text!r} is not a month like 2026-03")
    return int(m[1]), int(m[2])


def _set_state(month: str, state: PeriodState, as_json: bool, done: str) -> None:
    year, mon = _month(month)
    with transaction() as session:
        accounting.set_period_state(session, year, mon, state)
    out = {"period": f"{year}-{mon:02d}", "state": state.value}
    if as_json:
        print_json(out)
    else:
        say(f"period {out['period']} {done}")


@app.command("close")
@friendly_errors
def period_close(
    month: str = typer.Argument(..., help="YYYY-MM"), as_json: bool = JSON_OPT
) -> None:
    """Close a month: nothing more can be posted in it."""
    _set_state(month, PeriodState.CLOSED, as_json, "closed")


@app.command("reopen")
@friendly_errors
def period_reopen(
    month: str = typer.Argument(..., help="YYYY-MM"), as_json: bool = JSON_OPT
) -> None:
    """Reopen a closed month."""
    _set_state(month, PeriodState.OPEN, as_json, "reopened")


@app.command("lock-date")
@friendly_errors
def period_lock_date(
    lock: str = typer.Argument(..., help="YYYY-MM-DD, or 'none' to lift the lock."),
    reason: str | None = typer.Option(None, "--reason"),
    as_json: bool = JSON_OPT,
) -> None:
    """Refuse every posting dated on or before this day."""
    day = None if lock.lower() == "none" else parse_date(lock, "LOCK_DATE")
    with transaction() as session:
        set_lock_date(session, day, reason)
    out = {"lock_date": day.isoformat() if day else None}
    if as_json:
        print_json(out)
    else:
        say(f"lock date {'set to ' + str(day) if day else 'lifted'}")
