"""Compose Ask questions (families x entities x periods x phrasings) with gold answers.

    python -m tests.askgen.generate --database-url sqlite:///nw.db --as-of 1998-05-06 \\
        --out questions.jsonl [--per-family 30] [--seed 0] \\
        [--split build|heldout|dev|heldout2|dev3|dev4|dev5|dev6|dev7|dev8|all]

Each family picks its entities and period with a seeded random generator, asks the oracle
(tests/askgen/oracle.py: hand-written SQL over the books) for the gold rows, skips cases
whose gold is empty, trivial or ambiguous (ties in a ranking, names shared by two records,
"orders shipped by carrier R" while some of R's orders are not shipped, the worst month of
a year the books only partly cover), and words the question with a template of the split:
phrasings.py (build), heldout.py (held-out), phrasings_dev.py (dev: a second development
set, written apart from the build one), heldout2.py (heldout2: a second, fresh held-out
set), phrasings_dev3.py (dev3: a third development set, in the words of everyday ERP
users), phrasings_dev4.py, phrasings_dev5.py, phrasings_dev6.py, phrasings_dev7.py and
phrasings_dev8.py (dev4, dev5, dev6, dev7, dev8: five more development sets, each written
apart by its own author); "all" is every split. A bottom-n that leaves out members without
any activity in the period is only worded by templates that say so ("among the customers who
ordered..."). As the evaluation sets do, a period always means the order date.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import Connection, Engine, create_engine

from tests.askgen import (
    heldout,
    heldout2,
    oracle,
    phrasings,
    phrasings_dev,
    phrasings_dev3,
    phrasings_dev4,
    phrasings_dev5,
    phrasings_dev6,
    phrasings_dev7,
    phrasings_dev8,
)
from tests.askgen.vocab import (
    CATEGORIES,
    ENTITY_SLOTS,
    Customer,
    Named,
    Period,
    Product,
    Supplier,
    Template,
    World,
    all_periods,
    load_world,
    relative_periods,
    render,
)

Rows = oracle.Rows
LANGS = ("en", "zh")
SPLITS = ("build", "heldout", "dev", "heldout2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
# Each split's templates, and the prefix of its template ids ("b.topn.en.01") and item ids
# ("gen-b00001").
SOURCES: dict[str, dict[str, dict[str, list[Template]]]] = {
    "build": phrasings.TEMPLATES,
    "heldout": heldout.TEMPLATES,
    "dev": phrasings_dev.TEMPLATES,
    "heldout2": heldout2.TEMPLATES,
    "dev3": phrasings_dev3.TEMPLATES,
    "dev4": phrasings_dev4.TEMPLATES,
    "dev5": phrasings_dev5.TEMPLATES,
    "dev6": phrasings_dev6.TEMPLATES,
    "dev7": phrasings_dev7.TEMPLATES,
    "dev8": phrasings_dev8.TEMPLATES,
}
PREFIXES = {
    "build": "b",
    "heldout": "h",
    "dev": "d",
    "heldout2": "h2",
    "dev3": "d3",
    "dev4": "d4",
    "dev5": "d5",
    "dev6": "d6",
    "dev7": "d7",
    "dev8": "d8",
}


@dataclass
class Sample:
    """One question before it is worded: its slot values, choices and gold rows."""

    slots: dict[str, Any]
    answer: Rows
    ordered: bool = False
    choices: dict[str, str] = field(default_factory=dict)


class Ctx:
    """The books as the samplers see them: entities, periods and a cached oracle."""

    def __init__(self, conn: Connection, as_of: date) -> None:
        self.conn = conn
        self.as_of = as_of
        self.world: World = load_world(conn)
        w = self.world
        self.periods = all_periods(w, as_of)
        self.products = [p for p in w.products if w.usable(p.name)]
        self.customers = [c for c in w.customers if w.usable(c.name)]
        self.suppliers = [s for s in w.suppliers if w.usable(s.name)]
        self.categories = [c for c in w.categories if w.usable(c.name) and c.name in CATEGORIES]
        self.salespeople = [s for s in w.salespeople if w.usable(s.name)]
        self.carriers = [c for c in w.carriers if w.usable(c.name)]
        self.customer_countries = w.customer_countries
        self.supplier_countries = w.supplier_countries
        years = sorted({p.start.year for p in self.periods if p.kind == "year"})
        self.years = years
        self._cache: dict[Any, Any] = {}

    def q(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """The oracle's answer, computed once per arguments."""
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        if key not in self._cache:
            self._cache[key] = fn(self.conn, *args, **kwargs)
        return self._cache[key]

    def period(
        self,
        rng: Random,
        kinds: Iterable[str] = ("year", "quarter", "month", "half", "relative"),
        *,
        min_days: int = 0,
    ) -> Period:
        weights = {"year": 3, "quarter": 2, "month": 2, "half": 1, "relative": 2}
        pool = [k for k in kinds if k in weights]
        while True:
            kind = rng.choices(pool, weights=[weights[k] for k in pool])[0]
            choices = [
                p for p in self.periods if p.kind == kind and (p.end - p.start).days >= min_days
            ]
            if choices:
                return rng.choice(choices)


