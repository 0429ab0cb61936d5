"""The demo inbox's fifth set of phrasings, written blind by another hand than the fourth: buyers
who write "three (3) cases", "12ct case", "nos.", "split case", 原箱/成箱/拆箱/只/個, 叁箱 and
full-width digits; dates as 14.03.2026, 2026-03-14, 14-Mar-26, March 14, 2026, 3.14, 三月十四日,
明天/tomorrow; vowel slips and names run together; header blocks, key-value lines and one-line
orders; Apple Mail forwards, replies above our delivery notes, confidentiality footers, formal
Chinese (此致 敬礼) and traditional characters; company names with their legal suffix spelled
out, run together or in pinyin; suppliers writing in the words of other trades.

Each message draws its words from its own stream, seeded from the Writer's fifth stream, so
that which message is written from this set changes nothing in any other message."""

from __future__ import annotations

import random
from datetime import date, timedelta
from string import ascii_lowercase
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

FIFTH_SHARE = 0.35
OUR_DESK = "Lotus Harbor Dispatch <sales@lotusharbor.example>"

_EN_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}
_ZH_PLAIN = "零一二三四五六七八九"
_ZH_FORMAL = "零壹贰叁肆伍陆柒捌玖"  # the numerals of cheques and formal orders
_WEEKDAYS_ZH = "一二三四五六日"
# Single pieces as this set's buyers count them: English words, Chinese measure words.
_PIECES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Beverages": (("bottles", "btl"), ("瓶", "支")),
    "Tea": (("tins",), ("罐",)),
    "Snacks": (("bags", "pkts"), ("包",)),
    "Condiments": (("jars", "btl"), ("瓶",)),
    "Grains & Noodles": (("bags", "sacks"), ("袋",)),
    "Dairy": (("tubs", "pcs"), ("盒",)),
    "Frozen Foods": (("bags",), ("袋",)),
    "Household": (("pieces", "pc"), ("個",)),
    "Personal Care": (("tubes", "bottles"), ("支",)),
    "Stationery": (("pieces", "pc"), ("個",)),
    "Small Appliances": (("units", "sets"), ("台",)),
    "Kitchenware": (("pieces", "pc"), ("只", "把")),
}
_VOWEL_SLIPS = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o"}
# Legal suffixes spelled out, the longer first ("Pte Ltd" before "Ltd").
_SUFFIXES = {"Pte Ltd": "Pte. Limited", "Pty Ltd": "Pty. Limited", "Ltd": "Limited"}
_SUFFIXES |= {"Inc.": "Incorporated", "Co.": "Company", "LLC": "L.L.C."}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# --- numbers, dates, names ------------------------------------------------------------------


def en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    if tens not in _EN_TENS:
        return str(n)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _zh_words(n: int, digits: str) -> str:
    """A number under a hundred in Chinese numerals, plain (二十四) or formal (贰拾肆)."""
    ten = "拾" if digits == _ZH_FORMAL else "十"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    if tens >= 10:
        return str(n)
    lead = "" if tens == 1 and digits == _ZH_PLAIN else digits[tens]
    return lead + ten + (digits[ones] if ones else "")


def _en_count(r: random.Random, q: int) -> str:
    """A quantity: digits mostly, now and then "three (3)" as contracts and formal orders
    write it."""
    roll = r.random()
    if roll < 0.2 and q < 60:
        return f"{en_words(q)} ({q})"
    if roll < 0.3 and q < 20:
        return en_words(q)
    return str(q)


