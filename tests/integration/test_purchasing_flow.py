"""The purchasing flow end to end: RFQ, confirm, partial receipt, bill, pay, match, return."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry, JournalLine
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import ShipmentState
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import BillLineIn, PurchaseLineIn, PurchaseOrderIn
from tests import factories as f

D = Decimal


def balance(session: Session, role: str) -> Decimal:
    """Debit minus credit of the account with this role."""
    acc = accounting.account_for_role(session, role)
    row = session.execute(
        select(
            func.coalesce(func.sum(JournalLine.debit), 0),
            func.coalesce(func.sum(JournalLine.credit), 0),
        ).where(JournalLine.account_id == acc.id)
    ).one()
    return (D(str(row[0])) - D(str(row[1]))).quantize(D("0.01"))


def entry_lines(session: Session, entry_id: int | None) -> dict[str, tuple[Decimal, Decimal]]:
    """An entry's lines as {account code: (debit, credit)}, summed per account."""
    assert entry_id is not None
    entry = session.get(JournalEntry, entry_id)
    assert entry is not None
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for ln in entry.lines:
        d, c = out.get(ln.account.code, (D(0), D(0)))
        out[ln.account.code] = (d + ln.debit, c + ln.credit)
    return out


def rfq(
    session: Session, supplier: Partner, product: Product, quantity: str, unit_price: str
) -> PurchaseOrder:
    return purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=supplier.id,
            order_date=date(2026, 2, 1),
            lines=[
                PurchaseLineIn(
                    product_id=product.id,
                    quantity=D(quantity),
                    unit_price=D(unit_price),
                    tax_code="PVAT13",
                )
            ],
        ),
    )


def test_rfq_to_payment_with_backorder_price_difference_and_return(session: Session) -> None:
    sup = f.supplier(session)
    tofu = f.product(session, "TOFU", price="9.00", cost="4.00")
    order = rfq(session, sup, tofu, "100", "4.00")
    assert order.state == PurchaseState.RFQ
    assert (order.amount_untaxed, order.amount_tax, order.amount_total) == (
        D("400.00"),
        D("52.00"),
        D("452.00"),
    )
    purchasing.confirm_order(session, order.id)
    assert order.state == PurchaseState.CONFIRMED
    line = order.lines[0]

    # Partial receipt: 60 arrive, 40 stay on a backorder.
    first = purchasing.receive(session, order.id, date(2026, 2, 5), {line.id: D(60)})
    assert first.state == ShipmentState.DONE
    assert line.qty_received == D(60)
    backorder = purchasing.open_receipt(session, order)
    assert backorder is not None and backorder.backorder_of_id == first.id
    assert [m.quantity for m in backorder.moves] == [D(40)]
    assert inventory.on_hand(session, tofu.id) == D(60)
    assert balance(session, "inventory") == D("240.00")
    assert balance(session, "grni") == D("-240.00")

    # The supplier bills the 60 at 4.50: 30.00 lands on price differences.
    bill = purchasing.bill_order(
        session,
        order.id,
        date(2026, 2, 6),
        lines=[BillLineIn(line_id=line.id, quantity=D(60), unit_price=D("4.50"))],
        supplier_ref="EXL-7731",
    )
    assert bill.state == InvoiceState.POSTED
    assert (bill.amount_untaxed, bill.amount_tax, bill.amount_total) == (
        D("270.00"),
        D("35.10"),
        D("305.10"),
    )
    assert entry_lines(session, bill.journal_entry_id) == {
        "2110": (D("240.00"), D(0)),  # clears GRNI at the receipt value
        "5200": (D("30.00"), D(0)),  # price difference
        "1300": (D("35.10"), D(0)),  # input VAT
        "2000": (D(0), D("305.10")),  # payable
    }
    assert balance(session, "grni") == D("0.00")
    assert balance(session, "price_difference") == D("30.00")
    assert balance(session, "inventory") == D("240.00")  # stock stays at its receipt value

    match = purchasing.three_way_match(session, order.id)
    assert not match.matched
    assert [i.kind for i in match.issues] == ["price_mismatch"]
    # Prices print at their stored scale once reloaded; the total is always in cents.
    assert re.fullmatch(
        r"Tofu: billed at 4\.50(00)? per unit, ordered at 4\.00(00)? \(\+30\.00 in total\)",
        match.issues[0].explanation,
    )

    pay = invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=sup.id,
            partner_role="supplier",
            direction=PaymentDirection.OUTBOUND,
            amount=D("305.10"),
            date=date(2026, 2, 20),
        ),
    )
    assert pay.unallocated == D("0.00")
    assert bill.state == InvoiceState.PAID and bill.amount_residual == D("0.00")
    assert balance(session, "payable") == D("0.00")
    assert balance(session, "bank") == D("-305.10")

    # The backorder arrives: now 40 are received and not billed.
    purchasing.receive(session, order.id, date(2026, 2, 25))
    assert line.qty_received == D(100)
    assert purchasing.open_receipt(session, order) is None
    match = purchasing.three_way_match(session, order.id)
    kinds = {i.kind: i.explanation for i in match.issues}
    assert kinds["received_not_billed"] == (
        "Tofu: received 100.000, billed 60.000; expect a bill for 40.000 more"
    )
    assert order.state == PurchaseState.CONFIRMED  # not done until billed
    assert balance(session, "grni") == D("-160.00")

    # Return 20 to the supplier: stock leaves at its average cost. 80 stay with us and only
    # 60 were billed, so the 20 come off what is still to bill: no credit note.
    shipment, note = purchasing.return_to_supplier(
        session, order.id, {line.id: D(20)}, date(2026, 2, 26), reason="damaged"
    )
    assert shipment.state == ShipmentState.DONE
    assert note is None
    assert line.qty_returned == D(20)
    assert inventory.on_hand(session, tofu.id) == D(80)
    assert balance(session, "inventory") == D("320.00")
    assert balance(session, "grni") == D("-80.00")  # 20 received, kept and not billed
    assert balance(session, "payable") == D("0.00")

    # Bill the rest at the order price: the order is done.
    rest = purchasing.bill_order(session, order.id, date(2026, 2, 27))
    assert rest.amount_total == D("90.40")  # 20 * 4.00 * 1.13
    assert order.state == PurchaseState.DONE
    assert balance(session, "grni") == D("0.00")

    # Sending back 30 of the 80 kept, all billed, is credited in full.
    _, note = purchasing.return_to_supplier(session, order.id, {line.id: D(30)}, date(2026, 2, 28))
    assert note is not None and note.kind == InvoiceKind.IN_REFUND
    assert (note.amount_untaxed, note.amount_tax, note.amount_total) == (
        D("120.00"),
        D("15.60"),
        D("135.60"),
    )
    assert balance(session, "grni") == D("0.00")  # return and credit note cancel out
    assert balance(session, "payable") == D(
        "45.20"
    )  # 90.40 billed less 135.60 credited: owed to us


