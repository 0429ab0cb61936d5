"""Prices and discounts far from a product's and a customer's usual, and eroding margins."""

from __future__ import annotations

import bisect
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product, SupplierInfo
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseOrderLine, PurchaseState
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, SalesState
from smarterp.intel.watch.findings import Finding, Scope, robust_z, severity_for

# A price is compared with this many lines of the same product nearest in time, so a price
# that changed last month is compared with its new level, not with a two-year median.
NEIGHBOURS = 12
MIN_REFERENCE = 5
# Robust z is measured on log prices; this floor (about 5%) keeps products sold at one fixed
# price from turning every small difference into a huge z.
LOG_PRICE_FLOOR = 0.05
MIN_PRICE_GAP = 0.20  # and the price must be at least 20% away from the usual
CUSTOMER_PRICE_TOLERANCE = 0.10  # a customer's own agreed price is their usual
DISCOUNT_YEAR = 365
PROMOTION_DAYS = 45  # a promotion's other lines lie within this many days
COMPANY_REPEAT_SHARE = 0.02  # a company-wide level is granted on 2% of discounted lines


@dataclass(frozen=True)
class PricedLine:
    doc: str
    day: date
    product_id: int
    sku: str
    partner_id: int
    partner: str
    price: float  # in the company currency
    discount: float


def _sales_lines(scope: Scope) -> list[PricedLine]:
    if "sales_lines" not in scope.cache:
        rows = scope.session.execute(
            select(
                SalesOrder.number,
                SalesOrder.order_date,
                SalesOrderLine.product_id,
                Product.sku,
                SalesOrder.customer_id,
                Partner.name,
                SalesOrderLine.unit_price * SalesOrder.exchange_rate,
                SalesOrderLine.discount,
            )
            .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
            .join(Product, Product.id == SalesOrderLine.product_id)
            .join(Partner, Partner.id == SalesOrder.customer_id)
            .where(SalesOrder.state != SalesState.CANCELLED)
            .order_by(SalesOrder.order_date, SalesOrderLine.id)
        )
        scope.cache["sales_lines"] = [
            PricedLine(n, d, p, s, c, name, float(pr), float(dc or 0))
            for n, d, p, s, c, name, pr, dc in rows
        ]
    lines: list[PricedLine] = scope.cache["sales_lines"]
    return lines


def _purchase_lines(scope: Scope) -> list[PricedLine]:
    rows = scope.session.execute(
        select(
            PurchaseOrder.number,
            PurchaseOrder.order_date,
            PurchaseOrderLine.product_id,
            Product.sku,
            PurchaseOrder.supplier_id,
            Partner.name,
            PurchaseOrderLine.unit_price * PurchaseOrder.exchange_rate,
        )
        .join(PurchaseOrderLine, PurchaseOrderLine.order_id == PurchaseOrder.id)
        .join(Product, Product.id == PurchaseOrderLine.product_id)
        .join(Partner, Partner.id == PurchaseOrder.supplier_id)
        .where(PurchaseOrder.state != PurchaseState.CANCELLED)
        .order_by(PurchaseOrder.order_date, PurchaseOrderLine.id)
    )
    return [PricedLine(n, d, p, s, c, name, float(pr), 0.0) for n, d, p, s, c, name, pr in rows]


def _nearest(lines: list[PricedLine], days: list[int], i: int, k: int) -> list[PricedLine]:
    """The k lines nearest in time to lines[i] (itself left out)."""
    lo, hi = i - 1, i + 1
    out: list[PricedLine] = []
    while len(out) < k and (lo >= 0 or hi < len(lines)):
        take_lo = hi >= len(lines) or (lo >= 0 and days[i] - days[lo] <= days[hi] - days[i])
        if take_lo:
            out.append(lines[lo])
            lo -= 1
        else:
            out.append(lines[hi])
            hi += 1
    return out


