"""/api/v1/rules: save, import, list, enable, dry run, runs and from-text, with permissions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from smarterp.automation import jobs
from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.integration.api.conftest import Api

RULE = {
    "name": "big-orders",
    "trigger": {"event": "sales_order.confirmed"},
    "conditions": {"field": "amount", "op": ">", "value": 100},
    "actions": [{"kind": "task", "assignee": "sales", "title": "Call {{ partner }}"}],
}


def test_rules_through_the_api(api: Api) -> None:
    saved = api.post("/api/v1/rules", json=RULE)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1 and saved.json()["enabled"] is False
    changed = api.post("/api/v1/rules", json={**RULE, "description": "calls"})
    assert changed.json()["version"] == 2
    assert api.post("/api/v1/rules", who="sales", json=RULE).status_code == 403
    bad = api.post("/api/v1/rules", json={**RULE, "conditions": {"field": "amount", "op": "~"}})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["field"] == "conditions.op"
    assert api.post("/api/v1/rules/big-orders/enable").json()["enabled"] is True
    with unit_of_work(api.engine, actor="test") as s:
        product = f.product(s, "CHAI", stock="100")
        customer = f.customer(s, "Acme")
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer.id,
                order_date=date(2026, 1, 5),
                lines=[SalesLineIn(product_id=product.id, quantity=D(10))],
            ),
        )
        sales.confirm_order(s, order.id)
    dry = api.post("/api/v1/rules/big-orders/dry-run?days=30", who="viewer")
    assert dry.status_code == 200, dry.text
    assert [w["actions"][0]["title"] for w in dry.json()["would_fire"]] == ["Call Acme"]
    jobs.JobQueue(api.engine, jobs.make_huey("memory://")).run_once()
    runs = api.get("/api/v1/rules/runs?rule=big-orders").json()
    assert [(r["state"], r["log"][0]["kind"]) for r in runs] == [("done", "task")]
    listed = {r["name"]: r for r in api.get("/api/v1/rules", who="accountant").json()}
    assert listed["big-orders"]["runs"]["done"] == 1
    exported = api.get("/api/v1/rules/export").json()["yaml"]
    assert "big-orders" in exported
    assert api.post("/api/v1/rules/import", json={"yaml": exported}).status_code == 200
    assert api.get("/api/v1/rules/nope").status_code == 404


def test_a_rule_from_a_sentence(api: Api) -> None:
    answer = api.post(
        "/api/v1/rules/from-text",
        json={"text": "发票逾期30天时，给客户发提醒邮件"},
        who="viewer",
    )
    assert answer.status_code == 200, answer.text
    rule = answer.json()["rule"]
    assert rule["trigger"] == {"check": "overdue_invoices"}
    assert rule["conditions"]["all"][0] == {"field": "days_overdue", "op": ">=", "value": 30}
    assert rule["actions"][0]["to"] == "{{ partner_email }}"
    vague = api.post("/api/v1/rules/from-text", json={"text": "make things better"})
    assert vague.status_code == 422 and "no trigger" in vague.json()["error"]["message"]
