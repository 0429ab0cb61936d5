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
from decimal import ROUND_CEILING, Decimal
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
from smarterp.erp.accounting import reports as accounting_reports
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.inventory import service as inventory
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.products.models import Product
from smarterp.erp.products.schemas import ProductUpdate
from smarterp.erp.products.service import get_product, update_product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
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
    books: Books | None = None  # the routine entries' books, once booked

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
        _opening_capital(p)  # last: sized to what every payment before it took from the bank
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
    p: Planter,
    user: str,
    day: date,
    hour: int,
    amount: Decimal,
    debit: str,
    credit: str,
    ref: str,
    rng: random.Random | None = None,
    journal: str = "GEN",
) -> str:
    # The demo is built in minutes; its entries are stamped at the hour of the day they tell of.
    at = datetime.combine(day, time(hour, (rng or p.rng).randint(0, 59)), tzinfo=UTC)
    with p.person(user), simulated_clock(at):
        entry = accounting.create_entry(
            p.session,
            EntryIn(
                journal_code=journal,
                date=day,
                ref=ref,
                lines=[
                    EntryLineIn(account_code=debit, debit=amount),
                    EntryLineIn(account_code=credit, credit=amount),
                ],
            ),
        )
    return entry.number or str(entry.id)


def _business_hour(rng: random.Random) -> int:
    return rng.randint(9, 17)


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    value = Decimal(rng.randint(lo * 100, hi * 100)) / 100
    return _not_round(value)


def _not_round(value: Decimal) -> Decimal:
    """To the cent, and never a whole sum: routine costs that vary are not round."""
    value = value.quantize(Decimal("0.01"))
    if value == value.to_integral_value():
        value += Decimal("0.37")
    return value


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# A trading company's running costs take most of its gross profit (60-85%) and leave an
# operating margin of a few percent of sales; the demo sizes them to the gross profit of the
# simulated year they fall in, as shares of it (a month's worth of the year's gross profit).
SALARIES_SHARE = Decimal("0.48")
RENT_SHARE = Decimal("0.15")
UTILITIES_SHARE = Decimal("0.03")
DEPRECIATION_SHARE = Decimal("0.025")
PREPAYMENTS_SHARE = Decimal("0.02")  # of a quarter's gross profit, used each quarter
DEPRECIATION_MONTHS = 60  # the office fit-out and equipment last five years
# The ranges the demo has always drawn its varying costs from, and their middles: a drawn
# amount keeps its place in the range, sized to the company.
SALARIES_RANGE, UTILITIES_RANGE, PREPAYMENTS_RANGE = (18000, 26000), (600, 1300), (300, 2400)


@dataclass(frozen=True)
class Overheads:
    """A year's monthly running costs, sized to that year's gross profit."""

    rent: Decimal  # a round sum, the same every month of the lease year
    salaries: Decimal  # a month's payroll, around which each month's varies
    utilities: Decimal
    depreciation: Decimal
    prepayments: Decimal  # used each quarter
    purchases: Decimal  # a month's cost of the goods sold


def _overheads(p: Planter, first: date, last: date) -> Overheads:
    """The running costs of the year from `first` to `last`, from its trading's gross profit
    (the part of the year the simulation covers, made a month's worth)."""
    since = max(first, p.world.start)
    if since > last:  # a history shorter than a year: nothing falls in this one
        return Overheads(*[Decimal(0)] * 6)
    days = Decimal((last - since).days + 1)
    pnl = accounting_reports.profit_and_loss(p.session, since, last)
    month = max(pnl.gross_profit, Decimal(0)) * Decimal("30.44") / days
    rent = month * RENT_SHARE
    # A whole sum, rounded as landlords round (a tiny company's desk space to the ten).
    step = Decimal(500 if rent >= 2000 else 100 if rent >= 200 else 10)
    return Overheads(
        rent=max(step, (rent / step).quantize(Decimal(1)) * step).quantize(Decimal("0.01")),
        salaries=month * SALARIES_SHARE,
        utilities=month * UTILITIES_SHARE,
        depreciation=_not_round(month * DEPRECIATION_SHARE),
        prepayments=3 * month * PREPAYMENTS_SHARE,
        purchases=max(pnl.cost_of_sales, Decimal(0)) * Decimal("30.44") / days,
    )


def _sized(drawn: Decimal, usual: tuple[int, int], level: Decimal) -> Decimal:
    """A cost drawn from the demo's usual range, scaled so the range's middle is `level`."""
    middle = Decimal(sum(usual)) / 2
    return _not_round(drawn * level / middle)


