"""The ledger under attack through the API: automatic entries are corrected through their
documents, control accounts take no manual postings, bad input is a 422 naming the field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.invoicing.models import Payment, PaymentDirection
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def _order(books: Books, **changes: Any) -> dict[str, Any]:
    return {
        "customer_id": books.customer_id,
        "order_date": "2026-03-01",
        "lines": [{"product_id": books.product_id, "quantity": 2}],
        **changes,
    }


def _line(books: Books, quantity: Any) -> list[dict[str, Any]]:
    return [{"product_id": books.product_id, "quantity": quantity}]


def _payment(books: Books, **changes: Any) -> dict[str, Any]:
    return {
        "partner_id": books.customer_id,
        "partner_role": "customer",
        "direction": "inbound",
        "amount": "10.00",
        "date": "2026-03-10",
        **changes,
    }


def _entry(debit: str = "6100", credit: str = "1010", **changes: Any) -> dict[str, Any]:
    return {
        "date": "2026-03-15",
        "ref": "rent",
        "lines": [
            {"account_code": debit, "debit": "50.00"},
            {"account_code": credit, "credit": "50.00"},
        ],
        **changes,
    }


def _purchase(books: Books, **changes: Any) -> dict[str, Any]:
    return {
        "supplier_id": books.supplier_id,
        "order_date": "2026-03-01",
        "lines": [{"product_id": books.product_id, "quantity": 5}],
        **changes,
    }


# (case, path, body builder, the field the 422 must name). Each one was taken before: stored,
# stored rounded to zero, read as something else, or a 409/500.
BAD_INPUT: list[tuple[str, str, Any, str]] = [
    ("order in year 1", "sales-orders", lambda b: _order(b, order_date="0001-01-01"), "order_date"),
    ("order in 9999", "sales-orders", lambda b: _order(b, order_date="9999-12-31"), "order_date"),
    (
        "requested in 9999",
        "sales-orders",
        lambda b: _order(b, requested_date="9999-01-01"),
        "requested_date",
    ),
    (
        "quantity rounding to 0",
        "sales-orders",
        lambda b: _order(b, lines=_line(b, "0.000000001")),
        "lines.0.quantity",
    ),
    (
        "quantity as a float rounding to 0",
        "sales-orders",
        lambda b: _order(b, lines=_line(b, 0.0004)),
        "lines.0.quantity",
    ),
    (
        "exponent string",
        "sales-orders",
        lambda b: _order(b, lines=_line(b, "1e3")),
        "lines.0.quantity",
    ),
    ("NaN string", "sales-orders", lambda b: _order(b, lines=_line(b, "NaN")), "lines.0.quantity"),
    (
        "underscored digits",
        "sales-orders",
        lambda b: _order(b, shipping_charge="1_000"),
        "shipping_charge",
    ),
    (
        "300-char reference",
        "sales-orders",
        lambda b: _order(b, customer_ref="r" * 300),
        "customer_ref",
    ),
    ("customer id 2**63", "sales-orders", lambda b: _order(b, customer_id=2**63), "customer_id"),
    ("customer id 2**70", "sales-orders", lambda b: _order(b, customer_id=2**70), "customer_id"),
    (
        "product id 2**63",
        "sales-orders",
        lambda b: _order(b, lines=[{"product_id": 2**63, "quantity": 1}]),
        "lines.0.product_id",
    ),
    (
        "purchase in year 1",
        "purchase-orders",
        lambda b: _purchase(b, order_date="0001-01-01"),
        "order_date",
    ),
    (
        "purchase quantity rounding to 0",
        "purchase-orders",
        lambda b: _purchase(b, lines=_line(b, "0.0001")),
        "lines.0.quantity",
    ),
    ("payment of 0.001", "payments", lambda b: _payment(b, amount="0.001"), "amount"),
    ("payment of 0.004", "payments", lambda b: _payment(b, amount=0.004), "amount"),
    ("payment in 9999", "payments", lambda b: _payment(b, date="9999-12-31"), "date"),
    ("payment of 1e3", "payments", lambda b: _payment(b, amount="1e3"), "amount"),
    ("payment reference 300", "payments", lambda b: _payment(b, reference="p" * 300), "reference"),
    (
        "payment invoice 2**70",
        "payments",
        lambda b: _payment(b, invoice_ids=[2**70]),
        "invoice_ids.0",
    ),
    ("entry in 9999", "journal-entries", lambda b: _entry(date="9999-01-01"), "date"),
    ("entry ref 300", "journal-entries", lambda b: _entry(ref="e" * 300), "ref"),
    (
        "entry claims a source",
        "journal-entries",
        lambda b: _entry(source_type="invoice"),
        "source_type",
    ),
    ("entry claims a source id", "journal-entries", lambda b: _entry(source_id=1), "source_id"),
    (
        "ask as of year 1",
        "ask",
        lambda b: {"question": "sales last month", "as_of": "0001-01-01"},
        "as_of",
    ),
]


def test_bad_input_is_a_422_naming_the_field(api: Api, books: Books) -> None:
    # One set-up for the whole table: a case is one request, a fixture is most of the cost.
    before = {path: _count(api, path) for path in {case[1] for case in BAD_INPUT}}
    wrong = []
    for case, path, build, field in BAD_INPUT:
        r = api.post(f"{V1}/{path}", json=build(books))
        errors = r.json()["error"]["details"].get("errors", []) if r.status_code == 422 else []
        if field not in [e["field"] for e in errors]:
            wrong.append(f"{case}: {r.status_code} {r.text[:200]}")
    assert wrong == []
    # Nothing was written.
    assert {path: _count(api, path) for path in before} == before


def _count(api: Api, path: str) -> int | None:
    return None if path == "ask" else int(api.get(f"{V1}/{path}").json()["total"])


def test_good_input_is_rounded_to_what_the_books_keep(api: Api, books: Books) -> None:
    r = api.post(f"{V1}/sales-orders", json=_order(books, lines=_line(books, "2.0004")))
    assert r.status_code == 201, r.text
    assert Decimal(r.json()["lines"][0]["quantity"]) == Decimal("2")
    assert api.post(f"{V1}/sales-orders/{r.json()['id']}/confirm").status_code == 200
    r = api.post(f"{V1}/payments", json=_payment(books, amount="0.005"))
    assert r.status_code == 201 and r.json()["amount"] == "0.01", r.text


def _delivered_invoiced_paid(api: Api, books: Books) -> None:
    """A sale through every document that posts: delivery, invoice, payment."""
    oid = api.post(f"{V1}/sales-orders", json=_order(books)).json()["id"]
    assert api.post(f"{V1}/sales-orders/{oid}/confirm").status_code == 200
    r = api.post(f"{V1}/sales-orders/{oid}/deliver", json={"date": "2026-03-02"})
    assert r.status_code == 200, r.text
    invoice = api.post(f"{V1}/sales-orders/{oid}/invoice", json={"date": "2026-03-02"}).json()
    r = api.post(f"{V1}/payments", json=_payment(books, amount=invoice["amount_total"]))
    assert r.status_code == 201, r.text


def _stock_agrees_with_ledger(api: Api) -> bool:
    valuation = api.get(f"{V1}/reports/stock-valuation").json()
    return Decimal(valuation["difference"]) == 0 and Decimal(valuation["total_value"]) > 0


def test_automatic_entries_are_corrected_through_their_documents(api: Api, books: Books) -> None:
    _delivered_invoiced_paid(api, books)
    entries = api.get(f"{V1}/journal-entries", params={"limit": 500}).json()["items"]
    automatic = {e["source_type"]: e for e in entries}
    assert {"shipment", "invoice", "payment"} <= set(automatic)
    assert _stock_agrees_with_ledger(api)
    for source, entry in automatic.items():
        r = api.post(f"{V1}/journal-entries/{entry['id']}/reverse", who="accountant")
        assert r.status_code == 422, (source, r.text)
        error = r.json()["error"]
        assert error["details"]["field"] == "entry"
        assert f"posted by {source}" in error["message"], r.text
        assert "not reversed by hand" in error["message"]
    assert api.get(f"{V1}/journal-entries").json()["total"] == len(entries)
    assert _stock_agrees_with_ledger(api)
    # A manual entry is still reversed the usual way.
    manual = api.post(f"{V1}/journal-entries", who="accountant", json=_entry()).json()
    assert manual["source_type"] == "manual"
    r = api.post(f"{V1}/journal-entries/{manual['id']}/reverse", who="accountant")
    assert r.status_code == 201, r.text


CONTROL_ACCOUNTS = ["1200", "1100", "2000", "1300", "2100", "2110"]


@pytest.fixture
def control_postings_allowed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SMARTERP_MANUAL_CONTROL_POSTINGS", "true")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_control_accounts_take_no_manual_postings(api: Api, books: Books) -> None:
    before = _count(api, "journal-entries")
    for code in CONTROL_ACCOUNTS:
        body = _entry()
        # Payables and receivables need a partner: the refusal must not hinge on a missing one.
        body["lines"][1] = {
            "account_code": code,
            "credit": "50.00",
            "partner_id": books.supplier_id,
        }
        r = api.post(f"{V1}/journal-entries", who="accountant", json=body)
        assert r.status_code == 422, (code, r.text)
        error = r.json()["error"]
        assert error["details"]["field"] == "lines[2].account_code", (code, r.text)
        assert "control account" in error["message"]
    assert _count(api, "journal-entries") == before


def test_a_setting_lets_accountants_post_to_control_accounts(
    api: Api, books: Books, control_postings_allowed: None
) -> None:
    body = _entry(debit="1200")
    r = api.post(f"{V1}/journal-entries", who="accountant", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["source_type"] == "manual" and r.json()["source_id"] is None


@pytest.fixture
def refusing_route(api: Api) -> Api:
    """A route that writes a row the database itself refuses (a zero payment, which the
    services never write): what any refusal the checks miss looks like to a client."""

    @api.client.app.post("/refused/{what}")  # type: ignore[attr-defined]
    def refused(what: str) -> None:
        engine: Engine = api.engine
        with unit_of_work(engine, actor="test") as s:
            s.add(
                Payment(
                    number=None if what == "null" else "PAY/X",
                    partner_id=1,
                    partner_role="customer",
                    direction=PaymentDirection.INBOUND,
                    amount=Decimal(0) if what == "check" else Decimal(1),
                    unallocated=Decimal(0),
                    date=date(2026, 1, 1),
                )
            )

    return api


@pytest.mark.parametrize(
    ("what", "field"), [("check", "amount"), ("null", "number")], ids=["check", "not-null"]
)
def test_database_refusals_are_422_naming_the_field(
    refusing_route: Api, books: Books, what: str, field: str
) -> None:
    r = refusing_route.client.post(f"/refused/{what}")
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_value" and error["details"]["field"] == field
