"""The demo inbox's sixteenth set of phrasings, written blind by a thirteenth hand: a British
petrol-station shop's manager ("Thursday w/c 9 March", "Thursday week"); a Tanzanian safari
lodge's storekeeper writing English with Swahili in it (Alhamisi 12 Machi, kesho kutwa); a
Russian-speaking deli's owner (12 марта (чт), к 12 марта, послезавтра, в четверг, 12-го); an
online seller restocking its marketplace warehouse ("10 days out"); a multiplex cinema's
concessions manager ("in a week's time"); a gym's smoothie bar ("day after tmrw"); Chinese
buyers: a bakery chain's central ordering desk (这周四), a campus supermarket (下星期四), a
live-stream shop's operations hand (10天后), a Chaoshan grocer (明日, 拜四) and a building site's
canteen (大后天); lines as a listing's case pack, as singles set against cases, with the pack as
a tag before the goods, with what a case holds beside it and in words; a figure revised in the
list after a stock count; and suppliers: a commodity trading house on allocation, an in-bond
distributor waiting on customs, an accounting firm writing for its client, a Norwegian seafood
exporter giving week numbers, a Quanzhou food factory (歹势), a Shanghai trading company's
documents clerk (2026.03.12), a drinks brand's dealer-management office (配额) and a small
supplier's bookkeeper writing for the boss (代账).

Each message draws its words from its own stream, handed in by the inbox, so that which message
is written from this set changes nothing in any other message. A partner keeps one voice (where
and who they are), chosen by its id."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold
from smarterp.data.demo.wording import (
    OUR_DESK,
    ZH_WEEK,
    cn,
    first_name,
    monday,
    nth,
    this_week,
    weeks_on,
    words,
)

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "sixteenth"
SHARE = 1.0  # what neither the fifteenth (at half) nor any earlier set took
CUSTOMER_VOICES = ("forecourt", "lodge", "slavic", "fba", "cinema", "gym")
ZH_CUSTOMER_VOICES = ("bakery", "campus", "zhibo", "chaoshan", "gongdi")
SUPPLIER_VOICES = ("trader", "bonded", "bpo", "nordic")
ZH_SUPPLIER_VOICES = ("quanzhou", "danzheng", "bottler", "daizhang")
STYLES = ("casepack", "singles", "tag", "holds", "counted")
CHAT_STYLES = ("singles", "tag", "holds", "counted", "singles")

SW_DAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
SW_MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
             "Septemba", "Oktoba", "Novemba", "Desemba")  # fmt: skip
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")  # fmt: skip
# Gmail's short months and weekdays in Russian, for its quote line.
RU_SHORT_MONTHS = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                   "окт.", "нояб.", "дек.")  # fmt: skip
RU_SHORT_DAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
RU_ON_DAYS = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
              "в воскресенье")  # fmt: skip
# Single pieces as these buyers count them: the English word, one of them, the Chinese measure
# word.
_PIECES: dict[str, tuple[str, str, str]] = {
    "Beverages": ("bottles", "bottle", "瓶"),
    "Condiments": ("jars", "jar", "瓶"),
    "Tea": ("boxes", "box", "盒"),
    "Snacks": ("bags", "bag", "包"),
    "Grains & Noodles": ("packs", "pack", "袋"),
    "Frozen Foods": ("bags", "bag", "袋"),
    "Small Appliances": ("units", "unit", "台"),
    "Kitchenware": ("pieces", "piece", "个"),
    "Stationery": ("pieces", "piece", "个"),
}
_DEFAULT_PIECE = ("units", "unit", "个")


# --- numbers, dates, voices --------------------------------------------------------------------


def _coming(day: date, weekday: int) -> date:
    """The first day after `day` that falls on `weekday`."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def week_commencing(by: date) -> str:
    """'Thursday w/c 9 March': the weekday of the week that begins on that Monday."""
    mon = monday(by)
    return f"{by:%A} w/c {mon.day} {mon:%B}"


def weekday_week(day: date, by: date) -> bool:
    """Whether `by` is 'Thursday week' from `day`: a week after the coming Thursday (never said
    on a Thursday itself)."""
    return by.weekday() != day.weekday() and by == _coming(day, by.weekday()) + timedelta(days=7)


def iso_week(d: date) -> int:
    return d.isocalendar()[1]


def chat_days(zh: bool, day: date, by: date) -> list[str]:
    """The ways any of these writers gives the day in a chat: the month named (or 月), with the
    weekday beside it where said; 这周 this week only, 下个礼拜 next week only, 大后天 three
    days ahead, 'day after tmrw' two, and 'N days from now' from three to fourteen, each with
    the day beside it."""
    ahead, m, d, w = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()]
    weeks = weeks_on(day, by)
    forms: list[str]
    if zh:
        forms = [f"{m}月{d}号", f"{m}月{d}日（周{w}）"]
        forms += [f"这周{w}（{d}号）"] if this_week(day, by) else []
        forms += [f"下个礼拜{w}（{m}月{d}号）"] if weeks == 1 else []
        forms += [f"大后天（{d}号）"] if ahead == 3 else []
        return forms
    forms = [f"{by:%a} {d} {by:%b}", f"{by:%b} {d} ({by:%a})"]
    forms += [f"day after tmrw ({by:%a} {nth(by)})"] if ahead == 2 else []
    forms += [f"{ahead} days from now ({by:%a} {d} {by:%b})"] if 3 <= ahead <= 14 else []
    return forms


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return r.choice(chat_days(zh, day, by))


