"""Cancelling an invoice or bill that billed an order: the order's lines (and its shipping
charge) are to bill again, once; and the shipping charge is invoiced once, with its tax, on
its accounts, and in the VAT return."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from smarterp.erp.accounting.models import Account, JournalEntry
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceState
from smarterp.erp.invoicing.tax_report import tax_report
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseState
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal
ON = date(2026, 3, 2)


def _order_with_shipping(session: Session) -> SalesOrder:
    """10 teas at 20.00 (VAT 13%) with 15.00 of freight taxed at 9%, confirmed."""
    cust = f.customer(session)
    tea = f.product(session, "TEA", price="20.00", stock="100", sales_tax_code="VAT13")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=ON,
            lines=[SalesLineIn(product_id=tea.id, quantity=D(10))],
            shipping_charge=D("15.00"),
            shipping_tax_code="VAT9",
        ),
    )
    sales.confirm_order(session, order.id)
    return order


def _shipping_lines(invoices: list[Invoice]) -> list[tuple[str, Decimal, Decimal, str | None]]:
    return [
        (ln.description, ln.subtotal, ln.tax_amount, ln.tax_code)
        for inv in invoices
        for ln in inv.lines
        if ln.description.startswith("Shipping")
    ]


def _posted(session: Session, invoice: Invoice) -> dict[str, tuple[Decimal, Decimal]]:
    """Account code -> (debit, credit) of the invoice's journal entry."""
    entry = session.get_one(JournalEntry, invoice.journal_entry_id)
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for ln in entry.lines:
        code = session.get_one(Account, ln.account_id).code
        debit, credit = out.get(code, (D(0), D(0)))
        out[code] = (debit + ln.debit, credit + ln.credit)
    return out


def test_shipping_is_invoiced_once_with_its_tax_on_its_accounts(session: Session) -> None:
    order = _order_with_shipping(session)
    assert (order.amount_untaxed, order.amount_tax) == (D("215.00"), D("27.35"))
    sales.deliver(session, order.id, ON, {order.lines[0].id: D(4)})
    first = sales.invoice_order(session, order.id, ON)
    sales.deliver(session, order.id, ON)
    second = sales.invoice_order(session, order.id, ON)
    assert _shipping_lines([first, second]) == [
        (f"Shipping for {order.number}", D("15.00"), D("1.35"), "VAT9")
    ]
    # 4 teas 80.00 + 10.40 VAT, freight 15.00 + 1.35 VAT: revenue, shipping income, output VAT.
    assert _posted(session, first) == {
        "1100": (D("106.75"), D(0)),  # receivable
        "4000": (D(0), D("80.00")),
        "4200": (D(0), D("15.00")),
        "2100": (D(0), D("11.75")),
    }
    assert "4200" not in _posted(session, second)
    assert first.amount_total + second.amount_total == order.amount_total
    assert order.state == SalesState.DONE
    rep = tax_report(session, ON, ON)
    vat9 = next(r for r in rep.output.rows if r.code == "VAT9")
    assert (vat9.base, vat9.tax) == (D("15.00"), D("1.35"))
    assert rep.output.tax == order.amount_tax and rep.ties


def test_cancelling_an_invoice_gives_its_quantities_and_shipping_back_to_invoice(
    session: Session,
) -> None:
    order = _order_with_shipping(session)
    sales.deliver(session, order.id, ON)
    wrong = sales.invoice_order(session, order.id, ON)
    assert order.state == SalesState.DONE and order.shipping_invoiced
    invoicing.cancel_invoice(session, wrong.id, reason="wrong address")
    assert wrong.state == InvoiceState.CANCELLED
    assert order.state == SalesState.CONFIRMED and order.lines[0].qty_invoiced == 0
    assert not order.shipping_invoiced
    right = sales.invoice_order(session, order.id, ON)
    assert right.amount_total == wrong.amount_total == order.amount_total == D("242.35")
    assert len(_shipping_lines([right])) == 1 and order.state == SalesState.DONE
    rep = tax_report(session, ON, ON)  # the cancelled invoice counts nowhere
    assert rep.output.tax == D("27.35") and rep.ties


def test_cancelling_a_draft_invoice_or_a_bill_gives_its_quantities_back(session: Session) -> None:
    order = _order_with_shipping(session)
    sales.deliver(session, order.id, ON)
    draft = sales.invoice_order(session, order.id, ON, post=False)
    invoicing.cancel_invoice(session, draft.id)
    assert order.lines[0].qty_invoiced == 0 and not order.shipping_invoiced
    assert sales.ACTIONS.verdict(session, order, "invoice").allowed

    sup = f.supplier(session)
    chai = f.product(session, "CHAI")
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=ON,
            lines=[PurchaseLineIn(product_id=chai.id, quantity=D(5), unit_price=D("9.50"))],
        ),
    )
    purchasing.confirm_order(session, po.id)
    purchasing.receive(session, po.id, ON)
    bill = purchasing.bill_order(session, po.id, ON)
    assert po.state == PurchaseState.DONE
    invoicing.cancel_invoice(session, bill.id)
    assert po.state == PurchaseState.CONFIRMED and po.lines[0].qty_billed == 0
    again = purchasing.bill_order(session, po.id, ON)
    assert again.amount_total == bill.amount_total and po.state == PurchaseState.DONE
