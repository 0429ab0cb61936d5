"""Financial ratios per month and over the trailing twelve months, read from the ledger through
the accounting reports (P&L figures, balances), each with its definition and its inputs.

A ratio whose denominator is zero has no value: it is reported as n/a with the input that was
zero, never as 0 (a 0% margin and "no sales this month" are different facts).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput
from smarterp.core.money import money
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.accounting.models import AccountType, JournalLine
from smarterp.erp.accounting.service import account_for_role

Unit = Literal["percent", "times", "days"]
Window = Literal["month", "ttm"]
PLACES: dict[Unit, Decimal] = {
    "percent": Decimal("0.1"),
    "times": Decimal("0.01"),
    "days": Decimal("0.1"),
}
MAX_MONTHS = 60  # five years a call: each month reads two balance sheets
ZERO = money(0)


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    name_zh: str
    unit: Unit
    formula: str
    formula_zh: str
    short: str  # a column heading
    short_zh: str


DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "gross_margin",
        "Gross margin",
        "毛利率",
        "percent",
        "gross profit / net sales x 100; gross profit = net sales - cost of sales",
        "毛利 / 销售净额 x 100；毛利 = 销售净额 - 销售成本",
        "Gross margin",
        "毛利率",
    ),
    Definition(
        "operating_margin",
        "Operating margin",
        "营业利润率",
        "percent",
        "operating income / net sales x 100; operating income = gross profit - operating "
        "expenses (other income left out)",
        "营业利润 / 销售净额 x 100；营业利润 = 毛利 - 营业费用（不含其他收入）",
        "Op. margin",
        "营业利润率",
    ),
    Definition(
        "current_ratio",
        "Current ratio",
        "流动比率",
        "times",
        "current assets / current liabilities, at the end of the period",
        "期末流动资产 / 期末流动负债",
        "Current",
        "流动比率",
    ),
    Definition(
        "quick_ratio",
        "Quick ratio",
        "速动比率",
        "times",
        "(current assets - inventory) / current liabilities, at the end of the period",
        "（期末流动资产 - 期末存货）/ 期末流动负债",
        "Quick",
        "速动比率",
    ),
    Definition(
        "dso",
        "Days sales outstanding (DSO)",
        "应收账款周转天数 (DSO)",
        "days",
        "average receivables / net sales x days in the period; average = (opening + closing) / 2",
        "平均应收账款 / 销售净额 x 期间天数；平均 = （期初 + 期末）/ 2",
        "DSO",
        "DSO",
    ),
    Definition(
        "dpo",
        "Days payables outstanding (DPO)",
        "应付账款周转天数 (DPO)",
        "days",
        "average payables / cost of sales x days in the period",
        "平均应付账款 / 销售成本 x 期间天数",
        "DPO",
        "DPO",
    ),
    Definition(
        "dio",
        "Days inventory outstanding (DIO)",
        "存货周转天数 (DIO)",
        "days",
        "average inventory / cost of sales x days in the period",
        "平均存货 / 销售成本 x 期间天数",
        "DIO",
        "DIO",
    ),
    Definition(
        "cash_conversion_cycle",
        "Cash conversion cycle",
        "现金周转周期",
        "days",
        "DSO + DIO - DPO (the three as shown, rounded to 0.1 day)",
        "DSO + DIO - DPO（取上列三项的四舍五入值）",
        "CCC",
        "现金周期",
    ),
    Definition(
        "inventory_turns",
        "Inventory turns (annualised)",
        "存货周转次数（年化）",
        "times",
        "cost of sales / average inventory x 365 / days in the period",
        "销售成本 / 平均存货 x 365 / 期间天数",
        "Turns",
        "周转次数",
    ),
)
BY_KEY = {d.key: d for d in DEFINITIONS}

# The figures ratios are made of, in English and Chinese, for tables and n/a reasons.
INPUTS: dict[str, tuple[str, str]] = {
    "net_sales": ("net sales", "销售净额"),
    "cost_of_sales": ("cost of sales", "销售成本"),
    "gross_profit": ("gross profit", "毛利"),
    "operating_expenses": ("operating expenses", "营业费用"),
    "operating_income": ("operating income", "营业利润"),
    "current_assets": ("current assets", "流动资产"),
    "current_liabilities": ("current liabilities", "流动负债"),
    "inventory": ("inventory", "存货"),
    "quick_assets": ("current assets less inventory", "速动资产"),
    "receivables_opening": ("receivables at the start", "期初应收账款"),
    "receivables_closing": ("receivables at the end", "期末应收账款"),
    "average_receivables": ("average receivables", "平均应收账款"),
    "payables_opening": ("payables at the start", "期初应付账款"),
    "payables_closing": ("payables at the end", "期末应付账款"),
    "average_payables": ("average payables", "平均应付账款"),
    "inventory_opening": ("inventory at the start", "期初存货"),
    "inventory_closing": ("inventory at the end", "期末存货"),
    "average_inventory": ("average inventory", "平均存货"),
    "days": ("days in the period", "期间天数"),
    "dso": ("DSO", "DSO"),
    "dio": ("DIO", "DIO"),
    "dpo": ("DPO", "DPO"),
}


class RatioDefinition(BaseModel):
    key: str
    name: str
    name_zh: str
    unit: Unit
    formula: str
    formula_zh: str
    short: str
    short_zh: str


class Ratio(BaseModel):
    key: str
    unit: Unit
    value: Decimal | None  # None: undefined (see `reason`), never 0
    display: str  # "41.2%", "1.85", "32.4 days" or "n/a"
    # Why there is no value: the input that was zero ("net_sales"); for the cash conversion
    # cycle, the parts that are n/a are the ones missing from `inputs`.
    missing: str | None = None
    reason: str | None = None
    inputs: dict[str, Decimal]


class PeriodRatios(BaseModel):
    window: Window
    period: str  # the month (YYYY-MM); for the trailing twelve months, the month they end with
    date_from: date
    date_to: date
    days: int
    ratios: list[Ratio]

    def ratio(self, key: str) -> Ratio:
        return next(r for r in self.ratios if r.key == key)


class RatioReport(BaseModel):
    date_from: str  # YYYY-MM
    date_to: str
    months: list[PeriodRatios]
    trailing: list[PeriodRatios]  # the twelve months ending with each month of `months`
    definitions: list[RatioDefinition]


@dataclass(frozen=True)
class _Position:
    """Balance-sheet figures at the end of a day, each in its natural sign."""

    current_assets: Decimal
    current_liabilities: Decimal
    inventory: Decimal
    receivables: Decimal
    payables: Decimal


@dataclass(frozen=True)
class _Pnl:
    net_sales: Decimal
    cost_of_sales: Decimal
    operating_expenses: Decimal


def parse_month(value: str, field: str) -> date:
    """'2025-06' -> 2025-06-01; anything else is refused naming the field."""
    try:
        year, month = (int(part) for part in value.strip().split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise InvalidInput(field, f"{value!r} is not a month (YYYY-MM)") from None
    return check_date(first, field)


def _month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _add_months(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _label(first: date) -> str:
    return f"{first.year:04d}-{first.month:02d}"


def latest_posted_month(session: Session) -> date | None:
    """The first day of the latest month with a posted journal line."""
    last = session.scalar(select(func.max(JournalLine.date)).where(JournalLine.posted.is_(True)))
    return None if last is None else last.replace(day=1)


class _Books:
    """The ledger read through the accounting reports, each balance date read once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.codes = {
            role: account_for_role(session, role).code
            for role in ("inventory", "receivable", "payable")
        }
        self.positions: dict[date, _Position] = {}
        self.pnl: dict[str, _Pnl] = {}

    def position(self, as_of: date) -> _Position:
        if as_of not in self.positions:
            tb = ledger.trial_balance(self.session, as_of=as_of)
            natural = {
                row.code: (row.balance if row.type.debit_normal else -row.balance)
                for row in tb.rows
            }
            types = {row.code: row.type for row in tb.rows}

            def current(kind: AccountType) -> Decimal:
                return sum(
                    (
                        v
                        for c, v in natural.items()
                        if types[c] == kind and ledger.is_current(c, kind)
                    ),
                    ZERO,
                )

            self.positions[as_of] = _Position(
                current_assets=current(AccountType.ASSET),
                current_liabilities=current(AccountType.LIABILITY),
                inventory=natural.get(self.codes["inventory"], ZERO),
                receivables=natural.get(self.codes["receivable"], ZERO),
                payables=natural.get(self.codes["payable"], ZERO),
            )
        return self.positions[as_of]

    def load_pnl(self, first: date, last: date) -> None:
        pnl = ledger.profit_and_loss(self.session, first, _month_end(last), by="month")
        for m in pnl.months:
            self.pnl[m.period] = _Pnl(m.net_sales, m.cost_of_sales, m.operating_expenses)

    def pnl_over(self, first: date, months: int) -> _Pnl:
        none = _Pnl(ZERO, ZERO, ZERO)
        parts = [self.pnl.get(_label(_add_months(first, i)), none) for i in range(months)]
        return _Pnl(
            sum((p.net_sales for p in parts), ZERO),
            sum((p.cost_of_sales for p in parts), ZERO),
            sum((p.operating_expenses for p in parts), ZERO),
        )


