"""`smarterp import ...`: bring data in from another system."""

from __future__ import annotations

import typer

app = typer.Typer(help="Import data from Northwind or CSV/Excel files.", no_args_is_help=True)