def test_three_way_match_flags_billed_not_received(session: Session) -> None:
    sup = f.supplier(session)
    ikura = f.product(session, "IKURA", cost="31.00")
    order = rfq(session, sup, ikura, "12", "31.00")
    purchasing.confirm_order(session, order.id)
    line = order.lines[0]
    assert purchasing.three_way_match(session, order.id).matched

    purchasing.bill_order(
        session, order.id, date(2026, 2, 3), lines=[BillLineIn(line_id=line.id, quantity=D(12))]
    )
    match = purchasing.three_way_match(session, order.id)
    assert [(i.kind, i.ordered, i.received, i.billed) for i in match.issues] == [
        ("billed_not_received", D(12), D(0), D(12))
    ]
    # An untouched quantity column holds its bare default (0) until reloaded.
    assert re.fullmatch(
        r"Ikura: billed 12\.000 but only 0(\.000)? received; "
        r"hold payment for 12\.000 until they arrive",
        match.issues[0].explanation,
    )
    purchasing.receive(session, order.id, date(2026, 2, 4))
    match = purchasing.three_way_match(session, order.id)
    assert match.matched and match.issues == []
    assert order.state == PurchaseState.DONE
    assert balance(session, "grni") == D("0.00")
    assert balance(session, "inventory") == D("372.00")


def test_default_price_comes_from_the_supplier_offer(session: Session) -> None:
    sup = f.supplier(session)
    chai = f.product(session, "CHAI", cost="10.00", supplier_id=sup.id)
    other = f.supplier(session, "Tokyo Traders")
    f.product(session, "KONBU", cost="6.00")
    order = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=date(2026, 2, 1),
            lines=[PurchaseLineIn(product_id=chai.id, quantity=D(3))],
        ),
    )
    assert order.lines[0].unit_price == D("10.0000")
    assert order.amount_total == D("30.00")  # no purchase tax on the product
    with pytest.raises(InvalidInput, match="VAT13 is not a purchase tax"):
        purchasing.create_rfq(
            session,
            PurchaseOrderIn(
                supplier_id=other.id,
                order_date=date(2026, 2, 1),
                lines=[PurchaseLineIn(product_id=chai.id, quantity=D(3), tax_code="VAT13")],
            ),
        )


