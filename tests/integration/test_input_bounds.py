"""The services refuse what the API's schemas refuse, for callers that skip the schemas (an
importer, a rule, a script): each error names the field, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Payment, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal


def _sale(s: Session, quantity: str = "2", **changes: Any) -> Any:
    customer = s.scalars(select(Partner).where(Partner.is_customer)).one()
    line = SalesLineIn.model_construct(
        product_id=1, quantity=D(quantity), unit_price=None, discount=D(0), tax_code=None
    )
    fields: dict[str, Any] = {
        "customer_id": customer.id,
        "order_date": date(2026, 3, 1),
        "lines": [line],
        "requested_date": None,
        "salesperson_id": None,
        "carrier_id": None,
        "shipping_charge": D(0),
        "shipping_tax_code": None,
        "customer_ref": None,
        "external_ref": None,
        "ship_to": None,
        "notes": None,
        "idempotency_key": None,
    }
    return sales.create_order(s, SalesOrderIn.model_construct(**{**fields, **changes}))


def _purchase(s: Session, quantity: str = "2", **changes: Any) -> Any:
    supplier = s.scalars(select(Partner).where(Partner.is_supplier)).one()
    line = PurchaseLineIn.model_construct(
        product_id=1, quantity=D(quantity), unit_price=None, tax_code=None
    )
    fields: dict[str, Any] = {
        "supplier_id": supplier.id,
        "order_date": date(2026, 3, 1),
        "lines": [line],
        "expected_date": None,
        "supplier_ref": None,
        "external_ref": None,
        "notes": None,
        "idempotency_key": None,
    }
    return purchasing.create_rfq(s, PurchaseOrderIn.model_construct(**{**fields, **changes}))


def _payment(s: Session, **changes: Any) -> Any:
    customer = s.scalars(select(Partner).where(Partner.is_customer)).one()
    fields: dict[str, Any] = {
        "partner_id": customer.id,
        "partner_role": "customer",
        "direction": PaymentDirection.INBOUND,
        "amount": D("10"),
        "date": date(2026, 3, 10),
        "method": "bank",
        "reference": None,
        "invoice_ids": None,
        "idempotency_key": None,
    }
    return invoicing.register_payment(s, PaymentIn.model_construct(**{**fields, **changes}))


def _posting(s: Session, on: date) -> Any:
    bank, rent = accounting.account_by_code(s, "1010"), accounting.account_by_code(s, "6100")
    lines = [accounting.Line(rent.id, debit=D(5)), accounting.Line(bank.id, credit=D(5))]
    return accounting.post(s, "GEN", on, lines, ref="rent")


CASES: list[tuple[str, Callable[[Session], Any], str]] = [
    ("order in year 1", lambda s: _sale(s, order_date=date(1, 1, 1)), "order_date"),
    ("requested in 9999", lambda s: _sale(s, requested_date=date(9999, 1, 1)), "requested_date"),
    ("quantity rounding to 0", lambda s: _sale(s, quantity="0.000000001"), "lines[1].quantity"),
    # SQLite would store all 300 characters in the 80-character column.
    ("300-char reference", lambda s: _sale(s, customer_ref="r" * 300), "customer_ref"),
    ("purchase in 9999", lambda s: _purchase(s, order_date=date(9999, 1, 1)), "order_date"),
    ("purchase quantity 0.0001", lambda s: _purchase(s, quantity="0.0001"), "lines[1].quantity"),
    ("payment of 0.001", lambda s: _payment(s, amount=D("0.001")), "amount"),
    ("payment in year 1", lambda s: _payment(s, date=date(1, 1, 1)), "date"),
    ("payment reference 300", lambda s: _payment(s, reference="p" * 300), "reference"),
    ("posting in 9999", lambda s: _posting(s, date(9999, 12, 31)), "date"),
]


@pytest.fixture
def stocked(engine: Engine) -> Engine:
    with unit_of_work(engine, actor="test") as s:
        sup = f.supplier(s)
        f.customer(s)
        f.product(s, "CHAI", stock="10", supplier_id=sup.id)
    return engine


def _written(engine: Engine) -> tuple[int, ...]:
    with unit_of_work(engine, read_only=True) as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (SalesOrder, Payment, JournalEntry)
        )


def test_services_refuse_out_of_bounds_input_naming_the_field(stocked: Engine) -> None:
    before = _written(stocked)
    wrong = []
    for case, call, field in CASES:
        try:
            with unit_of_work(stocked, actor="test") as s:
                call(s)
            wrong.append(f"{case}: accepted")
        except InvalidInput as exc:
            if exc.details["field"] != field:
                wrong.append(f"{case}: {exc.message}")
    assert wrong == []
    assert _written(stocked) == before
    # Inside the bounds, the same calls go through.
    with unit_of_work(stocked, actor="test") as s:
        assert _sale(s, customer_ref="r" * 80, quantity="0.0006").lines[0].quantity == D("0.001")
        assert _payment(s, amount=D("0.005")).amount == D("0.01")
        assert _posting(s, date(1900, 1, 1)) is not None
