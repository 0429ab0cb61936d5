"""A supplier offer in the supplier's own currency through the API: kept with the product,
used as it is by an RFQ in that currency and converted for one in another, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smarterp.core.db import unit_of_work
from smarterp.erp.currency import service as currencies
from tests import factories as f
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def test_an_rfq_takes_a_euro_offer_as_it_is_or_converted(api: Api, books: Books) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        currencies.set_rate(s, "EUR", date(2026, 3, 1), "1.10")
        euro = f.supplier(s, "Teekontor Hamburg", currency="EUR").id
    product = api.get(f"{V1}/products/{books.product_id}").json()
    offer = {"supplier_id": euro, "price": "9.00", "currency": "EUR"}
    r = api.patch(
        f"{V1}/products/{books.product_id}",
        json={"version": product["version"], "suppliers": [offer]},
    )
    assert r.status_code == 200, r.text
    bad = api.patch(
        f"{V1}/products/{books.product_id}",
        json={"version": r.json()["version"], "suppliers": [{**offer, "currency": "XQZ"}]},
    )
    assert bad.status_code == 422
    err = bad.json()["error"]
    assert err["details"]["field"] == "suppliers[1].currency" and "XQZ" in err["message"]

    def rfq(**extra: str) -> Decimal:
        line = {"product_id": books.product_id, "quantity": 3}
        body = {"supplier_id": euro, "order_date": "2026-03-05", "lines": [line], **extra}
        created = api.post(f"{V1}/purchase-orders", json=body)
        assert created.status_code == 201, created.text
        return Decimal(created.json()["lines"][0]["unit_price"])

    assert rfq() == Decimal("9.00")
    assert rfq(currency="USD") == Decimal("9.90")
