"""The demo inbox's sixth phrasings: a set of its own, scored apart, that leaves every other
message (the held-out, unseen, fourth and fifth ones included) word for word as it was, with
gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, sixth
from smarterp.intel.docs.inbox_eval import _phrasing_set
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    MEANT,
    SINGLE,
    assert_start_keeps_the_wording_stream,
    every_kind,
)


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed)


def test_sixth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _every_kind(42)
    monkeypatch.setattr(sixth, "SIXTH_SHARE", 0.0)
    without = _every_kind(42)
    mine = [t.gold["sixth"] for t in written]
    assert 0.08 < sum(mine) / len(mine) < 0.35
    earlier = ("held_out", "unseen", "fourth", "fifth")
    assert not any(t.gold["sixth"] and any(t.gold[k] for k in earlier) for t in written)
    assert {t.gold["sender_type"] for t in written if t.gold["sixth"]} == {"customer", "supplier"}
    assert {t.gold["channel"] for t in written if t.gold["sixth"]} == {"email", "chat"}
    assert {_phrasing_set(t.gold) for t in written} == {"dev", "held_out", "unseen", "fourth",
                                                        "fifth", "sixth", "seventh", "eighth",
                                                        "ninth", "tenth", "eleventh",
                                                        "twelfth", "thirteenth",
                                                        "fourteenth", "fifteenth",
                                                        "sixteenth"}  # fmt: skip
    for k in earlier:  # the other sets keep their messages, word for word
        assert sum(t.gold[k] for t in written) == sum(t.gold[k] for t in without)
    for a, b in zip(written, without, strict=True):
        if not a.gold["sixth"]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
        else:  # what the message says is the same; only its words are new
            meant = ("partner", "intent", "reference", "requested_date", "delivery_date")
            assert [a.gold.get(k) for k in meant] == [b.gold.get(k) for k in meant]
            assert [(g["product"], g["quantity"]) for g in a.gold["lines"]] == [
                (g["product"], g["quantity"]) for g in b.gold["lines"]
            ]
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(mine)


def test_sixth_set_messages_name_what_their_gold_says() -> None:
    seen = voices = 0
    for text in _every_kind(7):
        gold = text.gold
        if not gold["sixth"]:
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
        if "Transcript:" in text.body or "语音转文字" in text.body:  # figures said in words
            voices += 1
            assert not re.search(r"(?<![A-Z-])\d+ ?(cases|箱)", text.body), text.body
    assert seen > 50
    assert voices >= 3


CASE_WORDS = re.compile(r"\bcase\b|cases|/cs\b|shippers?|master cartons?|case lots?|\tcs$|箱|整箱")


def test_sixth_set_lines_name_the_pack_their_gold_holds() -> None:
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        mode = ("email", "chat", "voice")[seed % 3]
        texts, golds, _ = sixth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert CASE_WORDS.search(case), case
        assert "alternatives" not in golds[0]
        assert "家庭" in family or "family" in family, family
        plain = single.replace("broken case", "")
        assert not CASE_WORDS.search(plain), single
        if "3x12" in plain or "3×12" in plain:  # 36 (3x12): 36 bottles, or three cases of 12
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert "alternatives" not in golds[1], single
        if "\t" in case:  # rows pasted from a spreadsheet: the unit column says the pack
            assert case.endswith(("\tcs", "\t箱")) and not single.endswith(("\tcs", "\t箱"))


def test_sixth_set_amendment_puts_the_figure_right_in_cases() -> None:
    notes = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = sixth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        note = sixth.amendment(r, [CASE, SINGLE, FAMILY], texts, golds, zh)
        if note is None:
            continue
        notes += 1
        assert "4" in note and ("cases" in note or "箱" in note)
        assert not re.search(r"(?<!\d)4(?!\d)", texts[0]) and golds[0]["quantity"] == 4
    assert notes > 10


def test_sixth_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)
    for k in range(1, 45):
        by = today + timedelta(days=k)
        for seed in range(20):
            text = sixth.en_day(random.Random(seed), today, by)
            if "/" in text:  # day/month/year only where the day cannot be a month
                assert by.day > 12 and text == f"{by:%d/%m/%Y}", text
            if "week " in text:  # an ISO week and its weekday name one day
                year, week, _ = by.isocalendar()
                assert text == f"{by:%A}, week {week}" and year == today.year
            zh = sixth.zh_day(random.Random(seed), today, by)
            assert str(by.day) in zh or zh == "大后天" or "星期" in zh, zh


def test_drawing_the_sixth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream (held out or not), whatever
    the later sets draw from theirs; so the sixth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _every_kind(5), "sixth", 50)
