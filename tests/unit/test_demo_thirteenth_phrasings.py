"""The demo inbox's thirteenth phrasings: a set of its own, scored apart, that leaves every other
message word for word as it was, with gold that says what its words say."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from smarterp.data.demo import inbox, thirteenth
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
QUOTED = (" wrote:", " a écrit :", " escreveu:", " ay sumulat:", "发件人：Lotus Harbor")
MONTHS = {
    **{f"{date(2026, m, 1):%B}".lower(): m for m in range(1, 13)},
    **{f"{date(2026, m, 1):%b}".lower(): m for m in range(1, 13)},
    **{name: m for m, name in enumerate(thirteenth._FR_MONTHS, 1)},
    **{name: m for m, name in enumerate(thirteenth._PT_MONTHS, 1)},
}
WEEKDAYS = {
    **{f"{date(2026, 3, 2 + k):%A}".lower(): k for k in range(7)},
    **{f"{date(2026, 3, 2 + k):%a}".lower(): k for k in range(7)},
    **{name.lower(): k for k, name in enumerate(thirteenth._TL_DAYS)},
    **{name: k for k, name in enumerate(thirteenth._FR_DAYS)},
    **{name: k for k, name in enumerate(thirteenth._PT_DAYS)},
}
ZH_WEEK = "一二三四五六日"


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
    """Every way the set writes a count: figures, English words, Chinese numerals."""
    return {str(n), thirteenth.words(n), thirteenth.zh_num(n)}


def _names(text: str, n: int) -> bool:
    """Whether the text writes the count n (and not merely a longer number holding it)."""
    for form in _figures(n):
        edge = r"\b" if form.isascii() and form.isalpha() else r"(?<![\d一二三四五六七八九十])"
        if re.search(rf"{edge}{re.escape(form)}(?![\d十-])", text, re.I):
            return True
    return False


def _weekday(text: str) -> int | None:
    """The weekday the text names, if any (English, Tagalog, French, Portuguese, Chinese)."""
    low = text.lower()
    for name, k in sorted(WEEKDAYS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![a-zà-ÿ]){re.escape(name)}(?![a-zà-ÿ])", low):
            return k
    found = re.search(r"(?:周|星期|礼拜)([一二三四五六日])", text)
    return ZH_WEEK.index(found.group(1)) if found else None


def resolve(text: str, day: date) -> set[date]:
    """Every day a careful clerk could take the words for, the message written on `day`: a
    full date as it stands; a month and day within 40 days back and four months ahead; the day
    of the month alone, or a weekday alone, the coming one; d/m read both ways. A weekday said
    beside a date must be that date's."""
    low, back = text.lower(), day - timedelta(days=40)
    found: set[date]
    if "tomorrow" in low or "明天" in text:
        found = {day + timedelta(days=1)}
    elif m := re.search(r"(\d{4})[-年](\d{1,2})[-月](\d{1,2})", text):
        found = {date(int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    elif m := re.search(r"(\d{1,2})-([a-z]{3})-(\d{4})", low):
        found = {date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))}
    elif m := re.search(r"(\d{1,2})月(\d{1,2})", text):
        found = set(days_from(back, on_day(int(m.group(1)), int(m.group(2)))))
    elif m := re.search(r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/\d{4})?(?!\d)", low):
        a, b = int(m.group(1)), int(m.group(2))
        found = {
            d for mm, dd in {(a, b), (b, a)} if mm <= 12 for d in days_from(back, on_day(mm, dd))
        }
    elif m := re.search(r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.])", low):  # Chinese 3.14
        found = set(days_from(back, on_day(int(m.group(1)), int(m.group(2)))))
    else:
        figure = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|号|日)?(?!\d)", low)
        month = next((v for k, v in MONTHS.items() if re.search(rf"\b{k}\b", low)), None)
        if figure and month:
            found = set(days_from(back, on_day(month, int(figure.group(1)))))
        elif figure:  # the day of the month alone: the next one
            n = int(figure.group(1))
            found = set(days_from(day + timedelta(days=1), lambda x: x.day == n)[:1])
        elif zh := re.search(r"(下周|这周)([一二三四五六日])", text):
            monday = day - timedelta(days=day.weekday())
            weeks = 7 if zh.group(1) == "下周" else 0
            found = {monday + timedelta(days=weeks + ZH_WEEK.index(zh.group(2)))}
        elif (k := _weekday(text)) is not None:  # a bare weekday: the coming one
            found = set(days_from(day + timedelta(days=1), lambda x: x.weekday() == k)[:1])
        else:
            found = set()
    named = _weekday(text)
    assert named is None or all(d.weekday() == named for d in found), (text, found)
    return found


