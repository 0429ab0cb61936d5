"""The forecast and replenishment pages: they render, the run button stores forecasts, approve
makes draft purchase orders, and both refuse without CSRF or the permission."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from smarterp.core.db import unit_of_work
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.forecast.models import DemandForecast
from tests import factories as f
from tests.integration.web.conftest import Browser, as_role

START = date(2025, 1, 6)  # a Monday
TODAY = date(2025, 4, 28)  # a Monday, 16 weeks later


@dataclass
class Shop:
    chai: int
    tofu: int
    supplier_a: int
    supplier_b: int


def _shop(engine: Engine) -> Shop:
    """Two products from two suppliers, both selling every third day with little stock left, so
    both fall below their reorder points."""
    with unit_of_work(engine, actor="test") as s:
        cust = f.customer(s)
        sup_a = f.supplier(s, ref="SUPA", name="Supplier A")
        sup_b = f.supplier(s, ref="SUPB", name="Supplier B")
        chai = f.product(s, "CHAI", cost="4.00", stock="170", supplier_id=sup_a.id, name="Chai")
        tofu = f.product(s, "TOFU", cost="6.00", stock="150", supplier_id=sup_b.id, name="Tofu")
        for k in range(0, (TODAY - START).days, 3):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=cust.id,
                    order_date=START + timedelta(days=k),
                    lines=[
                        SalesLineIn(product_id=chai.id, quantity=Decimal(4 + k % 3)),
                        SalesLineIn(product_id=tofu.id, quantity=Decimal(3 + k % 2)),
                    ],
                ),
            )
            sales.confirm_order(s, order.id)
            sales.deliver(s, order.id, START + timedelta(days=k))
        return Shop(chai.id, tofu.id, sup_a.id, sup_b.id)


def _chart(html: str) -> dict[str, list[float | None]]:
    found = re.search(r'data-forecast-chart="([^"]+)"', html)
    assert found, "page has no forecast chart"
    return json.loads(unescape(found.group(1)))  # type: ignore[no-any-return]


def test_forecast_pages_render_and_the_button_stores_forecasts(
    engine: Engine, browser: Browser
) -> None:
    shop = _shop(engine)
    listing = browser.client.get("/forecast")
    assert listing.status_code == 200
    assert f'href="/forecast/products/{shop.chai}"' in listing.text
    assert "No forecast stored yet." in listing.text
    assert 'href="/forecast"' in listing.text  # in the menu
    product_page = browser.client.get(f"/products/{shop.chai}")
    assert f'href="/forecast/products/{shop.chai}"' in product_page.text

    before = browser.client.get(f"/forecast/products/{shop.chai}?as_of={TODAY}")
    assert before.status_code == 200
    assert 'data-testid="no-forecast"' in before.text
    assert 'data-testid="run-forecast"' in before.text
    assert 'data-testid="policy"' in before.text  # policy from the sales history alone
    history_only = _chart(before.text)
    assert len(history_only["history"]) == 16 and all(v is None for v in history_only["forecast"])

    resp = browser.post(
        "/forecast/run",
        {"freq": "W", "horizon": "4", "as_of": TODAY.isoformat(), "product_id": str(shop.chai)},
    )
    assert resp.status_code == 303, resp.text
    assert resp.headers["location"] == f"/forecast/products/{shop.chai}?done=forecast"
    with unit_of_work(engine, actor="test") as s:
        stored = s.scalars(
            select(DemandForecast)
            .where(DemandForecast.product_id == shop.chai)
            .order_by(DemandForecast.ds)
        ).all()
        assert len(stored) == 4 and stored[0].ds == TODAY and stored[0].freq == "W"
        assert s.scalar(select(func.count()).select_from(DemandForecast)) == 8  # both products

    after = browser.client.get(resp.headers["location"])
    assert after.status_code == 200
    assert 'data-testid="notice"' in after.text
    assert f"<code>{stored[0].method}</code>" in after.text
    assert 'data-testid="backtest-error"' in after.text
    chart = _chart(after.text)
    assert len(chart["labels"]) == 16 + 4
    # History first, then the forecast and its bands over the last four periods only.
    assert chart["history"][15] is not None and chart["history"][16] is None
    assert chart["hi95"][:16] == [None] * 16
    for lo95, lo80, mid, hi80, hi95 in zip(
        chart["lo95"][16:],
        chart["lo80"][16:],
        chart["forecast"][16:],
        chart["hi80"][16:],
        chart["hi95"][16:],
        strict=True,
    ):
        assert lo95 is not None and lo80 is not None and mid is not None
        assert hi80 is not None and hi95 is not None
        assert lo95 <= lo80 <= mid <= hi80 <= hi95
    listing = browser.client.get("/forecast")
    assert "No forecast stored yet." not in listing.text


def test_run_refuses_bad_input_missing_csrf_and_roles_without_permission(
    engine: Engine, browser: Browser, app_client: TestClient
) -> None:
    shop = _shop(engine)
    bad = browser.post("/forecast/run", {"freq": "Q", "product_id": str(shop.chai)})
    assert bad.status_code == 422 and "freq" in bad.text
    no_csrf = browser.client.post(
        "/forecast/run", data={"freq": "W", "horizon": "4"}, follow_redirects=False
    )
    assert no_csrf.status_code == 403
    seller = as_role(app_client, "sales")  # may read forecasts, not run them
    page = seller.client.get(f"/forecast/products/{shop.chai}?as_of={TODAY}")
    assert page.status_code == 200 and 'data-testid="run-not-allowed"' in page.text
    assert 'data-testid="run-forecast"' not in page.text
    assert seller.post("/forecast/run", {"freq": "W", "horizon": "4"}).status_code == 403
    accountant = as_role(app_client, "accountant")  # no forecast.read at all
    for path in ("/forecast", f"/forecast/products/{shop.chai}", "/replenishment"):
        assert accountant.client.get(path).status_code == 403, path
    assert 'href="/replenishment"' not in accountant.client.get("/").text
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(func.count()).select_from(DemandForecast)) == 0


def test_approve_per_supplier_creates_draft_purchase_orders(
    engine: Engine, browser: Browser, app_client: TestClient
) -> None:
    shop = _shop(engine)
    page = browser.client.get(f"/replenishment?as_of={TODAY}")
    assert page.status_code == 200
    assert f'data-testid="supplier-{shop.supplier_a}"' in page.text
    assert f'data-testid="supplier-{shop.supplier_b}"' in page.text
    assert "Chai" in page.text and "safety stock" in page.text

    form = {"as_of": TODAY.isoformat(), "supplier_id": str(shop.supplier_a)}
    no_csrf = browser.client.post(
        "/replenishment/approve", data={**form, "product_id": str(shop.chai)}
    )
    assert no_csrf.status_code == 403
    viewer = as_role(app_client, "viewer")
    assert 'data-testid="approve-not-allowed"' in viewer.client.get("/replenishment").text
    assert viewer.post("/replenishment/approve", {**form, "scope": "all"}).status_code == 403
    nothing_chosen = browser.post("/replenishment/approve", form)
    assert nothing_chosen.status_code == 422 and "Select at least one line" in nothing_chosen.text
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(func.count()).select_from(PurchaseOrder)) == 0

    resp = browser.post("/replenishment/approve", {**form, "product_id": str(shop.chai)})
    assert resp.status_code == 303, resp.text
    assert "created=" in resp.headers["location"]
    with unit_of_work(engine, actor="test") as s:
        [order] = s.scalars(select(PurchaseOrder)).all()
        assert order.state == PurchaseState.RFQ and order.supplier_id == shop.supplier_a
        assert [ln.product_id for ln in order.lines] == [shop.chai]
        assert order.lines[0].quantity > 0
        order_id, number = order.id, order.number
    shown = browser.client.get(resp.headers["location"])
    assert f'href="/purchase-orders/{order_id}"' in shown.text and number in shown.text
    # Chai is on order now; only Supplier B's line is still proposed.
    assert f'data-testid="supplier-{shop.supplier_a}"' not in shown.text
    assert f'data-testid="supplier-{shop.supplier_b}"' in shown.text

    rest = browser.post("/replenishment/approve", {"as_of": TODAY.isoformat(), "scope": "all"})
    assert rest.status_code == 303
    again = browser.post("/replenishment/approve", {"as_of": TODAY.isoformat(), "scope": "all"})
    assert "done=nothing" in again.headers["location"]
    with unit_of_work(engine, actor="test") as s:
        suppliers = s.scalars(select(PurchaseOrder.supplier_id).order_by(PurchaseOrder.id)).all()
    assert suppliers == [shop.supplier_a, shop.supplier_b]
