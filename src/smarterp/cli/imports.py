"""`smarterp import ...`: bring data in from another system."""

from __future__ import annotations

import getpass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from smarterp.cli.common import console, engine, err_console, friendly_errors, print_table
from smarterp.data import northwind, tabular

app = typer.Typer(help="Import data from Northwind or CSV/Excel files.", no_args_is_help=True)


@app.command("northwind")
@friendly_errors
def northwind_cmd(
    directory: Path | None = typer.Argument(
        None, help="Folder with the Northwind CSV files (default: the bundled sample)."
    ),
    cost_ratio: str = typer.Option(
        str(northwind.DEFAULT_COST_RATIO),
        "--cost-ratio",
        help="Unit cost as a share of the list price (Northwind has no purchase costs).",
    ),
) -> None:
    """Migrate the Northwind company: partners, products, stock and all sales history."""
    try:
        ratio = Decimal(cost_ratio)
    except InvalidOperation:
        err_console.print(f"[red]error:[/red] --cost-ratio: {cost_ratio!r} is not a number")
        raise typer.Exit(1) from None
    eng = engine()
    with Progress(
        TextColumn("{task.description:<12}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)

        summary = northwind.import_northwind(
            eng,
            directory,
            progress=progress,
            cost_ratio=ratio,
            actor=getpass.getuser(),
        )
    print_table(
        "Northwind import",
        ["Records", "Created", "Already there"],
        [(k, t.created, t.existing) for k, t in summary.counts.items()],
    )
    rows: list[tuple[object, ...]] = [(y, f"{v:,.2f}") for y, v in summary.revenue_by_year.items()]
    rows.append(("total", f"{summary.revenue_total:,.2f}"))
    print_table("Revenue by order year", ["Year", "Revenue"], rows)
    for warning in summary.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {warning}")
    console.print(f"done in {summary.seconds:.1f} s")


@app.command("csv")
@friendly_errors
def csv_cmd(
    kind: str = typer.Argument(..., help="partners | products | stock | sales"),
    file: Path = typer.Argument(..., help="A .csv or .xlsx file with a header row."),
    map_: list[str] = typer.Option(
        [], "--map", help="Rename a column: source_col=field (repeatable)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate and report; write nothing."),
) -> None:
    """Import rows from a CSV or Excel file; any bad row means nothing is written."""
    result = tabular.import_table(
        engine(),
        kind,
        file,
        mapping=tabular.parse_mapping(map_),
        dry_run=dry_run,
        actor=getpass.getuser(),
    )
    if result.problems:
        print_table(
            f"{len(result.problems)} problems in {file.name}; nothing was imported",
            ["Row", "Column", "Reason"],
            [(p.row, p.column, p.reason) for p in result.problems],
        )
        raise typer.Exit(1)
    verb = "would import" if dry_run else "imported"
    console.print(
        f"[green]{verb}[/green] {result.created} {kind} rows of {result.rows}; "
        f"{result.skipped} already there"
    )
