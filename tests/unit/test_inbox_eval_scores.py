"""Scoring the demo inbox: an order is right only when every line, its pack and the date are
right, and a wrong order the reader was sure of (no flag anywhere) is counted apart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from smarterp.intel.docs.extract import Line, OrderReading, Span
from smarterp.intel.docs.inbox_eval import InboxReport

GOLD: dict[str, Any] = {
    "id": "m1", "channel": "email", "sender_type": "customer", "partner": "Maple Pantry",
    "intent": "new_order", "lang": "en", "template": "order.email", "seventh": True,
    "requested_date": "2026-03-09", "reference": "PO-1",
    "lines": [{"product": "Cola (Case of 12)", "quantity": 4, "siblings": ["Cola"]}],
}  # fmt: skip


def _reading(product: str, quantity: int, *, flags: list[str] | None = None,
             line_flags: list[str] | None = None, partner: str | None = "Maple Pantry",
             when: date | None = date(2026, 3, 9)) -> OrderReading:  # fmt: skip
    line = Line(7, product, Decimal(quantity), Span(0, 5, "words"), line_flags or [])
    return OrderReading(
        "m1", "en", "new_order", 0.9, 3, partner, 0.9, [], [line], when, None, flags or [],
        partner=partner,
    )  # fmt: skip


def _scores(*readings: OrderReading) -> dict[str, Any]:
    report = InboxReport()
    for reading in readings:
        report.add(GOLD, reading)
    return report.summary()


def test_a_sure_wrong_order_is_counted_apart_from_a_doubted_one() -> None:
    right = _reading("Cola (Case of 12)", 4)
    sure_wrong = _reading("Cola (Case of 12)", 5)
    doubted_line = _reading("Cola (Case of 12)", 5, line_flags=["fractional quantity"])
    doubted_order = _reading("Cola (Case of 12)", 4, flags=["no requested date"], when=None)
    unlinked = _reading("Cola (Case of 12)", 5, partner=None)
    summary = _scores(right, sure_wrong, doubted_line, doubted_order, unlinked)
    assert summary["orders_exact"] == 0.2
    assert summary["orders_wrong_unflagged"] == 0.2  # only the one nothing warned about
    assert summary["groups"]["seventh"]["orders_wrong_unflagged"] == 0.2


def test_the_other_pack_unflagged_is_a_wrong_pack() -> None:
    summary = _scores(_reading("Cola", 48))
    assert summary["wrong_pack_unflagged"] == 1 and summary["orders_wrong_unflagged"] == 1.0


def test_several_companies_pool_into_one_score() -> None:
    readings = [_reading("Cola (Case of 12)", 4), _reading("Cola (Case of 12)", 5)]
    pooled, first, second = InboxReport(), InboxReport(), InboxReport()
    first.add(GOLD, readings[0])
    second.add(GOLD, readings[1])
    pooled.merge(first)
    pooled.merge(second)
    assert pooled.summary() == _scores(*readings)
    assert len(pooled.mistakes) == 1
