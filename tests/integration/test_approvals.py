"""Approvals: a policy holds an order as it is confirmed until someone else in its role
approves; a rejection sends it back to a draft with the comment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit_record import AuditRecord
from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.core.events import OutboxEvent
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import ApprovalState, DocumentType
from smarterp.erp.approvals.schemas import PolicyIn
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal


def po(session: Session, quantity: str, price: str) -> PurchaseOrder:
    sup = f.supplier(session)
    prod = f.product(session, "TEA")
    return purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=date(2026, 2, 1),
            lines=[PurchaseLineIn(product_id=prod.id, quantity=D(quantity), unit_price=D(price))],
        ),
    )


def big_po_policy(session: Session) -> None:
    approvals.add_policy(
        session,
        PolicyIn(
            name="Large purchases",
            document_type=DocumentType.PURCHASE_ORDER,
            amount_over=D("5000"),
            approver_role="purchasing",
        ),
    )


def test_a_large_po_waits_until_someone_else_in_the_role_approves(session: Session) -> None:
    big_po_policy(session)
    order = po(session, "100", "60")  # 6,000 over 5,000
    session.info["actor"] = "paula"
    purchasing.confirm_order(session, order.id)
    assert order.state == PurchaseState.RFQ
    (request,) = approvals.list_requests(session)
    assert request.requested_by == "paula"
    assert request.amount == D("6000.00")
    assert "over 5000.00" in request.reason
    verdict = purchasing.ACTIONS.verdict(session, order, "confirm")
    assert verdict.reason.endswith("waiting for approval by purchasing; cannot confirm it")
    with pytest.raises(IllegalState, match="waiting for approval by purchasing"):
        purchasing.confirm_order(session, order.id)
    with pytest.raises(approvals.NotPermitted, match="paula asked for this approval"):
        approvals.approve(session, request.id, user="paula", role="purchasing")
    with pytest.raises(
        approvals.NotPermitted, match="needs someone in the purchasing role; sam is sales"
    ):
        approvals.approve(session, request.id, user="sam", role="sales")
    approvals.approve(session, request.id, user="max", role="purchasing", comment="ok")
    assert request.state == ApprovalState.APPROVED and request.decided_by == "max"
    with pytest.raises(IllegalState, match="is approved; cannot reject it"):
        approvals.reject(session, request.id, user="max", role="purchasing", comment="no")
    purchasing.confirm_order(session, order.id)
    assert order.state == PurchaseState.CONFIRMED
    session.flush()
    topics = session.scalars(
        select(OutboxEvent.topic).where(OutboxEvent.topic.like("approval.%"))
    ).all()
    assert sorted(topics) == ["approval.decided", "approval.requested"]


def test_a_rejection_returns_it_to_draft_with_the_comment(session: Session) -> None:
    big_po_policy(session)
    order = po(session, "100", "60")
    purchasing.confirm_order(session, order.id)
    (request,) = approvals.list_requests(session)
    with pytest.raises(InvalidInput, match="say why"):
        approvals.reject(session, request.id, user="max", role="purchasing", comment=" ")
    approvals.reject(session, request.id, user="max", role="admin", comment="Split it in two")
    assert approvals.waiting_for(session, "purchase_order", order.id) is None
    rejection = approvals.last_rejection(session, "purchase_order", order.id)
    assert rejection is not None and rejection.comment == "Split it in two"
    # A draft again: it can be changed, and confirming it asks again.
    assert purchasing.ACTIONS.verdict(session, order, "edit").allowed
    purchasing.confirm_order(session, order.id)
    assert order.state == PurchaseState.RFQ
    assert len(approvals.list_requests(session)) == 1
    session.commit()
    actions = session.scalars(
        select(AuditRecord.action).where(AuditRecord.entity_type == "approval_request")
    ).all()
    assert sorted(actions) == [
        "approval_request.create",
        "approval_request.create",
        "approval_request.rejected",
    ]


def test_small_orders_and_disabled_policies_confirm_at_once(session: Session) -> None:
    big_po_policy(session)
    order = po(session, "10", "60")  # 600: under the limit
    purchasing.confirm_order(session, order.id)
    assert order.state == PurchaseState.CONFIRMED
    (policy,) = approvals.list_policies(session)
    approvals.set_policy_enabled(session, policy.id, False)
    big = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=order.supplier_id,
            order_date=date(2026, 2, 1),
            lines=[
                PurchaseLineIn(
                    product_id=order.lines[0].product_id, quantity=D(200), unit_price=D(60)
                )
            ],
        ),
    )
    purchasing.confirm_order(session, big.id)
    assert big.state == PurchaseState.CONFIRMED


def test_a_sales_discount_over_the_limit_waits_for_a_sales_manager(session: Session) -> None:
    approvals.add_policy(
        session,
        PolicyIn(
            name="Deep discounts",
            document_type=DocumentType.SALES_ORDER,
            discount_over=D("0.2"),
            approver_role="sales",
        ),
    )
    cust = f.customer(session)
    prod = f.product(session, "CHAI", stock="100")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 2, 1),
            lines=[SalesLineIn(product_id=prod.id, quantity=D(2), discount=D("0.25"))],
        ),
    )
    sales.confirm_order(session, order.id)
    assert order.state == SalesState.DRAFT
    (request,) = approvals.list_requests(session)
    assert "discount 25.00% over 20.00%" in request.reason
    approvals.approve(session, request.id, user="sally", role="sales")
    sales.confirm_order(session, order.id)
    assert order.state != SalesState.DRAFT


def test_policies_are_checked_as_they_are_kept(session: Session) -> None:
    with pytest.raises(InvalidInput, match="give an amount or a discount"):
        approvals.add_policy(
            session, PolicyIn(name="x", document_type="purchase_order", approver_role="admin")
        )
    with pytest.raises(InvalidInput, match="purchase order lines have no discount"):
        approvals.add_policy(
            session,
            PolicyIn(
                name="x",
                document_type="purchase_order",
                discount_over=D("0.1"),
                approver_role="admin",
            ),
        )
    with pytest.raises(InvalidInput, match="viewer role cannot decide"):
        approvals.add_policy(
            session,
            PolicyIn(
                name="x", document_type="purchase_order", amount_over=D(1), approver_role="viewer"
            ),
        )
    big_po_policy(session)
    with pytest.raises(InvalidInput, match="a policy named 'Large purchases' exists"):
        big_po_policy(session)


def test_cancelling_a_held_order_withdraws_its_request(session: Session) -> None:
    big_po_policy(session)
    order = po(session, "100", "60")
    purchasing.confirm_order(session, order.id)
    (request,) = approvals.list_requests(session)
    purchasing.cancel_order(session, order.id, "not needed")
    assert order.state == PurchaseState.CANCELLED
    assert approvals.list_requests(session) == []
    assert request.state == ApprovalState.REJECTED
    assert request.comment == "the order was cancelled" and request.decided_by == "test"
