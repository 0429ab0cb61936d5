"""The demo inbox's eleventh phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

import pytest

from smarterp.data.demo import eleventh, inbox
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

# Partners whose ids give every voice of the set, customers and suppliers, in both languages.
CUSTOMERS = [
    inbox.Party(k, f"Harbour Group {k} Ltd", f"Harbour Group {k}", zh, "Alex Tan",
                f"buy{k}@harbour.example", f"wechat:wxid_{k}", "customer")
    for k in range(6) for zh in (False, True)
]  # fmt: skip
SUPPLIERS = [
    inbox.Party(k, f"Delta Foods {k} Co.", f"Delta Foods {k}", zh, "Kelly Zhang",
                f"sales{k}@delta.example", f"wechat:wxid_d{k}", "supplier")
    for k in range(6) for zh in (False, True)
]  # fmt: skip
QUOTED = ("-----Original Message-----", "-----原始郵件-----", " wrote:\n")


def _voice(i: int, who: inbox.Party) -> inbox.Party:
    """Every other round a customer of the set's other voices writes instead."""
    if i % 2 == 0:
        return who
    pool = [p for p in CUSTOMERS if p.zh == who.zh]
    return pool[(i // 2) % len(pool)]


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed, _voice)


def _three_inboxes(seed: int) -> list[inbox.Text]:
    """Enough messages that the set's small share holds chats and mails of both senders."""
    return [t for k in range(3) for t in _every_kind(seed + k)]


def _figures(n: int) -> set[str]:
    """Every way the set writes a count: figures, full width, words, Chinese numerals."""
    forms = {str(n), f"{n:02d}", eleventh.words(n), eleventh.zh_num(n), eleventh.zh_num(n, hk=True)}
    return forms | {eleventh.wide(str(n))} | ({"兩"} if n == 2 else set())


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)  # 14th names 14
    for form in _figures(n):
        edge = r"\b" if form.isascii() and form.isalpha() else r"(?<![\d０-９])"
        if re.search(rf"{edge}{re.escape(form)}(?![\d０-９])", text):
            return True
    return False


def test_eleventh_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert eleventh.SHARE == 0.5 and inbox.LATE_SETS[-6] is eleventh
    # It takes half of what the tenth (at half) leaves: a small share of all the inbox's
    # messages.
    written = assert_keeps_to_its_own(eleventh, _three_inboxes, monkeypatch, (0.005, 0.15))
    assert "eleventh" in {_phrasing_set(t.gold) for t in written}


