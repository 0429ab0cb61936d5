"""Tax rates over the API: listed with their history, changed from a date by an accountant,
refused for others and for rates that are no fraction."""

from __future__ import annotations

from tests.integration.api.conftest import Api


def test_a_tax_rate_is_changed_from_a_date(api: Api) -> None:
    taxes = {t["code"]: t for t in api.get("/api/v1/taxes").json()}
    assert taxes["VAT13"]["rate"] == "0.1300"
    assert taxes["VAT13"]["history"] == [{"valid_from": "1900-01-01", "rate": "0.1300"}]
    body = {"rate": "0.11", "valid_from": "2026-04-01", "reason": "rate cut"}
    assert api.post("/api/v1/taxes/VAT13/rates", who="sales", json=body).status_code == 403
    r = api.post("/api/v1/taxes/VAT13/rates", who="accountant", json=body)
    assert r.status_code == 201, r.text
    assert [h["valid_from"] for h in r.json()["history"]] == ["1900-01-01", "2026-04-01"]
    bad = api.post("/api/v1/taxes/VAT13/rates", json={"rate": "13", "valid_from": "2026-04-01"})
    assert bad.status_code == 422
    missing = api.post("/api/v1/taxes/NOPE/rates", json=body)
    assert missing.status_code == 404
