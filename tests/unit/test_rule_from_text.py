"""A rule from a sentence, offline, in English and Chinese; a sentence without a trigger or an
action is refused by name rather than guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smarterp.automation.rules import definition
from smarterp.automation.rules.from_text import parse
from smarterp.core.errors import InvalidInput


def _kinds(rule: dict[str, object]) -> list[str]:
    return [a["kind"] for a in rule["actions"]]  # type: ignore[attr-defined, index]


@pytest.mark.parametrize(
    "text",
    [
        "when an invoice is 30 days overdue, email the customer a reminder with the invoice",
        "Send the client a payment reminder once an invoice is overdue by 30 days",
        "发票逾期30天时，给客户发提醒邮件",
        "客户发票逾期超过30天，发邮件提醒客户",
    ],
)
def test_overdue_reminders(text: str) -> None:
    rule = parse(text)
    assert rule["trigger"] == {"check": "overdue_invoices"}
    assert rule["conditions"] == {"all": [{"field": "days_overdue", "op": ">=", "value": 30}]}
    assert _kinds(rule) == ["email"]
    assert rule["actions"][0]["to"] == "{{ partner_email }}"  # type: ignore[index]
    assert rule["enabled"] is False  # a person reviews it first
    definition.parse(rule)


@pytest.mark.parametrize(
    ("text", "trigger", "kinds"),
    [
        ("every Monday at 8:00 create reorder proposals", {"schedule": "0 8 * * 1"}, ["draft_rfq"]),
        ("每周一早上8点生成补货建议", {"schedule": "0 8 * * 1"}, ["draft_rfq"]),
        ("every friday at 4pm assign a task to lee", {"schedule": "0 16 * * 5"}, ["task"]),
        (
            "at month end email a digest of open alerts to boss@acme.test",
            {"schedule": "month end 18:00"},
            ["email"],
        ),
        (
            "每月月底下午5点把预警汇总发邮件到 boss@acme.test",
            {"schedule": "month end 17:00"},
            ["email"],
        ),
        (
            "when a purchase order is confirmed call the webhook erp_sync",
            {"event": "purchase_order.confirmed"},
            ["webhook"],
        ),
        (
            "when stock falls below the reorder point, raise an alert",
            {"event": "stock.below_reorder_level"},
            ["alert"],
        ),
        ("库存低于再订货点时发出预警", {"event": "stock.below_reorder_level"}, ["alert"]),
        ("收到客户邮件时分配给anna", {"event": "message.received"}, ["task"]),
    ],
)
def test_triggers_and_actions(text: str, trigger: dict[str, str], kinds: list[str]) -> None:
    rule = parse(text)
    assert rule["trigger"] == trigger
    assert _kinds(rule) == kinds


def test_with_the_invoice_attaches_its_document() -> None:
    for text in (
        "when an invoice is 30 days overdue, email the customer a reminder with the invoice",
        "发票逾期30天时，给客户发提醒邮件并附上发票",
    ):
        assert parse(text)["actions"][0]["attach"] == "document"  # type: ignore[index]
    assert "attach" not in parse("发票逾期30天时，给客户发提醒邮件")["actions"][0]  # type: ignore[index]


def test_amount_and_discount_conditions() -> None:
    rule = parse("when an order over 5,000 is confirmed, assign a task to anna")
    assert rule["conditions"] == {"all": [{"field": "amount", "op": ">", "value": 5000}]}
    rule = parse("订单折扣超过20%确认时发出预警")
    assert rule["conditions"] == {"all": [{"field": "max_discount", "op": ">", "value": 20}]}


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("make the business better", "no trigger"),
        ("when an order is confirmed", "no action"),
        ("   ", "is empty"),
    ],
)
def test_vague_sentences_are_refused_by_name(text: str, missing: str) -> None:
    with pytest.raises(InvalidInput, match=missing):
        parse(text)


def test_the_scorer_counts_parts_and_misses(tmp_path: Path) -> None:
    from smarterp.automation.rules import text_eval

    cases = [
        {
            "text": "every Monday at 8:00 create reorder proposals",
            "trigger": {"schedule": "0 8 * * 1"},
            "conditions": [],
            "actions": ["draft_rfq"],
        },
        {
            "text": "every Monday at 8:00 create reorder proposals",
            "trigger": {"schedule": "0 9 * * 1"},  # labelled otherwise: a miss on the trigger
            "conditions": [],
            "actions": ["draft_rfq"],
        },
        {"text": "be nice", "refused": True},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    score = text_eval.score(path).as_dict()
    assert (score["sentences"], score["whole_rule"], score["trigger"]) == (3, 0.667, 0.667)
    assert score["actions"] == 1.0 and len(score["misses"]) == 1