@dataclass
class Books:
    """Where the routine entries of a day go: the planter's own stream for the past year (as
    the demo always drew them), another stream for the year before, the year's costs."""

    p: Planter
    first: date  # the first day of the past year
    earlier: random.Random  # entries before it, within the simulated history
    this_year: Overheads
    last_year: Overheads
    bank: str
    opened: date  # the first day of the books
    unpaid: tuple[date, Decimal] | None = None  # the salaries accrued, to pay on that day

    def stream(self, day: date) -> random.Random | None:
        if self.first <= day <= self.p.today:
            return self.p.rng
        # A day the alert detectors do not look at (they look back 365 days).
        if self.p.world.start <= day < self.p.today - timedelta(days=365):
            return self.earlier
        return None

    def costs(self, day: date) -> Overheads:
        return self.this_year if day >= self.first else self.last_year


def _manual_entries(p: Planter) -> None:
    """Two years of routine entries (rent, salaries, utilities, depreciation) sized to the
    business and paid from the bank, the odd ones, and the capital the company opened with."""
    first = p.today - timedelta(days=364)
    books = Books(
        p,
        first,
        random.Random(f"{p.world.seed}-overheads"),
        _overheads(p, first, p.today),
        _overheads(p, first - timedelta(days=365), first - timedelta(days=1)),
        accounting.account_for_role(p.session, "bank").code,
        min(first, p.world.start),
    )
    payroll = random.Random(f"{p.world.seed}-payroll")
    month = date(books.opened.year, books.opened.month, 1)
    while month <= p.today:
        _routine_month(p, books, payroll, month)
        month = (month + timedelta(days=32)).replace(day=1)
    _odd_entries(p, books)
    p.books = books


def _odd_entries(p: Planter, books: Books) -> None:
    """Manual entries the alerts should find. The round sums are plugs between prepayments
    and accruals (the amount is what makes them suspect, and they leave the P&L alone); the
    others are expenses, sized to the company like its running costs."""
    size = books.this_year.salaries
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
            _business_hour(p.rng),
            Decimal(amount),
            "1400",
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
        fixed = _sized(_cents(p.rng, 700, 9000), SALARIES_RANGE, size)
        number = _entry(p, user, day, hour, fixed, "6900", "2200", "Correction")
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
            _business_hour(p.rng),
            _sized(_cents(p.rng, 400, 6000), SALARIES_RANGE, size),
            "6900",
            "2200",
            "Stock write-off",
        )
        p.label("unusual_user_entry", number, held_out, f"posted by {user}")


def _opening_capital(p: Planter) -> None:
    """What the owners put in when the company opened: the office fit-out and equipment that
    the monthly depreciation wears down, and enough cash that paying the running costs never
    overdraws the bank: its lowest balance then is three months of those costs and of
    goods bought, what a trading company keeps to pay its suppliers. The lowest balance
    counts the weeks ahead too: today's, with what customers owe, less what the company owes
    its suppliers (open bills and orders not billed yet), so that the cash outlook, which
    pays and collects those, does not run dry either."""
    books = p.books
    if books is None:
        return
    rng = random.Random(f"{p.world.seed}-capital")
    day = books.opened
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    worn = max(books.this_year.depreciation, books.last_year.depreciation)
    fit_out = _not_round(worn * DEPRECIATION_MONTHS)
    costs = books.this_year
    cushion = 3 * (costs.rent + costs.salaries + costs.utilities + costs.purchases)
    ahead = _balance(p.session, books.bank) - _owed_to_suppliers(p.session)
    ahead += _balance(p.session, accounting.account_for_role(p.session, "receivable").code)
    lowest = min(_lowest_balance(p.session, books.bank), ahead)
    cash = max(Decimal(0), ((cushion - lowest) / 1000).to_integral_value(ROUND_CEILING) * 1000)
    at = datetime.combine(day, time(_business_hour(rng), rng.randint(0, 59)), tzinfo=UTC)
    lines = [EntryLineIn(account_code="1500", debit=fit_out)]
    if cash:
        lines.append(EntryLineIn(account_code=books.bank, debit=cash))
    lines.append(EntryLineIn(account_code="3000", credit=fit_out + cash))
    with p.person(ACCOUNTANT), simulated_clock(at):
        accounting.create_entry(
            p.session,
            EntryIn(date=day, ref="Capital paid in: cash and office fit-out", lines=lines),
        )


