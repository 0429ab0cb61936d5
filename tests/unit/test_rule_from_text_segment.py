"""A customer segment named in a rule's sentence becomes a partner_segment condition, in the
books' spelling; words that only look like one, or a trigger without a partner, add none."""

from __future__ import annotations

from typing import Any

from smarterp.automation.rules.from_text import parse


def _segment(rule: dict[str, Any]) -> list[Any]:
    tests = rule.get("conditions", {}).get("all", [])
    return [t["value"] for t in tests if t["field"] == "partner_segment"]


def test_usual_groups_in_english_and_chinese() -> None:
    assert _segment(
        parse("when an order for wholesale customers is confirmed, raise an alert")
    ) == ["Wholesale"]
    assert _segment(
        parse("when an invoice is 30 days overdue for distributors, email the customer")
    ) == ["Distributor"]
    assert _segment(parse("零售客户的发票逾期30天，给客户发邮件提醒")) == ["Retail"]
    assert _segment(parse("经销商的订单确认时，发出预警")) == ["Distributor"]


def test_the_books_segments_and_their_spelling() -> None:
    sentence = "when a VIP customer's order over 500 is confirmed, assign a task to anna"
    assert _segment(parse(sentence, ["vip", "Retail"])) == ["vip"]
    assert _segment(parse(sentence)) == []  # not a segment the books know
    said = "when an order from wholesale customers is confirmed, raise an alert"
    assert _segment(parse(said, ["WHOLESALE"])) == ["WHOLESALE"]


def test_no_segment_from_look_alikes_or_without_a_partner() -> None:
    assert _segment(parse("when an order at retail price is confirmed, raise an alert")) == []
    assert _segment(parse("when an order over 100 is confirmed, raise an alert")) == []
    digest = parse(
        "every monday 8:00 email a digest of open alerts to boss@x.test for wholesale customers"
    )
    assert "schedule" in digest["trigger"] and _segment(digest) == []
