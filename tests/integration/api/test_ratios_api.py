"""/api/v1/ratios: the ratios of months and trailing twelve months as JSON, undefined ones as
null with the reason, the reports.financial permission, bad months refused naming the field."""

from __future__ import annotations

from decimal import Decimal

from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api
from tests.integration.test_ratios import post_books

V1 = "/api/v1"


def test_ratios_over_the_api(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        post_books(s)
    resp = api.get(
        f"{V1}/ratios", who="accountant", params={"date_from": "2026-01", "date_to": "2026-02"}
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert [m["period"] for m in body["months"]] == ["2026-01", "2026-02"]
    jan = {r["key"]: r for r in body["months"][0]["ratios"]}
    assert Decimal(jan["current_ratio"]["value"]) == Decimal("16.32")
    assert Decimal(jan["dio"]["inputs"]["average_inventory"]) == Decimal(4100)
    feb = {r["key"]: r for r in body["months"][1]["ratios"]}
    assert feb["dpo"]["value"] is None
    assert (feb["dpo"]["display"], feb["dpo"]["missing"]) == ("n/a", "cost_of_sales")
    ttm = {r["key"]: r for r in body["trailing"][0]["ratios"]}
    assert Decimal(ttm["dso"]["value"]) == Decimal("206.2")
    formulas = {d["key"]: d["formula_zh"] for d in body["definitions"]}
    assert formulas["quick_ratio"].startswith("（期末流动资产 - 期末存货）")

    # Without months: the twelve up to the latest posted.
    default = api.get(f"{V1}/ratios", who="viewer").json()
    assert (default["date_from"], default["date_to"]) == ("2025-03", "2026-02")
    # Sales people do not see financial reports.
    assert api.get(f"{V1}/ratios", who="sales").status_code == 403
    bad = api.get(f"{V1}/ratios", params={"date_to": "2026-14"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["field"] == "date_to"
    reversed_ = api.get(f"{V1}/ratios", params={"date_from": "2026-03", "date_to": "2026-01"})
    assert reversed_.status_code == 422
    assert reversed_.json()["error"]["details"]["field"] == "date_from"
