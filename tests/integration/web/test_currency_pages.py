"""A euro invoice in the web app: amounts in euros with what the books hold in dollars, the
payment's exchange gain, and the revaluation report in English and Chinese."""

from __future__ import annotations

from datetime import date
from html import unescape

from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.currency import service as currencies
from tests import factories as f
from tests.integration.test_currencies import MAR20, eur_invoice, pay
from tests.integration.web.conftest import Browser


def test_euro_invoice_payment_and_revaluation_pages(engine: Engine, browser: Browser) -> None:
    with unit_of_work(engine, actor="test") as s:
        currencies.set_rate(s, "EUR", date(2026, 3, 1), "1.10")
        currencies.set_rate(s, "EUR", date(2026, 3, 15), "1.20")
        cust = f.customer(s, currency="EUR")
        paid = eur_invoice(s, cust.id, "100.00")
        open_ = eur_invoice(s, cust.id, "50.00")
        payment = pay(s, cust.id, "100.00", MAR20, invoice_ids=[paid.id])
        s.flush()
        paid_id, open_number, payment_id = paid.id, open_.number, payment.id
    page = unescape(browser.client.get(f"/invoices/{paid_id}").text)
    for text in ("€100.00", "Exchange rate", "Total booked", "$110.00"):
        assert text in page, text
    page = unescape(browser.client.get(f"/payments/{payment_id}").text)
    for text in ("€100.00", "Amount booked", "$120.00", "Exchange gain or loss", "$10.00"):
        assert text in page, text
    listed = unescape(browser.client.get("/invoices").text)
    assert "€50.00" in listed and "€100.00" in listed
    report = unescape(browser.client.get("/reports/exchange?as_of=2026-03-31").text)
    # The open 50 EUR was booked at 1.10 (55.00) and is worth 60.00 at 1.20: a 5.00 gain.
    for text in (
        "Exchange revaluation",
        open_number,
        "$55.00",
        "$60.00",
        "$5.00",
        "Rates in force",
    ):
        assert text in report, text
    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    report = unescape(browser.client.get("/reports/exchange?as_of=2026-03-31").text)
    for text in ("汇率重估", "未实现汇兑收益", "外币未结项目"):
        assert text in report, text
