"""Planting labelled anomalies into the demo company, through the services, for `eval alerts`.

After the two simulated years, this adds what a real company also has (people posting
manual journal entries, entering and paying bills) and, among it, anomalies of eight kinds.
Each planted record is written to a labels file beside the demo's data, which no detector
reads. Part of every kind is planted with other parameters (`held_out`): the detectors are
not tuned on those, and `eval alerts` reports them apart.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core import auth
from smarterp.core.db import simulated_clock, unit_of_work
from smarterp.core.errors import DomainError
from smarterp.core.money import price
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.inventory import service as inventory
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.products.models import Product
from smarterp.erp.products.schemas import ProductUpdate
from smarterp.erp.products.service import get_product, update_product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import BillLineIn, PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn

if TYPE_CHECKING:
    from smarterp.data.demo.builder import World

LABELS_FILE = "demo-anomalies.jsonl"

# The people of the company, as the audit trail and the journal name them.
ACCOUNTANT, ACCOUNTANT_2 = "acct.wang", "acct.lee"
BUYER, STOREKEEPER, IT_ADMIN = "buyer.chen", "wh.zhao", "it.ops"
PEOPLE = {
    ACCOUNTANT: Role.ACCOUNTANT,
    ACCOUNTANT_2: Role.ACCOUNTANT,
    BUYER: Role.PURCHASING,
    STOREKEEPER: Role.WAREHOUSE,
    IT_ADMIN: Role.ADMIN,
}


@dataclass
class Planter:
    session: Session
    world: World
    rng: random.Random
    labels: list[dict[str, Any]] = field(default_factory=list)
    refs: int = 0

    @property
    def today(self) -> date:
        return self.world.today

    def label(
        self, kind: str, record: str, held_out: bool, how: str, by: str = "anomalies"
    ) -> None:
        self.labels.append(
            {
                "kind": kind,
                "record": record,
                "set": "held_out" if held_out else "tuned",
                "how": how,
                "planted_by": by,
            }
        )

    def recent_day(self, lo: int = 5, hi: int = 55) -> date:
        """A weekday in the recent past."""
        while True:
            day = self.today - timedelta(days=self.rng.randint(lo, hi))
            if day.weekday() < 5:
                return day

    @contextmanager
    def person(self, user: str, via: str = "web") -> Iterator[None]:
        """Act as one of the company's people (the audit trail and journal record them)."""
        before = self.session.info.get("actor"), self.session.info.get("via")
        self.session.info["actor"], self.session.info["via"] = user, via
        try:
            yield
        finally:
            self.session.info["actor"], self.session.info["via"] = before

    def new_ref(self, code: str, day: date) -> str:
        self.refs += 1
        return f"{code}-{day:%y}8{self.refs:04d}"