def _price_findings(
    scope: Scope, lines: list[PricedLine], side: str, catalogue: dict[tuple[int, int], float]
) -> list[Finding]:
    by_product: dict[int, list[PricedLine]] = {}
    for ln in lines:
        if ln.price > 0:
            by_product.setdefault(ln.product_id, []).append(ln)
    found: dict[str, Finding] = {}
    for product_lines in by_product.values():
        days = [ln.day.toordinal() for ln in product_lines]
        start = bisect.bisect_left(days, scope.recent_from.toordinal())
        for i in range(start, len(product_lines)):
            ln = product_lines[i]
            reference = _nearest(product_lines, days, i, NEIGHBOURS)
            if len(reference) >= MIN_REFERENCE:
                z, med, _scale = robust_z(
                    math.log(ln.price), [math.log(r.price) for r in reference], LOG_PRICE_FLOOR
                )
                usual = math.exp(med)
                basis = f"{len(reference)} {side} lines of {ln.sku} nearest in time"
            else:
                # Too few lines to know the usual: the price list (the product's sale price,
                # the supplier's price) is the usual.
                listed = catalogue.get((ln.product_id, ln.partner_id)) or catalogue.get(
                    (ln.product_id, 0)
                )
                if not listed:
                    continue
                usual = listed
                z = math.log(ln.price / usual) / LOG_PRICE_FLOOR
                basis = f"the listed {side} price of {ln.sku} (few {side} lines to compare with)"
            gap = ln.price / usual - 1
            if abs(gap) < MIN_PRICE_GAP:
                continue
            own = [r.price for r in product_lines if r.partner_id == ln.partner_id and r is not ln]
            if len(own) >= 2 and (
                abs(statistics.median(own) / ln.price - 1) <= CUSTOMER_PRICE_TOLERANCE
            ):
                continue  # this partner's own price, paid before: agreed, not an error
            score = abs(z)
            finding = Finding(
                kind="price_outlier",
                severity=severity_for(score, 6, 10),
                records=[ln.doc, ln.sku],
                summary=(
                    f"{ln.sku} on {ln.doc} at {ln.price:.2f} is {abs(gap):.0%} "
                    f"{'above' if gap > 0 else 'below'} its usual {side} price {usual:.2f}"
                ),
                evidence={
                    "document": ln.doc,
                    "sku": ln.sku,
                    "partner": ln.partner,
                    "date": ln.day.isoformat(),
                    "side": side,
                    "unit_price": f"{ln.price:.2f}",
                    "usual_price": f"{usual:.2f}",
                    "difference": f"{gap:+.1%}",
                    "robust_z": round(z, 1),
                    "compared_with": basis,
                    "why": "the price is far from what the product sold or was bought for "
                    "around the same time, in robust standard deviations (median and MAD)",
                },
                score=score,
            )
            kept = found.get(finding.key)
            if kept is None or kept.score < finding.score:
                found[finding.key] = finding
    return list(found.values())


def _catalogues(scope: Scope) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
    """Listed prices: (product, 0) -> sale price; (product, supplier) -> the supplier's price,
    and (product, 0) -> the main supplier's."""
    sale: dict[tuple[int, int], float] = {}
    bought: dict[tuple[int, int], float] = {}
    for product_id, sale_price in scope.session.execute(select(Product.id, Product.sale_price)):
        if sale_price:
            sale[(product_id, 0)] = float(sale_price)
    rows = scope.session.execute(
        select(SupplierInfo.product_id, SupplierInfo.supplier_id, SupplierInfo.price).order_by(
            SupplierInfo.product_id, SupplierInfo.sequence.desc(), SupplierInfo.id.desc()
        )
    )
    for product_id, supplier_id, listed in rows:
        if listed:
            bought[(product_id, supplier_id)] = float(listed)
            bought[(product_id, 0)] = float(listed)  # the last written is the main supplier
    return sale, bought


def price_outliers(scope: Scope) -> list[Finding]:
    sale, bought = _catalogues(scope)
    return _price_findings(scope, _sales_lines(scope), "sales", sale) + _price_findings(
        scope, _purchase_lines(scope), "purchase", bought
    )


def _repeated_max(discounts: list[float], times: float) -> float:
    """The largest discount granted on at least `times` lines: a policy (a promotion, a
    customer's terms) repeats, a one-off cut does not."""
    counts = Counter(d for d in discounts if d > 0)
    repeated = [d for d, n in counts.items() if n >= times]
    return max(repeated, default=0.0)


