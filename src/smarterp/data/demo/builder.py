"""Simulating two years of a trading company through the services, from one random seed."""

from __future__ import annotations

import heapq
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money, price
from smarterp.data.demo import anomalies, inbox, names
from smarterp.data.demo.summary import DemoSummary, summarize
from smarterp.erp.company.service import set_details
from smarterp.erp.crm.schemas import MessageIn
from smarterp.erp.crm.service import log_message
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import Location, LocationKind, MoveState, StockMove, StockQuant
from smarterp.erp.inventory.schemas import CountIn, CountLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner, get_partner
from smarterp.erp.products.models import CostingMethod
from smarterp.erp.products.schemas import ProductIn, ProductUpdate, SupplierInfoIn
from smarterp.erp.products.service import (
    create_product,
    ensure_category,
    get_product,
    set_supplier_info,
    update_product,
)
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseState
from smarterp.erp.purchasing.schemas import BillLineIn, PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesState
from smarterp.erp.sales.people import CarrierIn, SalespersonIn, create_carrier, create_salesperson
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.erp.setup import init_books

Progress = Callable[[int, int, str], None]

COMPANY = "Lotus Harbor Trading Co."
OUR_EMAIL = "sales@lotusharbor.example"
HISTORY_DAYS = 728  # 104 weeks
ORDERS_PER_WEEK = 3.6  # at scale 1, at the start; the business grows
MEAN_LINES = 4.2  # distinct products on an order, on average
DAY_WEIGHTS = [1.25, 1.1, 1.0, 1.0, 1.15, 0.35, 0.15]  # Monday .. Sunday

# Order of work on one day: goods in first, then goods out, then money.
RECEIVE, DELIVER, BILL, PAY_IN, PAY_OUT, RETURN, RETRY_CONFIRM = range(7)


@dataclass
class ProductPlan:
    id: int
    sku: str
    name: str
    name_zh: str
    category: str
    weight: float  # how often customers pick it
    trend: float  # growth per year
    peak_week: int
    swing: float
    line_qty: int  # typical quantity on an order line
    supplier_id: int
    lead_days: int
    reorder_level: Decimal
    reorder_qty: Decimal
    pack: Decimal
    moq: Decimal
    launch_week: int = 0
    discontinue_week: int | None = None
    promo_until: int = -1
    promo_discount: Decimal = ZERO


@dataclass
class PartnerPlan:
    id: int
    name: str
    zh: bool
    email: str
    contact: str
    weight: float = 1.0
    pay_style: str = "normal"  # prompt, normal, late, bad
    salesperson_id: int | None = None
    carrier_id: int | None = None
    late_supplier: float = 0.2
    code: str = ""


@dataclass
class World:
    rng: random.Random
    seed: int
    start: date
    today: date
    scale: float
    products: list[ProductPlan] = field(default_factory=list)
    customers: list[PartnerPlan] = field(default_factory=list)
    suppliers: dict[int, PartnerPlan] = field(default_factory=dict)
    events: list[tuple[date, int, int, dict[str, Any]]] = field(default_factory=list)
    seq: int = 0
    messages: int = 0
    bills: int = 0
    complained: set[int] = field(default_factory=set)
    # Invoices each partner settles in one payment on a day: (day, partner) -> invoice ids.
    payment_runs: dict[tuple[date, int], list[int]] = field(default_factory=dict)
    planted: dict[str, bool] = field(default_factory=dict)
    # The inbox's wording stream, what each incoming message was written to say, chat handles,
    # and how often each customer ordered each product before (for habitual pack names).
    writer: inbox.Writer = field(default_factory=lambda: inbox.Writer(0))
    # Partners' phone numbers and addresses, drawn apart from the business.
    places: random.Random = field(default_factory=random.Random)
    gold: list[dict[str, Any]] = field(default_factory=list)
    handles: dict[int, str] = field(default_factory=dict)
    bought: dict[int, dict[int, int]] = field(default_factory=dict)
    # Mean line quantity relative to a product's typical one, given who orders how much.
    qty_factor: float = 1.0
    # Units ordered per product per week, and the biggest line, as the planner sees them.
    sold: dict[int, list[float]] = field(default_factory=dict)
    biggest: dict[int, float] = field(default_factory=dict)

    def at(self, on: date, kind: int, **data: Any) -> None:
        if on <= self.today:
            self.seq += 1
            heapq.heappush(self.events, (on, kind, self.seq, data))

    def pay(self, on: date, kind: int, partner_id: int, invoice_id: int) -> None:
        run = self.payment_runs.setdefault((on, partner_id), [])
        if not run:
            self.at(on, kind, partner_id=partner_id)
        run.append(invoice_id)

    def week_of(self, on: date) -> int:
        return (on - self.start).days // 7

    def customer(self, partner_id: int) -> PartnerPlan:
        return next(c for c in self.customers if c.id == partner_id)


def build_demo(
    engine: Engine,
    *,
    seed: int = 42,
    today: date | None = None,
    scale: float = 1.0,
    progress: Progress | None = None,
    history_days: int = HISTORY_DAYS,
    gold_path: Path | None = None,
) -> DemoSummary:
    """Build the demo company into an empty database and return what the books now hold.

    `progress(done, total, label)` is called after each simulated week; `history_days`
    shortens the history (tests), and must leave at least 60 days for the planted events.
    `gold_path` receives, as JSON Lines, what each incoming message was generated to say
    (sender, partner, intent, lines with their pack, dates): the evaluation's answers, kept
    outside the books so that nothing reading the inbox can see them."""
    if history_days < 60:
        raise InvalidInput("history_days", f"{history_days} is too short; at least 60 days")
    if scale <= 0:
        raise InvalidInput("scale", f"{scale} must be more than zero")
    end = today or date.today()
    world = World(
        rng=random.Random(seed),
        seed=seed,
        start=end - timedelta(days=history_days),
        today=end,
        scale=scale,
        writer=inbox.Writer(seed),
        places=random.Random(f"{seed}-places"),
    )
    weeks = history_days // 7 + 1
    report = progress or (lambda _done, _total, _label: None)
    report(0, weeks + 1, "master data")
    with unit_of_work(engine, actor="demo", via="demo") as session:
        _master_data(session, world)
    report(1, weeks + 1, "master data")
    for week in range(weeks):
        monday = world.start + timedelta(days=7 * week)
        with unit_of_work(engine, actor="demo", via="demo") as session:
            for offset in range(7):
                day = monday + timedelta(days=offset)
                if day > world.today:
                    break
                _simulate_day(session, world, day)
        report(week + 2, weeks + 1, f"week of {monday.isoformat()}")
    anomalies.plant(engine, world, gold_path.parent if gold_path is not None else None)
    if gold_path is not None:
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        with gold_path.open("w", encoding="utf-8") as out:
            for record in world.gold:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return summarize(engine)


