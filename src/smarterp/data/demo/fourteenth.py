"""The demo inbox's fourteenth set of phrasings, written blind by an eleventh hand: a ship
chandler's provision requisitions for a vessel calling at the port (13MAR26, "3rd prox."); a
vending and micro-market operator's depot replenishment (COB, EOW); a community food pantry's
volunteer coordinator, warm and wordy, writing the day out in words; a Polish deli in Britain
(Dzień dobry, pozdrawiam, months in Roman figures); a students' union shop manager (Tues,
Thurs); an island store ordering for the barge from an iPad ("a week tomorrow"); Chinese buyers:
an office's DingTalk (钉钉) purchase approval pasted in, a convenience-store chain's 要货单 from
its store system (20260313), an internet café's bar manager (下礼拜四, 后天) and a guesthouse
(民宿) owner in an old town; lines as rows pasted from a spreadsheet (tabs or semicolons under a
header), in capitals with CTN and BTL, "× case of 12", "12 to a case", 件 said with what a 件
holds; a figure corrected in the list with the old one beside it; and suppliers: a Japanese
trading house's courteous English, a US distributor's EDI notices (855, 856, 810, 879), a German
manufacturer's automatic Auftragsbestätigung in two languages, a Korean exporter, a Yiwu
trading company's salesman (老板), a Taiwanese factory writing the Republic's year and a brand's
regional manager (区域经理).

Each message draws its words from its own stream, handed in by the inbox, so that which message
is written from this set changes nothing in any other message. A partner keeps one voice (where
and who they are), chosen by its id."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling
from smarterp.data.demo.wording import (
    OUR_DESK,
    ZH_WEEK,
    cn,
    first_name,
    monday,
    nth,
    this_week,
    zh_count,
)

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "fourteenth"
SHARE = 0.5  # half of what no earlier set took; the fifteenth writes the rest
CUSTOMER_VOICES = ("chandler", "vending", "foodbank", "polish", "students", "island")
ZH_CUSTOMER_VOICES = ("dingtalk", "cvs", "netcafe", "minsu")
SUPPLIER_VOICES = ("shosha", "edi", "werk", "korea")
ZH_SUPPLIER_VOICES = ("yiwu", "taiwan", "quyu")
STYLES = ("semi", "tab", "caps", "times", "plain")
CHAT_STYLES = ("times", "plain", "plain", "caps", "semi")

_ORDINALS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Weekdays as a British students' union writes them short.
SHORT_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
PL_DAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia")  # fmt: skip
# Single pieces as these buyers count them: the English word, one of them, the short form a
# requisition writes in capitals, and the Chinese measure word.
_PIECES: dict[str, tuple[str, str, str, str]] = {
    "Beverages": ("bottles", "bottle", "BTL", "瓶"),
    "Condiments": ("bottles", "bottle", "BTL", "瓶"),
    "Snacks": ("bags", "bag", "BAG", "袋"),
    "Grains & Noodles": ("bags", "bag", "BAG", "袋"),
    "Frozen Foods": ("bags", "bag", "BAG", "袋"),
    "Dairy": ("units", "unit", "UNIT", "盒"),
    "Tea": ("units", "unit", "UNIT", "盒"),
    "Personal Care": ("units", "unit", "UNIT", "支"),
    "Small Appliances": ("units", "unit", "UNIT", "台"),
}
_DEFAULT_PIECE = ("units", "unit", "UNIT", "个")
_VESSELS = ("MV NORDIC STAR", "MV CAPE MERIDIAN", "MT AEGEAN BREEZE", "MV PACIFIC DAWN",
            "MV SILVER KESTREL")  # fmt: skip
_BERTHS = ("Berth 7", "Quay 3 (East)", "the container terminal gate", "Pier 12")
_BRANDS_ZH = ("清泉", "云岭", "金龙", "海河")
_SENT_FROM = ("Sent from my iPad", "Sent from my iPhone")


# --- numbers, dates, voices --------------------------------------------------------------------


def ordinal(n: int) -> str:
    """A day of the month in English words: 'thirteenth', 'twenty-first'."""
    if n <= 20:
        return _ORDINALS[n]
    if n < 30:
        return f"twenty-{_ORDINALS[n - 20]}"
    return "thirtieth" if n == 30 else "thirty-first"


def _plural(n: int, word: str) -> str:
    return word if n == 1 else f"{word}s"


def _next_week(day: date, by: date) -> bool:
    start = monday(day)
    return start + timedelta(days=7) <= by < start + timedelta(days=14)


def _next_month(day: date, by: date) -> bool:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return (by.year, by.month) == (year, month)


def _same_month(day: date, by: date) -> bool:
    return (by.year, by.month) == (day.year, day.month) and by > day


def ship_day(d: date) -> str:
    """13MAR26, as a ship's requisition writes it."""
    return f"{d.day:02d}{d:%b}{d:%y}".upper()


def roman_day(d: date) -> str:
    """13.III, the month in Roman figures as a Polish hand writes it."""
    return f"{d.day}.{ROMAN[d.month - 1]}"


def chat_days(zh: bool, day: date, by: date) -> list[str]:
    """The ways any of these writers gives the day in a chat: the month named (or 月, in figures
    or Chinese numerals), with the weekday beside it; the next month's day as 'prox.'; 'COB' and
    a weekday only within the coming six days; next week's weekday said so; 'a week tomorrow'
    only eight days ahead; 后天/大后天 only two or three days ahead, with the day."""
    ahead, m, d, w = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()]
    forms: list[str]
    if zh:
        forms = [f"{m}月{d}（周{w}）", f"{cn(m)}月{cn(d)}号"]
        forms += [f"这礼拜{w}（{d}号）"] if this_week(day, by) else []
        forms += [f"下礼拜{w}（{d}号）"] if _next_week(day, by) else []
        forms += [f"后天（{d}号）"] if ahead == 2 else []
        forms += [f"大后天，{d}号"] if ahead == 3 else []
        return forms
    forms = [f"{d}-{by:%b}", f"{nth(by)} {by:%b} ({by:%a})", f"the {ordinal(d)} of {by:%B}"]
    forms += [f"COB {by:%A}"] if 0 < ahead <= 6 else []
    forms += ["a week tomorrow"] if ahead == 8 else []
    forms += [f"{nth(by)} prox."] if _next_month(day, by) else []
    forms += [f"{by:%A} of next week"] if _next_week(day, by) else []
    return forms


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return r.choice(chat_days(zh, day, by))


