"""Explaining the demo company's months: the change is the sales report's difference, the
categories' and customers' contributions are the report's rows, the margin is the semantic
layer's, the effects add up and the narrative's figures are the result's."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine

from smarterp.core.db import session_factory
from smarterp.data.demo import build_demo
from smarterp.erp.sales.reports import sales_report
from smarterp.intel.finance.explain import explain, latest_month, preceding_period
from smarterp.intel.semantic.compiler import compile_query
from smarterp.intel.semantic.query import StructuredQuery, TimeRange
from smarterp.intel.semantic.runner import run_compiled
from tests.integration.test_explain import narrative_numbers_check

TODAY = date(2026, 3, 15)


def _report_changes(session, by: str, now: tuple[date, date], before: tuple[date, date]):  # type: ignore[no-untyped-def]
    after = {r.key: r.revenue for r in sales_report(session, *now, by=by).rows}
    for r in sales_report(session, *before, by=by).rows:
        after[r.key] = after.get(r.key, Decimal(0)) - r.revenue
    return {k: v for k, v in after.items()}


def _month(key: str) -> tuple[date, date]:
    first = date(int(key[:4]), int(key[5:7]), 1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _semantic_margin(engine: Engine, period: tuple[date, date]) -> Decimal:
    q = StructuredQuery(
        measures=["gross_margin"], time_range=TimeRange(start=period[0], end=period[1])
    )
    table = run_compiled(engine, compile_query(q, engine.dialect.name, TODAY))
    return Decimal(str(table.rows[0][0]))


def test_explaining_the_demo_companys_months(engine: Engine) -> None:
    build_demo(engine, seed=7, today=TODAY, scale=0.1)
    with session_factory(engine)() as s:
        assert latest_month(s) == (date(2026, 3, 1), date(2026, 3, 31))
        # The last two whole months with sales before the demo's (half) month.
        months = [r.key for r in sales_report(s, by="month").rows if r.key and r.key < "2026-03"]
        feb, jan = (_month(k) for k in (months[-1], months[-2]))
        if int(months[-1][5:]) - int(months[-2][5:]) in (1, -11):
            assert preceding_period(*feb) == jan
        for lang in ("en", "zh"):
            r = explain(s, *feb, *jan, lang=lang)
            e = r.effects
            assert e.price + e.volume + e.mix + e.residue == r.change
            assert abs(e.residue) <= Decimal("0.01")
            before, after = sales_report(s, *jan).total, sales_report(s, *feb).total
            assert (r.base, r.current, r.change) == (before, after, after - before)
            assert {c.name: c.change for c in r.contributions.category} == _report_changes(
                s, "category", feb, jan
            ) or lang == "zh"
            narrative_numbers_check(r)
        customers = _report_changes(s, "customer", feb, jan)
        for c in r.contributions.customer:
            assert customers[c.name] == c.change or c.change == 0
        margin = explain(s, *feb, *jan, measure="margin")
        assert abs(margin.base - _semantic_margin(engine, jan)) <= Decimal("0.01")
        assert abs(margin.current - _semantic_margin(engine, feb)) <= Decimal("0.01")
        narrative_numbers_check(margin)
        # A year against the one before it: the same sums over many more lines.
        year = explain(s, date(2025, 3, 1), date(2026, 2, 28), date(2024, 3, 1), date(2025, 2, 28))
        total = sales_report(s, date(2025, 3, 1), date(2026, 2, 28)).total
        assert year.current == total
        assert (
            year.effects.price + year.effects.volume + year.effects.mix + year.effects.residue
            == (year.change)
        )