# --- master data -------------------------------------------------------------------------


def _scaled(world: World, n: int, minimum: int) -> int:
    return max(minimum, round(n * world.scale))


def _master_data(session: Session, world: World) -> None:
    init_books(session, name=COMPANY, currency="USD")
    # The letterhead its quotations, invoices and statements print (erp.documents).
    set_details(
        session,
        {
            "street": "Room 1203, 88 Middle Huaihai Road",
            "postal_code": "200021",
            "city": "Shanghai",
            "country": "China",
            "phone": "+86 21 6388 1200",
            "email": OUR_EMAIL,
            "website": "www.lotusharbor.example",
            "tax_id": "91310101MA1FP3LH2K",
            "bank_account": "Bank of China, Shanghai Branch · USD 4563 7210 0988",
        },
    )
    people = [
        create_salesperson(
            session,
            SalespersonIn(
                name=n,
                ref=f"SP{i:02d}",
                title=t,
                city=c,
                country=k,
                email=f"sp{i:02d}@lotus.example",
            ),
        )
        for i, (n, t, c, k) in enumerate(names.SALESPEOPLE, start=1)
    ]
    carriers = [
        create_carrier(session, CarrierIn(name=n, ref=f"CR{i}", phone=p))
        for i, (n, p) in enumerate(names.CARRIERS, start=1)
    ]
    session.flush()
    _suppliers(session, world, _scaled(world, 24, 5))
    _customers(session, world, _scaled(world, 220, 24), [p.id for p in people], carriers)
    _products(session, world, _scaled(world, 160, 16))


def _zh_company(rng: random.Random, used: set[str]) -> tuple[str, str, tuple[str, str, str]]:
    while True:
        city = rng.choice(names.ZH_CITIES)
        brand, brand_py = rng.choice(names.ZH_BRANDS)
        trade, trade_py = rng.choice(names.ZH_TRADES)
        name = f"{city[0]}{brand}{trade}有限公司"
        if name not in used:
            used.add(name)
            return name, f"{brand_py}{trade_py}", city


def _en_company(rng: random.Random, used: set[str]) -> tuple[str, str]:
    while True:
        a, b = rng.choice(names.EN_WORDS_A), rng.choice(names.EN_WORDS_B)
        name = f"{a} {b} {rng.choice(names.EN_SUFFIXES)}"
        if name not in used:
            used.add(name)
            slug = f"{a}{b}".lower().replace(" ", "")
            return name, slug


def _size(weight: float) -> float:
    """How much bigger a customer's order lines are than the typical ones."""
    return math.sqrt(min(weight, 6.0))