def test_cancel_rules(session: Session) -> None:
    sup = f.supplier(session)
    chai = f.product(session, "CHAI")
    draft = rfq(session, sup, chai, "5", "10.00")
    purchasing.cancel_order(session, draft.id, reason="not needed")
    assert draft.state == PurchaseState.CANCELLED
    with pytest.raises(IllegalState, match=r"is cancelled; cannot cancel it"):
        purchasing.cancel_order(session, draft.id)
    with pytest.raises(IllegalState, match=r"is cancelled; cannot confirm it"):
        purchasing.confirm_order(session, draft.id)

    confirmed = rfq(session, sup, chai, "5", "10.00")
    purchasing.confirm_order(session, confirmed.id)
    receipt = purchasing.open_receipt(session, confirmed)
    assert receipt is not None
    purchasing.cancel_order(session, confirmed.id)
    assert receipt.state == ShipmentState.CANCELLED
    with pytest.raises(IllegalState, match=r"is cancelled; cannot receive it"):
        purchasing.receive(session, confirmed.id, date(2026, 2, 2))
    with pytest.raises(IllegalState, match=r"is cancelled; cannot bill it"):
        purchasing.bill_order(session, confirmed.id, date(2026, 2, 2))

    partly = rfq(session, sup, chai, "5", "10.00")
    purchasing.confirm_order(session, partly.id)
    purchasing.receive(session, partly.id, date(2026, 2, 2), {partly.lines[0].id: D(2)})
    with pytest.raises(IllegalState, match=r"partly received; cannot cancel it; return the goods"):
        purchasing.cancel_order(session, partly.id)
    assert partly.state == PurchaseState.CONFIRMED
    with pytest.raises(InvalidInput, match=r"can return 0 < quantity <= 2.000, not 3"):
        purchasing.return_to_supplier(
            session, partly.id, {partly.lines[0].id: D(3)}, date(2026, 2, 3)
        )
    with pytest.raises(IllegalState, match=r"is rfq; cannot receive it"):
        purchasing.receive(session, rfq(session, sup, chai, "1", "1").id, date(2026, 2, 2))


def test_returning_goods_not_yet_billed_makes_no_credit_note(session: Session) -> None:
    sup = f.supplier(session)
    chai = f.product(session, "CHAI")
    order = rfq(session, sup, chai, "10", "8.00")
    purchasing.confirm_order(session, order.id)
    purchasing.receive(session, order.id, date(2026, 2, 2))
    _, note = purchasing.return_to_supplier(
        session, order.id, {order.lines[0].id: D(4)}, date(2026, 2, 3)
    )
    assert note is None
    assert inventory.on_hand(session, chai.id) == D(6)
    assert balance(session, "inventory") == D("48.00")
    assert balance(session, "grni") == D("-48.00")
    bill = purchasing.bill_order(session, order.id, date(2026, 2, 4))
    # Only the 6 kept are billed; the 4 sent back were never ours to pay for.
    assert bill.lines[0].quantity == D(6)
    assert (bill.amount_untaxed, bill.amount_total) == (D("48.00"), D("54.24"))
    assert balance(session, "grni") == D("0.00")
    assert order.state == PurchaseState.DONE


def test_return_after_partial_bill_credits_only_what_was_billed(session: Session) -> None:
    sup = f.supplier(session)
    chai = f.product(session, "CHAI")
    order = rfq(session, sup, chai, "10", "8.00")
    purchasing.confirm_order(session, order.id)
    line = order.lines[0]
    purchasing.receive(session, order.id, date(2026, 2, 2))
    purchasing.return_to_supplier(session, order.id, {line.id: D(4)}, date(2026, 2, 3))
    purchasing.bill_order(
        session, order.id, date(2026, 2, 4), lines=[BillLineIn(line_id=line.id, quantity=D(6))]
    )
    assert order.state == PurchaseState.DONE
    # The 6 returned now were all billed: all 6 are credited (52.00 + 13% = 54.24).
    _, note = purchasing.return_to_supplier(session, order.id, {line.id: D(6)}, date(2026, 2, 5))
    assert note is not None and note.lines[0].quantity == D(6)
    assert note.amount_total == D("54.24")
    assert inventory.on_hand(session, chai.id) == D(0)
    assert balance(session, "inventory") == D("0.00")
    assert balance(session, "grni") == D("0.00")
    assert balance(session, "payable") == D("0.00")  # bill 54.24 less credit 54.24


