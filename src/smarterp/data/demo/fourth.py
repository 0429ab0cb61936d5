"""The demo inbox's fourth set of phrasings, written blind (without looking at the reader, its
lexicons or its tests): orders as tables, bullet lists, run-on sentences and "pls send" notes;
trade pack words (cs, ctn, outers, trays, 12pk, 3x12, 整箱, 提, 拆零, loose, ea) and quantities
in words; keyboard slips; replies above a quoted message from our sales desk; Outlook-style
forwards; company names written as initials, brand or city and brand; supplier confirmations,
delays, price changes, invoices and shortages in new wordings.

Each message draws its words from its own stream, seeded from the Writer's fourth stream, so
that which message is written from this set changes nothing in any other message."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo import names
from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

FOURTH_SHARE = 0.3
OUR_SALES = "Lotus Harbor Sales <sales@lotusharbor.example>"

_EN_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}
_ZH_DIGITS = "零一二三四五六七八九"
_ZH_WEEKDAYS = "一二三四五六日"
# Single pieces as buyers count them, per category (English, Chinese).
_PIECES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Beverages": (("bottles", "cans", "btls"), ("瓶", "罐")),
    "Tea": (("tins", "units"), ("罐", "盒")),
    "Snacks": (("bags", "packets"), ("包", "袋")),
    "Condiments": (("bottles", "jars"), ("瓶",)),
    "Grains & Noodles": (("bags", "units"), ("袋",)),
    "Dairy": (("units", "pcs"), ("个",)),
    "Frozen Foods": (("bags", "units"), ("袋",)),
    "Household": (("units", "pcs"), ("个",)),
    "Personal Care": (("bottles", "tubes"), ("支", "瓶")),
    "Stationery": (("pcs", "units"), ("个",)),
    "Small Appliances": (("units", "pcs"), ("台",)),
    "Kitchenware": (("pcs", "units"), ("个", "把")),
}
_KEYBOARD = {
    "a": "qs", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "n": "bm", "r": "et", "s": "ad",
    "t": "ry", "l": "k", "c": "xv", "m": "n",
}  # fmt: skip
_UNIT_SLIPS = {"cases": "caes", "cartons": "catrons", "bottles": "bottes", "units": "untis"}


# --- numbers, dates, names ------------------------------------------------------------------


def en_number(n: int) -> str:
    """A quantity in English words ("twenty four", without the hyphen many people skip)."""
    if n < 20:
        return _EN_SMALL[n]
    tens, ones = divmod(n, 10)
    if tens not in _EN_TENS:
        return str(n)
    return _EN_TENS[tens] + (f" {_EN_SMALL[ones]}" if ones else "")


def zh_number(n: int) -> str:
    """A quantity in Chinese numerals, 两 for a lone two as people say it."""
    if n == 2:
        return "两"
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    if tens >= 10:
        return str(n)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[ones] if ones else "")


def _amount(r: random.Random, n: int, zh: bool) -> str:
    if n <= 30 and r.random() < 0.3:
        return zh_number(n) if zh else en_number(n)
    return str(n)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as English writers give it; never a bare 05/03 that reads two ways."""
    monday = day - timedelta(days=day.weekday())
    forms = [f"{_ordinal(by.day)} {by:%B}", f"{by:%a} {_ordinal(by.day)} {by:%b}"]
    forms += [f"{by:%A} the {_ordinal(by.day)}", f"{by:%b} {_ordinal(by.day)}"]
    if by.day > 12:
        forms.append(f"{by:%a} {by.day}/{by.month}")
    if by.month == day.month and by > day:
        forms.append(f"the {_ordinal(by.day)}")
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms.append(f"{by:%A} next week")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    monday = day - timedelta(days=day.weekday())
    name = _ZH_WEEKDAYS[by.weekday()]
    forms = [
        f"{by.month}月{by.day}号",
        f"{by.month}/{by.day}",
        f"{by.month}月{by.day}日（周{name}）",
    ]
    if by.month == day.month and by > day:
        forms.append(f"{by.day}号")
    if monday < by < monday + timedelta(days=7) and by > day:
        forms.append(f"这礼拜{'天' if name == '日' else name}")
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms.append(f"下礼拜{'天' if name == '日' else name}")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def company(r: random.Random, who: Party) -> str:
    """The sender's company as its own people write it: in full, short, initials, brand."""
    if who.zh:
        rest = who.name.removesuffix("有限公司")
        city = next((c for c, _, _ in names.ZH_CITIES if rest.startswith(c)), "")
        brand = who.short
        for trade, _ in names.ZH_TRADES:
            brand = brand.removesuffix(trade) or brand
        return r.choice([who.name, who.short, brand, f"{city}{brand}", f"{who.short}公司"])
    initials = "".join(w[0] for w in who.short.split()).upper()
    forms = [who.name, who.short, who.short.upper()]
    forms += [f"{who.short} Purchasing"] if who.kind == "customer" else []
    forms += [initials] if len(initials) >= 3 else []
    return r.choice(forms)