def voice_days(where: str, day: date, by: date) -> list[str]:
    """The ways each voice writes the requested day in a mail: never figures alone that could
    be day/month or month/day; the day of the month without its month only within four weeks
    and with its weekday; 'w/c' with the Monday that begins the week; 'Thursday week' a week
    after the coming Thursday; kesho and 明日 one day ahead, kesho kutwa, послезавтра and 'day
    after tmrw' two, 大后天 three, 'in a week's time' seven, 'N days out' and N天后 from three
    to twenty-one (or twenty), each with the day beside it; 这周, 下星期 and 拜 with the day."""
    ahead, m, d, w, wd = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()], by.weekday()
    soon, weeks = 0 < ahead < 28, weeks_on(day, by)
    forms: list[str]
    if where == "forecourt":
        forms = [week_commencing(by), f"{by:%a} {nth(by)} {by:%b}"]
        forms += [f"{by:%A} week ({nth(by)})"] if weekday_week(day, by) else []
    elif where == "lodge":
        forms = [f"{SW_DAYS[wd]} {d} {SW_MONTHS[m - 1]}", f"{d} {SW_MONTHS[m - 1]} ({by:%A})"]
        forms += [f"kesho ({by:%A} {d})"] if ahead == 1 else []
        forms += [f"kesho kutwa ({by:%A} {d})"] if ahead == 2 else []
    elif where == "slavic":
        forms = [f"{d} {RU_MONTHS[m - 1]} ({RU_SHORT_DAYS[wd]})", f"к {d} {RU_MONTHS[m - 1]}"]
        forms += [f"{RU_ON_DAYS[wd]}, {d}-го"] if soon else []
        forms += [f"послезавтра ({d} {RU_MONTHS[m - 1]})"] if ahead == 2 else []
    elif where == "fba":
        forms = [f"{by:%b} {d} ({by:%a})", f"{by:%a}, {by:%b} {d}, {by.year}"]
        forms += [f"{ahead} days out ({by:%b} {d})"] if 3 <= ahead <= 21 else []
    elif where == "cinema":
        forms = [f"{d} {by:%b} ({by:%a})", f"{by:%A} the {nth(by)} of {by:%B}"]
        forms += [f"in a week's time ({by:%a} {d} {by:%b})"] if ahead == 7 else []
    elif where == "gym":
        forms = [f"{nth(by)} {by:%b}, {by:%a}"]
        forms += [f"{by:%a} {nth(by)}"] if soon else []
        forms += [f"day after tmrw ({by:%a} {nth(by)})"] if ahead == 2 else []
    elif where == "bakery":
        forms = [f"{m}月{d}日（周{w}）"]
        forms += [f"这周{w}（{d}号）"] if this_week(day, by) else []
    elif where == "campus":
        forms = [f"{m}月{d}号"]
        forms += [f"{d}号（星期{w}）"] if soon else []
        forms += [f"下星期{w}（{m}月{d}号）"] if weeks == 1 else []
    elif where == "zhibo":
        forms = [f"{m}月{d}日", f"{m}月{d}日（星期{w}）"]
        forms += [f"{ahead}天后（{m}月{d}日）"] if 3 <= ahead <= 20 else []
    elif where == "chaoshan":
        forms = [f"{m}月{d}号（拜{w}）"]
        forms += [f"明日（{d}号）"] if ahead == 1 else []
        forms += [f"拜{w}（{d}号）"] if 0 < ahead <= 6 else []
    else:  # the building site's canteen
        forms = [f"{m}月{d}号", f"{m}月{d}号礼拜{w}"]
        forms += [f"{d}号（礼拜{w}）"] if soon else []
        forms += [f"大后天（{d}号）"] if ahead == 3 else []
    return forms


def voice_day(r: random.Random, where: str, day: date, by: date) -> str:
    return r.choice(voice_days(where, day, by))


def said_day(where: str, d: date) -> str:
    """A day already past or agreed, in a short note: always with its month."""
    w = ZH_WEEK[d.weekday()]
    return {
        "forecourt": f"{d:%a} {nth(d)} {d:%b}",
        "lodge": f"{SW_DAYS[d.weekday()]} {d.day} {SW_MONTHS[d.month - 1]}",
        "slavic": f"{d.day} {RU_MONTHS[d.month - 1]}",
        "fba": f"{d:%b} {d.day} ({d:%a})",
        "cinema": f"{d.day} {d:%b} ({d:%a})",
        "gym": f"{nth(d)} {d:%b}",
        "bakery": f"{d.month}月{d.day}日（周{w}）",
        "campus": f"{d.month}月{d.day}号",
        "zhibo": f"{d.month}月{d.day}日",
        "chaoshan": f"{d.month}月{d.day}号（拜{w}）",
    }.get(where, f"{d.month}月{d.day}号")


def supplier_day(where: str, d: date) -> str:
    """The day a supplier gives (delivery, due, effective), each in its own way."""
    w = ZH_WEEK[d.weekday()]
    return {
        "trader": f"{nth(d)} {d:%B} {d.year}",
        "bonded": f"{d.day:02d}/{d:%b}/{d.year}",
        "bpo": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "nordic": f"{d:%A} {d.day} {d:%B} (week {iso_week(d)})",
        "quanzhou": f"{d.month}月{d.day}日（礼拜{w}）",
        "danzheng": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "bottler": f"{d.year}年{d.month}月{d.day}日（周{w}）",
    }.get(where, f"{d.year}年{d.month}月{d.day}日")


def voice(who: Party) -> str:
    """The partner's own way of writing, the same in all its messages."""
    pool: tuple[str, ...]
    if who.kind == "supplier":
        pool = ZH_SUPPLIER_VOICES if who.zh else SUPPLIER_VOICES
    else:
        pool = ZH_CUSTOMER_VOICES if who.zh else CUSTOMER_VOICES
    return pool[who.id % len(pool)]


