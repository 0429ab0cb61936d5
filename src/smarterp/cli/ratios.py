"""`smarterp ratios`: financial ratios per month and over the trailing twelve months."""

from __future__ import annotations

import typer

from smarterp.cli.common import JSON_OPT, engine, friendly_errors, print_json, print_table, say
from smarterp.core.db import session_factory
from smarterp.intel.finance.ratios import DEFINITIONS, PeriodRatios, RatioReport, parse_month
from smarterp.intel.finance.ratios import ratios as compute

FROM = typer.Option(None, "--from", help="First month (YYYY-MM); default: 11 months before --to.")
TO = typer.Option(None, "--to", help="Last month (YYYY-MM); default: the latest month posted.")
SHORT = {
    "gross_margin": "Gross %",
    "operating_margin": "Op. %",
    "current_ratio": "Current",
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


def _rows(periods: list[PeriodRatios]) -> list[list[str]]:
    return [[p.period] + [r.display.removesuffix(" days") for r in p.ratios] for p in periods]


def _print(report: RatioReport) -> None:
    columns = ["Month"] + [SHORT[d.key] for d in DEFINITIONS]
    print_table(
        f"Ratios by month, {report.date_from} to {report.date_to}", columns, _rows(report.months)
    )
    print_table("Trailing twelve months ending in the month", columns, _rows(report.trailing))
    reasons = [
        f"{p.period}{' (12 months)' if p.window == 'ttm' else ''} {SHORT[r.key]}: n/a, {r.reason}"
        for p in report.months + report.trailing
        for r in p.ratios
        if r.value is None
    ]
    for line in reasons:
        say(line)
    say("Days figures in days. Definitions:")
    for d in DEFINITIONS:
        say(f"  {SHORT[d.key]} = {d.name}: {d.formula}")
