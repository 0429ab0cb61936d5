"""Foreign-currency documents in company-currency books: rates by date, booked values,
realised and unrealised exchange differences, and reports that tie to the ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.accounting.reports import account_balance, profit_and_loss, trial_balance
from smarterp.erp.currency import service as currencies
from smarterp.erp.currency.models import ExchangeRate
from smarterp.erp.invoicing import exchange
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceState,
    PaymentAllocation,
    PaymentDirection,
)
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.erp.invoicing.tax_report import tax_report
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.conftest import BACKENDS, _wipe

D = Decimal
MAR1, MAR5, MAR15, MAR20, MAR31 = (date(2026, 3, d) for d in (1, 5, 15, 20, 31))


def rates(session: Session) -> None:
    currencies.set_rate(session, "EUR", MAR1, "1.10")
    currencies.set_rate(session, "EUR", MAR15, "1.20")


def role_balance(session: Session, role: str, partner_id: int | None = None) -> Decimal:
    acc = accounting.account_for_role(session, role)
    stmt = select(
        func.coalesce(func.sum(JournalLine.debit), 0)
        - func.coalesce(func.sum(JournalLine.credit), 0)
    ).where(JournalLine.account_id == acc.id)
    if partner_id is not None:
        stmt = stmt.where(JournalLine.partner_id == partner_id)
    return D(str(session.scalar(stmt))).quantize(D("0.01"))


def eur_invoice(
    session: Session, partner_id: int, price: str, on: date = MAR5, **kw: object
) -> Invoice:
    inv = invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=kw.pop("kind", InvoiceKind.OUT_INVOICE),  # type: ignore[arg-type]
            partner_id=partner_id,
            invoice_date=on,
            currency="EUR",
            lines=[InvoiceLineIn(description="Goods", quantity=D(1), unit_price=D(price), **kw)],  # type: ignore[arg-type]
        ),
    )
    return invoicing.post_invoice(session, inv.id)


def pay(session: Session, partner_id: int, amount: str, on: date, **kw: object):  # type: ignore[no-untyped-def]
    return invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=partner_id,
            partner_role=kw.pop("role", "customer"),  # type: ignore[arg-type]
            direction=kw.pop("direction", PaymentDirection.INBOUND),  # type: ignore[arg-type]
            amount=D(amount),
            date=on,
            **kw,  # type: ignore[arg-type]
        ),
    )


def test_rate_in_force_is_the_latest_on_or_before_the_day(session: Session) -> None:
    rates(session)
    assert currencies.rate_on(session, "EUR", MAR5) == D("1.10")
    assert currencies.rate_on(session, "EUR", MAR15) == D("1.20")
    assert currencies.rate_on(session, "USD", MAR5) == 1  # the company's own
    with pytest.raises(InvalidInput, match="no EUR exchange rate on or before 2026-02-28"):
        currencies.rate_on(session, "EUR", date(2026, 2, 28))
    with pytest.raises(InvalidInput, match="company currency"):
        currencies.set_rate(session, "USD", MAR1, "1")
    with pytest.raises(InvalidInput, match="not a currency code"):
        currencies.set_rate(session, "EURO", MAR1, "1")
    with pytest.raises(InvalidInput, match="more than zero"):
        currencies.set_rate(session, "EUR", MAR1, "0")
    with pytest.raises(InvalidInput, match="add it first"):
        currencies.set_rate(session, "XQZ", MAR1, "2")
    currencies.add_currency(session, "XQZ", "Test crown")
    assert currencies.set_rate(session, "XQZ", MAR1, "0.00671234").rate == D("0.00671234")


def test_rates_import_from_csv_all_or_nothing(session: Session) -> None:
    bad = "date,currency,rate\n2026-03-01,EUR,1.1\n2026-03-02,GBP,abc\n"
    with pytest.raises(InvalidInput) as err:
        currencies.import_rates_csv(session, bad)
    assert "line 3" in str(err.value) and "abc" in str(err.value)
    assert session.scalar(select(func.count()).select_from(ExchangeRate)) == 0
    with pytest.raises(InvalidInput, match="repeats the EUR rate"):
        currencies.import_rates_csv(
            session, "date,currency,rate\n2026-03-01,EUR,1\n2026-03-01,EUR,2\n"
        )
    with pytest.raises(InvalidInput, match="lacks rate"):
        currencies.import_rates_csv(session, "date,currency\n2026-03-01,EUR\n")
    done = currencies.import_rates_csv(
        session,
        "\ufeffDate,Code,Rate\n2026-03-01,EUR,1.1\n2026-03-01,GBP,1.27\n\n2026-03-02,EUR,1.11\n",
    )
    assert (done.added, done.replaced, done.currencies) == (3, 0, ["EUR", "GBP"])
    again = currencies.import_rates_csv(session, "date,currency,rate\n2026-03-02,EUR,1.12\n")
    assert (again.added, again.replaced) == (0, 1)
    assert currencies.rate_on(session, "EUR", date(2026, 3, 9)) == D("1.12")


def test_invoice_in_euros_is_booked_in_dollars_and_paid_later_at_a_gain(session: Session) -> None:
    rates(session)
    cust = f.customer(session, currency="EUR")
    inv = eur_invoice(session, cust.id, "100.00", tax_code="VAT13")
    assert (inv.currency, inv.exchange_rate, inv.amount_total) == ("EUR", D("1.10"), D("113.00"))
    assert inv.amount_total_company == D("124.30")
    assert role_balance(session, "receivable", cust.id) == D("124.30")
    assert role_balance(session, "revenue") == D("-110.00")
    assert role_balance(session, "vat_out") == D("-14.30")
    # Each line keeps its amount in euros beside the dollars.
    entry_lines = session.scalars(
        select(JournalLine).where(JournalLine.entry_id == inv.journal_entry_id)
    ).all()
    assert {(ln.currency, ln.amount_currency) for ln in entry_lines} == {
        ("EUR", D("113.00")),
        ("EUR", D("-100.00")),
        ("EUR", D("-13.00")),
    }
    payment = pay(session, cust.id, "113.00", MAR20)  # in EUR: the partner's currency
    assert (payment.currency, payment.exchange_rate, payment.amount_company) == (
        "EUR",
        D("1.20"),
        D("135.60"),
    )
    session.flush()
    session.refresh(inv)
    assert (inv.state, inv.amount_residual, inv.amount_residual_company) == (
        InvoiceState.PAID,
        0,
        0,
    )
    assert role_balance(session, "receivable", cust.id) == 0
    assert role_balance(session, "bank") == D("135.60")
    assert role_balance(session, "fx_gain") == D("-11.30")  # a credit: income
    alloc = session.scalars(select(PaymentAllocation)).one()
    assert (alloc.amount, alloc.amount_company, alloc.exchange_difference) == (
        D("113.00"),
        D("124.30"),
        D("11.30"),
    )
    pnl = profit_and_loss(session, MAR1, MAR31)
    assert pnl.other_income == D("11.30")
    tb = trial_balance(session)
    assert tb.total_debit == tb.total_credit


def test_paid_in_parts_leaves_not_a_cent_behind(session: Session) -> None:
    currencies.set_rate(session, "EUR", MAR1, "1.08333333")
    currencies.set_rate(session, "EUR", MAR15, "1.1")
    cust = f.customer(session)
    inv = eur_invoice(session, cust.id, "100.00")
    assert inv.amount_total_company == D("108.33")
    for amount in ("33.33", "33.33", "33.34"):
        pay(session, cust.id, amount, MAR20, currency="EUR")
    session.flush()
    session.refresh(inv)
    assert (inv.amount_residual, inv.amount_residual_company) == (0, 0)
    assert role_balance(session, "receivable", cust.id) == 0
    # Each payment is worth its own amount at 1.1, to the cent: 36.66 + 36.66 + 36.67.
    assert role_balance(session, "bank") == D("109.99")
    assert role_balance(session, "fx_gain") == D("-1.66")
    diffs = session.scalars(select(PaymentAllocation.exchange_difference)).all()
    assert sum(diffs) == D("1.66")


def test_parts_that_round_short_still_close_the_invoice(session: Session) -> None:
    currencies.set_rate(session, "EUR", MAR1, "1.10")
    cust = f.customer(session)
    inv = eur_invoice(session, cust.id, "30.12")  # 33.132 -> 33.13 booked
    for _ in range(3):
        pay(session, cust.id, "10.04", MAR5, currency="EUR")  # 11.044 -> 11.04 each
    session.flush()
    session.refresh(inv)
    # The last part releases what was left (11.05): the cent the parts' rounding lost is an
    # exchange difference, not a cent stuck on a paid invoice.
    assert (inv.state, inv.amount_residual_company) == (InvoiceState.PAID, 0)
    assert role_balance(session, "receivable", cust.id) == 0
    assert role_balance(session, "fx_loss") == D("0.01")


def test_bill_paid_at_a_dearer_rate_is_a_loss_and_a_payment_settles_only_its_currency(
    session: Session,
) -> None:
    rates(session)
    sup = f.supplier(session)
    bill = eur_invoice(session, sup.id, "200.00", kind=InvoiceKind.IN_INVOICE, account_code="6900")
    assert bill.amount_total_company == D("220.00")
    with pytest.raises(InvalidInput, match="is in EUR; this payment is in USD"):
        pay(
            session,
            sup.id,
            "200",
            MAR20,
            role="supplier",
            direction=PaymentDirection.OUTBOUND,
            invoice_ids=[bill.id],
            currency="USD",
        )
    # Naming the bill, the payment takes its currency unless told otherwise.
    named = invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=sup.id,
            partner_role="supplier",
            direction=PaymentDirection.OUTBOUND,
            amount=D("0.01"),
            date=MAR20,
            invoice_ids=[bill.id],
        ),
    )
    assert named.currency == "EUR"
    # In dollars it settles nothing of the euro bill: it waits on the account as a prepayment.
    usd = pay(session, sup.id, "50", MAR20, role="supplier", direction=PaymentDirection.OUTBOUND)
    assert usd.unallocated == D("50.00")
    pay(
        session,
        sup.id,
        "199.99",
        MAR20,
        role="supplier",
        direction=PaymentDirection.OUTBOUND,
        currency="EUR",
        exchange_rate=D("1.25"),  # as the bank converted
    )
    session.flush()
    session.refresh(bill)
    assert bill.state == InvoiceState.PAID
    assert role_balance(session, "fx_loss") == D("30.00")
    assert role_balance(session, "payable", sup.id) == D("50.00")  # only the prepayment
    assert role_balance(session, "bank") == D("-300.00")


def test_unrealised_difference_at_month_end_is_booked_and_undone_the_next_day(
    session: Session,
) -> None:
    rates(session)
    currencies.set_rate(session, "EUR", MAR31, "1.15")
    cust = f.customer(session)
    sup = f.supplier(session)
    eur_invoice(session, cust.id, "100.00")  # 110.00 booked, 115.00 at month end: +5
    eur_invoice(session, sup.id, "40.00", kind=InvoiceKind.IN_INVOICE, account_code="6900")
    preview = exchange.revaluation(session, MAR31)
    assert [(r.booked, r.revalued, r.gain) for r in preview.lines] == [
        (D("110.00"), D("115.00"), D("5.00")),
        (D("44.00"), D("46.00"), D("-2.00")),
    ]
    assert role_balance(session, "fx_unrealised_gain") == 0  # a preview writes nothing
    done = exchange.post_revaluation(session, MAR31)
    assert done.posted_entry and done.reversal_entry
    pnl = profit_and_loss(session, MAR1, MAR31)
    assert pnl.other_income == D("5.00")
    assert account_balance(session, accounting.account_for_role(session, "receivable"), MAR31) == D(
        "115.00"
    )
    # Undone on April 1st: the invoice settles later at its booked value as before.
    april = date(2026, 4, 1)
    assert account_balance(session, accounting.account_for_role(session, "receivable"), april) == D(
        "110.00"
    )
    receivables = aging(session, "receivable", april)
    assert receivables.totals.total == D("110.00") and receivables.difference == 0
    with pytest.raises(InvalidInput, match="revalued already"):
        exchange.post_revaluation(session, MAR31)


def test_credit_note_at_another_rate_settles_with_an_exchange_difference(
    session: Session,
) -> None:
    rates(session)
    cust = f.customer(session)
    inv = eur_invoice(session, cust.id, "100.00")  # 110.00
    note = eur_invoice(session, cust.id, "30.00", on=MAR20, kind=InvoiceKind.OUT_REFUND)  # 36.00
    invoicing.apply_credit_note(session, note.id, inv.id, MAR20)
    session.flush()
    session.refresh(inv)
    assert (inv.amount_residual, inv.amount_residual_company) == (D("70.00"), D("77.00"))
    # The note took 36.00 off the receivable where the invoice carried 33.00 for it: the 3.00
    # put back is an exchange gain (it offsets the dearer sales return the note booked).
    assert role_balance(session, "fx_gain") == D("-3.00")
    assert role_balance(session, "receivable", cust.id) == D("77.00")
    assert aging(session, "receivable", MAR31).difference == 0


def test_orders_in_euros_invoice_in_euros_and_value_stock_in_dollars(session: Session) -> None:
    rates(session)
    cust = f.customer(session, currency="EUR")
    sup = f.supplier(session, currency="EUR")
    tea = f.product(session, "TEA", price="20.00", cost="8.00", stock="10")
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=MAR5,
            lines=[PurchaseLineIn(product_id=tea.id, quantity=D(10), unit_price=D("10.00"))],
        ),
    )
    assert (po.currency, po.exchange_rate, po.lines[0].subtotal_company) == (
        "EUR",
        D("1.10"),
        D("110.00"),
    )
    purchasing.confirm_order(session, po.id)
    purchasing.receive(session, po.id, MAR5)
    assert role_balance(session, "grni") == D("-110.00")  # 10 x 10 EUR at 1.10
    bill = purchasing.bill_order(session, po.id, MAR20)  # billed at 1.20: 120.00
    assert (bill.currency, bill.amount_total_company) == ("EUR", D("120.00"))
    assert role_balance(session, "grni") == 0
    assert role_balance(session, "price_difference") == D("10.00")
    so = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=MAR20,
            lines=[SalesLineIn(product_id=tea.id, quantity=D(2), unit_price=D("25.00"))],
        ),
    )
    assert (so.currency, so.lines[0].subtotal_company) == ("EUR", D("60.00"))
    sales.confirm_order(session, so.id)
    sales.deliver(session, so.id, MAR20)
    invoice = sales.invoice_order(session, so.id, MAR20)
    assert (invoice.currency, invoice.amount_total, invoice.amount_total_company) == (
        "EUR",
        D("50.00"),
        D("60.00"),
    )
    assert role_balance(session, "revenue") == D("-60.00")


def test_tax_report_of_a_foreign_invoice_is_in_the_company_currency(session: Session) -> None:
    rates(session)
    cust = f.customer(session)
    eur_invoice(session, cust.id, "100.00", tax_code="VAT13")
    report = tax_report(session, MAR1, MAR31)
    assert report.net_payable == D("14.30")
    assert report.ties and report.difference == 0


# -- any sequence --------------------------------------------------------------------------------

step = st.one_of(
    st.tuples(st.just("invoice"), st.sampled_from(["10.00", "33.33", "99.99", "250.01"])),
    st.tuples(st.just("bill"), st.sampled_from(["12.50", "40.00", "77.77"])),
    st.tuples(st.just("credit"), st.sampled_from(["5.00", "20.01"])),
    st.tuples(st.just("collect"), st.sampled_from(["3.33", "7.77", "11.11", "120.00", "500.00"])),
    st.tuples(st.just("pay"), st.sampled_from(["3.33", "9.99", "50.00", "300.00"])),
    st.tuples(
        st.just("rate"),
        st.sampled_from(["0.9", "1.08333333", "1.23456789", "0.98765432", "1.33", "1.5"]),
    ),
    st.tuples(st.just("revalue"), st.just("")),
)


@pytest.fixture(params=BACKENDS)
def fresh_books(request: pytest.FixtureRequest, migrated_engines: dict[str, Engine]) -> Engine:
    if request.param not in migrated_engines:
        pytest.skip("PostgreSQL not reachable")
    return migrated_engines[request.param]


def _apply(s: Session, op: str, arg: str, day: date, who: dict[str, int]) -> None:
    cust, sup = who["customer"], who["supplier"]
    if op == "rate":
        currencies.set_rate(s, "EUR", day, arg)
    elif op == "invoice":
        eur_invoice(s, cust, arg, on=day, tax_code="VAT13")
    elif op == "bill":
        eur_invoice(s, sup, arg, on=day, kind=InvoiceKind.IN_INVOICE, account_code="6900")
    elif op == "credit":
        note = eur_invoice(s, cust, arg, on=day, kind=InvoiceKind.OUT_REFUND)
        target = s.scalars(
            select(Invoice).where(Invoice.kind == InvoiceKind.OUT_INVOICE, Invoice.payable)
        ).first()
        if target is not None:
            invoicing.apply_credit_note(s, note.id, target.id, day)
    elif op == "collect":
        pay(s, cust, arg, day, currency="EUR")
    elif op == "pay":
        pay(s, sup, arg, day, role="supplier", direction=PaymentDirection.OUTBOUND, currency="EUR")
    elif op == "revalue":
        exchange.post_revaluation(s, day)


def _check(s: Session, day: date) -> None:
    """The receivable and payable accounts hold, the day after, exactly the booked value of
    what is open plus the unallocated money; settled documents carry nothing; the aging ties."""
    for inv in s.scalars(select(Invoice).where(Invoice.state != InvoiceState.DRAFT)):
        assert (inv.amount_residual == 0) == (inv.amount_residual_company == 0), inv.number
        assert inv.amount_residual_company >= 0 and inv.amount_residual >= 0, inv.number
    after = day + timedelta(days=1)  # past any revaluation, which is undone the next day
    for kind in ("receivable", "payable"):
        report = aging(s, kind, after)
        assert report.difference == 0, (kind, report.totals.total, report.account_balance)
    tb = trial_balance(s)
    assert tb.total_debit == tb.total_credit


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_foreign_books_agree_after_any_sequence(
    fresh_books: Engine, steps: list[tuple[str, str]]
) -> None:
    _wipe(fresh_books)
    with unit_of_work(fresh_books, actor="test") as s:
        init_books(s, name="FX Trading Co.")
        currencies.set_rate(s, "EUR", date(2026, 1, 1), "1.1")
        who = {"customer": f.customer(s).id, "supplier": f.supplier(s).id}
    day = date(2026, 1, 2)
    for i, (op, arg) in enumerate(steps):
        day = date(2026, 1, 2) + timedelta(days=2 * i)
        with unit_of_work(fresh_books, actor="test") as s:
            _apply(s, op, arg, day, who)
        with unit_of_work(fresh_books, actor="test") as s:
            _check(s, day)
