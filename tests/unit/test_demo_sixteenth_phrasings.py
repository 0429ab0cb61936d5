"""The demo inbox's sixteenth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, sixteenth
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
QUOTED = (" wrote:\n", " wrote ----", " г. в ", "原始邮件 ---", "From: Lotus Harbor Sales")
MONTHS = {
    **{f"{date(2026, m, 1):%B}".lower(): m for m in range(1, 13)},
    **{f"{date(2026, m, 1):%b}".lower(): m for m in range(1, 13)},
    **{name.lower(): m for m, name in enumerate(sixteenth.SW_MONTHS, 1)},
    **{name: m for m, name in enumerate(sixteenth.RU_MONTHS, 1)},
}
WEEKDAYS = {
    **{f"{date(2026, 3, 2 + k):%A}".lower(): k for k in range(7)},
    **{f"{date(2026, 3, 2 + k):%a}".lower(): k for k in range(7)},
    **{name.lower(): k for k, name in enumerate(sixteenth.SW_DAYS)},
    **{name: k for k, name in enumerate(sixteenth.RU_SHORT_DAYS)},
    **{name.split()[-1]: k for k, name in enumerate(sixteenth.RU_ON_DAYS)},
}
ZH_WEEK = "一二三四五六日"
# Words that put the day a fixed number of days after the message's own.
DAYS_ON = {"kesho kutwa": 2, "kesho": 1, "послезавтра": 2, "day after tmrw": 2, "大后天": 3,
           "明日": 1, "in a week's time": 7}  # fmt: skip
# Weeks after the message's own that these words put the weekday beside them in.
WEEK_WORDS = {"这周": 0, "下个礼拜": 1, "下星期": 1}
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
    return [t for k in range(12) for t in _every_kind(seed + k)]


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    for form in {str(n), sixteenth.words(n), sixteenth.cn(n)}:
        edge = (r"(?<![a-z-])", r"(?![a-z-])") if form.isalpha() or "-" in form else (
            r"(?<![\d一二三四五六七八九十])", r"(?![\d十])")  # fmt: skip
        if re.search(f"{edge[0]}{re.escape(form)}{edge[1]}", text, re.I):
            return True
    return False


def _weekday(text: str) -> int | None:
    """The weekday the text names, if any (English, Swahili, Russian, Chinese)."""
    low = text.lower()
    for name, k in sorted(WEEKDAYS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!{LETTER}){re.escape(name)}(?!{LETTER})", low):
            return k
    found = re.search(r"(?:周|星期|拜)([一二三四五六日])", text)
    return ZH_WEEK.index(found.group(1)) if found else None


def _month(low: str) -> int | None:
    for name, m in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!{LETTER}){re.escape(name)}(?!{LETTER})", low):
            return m
    return None


def _near(day: date, month: int, n: int) -> set[date]:
    """The month's day within 40 days back and four months ahead."""
    return set(days_from(day - timedelta(days=40), on_day(month, n)))


def _the_rest_agrees(rest: str, day: date, found: set[date]) -> None:
    """The day written beside a relative one (its day of the month, its date) is the same."""
    if re.search(r"\d", rest):
        assert resolve(rest, day) == found, (rest, found)


def _coming(day: date, k: int) -> date:
    return days_from(day + timedelta(days=1), lambda x: x.weekday() == k)[0]


