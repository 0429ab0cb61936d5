"""Demand history read from the books and forecasts stored back (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pandas as pd
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.forecast.books import demand_history, forecast_from_books, stored_forecasts
from smarterp.intel.forecast.models import DemandForecast
from tests import factories as f

START = date(2025, 1, 6)  # a Monday
TODAY = date(2025, 5, 26)  # a Monday, 20 weeks later


def sell(session: Session, customer_id: int, product_id: int, qty: int, on: date) -> SalesOrder:
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=customer_id,
            order_date=on,
            lines=[SalesLineIn(product_id=product_id, quantity=Decimal(qty))],
        ),
        allow_discontinued=True,  # history sold before OLD was discontinued
    )
    sales.confirm_order(session, order.id)
    sales.deliver(session, order.id, on)
    return order


def build_history(engine: Engine) -> dict[str, int]:
    """CHAI sells 2-6 units every other day; TOFU sells out on day one and stays empty;
    OLD is discontinued; one CHAI order is partly returned."""
    with unit_of_work(engine, actor="test") as s:
        cust = f.customer(s)
        sup = f.supplier(s)
        chai = f.product(s, "CHAI", stock="1000", supplier_id=sup.id)
        tofu = f.product(s, "TOFU", stock="10", supplier_id=sup.id)
        old = f.product(s, "OLD", stock="100", discontinued=True)
        ids = {"CHAI": chai.id, "TOFU": tofu.id, "OLD": old.id, "customer": cust.id}
        for k in range(0, (TODAY - START).days, 2):
            sell(s, cust.id, chai.id, 2 + k % 5, START + timedelta(days=k))
        sell(s, cust.id, tofu.id, 10, START)
        sell(s, cust.id, old.id, 3, START)
        returned = sell(s, cust.id, chai.id, 10, START + timedelta(days=1))
        line_id = returned.lines[0].id
        sales.return_goods(s, returned.id, {line_id: Decimal(4)}, START + timedelta(days=3))
    return ids


def test_history_nets_returns_skips_discontinued_and_censors_stockouts(engine: Engine) -> None:
    build_history(engine)
    with unit_of_work(engine, actor="test") as s:
        weekly = demand_history(s, "W", TODAY)
        daily = demand_history(s, "D", TODAY)
    frame = weekly.frame
    assert set(frame.unique_id) == {"CHAI", "TOFU"}
    chai = frame[frame.unique_id == "CHAI"]
    assert chai.ds.min() == pd.Timestamp(START)
    assert len(chai) == 20  # complete weeks only
    # First week: sales on days 0, 2, 4, 6 (2+0, 2+2, 2+4, 2+1) and 10 ordered, 4 returned.
    assert chai.y.iloc[0] == 2 + 4 + 6 + 3 + 6
    # TOFU ran out on day one: the empty days are censored, not read as zero demand.
    assert weekly.censored_days["TOFU"] > 100
    tofu_daily = daily.frame[daily.frame.unique_id == "TOFU"]
    assert (tofu_daily.y > 0).all()
    assert daily.censored_days["CHAI"] == 0


def test_forecast_from_books_stores_and_replaces(engine: Engine) -> None:
    ids = build_history(engine)
    for _ in range(2):
        with unit_of_work(engine, actor="test") as s:
            run_id, _frame, methods = forecast_from_books(s, 4, "W", today=TODAY)
    with unit_of_work(engine, actor="test") as s:
        rows = stored_forecasts(s, ids["CHAI"])
        assert len(rows) == 4
        assert {r.run_id for r in rows} == {run_id}
        assert rows[0].ds == TODAY
        assert rows[0].yhat_lo_95 is not None and rows[0].yhat_lo_95 <= rows[0].yhat
        assert 5 < rows[0].yhat < 40  # about 14 units a week
        assert s.scalar(select(func.count()).select_from(DemandForecast)) == 8
    assert set(methods.unique_id) == {"CHAI", "TOFU"}
