"""Saved list views: kept per person under a name, listed on the list page, deletable."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient

from tests.integration.web.conftest import Books, Browser, as_role

SAVED = re.compile(r'<a href="(/sales-orders\?[^"]*)" data-testid="saved-view">([^<]+)</a>')
DELETE = re.compile(r'action="(/sales-orders/saved-filters/\d+/delete)"')


def _saved(browser: Browser) -> list[tuple[str, str]]:
    page = unescape(browser.client.get("/sales-orders").text)
    return [(name, href) for href, name in SAVED.findall(page)]


def test_a_view_is_saved_listed_and_deleted(browser: Browser, books: Books) -> None:
    resp = browser.post(
        "/sales-orders/saved-filters",
        # The page and a download are not part of a view; a foreign parameter is dropped.
        {"name": "  Big drafts ", "query": "state=draft&sort=-total&page=3&format=csv&x=1"},
    )
    assert resp.status_code == 303
    assert resp.headers["location"] == "/sales-orders?state=draft&sort=-total"
    assert _saved(browser) == [("Big drafts", "/sales-orders?state=draft&sort=-total")]
    # Saving the same name again replaces what it holds.
    browser.post("/sales-orders/saved-filters", {"name": "Big drafts", "query": "group=month"})
    assert _saved(browser) == [("Big drafts", "/sales-orders?group=month")]
    # The saved view opens the list as it was.
    page = browser.client.get("/sales-orders?group=month").text
    assert 'value="month" selected' in page
    # Other lists do not show it.
    assert "Big drafts" not in browser.client.get("/purchase-orders").text
    found = DELETE.search(browser.client.get("/sales-orders").text)
    assert found is not None
    assert browser.post(found.group(1)).status_code == 303
    assert _saved(browser) == []


def test_saved_views_belong_to_their_owner(
    app_client: TestClient, browser: Browser, books: Books
) -> None:
    browser.post("/sales-orders/saved-filters", {"name": "Mine", "query": "state=draft"})
    other = as_role(app_client, "sales")
    assert _saved(other) == []
    other.post("/sales-orders/saved-filters", {"name": "Theirs", "query": "state=confirmed"})
    assert [n for n, _ in _saved(other)] == ["Theirs"]
    assert [n for n, _ in _saved(browser)] == ["Mine"]
    # Deleting another person's view is refused as not found, and it stays.
    mine = DELETE.search(browser.client.get("/sales-orders").text)
    assert mine is not None
    assert other.post(mine.group(1)).status_code == 404
    assert [n for n, _ in _saved(browser)] == ["Mine"]


def test_a_view_without_a_name_is_refused_by_name(browser: Browser, books: Books) -> None:
    resp = browser.post("/sales-orders/saved-filters", {"name": "   ", "query": "state=draft"})
    assert resp.status_code == 422
    assert "name" in resp.text
    assert _saved(browser) == []
    long = browser.post("/sales-orders/saved-filters", {"name": "x" * 81, "query": ""})
    assert long.status_code == 422 and "80" in long.text
