"""The demo inbox's sixth set of phrasings, written blind by a third hand, once the reader was
being tuned on the fourth and fifth: another group of customers and suppliers (other regions and
trades, other mail clients and chat apps), with their own ways to give quantities, packs, dates,
references, corrections and company names, and chat voice messages as the app writes them out.
Its wordings are kept out of the docs, so that the reader is not tuned on them by accident.

Each message draws its words from its own stream, seeded from the Writer's sixth stream, so
that which message is written from this set changes nothing in any other message."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

SIXTH_SHARE = 0.35
OUR_ORDERS = "Lotus Harbor Orders <sales@lotusharbor.example>"

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}
_ORDINAL_ONES = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_ZH = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_WEEKDAYS_ZH = "一二三四五六日"
# Single pieces as this set's buyers count them (English words, Chinese measure words); never
# a word that also names a case (box, carton, pack, 件).
_PIECES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Beverages": (("bottles", "cans"), ("瓶", "罐")),
    "Tea": (("tins", "packets"), ("罐", "包")),
    "Snacks": (("bags", "packets"), ("包", "袋")),
    "Condiments": (("jars", "bottles"), ("瓶", "罐")),
    "Grains & Noodles": (("bags", "packets"), ("袋",)),
    "Dairy": (("tubs", "units"), ("盒", "块")),
    "Frozen Foods": (("bags",), ("袋",)),
    "Household": (("pcs", "items"), ("个",)),
    "Personal Care": (("tubes", "bottles"), ("支", "瓶")),
    "Stationery": (("pcs", "items"), ("个", "本")),
    "Small Appliances": (("units", "sets"), ("台",)),
    "Kitchenware": (("pcs", "items"), ("个", "只")),
}


# --- numbers, dates, names ------------------------------------------------------------------


def en_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    if tens not in _TENS:
        return str(n)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _ordinal_words(n: int) -> str:
    """Spoken ordinals up to 31, as a voice transcript writes them."""
    if n < 20:
        return _ORDINAL_ONES[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens].removesuffix("y") + "ieth"
    return f"{_TENS[tens]}-{_ORDINAL_ONES[ones]}"


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def zh_words(n: int) -> str:
    """A number under a hundred in Chinese numerals; 两 for two, as it is said before a
    measure word."""
    if n == 2:
        return "两"
    if n < 10:
        return _ZH[n]
    tens, ones = divmod(n, 10)
    if tens >= 10:
        return str(n)
    return ("" if tens == 1 else _ZH[tens]) + "十" + (_ZH[ones] if ones else "")


def _en_count(r: random.Random, q: int) -> str:
    return en_words(q) if q <= 10 and r.random() < 0.25 else str(q)


def _zh_count(r: random.Random, q: int) -> str:
    return zh_words(q) if q < 100 and r.random() < 0.35 else str(q)


def _dotted(d: date) -> str:
    """'Tue. Aug. 27', as US offices abbreviate; May has no abbreviation to dot."""
    return f"{d:%a}. {d:%b}{'' if d.month == 5 else '.'} {d.day}"


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as these buyers write it: week numbers, 'inst.', end of month, day/month/year only
    where the day cannot be a month."""
    year, week, _ = by.isocalendar()
    forms = [_dotted(by), f"{by.day} {by:%b} ({by:%a})"]
    forms += [f"{by.day}{_suffix(by.day)} of {by:%B}"]
    if year == day.year:
        forms.append(f"{by:%A}, week {week}")
    if by.day > 12:
        forms.append(f"{by.day:02d}/{by.month:02d}/{by.year}")
    if by.month == day.month and by > day:
        forms.append(f"the {by.day}{_suffix(by.day)} inst.")
    if by.day == calendar.monthrange(by.year, by.month)[1] and by.month == day.month:
        forms.append("end of the month")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    ahead = (by - day).days
    week = _WEEKDAYS_ZH[by.weekday()]
    forms = [f"{by.year}.{by.month}.{by.day}", f"{by.year}/{by.month}/{by.day}"]
    forms += [f"{by.month:02d}月{by.day:02d}日"]
    monday = day - timedelta(days=day.weekday())
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms.append(f"下星期{'天' if week == '日' else week}")
    if by.month != day.month and (by.year, by.month) == _next_month(day):
        forms.append(f"下月{by.day}号")
    if ahead == 3:
        forms.append("大后天")
    return r.choice(forms)


