"""The demo inbox's thirteenth set of phrasings, written blind by a tenth hand: a Montréal
grocer writing every sentence twice (English / français); a Brazilian importer mixing Portuguese
into English; a Gulf foodstuff trader's formal purchase order with its PO date and receiving
hours; a restaurant group's operations manager splitting one order by venue, all delivered to
the central kitchen; an event caterer counting guests (pax); a Filipino grocery owner writing
Taglish with "po"; Chinese buyers: an online shop's owner (亲, 哈, 补货), a company's
administration office ordering staff benefits (福利) for a headcount, a staff canteen's
requisition form (申购单, 需用日期) and an ordering mini-program's order pasted by hand; lines
with dot leaders, emoji bullets, arrows, counts in words, the pieces a case count comes to,
箱规, 品名/数量 fields; corrections marked in the list; and suppliers: a new importer's sales
coordinator (a line discontinued), a customer-operations desk pasting its carrier's exception
notice, a credit-control officer, a co-packer with production runs, a Chinese factory's order
follower (跟单), a wholesale-market stall and an import agent clearing customs.

Each message draws its words from its own stream, handed in by the inbox, so that which message
is written from this set changes nothing in any other message. A partner keeps one voice (where
and who they are), chosen by its id."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "thirteenth"
SHARE = 0.5  # half of what no earlier set took; the fourteenth writes the rest
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
CUSTOMER_VOICES = ("quebec", "brazil", "gulf", "group", "caterer", "pinoy")
ZH_CUSTOMER_VOICES = ("shop", "welfare", "canteen", "miniapp")
SUPPLIER_VOICES = ("importer", "ops", "credit", "copacker")
ZH_SUPPLIER_VOICES = ("gendan", "stall", "customs")
STYLES = ("leader", "emoji", "arrow", "words", "total")

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS = "零一二三四五六七八九"
_ZH_WEEK = "一二三四五六日"
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_PT_DAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "sábado", "domingo")  # fmt: skip
_PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro")  # fmt: skip
_TL_DAYS = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
# Single pieces as these buyers count them: an English word that never means a carton, the
# way of saying "one at a time" with it, and the Chinese measure word.
_PIECES: dict[str, tuple[str, str, str]] = {
    "Beverages": ("bottles", "bottle", "瓶"),
    "Tea": ("pcs", "piece", "盒"),
    "Snacks": ("bags", "bag", "袋"),
    "Condiments": ("bottles", "bottle", "瓶"),
    "Grains & Noodles": ("bags", "bag", "袋"),
    "Dairy": ("units", "piece", "盒"),
    "Frozen Foods": ("bags", "bag", "袋"),
    "Personal Care": ("pcs", "piece", "支"),
    "Small Appliances": ("units", "piece", "台"),
}
_DEFAULT_PIECE = ("pcs", "piece", "个")
_EMOJI = {
    "Beverages": "🥤", "Tea": "🍵", "Snacks": "🍿", "Condiments": "🧂", "Grains & Noodles": "🍜",
    "Dairy": "🥛", "Frozen Foods": "🧊", "Household": "🧽", "Personal Care": "🧴",
    "Stationery": "✏️", "Small Appliances": "🔌", "Kitchenware": "🍳",
}  # fmt: skip
# A line with dot leaders between the goods and the count, as in a typed form.
_LEADER = re.compile(r"^.+ \.{3,} .+$")
_VENUES = (("Harbourside", "Old Town", "Airport"), ("Northgate", "Riverside"),
           ("Main St", "Beach Rd", "Station Sq"))  # fmt: skip
_CHEFS = ("Chef Marco", "Chef Aroha", "Chef Tomás", "Chef Leilani")
_MANAGERS_ZH = ("刘主任", "孙经理", "赵会计", "吴主管")
_SHIFT = ("早班", "中班", "晚班")


# --- numbers, dates, voices --------------------------------------------------------------------


def words(n: int) -> str:
    """A whole number in English words (0-99); larger ones stay in figures."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else f"-{_ONES[n % 10]}")
    return str(n)


def zh_num(n: int) -> str:
    """A whole number in Chinese numerals (0-99; 两 for two); larger ones stay in figures."""
    if n == 2:
        return "两"
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{'' if tens == 1 else _ZH_DIGITS[tens]}十{_ZH_DIGITS[ones] if ones else ''}"
    return str(n)


def _plural(n: int, word: str) -> str:
    return word if n == 1 else f"{word}s"


def _nth(d: date) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _this_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return day < by < monday + timedelta(days=7)


def _next_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=7) <= by < monday + timedelta(days=14)


def fr_day(d: date) -> str:
    """vendredi 13 mars"""
    return f"{_FR_DAYS[d.weekday()]} {d.day} {_FR_MONTHS[d.month - 1]}"


def pt_day(d: date) -> str:
    """sexta-feira, 13 de março"""
    return f"{_PT_DAYS[d.weekday()]}, {d.day} de {_PT_MONTHS[d.month - 1]}"


def chat_days(zh: bool, day: date, by: date) -> list[str]:
    """The ways any of these writers gives the day in a chat: the month named (or 月), the day
    of the month alone within four weeks (the first such day to come), a bare weekday only
    within the coming six days, this week's or next week's weekday in Chinese; tomorrow with
    its date."""
    ahead, m, d, w = (by - day).days, by.month, by.day, _ZH_WEEK[by.weekday()]
    if zh:
        forms = [f"{m}月{d}号", f"{m}月{d}日（周{w}）"]
        forms += [f"{d}号"] if 0 < ahead < 28 else []
        forms += [f"下周{w}（{d}号）"] if _next_week(day, by) else []
        forms += [f"这周{w}"] if _this_week(day, by) else []
        forms += [f"明天（{d}号）"] if ahead == 1 else []
        return forms
    forms = [f"{by:%a} {d} {by:%b}", f"{by:%B} {d}", f"{d} {by:%B}", f"{by:%A} ({by:%B} {d})"]
    forms += [f"the {_nth(by)}"] if 0 < ahead < 28 else []
    forms += [f"{by:%A}"] if 0 < ahead <= 6 else []
    forms += [f"tomorrow ({by:%a} {d})"] if ahead == 1 else []
    return forms


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return r.choice(chat_days(zh, day, by))