def voice_days(where: str, day: date, by: date) -> list[str]:
    """The ways each voice writes the requested day in a mail; never figures alone that could
    be day/month or month/day, a bare day of the month only within four weeks, a weekday alone
    only within six days or said to be this or next week's."""
    ahead, m, d, w = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()]
    soon = 0 < ahead < 28
    forms: list[str]
    if where == "chandler":
        forms = [ship_day(by), f"{d:02d} {by:%b} {by.year}".upper()]
        forms += [f"{nth(by)} prox."] if _next_month(day, by) else []
    elif where == "vending":
        forms = [f"{d}-{by:%b}"]
        forms += [f"COB {by:%a} {nth(by)}"] if soon else []
        forms += ["EOW (Fri)"] if this_week(day, by) and by.weekday() == 4 else []
        forms += [f"{by:%A} of next week"] if _next_week(day, by) else []
    elif where == "foodbank":
        forms = [f"{by:%A}, {by:%B} the {ordinal(d)}", f"the {ordinal(d)} of {by:%B}"]
    elif where == "polish":
        forms = [f"{d} {ROMAN[m - 1]} {by.year}", roman_day(by)]
        forms += [f"{PL_DAYS[by.weekday()]} {roman_day(by)}"]
    elif where == "students":
        forms = [f"{SHORT_DAYS[by.weekday()]} {d} {by:%b}"]
        forms += [f"{SHORT_DAYS[by.weekday()]} {nth(by)}"] if soon else []
    elif where == "island":
        forms = [f"{nth(by)} {by:%B} ({SHORT_DAYS[by.weekday()]})"]
        forms += ["a week tomorrow"] if ahead == 8 else []
        forms += [f"{by:%A} of next week ({nth(by)})"] if _next_week(day, by) else []
    elif where == "dingtalk":
        forms = [f"{by.year}-{m:02d}-{d:02d} 星期{w}", f"{m}月{d}日（{w}）"]
    elif where == "cvs":
        forms = [f"{by:%Y%m%d}", f"{m}月{d}日（周{w}）"]
    elif where == "netcafe":
        forms = [f"{cn(m)}月{cn(d)}号"]
        forms += [f"这礼拜{w}"] if this_week(day, by) else []
        forms += [f"下礼拜{w}（{d}号）"] if _next_week(day, by) else []
        forms += [f"后天（{d}号）"] if ahead == 2 else []
        forms += [f"{d}号那天"] if soon else []
    else:  # the guesthouse
        forms = [f"{m}月{d}日"]
        forms += [f"这个月{cn(d)}号"] if _same_month(day, by) else []
        forms += [f"下个月{cn(d)}号"] if _next_month(day, by) else []
    return forms


def voice_day(r: random.Random, where: str, day: date, by: date) -> str:
    return r.choice(voice_days(where, day, by))


def said_day(where: str, d: date) -> str:
    """A day already past or agreed, in a short note: always with its month."""
    return {
        "chandler": ship_day(d),
        "vending": f"{d.day}-{d:%b}",
        "foodbank": f"the {ordinal(d.day)} of {d:%B}",
        "polish": roman_day(d),
        "students": f"{SHORT_DAYS[d.weekday()]} {d.day} {d:%b}",
        "island": f"{nth(d)} {d:%B}",
        "dingtalk": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "cvs": f"{d:%Y%m%d}",
        "netcafe": f"{cn(d.month)}月{cn(d.day)}号",
    }.get(where, f"{d.month}月{d.day}日")


def supplier_day(where: str, d: date) -> str:
    """The day a supplier gives (delivery, due, effective), each in its own way."""
    w = ZH_WEEK[d.weekday()]
    return {
        "shosha": f"{d:%B} {nth(d)} ({d:%a}.)",
        "edi": f"{d:%Y%m%d}",
        "werk": f"{d:%d.%m.%Y} (KW {d.isocalendar()[1]})",
        "korea": f"{d:%Y.%m.%d}",
        "yiwu": f"{d.month}月{d.day}号",
        "taiwan": f"{d.year - 1911}/{d.month:02d}/{d.day:02d}（{w}）",
    }.get(where, f"{d.month}月{d.day}日（周{w}）")


def voice(who: Party) -> str:
    """The partner's own way of writing, the same in all its messages."""
    pool: tuple[str, ...]
    if who.kind == "supplier":
        pool = ZH_SUPPLIER_VOICES if who.zh else SUPPLIER_VOICES
    else:
        pool = ZH_CUSTOMER_VOICES if who.zh else CUSTOMER_VOICES
    return pool[who.id % len(pool)]


def _vessel(who: Party) -> str:
    return _VESSELS[who.id % len(_VESSELS)]


def _berth(who: Party) -> str:
    return _BERTHS[who.id % len(_BERTHS)]


def _brand(who: Party) -> str:
    return _BRANDS_ZH[who.id % len(_BRANDS_ZH)]


def _po(number: str) -> str:
    return number if number.startswith("PO") else f"PO {number}"


def _phone(r: random.Random, where: str) -> str:
    n = r.randint
    return {
        "chandler": f"+31 10 {n(200, 899)} {n(1000, 9999)} / 24h duty mobile +31 6 {n(10, 99)}"
        f"{n(100000, 999999)}",
        "vending": f"({n(201, 989)}) {n(200, 989)}-{n(1000, 9999)}",
        "foodbank": f"0{n(1200, 1999)} {n(100000, 999999)}",
        "polish": f"07{n(100, 999)} {n(100000, 999999)}",
        "students": f"ext. {n(2000, 6999)}",
        "island": f"+679 {n(300, 999)} {n(1000, 9999)}",
    }.get(where, f"1{n(3, 9)}{n(0, 9)} {n(1000, 9999)} {n(1000, 9999)}")


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as each office's mail program shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    forms = {
        "chandler": [f"{who.short} Ship Supply", f"{shown} - {who.short} Operations"],
        "vending": [f"{who.short} Replenishment", f"{shown} (Route Ops)"],
        "foodbank": [f"{who.short} Volunteers", f"{shown} via {who.short}"],
        "polish": [f"{shown} | {who.short} Delikatesy", f"Sklep {who.short}"],
        "students": [f"SU Shop - {who.short}", f"{shown} (Students' Union)"],
        "island": [f"{shown}'s iPad", f"{who.short} Store"],
        "dingtalk": [f"{who.short}采购部", f"{shown}（钉钉邮箱）"],
        "cvs": [f"{who.short}门店系统", f"{who.short}订货专员 {shown}"],
        "netcafe": [f"{who.short}网咖吧台", f"{shown}"],
        "minsu": [f"{shown}@{who.short}", f"{who.short}民宿"],
        "shosha": [f"{shown} / {who.short} Food Div.", f"{who.short} Tokyo"],
        "edi": [f"{who.short} EDI Gateway", f"EDI-NOREPLY {who.short}"],
        "werk": [f"{who.short} Auftragsabwicklung", f"noreply {who.short} GmbH"],
        "korea": [f"{shown} ({who.short} Overseas Sales)", f"{who.short} Export Team"],
        "yiwu": [f"{shown}（{who.short}业务）", f"义乌{who.short}"],
        "taiwan": [f"{who.short}業務部", f"{shown}（{who.short}）"],
        "quyu": [f"{shown}（{_brand(who)}华东区）", f"{_brand(who)}区域经理 {shown}"],
    }[voice(who)]
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A buyer's sign-off in its own office's style; someone writing for another says so."""
    where, covering = voice(who), person != who.contact
    phone = _phone(r, where)
    forms = {
        "chandler": [
            f"Best regards / Met vriendelijke groet,\n{person}\nOperations | {who.name}\nShip "
            f"Chandlers & Provision Merchants\nT: {phone}\nIMPA member",
            f"Brgds\n{person}\n{who.short} Ops",
        ],
        "vending": [
            f"Thanks,\n{person}\nReplenishment Planner | {who.name}\nCell {phone}",
            f"- {person}, {who.short}",
        ],
        "foodbank": [
            f"With gratitude,\n{person}\nVolunteer Coordinator\n{who.name} (registered charity "
            f"no. {r.randint(1000000, 1199999)})\n{phone}",
            f"Warmly,\n{person} & the {who.short} team",
        ],
        "polish": [
            f"Pozdrawiam serdecznie,\n{person}\n{who.name}\ntel. {phone}",
            f"Pozdrawiam,\n{person} ({who.short})",
        ],
        "students": [
            f"Cheers,\n{person}\nRetail Manager, {who.name}\nStudents' Union, {phone}",
            f"{person}\nSU Shop",
        ],
        "island": [
            f"Thanks heaps,\n{person}\n{who.name}\n{phone}\n\n{r.choice(_SENT_FROM)}",
            f"{person}\n\n{r.choice(_SENT_FROM)}",
        ],
        "dingtalk": [f"{who.name} 采购部\n{person}\n电话：{phone}", f"采购 {person}（钉钉同名）"],
        "cvs": [f"{who.short} 门店订货专员 {person}", f"{person}\n{who.name} 营运部"],
        "netcafe": [f"{who.short}网咖 {person}\n{phone}", f"吧台 {person}"],
        "minsu": [f"{who.short}·{person}\n{phone}（微信同号）", f"{person} 🌿"],
    }[where]
    sign = r.choice(forms)
    if not covering:
        return sign
    covered = {
        "chandler": f"(pp {who.contact}, who is on board)",
        "vending": f"(for {who.contact} - out on the routes today)",
        "foodbank": f"(sending on {who.contact}'s behalf)",
        "polish": f"(w imieniu / for {who.contact})",
        "students": f"(covering for {who.contact})",
        "island": f"(for {who.contact})",
        "dingtalk": f"（代{who.contact}提交）",
        "cvs": f"（替{who.contact}发）",
        "netcafe": f"（帮{who.contact}发的）",
        "minsu": f"（{who.contact}让我发的）",
    }[where]
    return f"{sign}\n{covered}"


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    forms = {
        "shosha": [
            f"Best regards,\n\n{person}\nFood Products Dept., Section 2\n{who.name}\nTokyo Head "
            "Office",
            f"Yours faithfully,\n{person}\n{who.short}",
        ],
        "edi": [
            f"{who.name} - EDI Services\nQuestions: contact {person}, Customer EDI Support",
            f"EDI Support ({person})\n{who.short}",
        ],
        "werk": [
            f"Mit freundlichen Grüßen / Kind regards\n{person}\nInnendienst / Inside Sales\n"
            f"{who.name}\nGeschäftsführer: Dr. K. Brandt · Amtsgericht Stuttgart HRB "
            f"{r.randint(100000, 999999)}",
            f"{person}\n{who.short} Auftragsabwicklung",
        ],
        "korea": [
            f"Best Regards,\n{person} / Manager\nOverseas Sales Team\n{who.name}\nBusan, Korea",
            f"Thanks & Regards\n{person} ({who.short})",
        ],
        "yiwu": [f"{who.short} 业务 {person}\n微信/手机同号", f"{person}（义乌{who.short}）"],
        "taiwan": [f"{who.name}\n業務部 {person} 敬上", f"{who.short} {person}"],
        "quyu": [f"{_brand(who)}品牌 华东区 区域经理 {person}", f"{person}（{_brand(who)}）"],
    }[where]
    return r.choice(forms)


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str, str, str]:
    return _PIECES.get(it.category, _DEFAULT_PIECE)


def _case_pack(it: Item) -> int | None:
    """How many pieces the goods' case holds, from its catalogue name."""
    found = re.search(r"Case of (\d+)", sibling(it, "case") or "")
    return int(found.group(1)) if found else None