def test_thirteenth_set_is_its_own_and_leaves_every_other_message_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert thirteenth.SHARE == 0.5 and inbox.LATE_SETS[-4] is thirteenth
    # It takes half of what the twelfth (at half) leaves: a small share of all the inbox's
    # messages.
    written = assert_keeps_to_its_own(thirteenth, _inboxes, monkeypatch, (0.0015, 0.05))
    assert {"twelfth", "thirteenth"} <= {_phrasing_set(t.gold) for t in written}


def test_thirteenth_set_messages_name_what_their_gold_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_set(monkeypatch, thirteenth)
    seen = orders = quoted = forwarded = amended = venues = 0
    kinds, voices = set(), set()
    day = date(2026, 3, 2)
    for text in (t for seed in range(30) for t in _every_kind(seed)):
        gold = text.gold
        if not gold["thirteenth"]:
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
        pool = thirteenth.ZH_CUSTOMER_VOICES if gold["lang"] == "zh" else thirteenth.CUSTOMER_VOICES
        voices.add(pool[gold["partner_id"] % len(pool)])
        by = date.fromisoformat(gold["requested_date"])
        # The requested day is written in one of the ways the set writes it, and means it.
        ways = [*thirteenth.chat_days(gold["lang"] == "zh", day, by), thirteenth.fr_day(by)]
        ways += [w for v in _all_voices() for w in thirteenth.voice_days(v, day, by)]
        assert any(w in text.body for w in ways), (by, text.body)
        assert all(resolve(w, day) == {by} for w in ways if w in text.body), text.body
        forwarded += gold["template"].startswith("order.forwarded")
        amended += gold["template"].endswith(".ps")
        venues += "CENTRAL KITCHEN" in said.upper() and ":\n- " in said
        if gold["template"].startswith("order.quoted"):  # our old note sits below the order
            quoted += 1
            marker = next(m for m in QUOTED if m in text.body)
            below = text.body[text.body.index(marker) :]
            assert "cola" not in below.lower() and "可乐" not in below, below
    assert seen > 1500 and orders > 100, (seen, orders)
    assert quoted >= 5 and forwarded >= 5 and amended >= 5 and venues >= 3
    assert voices == set(_all_voices())
    intents = {"new_order", "change_order", "cancel_order", "inquiry", "complaint",
               "payment_promise", "price_change", "delivery_date", "order_confirmation",
               "invoice", "shortage"}  # fmt: skip
    assert {k[0] for k in kinds} == intents
    chats = {("new_order", "chat", "customer"), ("change_order", "chat", "customer"),
             ("complaint", "chat", "customer"), ("new_order", "email", "customer"),
             ("complaint", "email", "customer")}  # fmt: skip
    assert chats <= kinds


def _all_voices() -> tuple[str, ...]:
    return thirteenth.CUSTOMER_VOICES + thirteenth.ZH_CUSTOMER_VOICES


def test_the_set_dates_name_one_day_only() -> None:
    """Every day the set writes reads as that day and no other, from the day it was written."""
    for today in (date(2026, 3, 2), date(2026, 1, 29), date(2026, 12, 20)):
        for k in range(1, 31):
            by = today + timedelta(days=k)
            said = thirteenth.chat_days(False, today, by) + thirteenth.chat_days(True, today, by)
            said += [w for v in _all_voices() for w in thirteenth.voice_days(v, today, by)]
            said += [thirteenth.fr_day(by), thirteenth.pt_day(by)]
            for text in said:
                assert resolve(text, today) == {by}, (text, today, by)
                if re.search(r"\d/\d", text):
                    assert by.day > 12, text  # day/month figures only where the day is no month
                if "tomorrow" in text or "明天" in text:
                    assert k == 1, text


def test_the_resolver_sees_a_wrong_weekday_and_an_ambiguous_day() -> None:
    today = date(2026, 3, 2)
    assert len(resolve("05/03", today)) == 2  # 5 March or 3 May: the set never writes it
    with pytest.raises(AssertionError):
        resolve("Monday 13 March", today)


CASE_WORDS = re.compile(r"\bcases?\b|箱")
FAMILY_WORDS = re.compile(r"fam|家庭")
DOZEN_WORDS = re.compile(r"dozen")
NOT_CASES = re.compile(r"no cases|不要整箱|不成箱")