def plant(engine: Engine, world: World, folder: Path | None = None) -> Path:
    """Plant the anomalies into the built demo and write their labels; returns the file."""
    rng = random.Random(world.seed * 7919 + 16)
    with unit_of_work(engine, actor="demo", via="demo") as session:
        p = Planter(session, world, rng)
        _people(p)
        _builder_plants(p)
        _manual_entries(p)
        _duplicate_bills(p)
        _prices_and_discounts(p)
        _margins(p)
        _bills_paid_by_people(p)
        labels = p.labels
    path = (folder or get_settings().data_dir) / LABELS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in labels:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def read_labels(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _people(p: Planter) -> None:
    for name, role in PEOPLE.items():
        if p.session.scalar(select(auth.User).where(auth.User.username == name)) is None:
            auth.create_user(p.session, name, role, full_name=name)


def _builder_plants(p: Planter) -> None:
    """The builder plants one duplicated bill and one 60% discount of its own. Its supplier
    references are unique by construction, so the one repeated is the planted copy; its
    promotions stop at 25%, so the 60% line is the planted one."""
    s = p.session
    repeated = s.execute(
        select(Invoice.partner_id, Invoice.partner_ref)
        .where(Invoice.kind == InvoiceKind.IN_INVOICE, Invoice.partner_ref.is_not(None))
        .group_by(Invoice.partner_id, Invoice.partner_ref)
        .having(func.count() > 1)
    ).all()
    for partner_id, ref in repeated:
        copy = s.scalars(
            select(Invoice.number)
            .where(Invoice.partner_id == partner_id, Invoice.partner_ref == ref)
            .order_by(Invoice.id.desc())
            .limit(1)
        ).one()
        p.label("duplicate_bill", str(copy), False, "the builder's bill entered twice", "builder")
    for number in s.scalars(
        select(SalesOrder.number)
        .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
        .where(SalesOrderLine.discount >= Decimal("0.6"))
    ):
        p.label("discount_outlier", number, False, "the builder's 60% discount", "builder")


# --- manual journal entries ------------------------------------------------------------------


def _entry(
    p: Planter, user: str, day: date, hour: int, amount: Decimal, debit: str, credit: str, ref: str
) -> str:
    # The demo is built in minutes; its entries are stamped at the hour of the day they tell of.
    at = datetime.combine(day, time(hour, p.rng.randint(0, 59)), tzinfo=UTC)
    with p.person(user), simulated_clock(at):
        entry = accounting.create_entry(
            p.session,
            EntryIn(
                date=day,
                ref=ref,
                lines=[
                    EntryLineIn(account_code=debit, debit=amount),
                    EntryLineIn(account_code=credit, credit=amount),
                ],
            ),
        )
    return entry.number or str(entry.id)


def _business_hour(p: Planter) -> int:
    return p.rng.randint(9, 17)


def _cents(p: Planter, lo: int, hi: int) -> Decimal:
    value = Decimal(p.rng.randint(lo * 100, hi * 100)) / 100
    if value == value.to_integral_value():
        value += Decimal("0.37")
    return value


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _manual_entries(p: Planter) -> None:
    """A year of routine entries (rent, salaries, utilities, depreciation), then the odd ones."""
    first = p.today - timedelta(days=364)
    month = date(first.year, first.month, 1)
    while month <= p.today:
        nxt = (month + timedelta(days=32)).replace(day=1)
        rent_day = _weekday_on_or_after(month)
        if first <= rent_day <= p.today:
            # The rent is a round sum every month: round, but routine.
            _entry(
                p,
                ACCOUNTANT,
                rent_day,
                _business_hour(p),
                Decimal("5000.00"),
                "6100",
                "2200",
                "Rent",
            )
        mid = _weekday_on_or_after(month + timedelta(days=14))
        if first <= mid <= p.today:
            _entry(
                p,
                ACCOUNTANT_2,
                mid,
                _business_hour(p),
                _cents(p, 600, 1300),
                "6900",
                "2200",
                "Utilities",
            )
        end = nxt - timedelta(days=1)
        while end.weekday() >= 5:
            end -= timedelta(days=1)
        if first <= end <= p.today:
            _entry(
                p,
                ACCOUNTANT,
                end,
                _business_hour(p),
                _cents(p, 18000, 26000),
                "6000",
                "2200",
                "Salaries accrued",
            )
            _entry(
                p,
                ACCOUNTANT,
                end,
                _business_hour(p),
                Decimal("1234.56"),
                "6900",
                "1500",
                "Depreciation",
            )
            if end.month % 3 == 0:
                _entry(
                    p,
                    ACCOUNTANT_2,
                    end,
                    _business_hour(p),
                    _cents(p, 300, 2400),
                    "6900",
                    "1400",
                    "Prepayments used",
                )
        month = nxt
    # Round sums that recur nowhere, by the usual accountants in office hours.
    for amount, user, held_out in (
        ("10000.00", ACCOUNTANT, False),
        ("25000.00", ACCOUNTANT, False),
        ("5000.00", ACCOUNTANT_2, False),
        ("8000.00", ACCOUNTANT, False),
        ("2500.00", ACCOUNTANT_2, True),
        ("7500.00", ACCOUNTANT, True),
    ):
        number = _entry(
            p,
            user,
            p.recent_day(),
            _business_hour(p),
            Decimal(amount),
            "6900",
            "2200",
            "Adjustment",
        )
        p.label("round_amount_entry", number, held_out, f"a manual entry of {amount}")
    # At night on a weekday (tuned), and in the afternoon at a weekend (held out).
    for hour, held_out in ((2, False), (3, False), (4, False), (14, True), (15, True)):
        day = p.recent_day()
        if held_out:
            day += timedelta(days=5 - day.weekday())  # that week's Saturday
        user = ACCOUNTANT if not held_out else ACCOUNTANT_2
        number = _entry(p, user, day, hour, _cents(p, 700, 9000), "6900", "2200", "Correction")
        p.label("odd_hours_entry", number, held_out, f"posted {day:%A} at {hour}:xx")
    # By a storekeeper (tuned) and by the IT administrator (held out), in office hours.
    for user, held_out in (
        (STOREKEEPER, False),
        (STOREKEEPER, False),
        (STOREKEEPER, False),
        (IT_ADMIN, True),
        (IT_ADMIN, True),
    ):
        number = _entry(
            p,
            user,
            p.recent_day(),
            _business_hour(p),
            _cents(p, 400, 6000),
            "6900",
            "2200",
            "Stock write-off",
        )
        p.label("unusual_user_entry", number, held_out, f"posted by {user}")


# --- vendor bills ----------------------------------------------------------------------------


def _recent_bills(p: Planter) -> list[Invoice]:
    return list(
        p.session.scalars(
            select(Invoice)
            .where(
                Invoice.kind == InvoiceKind.IN_INVOICE,
                Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
                Invoice.origin_type == purchasing.ORDER,
                Invoice.partner_ref.is_not(None),
                Invoice.invoice_date >= p.today - timedelta(days=60),
                Invoice.invoice_date <= p.today - timedelta(days=8),
            )
            .order_by(Invoice.id)
        )
    )


def _bill_again(p: Planter, bill: Invoice, day: date, ref: str | None) -> Invoice:
    lines = [BillLineIn(line_id=ln.origin_id or 0, quantity=ln.quantity) for ln in bill.lines]
    return purchasing.bill_order(
        p.session, bill.origin_id or 0, day, lines=lines, supplier_ref=ref, allow_duplicate=True
    )


def _duplicate_bills(p: Planter) -> None:
    bills = _recent_bills(p)
    p.rng.shuffle(bills)
    used: set[int] = set()
    picked: list[Invoice] = []
    for bill in bills:
        if bill.partner_id not in used or len(used) >= 4:
            picked.append(bill)
            used.add(bill.partner_id)
        if len(picked) == 7:
            break
    # (how, days later, the reference, held out)
    plan = [
        ("the same supplier reference again", 1, "same", False),
        ("the same supplier reference again", 3, "same", False),
        ("the same supplier reference again", 0, "same", False),
        ("the same amount two days later, another reference", 2, "new", False),
        ("the same amount a day later, another reference", 1, "new", False),
        ("the reference retyped (case, spaces)", 4, "retyped", True),
        ("the same amount six days later, another reference", 6, "new", True),
    ]
    for bill, (how, later, ref_kind, held_out) in zip(picked, plan, strict=False):
        day = min(bill.invoice_date + timedelta(days=later), p.today)
        if ref_kind == "same":
            ref = bill.partner_ref
        elif ref_kind == "retyped":
            ref = (bill.partner_ref or "").lower().replace("-", " ")
        else:
            ref = p.new_ref("X", day)
        copy = _bill_again(p, bill, day, ref)
        p.label("duplicate_bill", copy.number or str(copy.id), held_out, how)


# --- prices, discounts and margins -----------------------------------------------------------


def _busy_products(p: Planter, n: int) -> list[int]:
    """Products still sold and sold often lately: a price is only unusual against a usual
    (one discontinued since its last sales cannot be sold again)."""
    rows = p.session.execute(
        select(SalesOrderLine.product_id, func.count())
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Product, Product.id == SalesOrderLine.product_id)
        .where(
            SalesOrder.order_date >= p.today - timedelta(days=150),
            SalesOrder.state != SalesState.CANCELLED,
            Product.active.is_(True),
            Product.discontinued.is_(False),
        )
        .group_by(SalesOrderLine.product_id)
        .having(func.count() >= 6)
        .order_by(func.count().desc(), SalesOrderLine.product_id)
    ).all()
    ids = [pid for pid, _n in rows]
    p.rng.shuffle(ids)
    return ids[:n]