def _first(person: str, zh: bool) -> str:
    return f"小{person[0]}" if zh else person.split()[0]


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line with another display name now and then: the person with the company
    beside, or a department on the company's own address. The address stays."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.6:
        return line
    alias = company(r, who)
    forms = [f"{shown}（{alias}）"] if who.zh else [f'"{shown} | {alias}"', f"{shown} ({alias})"]
    forms = [] if shown == who.name else forms
    if address.rstrip(">") == who.email:
        buyer = who.kind == "customer"
        desks = ["采购部"] if buyer else ["销售部", "客服"]
        desks = (
            desks
            if who.zh
            else ([" Orders", " Accounts"] if buyer else [" Sales", " Customer Service"])
        )
        forms += [f"{alias}{desk}" for desk in desks]
    return f"{r.choice(forms)} <{address}" if forms else line


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off; a colleague sending for the usual buyer says so."""
    alias = company(r, who)
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"{alias} 采购 {person}",
                f"——\n{person}\n{alias}\n手机：1{r.randint(3, 8)}{r.randint(100000000, 999999999)}",
                f"{person}（{alias}）",
            ]
        )
        return sign + (f"\n（{who.contact}休假，由我代为下单）" if covering else "")
    sign = r.choice(
        [
            f"Cheers,\n{_first(person, False)}\n{alias}",
            f"--\n{person}\nBuyer | {alias}\n"
            f"M: +44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            f"Regards\n{person} ({alias})",
            f"{_first(person, False)} @ {alias}\nSent from my iPhone",
        ]
    )
    return sign + (f"\n(covering for {_first(who.contact, False)} this week)" if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    alias = company(r, who)
    if who.zh:
        return r.choice(
            [f"{alias} 客服部 {person}", f"{person}\n{alias} 销售内勤", f"{alias}\n{person}"]
        )
    return r.choice(
        [
            f"Kind regards,\n{person}\nCustomer Service | {alias}",
            f"{alias} Sales Office\n{person}",
            f"Thanks\n{_first(person, False)}\n--\n{alias}",
        ]
    )


# --- order lines ----------------------------------------------------------------------------


def _slip(r: random.Random, name: str) -> str:
    """A neighbouring key hit for one letter of a long word."""
    words = name.split(" ")
    long = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha()]
    if not long:
        return name
    i = r.choice(long)
    spots = [k for k, c in enumerate(words[i]) if k > 0 and c in _KEYBOARD]
    if not spots:
        return name
    k = r.choice(spots)
    words[i] = words[i][:k] + r.choice(_KEYBOARD[words[i][k]]) + words[i][k + 1 :]
    return " ".join(words)


def _plural(word: str, q: int) -> str:
    return word.removesuffix("s") if q == 1 and word.endswith("s") else word


def _line_en(r: random.Random, it: Item, slip: bool) -> tuple[str, dict[str, Any], bool]:
    """(text, gold, whether Chinese words went into it)."""
    base = _slip(r, it.base) if slip else it.base
    base = base.lower() if r.random() < 0.2 else base
    q, pack = it.quantity, it.pack
    n = _amount(r, q, zh=False)
    pieces_en, pieces_zh = _PIECES.get(it.category, (("units",), ("个",)))
    piece = r.choice(pieces_en)
    if it.variant == "case":
        single = sibling(it, "single")
        cases = (
            r.choice(["cases", "cartons"]) if r.random() > 0.15 else r.choice(["caes", "catrons"])
        )
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{n} cs {base}", line_gold(it), False),
            (f"{base} x {q} ctn", line_gold(it), False),
            (f"{n} {_plural(cases, q)} of {base}", line_gold(it), False),
            (f"{n} {_plural('outers', q)} of {base}", line_gold(it), False),
            (f"{q} x {pack}pk {base}", line_gold(it), False),
            (f"{q}x{pack} {base}", line_gold(it, (single, q * pack)), False),
            (f"{base}: {n} full {_plural('cartons', q)}", line_gold(it), False),
            (f"{base} {q}箱", line_gold(it), True),
        ]
        if it.category == "Beverages":
            forms.append(
                (f"{base} - {n} {_plural('trays', q)} ({pack} per tray)", line_gold(it), False)
            )
        if it.habit:
            forms.append((f"{base} x{q}", line_gold(it), False))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{q} x {base} family sz", line_gold(it), False),
            (f"{base} (the family size) - {n}", line_gold(it), False),
            (f"{n} family-size {base}", line_gold(it), False),
            (f"{base} FAM SIZE x {q}", line_gold(it), False),
            (f"{base}家庭装 {q}{r.choice(pieces_zh)}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{n} {_plural(piece, q)} {base}", line_gold(it), False),
        (f"{base} - {q} loose", line_gold(it), False),
        (f"{q} ea {base}", line_gold(it), False),
        (f"{base}, {n} single {_plural(piece, q)}", line_gold(it), False),
        (f"{q} {_plural('units', q)} of {base} (not cases)", line_gold(it), False),
        (f"{base} {q}{r.choice(pieces_zh)}", line_gold(it), True),
    ]
    if not it.new_pack:
        forms.append((f"{base} x{q}", line_gold(it), False))
    if q == 6:
        forms.append((f"half a dozen {base}", line_gold(it), False))
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 60:
        dozens = "a" if q == 12 else en_number(q // 12)
        forms.append((f"{dozens} dozen {base}", line_gold(it, (case, q // 12)), False))
    return r.choice(forms)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any], bool]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    n = _amount(r, q, zh=True)
    unit = r.choice(_PIECES.get(it.category, ((), ("个",)))[1])
    if it.variant == "case":
        forms: list[tuple[str, dict[str, Any], bool]] = [
            (f"{base} {n}整箱", line_gold(it), False),
            (f"{n}箱{base}（{pack}{unit}/箱）", line_gold(it), False),
            (f"{base}：{q}ctn", line_gold(it), True),
            (f"{base} {n}提（一提{pack}{unit}）", line_gold(it), False),
            (f"{base}按箱拿，{n}箱", line_gold(it), False),
            (f"{base} 整件×{q}", line_gold(it), False),
            (f"{base}{n}件", line_gold(it, (sibling(it, "single"), q)), False),
            (f"{it.base} {n}箱", line_gold(it), True),
        ]
        if it.habit:
            forms.append((f"{base}×{q}", line_gold(it), False))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{base}家庭装 {n}{unit}", line_gold(it), False),
            (f"{q}{unit}家庭号{base}", line_gold(it), False),
            (f"大瓶家庭装{base}×{q}", line_gold(it), False),
            (f"{it.base} family size {q}{unit}", line_gold(it), True),
        ]
        return r.choice(forms)
    forms = [
        (f"{base}{n}{unit}", line_gold(it), False),
        (f"{base} 散{q}{unit}", line_gold(it), False),
        (f"{base}单{unit}{q}", line_gold(it), False),
        (f"{q}{unit}{base}，拆零", line_gold(it), False),
        (f"{base} {q}{unit}（不要整箱）", line_gold(it), False),
        (f"{it.base} {q}{unit}", line_gold(it), True),
    ]
    if not it.new_pack:
        forms.append((f"{base}×{q}", line_gold(it), False))
    return r.choice(forms)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; now and then one in the other language or
    with a word of it. Returns (texts, gold lines, the message's language)."""
    texts, golds = [], []
    slip_at = r.randrange(len(items)) if r.random() < 0.2 else -1
    for i, it in enumerate(items):
        other = r.random() < 0.1
        if zh != other:
            text, gold, mixed = _line_zh(r, it)
        else:
            text, gold, mixed = _line_en(r, it, i == slip_at)
        texts.append(text)
        golds.append(gold)
        lang = "mixed" if (other or mixed) else lang
    return texts, golds, lang


