"""The watch detectors, one case that must be found and one that must not, per kind."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from smarterp.core import auth
from smarterp.core.db import simulated_clock
from smarterp.core.permissions import Role
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerUpdate
from smarterp.erp.partners.service import update_partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.watch.findings import Finding
from smarterp.intel.watch.scan import find
from tests import factories as f

D = Decimal
TODAY = date(2026, 6, 30)


def found(s: Session, kind: str, as_of: date = TODAY) -> list[Finding]:
    s.flush()
    return find(s, as_of=as_of, kinds=[kind])[1]


def sell(
    s: Session,
    customer: Partner,
    product: Product,
    on: date,
    *,
    qty: str = "2",
    price: str | None = None,
    discount: str = "0",
) -> str:
    order = sales.create_order(
        s,
        SalesOrderIn(
            customer_id=customer.id,
            order_date=on,
            lines=[
                SalesLineIn(
                    product_id=product.id,
                    quantity=D(qty),
                    unit_price=D(price) if price is not None else None,
                    discount=D(discount),
                )
            ],
        ),
    )
    return order.number


def bill(s: Session, supplier: Partner, amount: str, on: date, ref: str | None = None) -> str:
    inv = invoicing.create_invoice(
        s,
        InvoiceIn(
            kind=InvoiceKind.IN_INVOICE,
            partner_id=supplier.id,
            invoice_date=on,
            partner_ref=ref,
            lines=[InvoiceLineIn(description="Goods", quantity=D(1), unit_price=D(amount))],
        ),
    )
    invoicing.post_invoice(s, inv.id)
    return inv.number or ""


def entry(s: Session, user: str, at: datetime, amount: str, debit: str = "6900") -> str:
    s.info["actor"] = user
    try:
        with simulated_clock(at):
            e = accounting.create_entry(
                s,
                EntryIn(
                    date=at.date(),
                    ref="test",
                    lines=[
                        EntryLineIn(account_code=debit, debit=D(amount)),
                        EntryLineIn(account_code="2200", credit=D(amount)),
                    ],
                ),
            )
    finally:
        s.info["actor"] = "test"
    return e.number or ""


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 15), tzinfo=UTC)


def weekdays(n: int, end: date = TODAY) -> list[date]:
    days: list[date] = []
    day = end - timedelta(days=1)
    while len(days) < n:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days


# --- bills ------------------------------------------------------------------------------------


def test_a_bill_entered_twice_is_found_and_a_monthly_one_is_not(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    first = bill(s, sup, "480.00", TODAY - timedelta(days=10), "A-1")
    second = bill(s, sup, "480.00", TODAY - timedelta(days=8), "A-2")
    [hit] = found(s, "duplicate_bill")
    assert hit.records == [second, first]
    assert hit.evidence["reason"] == "same_amount" and hit.evidence["days_apart"] == 2
    # The same amount a month apart is a monthly bill, not a copy.
    bill(s, sup, "990.00", TODAY - timedelta(days=40), "B-1")
    bill(s, sup, "990.00", TODAY - timedelta(days=10), "B-2")
    assert [x.records[0] for x in found(s, "duplicate_bill")] == [second]


# --- prices and discounts ---------------------------------------------------------------------


def test_a_price_far_from_the_usual_is_found_a_small_change_and_an_agreed_one_are_not(
    session: Session,
) -> None:
    s = session
    chai = f.product(s, "CHAI", price="18.00")
    buyers = [f.customer(s, f"Customer {i}") for i in range(4)]
    for i, day in enumerate(weekdays(12)):
        sell(s, buyers[i % 4], chai, day)
    odd = sell(s, buyers[0], chai, TODAY - timedelta(days=3), price="41.00")
    near = sell(s, buyers[1], chai, TODAY - timedelta(days=3), price="19.50")
    # One customer's own agreed price, paid every time, is its usual.
    regular = f.customer(s, "Contract Customer")
    for day in weekdays(3, TODAY - timedelta(days=20)):
        sell(s, regular, chai, day, price="12.00")
    agreed = sell(s, regular, chai, TODAY - timedelta(days=2), price="12.00")
    hits = {x.records[0]: x for x in found(s, "price_outlier")}
    assert odd in hits and hits[odd].evidence["usual_price"] == "18.00"
    assert near not in hits and agreed not in hits


def test_a_purchase_price_is_compared_with_the_suppliers_when_there_is_little_history(
    session: Session,
) -> None:
    s = session
    sup = f.supplier(s)
    chai = f.product(s, "CHAI", cost="10.00", supplier_id=sup.id)

    def buy(price: str) -> str:
        po = purchasing.create_rfq(
            s,
            PurchaseOrderIn(
                supplier_id=sup.id,
                order_date=TODAY - timedelta(days=5),
                lines=[PurchaseLineIn(product_id=chai.id, quantity=D(10), unit_price=D(price))],
            ),
        )
        return po.number

    dear, usual = buy("16.00"), buy("10.50")
    hits = [x.records[0] for x in found(s, "price_outlier")]
    assert dear in hits and usual not in hits


def test_a_deep_one_off_discount_is_found_a_running_promotion_is_not(session: Session) -> None:
    s = session
    chai = f.product(s, "CHAI")
    buyers = [f.customer(s, f"Customer {i}") for i in range(5)]
    promo = [sell(s, buyers[i % 5], chai, d, discount="0.20") for i, d in enumerate(weekdays(8))]
    deep = sell(s, buyers[0], chai, TODAY - timedelta(days=2), discount="0.60")
    hits = {x.records[0]: x for x in found(s, "discount_outlier")}
    assert set(hits) == {deep}
    assert hits[deep].evidence["usual_for_product_then"] == "20.00%"
    assert not set(promo) & set(hits)


def _sold_and_booked(s: Session, product: Product, customer: Partner, days: list[date]) -> None:
    for day in days:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer.id,
                order_date=day,
                lines=[SalesLineIn(product_id=product.id, quantity=D(5))],
            ),
        )
        sales.confirm_order(s, order.id)
        sales.deliver(s, order.id, day)
        sales.invoice_order(s, order.id, day)


def test_margin_erosion_when_cost_rises_and_the_price_stays(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    cust = f.customer(s)
    kept = f.product(s, "KEPT", price="20.00", cost="10.00", stock="200", supplier_id=sup.id)
    eroded = f.product(s, "DEAR", price="20.00", cost="10.00", stock="20", supplier_id=sup.id)
    for product in (kept, eroded):
        _sold_and_booked(s, product, cust, weekdays(3, TODAY - timedelta(days=30)))
    assert found(s, "margin_erosion") == []
    po = purchasing.create_rfq(
        s,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=TODAY - timedelta(days=3),
            lines=[PurchaseLineIn(product_id=eroded.id, quantity=D(100), unit_price=D("19.00"))],
        ),
    )
    purchasing.confirm_order(s, po.id)
    purchasing.receive(s, po.id, TODAY - timedelta(days=2))
    [hit] = found(s, "margin_erosion")
    assert hit.records == ["DEAR"]
    assert hit.evidence["margin_past_year"] == "50.0%"


# --- stock, customers, suppliers --------------------------------------------------------------


def test_stockout_risk_when_stock_will_not_last_the_lead_time(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    cust = f.customer(s)
    short = f.product(s, "SHORT", stock="120", supplier_id=sup.id)
    ample = f.product(s, "AMPLE", stock="2000", supplier_id=sup.id)
    for product in (short, ample):
        _sold_and_booked(s, product, cust, weekdays(20, TODAY - timedelta(days=1)))
    hits = {x.records[0]: x for x in found(s, "stockout_risk")}
    assert "SHORT" in hits and "AMPLE" not in hits
    assert hits["SHORT"].evidence["cover_days"] < hits["SHORT"].evidence["lead_time_days"]


def test_overdue_and_credit_limit(session: Session) -> None:
    s = session
    late = f.customer(s, "Late Payer", credit_limit=D("10000.00"))
    fine = f.customer(s, "Prompt Payer", credit_limit=D("10000.00"))
    chai = f.product(s, "CHAI", stock="100")
    for customer in (late, fine):
        _sold_and_booked(s, chai, customer, [TODAY - timedelta(days=90)])
    owed = invoicing.open_invoices(s, fine.id, (InvoiceKind.OUT_INVOICE,))[0].amount_total
    invoicing.register_payment(
        s,
        PaymentIn(
            partner_id=fine.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=owed,
            date=TODAY - timedelta(days=50),
        ),
    )
    assert found(s, "credit_limit") == []
    # The limit lowered below what the customer already owes.
    update_partner(s, late.id, PartnerUpdate(version=late.version, credit_limit=D("50.00")))
    overdue = found(s, "overdue_receivable")
    assert [x.key for x in overdue] == ["Late Payer"]
    assert overdue[0].evidence["invoices"][0]["days_past_due"] == 60
    assert [x.records for x in found(s, "credit_limit")] == [["Late Payer"]]


def test_a_regular_customer_gone_silent(session: Session) -> None:
    s = session
    chai = f.product(s, "CHAI")
    gone = f.customer(s, "Gone Quiet", ref="GONE")
    steady = f.customer(s, "Steady", ref="STDY")
    for week in range(10):
        sell(s, gone, chai, TODAY - timedelta(days=200 - 7 * week))
    for week in range(10):
        sell(s, steady, chai, TODAY - timedelta(days=63 - 7 * week))
    hits = found(s, "ordering_stopped")
    assert [x.records for x in hits] == [["GONE"]]
    assert hits[0].evidence["usual_gap_days"] == 7


def _po(s: Session, supplier: Partner, product: Product, on: date, qty: str, expected: date) -> int:
    po = purchasing.create_rfq(
        s,
        PurchaseOrderIn(
            supplier_id=supplier.id,
            order_date=on,
            expected_date=expected,
            lines=[PurchaseLineIn(product_id=product.id, quantity=D(qty))],
        ),
    )
    purchasing.confirm_order(s, po.id)
    return po.id


def test_supplier_concentration_and_lateness(session: Session) -> None:
    s = session
    big, late, small = (f.supplier(s, n) for n in ("Big Supply", "Late Supply", "Small Supply"))
    chai = f.product(s, "CHAI", cost="10.00")
    _po(s, big, chai, TODAY - timedelta(days=40), "800", TODAY)
    _po(s, small, chai, TODAY - timedelta(days=40), "100", TODAY)
    for i in range(5):
        day = TODAY - timedelta(days=60 - 7 * i)
        late_id = _po(s, late, chai, day, "10", day + timedelta(days=3))
        purchasing.receive(s, late_id, day + timedelta(days=12))
        small_id = _po(s, small, chai, day, "10", day + timedelta(days=3))
        purchasing.receive(s, small_id, day + timedelta(days=3))
    concentrated = found(s, "supplier_concentration")
    assert [x.evidence["supplier"] for x in concentrated if x.score >= 0.4] == ["Big Supply"]
    lateness = {x.evidence["supplier"]: x for x in found(s, "supplier_late")}
    assert lateness["Late Supply"].score == 1.0
    assert lateness["Small Supply"].score == 0.0


# --- manual journal entries and duties --------------------------------------------------------


def test_manual_entries_at_night_by_a_storekeeper_and_for_round_sums(session: Session) -> None:
    s = session
    auth.create_user(s, "acct", Role.ACCOUNTANT)
    auth.create_user(s, "store", Role.WAREHOUSE)
    for i, day in enumerate(weekdays(24, TODAY - timedelta(days=5))):
        entry(s, "acct", at(day, 10 + i % 6), f"{713 + i * 37}.{i + 10}")
    # Rent: the same round sum to the same accounts every month is routine.
    for day in (date(2026, 3, 3), date(2026, 4, 3), date(2026, 5, 4), date(2026, 6, 3)):
        entry(s, "acct", at(day, 11), "5000.00", debit="6100")
    monday = TODAY - timedelta(days=1)
    night = entry(s, "acct", at(monday, 3), "812.45")
    by_store = entry(s, "store", at(monday, 11), "655.10")
    plug = entry(s, "acct", at(monday, 11), "10000.00")
    assert [x.records[0] for x in found(s, "odd_hours_entry")] == [night]
    assert [x.records[0] for x in found(s, "unusual_user_entry")] == [by_store]
    assert [x.records[0] for x in found(s, "round_amount_entry")] == [plug]


def test_a_team_that_always_posts_at_night_is_not_flagged(session: Session) -> None:
    s = session
    for i, day in enumerate(weekdays(24, TODAY - timedelta(days=5))):
        entry(s, "acct", at(day, 2 + i % 2), f"{713 + i * 37}.{i + 10}")
    entry(s, "acct", at(TODAY - timedelta(days=1), 3), "812.45")
    assert found(s, "odd_hours_entry") == []


def test_one_person_entering_and_paying_a_bill(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    s.info["via"] = "web"

    def entered_and_paid(enters: str, pays: str, amount: str) -> str:
        s.info["actor"] = enters
        number = bill(s, sup, amount, TODAY - timedelta(days=6))
        s.info["actor"] = pays
        inv = invoicing.open_invoices(s, sup.id, (InvoiceKind.IN_INVOICE,))[0]
        invoicing.register_payment(
            s,
            PaymentIn(
                partner_id=sup.id,
                partner_role="supplier",
                direction=PaymentDirection.OUTBOUND,
                amount=inv.amount_total,
                date=TODAY - timedelta(days=3),
                invoice_ids=[inv.id],
            ),
        )
        return number

    fine = entered_and_paid("buyer", "accountant", "120.00")
    same = entered_and_paid("buyer", "buyer", "345.00")
    s.info["actor"], s.info["via"] = "test", "cli"
    s.commit()  # the audit trail is written as a change commits
    hits = found(s, "segregation_of_duties")
    assert [x.records[0] for x in hits] == [same]
    assert hits[0].evidence["user"] == "buyer"
    assert fine not in {x.records[0] for x in hits}


@pytest.mark.parametrize("kind", ["nonsense"])
def test_an_unknown_kind_is_refused_by_name(session: Session, kind: str) -> None:
    from smarterp.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="kind"):
        find(session, as_of=TODAY, kinds=[kind])