def resolve(text: str, day: date) -> set[date]:
    """Every day a careful clerk could take the words for, the message written on `day`: a
    full date as it stands (2026.03.12, 年月日, 12/Mar/2026, a month name with its year); a
    month and day (in English, Swahili, Russian or 月) within 40 days back and four months
    ahead; kesho and 明日 one day on, kesho kutwa, послезавтра and 'day after tmrw' two, 大后天
    three, 'in a week's time' seven, 'N days out', 'N days from now' and N天后 N; 'Thursday
    w/c 9 March' that Monday's week's Thursday; 'Thursday week' a week after the coming
    Thursday; 这周, 下星期 and 下个礼拜 that week's weekday; the day of the month alone, or a
    weekday alone, the coming one. A weekday said beside a date must be that date's, a day
    beside a relative one the same, and a week number the date's own."""
    low = text.lower()
    monday = day - timedelta(days=day.weekday())
    week = re.search(r"\(week (\d+)\)", low)
    if week:
        low = low.replace(week.group(0), "")
    figure = re.search(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th|号|日|-го)?(?![\d.])", low)
    found: set[date]
    relative = next((k for k in sorted(DAYS_ON, key=len, reverse=True) if k in low), None)
    if relative:
        found = {day + timedelta(days=DAYS_ON[relative])}
        _the_rest_agrees(low.replace(relative, ""), day, found)
    elif m := re.search(r"(\d+) days (?:out|from now)|(\d+)天后", low):
        found = {day + timedelta(days=int(m.group(1) or m.group(2)))}
        _the_rest_agrees(low.replace(m.group(0), ""), day, found)
    elif m := re.search(r"([a-z]+day) week\b", low):
        k = WEEKDAYS[m.group(1)]
        assert k != day.weekday(), text  # never said on that weekday itself
        found = {_coming(day, k) + timedelta(days=7)}
        _the_rest_agrees(low.replace(m.group(0), ""), day, found)
    elif m := re.search(r"w/c (\d{1,2}) ([a-z]+)", low):
        mondays = _near(day, MONTHS[m.group(2)], int(m.group(1)))
        assert all(d.weekday() == 0 for d in mondays), text  # a week commences on a Monday
        k = _weekday(low.replace(m.group(0), ""))
        assert k is not None, text
        found = {d + timedelta(days=k) for d in mondays}
    elif m := re.search(r"(\d{4})[.年](\d{1,2})[.月](\d{1,2})", text):
        found = {date(int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    elif m := re.search(r"(?<!\d)(\d{1,2})/([a-z]{3})/(\d{4})", low):
        found = {date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))}
    elif m := re.search(r"(这周|下个礼拜|下星期)([一二三四五六日])", text):
        weeks = WEEK_WORDS[m.group(1)]
        found = {monday + timedelta(days=7 * weeks + ZH_WEEK.index(m.group(2)))}
        assert weeks or min(found) > day, text  # this week's, still to come
        _the_rest_agrees(text.replace(m.group(0), ""), day, found)
    elif m := re.search(r"(?<!\d)(\d{1,2})月(\d{1,2})(?!\d)", text):
        found = _near(day, int(m.group(1)), int(m.group(2)))
    else:
        month = _month(low)
        year = re.search(r"\b(20\d\d)\b", low)
        if figure and month and year:
            found = {date(int(year.group(1)), month, int(figure.group(1)))}
        elif figure and month:
            found = _near(day, month, int(figure.group(1)))
        elif figure:  # the day of the month alone: the next one
            n = int(figure.group(1))
            found = set(days_from(day + timedelta(days=1), lambda x: x.day == n)[:1])
        elif (k := _weekday(text)) is not None:  # a bare weekday: the coming one
            found = {_coming(day, k)}
        else:
            found = set()
    named = _weekday(low)
    assert named is None or all(d.weekday() == named for d in found), (text, found)
    if week:
        assert all(d.isocalendar()[1] == int(week.group(1)) for d in found), (text, found)
    return found


def _all_voices() -> tuple[str, ...]:
    return sixteenth.CUSTOMER_VOICES + sixteenth.ZH_CUSTOMER_VOICES


def test_sixteenth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert sixteenth.SHARE == 1.0 and inbox.LATE_SETS[-1] is sixteenth
    # It takes what the fifteenth (at half) leaves: a small share of all the inbox's messages.
    written = assert_keeps_to_its_own(sixteenth, _inboxes, monkeypatch, (0.0002, 0.03))
    assert {"fifteenth", "sixteenth"} <= {_phrasing_set(t.gold) for t in written}


