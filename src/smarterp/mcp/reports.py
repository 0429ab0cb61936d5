"""The reports an assistant can run: the same functions and permissions as `GET /reports/...`,
each taking only the options that mean something for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.inventory import reports as stock
from smarterp.erp.invoicing import reports as open_items
from smarterp.erp.invoicing import tax_report as vat
from smarterp.erp.sales import reports as sales

ReportName = Literal[
    "trial_balance",
    "profit_and_loss",
    "balance_sheet",
    "aging",
    "vat",
    "sales",
    "stock",
    "stock_valuation",
]
AgingKind = Literal["receivable", "payable"]
FINANCIAL = "reports.financial"
OPERATIONAL = "reports.operational"


@dataclass(frozen=True)
class Options:
    """What a caller may pass to a report; None where not given."""

    date_from: date | None = None
    date_to: date | None = None
    as_of: date | None = None
    kind: str | None = None
    by: str | None = None

    def given(self) -> set[str]:
        return {name for name, value in vars(self).items() if value is not None}


@dataclass(frozen=True)
class Report:
    permission: str
    takes: frozenset[str]
    run: Callable[[Session, Options], BaseModel]


def _takes(*names: str) -> frozenset[str]:
    return frozenset(names)


REPORTS: dict[str, Report] = {
    "trial_balance": Report(
        FINANCIAL,
        _takes("as_of", "date_from"),
        lambda s, o: ledger.trial_balance(s, as_of=o.as_of, date_from=o.date_from),
    ),
    "profit_and_loss": Report(
        FINANCIAL,
        _takes("date_from", "date_to"),
        lambda s, o: ledger.profit_and_loss(s, o.date_from, o.date_to),
    ),
    "balance_sheet": Report(
        FINANCIAL, _takes("as_of"), lambda s, o: ledger.balance_sheet(s, o.as_of)
    ),
    "aging": Report(
        FINANCIAL,
        _takes("kind", "as_of"),
        lambda s, o: open_items.aging(s, o.kind or "receivable", o.as_of),
    ),
    "vat": Report(
        FINANCIAL,
        _takes("date_from", "date_to"),
        lambda s, o: vat.tax_report(s, o.date_from, o.date_to),
    ),
    "sales": Report(
        OPERATIONAL,
        _takes("date_from", "date_to", "by"),
        lambda s, o: sales.sales_report(s, o.date_from, o.date_to, o.by or "month"),
    ),
    "stock": Report(OPERATIONAL, _takes(), lambda s, o: stock.stock_report(s)),
    "stock_valuation": Report(
        FINANCIAL, _takes("as_of"), lambda s, o: stock.stock_valuation(s, o.as_of)
    ),
}


def check(name: str, options: Options) -> Report:
    """The report, once the options given are ones it takes (a stray one is named, not
    silently ignored: a balance sheet "from March" would mislead)."""
    report = REPORTS[name]
    for option in sorted(options.given() - report.takes):
        takes = ", ".join(sorted(report.takes)) or "no options"
        raise InvalidInput(option, f"the {name} report does not take it (it takes {takes})")
    return report


def run(session: Session, name: str, options: Options) -> dict[str, Any]:
    report = check(name, options)
    return {"report": name, **report.run(session, options).model_dump(mode="json")}