def _show(value: Decimal | None, unit: Unit) -> str:
    if value is None:
        return "n/a"
    return {"percent": f"{value}%", "times": f"{value}", "days": f"{value} days"}[unit]


def _ratio(
    key: str,
    numerator: Decimal,
    denominator: Decimal,
    denominator_name: str,
    scale: Decimal,
    inputs: dict[str, Decimal],
) -> Ratio:
    """numerator / denominator x scale, rounded for its unit; n/a when the denominator is 0."""
    unit = BY_KEY[key].unit
    if denominator == 0:
        value = None
        missing: str | None = denominator_name
        reason: str | None = f"{INPUTS[denominator_name][0]} is zero"
    else:
        value = (numerator / denominator * scale).quantize(PLACES[unit], ROUND_HALF_UP)
        missing = reason = None
    return Ratio(
        key=key,
        unit=unit,
        value=value,
        display=_show(value, unit),
        missing=missing,
        reason=reason,
        inputs=inputs,
    )


def _cycle(dso: Ratio, dio: Ratio, dpo: Ratio) -> Ratio:
    parts = {"dso": dso, "dio": dio, "dpo": dpo}
    inputs = {k: r.value for k, r in parts.items() if r.value is not None}
    undefined = [k for k, r in parts.items() if r.value is None]
    if undefined:
        return Ratio(
            key="cash_conversion_cycle",
            unit="days",
            value=None,
            display="n/a",
            missing=None,  # no input was zero: a part of the cycle is itself n/a
            reason=f"{', '.join(k.upper() for k in undefined)} n/a",
            inputs=inputs,
        )
    value = inputs["dso"] + inputs["dio"] - inputs["dpo"]
    return Ratio(
        key="cash_conversion_cycle",
        unit="days",
        value=value,
        display=_show(value, "days"),
        inputs=inputs,
    )


