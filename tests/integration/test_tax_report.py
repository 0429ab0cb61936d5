"""The VAT return: output and input tax by rate from posted documents, tied to the ledger."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core import schema
from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, InvoiceLine
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.invoicing.tax_report import TaxSide, tax_report
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _sell(session: Session, customer_id: int, lines: list[SalesLineIn], on: date, **kw: object):  # type: ignore[no-untyped-def]
    order = sales.create_order(
        session,
        SalesOrderIn(customer_id=customer_id, order_date=on, lines=lines, **kw),  # type: ignore[arg-type]
    )
    sales.confirm_order(session, order.id)
    sales.deliver(session, order.id, on)
    sales.invoice_order(session, order.id, on)
    return order


def vat_books(session: Session) -> None:
    """March 2026: sales at 13% and 9% with shipping taxed at 9% and an untaxed line, a return
    credited, a bill at 13% and part of it sent back; plus a cancelled and a draft invoice in
    March and a sale in April, which the March return leaves out."""
    cust = f.customer(session)
    sup = f.supplier(session)
    tea = f.product(
        session,
        "TEA",
        price="20.00",
        cost="8.00",
        stock="100",
        supplier_id=sup.id,
        sales_tax_code="VAT13",
        purchase_tax_code="PVAT13",
    )
    book = f.product(session, "BOOK", price="10.00", cost="6.00", stock="50", sales_tax_code="VAT9")
    sample = f.product(session, "SAMPLE", price="5.00", cost="1.00", stock="50")  # no tax code
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=date(2026, 3, 3),
            lines=[PurchaseLineIn(product_id=tea.id, quantity=D(20), unit_price=D("8.00"))],
        ),
    )
    purchasing.confirm_order(session, po.id)
    purchasing.receive(session, po.id, date(2026, 3, 3))
    purchasing.bill_order(session, po.id, date(2026, 3, 3))  # 160.00 + 20.80
    purchasing.return_to_supplier(session, po.id, {po.lines[0].id: D(5)}, date(2026, 3, 25))
    order = _sell(
        session,
        cust.id,
        [
            SalesLineIn(product_id=tea.id, quantity=D(10)),  # 200.00 + 26.00
            SalesLineIn(product_id=book.id, quantity=D(5)),  # 50.00 + 4.50
            SalesLineIn(product_id=sample.id, quantity=D(3)),  # 15.00, no tax
        ],
        date(2026, 3, 5),
        shipping_charge=D("15.00"),  # + 1.35 at 9%
        shipping_tax_code="VAT9",
    )
    sales.return_goods(session, order.id, {order.lines[0].id: D(2)}, date(2026, 3, 20))  # -40, -5.2
    _sell(session, cust.id, [SalesLineIn(product_id=tea.id, quantity=D(1))], date(2026, 4, 2))
    consulting = InvoiceIn(
        kind=InvoiceKind.OUT_INVOICE,
        partner_id=cust.id,
        invoice_date=date(2026, 3, 10),
        lines=[
            InvoiceLineIn(
                description="Consulting", quantity=D(1), unit_price=D(100), tax_code="VAT13"
            )
        ],
    )
    cancelled = invoicing.create_invoice(session, consulting)
    invoicing.post_invoice(session, cancelled.id)
    invoicing.cancel_invoice(session, cancelled.id, reason="wrong customer")
    invoicing.create_invoice(session, consulting)  # a draft: not in the books yet


def manual_entry(session: Session, ref: str, debit: str, credit: str, amount: str) -> JournalEntry:
    """A journal entry typed by hand on 31 March 2026: `amount` debited to the account coded
    `debit` and credited to `credit`, by an accountant allowed to touch the VAT accounts."""
    return accounting.create_entry(
        session,
        EntryIn(
            date=date(2026, 3, 31),
            ref=ref,
            lines=[
                EntryLineIn(account_code=debit, debit=D(amount)),
                EntryLineIn(account_code=credit, credit=D(amount)),
            ],
        ),
        control_accounts=True,
    )


def _figures(side: TaxSide) -> dict[str | None, tuple[Decimal, Decimal]]:
    return {r.code: (r.base, r.tax) for r in side.rows}


def test_vat_return_by_rate_ties_to_the_ledger(session: Session) -> None:
    vat_books(session)
    rep = tax_report(session, *MARCH)
    assert _figures(rep.output) == {
        "VAT13": (D("160.00"), D("20.80")),  # 10 teas less 2 returned
        "VAT9": (D("65.00"), D("5.85")),  # books 50.00 and shipping 15.00
        "VAT0": (D("0.00"), D("0.00")),
        None: (D("15.00"), D("0.00")),  # the untaxed samples
    }
    assert [r.code for r in rep.output.rows] == ["VAT13", "VAT9", "VAT0", None]
    assert (rep.output.base, rep.output.tax) == (D("240.00"), D("26.65"))
    assert _figures(rep.input)["PVAT13"] == (D("120.00"), D("15.60"))  # 20 bought, 5 sent back
    assert (rep.input.base, rep.input.tax) == (D("120.00"), D("15.60"))
    assert rep.net_payable == D("11.05")

    accounts = {a.code: a for a in rep.accounts}
    # The cancelled invoice's 13.00 is on both sides: its entry and the reversal.
    assert (accounts["2100"].credit, accounts["2100"].debit) == (D("44.85"), D("18.20"))
    assert accounts["2100"].ledger == accounts["2100"].documents == D("26.65")
    assert accounts["1300"].ledger == accounts["1300"].documents == D("15.60")
    assert rep.ledger_net_payable == D("11.05")
    assert rep.ties and rep.difference == 0 and rep.other_postings == []

    april = tax_report(session, date(2026, 4, 1), date(2026, 4, 30))
    assert _figures(april.output)["VAT13"] == (D("20.00"), D("2.60"))
    assert april.net_payable == D("2.60") and april.ties
    whole = tax_report(session)
    assert whole.net_payable == D("13.65") and whole.ties


def test_a_manual_entry_to_a_vat_account_shows_as_a_difference(session: Session) -> None:
    vat_books(session)
    correction = manual_entry(session, "VAT correction", "6900", "2100", "10.00")
    rep = tax_report(session, *MARCH)
    assert rep.net_payable == D("11.05")  # the documents did not change
    assert not rep.ties and rep.ledger_net_payable == D("21.05") and rep.difference == D("10.00")
    accounts = {a.code: a for a in rep.accounts}
    assert (accounts["2100"].ledger, accounts["2100"].difference) == (D("36.65"), D("10.00"))
    assert accounts["1300"].difference == 0
    assert [(p.entry, p.account, p.credit) for p in rep.other_postings] == [
        (correction.number, "2100", D("10.00"))
    ]
    # Settling the VAT moves input tax against output tax: the net agrees, each account not.
    accounting.reverse_entry(session, correction.id)
    manual_entry(session, "VAT settlement March", "2100", "1300", "15.60")
    settled = tax_report(session, *MARCH)
    assert settled.difference == 0 and not settled.ties
    assert [a.difference for a in settled.accounts] == [D("-15.60"), D("-15.60")]
    assert len(settled.other_postings) == 4  # the correction, its reversal, both settlement lines
    assert tax_report(session, date(2026, 4, 1), date(2026, 4, 30)).ties


def test_the_period_must_run_forwards(session: Session) -> None:
    with pytest.raises(InvalidInput, match="is after date_to"):
        tax_report(session, date(2026, 3, 31), date(2026, 3, 1))
    empty = tax_report(session, *MARCH)
    assert empty.net_payable == 0 and empty.ties
    assert [r.code for r in empty.output.rows] == ["VAT13", "VAT9", "VAT0", None]


def _consulting(session: Session, customer_id: int, on: date, amount: str) -> InvoiceIn:
    return InvoiceIn(
        kind=InvoiceKind.OUT_INVOICE,
        partner_id=customer_id,
        invoice_date=on,
        lines=[
            InvoiceLineIn(
                description="Consulting", quantity=D(1), unit_price=D(amount), tax_code="VAT13"
            )
        ],
    )


def test_a_rate_change_leaves_posted_lines_at_the_rate_they_were_posted_at(
    session: Session,
) -> None:
    """Post at 13%, change the tax to 9%, post again (and post a draft made before the
    change): the return shows both rates with their bases and taxes, tied to the ledger."""
    cust = f.customer(session)
    first = invoicing.create_invoice(
        session, _consulting(session, cust.id, date(2026, 3, 5), "100")
    )
    invoicing.post_invoice(session, first.id)
    early_draft = invoicing.create_invoice(
        session, _consulting(session, cust.id, date(2026, 3, 6), "50")
    )
    assert (early_draft.lines[0].tax_rate, early_draft.amount_tax) == (D("0.13"), D("6.50"))
    accounting.tax_by_code(session, "VAT13").rate = D("0.09")
    session.flush()
    second = invoicing.create_invoice(
        session, _consulting(session, cust.id, date(2026, 3, 20), "200")
    )
    invoicing.post_invoice(session, second.id)
    invoicing.post_invoice(session, early_draft.id)  # taxed at the rate in force as it is posted

    assert (first.lines[0].tax_code, first.lines[0].tax_rate) == ("VAT13", D("0.13"))
    assert (early_draft.lines[0].tax_rate, early_draft.amount_tax) == (D("0.09"), D("4.50"))
    assert early_draft.amount_total == D("54.50") == early_draft.amount_residual
    rep = tax_report(session, *MARCH)
    rows = [(r.code, r.rate, r.base, r.tax) for r in rep.output.rows if r.code == "VAT13"]
    assert rows == [
        ("VAT13", D("0.13"), D("100.00"), D("13.00")),
        ("VAT13", D("0.09"), D("250.00"), D("22.50")),
    ]
    assert rep.output.tax == D("35.50") and rep.net_payable == D("35.50")
    vat_out = {a.code: a for a in rep.accounts}["2100"]
    assert vat_out.ledger == vat_out.documents == D("35.50")
    assert rep.ledger_net_payable == rep.net_payable and rep.ties


def test_migration_0011_backfills_earlier_lines_at_the_rate_of_today(engine: Engine) -> None:
    """Lines written before revision 0011 had no rate of their own: the migration gives them
    the tax's current rate and code (the documented assumption), untaxed lines none."""
    with unit_of_work(engine, actor="test") as s:
        cust = f.customer(s)
        for tax in ("VAT9", None):
            draft = _consulting(s, cust.id, date(2026, 3, 5), "100")
            draft.lines[0].tax_code = tax
            invoicing.post_invoice(s, invoicing.create_invoice(s, draft).id)
    cfg = schema.alembic_config(engine)
    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011@-1")  # this branch only: the columns are dropped
            conn.commit()
    finally:
        schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        rows = s.execute(
            select(InvoiceLine.tax_code, InvoiceLine.tax_rate).order_by(InvoiceLine.id)
        ).all()
    assert [tuple(r) for r in rows] == [("VAT9", D("0.09")), (None, None)]


