"""`smarterp report ...`: trial balance, P&L, balance sheet, aging, stock, sales."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Financial and operational reports (tables, or --json).", no_args_is_help=True
)
