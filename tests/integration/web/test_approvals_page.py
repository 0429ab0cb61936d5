"""The Approvals inbox: a purchase order confirmed over a policy's limit waits "to approve";
its requester cannot decide it, an admin approves it in the inbox, then it confirms; a
rejection needs a comment and shows on the order; in English and Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.schemas import PolicyIn
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from tests.integration.web.conftest import Books, Browser, as_role


def _large_po(engine: Engine, books: Books) -> int:
    with unit_of_work(engine, actor="test") as s:
        approvals.add_policy(
            s,
            PolicyIn(
                name="Large purchases",
                document_type="purchase_order",
                amount_over=Decimal(5000),
                approver_role="purchasing",
            ),
        )
        line = PurchaseLineIn(product_id=books.product_id, quantity=Decimal(600), unit_price=10)
        order = purchasing.create_rfq(
            s,
            PurchaseOrderIn(
                supplier_id=books.supplier_id, order_date=date(2026, 3, 2), lines=[line]
            ),
        )
        return order.id


def test_the_inbox_holds_approves_and_the_order_confirms(
    app_client: TestClient, browser: Browser, engine: Engine, books: Books
) -> None:
    order_id = _large_po(engine, books)
    buyer = as_role(app_client, "purchasing")
    assert buyer.post(f"/purchase-orders/{order_id}/confirm").status_code == 303
    page = buyer.client.get(f"/purchase-orders/{order_id}").text
    assert 'data-testid="state">To approve<' in page
    assert "waiting for approval by purchasing; cannot confirm it" in page
    inbox = buyer.client.get("/approvals").text
    assert "PO00001" in inbox and "6,000.00" in inbox and "Large purchases" in inbox
    assert "You asked for this approval; another person must decide it." in inbox
    assert 'data-testid="approve-1"' not in inbox
    sales = as_role(app_client, "sales")
    assert "Needs someone in the purchasing role." in sales.client.get("/approvals").text
    # Refused by the service as well, not only hidden: the requester posts anyway.
    refused = buyer.post("/approvals/1/approve", {"comment": ""})
    assert refused.headers["location"] == "/approvals?error=decided"
    admin_inbox = browser.client.get("/approvals").text
    assert 'data-testid="approve-1"' in admin_inbox and 'data-testid="reject-1"' in admin_inbox
    done = browser.post("/approvals/1/approve", {"comment": "Budgeted for Q1"})
    assert done.headers["location"] == "/approvals?done=approve"
    after = browser.client.get(done.headers["location"]).text
    assert "Approved: the order can be confirmed now." in after
    assert "Nothing waits for approval." in after
    decided = browser.client.get("/approvals?state=approved").text
    assert "Budgeted for Q1" in decided and "admin" in decided
    assert (
        'data-testid="state">Request for quotation<'
        in buyer.client.get(f"/purchase-orders/{order_id}").text
    )
    assert buyer.post(f"/purchase-orders/{order_id}/confirm").status_code == 303
    with unit_of_work(engine, actor="test") as s:
        assert purchasing.get_order(s, order_id).state.value == "confirmed"


def test_a_rejection_needs_a_comment_and_shows_on_the_order_in_chinese(
    app_client: TestClient, browser: Browser, engine: Engine, books: Books
) -> None:
    order_id = _large_po(engine, books)
    buyer = as_role(app_client, "purchasing")
    buyer.post(f"/purchase-orders/{order_id}/confirm")
    browser.post("/language", {"language": "zh", "next": "/approvals"})
    zh = browser.client.get("/approvals").text
    assert "审批" in zh and "批准" in zh and "驳回" in zh
    blank = browser.post("/approvals/1/reject", {"comment": "  "})
    assert blank.headers["location"] == "/approvals?error=comment"
    assert browser.post("/approvals/1/reject", {"comment": "分两次订"}).status_code == 303
    page = buyer.client.get(f"/purchase-orders/{order_id}").text
    assert "Approval rejected by admin: 分两次订" in page
    assert 'data-testid="state">Request for quotation<' in page
    assert "no-approvals" in browser.client.get("/approvals").text