def _zh_count(r: random.Random, q: int) -> str:
    roll = r.random()
    if roll < 0.15:
        return _zh_words(q, _ZH_FORMAL)
    if roll < 0.3 and q != 2:
        return _zh_words(q, _ZH_PLAIN)
    if roll < 0.45:
        return str(q).translate(_FULL_WIDTH)  # typed with the IME in full-width mode
    return "两" if q == 2 else str(q)


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day in European, ISO, US or military-style notation; never 05/03, which reads two
    ways, and a slash only when the day cannot be a month."""
    forms = [f"{by:%Y-%m-%d}", f"{by.day:02d}-{by:%b}-{by:%y}", f"{by:%B} {by.day}, {by.year}"]
    forms += [f"{by:%A}, {by.day} {by:%B}"]
    if by.day > 12:
        forms += [f"{by.day:02d}.{by.month:02d}.{by.year}", f"{by.month}/{by.day}"]
    if by == day + timedelta(days=1):
        forms.append("tomorrow")
    if by == day + timedelta(days=2):
        forms.append("the day after tomorrow")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    week = _WEEKDAYS_ZH[by.weekday()]
    forms = [
        f"{by.month}.{by.day}",
        f"{by:%Y-%m-%d}",
        f"{_zh_words(by.month, _ZH_PLAIN)}月{_zh_words(by.day, _ZH_PLAIN)}日",
        f"{by.month}月{by.day}日星期{'天' if week == '日' else week}",
    ]
    if by.month == day.month and by > day:
        forms.append(f"本月{by.day}号")
    if by == day + timedelta(days=1):
        forms.append("明天")
    if by == day + timedelta(days=2):
        forms.append("后天")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def company(r: random.Random, who: Party) -> str:
    """The sender's company in this set's forms: the legal suffix spelled out, the name run
    together or in lower case, the name without 有限公司, or its pinyin from the address."""
    pinyin = who.email.rpartition("@")[2].split(".")[0].rstrip("0123456789").capitalize()
    if who.zh:
        forms = [who.name.removesuffix("有限公司"), f"{who.short}（{pinyin}）", who.name]
        forms += [f"{pinyin} {who.short}"] if pinyin else []
        return r.choice(forms)
    forms = [who.short.replace(" ", ""), who.short.lower()]
    for suffix, spelled in _SUFFIXES.items():
        if who.name.endswith(f" {suffix}"):
            forms.append(f"{who.name.removesuffix(suffix)}{spelled}")
            break
    return r.choice(forms)


def _first(person: str) -> str:
    return person.split()[0]


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line now and then showing the company instead of the person, or a role
    mailbox's name, on the same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.55:
        return line
    alias = company(r, who)
    if who.zh:
        desk = "订单组" if who.kind == "customer" else "业务部"
        forms = [alias, f"{shown} - {alias}", f"{alias}{desk}"]
    else:
        desk = "Procurement" if who.kind == "customer" else "Order Desk"
        forms = [alias, f"{shown} [{alias}]", f"{desk} - {alias}"]
    return f"{r.choice(forms)} <{address}"


def _disclaimer(alias: str) -> str:
    return (
        f"CONFIDENTIALITY: this e-mail and any attachments are for the named recipient only. "
        f"If you received it in error please tell the sender and delete it. {alias} accepts no "
        "liability for viruses."
    )


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off in this set's forms; someone writing for the usual buyer says so."""
    alias = company(r, who)
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"此致\n敬礼\n{alias}\n{person}",
                f"{person} | {alias}\n电话：0{r.randint(20, 29)}-{r.randint(50000000, 69999999)}",
                f"{alias}采购中心 {person} 敬上",
                f"發自我的手機\n{person}",
            ]
        )
        return sign + (f"\n（替{who.contact}下单）" if covering else "")
    sign = r.choice(
        [
            f"Many thanks,\n{person}\nPurchasing, {alias}",
            f"— {_first(person)}\n{alias} · Procurement",
            f"Best,\n{person}\n{alias}\n\n{_disclaimer(alias)}",
            f"ta,\n{_first(person).lower()} ({alias})",
        ]
    )
    return sign + (f"\n(sending on behalf of {who.contact})" if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    alias = company(r, who)
    if who.zh:
        return r.choice(
            [
                f"{alias}\n业务部 {person}",
                f"顺祝商祺！\n{person}\n{alias}",
                f"{alias}\n{person}（客户经理）",
            ]
        )
    return r.choice(
        [
            f"With best regards,\n{person}\nAccount Manager, {alias}",
            f"{person}\n{alias} | Order Desk",
            f"Regards,\n{person}\n\n{_disclaimer(alias)}",
        ]
    )


# --- order lines ----------------------------------------------------------------------------


def _slip(r: random.Random, name: str) -> str:
    """A spelling slip: a vowel written as its neighbour in sound, or two words run together."""
    words = name.split(" ")
    if len(words) > 1 and r.random() < 0.4:
        k = r.randrange(len(words) - 1)
        return " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2 :]])
    long = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha()]
    if not long:
        return name
    i = r.choice(long)
    spots = [k for k, c in enumerate(words[i]) if 0 < k < len(words[i]) - 1 and c in _VOWEL_SLIPS]
    if not spots:
        return name
    k = r.choice(spots)
    words[i] = words[i][:k] + _VOWEL_SLIPS[words[i][k]] + words[i][k + 1 :]
    return " ".join(words)


