"""What the walk through the web app found (tests/e2e/test_browser_walk.py): an unknown address
or a wrong method is an HTML page for a browser, in its reader's language, while /api and
clients that do not ask for HTML keep the JSON errors; a partial delivery says that the rest
waits on a backorder and names it; the history does not list a rate that did not change."""

from __future__ import annotations

import html
import re

from sqlalchemy import Engine

from smarterp.erp.sales.models import SalesOrder
from smarterp.web.history import changed
from tests.integration.web.conftest import Books, Browser
from tests.integration.web.test_stock_pages import _line_id, _sales_order

PAGE = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_an_unknown_address_is_a_page_for_a_browser_and_json_for_the_api(
    browser: Browser,
) -> None:
    missing = browser.client.get("/no-such-page", headers=PAGE)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "Not found" in missing.text and "There is no page at this address" in missing.text
    assert 'class="sidebar' in missing.text  # the signed-in person keeps the menu

    api = browser.client.get("/api/v1/no-such-thing", headers=PAGE)
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    plain = browser.client.get("/no-such-page", headers={"Accept": "application/json"})
    assert plain.status_code == 404 and plain.json()["error"]["code"] == "not_found"

    wrong_method = browser.client.delete("/customers", headers=PAGE)
    assert wrong_method.status_code == 405
    assert "does not take that kind of request" in wrong_method.text

    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    in_chinese = browser.client.get("/no-such-page", headers=PAGE)
    assert in_chinese.status_code == 404 and "此地址没有页面" in in_chinese.text


def test_an_unknown_address_before_signing_in_is_a_page_too(browser: Browser) -> None:
    browser.client.cookies.clear()
    missing = browser.client.get("/no-such-page", headers=PAGE)
    assert missing.status_code == 404 and "There is no page at this address" in missing.text
    assert "/login" in missing.text


def test_a_partial_delivery_names_the_backorder_it_leaves(
    browser: Browser, books: Books, engine: Engine
) -> None:
    order_id = _sales_order(engine, books, "10")
    line = _line_id(engine, SalesOrder, order_id)
    resp = browser.post(f"/sales-orders/{order_id}/deliver-part", {f"qty-{line}": "4"})
    assert resp.status_code == 303
    assert resp.headers["location"].endswith("?done=deliver_backorder")
    page = html.unescape(browser.client.get(resp.headers["location"]).text)
    assert "Delivered. The rest waits on a backorder, listed under Deliveries." in page
    done, left = re.findall(r"<td[^>]*>(WH/OUT/\d+)</td>", page)
    assert f"Backorder of {done}" in page and f"Backorder of {left}" not in page

    # The rest delivered in full: no backorder left, a plain "Delivered."
    rest = browser.post(f"/sales-orders/{order_id}/deliver-part", {f"qty-{line}": "6"})
    assert rest.headers["location"].endswith("?done=deliver")
    after = browser.client.get(rest.headers["location"]).text
    assert "Delivered." in after and "The rest waits" not in after


def test_a_rate_read_back_with_more_decimals_is_not_a_change() -> None:
    assert not changed("1.00000000", "1")
    assert not changed("279.00", "279")
    assert changed("279.00", "240.00")
    assert changed("draft", "confirmed")
    assert changed("007", "7")  # codes, not numbers
    assert changed(None, "1")