def test_sixteenth_set_messages_name_what_their_gold_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_set(monkeypatch, sixteenth)
    seen = orders = quoted = forwarded = amended = 0
    kinds, voices = set(), set()
    day = date(2026, 3, 2)
    for text in (t for seed in range(30) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["sixteenth"]:
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
        pool = sixteenth.ZH_CUSTOMER_VOICES if gold["lang"] == "zh" else sixteenth.CUSTOMER_VOICES
        voices.add(pool[gold["partner_id"] % len(pool)])
        by = date.fromisoformat(gold["requested_date"])
        # The requested day is written in one of the ways the set writes it, and means it.
        ways = sixteenth.chat_days(gold["lang"] == "zh", day, by)
        ways += [w for v in _all_voices() for w in sixteenth.voice_days(v, day, by)]
        assert any(w in text.body for w in ways), (by, text.body)
        assert all(resolve(w, day) == {by} for w in ways if w in text.body), text.body
        # Every line names its count.
        for n in (4, 36, 7):
            assert _names(said, n), said
        forwarded += gold["template"].startswith("order.forwarded")
        amended += gold["template"].endswith(".ps")
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            below = text.body[text.body.index(marker) :]
            assert "cola" not in below.lower() and "可乐" not in below, below
            assert not re.search(r"\bcases?\b|箱", below, re.I), below
    assert seen > 1500 and orders > 100, (seen, orders)
    assert quoted >= 5 and forwarded >= 5 and amended >= 5
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
              date(2026, 9, 24), date(2026, 6, 6), date(2026, 12, 28))  # fmt: skip
    for today in todays:
        for k in range(1, 40):
            by = today + timedelta(days=k)
            said = sixteenth.chat_days(False, today, by) + sixteenth.chat_days(True, today, by)
            said += [w for v in _all_voices() for w in sixteenth.voice_days(v, today, by)]
            for text in said:
                assert resolve(text, today) == {by}, (text, today, by)
                assert not re.search(r"(?<!\d)\d{1,2}[/.]\d{1,2}(?!\d)", text), text
                if any(w in text for w in DAYS_ON):
                    assert k in (1, 2, 3, 7), text
                seen.add(re.sub(r"\d+", "9", text))
            past = by - timedelta(days=20)  # a chaser or a promise, written a few days after
            for where in _all_voices():
                said_past = sixteenth.said_day(where, past)
                assert resolve(said_past, past + timedelta(days=3)) == {past}, said_past
            for where in sixteenth.SUPPLIER_VOICES + sixteenth.ZH_SUPPLIER_VOICES:
                assert resolve(sixteenth.supplier_day(where, by), today) == {by}, (where, by)
    # Every way is written some time, the ones only a few days allow among them.
    for form in ("kesho (", "kesho kutwa", "послезавтра", "day after tmrw", "大后天", "明日",
                 "in a week's time", "9 days out", "9 days from now", "9天后", "w/c 9",
                 "day week (", "这周", "下星期", "下个礼拜", "（拜", "-го", "к 9 ",
                 "Jumatatu", "Alhamisi"):  # fmt: skip
        assert any(form in s for s in seen), form


def test_the_resolver_sees_a_wrong_weekday_and_a_wrong_day() -> None:
    today = date(2026, 3, 2)
    assert resolve("Thursday w/c 9 March", today) == {date(2026, 3, 12)}
    assert resolve("Thursday week (12th)", today) == {date(2026, 3, 12)}
    assert resolve("Alhamisi 12 Machi", today) == {date(2026, 3, 12)}
    assert resolve("в четверг, 12-го", today) == {date(2026, 3, 12)}
    assert resolve("10 days out (Mar 12)", today) == {date(2026, 3, 12)}
    assert resolve("Thursday 12 March (week 11)", today) == {date(2026, 3, 12)}
    assert resolve("12/Mar/2026", today) == {date(2026, 3, 12)}
    assert resolve("下星期四（3月12号）", today) == {date(2026, 3, 12)}
    with pytest.raises(AssertionError):
        resolve("Thursday w/c 10 March", today)  # the 10th is a Tuesday
    with pytest.raises(AssertionError):
        resolve("Friday week (12th)", today)
    with pytest.raises(AssertionError):
        resolve("12 марта (пт)", today)
    with pytest.raises(AssertionError):
        resolve("kesho kutwa (Thursday 5)", today)
    with pytest.raises(AssertionError):
        resolve("这周四（12号）", today)  # this week's Thursday is the 5th
    with pytest.raises(AssertionError):
        resolve("Thursday 12 March (week 12)", today)
    with pytest.raises(AssertionError):
        resolve("9天后（3月12日）", today)


