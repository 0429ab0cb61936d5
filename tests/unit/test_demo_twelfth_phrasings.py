"""The demo inbox's twelfth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, twelfth
from smarterp.intel.docs.inbox_eval import _phrasing_set
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    MEANT,
    SINGLE,
    assert_keeps_to_its_own,
    assert_says_its_gold,
    assert_start_keeps_the_wording_stream,
    days_from,
    every_kind,
    on_day,
    only_set,
)

# Partners whose ids give every voice of the set, customers and suppliers, in both languages.
CUSTOMERS = [
    inbox.Party(k, f"Corner Market {k} LLC", f"Corner Market {k}", zh, "Sam Rivera",
                f"buy{k}@corner.example", f"wechat:wxid_c{k}", "customer")
    for k in range(12) for zh in (False, True)
]  # fmt: skip
SUPPLIERS = [
    inbox.Party(k, f"Valley Foods {k} Inc.", f"Valley Foods {k}", zh, "Dana Li",
                f"sales{k}@valley.example", f"wechat:wxid_v{k}", "supplier")
    for k in range(12) for zh in (False, True)
]  # fmt: skip
QUOTED = (" wrote:\n", " schrieb ", " a écrit :", " escribió:", " skrev ", "发件人: Lotus")
OTHER_PACK = inbox.Item("Oolong Tea", "乌龙茶", "Oolong Tea", "乌龙茶", "single", 1, "Tea", 6,
                        ("Oolong Tea (Case of 12)",))  # fmt: skip
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    **{f"{date(2026, m, 1):%B}".lower(): m for m in range(1, 13)},
    **{f"{date(2026, m, 1):%b}".lower(): m for m in range(1, 13)},
    **{name: m for m, name in enumerate(twelfth._FR_MONTHS, 1)},
    **{name: m for m, name in enumerate(twelfth._ES_MONTHS, 1)},
}


def _voice(i: int, who: inbox.Party) -> inbox.Party:
    """Every other round a customer of the set's other voices writes instead."""
    if i % 2 == 0:
        return who
    pool = [p for p in CUSTOMERS if p.zh == who.zh]
    return pool[(i // 2) % len(pool)]


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed, _voice)


def _inboxes(seed: int) -> list[inbox.Text]:
    """Enough messages that the set's small share holds chats and mails of both senders."""
    return [t for k in range(8) for t in _every_kind(seed + k)]


def _figures(n: int) -> set[str]:
    """Every way the set writes a count: figures, English words, Chinese numerals."""
    return {str(n), twelfth.words(n), twelfth.zh_num(n)}


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    for form in _figures(n):
        edge = r"\b" if form.isascii() and form.isalpha() else r"(?<![\d一二三四五六七八九十])"
        if re.search(rf"{edge}{re.escape(form)}(?![\d十])", text, re.I):
            return True
    return False


def resolve(text: str, day: date, zh: bool = False) -> set[date]:
    """Every day a careful clerk could take the words for, the message written on `day` (a
    month and day within 40 days back and four months ahead, a day of the month or a weekday
    alone the coming one): only one for every form the set writes. A Chinese writer (`zh`)
    puts the month first in 3.14."""
    low, back = text.lower(), day - timedelta(days=40)
    if ("tomorrow" in low and "after" not in low) or "tmrw" in low or "明天" in low:
        return {day + timedelta(days=1)}
    if "day after tomorrow" in low or "后天" in low:
        return {day + timedelta(days=2)}
    if found := re.search(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?", low):
        a, b = int(found.group(1)), int(found.group(2))
        chinese = zh or re.search(r"[\u4e00-\u9fff]", text)
        readings = {(a, b)} if chinese and "/" not in found.group(0) else {(a, b), (b, a)}
        return {d for m, dd in readings if m <= 12 for d in days_from(back, on_day(m, dd))}
    if found := re.search(r"(\d{1,2})月(\d{1,2})", text):
        return set(days_from(back, on_day(int(found.group(1)), int(found.group(2)))))
    figure = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.|号|日)?(?!\d)", low)
    month = next((m for name, m in MONTHS.items() if re.search(rf"\b{name}\b", low)), None)
    if figure and month:
        return set(days_from(back, on_day(month, int(figure.group(1)))))
    if figure:  # the day of the month alone: the next one
        return set(days_from(day + timedelta(days=1), lambda x: x.day == int(figure.group(1)))[:1])
    zh_week = re.search(r"(下周|下礼拜|这周|本礼拜|周|礼拜)([一二三四五六日])", text)
    if zh_week:
        weekday = "一二三四五六日".index(zh_week.group(2))
        monday = day - timedelta(days=day.weekday())
        if zh_week.group(1) in ("下周", "下礼拜"):
            return {monday + timedelta(days=7 + weekday)}
        return set(days_from(day + timedelta(days=1), lambda x: x.weekday() == weekday)[:1])
    named = [i for i, w in enumerate(EN_WEEKDAYS) if w in low or w[:3] in low.split()]
    if len(named) == 1:  # a bare weekday: the coming one
        return set(days_from(day + timedelta(days=1), lambda x: x.weekday() == named[0])[:1])
    return set()


def test_twelfth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert twelfth.SHARE == 0.5 and inbox.LATE_SETS[-5] is twelfth
    # It takes half of what the eleventh (at half) leaves: a small share of all the inbox's
    # messages.
    written = assert_keeps_to_its_own(twelfth, _inboxes, monkeypatch, (0.0015, 0.05))
    assert "twelfth" in {_phrasing_set(t.gold) for t in written}
    assert "eleventh" in {_phrasing_set(t.gold) for t in written}


def test_twelfth_set_messages_name_what_their_gold_says(monkeypatch: pytest.MonkeyPatch) -> None:
    only_set(monkeypatch, twelfth)
    seen = orders = stock = phone = quoted = forwarded = 0
    kinds = set()
    for text in (t for seed in range(30) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["twelfth"]:
            continue
        seen += 1
        kinds.add((gold["intent"], gold["channel"], gold["sender_type"]))
        said = assert_says_its_gold(text)
        if gold["intent"] in ("new_order", "change_order"):
            assert "cola" in said.lower() or "可乐" in said, said
        if gold["intent"] != "new_order":
            continue
        orders += 1
        by, day = date.fromisoformat(gold["requested_date"]), date(2026, 3, 2)
        # The requested day is given where the mail or chat asks for the goods.
        assert by in _days_named(text.body, day), (by, text.body)
        stock += "on hand" in said or "库存 " in said
        phone += twelfth.is_phone(text.body.split("\n")[1:4]) and gold["lang"] == "en"
        forwarded += gold["template"].startswith("order.forwarded")
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            below = text.body[text.body.index(marker) :]
            assert "cola" not in below.lower() and "可乐" not in below, below
    assert seen > 1500 and orders > 100, (seen, orders)
    assert stock >= 5 and phone >= 5 and quoted >= 5 and forwarded >= 5
    intents = {"new_order", "change_order", "cancel_order", "inquiry", "complaint",
               "payment_promise", "price_change", "delivery_date", "order_confirmation",
               "invoice", "shortage"}  # fmt: skip
    assert {k[0] for k in kinds} == intents
    chats = {("new_order", "chat", "customer"), ("change_order", "chat", "customer"),
             ("complaint", "chat", "customer"), ("new_order", "email", "customer")}  # fmt: skip
    assert chats <= kinds


def _days_named(body: str, day: date) -> set[date]:
    """The days the order's date words could mean, the date taken from the line that gives
    it (the sender's own day line, in its words)."""
    found: set[date] = set()
    for line in body.split("\n"):
        cues = ("delivery", "by ", "for ", "need", "until", "requested", "交货日期", "前", "送",
                "到", "要", "latest", "le ", "el ", "pour ", "eod")  # fmt: skip
        for cue in cues:
            if cue in line.lower() and not line.startswith(">") and "Lotus Harbor" not in line:
                found |= _resolve_in(line, day)
                break
    return found


def _resolve_in(line: str, day: date) -> set[date]:
    """The days a line names: its date phrase, without the order's reference or a count."""
    line = re.sub(r"\b(PO|CG|P0)-?\d+\b|PO-\d+|7am-2pm|2pm|Corner Market \d+", " ", line)
    line = re.sub(r"(?:order|ref|no\.?)\s*\S*\d\S*", " ", line, flags=re.I)
    return resolve(line, day)


def test_the_set_dates_name_one_day_only() -> None:
    """Every day the set writes reads as that day and no other, from the day it was written."""
    today = date(2026, 3, 2)
    voices = twelfth.CUSTOMER_VOICES + tuple(f"{v}:zh" for v in twelfth.ZH_CUSTOMER_VOICES)
    for k in range(1, 25):
        by = today + timedelta(days=k)
        for seed in range(25):
            said = [(twelfth.en_day(random.Random(seed), today, by), False)]
            said.append((twelfth.zh_day(random.Random(seed), today, by), True))
            said += [
                (twelfth.voice_day(random.Random(seed), v.removesuffix(":zh"), today, by), ":" in v)
                for v in voices
            ]
            for text, zh in said:
                assert resolve(text, today, zh) == {by}, (text, by)
                if re.search(r"\d[/.]\d", text) and not zh:
                    assert by.day > 12, text  # figures alone only where the day is no month
                if any(w in text.lower() for w in ("tomorrow", "tmrw", "明天")):
                    assert k == 1 or "after" in text, text


CASE_WORDS = re.compile(r"\bcases?\b|\bcs\b|\bctns?\b|\bcartons?\b|箱|\bcase\b|12件装")
FAMILY_WORDS = re.compile(r"fam|家庭")
DOZEN_WORDS = re.compile(r"\bdz\b|dozen|打")
NOT_CASES = re.compile(r"not cases|不要整箱")


@pytest.mark.parametrize("zh", [False, True])
def test_twelfth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    dozens = rows = phones = 0
    for seed in range(500):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = twelfth.lines(r, [CASE, SINGLE, FAMILY], zh, "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        assert lang in (("zh", "mixed") if zh else ("en",))
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert CASE_WORDS.search(case), case
        assert not CASE_WORDS.search(NOT_CASES.sub("", single)), single
        if twelfth.is_stock(texts):
            rows += 1
            assert mode == "email"
            ordered = [t.split("|")[2] for t in texts]  # only the order column says the count
            assert _names(ordered[0], 4) and _names(ordered[1], 36) and _names(ordered[2], 7)
            continue
        assert _names(case, 4) and _names(family, 7), (case, family)
        phones += twelfth.is_phone(texts)
        if DOZEN_WORDS.search(single):  # three dozen: 36 pieces, or three cases of twelve
            dozens += 1
            assert _names(single, 3), single
            assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert _names(single, 36), single
            assert "alternatives" not in golds[1], single
    assert dozens > 10 and rows > 10 and (phones > 10 or zh)


def test_a_half_case_says_its_pieces() -> None:
    """Half a case and a case and a half are said with their single pieces: six and eighteen
    singles of the goods, never a case."""
    seen = set()
    for q in (6, 18):
        it = inbox.Item("Oolong Tea", "乌龙茶", "Oolong Tea", "乌龙茶", "single", 1, "Tea", q,
                        ("Oolong Tea (Case of 12)",))  # fmt: skip
        for seed in range(300):
            texts, golds, _ = twelfth.lines(random.Random(seed), [it], False, "en")
            if "half" in texts[0]:
                seen.add(q)
                assert f"({q} singles)" in texts[0], texts[0]
                assert golds[0] == {"product": "Oolong Tea", "quantity": q,
                                    "siblings": ["Oolong Tea (Case of 12)"]}  # fmt: skip
    assert seen == {6, 18}


def test_a_stock_list_says_which_column_to_ship() -> None:
    who, day, by = CUSTOMERS[0], date(2026, 3, 2), date(2026, 3, 16)
    lists = 0
    for seed in range(300):
        r = random.Random(seed)
        zh = seed % 2 == 1
        texts, _, _ = twelfth.lines(r, [CASE, SINGLE, FAMILY, OTHER_PACK], zh, "en")
        if not twelfth.is_stock(texts):
            continue
        lists += 1
        for text, want in zip(texts, (4, 36, 7, 6), strict=True):
            _, left, order = text.split(" | ")
            figure = rf"(?<!\d){want}(?!\d)"
            assert re.search(figure, order) and not re.search(figure, left), text
        writer = CUSTOMERS[1] if zh else who
        _, body = twelfth.order_email(r, writer, "PO-7", texts, "x", "Sam", (day, by))
        assert ("ORDER quantities only" in body) or ("按“补货”那一列" in body), body
        assert twelfth.amendment(r, [CASE, SINGLE, FAMILY, OTHER_PACK], texts, zh) is None
    assert lists > 20


def test_twelfth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = twelfth.lines(r, [CASE, SINGLE, FAMILY], zh, "en")
        before = list(texts)
        note = twelfth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert not _names(note, 4), note  # the note names only the figure it replaced
        assert re.search(r"\d", note), note
        assert twelfth.is_phone(texts) == twelfth.is_phone(before)
    assert notes > 20


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "us": ("PO#", "Lmk"),
        "de": ("hereby order", "until"),
        "fr": ("Bonjour",),
        "es": ("Hola", "Good morning from"),
        "relay": ("on behalf of", "asked me to send"),
        "north": ("Order PO-9:", "Hej"),
        "bilingual": ("Emma",),
        "tuanzhang": ("接龙",),
        "relay_zh": ("老板",),
        "formal_zh": ("莲港贸易",),
        "rep": ("Thanks so much",),
        "logistics": ("BOOKING CONFIRMATION",),
        "receivables": ("entered it for delivery",),
        "maker": ("Dear business partner",),
        "coop": ("货都有",),
        "rep_zh": ("王总",),
        "finance_zh": ("已录入系统",),
    }
    texts = ["Cola - 4 each", "Cola singles: 36", "Cola Family Size - qty 7"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = twelfth.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = twelfth.po_acknowledged(r, who, "P02001", by)
                assert "16" in body and "P02001" in body, body
            else:
                _, body = twelfth.order_email(r, who, "PO-9", texts, "x", "A", (day, by))
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_every_supplier_notice_names_its_order_and_day() -> None:
    new, due = date(2026, 3, 18), date(2026, 4, 3)
    for who in SUPPLIERS:
        r = random.Random(who.id)
        for subject, body in (
            twelfth.supplier_delay(r, who, "P02001", new),
            twelfth.po_acknowledged(r, who, "P02001", new),
        ):
            assert "P02001" in subject + body and re.search(r"(?<!\d)18(?!\d)", body), body
        subject, body = twelfth.supplier_invoice(r, who, "TX-9", "P02001", "410.00", due)
        assert "P02001" in body and "TX-9" in subject + body and "410" in body, body
        assert re.search(r"(?<![\d.])0?3(?!\d)|April|4月3", body), body
        subject, body = twelfth.shortage(r, who, "P02001", "Cola" if not who.zh else "可乐")
        assert "P02001" in subject + body and ("Cola" in body or "可乐" in body)
        subject, body = twelfth.price_change(r, who, "Cola", "2.00", "2.30", new)
        assert "2.30" in body or "2,30" in body


def test_customer_notes_say_what_they_are() -> None:
    """Changes name the new and the old case count; questions say they are no order yet;
    every chaser names its order and the day it was due."""
    item = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12,
                      "Beverages", 5, ("Cola", "Cola Family Size"))  # fmt: skip
    for who in CUSTOMERS:
        r = random.Random(who.id)
        _, body = twelfth.order_change(r, who, "PO-3", item, 3)
        assert "PO-3" in body and _names(body, 5) and _names(body, 3), body
        assert CASE_WORDS.search(body.lower()) or "cajas" in body, body
        addition = twelfth.chat_addition(r, who, item)
        assert _names(addition, 5) and (CASE_WORDS.search(addition.lower()) or "cajas" in addition)
        _, body = twelfth.inquiry(r, who, item)
        assert re.search(r"not|no es|pas encore|还没|不下单|非正式", body, re.I), body
        late = twelfth.late_delivery(r, who, "SO00042", date(2026, 2, 27))
        assert "SO00042" in late and "27" in late, late
        promise = twelfth.payment_promise(r, who, "INV/7", "88.00", date(2026, 3, 6))
        assert "INV/7" in promise and "6" in promise, promise


def test_forwards_and_quotes_keep_the_order_above_or_whole() -> None:
    day = date(2026, 3, 5)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        body = "original order body\nCola 4 cs"
        forwarded = twelfth.forward(r, who, "Nina Park", "Order PO-1", body, day)
        assert forwarded.endswith(body) and "Order PO-1" in forwarded
        assert who.email in forwarded
        quote = twelfth.quoted_below(r, who, day)
        assert any(m in quote for m in QUOTED), quote
        assert not re.search(r"cola|可乐", quote, re.I)


def test_twelfth_set_numbers() -> None:
    assert [twelfth.words(n) for n in (4, 36, 7, 12, 100)] == [
        "four", "thirty-six", "seven", "twelve", "100"
    ]  # fmt: skip
    assert [twelfth.zh_num(n) for n in (2, 4, 10, 12, 36)] == ["两", "四", "十", "十二", "三十六"]
    assert twelfth.fr_day(date(2026, 3, 12)) == "jeudi 12 mars"
    assert twelfth.es_day(date(2026, 3, 12)) == "jueves 12 de marzo"


def test_drawing_the_twelfth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the twelfth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _inboxes(5), "twelfth", 5)
