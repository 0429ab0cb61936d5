"""The action tables of sales orders, purchase orders and invoices: for each state a document
can be in, which actions are allowed and, for the others, the reason given; and the services
refuse with exactly that reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError
from smarterp.erp.actions import ActionTable
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import (
    PurchaseLineEdit,
    PurchaseLineIn,
    PurchaseOrderIn,
    PurchaseOrderRevision,
)
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import (
    SalesLineEdit,
    SalesLineIn,
    SalesOrderIn,
    SalesOrderRevision,
)
from tests import factories as f

D = Decimal
ON = date(2026, 3, 2)


@dataclass(frozen=True)
class Kind:
    """One kind of order, with its words and use-cases, so one set of cases covers both."""

    what: str
    draft: str
    move: str  # the action's name and verb
    moved: str
    bill: str
    take_back: str
    table: ActionTable[Any]
    create: Callable[[Session], Any]
    confirm: Callable[[Session, int], Any]
    do_move: Callable[[Session, int, dict[int, Decimal] | None], Any]
    do_bill: Callable[[Session, int], Any]
    do_return: Callable[[Session, int, dict[int, Decimal]], Any]
    cancel: Callable[[Session, int], Any]
    # Revise the draft: its one line to 12 units, at the version it is at now.
    revise: Callable[[Session, Any], Any]


def _sales_order(session: Session) -> Any:
    customer = f.customer(session)
    chai = f.product(session, "CHAI", stock="100")
    line = SalesLineIn(product_id=chai.id, quantity=D(10))
    return sales.create_order(
        session, SalesOrderIn(customer_id=customer.id, order_date=ON, lines=[line])
    )


def _purchase_order(session: Session) -> Any:
    supplier = f.supplier(session)
    chai = f.product(session, "CHAI")
    line = PurchaseLineIn(product_id=chai.id, quantity=D(10), unit_price=D("9.50"))
    return purchasing.create_rfq(
        session, PurchaseOrderIn(supplier_id=supplier.id, order_date=ON, lines=[line])
    )


SALES = Kind(
    what="sales order",
    draft="draft",
    move="deliver",
    moved="delivered",
    bill="invoice",
    take_back="take goods back",
    table=sales.ACTIONS,
    create=_sales_order,
    confirm=lambda s, i: sales.confirm_order(s, i),
    do_move=lambda s, i, q: sales.deliver(s, i, ON, q),
    do_bill=lambda s, i: sales.invoice_order(s, i, ON),
    do_return=lambda s, i, q: sales.return_goods(s, i, q, ON),
    cancel=lambda s, i: sales.cancel_order(s, i),
    revise=lambda s, o: sales.revise_order(
        s,
        o.id,
        SalesOrderRevision(
            version=o.version,
            customer_id=o.customer_id,
            order_date=o.order_date,
            lines=[SalesLineEdit(id=o.lines[0].id, product_id=o.lines[0].product_id, quantity=12)],
        ),
    ),
)
PURCHASE = Kind(
    what="purchase order",
    draft="rfq",
    move="receive",
    moved="received",
    bill="bill",
    take_back="return goods",
    table=purchasing.ACTIONS,
    create=_purchase_order,
    confirm=lambda s, i: purchasing.confirm_order(s, i),
    do_move=lambda s, i, q: purchasing.receive(s, i, ON, q),
    do_bill=lambda s, i: purchasing.bill_order(s, i, ON),
    do_return=lambda s, i, q: purchasing.return_to_supplier(s, i, q, ON),
    cancel=lambda s, i: purchasing.cancel_order(s, i),
    revise=lambda s, o: purchasing.revise_rfq(
        s,
        o.id,
        PurchaseOrderRevision(
            version=o.version,
            supplier_id=o.supplier_id,
            order_date=o.order_date,
            lines=[
                PurchaseLineEdit(id=o.lines[0].id, product_id=o.lines[0].product_id, quantity=12)
            ],
        ),
    ),
)


def _reach(session: Session, k: Kind, scenario: str) -> Any:
    """An order of kind `k` taken through the steps that `scenario` names."""
    order = k.create(session)
    line = order.lines[0].id
    steps: dict[str, list[Callable[[], Any]]] = {
        "draft": [],
        "cancelled": [lambda: k.cancel(session, order.id)],
        "confirmed": [lambda: k.confirm(session, order.id)],
        "partly moved": [
            lambda: k.confirm(session, order.id),
            lambda: k.do_move(session, order.id, {line: D(4)}),
        ],
        "fully moved": [
            lambda: k.confirm(session, order.id),
            lambda: k.do_move(session, order.id, None),
        ],
        "billed": [
            lambda: k.confirm(session, order.id),
            lambda: k.do_move(session, order.id, None),
            lambda: k.do_bill(session, order.id),
        ],
        "all sent back": [
            lambda: k.confirm(session, order.id),
            lambda: k.do_move(session, order.id, None),
            lambda: k.do_return(session, order.id, {line: D(10)}),
        ],
    }
    for step in steps[scenario]:
        step()
    session.flush()
    return order


# Per scenario: the order's state, then per action None (allowed) or (reason, in_state) with
# {what}, {number}, {move}, {moved}, {bill}, {take_back} and {draft} filled in per kind.
CASES: dict[str, tuple[str, dict[str, tuple[str, bool] | None]]] = {
    "draft": (
        "{draft}",
        {
            "edit": None,
            "confirm": None,
            "move": ("{what} {number} is {draft}; cannot {move} it", False),
            "bill": ("{what} {number} is {draft}; cannot {bill} it", False),
            "return": ("{what} {number} is {draft}; cannot {take_back}", False),
            "cancel": None,
        },
    ),
    "confirmed": (
        "confirmed",
        {
            "edit": ("{what} {number} is confirmed; cannot change it", False),
            "confirm": ("{what} {number} is confirmed; cannot confirm it", False),
            "move": None,
            "bill": ("{number} has nothing {moved} left to {bill}", True),
            "return": ("{number} has no {moved} goods left to return", True),
            "cancel": None,
        },
    ),
    "partly moved": (
        "confirmed",
        {
            "edit": ("{what} {number} is confirmed; cannot change it", False),
            "confirm": ("{what} {number} is confirmed; cannot confirm it", False),
            "move": None,
            "bill": None,
            "return": None,
            "cancel": (
                "{what} {number} is partly {moved}; cannot cancel it; return the goods instead",
                True,
            ),
        },
    ),
    "fully moved": (
        "confirmed",
        {
            "edit": ("{what} {number} is confirmed; cannot change it", False),
            "confirm": ("{what} {number} is confirmed; cannot confirm it", False),
            "move": ("{what} {number} is fully {moved}; cannot {move} more", True),
            "bill": None,
            "return": None,
            "cancel": (
                "{what} {number} is partly {moved}; cannot cancel it; return the goods instead",
                True,
            ),
        },
    ),
    "billed": (
        "done",
        {
            "edit": ("{what} {number} is done; cannot change it", False),
            "confirm": ("{what} {number} is done; cannot confirm it", False),
            "move": ("{what} {number} is done; cannot {move} it", False),
            "bill": ("{number} has nothing {moved} left to {bill}", True),
            "return": None,
            "cancel": ("{what} {number} is done; cannot cancel it", False),
        },
    ),
    # Everything came back before it was billed: nothing is owed, so the order is settled.
    "all sent back": (
        "done",
        {
            "edit": ("{what} {number} is done; cannot change it", False),
            "confirm": ("{what} {number} is done; cannot confirm it", False),
            "move": ("{what} {number} is done; cannot {move} it", False),
            "bill": ("{number} has nothing {moved} left to {bill}", True),
            "return": ("{number} has no {moved} goods left to return", True),
            "cancel": ("{what} {number} is done; cannot cancel it", False),
        },
    ),
    "cancelled": (
        "cancelled",
        {
            "edit": ("{what} {number} is cancelled; cannot change it", False),
            "confirm": ("{what} {number} is cancelled; cannot confirm it", False),
            "move": ("{what} {number} is cancelled; cannot {move} it", False),
            "bill": ("{what} {number} is cancelled; cannot {bill} it", False),
            "return": ("{what} {number} is cancelled; cannot {take_back}", False),
            "cancel": ("{what} {number} is cancelled; cannot cancel it", False),
        },
    ),
}


def _name(k: Kind, generic: str) -> str:
    return {"move": k.move, "bill": k.bill}.get(generic, generic)


@pytest.mark.parametrize("kind", [SALES, PURCHASE], ids=["sales", "purchase"])
@pytest.mark.parametrize("scenario", list(CASES))
def test_each_state_allows_its_actions_and_says_why_not_the_others(
    session: Session, kind: Kind, scenario: str
) -> None:
    order = _reach(session, kind, scenario)
    state, expected = CASES[scenario]
    words = {
        "what": kind.what,
        "number": order.number,
        "draft": kind.draft,
        "move": kind.move,
        "moved": kind.moved,
        "bill": kind.bill,
        "take_back": kind.take_back,
    }
    assert order.state.value == state.format(**words)
    assert [a.name for a in kind.table] == [_name(kind, g) for g in expected]
    for generic, outcome in expected.items():
        verdict = kind.table.verdict(session, order, _name(kind, generic))
        if outcome is None:
            assert verdict.allowed, (generic, verdict.reason)
            assert verdict.reason == ""
            continue
        reason, in_state = outcome
        assert not verdict.allowed, generic
        assert (verdict.reason, verdict.in_state) == (reason.format(**words), in_state)


@pytest.mark.parametrize("kind", [SALES, PURCHASE], ids=["sales", "purchase"])
@pytest.mark.parametrize("scenario", ["draft", "fully moved", "billed", "cancelled"])
def test_the_services_refuse_with_the_tables_reason(
    session: Session, kind: Kind, scenario: str
) -> None:
    order = _reach(session, kind, scenario)
    line = order.lines[0].id
    takes: dict[str, Callable[[], Any]] = {
        "edit": lambda: kind.revise(session, order),
        "confirm": lambda: kind.confirm(session, order.id),
        kind.move: lambda: kind.do_move(session, order.id, None),
        kind.bill: lambda: kind.do_bill(session, order.id),
        "return": lambda: kind.do_return(session, order.id, {line: D(1)}),
        "cancel": lambda: kind.cancel(session, order.id),
    }
    for action in kind.table:
        verdict = kind.table.verdict(session, order, action.name)
        if verdict.allowed:
            continue
        with pytest.raises(DomainError) as refused:
            takes[action.name]()
        assert refused.value.message == verdict.error().message
        assert type(refused.value) is type(verdict.error())


def test_a_supplier_bill_may_run_ahead_of_the_goods(session: Session) -> None:
    """Billing what the supplier names needs only the state; billing "what arrived" needs
    something to have arrived."""
    order = _reach(session, PURCHASE, "confirmed")
    assert not purchasing.ACTIONS.verdict(session, order, "bill").allowed
    assert purchasing.ACTIONS.verdict(session, order, "bill", state_only=True).allowed


# --- Invoices -------------------------------------------------------------------------------


def _invoice(session: Session, scenario: str) -> Invoice:
    order = _reach(session, SALES, "fully moved")
    invoice = sales.invoice_order(session, order.id, ON)
    if scenario == "cancelled":
        invoicing.cancel_invoice(session, invoice.id)
    elif scenario in ("partly paid", "paid"):
        amount = invoice.amount_total if scenario == "paid" else D("10.00")
        invoicing.register_payment(
            session,
            PaymentIn(
                partner_id=invoice.partner_id,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=amount,
                date=ON,
                invoice_ids=[invoice.id],
            ),
        )
    session.flush()
    return invoice


INVOICE_CASES: dict[str, dict[str, tuple[str, bool] | None]] = {
    "posted": {
        "post": ("invoice {number} is posted; cannot post it", False),
        "pay": None,
        "cancel": None,
    },
    "partly paid": {
        "post": ("invoice {number} is posted; cannot post it", False),
        "pay": None,
        "cancel": (
            "invoice {number} is partly paid; cannot cancel it; refund it with a credit note "
            "instead",
            True,
        ),
    },
    "paid": {
        "post": ("invoice {number} is paid; cannot post it", False),
        "pay": ("invoice {number} is paid; cannot settle it", False),
        "cancel": ("invoice {number} is paid; cannot cancel it", False),
    },
    "cancelled": {
        "post": ("invoice {number} is cancelled; cannot post it", False),
        "pay": ("invoice {number} is cancelled; cannot settle it", False),
        "cancel": ("invoice {number} is cancelled; cannot cancel it", False),
    },
}


@pytest.mark.parametrize("scenario", list(INVOICE_CASES))
def test_invoice_actions_per_state(session: Session, scenario: str) -> None:
    invoice = _invoice(session, scenario)
    for name, outcome in INVOICE_CASES[scenario].items():
        verdict = invoicing.ACTIONS.verdict(session, invoice, name)
        if outcome is None:
            assert verdict.allowed, (name, verdict.reason)
            continue
        reason, in_state = outcome
        assert (verdict.reason, verdict.in_state) == (
            reason.format(number=invoice.number),
            in_state,
        )


def test_a_draft_invoice_can_be_posted_or_cancelled_not_paid(session: Session) -> None:
    order = _reach(session, SALES, "fully moved")
    draft = sales.invoice_order(session, order.id, ON, post=False)
    table = invoicing.ACTIONS
    assert table.verdict(session, draft, "post").allowed
    assert table.verdict(session, draft, "cancel").allowed
    pay = table.verdict(session, draft, "pay")
    assert pay.reason == f"invoice {draft.id} is draft; cannot settle it" and not pay.in_state
    invoicing.post_invoice(session, draft.id)
    with pytest.raises(DomainError) as refused:
        invoicing.post_invoice(session, draft.id)
    assert refused.value.message == table.verdict(session, draft, "post").reason
