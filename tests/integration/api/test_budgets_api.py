"""/api/v1/budgets: enter an amount (PUT), import a CSV or Excel file (all rows or none, the
problems by row and column), budget against actual; who may read and who may write."""

from __future__ import annotations

import io

from openpyxl import Workbook

from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api
from tests.integration.test_budgets import post_actuals

V1 = "/api/v1/budgets"


def test_budgets_over_the_api(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        post_actuals(s)
    put = api.client.put(
        f"{V1}/2025 plan/amounts/4000/2025-06",
        json={"amount": "1000"},
        headers=api.headers("accountant"),
    )
    assert put.status_code == 200, put.text
    assert put.json() == {
        "budget": "2025 plan",
        "account": "4000",
        "month": "2025-06",
        "amount": "1000.00",
        "previous": None,
    }
    csv = b"account,month,amount\n6000,2025-06,1000\n6100,2025-07,400\n"
    imported = api.post(
        f"{V1}/2025 plan/import", who="accountant", files={"file": ("plan.csv", csv, "text/csv")}
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["amounts"] == 2

    report = api.get(f"{V1}/2025 plan/variance", who="viewer", params={"year": 2025})
    assert report.status_code == 200, report.text
    rows = {(r["account"], r["month"]): r for r in report.json()["rows"]}
    sales = rows[("4000", "2025-06")]
    assert (sales["actual"], sales["variance"], sales["variance_pct"]) == (
        "1200.00",
        "200.00",
        "20.0",
    )
    assert rows[("6100", "2025-07")]["favourable"] is False
    assert [b["name"] for b in api.get(V1, who="viewer").json()] == ["2025 plan"]

    # An Excel file with one wrong cell: 422 naming the row and column; nothing imported.
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["account", "2025-08", "2025-09"])
    sheet.append(["6000", 1000, 1000])
    sheet.append(["6100", 400, "four hundred"])
    buf = io.BytesIO()
    book.save(buf)
    refused = api.post(
        f"{V1}/2025 plan/import",
        files={"file": ("plan.xlsx", buf.getvalue(), "application/octet-stream")},
    )
    assert refused.status_code == 422
    problems = refused.json()["error"]["details"]["problems"]
    assert [(p["row"], p["column"]) for p in problems] == [(3, "2025-09")]
    after = api.get(f"{V1}/2025 plan/variance", params={"year": 2025}).json()
    assert all(r["budget"] == "0.00" for r in after["rows"] if r["month"] == "2025-08")

    not_a_table = api.post(
        f"{V1}/2025 plan/import", files={"file": ("plan.xlsx", b"not a zip", "text/plain")}
    )
    assert not_a_table.status_code == 422 and "file" in not_a_table.text
    wrong_kind = api.post(f"{V1}/x/import", files={"file": ("plan.txt", b"a", "text/plain")})
    assert wrong_kind.status_code == 422

    # Viewers read budgets; only accountants and admins enter them.
    denied = api.client.put(
        f"{V1}/2025 plan/amounts/4000/2025-07",
        json={"amount": "5"},
        headers=api.headers("viewer"),
    )
    assert denied.status_code == 403
    assert api.get(V1, who="sales").status_code == 403
    bad_month = api.client.put(
        f"{V1}/2025 plan/amounts/4000/2025-13", json={"amount": "5"}, headers=api.headers()
    )
    assert bad_month.status_code == 422 and bad_month.json()["error"]["details"]["field"] == "month"
    asset = api.client.put(
        f"{V1}/2025 plan/amounts/1010/2025-07", json={"amount": "5"}, headers=api.headers()
    )
    assert asset.status_code == 422 and asset.json()["error"]["details"]["field"] == "account"
    missing = api.get(f"{V1}/2030 dream/variance", params={"year": 2030})
    assert missing.status_code == 404
