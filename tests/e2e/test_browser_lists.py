"""A list page in real Chromium: a header sorts, search and grouping keep the sort, and a view
saved under a typed name comes back (the filter form must not reload the results under the
person's typing)."""

from __future__ import annotations

import re

from tests.e2e.test_browser import _log_in, page, pytestmark, server  # noqa: F401 (fixtures)


def test_sort_search_group_and_save_a_view(page: object) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    _log_in(page)
    page.goto("/sales-orders")
    page.click("[data-testid=sort-total]")
    expect(page).to_have_url(re.compile(r"sort=total"))
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Total")
    page.click("[data-testid=sort-total]")
    expect(page).to_have_url(re.compile(r"sort=-total"))
    page.fill("[data-testid=search]", "Horn")
    expect(page).to_have_url(re.compile(r"q=Horn.*sort=-total"))
    page.select_option("[data-testid=group]", "partner")
    expect(page).to_have_url(re.compile(r"group=partner.*sort=-total"))
    # Leaving the search box for the name field must not swap the results (and the field).
    page.fill("[data-testid=view-name]", "Horn by customer")
    page.wait_for_timeout(600)
    expect(page.locator("[data-testid=view-name]")).to_have_value("Horn by customer")
    page.click("[data-testid=save-view]")
    expect(page.locator("[data-testid=saved-view]")).to_have_text("Horn by customer")
    page.goto("/sales-orders")
    page.click("[data-testid=saved-view]")
    expect(page).to_have_url(re.compile(r"q=Horn&group=partner&sort=-total"))
    expect(page.locator("[data-testid=group]")).to_have_value("partner")
