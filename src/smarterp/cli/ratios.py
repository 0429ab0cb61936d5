"""`smarterp ratios`: financial ratios per month and over the trailing twelve months."""

from __future__ import annotations

import typer
from rich.table import Table

from smarterp.cli.common import JSON_OPT, console, engine, friendly_errors, print_json, say
from smarterp.core.db import session_factory
from smarterp.intel.finance.ratios import DEFINITIONS, PeriodRatios, RatioReport, parse_month
from smarterp.intel.finance.ratios import ratios as compute

FROM = typer.Option(None, "--from", help="First month (YYYY-MM); default: 11 months before --to.")
TO = typer.Option(None, "--to", help="Last month (YYYY-MM); default: the latest month posted.")
SHORT = {
    "gross_margin": "GM%",
    "operating_margin": "OM%",
    "current_ratio": "Curr.",
    "quick_ratio": "Quick",
    "dso": "DSO",
    "dpo": "DPO",
    "dio": "DIO",
    "cash_conversion_cycle": "CCC",
    "inventory_turns": "Turns",
}


@friendly_errors
def ratios(
    date_from: str | None = FROM, date_to: str | None = TO, as_json: bool = JSON_OPT
) -> None:
    """Gross and operating margin, current and quick ratio, DSO, DPO, DIO, cash conversion
    cycle and inventory turns, each month and over the twelve months ending with it."""
    first = None if date_from is None else parse_month(date_from, "--from")
    last = None if date_to is None else parse_month(date_to, "--to")
    with session_factory(engine())() as session:
        report = compute(session, first, last)
    if as_json:
        print_json(report.model_dump())
        return
    _print(report)


def _table(title: str, periods: list[PeriodRatios]) -> None:
    # Ten columns: no borders, so that they fit 80 columns uncut.
    table = Table(title=title, box=None, pad_edge=False, header_style="bold")
    table.add_column("Month", no_wrap=True)
    for d in DEFINITIONS:
        table.add_column(SHORT[d.key], justify="right", no_wrap=True)
    for p in periods:
        table.add_row(p.period, *(r.display.removesuffix(" days") for r in p.ratios))
    console.print(table)


def _print(report: RatioReport) -> None:
    _table(f"Ratios by month, {report.date_from} to {report.date_to}", report.months)
    _table("Trailing twelve months, ending in the month", report.trailing)
    reasons = [
        f"{p.period}{' (12 months)' if p.window == 'ttm' else ''} {SHORT[r.key]}: n/a, {r.reason}"
        for p in report.months + report.trailing
        for r in p.ratios
        if r.value is None
    ]
    for line in reasons:
        say(line)
    say("DSO, DPO, DIO and CCC in days. Definitions:")
    for d in DEFINITIONS:
        say(f"  {SHORT[d.key]} = {d.name}: {d.formula}")
