"""The invoice and bill pages offer posting and cancelling from the invoice's action table:
enabled when allowed, disabled with the table's reason when the state has a place for them,
taken by the same use-cases as the API."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests.integration.web.conftest import Books, as_role
from tests.integration.web.test_web import _buttons

ON = date(2026, 3, 2)


def _draft_invoice(engine: Engine, books: Books) -> int:
    with unit_of_work(engine, actor="test") as s:
        line = SalesLineIn(product_id=books.product_id, quantity=Decimal(3))
        order = sales.create_order(
            s, SalesOrderIn(customer_id=books.customer_id, order_date=ON, lines=[line])
        )
        sales.confirm_order(s, order.id)
        sales.deliver(s, order.id, ON)
        return sales.invoice_order(s, order.id, ON, post=False).id


def test_invoice_page_posts_and_cancels_with_the_tables_reasons(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    invoice_id = _draft_invoice(engine, books)
    admin = as_role(app_client, "admin")
    assert _buttons(admin.client.get(f"/invoices/{invoice_id}").text) == {
        "post": None,
        "cancel": None,
    }
    assert _buttons(as_role(app_client, "viewer").client.get(f"/invoices/{invoice_id}").text) == {}
    resp = admin.post(f"/invoices/{invoice_id}/post")
    assert resp.status_code == 303 and resp.headers["location"].endswith("?done=post")
    page = admin.client.get(resp.headers["location"]).text
    assert "Posted." in page and _buttons(page) == {"cancel": None}

    with unit_of_work(engine, actor="test") as s:
        invoicing.register_payment(
            s,
            PaymentIn(
                partner_id=books.customer_id,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=Decimal("5.00"),
                date=ON,
            ),
        )
        number = invoicing.get_invoice(s, invoice_id).number
    reason = (
        f"invoice {number} is partly paid; cannot cancel it; refund it with a credit note instead"
    )
    assert _buttons(admin.client.get(f"/invoices/{invoice_id}").text) == {"cancel": reason}
    refused = admin.post(f"/invoices/{invoice_id}/cancel")
    assert refused.status_code == 409
    assert reason in refused.text and 'data-testid="error"' in refused.text
    assert admin.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    page = admin.client.get(f"/invoices/{invoice_id}").text
    assert _buttons(page)["cancel"] == f"发票 {number}：部分付款，无法取消；请改为开具红字发票冲减"


def test_bill_page_cancels_a_posted_bill(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        line = PurchaseLineIn(product_id=books.product_id, quantity=Decimal(2))
        po = purchasing.create_rfq(
            s, PurchaseOrderIn(supplier_id=books.supplier_id, order_date=ON, lines=[line])
        )
        purchasing.confirm_order(s, po.id)
        purchasing.receive(s, po.id, ON)
        bill_id = purchasing.bill_order(s, po.id, ON).id
    warehouse = as_role(app_client, "warehouse")  # without invoices.write
    assert warehouse.post(f"/bills/{bill_id}/cancel").status_code == 403
    buyer = as_role(app_client, "purchasing")
    assert _buttons(buyer.client.get(f"/bills/{bill_id}").text) == {"cancel": None}
    resp = buyer.post(f"/bills/{bill_id}/cancel")
    assert resp.status_code == 303 and resp.headers["location"] == f"/bills/{bill_id}?done=cancel"
    with unit_of_work(engine) as s:
        assert invoicing.get_invoice(s, bill_id).state == InvoiceState.CANCELLED
    assert _buttons(buyer.client.get(f"/bills/{bill_id}").text) == {}
