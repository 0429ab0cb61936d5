"""/api/v1/cash/outlook and /api/v1/close/check: the same figures as the functions, the
reports.financial permission, bad input refused naming the field."""

from __future__ import annotations

from decimal import Decimal

from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api
from tests.integration.test_cash_outlook import _books

V1 = "/api/v1"


def test_the_cash_outlook_and_the_close_checklist_over_the_api(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        _books(s)
    params = {"as_of": "2026-06-30", "threshold": "13300"}
    resp = api.get(f"{V1}/cash/outlook", who="accountant", params=params)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert Decimal(body["opening_cash"]) == Decimal("13400.00")
    assert len(body["weeks"]) == 13
    assert body["low_cash"]["week"] == 3 and "week 3" in body["warning"]
    late = next(h for h in body["customers"] if h["partner"] == "Late Payer Ltd")
    assert (late["basis"], late["days_late"]) == ("history", 10)
    receivable = next(c for c in body["open_items"] if c["kind"] == "receivable")
    assert Decimal(receivable["difference"]) == 0
    six = api.get(f"{V1}/cash/outlook", params=params | {"weeks": 6}).json()
    assert len(six["weeks"]) == 6

    assert api.get(f"{V1}/cash/outlook", who="sales").status_code == 403
    bad = api.get(f"{V1}/cash/outlook", params={"weeks": 0})
    assert bad.status_code == 422 and "weeks" in bad.text
    bad = api.get(f"{V1}/cash/outlook", params={"threshold": "lots"})
    assert bad.status_code == 422 and "threshold" in bad.text

    check = api.get(f"{V1}/close/check", who="viewer", params={"period": "2026-06"})
    assert check.status_code == 200, check.text
    keys = [c["key"] for c in check.json()["checks"]]
    assert keys[0] == "draft_documents" and "stock_vs_ledger" in keys
    bad = api.get(f"{V1}/close/check", params={"period": "2026-13"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["field"] == "period"
    assert (
        api.get(f"{V1}/close/check", who="sales", params={"period": "2026-06"}).status_code == 403
    )