@pytest.mark.parametrize("zh", [False, True])
def test_thirteenth_set_lines_name_the_pack_their_gold_holds(zh: bool) -> None:
    dozens = bare_dozens = leaders = 0
    styles = set()
    for seed in range(600):
        r = random.Random(seed)
        mode = ("email", "chat")[seed % 2]
        texts, golds, lang = thirteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en", mode)
        case, single, family = (t.lower() for t in texts)
        assert [(g["product"], g["quantity"]) for g in golds] == MEANT
        assert "alternatives" not in golds[0] and "alternatives" not in golds[2]
        assert lang == ("zh" if zh else "en")
        assert FAMILY_WORDS.search(family), family
        assert not FAMILY_WORDS.search(case + single), (case, single)
        assert CASE_WORDS.search(case), case
        assert not CASE_WORDS.search(NOT_CASES.sub("", single)), single
        assert _names(case, 4) and _names(family, 7), (case, family)
        leaders += thirteenth.is_leader(texts)
        styles.add(texts[2][:2])
        if DOZEN_WORDS.search(single):  # three dozen: 36 pieces, or three cases of twelve
            dozens += 1
            assert _names(single, 3), single
            if _names(single, 36):  # the pieces said beside the dozens: 36 and nothing else
                assert "alternatives" not in golds[1], single
            else:
                bare_dozens += 1
                assert golds[1]["alternatives"] == [{"product": "Cola (Case of 12)", "quantity": 3}]
        else:
            assert _names(single, 36), single
            assert "alternatives" not in golds[1], single
    assert (dozens > 10 and bare_dozens > 5 and leaders > 20) or (zh and dozens == 0)


def test_cases_said_with_their_pieces_are_still_cases() -> None:
    """'4 full cases of Cola (= 48 bottles)': four cases, the 48 only their pieces."""
    seen = 0
    for seed in range(300):
        texts, golds, _ = thirteenth.lines(random.Random(seed), [CASE], False, "en")
        if "=" in texts[0]:
            seen += 1
            assert texts[0] == "4 full cases of Cola (= 48 bottles)"
            assert (golds[0]["product"], golds[0]["quantity"]) == ("Cola (Case of 12)", 4)
    assert seen > 20


def test_thirteenth_set_amendment_keeps_the_figure_meant() -> None:
    notes = 0
    for seed in range(400):
        r = random.Random(seed)
        zh = seed % 2 == 0
        texts, golds, _ = thirteenth.lines(r, [CASE, SINGLE, FAMILY], zh, "en")
        before = list(texts)
        note = thirteenth.amendment(r, [CASE, SINGLE, FAMILY], texts, zh)
        if note is None:
            assert texts == before
            continue
        notes += 1
        assert texts[0] == f"{before[0]} {note}" and golds[0]["quantity"] == 4
        assert texts[1:] == before[1:]
        figures = [int(f) for f in re.findall(r"\d+", note)]
        assert figures and figures[0] != 4 and set(figures[1:]) <= {4}, note
    assert notes > 20


def test_a_group_order_puts_every_line_under_one_venue() -> None:
    day, by = date(2026, 3, 2), date(2026, 3, 13)
    group = [p for p in CUSTOMERS if thirteenth.voice(p) == "group"]
    assert group
    for who in group:
        for seed in range(30):
            r = random.Random(seed)
            texts, _, _ = thirteenth.lines(r, ITEMS, False, "en")
            _, body = thirteenth.order_email(r, who, "PO-9", texts, "x", "Sam", (day, by))
            assert all(body.count(f"- {t}\n") == 1 for t in texts), body
            heads = re.findall(r"^([A-Z][A-Z .]+):$", body, re.M)
            assert heads and set(heads) <= {v.upper() for v in thirteenth._venues(who)}, body
            assert "central kitchen" in body


def test_each_partner_keeps_one_voice() -> None:
    """The same partner writes its orders and notices the same way; every voice writes."""
    marks = {
        "quebec": ("Bonjour",),
        "brazil": ("pedido",),
        "gulf": ("Purchase Order", "Greetings from Dubai"),
        "group": ("venues", "by venue"),
        "caterer": ("pax", "guests"),
        "pinoy": (" po",),
        "shop": ("亲",),
        "welfare": ("福利",),
        "canteen": ("申购单", "食堂"),
        "miniapp": ("小程序",),
        "importer": ("Thanks so much for",),
        "ops": ("CUSTOMER NOTIFICATION",),
        "credit": ("credit check",),
        "copacker": ("production plan",),
        "gendan": ("排产",),
        "stall": ("老板",),
        "customs": ("保税仓",),
    }
    texts = ["Cola - 4 cases", "Cola - 36 bottles (singles)", "Cola (family size) - 7"]
    day, by = date(2026, 3, 2), date(2026, 3, 16)
    voices = set()
    for who in CUSTOMERS + SUPPLIERS:
        where = thirteenth.voice(who)
        voices.add(where)
        for seed in range(20):
            r = random.Random(seed)
            if who.kind == "supplier":
                _, body = thirteenth.po_acknowledged(r, who, "P02001", by)
                assert "16" in body and "P02001" in body, body
            else:
                _, body = thirteenth.order_email(r, who, "PO-9", texts, "x", "A", (day, by))
                assert "PO-9" in body and all(t in body for t in texts), body
            assert any(m in body for m in marks[where]), (where, body)
    assert voices == set(marks)