def _phone(r: random.Random, where: str) -> str:
    n = r.randint
    return {
        "forecourt": f"0{n(1200, 1999)} {n(100000, 999999)}",
        "lodge": f"+255 {n(710, 789)} {n(100, 999)} {n(100, 999)}",
        "slavic": f"+1 718 {n(200, 989)} {n(1000, 9999)}",
        "fba": f"+1 {n(201, 989)} {n(200, 989)} {n(1000, 9999)}",
        "cinema": f"0{n(20, 29)} {n(3000, 8999)} {n(1000, 9999)}",
        "gym": f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}",
        "nordic": f"+47 {n(400, 999)} {n(10, 99)} {n(100, 999)}",
    }.get(where, f"1{n(3, 9)}{n(0, 9)} {n(1000, 9999)} {n(1000, 9999)}")


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as each office's mail program shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    forms = {
        "forecourt": [f"{who.short} Forecourt Shop", f"{shown} (Site Manager)"],
        "lodge": [f"{who.short} Lodge Stores", f"{shown} - Storekeeper"],
        "slavic": [f"{who.short} Deli / Гастроном", f"{shown} ({who.short})"],
        "fba": [f"{who.short} Store Ops", f"{shown} | {who.short} Online"],
        "cinema": [f"{who.short} Cinemas Concessions", f"{shown} (Concessions)"],
        "gym": [f"{who.short} Smoothie Bar", f"{shown} 💪"],
        "bakery": [f"{who.short}烘焙订货组", f"{shown}（{who.short}中央工厂）"],
        "campus": [f"{who.short}校园超市", f"{shown}（超市采购）"],
        "zhibo": [f"{who.short}直播间运营", f"{shown}（{who.short}抖店）"],
        "chaoshan": [f"{who.short}商行", f"{shown}"],
        "gongdi": [f"{who.short}项目部食堂", f"{shown}（食堂采购）"],
        "trader": [f"{who.short} Trading Desk", f"{shown} | {who.short} Softs"],
        "bonded": [f"{who.short} Bonded Logistics", f"{shown} – Customer Service"],
        "bpo": [f"{who.short} Accounts (outsourced)", f"{shown} on behalf of {who.short}"],
        "nordic": [f"{who.short} Sjømat AS", f"{shown} - Salg"],
        "quanzhou": [f"{who.short}食品厂", f"{shown}（泉州{who.short}）"],
        "danzheng": [f"{who.short}单证部", f"{shown}（单证）"],
        "bottler": [f"{who.short}经销商管理部", f"{shown}（{who.short}销售公司）"],
        "daizhang": [f"{who.short}（代账会计）", f"{shown}"],
    }[voice(who)]
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A buyer's sign-off in its own office's style; someone writing for another says so."""
    where, covering = voice(who), person != who.contact
    phone = _phone(r, where)
    forms = {
        "forecourt": [
            f"Cheers,\n{person}\nSite Manager, {who.name}\nShop: {phone}",
            f"Ta, {person} ({who.short} forecourt)",
        ],
        "lodge": [
            f"Asante sana,\n{person}\nStorekeeper, {who.name}\nMob/WhatsApp: {phone}",
            f"Karibu,\n{person} - {who.short} stores",
        ],
        "slavic": [
            f"С уважением / Regards,\n{person}\n{who.name}\nтел. {phone}",
            f"Спасибо!\n{person}",
        ],
        "fba": [
            f"{person}\nOps & Inventory | {who.name}\n{phone}",
            f"thx,\n{person} – {who.short}",
        ],
        "cinema": [
            f"Kind regards,\n{person}\nConcessions Manager | {who.name}\n{phone}",
            f"{person}\nCandy bar, {who.short}",
        ],
        "gym": [f"{person} 🥤\n{who.short} smoothie bar\n{phone}", f"ta {person}"],
        "bakery": [f"{who.short}中央工厂 订货组 {person}\n{phone}", f"订货组 {person}"],
        "campus": [f"{who.short}校园超市 {person}\n手机：{phone}", f"{person}（超市）"],
        "zhibo": [f"{who.short}直播间 运营 {person}\n微信同号：{phone}", f"运营{person}"],
        "chaoshan": [f"{who.short} {person}\n电话：{phone}", f"胶己人 {person}"],
        "gongdi": [f"{who.short}项目部食堂 {person}\n{phone}", f"食堂 {person}"],
    }[where]
    sign = r.choice(forms)
    if not covering:
        return sign
    covered = {
        "forecourt": f"(covering for {who.contact} this week)",
        "lodge": f"(for {who.contact}, who is on safari leave)",
        "slavic": f"(за {who.contact} / for {who.contact})",
        "fba": f"(placing this for {who.contact})",
        "cinema": f"(on {who.contact}'s behalf)",
        "gym": f"(sending for {who.contact})",
        "bakery": f"（替{who.contact}下单）",
        "campus": f"（{who.contact}让我发的）",
        "zhibo": f"（帮{who.contact}发的）",
        "chaoshan": f"（代{who.contact}）",
        "gongdi": f"（{who.contact}叫我下的）",
    }[where]
    return f"{sign}\n{covered}"


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    forms = {
        "trader": [
            f"Best regards,\n{person}\nSoft Commodities Desk | {who.name}\nAll business "
            "subject to our standard terms of sale.",
            f"{person} | {who.short} Trading",
        ],
        "bonded": [
            f"Regards,\n{person}\nCustomer Service – {who.name}\nBonded Warehouse No. "
            f"{r.randint(10, 99)}",
            f"{person} ({who.short} bonded)",
        ],
        "bpo": [
            f"Yours faithfully,\n{person}\nfor and on behalf of {who.name}\n(outsourced "
            "accounts and billing)",
            f"{person}, Accounts Team",
        ],
        "nordic": [
            f"Med vennlig hilsen / Best regards\n{person}\n{who.name}\n{_phone(r, where)}",
            f"Hilsen {person}",
        ],
        "quanzhou": [f"{who.name}\n业务 {person}\n福建泉州", f"{person}（{who.short}）"],
        "danzheng": [f"{who.name}\n单证部 {person}\n上海市浦东新区", f"单证 {person}"],
        "bottler": [f"{who.name}\n经销商管理部 {person}", f"{person}（经销商管理部）"],
        "daizhang": [f"代账会计 {person}\n（受{who.short}委托）", f"{person}（代账）"],
    }[where]
    return r.choice(forms)


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str, str]:
    return _PIECES.get(it.category, _DEFAULT_PIECE)


def _cases(q: int) -> str:
    return "case" if q == 1 else "cases"


def _line_en(it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in one of this set's English styles: a listing's case pack, singles set against
    cases, the pack as a tag before the goods, what a case holds beside it, or in words."""
    q, pack, base = it.quantity, it.pack, it.base
    many, one, _ = _pieces(it)
    if it.variant == "case":
        return {
            "casepack": f"{base} — case pack of {pack}, {q} {_cases(q)}",
            "singles": f"{q} sealed {_cases(q)} of {base} ({pack} {many} per case)",
            "tag": f"CASE OF {pack} – {base} – {q}",
            "holds": f"{base} – {q} {_cases(q)} (each case holds {pack} {many})",
            "counted": f"{base}, {words(q)} {_cases(q)} of {words(pack)}",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "casepack": f"{base} — Family Size, qty {q}",
            "singles": f"{q} family-size {base}",
            "tag": f"FAMILY SIZE – {base} – {q}",
            "holds": f"{base} – {q} in the Family Size",
            "counted": f"{base}, {words(q)} in family size",
        }[style], line_gold(it)
    return {
        "casepack": f"{base} — individual {many}, qty {q}",
        "singles": f"{q} singles of {base} ({many}, not cases)",
        "tag": f"SINGLE {one.upper()} – {base} – {q}",
        "holds": f"{base} – {q} {many}, single and unboxed",
        "counted": f"{base}, {words(q)} {many}, singly",
    }[style], line_gold(it)


