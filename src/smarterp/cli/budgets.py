"""`smarterp budget set|import|list|report`: budgets per account and month against actuals."""

from __future__ import annotations

from pathlib import Path

import typer

from smarterp.cli.common import (
    JSON_OPT,
    engine,
    err_console,
    friendly_errors,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.core.db import session_factory
from smarterp.data.tabular import read_rows
from smarterp.intel.finance import budgets
from smarterp.intel.finance.ratios import parse_month

app = typer.Typer(
    help="Budgets per income or expense account and month, and budget against actual.",
    no_args_is_help=True,
)

BUDGET = typer.Option(
    None, "--budget", help="The budget's name, such as '2025 plan' (default: '<year> plan')."
)


@app.command("set")
@friendly_errors
def set_cmd(
    account: str = typer.Argument(..., help="Account code, such as 6000."),
    month: str = typer.Argument(..., help="The month, YYYY-MM."),
    amount: str = typer.Argument(..., help="The amount planned, in the account's natural sign."),
    budget: str | None = BUDGET,
    as_json: bool = JSON_OPT,
) -> None:
    """Enter one account's budget for one month (replacing what was there)."""
    first = parse_month(month, "MONTH")
    value = parse_number("AMOUNT", "amount", amount)
    with transaction() as session:
        out = budgets.set_amount(session, account, first, value, budget)
    if as_json:
        print_json(out.model_dump())
        return
    was = "" if out.previous is None else f" (was {out.previous})"
    say(f"{out.budget}: {out.account} {out.month} = {out.amount}{was}")


@app.command("import")
@friendly_errors
def import_cmd(
    file: Path = typer.Argument(
        ...,
        help=".csv or .xlsx: account, month, amount; or account "
        "and one column per month (2025-01, 2025-02, ...).",
    ),
    budget: str = typer.Option(..., "--budget", help="The budget to import into."),
    as_json: bool = JSON_OPT,
) -> None:
    """Import a table of amounts: every row is checked, and one wrong row imports nothing."""
    rows = read_rows(file)
    try:
        with transaction() as session:
            summary = budgets.import_budget(session, budget, rows)
    except budgets.BudgetImportRefused as refused:
        if as_json:
            print_json({"error": refused.to_dict()})
        else:
            print_table(
                f"Nothing imported: {refused.details['total']} problem(s)",
                ["Row", "Column", "Problem"],
                [[p.row, p.column, p.reason] for p in refused.problems],
            )
        err_console.print(f"[red]error:[/red] nothing imported from {file.name}")
        raise typer.Exit(1) from None
    if as_json:
        print_json(summary.model_dump())
        return
    say(
        f"{summary.budget}: {summary.amounts} amounts from {summary.rows} rows "
        f"({summary.created} new, {summary.amounts - summary.created} replaced)"
    )


@app.command("list")
@friendly_errors
def list_cmd(as_json: bool = JSON_OPT) -> None:
    """The budgets, how many amounts each holds and the years they cover."""
    with session_factory(engine())() as session:
        found = budgets.list_budgets(session)
    if as_json:
        print_json([b.model_dump() for b in found])
        return
    print_table(
        "Budgets",
        ["Budget", "Amounts", "Years"],
        [[b.name, b.lines, ", ".join(str(y) for y in b.years)] for b in found],
    )


@app.command("report")
@friendly_errors
def report_cmd(
    year: int = typer.Option(..., "--year", help="The calendar year."),
    budget: str | None = typer.Option(
        None, "--budget", help="The budget (default: the only one with amounts that year)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Budget against actual per account and month, with variance and variance %."""
    with session_factory(engine())() as session:
        report = budgets.budget_report(session, year, budget)
    if as_json:
        print_json(report.model_dump())
        return

    def pct(row: budgets.VarianceRow) -> str:
        return "n/a" if row.variance_pct is None else f"{row.variance_pct}%"

    def mark(row: budgets.VarianceRow) -> str:
        return "F" if row.favourable else "U"

    print_table(
        f"{report.budget}: budget against actual, {report.year}",
        ["Account", "Month", "Budget", "Actual", "Variance", "Var. %", "F/U"],
        [
            [r.account or r.name, r.month, r.budget, r.actual, r.variance, pct(r), mark(r)]
            for r in report.rows + report.totals
        ],
    )
    say("F favourable, U unfavourable.")
    say(f"Sign convention: {report.sign_convention}.")
