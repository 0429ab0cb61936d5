"""Explain a change in revenue or gross margin between two periods: price, volume and mix
effects, and the customers, products and categories that drove it.

The decomposition, per product i, with Q the units sold, V the value (revenue, or margin)
and u = V / Q the value per unit; 0 is the compare (base) period, 1 the period explained:

    volume = (Q1 - Q0) x u0avg            u0avg = V0 / Q0, the base period's value per unit
    mix    = sum_i Q1_i x u0_i - Q1 x u0avg
           = sum_i (s1_i - s0_i) x Q1 x (u0_i - u0avg)      s = the product's share of units
    price  = sum_i Q1_i x (u1_i - u0_i)

volume is what the change in units alone would have brought at the base period's average;
mix is what selling a different blend of products brought at base prices; price is what the
current period's units earned above or below each product's base price. The three add up to
V1 - V0 exactly (the terms telescope), whatever u0_i is taken for a product the base period did
not sell: such a new product is valued at its own current price (u0_i = u1_i), so it carries no
price effect and its whole revenue lands in volume and mix. Each effect is computed exactly in
fractions and rounded to the cent once; the cent or so the three roundings leave is returned as
`residue`, so price + volume + mix + residue == change to the cent.

Revenue is the sales report's: the lines' `subtotal_company` of confirmed and done orders, by
order date (`erp.sales.reports.counted_orders`). Margin is the semantic layer's gross margin:
revenue less quantity x the product's current unit cost (`Product.cost`, the moving average
or the oldest open FIFO layer). With one cost for both periods, the unit margin moves exactly
as the price does, so the margin's price effect equals the revenue's.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput
from smarterp.core.money import money
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine
from smarterp.erp.sales.reports import counted_orders
from smarterp.intel.finance.narrative import phrasebook, write_narrative

Measure = Literal["revenue", "margin"]
MEASURES: tuple[Measure, ...] = ("revenue", "margin")
Status = Literal["new", "stopped", "up", "down", "flat"]
PCT_PLACES = Decimal("0.1")
NO_CATEGORY = "(no category)"

METHOD = (
    "volume = (Q1 - Q0) x base average value per unit; "
    "mix = sum of Q1_i x base value per unit of product i, less Q1 x base average; "
    "price = sum of Q1_i x (current - base value per unit of product i); "
    "a product new in the period is valued at its own current price (no price effect). "
    "Each effect is rounded to the cent once; residue = change - (price + volume + mix)."
)
COST_BASIS = (
    "quantity x the product's current unit cost (Product.cost: moving average, or the oldest "
    "open FIFO layer), as the semantic layer's gross margin"
)


class Period(BaseModel):
    date_from: date
    date_to: date
    label: str


class Effects(BaseModel):
    price: Decimal
    volume: Decimal
    mix: Decimal
    # What rounding each effect to the cent left over: change - (price + volume + mix).
    residue: Decimal


class EffectShares(BaseModel):
    """Each effect as a percentage of the base period's value (None when that is zero)."""

    price: Decimal | None
    volume: Decimal | None
    mix: Decimal | None


class Contribution(BaseModel):
    key: str
    name: str
    base: Decimal
    current: Decimal
    change: Decimal
    status: Status


class Contributions(BaseModel):
    customer: list[Contribution]
    product: list[Contribution]
    category: list[Contribution]


class Explanation(BaseModel):
    measure: Measure
    lang: str
    period: Period
    compare: Period
    base: Decimal
    current: Decimal
    change: Decimal
    change_pct: Decimal | None
    effects: Effects
    effects_pct: EffectShares
    units_base: Decimal
    units_current: Decimal
    # Gross margin as a percentage of revenue in each period (margin only).
    margin_rate_base: Decimal | None = None
    margin_rate_current: Decimal | None = None
    contributions: Contributions
    stopped_customers: list[str]
    new_customers: list[str]
    # The category that moved most in the direction of the change; None when nothing moved.
    main_category: Contribution | None
    method: str
    cost_basis: str | None
    narrative: str


@dataclass
class _Cell:
    """One customer's purchases of one product in one period."""

    customer_id: int
    customer: str
    product_id: int
    product: str
    product_zh: str | None
    category: str
    category_zh: str | None
    quantity: Decimal
    revenue: Decimal
    cost: Decimal

    def value(self, measure: Measure) -> Decimal:
        return self.revenue if measure == "revenue" else self.revenue - self.cost


