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
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    SINGLE,
    assert_keeps_to_its_own,
    assert_says_its_gold,
    assert_start_keeps_the_wording_stream,
    every_kind,
)


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed)


def test_seventh_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = assert_keeps_to_its_own(seventh, _every_kind, monkeypatch, (0.05, 0.3))
    assert {_phrasing_set(t.gold) for t in written} == {"dev", "held_out", "unseen", "fourth",
                                                        "fifth", "sixth", "seventh", "eighth",
                                                        "ninth", "tenth", "eleventh",
                                                        "twelfth", "thirteenth",
                                                        "fourteenth", "fifteenth",
                                                        "sixteenth"}  # fmt: skip


def test_seventh_set_messages_name_what_their_gold_says() -> None:
    seen = systems = 0
    for text in (t for seed in range(8) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["seventh"]:
            continue
        seen += 1
        assert_says_its_gold(text)
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
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _every_kind(5), "seventh", 40)