def _plural(word: str, q: int) -> str:
    return word.removesuffix("s") if q == 1 and word.endswith("s") else word


def _line_en(r: random.Random, it: Item, slip: bool) -> tuple[str, dict[str, Any], bool]:
    """(text, gold, whether Chinese words went into it)."""
    base = _slip(r, it.base) if slip else it.base
    q, pack = it.quantity, it.pack
    n = _en_count(r, q)
    pieces_en, pieces_zh = _PIECES.get(it.category, (("pieces",), ("个",)))
    piece = r.choice(pieces_en)
    if it.variant == "case":
        single = sibling(it, "single")  # "packs" may be a pack of twelve or a pack of one
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{n} {_plural('cases', q)} {base}", line_gold(it), False),
            (f"{base}, {pack}ct case - qty {q}", line_gold(it), False),
            (f"{q} x case ({pack} ct) {base}", line_gold(it), False),
            (f"{base} .......... {q} cs.", line_gold(it), False),
            (
                f"{n} {'box' if q == 1 else 'boxes'} of {base} ({pack} to a box)",
                line_gold(it),
                False,
            ),
            (f"{base} by the case: {n}", line_gold(it), False),
            (f"{base} - {q} unopened {_plural('cases', q)}", line_gold(it), False),
            (f"{n} {_plural('packs', q)} of {base}", line_gold(it, (single, q)), False),
            (f"{base} 整箱 x{q}", line_gold(it), True),
        ]
        if it.habit:
            forms.append((f"{base} qty {q}", line_gold(it), False))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{n} family {base}", line_gold(it), False),
            (f"{base} [family size] - {q} {_plural(piece, q)}", line_gold(it), False),
            (f"{q} x {base}, the large family size", line_gold(it), False),
            (f"{base} fam. size qty {q}", line_gold(it), False),
            (f"{base} 家庭装 x{q}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{n} {_plural(piece, q)} {base} (singles)", line_gold(it), False),
        (f"{q} nos. {base}", line_gold(it), False),
        (f"{base} - {q} {_plural(piece, q)}, split case", line_gold(it), False),
        (f"{base} x {q} {_plural(piece, q)} - no full cases", line_gold(it), False),
        (f"{n} individual {base}", line_gold(it), False),
        (f"{base} 零拿 {q}{pieces_zh[0]}", line_gold(it), True),
    ]
    if not it.new_pack:
        forms.append((f"{base} qty {q}", line_gold(it), False))
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 48:
        forms.append((f"{q // 12} dz {base}", line_gold(it, (case, q // 12)), False))
    return r.choice(forms)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any], bool]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    n = _zh_count(r, q)
    unit = r.choice(_PIECES.get(it.category, ((), ("个",)))[1])
    if it.variant == "case":
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{base}原箱×{q}", line_gold(it), False),
            (f"{base}{n}箱", line_gold(it), False),
            (f"成箱{base} {n}箱", line_gold(it), False),
            (f"{base}{q}件（{pack}{unit}一件）", line_gold(it), False),
            (f"{n}箱的{base}", line_gold(it), False),
            (f"{base} {q} {_plural('cartons', q)}", line_gold(it), True),
        ]
        if it.habit:
            forms.append((f"{base} 数量{q}", line_gold(it), False))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{base}家庭实惠装{n}{unit}", line_gold(it), False),
            (f"家庭装的{base}要{n}{unit}", line_gold(it), False),
            (f"{base}（大份家庭装）×{q}", line_gold(it), False),
            (f"{base} family size {q}{unit}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{base}拆箱{n}{unit}", line_gold(it), False),
        (f"{base} 零拿{q}{unit}", line_gold(it), False),
        (f"{base}按{unit}要，{n}{unit}", line_gold(it), False),
        (f"{n}{unit}{base}（单{unit}）", line_gold(it), False),
        (f"{base} {q} pcs", line_gold(it), True),
    ]
    if not it.new_pack:
        forms.append((f"{base} 数量{q}", line_gold(it), False))
    return r.choice(forms)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; one in seven in the other language.
    Returns (texts, gold lines, the message's language)."""
    texts, golds = [], []
    slip_at = r.randrange(len(items)) if r.random() < 0.25 else -1
    for i, it in enumerate(items):
        other = r.random() < 0.14
        if zh != other:
            text, gold, mixed = _line_zh(r, it)
        else:
            text, gold, mixed = _line_en(r, it, i == slip_at)
        texts.append(text)
        golds.append(gold)
        lang = "mixed" if (other or mixed) else lang
    return texts, golds, lang


def afterthought(
    r: random.Random, items: list[Item], texts: list[str], golds: list[dict[str, Any]], zh: bool
) -> str | None:
    """Now and then a line written with a wrong figure and put right below the signature, in
    cases: rewrites that line and returns the note, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    it, wrong = items[i], items[i].quantity + r.choice([1, 3, 5])
    golds[i].pop("alternatives", None)  # the note names cases: no other reading is left
    if zh:
        texts[i] = f"{it.base_zh} {wrong}箱"
        return r.choice(
            [
                f"另：{it.base_zh}不是{wrong}箱，是{it.quantity}箱，以此为准。",
                f"更正一下，{it.base_zh}只要{it.quantity}箱。",
            ]
        )
    texts[i] = f"{wrong} cases {it.base}"
    return r.choice(
        [
            f"PPS - scratch that, {it.base} is {it.quantity} cases only.",
            f"Oh and the {it.base} should be {it.quantity} cases ({wrong} was a typo).",
        ]
    )


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    style = r.choice(["numbered", "lettered", "star", "arrow", "plain"])
    if style == "numbered":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, start=1))
    if style == "lettered":
        # (a long order runs past (j): the letters go on, as a person's would)
        return "\n".join(f"({ascii_lowercase[i % 26]}) {t}" for i, t in enumerate(texts))
    if style == "star":
        return "\n".join(f"* {t}" for t in texts)
    if style == "arrow":
        return "\n".join(f"{'→' if zh else '>'} {t}" for t in texts)
    return "\n".join(texts)


# --- customers ------------------------------------------------------------------------------


def order_email(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, sign: str
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in this set's words."""
    listing = _listing(r, texts, who.zh)
    alias = company(r, who)
    if who.zh:
        run = "；".join(texts)
        subject = r.choice([f"【订货】{ref}", f"{alias}补货单{ref}", f"訂單 {ref}", f"要货～{ref}"])
        body = r.choice(
            [
                f"订单号：{ref}\n到货日期：{by}\n收货地点：仓库\n明细：\n{listing}\n\n{sign}",
                f"您好！\n\n請於{by}前送貨，明細如下：\n{listing}\n訂單號：{ref}\n謝謝！\n\n{sign}",
                f"Lotus Harbor的朋友们好：这次订{run}，{by}前送到就行，单号{ref}。\n{sign}",
                f"销售部：\n\n烦请安排以下货品（我方单号 {ref}），要求{by}送达。\n\n{listing}\n\n"
                f"收到请回复确认。\n{sign}",
            ]
        )
        return subject, body
    run = "; ".join(texts)
    subject = r.choice(
        [f"{ref}", f"Re-order {ref}", f"Stock order - {alias}", f"PO: {ref} / {alias}"]
    )
    body = r.choice(
        [
            f"Hey folks,\n\nPO number: {ref}\nDelivery date: {by}\nDeliver to: main store\n\n"
            f"Items:\n{listing}\n\n{sign}",
            f"Hope you're keeping well! Can we get {run} delivered for {by}? PO is {ref}."
            f"\n\n{sign}",
            f"Good afternoon,\n\nSorry for the short notice, we're running low. Could you squeeze "
            f"in the following for {by} at the latest?\n\n{listing}\n\nOur order number: "
            f"{ref}\n\n{sign}",
            f"To the order desk,\n\nKindly deliver on or before {by} against our purchase order "
            f"{ref}:\n{listing}\n\nPlease acknowledge receipt.\n\n{sign}",
        ]
    )
    return subject, body


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A forward from a phone or Apple Mail by a colleague, the original below its header."""
    alias = company(r, who)
    if who.zh:
        note = r.choice([f"转发{alias}的订单，请跟进", f"{alias}的单子，帮忙录一下 谢谢"])
        head = (
            f'-------- 原始邮件 --------\n发件人："{who.contact}" <{who.email}>\n'
            f"日期：{day.year}年{day.month}月{day.day}日\n收件人：{OUR_DESK}\n主题：{subject}"
        )
        return f"{note}\n{person}\n\n{head}\n\n{body}"
    note = r.choice(
        [f"FYI - from {alias}, see below.", f"Can the team action this one from {alias} pls?"]
    )
    head = (
        f"Begin forwarded message:\n\nFrom: {who.contact} <{who.email}>\nSubject: {subject}\n"
        f"Date: {day:%d %B %Y} at {r.randint(8, 18)}:{r.randint(10, 59)}\nTo: {OUR_DESK}"
    )
    return f"{note}\n\nSent from my iPhone\n{person}\n\n{head}\n\n{body}"


def reply_to_notice(r: random.Random, who: Party, day: date) -> str:
    """Our dispatch desk's earlier notice, quoted below the customer's order: delivery days and
    cut-off times, no goods and no figures of an order."""
    before = day - timedelta(days=r.randint(3, 9))
    if who.zh:
        return (
            f"\n\n------------------ 原始邮件 ------------------\n发件人：{OUR_DESK}\n"
            f"发送时间：{before.year}年{before.month}月{before.day}日\n"
            "各位客户好，本月起配送日改为每周二、周五，前一天下午两点前下单当天排车。"
        )
    return (
        f"\n\n________________________________\nFrom: {OUR_DESK}\nSent: {before:%A, %B %d, %Y}"
        "\nSubject: Delivery days\n\nDear customer, from this month our van calls on Tuesdays and "
        "Fridays. Orders in by 2pm the day before make the next run."
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    alias = company(r, who)
    if who.zh:
        # lines one after another on a space, unless a line has spaces of its own
        spaced = "；".join(texts) if any(" " in t for t in texts) else " ".join(texts)
        intro = f"亲，{alias}的{who.contact}哈～" if first else ""
        return r.choice(
            [
                f"{intro}下单下单 {ref}\n" + "\n".join(texts) + f"\n{by}之前到哦 谢谢亲",
                f"{intro}[{ref}] {spaced} {by}前 👌",
                f"{intro}嗯嗯 那就这样：{'，'.join(texts)}。{by}送，单号{ref}",
            ]
        )
    intro = f"hey it's {_first(who.contact)} @ {alias} - " if first else ""
    return r.choice(
        [
            f"{intro}quick one for {ref} - {' and '.join(texts)} - by {by} 👍",
            f"{intro}ok so order {ref}\n" + "\n".join(texts) + f"\nneed it {by} ta",
            f"{intro}morning! {ref}: {'; '.join(texts)}. {by} if you can",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"啊对 {it.base_zh}再来{_zh_words(q, _ZH_PLAIN)}箱",
                f"追加：{it.base_zh} 原箱×{q}",
                f"刚漏了{it.base_zh}，加{q}箱一起送",
            ]
        )
    return r.choice(
        [
            f"+ {it.base} {q} cases, same delivery",
            f"ah nearly forgot - {en_words(q)} cases of {it.base} too",
            f"add {q}cs {it.base} to that pls 🙏",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"{ref} 数量调整", f"{ref}里的{it.base_zh}，{old}箱改成{q}箱，别的不动。"),
                (f"更改：{ref}", f"麻烦把{ref}的{it.base_zh}调整为{q}箱（之前写的{old}箱）。"),
            ]
        )
    return r.choice(
        [
            (
                f"Change to {ref}",
                f"Hi, on {ref} please make the {it.base} {q} cases instead of {old}. Nothing else "
                "changes.",
            ),
            (
                f"{ref} - revised qty",
                f"Revised quantity for {ref}: {it.base} now {q} cases (previously {old}).",
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"关于{number}", f"您好，{number}我们这边先不要了，请取消，给您添麻烦了。"),
                (f"取消{number}", f"{number}取消，客户那边退单了，不好意思。"),
            ]
        )
    return r.choice(
        [
            (f"{number} cancelled", f"Hi, please cancel {number} in full - plans changed here."),
            (f"Withdraw {number}", f"We need to withdraw order {number}. Please do not dispatch."),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"询{it.base_zh}", f"请问{it.base_zh}还有库存吗？{q}箱的话单价能做到多少？"),
                ("咨询价格", f"想问下{it.base_zh}，要是拿{q}箱，多少钱一箱，几天能到？"),
            ]
        )
    return r.choice(
        [
            (
                f"Quote request - {it.base}",
                f"Could you quote us for {q} cases of {it.base}? Also lead time please.",
            ),
            (
                "Stock check",
                f"Do you have {it.base} on hand? Thinking about {q} cases, what would that cost?",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}到现在都没送来，约的是{due.month}.{due.day}，请尽快给个说法。",
                f"你好，{number}（应于{due.year}-{due.month:02d}-{due.day:02d}到货）还没收到，麻烦查一下。",
            ]
        )
    return r.choice(
        [
            f"Hello? {number} was promised for {due:%Y-%m-%d} and we still have nothing. "
            "Please advise.",
            f"Following up on {number}, due {due.day:02d}-{due:%b}-{due:%y}. Still not here.",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}的款（{amount}）财务已排期，{on.month}.{on.day}付出。",
                f"抱歉拖了，{number} 金额{amount}，{on:%Y-%m-%d}转账。",
            ]
        )
    return r.choice(
        [
            f"Re {number}: {amount} is in our payment run on {on:%Y-%m-%d}.",
            f"Sorry for the wait. {number} ({amount}) will be settled {on:%B} {on.day}, {on.year}.",
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
                    "新价格执行通知",
                    f"贵司好！{product}价格自{on:%Y-%m-%d}起上浮至{new}（现价{old}），之前下的单仍按现价。",
                ),
                (
                    f"{product}调价",
                    f"各位老客户：{product}从{on.month}.{on.day}起由{old}调到{new}，请更新贵司系统中的价格。",
                ),
            ]
        )
    return r.choice(
        [
            (
                "Price list update",
                f"Please update your records: {product} unit price {old} → {new}, effective "
                f"{on:%Y-%m-%d}.",
            ),
            (
                f"{product} - new cost price",
                f"Dear buyer, regrettably our cost price for {product} rises to {new} (from {old}) "
                f"with effect from {on:%B} {on.day}, {on.year}.",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"{number}交期变更",
                    f"{number}原定交期无法满足，延至{new_date:%Y-%m-%d}送达，敬请谅解。",
                ),
                (
                    f"{number}晚到",
                    f"不好意思，{number}的车排不上，改{new_date.month}.{new_date.day}到。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"{number} - new delivery date",
                f"Our container was held at the port, so {number} now lands on "
                f"{new_date:%Y-%m-%d}. Sorry for the knock-on.",
            ),
            (
                f"Delay: {number}",
                f"Hi, {number} has slipped; we can deliver {new_date:%A} "
                f"{new_date.day:02d}-{new_date:%b}-{new_date:%y} at the earliest.",
            ),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number} 已排产", f"贵司{number}订单我们已排产，交货日期：{ship:%Y-%m-%d}。"),
                (f"确认{number}", f"{number}收到，{ship.month}.{ship.day}送到贵司仓库。"),
            ]
        )
    return r.choice(
        [
            (
                f"Confirmation of {number}",
                f"We are pleased to confirm {number}; delivery is booked for {ship:%B} {ship.day}, "
                f"{ship.year}.",
            ),
            (
                f"{number} is in our system",
                f"{number} is in our system, we'll deliver on {ship:%Y-%m-%d}.",
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
                    f"增值税专用发票 {ref}",
                    f"{number}的增值税专用发票已开出，票号{ref}，价税合计{total}，账期至{due:%Y-%m-%d}。",
                ),
                (
                    f"{ref}请款",
                    f"您好，附件为{number}的发票{ref}，金额{total}，请在{due.month}.{due.day}前付款。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Tax invoice {ref}",
                f"Attached is our tax invoice {ref} for {total} relating to your order {number}. "
                f"Terms: due {due:%Y-%m-%d}.",
            ),
            (
                f"Your invoice {ref} (ref {number})",
                f"Please find our invoice {ref}, amount {total}, for {number} attached. Kindly "
                f"remit by {due:%B} {due.day}, {due.year}.",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number}欠货", f"{number}中{product}欠货，本次先发现货部分，欠的下次补齐。"),
                (f"{number}缺{product}", f"您好，{product}仓库没货了，{number}只能分批发。"),
            ]
        )
    return r.choice(
        [
            (
                f"Partial delivery - {number}",
                f"We're short on {product}, so {number} goes out partial today; the rest is on "
                "backorder.",
            ),
            (
                f"{number}: {product} out of stock",
                f"{product} is out of stock at our end. The other items on {number} ship as "
                "planned and the missing quantity follows later.",
            ),
        ]
    )
