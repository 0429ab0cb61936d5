"""The demo inbox's tenth set of phrasings, written blind by a seventh hand: older owners of
country-town shops typing on a phone (few capitals, numbers as words, "same as last time but"),
Chinese-speaking buyers in Malaysia and Indonesia mixing Malay and English into simplified
Chinese, market-stall traders in chat shorthand with emoji bullets, purchasing agents pasting
spreadsheet rows, and suppliers: import agents and freight forwarders, marketplace and
wholesaler notices with field labels, and a family producer's short notes.

Each message draws its words from its own stream, handed in by the inbox, so that which message
is written from this set changes nothing in any other message."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "tenth"
SHARE = 0.5
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NTH = [
    "_",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_ZH_DIGITS = "零一二三四五六七八九"
_ZH_WEEK = "一二三四五六日"
_MALAY_MONTHS = [
    "_",
    "Jan",
    "Feb",
    "Mac",
    "Apr",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "Sep",
    "Okt",
    "Nov",
    "Dis",
]
_MALAY_DAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
_INDO_MONTHS = ["_", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember"]  # fmt: skip
_INDO_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Single pieces as shopkeepers and stall traders count them; never a word that names a case.
_PIECES: dict[str, tuple[str, str, str]] = {  # short, long, Chinese measure word
    "Beverages": ("btl", "bottles", "支"),
    "Tea": ("pkt", "packets", "包"),
    "Snacks": ("pkt", "packets", "包"),
    "Condiments": ("btl", "bottles", "瓶"),
    "Grains & Noodles": ("pkt", "packets", "包"),
    "Dairy": ("tub", "tubs", "盒"),
    "Frozen Foods": ("bag", "bags", "包"),
    "Personal Care": ("pc", "pieces", "支"),
}
_BULLETS = ("🔸", "▫️", "✅", "👉", "•", "➖")
# How a spreadsheet paste writes the pack in its unit column.
_CASE_UNITS = ("case", "ctn", "CS", "carton", "CTN")
_EACH_UNITS = ("each", "pcs", "EA", "unit", "pc")
_HEADERS = (
    ("product", "qty", "unit"),
    ("Item", "Qty", "UOM"),
    ("description", "quantity", "pack"),
    ("Product Name", "Order Qty", "Unit"),
)
_ROW = re.compile(r'^"?[^;,\t"]+"?(;|,|\t)"?\d+"?\1"?[^;,\t"]+"?$')


# --- numbers, dates, names -------------------------------------------------------------------


def words(n: int) -> str:
    """A whole number in English words (0-999), as an older shopkeeper spells it out."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else f" {_ONES[n % 10]}")
    if n < 1000:
        rest = n % 100
        return f"{_ONES[n // 100]} hundred" + (f" and {words(rest)}" if rest else "")
    return str(n)


