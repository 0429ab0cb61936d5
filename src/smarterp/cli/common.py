"""What every command shares: the database, one transaction per command, arguments, errors and
output."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from smarterp.core import schema
from smarterp.core.db import default_engine, unit_of_work
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.jsonable import jsonable

console = Console()
err_console = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")

JSON_OPT = typer.Option(False, "--json", help="Print the result as JSON.")
DATE_OPT = typer.Option(None, "--date", help="Date (YYYY-MM-DD); today when omitted.")


def engine() -> Engine:
    """The configured database, refusing to run on a schema that is missing or out of date."""
    eng = default_engine()
    if not schema.is_current(eng):
        err_console.print(
            "[red]error:[/red] the database schema is missing or out of date; "
            "run [bold]smarterp init[/bold] first"
        )
        raise typer.Exit(2)
    return eng


@contextmanager
def transaction(eng: Engine | None = None) -> Iterator[Session]:
    """One unit of work for one command, recorded in the audit trail as this OS user via CLI."""
    with unit_of_work(eng or engine(), actor=getpass.getuser(), via="cli") as session:
        yield session


def friendly_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn domain and validation errors into one clear line on stderr and exit code 1."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            err_console.print(f"[red]error:[/red] {escape(exc.message)}")
            raise typer.Exit(1) from None
        except ValidationError as exc:
            for problem in exc.errors():
                where = ".".join(str(p) for p in problem["loc"]) or exc.title
                err_console.print(f"[red]error:[/red] {escape(where)}: {escape(problem['msg'])}")
            raise typer.Exit(1) from None
        except OperationalError as exc:
            err_console.print(f"[red]error:[/red] database problem: {escape(str(exc.orig))}")
            raise typer.Exit(1) from None

    return wrapper


def parse_number(arg: str, what: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise InvalidInput(f"argument {arg!r}", f"{what} {text!r} is not a number") from None
    if not value.is_finite():
        raise InvalidInput(f"argument {arg!r}", f"{what} {text!r} is not a number")
    return value


def parse_date(text: str | None, what: str = "--date") -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(what, f"{text!r} is not a date (YYYY-MM-DD)") from None


def say(text: str) -> None:
    """Print a line as plain text: names and numbers may hold brackets Rich would eat."""
    console.print(text, markup=False, highlight=False)


def dump(model: type[BaseModel], obj: Any) -> dict[str, Any]:
    return model.model_validate(obj).model_dump(mode="json")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(data), ensure_ascii=False, indent=2) + "\n")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, justify="right" if col.lower() in _NUMERIC else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)


_NUMERIC = {
    "debit",
    "credit",
    "balance",
    "amount",
    "total",
    "revenue",
    "quantity",
    "on hand",
    "value",
    "unit cost",
    "orders",
    "current",
    "1-30",
    "31-60",
    "61-90",
    "90+",
    "residual",
    "net amount",
    "tax",
    "movement",
    "per documents",
    "difference",
    "budget",
    "actual",
    "variance",
    "var. %",
    "amounts",
}
