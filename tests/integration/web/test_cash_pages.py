"""Reports → Cash outlook and Reports → Month-end close, in English and Chinese: the weeks,
the warning, the chart, the documents behind each week, the checklist; bad input and roles."""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing import service as invoicing
from tests.integration.test_cash_outlook import _books
from tests.integration.web.conftest import Browser, as_role

OUTLOOK = "/reports/cash-outlook?as_of=2026-06-30&threshold=13300"


def test_the_cash_outlook_page_in_english_and_chinese(engine: Engine, browser: Browser) -> None:
    with unit_of_work(engine, actor="test") as s:
        books = _books(s)
        late = invoicing.get_invoice(s, books.late_invoice).number
    index = browser.client.get("/reports").text
    assert "/reports/cash-outlook" in index and "/reports/close" in index
    page = unescape(browser.client.get(OUTLOOK).text)
    for text in (
        "Cash outlook",
        "Cash falls to $12,900.00 in week 3",
        "$13,400.00",  # opening cash
        'data-testid="cash-chart"',
        "Week by week",
        late,
        "+10 days (weighted median of 3 paid invoices)",
        "Late Payer Ltd",
        "Their payment history",
    ):
        assert text in page, text
    # Only week 3 (12,900) is below; the customers' payments lift week 4 to 13,350.
    assert page.count('class="bar low"') == 1
    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    zh = unescape(browser.client.get(OUTLOOK).text)
    for text in (
        "现金流预测",
        "现金在第3周",
        "期初现金",
        "客户付款习惯",
        "其付款记录",
        # Each line's reasons in Chinese too, with the same figures.
        "到期日2026-07-20；按该客户习惯+10天（3张已付发票按金额加权的中位数）",
        "贷项通知单在",
    ):
        assert text in zh, text


def test_the_close_page_lists_the_checks(engine: Engine, browser: Browser) -> None:
    with unit_of_work(engine, actor="test") as s:
        _books(s)
    page = unescape(browser.client.get("/reports/close?period=2026-06").text)
    for text in (
        "Month-end close",
        "2026-06 is not ready to close",
        "Stock valuation against the inventory account",
        "Earlier months still open",
        "2026-01",
    ):
        assert text in page, text
    # Without a month: the month the books have reached.
    assert "2026-06" in unescape(browser.client.get("/reports/close").text)
    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    zh = unescape(browser.client.get("/reports/close?period=2026-06").text)
    assert "月末结账" in zh and "之前仍未结账的月份" in zh


def test_bad_input_and_roles(engine: Engine, app_client: TestClient, browser: Browser) -> None:
    bad = browser.client.get("/reports/cash-outlook?weeks=0")
    assert bad.status_code == 422 and "weeks" in bad.text
    assert browser.client.get("/reports/cash-outlook?threshold=lots").status_code == 422
    assert browser.client.get("/reports/close?period=2026-13").status_code == 422
    sales = as_role(app_client, "sales").client
    assert sales.get("/reports/cash-outlook").status_code == 403
    assert sales.get("/reports/close").status_code == 403
    assert 'data-testid="report-cash-outlook"' not in sales.get("/reports").text
