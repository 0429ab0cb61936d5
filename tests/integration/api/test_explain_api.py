"""/api/v1/explain/revenue and /margin: the effects, contributions and narrative as JSON, the
reports.financial permission, and bad periods refused naming the field."""

from __future__ import annotations

from decimal import Decimal

from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api
from tests.integration.test_explain import _all_three, _shop

V1 = "/api/v1"
PERIODS = {
    "date_from": "2026-06-01",
    "date_to": "2026-06-30",
    "compare_from": "2026-05-01",
    "compare_to": "2026-05-31",
}


def test_explain_revenue_and_margin_over_the_api(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        _all_three(_shop(s), s)
    resp = api.get(f"{V1}/explain/revenue", who="accountant", params=PERIODS)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert Decimal(body["change"]) == Decimal(-30)
    effects = {k: Decimal(body["effects"][k]) for k in ("price", "volume", "mix")}
    assert effects == {"price": Decimal(-10), "volume": Decimal(-60), "mix": Decimal(40)}
    assert body["stopped_customers"] == ["Bon App"]
    assert body["narrative"].startswith("Revenue fell 10.0% in June 2026")

    zh = api.get(f"{V1}/explain/margin", who="viewer", params=PERIODS | {"lang": "zh"}).json()
    assert Decimal(zh["change"]) == Decimal(-18)
    assert zh["narrative"].startswith("2026年6月毛利较2026年5月下降15.0%")

    # Sales people see the sales report, not margins and their explanation.
    assert api.get(f"{V1}/explain/revenue", who="sales", params=PERIODS).status_code == 403

    reversed_ = api.get(f"{V1}/explain/revenue", params=PERIODS | {"date_to": "2026-05-15"})
    assert reversed_.status_code == 422
    assert reversed_.json()["error"]["details"]["field"] == "date_to"
    empty = api.get(
        f"{V1}/explain/revenue",
        params=PERIODS | {"compare_from": "2025-01-01", "compare_to": "2025-01-31"},
    )
    assert empty.status_code == 422
    assert empty.json()["error"]["details"]["field"] == "compare_from"
    missing = api.get(f"{V1}/explain/revenue", params={"date_from": "2026-06-01"})
    assert missing.status_code == 422 and "date_to" in missing.text