def zh_num(n: int) -> str:
    """A whole number in Chinese numerals (0-99); larger ones stay digits."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 100:
        tens = "" if n < 20 else _ZH_DIGITS[n // 10]
        return f"{tens}十{_ZH_DIGITS[n % 10] if n % 10 else ''}"
    return str(n)


def _maybe_words(r: random.Random, n: int) -> str:
    return words(n) if n < 100 and r.random() < 0.5 else str(n)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _nth(n: int) -> str:
    if n <= 20:
        return _NTH[n]
    if n == 30:
        return "thirtieth"
    unit = _NTH[n % 10] if n % 10 else ""
    return f"{_TENS[n // 10]}-{unit}" if unit else _TENS[n // 10]


def _lower(d: date, spec: str) -> str:
    """A weekday or month name the way a phone-typing writer leaves it: lower case."""
    return d.strftime(spec).lower()


def _next_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=7) <= by < monday + timedelta(days=14)


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as these writers give it: a weekday with the day in words or figures, day month
    the British way, day/month only where the day cannot be a month, a spreadsheet's date."""
    ahead = (by - day).days
    wd = f"{by:%A}".lower()
    forms = [
        f"{by.day} {by:%b}".lower(),
        f"the {_nth(by.day)} of {by:%B}".lower(),
        by.isoformat(),
        f"{by.day}-{by:%b}-{by:%y}",
        f"{wd} {by.day} {by:%B}".lower(),
    ]
    if 0 < ahead < 25:
        forms += [f"{wd[:3]} {by.day}{_suffix(by.day)}", f"{wd} the {_nth(by.day)}"]
    if by.day > 12:
        forms.append(f"{wd[:3]} {by.day}/{by.month}")
    if _next_week(day, by):
        forms.append(f"next {wd} ({by.day}{_suffix(by.day)})")
    if ahead == 1:
        forms += [f"tmr ({by.day}/{by.month})" if by.day > 12 else "tmr", "tomoz"]
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    """Malaysian Chinese dates: 号 with 礼拜, a Malay date, day/month only past the twelfth."""
    ahead = (by - day).days
    week = _ZH_WEEK[by.weekday()]
    forms = [
        f"{by.month}月{by.day}号",
        f"{by.month}月{by.day}日（礼拜{week}）",
        f"{by.day}hb {_MALAY_MONTHS[by.month]}",
        f"{by.month}月{by.day}号 hari {_MALAY_DAYS[by.weekday()]}",
        f"{_INDO_DAYS[by.weekday()]} {by.day} {_INDO_MONTHS[by.month]}",
    ]
    if 0 < ahead < 25:
        forms.append(f"{by.day}号礼拜{week}")
    if by.day > 12:
        forms.append(f"{by.day}/{by.month}")
    if _next_week(day, by):
        forms.append(f"下个礼拜{week}（{by.day}号）")
    if ahead == 1:
        forms.append(f"明天（{by.day}号）")
    if ahead == 2:
        forms.append(f"后天 {by.day}号")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as a family's shared address or a phone shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.55:
        return line
    person = shown not in (who.name, who.short)
    if who.kind == "supplier":
        forms = [f"{who.short}物流", f"{who.short} Import"] if who.zh else [
            f"{who.short} Notifications", f"{who.short} Logistics"
        ]  # fmt: skip
    elif who.zh:
        forms = [f"{who.short} Trading", f"Boss {who.contact}"]
        forms += [f"{who.short}（{shown}）"] if person else []
    else:
        forms = [f"{who.short.lower()} shop", f"{who.short} Accounts"]
        forms += [f"{shown} - {who.short}"] if person else []
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off of these writers; someone doing the ordering for another says so."""
    first = person.split()[0] if not who.zh else person
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"{person}\n{who.short}",
                f"谢谢 {person}（{who.short}）",
                f"{who.name}\nPIC: {person}\nHP: 01{r.randint(2, 9)}-{r.randint(100, 999)} "
                f"{r.randint(1000, 9999)}",
                f"{person}\n\n从我的华为手机发送",
            ]
        )
        return sign + (f"\n（{who.contact} cuti，这几天我帮忙下单）" if covering else "")
    sign = r.choice(
        [
            f"thanks love\n{first.lower()}",
            f"cheers {first}\n{who.short}",
            f"Regards,\n{person}\nProcurement | {who.name}",
            f"{first} @ {who.short.lower()}\nsent from my samsung",
            f"ta\n{first}",
        ]
    )
    return sign + (f"\n(doing the orders for {who.contact} this week)" if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    if who.zh:
        return r.choice(
            [
                f"{who.short} 进口部\n{person}",
                f"{person}\n{who.name}\n（本邮件由系统发送，请勿直接回复）",
            ]
        )
    return r.choice(
        [
            f"Ops Team - {who.short}\nSea & Air Freight | Customs Brokerage\nContact: {person}",
            f"-- Automated notice, {who.name} -- replies go to {person}",
            f"{person}\n{who.short} (family owned since 1987)",
            f"Kind regards\n{person} | Import Coordinator\n{who.name}",
        ]
    )


# --- order lines -----------------------------------------------------------------------------


def _slip(r: random.Random, name: str) -> str:
    """A phone-typing slip: one inside letter of a long word dropped or doubled."""
    parts = name.split(" ")
    long = [i for i, x in enumerate(parts) if len(x) >= 6 and x.isalpha()]
    if not long:
        return name
    i = r.choice(long)
    word = parts[i]
    k = r.randint(2, len(word) - 3)
    parts[i] = word[:k] + word[k + 1 :] if r.random() < 0.5 else word[:k] + word[k] + word[k:]
    return " ".join(parts)


def _case_pack(it: Item) -> int | None:
    """How many pieces the goods' case holds, from its catalogue name."""
    case = sibling(it, "case")
    found = re.search(r"Case of (\d+)", case or "")
    return int(found.group(1)) if found else None


