"""The demo inbox's eighth phrasings: a set of its own, scored apart, that leaves every other
message (every earlier set's included) word for word as it was, with gold that says what its
words say."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import date, timedelta

import pytest

from smarterp.data.demo import eighth, inbox, names
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    SINGLE,
    SUPPLIER,
    SUPPLIER_ZH,
    WHO_ZH,
    assert_keeps_to_its_own,
    assert_says_its_gold,
    every_kind,
)

SAUCE = inbox.Item("Oyster Sauce (Case of 12)", "蚝油（12件装）", "Oyster Sauce", "蚝油", "case",
                   12, "Condiments", 2, ("Oyster Sauce",), habit=True)  # fmt: skip


def _voice(i: int, who: inbox.Party) -> inbox.Party:
    """Writers of every voice: the set gives each customer one, chosen by its id."""
    return inbox.Party(10 + i % 12, who.name, who.short, who.zh, who.contact, who.email,
                       who.handle, who.kind)  # fmt: skip


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed, _voice, lead_days=2)


def _names_day(body: str, day: date) -> bool:
    """The day of the month is in the text, in figures or (voice-to-text) in Chinese words."""
    return (
        bool(re.search(rf"(?<!\d){day.day}(?!\d)", body)) or f"{eighth.zh_words(day.day)}号" in body
    )


def test_eighth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_keeps_to_its_own(eighth, _every_kind, monkeypatch, (0.05, 0.3))


def test_eighth_set_messages_name_what_their_gold_says() -> None:
    seen = 0
    kinds: dict[str, int] = defaultdict(int)
    for text in (t for seed in range(8) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["eighth"]:
            continue
        seen += 1
        kinds[gold["intent"]] += 1
        said = assert_says_its_gold(text, _names_day)
        zh = gold["partner"] in (WHO_ZH.name, SUPPLIER_ZH.name)
        assert gold["lang"] == ("zh" if zh else "en")  # these writers keep to their language
        if not zh:
            assert not re.search(r"[\u4e00-\u9fff]", said), said
        if gold["intent"] == "price_change":
            assert all(x in text.body for x in ("Cola", "2.00", "2.30"))
        if gold["intent"] == "invoice":
            assert "410.00" in text.body and re.search(r"TX-\d+", said)
        if gold["intent"] == "shortage":
            assert "Cola" in text.body
    assert seen > 300
    assert len(kinds) >= 10  # every kind of message, customers' and suppliers'


CASE_WORDS = re.compile(r"\bcases?\b|case's|\btrays?\b|lots of 12|12s x|箱")
NOT_A_CASE = re.compile(r"not cases|不要整箱")


@pytest.mark.parametrize("zh", [False, True])
def test_eighth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    forms: set[str] = set()
    for seed in range(500):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        items = [CASE, SINGLE, FAMILY, SAUCE]
        texts, golds, lang = eighth.lines(r, items, zh, "mixed", mode)
        assert lang == ("zh" if zh else "en")
        case, single, family, sauce = (t.lower() for t in texts)
        forms.add(re.sub(r"\d+", "#", case))
        assert [(g["product"], g["quantity"]) for g in golds] == [
            (it.name, it.quantity) for it in items
        ]
        assert CASE_WORDS.search(case), case
        assert CASE_WORDS.search(sauce), sauce
        assert "家庭" in family or "fam" in family, family
        assert not CASE_WORDS.search(NOT_A_CASE.sub("", single)), single
        if "lots of 12" in case:  # four lots of twelve: four cases, or 48 pieces
            assert golds[0]["alternatives"] == [{"product": "Cola", "quantity": 48}]
        else:
            assert "alternatives" not in golds[0], case
        if "doz" in single:  # three dozen: 36 pieces, or three cases of 12
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert "alternatives" not in golds[1], single
        assert "alternatives" not in golds[2] and "alternatives" not in golds[3]  # habit
    assert len(forms) >= 6  # several forms drawn at random


def test_eighth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = eighth.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        before = list(texts)
        note = eighth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        assert not eighth.is_edi(texts)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        figure = re.search(r"\d+", note)
        assert figure and int(figure.group()) > 4  # the figure it said before, not the one meant
        assert not re.search(r"(?<!\d)4(?!\d)", note)
    assert notes > 10


def _readings(make: object, today: date) -> dict[str, set[date]]:
    """Every wording drawn for every day of the coming weeks, with the days it was drawn for."""
    out: dict[str, set[date]] = defaultdict(set)
    for k in range(1, 45):
        by = today + timedelta(days=k)
        for seed in range(60):
            out[make(random.Random(seed), today, by)].add(by)  # type: ignore[operator]
    return out


MONTHS = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d+[-.]\d+|月")


@pytest.mark.parametrize("today", [date(2026, 3, 2), date(2026, 3, 27), date(2026, 12, 18)])
def test_eighth_set_dates_never_read_two_ways(today: date) -> None:
    for make in (eighth.en_day, eighth.zh_day):
        for text, days in _readings(make, today).items():
            assert len(days) == 1, (text, days)  # one wording, one day
            by = next(iter(days))
            if re.search(r"\d+[-.]\d+[-.]\d+", text):  # day-month figures: the day > 12
                assert by.day > 12 and text.startswith(str(by.day)), text
            if MONTHS.search(text):
                continue
            if re.match(r"the \d|\d+号", text):  # the day alone: only within this month
                assert by.month == today.month and by.day > today.day, text
            else:  # a weekday or 'tomorrow': only within the coming fortnight
                assert (by - today).days < 14, text


def test_eighth_set_numbers_in_words() -> None:
    said = {2: "二", 10: "十", 12: "十二", 36: "三十六", 40: "四十", 105: "一百零五"}
    said |= {112: "一百一十二", 150: "一百五十", 200: "二百"}
    assert {n: eighth.zh_words(n) for n in said} == said


def test_eighth_set_suppliers_keep_their_business_in_the_small_talk() -> None:
    on = date(2026, 3, 16)
    for seed in range(40):
        for who in (SUPPLIER, SUPPLIER_ZH):
            r = random.Random(seed)
            _, body = eighth.price_change(r, who, "Cola", "2.00", "2.30", on)
            assert all(x in body for x in ("Cola", "2.00", "2.30")) and _names_day(body, on)
            assert len(body.split("\n\n")) >= 3  # a greeting, the business, a goodbye
            _, body = eighth.supplier_invoice(r, who, "TX-1", "P02001", "410.00", on)
            assert all(x in body for x in ("TX-1", "P02001", "410.00"))
            subject, body = eighth.supplier_delay(r, who, "P02001", on)
            assert "P02001" in f"{subject}{body}"
            assert _names_day(body, on)


def test_eighth_set_slips_still_name_one_of_the_goods() -> None:
    """An autocorrected word or a homophone never makes another product's name: the clerk
    with the price list still finds the goods."""
    goods = [g for category in names.GOODS.values() for g in category]
    english = {word for name, _, _ in goods for word in name.split(" ")}
    assert set(eighth._AUTOCORRECT) <= english
    for word, slip in eighth._AUTOCORRECT.items():
        assert not any(slip in name.split(" ") for name, _, _ in goods), (word, slip)
    for word, heard in eighth._HOMOPHONES.items():
        assert sum(word in zh for _, zh, _ in goods) == 1
        assert not any(heard in zh for _, zh, _ in goods), (word, heard)
