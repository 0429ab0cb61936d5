"""The demo inbox's tenth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, tenth
from smarterp.intel.docs.inbox_eval import _phrasing_set
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    MEANT,
    SINGLE,
    assert_keeps_to_its_own,
    assert_says_its_gold,
    assert_start_keeps_the_wording_stream,
    every_kind,
)


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed)


def test_tenth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = assert_keeps_to_its_own(tenth, _every_kind, monkeypatch, (0.01, 0.6))
    assert "tenth" in {_phrasing_set(t.gold) for t in written}


def test_tenth_set_messages_name_what_their_gold_says() -> None:
    seen = sheets = 0
    for text in (t for seed in range(20) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["tenth"]:
            continue
        seen += 1
        said = assert_says_its_gold(text)
        if re.search(r"^\"?(product|Item|description|Product Name|品名)\"?[;,\t]", said, re.M):
            sheets += 1  # a pasted sheet: a header, then one row a line
    assert seen > 200  # the tenth writes half of what it did before the eleventh came
    assert sheets >= 2


CASE_WORDS = re.compile(
    r"\bcases?\b|(?<![a-z])cs\b|\bctns?\b|cartons?|\bcarton\b|箱|kotak|\bdus\b|karton"
)
NOT_A_CASE = re.compile(r"不要整箱")


@pytest.mark.parametrize("zh", [False, True])
def test_tenth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    dozens = 0
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, _ = tenth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        assert "家庭" in family or "fam" in family, family
        assert "家庭" not in case + single and "fam" not in case + single
        if tenth.is_edi(texts):  # a sheet's rows: the unit column says the pack
            unit = re.split(r"[;,\t]", case.replace('"', ""))[-1]
            assert unit in {"case", "ctn", "cs", "carton", "箱"}, case
            unit = re.split(r"[;,\t]", single.replace('"', ""))[-1]
            assert unit in {"each", "pcs", "ea", "unit", "pc", "支"}, single
            continue
        assert CASE_WORDS.search(case), case
        assert not CASE_WORDS.search(NOT_A_CASE.sub("", single)), single
        if "dozen" in single:  # three dozen: 36 pieces, or three cases of twelve
            dozens += 1
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert "alternatives" not in golds[1], single
        # the figure meant is written, in figures, words or Chinese numerals
        figures = {"4", "four", "四"}
        assert any(re.search(rf"(?<![\d]){f}(?![\d])", case) for f in figures), case
    assert zh or dozens > 5


def test_tenth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = tenth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        before = list(texts)
        note = tenth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert "cases" in note or "箱" in note
        assert not tenth.is_edi(before)
    assert notes > 10


def test_tenth_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)
    for k in range(1, 45):
        by = today + timedelta(days=k)
        for seed in range(30):
            text = tenth.en_day(random.Random(seed), today, by)
            if re.search(r"\d/\d", text):  # day/month only where the day cannot be a month
                assert by.day > 12 and f"{by.day}/{by.month}" in text, text
            if not re.search(rf"{by:%b}|[-/]", text, re.I):
                assert k < 25, text  # no month: only within the coming weeks
            if text in ("tmr", "tomoz"):
                assert k == 1
            else:
                assert str(by.day) in text or tenth._nth(by.day) in text, text
            zh = tenth.zh_day(random.Random(seed), today, by)
            assert str(by.day) in zh, zh
            if "/" in zh:
                assert by.day > 12, zh
            named = ("月", "hb", "/", tenth._INDO_MONTHS[by.month])  # the month is given
            if not any(m in zh for m in named):
                assert k < 25, zh


def test_tenth_set_numbers_in_words() -> None:
    assert [tenth.words(n) for n in (4, 36, 7, 100, 115)] == [
        "four", "thirty six", "seven", "one hundred", "one hundred and fifteen"
    ]  # fmt: skip
    assert [tenth.zh_num(n) for n in (4, 10, 36, 70)] == ["四", "十", "三十六", "七十"]
    assert [tenth._nth(n) for n in (1, 14, 22, 30, 31)] == [
        "first", "fourteenth", "twenty-second", "thirtieth", "thirty-first"
    ]  # fmt: skip


def test_drawing_the_tenth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the tenth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _every_kind(5), "tenth", 10)