def _line_en(r: random.Random, it: Item, slip: bool) -> tuple[str, dict[str, Any]]:
    base = _slip(r, it.base) if slip else it.base
    low = base.lower()
    q, pack = it.quantity, it.pack
    short, long, _ = _PIECES.get(it.category, ("pc", "pieces", "个"))
    if it.variant == "case":
        forms = [
            f"{_maybe_words(r, q)} cartons {low}" if q != 1 else f"one carton {low}",
            f"{q}cs {low}",
            f"{q} ctn {base}",
            f"{low} x {q} ctns ({pack}s)",
            f"{q * pack} {long} {low} = {q} {'case' if q == 1 else 'cases'}",
            f"{words(q)} {'case' if q == 1 else 'cases'} of the {low}",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{q} fam sz {low}",
            f"{_maybe_words(r, q)} of the big family {low}",
            f"{low} family size x{q}",
            f"{low} (family) {q}",
        ]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{q} {short} {low}", line_gold(it)),
        (f"{_maybe_words(r, q)} loose {low}", line_gold(it)),
        (f"{low} {q} singles", line_gold(it)),
        (f"{q} x {low} (by the {long[:-1]})", line_gold(it)),
        (f"{words(q)} {long} of {low}", line_gold(it)),
    ]
    case = sibling(it, "case")
    if case and _case_pack(it) == 12 and q % 12 == 0 and q <= 60:
        # "three dozen": 36 pieces, or three cases of twelve to a clerk who knows the packs
        pieces.append((f"{words(q // 12)} dozen {low}", line_gold(it, (case, q // 12))))
    return r.choice(pieces)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _PIECES.get(it.category, ("pc", "pieces", "个"))[2]
    if it.variant == "case":
        forms = [
            f"{base} {q}箱",
            f"{base} {zh_num(q)}箱（一箱{pack}{unit}）",
            f"{base} {q} ctn",
            f"{base} x{q}箱",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{base}家庭装 {q}{unit}",
            f"家庭装{base} {zh_num(q)}{unit}",
            f"{base}（家庭装）x{q}",
        ]
        return r.choice(forms), line_gold(it)
    forms = [
        f"{base} {q}{unit}（散装）",
        f"{base} {zh_num(q)}{unit}，不要整箱",
        f"{base} {q} pcs 散的",
        f"{base} 单{unit} {q}",
    ]
    return r.choice(forms), line_gold(it)


def _mixed(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A Malaysian or Indonesian buyer naming the goods in English with Chinese, Malay or
    Indonesian pack words (dus and karton are cases; biji and ecer are single pieces)."""
    q = it.quantity
    unit = _PIECES.get(it.category, ("pc", "pieces", "个"))[2]
    if it.variant == "case":
        forms = [f"{it.base} {q}箱", f"{it.base} {q} kotak ctn", f"{it.base} {q} dus"]
        forms.append(f"{it.base} {q} karton @{it.pack}")
    elif it.variant == "family":
        forms = [f"{it.base} 家庭装 {q}{unit}", f"{it.base} family {q} biji"]
    else:
        forms = [
            f"{it.base} {q}{unit} 散装",
            f"{it.base} {q} biji (loose)",
            f"{it.base} {q} pcs ecer",
        ]
    return r.choice(forms), line_gold(it)


def _row(r: random.Random, it: Item, zh: bool, sep: str, quote: bool) -> str:
    """A spreadsheet row: product, quantity, unit, as the agent's sheet holds them."""
    if zh:
        name = it.base_zh + ("家庭装" if it.variant == "family" else "")
        unit = "箱" if it.variant == "case" else _PIECES.get(it.category, ("", "", "个"))[2]
    else:
        catalogue = r.random() < 0.4
        name = it.name if catalogue else it.base
        if it.variant == "family" and not catalogue:
            name += " Family Size"
        unit = r.choice(_CASE_UNITS) if it.variant == "case" else r.choice(_EACH_UNITS)
    fields = [name, str(it.quantity), unit]
    if quote:
        fields = [f'"{f}"' for f in fields]
    return sep.join(fields)


def is_edi(texts: list[str]) -> bool:
    """Whether the lines are rows pasted from a spreadsheet (no other kind of line has a
    separator between a name, a figure and a unit)."""
    return all(_ROW.match(t) for t in texts)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; now and then spreadsheet rows pasted in.
    Returns (texts, gold lines, the message's language)."""
    lang = "zh" if zh else "en"
    if r.random() < (0.25 if mode == "email" else 0.08):
        sep, quote = r.choice([";", ",", "\t"]), r.random() < 0.3
        rows = [_row(r, it, zh, sep, quote) for it in items]
        return rows, [line_gold(it) for it in items], lang
    texts, golds = [], []
    slip_at = r.randrange(len(items)) if not zh and r.random() < 0.3 else -1
    for i, it in enumerate(items):
        if zh and r.random() < 0.15:
            text, gold = _mixed(r, it)
            lang = "mixed"
        else:
            text, gold = _line_zh(r, it) if zh else _line_en(r, it, i == slip_at)
        texts.append(text)
        golds.append(gold)
    return texts, golds, lang


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a writer fixes a case figure in the list and says what it was: rewrites
    that line and returns the note it carries, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or is_edi(texts) or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    it, before = items[i], items[i].quantity + r.choice([1, 2, 5])
    if zh:
        note = r.choice(
            [f"（刚才讲{before}箱，salah，是{it.quantity}箱）", f"(bukan {before}箱 ya)"]
        )
    else:
        note = r.choice(
            [
                f"(not {words(before)} cases like i said on the phone)",
                f"<- sorry typed {before} cases first time",
                f"(changed from {before} cases)",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    if is_edi(texts):
        sep = next(c for c in (";", "\t", ",") if c in texts[0].strip('"'))
        quote = texts[0].startswith('"')
        head = ("品名", "数量", "单位") if zh else r.choice(_HEADERS)
        row = sep.join(f'"{h}"' if quote else h for h in head)
        return "\n".join([row, *texts])
    if zh:
        style = r.choice(["num", "bullet", "plain"])
        if style == "num":
            return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
        if style == "bullet":
            return "\n".join(f"{r.choice(_BULLETS)} {t}" for t in texts)
        return "\n".join(texts)
    style = r.choice(["plain", "dash", "star", "num"])
    if style == "plain":
        return "\n".join(texts)
    if style == "dash":
        return "\n".join(f"-- {t}" for t in texts)
    if style == "star":
        return "\n".join(f"* {t}" for t in texts)
    return "\n".join(f"{i}/ {t}" for i, t in enumerate(texts, 1))


# --- customers -------------------------------------------------------------------------------


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in this set's words (`dates` unused: these writers
    give the day in words)."""
    listing = _listing(r, texts, who.zh)
    if is_edi(texts):
        if who.zh:
            return f"PO {ref} 订单", (
                f"Hi，\n以下是我们的订单（从 Excel copy 的），单号 {ref}，{by}前送到：\n\n"
                f"{listing}\n\n有问题 WhatsApp 我。\n{sign}"
            )
        return r.choice([ref, f"Order {ref} (sheet pasted below)"]), r.choice(
            [
                f"Hi,\n\nPlease find our order {ref} below, pasted from our sheet. Delivery "
                f"required {by}.\n\n{listing}\n\n{sign}",
                f"Good day,\n\nOrder: {ref} - deliver {by}\n\n{listing}\n\nUnits as per the unit "
                f"column please.\n{sign}",
            ]
        )
    if who.zh:
        run = "，".join(texts)
        subject = r.choice([f"订单 {ref}", f"{who.short} order {ref}", f"tolong 送货 - {ref}"])
        body = r.choice(
            [
                f"老板你好，\ntolong 帮我们送以下 barang，单号{ref}：\n{listing}\n{by}前到 boleh？"
                f"\n谢谢lah\n{sign}",
                f"Hi Lotus Harbor，\n{ref}：{run}。\n{by}要收到，麻烦你们了。\n{sign}",
                f"Pak，mohon kirim barang 如下，PO {ref}：\n{listing}\n{by} 到，"
                f"terima kasih 🙏\n{sign}",
                f"你好，\n跟上次一样，不过这次数量是这样：\n{listing}\n单号：{ref}\n送货：{by}\n"
                f"Terima kasih！\n{sign}",
            ]
        )
        return subject, body
    run = " and ".join(texts)
    subject = r.choice([f"order {ref}", f"Re order {ref}", f"{who.short.lower()} order", ref])
    if subject == f"{who.short.lower()} order":
        subject += f" {ref}"
    body = r.choice(
        [
            f"hi its {who.contact.split()[0].lower()} from {who.short.lower()}\nsame as last "
            f"time but the numbers are a bit diffrent so here it is\n{listing}\nfor {by} if "
            f"you can, order no {ref}\n{sign}",
            f"morning\ncould we get {run} for {by} please order number {ref}\n{sign}",
            f"Order {ref}\n\n{listing}\n\nneed by {by}, asap pls if earlier is easy\n{sign}",
            f"stall 14 order {ref}\n{' / '.join(texts)}\n{by} b4 6am pls, pay cash on drop\n{sign}",
            f"hello there\nhope your well. our order this week ({ref})\n{listing}\ndelivery "
            f"{by} please, the back gate will be open\n{sign}",
        ]
    )
    return subject, body


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A family member or colleague sending the order on, under a phone mail app's header."""
    at = f"{r.randint(6, 11)}:{r.randint(10, 59)}"
    if who.zh:
        note = r.choice(
            [f"转发给你们，tolong check 一下。\n{person}", f"FYI，这张单帮忙处理。{person}"]
        )
        head = (
            f"-------- 转发的邮件 --------\n发件人：{who.contact} <{who.email}>\n"
            f"日期：{day.year}年{day.month}月{day.day}日 {at}\n收件人：{OUR_DESK}\n主题：{subject}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    note = r.choice(
        [
            f"mum asked me to send this on to you, her email keeps playing up. {person}",
            f"Forwarding as requested - {person}",
        ]
    )
    head = (
        f"Begin forwarded message:\n\nFrom: {who.contact} <{who.email}>\nDate: {day.day} "
        f"{day:%B} {day.year} at {at}:{r.randint(10, 59)} AEDT\nTo: {OUR_DESK}\n"
        f"Subject: {subject}"
    )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer: a driver-roster notice, no goods, no figures
    of an order."""
    before = day - timedelta(days=r.randint(2, 6))
    if who.zh:
        return (
            f"\n\n在 {before.year}年{before.month}月{before.day}日，{OUR_DESK} 写道：\n"
            "> 您好，我们换了新的送货司机，送货前司机会先打电话，请保持电话畅通。"
        )
    return (
        f"\n\nOn {before:%a}, {before.day} {before:%b} {before.year}, {OUR_DESK} wrote:\n"
        f"> Hi {who.contact.split()[0]}, just a note that our drivers now ring ahead before "
        "every drop-off, so please keep a phone handy on delivery days."
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    listing = _listing(r, texts, who.zh) if is_edi(texts) else ""
    if who.zh:
        intro = f"Hi boss，我是{who.short}的{who.contact}。" if first else ""
        if listing:
            return f"{intro}{ref} 的单 copy 给你：\n{listing}\n{by}送 ya"
        bullets = "\n".join(f"{r.choice(_BULLETS)}{t}" for t in texts)
        return r.choice(
            [
                f"{intro}老板，{ref} 这单 tolong 送：\n{bullets}\n{by} boleh？🙏",
                f"{intro}boss，单号{ref}，{'，'.join(texts)}，{by}前要 ya，谢谢",
                f"{intro}{ref}\n{bullets}\n{by}到 ok？terima kasih 😊",
                f"{intro}Ko，order {ref} ya：{'，'.join(texts)}。{by} kirim bisa？",
            ]
        )
    intro = (
        r.choice([f"hi its {who.contact} at {who.short} ", f"{who.short} here - "]) if first else ""
    )
    if listing:
        return f"{intro}order {ref}, deliver {by}:\n{listing}"
    bullets = "\n".join(f"{r.choice(_BULLETS)} {t}" for t in texts)
    return r.choice(
        [
            f"{intro}order {ref} 👇\n{bullets}\nfor {by} asap pls 🙏",
            f"{intro}{ref}: {', '.join(texts)}. {by} latest thx",
            f"{intro}can i get {' and '.join(texts)} for {by} love. ref {ref} ta",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"老板，再 tambah {q}箱{it.base_zh}，一起送",
                f"{it.base_zh}也要{zh_num(q)}箱 ya，同一车送就好",
            ]
        )
    return r.choice(
        [
            f"forgot - {words(q)} cartons of {it.base.lower()} too love",
            f"➕ {q}cs {it.base.lower()} pls, same truck 🙏",
            f"oh n {q} ctn {it.base} with that thx",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (
                    f"{ref} 改单",
                    f"{ref}的{it.base_zh}改成{q}箱，本来是{old}箱，tolong update，谢谢",
                ),
                (
                    f"change {ref}",
                    f"老板，{ref} 那张单 {it.base_zh} 要{zh_num(q)}箱就好（不是{old}箱）",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"re order {ref}",
                f"about order {ref} love can you make the {it.base.lower()} {words(q)} cases "
                f"instead of {words(old)} thanks",
            ),
            (
                f"PO {ref} - revised line",
                f"Revised line for PO {ref}:\nproduct;qty;unit\n{it.base};{q};case\n(was {old})",
            ),
            (f"{ref} change", f"{ref} - {it.base} now {q}cs not {old}cs pls"),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"cancel {number}", f"{number} 这单 cancel 掉，不要了，sorry ya"),
                (f"取消 {number}", f"单号{number}取消，barang 不用送了，谢谢。"),
            ]
        )
    return r.choice(
        [
            (f"cancel {number}", f"{number} dont need it anymore love, cancel pls"),
            (
                f"Cancellation - {number}",
                f"Please cancel our order {number}; the stock is no longer required.",
            ),
            (f"{number} ❌", f"{number} cancel pls, not needed now sorry"),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (
                    f"询价 {it.base_zh}",
                    f"请问{it.base_zh} {q}箱几钱？boleh bagi harga？先问问而已，还没要下单。",
                ),
                (
                    f"{it.base_zh} ada stok?",
                    f"老板，{it.base_zh} ada stok 吗？{zh_num(q)}箱大概多少钱？只是问价。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"price for {it.base.lower()}",
                f"hows much would {words(q)} cartons of {it.base.lower()} be, not ordering yet "
                "just asking",
            ),
            (
                f"Enquiry: {it.base}",
                f"Could you send your price and availability for {it.base}, approx. {q} cases? "
                "Budgeting only at this stage.",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"老板，{number} 本来{due.month}月{due.day}号要到，到现在还没收到 barang，"
                "tolong check",
                f"{number}的货还没来 leh，说好{due.day}hb {_MALAY_MONTHS[due.month]}的",
            ]
        )
    return r.choice(
        [
            f"{number} hasnt turned up yet love it was meant to be {_lower(due, '%A')} the "
            f"{_nth(due.day)}",
            f"still waiting on {number} 😩 was due {due.day} {due:%b}. eta?",
            f"Order {number} was due on {due.isoformat()} and has not arrived. Please advise.",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number} 的 {amount}，{on.month}月{on.day}号会 bank in 给你们，sorry 迟了",
                f"{number}（{amount}）{on.day}hb {_MALAY_MONTHS[on.month]} 转账，terima kasih",
            ]
        )
    return r.choice(
        [
            f"ill pay {number} {amount} on {_lower(on, '%A')} the {_nth(on.day)} of "
            f"{_lower(on, '%B')}",
            f"{number} ({amount}) goes out by transfer {on.day} {on:%b}, sorry for the wait",
            f"Payment of {amount} for {number} scheduled {on.isoformat()}.",
        ]
    )


# --- suppliers -------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"价格通知：{product}",
                    f"【价格变动】\n商品：{product}\n原价：{old}\n新价：{new}\n生效日期："
                    f"{on.year}-{on.month:02d}-{on.day:02d}",
                ),
                (
                    f"{product} 起价",
                    f"老板，{on.month}月{on.day}号开始{product}从{old}起到{new}，sorry ya。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Price update - {product}",
                f"PRICE UPDATE NOTICE\nItem: {product}\nCurrent price: {old}\nNew price: {new}\n"
                f"Effective: {on.day} {on:%B} {on.year}",
            ),
            (
                f"{product} price",
                f"hi, from {on:%a} {on.day} {on:%b} {product} goes to {new} (was {old}). "
                "costs are up on the farm sorry",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d = new_date
    if who.zh:
        return r.choice(
            [
                (
                    f"{number} 延迟",
                    f"您好，{number} 的货柜在港口被海关扣查，预计{d.month}月{d.day}日"
                    f"（星期{_ZH_WEEK[d.weekday()]}）才能送到贵司仓库。",
                ),
                (
                    f"{number} 船期延误",
                    f"{number}：船期延误，新的送货日期 {d.year}-{d.month:02d}-{d.day:02d}。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Vessel delay - your PO {number}",
                f"Please be advised the vessel carrying PO {number} has rolled to the next "
                f"sailing. Revised delivery to your warehouse: {d:%A} {d.day} {d:%B}.",
            ),
            (
                f"Customs hold: {number}",
                f"Shipment for {number} is on customs hold pending inspection. Once released we "
                f"expect to deliver {d.day}-{d:%b}-{d.year}.",
            ),
            (f"{number}", f"sorry {number} will be late, can bring it {d:%a} {d.day} {d:%b}"),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"订单已接受 {number}",
                    f"订单号：{number}\n状态：已接受\n预计送达：{ship.year}-{ship.month:02d}-"
                    f"{ship.day:02d}",
                ),
                (f"收到 {number}", f"{number} 收到了，{ship.month}月{ship.day}号送过去。"),
            ]
        )
    return r.choice(
        [
            (
                f"Order accepted: {number}",
                f"Order No.: {number}\nStatus: Accepted\nEstimated delivery: "
                f"{ship.day} {ship:%b} {ship.year}\nThis is an automated message.",
            ),
            (
                f"got {number}",
                f"got your {number} thanks, we'll drop it {ship:%A} {ship.day}/{ship:%b}",
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
                    f"发票 {ref}",
                    f"发票号：{ref}\n采购单：{number}\n金额：{total}\n到期日：{due.year}-"
                    f"{due.month:02d}-{due.day:02d}",
                ),
                (
                    f"{number} invoice",
                    f"老板，{number}的发票{ref}附上，共{total}，{due.month}月{due.day}号前付就好。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Invoice {ref} issued",
                f"Invoice no.: {ref}\nYour ref: {number}\nAmount due: {total}\nDue date: "
                f"{due.day} {due:%B} {due.year}",
            ),
            (
                f"{ref} for {number}",
                f"hi, invoice {ref} for your order {number} attached, {total} all up, by "
                f"{due:%a} {due.day} {due:%b} is fine",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number} 缺货", f"{product} 缺货，{number} 先送一部分，剩下的等货到再补。"),
                (
                    f"{number} 部分发货",
                    f"订单：{number}\n缺货商品：{product}\n处理：部分发货，余数补发",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Short shipment - {number}",
                f"Order: {number}\nItem short: {product}\nAction: part shipment, balance to "
                "follow on next consignment",
            ),
            (
                f"{number} short",
                f"no {product} this week sorry, {number} coming without it, rest when we have it",
            ),
        ]
    )