def _person(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(names.ZH_SURNAMES) + rng.choice(names.ZH_GIVEN)
    return f"{rng.choice(names.EN_FIRST)} {rng.choice(names.EN_LAST)}"


def _partner(
    session: Session,
    world: World,
    used: set[str],
    ref: str,
    zh: bool,
    **kw: Any,
) -> PartnerPlan:
    rng = world.rng
    contact = _person(rng, zh)
    if zh:
        name, slug, (city, city_en, region) = _zh_company(rng, used)
        where = {"city": city_en, "region": region, "country": "China"}
        # Drawn as the demo always drew them (everything after stays the same); the phone
        # and address come from the place's own formats, from a stream of their own.
        _spent = rng.randint(30, 89), rng.randint(1000, 9999), rng.randint(1000, 9999)
        del city
    else:
        name, slug = _en_company(rng, used)
        city_en, region, country = rng.choice(names.EN_PLACES)
        where = {"city": city_en, "region": region, "country": country}
        _spent = rng.randint(1, 65), rng.randint(200, 999), rng.randint(1000, 9999)
    email = f"{'orders' if kw.get('is_customer') else 'sales'}@{slug}{ref[-3:]}.example"
    number, _postal = rng.randint(1, 899), rng.randint(100000, 999999)
    phone_format, postal_format = names.PLACE_FORMATS[city_en]
    streets = names.STREETS.get(city_en) or names.STREETS[where["country"]]
    partner = create_partner(
        session,
        PartnerIn(
            name=name,
            ref=ref,
            contact_name=contact,
            email=email,
            phone=_fill(world.places, phone_format),
            language="zh" if zh else "en",
            street=f"{number} {world.places.choice(streets)}",
            postal_code=_fill(world.places, postal_format) if postal_format else None,
            **where,
            **kw,
        ),
    )
    return PartnerPlan(id=partner.id, name=name, zh=zh, email=email, contact=contact, code=ref)


def _fill(rng: random.Random, pattern: str) -> str:
    """A phone number or postal code in a place's format (names.PLACE_FORMATS)."""
    letters = "ABDEFGHJLNPRSTUWXYZ"  # as postal codes use them (no I, O, Q...)
    draw = {"#": lambda: str(rng.randint(0, 9)), "%": lambda: str(rng.randint(2, 9))}
    draw["@"] = lambda: rng.choice(letters)
    return "".join(draw[c]() if c in draw else c for c in pattern)


def _suppliers(session: Session, world: World, n: int) -> None:
    rng, used = world.rng, set[str]()
    for i in range(1, n + 1):
        plan = _partner(
            session,
            world,
            used,
            f"S{i:03d}",
            rng.random() < 0.6,
            is_supplier=True,
            payment_term_days=rng.choice([30, 30, 45, 60]),
        )
        plan.late_supplier = rng.choice([0.05, 0.1, 0.2, 0.35])
        world.suppliers[plan.id] = plan


def _customers(
    session: Session, world: World, n: int, people: list[int], carriers: list[Any]
) -> None:
    rng, used = world.rng, set[str]()
    for i in range(1, n + 1):
        zh = rng.random() < 0.55
        # A few big accounts, many small ones.
        weight = rng.lognormvariate(0, 1.0)
        term = rng.choice([0, 15, 30, 30, 30, 45, 60])
        limit = None
        if rng.random() < 0.3:
            limit = money(Decimal(str(round(weight * 3000 + 1500, -2))))
        plan = _partner(
            session,
            world,
            used,
            f"C{i:04d}",
            zh,
            is_customer=True,
            payment_term_days=term,
            credit_limit=limit,
            segment=customer_segment(weight),
        )
        plan.weight = weight
        plan.pay_style = rng.choices(["prompt", "normal", "late", "bad"], [25, 55, 15, 5])[0]
        plan.salesperson_id = rng.choice(people[:3] if zh else people[3:])
        plan.carrier_id = rng.choice(carriers[:2] if zh else carriers[1:]).id
        world.customers.append(plan)
    total = sum(c.weight for c in world.customers)
    world.qty_factor = 1.25 * sum(c.weight * _size(c.weight) for c in world.customers) / total


def customer_segment(weight: float) -> str:
    """A customer's group, read from the size it was drawn with (no draw of its own, so
    every other figure of the demo stays as it was): the few big accounts distribute, the
    middle buys wholesale, the many small ones are shops."""
    if weight >= 3.0:
        return "Distributor"
    return "Wholesale" if weight >= 0.8 else "Retail"


def _products(session: Session, world: World, n: int) -> None:
    rng = world.rng
    season = {c: (peak, swing) for c, _, peak, swing in names.CATEGORIES}
    zh_cat = {c: z for c, z, _, _ in names.CATEGORIES}
    catalogue = [
        (cat, g, v)
        for v in names.VARIANTS
        for cat, _, _, _ in names.CATEGORIES
        for g in names.GOODS[cat]
    ]
    suppliers = list(world.suppliers.values())
    # Each category buys from two or three suppliers.
    sources = {c: rng.sample(suppliers, min(3, len(suppliers))) for c, _, _, _ in names.CATEGORIES}
    orders_per_week = ORDERS_PER_WEEK * world.scale
    weights = [rng.lognormvariate(0, 0.9) for _ in catalogue[:n]]
    slow = set(rng.sample(range(min(n, len(catalogue))), max(2, n // 7)))
    for i in sorted(slow):
        weights[i] = 0.04
    total_weight = sum(weights)
    for cat, _, _, _ in names.CATEGORIES:
        ensure_category(session, cat, zh_cat[cat])  # with its Chinese name, before products
    for i, ((cat, (en, zh, base), (v_en, v_zh, factor, unit)), weight) in enumerate(
        zip(catalogue, weights, strict=False)
    ):
        sale = price(Decimal(base) * Decimal(factor))
        cost = price(sale * Decimal(str(rng.uniform(0.55, 0.75))))
        vat9 = cat in ("Grains & Noodles", "Dairy")
        line_qty = 2 if sale > 40 else (6 if sale > 10 else 12)
        supplier = rng.choice(sources[cat])
        lead = rng.choice([3, 5, 7, 10, 14, 21])
        pack = Decimal(rng.choice([1, 6, 12, 24]) if sale < 40 else rng.choice([1, 2, 4]))
        moq = pack * rng.choice([1, 2, 5])
        weekly = (
            orders_per_week * MEAN_LINES * (weight / total_weight) * line_qty * world.qty_factor
        )
        reorder_level = Decimal(max(2, math.ceil(weekly * (lead / 7 + 3.5))))
        reorder_qty = max(moq, pack * max(1, math.ceil(weekly * 12 / float(pack))))
        sku = f"{cat[:3].upper()}-{i + 1:03d}"
        product = create_product(
            session,
            ProductIn(
                sku=sku,
                name=f"{en}{v_en}",
                name_zh=f"{zh}{v_zh}",
                category=cat,
                unit_description=unit,
                sale_price=sale,
                cost=cost,
                costing_method=CostingMethod.FIFO if rng.random() < 0.2 else CostingMethod.AVERAGE,
                sales_tax_code="VAT9" if vat9 else "VAT13",
                purchase_tax_code="PVAT9" if vat9 else "PVAT13",
                reorder_level=reorder_level,
                reorder_quantity=reorder_qty,
                suppliers=[
                    SupplierInfoIn(
                        supplier_id=supplier.id,
                        price=cost,
                        lead_time_days=lead,
                        min_order_qty=moq,
                        pack_size=pack,
                        supplier_sku=f"{supplier.code}-{i + 1:04d}",
                    )
                ],
            ),
        )
        peak, swing = season[cat]
        plan = ProductPlan(
            id=product.id,
            sku=sku,
            name=product.name,
            name_zh=product.name_zh or product.name,
            category=cat,
            weight=weight,
            trend=rng.uniform(-0.25, 0.45),
            peak_week=peak,
            swing=swing,
            line_qty=line_qty,
            supplier_id=supplier.id,
            lead_days=lead,
            reorder_level=reorder_level,
            reorder_qty=reorder_qty,
            pack=pack,
            moq=moq,
        )
        if rng.random() < 0.06:  # launched during the history, with no sales before
            plan.launch_week = rng.randint(20, 80)
        elif rng.random() < 0.04:
            plan.discontinue_week = rng.randint(50, 95)
        world.products.append(plan)
        if plan.launch_week == 0:
            opening = reorder_level + reorder_qty * Decimal("0.6")
            inventory.set_opening_stock(session, product.id, opening, cost, world.start)


# --- one simulated day ---------------------------------------------------------------------


def _simulate_day(session: Session, world: World, day: date) -> None:
    week = world.week_of(day)
    if day.weekday() == 0:
        _weekly_changes(session, world, day, week)
        _replenish(session, world, day, week)
    if day.day <= 7 and day.weekday() == 1:
        _payment_reminders(session, world, day)
    _one_offs(session, world, day)
    if world.writer.chance(0.03):
        _message(session, world, None, day, inbox.other_message(world.writer), "in", None, None,
                 rng=world.writer.rng)  # fmt: skip
    _new_orders(session, world, day, week)
    while world.events and world.events[0][0] <= day:
        _, kind, _, data = heapq.heappop(world.events)
        HANDLERS[kind](session, world, day, data)


def _weekly_changes(session: Session, world: World, day: date, week: int) -> None:
    rng = world.rng
    for plan in world.products:
        if plan.discontinue_week == week:
            product = get_product(session, plan.id)
            update_product(
                session, plan.id, ProductUpdate(version=product.version, discontinued=True)
            )
        if plan.promo_until < week and _sellable(plan, week) and rng.random() < 0.015:
            plan.promo_until = week + rng.randint(0, 2)
            plan.promo_discount = Decimal(rng.choice(["0.10", "0.15", "0.20", "0.25"]))
    # A supplier raises a price now and then, and we pass it on.
    if rng.random() < 0.08 and week > 4:
        plan = rng.choice([p for p in world.products if _sellable(p, week)])
        product = get_product(session, plan.id)
        offer = product.supplier_infos[0]
        new = price(offer.price * Decimal(str(rng.uniform(1.05, 1.15))))
        supplier = world.suppliers[offer.supplier_id]
        text = inbox.price_change(
            world.writer, _party(world, supplier), plan.name_zh if supplier.zh else plan.name,
            str(offer.price), str(new), day,
        )  # fmt: skip
        _message(session, world, supplier, day - timedelta(days=7), text, "in", "product", plan.id)
        set_supplier_info(
            session,
            product,
            SupplierInfoIn(
                supplier_id=offer.supplier_id,
                price=new,
                lead_time_days=offer.lead_time_days,
                min_order_qty=offer.min_order_qty,
                pack_size=offer.pack_size,
                supplier_sku=offer.supplier_sku,
            ),
        )
        new_sale = price(product.sale_price * new / offer.price) if offer.price else None
        if new_sale is not None:
            update_product(
                session, plan.id, ProductUpdate(version=product.version, sale_price=new_sale)
            )


def _sellable(plan: ProductPlan, week: int) -> bool:
    ended = plan.discontinue_week is not None and week >= plan.discontinue_week
    return week >= plan.launch_week and not ended


def _demand_weight(plan: ProductPlan, week: int, world: World) -> float:
    if not _sellable(plan, week):
        return 0.0
    woy = ((world.start + timedelta(weeks=week)).isocalendar().week - plan.peak_week) / 52
    season = 1 + plan.swing * math.cos(2 * math.pi * woy)
    trend = (1 + plan.trend) ** (week / 52)
    promo = 2.3 if plan.promo_until >= week else 1.0
    return plan.weight * season * trend * promo


def _orders_per_week(world: World, week: int) -> float:
    return ORDERS_PER_WEEK * world.scale * 1.18 ** (week / 52)


def _weekly_forecast(world: World, week: int) -> dict[int, float]:
    """Expected units per product this week, from the same model that makes the orders."""
    weights = {p.id: _demand_weight(p, week, world) for p in world.products}
    total = sum(weights.values()) or 1.0
    picks = _orders_per_week(world, week) * MEAN_LINES
    return {
        p.id: picks * weights[p.id] / total * p.line_qty * world.qty_factor for p in world.products
    }


def _new_orders(session: Session, world: World, day: date, week: int) -> None:
    rng = world.rng
    mean = _orders_per_week(world, week) * DAY_WEIGHTS[day.weekday()] / sum(DAY_WEIGHTS)
    count = max(0, round(rng.gauss(mean, math.sqrt(mean)))) if mean > 0 else 0
    if day == world.today:
        count = max(1, count)  # the books always show some activity on their last day
    if count == 0:
        return
    weights = [_demand_weight(p, week, world) for p in world.products]
    cust_weights = [c.weight for c in world.customers]
    for _ in range(count):
        customer = rng.choices(world.customers, cust_weights)[0]
        n_lines = min(14, 2 + int(rng.expovariate(0.35)))
        picked: list[ProductPlan] = []
        for plan in rng.choices(world.products, weights, k=n_lines):
            if plan not in picked:
                picked.append(plan)
        _place_order(session, world, day, week, customer, picked)


def _place_order(
    session: Session,
    world: World,
    day: date,
    week: int,
    customer: PartnerPlan,
    picked: list[ProductPlan],
) -> None:
    rng = world.rng
    lines: list[SalesLineIn] = []
    for plan in picked:
        q = max(1, round(plan.line_qty * rng.uniform(0.3, 2.2) * _size(customer.weight)))
        discount = plan.promo_discount if plan.promo_until >= week else ZERO
        lines.append(SalesLineIn(product_id=plan.id, quantity=Decimal(q), discount=discount))
        history = world.sold.setdefault(plan.id, [0.0])
        history[-1] += q
        world.biggest[plan.id] = max(world.biggest.get(plan.id, 0.0), q * 0.8)
    if not world.planted.get("discount") and day >= world.today - timedelta(days=21):
        # Planted anomaly: a discount far beyond any promotion, on a big line.
        lines[0] = SalesLineIn(
            product_id=lines[0].product_id,
            quantity=lines[0].quantity * 3,
            discount=Decimal("0.60"),
        )
        world.planted["discount"] = True
    ref = f"{'CG' if customer.zh else 'PO'}-{day:%y%m}{rng.randint(100, 999)}"
    requested = day + timedelta(days=rng.randint(2, 10))
    charge = Decimal(rng.choice(["0", "0", "15.00", "25.00", "40.00"]))
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=customer.id,
            order_date=day,
            lines=lines,
            requested_date=requested,
            salesperson_id=customer.salesperson_id,
            carrier_id=customer.carrier_id,
            shipping_charge=charge,
            shipping_tax_code="VAT13" if charge else None,
            customer_ref=ref,
        ),
    )
    if rng.random() < 0.3 or day == world.today:
        chat = rng.random() < 0.4
        items = [
            _item(world, customer, p, int(ln.quantity))
            for p, ln in zip(picked, lines, strict=False)
        ]
        who = _party(world, customer)
        text = inbox.order_request(world.writer, who, ref, items, requested, day, chat)
        _message(session, world, customer, day, text, "in", "sales_order", order.id, chat=chat)
        _follow_ups(session, world, customer, day, ref, order.id, picked, items, chat)
        if not chat:
            reply = inbox.order_confirmation(
                customer.zh, ref, order.number, str(order.amount_total)
            )
            _message(session, world, customer, day, reply, "out", "sales_order", order.id, hour=16)
    bought = world.bought.setdefault(customer.id, {})
    for plan in picked:
        bought[plan.id] = bought.get(plan.id, 0) + 1
    _try_confirm(session, world, day, order.id, first=True)


def _try_confirm(session: Session, world: World, day: date, order_id: int, first: bool) -> None:
    order = sales.get_order(session, order_id)
    customer = world.customer(order.customer_id)
    limit = get_partner(session, order.customer_id).credit_limit
    exposure = order.amount_total
    if limit is not None and sales.open_receivable(session, order.customer_id) + exposure > limit:
        if first:  # hold the order, tell the customer, look again in a week
            text = inbox.credit_hold(customer.zh, order.number)
            _message(session, world, customer, day, text, "out", "sales_order", order.id, hour=11)
            if world.writer.chance(0.3):  # some customers would rather cancel than wait
                text = inbox.cancellation(world.writer, _party(world, customer), order.number)
                _message(session, world, customer, day + timedelta(days=1), text, "in",
                         "sales_order", order.id, rng=world.writer.rng)  # fmt: skip
            world.at(day + timedelta(days=7), RETRY_CONFIRM, order_id=order.id)
        else:
            sales.cancel_order(
                session, order.id, reason="credit limit exceeded; customer did not pay"
            )
        return
    sales.confirm_order(session, order.id)
    lag = world.rng.choice([0, 1, 1, 1, 2, 2, 3])
    if world.rng.random() < 0.05:
        lag += world.rng.randint(3, 8)  # the warehouse falls behind
    world.at(day + timedelta(days=lag), DELIVER, order_id=order.id)


def _retry_confirm(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    order = sales.get_order(session, data["order_id"])
    if order.state == SalesState.DRAFT:
        _try_confirm(session, world, day, order.id, first=False)


def _deliver(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    rng = world.rng
    order = sales.get_order(session, data["order_id"])
    if order.state != SalesState.CONFIRMED:
        return
    shipment = sales.open_delivery(session, order)
    if shipment is None:
        return
    inventory.reserve(session, shipment)
    moves = [m for m in shipment.moves if m.state == MoveState.CONFIRMED]
    ready = {m.origin_id: m.reserved_quantity for m in moves if m.reserved_quantity > 0}
    full = all(m.reserved_quantity >= m.quantity for m in moves)
    customer = world.customer(order.customer_id)
    late = order.requested_date is not None and day > order.requested_date
    if late and not full and order.id not in world.complained and rng.random() < 0.6:
        world.complained.add(order.id)
        chat = rng.random() < 0.5
        assert order.requested_date is not None
        text = inbox.late_delivery(
            world.writer, _party(world, customer), order.number, order.requested_date, chat
        )
        _message(session, world, customer, day, text, "in", "sales_order", order.id, chat=chat)
    if not full:
        world.at(day + timedelta(days=rng.randint(3, 7)), DELIVER, order_id=order.id)
    if not ready:
        return
    quantities = None if full else {k: v for k, v in ready.items() if k is not None}
    sales.deliver(session, order.id, day, quantities)
    invoice = sales.invoice_order(session, order.id, day)
    delay = {
        "prompt": rng.randint(-12, 0),
        "normal": rng.randint(-5, 12),
        "late": rng.randint(8, 50),
        "bad": rng.randint(30, 160),
    }[customer.pay_style]
    pay_on = max(day, invoice.due_date + timedelta(days=delay))
    recent = invoice.invoice_date >= world.today - timedelta(days=90)
    chase = not world.planted.get("overdue") or rng.random() < 0.3
    if recent and invoice.due_date < world.today and chase:
        # Some recent invoices are still unpaid at the end: the overdue list to chase.
        pay_on = world.today + timedelta(days=rng.randint(1, 30))
        world.planted["overdue"] = True
    if customer.pay_style != "prompt":  # most customers pay in a weekly run on Fridays
        pay_on += timedelta(days=(4 - pay_on.weekday()) % 7)
    world.pay(pay_on, PAY_IN, customer.id, invoice.id)
    if rng.random() < 0.07:
        world.at(
            invoice.invoice_date + timedelta(days=rng.randint(2, 9)),
            PAY_IN,
            invoice_id=invoice.id,
            question=True,
        )
    first_return = not world.planted.get("return") and day >= world.start + timedelta(days=60)
    if rng.random() < 0.03 or first_return:
        world.planted["return"] = True
        world.at(day + timedelta(days=rng.randint(5, 20)), RETURN, order_id=order.id)


def _pay_in(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    if data.get("question"):
        invoice = invoicing.get_invoice(session, data["invoice_id"])
        customer = world.customer(invoice.partner_id)
        order = sales.get_order(session, invoice.origin_id or 0)
        text = inbox.invoice_question(
            world.writer,
            _party(world, customer),
            invoice.number or "",
            str(invoice.amount_total),
            order.number,
        )
        _message(session, world, customer, day, text, "in", "invoice", invoice.id)
        return
    _payment_run(session, world, day, data["partner_id"], "customer")


def _payment_run(session: Session, world: World, day: date, partner_id: int, role: str) -> None:
    """One payment that settles every invoice the partner meant to settle that day."""
    ids = world.payment_runs.pop((day, partner_id), [])
    due = [invoicing.get_invoice(session, i) for i in ids]
    due = [inv for inv in due if inv.state == InvoiceState.POSTED and inv.amount_residual > 0]
    if not due:
        return
    invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=partner_id,
            partner_role=role,
            direction=PaymentDirection.INBOUND if role == "customer" else PaymentDirection.OUTBOUND,
            amount=sum((inv.amount_residual for inv in due), ZERO),
            date=day,
            reference=", ".join((inv.partner_ref or inv.number or "") for inv in due)[:120],
            invoice_ids=[inv.id for inv in due],
        ),
    )


def _return(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    rng = world.rng
    order = sales.get_order(session, data["order_id"])
    returnable = {i: q.returnable for i, q in sales.line_quantities(session, order).items()}
    candidates = [ln for ln in order.lines if returnable[ln.id] > 0]
    if not candidates:
        return
    line = rng.choice(candidates)
    q = max(1, int(returnable[line.id] * Decimal("0.3")))
    customer = world.customer(order.customer_id)
    plan = next(p for p in world.products if p.id == line.product_id)
    text = inbox.damaged_goods(
        world.writer,
        _party(world, customer),
        order.number,
        plan.name_zh if customer.zh else plan.name,
        q,
    )
    _message(session, world, customer, day - timedelta(days=1), text, "in", "sales_order", order.id)
    _, note = sales.return_goods(
        session, order.id, {line.id: Decimal(q)}, day, reason="damaged in transit"
    )
    if note is None:
        return
    open_items = [
        inv
        for inv in invoicing.open_invoices(session, order.customer_id, (InvoiceKind.OUT_INVOICE,))
        if inv.origin_id == order.id
    ]
    if open_items:
        invoicing.apply_credit_note(session, note.id, open_items[0].id, day)
    if note.state == InvoiceState.POSTED and note.amount_residual > 0:
        invoicing.register_payment(
            session,
            PaymentIn(
                partner_id=order.customer_id,
                partner_role="customer",
                direction=PaymentDirection.OUTBOUND,
                amount=note.amount_residual,
                date=day,
                reference=f"Refund {note.number}",
                invoice_ids=[note.id],
            ),
        )


def _replenish(session: Session, world: World, day: date, week: int) -> None:
    """Order from suppliers what will run short before the next review."""
    rng = world.rng
    internal = select(Location.id).where(Location.kind == LocationKind.INTERNAL)
    on_hand = dict(
        session.execute(
            select(StockQuant.product_id, StockQuant.quantity).where(
                StockQuant.location_id.in_(internal)
            )
        ).all()
    )
    internal_ids = set(session.scalars(internal))
    pipeline: dict[tuple[int, bool], Decimal] = {}
    for pid, to_loc, qty_ in session.execute(
        select(StockMove.product_id, StockMove.to_location_id, func.sum(StockMove.quantity))
        .where(StockMove.state == MoveState.CONFIRMED)
        .group_by(StockMove.product_id, StockMove.to_location_id)
    ):
        incoming = to_loc in internal_ids
        pipeline[(pid, incoming)] = pipeline.get((pid, incoming), ZERO) + Decimal(str(qty_))
    by_supplier: dict[int, list[PurchaseLineIn]] = {}
    leads: dict[int, int] = {}
    candidates: list[tuple[ProductPlan, Decimal, Decimal, Decimal]] = []
    forecast = _weekly_forecast(world, week)
    review = week % 13 == 0 and week > 0
    for plan in world.products:
        if not _sellable(plan, week + 2):
            continue
        # The planner's view of demand right now: trend, season and promotions included.
        history = world.sold.setdefault(plan.id, [0.0])
        recent = history[-8:]
        weekly = max(forecast[plan.id], sum(recent) / 8)
        history.append(0.0)
        cover = weekly * (plan.lead_days / 7 + 2.5) + world.biggest.get(plan.id, 0.0)
        level = Decimal(max(2, math.ceil(cover)))
        reorder_qty = max(plan.moq, plan.pack * max(1, math.ceil(weekly * 12 / float(plan.pack))))
        if review and abs(level - plan.reorder_level) > plan.reorder_level * Decimal("0.2"):
            # Quarterly review of reorder levels, written to the product like a planner would.
            plan.reorder_level, plan.reorder_qty = level, reorder_qty
            product = get_product(session, plan.id)
            update_product(
                session,
                plan.id,
                ProductUpdate(
                    version=product.version, reorder_level=level, reorder_quantity=reorder_qty
                ),
            )
        level = max(level, plan.reorder_level)
        reorder_qty = max(reorder_qty, plan.reorder_qty)
        position = (
            Decimal(on_hand.get(plan.id, ZERO))
            - pipeline.get((plan.id, False), ZERO)
            + pipeline.get((plan.id, True), ZERO)
        )
        candidates.append((plan, level, reorder_qty, position))
    # A supplier gets an order when one of its products is at its reorder level; the order
    # then tops up its other products that are getting close, to save on orders and freight.
    due = {plan.supplier_id for plan, level, _, position in candidates if position <= level}
    for plan, level, reorder_qty, position in candidates:
        if plan.supplier_id not in due or position > level + reorder_qty / 2:
            continue
        need = reorder_qty + level - position
        quantity = max(plan.moq, plan.pack * math.ceil(need / plan.pack))
        by_supplier.setdefault(plan.supplier_id, []).append(
            PurchaseLineIn(product_id=plan.id, quantity=quantity)
        )
        leads[plan.supplier_id] = max(leads.get(plan.supplier_id, 0), plan.lead_days)
    for supplier_id, lines in by_supplier.items():
        supplier = world.suppliers[supplier_id]
        lead = leads[supplier_id]
        expected = day + timedelta(days=lead)
        po = purchasing.create_rfq(
            session,
            PurchaseOrderIn(
                supplier_id=supplier_id, order_date=day, expected_date=expected, lines=lines
            ),
        )
        purchasing.confirm_order(session, po.id)
        arrive = expected + timedelta(days=rng.randint(-2, 0))
        if rng.random() < 0.3:
            text = inbox.po_acknowledged(world.writer, _party(world, supplier), po.number, expected)
            _message(session, world, supplier, day, text, "in", "purchase_order", po.id)
        if rng.random() < supplier.late_supplier:
            arrive = expected + timedelta(days=rng.randint(2, 15))
            if arrive - expected > timedelta(days=2) and rng.random() < 0.8:
                text = inbox.supplier_delay(
                    world.writer, _party(world, supplier), po.number, arrive
                )
                _message(session, world, supplier, expected - timedelta(days=1), text, "in",
                         "purchase_order", po.id)  # fmt: skip
        world.at(max(day, arrive), RECEIVE, po_id=po.id)


def _receive(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    rng = world.rng
    po = purchasing.get_order(session, data["po_id"])
    receipt = purchasing.open_receipt(session, po)
    if po.state != PurchaseState.CONFIRMED or receipt is None:
        return
    if not data.get("rest") and rng.random() < 0.12:
        # A partial shipment; the rest follows on a backorder.
        quantities = {
            ln.id: Decimal(max(1, int((ln.quantity - ln.qty_received) * Decimal("0.6"))))
            for ln in po.lines
        }
        purchasing.receive(session, po.id, day, quantities)
        world.at(day + timedelta(days=rng.randint(4, 12)), RECEIVE, po_id=po.id, rest=True)
        if world.writer.chance(0.7):
            supplier = world.suppliers[po.supplier_id]
            short = world.writer.rng.choice(po.lines)
            plan = next(p for p in world.products if p.id == short.product_id)
            text = inbox.shortage(world.writer, _party(world, supplier), po.number,
                                  plan.name_zh if supplier.zh else plan.name)  # fmt: skip
            _message(session, world, supplier, day, text, "in", "purchase_order", po.id,
                     rng=world.writer.rng)  # fmt: skip
    else:
        purchasing.receive(session, po.id, day)
    world.at(day + timedelta(days=rng.randint(0, 4)), BILL, po_id=po.id)


def _bill(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    po = purchasing.get_order(session, data["po_id"])
    if not any(q.to_bill > 0 for q in purchasing.line_quantities(session, po).values()):
        return
    supplier = world.suppliers[po.supplier_id]
    world.bills += 1
    ref = f"{supplier.code}-{day:%y}{world.bills:05d}"
    bill = purchasing.bill_order(session, po.id, day, supplier_ref=ref)
    if world.writer.chance(0.15):
        text = inbox.supplier_invoice(
            world.writer, _party(world, supplier), ref, po.number, str(bill.amount_total),
            bill.due_date,
        )  # fmt: skip
        _message(session, world, supplier, day, text, "in", "purchase_order", po.id,
                 rng=world.writer.rng)  # fmt: skip
    # We pay suppliers in a weekly run on Thursdays, on or just before the due date.
    pay_on = max(day, bill.due_date - timedelta(days=(bill.due_date.weekday() - 3) % 7))
    world.pay(pay_on, PAY_OUT, po.supplier_id, bill.id)
    if not world.planted.get("duplicate") and day >= world.today - timedelta(days=45):
        _duplicate_bill(session, world, bill, day)


def _duplicate_bill(session: Session, world: World, bill: Invoice, day: date) -> None:
    """Planted anomaly: the same bill entered a second time, same number and amount."""
    lines = [BillLineIn(line_id=ln.origin_id or 0, quantity=ln.quantity) for ln in bill.lines]
    purchasing.bill_order(
        session, bill.origin_id or 0, bill.invoice_date, lines=lines,
        supplier_ref=bill.partner_ref, allow_duplicate=True,
    )  # fmt: skip
    world.planted["duplicate"] = True


def _pay_out(session: Session, world: World, day: date, data: dict[str, Any]) -> None:
    _payment_run(session, world, day, data["partner_id"], "supplier")


def _one_offs(session: Session, world: World, day: date) -> None:
    if day == world.today - timedelta(days=50):
        _stock_count(session, world, day)
    if day == world.today - timedelta(days=7) and not world.planted.get("duplicate"):
        # Few bills lately (a small company): duplicate the latest one instead.
        latest = session.scalars(
            select(Invoice)
            .where(Invoice.kind == InvoiceKind.IN_INVOICE, Invoice.origin_type == "purchase_order")
            .order_by(Invoice.invoice_date.desc(), Invoice.id.desc())
            .limit(1)
        ).first()
        if latest is not None:
            _duplicate_bill(session, world, latest, day)


def _stock_count(session: Session, world: World, day: date) -> None:
    """A physical count of part of the warehouse that finds some goods missing."""
    rng = world.rng
    lines: list[CountLineIn] = []
    for plan in rng.sample(world.products, max(5, len(world.products) // 4)):
        level = inventory.on_hand(session, plan.id)
        free = inventory.available(session, plan.id)
        shrink = ZERO
        if free >= 2 and rng.random() < 0.4:
            shrink = Decimal(rng.randint(1, max(1, min(int(free) // 3, 6))))
        lines.append(CountLineIn(product_id=plan.id, counted_quantity=level - shrink))
    inventory.count_stock(
        session, CountIn(date=day, lines=lines, reason="Quarterly count: shrinkage")
    )


def _payment_reminders(session: Session, world: World, day: date) -> None:
    overdue = session.scalars(
        select(Invoice)
        .where(
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.POSTED,
            Invoice.due_date < day - timedelta(days=14),
        )
        .order_by(Invoice.due_date, Invoice.id)
        .limit(max(2, round(6 * world.scale)))
    )
    for invoice in overdue:
        customer = world.customer(invoice.partner_id)
        text = inbox.payment_reminder(
            customer.zh, invoice.number or "", str(invoice.amount_residual), invoice.due_date
        )
        _message(session, world, customer, day, text, "out", "invoice", invoice.id, hour=10)
        if world.writer.chance(0.35):
            on = day + timedelta(days=world.writer.rng.randint(2, 9))
            text = inbox.payment_promise(
                world.writer, _party(world, customer), invoice.number or "",
                str(invoice.amount_residual), on,
            )  # fmt: skip
            _message(session, world, customer, day + timedelta(days=1), text, "in", "invoice",
                     invoice.id, rng=world.writer.rng)  # fmt: skip


def _message(
    session: Session,
    world: World,
    partner: PartnerPlan | None,
    day: date,
    text: inbox.Text,
    direction: str,
    about_type: str | None,
    about_id: int | None,
    *,
    chat: bool = False,
    hour: int | None = None,
    rng: random.Random | None = None,
) -> None:
    """Store one message; an incoming one's gold goes to `world.gold`. Messages that are not
    part of the simulated business draw their hour from the wording stream (`rng`), so that
    adding them leaves the books as they were."""
    rng = rng or world.rng
    world.messages += 1
    when = datetime.combine(
        max(day, world.start), time(hour or rng.randint(8, 17), rng.randint(0, 59)), tzinfo=UTC
    )
    external_id = f"demo-{world.seed}-{world.messages:06d}@lotusharbor.example"
    thread: str | None
    if chat and partner is not None:
        handle = _handle(world, partner)
        ours, theirs = "wechat:lotusharbor", f"{partner.contact} <{handle}>"
        thread = f"chat:{handle}"
    else:
        ours = OUR_EMAIL
        theirs = text.sender or (partner.email if partner else "unknown@example.com")
        thread = f"{about_type}:{about_id}" if about_type else None
    language = "zh" if (partner.zh if partner else text.gold.get("lang") == "zh") else "en"
    if day > world.today:
        # A reply the simulation would get tomorrow has not arrived yet: not stored (its
        # draws are made all the same, so every later message and the books stay as they are).
        return
    log_message(
        session,
        MessageIn(
            external_id=external_id,
            channel="chat" if chat else "email",
            direction=direction,
            partner_id=partner.id if partner else None,
            sender=theirs if direction == "in" else ours,
            recipient=ours if direction == "in" else theirs,
            subject=text.subject,
            body=text.body,
            language=language,
            sent_at=when,
            thread_id=thread,
            about_type=about_type,
            about_id=about_id,
        ),
    )
    if direction == "in" and text.gold:
        world.gold.append({"id": external_id, "date": day.isoformat(), **text.gold})


def _handle(world: World, partner: PartnerPlan) -> str:
    """A chat handle that says nothing about the partner's code in the books."""
    if partner.id not in world.handles:
        world.handles[partner.id] = f"wechat:wxid_{world.writer.rng.randint(10**7, 10**8 - 1)}"
    return world.handles[partner.id]


def _party(world: World, plan: PartnerPlan) -> inbox.Party:
    """The partner as the inbox writer sees it, with the short name people write."""
    if plan.zh:
        short = plan.name.removesuffix("有限公司")
        short = short[2:] if any(short.startswith(c) for c, _, _ in names.ZH_CITIES) else short
    else:
        short = plan.name
        for suffix in sorted(names.EN_SUFFIXES, key=len, reverse=True):
            if short.endswith(f" {suffix}"):
                short = short.removesuffix(f" {suffix}")
                break
    kind = "supplier" if plan.id in world.suppliers else "customer"
    return inbox.Party(
        plan.id, plan.name, short, plan.zh, plan.contact, plan.email, _handle(world, plan), kind
    )


def _variant(plan: ProductPlan) -> tuple[str, str, str, int]:
    """(base name, base Chinese name, variant, pack) from the demo's own pack suffixes."""
    for v_en, v_zh, _, _ in names.VARIANTS:
        if v_en and plan.name.endswith(v_en):
            kind = "case" if "Case of" in v_en else "family"
            pack = int("".join(c for c in v_en if c.isdigit()) or 1)
            return plan.name.removesuffix(v_en), plan.name_zh.removesuffix(v_zh), kind, pack
    return plan.name, plan.name_zh, "single", 1


def _item(world: World, customer: PartnerPlan, plan: ProductPlan, quantity: int) -> inbox.Item:
    base, base_zh, variant, pack = _variant(plan)
    family = [p for p in world.products if _variant(p)[0] == base]
    bought = world.bought.get(customer.id, {})
    before = {p.id for p in family if bought.get(p.id)}
    return inbox.Item(
        name=plan.name,
        name_zh=plan.name_zh,
        base=base,
        base_zh=base_zh,
        variant=variant,
        pack=pack,
        category=plan.category,
        quantity=quantity,
        siblings=tuple(p.name for p in family if p.id != plan.id),
        habit=before == {plan.id},
        new_pack=bool(before) and plan.id not in before,
    )


def _follow_ups(
    session: Session,
    world: World,
    customer: PartnerPlan,
    day: date,
    ref: str,
    order_id: int,
    picked: list[ProductPlan],
    items: list[inbox.Item],
    chat: bool,
) -> None:
    """What a customer writes around an order: a chat reply adding cases, an e-mail changing
    a quantity, a question about another product a few days before."""
    w = world.writer
    who = _party(world, customer)
    cases = [p for p in world.products if _variant(p)[2] == "case"]
    if not cases:
        return
    if chat and w.chance(0.3):
        plan = w.rng.choice(cases)
        item = _item(world, customer, plan, w.rng.randint(1, 5))
        text = inbox.chat_addition(w, who, item)
        _message(session, world, customer, day, text, "in", "sales_order", order_id, chat=True,
                 hour=18, rng=w.rng)  # fmt: skip
    changeable = [(p, it) for p, it in zip(picked, items, strict=False) if it.variant == "case"]
    if not chat and changeable and w.chance(0.08):
        plan, it = w.rng.choice(changeable)
        item = _item(world, customer, plan, it.quantity + w.rng.randint(1, 3))
        text = inbox.order_change(w, who, ref, item, it.quantity)
        _message(session, world, customer, day, text, "in", "sales_order", order_id, hour=18,
                 rng=w.rng)  # fmt: skip
    if w.chance(0.08):
        item = _item(world, customer, w.rng.choice(cases), w.rng.randint(5, 30))
        text = inbox.inquiry(w, who, item)
        _message(session, world, customer, day - timedelta(days=2), text, "in", "product",
                 next(p.id for p in world.products if p.name == item.name), rng=w.rng)  # fmt: skip


HANDLERS: dict[int, Callable[[Session, World, date, dict[str, Any]], None]] = {
    RECEIVE: _receive,
    DELIVER: _deliver,
    BILL: _bill,
    PAY_IN: _pay_in,
    PAY_OUT: _pay_out,
    RETURN: _return,
    RETRY_CONFIRM: _retry_confirm,
}
