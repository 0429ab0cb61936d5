"""One search rule per area: the same words find the same records, in the same order, through
the REST API, the web list and the command line (each reads erp/<area>/queries.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from typer.testing import CliRunner

from smarterp.cli.main import app as cli_app
from smarterp.core import auth
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.integration.web.conftest import Browser

V1 = "/api/v1"

# (customer name, code, order date, the customer's reference on the order)
SALES = [
    ("Alfreds Futterkiste", "ALFKI", date(2026, 3, 2), "PO-7731"),
    ("Around the Horn", "AROUT", date(2026, 3, 4), None),
    ("Alfreds Futterkiste", "ALFKI", date(2026, 3, 5), "50% deposit"),
    ("Around the Horn", "AROUT", date(2026, 3, 1), "horn-2"),
    ("Berglunds snabbköp", "BERGS", date(2026, 3, 5), "5_0"),
]
# What a search must find: (words, which orders of SALES, by position).
WANTED = [
    ("alfki", {0, 2}),  # the customer's code, any case
    ("HORN", {1, 3}),  # the customer's name, and a reference holding the word
    ("po-77", {0}),  # the customer's reference on the order
    ("SO00004", {3}),  # the order number
    ("%", {2}),  # a percent sign is itself, not "anything"
    ("_", {4}),  # so is an underscore
    ("snabbkö", {4}),  # letters beyond ASCII
    ("nobody-has-this", set()),
]


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """The command line on the test database (SQLite file or the PostgreSQL one)."""
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def _cli_json(cli: CliRunner, *args: str) -> list[dict[str, Any]]:
    done = cli.invoke(cli_app, [*args, "--json"])
    assert done.exit_code == 0, done.output
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


def _api_token(engine: Engine) -> dict[str, str]:
    with unit_of_work(engine, actor="test") as s:
        token = auth.create_token(s, "admin", "search test")[1]
    return {"Authorization": f"Bearer {token}"}


def _web_links(html: str, slug: str) -> list[str]:
    """The record links of a web list's rows, in order: what the person sees in the first
    column."""
    return re.findall(rf'<a href="/{slug}/\d+">([^<]+)</a>', html)


def _make_sales(engine: Engine) -> list[str]:
    with unit_of_work(engine, actor="test") as s:
        chai = f.product(s, "CHAI", price="18.00", cost="10.00", stock="100")
        customers: dict[str, int] = {}
        numbers = []
        for name, code, day, ref in SALES:
            if code not in customers:
                customers[code] = f.customer(s, name, ref=code).id
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customers[code],
                    order_date=day,
                    customer_ref=ref,
                    lines=[SalesLineIn(product_id=chai.id, quantity=Decimal(1))],
                ),
            )
            s.flush()
            numbers.append(order.number)
    return numbers


def test_sales_order_search_finds_the_same_orders_in_api_web_and_cli(
    engine: Engine, app_client: TestClient, browser: Browser, cli: CliRunner
) -> None:
    numbers = _make_sales(engine)
    assert numbers == [f"SO0000{i}" for i in range(1, 6)]
    headers = _api_token(engine)
    # Newest first everywhere: by order date, then the later order first.
    newest_first = sorted(range(len(SALES)), key=lambda i: (SALES[i][2], i), reverse=True)
    for words, wanted in WANTED:
        expected = [numbers[i] for i in newest_first if i in wanted]
        api = app_client.get(f"{V1}/sales-orders", params={"q": words}, headers=headers)
        assert api.status_code == 200, api.text
        through_api = [o["number"] for o in api.json()["items"]]
        web = browser.client.get("/sales-orders", params={"q": words})
        assert web.status_code == 200
        through_web = _web_links(web.text, "sales-orders")
        through_cli = [o["number"] for o in _cli_json(cli, "sales", "list", "--search", words)]
        assert through_api == expected, words
        assert through_web == expected, words
        assert through_cli == expected, words
        assert api.json()["total"] == len(expected)


def test_purchase_and_product_searches_agree_too(
    engine: Engine, app_client: TestClient, browser: Browser, cli: CliRunner
) -> None:
    with unit_of_work(engine, actor="test") as s:
        exotic = f.supplier(s, "Exotic Liquids", ref="EXOTL")
        tokyo = f.supplier(s, "Tokyo Traders", ref="TOKYO")
        chai = f.product(s, "CHAI", name="Chai", name_zh="柴茶")
        f.product(s, "CHANG", name="Chang")
        f.product(s, "IKURA", name="Ikura")
        for supplier_id, ref in ((exotic.id, "INV-1"), (tokyo.id, None), (exotic.id, None)):
            purchasing.create_rfq(
                s,
                PurchaseOrderIn(
                    supplier_id=supplier_id,
                    order_date=date(2026, 3, 2),
                    supplier_ref=ref,
                    lines=[PurchaseLineIn(product_id=chai.id, quantity=Decimal(5))],
                ),
            )
    headers = _api_token(engine)

    def purchase_orders(words: str) -> list[list[str]]:
        api = app_client.get(f"{V1}/purchase-orders", params={"q": words}, headers=headers)
        web = browser.client.get("/purchase-orders", params={"q": words})
        cli_rows = _cli_json(cli, "purchase", "list", "--search", words)
        return [
            [o["number"] for o in api.json()["items"]],
            _web_links(web.text, "purchase-orders"),
            [o["number"] for o in cli_rows],
        ]

    assert purchase_orders("exotl") == [["PO00003", "PO00001"]] * 3
    assert purchase_orders("inv-1") == [["PO00001"]] * 3
    assert purchase_orders("tokyo") == [["PO00002"]] * 3

    def products(words: str) -> list[list[str]]:
        api = app_client.get(f"{V1}/products", params={"q": words}, headers=headers)
        web = browser.client.get("/products", params={"q": words})
        cli_rows = _cli_json(cli, "product", "list", "--search", words)
        # The web list links SKU and name to the product; every other link is the name.
        return [
            [p["sku"] for p in api.json()["items"]],
            _web_links(web.text, "products")[::2],
            [p["sku"] for p in cli_rows],
        ]

    assert products("cha") == [["CHAI", "CHANG"]] * 3
    assert products("柴") == [["CHAI"]] * 3  # the Chinese name is searched everywhere
    assert products("ik") == [["IKURA"]] * 3