def _sell(p: Planter, product_id: int, *, unit_price: Decimal | None, discount: Decimal) -> str:
    customer = p.rng.choice(p.world.customers)
    plan = next(x for x in p.world.products if x.id == product_id)
    order = sales.create_order(
        p.session,
        SalesOrderIn(
            customer_id=customer.id,
            order_date=p.recent_day(3, 45),
            lines=[
                SalesLineIn(
                    product_id=product_id,
                    quantity=Decimal(max(1, plan.line_qty)),
                    unit_price=unit_price,
                    discount=discount,
                )
            ],
        ),
    )
    try:
        with p.session.begin_nested():
            sales.confirm_order(p.session, order.id)
    except DomainError:
        pass  # over the customer's credit limit or short of stock: it stays a quotation
    return order.number


def _prices_and_discounts(p: Planter) -> None:
    products = _busy_products(p, 12)
    if not products:  # a tiny demo: nothing sells often enough to have a usual price
        return
    price_plan = [
        (0.5, False),
        (2.2, False),
        (0.45, False),
        (2.5, False),
        (0.7, True),
        (1.45, True),
    ]
    for i, (factor, held_out) in enumerate(price_plan):
        product_id = products[i % len(products)]
        usual = get_product(p.session, product_id).sale_price
        number = _sell(
            p, product_id, unit_price=price(usual * Decimal(str(factor))), discount=Decimal(0)
        )
        p.label("price_outlier", number, held_out, f"sold at {factor:g} times the usual price")
    discount_plan = [
        ("0.50", False),
        ("0.55", False),
        ("0.65", False),
        ("0.70", False),
        ("0.40", True),
        ("0.45", True),
    ]
    for i, (cut, held_out) in enumerate(discount_plan):
        product_id = products[(len(price_plan) + i) % len(products)]
        number = _sell(p, product_id, unit_price=None, discount=Decimal(cut))
        p.label("discount_outlier", number, held_out, f"a {Decimal(cut):.0%} discount")
    # A purchase at a price far above the supplier's (held out: the detectors were tuned on
    # sales prices).
    product = get_product(p.session, products[0])
    if not product.supplier_infos:
        return
    offer = product.supplier_infos[0]
    po = purchasing.create_rfq(
        p.session,
        PurchaseOrderIn(
            supplier_id=offer.supplier_id,
            order_date=p.recent_day(3, 30),
            lines=[
                PurchaseLineIn(
                    product_id=product.id,
                    quantity=offer.pack_size * 2,
                    unit_price=price(offer.price * Decimal("1.6")),
                )
            ],
        ),
    )
    purchasing.confirm_order(p.session, po.id)
    p.label("price_outlier", po.number, True, "bought at 1.6 times the supplier's price")


