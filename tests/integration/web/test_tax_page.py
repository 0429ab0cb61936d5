"""The VAT return page: figures by rate in English and Chinese, the ledger check, a difference
flagged with the posting that caused it, downloads and who may see it."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from tests.integration.test_tax_report import manual_entry, vat_books
from tests.integration.web.conftest import Browser, as_role

MARCH = "/reports/tax?date_from=2026-03-01&date_to=2026-03-31"


def test_the_vat_return_page_shows_rates_and_the_ledger_check(
    engine: Engine, browser: Browser
) -> None:
    with unit_of_work(engine, actor="test") as s:
        vat_books(s)
    assert "VAT return" in browser.client.get("/reports").text
    page = unescape(browser.client.get(MARCH).text)
    for text in (
        "Output tax (sales)",
        "VAT 9% (sales)",
        "No tax (exempt or out of scope)",
        "$65.00",  # books and shipping at 9%
        "$5.85",
        "$26.65",  # output tax
        "$15.60",  # input tax
        "$11.05",  # net payable
        "Agrees with the ledger",
    ):
        assert text in page, text
    assert "Postings to VAT accounts not made by an invoice" not in page

    rows = list(csv.reader(io.StringIO(browser.client.get(MARCH + "&format=csv").text[1:])))
    assert rows[0] == ["section", "code", "description", "rate", "net_amount", "tax"]
    assert ["output", "VAT9", "VAT 9% (sales)", "0.0900", "65.00", "5.85"] in rows
    assert rows[-1][0] == "net payable" and Decimal(rows[-1][-1]) == Decimal("11.05")

    with unit_of_work(engine, actor="test") as s:
        entry = manual_entry(s, "VAT correction", "6900", "2100", "10.00")
        number, entry_id = entry.number, entry.id
    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    page = unescape(browser.client.get(MARCH).text)
    for text in (
        "增值税申报表",
        "销项税额（销售）",
        "增值税9%（销项）",
        "免税或不征税",
        "与总账不一致",
    ):
        assert text in page, text
    assert 'badge-low">不一致' in page
    assert f'href="/journal-entries/{entry_id}">{number}' in page


def test_bad_dates_and_roles_without_financial_reports_are_refused(
    app_client: TestClient, browser: Browser
) -> None:
    assert browser.client.get("/reports/tax").status_code == 200  # no dates: all of the books
    assert browser.client.get("/reports/tax?date_from=March").status_code == 422
    backwards = "/reports/tax?date_from=2026-03-31&date_to=2026-03-01"
    assert browser.client.get(backwards).status_code == 422
    assert as_role(app_client, "purchasing").client.get("/reports/tax").status_code == 403
    assert as_role(app_client, "viewer").client.get("/reports/tax").status_code == 200
