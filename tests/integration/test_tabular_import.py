"""Generic CSV/Excel import: validation report, all-or-nothing writes, mapping, idempotence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.data.tabular import import_table, parse_mapping
from smarterp.erp.inventory import service as inventory
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.queries import find_by_ref
from smarterp.erp.products.queries import find_by_sku
from smarterp.erp.sales.models import SalesOrder, SalesState

DATA = Path(__file__).resolve().parent.parent / "data"
PARTNER_MAP = {"Code": "ref", "Company": "name"}


def _partner_count(engine: Engine) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(Partner)) or 0


def _load_all(engine: Engine) -> None:
    for kind, name, mapping in (
        ("partners", "partners.csv", PARTNER_MAP),
        ("products", "products.csv", None),
        ("stock", "stock.csv", None),
    ):
        result = import_table(engine, kind, DATA / name, mapping=mapping)
        assert result.problems == [], result.problems


def test_good_files_import_with_mapping_and_again_add_nothing(engine: Engine) -> None:
    _load_all(engine)
    result = import_table(engine, "sales", DATA / "sales.csv")
    assert (result.created, result.problems) == (3, [])
    with unit_of_work(engine) as s:
        acme = find_by_ref(s, "C-ACME")
        assert acme is not None and acme.name == "Acme Foods" and acme.is_customer
        both = find_by_ref(s, "C-BOTH")
        assert both is not None and both.is_customer and both.is_supplier
        tea = find_by_sku(s, "TEA-1")
        assert tea is not None and tea.sale_price == Decimal("12.50")
        assert tea.supplier_infos[0].price == Decimal("7.00")
        jam = find_by_sku(s, "JAM-1")
        assert jam is not None and jam.discontinued
        assert inventory.on_hand(s, tea.id) == Decimal(86)  # 100 opening - 10 - 4 sold
        web1 = s.scalar(select(SalesOrder).where(SalesOrder.external_ref == "WEB-1"))
        assert web1 is not None and web1.state == SalesState.DONE
        assert web1.order_date == date(2025, 2, 1)
        assert web1.amount_untaxed == Decimal("125.00") + Decimal("36.00")  # 10% off the jam
    before = _partner_count(engine)
    again = [
        import_table(engine, "partners", DATA / "partners.csv", mapping=PARTNER_MAP),
        import_table(engine, "products", DATA / "products.csv"),
        import_table(engine, "stock", DATA / "stock.csv"),
        import_table(engine, "sales", DATA / "sales.csv"),
    ]
    assert [(r.created, r.skipped) for r in again] == [(0, 3), (0, 2), (0, 2), (0, 3)]
    assert _partner_count(engine) == before
    with unit_of_work(engine) as s:
        tea = find_by_sku(s, "TEA-1")
        assert tea is not None and inventory.on_hand(s, tea.id) == Decimal(86)


def test_bad_rows_are_all_reported_and_nothing_is_written(engine: Engine) -> None:
    before = _partner_count(engine)
    result = import_table(engine, "partners", DATA / "partners_bad.csv", mapping=PARTNER_MAP)
    where = {(p.row, p.column) for p in result.problems}
    assert {(3, "name"), (4, "role"), (5, "ref"), (6, "email")} <= where
    assert all(p.row != 2 for p in result.problems)  # the good row is not blamed
    assert not result.committed
    assert _partner_count(engine) == before  # the good first row was rolled back too


def test_bad_sales_rows_name_row_column_and_reason(engine: Engine) -> None:
    _load_all(engine)
    result = import_table(engine, "sales", DATA / "sales_bad.csv")
    by_row = {p.row: p for p in result.problems}
    assert by_row[2].column == "customer_ref" and "C-NOPE" in by_row[2].reason
    assert by_row[3].column == "date"
    assert by_row[4].column == "sku" and "NOSUCH" in by_row[4].reason
    assert by_row[5].column == "quantity" and "not a number" in by_row[5].reason
    with unit_of_work(engine) as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == 0


def test_excel_input_and_dry_run(engine: Engine, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Code", "Company", "role", "payment_term_days"])
    sheet.append(["X-1", "Excel Traders", "customer", 45])
    sheet.append(["X-2", "Sheet & Co", "supplier", 15.0])
    path = tmp_path / "partners.xlsx"
    book.save(path)
    dry = import_table(engine, "partners", path, mapping=PARTNER_MAP, dry_run=True)
    assert (dry.created, dry.problems, dry.committed) == (2, [], False)
    assert _partner_count(engine) == 0
    real = import_table(engine, "partners", path, mapping=PARTNER_MAP)
    assert real.committed and real.created == 2
    with unit_of_work(engine) as s:
        x1 = find_by_ref(s, "X-1")
        assert x1 is not None and x1.payment_term_days == 45


def test_missing_columns_bad_mapping_and_file_types(engine: Engine, tmp_path: Path) -> None:
    result = import_table(engine, "partners", DATA / "partners.csv")  # Company not mapped
    assert [(p.row, p.column) for p in result.problems] == [(1, "name")]
    with pytest.raises(InvalidInput, match="not a partners field"):
        import_table(engine, "partners", DATA / "partners.csv", mapping={"Code": "colour"})
    with pytest.raises(InvalidInput, match="source_column=field"):
        parse_mapping(["Code"])
    odd = tmp_path / "x.json"
    odd.write_text("{}")
    with pytest.raises(InvalidInput, match=r"only \.csv and \.xlsx"):
        import_table(engine, "partners", odd)
