"""The demo inbox's unseen and fourth phrasings: sets of their own, scored apart, that leave
every other message word for word as it was, with gold that says what their words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import fourth, inbox, unseen

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


# --- the fourth set, written blind --------------------------------------------------------

SUPPLIER = inbox.Party(3, "Pacific Supplies Pte Ltd", "Pacific Supplies", False, "Tom Reed",
                       "tom@pacific.example", "wechat:wxid_3", "supplier")  # fmt: skip
SUPPLIER_ZH = inbox.Party(4, "杭州鑫源食品有限公司", "鑫源食品", True, "王芳",
                          "wang@xinyuan.example", "wechat:wxid_4", "supplier")  # fmt: skip
FAMILY = inbox.Item("Cola Family Size", "可乐家庭装", "Cola", "可乐", "family", 1, "Beverages", 5,
                    ("Cola", "Cola (Case of 12)"))  # fmt: skip


def _every_kind(seed: int) -> list[inbox.Text]:
    """Orders, chats, changes, questions and every supplier message, in both languages."""
    w = inbox.Writer(seed)
    day = date(2026, 3, 2)
    out = []
    for i in range(60):
        who, supplier = (WHO_ZH, SUPPLIER_ZH) if i % 3 == 0 else (WHO, SUPPLIER)
        by, po = day + timedelta(days=5), f"P0{1000 + i}"
        out += [
            inbox.order_request(w, who, f"PO-{i}", [CASE, SINGLE, FAMILY], by, day, i % 4 == 0),
            inbox.chat_addition(w, who, CASE),
            inbox.order_change(w, who, f"PO-{i}", CASE, 1),
            inbox.inquiry(w, who, CASE),
            inbox.cancellation(w, who, f"SO{i:05d}"),
            inbox.late_delivery(w, who, f"SO{i:05d}", day, i % 2 == 0),
            inbox.payment_promise(w, who, f"INV/{i}", "120.00", by),
            inbox.price_change(w, supplier, "Cola", "2.00", "2.20", by),
            inbox.supplier_delay(w, supplier, po, day + timedelta(days=9)),
            inbox.po_acknowledged(w, supplier, po, by),
            inbox.supplier_invoice(w, supplier, f"PS-{i}", po, "300.00", by),
            inbox.shortage(w, supplier, po, "Cola"),
        ]
    return out


def test_fourth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _every_kind(42)
    monkeypatch.setattr(fourth, "FOURTH_SHARE", 0.0)
    without = _every_kind(42)
    blind = [t.gold["fourth"] for t in written]
    assert 0.1 < sum(blind) / len(blind) < 0.4
    assert not any(t.gold["fourth"] and (t.gold["held_out"] or t.gold["unseen"]) for t in written)
    assert {t.gold["sender_type"] for t in written if t.gold["fourth"]} == {"customer", "supplier"}
    for a, b in zip(written, without, strict=True):
        if not a.gold["fourth"]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
        else:  # what the message says is the same; only its words are new
            meant = ("partner", "intent", "reference", "requested_date", "delivery_date")
            assert [a.gold.get(k) for k in meant] == [b.gold.get(k) for k in meant]
            assert [(g["product"], g["quantity"]) for g in a.gold["lines"]] == [
                (g["product"], g["quantity"]) for g in b.gold["lines"]
            ]
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(blind)


def test_fourth_set_messages_name_what_their_gold_says() -> None:
    for text in _every_kind(7):
        gold = text.gold
        if not gold["fourth"]:
            continue
        said = f"{text.subject or ''}\n{text.body}"
        if gold["reference"]:
            assert gold["reference"] in said
        if gold.get("delivery_date"):
            assert str(date.fromisoformat(gold["delivery_date"]).day) in text.body
        if gold["intent"] == "new_order":
            assert [(g["product"], g["quantity"]) for g in gold["lines"]] == [
                ("Cola (Case of 12)", 3), ("Cola", 24), ("Cola Family Size", 5),
            ]  # fmt: skip
            for g in gold["lines"]:  # another reading is always the other pack of the goods
                assert all(a["product"] in g["siblings"] for a in g.get("alternatives", []))


CASE_WORDS = re.compile(r"cs|ctn|cases?\b|caes|cartons?|catrons|outers?|trays?|\dpk|x12|箱|件|提")


def test_fourth_set_lines_name_the_pack_their_gold_holds() -> None:
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = fourth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        case, single, family = texts
        assert CASE_WORDS.search(case.lower()), case
        other = [[{"product": "Cola", "quantity": q}] for q in (3, 36)]  # "3件", "3x12"
        assert golds[0].get("alternatives") in (None, *other), case
        assert "家庭" in family or "fam" in family.lower(), family
        plain = single.replace("(not cases)", "").replace("不要整箱", "").lower()
        assert not CASE_WORDS.search(plain) or "dozen" in plain, single
        if "dozen" in plain:  # two dozen: 24 bottles, or two cases of 12
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 2}]