def _read(session: Session, date_from: date, date_to: date) -> list[_Cell]:
    """The period's sales lines summed per customer and product, in exact decimals."""
    stmt = (
        select(
            SalesOrder.customer_id,
            Partner.name,
            SalesOrderLine.product_id,
            Product.name,
            Product.name_zh,
            Category.name,
            Category.name_zh,
            Product.cost,
            SalesOrderLine.quantity,
            SalesOrderLine.subtotal_company,
        )
        .select_from(SalesOrderLine)
        .join(SalesOrder)
        .join(Partner, Partner.id == SalesOrder.customer_id)
        .join(Product, Product.id == SalesOrderLine.product_id)
        .outerjoin(Category, Category.id == Product.category_id)
    )
    stmt = counted_orders(stmt, date_from, date_to)
    # Summed here rather than in SQL: SQLite sums NUMERIC as doubles, and the lines are few.
    cells: dict[tuple[int, int], _Cell] = {}
    for cid, cname, pid, pname, pzh, cat, cat_zh, cost, q, sub in session.execute(stmt):
        cell = cells.get((cid, pid))
        if cell is None:
            cell = cells[(cid, pid)] = _Cell(
                cid,
                cname,
                pid,
                pname,
                pzh,
                cat or NO_CATEGORY,
                cat_zh,
                Decimal(0),
                Decimal(0),
                Decimal(0),
            )
        cell.quantity += q
        cell.revenue += sub
        cell.cost += q * cost
    return list(cells.values())


