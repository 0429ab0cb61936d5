"""Currencies over the API: rates entered and imported, who may change them, a euro invoice
posted and paid, and the revaluation previewed then booked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from tests import factories as f
from tests.integration.api.conftest import Api

D = Decimal


def test_rates_are_entered_imported_and_guarded(api: Api) -> None:
    r = api.post(
        "/api/v1/currencies/rates", json={"currency": "EUR", "date": "2026-03-01", "rate": "1.1"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["rate"] == "1.10000000"
    assert (
        api.post(
            "/api/v1/currencies/rates",
            who="sales",
            json={"currency": "EUR", "date": "2026-03-02", "rate": "1.2"},
        ).status_code
        == 403
    )
    bad = api.post(
        "/api/v1/currencies/rates", json={"currency": "USD", "date": "2026-03-01", "rate": "1"}
    )
    assert bad.status_code == 422 and "company currency" in bad.json()["error"]["message"]
    body = "date,currency,rate\n2026-03-15,EUR,1.2\n2026-03-15,GBP,1.3\n"
    r = api.post(
        "/api/v1/currencies/rates/import", content=body, headers={"Content-Type": "text/csv"}
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 2, "replaced": 0, "currencies": ["EUR", "GBP"]}
    refused = api.post(
        "/api/v1/currencies/rates/import",
        content="date,currency,rate\n2026-03-16,EUR,-1\n",
        headers={"Content-Type": "text/csv"},
    )
    assert refused.status_code == 422 and "line 2" in refused.json()["error"]["message"]
    rates = api.get("/api/v1/currencies/rates?currency=EUR").json()
    assert [(x["date"], x["rate"]) for x in rates] == [
        ("2026-03-15", "1.20000000"),
        ("2026-03-01", "1.10000000"),
    ]
    codes = {c["code"] for c in api.get("/api/v1/currencies").json()}
    assert {"EUR", "GBP"} <= codes


def test_a_euro_invoice_paid_and_revalued_through_the_api(api: Api) -> None:
    for day, rate in (("2026-03-01", "1.10"), ("2026-03-31", "1.15")):
        api.post("/api/v1/currencies/rates", json={"currency": "EUR", "date": day, "rate": rate})
    with unit_of_work(api.engine, actor="test") as s:
        cust = f.customer(s, currency="EUR")
        cust_id = cust.id
        inv = invoicing.create_invoice(
            s,
            InvoiceIn(
                kind=InvoiceKind.OUT_INVOICE,
                partner_id=cust.id,
                invoice_date=date(2026, 3, 5),
                lines=[InvoiceLineIn(description="Tea", quantity=D(1), unit_price=D("200"))],
            ),
        )
        invoice_id = inv.id
    posted = api.post(f"/api/v1/invoices/{invoice_id}/post").json()
    assert (posted["currency"], posted["exchange_rate"], posted["amount_total_company"]) == (
        "EUR",
        "1.10000000",
        "220.00",
    )
    preview = api.get("/api/v1/currencies/revaluation?date=2026-03-31").json()
    assert preview["gain"] == "10.00" and preview["posted_entry"] is None
    booked = api.post("/api/v1/currencies/revaluation", json={"date": "2026-03-31"})
    assert booked.status_code == 201 and booked.json()["reversal_entry"]
    again = api.post("/api/v1/currencies/revaluation", json={"date": "2026-03-31"})
    assert again.status_code == 422 and "revalued already" in again.json()["error"]["message"]
    paid = api.post(
        "/api/v1/payments",
        json={
            "partner_id": cust_id,
            "partner_role": "customer",
            "direction": "inbound",
            "amount": "100.00",
            "date": "2026-03-31",
        },
    )
    assert paid.status_code == 201, paid.text
    assert (paid.json()["currency"], paid.json()["amount_company"]) == ("EUR", "115.00")
