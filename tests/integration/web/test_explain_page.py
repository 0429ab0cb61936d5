"""The Explain report page: the narrative, the effects and who drove the change, in English
and Chinese; the latest month against the one before when no dates are given; downloads, bad
dates and who may see it."""

from __future__ import annotations

import csv
import io
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from tests.integration.test_explain import _all_three, _shop
from tests.integration.web.conftest import Browser, as_role

JUNE = "/reports/explain?date_from=2026-06-01&date_to=2026-06-30"
VS_MAY = JUNE + "&compare_from=2026-05-01&compare_to=2026-05-31"


def test_the_explain_page_shows_effects_contributions_and_narrative(
    engine: Engine, browser: Browser
) -> None:
    with unit_of_work(engine, actor="test") as s:
        _all_three(_shop(s), s)
    assert "Explain a change" in browser.client.get("/reports").text
    page = unescape(browser.client.get(VS_MAY).text)
    for text in (
        "Revenue fell 10.0% in June 2026 against May 2026",
        "Price, volume and mix",
        "-$60.00",  # volume
        "$40.00",  # mix
        "-$10.00",  # price
        "By customer",
        "Bon App",
        "Stopped",
        "Chop-suey",
    ):
        assert text in page, text
    # No dates: the latest month with sales against the month before, the same figures.
    assert "Revenue fell 10.0% in June 2026 against May 2026" in unescape(
        browser.client.get("/reports/explain").text
    )
    margin = unescape(browser.client.get(VS_MAY + "&measure=margin").text)
    assert "Gross margin fell 15.0%" in margin

    rows = list(csv.reader(io.StringIO(browser.client.get(VS_MAY + "&format=csv").text[1:])))
    assert ["effect", "volume", "", "", "-60.00", ""] in rows
    assert ["customer", "Bon App", "200.00", "0.00", "-200.00", "stopped"] in rows

    assert browser.post("/language", {"language": "zh", "next": "/reports"}).status_code == 303
    zh = unescape(browser.client.get(VS_MAY).text)
    for text in (
        "解释变化",
        "2026年6月销售额较2026年5月下降10.0%",
        "价格、销量和结构效应",
        "已停止",
        "小家电",
    ):
        assert text in zh, text


def test_bad_dates_and_roles_are_refused(
    engine: Engine, app_client: TestClient, browser: Browser
) -> None:
    with unit_of_work(engine, actor="test") as s:
        _all_three(_shop(s), s)
    backwards = "/reports/explain?date_from=2026-06-30&date_to=2026-06-01"
    resp = browser.client.get(backwards)
    assert resp.status_code == 422 and "date_to" in resp.text
    assert browser.client.get("/reports/explain?date_from=June").status_code == 422
    empty = VS_MAY.replace("2026-05", "2025-05")
    assert "compare_from" in browser.client.get(empty).text
    assert as_role(app_client, "sales").client.get("/reports/explain").status_code == 403
    assert as_role(app_client, "viewer").client.get(VS_MAY).status_code == 200


def test_books_without_sales_say_so(browser: Browser) -> None:
    resp = browser.client.get("/reports/explain")
    assert resp.status_code == 422 and "no confirmed or done sales orders yet" in resp.text
