"""The demo inbox's fourteenth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import fourteenth, inbox
from smarterp.intel.docs.inbox_eval import _phrasing_set
from tests.demo_phrasings import (
    CASE,
    FAMILY,
    ITEMS,
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
QUOTED = (" wrote:\n", " pisze:\n", "From: Lotus Harbor Sales", "原始邮件")
MONTHS = {
    **{f"{date(2026, m, 1):%B}".lower(): m for m in range(1, 13)},
    **{f"{date(2026, m, 1):%b}".lower(): m for m in range(1, 13)},
}
WEEKDAYS = {
    **{f"{date(2026, 3, 2 + k):%A}".lower(): k for k in range(7)},
    **{f"{date(2026, 3, 2 + k):%a}".lower(): k for k in range(7)},
    **{name.lower(): k for k, name in enumerate(fourteenth.SHORT_DAYS)},
    **{name: k for k, name in enumerate(fourteenth.PL_DAYS)},
}
ROMAN = {name: m for m, name in enumerate(fourteenth.ROMAN, 1)}
ORDINALS = {fourteenth.ordinal(n): n for n in range(1, 32)}
ZH_WEEK = "一二三四五六日"
ZH_DIGITS = "零一二三四五六七八九"


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
    """Every way the set writes a count: figures and Chinese numerals."""
    return {str(n), fourteenth.zh_count(n), fourteenth.cn(n)}


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    for form in _figures(n):
        if re.search(rf"(?<![\d一二三四五六七八九十]){re.escape(form)}(?![\d十])", text):
            return True
    return False


def _cn_number(s: str) -> int:
    """十三 -> 13, 二十一 -> 21, 三 -> 3."""
    if "十" not in s:
        return ZH_DIGITS.index(s)
    tens, _, ones = s.partition("十")
    return (ZH_DIGITS.index(tens) if tens else 1) * 10 + (ZH_DIGITS.index(ones) if ones else 0)


def _plain(text: str) -> str:
    """Chinese numerals before 月/号/日 and English ordinal words as figures."""
    text = re.sub(
        r"([零一二三四五六七八九十]+)(?=[月号日])", lambda m: str(_cn_number(m.group(1))), text
    )
    for word, n in sorted(ORDINALS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<![a-z-]){word}\b", f"{n}th", text, flags=re.I)
    return text


def _weekday(text: str) -> int | None:
    """The weekday the text names, if any (English, short British, Polish, Chinese)."""
    low = text.lower()
    for name, k in sorted(WEEKDAYS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![a-ząćęłńóśźż]){re.escape(name)}(?![a-ząćęłńóśźż])", low):
            return k
    found = re.search(r"(?:周|星期|礼拜)([一二三四五六日])|[（(]([一二三四五六日])[)）]", text)
    return ZH_WEEK.index(found.group(1) or found.group(2)) if found else None


def _month_after(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def resolve(text: str, day: date) -> set[date]:
    """Every day a careful clerk could take the words for, the message written on `day`: a
    full date as it stands (ISO, CCYYMMDD, 13MAR26, German day.month.year, Korean
    year.month.day, the Republic's year, a Roman month with its year); a month and day within
    40 days back and four months ahead; 'prox.' and 下个月 the next month's, 这个月 this month's;
    the day of the month alone, or a weekday alone, the coming one; this or next week's
    weekday; a week tomorrow, 后天, 大后天; EOW this week's Friday. A weekday said beside a date
    must be that date's."""
    plain = _plain(text)
    low, back = plain.lower(), day - timedelta(days=40)
    figure = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|号|日)?(?!\d)", low)
    monday = day - timedelta(days=day.weekday())
    found: set[date]
    if "a week tomorrow" in low:
        found = {day + timedelta(days=8)}
    elif "大后天" in text:
        found = {day + timedelta(days=3)}
    elif "后天" in text:
        found = {day + timedelta(days=2)}
    elif "eow" in low:
        found = {d for d in [monday + timedelta(days=4)] if d > day}
    elif m := re.search(
        r"(\d{4})[-年.](\d{1,2})[-月.](\d{1,2})|(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)", plain
    ):  # ISO, 年月日, Korean year.month.day, CCYYMMDD
        y, mo, d = (int(g) for g in m.groups() if g)
        found = {date(y, mo, d)}
    elif m := re.search(r"(?<!\d)(\d\d)([a-z]{3})(\d\d)(?!\d)", low):
        found = {date(2000 + int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))}
    elif m := re.search(r"(?<!\d)(\d\d)\.(\d\d)\.(\d{4})", plain):  # German: day first
        found = {date(int(m.group(3)), int(m.group(2)), int(m.group(1)))}
    elif m := re.search(r"(?<!\d)(1\d\d)/(\d\d)/(\d\d)(?!\d)", plain):  # the Republic's year
        found = {date(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))}
    elif m := re.search(r"(?<!\d)(\d{1,2})[. ]([IVX]+)\b(?: (\d{4}))?", plain):
        month, n = ROMAN[m.group(2)], int(m.group(1))
        if m.group(3):
            found = {date(int(m.group(3)), month, n)}
        else:
            found = set(days_from(back, on_day(month, n)))
    elif "prox" in low and figure:
        found = {date(*_month_after(day), int(figure.group(1)))}
    elif m := re.search(r"(这个|下个)月(\d{1,2})号", plain):
        year, month = (day.year, day.month) if m.group(1) == "这个" else _month_after(day)
        found = {date(year, month, int(m.group(2)))}
    elif m := re.search(r"(\d{1,2})月(\d{1,2})", plain):
        found = set(days_from(back, on_day(int(m.group(1)), int(m.group(2)))))
    elif m := re.search(r"(下礼拜|这礼拜)([一二三四五六日])", text):
        weeks = 7 if m.group(1) == "下礼拜" else 0
        found = {monday + timedelta(days=weeks + ZH_WEEK.index(m.group(2)))}
    elif "of next week" in low and (k := _weekday(text)) is not None:
        found = {monday + timedelta(days=7 + k)}
    else:
        month = next((v for k, v in MONTHS.items() if re.search(rf"\b{k}\b", low)), None)
        year = re.search(r"\b(20\d\d)\b", low)
        if figure and month and year:
            found = {date(int(year.group(1)), month, int(figure.group(1)))}
        elif figure and month:
            found = set(days_from(back, on_day(month, int(figure.group(1)))))
        elif figure:  # the day of the month alone: the next one
            n = int(figure.group(1))
            found = set(days_from(day + timedelta(days=1), lambda x: x.day == n)[:1])
        elif (k := _weekday(text)) is not None:  # a bare weekday: the coming one
            found = set(days_from(day + timedelta(days=1), lambda x: x.weekday() == k)[:1])
        else:
            found = set()
    if figure and re.search(r"下礼拜|这礼拜|of next week", text):  # the day beside it agrees
        assert all(d.day == int(figure.group(1)) for d in found), (text, found)
    named = _weekday(text)
    assert named is None or all(d.weekday() == named for d in found), (text, found)
    if m := re.search(r"KW (\d+)", text):  # the calendar week beside it agrees
        assert all(d.isocalendar()[1] == int(m.group(1)) for d in found), (text, found)
    return found