def _line_en(it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in one of this set's English styles: a spreadsheet row (semicolons or tabs: item,
    pack, quantity), a requisition in capitals, '× case of 12', or plain words."""
    q, pack, base = it.quantity, it.pack, it.base
    many, one, short, _ = _pieces(it)
    if it.variant == "case":
        return {
            "semi": f"{base};case of {pack};{q}",
            "tab": f"{base}\tcase of {pack}\t{q}",
            "caps": f"{q} CTN {base.upper()} ({pack} X 1 {short})",
            "times": f"{base} {q} × case of {pack}",
            "plain": f"{q} {_plural(q, 'case')} of {base}, {pack} to a case",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "semi": f"{base};family size;{q}",
            "tab": f"{base}\tfamily size\t{q}",
            "caps": f"{q} {short} {base.upper()} FAMILY SIZE",
            "times": f"{base} {q} × family size",
            "plain": f"{q} of the family-size {base}",
        }[style], line_gold(it)
    if style == "plain" and q * 2 == _case_pack(it):  # half a case, its pieces said
        return f"half a case's worth of {base} - {q} individual {many}", line_gold(it)
    return {
        "semi": f"{base};single {one};{q}",
        "tab": f"{base}\tsingle {one}\t{q}",
        "caps": f"{q} {short} {base.upper()} (SINGLES)",
        "times": f"{base} {q} × single {one}",
        "plain": f"{q} individual {many} of {base}",
    }[style], line_gold(it)


def _line_zh(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in Chinese: a spreadsheet row (品名, 规格, 数量), 件 said with what one holds,
    '×4箱（12瓶/箱）', or plain words; single pieces said to be single."""
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _pieces(it)[3]
    n = zh_count(q) if q <= 20 and r.random() < 0.4 else str(q)
    if it.variant == "case":
        return {
            "semi": f"{base};箱（每箱{pack}{unit}）;{q}",
            "tab": f"{base}\t箱（每箱{pack}{unit}）\t{q}",
            "caps": f"{base} {q}件（一件{pack}{unit}，整件发）",
            "times": f"{base} ×{q}箱（{pack}{unit}/箱）",
            "plain": f"{base}要{n}箱，一箱{pack}{unit}的那种",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "semi": f"{base}家庭装;{unit};{q}",
            "tab": f"{base}家庭装\t{unit}\t{q}",
            "caps": f"{base}家庭装 {q}{unit}",
            "times": f"{base}家庭装 ×{q}{unit}",
            "plain": f"{base}要{n}{unit}大的家庭装",
        }[style], line_gold(it)
    return {
        "semi": f"{base};单{unit};{q}",
        "tab": f"{base}\t单{unit}\t{q}",
        "caps": f"{base} {q}{unit}（散{unit}，不要整件）",
        "times": f"{base} ×{q}{unit}（单{unit}）",
        "plain": f"{base}要{n}{unit}，按{unit}拿",
    }[style], line_gold(it)


def is_sheet(texts: list[str]) -> bool:
    """Whether the lines are rows pasted from a spreadsheet (tabs or semicolons)."""
    return all(t.count("\t") == 2 for t in texts) or all(t.count(";") == 2 for t in texts)