def _next_month(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def spoken_day(r: random.Random, zh: bool, day: date, by: date) -> str:
    """A day as a voice message's transcript writes it: in words."""
    monday = day - timedelta(days=day.weekday())
    next_week = monday + timedelta(days=7) <= by < monday + timedelta(days=14)
    if zh:
        forms = [f"{zh_words(by.month)}月{zh_words(by.day)}号".replace("两", "二")]
        if by.month == day.month and by > day:
            forms.append(f"{zh_words(by.day).replace('两', '二')}号")
        if next_week:
            forms.append(f"下个星期{'天' if by.weekday() == 6 else _WEEKDAYS_ZH[by.weekday()]}")
        return r.choice(forms)
    forms = [f"{by:%B} {_ordinal_words(by.day)}".lower()]
    if by.month == day.month and by > day:
        forms.append(f"the {_ordinal_words(by.day)}")
    if next_week:
        forms.append(f"next {by:%A}".lower())
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date, voice: bool = False) -> str:
    if voice:
        return spoken_day(r, zh, day, by)
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def company(r: random.Random, who: Party) -> str:
    """The sender's company in this set's forms: in capitals, as 'the … team', the city in
    brackets after the name (华联贸易（上海）有限公司) or the name without its trade."""
    if who.zh:
        forms = [who.short, who.name]
        if who.name.endswith("有限公司") and who.short in who.name:
            city = who.name[: who.name.index(who.short)]
            if city:
                forms.append(f"{who.short}（{city}）有限公司")
        if len(who.short) >= 4:
            forms.append(who.short[:2])
        return r.choice(forms)
    return r.choice([who.name.upper(), f"the {who.short} team", who.name])