def _all_voices() -> tuple[str, ...]:
    return fourteenth.CUSTOMER_VOICES + fourteenth.ZH_CUSTOMER_VOICES


def test_fourteenth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert fourteenth.SHARE == 0.5 and inbox.LATE_SETS[-3] is fourteenth
    # It takes half of what the thirteenth (at half) leaves: a small share of all the inbox's
    # messages.
    written = assert_keeps_to_its_own(fourteenth, _inboxes, monkeypatch, (0.0015, 0.05))
    assert {"thirteenth", "fourteenth"} <= {_phrasing_set(t.gold) for t in written}


def test_fourteenth_set_messages_name_what_their_gold_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_set(monkeypatch, fourteenth)
    seen = orders = quoted = forwarded = amended = sheets = 0
    kinds, voices = set(), set()
    day = date(2026, 3, 2)
    for text in (t for seed in range(30) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["fourteenth"]:
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
        pool = fourteenth.ZH_CUSTOMER_VOICES if gold["lang"] == "zh" else fourteenth.CUSTOMER_VOICES
        voices.add(pool[gold["partner_id"] % len(pool)])
        by = date.fromisoformat(gold["requested_date"])
        # The requested day is written in one of the ways the set writes it, and means it.
        ways = fourteenth.chat_days(gold["lang"] == "zh", day, by)
        ways += [w for v in _all_voices() for w in fourteenth.voice_days(v, day, by)]
        assert any(w in text.body for w in ways), (by, text.body)
        assert all(resolve(w, day) == {by} for w in ways if w in text.body), text.body
        forwarded += gold["template"].startswith("order.forwarded")
        amended += gold["template"].endswith(".ps")
        sheets += bool(re.search(r"^(Item|品名)([;\t])(Pack|规格)\2(Qty|数量)$", said, re.M))
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            below = text.body[text.body.index(marker) :]
            assert "cola" not in below.lower() and "可乐" not in below, below
            assert not re.search(r"\bcases?\b|箱|\bctn\b", below, re.I), below
    assert seen > 1500 and orders > 100, (seen, orders)
    assert quoted >= 5 and forwarded >= 5 and amended >= 5 and sheets >= 10
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
    for today in (date(2026, 3, 2), date(2026, 1, 29), date(2026, 12, 20), date(2026, 2, 25)):
        for k in range(1, 35):
            by = today + timedelta(days=k)
            said = fourteenth.chat_days(False, today, by) + fourteenth.chat_days(True, today, by)
            said += [w for v in _all_voices() for w in fourteenth.voice_days(v, today, by)]
            for text in said:
                assert resolve(text, today) == {by}, (text, today, by)
                assert not re.search(r"(?<!\d)\d{1,2}/\d{1,2}(?!\d)", text), text
                if "后天" in text or "tomorrow" in text:
                    assert k in (2, 3, 8), text
                seen.add(re.sub(r"\d+", "9", text))
            past = by - timedelta(days=20)  # a chaser or a promise, written a few days after
            for where in _all_voices():
                assert resolve(fourteenth.said_day(where, past), past + timedelta(days=3)) == {past}
            for where in fourteenth.SUPPLIER_VOICES + fourteenth.ZH_SUPPLIER_VOICES:
                assert resolve(fourteenth.supplier_day(where, by), today) == {by}, (where, by)
    # Every way is written some time: 'prox.', EOW, a week tomorrow, 大后天, 下个月 among them.
    for form in ("9th prox.", "EOW (Fri)", "a week tomorrow", "大后天，9号", "下个月", "这个月"):
        assert any(form in s for s in seen), form


def test_the_resolver_sees_a_wrong_weekday_and_a_bare_day() -> None:
    today = date(2026, 3, 2)
    assert resolve("13th", today) == {date(2026, 3, 13)}
    assert resolve("13th prox.", today) == {date(2026, 4, 13)}
    assert resolve("13 III 2026", today) == {date(2026, 3, 13)}
    with pytest.raises(AssertionError):
        resolve("Mon 13 Mar", today)
    with pytest.raises(AssertionError):
        resolve("2026-03-13 星期四", today)
    with pytest.raises(AssertionError):
        resolve("13.03.2026 (KW 12)", today)  # the 13th of March is in week 11


CASE_WORDS = re.compile(r"\bcases?\b|\bctn\b|箱|\d件")
FAMILY_WORDS = re.compile(r"fam|家庭")
NOT_CASES = re.compile(r"不要整件")


@pytest.mark.parametrize("zh", [False, True])
def test_fourteenth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    styles = set()
    for seed in range(400):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = fourteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert not any("alternatives" in g for g in golds)
        assert lang == ("zh" if zh else "en")
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert CASE_WORDS.search(case) and "12" in case, case  # a case, and what it holds
        assert not CASE_WORDS.search(NOT_CASES.sub("", single)), single
        assert re.search(r"single|individual|单|散|按", single), single
        assert _names(case, 4) and _names(single, 36) and _names(family, 7), texts
        sheet = fourteenth.is_sheet(texts)
        styles.add(
            "sheet" if sheet else "times" if "×" in case else "caps" if re.search(r"ctn|件", case)
            else "plain"
        )  # fmt: skip
        if mode == "chat":
            assert not any("\t" in t for t in texts), texts
    assert styles == {"sheet", "times", "caps", "plain"}, styles


def test_a_half_case_says_its_pieces() -> None:
    """'half a case's worth of Cola - 6 individual bottles': six single bottles."""
    half = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 6,
                      ("Cola (Case of 12)", "Cola Family Size"))  # fmt: skip
    seen = 0
    for seed in range(200):
        texts, golds, _ = fourteenth.lines(random.Random(seed), [half], False, "en")
        assert (golds[0]["product"], golds[0]["quantity"]) == ("Cola", 6)
        if "half" in texts[0]:
            seen += 1
            assert texts[0] == "half a case's worth of Cola - 6 individual bottles"
    assert seen > 20