CASE_WORDS = re.compile(r"\bcases?\b|箱")
FAMILY_WORDS = re.compile(r"family|家庭")


def _style(case: str) -> str:
    """Which of the set's styles an order's case line is written in."""
    for style, mark in (("casepack", r"case pack|规格"), ("singles", r"sealed|×"),
                        ("tag", r"case of|〔"), ("holds", r"holds|每箱")):  # fmt: skip
        if re.search(mark, case):
            return style
    return "counted"


@pytest.mark.parametrize("zh", [False, True])
def test_sixteenth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    styles = set()
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = sixteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert not any("alternatives" in g for g in golds)
        assert lang == ("zh" if zh else "en")
        style = _style(case)
        styles.add(style)
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert not CASE_WORDS.search(family), family
        assert CASE_WORDS.search(case), case
        assert re.search(r"12|twelve|十二", case), case  # and what a case holds
        assert re.search(r"single|individual|singly|单|散", single), single
        # A single line names cases only to say it is not them.
        if CASE_WORDS.search(single):
            assert style == "singles" and re.search(r"not cases|不要整箱", single), single
        assert _names(case, 4) and _names(single, 36) and _names(family, 7), texts
        if mode == "chat":
            assert style != "casepack", texts
    assert styles == set(sixteenth.STYLES), styles


def test_sixteenth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = sixteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en")
        before = list(texts)
        note = sixteenth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        figures = [int(f) for f in re.findall(r"\d+", note)]
        old = [f for f in figures if f != 4]
        assert len(old) == 1 and 4 in figures, note  # the old figure, and the one meant
        assert re.search(r"revised|changed|second draft|改", note), note
        assert CASE_WORDS.search(note), note
    assert notes > 20


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "forecourt": ("forecourt", "shop order"),
        "lodge": ("Habari", "Jambo"),
        "slavic": ("Добрый день", "здравствуйте"),
        "fba": ("prep center",),
        "cinema": ("Concessions", "candy bar"),
        "gym": ("smoothie bar", "for the bar"),
        "bakery": ("中央工厂", "订货单"),
        "campus": ("校园超市", "送哈"),
        "zhibo": ("到仓",),
        "chaoshan": ("胶己人", "要到"),
        "gongdi": ("食堂",),
        "trader": ("confirm sale",),
        "bonded": ("in-bond",),
        "bpo": ("Our client",),
        "nordic": ("Takk for ordren",),
        "quanzhou": ("车间",),
        "danzheng": ("合同号",),
        "bottler": ("生产计划",),
        "daizhang": ("老板让我",),
    }
    texts = ["Cola — case pack of 12, 4 cases", "36 singles of Cola", "FAMILY SIZE – Cola – 7"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = sixteenth.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = sixteenth.po_acknowledged(r, who, "P02001", by)
                assert "16" in body and "P02001" in body, body
            else:
                _, body = sixteenth.order_email(r, who, "PO-9", texts, "x", "A", (day, by))
                assert "PO-9" in body and all(t in body for t in texts), body
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_every_supplier_notice_names_its_order_and_day() -> None:
    new, due = date(2026, 3, 18), date(2026, 4, 3)
    for who in SUPPLIERS:
        r = random.Random(who.id)
        where = sixteenth.voice(who)
        for subject, body in (
            sixteenth.supplier_delay(r, who, "P02001", new),
            sixteenth.po_acknowledged(r, who, "P02001", new),
        ):
            assert "P02001" in subject + body, body
            assert sixteenth.supplier_day(where, new) in body, body
            assert resolve(sixteenth.supplier_day(where, new), date(2026, 3, 2)) == {new}
        subject, body = sixteenth.supplier_invoice(r, who, "TX-9", "P02001", "410.00", due)
        assert "P02001" in body and "TX-9" in subject + body and "410" in body, body
        assert sixteenth.supplier_day(where, due) in body, body
        product = "可乐" if who.zh else "Cola"
        subject, body = sixteenth.shortage(r, who, "P02001", product)
        assert "P02001" in subject + body and product in body
        assert re.search(r"short|part|缺|部分", body, re.I), body
        subject, body = sixteenth.price_change(r, who, "Cola", "2.00", "2.30", new)
        assert "2.30" in body and "2.00" in body and sixteenth.supplier_day(where, new) in body
        assert sixteenth.supplier_signature(r, who, who.contact)


def test_customer_notes_say_what_they_are() -> None:
    """Changes name the new and the old case count; questions say they are no order yet;
    every chaser names its order and the day it was due; a promise names the day it pays."""
    item = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12,
                      "Beverages", 5, ("Cola", "Cola Family Size"))  # fmt: skip
    due, pay = date(2026, 2, 27), date(2026, 3, 6)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        where = sixteenth.voice(who)
        _, body = sixteenth.order_change(r, who, "PO-3", item, 3)
        assert "PO-3" in body and _names(body, 5) and _names(body, 3), body
        assert CASE_WORDS.search(body), body
        addition = sixteenth.chat_addition(r, who, item)
        assert _names(addition, 5) and CASE_WORDS.search(addition), addition
        _, body = sixteenth.inquiry(r, who, item)
        assert re.search(r"not|还没|не заказ", body, re.I), body
        assert _names(body, 5), body
        subject, body = sixteenth.cancellation(r, who, "SO00042")
        assert "SO00042" in subject + body and re.search(r"cancel|取消", subject + body, re.I)
        late = sixteenth.late_delivery(r, who, "SO00042", due)
        assert "SO00042" in late and sixteenth.said_day(where, due) in late, late
        assert resolve(sixteenth.said_day(where, due), date(2026, 3, 2)) == {due}
        promise = sixteenth.payment_promise(r, who, "INV/7", "88.00", pay)
        assert "INV/7" in promise and "88.00" in promise, promise
        assert sixteenth.said_day(where, pay) in promise, promise


