"""Partners and products: unique codes and optimistic concurrency on updates."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import Conflict, InvalidInput
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn, PartnerUpdate
from smarterp.erp.partners.service import create_partner, get_partner, update_partner
from smarterp.erp.products.models import Product
from smarterp.erp.products.schemas import ProductUpdate
from smarterp.erp.products.service import get_product, update_product
from tests import factories as f

D = Decimal


def test_duplicate_partner_ref_is_refused(session: Session) -> None:
    f.customer(session, ref="ALFKI")
    with pytest.raises(InvalidInput) as err:
        f.customer(session, "Another Alfreds", ref="ALFKI")
    assert err.value.message == "Another Alfreds: ref: a partner with ref 'ALFKI' already exists"
    assert session.scalar(select(func.count()).select_from(Partner)) == 1


def test_duplicate_sku_is_refused(session: Session) -> None:
    f.product(session, "CHAI")
    with pytest.raises(InvalidInput, match=r"^Chai again: sku: a product with SKU 'CHAI'"):
        f.product(session, "CHAI", name="Chai again")
    assert session.scalar(select(func.count()).select_from(Product)) == 1


def test_partner_input_is_validated() -> None:
    with pytest.raises(ValidationError, match="must not be blank"):
        PartnerIn(name="   ")
    with pytest.raises(ValidationError, match="'not-an-email' is not an email address"):
        PartnerIn(name="X", email="not-an-email")
    assert PartnerIn(name="  Trimmed  ").name == "Trimmed"


def test_stale_partner_version_is_a_conflict(engine: Engine) -> None:
    with unit_of_work(engine) as s:
        pid = create_partner(s, PartnerIn(name="Around the Horn", is_customer=True)).id
    # Two people load version 1; the first save wins, the second gets a conflict naming who
    # saved in between, when, and what they changed (from the audit trail).
    with unit_of_work(engine, actor="maria") as s:
        p = update_partner(s, pid, PartnerUpdate(version=1, city="London", phone="171-555"))
        assert p.version == 2
    with pytest.raises(Conflict) as err, unit_of_work(engine, actor="tom") as s:
        update_partner(s, pid, PartnerUpdate(version=1, city="Paris"))
    assert re.fullmatch(
        r"partner Around the Horn was changed by maria at \d{4}-\d\d-\d\d \d\d:\d\d UTC "
        r"\(city, phone\) after you opened it; nothing was saved",
        err.value.message,
    ), err.value.message
    details = err.value.details
    assert (details["field"], details["current"], details["yours"]) == ("version", 2, 1)
    assert (details["changed_by"], details["changed_fields"]) == (["maria"], ["city", "phone"])
    with unit_of_work(engine) as s:
        assert get_partner(s, pid).city == "London"
        assert update_partner(s, pid, PartnerUpdate(version=2, city="Paris")).version == 3


def test_stale_product_version_is_a_conflict(engine: Engine) -> None:
    with unit_of_work(engine) as s:
        pid = f.product(s, "CHAI", price="18.00").id
    with unit_of_work(engine) as s:
        update_product(s, pid, ProductUpdate(version=1, sale_price=D("19.00")))
    with (
        pytest.raises(Conflict, match=r"product CHAI was changed by system at .* \(sale_price\)"),
        unit_of_work(engine) as s,
    ):
        update_product(s, pid, ProductUpdate(version=1, sale_price=D("1.00")))
    with unit_of_work(engine) as s:
        product = get_product(s, pid)
        assert (product.sale_price, product.version) == (D("19.0000"), 2)
    with (
        pytest.raises(InvalidInput, match="'PVAT13' is not a sale tax"),
        unit_of_work(engine) as s,
    ):
        update_product(s, pid, ProductUpdate(version=2, sales_tax_code="PVAT13"))