def test_spreadsheet_rows_come_under_their_header() -> None:
    day, by = date(2026, 3, 2), date(2026, 3, 13)
    rows = 0
    for who in CUSTOMERS:
        for seed in range(40):
            r = random.Random(seed)
            texts, _, _ = fourteenth.lines(r, ITEMS, who.zh, "en")
            if not fourteenth.is_sheet(texts):
                continue
            rows += 1
            _, body = fourteenth.order_email(r, who, "PO-9", texts, "x", "Sam", (day, by))
            sep = "\t" if "\t" in texts[0] else ";"
            head = sep.join(("品名", "规格", "数量") if who.zh else ("Item", "Pack", "Qty"))
            assert f"{head}\n" + "\n".join(texts) in body, body
    assert rows > 50


def test_fourteenth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = fourteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en")
        before = list(texts)
        note = fourteenth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        figures = [int(f) for f in re.findall(r"\d+", note)]
        old = [f for f in figures if f != 4]
        assert len(old) == 1 and 4 in figures, note  # the old figure, and the one meant
        assert re.search(r"was|not|amended|原|改", note), note
    assert notes > 20


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "chandler": ("requisition", "REQUISITION"),
        "vending": ("replen", "Replen"),
        "foodbank": ("pantry", "volunteers"),
        "polish": ("Dzień dobry", "Termin dostawy"),
        "students": ("SU shop",),
        "island": ("barge", "Barge"),
        "dingtalk": ("钉钉",),
        "cvs": ("要货",),
        "netcafe": ("网咖",),
        "minsu": ("民宿",),
        "shosha": ("esteemed order",),
        "edi": ("TRANSACTION SET: 855",),
        "werk": ("Liefertermin",),
        "korea": ("Greetings from Busan",),
        "yiwu": ("老板",),
        "taiwan": ("貴公司",),
        "quyu": ("审核通过",),
    }
    texts = ["Cola 4 × case of 12", "Cola 36 × single bottle", "Cola 7 × family size"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = fourteenth.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = fourteenth.po_acknowledged(r, who, "P02001", by)
                assert "16" in body and "P02001" in body, body
            else:
                _, body = fourteenth.order_email(r, who, "PO-9", texts, "x", "A", (day, by))
                assert "PO-9" in body and all(t in body for t in texts), body
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_every_supplier_notice_names_its_order_and_day() -> None:
    new, due = date(2026, 3, 18), date(2026, 4, 3)
    for who in SUPPLIERS:
        r = random.Random(who.id)
        where = fourteenth.voice(who)
        for subject, body in (
            fourteenth.supplier_delay(r, who, "P02001", new),
            fourteenth.po_acknowledged(r, who, "P02001", new),
        ):
            assert "P02001" in subject + body, body
            assert fourteenth.supplier_day(where, new) in body, body
            assert resolve(fourteenth.supplier_day(where, new), date(2026, 3, 2)) == {new}
        subject, body = fourteenth.supplier_invoice(r, who, "TX-9", "P02001", "410.00", due)
        assert "P02001" in body and "TX-9" in subject + body and "410" in body, body
        assert fourteenth.supplier_day(where, due) in body, body
        product = "可乐" if who.zh else "Cola"
        subject, body = fourteenth.shortage(r, who, "P02001", product)
        assert "P02001" in subject + body and product in body
        assert re.search(r"short|backorder|OOS|Rückstand|缺|断货", body), body
        subject, body = fourteenth.price_change(r, who, "Cola", "2.00", "2.30", new)
        assert "2.30" in body and "2.00" in body and fourteenth.supplier_day(where, new) in body


def test_customer_notes_say_what_they_are() -> None:
    """Changes name the new and the old case count; questions say they are no order yet;
    every chaser names its order and the day it was due; a promise names the day it pays."""
    item = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12,
                      "Beverages", 5, ("Cola", "Cola Family Size"))  # fmt: skip
    case_words = re.compile(r"cases?|\bCTN\b|箱", re.I)
    due, pay = date(2026, 2, 27), date(2026, 3, 6)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        where = fourteenth.voice(who)
        _, body = fourteenth.order_change(r, who, "PO-3", item, 3)
        assert "PO-3" in body and _names(body, 5) and _names(body, 3), body
        assert case_words.search(body), body
        addition = fourteenth.chat_addition(r, who, item)
        assert _names(addition, 5) and case_words.search(addition), addition
        _, body = fourteenth.inquiry(r, who, item)
        assert re.search(r"not|n't|还没|暂|只是询价|先问", body, re.I), body
        late = fourteenth.late_delivery(r, who, "SO00042", due)
        assert "SO00042" in late and fourteenth.said_day(where, due) in late, late
        assert resolve(fourteenth.said_day(where, due), date(2026, 3, 2)) == {due}
        promise = fourteenth.payment_promise(r, who, "INV/7", "88.00", pay)
        assert "INV/7" in promise and "88.00" in promise, promise
        assert fourteenth.said_day(where, pay) in promise, promise