def _period_ratios(
    books: _Books, window: Window, period: date, first: date, months: int
) -> PeriodRatios:
    last = _month_end(_add_months(first, months - 1))
    days = (last - first).days + 1
    pnl = books.pnl_over(first, months)
    opening, closing = books.position(first - timedelta(days=1)), books.position(last)
    gross = pnl.net_sales - pnl.cost_of_sales
    operating = gross - pnl.operating_expenses
    quick = closing.current_assets - closing.inventory
    avg_rec = (opening.receivables + closing.receivables) / 2
    avg_pay = (opening.payables + closing.payables) / 2
    avg_inv = (opening.inventory + closing.inventory) / 2
    d = Decimal(days)
    sales = {"net_sales": pnl.net_sales}
    cost = {"cost_of_sales": pnl.cost_of_sales}
    dso = _ratio(
        "dso",
        avg_rec,
        pnl.net_sales,
        "net_sales",
        d,
        {
            "receivables_opening": opening.receivables,
            "receivables_closing": closing.receivables,
            "average_receivables": avg_rec,
            **sales,
            "days": d,
        },
    )
    dpo = _ratio(
        "dpo",
        avg_pay,
        pnl.cost_of_sales,
        "cost_of_sales",
        d,
        {
            "payables_opening": opening.payables,
            "payables_closing": closing.payables,
            "average_payables": avg_pay,
            **cost,
            "days": d,
        },
    )
    inventory = {
        "inventory_opening": opening.inventory,
        "inventory_closing": closing.inventory,
        "average_inventory": avg_inv,
    }
    dio = _ratio(
        "dio", avg_inv, pnl.cost_of_sales, "cost_of_sales", d, {**inventory, **cost, "days": d}
    )
    ratios = [
        _ratio(
            "gross_margin",
            gross,
            pnl.net_sales,
            "net_sales",
            Decimal(100),
            {**sales, **cost, "gross_profit": gross},
        ),
        _ratio(
            "operating_margin",
            operating,
            pnl.net_sales,
            "net_sales",
            Decimal(100),
            {
                **sales,
                "gross_profit": gross,
                "operating_expenses": pnl.operating_expenses,
                "operating_income": operating,
            },
        ),
        _ratio(
            "current_ratio",
            closing.current_assets,
            closing.current_liabilities,
            "current_liabilities",
            Decimal(1),
            {
                "current_assets": closing.current_assets,
                "current_liabilities": closing.current_liabilities,
            },
        ),
        _ratio(
            "quick_ratio",
            quick,
            closing.current_liabilities,
            "current_liabilities",
            Decimal(1),
            {
                "current_assets": closing.current_assets,
                "inventory": closing.inventory,
                "quick_assets": quick,
                "current_liabilities": closing.current_liabilities,
            },
        ),
        dso,
        dpo,
        dio,
        _cycle(dso, dio, dpo),
        _ratio(
            "inventory_turns",
            pnl.cost_of_sales,
            avg_inv,
            "average_inventory",
            Decimal(365) / d,
            {**cost, **inventory, "days": d},
        ),
    ]
    return PeriodRatios(
        window=window,
        period=_label(period),
        date_from=first,
        date_to=last,
        days=days,
        ratios=ratios,
    )


