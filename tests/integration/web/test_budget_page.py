"""The Budget page: budget against actual per account and month in English and Chinese, an
amount entered through the form, a CSV import refused with its rows and columns (nothing
imported) and then accepted, and who may see and change budgets."""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.intel.finance.budgets import budget_report
from tests.integration.test_budgets import plan, post_actuals
from tests.integration.web.conftest import Browser, as_role

PAGE = "/reports/budget?year=2025"


def test_budget_page_shows_variance_in_english_and_chinese(
    engine: Engine, browser: Browser
) -> None:
    with unit_of_work(engine, actor="test") as s:
        post_actuals(s)
        plan(s)
    assert "Budget against actual" in browser.client.get("/reports").text
    page = unescape(browser.client.get(PAGE).text)
    for text in (
        "2025 plan",
        "By account, 2025",
        "Sales revenue",
        "$1,200.00",  # June's sales
        "20.0%",  # 200 above a budget of 1000
        "25.0%",  # rent 100 above a budget of 400
        "Unfavourable",
        "Favourable",
        "Net result",
        "Other expenses (no budget)",  # spent without a budget: shown, not left out
        "Jun 2025",
        "variance ÷ |budget|",
    ):
        assert text in page, text
    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    zh = unescape(browser.client.get(PAGE).text)
    for text in ("预算与实际对比", "主营业务收入", "不利", "有利", "差异率", "净利润", "未编预算"):
        assert text in zh, text


def test_enter_and_import_through_the_page(engine: Engine, browser: Browser) -> None:
    empty = unescape(browser.client.get(PAGE).text)
    assert "No budget covers 2025 yet." in empty
    saved = browser.post(
        "/reports/budget/set",
        {"budget": "2025 plan", "account": "6000", "month": "2025-06", "amount": "1,000"},
    )
    assert saved.status_code == 303, saved.text
    assert "done=set" in saved.headers["location"]
    bad = browser.post(
        "/reports/budget/set",
        {"budget": "2025 plan", "account": "1010", "month": "2025-06", "amount": "5"},
    )
    assert bad.status_code == 422 and "income and expense accounts" in unescape(bad.text)

    wrong = b"account,month,amount\n4000,2025-06,1000\n6100,2025-06,lots\n"
    refused = browser.post(
        "/reports/budget/import",
        {"budget": "2025 plan", "year": "2025"},
        files={"file": ("plan.csv", wrong, "text/csv")},
    )
    assert refused.status_code == 422
    text = unescape(refused.text)
    assert "Nothing was imported" in text and "'lots' is not a number" in text
    assert '<td class="num" data-label="Row">3</td><td data-label="Column">amount</td>' in text
    with unit_of_work(engine, actor="test") as s:
        report = budget_report(s, 2025, "2025 plan")
        assert [r.account for r in report.rows if r.budget and r.month == "2025-06"] == ["6000"]

    good = b"account,month,amount\n4000,2025-06,1000\n6100,2025-06,400\n"
    imported = browser.post(
        "/reports/budget/import",
        {"budget": "2025 plan", "year": "2025"},
        files={"file": ("plan.csv", good, "text/csv")},
    )
    assert imported.status_code == 303, imported.text
    shown = unescape(browser.client.get(imported.headers["location"]).text)
    assert "Imported." in shown and "Rent" in shown
    not_a_table = browser.post(
        "/reports/budget/import",
        {"budget": "2025 plan"},
        files={"file": ("plan.pdf", b"%PDF", "application/pdf")},
    )
    assert not_a_table.status_code == 422


def test_who_may_see_and_change_budgets(app_client: TestClient) -> None:
    viewer = as_role(app_client, "viewer")
    page = viewer.client.get(PAGE)
    assert page.status_code == 200 and 'data-testid="set-form"' not in page.text
    denied = viewer.post(
        "/reports/budget/set",
        {"budget": "2025 plan", "account": "6000", "month": "2025-06", "amount": "1"},
    )
    assert denied.status_code == 403
    assert as_role(app_client, "sales").client.get(PAGE).status_code == 403
    accountant = as_role(app_client, "accountant").client.get(PAGE)
    assert 'data-testid="import-form"' in accountant.text