def _sheet(texts: list[str]) -> str:
    """Spreadsheet rows under the header row they were copied with."""
    sep = "\t" if "\t" in texts[0] else ";"
    zh = any("\u4e00" <= c <= "\u9fff" for c in texts[0])
    head = ("品名", "规格", "数量") if zh else ("Item", "Pack", "Qty")
    return "\n".join([sep.join(head), *texts])


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words, one style to a message (in a chat seldom a
    spreadsheet and never tabs). Returns (texts, gold lines, language)."""
    style = r.choice(CHAT_STYLES if mode == "chat" else STYLES)
    texts, golds = [], []
    for it in items:
        text, gold = _line_zh(r, it, style) if zh else _line_en(it, style)
        texts.append(text)
        golds.append(gold)
    return texts, golds, "zh" if zh else "en"


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer changes a case count in the list before sending, and leaves the old
    figure beside the new one, marked as old: rewrites that line and returns the mark, or
    None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    q = items[i].quantity
    before = q + r.choice([-2, -1, 1, 2, 4, 5])
    if before <= 0:
        before = q + 3
    if zh:
        note = r.choice([f"（数量已改：{before}箱→{q}箱）", f"【更正】原报{before}箱，现按{q}箱"])
    else:
        note = r.choice(
            [
                f"[qty amended: {before} -> {q}]",
                f"(UPDATED - was {before}, now {q})",
                f"<< pls note {q}, not {before} as in my draft",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(texts: list[str], where: str) -> str:
    if is_sheet(texts):
        return _sheet(texts)
    if where == "chandler":
        return "\n".join(f"{i:03d}  {t}" for i, t in enumerate(texts, 1))
    if where == "vending":
        return "\n".join(f"[ ] {t}" for t in texts)
    if where == "foodbank":
        return "\n".join(f"* {t}" for t in texts)
    if where in ("polish", "dingtalk"):
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if where == "cvs":
        return "\n".join(f"{i:02d}  {t}" for i, t in enumerate(texts, 1))
    if where in ("students", "minsu"):
        return "\n".join(f"- {t}" for t in texts)
    return "\n".join(texts)


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
    listing = _listing(texts, where)
    first = first_name(who.contact)
    vessel, berth = _vessel(who), _berth(who)
    approval = r.randint(10**15, 10**16 - 1)
    store = f"{r.randint(1, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    bodies = {
        "chandler": [
            f"Good day Emma,\n\nPls supply below for {vessel}, our requisition {ref}. Goods to "
            f"our bonded store at {berth} latest {by} - vessel berths same day and we load "
            f"direct from the store.\n\n{listing}\n\nKindly confirm avail. by return; any short "
            f"items advise soonest so we can source elsewhere.\n\n{sign}",
            f"Dear Emma,\n\nPROVISION REQUISITION\nVessel: {vessel}\nReq. no.: {ref}\nDelivery: "
            f"{by}, {who.short} store, {berth}\n---\n{listing}\n---\nPls cfm by return.\n\n"
            f"{sign}",
        ],
        "vending": [
            f"Hi Emma,\n\nReplen order {ref} for the depot. Planogram changed this cycle, so "
            f"please send exactly the packs listed - the machines have fixed slots. Needed on "
            f"the dock {by}, door 2, before the route vans load.\n\n{listing}\n\n{sign}",
            f"Emma - depot replen below, ref {ref}, req'd {by}.\n\n{listing}\n\nAny subs, call "
            f"me before you ship.\n{sign}",
        ],
        "foodbank": [
            f"Dear Emma,\n\nI hope you're keeping well! I'm writing on behalf of {who.short} - "
            f"our volunteers are getting ready for the next distribution, and we'd be so "
            f"grateful if you could deliver the following by {by}:\n\n{listing}\n\nOur "
            f"reference for this one is {ref} (our treasurer asks me to quote it every time!). "
            f"As always, do let me know if anything isn't available and we'll adjust.\n\n"
            f"{sign}",
            f"Hello Emma,\n\nA small order from the pantry, reference {ref}. Could it reach us "
            f"on {by}? The hall is open all morning, so someone will be there to help unload."
            f"\n\n{listing}\n\nThank you, truly - the families notice the difference.\n\n{sign}",
        ],
        "polish": [
            f"Dzień dobry Emma,\n\nI would like to order for our shop, order no. {ref}:\n\n"
            f"{listing}\n\nDelivery please until {by}. Thank you very much.\n\n{sign}",
            f"Hello Emma,\nplease find our order {ref} below.\nTermin dostawy / delivery date: "
            f"{by}\n\n{listing}\n\nDziękuję / thank you\n{sign}",
        ],
        "students": [
            f"Hiya Emma,\n\nOrder for the SU shop - {ref}. Exam season is mental so could we "
            f"have it {by}? Usual place, the loading bay behind the union building - ask "
            f"whoever's on the till.\n\n{listing}\n\nThanks a mil!\n\n{sign}",
            f"Hi Emma, SU shop order {ref} below. Deliver {by} please - a bit bigger than "
            f"usual, the halls are full.\n\n{listing}\n\n{sign}",
        ],
        "island": [
            f"Hi Emma\n\nOrder {ref} for the shop. Has to be at the wharf {by} to make the barge "
            f"or it sits on the mainland another week!\n\n{listing}\n\n{sign}",
            f"Emma hi - our next lot, ref {ref}. Barge loading {by}, usual wharf shed.\n\n"
            f"{listing}\n\nThanks\n{sign}",
        ],
        "dingtalk": [
            f"莲港贸易 您好：\n\n以下是我司钉钉审批通过的采购申请，请按此备货：\n\n"
            f"【采购申请】\n审批编号：{approval}\n申请人：{who.contact}\n所在部门：行政采购部\n采购事由：日常物资补充"
            f"\n期望交付日期：{by}\n采购明细：\n{listing}\n审批流程：部门主管 已同意 → 财务 已同意"
            f"\n我方单号：{ref}\n\n{sign}",
            f"您好，钉钉上的采购申请审批已经走完了（单号{ref}），麻烦{by}送到公司前台：\n{listing}"
            f"\n\n{sign}",
        ],
        "cvs": [
            f"莲港您好，以下是我们门店系统生成的要货单，麻烦按单配送：\n\n====== 要货单 ======\n"
            f"门店：{who.short}（{store}号店）\n要货单号：{ref}\n要求到货日期：{by}\n"
            f"------------------\n{listing}\n------------------\n备注：请早上送，晚班不收货。"
            f"\n\n{sign}",
            f"您好，{who.short}{store}号店要货（{ref}），到货日期{by}：\n{listing}\n\n{sign}",
        ],
        "netcafe": [
            f"Emma你好，我{who.short}网咖的{first}，吧台的饮料零食快卖空了，补一单（{ref}）："
            f"\n{listing}\n{by}之前到就行，送到吧台后门，到了打我电话。\n\n{sign}",
            f"你好，网咖补货，单号{ref}，{by}送：\n{listing}\n\n{sign}",
        ],
        "minsu": [
            f"Emma你好呀～我是{who.short}民宿的{first}，旺季快到了，客房和小厨房要备点货：\n\n"
            f"{listing}\n\n麻烦{by}送到，古城里面车进不来，到了打电话我出来接～单号{ref}。谢谢啦"
            f"\n\n{sign}",
            f"你好，民宿这边下个单（{ref}），{by}要到哦：\n{listing}\n\n{sign}",
        ],
    }[where]
    subjects = {
        "chandler": [f"REQ {ref} / {vessel} / provisions", f"{vessel} - stores order {ref}"],
        "vending": [f"Replen {ref}", f"Depot replen order {ref}"],
        "foodbank": [f"Order for the pantry - ref {ref}", f"{who.short} order {ref}"],
        "polish": [f"Zamówienie / order {ref}", f"Order {ref} - {who.short}"],
        "students": [f"SU shop order {ref}", f"Order {ref}"],
        "island": [f"Order {ref} - barge", f"{who.short} order {ref}"],
        "dingtalk": [f"采购申请（已审批）{ref}", f"【钉钉审批】采购申请 {ref}"],
        "cvs": [f"要货单 {ref}", f"{who.short}（{store}号店）要货单"],
        "netcafe": [f"网咖补货 {ref}", f"补货{ref}"],
        "minsu": [f"民宿订货 {ref}", f"{who.short}订货"],
    }[where]
    return r.choice(subjects), r.choice(bodies)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """The order sent on, by a colleague or by the buyer from another mailbox, under the header
    their own mail program writes (Lotus Notes, Outlook, Thunderbird, Polish Outlook, Apple
    Mail, QQ Mail)."""
    where = voice(who)
    hh, mm, ss = r.randint(7, 11), r.randint(10, 59), r.randint(10, 59)
    frm = f"{who.contact} <{who.email}>"
    own, first = person == who.contact, first_name(who.contact)
    if who.zh:
        whose = "我们的单" if own else f"{who.contact}的单"
        note = r.choice(
            [
                f"Emma，转一下{whose}，之前那封好像没发出去。\n{person}",
                f"{whose}，转给你们，请安排。\n{person}",
            ]
        )
        head = (
            f'------------------ 原始邮件 ------------------\n发件人: "{who.contact}"<{who.email}>;'
            f"\n发送时间: {day.year}年{day.month}月{day.day}日(星期{ZH_WEEK[day.weekday()]}) 上午"
            f'{hh}:{mm}\n收件人: "Lotus Harbor Sales"<sales@lotusharbor.example>;\n主题: {subject}'
        )
        return f"{note}\n\n{head}\n\n{body}"
    if where == "chandler":
        note = (
            f"Emma, resending our req below - no cfm received yet.\n{person}"
            if own
            else f"Emma, pls action below req from {first}, vessel schedule is tight.\n{person}"
        )
        head = (
            f"----- Forwarded by {person}/{who.short.upper().replace(' ', '')} on "
            f"{day:%Y-%m-%d} {hh:02d}:{mm} -----\n\nFrom:\t{frm}\nTo:\t{OUR_DESK}\n"
            f"Subject:\t{subject}"
        )
    elif where == "polish":
        note = (
            f"Dzień dobry, sending again our order below.\n{person}"
            if own
            else f"Dzień dobry Emma, below is the order from {first}, please process.\n{person}"
        )
        head = (
            f"-----Wiadomość oryginalna-----\nOd: {frm}\nWysłano: {PL_DAYS[day.weekday()]}, "
            f"{day.day} {PL_MONTHS[day.month - 1]} {day.year} {hh:02d}:{mm}\nDo: {OUR_DESK}\n"
            f"Temat: {subject}"
        )
    elif where == "foodbank":
        note = (
            f"Hi Emma, I'm not sure my order below reached you, so here it is again!\n{person}"
            if own
            else f"Hi Emma, passing on {first}'s order below - I promised to make sure it got "
            f"to you. Many thanks!\n{person}"
        )
        head = (
            f"-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{day:%a}, "
            f"{day.day} {day:%b} {day.year} {hh:02d}:{mm}:{ss} +0000\nFrom: \t{frm}\nTo: \t"
            f"{OUR_DESK}"
        )
    elif where == "island":
        note = (
            f"Fwd again, barge won't wait!\n{person}" if own else f"From {first}, pls do\n{person}"
        )
        head = (
            f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {day.day} "
            f"{day:%B} {day.year} at {hh}:{mm}:{ss} GMT+12\nTo: {OUR_DESK}"
        )
    else:  # Outlook, on the desk or on a phone
        note = {
            "vending": f"Emma - fwd {'again' if own else f'from {first}'}, pls confirm the dock "
            f"slot.\n{person}",
            "students": f"Hi Emma, {'resending' if own else f'{first} asked me to send on'} the "
            f"order below.\n{person}\n\nGet Outlook for iOS",
        }[where]
        head = (
            f"________________________________\nFrom: {frm}\nSent: {day:%A}, {day:%B} {day.day}, "
            f"{day.year} {hh}:{mm}:{ss} AM\nTo: {OUR_DESK}\nSubject: {subject}"
        )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer, under the quote line (or header) the buyer's
    mail program writes: clearly the older message, no goods and no count of them."""
    before = day - timedelta(days=r.randint(3, 9))
    hh, mm = r.randint(8, 16), r.randint(10, 59)
    first = first_name(who.contact)
    if who.zh:
        topic, said = r.choice(
            [
                ("春节后送货安排", "节后送货路线有调整，送货时间请以司机电话为准。"),
                ("新版价目表", "附件为我司最新价目表，如有疑问请随时联系。"),
                ("对账提醒", "麻烦有空核对一下上月对账单，有出入请告诉我们。"),
            ]
        )
        return (
            f'\n\n------------------ 原始邮件 ------------------\n发件人: "Lotus Harbor Sales"'
            f"<sales@lotusharbor.example>;\n发送时间: {before.year}年{before.month}月{before.day}日"
            f"(星期{ZH_WEEK[before.weekday()]}) {'上午' if hh < 12 else '下午'}"
            f"{hh if hh <= 12 else hh - 12}:{mm}\n收件人: "
            f'"{who.contact}"<{who.email}>;\n主题: {topic}\n\n{who.contact}您好，{said}'
        )
    topic, said = r.choice(
        [
            ("Delivery cut-off", "our dispatch cut-off is moving earlier in the day from next "
             "month. Orders in before lunch still go out the next working day."),
            ("Statement", "your statement is attached - nothing overdue, this is just for your "
             "records."),
            ("Driver feedback", "thanks for the note about the last delivery - we've passed it "
             "on to the driver."),
        ]
    )  # fmt: skip
    where = voice(who)
    if where == "polish":
        line = f"W dniu {before:%d.%m.%Y} o {hh}:{mm}, {OUR_DESK} pisze:"
        return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"
    if where in ("island", "foodbank"):
        line = (
            f"On {before.day} {before:%b} {before.year}, at {hh}:{mm}, {OUR_DESK} wrote:"
            if where == "island"
            else f"On {before:%Y-%m-%d} {hh}:{mm}, {OUR_DESK} wrote:"
        )
        return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"
    return (
        f"\n\n________________________________\nFrom: {OUR_DESK}\nSent: {before:%A}, "
        f"{before:%B} {before.day}, {before.year} {hh if hh <= 12 else hh - 12}:{mm} "
        f"{'AM' if hh < 12 else 'PM'}\nTo: {who.contact} <{who.email}>\nSubject: {topic}\n\n"
        f"Hi {first},\n\n{said[0].upper()}{said[1:]}\n\nEmma"
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by chat in the buyer's voice."""
    where = voice(who)
    listing = _sheet(texts) if is_sheet(texts) else "\n".join(texts)
    intro = {
        "chandler": f"Gd day, {who.contact} / {who.short} ship supply. ",
        "vending": f"Hey Emma, {who.contact} from {who.short} (vending). ",
        "foodbank": f"Hello Emma! It's {who.contact} from {who.short} 😊 ",
        "polish": f"Dzień dobry, {who.contact} from {who.short}. ",
        "students": f"Hiya, {who.contact} at the SU shop ({who.short}). ",
        "island": f"Hi Emma, {who.contact} here from {who.short}. ",
        "dingtalk": f"您好，{who.short}采购{who.contact}。",
        "cvs": f"你好，{who.short}订货专员{who.contact}。",
        "netcafe": f"Emma在吗，{who.short}网咖{who.contact}。",
        "minsu": f"Emma你好呀，{who.short}民宿{who.contact}～",
    }[where]
    intro = intro if first else ""
    return {
        "chandler": f"{intro}Req {ref} for {_vessel(who)}, deliver {by}:\n{listing}\ntks",
        "vending": f"{intro}replen {ref}, dock {by} pls\n{listing}",
        "foodbank": f"{intro}Our order {ref} - could it come {by}?\n{listing}\nThank you so much!",
        "polish": f"{intro}Order {ref}, delivery until {by}:\n{listing}\nDziękuję!",
        "students": f"{intro}SU order {ref}, {by} if poss:\n{listing}\nta x",
        "island": f"{intro}{ref} for the barge {by}:\n{listing}",
        "dingtalk": f"{intro}采购申请{ref}已审批，{by}送到：\n{listing}",
        "cvs": f"{intro}要货单{ref}，{by}到货：\n{listing}",
        "netcafe": f"{intro}补货{ref}\n{listing}\n{by}前到就行",
        "minsu": f"{intro}下个单{ref}：\n{listing}\n{by}送到哦，谢谢啦",
    }[where]


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent, in the buyer's words for a case."""
    q, base, zh, where, pack = it.quantity, it.base, it.base_zh, voice(who), it.pack
    short = _pieces(it)[2]
    cases = _plural(q, "case")
    return {
        "chandler": f"pls add {q} CTN {base.upper()} ({pack} X 1 {short}) to same req, tks",
        "vending": f"+{q} {cases} {base} on that PO, forgot the second micro-market",
        "foodbank": f"Oh, and could you add {q} {cases} of {base}? A donor just covered them! 🙏",
        "polish": f"Emma, please add also {q} {cases} of {base} ({pack} to a case). Dziękuję!",
        "students": f"can we add {q} {cases} of {base} to that one? ta",
        "island": f"add {q} {cases} {base} to the barge order pls",
        "dingtalk": f"补充审批通过了：{zh}加{q}箱，跟刚才的单一起送",
        "cvs": f"刚才的要货单再补{q}箱{zh}（{pack}{_pieces(it)[3]}/箱）",
        "netcafe": f"哦对，{zh}再加{zh_count(q)}箱",
        "minsu": f"Emma，{zh}再帮我加{q}箱哈～",
    }[where]


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    cases, olds = _plural(q, "case"), _plural(old, "case")
    return {
        "chandler": (
            f"AMENDMENT - REQ {ref}",
            f"Dear Emma,\n\nPls amend our req {ref}: {base.upper()} now {q} CTN (was {old} CTN). "
            "Crew change, fewer on board. All other items unchanged.",
        ),
        "vending": (
            f"{ref} - qty change",
            f"Hi Emma, change on {ref}: {base} now {q} {cases} (was {old}) - planogram reset at "
            "one site. Rest as ordered.",
        ),
        "foodbank": (
            f"Small change to our order {ref}",
            f"Dear Emma,\n\nSorry to be a nuisance! Could we change {base} on order {ref} to {q} "
            f"{cases} instead of {old}? Everything else is just as it was. Thank you so much.",
        ),
        "polish": (
            f"Zmiana / change - order {ref}",
            f"Dzień dobry Emma,\nplease change in order {ref}: {base} - {q} {cases}, not {old} "
            f"{olds}. The rest without change.\nDziękuję",
        ),
        "students": (
            f"Re: SU shop order {ref}",
            f"Hi Emma, tiny change on {ref} - can we make {base} {q} {cases} rather than {old}? "
            "Everything else the same. Cheers!",
        ),
        "island": (
            f"Change {ref}",
            f"Emma - {ref}: {base} {q} {cases} not {old}, rest same. Ta",
        ),
        "dingtalk": (
            f"采购申请{ref}变更",
            f"您好，采购申请{ref}已重新审批，{zh}由{old}箱变更为{q}箱，其余明细不变。",
        ),
        "cvs": (
            f"要货单{ref}修改",
            f"您好，{ref}要货单修改：{zh}要货数量{old}箱改为{q}箱，其他不动。",
        ),
        "netcafe": (
            f"{ref}改一下",
            f"Emma，{ref}那单{zh}改成{q}箱，原来说的{old}箱太多了，别的不变。",
        ),
        "minsu": (
            f"订单{ref}改数量",
            f"你好呀，{ref}里{zh}帮我从{old}箱改成{q}箱哈，其他都不变，谢谢～",
        ),
    }[where]


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    return {
        "chandler": (
            f"CANCEL - {number}",
            f"Dear Emma,\n\nPls cancel our order {number} - vessel has been diverted and will no "
            "longer call here. Apologies for the trouble.",
        ),
        "vending": (
            f"Cancel {number}",
            f"Hi Emma, please cancel {number} - we lost the contract for that site, so the "
            "stock isn't needed. Sorry!",
        ),
        "foodbank": (
            f"Cancelling order {number}",
            f"Dear Emma,\n\nI'm afraid we need to cancel order {number} - the hall flooded and "
            "the distribution is off for now. So sorry for the bother.",
        ),
        "polish": (
            f"Anulowanie / cancel {number}",
            f"Dzień dobry,\nplease cancel the order {number}. Przepraszam / sorry for the problem.",
        ),
        "students": (
            f"Cancel order {number}",
            f"Hi Emma, can you cancel {number}? The union's shutting the shop for a refurb. Sorry!",
        ),
        "island": (
            f"cancel {number}",
            f"Emma, barge is out of action - pls cancel {number}, we'll reorder later.",
        ),
        "dingtalk": (
            f"采购申请{number}撤销",
            f"您好，采购申请{number}已在钉钉上撤销，请不要发货，谢谢。",
        ),
        "cvs": (f"取消要货单{number}", f"您好，{number}这张要货单作废，门店暂停营业装修，请取消。"),
        "netcafe": (f"{number}不要了", f"Emma，{number}那单先不要了，网咖停业整顿几天，抱歉哈。"),
        "minsu": (f"取消{number}", f"你好，{number}这单取消吧，民宿这阵子暂停接客了，不好意思呀。"),
    }[voice(who)]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, base, zh, pack = it.quantity, it.base, it.base_zh, it.pack
    return {
        "chandler": (
            f"RFQ - {base}",
            f"Dear Emma,\n\nPls quote your best price and avail. for {q} CTN {base.upper()} "
            f"({pack} X 1) - for a vessel enquiry, not yet confirmed. Not an order.",
        ),
        "vending": (
            f"Price check - {base}",
            f"Hi Emma, what would {q} cases of {base} run us? Working out whether it fits a "
            "slot - just a price check, not ordering yet.",
        ),
        "foodbank": (
            f"A question about {base}",
            f"Dear Emma,\n\nWe've been offered a small grant and I'm pricing things up. What "
            f"would {q} cases of {base} cost, and do you have them? This isn't an order yet - "
            "I'll come back once the grant is confirmed.",
        ),
        "polish": (
            f"Zapytanie / question - {base}",
            f"Dzień dobry,\nhow much is {q} cases of {base}? Is it available? It is only a "
            "question for now, not an order.\nDziękuję",
        ),
        "students": (
            f"Price on {base}?",
            f"Hi Emma, how much would {q} cases of {base} be? Just getting numbers for next "
            "term's budget - not an order!",
        ),
        "island": (
            f"price {base}",
            f"Emma, price on {q} cases {base}? and do you have them. just asking, not ordering yet",
        ),
        "dingtalk": (
            f"询价：{zh}",
            f"您好，我们在走采购申请前需要先比价：{zh}{q}箱，请报含税价和货期，目前只是询价。",
        ),
        "cvs": (
            f"{zh}报价",
            f"您好，{zh}想给门店上新，{q}箱什么价格？有货吗？先问问，还没下单。",
        ),
        "netcafe": (f"{zh}多少钱", f"Emma，{zh}拿{q}箱多少钱？先问一下价，还没定要不要。"),
        "minsu": (
            f"问问{zh}",
            f"你好呀，{zh}{q}箱大概什么价呀？想给客人放房间里，先问问价，还没决定～",
        ),
    }[voice(who)]


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    where = voice(who)
    said = said_day(where, due)
    return {
        "chandler": f"Dear Emma, our order {number} was due {said} and nothing has arrived at "
        "the store. Vessel sails soon - pls advise status URGENTLY.",
        "vending": f"Emma - {number} was due on the dock {said}, still nothing. Routes are "
        "running short. ETA?",
        "foodbank": f"Hi Emma, I hope all's well. Our order {number} was due on {said} and "
        "hasn't come yet - could you possibly check? We've families relying on it.",
        "polish": f"Dzień dobry, the order {number} should be delivered {said} but we still "
        "don't have it. Please check. Dziękuję",
        "students": f"Hi Emma, {number} was meant to arrive {said} and we've not seen it - "
        "could you chase it up?",
        "island": f"Emma, {number} was due at the wharf {said} - missed the barge?? pls check",
        "dingtalk": f"您好，采购申请{number}期望交付日期是{said}，到现在还没收到货，麻烦查一下。",
        "cvs": f"您好，要货单{number}要求{said}到货，门店还没收到，货架空了，请尽快配送。",
        "netcafe": f"Emma，{number}不是说好{said}到吗？还没来，吧台都空了，帮忙催一下。",
        "minsu": f"你好呀，{number}说好{said}送到的，还没收到呢，麻烦帮忙问问～",
    }[where]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    where = voice(who)
    said = said_day(where, on)
    return {
        "chandler": f"Dear Emma, noted with thanks. Payment of {amount} for invoice {number} "
        f"will be remitted {said}, once the owners settle our disbursement account.",
        "vending": f"Hi Emma, {number} ({amount}) is in our payment run on {said}. Sorry for the "
        "delay.",
        "foodbank": f"Dear Emma, I'm so sorry this slipped! Our treasurer will pay invoice "
        f"{number} ({amount}) on {said}.",
        "polish": f"Dzień dobry, payment for invoice {number} ({amount}) will be {said}. "
        "Przepraszam for the delay.",
        "students": f"Hi Emma, the union's finance office says {number} ({amount}) goes out on "
        f"{said}. Sorry it's late!",
        "island": f"Emma sorry - {number} ({amount}) will be paid {said} when the bank on the "
        "island opens again.",
        "dingtalk": f"您好，发票{number}（{amount}）的付款申请已在钉钉审批，财务{said}付款。",
        "cvs": f"您好，{number}这笔{amount}，总部财务统一在{said}付款，抱歉拖了。",
        "netcafe": f"Emma不好意思，{number}那笔{amount}，我{said}给你转过去。",
        "minsu": f"你好呀，{number}的{amount}我{said}转给你哈，最近忙忘了，不好意思～",
    }[where]


# --- suppliers ---------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, on)
    return {
        "shosha": (
            f"Notice of Price Revision - {product}",
            f"Dear Sirs,\n\nThank you very much for your continued patronage.\n\nWe regret to "
            f"inform you that, owing to the weak yen and rising material costs, we have no "
            f"choice but to revise the price of {product} from {old} to {new}, with effect from "
            f"{said}. We would be most grateful for your kind understanding.",
        ),
        "edi": (
            f"EDI 879 PRICE INFORMATION - {product}",
            f"*** AUTOMATED MESSAGE - DO NOT REPLY ***\nTRANSACTION SET: 879 PRICE INFORMATION\n"
            f"ITEM: {product}\nCURRENT PRICE: {old}\nNEW PRICE: {new}\nEFFECTIVE DATE "
            f"(CCYYMMDD): {said}\nOPEN POS: PRICED AS ORDERED",
        ),
        "werk": (
            f"Preisänderung / Price change - {product}",
            f"Sehr geehrte Damen und Herren / Dear Sir or Madam,\n\nPreisänderung gültig ab / "
            f"price change valid from: {said}\nArtikel / Item: {product}\nAlter Preis / Old "
            f"price: {old}\nNeuer Preis / New price: {new}\n\nDiese E-Mail wurde automatisch "
            "erstellt. / This e-mail was generated automatically.",
        ),
        "korea": (
            f"Price adjustment notice - {product}",
            f"Dear Valued Customer,\n\nGreetings from Busan!\nDue to increase of raw material "
            f"and exchange rate, we must adjust price of {product} from {old} to {new}, from "
            f"{said}. Hope for your kind understanding.",
        ),
        "yiwu": (
            f"{product}涨价通知",
            f"老板您好！工厂那边通知{product}要涨价了，{said}开始从{old}涨到{new}，您要是需要可以"
            "这几天先多备点货～",
        ),
        "taiwan": (
            f"{product}價格調整通知",
            f"敬啟者：\n\n因原物料成本上漲，{product}自{said}起單價由{old}調整為{new}，敬請 "
            "貴公司惠予諒解。",
        ),
        "quyu": (
            f"{product}渠道价调整",
            f"您好，通知一下，{product}渠道价{said}起从{old}调整到{new}，之前已下的单按老价格执行，"
            "建议您这边提前备点货。",
        ),
    }[where]


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, new_date)
    return {
        "shosha": (
            f"Apology for Delay - Your Order {number}",
            f"Dear Sirs,\n\nWe sincerely apologize for the inconvenience. Owing to a delay at "
            f"the manufacturer, the delivery of your order {number} will be postponed to "
            f"{said}. We deeply regret this and will make every effort to prevent a recurrence.",
        ),
        "edi": (
            f"EDI 855 ACK CHANGE - {_po(number)}",
            f"*** AUTOMATED MESSAGE - DO NOT REPLY ***\nTRANSACTION SET: 855 PURCHASE ORDER "
            f"ACKNOWLEDGMENT\nPURCHASE ORDER NO: {number}\nACK CODE: AC (ACKNOWLEDGE - WITH "
            f"DETAIL AND CHANGE)\nLINE STATUS: DR (DATE RESCHEDULED)\nREVISED DELIVERY DATE "
            f"(CCYYMMDD): {said}",
        ),
        "werk": (
            f"Terminänderung / Change of delivery date - {number}",
            f"Sehr geehrte Damen und Herren / Dear Sir or Madam,\n\nIhre Bestellung / Your "
            f"order: {number}\nNeuer Liefertermin / New delivery date: {said}\nGrund / Reason: "
            "Materialengpass / material shortage\n\nDiese E-Mail wurde automatisch erstellt. / "
            "This e-mail was generated automatically.",
        ),
        "korea": (
            f"Delay notice - PO {number}",
            f"Dear Valued Customer,\n\nWe are very sorry to inform you that shipment for PO "
            f"{number} is delayed because of vessel schedule change. New delivery date is "
            f"{said}. We will do our best to avoid same problem. Please kindly understand our "
            "situation.",
        ),
        "yiwu": (
            f"{number}晚几天到",
            f"老板不好意思哈，{number}有款货工厂那边还没做出来，要晚几天，{said}能到您那，真的抱歉🙏",
        ),
        "taiwan": (
            f"訂單{number}交期延後",
            f"貴公司 您好：\n\n很抱歉通知您，訂單{number}因原料到廠延誤，"
            f"交期需延至{said}，造成不便，敬請見諒。",
        ),
        "quyu": (
            f"{number}到货时间调整",
            f"您好，我是{_brand(who)}华东区的区域经理。{number}这单因为工厂产能优先保大促，排到后面"
            f"了，到货时间调整为{said}，请您这边提前安排好库存。",
        ),
    }[where]


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, ship)
    control = r.randint(100000000, 999999999)
    return {
        "shosha": (
            f"Acknowledgement of Your Order {number}",
            f"Dear Sirs,\n\nThank you very much for your esteemed order {number}. We are pleased "
            f"to confirm that it has been duly received, and delivery is arranged for {said}."
            "\n\nWe look forward to serving you again.",
        ),
        "edi": (
            f"EDI 855 PO ACKNOWLEDGMENT - {_po(number)}",
            f"*** AUTOMATED MESSAGE - DO NOT REPLY ***\nTRANSACTION SET: 855 PURCHASE ORDER "
            f"ACKNOWLEDGMENT\nPURCHASE ORDER NO: {number}\nACK CODE: AD (ACKNOWLEDGE - WITH "
            f"DETAIL, NO CHANGE)\nSCHEDULED DELIVERY DATE (CCYYMMDD): {said}\nCONTROL NO: "
            f"{control}",
        ),
        "werk": (
            f"Auftragsbestätigung / Order confirmation - Ihre Bestellung {number}",
            f"Sehr geehrte Damen und Herren / Dear Sir or Madam,\n\nvielen Dank für Ihren "
            f"Auftrag. / Thank you for your order.\n\nIhre Bestellnummer / Your PO no.: {number}"
            f"\nUnsere Auftragsnummer / Our order no.: AB-{control}\nLiefertermin / Delivery "
            f"date: {said}\nLieferbedingung / Incoterms: DAP\n\nDiese E-Mail wurde automatisch "
            "erstellt. / This e-mail was generated automatically.",
        ),
        "korea": (
            f"Order Confirmation - PO {number}",
            f"Dear Valued Customer,\n\nGreetings from Busan!\nWe confirm receipt of your PO "
            f"{number} with thanks. Goods will be delivered on {said} as requested. If any "
            "question, please feel free to contact us anytime.\n\nHave a nice day!",
        ),
        "yiwu": (
            f"{number}收到啦",
            f"老板您好！{number}收到啦，货我们仓库都有，今天就打包，{said}到您那边，物流单号出来"
            "发您～",
        ),
        "taiwan": (
            f"訂單確認 {number}",
            f"貴公司 您好：\n\n感謝惠賜訂單{number}，本廠已排入生產，"
            f"預計於{said}送達貴公司倉庫。\n\n如有任何問題，敬請不吝告知。",
        ),
        "quyu": (
            f"{number}订单审核通过",
            f"您好，{number}这单公司已经审核通过了，从区域仓直接发，{said}到您仓库，有问题随时"
            "找我。",
        ),
    }[where]


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, due)
    return {
        "shosha": (
            f"Invoice {ref} for Your Order {number}",
            f"Dear Sirs,\n\nPlease find attached our invoice {ref} for your order {number}, in "
            f"the amount of {total}. We would be grateful if you could kindly arrange "
            f"remittance by {said}.\n\nThank you for your kind cooperation.",
        ),
        "edi": (
            f"EDI 810 INVOICE - INV {ref}",
            f"*** AUTOMATED MESSAGE - DO NOT REPLY ***\nTRANSACTION SET: 810 INVOICE\nINVOICE "
            f"NO: {ref}\nPURCHASE ORDER NO: {number}\nTOTAL AMOUNT DUE: {total}\nTERMS: PER "
            f"AGREEMENT\nDUE DATE (CCYYMMDD): {said}",
        ),
        "werk": (
            f"Rechnung / Invoice {ref}",
            f"Sehr geehrte Damen und Herren / Dear Sir or Madam,\n\nanbei erhalten Sie unsere "
            f"Rechnung. / Please find our invoice attached.\n\nRechnungsnummer / Invoice no.: "
            f"{ref}\nIhre Bestellung / Your PO: {number}\nRechnungsbetrag / Amount: {total}\n"
            f"Zahlbar bis / Payable by: {said}, netto ohne Abzug / net, no discount",
        ),
        "korea": (
            f"Commercial Invoice {ref} - PO {number}",
            f"Dear Valued Customer,\n\nPlease find attached Commercial Invoice No. {ref} for PO "
            f"{number}. Total amount: {total}. Payment due date: {said}. Please kindly arrange "
            "the T/T remittance by due date.",
        ),
        "yiwu": (
            f"{number}发票",
            f"老板，{number}的发票开好了，号码{ref}，金额{total}，麻烦{said}前安排一下货款哈，谢谢"
            "老板支持！",
        ),
        "taiwan": (
            f"發票{ref}（訂單{number}）",
            f"貴公司 您好：\n\n訂單{number}之發票{ref}已開立，金額{total}，"
            f"請於{said}前匯款。\n\n謝謝。",
        ),
        "quyu": (
            f"{number}货款发票",
            f"您好，{number}的货款发票{ref}已经开出，金额{total}，按合同账期请于{said}前回款，返利"
            "按季度核算。",
        ),
    }[where]


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    return {
        "shosha": (
            f"Partial Shipment - Your Order {number}",
            f"Dear Sirs,\n\nWe regret to inform you that {product} on your order {number} could "
            "not be supplied in full owing to a shortage at the maker, and has been "
            "short-shipped. The balance will follow as a back order as soon as stock is "
            "available. We humbly ask for your understanding.",
        ),
        "edi": (
            f"EDI 856 ASN - {_po(number)} - PARTIAL",
            f"*** AUTOMATED MESSAGE - DO NOT REPLY ***\nTRANSACTION SET: 856 ADVANCE SHIP "
            f"NOTICE\nPURCHASE ORDER NO: {number}\nSHIPMENT STATUS: PARTIAL\nITEM: {product}\n"
            "LINE STATUS: BP - BACKORDERED (OOS)\nALL OTHER LINES: SHIPPED COMPLETE",
        ),
        "werk": (
            f"Teillieferung / Partial delivery - {number}",
            f"Sehr geehrte Damen und Herren / Dear Sir or Madam,\n\nIhre Bestellung / Your "
            f"order: {number}\nArtikel / Item: {product}\nStatus: Rückstand - derzeit nicht "
            "lieferbar / on backorder - currently unavailable\nDie übrigen Positionen wurden "
            "vollständig geliefert. / All other items were delivered in full.",
        ),
        "korea": (
            f"Short shipment - PO {number}",
            f"Dear Valued Customer,\n\nRegret to inform that {product} in PO {number} is "
            "short-shipped due to out of stock at factory. Balance quantity will be shipped with "
            "next order. Sorry for inconvenience.",
        ),
        "yiwu": (
            f"{number}缺货说明",
            f"老板，跟您说下，{product}工厂断货了，{number}这次先发其他的，{product}等工厂补上再给"
            "您发，不好意思哈",
        ),
        "taiwan": (
            f"訂單{number}部分出貨",
            f"貴公司 您好：\n\n訂單{number}中之{product}目前缺貨，"
            "本次僅能部分出貨，其餘待補貨後再行出貨，敬請見諒。",
        ),
        "quyu": (
            f"{number}部分缺货",
            f"您好，{product}最近全国都在断货，{number}里这个品先发不了，其他的正常发，这个品到货了"
            "第一时间给您补上。",
        ),
    }[voice(who)]
