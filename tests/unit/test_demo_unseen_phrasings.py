"""The demo inbox's unseen phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, unseen

WHO = inbox.Party(1, "Blue Foods Ltd", "Blue Foods", False, "Anna Smith", "a@blue.example",
                  "wechat:wxid_1", "customer")  # fmt: skip
WHO_ZH = inbox.Party(2, "上海华联贸易有限公司", "华联", True, "李伟", "li@hualian.example",
                     "wechat:wxid_2", "customer")  # fmt: skip
CASE = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12, "Beverages",
                  3, ("Cola", "Cola Family Size"))  # fmt: skip
SINGLE = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 24,
                    ("Cola (Case of 12)", "Cola Family Size"))  # fmt: skip


def _inbox(seed: int) -> list[inbox.Text]:
    w = inbox.Writer(seed)
    day = date(2026, 3, 2)
    out = []
    for i in range(120):
        who = WHO_ZH if i % 3 == 0 else WHO
        by = day + timedelta(days=5)
        out.append(inbox.order_request(w, who, f"PO-{i}", [CASE, SINGLE], by, day, i % 4 == 0))
        out.append(inbox.chat_addition(w, who, CASE))
    return out


def test_unseen_messages_are_their_own_set_and_leave_the_others_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _inbox(42)
    monkeypatch.setattr(unseen, "UNSEEN_SHARE", 0.0)
    without = _inbox(42)
    novel = [t.gold["unseen"] for t in written]
    assert 0.15 < sum(novel) / len(novel) < 0.45
    assert not any(t.gold["unseen"] and t.gold["held_out"] for t in written)
    for a, b in zip(written, without, strict=True):
        if not a.gold["unseen"]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(novel)


def test_unseen_lines_keep_the_goods_and_quantities_meant() -> None:
    for text in _inbox(7):
        if text.gold["unseen"] and text.gold["intent"] == "new_order":
            lines = text.gold["lines"]
            assert [(g["product"], g["quantity"]) for g in lines] == [
                ("Cola (Case of 12)", 3),
                ("Cola", 24),
            ]
            for g in lines:  # another reading is always the other pack of the same goods
                assert all(a["product"] in g["siblings"] for a in g.get("alternatives", []))