def _low(p: Planter, product_id: int) -> bool:
    """Below its reorder level: the planted receipts leave such products alone, so what the
    books say is short stays short."""
    product = get_product(p.session, product_id)
    return inventory.on_hand(p.session, product_id) < product.reorder_level


def _margins(p: Planter) -> None:
    """Cost up and not passed on (tuned: a dear purchase that also is a price outlier), or
    the price cut below what the product costs (held out)."""
    products = [
        pid
        for pid in _busy_products(p, 20)
        if get_product(p.session, pid).supplier_infos and not _low(p, pid)
    ][-4:]
    for i, product_id in enumerate(products):
        product = get_product(p.session, product_id)
        if i < 2:
            offer = product.supplier_infos[0]
            day = p.recent_day(3, 20)
            po = purchasing.create_rfq(
                p.session,
                PurchaseOrderIn(
                    supplier_id=offer.supplier_id,
                    order_date=day,
                    lines=[
                        PurchaseLineIn(
                            product_id=product.id,
                            quantity=max(offer.pack_size * 10, Decimal(200)),
                            unit_price=price(offer.price * Decimal("1.9")),
                        )
                    ],
                ),
            )
            purchasing.confirm_order(p.session, po.id)
            purchasing.receive(p.session, po.id, day)
            p.label("margin_erosion", product.sku, False, "bought at 1.9 times; price unchanged")
            p.label("price_outlier", po.number, False, "bought at 1.9 times the supplier's price")
        else:
            new_price = price(product.cost * Decimal("1.03"))
            update_product(
                p.session, product.id, ProductUpdate(version=product.version, sale_price=new_price)
            )
            p.label("margin_erosion", product.sku, True, "price cut to 3% above cost")


# --- who enters and who pays bills -----------------------------------------------------------


def _bills_paid_by_people(p: Planter) -> None:
    """People enter bills (the buyer) and pay them (an accountant); a few are entered and
    paid by one person."""
    suppliers = list(p.world.suppliers.values())
    # (who enters, who pays, held out); the first six are as they should be.
    ok: tuple[str, str, bool | None] = (BUYER, ACCOUNTANT, None)
    ok_2: tuple[str, str, bool | None] = (BUYER, ACCOUNTANT_2, None)
    same: tuple[str, str, bool | None] = (BUYER, BUYER, False)
    same_held_out: tuple[str, str, bool | None] = (ACCOUNTANT_2, ACCOUNTANT_2, True)
    plan = [ok] * 4 + [ok_2] * 2 + [same] * 3 + [same_held_out] * 2
    for i, (enters, pays, held_out) in enumerate(plan):
        supplier = suppliers[i % len(suppliers)]
        offers = [x for x in p.world.products if x.supplier_id == supplier.id and not _low(p, x.id)]
        if not offers:
            continue
        item = p.rng.choice(offers)
        day = p.recent_day(12, 50)
        po = purchasing.create_rfq(
            p.session,
            PurchaseOrderIn(
                supplier_id=supplier.id,
                order_date=day,
                lines=[PurchaseLineIn(product_id=item.id, quantity=item.pack * (3 + i))],
            ),
        )
        purchasing.confirm_order(p.session, po.id)
        purchasing.receive(p.session, po.id, day + timedelta(days=2))
        with p.person(enters):
            bill = purchasing.bill_order(
                p.session,
                po.id,
                day + timedelta(days=3),
                supplier_ref=p.new_ref(supplier.code or "S", day),
            )
        with p.person(pays):
            invoicing.register_payment(
                p.session,
                PaymentIn(
                    partner_id=supplier.id,
                    partner_role="supplier",
                    direction=PaymentDirection.OUTBOUND,
                    amount=bill.amount_total,
                    date=min(day + timedelta(days=8), p.today),
                    invoice_ids=[bill.id],
                    currency=bill.currency,
                ),
            )
        if held_out is not None:
            p.label(
                "segregation_of_duties",
                bill.number or str(bill.id),
                held_out,
                f"{enters} entered and paid it",
            )