def voice_days(where: str, day: date, by: date) -> list[str]:
    """The ways each voice writes the requested day in a mail: the month named or in 月, figures
    alone only day first where the day cannot be a month (or year first, as ISO and Chinese
    forms write it), the day of the month alone within four weeks, a weekday alone within six
    days."""
    ahead, m, d, w = (by - day).days, by.month, by.day, _ZH_WEEK[by.weekday()]
    late = d > 12
    forms: list[str]
    if where == "quebec":  # ISO, as Canada writes it, or the day in both languages
        forms = [f"{by:%Y-%m-%d}", f"{by:%B} {d} / {d} {_FR_MONTHS[m - 1]}"]
    elif where == "brazil":
        forms = [f"{d} de {_PT_MONTHS[m - 1]}", pt_day(by)]
        forms += [f"{d:02d}/{m:02d}"] if late else []
        forms += [f"dia {d}"] if 0 < ahead < 28 else []
    elif where == "gulf":
        forms = [f"{d:02d}-{by:%b}-{by.year}", f"{by:%A}, {d} {by:%B} {by.year}"]
        forms += [f"{d:02d}/{m:02d}/{by.year}"] if late else []
    elif where == "group":
        forms = [f"{by:%a} {d} {by:%b}", f"{by:%A} {_nth(by)} {by:%B}"]
        forms += [f"{by:%A} the {_nth(by)}"] if 0 < ahead < 28 else []
        forms += [f"{by:%A}"] if 0 < ahead <= 6 else []
    elif where == "caterer":
        forms = [f"{by:%A} {d} {by:%B}", f"{d} {by:%B}"]
        forms += [f"{by:%A} the {_nth(by)}"] if 0 < ahead < 28 else []
    elif where == "pinoy":
        forms = [f"{by:%B} {d}", f"{by:%A}, {by:%B} {d}", f"{_TL_DAYS[by.weekday()]}, {by:%B} {d}"]
    elif where == "shop":
        forms = [f"{m}月{d}号", f"{m}.{d}"]
        forms += [f"{d}号"] if 0 < ahead < 28 else []
        forms += [f"下周{w}（{d}号）"] if _next_week(day, by) else []
    elif where == "welfare":
        forms = [f"{m}月{d}日（星期{w}）", f"{by.year}年{m}月{d}日"]
    elif where == "canteen":
        forms = [f"{by.year}-{m:02d}-{d:02d}", f"{by.year}年{m}月{d}日"]
    else:  # the mini-program's field
        forms = [f"{by.year}-{m:02d}-{d:02d}", f"{m:02d}月{d:02d}日 周{w}"]
    return forms


def voice_day(r: random.Random, where: str, day: date, by: date) -> str:
    return r.choice(voice_days(where, day, by))


def voice(who: Party) -> str:
    """The partner's own way of writing, the same in all its messages."""
    pool: tuple[str, ...]
    if who.kind == "supplier":
        pool = ZH_SUPPLIER_VOICES if who.zh else SUPPLIER_VOICES
    else:
        pool = ZH_CUSTOMER_VOICES if who.zh else CUSTOMER_VOICES
    return pool[who.id % len(pool)]


def _first(person: str) -> str:
    return person.split()[0]


def _venues(who: Party) -> tuple[str, ...]:
    return _VENUES[who.id % len(_VENUES)]


def _chef(who: Party) -> str:
    return _CHEFS[who.id % len(_CHEFS)]


def _manager(who: Party) -> str:
    return _MANAGERS_ZH[who.id % len(_MANAGERS_ZH)]


def _po(number: str) -> str:
    return number if number.startswith("PO") else f"PO {number}"


def _said_day(where: str, d: date) -> str:
    """A day already past or agreed, in a short note: always with its month."""
    m, dd = d.month, d.day
    return {
        "quebec": f"{d:%B} {dd} / le {dd} {_FR_MONTHS[m - 1]}",
        "brazil": f"{dd} de {_PT_MONTHS[m - 1]}",
        "gulf": f"{dd:02d}-{d:%b}-{d.year}",
        "group": f"{d:%a} {dd} {d:%b}",
        "caterer": f"{d:%A} {dd} {d:%B}",
        "pinoy": f"{d:%B} {dd}",
        "canteen": f"{d.year}年{m}月{dd}日",
        "miniapp": f"{m}月{dd}日",
        "welfare": f"{m}月{dd}日",
    }.get(where, f"{m}月{dd}号")


def _phone(r: random.Random, where: str) -> str:
    n = r.randint
    return {
        "quebec": f"514-{n(200, 989)}-{n(1000, 9999)}",
        "brazil": f"+55 11 9{n(1000, 9999)}-{n(1000, 9999)}",
        "gulf": f"+971 4 {n(200, 899)} {n(1000, 9999)}",
        "group": f"0{n(400, 499)} {n(100, 999)} {n(100, 999)}",
        "caterer": f"0{n(21, 29)} {n(100, 999)} {n(1000, 9999)}",
        "pinoy": f"+1 {n(201, 989)} {n(200, 989)} {n(1000, 9999)}",
    }.get(where, f"1{n(3, 8)}{n(0, 9)}-{n(1000, 9999)}-{n(1000, 9999)}")


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as each office's mail program shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    forms = {
        "quebec": [f"{shown} | {who.short}", f"Achats / Purchasing {who.short}"],
        "brazil": [f"{shown} - {who.short}", f"Compras {who.short}"],
        "gulf": [f"{who.short} Procurement", f"{shown} ({who.short} LLC)"],
        "group": [f"{who.short} Group Ops", f"{shown} | Ops"],
        "caterer": [f"{who.short} Events & Catering", f"{shown} @ {who.short}"],
        "pinoy": [f"{shown} ({who.short})", f"{who.short} Store"],
        "shop": [f"{who.short}旗舰店", f"{shown}（店主）"],
        "welfare": [f"{who.short}行政部", f"{shown}（行政）"],
        "canteen": [f"{who.short}员工食堂", f"{shown}（食堂）"],
        "miniapp": [f"{who.short}订货", f"{shown}"],
        "importer": [f"{shown} | {who.short} Sales", f"{who.short} Sales Coordination"],
        "ops": [f"{who.short} Customer Operations", f"{who.short} Notifications"],
        "credit": [f"{who.short} Credit Control", f"{shown} - Credit Control"],
        "copacker": [f"{who.short} Production Planning", f"{shown} ({who.short})"],
        "gendan": [f"{shown}（{who.short}跟单）", f"{who.short}业务部"],
        "stall": [f"{who.short}档口", f"{shown}"],
        "customs": [f"{who.short}进口部", f"{shown}（{who.short}关务）"],
    }[voice(who)]
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A buyer's sign-off in its own office's style; someone writing for another says so."""
    where, covering = voice(who), person != who.contact
    phone = _phone(r, where)
    forms = {
        "quebec": [
            f"Merci / Thanks,\n{person}\n{who.name}\nTél. / Tel. {phone}",
            f"{person}\nAchats / Purchasing - {who.short}",
        ],
        "brazil": [
            f"Abraços,\n{person}\n{who.name}\nCel/WhatsApp {phone}",
            f"Att.,\n{person} | {who.short}",
        ],
        "gulf": [
            f"Best Regards,\n{person}\nProcurement Officer\n{who.name}\nP.O. Box "
            f"{r.randint(10000, 99999)}, Dubai, U.A.E.\nTel: {phone}\nTRN: 100"
            f"{r.randint(100000000, 999999999)}00003",
            f"Regards,\n{person}\n{who.short}",
        ],
        "group": [
            f"Cheers,\n{person}\nGroup Operations | {who.name}\n{phone}",
            f"{person} - Ops, {who.short}",
        ],
        "caterer": [
            f"Thanks so much,\n{person}\nEvents Kitchen | {who.name}\n{phone}",
            f"{person}\n{who.short} Catering",
        ],
        "pinoy": [
            f"Salamat po,\n{person}\n{who.name}\n{phone}",
            f"God bless po!\n{person} ({who.short})",
        ],
        "shop": [f"{who.short} 店主 {person}\n（天猫/淘宝同名店铺）", f"{person}～{who.short}"],
        "welfare": [f"{who.name}\n行政部 {person}\n电话：{phone}", f"行政部 {person}"],
        "canteen": [f"{who.name} 员工食堂\n{person}", f"食堂 {person}\n{phone}"],
        "miniapp": [f"{who.short} {person}", f"{person}\n{who.name}"],
    }[where]
    sign = r.choice(forms)
    if not covering:
        return sign
    covered = {
        "quebec": f"(pour / for {who.contact})",
        "brazil": f"(em nome de {who.contact})",
        "gulf": f"(on behalf of {who.contact}, who is on leave)",
        "group": f"(covering for {who.contact})",
        "caterer": f"(sending for {who.contact} - she's on site today)",
        "pinoy": f"(for {who.contact} po)",
        "shop": f"（帮{who.contact}发的）",
        "welfare": f"（代{who.contact}发送）",
        "canteen": f"（替{who.contact}报）",
        "miniapp": f"（代{who.contact}）",
    }[where]
    return f"{sign}\n{covered}"


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    forms = {
        "importer": [
            f"Kind regards,\n{person}\nSales Coordinator | {who.name}\nImporters of fine foods - "
            "new lines every month",
            f"Thanks!\n{person}\n{who.short}",
        ],
        "ops": [
            f"{who.name} | Customer Operations\nPlease do not change the subject line when "
            f"replying.\nContact: {person}",
            f"Regards,\n{person}\nCustomer Ops, {who.short}",
        ],
        "credit": [
            f"Yours sincerely,\n{person}\nCredit Controller | {who.name}\nRemittances to "
            f"credit@{who.short.lower().replace(' ', '')}.example",
            f"{person}\nCredit Control, {who.short}",
        ],
        "copacker": [
            f"Best,\n{person}\nProduction Planning | {who.name}\nContract packing - "
            "minimum run 500 units",
            f"{person}\n{who.short} Planning",
        ],
        "gendan": [f"{who.name}\n跟单 {person}\n微信/手机同号", f"跟单{person}（{who.short}）"],
        "stall": [f"{who.short}档口 {person}", f"{person}\n{who.short}（批发市场二楼）"],
        "customs": [f"{who.name}\n进口部 {person}", f"{who.short}关务 {person}"],
    }[where]
    return r.choice(forms)


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str, str]:
    return _PIECES.get(it.category, _DEFAULT_PIECE)


def _case_pack(it: Item) -> int | None:
    """How many pieces the goods' case holds, from its catalogue name."""
    found = re.search(r"Case of (\d+)", sibling(it, "case") or "")
    return int(found.group(1)) if found else None