def _pct(part: Fraction | Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    ratio = Fraction(part) / Fraction(abs(whole)) * 100
    return (Decimal(ratio.numerator) / Decimal(ratio.denominator)).quantize(
        PCT_PLACES, rounding=ROUND_HALF_UP
    )


def _cents(value: Fraction) -> Decimal:
    return money(Decimal(value.numerator) / Decimal(value.denominator))


def _effects(base: list[_Cell], current: list[_Cell], measure: Measure) -> tuple[Fraction, ...]:
    """(price, volume, mix) exactly, as fractions; see the module's docstring."""
    q0: dict[int, Fraction] = defaultdict(Fraction)
    v0: dict[int, Fraction] = defaultdict(Fraction)
    q1: dict[int, Fraction] = defaultdict(Fraction)
    v1: dict[int, Fraction] = defaultdict(Fraction)
    for c in base:
        q0[c.product_id] += Fraction(c.quantity)
        v0[c.product_id] += Fraction(c.value(measure))
    for c in current:
        q1[c.product_id] += Fraction(c.quantity)
        v1[c.product_id] += Fraction(c.value(measure))
    total_q0, total_v0 = sum(q0.values(), Fraction(0)), sum(v0.values(), Fraction(0))
    total_q1, total_v1 = sum(q1.values(), Fraction(0)), sum(v1.values(), Fraction(0))
    avg0 = total_v0 / total_q0
    at_base_prices = Fraction(0)
    for pid, q in q1.items():
        unit0 = v0[pid] / q0[pid] if q0.get(pid) else v1[pid] / q
        at_base_prices += q * unit0
    volume = (total_q1 - total_q0) * avg0
    mix = at_base_prices - total_q1 * avg0
    price = total_v1 - at_base_prices
    return price, volume, mix


def _contributions(
    base: list[_Cell], current: list[_Cell], measure: Measure, dimension: str, zh: bool
) -> list[Contribution]:
    def key_name(c: _Cell) -> tuple[str, str]:
        if dimension == "customer":
            return str(c.customer_id), c.customer
        if dimension == "product":
            return str(c.product_id), (c.product_zh if zh and c.product_zh else c.product)
        return c.category, (c.category_zh if zh and c.category_zh else c.category)

    names: dict[str, str] = {}
    before: dict[str, Decimal] = defaultdict(Decimal)
    after: dict[str, Decimal] = defaultdict(Decimal)
    for cells, into in ((base, before), (current, after)):
        for c in cells:
            key, name = key_name(c)
            names[key] = name
            into[key] += c.value(measure)
    out = []
    for key, name in names.items():
        b, a = money(before.get(key, 0)), money(after.get(key, 0))
        status: Status
        if key not in before:
            status = "new"
        elif key not in after:
            status = "stopped"
        else:
            status = "up" if a > b else "down" if a < b else "flat"
        out.append(Contribution(key=key, name=name, base=b, current=a, change=a - b, status=status))
    out.sort(key=lambda r: (-abs(r.change), r.name))
    return out


def _check_period(date_from: date | None, date_to: date | None, names: tuple[str, str]) -> None:
    if date_from is None:
        raise InvalidInput(names[0], "is required (YYYY-MM-DD)")
    if date_to is None:
        raise InvalidInput(names[1], "is required (YYYY-MM-DD)")
    if date_from > date_to:
        raise InvalidInput(
            names[1], f"{date_to} is before {names[0]} {date_from}; the period is reversed"
        )


def explain(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    compare_from: date | None,
    compare_to: date | None,
    measure: str = "revenue",
    lang: str = "en",
) -> Explanation:
    """Why `measure` changed from the compare period to the period [date_from, date_to]."""
    if measure not in MEASURES:
        raise InvalidInput("measure", f"{measure!r} is not one of {', '.join(MEASURES)}")
    words = phrasebook(lang)
    _check_period(date_from, date_to, ("date_from", "date_to"))
    _check_period(compare_from, compare_to, ("compare_from", "compare_to"))
    assert date_from and date_to and compare_from and compare_to
    m: Measure = "revenue" if measure == "revenue" else "margin"
    base = _read(session, compare_from, compare_to)
    current = _read(session, date_from, date_to)
    if not base:
        raise InvalidInput(
            "compare_from",
            f"no confirmed or done sales orders from {compare_from} to {compare_to}; "
            "there is nothing to compare with",
        )
    if not current:
        raise InvalidInput(
            "date_from",
            f"no confirmed or done sales orders from {date_from} to {date_to}; "
            "there is nothing to explain",
        )
    price, volume, mix = _effects(base, current, m)
    v0 = money(sum((c.value(m) for c in base), Decimal(0)))
    v1 = money(sum((c.value(m) for c in current), Decimal(0)))
    rounded = Effects(
        price=_cents(price), volume=_cents(volume), mix=_cents(mix), residue=Decimal(0)
    )
    change = v1 - v0
    rounded.residue = change - rounded.price - rounded.volume - rounded.mix
    zh = words.code == "zh"
    customers = _contributions(base, current, m, "customer", zh)
    categories = _contributions(base, current, m, "category", zh)
    moving = [c for c in categories if c.change * change > 0]
    result = Explanation(
        measure=m,
        lang=words.code,
        period=Period(date_from=date_from, date_to=date_to, label=words.period(date_from, date_to)),
        compare=Period(
            date_from=compare_from,
            date_to=compare_to,
            label=words.period(compare_from, compare_to),
        ),
        base=v0,
        current=v1,
        change=change,
        change_pct=_pct(change, v0),
        effects=rounded,
        effects_pct=EffectShares(
            price=_pct(rounded.price, v0),
            volume=_pct(rounded.volume, v0),
            mix=_pct(rounded.mix, v0),
        ),
        units_base=sum((c.quantity for c in base), Decimal(0)),
        units_current=sum((c.quantity for c in current), Decimal(0)),
        contributions=Contributions(
            customer=customers,
            product=_contributions(base, current, m, "product", zh),
            category=categories,
        ),
        stopped_customers=[c.name for c in customers if c.status == "stopped"],
        new_customers=[c.name for c in customers if c.status == "new"],
        main_category=moving[0] if moving else None,
        method=METHOD,
        cost_basis=COST_BASIS if m == "margin" else None,
        narrative="",
    )
    if m == "margin":
        rev0 = sum((c.revenue for c in base), Decimal(0))
        rev1 = sum((c.revenue for c in current), Decimal(0))
        result.margin_rate_base = _pct(v0, rev0) if rev0 > 0 else None
        result.margin_rate_current = _pct(v1, rev1) if rev1 > 0 else None
    result.narrative = write_narrative(result, words)
    return result


def preceding_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period just before [date_from, date_to]: the month before a whole month, else as
    many days ending the day before. Dates outside the books' window are refused by name."""
    check_date(date_from, "date_from")
    check_date(date_to, "date_to")
    last = calendar.monthrange(date_from.year, date_from.month)[1]
    if date_from.day == 1 and date_to == date_from.replace(day=last):
        end = date_from - timedelta(days=1)
        return end.replace(day=1), end
    return date_from - (date_to - date_from) - timedelta(days=1), date_from - timedelta(days=1)


def latest_month(session: Session) -> tuple[date, date] | None:
    """The last calendar month in which orders that count as sales were placed."""
    day = session.scalar(counted_orders(select(func.max(SalesOrder.order_date)), None, None))
    if day is None:
        return None
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
