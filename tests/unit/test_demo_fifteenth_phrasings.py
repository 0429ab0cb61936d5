"""The demo inbox's fifteenth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import fifteenth, inbox
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
QUOTED = (" ha scritto:\n", " şunu yazdı:\n", " wrote:\n", "写道：\n", "From: Lotus Harbor Sales")
EN_MONTHS = {
    **{f"{date(2026, m, 1):%B}".lower(): m for m in range(1, 13)},
    **{f"{date(2026, m, 1):%b}".lower(): m for m in range(1, 13)},
}
FOREIGN_MONTHS = {
    **{name: m for m, name in enumerate(fifteenth.ES_MONTHS, 1)},
    **{name: m for m, name in enumerate(fifteenth.IT_MONTHS, 1)},
    **{name: m for m, name in enumerate(fifteenth.TR_MONTHS, 1)},
}
WEEKDAYS = {
    **{f"{date(2026, 3, 2 + k):%A}".lower(): k for k in range(7)},
    **{f"{date(2026, 3, 2 + k):%a}".lower(): k for k in range(7)},
    **{name: k for k, name in enumerate(fifteenth.IT_DAYS)},
    **{name.lower(): k for k, name in enumerate(fifteenth.TR_DAYS)},
    **{name: k for k, name in enumerate(fifteenth.ES_DAYS)},
}
ZH_WEEK = "一二三四五六日"
# Words that put the day a fixed number of days after the message's own.
DAYS_ON = {"after tomorrow": 2, "dopodomani": 2, "后儿个": 2, "后日": 2, "听日": 1,
           "a fortnight today": 14}  # fmt: skip
LETTER = r"[^\W\d_]"


def _voice(i: int, who: inbox.Party) -> inbox.Party:
    """Every other round a customer of the set's other voices writes instead (each voice in
    both languages' rounds some time)."""
    if i % 2 == 0:
        return who
    pool = [p for p in CUSTOMERS if p.zh == who.zh]
    return pool[(i // 6) % len(pool)]


def _every_kind(seed: int) -> list[inbox.Text]:
    return every_kind(seed, _voice)


def _inboxes(seed: int) -> list[inbox.Text]:
    """Enough messages that the set's small share holds chats and mails of both senders."""
    return [t for k in range(8) for t in _every_kind(seed + k)]


def _figures(n: int) -> set[str]:
    """Every way the set writes a count: figures, English words and Chinese numerals."""
    return {str(n), fifteenth.words(n), fifteenth.zh_count(n), fifteenth.cn(n)}


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    for form in _figures(n):
        edge = (r"(?<![a-z-])", r"(?![a-z-])") if form.isalpha() or "-" in form else (
            r"(?<![\d一二三四五六七八九十])", r"(?![\d十])")  # fmt: skip
        if re.search(f"{edge[0]}{re.escape(form)}{edge[1]}", text, re.I):
            return True
    return False


def _weekday(text: str) -> int | None:
    """The weekday the text names, if any (English, Italian, Turkish, Spanish, Chinese)."""
    low = text.lower()
    for name, k in sorted(WEEKDAYS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!{LETTER}){re.escape(name)}(?!{LETTER})", low):
            return k
    found = re.search(r"(?:周|星期|礼拜)([一二三四五六日])", text)
    return ZH_WEEK.index(found.group(1)) if found else None


def _near(day: date, month: int, n: int) -> set[date]:
    """The month's day within 40 days back and four months ahead."""
    return set(days_from(day - timedelta(days=40), on_day(month, n)))


def _the_rest_agrees(rest: str, day: date, found: set[date]) -> None:
    """The day written beside a relative one (its day of the month, its date) is the same."""
    if re.search(r"\d", rest):
        assert resolve(rest, day) == found, (rest, found)


def resolve(text: str, day: date) -> set[date]:
    """Every day a careful clerk could take the words for, the message written on `day`: a
    full date as it stands (ISO, 年月日, an ERP's time stamp, a Thai year of the Buddhist Era,
    an Italian, Turkish or Spanish date with its year, 'Thu Mar 12 2026', 12-MAR-2026); a month
    and day (in English, Italian, Turkish, Spanish, 月 or m.d) within 40 days back and four
    months ahead; after tomorrow, dopodomani, 后儿个 and 后日 two days on, 听日 one, a
    fortnight today fourteen; 本周, 下周 and 下下周 that week's weekday; 'this coming' and a
    weekday the coming one; the day of the month alone, or a weekday alone, the coming one. A
    weekday said beside a date must be that date's, a day beside a relative one the same, and
    'prossimo' next week's."""
    low = text.lower()
    monday = day - timedelta(days=day.weekday())
    month_names = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    figure = re.search(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th|号|日)?(?![\d.])", low)
    found: set[date]
    relative = next((k for k in DAYS_ON if k in low), None)
    if relative:
        found = {day + timedelta(days=DAYS_ON[relative])}
        _the_rest_agrees(low.replace(relative, ""), day, found)
    elif m := re.search(r"(\d{4})[-年.](\d{1,2})[-月.](\d{1,2})", text):  # ISO, 年月日
        found = {date(int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    elif m := re.search(r"(?<!\d)(\d{1,2}) ([A-Za-z]+) (25\d\d) \(B\.E\.\)", text):
        found = {date(int(m.group(3)) - 543, EN_MONTHS[m.group(2).lower()], int(m.group(1)))}
    elif m := re.search(
        rf"(?<!\d)(\d{{1,2}}) (?:de )?({month_names})(?!{LETTER})(?:'[ae] kadar)?"
        r"(?: de)?(?: (\d{4}))?",
        text,
    ):
        month, n = FOREIGN_MONTHS[m.group(2)], int(m.group(1))
        found = {date(int(m.group(3)), month, n)} if m.group(3) else _near(day, month, n)
    elif m := re.search(r"(下下周|下周|本周)([一二三四五六日])", text):
        weeks = {"本周": 0, "下周": 1, "下下周": 2}[m.group(1)]
        found = {monday + timedelta(days=7 * weeks + ZH_WEEK.index(m.group(2)))}
        _the_rest_agrees(text.replace(m.group(0), ""), day, found)
    elif m := re.search(r"(?<![\d.])(\d{1,2})(?:\.|月)(\d{1,2})(?![\d.])", text):  # 3.12号
        found = _near(day, int(m.group(1)), int(m.group(2)))
    elif "this coming" in low and (k := _weekday(text)) is not None:
        found = set(days_from(day + timedelta(days=1), lambda x: x.weekday() == k)[:1])
        _the_rest_agrees(low.replace("this coming", ""), day, found)
    else:
        month = next((v for k, v in EN_MONTHS.items() if re.search(rf"\b{k}\b", low)), None)
        year = re.search(r"\b(20\d\d)\b", low)
        if figure and month and year:
            found = {date(int(year.group(1)), month, int(figure.group(1)))}
        elif figure and month:
            found = _near(day, month, int(figure.group(1)))
        elif figure:  # the day of the month alone: the next one
            n = int(figure.group(1))
            found = set(days_from(day + timedelta(days=1), lambda x: x.day == n)[:1])
        elif (k := _weekday(text)) is not None:  # a bare weekday: the coming one
            found = set(days_from(day + timedelta(days=1), lambda x: x.weekday() == k)[:1])
        else:
            found = set()
    named = _weekday(text)
    assert named is None or all(d.weekday() == named for d in found), (text, found)
    if "prossimo" in low:  # next week's
        assert all(_weeks_on(day, d) == 1 for d in found), (text, found)
    return found


def _weeks_on(day: date, d: date) -> int:
    return ((d - timedelta(days=d.weekday())) - (day - timedelta(days=day.weekday()))).days // 7


def _all_voices() -> tuple[str, ...]:
    return fifteenth.CUSTOMER_VOICES + fifteenth.ZH_CUSTOMER_VOICES


def test_fifteenth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert fifteenth.SHARE == 0.5 and inbox.LATE_SETS[-2] is fifteenth
    # It takes half of what the fourteenth (at half) leaves: a small share of all the inbox's
    # messages.
    written = assert_keeps_to_its_own(fifteenth, _inboxes, monkeypatch, (0.0008, 0.03))
    assert {"fourteenth", "fifteenth"} <= {_phrasing_set(t.gold) for t in written}


def test_fifteenth_set_messages_name_what_their_gold_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_set(monkeypatch, fifteenth)
    seen = orders = quoted = forwarded = amended = sums = 0
    kinds, voices = set(), set()
    day = date(2026, 3, 2)
    for text in (t for seed in range(30) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["fifteenth"]:
            continue
        seen += 1
        kinds.add((gold["intent"], gold["channel"], gold["sender_type"]))
        said = assert_says_its_gold(text)
        if gold["intent"] in ("new_order", "change_order"):
            assert "cola" in said.lower() or "可乐" in said, said
        if gold["intent"] != "new_order":
            continue
        orders += 1
        assert gold["lang"] in ("en", "zh")
        pool = fifteenth.ZH_CUSTOMER_VOICES if gold["lang"] == "zh" else fifteenth.CUSTOMER_VOICES
        voices.add(pool[gold["partner_id"] % len(pool)])
        by = date.fromisoformat(gold["requested_date"])
        # The requested day is written in one of the ways the set writes it, and means it.
        ways = fifteenth.chat_days(gold["lang"] == "zh", day, by)
        ways += [w for v in _all_voices() for w in fifteenth.voice_days(v, day, by)]
        assert any(w in text.body for w in ways), (by, text.body)
        assert all(resolve(w, day) == {by} for w in ways if w in text.body), text.body
        forwarded += gold["template"].startswith("order.forwarded")
        amended += gold["template"].endswith(".ps")
        sums += bool(re.search(r"\d\+\d", said))
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            below = text.body[text.body.index(marker) :]
            assert "cola" not in below.lower() and "可乐" not in below, below
            assert not re.search(r"\bcases?\b|箱", below, re.I), below
    assert seen > 1500 and orders > 100, (seen, orders)
    assert quoted >= 5 and forwarded >= 5 and amended >= 5 and sums >= 10
    assert voices == set(_all_voices())
    intents = {"new_order", "change_order", "cancel_order", "inquiry", "complaint",
               "payment_promise", "price_change", "delivery_date", "order_confirmation",
               "invoice", "shortage"}  # fmt: skip
    assert {k[0] for k in kinds} == intents
    chats = {("new_order", "chat", "customer"), ("change_order", "chat", "customer"),
             ("complaint", "chat", "customer"), ("new_order", "email", "customer"),
             ("complaint", "email", "customer")}  # fmt: skip
    assert chats <= kinds


def test_the_set_dates_name_one_day_only() -> None:
    """Every day the set writes reads as that day and no other, from the day it was written;
    days already past or agreed, and the suppliers' days, read as themselves too."""
    seen = set()
    todays = (date(2026, 3, 2), date(2026, 1, 29), date(2026, 12, 20), date(2026, 2, 25),
              date(2026, 9, 24), date(2026, 6, 6))  # fmt: skip
    for today in todays:
        for k in range(1, 40):
            by = today + timedelta(days=k)
            said = fifteenth.chat_days(False, today, by) + fifteenth.chat_days(True, today, by)
            said += [w for v in _all_voices() for w in fifteenth.voice_days(v, today, by)]
            for text in said:
                assert resolve(text, today) == {by}, (text, today, by)
                assert not re.search(r"(?<!\d)\d{1,2}/\d{1,2}(?!\d)", text), text
                if any(w in text for w in DAYS_ON):
                    assert k in (1, 2, 14), text
                seen.add(re.sub(r"\d+", "9", text))
            past = by - timedelta(days=20)  # a chaser or a promise, written a few days after
            for where in _all_voices():
                assert resolve(fifteenth.said_day(where, past), past + timedelta(days=3)) == {past}
            for where in fifteenth.SUPPLIER_VOICES + fifteenth.ZH_SUPPLIER_VOICES:
                assert resolve(fifteenth.supplier_day(where, by), today) == {by}, (where, by)
    # Every way is written some time, the ones only a few days allow among them.
    for form in ("dopodomani", "after tomorrow", "后儿个", "后日（", "听日", "a fortnight today",
                 "下下周", "本周", "下周", "this coming", "prossimo", "'e kadar", "'a kadar",
                 "9.9号", "（9.9）", "9-MAR-9"):  # fmt: skip
        assert any(form in s for s in seen), form


def test_the_resolver_sees_a_wrong_weekday_and_a_wrong_day() -> None:
    today = date(2026, 3, 2)
    assert resolve("12 Mart Perşembe", today) == {date(2026, 3, 12)}
    assert resolve("18 March 2569 (B.E.)", today) == {date(2026, 3, 18)}
    assert resolve("miércoles 18 de marzo de 2026", today) == {date(2026, 3, 18)}
    assert resolve("Thu Mar 05 2026", today) == {date(2026, 3, 5)}
    assert resolve("下下周三（18号）", today) == {date(2026, 3, 18)}
    assert resolve("a fortnight today (Mon 16th)", today) == {date(2026, 3, 16)}
    with pytest.raises(AssertionError):
        resolve("giovedì 13 marzo", today)  # the 13th is a Friday
    with pytest.raises(AssertionError):
        resolve("12 Mart Cuma", today)
    with pytest.raises(AssertionError):
        resolve("after tomorrow (Wednesday 5)", today)
    with pytest.raises(AssertionError):
        resolve("本周四（12号）", today)  # this week's Thursday is the 5th
    with pytest.raises(AssertionError):
        resolve("giovedì prossimo (5 marzo)", today)  # the 5th is this week's


CASE_WORDS = re.compile(r"\bcases?\b|箱")
FAMILY_WORDS = re.compile(r"family|家庭")


@pytest.mark.parametrize("zh", [False, True])
def test_fifteenth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    styles = set()
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = fifteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert not any("alternatives" in g for g in golds)
        assert lang == ("zh" if zh else "en")
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert not CASE_WORDS.search(family + single), (family, single)
        assert CASE_WORDS.search(case), case
        assert re.search(r"12|twelve|十二", case), case  # and what a case holds
        assert re.search(r"single|by the|单|论|按", single), single
        assert _names(case, 4) and _names(single, 36) and _names(family, 7), texts
        for text, (_, q) in zip(texts, MEANT, strict=True):  # shares add up to the total
            if m := re.search(r"((?:\d+\+)+\d+) ?= ?(\d+)", text):
                assert sum(int(p) for p in m.group(1).split("+")) == int(m.group(2)) == q
        styles.add(
            "cart" if re.search(r"·|｜", case) else "uom" if re.search(r"uom|单位", case)
            else "sum" if "=" in case else "by" if re.search(r"by the case|按箱", case)
            else "words"
        )  # fmt: skip
        if mode == "chat":
            assert not re.search(r"uom|单位", case), texts
    assert styles == set(fifteenth.STYLES), styles


def test_shares_add_up_to_the_count() -> None:
    for seed in range(300):
        r = random.Random(seed)
        q = 1 + seed % 40
        parts = fifteenth.shares(r, q)
        assert sum(parts) == q and all(p >= 1 for p in parts) and 1 <= len(parts) <= 3


def test_fifteenth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = fifteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en")
        before = list(texts)
        note = fifteenth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        figures = [int(f) for f in re.findall(r"\d+", note)]
        old = [f for f in figures if f != 4]
        assert len(old) == 1 and 4 in figures, note  # the old figure, and the one meant
        assert re.search(r"edit|crossed|sorry|划掉|写错", note), note
        assert CASE_WORDS.search(note), note
    assert notes > 20


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "trattoria": ("Buongiorno", "consegna"),
        "turkish": ("Emma Hanım",),
        "portal": ("Need-By",),
        "wacart": ("WhatsApp",),
        "coop": ("co-op",),
        "levant": ("Marhaba", "salam"),
        "hotpot": ("后厨",),
        "naicha": ("奶茶", "亲爱的"),
        "dongbei": ("整点货", "到就中"),
        "canto": ("唔该",),
        "pastificio": ("Spett.le",),
        "thai": ("Sawasdee",),
        "aussie": ("G'day",),
        "mexico": ("Estimado cliente",),
        "erp": ("ERP系统",),
        "sichuan": ("妹儿",),
        "dongguan": ("排期",),
    }
    texts = ["Cola · 12-bottle case · x4", "Cola · single bottle · x36", "Cola · Family Size · x7"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = fifteenth.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = fifteenth.po_acknowledged(r, who, "P02001", by)
                assert "16" in body and "P02001" in body, body
            else:
                _, body = fifteenth.order_email(r, who, "PO-9", texts, "x", "A", (day, by))
                assert "PO-9" in body and all(t in body for t in texts), body
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_every_supplier_notice_names_its_order_and_day() -> None:
    new, due = date(2026, 3, 18), date(2026, 4, 3)
    for who in SUPPLIERS:
        r = random.Random(who.id)
        where = fifteenth.voice(who)
        for subject, body in (
            fifteenth.supplier_delay(r, who, "P02001", new),
            fifteenth.po_acknowledged(r, who, "P02001", new),
        ):
            assert "P02001" in subject + body, body
            assert fifteenth.supplier_day(where, new) in body, body
            assert resolve(fifteenth.supplier_day(where, new), date(2026, 3, 2)) == {new}
        subject, body = fifteenth.supplier_invoice(r, who, "TX-9", "P02001", "410.00", due)
        assert "P02001" in body and "TX-9" in subject + body and "410" in body, body
        assert fifteenth.supplier_day(where, due) in body, body
        product = "可乐" if who.zh else "Cola"
        subject, body = fifteenth.shortage(r, who, "P02001", product)
        assert "P02001" in subject + body and product in body
        assert re.search(r"short|out of stock|part|缺|部分|差", body, re.I), body
        subject, body = fifteenth.price_change(r, who, "Cola", "2.00", "2.30", new)
        assert "2.30" in body and "2.00" in body and fifteenth.supplier_day(where, new) in body


def test_customer_notes_say_what_they_are() -> None:
    """Changes name the new and the old case count; questions say they are no order yet;
    every chaser names its order and the day it was due; a promise names the day it pays."""
    item = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12,
                      "Beverages", 5, ("Cola", "Cola Family Size"))  # fmt: skip
    due, pay = date(2026, 2, 27), date(2026, 3, 6)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        where = fifteenth.voice(who)
        _, body = fifteenth.order_change(r, who, "PO-3", item, 3)
        assert "PO-3" in body and _names(body, 5) and _names(body, 3), body
        assert CASE_WORDS.search(body), body
        addition = fifteenth.chat_addition(r, who, item)
        assert _names(addition, 5) and CASE_WORDS.search(addition), addition
        _, body = fifteenth.inquiry(r, who, item)
        assert re.search(r"not|还没|未落单|先问", body, re.I), body
        late = fifteenth.late_delivery(r, who, "SO00042", due)
        assert "SO00042" in late and fifteenth.said_day(where, due) in late, late
        assert resolve(fifteenth.said_day(where, due), date(2026, 3, 2)) == {due}
        promise = fifteenth.payment_promise(r, who, "INV/7", "88.00", pay)
        assert "INV/7" in promise and "88.00" in promise, promise
        assert fifteenth.said_day(where, pay) in promise, promise


def test_forwards_and_quotes_keep_the_order_whole_and_below() -> None:
    day = date(2026, 3, 5)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        body = "original order body\nCola 4 cases"
        for person in ("Nina Park", who.contact):
            forwarded = fifteenth.forward(r, who, person, "Order PO-1", body, day)
            assert forwarded.endswith(body) and "Order PO-1" in forwarded
            assert who.email in forwarded and person in forwarded
        quote = fifteenth.quoted_below(r, who, day)
        assert any(m in quote for m in QUOTED), quote
        assert not re.search(r"cola|可乐|\bcases?\b|箱", quote, re.I)


def test_fifteenth_set_numbers_and_days() -> None:
    assert [fifteenth.words(n) for n in (1, 4, 12, 20, 36, 99, 120)] == [
        "one", "four", "twelve", "twenty", "thirty-six", "ninety-nine", "120"
    ]  # fmt: skip
    assert [fifteenth.cn(n) for n in (2, 10, 12, 20, 36, 120)] == [
        "二", "十", "十二", "二十", "三十六", "120"
    ]  # fmt: skip
    assert fifteenth.zh_count(2) == "两" and fifteenth.zh_count(36) == "36"
    assert fifteenth.tr_until(date(2026, 3, 12)) == "12 Mart'a kadar"
    assert fifteenth.tr_until(date(2026, 10, 5)) == "5 Ekim'e kadar"
    assert fifteenth.thai_day(date(2026, 3, 18)) == "18 March 2569 (B.E.)"
    assert fifteenth.supplier_day("erp", date(2026, 3, 18)) == "2026-03-18 00:00:00"
    assert fifteenth.supplier_day("mexico", date(2026, 3, 18)) == "miércoles 18 de marzo de 2026"
    assert fifteenth.voice_days("portal", date(2026, 3, 2), date(2026, 3, 5)) == [
        "Thu Mar 05 2026", "05-MAR-2026"
    ]  # fmt: skip


def test_drawing_the_fifteenth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the fifteenth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _inboxes(5), "fifteenth", 2)
