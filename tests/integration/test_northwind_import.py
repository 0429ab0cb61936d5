"""Northwind migration: counts, stock, revenue and ledger on both backends; reruns add nothing."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select

from smarterp.core.db import make_engine, unit_of_work
from smarterp.data.northwind import (
    SAMPLE_DIR,
    NorthwindSummary,
    import_northwind,
    product_sku,
)
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.inventory import service as inventory
from smarterp.erp.invoicing.models import Invoice, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.products.queries import find_by_sku
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, SalesState
from smarterp.erp.setup import init_books
from tests.conftest import BACKENDS, NORTHWIND_GROUP, PG_URL, _wipe, copy_sqlite

D = Decimal
# The classic figures: sum of unit_price * quantity * (1 - discount) by order year.
REVENUE = {1996: D("208083.97"), 1997: D("617085.20"), 1998: D("440623.87")}


pytestmark = NORTHWIND_GROUP


@pytest.fixture(scope="module", params=BACKENDS)
def imported(
    request: pytest.FixtureRequest,
    migrated_engines: dict[str, Engine],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Engine, NorthwindSummary]]:
    """One Northwind import per backend, shared by the tests of this module."""
    if request.param == "sqlite":
        # The session's import into SQLite (conftest), copied: the same import, made once.
        template, summary = request.getfixturevalue("northwind_sqlite")
        copy = make_engine(copy_sqlite(template, tmp_path_factory.mktemp("nw") / "nw.db"))
        yield copy, summary
        copy.dispose()
        return
    if request.param not in migrated_engines:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    eng = migrated_engines[request.param]
    _wipe(eng)
    with unit_of_work(eng, actor="test") as s:
        init_books(s, name="Northwind Traders")
    yield eng, import_northwind(eng)
    _wipe(eng)


def _count(engine: Engine, stmt: object) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(stmt) or 0  # type: ignore[call-overload]


def test_counts(imported: tuple[Engine, NorthwindSummary]) -> None:
    eng, summary = imported
    partner = select(func.count()).select_from(Partner)
    assert _count(eng, partner.where(Partner.is_customer)) == 91
    assert _count(eng, partner.where(Partner.is_supplier)) == 29
    assert _count(eng, select(func.count()).select_from(Product)) == 77
    assert _count(eng, select(func.count()).select_from(SalesOrder)) == 830
    assert _count(eng, select(func.count()).select_from(SalesOrderLine)) == 2155
    done = select(func.count()).select_from(SalesOrder).where(SalesOrder.state == SalesState.DONE)
    assert _count(eng, done) == 809  # 21 orders were never shipped: they stay open
    paid = select(func.count()).select_from(Invoice).where(Invoice.state == InvoiceState.PAID)
    assert _count(eng, paid) == 809
    assert summary.counts["orders"].created == 830
    assert summary.counts["categories"].created == 8
    assert any("no shipped date" in w for w in summary.warnings)
    assert any("37 orders shipped after their required date" in w for w in summary.warnings)


def test_stock_equals_units_in_stock(imported: tuple[Engine, NorthwindSummary]) -> None:
    eng, _ = imported
    with (SAMPLE_DIR / "products.csv").open(encoding="utf-8") as fh:
        expected = {row["product_id"]: D(row["units_in_stock"]) for row in csv.DictReader(fh)}
    with unit_of_work(eng) as s:
        for pid, units in expected.items():
            product = find_by_sku(s, product_sku(pid))
            assert product is not None
            assert inventory.on_hand(s, product.id) == units, product.name
        chang = find_by_sku(s, product_sku(2))
        assert chang is not None and chang.unit_description == "24 - 12 oz bottles"
        assert chang.cost == D("11.4000")  # 60% of the 19.00 list price


def test_revenue_per_year_and_ledger(imported: tuple[Engine, NorthwindSummary]) -> None:
    eng, summary = imported
    assert summary.revenue_by_year == REVENUE
    assert summary.revenue_total == D("1265793.04")
    with unit_of_work(eng) as s:
        debit, credit = s.execute(
            select(func.sum(JournalLine.debit), func.sum(JournalLine.credit))
        ).one()
        assert D(str(debit)).quantize(D("0.01")) == D(str(credit)).quantize(D("0.01"))

        def balance(role: str) -> Decimal:
            acc = accounting.account_for_role(s, role)
            d, c = s.execute(
                select(
                    func.coalesce(func.sum(JournalLine.debit), 0),
                    func.coalesce(func.sum(JournalLine.credit), 0),
                ).where(JournalLine.account_id == acc.id)
            ).one()
            return (D(str(d)) - D(str(c))).quantize(D("0.01"))

        shipped_freight = s.scalar(
            select(func.sum(SalesOrder.shipping_charge)).where(SalesOrder.state == SalesState.DONE)
        )
        assert -balance("shipping_income") == D(str(shipped_freight)).quantize(D("0.01"))
        assert balance("receivable") == 0  # every invoice was paid
        # Revenue booked (shipped orders, each line rounded to the cent) is close to the
        # order-date figure less the 21 unshipped orders.
        assert D("1200000") < -balance("revenue") < D("1265793.04")
        assert balance("cogs") > 0


def test_running_twice_adds_nothing(imported: tuple[Engine, NorthwindSummary]) -> None:
    eng, _ = imported
    lines_before = _count(eng, select(func.count()).select_from(JournalLine))
    again = import_northwind(eng)
    assert not again.created_anything
    assert again.counts["orders"].existing == 830
    assert _count(eng, select(func.count()).select_from(JournalLine)) == lines_before
    assert _count(eng, select(func.count()).select_from(SalesOrder)) == 830
