"""The cash outlook on books built here: a customer who paid three invoices late is expected
late again by the same days, a new one on terms; bills on their due date; credits set against
the next invoice; orders not invoiced; the weeks chain and add up to the ledger's receivable,
payable and bank balances; the low-cash warning names the first week below; the stored
forecast and the replenishment plan add their lines; the CLI's JSON. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import get_settings
from smarterp.erp.accounting.reports import account_balance
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.accounting.service import account_for_role, create_entry
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.finance.cash import cash_outlook
from smarterp.intel.finance.cash_schemas import CashLine, CashOutlook
from smarterp.intel.forecast.books import store_forecasts
from smarterp.intel.planning import replenish
from tests import factories as f

D = Decimal
TODAY = date(2026, 6, 30)


def _invoice(
    s: Session,
    partner: Partner,
    kind: InvoiceKind,
    issued: date,
    due: date,
    amount: str,
    tax: str | None = None,
) -> int:
    inv = invoicing.create_invoice(
        s,
        InvoiceIn(
            kind=kind,
            partner_id=partner.id,
            invoice_date=issued,
            due_date=due,
            lines=[
                InvoiceLineIn(
                    description="goods", quantity=D(1), unit_price=D(amount), tax_code=tax
                )
            ],
        ),
    )
    invoicing.post_invoice(s, inv.id)
    return inv.id


def _collect(s: Session, partner: Partner, invoice_id: int, amount: str, on: date) -> None:
    invoicing.register_payment(
        s,
        PaymentIn(
            partner_id=partner.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=D(amount),
            date=on,
            invoice_ids=[invoice_id],
        ),
    )


def _capital(s: Session, amount: str, on: date = date(2026, 1, 2)) -> None:
    create_entry(
        s,
        EntryIn(
            date=on,
            ref="share capital",
            lines=[
                EntryLineIn(account_code="1010", debit=D(amount)),
                EntryLineIn(account_code="3000", credit=D(amount)),
            ],
        ),
    )


@dataclass
class Books:
    late: Partner  # paid three invoices 10 days late each
    twice: Partner  # paid two invoices 20 days late: too few to read a habit
    new: Partner  # never paid anything
    acme: Partner  # a supplier
    late_invoice: int
    twice_invoice: int
    new_invoice: int


def _books(s: Session) -> Books:
    _capital(s, "10000.00")
    late = f.customer(s, "Late Payer Ltd", payment_term_days=30)
    twice = f.customer(s, "Twice Late Co", payment_term_days=30)
    new = f.customer(s, "Brand New Inc", payment_term_days=30)
    acme = f.supplier(s, "Acme Supplies")
    for month in (1, 2, 3):
        issued = date(2026, month, 5)
        due = issued + timedelta(days=30)
        inv = _invoice(s, late, InvoiceKind.OUT_INVOICE, issued, due, "1000.00")
        _collect(s, late, inv, "1000.00", due + timedelta(days=10))
    for month in (1, 2):
        issued = date(2026, month, 10)
        due = issued + timedelta(days=30)
        inv = _invoice(s, twice, InvoiceKind.OUT_INVOICE, issued, due, "200.00")
        _collect(s, twice, inv, "200.00", due + timedelta(days=20))
    late_invoice = _invoice(
        s, late, InvoiceKind.OUT_INVOICE, date(2026, 6, 20), date(2026, 7, 20), "500.00"
    )
    twice_invoice = _invoice(
        s, twice, InvoiceKind.OUT_INVOICE, date(2026, 6, 22), date(2026, 7, 22), "200.00"
    )
    new_invoice = _invoice(
        s, new, InvoiceKind.OUT_INVOICE, date(2026, 6, 25), date(2026, 7, 25), "300.00"
    )
    _invoice(s, new, InvoiceKind.OUT_REFUND, date(2026, 6, 26), date(2026, 6, 26), "50.00")
    _invoice(s, acme, InvoiceKind.IN_INVOICE, date(2026, 6, 15), date(2026, 7, 15), "400.00")
    _invoice(s, acme, InvoiceKind.IN_INVOICE, date(2026, 5, 1), date(2026, 5, 31), "100.00")
    return Books(late, twice, new, acme, late_invoice, twice_invoice, new_invoice)


def _all_lines(r: CashOutlook) -> list[CashLine]:
    return [ln for w in r.weeks for ln in w.lines] + r.beyond + r.unscheduled


def _line(r: CashOutlook, document: str) -> tuple[int, CashLine]:
    for w in r.weeks:
        for ln in w.lines:
            if ln.document == document:
                return w.week, ln
    raise AssertionError(f"{document} is in no week")


def _number(s: Session, invoice_id: int) -> str:
    number = invoicing.get_invoice(s, invoice_id).number
    assert number is not None
    return number


def test_a_customer_who_paid_late_three_times_is_expected_late_by_as_many_days(
    session: Session,
) -> None:
    books = _books(session)
    r = cash_outlook(session, as_of=TODAY)
    week, line = _line(r, _number(session, books.late_invoice))
    assert line.due_date == date(2026, 7, 20)
    assert line.expected_date == date(2026, 7, 30)  # due + the 10 days they always took
    assert week == 5  # 28 July to 3 August
    assert "+10 days" in line.basis and "3 paid invoices" in line.basis
    # Two late payments are not yet a habit: expected on the due date.
    _, twice = _line(r, _number(session, books.twice_invoice))
    assert twice.expected_date == twice.due_date == date(2026, 7, 22)
    # A customer with no paid invoice is expected on their terms, and the outlook says so.
    _, new = _line(r, _number(session, books.new_invoice))
    assert new.expected_date == new.due_date == date(2026, 7, 25)
    habits = {h.partner: h for h in r.customers}
    assert (habits["Late Payer Ltd"].basis, habits["Late Payer Ltd"].days_late) == ("history", 10)
    assert habits["Late Payer Ltd"].paid_invoices == 3
    assert (habits["Twice Late Co"].basis, habits["Twice Late Co"].paid_invoices) == ("terms", 2)
    assert (habits["Brand New Inc"].basis, habits["Brand New Inc"].paid_invoices) == ("terms", 0)


def test_bills_by_due_date_credits_against_the_next_invoice_and_overdue_in_week_one(
    session: Session,
) -> None:
    books = _books(session)
    r = cash_outlook(session, as_of=TODAY)
    payables = [(w.week, ln) for w in r.weeks for ln in w.lines if ln.source == "payables"]
    assert sorted((week, ln.amount, ln.overdue) for week, ln in payables) == [
        (1, D("-100.00"), True),  # due 31 May: paid in the first week
        (3, D("-400.00"), False),  # due 15 July
    ]
    credit = next(ln for ln in _all_lines(r) if ln.amount == D("50.00") * -1)
    _, invoice = _line(r, _number(session, books.new_invoice))
    assert credit.expected_date == invoice.expected_date
    assert invoice.document in credit.basis


def test_the_weeks_chain_and_reconcile_to_the_ledger(session: Session) -> None:
    _books(session)
    r = cash_outlook(session, as_of=TODAY)
    bank = account_balance(session, account_for_role(session, "bank"), TODAY)
    assert r.opening_cash == bank == D("13400.00")  # capital 10,000 + 3 x 1,000 + 2 x 200
    opening = r.opening_cash
    for w in r.weeks:
        assert w.opening == opening
        assert w.net == sum(w.by_source.values()) == sum(ln.amount for ln in w.lines)
        assert w.closing == w.opening + w.receipts - w.payments
        opening = w.closing
    assert r.closing_cash == r.weeks[-1].closing == r.opening_cash + sum(r.totals.values())
    receivable = account_balance(session, account_for_role(session, "receivable"))
    payable = -account_balance(session, account_for_role(session, "payable"))
    lines = _all_lines(r)
    assert sum(ln.amount for ln in lines if ln.source == "receivables") == receivable == D("950.00")
    assert -sum(ln.amount for ln in lines if ln.source == "payables") == payable == D("500.00")
    ar, ap = r.open_items
    assert (ar.kind, ar.open_items, ar.ledger_balance, ar.difference) == (
        "receivable",
        receivable,
        receivable,
        0,
    )
    assert ar.in_weeks + ar.beyond + ar.unscheduled == ar.open_items
    assert (ap.kind, ap.in_weeks, ap.ledger_balance, ap.difference) == (
        "payable",
        payable,
        payable,
        0,
    )


def test_a_credit_with_no_invoice_to_set_against_is_unscheduled(session: Session) -> None:
    _capital(session, "1000.00")
    someone = f.customer(session, "Credit Holder")
    _invoice(session, someone, InvoiceKind.OUT_REFUND, date(2026, 6, 1), date(2026, 6, 1), "80.00")
    r = cash_outlook(session, as_of=TODAY)
    assert [(ln.document, ln.amount) for ln in r.unscheduled] == [
        (r.unscheduled[0].document, D("-80.00"))
    ]
    assert r.open_items[0].unscheduled == D("-80.00") == r.open_items[0].open_items
    assert all(not w.lines for w in r.weeks)


def test_the_low_cash_warning_names_the_first_week_below_the_threshold(session: Session) -> None:
    _books(session)
    # 13,400 opening; -100 in week 1 (13,300: not below 13,300); -400 in week 3.
    r = cash_outlook(session, as_of=TODAY, threshold=D("13300"))
    assert r.low_cash is not None and r.low_cash.week == 3
    assert r.low_cash.closing == D("12900.00") and r.low_cash.start == date(2026, 7, 14)
    assert r.warning is not None and "week 3" in r.warning
    assert next(w.week for w in r.weeks if w.below_threshold) == 3
    assert cash_outlook(session, as_of=TODAY).low_cash is None  # default threshold 0


def test_confirmed_orders_not_invoiced_are_expected_after_delivery_and_terms(
    session: Session,
) -> None:
    books = _books(session)
    tea = f.product(session, "TEA", price="10.00", cost="6.00", stock="100")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=books.late.id,
            order_date=date(2026, 6, 29),
            requested_date=date(2026, 7, 3),
            lines=[SalesLineIn(product_id=tea.id, quantity=D(10), tax_code="VAT13")],
        ),
    )
    sales.confirm_order(session, order.id)
    r = cash_outlook(session, as_of=TODAY)
    _, line = _line(r, order.number)
    assert line.source == "sales_orders"
    assert line.amount == D("113.00")  # 10 x 10.00 with 13% VAT
    # Delivered on the requested day, 30 days' terms, and this customer's 10 days late.
    assert line.due_date == date(2026, 8, 2)
    assert line.expected_date == date(2026, 8, 12)


def test_bad_input_is_refused_naming_the_field(session: Session) -> None:
    with pytest.raises(InvalidInput) as err:
        cash_outlook(session, as_of=TODAY, weeks=0)
    assert err.value.details["field"] == "weeks"
    with pytest.raises(InvalidInput) as err:
        cash_outlook(session, as_of=date(1800, 1, 1))
    assert err.value.details["field"] == "as_of"


def _store_forecast(s: Session, sku: str, product_id: int, weeks: int, units: float) -> None:
    starts = [date(2026, 6, 29) + timedelta(days=7 * i) for i in range(weeks)]
    frame = pd.DataFrame({"unique_id": sku, "ds": pd.to_datetime(starts), "yhat": [units] * weeks})
    methods = pd.DataFrame({"unique_id": [sku], "method": ["test"], "demand_class": ["smooth"]})
    store_forecasts(s, frame, methods, {sku: product_id}, "W")


def test_forecast_sales_are_the_stored_forecast_at_list_price_with_tax(session: Session) -> None:
    tea = f.product(session, "TEA", price="10.00", cost="6.00", sales_tax_code="VAT13")
    # One week's forecast, 14 units from Monday 29 June: 12 of them from 30 June on.
    _store_forecast(session, "TEA", tea.id, 1, 14.0)
    r = cash_outlook(session, as_of=TODAY)
    lines = [ln for ln in _all_lines(r) if ln.source == "forecast_sales"]
    assert {ln.document for ln in lines} == {"TEA"}
    assert sum(ln.amount for ln in lines) == D("135.60")  # 12 x 11.30
    # No paid invoices: collected on the company's default terms, 30 days after each sale.
    assert min(ln.expected_date for ln in lines) == TODAY + timedelta(days=30)
    assert all("forecast W run" in ln.basis for ln in lines)


def test_planned_purchases_start_from_the_replenishment_proposals(session: Session) -> None:
    acme = f.supplier(session, "Acme Supplies", payment_term_days=14)
    tea = f.product(session, "TEA", price="10.00", cost="6.00", stock="30", supplier_id=acme.id)
    buyer = f.customer(session, "Steady Buyer")
    for i in range(60):
        order = sales.create_order(
            session,
            SalesOrderIn(
                customer_id=buyer.id,
                order_date=TODAY - timedelta(days=60 - i),
                lines=[SalesLineIn(product_id=tea.id, quantity=D(2), tax_code="")],
            ),
        )
        sales.confirm_order(session, order.id)
    _store_forecast(session, "TEA", tea.id, 13, 14.0)
    proposal = next(p for p in replenish.plan(session, TODAY) if p.sku == "TEA")
    r = cash_outlook(session, as_of=TODAY)
    lines = sorted(
        (ln for ln in _all_lines(r) if ln.source == "forecast_purchases"),
        key=lambda ln: ln.expected_date,
    )
    assert lines, "a product selling 2 a day with 30 on hand is reordered within 13 weeks"
    assert all(ln.partner == "Acme Supplies" and ln.amount < 0 for ln in lines)
    first = lines[0]
    # 30 on hand against 2 a day: the plan proposes an order today, the outlook's first.
    assert proposal.proposed_qty > 0
    assert f"order {proposal.proposed_qty} on {TODAY}" in first.basis
    assert first.amount == -(proposal.proposed_qty * D("6.00"))
    lead = round(proposal.lead_time_days)
    ordered = date.fromisoformat(first.basis.split(" on ")[1][:10])
    assert first.expected_date == ordered + timedelta(days=lead + 14)


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_smarterp_cash_outlook_json_and_table(engine: Engine, cli: CliRunner) -> None:
    with unit_of_work(engine, actor="test") as s:
        _books(s)
    args = ["cash", "outlook", "--as-of", "2026-06-30", "--threshold", "13300", "--json"]
    out = cli.invoke(app, args)
    assert out.exit_code == 0, out.output
    body = json.loads(out.output)
    assert len(body["weeks"]) == 13 and body["low_cash"]["week"] == 3
    assert D(body["opening_cash"]) == D("13400.00")
    assert {ln["source"] for w in body["weeks"] for ln in w["lines"]} >= {
        "receivables",
        "payables",
    }
    table = cli.invoke(app, ["cash", "outlook", "--as-of", "2026-06-30", "--weeks", "6"])
    assert table.exit_code == 0, table.output
    assert "cash stays at or above 0.00 in every week" in table.output
    bad = cli.invoke(app, ["cash", "outlook", "--weeks", "0"])
    assert bad.exit_code != 0 and "weeks" in bad.output
    bad = cli.invoke(app, ["cash", "outlook", "--threshold", "lots"])
    assert bad.exit_code != 0 and "--threshold" in bad.output