def test_a_dated_rate_change_taxes_by_document_date_and_credits_at_the_rate_charged(
    session: Session,
) -> None:
    """VAT13 becomes 9% from April 1st: March documents stay at 13% even when made or posted
    later, April ones take 9%, and goods invoiced in March and returned in April are credited
    at the 13% they were charged."""
    cust = f.customer(session)
    tea = f.product(
        session, "TEA", price="100.00", cost="40.00", stock="50", sales_tax_code="VAT13"
    )
    march = _sell(
        session, cust.id, [SalesLineIn(product_id=tea.id, quantity=D(2))], date(2026, 3, 5)
    )
    late_march = invoicing.create_invoice(
        session, _consulting(session, cust.id, date(2026, 3, 30), "100")
    )
    row = taxes.set_rate(session, "VAT13", D("0.09"), date(2026, 4, 1), "rate cut")
    assert row.valid_from == date(2026, 4, 1)
    tax = accounting.tax_by_code(session, "VAT13")
    assert [(h.valid_from, h.rate) for h in taxes.history(session, tax)] == [
        (taxes.SINCE_ALWAYS, D("0.13")),
        (date(2026, 4, 1), D("0.09")),
    ]
    invoicing.post_invoice(session, late_march.id)  # dated March: 13%
    assert late_march.lines[0].tax_rate == D("0.13")
    april = invoicing.create_invoice(
        session, _consulting(session, cust.id, date(2026, 4, 2), "100")
    )
    assert (april.lines[0].tax_rate, april.amount_tax) == (D("0.09"), D("9.00"))
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 4, 3),
            lines=[SalesLineIn(product_id=tea.id, quantity=D(1))],
        ),
    )
    assert order.amount_tax == D("9.00")
    _, note = sales.return_goods(session, march.id, {march.lines[0].id: D(1)}, date(2026, 4, 10))
    assert note is not None
    assert (note.lines[0].tax_rate, note.amount_tax) == (D("0.13"), D("13.00"))
    with pytest.raises(InvalidInput, match="fraction"):
        taxes.set_rate(session, "VAT13", D("13"), date(2026, 5, 1))
    april_report = tax_report(session, date(2026, 4, 1), date(2026, 4, 30))
    assert april_report.ties
