"""The cash that sales and purchases not yet made will bring: the stored demand forecast sold
at list prices and collected after the customers' usual delay, and the replenishment plan run
forward week by week over that forecast, paid on each supplier's terms."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.money import money, qty
from smarterp.erp.accounting.models import Tax
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.intel.finance.cash_schemas import CashLine
from smarterp.intel.finance.cash_words import reason
from smarterp.intel.finance.payment_habits import MIN_PAID, CollectionDelay
from smarterp.intel.forecast.models import DemandForecast
from smarterp.intel.planning.policy import round_order_qty
from smarterp.intel.planning.replenish import ProductPlan, plan


@dataclass
class Horizon:
    start: date  # the outlook's first day
    weeks: int

    @property
    def end(self) -> date:
        """The day after the last week."""
        return self.start + timedelta(days=7 * self.weeks)

    def week_of(self, day: date) -> int:
        """0-based week a day falls in (before the start: the first week)."""
        return max(0, (day - self.start).days // 7)


@dataclass
class DailyDemand:
    """A product's forecast units per day over the horizon, and which run said so."""

    units: dict[date, float]
    run_id: str
    freq: str
    method: str


def _period_days(freq: str, ds: date) -> int:
    if freq == "D":
        return 1
    if freq == "M":
        return calendar.monthrange(ds.year, ds.month)[1]
    return 7


def forecast_demand(session: Session, horizon: Horizon) -> dict[int, DailyDemand]:
    """The stored forecasts spread evenly over the days of their periods, kept from the
    outlook's first day to its last: days already past are in the books, not the forecast."""
    out: dict[int, DailyDemand] = {}
    start, end = horizon.start, horizon.end
    f = DemandForecast
    stmt = select(f.product_id, f.ds, f.freq, f.yhat, f.run_id, f.method).where(f.ds < end)
    for product_id, ds, freq, yhat, run_id, method in session.execute(stmt):
        length = _period_days(freq, ds)
        per_day = max(yhat, 0.0) / length
        demand = out.setdefault(product_id, DailyDemand({}, run_id, freq, method))
        for i in range(length):
            day = ds + timedelta(days=i)
            if start <= day < end:
                demand.units[day] = demand.units.get(day, 0.0) + per_day
    return {pid: d for pid, d in out.items() if d.units}


def _tax_rates(session: Session) -> dict[str, Decimal]:
    return {code: rate for code, rate in session.execute(select(Tax.code, Tax.rate))}


def _gross(price: Decimal, tax_code: str | None, rates: dict[str, Decimal]) -> Decimal:
    return price * (1 + rates.get(tax_code or "", Decimal(0)))


def forecast_sales(
    session: Session,
    horizon: Horizon,
    demand: dict[int, DailyDemand],
    delay: CollectionDelay,
) -> list[CashLine]:
    """Per product and week of receipt: forecast units x list price with sales tax, each
    day's sales collected `delay.days` later. Receipts after the last week are left out."""
    collection_days = delay.days
    collected = (
        reason("collected_history", days=delay.days, paid=delay.paid_invoices)
        if delay.paid_invoices >= MIN_PAID
        else reason("collected_terms", days=delay.days)
    )
    rates = _tax_rates(session)
    end = horizon.end
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(demand)))}
    lines = []
    for pid, d in sorted(demand.items()):
        product = products.get(pid)
        if product is None or not product.active:
            continue
        unit = _gross(product.sale_price, product.sales_tax_code, rates)
        weeks: dict[int, list[tuple[date, float]]] = defaultdict(list)
        for day, units in sorted(d.units.items()):
            paid = day + timedelta(days=collection_days)
            if paid < end:
                weeks[horizon.week_of(paid)].append((day, units))
        for _week, sold in sorted(weeks.items()):
            sold_units = qty(Decimal(str(sum(u for _, u in sold))))
            amount = money(sold_units * unit)
            if amount == 0:
                continue
            lines.append(
                CashLine(
                    source="forecast_sales",
                    document=product.sku,
                    partner=None,
                    expected_date=sold[0][0] + timedelta(days=collection_days),
                    due_date=None,
                    amount=amount,
                    reasons=[
                        reason(
                            "forecast",
                            freq=d.freq,
                            run=d.run_id[:8],
                            method=d.method,
                            units=sold_units,
                            first=sold[0][0],
                            last=sold[-1][0],
                            unit=money(unit),
                            price=product.sale_price,
                        ),
                        collected,
                    ],
                )
            )
    return lines


def _weekly_demand(p: ProductPlan, d: DailyDemand | None, horizon: Horizon) -> list[float]:
    if d is None:
        return [p.demand_per_day * 7] * horizon.weeks
    weeks = [0.0] * horizon.weeks
    for day, units in d.units.items():
        weeks[horizon.week_of(day)] += units
    return weeks


def forecast_purchases(
    session: Session, horizon: Horizon, demand: dict[int, DailyDemand], default_terms: int
) -> list[CashLine]:
    """The replenishment plan run forward: each week a product's stock position (on hand,
    less reserved, plus on order) falls to its reorder point, an order up to its order-up-to
    level is placed (in packs, at least the minimum), received after the lead time and paid
    on the supplier's terms; the forecast (or the plan's daily demand) lowers the position.
    The first week's orders are the plan's own proposals."""
    rates = _tax_rates(session)
    plans = [p for p in plan(session, horizon.start) if p.demand_per_day > 0]
    suppliers = {
        pid: (name, terms)
        for pid, name, terms in session.execute(
            select(Partner.id, Partner.name, Partner.payment_term_days).where(
                Partner.id.in_({p.supplier_id for p in plans if p.supplier_id})
            )
        )
    }
    products = {
        p.id: p
        for p in session.scalars(select(Product).where(Product.id.in_(p.product_id for p in plans)))
    }
    lines = []
    for p in plans:
        product = products[p.product_id]
        price = p.unit_price if p.unit_price is not None else product.cost
        unit = _gross(price, product.purchase_tax_code, rates)
        name, terms = suppliers.get(p.supplier_id or 0, (None, default_terms))
        weekly = _weekly_demand(p, demand.get(p.product_id), horizon)
        position = p.position
        for week in range(horizon.weeks):
            if position <= p.reorder_point:
                quantity = round_order_qty(p.order_up_to - position, p.pack_size, p.min_order_qty)
                ordered = horizon.start + timedelta(days=7 * week)
                received = ordered + timedelta(days=round(p.lead_time_days))
                paid = received + timedelta(days=terms)
                if paid < horizon.end:
                    lines.append(
                        CashLine(
                            source="forecast_purchases",
                            document=p.sku,
                            partner_id=p.supplier_id,
                            partner=name,
                            expected_date=paid,
                            due_date=paid,
                            amount=-money(quantity * unit),
                            reasons=[
                                reason(
                                    "replenish",
                                    qty=quantity,
                                    ordered=ordered,
                                    position=qty(position),
                                    reorder_point=p.reorder_point,
                                    order_up_to=p.order_up_to,
                                    pack=p.pack_size,
                                    unit=money(unit),
                                    price=price,
                                ),
                                reason(
                                    "paid_after_lead_time",
                                    lead=round(p.lead_time_days),
                                    terms=terms,
                                ),
                            ],
                        )
                    )
                position += quantity
            position -= Decimal(str(round(weekly[week], 3)))
    return lines