def table(r: random.Random, items: list[Item], zh: bool) -> tuple[str, list[dict[str, Any]]]:
    """The lines as a small table pasted from a spreadsheet: item, quantity, unit."""
    rows, golds = [], []
    for it in items:
        pieces_zh = _PIECES.get(it.category, ((), ("个",)))[1]
        if zh:
            name = it.base_zh + ("家庭装" if it.variant == "family" else "")
            unit = "箱" if it.variant == "case" else pieces_zh[0]
        else:
            name = it.base + (" Family Size" if it.variant == "family" else "")
            unit = r.choice(["CS", "CTN"]) if it.variant == "case" else r.choice(["EA", "PCS"])
        rows.append((name, str(it.quantity), unit))
        golds.append(line_gold(it))
    if r.random() < 0.5:
        header = ("品名", "数量", "单位") if zh else ("Item", "Qty", "Unit")
        body = [f"| {a} | {b} | {c} |" for a, b, c in [header, *rows]]
        body.insert(1, "|---|---|---|")
    else:
        width = max(len(a) for a, _, _ in rows) + 2
        title = "品名 / 数量 / 单位" if zh else f"{'Description':<{width}}Qty  Unit"
        body = [title] + [f"{a:<{width}}{b:>3}  {c}" for a, b, c in rows]
    return "\n".join(body), golds