def _value(row: list[Any]) -> Any:
    return row[-1]


def _tied(ranking: Rows, n: int) -> bool:
    """Whether any of the first n rows of a ranking has the value of its successor: a tie
    at the cut-off makes the set ambiguous, a tie inside it the order."""
    return any(
        _value(ranking[i]) == _value(ranking[i + 1]) for i in range(min(n, len(ranking) - 1))
    )


def nice(v: float, rng: Random) -> int:
    """A round number near v, as a person would write it: one or two significant digits."""
    if v <= 10:
        return max(1, round(v))
    top = 10 ** math.floor(math.log10(v))
    step = rng.choice((top, top // 2 or 1, top // 10 or 1))
    return max(step, round(v / step) * step)


# --------------------------------------------------------------------------------------------
# Samplers, one per family. Each returns a Sample, or None to try other values.

Sampler = Callable[[Ctx, Random], Sample | None]
FAMILIES: dict[str, Sampler] = {}


def family(name: str) -> Callable[[Sampler], Sampler]:
    def register(fn: Sampler) -> Sampler:
        FAMILIES[name] = fn
        return fn

    return register


def _product(ctx: Ctx, rng: Random) -> Product:
    return rng.choice(ctx.products)


def _customer(ctx: Ctx, rng: Random) -> Customer:
    return rng.choice(ctx.customers)


def _supplier(ctx: Ctx, rng: Random) -> Supplier:
    return rng.choice(ctx.suppliers)


def _category(ctx: Ctx, rng: Random) -> Named:
    return rng.choice(ctx.categories)


# -- lookups -------------------------------------------------------------------------------


@family("lookup_supplier")
def _lookup_supplier(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    ans = ctx.q(oracle.supplier_of, p.id)
    return Sample({"product": p}, ans) if ans else None


@family("lookup_category")
def _lookup_category(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    ans = ctx.q(oracle.category_of, p.id)
    return Sample({"product": p}, ans) if ans else None


@family("lookup_price")
def _lookup_price(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    return Sample({"product": p}, ctx.q(oracle.list_price, p.id))


@family("lookup_stock")
def _lookup_stock(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    return Sample({"product": p}, ctx.q(oracle.on_hand, p.id))


@family("lookup_on_order")
def _lookup_on_order(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    ans = ctx.q(oracle.on_order, p.id)
    if ans[0][0] == 0 and rng.random() < 0.8:
        return None
    return Sample({"product": p}, ans)


@family("lookup_stock_reorder")
def _lookup_stock_reorder(ctx: Ctx, rng: Random) -> Sample | None:
    p = _product(ctx, rng)
    ans = ctx.q(oracle.stock_and_reorder, p.id)
    if ans[0][1] == 0 and rng.random() < 0.7:
        return None
    return Sample({"product": p}, ans)


@family("supplier_products")
def _supplier_products(ctx: Ctx, rng: Random) -> Sample | None:
    s = _supplier(ctx, rng)
    ans = ctx.q(oracle.supplier_products, s.id, with_stock=False)
    return Sample({"supplier": s}, ans) if ans else None


@family("supplier_products_stock")
def _supplier_products_stock(ctx: Ctx, rng: Random) -> Sample | None:
    s = _supplier(ctx, rng)
    ans = ctx.q(oracle.supplier_products, s.id, with_stock=True)
    return Sample({"supplier": s}, ans) if ans else None


@family("lookup_customer_country")
def _lookup_customer_country(ctx: Ctx, rng: Random) -> Sample | None:
    c = _customer(ctx, rng)
    ans = ctx.q(oracle.customer_place, c.id, "country")
    return Sample({"customer": c}, ans) if ans else None


@family("lookup_customer_city")
def _lookup_customer_city(ctx: Ctx, rng: Random) -> Sample | None:
    c = _customer(ctx, rng)
    ans = ctx.q(oracle.customer_place, c.id, "city")
    return Sample({"customer": c}, ans) if ans else None


# -- totals over a period ------------------------------------------------------------------


def _total(measure: str) -> Sampler:
    def sample(ctx: Ctx, rng: Random) -> Sample | None:
        p = ctx.period(rng)
        ans = ctx.q(oracle.total, measure, p.start, p.end)
        return Sample({"period": p}, ans) if ans[0][0] else None

    return sample


family("total_revenue")(_total("revenue"))
family("total_units")(_total("units"))
family("total_orders")(_total("orders"))
family("avg_order_value")(_total("aov"))


@family("customer_revenue")
def _customer_revenue(ctx: Ctx, rng: Random) -> Sample | None:
    c, p = _customer(ctx, rng), ctx.period(rng, ("year", "half", "quarter", "relative"))
    ans = ctx.q(oracle.revenue_of, p.start, p.end, customer_id=c.id)
    return Sample({"customer": c, "period": p}, ans) if ans[0][0] else None


@family("product_revenue")
def _product_revenue(ctx: Ctx, rng: Random) -> Sample | None:
    x, p = _product(ctx, rng), ctx.period(rng)
    ans = ctx.q(oracle.revenue_of, p.start, p.end, product_id=x.id)
    return Sample({"product": x, "period": p}, ans) if ans[0][0] else None


@family("product_units")
def _product_units(ctx: Ctx, rng: Random) -> Sample | None:
    x, p = _product(ctx, rng), ctx.period(rng)
    ans = ctx.q(oracle.revenue_of, p.start, p.end, product_id=x.id, measure="units")
    return Sample({"product": x, "period": p}, ans) if ans[0][0] else None


@family("category_revenue")
def _category_revenue(ctx: Ctx, rng: Random) -> Sample | None:
    k, p = _category(ctx, rng), ctx.period(rng)
    ans = ctx.q(oracle.revenue_of, p.start, p.end, category_id=k.id)
    return Sample({"category": k, "period": p}, ans) if ans[0][0] else None


@family("country_revenue")
def _country_revenue(ctx: Ctx, rng: Random) -> Sample | None:
    n, p = rng.choice(ctx.customer_countries), ctx.period(rng)
    ans = ctx.q(oracle.revenue_of, p.start, p.end, country=n)
    return Sample({"country": n, "period": p}, ans) if ans[0][0] else None


@family("supplier_country_revenue")
def _supplier_country_revenue(ctx: Ctx, rng: Random) -> Sample | None:
    n, p = rng.choice(ctx.supplier_countries), ctx.period(rng)
    ans = ctx.q(oracle.revenue_of, p.start, p.end, supplier_country=n)
    return Sample({"country": n, "period": p}, ans) if ans[0][0] else None


@family("supplier_country_stock_value")
def _supplier_country_stock_value(ctx: Ctx, rng: Random) -> Sample | None:
    n = rng.choice(ctx.supplier_countries)
    ans = ctx.q(oracle.stock_value_from_supplier_country, n)
    return Sample({"country": n}, ans) if ans[0][0] else None


@family("salesperson_total")
def _salesperson_total(ctx: Ctx, rng: Random) -> Sample | None:
    e, p = rng.choice(ctx.salespeople), ctx.period(rng)
    measure = rng.choice(("orders", "revenue"))
    ans = ctx.q(oracle.revenue_of, p.start, p.end, salesperson_id=e.id, measure=measure)
    if not ans[0][0]:
        return None
    return Sample({"salesperson": e, "period": p}, ans, choices={"measure": measure})


@family("carrier_orders")
def _carrier_orders(ctx: Ctx, rng: Random) -> Sample | None:
    r, p = rng.choice(ctx.carriers), ctx.period(rng)
    ans = ctx.q(oracle.carrier_orders, r.id, p.start, p.end, shipped_only=False)
    shipped = ctx.q(oracle.carrier_orders, r.id, p.start, p.end, shipped_only=True)
    if not ans[0][0] or ans != shipped:  # "shipped by" must not depend on unshipped orders
        return None
    return Sample({"carrier": r, "period": p}, ans)


# -- breakdowns and rankings ---------------------------------------------------------------

RANK_DIMS = ("customer", "product", "category", "country", "salesperson")


@family("breakdown")
def _breakdown(ctx: Ctx, rng: Random) -> Sample | None:
    dim = rng.choice(
        ("category", "country", "customer", "product", "salesperson", "carrier", "month", "quarter")
    )
    measure = rng.choice(("revenue", "units", "orders"))
    if dim == "carrier" and measure == "units":
        return None
    if dim == "month":
        p = ctx.period(rng, ("year", "half", "quarter", "relative"), min_days=40)
    elif dim == "quarter":
        p = ctx.period(rng, ("year", "half", "relative"), min_days=100)
    else:
        p = ctx.period(rng)
    ans = ctx.q(oracle.by_dimension, measure, dim, p.start, p.end)
    if len(ans) < 2:
        return None
    return Sample({"period": p}, ans, choices={"measure": measure, "dim": dim})


def _ranking(
    ctx: Ctx,
    measure: str,
    dim: str,
    p: Period,
    direction: str,
    n: int,
    choices: dict[str, str],
    **filters: Any,
) -> Rows | None:
    """The first n of a ranking, or None when the cut-off is tied or the ranking too short.

    A ranking lists the members with activity in the period. When a bottom-n leaves out
    members without any, choices["active"] = "some": only templates that say the question is
    about the active members ("among the customers who ordered...") may word it."""
    order = "desc" if direction == "top" else "asc"
    ranking = ctx.q(oracle.by_dimension, measure, dim, p.start, p.end, order=order, **filters)
    if len(ranking) <= n or _tied(ranking, n):
        return None
    if direction == "bottom" and len(ranking) != len(ctx.q(oracle.members, dim, **filters)):
        choices["active"] = "some"
    return [list(r) for r in ranking[:n]]


@family("top1")
def _top1(ctx: Ctx, rng: Random) -> Sample | None:
    dim = rng.choice((*RANK_DIMS, "carrier"))
    measure = "orders" if dim == "carrier" else rng.choice(("revenue", "units", "orders"))
    direction = rng.choice(("top", "top", "bottom"))
    p = ctx.period(rng)
    choices = {"measure": measure, "dim": dim, "dir": direction}
    ans = _ranking(ctx, measure, dim, p, direction, 1, choices)
    if ans is None:
        return None
    return Sample({"period": p}, ans, ordered=True, choices=choices)


@family("topn")
def _topn(ctx: Ctx, rng: Random) -> Sample | None:
    dim = rng.choice(RANK_DIMS)
    measure = rng.choice(("revenue", "units", "orders"))
    direction = rng.choice(("top", "top", "bottom"))
    n = rng.randint(2, 5)
    p = ctx.period(rng)
    choices = {"measure": measure, "dim": dim, "dir": direction}
    ans = _ranking(ctx, measure, dim, p, direction, n, choices)
    if ans is None:
        return None
    return Sample({"period": p, "n": n}, ans, ordered=True, choices=choices)


@family("topn_in_group")
def _topn_in_group(ctx: Ctx, rng: Random) -> Sample | None:
    group = rng.choice(("country", "category", "supplier"))
    direction = rng.choice(("top", "top", "bottom"))
    n = rng.choice((1, 1, 2, 3, 4, 5))
    p = ctx.period(rng, ("year", "half", "quarter", "relative"))
    slots: dict[str, Any] = {"period": p}
    choices = {"dir": direction}
    if group == "country":
        dim, measure = "customer", rng.choice(("revenue", "orders"))
        slots["country"] = rng.choice(ctx.customer_countries)
        ans = _ranking(ctx, measure, dim, p, direction, n, choices, country=slots["country"])
    elif group == "category":
        dim, measure = "product", rng.choice(("revenue", "units"))
        slots["category"] = _category(ctx, rng)
        ans = _ranking(
            ctx, measure, dim, p, direction, n, choices, category_id=slots["category"].id
        )
    else:
        dim, measure = "product", rng.choice(("revenue", "units"))
        slots["supplier"] = _supplier(ctx, rng)
        ans = _ranking(
            ctx, measure, dim, p, direction, n, choices, supplier_id=slots["supplier"].id
        )
    if ans is None:
        return None
    if n > 1:
        slots["n"] = n
    choices["measure"] = measure
    return Sample(slots, ans, ordered=True, choices=choices)


@family("reorder_category")
def _reorder_category(ctx: Ctx, rng: Random) -> Sample | None:
    k = _category(ctx, rng)
    disc = rng.choice(("incl", "incl", "excl"))
    ans = ctx.q(oracle.below_reorder, category_id=k.id, include_discontinued=disc == "incl")
    return Sample({"category": k}, ans, choices={"disc": disc}) if ans else None


@family("reorder_count")
def _reorder_count(ctx: Ctx, rng: Random) -> Sample | None:
    slots: dict[str, Any] = {}
    if rng.random() < 0.7:
        slots["category"] = _category(ctx, rng)
    found = ctx.q(oracle.below_reorder, category_id=slots["category"].id if slots else None)
    return Sample(slots, [[len(found)]]) if found else None


# -- orders: size, shipping, lateness ------------------------------------------------------


@family("max_order")
def _max_order(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng)
    top = ctx.q(oracle.orders_by_value, p.start, p.end)
    if not top or _tied(top, 1):
        return None
    return Sample({"period": p}, top[:1], ordered=True)


@family("max_order_customer")
def _max_order_customer(ctx: Ctx, rng: Random) -> Sample | None:
    c = _customer(ctx, rng)
    slots: dict[str, Any] = {"customer": c}
    start, end = date(1900, 1, 1), date(2999, 12, 31)
    if rng.random() < 0.4:
        p = ctx.period(rng, ("year", "half", "relative"))
        slots["period"] = p
        start, end = p.start, p.end
    top = ctx.q(oracle.orders_by_value, start, end, customer_id=c.id)
    if not top or _tied(top, 1):
        return None
    return Sample(slots, top[:1], ordered=True)


@family("late_count")
def _late_count(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng)
    slots: dict[str, Any] = {"period": p}
    kw: dict[str, Any] = {}
    if rng.random() < 0.4:
        slots["country"] = kw["country"] = rng.choice(ctx.customer_countries)
    ans = ctx.q(oracle.late_count, p.start, p.end, **kw)
    return Sample(slots, ans) if ans[0][0] else None


@family("late_by")
def _late_by(ctx: Ctx, rng: Random) -> Sample | None:
    dim = rng.choice(("carrier", "salesperson"))
    p = ctx.period(rng, ("year", "half", "quarter", "relative"))
    ans = ctx.q(oracle.late_by, dim, p.start, p.end)
    if len(ans) < 2:
        return None
    return Sample({"period": p}, ans, choices={"dim": dim})


@family("late_top")
def _late_top(ctx: Ctx, rng: Random) -> Sample | None:
    dim, p = rng.choice(("carrier", "salesperson")), ctx.period(rng)
    ans = ctx.q(oracle.late_by, dim, p.start, p.end)
    if not ans or _tied(ans, 1):
        return None
    return Sample({"period": p}, ans[:1], ordered=True, choices={"dim": dim})


@family("late_pct")
def _late_pct(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng)
    ans = ctx.q(oracle.late_pct, p.start, p.end)
    return Sample({"period": p}, ans) if ans and ans[0][0] else None


@family("avg_ship_days")
def _avg_ship_days(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng)
    slots: dict[str, Any] = {"period": p}
    kw: dict[str, Any] = {}
    if rng.random() < 0.5:
        slots["carrier"] = rng.choice(ctx.carriers)
        kw["carrier_id"] = slots["carrier"].id
    ans = ctx.q(oracle.avg_days_to_ship, p.start, p.end, **kw)
    return Sample(slots, ans) if ans else None


@family("fastest_carrier")
def _fastest_carrier(ctx: Ctx, rng: Random) -> Sample | None:
    direction = rng.choice(("fast", "slow"))
    slots: dict[str, Any] = {}
    start, end = date(1900, 1, 1), date(2999, 12, 31)
    if rng.random() < 0.8:
        p = ctx.period(rng, ("year", "half", "quarter", "relative"))
        slots["period"] = p
        start, end = p.start, p.end
    ranking = ctx.q(oracle.avg_days_by_carrier, start, end)
    if direction == "slow":
        ranking = list(reversed(ranking))
    if len(ranking) < 2 or _tied(ranking, 1):
        return None
    return Sample(slots, ranking[:1], ordered=True, choices={"dir": direction})


@family("unshipped_count")
def _unshipped_count(ctx: Ctx, rng: Random) -> Sample | None:
    which = rng.choice(("all", "country", "customer", "salesperson"))
    slots: dict[str, Any] = {}
    kw: dict[str, Any] = {}
    if which == "country":
        slots["country"] = kw["country"] = rng.choice(ctx.customer_countries)
    elif which == "customer":
        slots["customer"] = _customer(ctx, rng)
        kw["customer_id"] = slots["customer"].id
    elif which == "salesperson":
        slots["salesperson"] = rng.choice(ctx.salespeople)
        kw["salesperson_id"] = slots["salesperson"].id
    ans = ctx.q(oracle.not_shipped, **kw)
    return Sample(slots, ans) if ans[0][0] else None


# -- distinct counts -----------------------------------------------------------------------


@family("distinct_customers_product")
def _distinct_customers_product(ctx: Ctx, rng: Random) -> Sample | None:
    x, p = _product(ctx, rng), ctx.period(rng, ("year", "half", "quarter", "relative"))
    ans = ctx.q(oracle.customers_buying, p.start, p.end, product_id=x.id)
    return Sample({"product": x, "period": p}, ans) if ans[0][0] else None


@family("distinct_customers_category")
def _distinct_customers_category(ctx: Ctx, rng: Random) -> Sample | None:
    k, p = _category(ctx, rng), ctx.period(rng)
    ans = ctx.q(oracle.customers_buying, p.start, p.end, category_id=k.id)
    return Sample({"category": k, "period": p}, ans) if ans[0][0] else None


@family("count_customers_country")
def _count_customers_country(ctx: Ctx, rng: Random) -> Sample | None:
    n = rng.choice(ctx.customer_countries)
    return Sample({"country": n}, ctx.q(oracle.count_customers, n))


@family("count_products_category")
def _count_products_category(ctx: Ctx, rng: Random) -> Sample | None:
    k = _category(ctx, rng)
    return Sample({"category": k}, ctx.q(oracle.count_products, k.id))


@family("count_suppliers_country")
def _count_suppliers_country(ctx: Ctx, rng: Random) -> Sample | None:
    n = rng.choice(ctx.supplier_countries)
    return Sample({"country": n}, ctx.q(oracle.count_suppliers, n))


# -- thresholds ----------------------------------------------------------------------------


def _threshold(what: str, measure: str, dim: str, least: int) -> Sampler:
    def sample(ctx: Ctx, rng: Random) -> Sample | None:
        p = ctx.period(rng, ("year", "half", "quarter", "month", "relative"))
        op = rng.choice(("gt", "ge", "lt", "le"))
        values = sorted(v for _, v in ctx.q(oracle.by_dimension, measure, dim, p.start, p.end))
        if len(values) < 4:
            return None
        # aim at a cut that keeps between one and about a quarter of the members
        share = rng.uniform(0.05, 0.3)
        k = max(0, min(len(values) - 1, int(len(values) * share)))
        pivot = values[-1 - k] if op in ("gt", "ge") else values[k]
        x = nice(float(pivot), rng)
        if x < least:
            return None
        if measure == "revenue" and any(abs(v - x) < 0.01 for v in values):
            return None
        ans = ctx.q(oracle.threshold, what, op, x, p.start, p.end)
        if not ans or len(ans) > 25 or len(ans) == len(values):
            return None
        return Sample({"period": p, "x": x}, ans, choices={"op": op})

    return sample


family("threshold_customer_revenue")(_threshold("customer_revenue", "revenue", "customer", 100))
family("threshold_product_units")(_threshold("product_units", "units", "product", 5))
family("threshold_customer_orders")(_threshold("customer_orders", "orders", "customer", 2))


# -- absence -------------------------------------------------------------------------------


@family("no_orders_country")
def _no_orders_country(ctx: Ctx, rng: Random) -> Sample | None:
    n = rng.choice(ctx.customer_countries)
    p = ctx.period(rng, ("year", "half", "quarter", "month", "relative"))
    ans = ctx.q(oracle.customers_without_orders, p.start, p.end, country=n)
    return Sample({"country": n, "period": p}, ans) if ans else None


@family("no_orders_period")
def _no_orders_period(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng, ("year", "half", "quarter", "relative"))
    ans = ctx.q(oracle.customers_without_orders, p.start, p.end)
    return Sample({"period": p}, ans) if ans and len(ans) <= 40 else None


@family("never_ordered_category_country")
def _never_ordered_category_country(ctx: Ctx, rng: Random) -> Sample | None:
    k, n = _category(ctx, rng), rng.choice(ctx.customer_countries)
    slots: dict[str, Any] = {"category": k, "country": n}
    kw: dict[str, Any] = {}
    if rng.random() < 0.4:
        p = ctx.period(rng, ("year", "half"))
        slots["period"] = p
        kw = {"start": p.start, "end": p.end}
    ans = ctx.q(oracle.products_not_ordered, country=n, category_id=k.id, **kw)
    every = ctx.q(oracle.count_products, k.id)[0][0]
    if not ans or (len(ans) == every and rng.random() < 0.7):
        return None
    return Sample(slots, ans)


@family("never_ordered_period")
def _never_ordered_period(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng, ("year", "half", "quarter", "month", "relative"))
    slots: dict[str, Any] = {"period": p}
    kw: dict[str, Any] = {}
    if rng.random() < 0.5:
        slots["category"] = _category(ctx, rng)
        kw["category_id"] = slots["category"].id
    ans = ctx.q(oracle.products_not_ordered, start=p.start, end=p.end, **kw)
    return Sample(slots, ans) if ans and len(ans) <= 40 else None


# -- best or worst month or quarter --------------------------------------------------------


@family("best_bucket")
def _best_bucket(ctx: Ctx, rng: Random) -> Sample | None:
    bucket = rng.choice(("month", "quarter"))
    measure = rng.choice(("revenue", "orders", "units"))
    direction = rng.choice(("top", "bottom"))
    year = rng.choice(ctx.years)
    start, end = date(year, 1, 1), date(year, 12, 31)
    order = "desc" if direction == "top" else "asc"
    ranking = ctx.q(oracle.by_dimension, measure, bucket, start, end, order=order)
    if len(ranking) < 2 or _tied(ranking, 1):
        return None
    if direction == "bottom" and len(ranking) < (12 if bucket == "month" else 4):
        return None  # the worst month of a year with months before the books began, or to come
    choices = {"dim": bucket, "measure": measure, "dir": direction}
    return Sample({"year": year}, [list(ranking[0])], ordered=True, choices=choices)


# -- shares and growth ---------------------------------------------------------------------


@family("share")
def _share(ctx: Ctx, rng: Random) -> Sample | None:
    p = ctx.period(rng)
    if rng.random() < 0.5:
        n = rng.choice(ctx.customer_countries)
        slots: dict[str, Any] = {"country": n, "period": p}
        ans = ctx.q(oracle.share_of_revenue, p.start, p.end, country=n)
    else:
        k = _category(ctx, rng)
        slots = {"category": k, "period": p}
        ans = ctx.q(oracle.share_of_revenue, p.start, p.end, category_id=k.id)
    return Sample(slots, ans) if ans and ans[0][0] else None


@family("growth")
def _growth(ctx: Ctx, rng: Random) -> Sample | None:
    if len(ctx.years) < 2:
        return None
    y1, y2 = sorted(rng.sample(ctx.years, 2))
    how = rng.choice(("pct", "abs"))
    slots: dict[str, Any] = {"year1": y1, "year2": y2}
    if rng.random() < 0.5:
        slots["category"] = k = _category(ctx, rng)
        a, b = ctx.q(oracle.revenue_two_years, y1, y2, category_id=k.id)
        ans = ctx.q(oracle.growth, y1, y2, how, category_id=k.id)
    else:
        slots["customer"] = c = _customer(ctx, rng)
        a, b = ctx.q(oracle.revenue_two_years, y1, y2, customer_id=c.id)
        ans = ctx.q(oracle.growth, y1, y2, how, customer_id=c.id)
    if not a or not b or not ans:
        return None
    years = "adjacent" if y2 == y1 + 1 else "apart"  # YoY / 同比 only for adjacent years
    return Sample(slots, ans, choices={"how": how, "years": years})


# --------------------------------------------------------------------------------------------
# Templates and composition


def templates(split: str) -> dict[str, dict[str, list[Template]]]:
    """The split's templates by family and language, each with its id."""
    source, prefix = SOURCES[split], PREFIXES[split]
    out: dict[str, dict[str, list[Template]]] = {}
    for fam, by_lang in source.items():
        out[fam] = {}
        for lang, items in by_lang.items():
            out[fam][lang] = [
                Template(t.text, t.when, f"{prefix}.{fam}.{lang}.{i:02d}")
                for i, t in enumerate(items, start=1)
            ]
    return out


def fits(t: Template, s: Sample) -> bool:
    """A template fits a sample when it names exactly the sample's slots and its conditions
    hold for the sample's choices. A condition on "period" (a relative period's key, e.g.
    period="this_year") stands for the period slot: "YTD revenue" words only this year."""
    when = dict(t.when)
    named = t.entity_slots() | ({"period"} if "period" in when else set())
    if named != set(s.slots):
        return False
    names = set(t.slots())
    if "measure" in names and "measure" not in s.choices:
        return False
    if names & {"dim", "dims"} and "dim" not in s.choices:
        return False
    if s.choices.get("active") == "some" and ("active", "some") not in t.when:
        return False  # said of every member, the words would count the inactive ones too
    period = s.slots.get("period")
    return all(
        (period.key if k == "period" and isinstance(period, Period) else s.choices.get(k)) == v
        for k, v in t.when
    )


def _items_for(
    ctx: Ctx,
    fam: str,
    split: str,
    tpls: dict[str, list[Template]],
    per_family: int,
    seed: int,
    seen: set[str],
) -> list[dict[str, Any]]:
    rng = Random(f"{seed}/{split}/{fam}")
    sampler = FAMILIES[fam]
    used: Counter[str] = Counter()
    out: list[dict[str, Any]] = []
    for i in range(per_family):
        lang = LANGS[i % 2]
        for _attempt in range(80):
            s = sampler(ctx, rng)
            if s is None:
                continue
            fitting = [t for t in tpls[lang] if fits(t, s)]
            if not fitting:
                continue
            least = min(used[t.id] for t in fitting)
            t = rng.choice([t for t in fitting if used[t.id] == least])
            question = render(t, s.slots, s.choices, lang, rng)
            if question in seen:
                continue
            seen.add(question)
            used[t.id] += 1
            out.append(
                {
                    "id": "",
                    "lang": lang,
                    "question": question,
                    "answer": s.answer,
                    "ordered": s.ordered,
                    "kind": fam,
                    "split": split,
                    "template": t.id,
                }
            )
            break
    return out


def generate(
    engine: Engine,
    as_of: date,
    per_family: int = 30,
    seed: int = 0,
    split: str = "all",
) -> list[dict[str, Any]]:
    """Questions with gold answers: per family and split, per_family items alternating
    English and Chinese. The same engine, as_of and seed always give the same items."""
    splits = SPLITS if split == "all" else (split,)
    if any(sp not in SPLITS for sp in splits):
        raise ValueError(f"split must be one of {', '.join(SPLITS)} or all, not {split!r}")
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    with engine.connect() as conn:
        ctx = Ctx(conn, as_of)
        for sp in splits:
            tpls = templates(sp)
            for fam in FAMILIES:
                items.extend(_items_for(ctx, fam, sp, tpls[fam], per_family, seed, seen))
    for n, item in enumerate(items, start=1):
        sep = "-" if len(PREFIXES[item["split"]]) > 1 else ""
        item["id"] = f"gen-{PREFIXES[item['split']]}{sep}{n:05d}"
    return items


WHEN_KEYS = {"measure", "dim", "dir", "op", "how", "disc", "active", "years", "period"}
# The keys a period condition may name: those of the relative periods ("this_year"...).
RELATIVE_KEYS = {p.key for p in relative_periods(date(2000, 6, 15))}


def check_templates() -> list[str]:
    """Problems with the template files: families or languages without templates, slots
    the vocabulary does not know, conditions no sampler sets, and a text that two templates
    share, in one split or across splits (named by id only: held-out texts stay unshown)."""
    problems = []
    first_id: dict[str, str] = {}
    for sp in SPLITS:
        tpls = templates(sp)
        for by_lang in tpls.values():
            for ts in by_lang.values():
                for t in ts:
                    if t.text in first_id:
                        problems.append(f"{t.id}: same text as {first_id[t.text]}")
                    first_id.setdefault(t.text, t.id)
                    unknown_when = {k for k, _ in t.when} - WHEN_KEYS
                    if unknown_when:
                        problems.append(f"{t.id}: unknown conditions {sorted(unknown_when)}")
                    when = dict(t.when)
                    if "period" in when and when["period"] not in RELATIVE_KEYS:
                        problems.append(f"{t.id}: unknown period {when['period']!r}")
        for fam in FAMILIES:
            for lang in LANGS:
                if not tpls.get(fam, {}).get(lang):
                    problems.append(f"{sp}: no {lang} templates for {fam}")
        for fam in tpls:
            if fam not in FAMILIES:
                problems.append(f"{sp}: templates for unknown family {fam}")
            for ts in tpls[fam].values():
                for t in ts:
                    unknown = t.entity_slots() - ENTITY_SLOTS
                    if unknown:
                        problems.append(f"{t.id}: unknown slots {sorted(unknown)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--as-of", default="1998-05-06", type=date.fromisoformat)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--per-family", default=30, type=int)
    ap.add_argument("--seed", default=0, type=int)
    ap.add_argument("--split", default="all", choices=(*SPLITS, "all"))
    args = ap.parse_args(argv)
    problems = check_templates()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    started = time.perf_counter()
    engine = create_engine(args.database_url)
    items = generate(engine, args.as_of, args.per_family, args.seed, args.split)
    engine.dispose()
    with args.out.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    by = Counter((i["split"], i["lang"]) for i in items)
    fams = Counter(i["kind"] for i in items)
    short = {
        f: k
        for f, k in fams.items()
        if k < args.per_family * (len(SPLITS) if args.split == "all" else 1)
    }
    print(
        f"{len(items)} items in {time.perf_counter() - started:.1f} s -> {args.out} "
        f"({', '.join(f'{s}/{lang}: {k}' for (s, lang), k in sorted(by.items()))})",
        file=sys.stderr,
    )
    if short:
        print(f"families with fewer items than asked: {short}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