def test_forwards_and_quotes_keep_the_order_whole_and_below() -> None:
    day = date(2026, 3, 5)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        body = "original order body\nCola 4 cases"
        for person in ("Nina Park", who.contact):
            forwarded = fourteenth.forward(r, who, person, "Order PO-1", body, day)
            assert forwarded.endswith(body) and "Order PO-1" in forwarded
            assert who.email in forwarded and person in forwarded
        quote = fourteenth.quoted_below(r, who, day)
        assert any(m in quote for m in QUOTED), quote
        assert not re.search(r"cola|可乐|\bcases?\b|箱", quote, re.I)


def test_fourteenth_set_numbers_and_days() -> None:
    assert [fourteenth.ordinal(n) for n in (1, 13, 20, 21, 30, 31)] == [
        "first", "thirteenth", "twentieth", "twenty-first", "thirtieth", "thirty-first"
    ]  # fmt: skip
    assert [fourteenth.cn(n) for n in (2, 10, 13, 20, 22, 31)] == [
        "二", "十", "十三", "二十", "二十二", "三十一"
    ]  # fmt: skip
    assert fourteenth.zh_count(2) == "两" and fourteenth.zh_count(36) == "36"
    assert fourteenth.ship_day(date(2026, 3, 13)) == "13MAR26"
    assert fourteenth.roman_day(date(2026, 3, 13)) == "13.III"
    assert fourteenth.supplier_day("taiwan", date(2026, 3, 18)) == "115/03/18（三）"
    assert fourteenth.supplier_day("werk", date(2026, 3, 18)) == "18.03.2026 (KW 12)"


def test_drawing_the_fourteenth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the fourteenth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _inboxes(5), "fourteenth", 5)