# --- customers ------------------------------------------------------------------------------


def order_email(
    r: random.Random, who: Party, ref: str, texts: list[str], listing: str | None,
    by: str, sign: str,
) -> tuple[str, str]:  # fmt: skip
    """(subject, body) of an order e-mail; `listing` is a table when the lines came as one."""
    if listing is None:
        mark = r.choice(["bullet", "number", "dash"])
        listing = "\n".join(
            f"{i}) {t}" if mark == "number" else f"{'•' if mark == 'bullet' else '-'} {t}"
            for i, t in enumerate(texts, start=1)
        )
    alias = company(r, who)
    if who.zh:
        subject = r.choice(
            [f"{alias}订货 {ref}", f"采购单号{ref}", "本周补货单", f"发货申请-{ref}"]
        )
        run = "、".join(texts[:-1]) + f"，还有{texts[-1]}" if len(texts) > 1 else texts[0]
        body = r.choice(
            [
                f"{r.choice(['老板好', '您好', '张姐好'])}，\n{by}前麻烦送一下：\n{listing}\n"
                f"订单号：{ref}\n辛苦了！\n\n{sign}",
                f"你好，这周要{run}，{by}之前送到，单号{ref}，谢谢\n{sign}",
                f"发货清单如下（{ref}），请{by}前安排：\n\n{listing}\n\n有问题随时联系。\n{sign}",
            ]
        )
        return subject, body
    run = ", ".join(texts[:-1]) + f" & {texts[-1]}" if len(texts) > 1 else texts[0]
    subject = r.choice([f"Order - {ref}", f"PO#{ref}", f"{alias} order {ref}", "weekly order"])
    body = r.choice(
        [
            f"{r.choice(['Hi team', 'Morning all', 'Dear Sir/Madam'])},\n\nPlease find our order "
            f"below for delivery on or before {by}:\n\n{listing}\n\nRef: {ref}\n\n{sign}",
            f"Hi, could you please send over {run}? We'd need it by {by}. Our ref is {ref}. "
            f"Thanks!\n{sign}",
            f"pls send:\n{listing}\nPO# {ref}, needed {by}\n{sign}",
            f"Hello Lotus Harbor team,\n\nOrder no. {ref} as follows - delivery {by} latest "
            f"please.\n\n{listing}\n\nThanks in advance\n{sign}",
        ]
    )
    return subject, body