def _owed_to_suppliers(session: Session) -> Decimal:
    """What the company will pay its suppliers for what it bought: its open bills (the
    payable account) and, with their tax, the orders it placed and has not been billed for."""
    owed = -_balance(session, accounting.account_for_role(session, "payable").code)
    for order in session.scalars(
        select(PurchaseOrder).where(
            PurchaseOrder.state.in_([PurchaseState.RFQ, PurchaseState.CONFIRMED])
        )
    ):
        quantities = purchasing.line_quantities(session, order)
        for ln in order.lines:
            left = quantities[ln.id].to_move + quantities[ln.id].to_bill
            if left > 0 and ln.quantity > 0:
                gross = ln.subtotal_company + ln.tax_amount * order.exchange_rate
                owed += gross * left / ln.quantity
    return owed


def _balance(session: Session, code: str) -> Decimal:
    """An account's balance today, debit less credit."""
    return accounting_reports.account_balance(session, accounting.account_by_code(session, code))


def _lowest_balance(session: Session, code: str) -> Decimal:
    """The lowest end-of-day balance an account has had (nothing counts as zero)."""
    account = accounting.account_by_code(session, code)
    rows = session.execute(
        select(JournalLine.date, func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
        .where(JournalLine.account_id == account.id, JournalLine.posted.is_(True))
        .group_by(JournalLine.date)
        .order_by(JournalLine.date)
    )
    balance = lowest = Decimal(0)
    for _day, change in rows:
        balance += Decimal(str(change or 0))
        lowest = min(lowest, balance)
    return lowest


def _routine_month(p: Planter, books: Books, payroll: random.Random, month: date) -> None:
    """One month's routine entries: rent paid, last month's salaries paid, utilities paid,
    this month's salaries accrued, depreciation, prepayments used at a quarter's end."""
    nxt = (month + timedelta(days=32)).replace(day=1)
    rent_day = _weekday_on_or_after(month)
    rng = books.stream(rent_day)
    if rng is not None:
        # The rent is a round sum every month: round, but routine.
        rent = books.costs(rent_day).rent
        hour = _business_hour(rng)
        _entry(p, ACCOUNTANT, rent_day, hour, rent, "6100", books.bank, "Rent", rng, "BNK")
    if books.unpaid is not None:
        payday, salaries = books.unpaid
        if payday <= p.today:
            hour = _business_hour(payroll)
            ref = "Salaries paid"
            _entry(p, ACCOUNTANT, payday, hour, salaries, "2200", books.bank, ref, payroll, "BNK")
            books.unpaid = None
    mid = _weekday_on_or_after(month + timedelta(days=14))
    rng = books.stream(mid)
    if rng is not None:
        hour = _business_hour(rng)
        bill = _sized(_cents(rng, *UTILITIES_RANGE), UTILITIES_RANGE, books.costs(mid).utilities)
        _entry(p, ACCOUNTANT_2, mid, hour, bill, "6900", books.bank, "Utilities", rng, "BNK")
    end = nxt - timedelta(days=1)
    while end.weekday() >= 5:
        end -= timedelta(days=1)
    rng = books.stream(end)
    if rng is None:
        return
    costs = books.costs(end)
    hour = _business_hour(rng)
    salaries = _sized(_cents(rng, *SALARIES_RANGE), SALARIES_RANGE, costs.salaries)
    _entry(p, ACCOUNTANT, end, hour, salaries, "6000", "2200", "Salaries accrued", rng)
    books.unpaid = (_weekday_on_or_after(nxt + timedelta(days=4)), salaries)
    hour = _business_hour(rng)
    _entry(p, ACCOUNTANT, end, hour, costs.depreciation, "6900", "1500", "Depreciation", rng)
    if end.month % 3 == 0:
        hour = _business_hour(rng)
        used = _sized(_cents(rng, *PREPAYMENTS_RANGE), PREPAYMENTS_RANGE, costs.prepayments)
        _entry(p, ACCOUNTANT_2, end, hour, used, "6900", "1400", "Prepayments used", rng)


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
            quantity = _dear_order_size(p, product, offer.pack_size, offer.min_order_qty)
            po = purchasing.create_rfq(
                p.session,
                PurchaseOrderIn(
                    supplier_id=offer.supplier_id,
                    order_date=day,
                    lines=[
                        PurchaseLineIn(
                            product_id=product.id,
                            quantity=quantity,
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


def _dear_order_size(p: Planter, product: Product, pack: Decimal, minimum: Decimal) -> Decimal:
    """Units of a planted dear purchase: as many as the product holds, and at least its usual
    order, in whole packs. That lifts its average cost by half the extra price at the least,
    well past the margin it earned, and stays an order the company can pay for (a fixed 200
    units, of mooncakes in cases of 12, once cost 127,675 USD: more than its cash)."""
    units = max(inventory.on_hand(p.session, product.id), product.reorder_quantity, minimum)
    pack = pack if pack > 0 else Decimal(1)
    return pack * (units / pack).to_integral_value(ROUND_CEILING)


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
