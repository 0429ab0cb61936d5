"""The demo inbox's seventh phrasings: a set of its own, scored apart, that leaves every other
message (the held-out, unseen, fourth, fifth and sixth ones included) word for word as it was,
with gold that says what its words say."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, seventh
from smarterp.intel.docs.inbox_eval import _phrasing_set

WHO = inbox.Party(1, "Maple Pantry Pty Ltd", "Maple Pantry", False, "Rosa Hughes",
                  "orders@maplepantry77.example", "wechat:wxid_11", "customer")  # fmt: skip
WHO_ZH = inbox.Party(2, "深圳金禾商贸有限公司", "金禾商贸", True, "陈静",
                     "orders@jinhe88.example", "wechat:wxid_12", "customer")  # fmt: skip
SUPPLIER = inbox.Party(3, "Summit Supplies Inc.", "Summit Supplies", False, "Paul Moore",
                       "sales@summit31.example", "wechat:wxid_13", "supplier")  # fmt: skip
SUPPLIER_ZH = inbox.Party(4, "成都蜀香食品有限公司", "蜀香食品", True, "周敏",
                          "sales@shuxiang5.example", "wechat:wxid_14", "supplier")  # fmt: skip
CASE = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12, "Beverages",
                  4, ("Cola", "Cola Family Size"))  # fmt: skip
SINGLE = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 36,
                    ("Cola (Case of 12)", "Cola Family Size"))  # fmt: skip
FAMILY = inbox.Item("Cola Family Size", "可乐家庭装", "Cola", "可乐", "family", 1, "Beverages", 7,
                    ("Cola", "Cola (Case of 12)"))  # fmt: skip
MEANT = [("Cola (Case of 12)", 4), ("Cola", 36), ("Cola Family Size", 7)]
EARLIER = ("held_out", "unseen", "fourth", "fifth", "sixth")


def _every_kind(seed: int) -> list[inbox.Text]:
    """Orders by mail and chat, additions, changes, questions and every supplier message, in
    both languages."""
    w = inbox.Writer(seed)
    day = date(2026, 3, 2)
    out = []
    for i in range(60):
        who, supplier = (WHO_ZH, SUPPLIER_ZH) if i % 3 == 1 else (WHO, SUPPLIER)
        by, po = day + timedelta(days=3 + i % 12), f"P0{2000 + i}"
        out += [
            inbox.order_request(w, who, f"PO-{i}", [CASE, SINGLE, FAMILY], by, day, i % 3 == 0),
            inbox.chat_addition(w, who, CASE),
            inbox.order_change(w, who, f"PO-{i}", CASE, 2),
            inbox.inquiry(w, who, CASE),
            inbox.cancellation(w, who, f"SO{i:05d}"),
            inbox.late_delivery(w, who, f"SO{i:05d}", day, i % 2 == 1),
            inbox.payment_promise(w, who, f"INV/{i}", "88.00", by),
            inbox.price_change(w, supplier, "Cola", "2.00", "2.30", by),
            inbox.supplier_delay(w, supplier, po, day + timedelta(days=16)),
            inbox.po_acknowledged(w, supplier, po, by),
            inbox.supplier_invoice(w, supplier, f"TX-{i}", po, "410.00", by),
            inbox.shortage(w, supplier, po, "Cola"),
        ]
    return out


def test_seventh_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _every_kind(42)
    monkeypatch.setattr(seventh, "SHARE", 0.0)
    without = _every_kind(42)
    mine = [t.gold["seventh"] for t in written]
    assert 0.05 < sum(mine) / len(mine) < 0.3
    assert not any(t.gold["seventh"] and any(t.gold[k] for k in EARLIER) for t in written)
    assert {t.gold["sender_type"] for t in written if t.gold["seventh"]} == {"customer", "supplier"}
    assert {t.gold["channel"] for t in written if t.gold["seventh"]} == {"email", "chat"}
    assert {_phrasing_set(t.gold) for t in written} == {"dev", "held_out", "unseen", "fourth",
                                                        "fifth", "sixth", "seventh", "eighth",
                                                        "ninth"}  # fmt: skip
    for k in EARLIER:  # the other sets keep their messages, word for word
        assert sum(t.gold[k] for t in written) == sum(t.gold[k] for t in without)
    for a, b in zip(written, without, strict=True):
        if not a.gold["seventh"]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
        else:  # what the message says is the same; only its words are new
            meant = ("partner", "intent", "reference", "requested_date", "delivery_date")
            assert [a.gold.get(k) for k in meant] == [b.gold.get(k) for k in meant]
            assert [(g["product"], g["quantity"]) for g in a.gold["lines"]] == [
                (g["product"], g["quantity"]) for g in b.gold["lines"]
            ]
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(mine)


def test_seventh_set_messages_name_what_their_gold_says() -> None:
    seen = systems = 0
    for text in (t for seed in range(8) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["seventh"]:
            continue
        seen += 1
        said = f"{text.subject or ''}\n{text.body}"
        if gold["reference"]:
            assert gold["reference"] in said
        if gold.get("delivery_date"):
            assert str(date.fromisoformat(gold["delivery_date"]).day) in text.body
        if gold["intent"] in ("new_order", "change_order"):
            assert {(g["product"], g["quantity"]) for g in gold["lines"]} <= set(MEANT)
            for g in gold["lines"]:  # another reading is always the other pack of the goods
                assert all(a["product"] in g["siblings"] for a in g.get("alternatives", []))
        if gold["intent"] == "new_order":
            assert [(g["product"], g["quantity"]) for g in gold["lines"]] == MEANT
        if "0001  COLA" in text.body:  # a purchase system's order writes the date its way
            systems += 1
            assert date.fromisoformat(gold["requested_date"]).strftime("%Y%m%d") in text.body
    assert seen > 300
    assert systems >= 2


CASE_WORDS = re.compile(r"\bcase\b|cases|case packs?|\bca\b|flats?|箱")
NOT_A_CASE = re.compile(r"not by the case|唔使成箱")


@pytest.mark.parametrize("zh", [False, True])
def test_seventh_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, _ = seventh.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert CASE_WORDS.search(case), case
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        assert "家庭" in family or "fam" in family, family
        assert not CASE_WORDS.search(NOT_A_CASE.sub("", single)), single
        if "twelves" in single:  # three twelves: 36 pieces, or three cases of 12
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert "alternatives" not in golds[1], single
        if seventh.is_edi(texts):  # a purchase system's rows: the unit column says the pack
            assert mode == "email" and case.endswith(" ca") and single.endswith(" ea")


def test_seventh_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = seventh.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        before = list(texts)
        note = seventh.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        line = unicodedata.normalize("NFKC", before[0])  # full-width digits read as digits
        assert re.search(r"(?<!\d)4(?!\d)", line) and ("cases" in note or "箱" in note)
        assert not re.search(r"(?<!\d)4(?!\d)", note.replace("為4箱", ""))  # the figure before
    assert notes > 10


def test_seventh_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)
    for k in range(1, 45):
        by = today + timedelta(days=k)
        for seed in range(20):
            text = seventh.en_day(random.Random(seed), today, by)
            if "/" in text:  # day/month only where the day cannot be a month
                assert by.day > 12 and text.endswith(f"{by.day}/{by.month}"), text
            if text.startswith(f"{by:%a} the"):  # no month: only within the coming weeks
                assert k < 25
            zh = seventh.zh_day(random.Random(seed), today, by)
            assert str(by.day) in zh, zh
            if "民國" in zh or zh.startswith("115/"):  # Taiwan's years: 2026 is Minguo 115
                assert "115" in zh


def test_drawing_the_seventh_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream (held out or not), whatever
    the later sets draw from theirs; so the seventh set moves no other message's words."""
    start = inbox.Writer.start

    def counted(self: inbox.Writer) -> bool:
        before = random.Random()
        before.setstate(self.rng.getstate())
        held = start(self)
        assert held == (before.random() < inbox.HELD_SHARE)
        assert before.getstate() == self.rng.getstate()
        return held

    monkeypatch.setattr(inbox.Writer, "start", counted)
    assert sum(t.gold["seventh"] for t in _every_kind(5)) > 40
