"""List pages: sort by a column, export the filtered list, totals and subtotals per group."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from html import unescape

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, func, select

from smarterp.core.db import unit_of_work
from smarterp.erp.partners.models import Partner
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.web.resources import RESOURCES
from tests import factories as f
from tests.integration.web.conftest import Books, Browser

ORDER_LINK = re.compile(r'<a href="/sales-orders/(\d+)"')
AMOUNT = re.compile(r"-?[\d,]+\.\d\d")


@dataclass
class Orders:
    ids: list[int]
    other_customer_id: int


@pytest.fixture
def orders(engine: Engine, books: Books) -> Orders:
    """31 quotations (more than a page) for two customers over three months, one in three
    confirmed, of different sizes."""
    start = date.today().replace(day=1) - timedelta(days=70)
    ids = []
    with unit_of_work(engine, actor="test") as s:
        other = f.customer(s, "Bólido Comidas", ref="BOLID")
        s.flush()
        for i in range(31):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=other.id if i % 3 == 0 else books.customer_id,
                    order_date=start + timedelta(days=2 * i),
                    lines=[
                        SalesLineIn(
                            product_id=books.product_id,
                            quantity=Decimal(1 + (i * 7) % 5),
                            unit_price=Decimal("10.25") + i,
                        )
                    ],
                ),
            )
            if i % 3 == 1:
                sales.confirm_order(s, order.id)
            ids.append(order.id)
        return Orders(ids, other.id)


def _numbers_in_order(html: str) -> list[int]:
    return [int(x) for x in ORDER_LINK.findall(html)]


def _amounts(engine: Engine, ids: list[int]) -> dict[int, Decimal]:
    with unit_of_work(engine, actor="test") as s:
        rows = s.execute(select(SalesOrder.id, SalesOrder.amount_total)).all()
        return {i: a for i, a in rows if i in ids}


def test_a_header_sorts_up_then_down_and_the_sort_survives_paging_and_filters(
    browser: Browser, orders: Orders, engine: Engine
) -> None:
    amounts = _amounts(engine, orders.ids)
    page = browser.client.get("/sales-orders").text
    assert 'data-testid="sort-total"' in page
    up = browser.client.get("/sales-orders?sort=total").text
    shown = _numbers_in_order(up)
    assert len(shown) == 25
    assert [amounts[i] for i in shown] == sorted(amounts.values())[:25]
    assert 'aria-sort="ascending"' in up and "▲" in up
    # The header of the sorted column now offers the other direction.
    assert 'href="/sales-orders?sort=-total"' in unescape(up)
    down = browser.client.get("/sales-orders?sort=-total").text
    assert [amounts[i] for i in _numbers_in_order(down)] == sorted(amounts.values())[::-1][:25]
    assert 'aria-sort="descending"' in down and "▼" in down
    # Page two carries on the same order, and its links keep the sort.
    second = browser.client.get("/sales-orders?sort=-total&page=2").text
    assert [amounts[i] for i in _numbers_in_order(second)] == sorted(amounts.values())[::-1][25:]
    assert "sort=-total" in unescape(second)
    confirmed = browser.client.get("/sales-orders?state=confirmed&sort=total").text
    shown = _numbers_in_order(confirmed)
    assert len(shown) == 10
    assert [amounts[i] for i in shown] == sorted(amounts[i] for i in shown)


@pytest.mark.parametrize(
    "key", ["nonsense", "amount_total", "total;drop table sales_order", "--total", "kind"]
)
def test_an_unknown_sort_is_ignored_and_the_usual_order_kept(
    browser: Browser, orders: Orders, key: str
) -> None:
    usual = _numbers_in_order(browser.client.get("/sales-orders").text)
    resp = browser.client.get("/sales-orders", params={"sort": key})
    assert resp.status_code == 200
    assert _numbers_in_order(resp.text) == usual
    assert "aria-sort" not in resp.text


def test_export_holds_every_filtered_row_as_the_screen_shows_it(
    browser: Browser, orders: Orders, engine: Engine
) -> None:
    query = "state=draft&sort=-total"
    screen = browser.client.get(f"/sales-orders?{query}").text
    count = re.search(r'data-testid="count">[^<]*of (\d+)', screen)
    assert count is not None
    filtered = int(count.group(1))
    assert filtered == 21  # more than a page: the export is not just what is visible
    exported = browser.client.get(f"/sales-orders?{query}&format=csv")
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(exported.text.lstrip("\ufeff"))))
    assert rows[0] == ["Number", "Customer", "Order date", "State", "Total"]
    assert len(rows) - 1 == filtered
    with unit_of_work(engine, actor="test") as s:
        first_25 = [
            (number, name)
            for number, name in s.execute(
                select(SalesOrder.number, Partner.name)
                .join(Partner, Partner.id == SalesOrder.customer_id)
                .where(SalesOrder.id.in_(_numbers_in_order(screen)))
            )
        ]
    by_number = dict(first_25)
    shown_numbers = re.findall(r'<a href="/sales-orders/\d+">([^<]+)</a>', screen)
    assert [r[0] for r in rows[1:26]] == shown_numbers
    assert all(by_number[r[0]] == r[1] and r[3] == "Draft" for r in rows[1:26])
    totals = [Decimal(r[4]) for r in rows[1:]]
    assert totals == sorted(totals, reverse=True)

    book = load_workbook(
        io.BytesIO(browser.client.get(f"/sales-orders?{query}&format=xlsx").content)
    )
    sheet = book.active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    assert len(cells) - 1 == filtered
    assert [c[0] for c in cells[1:]] == [r[0] for r in rows[1:]]
    # Amounts are numbers a spreadsheet adds up, equal to the CSV's.
    assert all(isinstance(c[4], (int, float)) for c in cells[1:])
    assert [Decimal(str(c[4])).quantize(Decimal("0.01")) for c in cells[1:]] == totals


def test_an_unknown_export_format_is_refused_by_name(browser: Browser, orders: Orders) -> None:
    resp = browser.client.get("/sales-orders?format=pdf")
    assert resp.status_code in {400, 422}
    assert "format" in resp.text and "csv" in resp.text


def _sql_total(engine: Engine, **where: object) -> tuple[int, Decimal]:
    with unit_of_work(engine, actor="test") as s:
        stmt = select(func.count(), func.coalesce(func.sum(SalesOrder.amount_total), 0))
        for name, value in where.items():
            stmt = stmt.where(getattr(SalesOrder, name) == value)
        count, total = s.execute(stmt).one()
        return int(count), Decimal(str(total)).quantize(Decimal("0.01"))


def _money(text: str) -> Decimal:
    found = AMOUNT.search(text)
    assert found is not None, text
    return Decimal(found.group(0).replace(",", ""))


def test_the_totals_row_adds_up_every_page_as_sql_does(
    browser: Browser, orders: Orders, engine: Engine
) -> None:
    page = browser.client.get("/sales-orders").text
    row = re.search(r'data-testid="totals">(.*?)</tr>', page, re.S)
    assert row is not None
    assert _money(row.group(1)) == _sql_total(engine)[1]
    draft = browser.client.get("/sales-orders?state=draft").text
    row = re.search(r'data-testid="totals">(.*?)</tr>', draft, re.S)
    assert row is not None
    assert _money(row.group(1)) == _sql_total(engine, state=SalesState.DRAFT)[1]


@pytest.mark.parametrize("group", ["partner", "state", "month"])
def test_group_subtotals_add_up_to_the_total(
    browser: Browser, orders: Orders, engine: Engine, group: str
) -> None:
    count, total = _sql_total(engine)
    heads: dict[str, tuple[int, Decimal]] = {}
    for number in (1, 2):
        page = browser.client.get(f"/sales-orders?group={group}&page={number}").text
        for head in re.findall(r'data-testid="group-head">(.*?)</tr>', page, re.S):
            title = re.search(r"<strong>(.*?)</strong>", head)
            n = re.search(r"· ([\d,]+) records", head)
            s = re.search(r'data-testid="group-sum">([^<]*)<', head)
            assert title and n and s, head
            # A group cut by the page break is headed on both pages with the same figures.
            heads[title.group(1)] = (int(n.group(1)), _money(s.group(1)))
    with unit_of_work(engine, actor="test") as session:
        dates = session.scalars(select(SalesOrder.order_date))
        months = {(d.year, d.month) for d in dates}
    assert len(heads) == {"partner": 2, "state": 2, "month": len(months)}[group]
    assert sum(n for n, _ in heads.values()) == count
    assert sum(t for _, t in heads.values()) == total


def test_sort_export_and_groups_speak_chinese(browser: Browser, orders: Orders) -> None:
    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    page = browser.client.get("/sales-orders?group=state&sort=-total").text
    for words in ("分组", "排序", "导出", "合计", "草稿", "条记录"):
        assert words in page, words
    exported = browser.client.get("/sales-orders?format=csv").text.lstrip("\ufeff")
    assert exported.splitlines()[0] == "编号,客户,订单日期,状态,合计"


def test_every_sortable_column_of_every_list_sorts_both_ways(
    browser: Browser, orders: Orders
) -> None:
    for resource in RESOURCES.values():
        for column in resource.columns:
            if column.sort is None:
                continue
            for key in (column.key, f"-{column.key}"):
                resp = browser.client.get(f"/{resource.slug}", params={"sort": key})
                assert resp.status_code == 200, (resource.slug, key, resp.text[-500:])
                assert "aria-sort" in resp.text, (resource.slug, key)
        assert browser.client.get(f"/{resource.slug}?format=xlsx").status_code == 200
