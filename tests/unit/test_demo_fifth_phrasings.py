"""The demo inbox's fifth phrasings: a set of its own, scored apart, that leaves every other
message (the held-out, unseen and fourth ones included) word for word as it was, with gold that
says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import fifth, inbox
from smarterp.intel.docs.inbox_eval import _phrasing_set

WHO = inbox.Party(1, "Blue Foods Ltd", "Blue Foods", False, "Anna Smith",
                  "orders@bluefoods123.example", "wechat:wxid_1", "customer")  # fmt: skip
WHO_ZH = inbox.Party(2, "上海华联贸易有限公司", "华联贸易", True, "李伟",
                     "orders@hualian456.example", "wechat:wxid_2", "customer")  # fmt: skip
SUPPLIER = inbox.Party(3, "Pacific Supplies Pte Ltd", "Pacific Supplies", False, "Tom Reed",
                       "sales@pacific789.example", "wechat:wxid_3", "supplier")  # fmt: skip
SUPPLIER_ZH = inbox.Party(4, "杭州鑫源食品有限公司", "鑫源食品", True, "王芳",
                          "sales@xinyuan11.example", "wechat:wxid_4", "supplier")  # fmt: skip
CASE = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12, "Beverages",
                  3, ("Cola", "Cola Family Size"))  # fmt: skip
SINGLE = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 24,
                    ("Cola (Case of 12)", "Cola Family Size"))  # fmt: skip
FAMILY = inbox.Item("Cola Family Size", "可乐家庭装", "Cola", "可乐", "family", 1, "Beverages", 5,
                    ("Cola", "Cola (Case of 12)"))  # fmt: skip
MEANT = [("Cola (Case of 12)", 3), ("Cola", 24), ("Cola Family Size", 5)]


def _every_kind(seed: int) -> list[inbox.Text]:
    """Orders, chats, changes, questions and every supplier message, in both languages."""
    w = inbox.Writer(seed)
    day = date(2026, 3, 2)
    out = []
    for i in range(60):
        who, supplier = (WHO_ZH, SUPPLIER_ZH) if i % 3 == 0 else (WHO, SUPPLIER)
        by, po = day + timedelta(days=12), f"P0{1000 + i}"
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


def test_fifth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _every_kind(42)
    monkeypatch.setattr(fifth, "FIFTH_SHARE", 0.0)
    without = _every_kind(42)
    mine = [t.gold["fifth"] for t in written]
    assert 0.1 < sum(mine) / len(mine) < 0.4
    earlier = ("held_out", "unseen", "fourth")
    assert not any(t.gold["fifth"] and any(t.gold[k] for k in earlier) for t in written)
    assert {t.gold["sender_type"] for t in written if t.gold["fifth"]} == {"customer", "supplier"}
    assert {_phrasing_set(t.gold) for t in written} == {"dev", "held_out", "unseen", "fourth",
                                                        "fifth", "sixth", "seventh", "eighth",
                                                        "ninth", "tenth", "eleventh",
                                                        "twelfth", "thirteenth",
                                                        "fourteenth", "fifteenth",
                                                        "sixteenth"}  # fmt: skip
    for k in earlier:  # the other sets keep their messages, word for word
        assert sum(t.gold[k] for t in written) == sum(t.gold[k] for t in without)
    for a, b in zip(written, without, strict=True):
        if not a.gold["fifth"]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
        else:  # what the message says is the same; only its words are new
            meant = ("partner", "intent", "reference", "requested_date", "delivery_date")
            assert [a.gold.get(k) for k in meant] == [b.gold.get(k) for k in meant]
            assert [(g["product"], g["quantity"]) for g in a.gold["lines"]] == [
                (g["product"], g["quantity"]) for g in b.gold["lines"]
            ]
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(mine)


def test_fifth_set_messages_name_what_their_gold_says() -> None:
    seen = 0
    for text in _every_kind(7):
        gold = text.gold
        if not gold["fifth"]:
            continue
        seen += 1
        said = f"{text.subject or ''}\n{text.body}"
        if gold["reference"]:
            assert gold["reference"] in said
        if gold.get("delivery_date"):
            assert str(date.fromisoformat(gold["delivery_date"]).day) in text.body
        if gold["intent"] in ("new_order", "change_order"):
            quantities = {(g["product"], g["quantity"]) for g in gold["lines"]}
            assert quantities <= set(MEANT)
            for g in gold["lines"]:  # another reading is always the other pack of the goods
                assert all(a["product"] in g["siblings"] for a in g.get("alternatives", []))
        if gold["intent"] == "new_order":
            assert [(g["product"], g["quantity"]) for g in gold["lines"]] == MEANT
    assert seen > 50


CASE_WORDS = re.compile(
    r"\bcs\b|cs\.|\dcs|cases?\b|ct case|case \(|boxe?s?\b|packs?\b|cartons|箱|件"
)


def test_fifth_set_lines_name_the_pack_their_gold_holds() -> None:
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = fifth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        case, single, family = texts
        assert CASE_WORDS.search(case.lower()), case
        if golds[0].get("alternatives"):  # "3 packs": a pack of twelve or a pack of one
            assert "pack" in case and golds[0]["alternatives"] == [{"product": "Cola",
                                                                    "quantity": 3}]  # fmt: skip
        assert "家庭" in family or "fam" in family.lower(), family
        plain = single.lower()
        for settled in ("split case", "no full cases", "拆箱"):  # words that say "not a case"
            plain = plain.replace(settled, "")
        assert not CASE_WORDS.search(plain) or " dz " in plain, single
        if " dz " in plain:  # two dozen: 24 bottles, or two cases of 12
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 2}]
        else:
            assert "alternatives" not in golds[1], single


def test_fifth_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)
    for k in range(1, 40):
        by = today + timedelta(days=k)
        for seed in range(20):
            text = fifth.en_day(random.Random(seed), today, by)
            if "/" in text:  # a slash only where the day cannot be a month
                assert by.day > 12, text
            assert not re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text) or by.day > 12, text


def test_a_long_order_is_lettered_past_j() -> None:
    texts = [f"item {k}" for k in range(12)]
    lettered = 0
    for seed in range(40):  # whichever style the draw picks, eleven or more lines are written
        listing = fifth._listing(random.Random(seed), texts, zh=False)
        assert all(t in listing for t in texts)
        if listing.startswith("(a)"):
            lettered += 1
            assert "(k) item 10" in listing and "(l) item 11" in listing
    assert lettered