def test_forwards_and_quotes_keep_the_order_whole_and_below() -> None:
    day = date(2026, 3, 5)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        body = "original order body\nCola 4 cases"
        for person in ("Nina Park", who.contact):
            forwarded = sixteenth.forward(r, who, person, "Order PO-1", body, day)
            assert forwarded.endswith(body) and "Order PO-1" in forwarded
            assert who.email in forwarded and person in forwarded
        for seed in range(10):
            quote = sixteenth.quoted_below(random.Random(seed), who, day)
            assert any(m in quote for m in QUOTED), quote
            assert not re.search(r"cola|可乐|\bcases?\b|箱", quote, re.I)
            assert not re.search(r"(?<![\d:])0:", quote), quote  # 下午0:xx is no time


def test_sixteenth_set_numbers_and_days() -> None:
    assert [sixteenth.words(n) for n in (1, 4, 12, 20, 36, 99, 120)] == [
        "one", "four", "twelve", "twenty", "thirty-six", "ninety-nine", "120"
    ]  # fmt: skip
    assert [sixteenth.cn(n) for n in (2, 10, 12, 20, 36, 120)] == [
        "二", "十", "十二", "二十", "三十六", "120"
    ]  # fmt: skip
    assert sixteenth.week_commencing(date(2026, 3, 12)) == "Thursday w/c 9 March"
    assert sixteenth.week_commencing(date(2026, 4, 1)) == "Wednesday w/c 30 March"
    assert sixteenth.weekday_week(date(2026, 3, 2), date(2026, 3, 12))
    assert not sixteenth.weekday_week(date(2026, 3, 2), date(2026, 3, 5))
    assert not sixteenth.weekday_week(date(2026, 3, 5), date(2026, 3, 19))
    assert sixteenth.supplier_day("nordic", date(2026, 3, 12)) == "Thursday 12 March (week 11)"
    assert sixteenth.supplier_day("danzheng", date(2026, 3, 12)) == "2026.03.12"
    assert sixteenth.supplier_day("bonded", date(2026, 3, 5)) == "05/Mar/2026"
    assert sixteenth.voice_days("slavic", date(2026, 3, 2), date(2026, 3, 4)) == [
        "4 марта (ср)", "к 4 марта", "в среду, 4-го", "послезавтра (4 марта)"
    ]  # fmt: skip


def test_drawing_the_sixteenth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the sixteenth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _inboxes(5), "sixteenth", 3)
