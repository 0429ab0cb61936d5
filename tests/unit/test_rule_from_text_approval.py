"""A sentence that asks someone to approve becomes a "request approval" rule: the role from
the words nearest the asking, the trigger while the order is still a draft."""

from __future__ import annotations

from typing import Any

import pytest

from smarterp.automation.rules import definition
from smarterp.automation.rules.from_text import parse
from smarterp.core.errors import InvalidInput


def _approval(rule: dict[str, Any]) -> dict[str, Any]:
    (action,) = [a for a in rule["actions"] if a["kind"] == "request_approval"]
    return action


@pytest.mark.parametrize(
    ("text", "event", "role", "condition"),
    [
        (
            "when a sales order is confirmed with a discount over 15%, "
            "ask a sales manager to approve",
            "sales_order.created",
            "sales",
            {"field": "max_discount", "op": ">", "value": 15},
        ),
        (
            "new purchase orders above 5000 need the finance team to approve them",
            "purchase_order.created",
            "accountant",
            {"field": "amount", "op": ">", "value": 5000},
        ),
        (
            "when an order is placed for more than 2000, get approval from the owner",
            "sales_order.created",
            "admin",
            {"field": "amount", "op": ">", "value": 2000},
        ),
        (
            "采购单确认时金额超过8000，需要财务审批",
            "purchase_order.created",
            "accountant",
            {"field": "amount", "op": ">", "value": 8000},
        ),
        (
            "新建销售订单折扣超过10%时，请销售经理批准",
            "sales_order.created",
            "sales",
            {"field": "max_discount", "op": ">", "value": 10},
        ),
    ],
)
def test_asking_for_approval(text: str, event: str, role: str, condition: dict[str, Any]) -> None:
    rule = parse(text)
    assert rule["trigger"] == {"event": event}
    assert rule["conditions"] == {"all": [condition]}
    assert _approval(rule)["approver_role"] == role
    assert rule["name"].startswith(event.replace(".", "-").replace("_", "-"))
    definition.parse(rule)  # it saves as it is


def test_with_no_title_the_orders_own_team_is_asked() -> None:
    sale = parse("when a new order is over 900, hold it for approval")
    purchase = parse("when a new purchase order is over 900, hold it for approval")
    assert _approval(sale)["approver_role"] == "sales"
    assert _approval(purchase)["approver_role"] == "purchasing"


def test_a_discount_note_only_on_a_sale() -> None:
    sale = parse("when a new order has a discount over 20%, ask sales to approve")
    assert "max_discount" in _approval(sale)["note"]
    purchase = parse("when a new purchase order is over 900, ask purchasing to approve")
    assert "max_discount" not in _approval(purchase)["note"]


def test_an_approval_of_something_that_is_no_order_is_refused() -> None:
    with pytest.raises(InvalidInput, match="request_approval holds a draft order"):
        parse("when an invoice is posted, ask the accountant to approve")


def test_an_order_named_without_a_when_is_held_as_it_is_created() -> None:
    rule = parse("Require approval from finance for purchase orders above 20000")
    assert rule["trigger"] == {"event": "purchase_order.created"}
    assert _approval(rule)["approver_role"] == "accountant"
    with pytest.raises(InvalidInput, match="no trigger found"):
        parse("purchase orders above 20000 are big")  # nobody is asked: still refused


def test_handed_to_someone_to_approve_is_no_task() -> None:
    rule = parse("新建采购订单金额大于10000时，交给老板审批")
    assert [a["kind"] for a in rule["actions"]] == ["request_approval"]
    assert _approval(rule)["approver_role"] == "admin"
    assert [a["kind"] for a in parse("订单确认时，交给anna跟进")["actions"]] == ["task"]
