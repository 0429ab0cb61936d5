"""Forecast and replenishment routes over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from smarterp.core.db import unit_of_work
from smarterp.intel.forecast.books import forecast_from_books
from tests.integration.api.conftest import Api
from tests.integration.test_planning import TODAY, _history


def test_forecast_and_replenishment_routes(api: Api) -> None:
    ids = _history(api.engine)
    with unit_of_work(api.engine, actor="test") as s:
        forecast_from_books(s, 3, "W", today=TODAY)
    got = api.get(f"/api/v1/forecast/products/{ids['CHAI']}", who="viewer")
    assert got.status_code == 200, got.text
    body = got.json()
    assert body["sku"] == "CHAI" and len(body["points"]) == 3
    assert body["points"][0]["yhat_lo_80"] <= body["points"][0]["yhat"]
    assert api.get("/api/v1/forecast/products/999999").status_code == 404

    day = (TODAY + timedelta(days=1)).isoformat()
    proposals = api.get(f"/api/v1/forecast/replenishment?as_of={day}", who="viewer").json()
    assert proposals[0]["supplier_id"] == ids["supplier"]
    assert "reorder point" in proposals[0]["lines"][0]["explanation"]

    refused = api.post(f"/api/v1/forecast/replenishment/apply?as_of={day}", who="viewer")
    assert refused.status_code == 403
    created = api.post(f"/api/v1/forecast/replenishment/apply?as_of={day}", who="purchasing")
    assert created.status_code == 201, created.text
    assert len(created.json()["created"]) == 1
    again = api.post(f"/api/v1/forecast/replenishment/apply?as_of={day}", who="purchasing")
    assert again.json()["created"] == []