def test_every_supplier_notice_names_its_order_and_day() -> None:
    new, due = date(2026, 3, 18), date(2026, 4, 3)
    for who in SUPPLIERS:
        r = random.Random(who.id)
        for subject, body in (
            thirteenth.supplier_delay(r, who, "P02001", new),
            thirteenth.po_acknowledged(r, who, "P02001", new),
        ):
            assert "P02001" in subject + body and re.search(r"(?<!\d)18(?!\d)", body), body
            assert re.search(r"March|Mar|3月", body), body
        subject, body = thirteenth.supplier_invoice(r, who, "TX-9", "P02001", "410.00", due)
        assert "P02001" in body and "TX-9" in subject + body and "410" in body, body
        assert re.search(r"(?<![\d.])0?3(?!\d)", body) and re.search(r"April|Apr|4月", body)
        product = "可乐" if who.zh else "Cola"
        subject, body = thirteenth.shortage(r, who, "P02001", product)
        assert "P02001" in subject + body and product in body
        subject, body = thirteenth.price_change(r, who, "Cola", "2.00", "2.30", new)
        assert "2.30" in body and "2.00" in body and "18" in body, body


def test_customer_notes_say_what_they_are() -> None:
    """Changes name the new and the old case count; questions say they are no order yet;
    every chaser names its order and the day it was due; a promise names the day it pays."""
    item = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12,
                      "Beverages", 5, ("Cola", "Cola Family Size"))  # fmt: skip
    case_words = re.compile(r"cases?|cartons?|caisses?|caixas?|箱", re.I)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        _, body = thirteenth.order_change(r, who, "PO-3", item, 3)
        assert "PO-3" in body and _names(body, 5) and _names(body, 3), body
        assert case_words.search(body), body
        addition = thirteenth.chat_addition(r, who, item)
        assert _names(addition, 5) and case_words.search(addition), addition
        if "caixa" in addition or "carton" in addition:
            assert "12" in addition, addition  # a box or carton is said to hold twelve
        _, body = thirteenth.inquiry(r, who, item)
        assert re.search(r"not|hindi pa|pas une|还没|暂不|询价|问问", body, re.I), body
        late = thirteenth.late_delivery(r, who, "SO00042", date(2026, 2, 27))
        assert "SO00042" in late and "27" in late, late
        assert re.search(r"Feb|février|fevereiro|2月", late), late
        promise = thirteenth.payment_promise(r, who, "INV/7", "88.00", date(2026, 3, 6))
        assert "INV/7" in promise and re.search(r"(?<!\d)0?6(?!\d)", promise), promise
        assert re.search(r"Mar|mars|março|3月", promise), promise


def test_forwards_and_quotes_keep_the_order_whole_and_below() -> None:
    day = date(2026, 3, 5)
    for who in CUSTOMERS:
        r = random.Random(who.id)
        body = "original order body\nCola 4 cases"
        for person in ("Nina Park", who.contact):
            forwarded = thirteenth.forward(r, who, person, "Order PO-1", body, day)
            assert forwarded.endswith(body) and "Order PO-1" in forwarded
            assert who.email in forwarded and person in forwarded
        quote = thirteenth.quoted_below(r, who, day)
        assert any(m in quote for m in QUOTED), quote
        assert not re.search(r"cola|可乐|\bcases?\b|箱", quote, re.I)


def test_thirteenth_set_numbers_and_days() -> None:
    assert [thirteenth.words(n) for n in (4, 36, 7, 12, 100)] == [
        "four", "thirty-six", "seven", "twelve", "100"
    ]  # fmt: skip
    assert [thirteenth.zh_num(n) for n in (2, 4, 10, 12, 36)] == [
        "两",
        "四",
        "十",
        "十二",
        "三十六",
    ]
    assert thirteenth.fr_day(date(2026, 3, 13)) == "vendredi 13 mars"
    assert thirteenth.pt_day(date(2026, 3, 13)) == "sexta-feira, 13 de março"


def test_drawing_the_thirteenth_set_takes_nothing_from_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Beginning a message takes one draw from the wording stream whatever the later sets
    draw from theirs; so the thirteenth set moves no other message's words."""
    assert_start_keeps_the_wording_stream(monkeypatch, lambda: _inboxes(5), "thirteenth", 5)
