"""`smarterp cash outlook` and `smarterp close check`: the weeks of cash ahead, and what is
left to do before a month is closed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import typer

from smarterp.cli.common import JSON_OPT, engine, friendly_errors, print_json, print_table, say
from smarterp.core.db import session_factory
from smarterp.core.errors import InvalidInput
from smarterp.intel.finance.cash import DEFAULT_WEEKS, cash_outlook
from smarterp.intel.finance.cash_schemas import CashOutlook
from smarterp.intel.finance.close import CloseChecklist, close_checklist

cash_app = typer.Typer(help="Cash: the weeks ahead.", no_args_is_help=True)
close_app = typer.Typer(help="Month-end close: what is left to do.", no_args_is_help=True)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _amount(value: str | None, option: str) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(value.replace(",", ""))
    except ArithmeticError:
        raise InvalidInput(option, f"{value!r} is not an amount") from None
    if not number.is_finite():
        raise InvalidInput(option, f"{value!r} is not an amount")
    return number


@cash_app.command("outlook")
@friendly_errors
def outlook(
    weeks: int = typer.Option(DEFAULT_WEEKS, "--weeks", help="How many weeks ahead (1-104)."),
    threshold: str | None = typer.Option(
        None, "--threshold", help="Warn of the first week cash closes below this (default 0)."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="The first week starts on this day; default the books' latest day."
    ),
    details: bool = typer.Option(False, "--details", help="List the lines behind each week."),
    as_json: bool = JSON_OPT,
) -> None:
    """Cash week by week: opening cash, receipts and payments expected from open invoices,
    bills, orders and the forecast, and the first week below the threshold."""
    with session_factory(engine())() as session:
        result = cash_outlook(
            session,
            as_of=_day(as_of, "--as-of"),
            weeks=weeks,
            threshold=_amount(threshold, "--threshold"),
        )
    if as_json:
        print_json(result.model_dump())
        return
    _print_outlook(result, details)


def _print_outlook(r: CashOutlook, details: bool) -> None:
    say(
        f"Cash outlook from {r.as_of} ({r.currency}): opening cash {r.opening_cash} "
        f"({', '.join(f'{a.code} {a.name} {a.balance}' for a in r.accounts)})"
    )
    print_table(
        f"{r.weeks_count} weeks",
        [
            "Week",
            "From",
            "Opening",
            "Receivables",
            "Payables",
            "Orders",
            "Forecast",
            "Receipts",
            "Payments",
            "Closing",
        ],
        [
            [
                w.week,
                w.start,
                w.opening,
                w.by_source["receivables"],
                w.by_source["payables"],
                w.by_source["sales_orders"] + w.by_source["purchase_orders"],
                w.by_source["forecast_sales"] + w.by_source["forecast_purchases"],
                w.receipts,
                w.payments,
                f"{w.closing}{' !' if w.below_threshold else ''}",
            ]
            for w in r.weeks
        ],
    )
    if details:
        for w in r.weeks:
            print_table(
                f"Week {w.week} ({w.start} to {w.end})",
                ["Source", "Document", "Partner", "Expected", "Amount", "Basis"],
                [
                    [
                        ln.source,
                        ln.document,
                        ln.partner or "",
                        ln.expected_date,
                        ln.amount,
                        ln.basis,
                    ]
                    for ln in w.lines
                ],
            )
    for check in r.open_items:
        say(
            f"{check.kind}s: {check.in_weeks} in the weeks + {check.beyond} later + "
            f"{check.unscheduled} unscheduled = {check.open_items} open; ledger "
            f"{check.ledger_balance} (difference {check.difference})"
        )
    say(r.warning or f"cash stays at or above {r.threshold} in every week")


@close_app.command("check")
@friendly_errors
def check(
    period: str | None = typer.Option(
        None, "--period", help="The month to close (YYYY-MM); default: the month the books reached."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """What is left to do before the month can be closed."""
    with session_factory(engine())() as session:
        result = close_checklist(session, period)
    if as_json:
        print_json(result.model_dump())
        return
    _print_checklist(result)


def _print_checklist(r: CloseChecklist) -> None:
    say(
        f"Close {r.period} ({r.date_from} to {r.date_to}): the month is {r.period_state}"
        + (f", lock date {r.lock_date}" if r.lock_date else "")
    )
    print_table(
        "Checklist",
        ["Check", "Result", "Count", "Figures"],
        [
            [
                c.title,
                "ok" if c.ok else "to do",
                c.count,
                ", ".join(f"{k} {v}" for k, v in c.figures.items()),
            ]
            for c in r.checks
        ],
    )
    for c in r.checks:
        if c.items:
            print_table(
                f"{c.title}: {c.how_to_fix}",
                ["Kind", "Document", "Date", "Partner", "Amount", "Note"],
                [
                    [i.kind, i.document, i.date or "", i.partner or "", i.amount or "", i.note]
                    for i in c.items[:20]
                ],
            )
    say("ready to close" if r.ready else "not ready to close")