def _first(person: str) -> str:
    return person.split()[0]


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as other mail systems show it: 'Smith, Anna', 'Anna Smith via Blue Foods',
    '华联-李伟'; on the same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    alias = company(r, who)
    person = shown not in (who.name, who.short)
    if who.zh:
        forms = [f"{alias}-{shown}", f"{shown}|{alias}"] if person else [f"{who.short}订货"]
    else:
        parts = shown.split()
        forms = [f"{who.short} Orders"] + ([f"{shown} via {alias}"] if person else [])
        if len(parts) == 2 and person:
            forms.append(f'"{parts[1]}, {parts[0]}"')
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off in this set's forms; someone writing for the usual buyer says so."""
    alias = company(r, who)
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"祝好！\n{person}\n{alias} 采购部",
                f"{alias}·{person}\n微信同号 1{r.randint(30, 89)}{r.randint(10000000, 99999999)}",
                f"谢谢配合\n{person}（{alias}）",
                f"{person}\n{alias}\n——\n本邮件由手机QQ邮箱发送",
            ]
        )
        return sign + (f"\n（{who.contact}出差，我先帮忙下单）" if covering else "")
    sign = r.choice(
        [
            f"Warm regards,\n{person}\nStore Manager | {alias}",
            f"Thanks & Regards,\n{person}\n{alias}",
            f"Rgds\n{person}, {alias}",
            f"{person}\n{alias}\n\nGet Outlook for Android",
        ]
    )
    return sign + (f"\nI'm looking after {who.contact}'s accounts this week." if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    alias = company(r, who)
    if who.zh:
        return r.choice(
            [
                f"{alias} 客户服务中心\n{person}",
                f"祝商祺\n{person} 敬呈\n{alias}",
                f"{person}/{alias}",
            ]
        )
    return r.choice(
        [
            f"Thanks & Regards,\n{person}\nCustomer Success, {alias}",
            f"{person}\nSales Coordinator\n{alias}",
            f"Yours sincerely,\n{person} for {alias}",
        ]
    )


# --- order lines ----------------------------------------------------------------------------


def _slip(r: random.Random, name: str) -> str:
    """A slip of this set's kind: the shift key held a letter too long, or a plural's s lost."""
    words = name.split(" ")
    plural = [i for i, x in enumerate(words) if len(x) >= 5 and x.endswith("s") and x.isalpha()]
    if plural and r.random() < 0.5:
        i = r.choice(plural)
        words[i] = words[i][:-1]
        return " ".join(words)
    long = [i for i, x in enumerate(words) if len(x) >= 4 and x[:2].isalpha() and x[0].isupper()]
    if not long:
        return name
    i = r.choice(long)
    words[i] = words[i][:2].upper() + words[i][2:]
    return " ".join(words)


def _plural(word: str, q: int) -> str:
    return word.removesuffix("s") if q == 1 and word.endswith("s") else word


def _line_en(r: random.Random, it: Item, slip: bool) -> tuple[str, dict[str, Any], bool]:
    """(text, gold, whether Chinese words went into it)."""
    base = _slip(r, it.base) if slip else it.base
    q, pack = it.quantity, it.pack
    n = _en_count(r, q)
    piece = r.choice(_PIECES.get(it.category, (("pcs",), ("个",)))[0])
    if it.variant == "case":
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{base} - {n} case", line_gold(it), False),
            (f"{q} {_plural('shippers', q)} {base}", line_gold(it), False),
            (f"{base}: {q} x case/{pack}", line_gold(it), False),
            (f"{base} {q} master {_plural('cartons', q)}", line_gold(it), False),
            (f"{base} {q} (cases of {pack} = {q * pack} {piece})", line_gold(it), False),
            (f"{base} - {n} full case {_plural('lots', q)}", line_gold(it), False),
            (f"{n} x {base} ({pack}/cs)", line_gold(it), False),
            (f"{base} {q} 箱", line_gold(it), True),
        ]
        if it.habit:
            forms.append((f"{base}, {q} as usual", line_gold(it), False))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{base} (family) x {q}", line_gold(it), False),
            (f"{n} of the family-size {base}", line_gold(it), False),
            (f"{base}, large family size, {q} {_plural(piece, q)}", line_gold(it), False),
            (f"{base} - family size - qty {q:02d}", line_gold(it), False),
            (f"{base} 家庭装 {q}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{base} - {q} each", line_gold(it), False),
        (f"{q} x 1 {base}", line_gold(it), False),
        (f"{base}, {n} {_plural(piece, q)}, broken case is fine", line_gold(it), False),
        (f"{n} {_plural(piece, q)} of {base} (open stock)", line_gold(it), False),
        (f"{q} {base}, by the {_plural(piece, 1)}", line_gold(it), False),
        (f"{base} - {q} (individual {piece})", line_gold(it), False),
        (f"{base} {q}{r.choice(_PIECES.get(it.category, ((), ('个',)))[1])}", line_gold(it), True),
    ]
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 48:  # 24 (2x12): two dozen pieces, or two cases of 12
        forms.append((f"{base} {q} ({q // 12}x12)", line_gold(it, (case, q // 12)), False))
    return r.choice(forms)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any], bool]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    n = _zh_count(r, q)
    unit = r.choice(_PIECES.get(it.category, ((), ("个",)))[1])
    if it.variant == "case":
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{base} {q} 箱（每箱{pack}{unit}）", line_gold(it), False),
            (f"{base}来{n}箱", line_gold(it), False),
            (f"{base}：{q}箱，共{q * pack}{unit}", line_gold(it), False),
            (f"{base} 箱装 ×{q}", line_gold(it), False),
            (f"{n}箱{base}，整箱发", line_gold(it), False),
            (f"{base} {q} {_plural('cases', q)}", line_gold(it), True),
        ]
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{base}家庭装 x {q}", line_gold(it), False),
            (f"家庭装{base}来{n}{unit}", line_gold(it), False),
            (f"{base}（家庭分享装）{q}", line_gold(it), False),
            (f"{base} family size x {q}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{base}零卖{n}{unit}", line_gold(it), False),
        (f"{base}要{n}{unit}散的", line_gold(it), False),
        (f"单{unit}装{base} {q}{unit}", line_gold(it), False),
        (f"{base} {q}{unit}，按{unit}算", line_gold(it), False),
        (f"{base} {q} {_plural('units', q)}", line_gold(it), True),
    ]
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 48:
        forms.append((f"{base} {q}（{q // 12}×12）", line_gold(it, (case, q // 12)), False))
    return r.choice(forms)


def _spoken_en(it: Item) -> str:
    q, base = it.quantity, it.base.lower()
    if it.variant == "case":
        return f"{en_words(q)} {_plural('cases', q)} of {base}"
    if it.variant == "family":
        return f"{en_words(q)} of the family size {base}"
    return f"{en_words(q)} single {base}"


def _spoken_zh(r: random.Random, it: Item) -> str:
    q, base = it.quantity, it.base_zh
    unit = r.choice(_PIECES.get(it.category, ((), ("个",)))[1])
    if it.variant == "case":
        return f"{base}要{zh_words(q)}箱"
    if it.variant == "family":
        return f"家庭装的{base}{zh_words(q)}{unit}"
    return f"{base}散的{zh_words(q)}{unit}"


def _row(it: Item, zh: bool) -> str:
    """A line pasted from a spreadsheet: name, quantity, unit, separated by tabs."""
    if zh:
        unit = "箱" if it.variant == "case" else _PIECES.get(it.category, ((), ("个",)))[1][0]
        name = f"{it.base_zh}家庭装" if it.variant == "family" else it.base_zh
        return f"{name}\t{it.quantity}\t{unit}"
    unit = "CS" if it.variant == "case" else "EA"
    name = f"{it.base} (family size)" if it.variant == "family" else it.base
    return f"{name}\t{it.quantity}\t{unit}"


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words: spoken for a voice message ("voice"), now
    and then a spreadsheet's tab-separated rows in an e-mail, otherwise one line in eight in
    the other language. Returns (texts, gold lines, the message's language)."""
    own = "zh" if zh else "en"
    if mode == "voice":
        said = [_spoken_zh(r, it) if zh else _spoken_en(it) for it in items]
        return said, [line_gold(it) for it in items], own
    if mode == "email" and r.random() < 0.18:
        return [_row(it, zh) for it in items], [line_gold(it) for it in items], own
    texts, golds = [], []
    slip_at = r.randrange(len(items)) if r.random() < 0.25 else -1
    for i, it in enumerate(items):
        other = r.random() < 0.12
        if zh != other:
            text, gold, mixed = _line_zh(r, it)
        else:
            text, gold, mixed = _line_en(r, it, i == slip_at)
        texts.append(text)
        golds.append(gold)
        lang = "mixed" if (other or mixed) else lang
    return texts, golds, lang


def amendment(
    r: random.Random, items: list[Item], texts: list[str], golds: list[dict[str, Any]], zh: bool
) -> str | None:
    """Now and then a figure typed wrong in the list and put right in a note at the top of the
    mail, in cases: rewrites that line and returns the note, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or "\t" in texts[0] or r.random() >= 0.14:
        return None
    i = r.choice(cases)
    it, wrong = items[i], items[i].quantity + r.choice([2, 4, 10])
    golds[i].pop("alternatives", None)  # the note names cases: no other reading is left
    if zh:
        texts[i] = f"{it.base_zh} {wrong}箱"
        return r.choice(
            [
                f"【更正】下面{it.base_zh}写成了{wrong}箱，实际要{it.quantity}箱。",
                f"先说明：{it.base_zh}按{it.quantity}箱发，清单里的{wrong}是笔误。",
            ]
        )
    texts[i] = f"{it.base} x {wrong} cases"
    return r.choice(
        [
            f"CORRECTION: please read {it.base} as {it.quantity} cases (typed {wrong} below).",
            f"Note - {it.base} should be {it.quantity} cases, not {wrong} as in the list.",
        ]
    )


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    if "\t" in texts[0]:
        head = "品名\t数量\t单位" if zh else "Description\tQty\tUOM"
        return "\n".join([head, *texts])
    if zh:
        style = r.choice(["circled", "ordinal", "dash"])
        if style == "circled" and len(texts) <= len(_CIRCLED):
            return "\n".join(f"{_CIRCLED[i]}{t}" for i, t in enumerate(texts))
        if style == "ordinal":
            return "\n".join(f"{_ZH[i + 1] if i < 9 else i + 1}、{t}" for i, t in enumerate(texts))
        return "\n".join(f"— {t}" for t in texts)
    style = r.choice(["slash", "item", "o", "dash"])
    if style == "slash":
        return "\n".join(f"{i}/ {t}" for i, t in enumerate(texts, start=1))
    if style == "item":
        return "\n".join(f"Item {i}: {t}" for i, t in enumerate(texts, start=1))
    if style == "o":  # a Word bullet list pasted as plain text
        return "\n".join(f"o   {t}" for t in texts)
    return "\n".join(f"– {t}" for t in texts)


# --- customers ------------------------------------------------------------------------------


def order_email(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, sign: str, note: str | None
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in this set's words; a correction goes on top."""
    listing = _listing(r, texts, who.zh)
    alias = company(r, who)
    top = f"{note}\n\n" if note else ""
    if who.zh:
        run = "，另外".join(texts)
        subject = r.choice(
            [f"{alias}要货 {ref}", f"订货通知-{ref}", f"[{ref}] 补货", f"落單 {ref}"]
        )
        body = r.choice(
            [
                f"{top}Lotus Harbor 您好！\n我司{ref}号订单明细如下，烦请于{by}前送达：\n"
                f"{listing}\n有问题请及时联系，谢谢配合！\n\n{sign}",
                f"{top}你好～麻烦帮忙安排下{by}的货：{run}。订单{ref}，辛苦啦！\n{sign}",
                f"{top}您好，\n敝公司欲訂購以下商品（訂單編號{ref}），煩請於{by}前送達：\n{listing}\n"
                f"再麻煩您確認，感謝！\n\n{sign}",
                f"{top}Hi，{ref}落單：\n{listing}\n{by}前送到，唔該！\n{sign}",
            ]
        )
        return subject, body
    run = ", plus ".join(texts)
    subject = r.choice(
        [f"[{alias}] order {ref}", f"Supply order ref. {ref}", f"{alias} - order no {ref}"]
    )
    body = r.choice(
        [
            f"{top}Greetings of the day!\n\nPFB our order {ref} for delivery latest by {by}:\n"
            f"{listing}\n\nKindly revert with confirmation and do the needful.\n\n{sign}",
            f"{top}G'day,\n\nCan you pop these on the truck for {by}? Order {ref}.\n{listing}\n\n"
            f"Cheers mate!\n\n{sign}",
            f"{top}Hi there -\n\nPlacing order {ref}. Need it delivered no later than {by}.\n"
            f"{listing}\n\nLet me know if anything's backordered.\n\n{sign}",
            f"{top}Hi, pls help to arrange below order for delivery {by}, ref {ref}:\n{listing}\n"
            f"Thanks ya.\n{sign}",
            f"{top}Further to our call this morning, I confirm our order {ref} as follows:\n"
            f"{listing}\nDelivery required by {by}.\n\n{sign}",
            f"{top}Hi, we'd like {run} please, and could it all come {by}? Reference {ref}. "
            f"Thank you!\n{sign}",
        ]
    )
    return subject, body


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague's forward, its header as Thunderbird, Lotus Notes or Foxmail write it."""
    alias = company(r, who)
    at = f"{r.randint(8, 17):02d}:{r.randint(10, 59)}"
    again = person == who.contact  # the buyer sends it again from a mailbox of their own
    if who.zh:
        note = r.choice([f"客户发到我这了，转一下，{alias}的单。", "这个帮忙下单处理下，谢啦"])
        if again:
            note = "公司邮箱好像没发出去，用私人邮箱再发一次。"
        head = (
            f'------------------ Original ------------------\nFrom:  "{who.contact}"<{who.email}>;'
            f"\nDate:  {day:%a, %b} {day.day}, {day.year} {at}\n"
            f'To:  "sales"<sales@lotusharbor.example>;\nSubject:  {subject}'
        )
        return f"{note}\n{person}\n\n{head}\n\n{body}"
    if r.random() < 0.5:
        note = f"Over to you - {alias} sent this to me direct.\n{person}"
        if again:
            note = f"Resending from my own address, the one below bounced.\n{person}"
        head = (
            f"-------- Forwarded Message --------\nSubject: \t{subject}\n"
            f"Date: \t{day:%a, %d %b %Y} {at}:00 +0800\nFrom: \t{who.contact} <{who.email}>\n"
            f"To: \t{OUR_ORDERS}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    note = f"Please action, thanks.\n{person}"
    head = (
        f"----- Forwarded by {person}/{who.short.replace(' ', '')} on {day:%Y-%m-%d} {at} -----"
        f"\n\n{who.contact} <{who.email}>\n{day:%Y-%m-%d} {at}\nSubject: {subject}"
    )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_above(r: random.Random, who: Party, day: date) -> str:
    """Our order desk's earlier note, quoted above the customer's answer (a reply written below
    the quote): our cut-off, no goods and no figures of an order."""
    before = day - timedelta(days=r.randint(2, 8))
    if who.zh:
        return (
            f"在 {before.year}年{before.month}月{before.day}日，Lotus Harbor 订单组 写道：\n"
            "> 您好，下周我们的业务员休假，有需要的话直接回复这封邮件下单即可。\n\n"
        )
    return (
        f"On {before:%a, %d %b %Y}, Lotus Harbor Orders wrote:\n"
        f"> Hi {_first(who.contact)}, your rep is away next week - for anything you need, just "
        "reply to this mail.\n\n"
    )


def order_chat(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    first: bool,
    voice: bool = False,
) -> str:
    alias = company(r, who)
    spoken = who.short if who.zh else who.short.lower()  # a company name as it is said
    secs = r.randint(8, 40)
    if who.zh:
        if voice:
            intro = f"喂 你好 我是{spoken}的{who.contact} " if first else "喂 "
            said = " 然后".join(texts)
            return f"[语音转文字 0:{secs:02d}] {intro}那个{ref}这单 {said} {by}之前送过来就行"
        intro = (
            r.choice([f"您好，{alias}这边，我是{who.contact}。", f"我{alias}的{who.contact}，"])
            if first
            else ""
        )
        return r.choice(
            [
                f"{intro}@Lotus Harbor 下单{ref}\n" + "\n".join(texts) + f"\n{by}送到，收到请回复1",
                f"{intro}{ref}：{'，再来'.join(texts)}。{by}前能送吗",
                f"{intro}[{ref}]\n" + "\n".join(texts) + f"\n要货时间：{by} 🙏",
            ]
        )
    if voice:
        intro = f"hi it's {_first(who.contact).lower()} from {spoken} " if first else "hi again "
        said = " and then ".join(texts)
        return (
            f"[Voice message 0:{secs:02d}] Transcript: {intro}um for order {ref} can we get "
            f"{said} by {by} thanks"
        )
    intro = (
        r.choice(
            [f"{who.contact} ({alias}) here. ", f"this is {_first(who.contact)} at {alias} - "]
        )
        if first
        else ""
    )
    return r.choice(
        [
            f"{intro}Order {ref} 👇\n" + "\n".join(texts) + f"\nfor {by} pls",
            f"{intro}pls prep {ref}: {' | '.join(texts)} - deliver {by}",
            f"{intro}@Lotus Harbor {ref}, {', then '.join(texts)}. drop off {by} 🙏",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed; now and then a voice message."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"{it.base_zh}也来{_zh_count(r, q)}箱，跟刚才的一起",
                f"还有{it.base_zh}，{q}箱，一块儿送",
                f"[语音转文字 0:0{r.randint(3, 9)}] 哦对了 {it.base_zh}再给我加{zh_words(q)}箱",
            ]
        )
    return r.choice(
        [
            f"actually throw in {q} cases of {it.base} as well",
            f"can u add {_en_count(r, q)} {_plural('cases', q)} of {it.base}? same drop",
            f"[Voice message 0:0{r.randint(3, 9)}] Transcript: oh and add {en_words(q)} "
            f"{_plural('cases', q)} of {it.base.lower()} to that",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"{ref}更正", f"不好意思，{ref}的{it.base_zh}我们多要一点，{old}箱加到{q}箱。"),
                (f"{ref}数量变更", f"{ref}：{it.base_zh}的数量由{old}箱变更为{q}箱，请知悉。"),
            ]
        )
    return r.choice(
        [
            (
                f"{ref} Rev.1",
                f"Please note revision 1 to our order {ref}: {it.base} was {old} cases, now {q} "
                "cases. No other changes.",
            ),
            (
                f"{ref} - bump up",
                f"Sorry to be a pain - on {ref} can we go to {q} cases of {it.base} rather than "
                f"{old}?",
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number}作废", f"您好，{number}请作废处理，先别发了。"),
                (f"撤销{number}", f"麻烦把{number}撤了吧，这批我们不要了。"),
            ]
        )
    return r.choice(
        [
            (f"Void {number}", f"Please void {number} - our customer pulled out. Do not ship."),
            (f"{number}: cancel", f"Hi, kindly cancel {number} and do the needful. Thanks ya."),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"{it.base_zh}价格", f"{it.base_zh}{q}箱什么价？先问问，还没定。"),
                ("请报价", f"请报一下{it.base_zh}的价格，数量{q}箱左右，另外有没有现货？"),
            ]
        )
    return r.choice(
        [
            (
                f"Pricing - {it.base}",
                f"Hi, what's the lead time and price on {q} cases of {it.base}? Just a quote for "
                "now, not an order.",
            ),
            (
                "Quick quote pls",
                f"Could you send pricing for {it.base} ({q} cases) and whether it's in stock?",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}的货呢？{due.year}.{due.month}.{due.day}就该到了，到现在没动静。",
                f"催一下{number}，原定{due.month:02d}月{due.day:02d}日，还没收到。",
            ]
        )
    return r.choice(
        [
            f"{number} - due {due.day} {due:%b} ({due:%a}), nothing arrived. Can someone check?",
            f"Chasing {number}: we were promised the {due.day}{_suffix(due.day)} of {due:%B}.",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}的{amount}已提交付款申请，预计{on.year}/{on.month}/{on.day}到账。",
                f"{number}款项{amount}，{on.month:02d}月{on.day:02d}日安排支付。",
            ]
        )
    return r.choice(
        [
            f"Payment for {number} ({amount}) is scheduled for {_dotted(on)}.",
            f"Remittance for {number} will be released on {on.day}{_suffix(on.day)} of "
            f"{on:%B} - {amount}.",
        ]
    )


# --- suppliers ------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    "价格调整函",
                    f"{product}自{on.year}/{on.month}/{on.day}起执行新价{new}（原价{old}），"
                    "在途订单不受影响。",
                ),
                (
                    f"【通知】{product}新报价",
                    f"受包材上涨影响，{product}单价调为{new}，原{old}，"
                    f"{on.month:02d}月{on.day:02d}日生效。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Price revision - {product}",
                f"Please be informed of a price revision: {product} from {old} to {new}, "
                f"from {on.day} {on:%b} ({on:%a}) onward.",
            ),
            (
                "Revised list price",
                f"Effective {on.day}{_suffix(on.day)} of {on:%B}, our list price for {product} "
                f"is {new} (previously {old}).",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d = new_date
    if who.zh:
        return r.choice(
            [
                (f"{number}交期顺延", f"{number}交期顺延至{d.year}.{d.month}.{d.day}，请知悉。"),
                (
                    f"关于{number}到货时间",
                    f"因天气原因物流停运，{number}到货推迟到{d.month:02d}月{d.day:02d}日，抱歉。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Heads up: {number}",
                f"Heads up - {number} is pushed back to {_dotted(d)} (raw material "
                "short at the mill).",
            ),
            (
                f"{number} revised ETA",
                f"We regret that {number} will not make its original date; revised ETA "
                f"{d.day}{_suffix(d.day)} of {d:%B}.",
            ),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"{number}已接单",
                    f"贵司{number}已接单，预计{ship.year}/{ship.month}/{ship.day}送达。",
                ),
                (
                    f"回复：{number}",
                    f"{number}已录入系统，{ship.month:02d}月{ship.day:02d}日到仓。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Order accepted: {number}",
                f"Your {number} is accepted. It goes on our own truck and should be at your dock "
                f"on {ship.day} {ship:%b} ({ship:%a}).",
            ),
            (
                f"Sales order acknowledgement - {number}",
                f"Acknowledging {number} with thanks; ETA to your warehouse "
                f"{ship.day}{_suffix(ship.day)} of {ship:%B}.",
            ),
        ]
    )


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"电子发票 {ref}",
                    f"{number}的电子发票{ref}见附件，金额{total}，请于{due.year}/{due.month}/"
                    f"{due.day}前结清。",
                ),
                (
                    f"对账：{number}",
                    f"{number}开票{ref}，合计{total}，付款期限{due.month:02d}月{due.day:02d}日。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Invoice {ref} / your order {number}",
                f"Invoice {ref} attached (PDF) against your order {number}. Total {total}, due "
                f"{due.day} {due:%b} ({due:%a}).",
            ),
            (
                f"Billing: {ref}",
                f"Please find our billing {ref} for {number}: amount payable {total} on or before "
                f"the {due.day}{_suffix(due.day)} of {due:%B}.",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number}部分到货", f"{number}的{product}只到了一部分，缺的等下一批。"),
                (f"{product}断供", f"{product}暂时断供，{number}先发有货的部分。"),
            ]
        )
    return r.choice(
        [
            (
                f"Short-shipped: {number}",
                f"{product} on {number} is short-shipped; the remaining qty is on backorder, ETA "
                "to be confirmed.",
            ),
            (
                f"Partial fill - {number}",
                f"Partial fill on {number}: {product} is unavailable from the mill this week, "
                "the rest of the order goes as planned.",
            ),
        ]
    )