def correction(r: random.Random, it: Item, zh: bool) -> str:
    """A P.S. that puts right the figure of a line (always in cases)."""
    q = it.quantity
    if zh:
        return r.choice(
            [f"附：{it.base_zh}数量写错了，应为{q}箱。", f"PS {it.base_zh}改{q}箱，上面打错了"]
        )
    return r.choice(
        [
            f"P.S. Just noticed a typo - {it.base} should read {q} cases, not {q + 2}.",
            f"PS: change the {it.base} to {q} cs pls, sorry",
        ]
    )


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """An Outlook-style forward by a colleague, with a word about why it came this way."""
    alias = company(r, who)
    sent = f"{day:%A, %d %B %Y} {r.randint(7, 11)}:{r.randint(10, 59)}"
    if who.zh:
        note = r.choice(
            [
                f"这单是{alias}发到我邮箱的，转给你们处理。\n{person}",
                f"麻烦跟进一下{alias}的订单，谢谢\n{person}",
            ]
        )
        head = (
            f"发件人：{who.contact} <{who.email}>\n发送时间：{day.year}年{day.month}月{day.day}日\n"
        )
        return f"{note}\n\n{head}收件人：{OUR_SALES}\n主题：{subject}\n\n{body}"
    note = r.choice(
        [
            f"Hi both, order from {alias} came to me by mistake - over to you.\n{person}",
            f"Passing this on - can someone pick it up? thx\n{person}",
        ]
    )
    head = f"-----Original Message-----\nFrom: {who.contact} <{who.email}>\nSent: {sent}\n"
    return f"{note}\n\n{head}To: {OUR_SALES}\nSubject: {subject}\n\n{body}"


