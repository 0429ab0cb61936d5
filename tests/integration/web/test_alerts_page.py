"""The Alerts page and the dashboard card: filters, evidence, acknowledge/resolve/dismiss by
the roles that may, in English and Chinese; a bill that repeats another warns on its page."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.intel.watch import store
from smarterp.intel.watch.models import AlertState
from smarterp.intel.watch.scan import scan
from tests.integration.web.conftest import Books, Browser, as_role

ON = date(2026, 3, 2)


def _two_bills(engine: Engine, books: Books) -> tuple[int, int, str]:
    """Two orders billed two days apart for the same amount: the second repeats the first."""
    ids = []
    with unit_of_work(engine, actor="test") as s:
        for i in range(2):
            line = PurchaseLineIn(product_id=books.product_id, quantity=Decimal(4))
            po = purchasing.create_rfq(
                s, PurchaseOrderIn(supplier_id=books.supplier_id, order_date=ON, lines=[line])
            )
            purchasing.confirm_order(s, po.id)
            purchasing.receive(s, po.id, ON)
            bill = purchasing.bill_order(s, po.id, ON + timedelta(days=2 * i), supplier_ref=f"R{i}")
            ids.append((po.id, bill.id, bill.number or ""))
        scan(s)
    return ids[1][0], ids[1][1], ids[1][2]


def test_alerts_page_filters_shows_evidence_and_takes_actions(
    browser: Browser, app_client: TestClient, books: Books, engine: Engine
) -> None:
    po_id, bill_id, number = _two_bills(engine, books)
    page = browser.client.get("/alerts").text
    assert "Duplicate bill" in page and number in page and "Evidence" in page
    assert "the same supplier and amount as" in page
    assert "days apart" in page  # the evidence table
    with unit_of_work(engine) as s:
        [alert] = store.list_alerts(s, kind="duplicate_bill")
    assert f'data-testid="dismiss-{alert.id}"' in page
    # Filters: another kind shows none, this kind its one.
    assert (
        f'data-testid="alert-{alert.id}"'
        not in browser.client.get("/alerts?kind=overdue_receivable").text
    )
    assert (
        f'data-testid="alert-{alert.id}"'
        in browser.client.get("/alerts?kind=duplicate_bill&severity=medium").text
    )
    # The bill's page and its order's page carry the warning.
    assert "Possible duplicate bill" in browser.client.get(f"/bills/{bill_id}").text
    assert "Possible duplicate bill" in browser.client.get(f"/purchase-orders/{po_id}").text
    # A viewer reads but has no buttons and may not act.
    viewer = as_role(app_client, "viewer")
    seen = viewer.client.get("/alerts").text
    assert number in seen and f'data-testid="dismiss-{alert.id}"' not in seen
    assert viewer.post(f"/alerts/{alert.id}/dismiss").status_code == 403
    # The accountant acknowledges, then dismisses it as a false positive.
    accountant = as_role(app_client, "accountant")
    resp = accountant.post(f"/alerts/{alert.id}/acknowledge", {"back": "?state=open"})
    assert resp.status_code == 303 and "done=acknowledge" in resp.headers["location"]
    resp = accountant.post(f"/alerts/{alert.id}/dismiss", {"note": "two real deliveries"})
    assert resp.status_code == 303
    shown = accountant.client.get(resp.headers["location"]).text
    assert "Dismissed: it will not be raised again." in shown
    assert f'data-testid="alert-{alert.id}"' not in shown  # open ones only
    assert "two real deliveries" in accountant.client.get("/alerts?state=dismissed").text
    again = accountant.post(f"/alerts/{alert.id}/resolve")
    assert "error=1" in again.headers["location"]
    with unit_of_work(engine) as s:
        assert store.get_alert(s, alert.id).state == AlertState.DISMISSED


def test_dashboard_card_and_chinese_labels(browser: Browser, books: Books, engine: Engine) -> None:
    _two_bills(engine, books)
    home = browser.client.get("/").text
    assert 'data-testid="kpi-alerts"' in home and 'data-testid="card-alerts"' in home
    assert "may repeat" in home
    browser.post("/language", {"language": "zh", "next": "/alerts"})
    page = browser.client.get("/alerts").text
    assert "警报" in page and "重复账单" in page and "证据" in page and "误报，驳回" in page
    # The summary and why in Chinese, from the alert's evidence.
    assert "可能重复录入了" in page and "金额相同，相隔 2 天" in page
    assert "供应商账单只应录入一次" in page
    assert "未处理警报" in browser.client.get("/").text