def test_return_of_goods_not_yet_billed_after_a_partial_bill_credits_nothing(
    session: Session,
) -> None:
    sup = f.supplier(session)
    chai = f.product(session, "CHAI")
    order = rfq(session, sup, chai, "10", "8.00")
    purchasing.confirm_order(session, order.id)
    line = order.lines[0]
    purchasing.receive(session, order.id, date(2026, 2, 2))
    purchasing.bill_order(
        session, order.id, date(2026, 2, 3), lines=[BillLineIn(line_id=line.id, quantity=D(5))]
    )
    # 7 stay with us and only 5 were billed: the 3 sent back were never paid for.
    _, note = purchasing.return_to_supplier(session, order.id, {line.id: D(3)}, date(2026, 2, 4))
    assert note is None
    assert purchasing.line_quantities(session, order)[line.id].to_bill == D(2)
    bill = purchasing.bill_order(session, order.id, date(2026, 2, 5))
    assert bill.lines[0].quantity == D(2)
    assert order.state == PurchaseState.DONE
    assert balance(session, "grni") == D("0.00")


def _goods_and_service(session: Session, goods: str) -> PurchaseOrder:
    """A confirmed order for CHAI (stocked, at 8.00) and one FREIGHT (a service, 40.00)."""
    chai = f.product(session, "CHAI")
    freight = f.product(session, "FREIGHT", price="0", cost="40.00", type="service")
    order = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=f.supplier(session).id,
            order_date=date(2026, 2, 1),
            lines=[
                PurchaseLineIn(product_id=chai.id, quantity=D(goods), unit_price=D("8.00")),
                PurchaseLineIn(product_id=freight.id, quantity=D(1), unit_price=D("40.00")),
            ],
        ),
    )
    return purchasing.confirm_order(session, order.id)


def test_service_lines_are_received_on_confirmation_beside_goods(session: Session) -> None:
    """A service bought with goods (freight) is received when the order is confirmed: it
    never moves stock, is billed as an expense, and the order is done once the goods arrive."""
    order = _goods_and_service(session, "10")
    goods, service = order.lines
    chai, freight = goods.product_id, service.product_id
    assert (goods.qty_received, service.qty_received) == (D(0), D(1))
    receipt = purchasing.open_receipt(session, order)
    assert receipt is not None
    assert [m.product_id for m in receipt.moves] == [chai]

    first = purchasing.bill_order(session, order.id, date(2026, 2, 1))  # the freight, at once
    assert [(ln.product_id, ln.quantity) for ln in first.lines] == [(freight, D(1))]
    assert order.state == PurchaseState.CONFIRMED
    with pytest.raises(InvalidInput, match="no received goods left to return"):
        purchasing.return_to_supplier(session, order.id, {service.id: D(1)}, date(2026, 2, 2))

    purchasing.receive(session, order.id, date(2026, 2, 2))
    second = purchasing.bill_order(session, order.id, date(2026, 2, 2))
    assert [(ln.product_id, ln.quantity) for ln in second.lines] == [(chai, D(10))]
    assert order.state == PurchaseState.DONE
    assert purchasing.three_way_match(session, order.id).matched
    assert inventory.on_hand(session, chai) == D(10)
    assert inventory.on_hand(session, freight) == D(0)
    assert balance(session, "inventory") == D("80.00")  # the goods only
    assert balance(session, "grni") == D("0.00")
    other = accounting.account_by_code(session, "6900")  # where a bill puts a service
    spent = session.scalar(
        select(func.sum(JournalLine.debit - JournalLine.credit)).where(
            JournalLine.account_id == other.id
        )
    )
    assert D(str(spent)) == D("40.00")
    assert balance(session, "payable") == -(first.amount_total + second.amount_total)


@pytest.mark.parametrize("then", ["nothing", "bill", "receive"])
def test_order_with_services_cancels_until_goods_arrive_or_it_is_billed(
    session: Session, then: str
) -> None:
    order = _goods_and_service(session, "5")
    if then == "nothing":
        purchasing.cancel_order(session, order.id)
        assert order.state == PurchaseState.CANCELLED
        assert [ln.qty_received for ln in order.lines] == [D(0), D(0)]  # nothing received
        return
    if then == "bill":
        purchasing.bill_order(session, order.id, date(2026, 2, 2))  # the freight only
        refusal = r"is billed; cannot cancel it"
    else:
        purchasing.receive(session, order.id, date(2026, 2, 2))
        refusal = r"is partly received; cannot cancel it"
    with pytest.raises(IllegalState, match=refusal):
        purchasing.cancel_order(session, order.id)