def _line_zh(it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in Chinese: a 规格 field, 箱×瓶 set against 单瓶 (不要整箱), the pack as a tag in
    〔〕 before the goods, 每箱 what a case holds, or counts in Chinese numerals (散的)."""
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _pieces(it)[2]
    if it.variant == "case":
        return {
            "casepack": f"{base}，规格{pack}{unit}/箱，订{q}箱",
            "singles": f"{base} {q}箱×{pack}{unit}",
            "tag": f"〔箱装·{pack}{unit}〕{base} {q}箱",
            "holds": f"{base}{q}箱（每箱{pack}{unit}）",
            "counted": f"{base}要{cn(q)}箱，{cn(pack)}{unit}一箱的",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "casepack": f"{base}，规格家庭装，订{q}{unit}",
            "singles": f"{base}（家庭装）{q}{unit}",
            "tag": f"〔家庭装〕{base} {q}{unit}",
            "holds": f"{base}{q}{unit}（家庭装）",
            "counted": f"{base}家庭装要{cn(q)}{unit}",
        }[style], line_gold(it)
    return {
        "casepack": f"{base}，规格单{unit}，订{q}{unit}",
        "singles": f"{base} {q}{unit}（单{unit}，不要整箱）",
        "tag": f"〔单{unit}〕{base} {q}{unit}",
        "holds": f"{base}{q}{unit}（按单{unit}拿）",
        "counted": f"{base}要{cn(q)}{unit}，散的",
    }[style], line_gold(it)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words, one style to a message (in a chat never a
    listing's case pack). Returns (texts, gold lines, language)."""
    style = r.choice(CHAT_STYLES if mode == "chat" else STYLES)
    texts, golds = [], []
    for it in items:
        text, gold = _line_zh(it, style) if zh else _line_en(it, style)
        texts.append(text)
        golds.append(gold)
    return texts, golds, "zh" if zh else "en"


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer revises a case count in the list after a stock count and says so
    beside it, naming the draft's figure: rewrites that line and returns the note, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    q = items[i].quantity
    before = q + r.choice([-2, -1, 1, 3, 4, 5])
    if before <= 0:
        before = q + 3
    if zh:
        note = r.choice([f"（盘点后改成{q}箱，草稿是{before}箱）", f"⟵ 原写{before}箱，现改{q}箱"])
    else:
        note = r.choice(
            [
                f"(revised after stock count: {q} cases, the draft said {before})",
                f"<< changed from {before} to {q} cases",
                f"(second draft – {q} cases; ignore the {before} from the first)",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(texts: list[str], where: str) -> str:
    if where == "forecourt":
        return "\n".join(f"  {t}" for t in texts)
    if where == "lodge":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if where == "slavic":
        return "\n".join(f"— {t}" for t in texts)
    if where == "fba":
        return "\n".join(f"[{i}] {t}" for i, t in enumerate(texts, 1))
    if where == "cinema":
        return "\n".join(f"* {t}" for t in texts)
    if where == "gym":
        return "\n".join(f"🔸 {t}" for t in texts)
    if where == "bakery":
        return "\n".join(f"{i:02d}  {t}" for i, t in enumerate(texts, 1))
    if where == "zhibo":
        return "\n".join(f"✅{t}" for t in texts)
    if where == "gongdi":
        return "\n".join(f"（{cn(i)}）{t}" for i, t in enumerate(texts, 1))
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
    bodies = {
        "forecourt": [
            f"Hiya Emma,\n\nWeekly top-up for the forecourt shop, our ref {ref}. Can we have "
            f"it {by} please - before 6am if the driver can, the tanker's in at 7 and blocks the "
            f"yard.\n\n{listing}\n\nAny subs, ring the shop first.\n\n{sign}",
            f"Emma - shop order {ref} below, delivery {by}.\n\n{listing}\n\n{sign}",
        ],
        "lodge": [
            f"Habari Emma,\n\nHope you are well. Please find our stores order {ref} for the "
            f"lodge. Kindly deliver to our depot {by}, the day the supply truck loads for camp "
            f"(it leaves in the afternoon).\n\n{listing}\n\nAsante sana for your help.\n\n"
            f"{sign}",
            f"Jambo Emma,\norder {ref}, please deliver {by} for the truck to camp:\n\n{listing}"
            f"\n\n{sign}",
        ],
        "slavic": [
            f"Добрый день, Emma!\n\nOrder for the deli, номер {ref}. We need delivery {by}, "
            f"please not later, the weekend is busy.\n\n{listing}\n\nIf something is not in "
            f"stock please call me before, not just skip it. Спасибо!\n\n{sign}",
            f"Emma, здравствуйте.\nЗаказ / order {ref} – доставка {by}.\n\n{listing}\n\n{sign}",
        ],
        "fba": [
            f"Hey Emma,\n\nRestock PO {ref} for our marketplace inbound. We're close to "
            f"stocking out on a couple of listings, so we need this at the prep center {by}. "
            f"Please label cartons with the PO number.\n\n{listing}\n\nLet me know if any of "
            f"these are backordered so I can adjust the shipment plan.\n\n{sign}",
            f"Hi Emma – PO {ref}, needed at the prep center {by}.\n\n{listing}\n\n{sign}",
        ],
        "cinema": [
            f"Hi Emma,\n\nConcessions order {ref} for the cinema. We've a big release opening "
            f"so please deliver {by}, goods-in is round the back by the fire exit, before the "
            f"first screening at 11.\n\n{listing}\n\nThanks,\n{sign}",
            f"Emma,\ncandy bar restock {ref} – {by} please.\n\n{listing}\n\n{sign}",
        ],
        "gym": [
            f"hey Emma!! smoothie bar order {ref} 🥤 can u get it to us {by}? we open 5:30 so "
            f"any time after that is fine\n\n{listing}\n\nthanks heaps\n{sign}",
            f"Emma - order {ref} for the bar, {by} pls\n\n{listing}\n\n{sign}",
        ],
        "bakery": [
            f"Emma您好，我是{who.short}中央工厂订货组的{who.contact}。本周门店和"
            f"工厂用料汇总如下，订单号{ref}：\n\n{listing}\n\n请{by}早上七点前送到中央工厂收货口，"
            f"冷冻的直接入冷库，谢谢！\n\n{sign}",
            f"Emma：\n{who.short}订货单{ref}，{by}到货。\n{listing}\n\n{sign}",
        ],
        "campus": [
            f"Emma你好，{who.short}校园超市这边要补货了（开学人多），单号{ref}：\n{listing}\n"
            f"麻烦{by}送到，从学校北门进，跟门卫说是超市送货就行。\n\n{sign}",
            f"你好Emma，{ref}这单{by}送哈：\n{listing}\n\n{sign}",
        ],
        "zhibo": [
            f"Emma姐好！我是{who.short}直播间的运营{who.contact}，这周直播要上链接，"
            f"先备一批货（{ref}）：\n{listing}\n{by}务必到仓，不然直播间没法发货😭\n\n{sign}",
            f"Emma，{ref}备货单，{by}到仓：\n{listing}\n\n{sign}",
        ],
        "chaoshan": [
            f"Emma你好，胶己人就直说了，{who.short}这边要一批货，单号{ref}：\n{listing}\n"
            f"{by}送来店里，早起六点后有人在。有空来食茶！\n\n{sign}",
            f"Emma，{ref}，{by}要到：\n{listing}\n\n{sign}",
        ],
        "gongdi": [
            f"Emma你好，{who.short}项目部食堂要货，单号{ref}，工地上百号工人等着吃饭：\n"
            f"{listing}\n{by}上午十点前送到工地食堂，车从二号门进，到了打电话。\n\n{sign}",
            f"Emma，食堂订货{ref}，{by}送：\n{listing}\n\n{sign}",
        ],
    }[where]
    subjects = {
        "forecourt": [f"Shop order {ref}", f"{who.short} forecourt top-up {ref}"],
        "lodge": [f"Lodge stores order {ref}", f"Order {ref} for the camp truck"],
        "slavic": [f"Заказ / Order {ref}", f"Order {ref} – {who.short} deli"],
        "fba": [f"Restock PO {ref}", f"PO {ref} – inbound restock"],
        "cinema": [f"Concessions order {ref}", f"Candy bar restock {ref}"],
        "gym": [f"smoothie bar order {ref}", f"Order {ref} 🥤"],
        "bakery": [f"中央工厂订货单 {ref}", f"{who.short}订货{ref}"],
        "campus": [f"校园超市补货 {ref}", f"补货单{ref}"],
        "zhibo": [f"直播备货 {ref}", f"{who.short}备货单{ref}"],
        "chaoshan": [f"{who.short}要货 {ref}", f"订货{ref}"],
        "gongdi": [f"食堂订货 {ref}", f"{who.short}食堂要货{ref}"],
    }[where]
    return r.choice(subjects), r.choice(bodies)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """The order sent on, by a colleague or by the buyer from another mailbox, under the header
    their own mail program writes (Thunderbird, Zoho Mail, Yandex Mail, Fastmail, Outlook on the
    web, an iPhone, QQ邮箱 and 阿里邮箱)."""
    where = voice(who)
    hh, mm, ss = r.randint(6, 11), r.randint(10, 59), r.randint(10, 59)
    frm = f"{who.contact} <{who.email}>"
    own, first = person == who.contact, first_name(who.contact)
    if who.zh:
        whose = "我自己之前发的单" if own else f"{who.contact}的订货单"
        note = {
            "bakery": f"Emma，转一下{whose}，麻烦确认收到。\n{person}",
            "campus": f"Emma你好，{whose}转给你，帮忙看一下哈。\n{person}",
            "zhibo": f"Emma姐，{whose}再发一次，直播急用🙏\n{person}",
            "chaoshan": f"Emma，{whose}转你，睇下。\n{person}",
            "gongdi": f"Emma，{whose}，转过去了，抓紧安排。\n{person}",
        }[where]
        weekday = ZH_WEEK[day.weekday()]
        if where in ("bakery", "gongdi", "chaoshan"):  # QQ邮箱
            ampm, h12 = ("上午", hh) if hh < 12 else ("下午", hh - 12)
            head = (
                f'------------------ 原始邮件 ------------------\n发件人: "{who.contact}"'
                f"<{who.email}>;\n发送时间: {day.year}年{day.month}月{day.day}日(星期{weekday}) "
                f'{ampm}{h12}:{mm}\n收件人: "Lotus Harbor Sales"<sales@lotusharbor.example>;\n'
                f"主题: {subject}"
            )
        else:  # 阿里邮箱
            head = (
                f"------------------------------------------------------------------\n"
                f"发件人：{who.contact} <{who.email}>\n发送时间：{day.year}年{day.month}月"
                f"{day.day}日(星期{weekday}) {hh:02d}:{mm}\n收件人：Lotus Harbor Sales "
                f"<sales@lotusharbor.example>\n主　题：{subject}"
            )
        return f"{note}\n\n{head}\n\n{body}"
    if where == "forecourt":  # Thunderbird
        note = (
            f"Emma, resending - not sure the first one got through.\n{person}"
            if own
            else f"Emma, {first}'s order from last shift, can you pick it up please.\n{person}"
        )
        head = (
            f"-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{day:%a}, "
            f"{day.day} {day:%b} {day.year} {hh:02d}:{mm}:{ss} +0000\nFrom: \t{frm}\nTo: \t"
            f"{OUR_DESK}"
        )
    elif where == "lodge":  # Zoho Mail
        note = (
            f"Habari Emma, sending again the order, the network at camp is bad.\n{person}"
            if own
            else f"Habari Emma, here is the order from {first}, please process.\n{person}"
        )
        head = (
            f"============ Forwarded message ============\nFrom: {frm}\nTo: {OUR_DESK}\n"
            f"Date: {day:%a}, {day.day:02d} {day:%b} {day.year} {hh:02d}:{mm}:{ss} +0300\n"
            f"Subject: {subject}\n============ Forwarded message ============"
        )
    elif where == "slavic":  # Yandex Mail
        note = (
            f"Emma, пересылаю ещё раз / I send again.\n{person}"
            if own
            else f"Emma, это заказ от {first} / order from {first}, please.\n{person}"
        )
        head = (
            f"-------- Пересылаемое сообщение --------\n{day.day} {RU_MONTHS[day.month - 1]} "
            f'{day.year}, {hh:02d}:{mm}, "{who.contact}" <{who.email}>:\nКому: {OUR_DESK}\n'
            f"Тема: {subject}"
        )
    elif where == "fba":  # Fastmail
        note = (
            f"Bumping this - no confirmation on the PO yet.\n{person}"
            if own
            else f"Emma - forwarding {first}'s restock PO, can you confirm?\n{person}"
        )
        head = (
            f"----- Original message -----\nFrom: {frm}\nTo: {OUR_DESK}\nSubject: {subject}\n"
            f"Date: {day:%A}, {day:%B} {day.day}, {day.year} {hh}:{mm} AM"
        )
    elif where == "cinema":  # Outlook on the web
        note = (
            f"Hi Emma, sending this again in case it went to junk.\n{person}"
            if own
            else f"Hi Emma, passing on {first}'s concessions order.\n{person}"
        )
        head = (
            f"________________________________\nFrom: {frm}\nSent: {day.day:02d} {day:%B} "
            f"{day.year} {hh:02d}:{mm}\nTo: {OUR_DESK}\nSubject: {subject}"
        )
    else:  # an iPhone
        note = (
            f"fwd again just in case!\n{person}"
            if own
            else f"Emma this is {first}'s order, she asked me to send it over\n{person}"
        )
        head = (
            f"Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: {frm}\nDate: {day.day} "
            f"{day:%B} {day.year} at {hh}:{mm}:{ss} AEDT\nTo: {OUR_DESK}\nSubject: {subject}"
        )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer, under the quote line (or header) the buyer's
    mail program writes: clearly the older message, no goods and no count of them."""
    before = day - timedelta(days=r.randint(3, 9))
    hh, mm, ss = r.randint(8, 16), r.randint(10, 59), r.randint(10, 59)
    first = first_name(who.contact)
    if who.zh:
        said = r.choice(
            [
                "春节后的送货时间表已更新，具体以司机电话为准。",
                "我们的开票信息有变更，新的税号请见附件。",
                "下个月起对账单改为月初统一发送。",
            ]
        )
        ampm, h12 = ("上午", hh) if hh < 12 else ("下午", hh - 12 if hh > 12 else hh)
        return (
            f'\n\n------------------ 原始邮件 ------------------\n发件人: "Lotus Harbor Sales"'
            f"<sales@lotusharbor.example>;\n发送时间: {before.year}年{before.month}月"
            f"{before.day}日(星期{ZH_WEEK[before.weekday()]}) {ampm}{h12}:{mm}\n收件人: "
            f'"{who.contact}"<{who.email}>;\n主题: 莲港通知\n\n{who.contact}您好：\n{said}\nEmma'
        )
    said = r.choice(
        [
            "our delivery days change next month - the new schedule is attached.",
            "we've updated our remittance details; please check the new account before paying.",
            "thanks for the note about the driver, we've spoken to the depot.",
        ]
    )
    where = voice(who)
    if where == "slavic":  # Gmail in Russian
        line = (
            f"{RU_SHORT_DAYS[before.weekday()]}, {before.day} "
            f"{RU_SHORT_MONTHS[before.month - 1]} {before.year} г. в {hh:02d}:{mm}, "
            f"{OUR_DESK}:"
        )
        return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"
    if where == "lodge":  # Zoho Mail
        line = (
            f"---- On {before:%a}, {before.day:02d} {before:%b} {before.year} {hh:02d}:{mm}:{ss} "
            f"+0300 {OUR_DESK} wrote ----"
        )
        return f"\n\n{line}\n\nHi {first},\n{said}\nEmma"
    if where == "cinema":  # Outlook on the web
        return (
            f"\n\n________________________________\nFrom: {OUR_DESK}\nSent: {before.day:02d} "
            f"{before:%B} {before.year} {hh:02d}:{mm}\nTo: {who.contact} <{who.email}>\n"
            f"Subject: A note from Lotus Harbor\n\nHi {first},\n\n{said[0].upper()}{said[1:]}"
            "\n\nEmma"
        )
    line = f"On {before.day} {before:%b} {before.year}, at {hh:02d}:{mm}, {OUR_DESK} wrote:"
    return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by chat in the buyer's voice."""
    where = voice(who)
    listing = "\n".join(texts)
    intro = {
        "forecourt": f"Morning, {who.contact}, site manager at {who.short} services. ",
        "lodge": f"Jambo! {who.contact}, stores at {who.short} lodge. ",
        "slavic": f"Здравствуйте! {who.contact}, {who.short} deli. ",
        "fba": f"Hi! {who.contact}, ops at {who.short} (online store). ",
        "cinema": f"Hi, {who.contact}, concessions at {who.short} cinemas. ",
        "gym": f"heyy it's {who.contact} from the {who.short} smoothie bar 👋 ",
        "bakery": f"Emma您好，{who.short}中央工厂订货组{who.contact}。",
        "campus": f"你好Emma，{who.short}校园超市{who.contact}。",
        "zhibo": f"Emma姐好，{who.short}直播间运营{who.contact}～",
        "chaoshan": f"Emma你好，{who.short}的{who.contact}。",
        "gongdi": f"Emma你好，{who.short}项目部食堂{who.contact}。",
    }[where]
    intro = intro if first else ""
    return {
        "forecourt": f"{intro}Shop order {ref}, for {by}:\n{listing}\nCheers",
        "lodge": f"{intro}Order {ref} for the camp truck, {by}:\n{listing}\nAsante!",
        "slavic": f"{intro}Заказ {ref}, delivery {by}:\n{listing}\nСпасибо",
        "fba": f"{intro}restock {ref} → prep center by {by}\n{listing}",
        "cinema": f"{intro}Concessions {ref}, need it {by}:\n{listing}",
        "gym": f"{intro}order {ref} 🥤\n{listing}\n{by} pls!",
        "bakery": f"{intro}订货{ref}，{by}到中央工厂：\n{listing}",
        "campus": f"{intro}补货{ref}：\n{listing}\n{by}送到超市",
        "zhibo": f"{intro}备货{ref}：\n{listing}\n{by}到仓哦",
        "chaoshan": f"{intro}{ref}，{by}送来：\n{listing}",
        "gongdi": f"{intro}食堂{ref}：\n{listing}\n{by}送工地",
    }[where]


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent, in the buyer's words for a case."""
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    cases = _cases(q)
    return {
        "forecourt": f"Emma, stick {q} {cases} of {base} on that order as well please",
        "lodge": f"Emma samahani, add also {q} {cases} {base} for the truck 🙏",
        "slavic": f"Emma, ещё {q} {cases} {base} to the same order, спасибо",
        "fba": f"+{q} {cases} {base} on the same PO pls (another listing's running low)",
        "cinema": f"one more for the order: {q} {cases} of {base}",
        "gym": f"oh & {q} {cases} {base} too!! same order",
        "bakery": f"同一单再加{q}箱{zh}",
        "campus": f"Emma，刚才那单{zh}再加{q}箱",
        "zhibo": f"姐，{zh}再加{q}箱，直播卖爆了🔥",
        "chaoshan": f"{zh}再添{q}箱，一起送",
        "gongdi": f"{zh}再来{q}箱，跟刚才那单一起",
    }[where]


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    cases, olds = _cases(q), _cases(old)
    return {
        "forecourt": (
            f"Change to shop order {ref}",
            f"Hiya Emma, one change on {ref}: {base} should be {q} {cases}, not {old} - did the "
            "shelf count again. Rest as sent.",
        ),
        "lodge": (
            f"Change order {ref}",
            f"Habari Emma, on our order {ref} please make {base} {q} {cases} instead of {old} "
            f"{olds}. The manager changed the menu. All the rest is the same. Asante.",
        ),
        "slavic": (
            f"Изменение / change {ref}",
            f"Emma, in order {ref} please {base} – {q} {cases}, not {old}. Остальное без "
            "изменений (rest no change).",
        ),
        "fba": (
            f"PO {ref} – qty update",
            f"Hi Emma, updating PO {ref} after the sales velocity check: {base} {old} → {q} "
            f"{cases}. Every other line unchanged.",
        ),
        "cinema": (
            f"Amendment – concessions order {ref}",
            f"Hi Emma, could you amend {ref}: {base} to {q} {cases} (was {old}). Everything "
            "else stays as ordered. Thanks!",
        ),
        "gym": (
            f"change on {ref}",
            f"Emma! {ref} - make the {base} {q} {cases} not {old} pls, rest same 🙏",
        ),
        "bakery": (f"{ref}数量调整", f"Emma，{ref}里的{zh}调成{q}箱（原{old}箱），其余不变。"),
        "campus": (
            f"{ref}改一下",
            f"Emma你好，{ref}那单{zh}改成{q}箱吧，原来报的{old}箱，其他照旧。",
        ),
        "zhibo": (f"{ref}改数量", f"Emma姐，{ref}的{zh}从{old}箱改到{q}箱，别的不动哈～"),
        "chaoshan": (f"{ref}改数", f"Emma，{ref}的{zh}改做{q}箱，毋是{old}箱，其他照旧。"),
        "gongdi": (f"{ref}改量", f"Emma，{ref}那单{zh}要{q}箱，不是{old}箱，别的不变。"),
    }[where]


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    return {
        "forecourt": (
            f"Cancel {number}",
            f"Emma, please cancel {number} - the site's shut for the tank refit. Sorry about that.",
        ),
        "lodge": (
            f"Cancel order {number}",
            f"Habari Emma, please cancel {number}. The road to camp is closed by the rains, "
            "the truck cannot go. Samahani (sorry).",
        ),
        "slavic": (
            f"Отмена / cancel {number}",
            f"Emma, please cancel order {number}, we don't need it. Извините.",
        ),
        "fba": (
            f"Cancel PO {number}",
            f"Hi Emma, please cancel PO {number} – the marketplace put our listing on hold, "
            "so we can't send inventory in right now.",
        ),
        "cinema": (
            f"Cancellation – {number}",
            f"Hi Emma, we need to cancel {number}, the release has been pushed back so we "
            "won't need the extra stock. Apologies.",
        ),
        "gym": (f"cancel {number}", f"Emma sorry, pls cancel {number}, bar's closed for a refit"),
        "bakery": (f"取消{number}", f"Emma，{number}这单取消，门店调整菜单了，不好意思。"),
        "campus": (f"{number}取消", f"Emma你好，{number}那单取消吧，学校提前放假了，抱歉。"),
        "zhibo": (f"{number}先取消", f"Emma姐，{number}先取消哈，直播排期改了，不好意思🙏"),
        "chaoshan": (f"取消{number}", f"Emma，{number}毋要了，帮我取消，歹势。"),
        "gongdi": (f"{number}不要了", f"Emma，{number}那单取消，工地停工了，对不住。"),
    }[voice(who)]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, base, zh = it.quantity, it.base, it.base_zh
    return {
        "forecourt": (
            f"Price on {base}?",
            f"Hiya Emma, what would {q} cases of {base} cost us, and have you got it? Not "
            "ordering yet, just pricing up for head office.",
        ),
        "lodge": (
            f"Price question – {base}",
            f"Habari Emma, how much is {base} for {q} cases, and is it in stock? We are not "
            "ordering yet, only checking for the next season budget.",
        ),
        "slavic": (
            f"Вопрос / question {base}",
            f"Emma, сколько стоит {q} cases {base}? You have it? Пока не заказ (not order yet), "
            "just asking.",
        ),
        "fba": (
            f"Quote request: {base}",
            f"Hi Emma, could you quote {q} cases of {base} and tell me your stock? Not a PO yet "
            "– checking margins before I list it.",
        ),
        "cinema": (
            f"Pricing – {base}",
            f"Hi Emma, what's your price for {q} cases of {base}, and is it available? Just a "
            "price check for now, not an order.",
        ),
        "gym": (
            f"how much {base}?",
            f"hey Emma how much for {q} cases {base}? got any? not ordering yet just asking",
        ),
        "bakery": (
            f"询价：{zh}",
            f"Emma，{zh}{q}箱什么价？有现货吗？新品试做，还没定，先问问。",
        ),
        "campus": (f"{zh}价格", f"Emma你好，{zh}拿{q}箱多少钱？有货吗？先问一下，还没下单。"),
        "zhibo": (
            f"{zh}报个价",
            f"Emma姐，{zh}{q}箱什么价呀？有库存吗？先问问，还没确定上不上链接～",
        ),
        "chaoshan": (f"问价{zh}", f"Emma，{zh}{q}箱几多钱？有货无？先问问，还没定。"),
        "gongdi": (f"{zh}啥价", f"Emma，{zh}{q}箱什么价？有货没？先问问，还没定要不要。"),
    }[voice(who)]


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    where = voice(who)
    said = said_day(where, due)
    return {
        "forecourt": f"Emma, {number} was booked for {said} and nothing's turned up - shelves "
        "are bare. Can you chase it?",
        "lodge": f"Habari Emma, our order {number} was for {said} and it has not reached the "
        "depot. The truck is waiting. Please check.",
        "slavic": f"Emma, order {number} должен был быть {said} (was due) and still nothing! "
        "Please check.",
        "fba": f"Hi Emma, {number} was due at the prep center {said} and hasn't been received. "
        "Can you send tracking?",
        "cinema": f"Hi Emma, {number} was due {said} and hasn't arrived - we're running the "
        "kiosk on empty. Can you look into it?",
        "gym": f"Emma, {number} was meant to come {said}, still nothing?? 😩",
        "bakery": f"Emma，{number}说好{said}到，到现在还没到，工厂等着用料，麻烦查一下！",
        "campus": f"Emma，{number}不是{said}到吗？超市货架都空了，帮忙催一下。",
        "zhibo": f"Emma姐，{number}说{said}到仓的，还没到啊，直播间等着发货😭",
        "chaoshan": f"Emma，{number}讲好{said}到，到今还没见货，帮我查查。",
        "gongdi": f"Emma，{number}说好{said}到的，到现在没来，食堂等着做饭，赶紧查！",
    }[where]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    where = voice(who)
    said = said_day(where, on)
    return {
        "forecourt": f"Hi Emma, head office pays {number} ({amount}) on {said} in the weekly "
        "run. Sorry it's late.",
        "lodge": f"Habari Emma, samahani for the delay. Invoice {number} ({amount}) will be "
        f"paid {said}, when the owners release the funds.",
        "slavic": f"Emma, извините за задержку. Invoice {number} ({amount}) we pay {said}.",
        "fba": f"Hi Emma, {number} ({amount}) is scheduled to go out {said}, right after our "
        "marketplace disbursement lands.",
        "cinema": f"Hi Emma, our finance team will settle {number} ({amount}) on {said}. "
        "Apologies for the wait.",
        "gym": f"Emma soz! {number} ({amount}) will be paid {said} 👍",
        "bakery": f"Emma，{number}那笔{amount}，财务{said}付，抱歉晚了。",
        "campus": f"Emma，{number}的{amount}学校财务{said}打款，流程慢，不好意思。",
        "zhibo": f"Emma姐，{number}的{amount}{said}平台回款了马上转你～",
        "chaoshan": f"Emma，{number}那{amount}，{said}过数给你，歹势拖了。",
        "gongdi": f"Emma，{number}那{amount}，{said}项目部给你结，放心。",
    }[where]


# --- suppliers ---------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, on)
    return {
        "trader": (
            f"Offer revision – {product}",
            f"Dear Sirs,\n\nWith the futures market up sharply this month and the dollar firm "
            f"against origin currencies, we must revise our offer on {product} from {old} to "
            f"{new} for all liftings from {said}. Contracts fixed before that date are honoured "
            "at the old level.\n\nWe remain at your disposal.",
        ),
        "bonded": (
            f"Duty-paid price notice – {product}",
            f"Dear customer,\n\nCustoms has published a new tariff schedule, and with the duty "
            f"increase the duty-paid price of {product} moves from {old} to {new} for all "
            f"releases from bond from {said}. Stock released before that date keeps the current "
            "price.",
        ),
        "bpo": (
            f"On behalf of our client – price notice: {product}",
            f"Dear Sir or Madam,\n\nWe write on behalf of our client, {who.name}, whose accounts "
            f"and billing we manage. Our client asks us to advise that, owing to the new import "
            f"tariff and the weaker currency, the price of {product} changes from {old} to {new} "
            f"with effect from {said}.",
        ),
        "nordic": (
            f"New price {product}",
            f"Hei,\n\nThe krone has moved a lot against the dollar, and the raw material at the "
            f"auction is very expensive this season. So we must set the price of {product} from "
            f"{old} to {new}, valid from {said}. Orders before that keep the old price.",
        ),
        "quanzhou": (
            f"{product}价格调整",
            f"Emma你好，歹势要跟你讲一声，今年白糖和包材一起涨，汇率也变了，{product}从{said}"
            f"起出厂价由{old}调到{new}。之前下的单还是照旧价。",
        ),
        "danzheng": (
            f"【报价更新】{product}",
            f"Emma您好，我是{who.short}单证部的，业务让我转告：因为海运费上涨、美元汇率变动，"
            f"加上进口关税调整，{product}报价由{old}调整为{new}，自{said}起执行。已签合同按原价。",
        ),
        "bottler": (
            f"关于{product}出厂价调整的函",
            f"各经销商：\n受铝罐、白砂糖等原材料价格上涨影响，经公司研究决定，{product}出厂价由"
            f"{old}调整为{new}，自{said}起执行。此前已审核订单按原价执行。",
        ),
        "daizhang": (
            f"代{who.short}通知：{product}调价",
            f"Emma您好，我是{who.short}的代账会计，老板让我帮忙通知一下：{product}从{said}起"
            f"单价由{old}调到{new}，原因是进货成本涨了。有问题可以直接找老板。",
        ),
    }[where]


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, new_date)
    return {
        "trader": (
            f"Revised arrival – your PO {number}",
            f"Dear Sirs,\n\nThe carrier has rolled the containers at transhipment onto the next "
            f"vessel, so the goods against your PO {number} now arrive {said}. We apologise and "
            "will advise the new B/L as soon as it is issued.",
        ),
        "bonded": (
            f"Release delayed – order {number}",
            f"Dear customer,\n\nThe container holding your order {number} has been selected for "
            f"a physical customs examination and is not cleared yet. Expected release and "
            f"delivery: {said}.",
        ),
        "bpo": (
            f"On behalf of our client – delivery of order {number}",
            f"Dear Sir or Madam,\n\nOur client, {who.name}, informs us that order {number} will "
            f"now be delivered {said}, as their warehouse is closed for the annual stocktake.",
        ),
        "nordic": (
            f"Order {number} – new delivery date",
            f"Hei,\n\nStorm on the coast all week, the boats did not get out, so order {number} "
            f"is delayed. New delivery {said}. Sorry for this.",
        ),
        "quanzhou": (
            f"{number}交期推迟",
            f"Emma你好，台风天工厂停了两日，{number}要推到{said}才能送到，歹势歹势。",
        ),
        "danzheng": (
            f"关于{number}船期变更",
            f"Emma您好，船公司通知原定船舶甩柜，{number}的货改配下一班船，预计到货{said}。"
            "新提单号确定后再发您。",
        ),
        "bottler": (
            f"{number}延期发货通知",
            f"Emma您好，因生产线年度检修，{number}发货顺延，预计{said}到货，敬请谅解。",
        ),
        "daizhang": (
            f"代发：{number}到货时间变更",
            f"Emma您好，老板在外地出差，让我转告：{number}到货时间改到{said}，不好意思。",
        ),
    }[where]


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, ship)
    control = r.randint(100000, 999999)
    return {
        "trader": (
            f"Contract note – your PO {number}",
            f"Dear Sirs,\n\nWe confirm sale against your purchase order {number}, our contract "
            f"CN-{control}. Delivery ex our warehouse stock {said}.",
        ),
        "bonded": (
            f"Order {number} booked for release",
            f"Dear customer,\n\nYour order {number} is booked against our in-bond stock under "
            f"release note RN{control}. Goods will be cleared and delivered {said}.",
        ),
        "bpo": (
            f"On behalf of our client – order {number} accepted",
            f"Dear Sir or Madam,\n\nOur client, {who.name}, has accepted your purchase order "
            f"{number} and entered it as job {control}; delivery is scheduled for {said}.",
        ),
        "nordic": (
            f"Order {number} confirmed",
            f"Hei,\n\nTakk for ordren! Order {number} is planned in production (our ref "
            f"{control}), delivery {said}.",
        ),
        "quanzhou": (
            f"{number}收单确认",
            f"Emma你好，{number}收到了，车间已经排进生产（单号{control}），{said}送到。",
        ),
        "danzheng": (
            f"{number}订单确认及单证安排",
            f"Emma您好，{number}已收到并录入系统，合同号SC{control}，预计{said}送到贵司，"
            "箱单发票随货。",
        ),
        "bottler": (
            f"{number}生产确认",
            f"Emma您好，{number}已审核，排入生产计划（批次{control}），{said}到货。",
        ),
        "daizhang": (
            f"代发：{number}已确认",
            f"Emma您好，老板让我回复：{number}收到了，已经安排，{said}到。",
        ),
    }[where]


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, due)
    return {
        "trader": (
            f"Commercial invoice {ref} – PO {number}",
            f"Dear Sirs,\n\nPlease find attached our commercial invoice {ref} against your PO "
            f"{number}, amount {total}, value date {said}, payable by SWIFT to the account shown.",
        ),
        "bonded": (
            f"Duty-paid invoice {ref}",
            f"Dear customer,\n\nInvoice {ref} for order {number}: {total} including duty and "
            f"handling. Due {said}.",
        ),
        "bpo": (
            f"Monthly invoice run – {ref}",
            f"Dear Sir or Madam,\n\nPlease find below the invoice raised this month on behalf of "
            f"our client, {who.name}.\n\nInvoice: {ref}\nYour PO: {number}\nAmount: {total}\n"
            f"Due date: {said}\n\nPlease send remittance advice to this address.",
        ),
        "nordic": (
            f"Faktura / invoice {ref}",
            f"Hei,\n\nAttached faktura (invoice) {ref} for your order {number}, amount {total}, "
            f"forfall (due) {said}.",
        ),
        "quanzhou": (
            f"{number}发票",
            f"Emma你好，{number}的发票开好了，票号{ref}，金额{total}，麻烦{said}前回款，多谢。",
        ),
        "danzheng": (
            f"{number}发票及单据",
            f"Emma您好，{number}的单据已齐：\n发票号码：{ref}\n金额：{total}\n付款截止日：{said}"
            "\n附件：发票、箱单、装箱明细。",
        ),
        "bottler": (
            f"{number}开票通知",
            f"Emma您好，{number}已开具增值税发票，发票号{ref}，价税合计{total}，请于{said}前付款。",
        ),
        "daizhang": (
            f"{number}发票（代开）",
            f"Emma您好，本月开票统一处理，{who.short}开给贵司的发票：发票号{ref}，对应订单"
            f"{number}，金额{total}，账期到{said}。电子发票已发到邮箱。",
        ),
    }[where]


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    return {
        "trader": (
            f"Allocation notice – PO {number}",
            f"Dear Sirs,\n\nOwing to a short crop, origin has declared force majeure on part of "
            f"its contracts and we are placing customers on allocation. Against PO {number} we "
            f"can ship only a part of {product}; the balance carries over to the next shipment "
            "period.",
        ),
        "bonded": (
            f"Stock discrepancy – order {number}",
            f"Dear customer,\n\nAt picking we found fewer units of {product} in bond than our "
            f"system shows. Order {number} leaves short on {product}; the rest ships complete, "
            "and the missing quantity follows once the next container clears.",
        ),
        "bpo": (
            f"On behalf of our client – order {number}",
            f"Dear Sir or Madam,\n\nOur client asks us to let you know that {product} on order "
            f"{number} cannot be supplied in full. The shortfall will follow on a separate "
            "delivery and a separate invoice.",
        ),
        "nordic": (
            f"Order {number} – not full quantity {product}",
            f"Hei,\n\nThe quota is nearly fished out, so for order {number} we can only send "
            f"part of the {product}. The rest comes with the next delivery when we have it.",
        ),
        "quanzhou": (
            f"{number}缺货说明",
            f"Emma你好，{product}的进口原料还卡在海关，{number}里{product}只能先发一部分，"
            "其余到料再补，歹势。",
        ),
        "danzheng": (
            f"{number}到货短装通知",
            f"Emma您好，本批到港货物{product}工厂短装，{number}里{product}只能部分交货，"
            "短装部分随下一柜补齐。",
        ),
        "bottler": (
            f"{number}配额通知",
            f"Emma您好，本月{product}实行配额供应，{number}中{product}按配额部分发货，"
            "余量下月补发。",
        ),
        "daizhang": (
            f"代发：{number}缺货",
            f"Emma您好，老板说{product}这次货不够，{number}里的{product}只能先发一部分，"
            "剩下的过几天补上。",
        ),
    }[voice(who)]