def test_eleventh_set_messages_name_what_their_gold_says() -> None:
    seen = orders = documents = dictated = quoted = 0
    for text in (t for seed in range(100) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["eleventh"]:
            continue
        seen += 1
        said = assert_says_its_gold(text)
        plain = unicodedata.normalize("NFKC", text.body)
        if gold["intent"] in ("new_order", "change_order"):
            assert "cola" in said.lower() or "可樂" in said, said
        if gold["intent"] != "new_order":
            continue
        orders += 1
        by = date.fromisoformat(gold["requested_date"])
        spoken = eleventh.spoken_day(by) in plain
        assert spoken or _names(plain, by.day), plain
        documents += "PURCHASE ORDER" in plain or "PO No." in plain
        dictated += spoken or "thirty-six" in plain or "three dozen" in plain  # only dictation
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            assert text.body.lower().index("cola" if "cola" in plain.lower() else "可樂") < (
                text.body.index(marker)
            )
    # The eleventh writes half of what it did before the twelfth came.
    assert seen > 450 and orders > 20, (seen, orders)
    assert documents >= 2 and dictated >= 2 and quoted >= 1


CASE_WORDS = re.compile(r"\bcases?\b|\bcs\b|\bctns?\b|\bcartons?\b|箱|件")
FAMILY_WORDS = re.compile(r"fam|家庭")
DOZEN_WORDS = re.compile(r"doz|打")


@pytest.mark.parametrize("zh", [False, True])
def test_eleventh_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    dozens = rows = 0
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, _ = eleventh.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en", mode)
        case, single, family = (unicodedata.normalize("NFKC", t).lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert CASE_WORDS.search(case), case
        assert not CASE_WORDS.search(single), single
        assert _names(case, 4) and _names(family, 7), (case, family)
        if eleventh.is_po(texts):
            rows += 1
        if DOZEN_WORDS.search(single):  # three dozen: 36 pieces, or three cases of twelve
            dozens += 1
            assert _names(single, 3), single
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert _names(single, 36), single
            assert "alternatives" not in golds[1], single
        if zh:  # Hong Kong and Taiwan write the goods in traditional characters
            assert all(eleventh.trad(t) == t for t in texts), texts
    assert dozens > 5 and rows > 10


def test_eleventh_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = eleventh.lines(r, [CASE, SINGLE, FAMILY], zh, "zh" if zh else "en")
        before = list(texts)
        note = eleventh.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert CASE_WORDS.search(note), note
        assert not _names(note, 4), note  # the note names only the figure it replaced
        assert not eleventh.is_po(before)
    assert notes > 10


def test_eleventh_set_dates_never_read_two_ways() -> None:
    today = date(2026, 3, 2)
    for k in range(1, 45):
        by = today + timedelta(days=k)
        assert eleventh.spoken_day(by) == f"{by:%B} {eleventh.ordinal(by.day)}".lower()
        for seed in range(30):
            text = eleventh.en_day(random.Random(seed), today, by)
            assert str(by.day) in text, text
            if re.search(r"\d[/.]\d", text):  # figures alone only where the day is no month
                assert by.day > 12, text
            if not re.search(rf"{by:%b}|\d[-/.]\d", text, re.I):
                assert k < 20, text  # no month: only within the coming weeks
            if "tomorrow" in text:
                assert k == 1, text
            for where in ("", "hk", "tw"):
                zh = unicodedata.normalize(
                    "NFKC", eleventh.zh_day(random.Random(seed), today, by, where)
                )
                assert _names(zh, by.day), zh
                if "/" in zh:
                    assert by.day > 12, zh
                if "月" not in zh and "/" not in zh:
                    assert k < 20, zh
                if "民國" in zh:
                    assert f"民國{by.year - 1911}年" in zh and where == "tw", zh
                if any(w in zh for w in ("聽日", "明天")):
                    assert k == 1, zh
                if "後日" in zh:
                    assert k == 2, zh


def test_a_dictated_order_runs_on_one_line_and_still_names_every_line() -> None:
    who, day, by = CUSTOMERS[0], date(2026, 3, 2), date(2026, 3, 14)
    emails = chats = 0
    for seed in range(600):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, _ = eleventh.lines(r, [CASE, SINGLE, FAMILY], False, "en", mode)
        if not eleventh.is_spoken(texts):
            continue
        if mode == "email":
            emails += 1
            _, body = eleventh.order_email(r, who, "PO-7", texts, "14 Mar", "Alex", (day, by))
            said = body.split("\n\n")[0]  # the dictated part, before the sign-off
            assert "march fourteenth" in said, said
        else:
            chats += 1
            said = eleventh.order_chat(r, who, "PO-7", texts, "14 Mar", True)
        assert "\n" not in said and "PO-7" in said, said
        assert not re.search(
            r"\d", said.replace("PO-7", "").replace("14 Mar", "").replace(who.short.lower(), "")
        )
        assert all(t in said for t in texts), (texts, said)
        assert _names(texts[0], 4) and _names(texts[2], 7)
        assert _names(texts[1], 36) or ("dozen" in texts[1] and golds[1]["alternatives"])
    assert emails > 5 and chats > 5


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "india": ("PFB", "Pls arrange", "Respected Sir"),
        "philippines": ("Good day!", "Thank you po"),
        "nigeria": ("Trust this meets you well", "under-listed"),
        "kenya": ("LPO",),
        "vietnam": ("Please help to", "anh/chị"),
        "thailand": ("Khun", "following items"),
        "hk": ("我哋",),
        "tw": ("麻煩", "感恩"),
        "factory": ("Dear friend",),
        "erp": ("ORDER RESPONSE",),
        "broker": ("booked with the mill",),
        "hk_house": ("收到",),
        "tw_maker": ("訂單確認通知",),
    }
    texts = ["Cola - 4 ctn", "Cola - 36 btl", "Cola Family Size - 7 btl"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = eleventh.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = eleventh.po_acknowledged(r, who, "P02001", by)
            else:
                _, body = eleventh.order_email(r, who, "PO-9", texts, "16 Mar", "A", (day, by))
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_eleventh_set_numbers_and_script() -> None:
    assert [eleventh.words(n) for n in (4, 36, 7, 100, 115)] == [
        "four", "thirty-six", "seven", "one hundred", "one hundred and fifteen"
    ]  # fmt: skip
    assert [eleventh.ordinal(n) for n in (1, 2, 3, 12, 20, 21, 30, 31)] == [
        "first", "second", "third", "twelfth", "twentieth", "twenty-first", "thirtieth",
        "thirty-first",
    ]  # fmt: skip
    assert [eleventh.zh_num(n) for n in (4, 10, 24, 36)] == ["四", "十", "二十四", "三十六"]
    assert [eleventh.zh_num(n, hk=True) for n in (24, 36, 30)] == ["廿四", "卅六", "三十"]
    assert eleventh.wide("36") == "３６"
    assert eleventh.trad("可乐（12件装）") == "可樂（12件裝）"
    assert eleventh.trad("芒果干 挂面") == "芒果乾 掛麵"


def test_drawing_the_eleventh_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the eleventh set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _every_kind(5), "eleventh", 5)