def discount_outliers(scope: Scope) -> list[Finding]:
    """A discount well beyond what is granted repeatedly: by the company at large, on this
    product around the same time (a promotion), or to this customer (its terms)."""
    lines = _sales_lines(scope)
    year_from = scope.as_of - timedelta(days=DISCOUNT_YEAR)
    year = [ln for ln in lines if ln.day >= year_from]
    nonzero = [ln.discount for ln in year if ln.discount > 0]
    company_usual = _repeated_max(nonzero, max(3, COMPANY_REPEAT_SHARE * len(nonzero)))
    by_product: dict[int, list[PricedLine]] = {}
    by_customer: dict[int, list[PricedLine]] = {}
    for ln in year:
        by_product.setdefault(ln.product_id, []).append(ln)
        by_customer.setdefault(ln.partner_id, []).append(ln)
    found: dict[str, Finding] = {}
    for ln in year:
        if ln.day < scope.recent_from or ln.discount <= 0:
            continue
        near = [
            r.discount
            for r in by_product[ln.product_id]
            if r is not ln and abs((r.day - ln.day).days) <= PROMOTION_DAYS
        ]
        product_usual = _repeated_max(near, 2)
        customer_usual = _repeated_max(
            [r.discount for r in by_customer[ln.partner_id] if r is not ln], 3
        )
        usual = max(company_usual, product_usual, customer_usual)
        # Points above the usual, rounded so that 35% over a usual 25% is 10 points, not
        # the 9.999... binary floating point makes of it.
        score = round((ln.discount - usual) * 100, 6)
        if score <= 0:
            continue
        finding = Finding(
            kind="discount_outlier",
            severity=severity_for(score, 15, 30),
            records=[ln.doc, ln.sku],
            summary=(
                f"{ln.discount:.0%} off {ln.sku} for {ln.partner} on {ln.doc}; the most usually "
                f"given is {usual:.0%}"
            ),
            evidence={
                "document": ln.doc,
                "sku": ln.sku,
                "customer": ln.partner,
                "date": ln.day.isoformat(),
                "discount": f"{ln.discount:.2%}",
                "usual_for_company": f"{company_usual:.2%}",
                "usual_for_product_then": f"{product_usual:.2%}",
                "usual_for_customer": f"{customer_usual:.2%}",
                "points_above_usual": round(score, 1),
                "why": "beyond any discount granted repeatedly over the past year: by the "
                f"company, on this product within {PROMOTION_DAYS} days, or to this customer",
            },
            score=score,
        )
        kept = found.get(finding.key)
        if kept is None or kept.score < finding.score:
            found[finding.key] = finding
    return list(found.values())


# Margin: the product's margin at today's cost and price against what it earned over the past
# year (revenue and cost of goods sold booked for it).
MARGIN_BASE_DAYS = 365
MIN_BASE_REVENUE = Decimal(200)


def margin_erosion(scope: Scope) -> list[Finding]:
    session = scope.session
    revenue = accounting.account_for_role(session, "revenue").id
    cogs = accounting.account_for_role(session, "cogs").id
    since = scope.as_of - timedelta(days=MARGIN_BASE_DAYS)
    rows = session.execute(
        select(
            JournalLine.product_id,
            JournalLine.account_id,
            func.sum(JournalLine.credit - JournalLine.debit),
        )
        .where(
            JournalLine.account_id.in_([revenue, cogs]),
            JournalLine.product_id.is_not(None),
            JournalLine.posted.is_(True),
            JournalLine.date >= since,
            JournalLine.date <= scope.as_of,
        )
        .group_by(JournalLine.product_id, JournalLine.account_id)
    )
    booked: dict[int, dict[int, Decimal]] = {}
    for product_id, account_id, amount in rows:
        if product_id is None:
            continue
        booked.setdefault(product_id, {})[account_id] = Decimal(amount or 0)
    found: list[Finding] = []
    for product in session.scalars(select(Product).where(Product.id.in_(list(booked)))):
        sold = booked[product.id].get(revenue, Decimal(0))
        cost_of_sales = -booked[product.id].get(cogs, Decimal(0))
        if sold < MIN_BASE_REVENUE or product.sale_price <= 0 or cost_of_sales <= 0:
            continue
        usual = float(1 - cost_of_sales / sold)
        now = float(1 - product.cost / product.sale_price)
        drop = usual - now
        score = drop * 100  # margin points lost
        if usual <= 0 or now >= usual * 0.75 or score <= 0:
            continue
        found.append(
            Finding(
                kind="margin_erosion",
                severity=severity_for(score, 15, 25),
                records=[product.sku],
                summary=(
                    f"{product.sku} earns {now:.0%} at today's cost {product.cost} and price "
                    f"{product.sale_price}; it earned {usual:.0%} over the past year"
                ),
                evidence={
                    "sku": product.sku,
                    "cost_now": str(product.cost),
                    "price_now": str(product.sale_price),
                    "margin_now": f"{now:.1%}",
                    "margin_past_year": f"{usual:.1%}",
                    "revenue_past_year": str(sold),
                    "cost_of_sales_past_year": str(cost_of_sales),
                    "points_lost": round(score, 1),
                    "why": "cost rose (or the price fell) and the margin at today's cost and "
                    "price is well below what the product earned over the past year",
                },
                score=score,
            )
        )
    return found
