"""The Financial ratios report page: months and trailing twelve months, n/a with the reason,
definitions and inputs, in English and Chinese; downloads, bad months and who may see it."""

from __future__ import annotations

import csv
import io
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from tests.integration.test_ratios import post_books
from tests.integration.web.conftest import Browser, as_role

PAGE = "/reports/ratios?date_from=2026-01&date_to=2026-02"


def test_the_ratios_page_in_english_and_chinese(engine: Engine, browser: Browser) -> None:
    with unit_of_work(engine, actor="test") as s:
        post_books(s)
    assert "Financial ratios" in browser.client.get("/reports").text
    page = unescape(browser.client.get(PAGE).text)
    for text in (
        "Financial ratios",
        "Trailing twelve months",
        "Gross margin",
        "40.0%",  # January's gross margin
        "16.32",  # January's current ratio
        "211.8",  # January's DIO
        "n/a",  # February sold nothing
        "How Feb 2026 was worked out",
        "net sales is zero",
        "DSO, DIO, DPO n/a",
        "(current assets - inventory) / current liabilities",
        'type="month"',
    ):
        assert text in page, text

    rows = list(csv.reader(io.StringIO(browser.client.get(PAGE + "&format=csv").text[1:])))
    assert ["month", "2026-01", "gross_margin", "40.0", ""] in rows
    assert ["month", "2026-02", "gross_margin", "n/a", "net sales is zero"] in rows

    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    zh = unescape(browser.client.get(PAGE).text)
    for text in ("财务比率", "滚动十二个月", "毛利率", "不适用", "销售净额为零", "速动比率"):
        assert text in zh, text


def test_bad_months_and_roles_are_refused(app_client: TestClient, browser: Browser) -> None:
    resp = browser.client.get("/reports/ratios?date_from=2026-13")
    assert resp.status_code == 422 and "date_from" in resp.text
    backwards = browser.client.get("/reports/ratios?date_from=2026-03&date_to=2026-01")
    assert backwards.status_code == 422
    # Empty books: every month is there, the undefined ratios say n/a.
    empty = browser.client.get("/reports/ratios")
    assert empty.status_code == 200 and "n/a" in empty.text
    assert as_role(app_client, "sales").client.get("/reports/ratios").status_code == 403
    assert as_role(app_client, "viewer").client.get(PAGE).status_code == 200