def _dots(base: str) -> str:
    return "." * max(3, 24 - len(base))


def _line_en(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in one of this set's English styles: dot leaders, an emoji bullet, an arrow,
    the count in words, or cases with the pieces they come to."""
    q, pack, base = it.quantity, it.pack, it.base
    many, one, _ = _pieces(it)
    mark = _EMOJI.get(it.category, "▫️")
    if it.variant == "case":
        cases = _plural(q, "case")
        return {
            "leader": f"{base} {_dots(base)} {q} {cases}",
            "emoji": f"{mark} {base} - {q} {cases}",
            "arrow": f"{base} → {q} {cases}",
            "words": f"{base}, {words(q)} {cases}",
            "total": f"{q} full {cases} of {base} (= {q * pack} {many})",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "leader": f"{base} Family Size {_dots(base + ' Family Size')} {q}",
            "emoji": f"{mark} {base} (family size) - {q}",
            "arrow": f"{base} family size → {q}",
            "words": f"{words(q)} family-size {base}",
            "total": f"{q} {base} in the family size",
        }[style], line_gold(it)
    dozens = _case_pack(it) == 12 and q % 12 == 0 and q <= 60
    if dozens and r.random() < 0.3:
        if style in ("words", "total"):  # three dozen and no more: 36, or 3 cases of twelve
            return f"{words(q // 12)} dozen {base}", line_gold(it, (sibling(it, "case"), q // 12))
        dozen = f"{q // 12} dozen ({q} {many})"  # the pieces said beside the dozens
        return {
            "leader": f"{base} {_dots(base)} {dozen}",
            "emoji": f"{mark} {base} - {dozen}",
            "arrow": f"{base} → {dozen}",
        }[style], line_gold(it)
    return {
        "leader": f"{base} {_dots(base)} {q} {many}",
        "emoji": f"{mark} {base} - {q} {many} (singles)",
        "arrow": f"{base} → {q} {many}, by the {one}",
        "words": f"{base}, {words(q)} single {many}",
        "total": f"{q} single {many} of {base} (no cases)",
    }[style], line_gold(it)


def _line_zh(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in simplified Chinese: 箱 for cases (with 箱规 now and then), the goods' measure
    word for pieces, said to be single where it could be taken for a case; 品名/数量 fields."""
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _pieces(it)[2]
    mark = _EMOJI.get(it.category, "▫️")
    n = zh_num(q) if q <= 20 and r.random() < 0.3 else str(q)
    if it.variant == "case":
        return {
            "leader": f"{base} → {n}箱",
            "emoji": f"{mark}{base} {n}箱",
            "arrow": f"{base} {q}箱（箱规{pack}{unit}）",
            "words": f"{base}{zh_num(q)}箱",
            "total": f"品名：{base}　数量：{q}箱",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "leader": f"{base}家庭装 → {n}{unit}",
            "emoji": f"{mark}{base}（家庭装）{n}{unit}",
            "arrow": f"{base} 家庭装 {q}{unit}",
            "words": f"家庭装{base}{zh_num(q)}{unit}",
            "total": f"品名：{base}家庭装　数量：{q}{unit}",
        }[style], line_gold(it)
    return {
        "leader": f"{base} → {n}{unit}（按{unit}拿，不要整箱）",
        "emoji": f"{mark}{base} {n}{unit}（单{unit}）",
        "arrow": f"{base} {q}{unit}（零散，不成箱）",
        "words": f"{base}{zh_num(q)}{unit}（单{unit}）",
        "total": f"品名：{base}（单{unit}）　数量：{q}{unit}",
    }[style], line_gold(it)


def is_leader(texts: list[str]) -> bool:
    """Whether the lines are typed as a form, with dot leaders."""
    return all(_LEADER.match(t) for t in texts)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words, one style to a message (in a chat more
    often emoji bullets and arrows than a form). Returns (texts, gold lines, language)."""
    if mode == "chat":
        style = r.choice(["emoji", "emoji", "arrow", "words", "total"])
    else:
        style = r.choice(STYLES)
    texts, golds = [], []
    for it in items:
        text, gold = _line_zh(r, it, style) if zh else _line_en(r, it, style)
        texts.append(text)
        golds.append(gold)
    return texts, golds, "zh" if zh else "en"


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer corrects a case count in the list before sending and marks it:
    rewrites that line and returns the mark, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    q = items[i].quantity
    before = q + r.choice([-1, 1, 2, 3, 4, 6])
    if before <= 0:
        before = q + 2
    if zh:
        note = r.choice(
            [f"（之前说的{before}箱不算，以{q}箱为准）", f"（改过：原来写的是{before}箱）"]
        )
    else:
        note = r.choice(
            [
                f"<- corrected, I first typed {before}",
                f"(revised from {before} - {q} is right)",
                f"** changed, was {before} **",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], where: str) -> str:
    if where == "quebec":
        return "\n".join(f"• {t}" for t in texts)
    if where == "brazil":
        return "\n".join(f"{i}) {t}" for i, t in enumerate(texts, 1))
    if where == "gulf":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if where == "caterer":
        return "\n".join(f"- {t}" for t in texts)
    if where == "pinoy":
        return "\n".join(f"🛒 {t}" for t in texts)
    if where == "shop":
        return "\n".join(f"🔸{t}" for t in texts)
    if where == "welfare":
        return "\n".join(f"{zh_num(i) if i != 2 else '二'}、{t}" for i, t in enumerate(texts, 1))
    if where == "canteen":
        return "序号　品名及数量\n" + "\n".join(f"{i}　{t}" for i, t in enumerate(texts, 1))
    if where == "miniapp":
        return "\n".join(f"· {t}" for t in texts)
    return "\n".join(texts)


def _by_venue(r: random.Random, who: Party, texts: list[str]) -> str:
    """A group's order split by the venue each line is for, every line under one venue."""
    venues = _venues(who)
    groups: dict[str, list[str]] = {}
    start = r.randrange(len(venues))
    for i, t in enumerate(texts):
        groups.setdefault(venues[(start + i) % len(venues)], []).append(t)
    return "\n\n".join(
        f"{venue.upper()}:\n" + "\n".join(f"- {t}" for t in group)
        for venue, group in groups.items()
    )


# --- customers ---------------------------------------------------------------------------------


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in the buyer's voice, the requested day in its own
    way."""
    day, due = dates
    where = voice(who)
    by = voice_day(r, where, day, due)
    listing = _by_venue(r, who, texts) if where == "group" else _listing(r, texts, where)
    first = _first(who.contact)
    pax = r.randrange(40, 320, 10)
    bodies = {
        "quebec": [
            f"Bonjour / Hi Emma,\n\nVoici notre commande {ref}, à livrer le {fr_day(due)}.\n"
            f"Here is our order {ref}, for delivery on {due:%A, %B} {due.day}.\n\n{listing}\n\n"
            f"Merci de confirmer / Please confirm.\n\n{sign}",
            f"Hi Emma / Bonjour Emma,\n\nOrder / Commande : {ref}\nDelivery / Livraison : {by}"
            f"\n\n{listing}\n\nBonne journée / Have a good day!\n\n{sign}",
        ],
        "brazil": [
            f"Bom dia Emma, tudo bem?\n\nSegue nosso pedido {ref} - delivery {by}, please:\n\n"
            f"{listing}\n\nQualquer dúvida me avisa. Obrigado!\n\n{sign}",
            f"Hi Emma,\n\nHope all is good there! Please find below pedido {ref}, para entrega "
            f"{by}:\n{listing}\n\n{sign}",
        ],
        "gulf": [
            f"Assalamu alaikum Emma,\n\nKindly find below our Purchase Order.\n\nPO No.: {ref}\n"
            f"PO Date: {day:%d-%b-%Y}\nDelivery Date: {by}\nDeliver To: {who.short} Warehouse, "
            f"Al Quoz Industrial Area 3\n\n{listing}\n\nKindly confirm receipt of this PO and the "
            "delivery schedule. Please note our receiving hours are Saturday to Thursday, "
            f"8 AM to 4 PM. JazakAllah khair.\n\n{sign}",
            f"Dear Emma,\n\nGreetings from Dubai. Please arrange the following against our "
            f"{_po(ref)}, delivery required on {by}:\n\n{listing}\n\nThank you.\n\n{sign}",
        ],
        "group": [
            f"Hi Emma,\n\nThis week's order for the group ({ref}). Everything to our central "
            f"kitchen please, {by} - we split it out to the venues from there.\n\n{listing}\n\n"
            f"{sign}",
            f"Morning Emma,\n\nOrder {ref} below, broken down by venue so the team can check it "
            f"off. One drop only, central kitchen, {by}.\n\n{listing}\n\n{sign}",
        ],
        "caterer": [
            f"Hi Emma,\n\nWe've got a function on for {pax} pax - could you deliver the "
            f"following to our kitchen on {by}? Quantities are final, already worked out for "
            f"the numbers.\n\n{listing}\n\nJob ref / PO: {ref}\n\n{sign}",
            f"Hello,\n\nOrder {ref} for an event we're catering ({pax} guests). Delivery needed "
            f"{by}, before 9am if you can.\n\n{listing}\n\n{sign}",
        ],
        "pinoy": [
            f"Hi Ate Emma! Good morning po 😊\n\nPa-order po kami, ref {ref}:\n\n{listing}\n\n"
            f"Sana po ma-deliver by {by}. Salamat po!\n\n{sign}",
            f"Hello po Ms. Emma,\n\nHere's our order po for this week ({ref}). Paki-deliver na "
            f"lang po on {by}.\n{listing}\n\nThank you po!\n\n{sign}",
        ],
        "shop": [
            f"亲，我是{who.short}的店主{first}～\n店里这两天做活动，卖得飞快，赶紧补个货哈：\n\n"
            f"{listing}\n\n麻烦{by}前送到我们仓库哦，单号{ref}，谢谢亲！\n\n{sign}",
            f"亲～补货单{ref}来啦👇\n{listing}\n\n{by}之前要到哈，不然要断货了😭\n\n{sign}",
        ],
        "welfare": [
            f"莲港贸易您好：\n\n我司工会近期给员工发放福利（全公司共{pax // 2}人），以下数量已"
            f"按人数核算好，请照此发货：\n{listing}\n\n请于{by}前送至我司行政部，订单号{ref}。发票抬头："
            f"{who.name}。\n\n{sign}",
            f"您好，我是{who.short}行政部的{first}。公司这次员工福利的物品定下来了（订单号{ref}），"
            f"麻烦{by}前送到：\n{listing}\n\n谢谢！\n\n{sign}",
        ],
        "canteen": [
            f"莲港您好，附上我们员工食堂本周的申购单，请按单备货：\n\n申购单\n申购部门：员工食堂\n"
            f"申购单号：{ref}\n申购日期：{day.year}年{day.month}月{day.day}日\n需用日期：{by}\n\n"
            f"{listing}\n\n经办：{first}　审核：{_manager(who)}\n\n{sign}",
            f"您好，食堂{r.choice(_SHIFT)}的货（申购单号{ref}），需用日期{by}：\n{listing}\n\n"
            f"{sign}",
        ],
        "miniapp": [
            f"你好，我们在订货小程序上下的单一直提交不了，我把订单内容复制过来了，麻烦按这个发：\n\n"
            f"【订货单】\n订单编号：{ref}\n门店：{who.short}\n期望送达：{by}\n商品明细：\n"
            f"{listing}\n\n{sign}",
            f"小程序又卡了😓 直接发邮件下单：\n订单编号：{ref}\n期望送达：{by}\n{listing}\n\n"
            f"{sign}",
        ],
    }[where]
    subjects = {
        "quebec": [f"Commande / Order {ref}", f"{who.short} - commande {ref}"],
        "brazil": [f"Pedido {ref}", f"Order / pedido {ref} - {who.short}"],
        "gulf": [f"Purchase Order {ref} - {who.short}", _po(ref)],
        "group": [f"Group order {ref}", f"{who.short} weekly order {ref}"],
        "caterer": [f"Event order {ref}", f"Order {ref} - function"],
        "pinoy": [f"Order po {ref}", f"{who.short} order {ref}"],
        "shop": [f"补货 {ref}", f"{who.short}补货单"],
        "welfare": [f"员工福利采购 {ref}", f"{who.short}福利物品订单"],
        "canteen": [f"食堂申购单 {ref}", f"申购单（{ref}）"],
        "miniapp": [f"订货单 {ref}", f"小程序下不了单 {ref}"],
    }[where]
    return r.choice(subjects), r.choice(bodies)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """The order sent on, by a colleague or by the buyer from another mailbox, under the header
    their own mail program writes (in French, Portuguese, Chinese or English)."""
    where = voice(who)
    hh, mm = r.randint(7, 11), r.randint(10, 59)
    frm = f"{who.contact} <{who.email}>"
    wd, own, first = day.weekday(), person == who.contact, _first(who.contact)
    if where == "quebec":
        whose = "notre commande" if own else f"la commande de {who.contact}"
        note = f"Emma, voir {whose} ci-dessous / see order below. Merci!\n{person}"
        head = (
            f"De : {frm}\nEnvoyé : {_FR_DAYS[wd]} {day.day} {_FR_MONTHS[day.month - 1]} "
            f"{day.year} {hh} h {mm}\nÀ : {OUR_DESK}\nObjet : {subject}"
        )
    elif where == "brazil":
        whose = "nosso pedido" if own else f"o pedido de {first}"
        note = f"Emma, segue {whose}. Obrigado!\n{person}"
        head = (
            f"---------- Mensagem encaminhada ---------\nDe: {frm}\nData: "
            f"{_PT_DAYS[wd][:3]}., {day.day} de {_PT_MONTHS[day.month - 1][:3]}. de {day.year} "
            f"às {hh}:{mm}\nAssunto: {subject}\nPara: {OUR_DESK}"
        )
    elif who.zh:
        whose = "我们的单" if own else f"{who.contact}的单"
        note = r.choice(
            [f"转给你们，{whose}，麻烦安排一下。\n{person}", f"{whose}，请处理～\n{person}"]
        )
        head = (
            f'-------- 转发邮件信息 --------\n发件人："{who.contact}" <{who.email}>\n发送日期：'
            f"{day:%Y-%m-%d} {hh:02d}:{mm}:{r.randint(10, 59)}\n收件人：{OUR_DESK}\n主题：{subject}"
        )
    elif where == "pinoy":
        whose = "yung order namin" if own else f"order ni {first}"
        note = f"Hi Ate Emma, fwd ko lang po {whose}. Salamat po!\n{person}"
        head = (
            f"----- Forwarded Message -----\nFrom: {frm}\nTo: {OUR_DESK}\nSent: {day:%A, %B} "
            f"{day.day}, {day.year}, {hh}:{mm}:{r.randint(10, 59)} AM GMT-7\nSubject: {subject}"
        )
    else:
        whose = "our PO" if own else f"PO from {who.contact}"
        note = {
            "gulf": f"Dear Emma,\nPlease see below {whose} for your action.\nRegards,\n{person}",
            "group": f"Emma - resending the order below, not sure it got through. Ta\n{person}"
            if own
            else f"Emma - below from {first}, pls process. Ta\n{person}",
            "caterer": f"Hi Emma, {'I' if own else first} sent this earlier but we've had no "
            f"confirmation - forwarding in case it went astray.\n{person}",
        }[where]
        head = (
            f"-------- Original Message --------\nSubject: {subject}\nFrom: {frm}\nTo: "
            f"{OUR_DESK}\nDate: {day.day} {day:%b} {day.year} {hh}:{mm}"
        )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer, under the quote line the buyer's mail program
    writes in its language: clearly the older message, no goods and no count of them."""
    before = day - timedelta(days=r.randint(3, 9))
    hh, mm = r.randint(8, 16), r.randint(10, 59)
    wd, first = before.weekday(), _first(who.contact)
    if who.zh:
        topic, said = r.choice(
            [
                ("仓库搬迁通知", "我司仓库已搬迁至新地址，送货时间不变，如有问题请随时联系。"),
                ("开票信息更新", "我司开票信息有更新，附件为最新开票资料，请查收。"),
                ("送货回访", "感谢反馈，上次送货的问题已转告司机，今后会注意。"),
            ]
        )
        return (
            f"\n\n------------------------------------------------------------------\n发件人："
            f"{OUR_DESK}\n发送时间：{before.year}年{before.month}月{before.day}日(星期"
            f"{_ZH_WEEK[wd]}) {hh}:{mm}\n收件人：{who.contact}\n主　题：{topic}\n\n"
            f"{who.contact}您好，{said}"
        )
    line = {
        "quebec": f"Le {_FR_DAYS[wd][:3]}. {before.day} {_FR_MONTHS[before.month - 1]} "
        f"{before.year}, à {hh} h {mm}, {OUR_DESK} a écrit :",
        "brazil": f"Em {_PT_DAYS[wd][:3]}., {before.day} de {_PT_MONTHS[before.month - 1][:3]}. "
        f"de {before.year} às {hh}:{mm}, {OUR_DESK} escreveu:",
        "pinoy": f"Noong {_TL_DAYS[wd][:3]}, {before:%b} {before.day}, {before.year} nang {hh}:"
        f"{mm}, {OUR_DESK} ay sumulat:",
    }.get(
        voice(who),
        f"On {before:%a}, {before.day} {before:%b} {before.year} at {hh}:{mm}, {OUR_DESK} wrote:",
    )
    note = r.choice(
        [
            f"> Hi {first},\n> we have moved our warehouse; delivery times stay the same.\n"
            "> Any questions, just reply here.\n> Emma",
            f"> Dear {first},\n> a friendly reminder that our price list was updated this "
            "month - it is attached.\n> Best, Emma",
            f"> Hi {first},\n> thanks for the feedback on the last delivery - we have passed it "
            "on to our drivers.\n> Emma",
        ]
    )
    return f"\n\n{line}\n{note}"


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by chat in the buyer's voice."""
    where = voice(who)
    listing = "\n".join(texts)
    intro = {
        "quebec": f"Bonjour / Hi! {who.contact} de / from {who.short}. ",
        "brazil": f"Oi Emma! Aqui é {who.contact}, da {who.short} 👋 ",
        "gulf": f"Assalamu alaikum, {who.contact} from {who.short}. ",
        "group": f"Hi Emma, {who.contact} (ops) from {who.short}. ",
        "caterer": f"Hi! {who.contact} from {who.short} catering here. ",
        "pinoy": f"Hello po Ate Emma! Si {who.contact} po ito from {who.short}. ",
        "shop": f"亲～我是{who.short}的{who.contact}，",
        "welfare": f"您好，{who.short}行政部{who.contact}。",
        "canteen": f"您好，我是{who.short}食堂的{who.contact}。",
        "miniapp": f"你好，{who.short}{who.contact}。",
    }[where]
    intro = intro if first else ""
    bodies = {
        "quebec": [f"{intro}Commande / order {ref} pour / for {by}:\n{listing}\nMerci!"],
        "brazil": [f"{intro}Pedido {ref} 👇\n{listing}\nPara {by}, ok? Obrigado!"],
        "gulf": [f"{intro}Kindly note order {ref}, delivery {by}:\n{listing}\nThank you"],
        "group": [f"{intro}{ref} for the venues, central kitchen {by}:\n{listing}"],
        "caterer": [f"{intro}Event order {ref} - need it {by}:\n{listing}\nta!"],
        "pinoy": [f"{intro}Order po {ref}:\n{listing}\n{by} po sana 🙏 Salamat po!"],
        "shop": [f"{intro}补货哈，单号{ref}\n{listing}\n{by}前到哦，谢谢亲～"],
        "welfare": [f"{intro}福利物品订单{ref}：\n{listing}\n{by}前送到行政部，谢谢"],
        "canteen": [f"{intro}申购单{ref}：\n{listing}\n需用日期{by}"],
        "miniapp": [f"{intro}小程序下不了单，直接发你（{ref}）：\n{listing}\n{by}送"],
    }[where]
    return r.choice(bodies)


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent, in the buyer's words for a case."""
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    cases = _plural(q, "case")
    return r.choice(
        {
            "quebec": [f"Ajoute aussi {q} {_plural(q, 'caisse')} de {base} svp / please add {q} "
                       f"{cases} of {base} 🙏"],
            "brazil": [f"Emma, coloca mais {q} {_plural(q, 'caixa')} de {base} nesse pedido, por "
                       f"favor (caixa com {it.pack})"],
            "gulf": [f"Kindly add {q} {_plural(q, 'carton')} of {base} ({it.pack} pcs per carton) "
                     "to the same order."],
            "group": [f"add {q} {cases} {base} to that one pls, same drop"],
            "caterer": [f"Numbers went up 😅 can you add {q} {cases} of {base}?"],
            "pinoy": [f"Ate, pahabol po: {q} {cases} ng {base}. Salamat po!"],
            "shop": [f"亲，刚那单再加{q}箱{zh}哈～"],
            "welfare": [f"补充一下：{zh}再加{q}箱，又来了几位新同事"],
            "canteen": [f"申购单补一项：{zh} {q}箱，跟刚才的一起送"],
            "miniapp": [f"刚才那单漏了，{zh}加{zh_num(q)}箱"],
        }[where]
    )  # fmt: skip


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    return {
        "quebec": (
            f"Modification / change - {ref}",
            f"Bonjour / Hi Emma,\n\nCommande {ref} : {base}, {q} {_plural(q, 'caisse')} au lieu "
            f"de {old}.\nOrder {ref}: {base}, {q} {_plural(q, 'case')} instead of {old}.\n\n"
            "Le reste ne change pas / Everything else stays the same.",
        ),
        "brazil": (
            f"Alteração pedido {ref}",
            f"Oi Emma, no pedido {ref}, muda {base} para {q} {_plural(q, 'caixa')} de "
            f"{it.pack} (não {old}), please. O resto fica igual. Obrigado!",
        ),
        "gulf": (
            f"Amendment to {_po(ref)}",
            f"Dear Emma,\n\nKindly amend our {_po(ref)} as follows:\n{base} - revised quantity {q} "
            f"{_plural(q, 'carton')} of {it.pack} pcs (previously {old} cartons).\nAll other "
            "items remain unchanged.\n\nThank you.",
        ),
        "group": (
            f"{ref} - change",
            f"Hi Emma, change on {ref}: {base} now {q} {_plural(q, 'case')}, not {old} - one of "
            "the venues is closed for a private booking. Rest as is.",
        ),
        "caterer": (
            f"Re: order {ref} - numbers changed",
            f"Hi Emma, the guest list moved so can we change {ref}: {base} to {q} "
            f"{_plural(q, 'case')} (was {old}). Everything else the same. Thank you!",
        ),
        "pinoy": (
            f"Change po sa order {ref}",
            f"Hi Ate Emma, pa-change lang po sa {ref}: {base}, {q} {_plural(q, 'case')} na lang "
            f"po instead of {old}. Yung iba, same lang po. Salamat!",
        ),
        "shop": (
            f"{ref}改一下",
            f"亲，{ref}那单{zh}改成{q}箱哈（原来是{old}箱），其他不变～",
        ),
        "welfare": (
            f"关于订单{ref}的数量调整",
            f"您好，因人数调整，订单{ref}中{zh}由{old}箱改为{q}箱，其余不变。谢谢！",
        ),
        "canteen": (
            f"申购单{ref}修改",
            f"您好，申购单{ref}修改一项：{zh}申购数量由{old}箱改为{q}箱，其他照旧。",
        ),
        "miniapp": (
            f"{ref}数量修改",
            f"你好，{ref}这单{zh}数量改一下，{old}箱改成{q}箱，其他的不动。",
        ),
    }[where]


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    return {
        "quebec": (
            f"Annulation / cancellation - {number}",
            f"Bonjour / Hi Emma,\n\nMerci d'annuler la commande {number}.\nPlease cancel order "
            f"{number}.\n\nDésolé / Sorry!",
        ),
        "brazil": (
            f"Cancelar pedido {number}",
            f"Oi Emma, por favor cancela o pedido {number} - the client postponed the opening. "
            "Desculpa!",
        ),
        "gulf": (
            f"Cancellation of order {number}",
            f"Dear Emma,\n\nKindly cancel our order {number} with immediate effect and confirm "
            "the cancellation by return email.\n\nThank you.",
        ),
        "group": (
            f"Cancel {number}",
            f"Hi Emma, please cancel {number} - we've had to close two venues for the "
            "refurb. Will be back in touch. Cheers",
        ),
        "caterer": (
            f"Cancel order {number}",
            f"Hi Emma, bad news - the client cancelled the event, so please cancel {number}. "
            "So sorry for the hassle!",
        ),
        "pinoy": (
            f"Cancel po {number}",
            f"Hi Ate Emma, pa-cancel na lang po ng order {number}. Sorry po sa abala!",
        ),
        "shop": ("取消订单", f"亲，{number}那单先取消哈，活动延期了，不好意思～"),
        "welfare": (
            f"取消订单{number}",
            f"您好，公司福利方案有调整，订单{number}请取消，给您添麻烦了。",
        ),
        "canteen": (f"申购单{number}作废", f"您好，申购单{number}作废，请不要备货，谢谢。"),
        "miniapp": (f"取消{number}", f"你好，{number}这单不要了，帮忙取消一下，谢谢。"),
    }[voice(who)]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, base, zh = it.quantity, it.base, it.base_zh
    return {
        "quebec": (
            f"Prix / price - {base}",
            f"Bonjour / Hi Emma, quel serait votre prix pour {q} caisses de {base}? What would "
            f"{q} cases of {base} cost? Ce n'est pas une commande / not an order yet.",
        ),
        "brazil": (
            f"Cotação {base}",
            f"Oi Emma, tudo bem? Quanto fica {q} caixas de {base} (caixa com {it.pack})? Is it in "
            "stock? Só cotação "
            "por enquanto, not ordering yet.",
        ),
        "gulf": (
            f"Request for Quotation - {base}",
            f"Dear Emma,\n\nKindly send us your best price and availability for {q} cartons "
            f"of {base} ({it.pack} pcs per carton). Please note this is an RFQ only, not a "
            "purchase order.\n\nRegards",
        ),
        "group": (
            f"Pricing {base}?",
            f"Hi Emma, what's your price on {q} cases of {base} across the group? Just getting "
            "numbers for the new menu - not ordering yet.",
        ),
        "caterer": (
            f"Quote for an event - {base}",
            f"Hi Emma, we're quoting a big function and might need {q} cases of {base}. Can you "
            "give me a price and tell me if you'd have them? Not confirmed yet!",
        ),
        "pinoy": (
            f"Magkano po {base}?",
            f"Hi Ate Emma, magkano po kaya ang {q} cases ng {base}? May stock pa po ba? Tanong "
            "lang po muna, hindi pa order.",
        ),
        "shop": (f"{zh}什么价", f"亲，{zh}拿{q}箱是什么价呀？有现货吗？先问问哈，还没定。"),
        "welfare": (
            f"询价：{zh}",
            f"您好，公司打算发{zh}作为福利，大概需要{q}箱，请报一下价格和交期，目前只是询价。",
        ),
        "canteen": (
            f"{zh}报价",
            f"您好，食堂想问一下{zh}{q}箱的价格，有没有货？先比价，暂不下单。",
        ),
        "miniapp": (
            f"问一下{zh}",
            f"你好，小程序上{zh}没显示价格，{q}箱大概多少钱？先问问价。",
        ),
    }[voice(who)]


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    where = voice(who)
    said = _said_day(where, due)
    return {
        "quebec": f"Bonjour / Hi, la commande {number} devait arriver le {due.day} "
        f"{_FR_MONTHS[due.month - 1]} - order {number} was due {due:%B} {due.day} and we still "
        "have nothing. Pouvez-vous vérifier / can you check?",
        "brazil": f"Oi Emma, o pedido {number} era pra chegar dia {said} e até agora nada. "
        "Can you check, please? Urgente!",
        "gulf": f"Dear Emma, our order {number} was due for delivery on {said} and has not been "
        "received till date. Kindly update us on the status at the earliest.",
        "group": f"Emma, {number} was due {said} and nothing's turned up at the central "
        "kitchen - venues are running low. ETA?",
        "caterer": f"Hi Emma, we're still waiting on {number} - it was due {said} and we've got "
        "a function to prep for. Can you check where it is?",
        "pinoy": f"Hi Ate Emma, follow up lang po sa order {number}, dapat po dumating {said} "
        "pero wala pa po. Paki-check po. Salamat!",
        "shop": f"亲，{number}说好{said}到的，到现在还没收到，店里快断货了，帮忙查一下物流哈😭",
        "welfare": f"您好，订单{number}约定{said}送达，目前仍未收到，福利下周要发，请尽快安排。",
        "canteen": f"您好，申购单{number}需用日期是{said}，到现在还没到货，食堂等着用，请尽快。",
        "miniapp": f"你好，{number}这单不是{said}送吗？还没到，麻烦催一下。",
    }[where]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    where = voice(who)
    said = _said_day(where, on)
    return {
        "quebec": f"Bonjour / Hi, le paiement de {amount} pour la facture {number} partira le "
        f"{on.day} {_FR_MONTHS[on.month - 1]} / payment for invoice {number} goes out "
        f"{on:%B} {on.day}. Désolé du retard / sorry for the delay.",
        "brazil": f"Oi Emma, desculpa a demora! O pagamento da fatura {number} ({amount}) sai "
        f"dia {said}.",
        "gulf": f"Dear Emma, with reference to your reminder, payment of {amount} against invoice "
        f"{number} will be released on {said}, inshallah. Apologies for the delay.",
        "group": f"Hi, invoice {number} ({amount}) is in our {on:%A} payment run - {said}. Sorry "
        "it slipped.",
        "caterer": f"Hi Emma, sorry! The client's deposit has finally come through, so {number} "
        f"for {amount} will be paid on {said}.",
        "pinoy": f"Hi Ate Emma, sorry po late. Ang bayad po for invoice {number} ({amount}) ay "
        f"sa {said} po. Salamat po sa patience!",
        "shop": f"亲，不好意思哈，{number}这笔{amount}我{said}转过去，平台回款慢了点～",
        "welfare": f"您好，发票{number}（{amount}）已走报销流程，财务将于{said}付款，请知悉。",
        "canteen": f"您好，{number}那笔{amount}，财务说{said}付，不好意思拖了。",
        "miniapp": f"你好，{number}的{amount}，{said}安排付款，抱歉。",
    }[where]


# --- suppliers ---------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where, m, d = voice(who), on.month, on.day
    return {
        "importer": (
            f"Price update - {product}",
            f"Hi there,\n\nA heads-up from the sales desk: the brand owner has put through a "
            f"price increase, and {product} goes from {old} to {new} effective {on:%A %d %B}. "
            "Orders we receive before then stay at the current price.",
        ),
        "ops": (
            f"[Notification] Price change - {product}",
            f"CUSTOMER NOTIFICATION\nType: Price change\nItem: {product}\nOld price: {old}\n"
            f"New price: {new}\nEffective: {d} {on:%B %Y}\nNo action is required; open orders "
            "ship at the price on the order.",
        ),
        "credit": (
            f"Revised trading terms - {product}",
            f"Dear Customer,\n\nPlease note that with effect from {on:%d %B %Y} the price of "
            f"{product} on your account will be {new} (currently {old}). Your credit limit and "
            "payment terms are unchanged.",
        ),
        "copacker": (
            f"Run pricing - {product}",
            f"Hi,\n\nFollowing our annual costing review, the per-unit price for {product} moves "
            f"from {old} to {new} for runs scheduled from {on:%B} {d}. Runs already in the plan "
            "keep the old price.",
        ),
        "gendan": (
            f"{product}调价通知",
            f"您好，跟您说一下，厂里通知{product}出厂价从{m}月{d}号起由"
            f"{old}调整为{new}，之前已经排产的单子还按原价，您这边看要不要提前下单。",
        ),
        "stall": (
            f"{product}涨价了",
            f"老板，{product}进价涨了，{m}月{d}号开始拿货按{new}算，之前是{old}，提前跟你说一声。",
        ),
        "customs": (
            f"{product}报价调整",
            f"尊敬的客户：\n受汇率及海运费上涨影响，{product}自{on.year}年{m}月{d}日起供货价由"
            f"{old}调整为{new}（含税、含关税），在途订单不受影响。",
        ),
    }[where]


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    dd, where = new_date, voice(who)
    m, d, w = dd.month, dd.day, _ZH_WEEK[dd.weekday()]
    con = f"{r.choice(['CN', 'TNT', 'CP'])}{r.randint(10000000, 99999999)}"
    return {
        "importer": (
            f"{_po(number)} - new delivery date",
            f"Hi,\n\nSorry to be the bearer of bad news! The container carrying "
            f"the stock for {number} was rolled to the next vessel, so we're now looking at "
            f"delivery on {dd:%A %d %B}. I'll let you know the minute it lands.",
        ),
        "ops": (
            f"Delivery exception - {_po(number)}",
            f"Hi,\n\nPlease see below from our carrier about {number}. They have re-booked the "
            f"delivery for {dd:%A} {d} {dd:%B}.\n\n---------- Carrier notification ----------\n"
            f"DELIVERY EXCEPTION\nConsignment: {con}\nCustomer ref: {number}\nException: Missed "
            f"linehaul - freight not loaded\nNew delivery date: {d:02d} {dd:%b} {dd.year}\n"
            "-------------------------------------------",
        ),
        "credit": (
            f"{_po(number)} - delivery moved",
            f"Dear Customer,\n\nOur warehouse has asked me to let you know that your order "
            f"{number} will now be delivered on {dd:%d %B %Y}. As the invoice is dated on "
            "dispatch, your payment due date moves with it.",
        ),
        "copacker": (
            f"Production update - {_po(number)}",
            f"Hi,\n\nLine maintenance has pushed our filling run, so {number} will be ready for "
            f"delivery on {dd:%A} {dd:%B} {d} instead. Sorry for the knock-on - we've locked "
            "that slot in.",
        ),
        "gendan": (
            f"{number}交期调整",
            f"您好，跟您报告一下，{number}这批包材晚到了，排产往后挪，到货时间改为{m}月{d}号（周"
            f"{w}），给您添麻烦了。",
        ),
        "stall": (
            f"{number}要晚几天",
            f"老板，{number}这车货今天出不了，车子坏半路了，{m}月{d}号给你送过去，不好意思哈。",
        ),
        "customs": (
            f"{number}清关延误",
            f"您好，{number}这批货到港后被海关抽中查验，清关需要多几天，预计{dd.year}年{m}月{d}日"
            "送达贵司仓库，查验结束后第一时间通知您。",
        ),
    }[where]


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where, m, d = voice(who), ship.month, ship.day
    con = f"{r.choice(['CN', 'TNT', 'CP'])}{r.randint(10000000, 99999999)}"
    return {
        "importer": (
            f"Thanks for {_po(number)}!",
            f"Hi,\n\nThanks so much for {number}! Everything is in stock and booked for "
            f"delivery on {ship:%A %d %B}.",
        ),
        "ops": (
            f"[Notification] Order booked - {_po(number)}",
            f"CUSTOMER NOTIFICATION\nType: Order booked\nYour ref: {number}\nCarrier: "
            f"Linehaul Express\nConsignment: {con}\nPlanned delivery: {d:02d} {ship:%b} "
            f"{ship.year}\nReply to this email if the date does not suit.",
        ),
        "credit": (
            f"{_po(number)} released",
            f"Dear Customer,\n\nYour order {number} has been released from credit check and is "
            f"scheduled for delivery on {ship:%d %B %Y}. Thank you for keeping your account up "
            "to date.",
        ),
        "copacker": (
            f"{_po(number)} scheduled",
            f"Hi,\n\nWe've slotted {number} into our production plan. Goods will be packed and "
            f"delivered to you on {ship:%A} {ship:%B} {d}.",
        ),
        "gendan": (
            f"{number}已排产",
            f"您好，{number}已经收到并安排排产了，预计{m}月{d}号送到贵司仓库，有变动我第一时间"
            "跟您说。",
        ),
        "stall": (f"{number}收到", f"老板，{number}收到了，货都有，{m}月{d}号给你拉过去。"),
        "customs": (
            f"{number}确认",
            f"您好，{number}已收到，货在保税仓有库存，出库报关后{ship.year}年{m}月{d}日送达。",
        ),
    }[where]


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where, m, d = voice(who), due.month, due.day
    return {
        "importer": (
            f"Invoice {ref} - {_po(number)}",
            f"Hi,\n\nAttached is invoice {ref} for {number}, total {total}, due {due:%d %B}. "
            "Shout if anything doesn't look right!",
        ),
        "ops": (
            f"[Notification] Invoice {ref}",
            f"CUSTOMER NOTIFICATION\nType: Invoice issued\nInvoice: {ref}\nYour ref: {number}\n"
            f"Amount: {total}\nDue: {d:02d} {due:%b} {due.year}\nThe PDF is attached.",
        ),
        "credit": (
            f"Invoice {ref} - payment due {due:%d %B}",
            f"Dear Customer,\n\nPlease find attached invoice {ref} relating to your order {number}"
            f" for {total}. Payment is due by {due:%d %B %Y}. Kindly quote the invoice number "
            "on your remittance.",
        ),
        "copacker": (
            f"Invoice {ref}",
            f"Hi,\n\nInvoice {ref} for the run against {number} is attached: {total}, due "
            f"{due:%B} {d}.",
        ),
        "gendan": (
            f"{number}发票",
            f"您好，{number}的发票开好了，票号{ref}，金额{total}，账期到{m}月{d}号，麻烦到时安排"
            "付款，谢谢！",
        ),
        "stall": (
            f"{number}票开了",
            f"老板，{number}的票开好了，{ref}，一共{total}，{m}月{d}号前结一下哈。",
        ),
        "customs": (
            f"发票{ref}（{number}）",
            f"您好，{number}对应发票已开具，发票号{ref}，金额{total}（含关税及增值税），请于"
            f"{due.year}年{m}月{d}日前付款。",
        ),
    }[where]


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    return {
        "importer": (
            f"{_po(number)} - {product} discontinued",
            f"Hi,\n\nI'm afraid the brand has discontinued {product}, so {number} ships without "
            "it - everything else is going out as planned. A replacement line is due from the "
            "brand next quarter; I'll send the details as soon as I have them.",
        ),
        "ops": (
            f"[Notification] Short shipment - {_po(number)}",
            f"CUSTOMER NOTIFICATION\nType: Short shipment\nYour ref: {number}\nItem: {product}\n"
            "Status: insufficient stock - balance back-ordered\nAll other lines dispatched in "
            "full.",
        ),
        "credit": (
            f"{_po(number)} - short shipment credit",
            f"Dear Customer,\n\n{product} could not be supplied in full on your order {number}. "
            "You will only be invoiced for what was delivered; the balance will be invoiced "
            "when it ships.",
        ),
        "copacker": (
            f"{_po(number)} - run came in short",
            f"Hi,\n\nOur run for {number} came in short on {product} - we ran out of packaging "
            "film partway through. We're shipping what we filled now; the balance goes on "
            "the next run.",
        ),
        "gendan": (
            f"{number}缺货说明",
            f"您好，{number}里的{product}这次生产数量不够，先把已经做好的发过去，差的下一批补上。",
        ),
        "stall": (
            f"{number}缺{product}",
            f"老板，{product}市场上断货了，{number}先给你发别的，这个有货了再给你补。",
        ),
        "customs": (
            f"{number}部分到货",
            f"您好，{number}中的{product}本批次进口数量不足，先发已清关的部分，其余随下一柜补发。",
        ),
    }[voice(who)]