def ratios(
    session: Session, date_from: date | None = None, date_to: date | None = None
) -> RatioReport:
    """The ratios of each month from `date_from`'s to `date_to`'s (both included) and of the
    twelve months ending with each; by default the twelve months up to the latest month with
    posted entries (or this month, in empty books)."""
    if date_to is not None:
        last = check_date(date_to, "date_to").replace(day=1)
    else:
        last = latest_posted_month(session) or date.today().replace(day=1)
    if date_from is not None:
        first = check_date(date_from, "date_from").replace(day=1)
    else:
        first = _add_months(last, -11)
    if first > last:
        raise InvalidInput("date_from", f"{_label(first)} is after date_to {_label(last)}")
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        raise InvalidInput("date_from", f"{count} months asked for; at most {MAX_MONTHS} a call")
    books = _Books(session)
    books.load_pnl(_add_months(first, -11), last)
    months, trailing = [], []
    for i in range(count):
        month = _add_months(first, i)
        months.append(_period_ratios(books, "month", month, month, 1))
        trailing.append(_period_ratios(books, "ttm", month, _add_months(month, -11), 12))
    return RatioReport(
        date_from=_label(first),
        date_to=_label(last),
        months=months,
        trailing=trailing,
        definitions=[RatioDefinition(**d.__dict__) for d in DEFINITIONS],
    )