def reply_to_sales(r: random.Random, who: Party, items: list[Item], day: date) -> str:
    """Our sales desk's earlier note, quoted under the customer's answer: it names goods
    (an offer) but orders nothing."""
    before = day - timedelta(days=r.randint(2, 6))
    offer = r.choice(items)
    if who.zh:
        return (
            f"\n\n>> 原邮件\n>> 发件人：{OUR_SALES}\n>> 时间：{before.month}月{before.day}日\n"
            f">> {who.contact}您好，下周有需要补的货吗？"
            f"{offer.base_zh}这周有活动价，需要的话告诉我。"
        )
    return (
        f"\n\nOn {before:%d/%m/%Y} {r.randint(8, 17)}:{r.randint(10, 59)} {OUR_SALES} wrote:"
        f"\n> Hi {_first(who.contact, False)},"
        f"\n> just checking in - anything you need next week? {offer.base} is on offer at the "
        f"moment if you're interested.\n> Best, Lotus Harbor"
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    alias = company(r, who)
    if who.zh:
        intro = r.choice([f"我是{alias}的{who.contact}，", f"{alias}{_first(who.contact, True)}，"])
        intro = intro if first else ""
        return r.choice(
            [
                f"{intro}{ref}：{'，'.join(texts)}，{by}能到吗",
                f"{intro}老板，下单啦\n" + "\n".join(texts) + f"\n单号{ref}，{by}前送哈",
            ]
        )
    intro = r.choice([f"hi, it's {_first(who.contact, False)} from {alias}. ", f"{alias} here - "])
    intro = intro if first else ""
    return r.choice(
        [
            f"{intro}can i get {' + '.join(texts)} for {ref}? need it {by}",
            f"{intro}order {ref}\n" + "\n".join(texts) + f"\n{by} pls 🙏",
            f"{intro}hiya. {ref}: {' / '.join(texts)}. {by} ok?",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"再补{zh_number(q)}箱{it.base_zh}",
                f"{it.base_zh}忘了，加{q}箱",
                f"刚才的单子上再加{it.base_zh} {q}箱哦",
            ]
        )
    return r.choice(
        [
            f"oh one more thing - {en_number(q)} more cs of {it.base} pls",
            f"+{q} ctn {it.base} to that pls",
            f"sorry forgot the {it.base}, {q} cases on the same order",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (
                    f"修改订单{ref}",
                    f"你好，{ref}那张单，{it.base_zh}由{old}箱加到{q}箱，其它不变。",
                ),
                (f"回复：{ref}", f"{ref}的{it.base_zh}麻烦改为{q}箱（原{old}箱），其余照旧，谢谢"),
            ]
        )
    return r.choice(
        [
            (
                f"Amendment to {ref}",
                f"Hi, re {ref} - can we bump {it.base} up to {q} cases (was {old})? Rest as is.",
            ),
            (
                f"RE: {ref}",
                f"Quick change on {ref} please: {it.base} {old} -> {q} cases. "
                "Everything else unchanged.",
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number} 取消", f"您好，{number}这单取消吧，我们这边暂时不需要了，抱歉。"),
                (f"撤单：{number}", f"{number}请作废，已经从别家拿到货了。"),
            ]
        )
    return r.choice(
        [
            (f"Cancel {number}", f"Please cancel {number} - we've sourced it elsewhere, sorry."),
            (
                f"{number} - no longer required",
                f"Hi, we won't need {number} after all, please don't ship it.",
            ),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"{it.base_zh}报价", f"你好，{it.base_zh}现在什么价？拿{q}箱有优惠吗？有现货吗？"),
                ("问一下", f"{it.base_zh}最近有货没？如果要{q}箱大概多久能到，单价多少？"),
            ]
        )
    return r.choice(
        [
            (
                f"{it.base} - price?",
                f"Hi, what's your best price on {it.base} for {q} cases, "
                "and do you have it in stock?",
            ),
            (
                "Quick q",
                f"Before we place anything - how much would {q} cases of {it.base} come "
                "to, and how soon could you deliver?",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}还没到，说好{due.month}月{due.day}号的，什么情况？",
                f"请查一下{number}的物流，{due.month}月{due.day}日就该到了，现在还没见到货。",
            ]
        )
    return r.choice(
        [
            f"Still waiting on {number} - it was supposed to be here on {_ordinal(due.day)} "
            f"{due:%B}. Any update?",
            f"Chasing {number} again: due {due:%a %d %b}, nothing received. Can you check with "
            "the driver?",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}的{amount}，我们{on.month}月{on.day}号付，麻烦再等两天。",
                f"财务说{number}这笔{amount}排在{on.month}月{on.day}日付款，到时候留意一下。",
            ]
        )
    return r.choice(
        [
            f"Apologies - {number} ({amount}) will be paid on {_ordinal(on.day)} {on:%B}.",
            f"Our accounts team has {number} for {amount} scheduled for payment on {on:%a %d %B}.",
        ]
    )


