"""The demo inbox's ninth phrasings: a set of its own, scored apart, that takes what no earlier
set took and leaves every other message (the held-out, unseen, fourth to eighth ones included)
word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, ninth
from tests.demo_phrasings import (
    ITEMS,
    MEANT,
    assert_keeps_to_its_own,
    assert_says_its_gold,
    assert_start_keeps_the_wording_stream,
    every_kind,
)

# One customer of each voice in each language: an institution, a trader, an Asian company.
VOICES = [
    inbox.Party(k, f"Harbour Group {k} Ltd", f"Harbour Group {k}", zh, "Alex Tan",
                f"buy{k}@harbour.example", f"wechat:wxid_{k}", "customer")
    for k in (6, 7, 8) for zh in (False, True)
]  # fmt: skip


def _voice(i: int, who: inbox.Party) -> inbox.Party:
    return VOICES[i % len(VOICES)] if i % 4 == 3 else who


def _every_kind(seed: int) -> list[inbox.Text]:
    """Every kind of message, from every customer voice too."""
    return every_kind(seed, _voice)


def test_ninth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_keeps_to_its_own(ninth, _every_kind, monkeypatch, (0.02, 0.6))


def test_ninth_set_messages_name_what_their_gold_says() -> None:
    seen = systems = 0
    for text in (t for seed in range(40) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["ninth"]:
            continue
        seen += 1
        said = assert_says_its_gold(text)
        if gold["intent"] in ("new_order", "change_order"):
            assert "cola" in said.lower() or "可乐" in said
        if gold["intent"] == "new_order":
            by = date.fromisoformat(gold["requested_date"])
            assert str(by.day) in unicodedata.normalize("NFKC", text.body)
        if "00010 COLA" in text.body:  # an e-procurement order writes the date its way
            systems += 1
            by = date.fromisoformat(gold["requested_date"])
            assert f"Need-By Date  : {by.day:02d}-{by:%b}-{by.year}".upper() in text.body.upper()
    assert seen > 300
    assert systems >= 1


def test_drawing_the_ninth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream (held out or not), whatever
    the later sets draw from theirs; so the ninth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _every_kind(5), "ninth", 20)


# --- the set's own pieces --------------------------------------------------------------------


CASE_WORDS = re.compile(r"\bcases?\b|\bctn\b|cartons?|outers?|box|\bcs$|箱")
NOT_A_CASE = re.compile(r"no need full carton|不要整箱")


def _says(q: int, text: str) -> bool:
    """The figure stands in the text (full-width digits read as digits)."""
    return bool(re.search(rf"(?<!\d){q}(?!\d)", unicodedata.normalize("NFKC", text)))


@pytest.mark.parametrize("zh", [False, True])
def test_ninth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    layouts = set()
    for seed in range(500):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = ninth.lines(r, list(ITEMS), zh, "en", mode)
        layouts.add(ninth._form(texts))
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert CASE_WORDS.search(case) and _says(4, case), case
        assert "家庭" in family or "family" in family, family
        assert _says(7, family), family
        assert not CASE_WORDS.search(NOT_A_CASE.sub("", single)), single
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        if "doz" in single:  # 3 dozen: 36 pieces, or three cases of 12
            assert _says(3, single)
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert _says(36, single) and "alternatives" not in golds[1], single
        if ninth.is_edi(texts):  # an e-procurement system's rows: the unit column says the pack
            assert mode == "email" and not zh
            assert case.endswith(" cs") and single.endswith(" ea") and family.endswith(" ea")
        if mode == "chat":  # a chat has no form to fill in
            assert ninth._form(texts) == "free"
        other = r"[a-z]{4}" if zh else r"[\u4e00-\u9fff]"  # the other language's words
        mixed = any(re.search(other, t.lower()) for t in texts if ninth._form(texts) == "free")
        assert lang == ("mixed" if mixed else ("zh" if zh else "en")), texts
    assert layouts == ({"free", "tab", "block"} | (set() if zh else {"system"}))


def test_a_customer_habit_settles_the_dozen() -> None:
    """Three dozen from a customer who only ever buys the pieces: no other reading."""
    habit = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 36,
                       ("Cola (Case of 12)",), habit=True)  # fmt: skip
    dozens = 0
    for seed in range(300):
        texts, golds, _ = ninth.lines(random.Random(seed), [habit], False, "en", "chat")
        dozens += "doz" in texts[0]
        assert "alternatives" not in golds[0]
    assert dozens > 5


def test_ninth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = ninth.lines(r, list(ITEMS), zh, "zh" if zh else "en")
        before = list(texts)
        note = ninth.amendment(r, list(ITEMS), texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert not ninth.is_edi(texts)
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        assert _says(4, before[0]) and ("case" in note or "ctn" in note or "箱" in note)
        assert not _says(4, note)  # the note gives the figure it had before, not the one meant
    assert notes > 20


def test_ninth_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)  # a Monday
    for k in range(1, 45):
        by = today + timedelta(days=k)
        for seed in range(30):
            text = ninth.en_day(random.Random(seed), today, by)
            assert str(by.day) in text, text
            if "/" in text and not text.startswith(str(by.year)):  # day first: not a month
                assert by.day > 12, text
            if by.strftime("%B") not in text and by.strftime("%b").upper() not in text.upper():
                assert "/" in text or "." in text or k < 25, text  # no month: the coming weeks
            if text.startswith("tomorrow"):
                assert k == 1
            zh = ninth.zh_day(random.Random(seed), today, by)
            assert str(by.day) in zh, zh
            if "/" in zh:
                assert by.day > 12 and zh.startswith(f"{by.day}/{by.month}"), zh
            if zh.startswith("下个礼拜"):
                assert 7 <= k < 14, zh
            if zh.startswith("这个礼拜"):
                assert k < 7, zh
            if "月" not in zh and "/" not in zh and not zh.startswith("这个礼拜"):
                assert zh.startswith(f"{by.year}."), zh
    week = ninth.zh_day(random.Random(0), date(2026, 3, 2), date(2026, 3, 13))
    assert "13" in week


def test_finance_figures_are_written_out_right() -> None:
    assert [ninth._capital(n) for n in (4, 10, 36, 105, 240)] == [
        "肆", "壹拾", "叁拾陆", "壹佰零伍", "贰佰肆拾"
    ]  # fmt: skip


def test_each_customer_keeps_one_voice() -> None:
    """The same customer writes its orders the same way; the three voices all write."""
    marks = {
        (False, "institution"): "Good morning, this is",
        (False, "trader"): "here ya",
        (False, "asian"): "Nice to meet you",
        (True, "institution"): "食堂采购",
        (True, "trader"): "Hello 我是",
        (True, "asian"): "初次联系",
    }
    voices = set()
    for who in VOICES:
        voices.add(ninth._voice(who))
        for seed in range(30):
            r = random.Random(seed)
            texts, _, _ = ninth.lines(r, list(ITEMS), who.zh, "en", "chat")
            body = ninth.order_chat(r, who, "PO-9", texts, "13 Mar", True)
            assert marks[(who.zh, ninth._voice(who))] in body, body
    assert voices == {"institution", "trader", "asian"}
