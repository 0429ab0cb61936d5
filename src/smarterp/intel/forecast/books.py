"""Demand history from the books and the forecasts stored back for the API and web to show.

History is what customers asked for: confirmed and done sales order lines by order date, less
what they returned, for active stockable products that are not discontinued. A day that starts
with no stock and sells nothing says nothing about demand (nobody could buy), so it is censored
and filled with the product's mean demand on days when it was in stock, not counted as zero.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session, aliased

from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory.models import Location, LocationKind, MoveState, StockMove
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, SalesState
from smarterp.intel.forecast.models import DemandForecast

PERIOD_RULE = {"D": "D", "W": "W-MON", "M": "MS"}


@dataclass
class BooksHistory:
    frame: pd.DataFrame  # unique_id (SKU), ds (period start), y (units)
    product_ids: dict[str, int]
    censored_days: dict[str, int]


def daily_demand(
    session: Session, today: date | None = None, product_ids: Collection[int] | None = None
) -> pd.DataFrame:
    """Units ordered per product and day (returns netted out), before censoring; every
    product, or only `product_ids`."""
    net = SalesOrderLine.quantity - SalesOrderLine.qty_returned
    stmt = (
        select(Product.sku, Product.id, SalesOrder.order_date, func.sum(net))
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Product, Product.id == SalesOrderLine.product_id)
        .where(SalesOrder.state.in_([SalesState.CONFIRMED, SalesState.DONE]))
        .where(Product.active.is_(True), Product.discontinued.is_(False))
        .where(Product.type == ProductType.STOCKABLE)
        .group_by(Product.sku, Product.id, SalesOrder.order_date)
    )
    if today is not None:
        stmt = stmt.where(SalesOrder.order_date < today)
    if product_ids is not None:
        stmt = stmt.where(Product.id.in_(list(product_ids)))
    rows = session.execute(stmt).all()
    frame = pd.DataFrame(rows, columns=["sku", "product_id", "day", "units"])
    frame["units"] = frame["units"].astype(float)
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def stock_at_day_start(session: Session, product_ids: list[int]) -> pd.DataFrame:
    """Net units entering internal locations per product and day (from done moves)."""
    src, dst = aliased(Location), aliased(Location)
    inbound = case((dst.kind == LocationKind.INTERNAL, StockMove.quantity), else_=0)
    outbound = case((src.kind == LocationKind.INTERNAL, StockMove.quantity), else_=0)
    stmt = (
        select(StockMove.product_id, StockMove.date, func.sum(inbound - outbound))
        .join(src, src.id == StockMove.from_location_id)
        .join(dst, dst.id == StockMove.to_location_id)
        .where(StockMove.state == MoveState.DONE, StockMove.product_id.in_(product_ids))
        .group_by(StockMove.product_id, StockMove.date)
    )
    frame = pd.DataFrame(session.execute(stmt).all(), columns=["product_id", "day", "net"])
    frame["net"] = frame["net"].astype(float)
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def check_day(day: date) -> date:
    """Refuse days no ledger reaches (pandas dates end in 2262) with a clear message."""
    if not date(1900, 1, 2) <= day <= date(2200, 1, 1):
        raise InvalidInput("date", f"{day} is outside 1900-2200")
    return day


def demand_history(
    session: Session,
    freq: str = "W",
    today: date | None = None,
    product_ids: Collection[int] | None = None,
) -> BooksHistory:
    """Long frame of demand per product at frequency D|W|M, complete periods only; every
    product, or only `product_ids` (the same numbers, as censoring is per product)."""
    today = check_day(today or date.today())
    sales = daily_demand(session, today, product_ids)
    if sales.empty:
        raise InvalidInput("sales", "no confirmed sales of active stockable products to learn from")
    ids = dict(zip(sales.sku, sales.product_id.astype(int), strict=False))
    moves = stock_at_day_start(session, list(ids.values()))
    last_day = pd.Timestamp(today - timedelta(days=1))
    daily, censored_days = _censored_daily(sales, moves, ids, last_day)
    frame = _aggregate(daily, freq, last_day)
    return BooksHistory(frame=frame, product_ids=ids, censored_days=censored_days)


def _censored_daily(
    sales: pd.DataFrame, moves: pd.DataFrame, ids: dict[str, int], last_day: pd.Timestamp
) -> tuple[pd.DataFrame, dict[str, int]]:
    """Demand per product and day from its first sale to `last_day`, with the days that
    started out of stock and sold nothing filled with its mean on the other days. One pass
    over all products at once (a loop per product cost most of a planning page's time)."""
    first = sales.groupby("sku")["day"].min()
    lengths = ((last_day - first).dt.days + 1).clip(lower=0).to_numpy()
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    offsets = pd.to_timedelta(np.arange(int(lengths.sum())) - starts, unit="D")
    grid = pd.DataFrame(
        {
            "sku": np.repeat(first.index.to_numpy(), lengths),
            "day": np.repeat(first.to_numpy(), lengths) + offsets,
        }
    )
    grid["product_id"] = grid["sku"].map(ids).astype("int64")
    units = sales.groupby(["sku", "day"], as_index=False)["units"].sum()
    grid = grid.merge(units, on=["sku", "day"], how="left")
    demand = grid["units"].fillna(0.0).to_numpy(dtype=float)

    # Stock at the start of a day: every move before that day (moves before the first
    # sale give the opening position).
    stocked = grid["product_id"].isin(set(moves["product_id"])).to_numpy()
    net = moves.groupby(["product_id", "day"], as_index=False)["net"].sum()
    net["start"] = net.groupby("product_id")["net"].cumsum()
    order = grid.sort_values("day", kind="stable").index
    before = pd.merge_asof(
        grid.loc[order, ["day", "product_id"]],
        net[["day", "product_id", "start"]].sort_values("day", kind="stable"),
        on="day",
        by="product_id",
        allow_exact_matches=False,
    )
    start = np.empty(len(grid))
    # Quantities carry three decimals: round away the float dust of the running sum, so
    # stock that came back to exactly zero reads as zero.
    start[order.to_numpy()] = before["start"].fillna(0.0).round(6).to_numpy()
    censored = stocked & (start <= 0) & (demand == 0)

    per_sku = pd.DataFrame({"sku": grid["sku"], "censored": censored, "y": demand})
    counts = per_sku.groupby("sku")["censored"].agg(["sum", "size"])
    seen = per_sku[~per_sku["censored"]].groupby("sku")["y"].mean()
    fill = per_sku["sku"].map(seen).to_numpy(dtype=float)
    partly = per_sku["sku"].map((counts["sum"] > 0) & (counts["sum"] < counts["size"]))
    filled = np.where(censored & partly.to_numpy(dtype=bool), fill, demand)
    daily = pd.DataFrame({"unique_id": grid["sku"].astype(str), "day": grid["day"], "y": filled})
    with_moves = set(grid.loc[stocked, "sku"])
    censored_days = {str(k): int(v) for k, v in counts["sum"].items() if k in with_moves}
    return daily, censored_days


def _aggregate(daily: pd.DataFrame, freq: str, last_day: pd.Timestamp) -> pd.DataFrame:
    code = freq.upper()
    if code not in PERIOD_RULE:
        raise InvalidInput("freq", f"{freq!r} is not one of D, W, M")
    if code == "D":
        return daily.rename(columns={"day": "ds"})[["unique_id", "ds", "y"]]
    periods = daily["day"].dt.to_period("W-SUN" if code == "W" else "M")
    daily = daily.assign(ds=periods.dt.start_time)
    out = daily.groupby(["unique_id", "ds"], as_index=False)["y"].sum()
    # The period still running is incomplete: leave it out rather than forecast from a dip.
    current_start = last_day.to_period("W-SUN" if code == "W" else "M")
    if current_start.end_time.normalize() != last_day.normalize():
        out = out[out.ds < current_start.start_time]
    return out.reset_index(drop=True)


def store_forecasts(
    session: Session,
    forecasts: pd.DataFrame,
    methods: pd.DataFrame,
    product_ids: dict[str, int],
    freq: str,
) -> str:
    """Replace each product's stored forecast with this run's; returns the run id."""
    run_id = str(uuid.uuid4())
    method_of = methods.set_index("unique_id")
    touched = sorted({product_ids[sku] for sku in forecasts.unique_id.unique()})
    if touched:
        session.execute(delete(DemandForecast).where(DemandForecast.product_id.in_(touched)))
    for values in forecasts.to_dict("records"):
        sku = str(values["unique_id"])
        session.add(
            DemandForecast(
                run_id=run_id,
                product_id=product_ids[sku],
                freq=freq.upper(),
                ds=pd.Timestamp(values["ds"]).date(),
                yhat=float(values["yhat"]),
                yhat_lo_80=_finite(values.get("yhat-lo-80")),
                yhat_hi_80=_finite(values.get("yhat-hi-80")),
                yhat_lo_95=_finite(values.get("yhat-lo-95")),
                yhat_hi_95=_finite(values.get("yhat-hi-95")),
                method=str(method_of.at[sku, "method"]),
                demand_class=str(method_of.at[sku, "demand_class"]),
            )
        )
    session.flush()
    return run_id


def _finite(value: object) -> float | None:
    if value is None:
        return None
    number = float(str(value))
    return number if np.isfinite(number) else None


def stored_forecasts(session: Session, product_id: int) -> list[DemandForecast]:
    """The latest stored forecast of one product, in date order."""
    stmt = (
        select(DemandForecast)
        .where(DemandForecast.product_id == product_id)
        .order_by(DemandForecast.ds)
    )
    return list(session.scalars(stmt))


def product_history(session: Session, product_id: int, freq: str, today: date) -> pd.DataFrame:
    """One product's demand per complete period (ds, y) as the forecast sees it: what the web
    page draws next to the stored forecast. Empty when it has no sales before `today`."""
    try:
        history = demand_history(session, freq, today, product_ids=[product_id])
    except InvalidInput:
        return pd.DataFrame({"ds": pd.Series(dtype="datetime64[ns]"), "y": pd.Series(dtype=float)})
    return history.frame[["ds", "y"]].reset_index(drop=True)


def forecast_from_books(
    session: Session,
    horizon: int,
    freq: str = "W",
    levels: tuple[int, ...] = (80, 95),
    today: date | None = None,
    n_jobs: int = 1,
) -> tuple[str, pd.DataFrame, pd.DataFrame]:
    """Forecast every product's demand, store it, return (run id, forecasts, methods)."""
    from smarterp.intel.forecast.engine import forecast

    history = demand_history(session, freq, today)
    result = forecast(history.frame, horizon, freq, tuple(levels), n_jobs=n_jobs)
    run_id = store_forecasts(session, result.forecasts, result.methods, history.product_ids, freq)
    return run_id, result.forecasts, result.methods