# --- suppliers ------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    if who.zh:
        day = f"{on.year}年{on.month}月{on.day}日"
        return r.choice(
            [
                (
                    "价格调整通知",
                    f"尊敬的客户：自{day}起，{product}出厂价由{old}元调整为{new}元，敬请留意。",
                ),
                (
                    f"{product}新价格",
                    f"各位客户，受物流成本影响，{product}从{on.month}月{on.day}号开始执行新价格{new}（原{old}）。",
                ),
            ]
        )
    return r.choice(
        [
            (
                "Revised pricing",
                f"Dear valued customer,\n\nPlease note that with effect from "
                f"{_ordinal(on.day)} {on:%B %Y} the price of {product} will increase from {old} "
                f"to {new}.",
            ),
            (
                f"Price update - {product}",
                f"Our price for {product} moves to {new} (currently "
                f"{old}) for all deliveries from {on:%d %b %Y}.",
            ),
            (
                "Heads up on pricing",
                f"Heads up: {product} {old} -> {new} from "
                f"{_ordinal(on.day)} {on:%B}. Sorry, costs are up across the board.",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    m, d = new_date.month, new_date.day
    if who.zh:
        return r.choice(
            [
                (f"{number}延期", f"您好，{number}因物流原因推迟，改为{m}月{d}号到，抱歉。"),
                (f"关于{number}交期", f"关于{number}：工厂排产延误，预计{m}月{d}日送达，请见谅。"),
            ]
        )
    return r.choice(
        [
            (
                f"Re: {number}",
                f"We've been let down by our haulier - {number} will now arrive "
                f"on {new_date:%A} {_ordinal(d)} {new_date:%B}.",
            ),
            (
                f"Update on {number}",
                f"Update on {number}: dispatch pushed back, new delivery date {new_date:%d %B %Y}.",
            ),
            (
                f"{number} - revised ETA",
                f"Apologies, {number} will be with you on "
                f"{new_date:%b} {_ordinal(d)} rather than the agreed date.",
            ),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    m, d = ship.month, ship.day
    if who.zh:
        return r.choice(
            [
                (f"回复：{number}", f"{number}已收到并确认，安排{m}月{d}日送货。"),
                (f"接单确认 {number}", f"贵司{number}号采购订单我司已接单，交货日期{m}月{d}日。"),
            ]
        )
    return r.choice(
        [
            (
                f"PO {number} accepted",
                f"Thank you for PO {number}. We confirm acceptance; the "
                f"goods are scheduled to arrive on {_ordinal(d)} {ship:%B}.",
            ),
            (f"RE: {number}", f"{number} received and booked in for delivery {ship:%a %d %b}."),
        ]
    )


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"{number} 发票",
                    f"附件是{number}对应的发票（票号{ref}），金额{total}，请于{due.month}月{due.day}日前安排付款。",
                ),
                (
                    f"请款：{ref}",
                    f"您好，{number}货款{total}，发票{ref}已寄出，付款期限{due.month}月{due.day}号。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Invoice {ref} / PO {number}",
                f"Please see attached our invoice {ref} against "
                f"your PO {number} for {total}. Payment due {_ordinal(due.day)} {due:%B}.",
            ),
            (
                f"{ref}",
                f"Invoice {ref} - {total} - PO {number}, payable by {due:%d %b %Y}. "
                "Bank details as before.",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"{number}部分发货",
                    f"{number}中{product}暂时缺货，先发有货部分，其余到货后补发。",
                ),
                (
                    f"关于{number}",
                    f"您好，{product}库存不足，{number}本次无法全部发出，差额下批补上。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"{number} - part shipment",
                f"We can only supply part of {number}: {product} is "
                "out of stock, the balance will follow as soon as it lands.",
            ),
            (
                f"Short ship {number}",
                f"Please note {number} will be short-shipped - {product} "
                "unavailable, backorder to follow.",
            ),
        ]
    )
