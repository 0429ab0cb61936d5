"""/api/v1/partners carries a customer's segment: created, changed, filtered and sorted by it,
in the spelling the books already use; a segment too long is refused naming the field."""

from __future__ import annotations

from tests.integration.api.conftest import Api


def test_partners_are_created_filtered_and_changed_by_segment(api: Api) -> None:
    made = {}
    for name, segment in (("Big Box", "Wholesale"), ("Depot", "wholesale"), ("Shop", "Retail")):
        r = api.post(
            "/api/v1/partners", json={"name": name, "is_customer": True, "segment": segment}
        )
        assert r.status_code == 201, r.text
        made[name] = r.json()
    assert made["Depot"]["segment"] == "Wholesale"
    page = api.get("/api/v1/partners", params={"segment": "WHOLESALE", "sort": "name"}).json()
    assert [p["name"] for p in page["items"]] == ["Big Box", "Depot"]
    by_segment = api.get("/api/v1/partners", params={"sort": "-segment"}).json()
    assert [p["segment"] for p in by_segment["items"]][:2] == ["Wholesale", "Wholesale"]
    shop = made["Shop"]
    changed = api.patch(
        f"/api/v1/partners/{shop['id']}", json={"version": shop["version"], "segment": None}
    )
    assert changed.status_code == 200 and changed.json()["segment"] is None
    refused = api.post("/api/v1/partners", json={"name": "X", "segment": "x" * 61})
    assert refused.status_code == 422
    assert "segment" in refused.text
