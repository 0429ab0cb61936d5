"""The demo inbox's fifteenth set of phrasings, written blind by a twelfth hand: an Italian
restaurateur writing English with Italian in it (giovedì 12 marzo, dopodomani); a Turkish
grocer and importer (Merhaba, Emma Hanım, 12 Mart Perşembe, 12 Mart'a kadar); a procurement
platform's automatic purchase-order notice with its fields (Need-By Date, Thu Mar 12 2026,
12-MAR-2026, revisions, sourcing events); a Trinidad roti shop pasting its WhatsApp catalogue
cart into a mail; a food co-op's buying volunteer sending a round's pooled totals ("a fortnight
today"); a Lebanese family grocer ("after tomorrow", inshallah); Chinese buyers: a hotpot
restaurant's kitchen (后厨, 3.12号, 本周四), a bubble-tea shop's owner (下下周三), a Dongbei
shopkeeper (整, 后儿个) and a Guangzhou roast-meat shop writing Cantonese (唔该, 后日, 听日);
lines as a catalogue cart's options, as a unit-of-measure field, in words, "by the case (12s)"
and "by the bottle", and as sums of shares with their total; a figure corrected in the list
with the old one struck; and suppliers: an Italian pasta maker's export office, a Thai exporter
writing the Buddhist Era's year, an Australian grower, a Mexican producer in two languages, a
Chinese ERP's automatic notices (2026-03-18 00:00:00), a Sichuan condiment workshop's owner
(妹儿, 要得) and a Dongguan appliance factory's sales clerk (排产, 专票).

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
    nth,
    this_week,
    weeks_on,
    words,
    zh_count,
)

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "fifteenth"
SHARE = 0.5  # half of what no earlier set took; the sixteenth writes the rest
CUSTOMER_VOICES = ("trattoria", "turkish", "portal", "wacart", "coop", "levant")
ZH_CUSTOMER_VOICES = ("hotpot", "naicha", "dongbei", "canto")
SUPPLIER_VOICES = ("pastificio", "thai", "aussie", "mexico")
ZH_SUPPLIER_VOICES = ("erp", "sichuan", "dongguan")
STYLES = ("cart", "uom", "words", "by", "sum")
CHAT_STYLES = ("cart", "words", "by", "by", "sum")

IT_DAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
TR_DAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
TR_SHORT_DAYS = ("Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz")
TR_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık")  # fmt: skip
ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
# Single pieces as these buyers count them: the English word, one of them, the Chinese measure
# word.
_PIECES: dict[str, tuple[str, str, str]] = {
    "Beverages": ("bottles", "bottle", "瓶"),
    "Condiments": ("bottles", "bottle", "瓶"),
    "Tea": ("tins", "tin", "罐"),
    "Snacks": ("packets", "packet", "包"),
    "Grains & Noodles": ("bags", "bag", "袋"),
    "Frozen Foods": ("bags", "bag", "袋"),
    "Small Appliances": ("units", "unit", "台"),
    "Kitchenware": ("pieces", "piece", "个"),
    "Stationery": ("pieces", "piece", "个"),
}
_DEFAULT_PIECE = ("units", "unit", "个")
_MEMBERS = ("Anneke", "Tomás", "Priya", "the Okafors", "Joaquim", "Ruth", "Mei", "Dougal")


# --- numbers, dates, voices --------------------------------------------------------------------


def tr_until(d: date) -> str:
    """'12 Mart'a kadar': until the 12th of March, the suffix in the month's vowel harmony."""
    month = TR_MONTHS[d.month - 1]
    return f"{d.day} {month}'{'e' if month in ('Eylül', 'Ekim') else 'a'} kadar"


def thai_day(d: date) -> str:
    """18 March 2569 (B.E.): the Buddhist Era's year, as a Thai office writes it."""
    return f"{d.day} {d:%B} {d.year + 543} (B.E.)"


def chat_days(zh: bool, day: date, by: date) -> list[str]:
    """The ways any of these writers gives the day in a chat: the month named (or 月, or the
    month and day with a dot before 号), with the weekday beside it where said; the day of the
    month with its weekday only within four weeks; 'this coming' only within six days; 本周,
    下周 and 下下周 with the day beside them."""
    ahead, m, d, w = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()]
    soon, weeks = 0 < ahead < 28, weeks_on(day, by)
    forms: list[str]
    if zh:
        forms = [f"{m}月{d}号", f"{m}.{d}号（周{w}）"]
        forms += [f"本周{w}（{d}号）"] if this_week(day, by) else []
        forms += [f"下周{w}（{d}号）"] if weeks == 1 else []
        forms += [f"下下周{w}（{m}月{d}号）"] if weeks == 2 else []
        forms += [f"{d}号（周{w}）"] if soon else []
        return forms
    forms = [f"{d} {by:%B}", f"{by:%B} {d}"]
    forms += [f"{by:%a} the {nth(by)}", f"{nth(by)} ({by:%A})"] if soon else []
    forms += [f"this coming {by:%A}, the {nth(by)}"] if 0 < ahead <= 6 else []
    return forms


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return r.choice(chat_days(zh, day, by))


def voice_days(where: str, day: date, by: date) -> list[str]:
    """The ways each voice writes the requested day in a mail: never figures alone that could
    be day/month or month/day; the day of the month without its month only within four weeks
    and with its weekday; a weekday said to be this, next or the week after next's with its
    day; 'after tomorrow', dopodomani, 后儿个 and 后日 only two days ahead, 听日 one, 'a
    fortnight today' fourteen, each with the day beside it."""
    ahead, m, d, w, wd = (by - day).days, by.month, by.day, ZH_WEEK[by.weekday()], by.weekday()
    soon, weeks = 0 < ahead < 28, weeks_on(day, by)
    forms: list[str]
    if where == "trattoria":
        forms = [f"{IT_DAYS[wd]} {d} {IT_MONTHS[m - 1]}", f"{d} {IT_MONTHS[m - 1]}"]
        forms += [f"dopodomani ({IT_DAYS[wd]} {d})"] if ahead == 2 else []
        forms += [f"{IT_DAYS[wd]} prossimo ({d} {IT_MONTHS[m - 1]})"] if weeks == 1 else []
    elif where == "turkish":
        forms = [f"{d} {TR_MONTHS[m - 1]} {TR_DAYS[wd]}", f"{d} {TR_MONTHS[m - 1]} {by.year}"]
        forms += [tr_until(by)]
    elif where == "portal":
        forms = [f"{by:%a %b %d %Y}", f"{d:02d}-{by:%b}-{by.year}".upper()]
    elif where == "wacart":
        forms = [f"{nth(by)} of {by:%B}"]
        forms += [f"{by:%A} {nth(by)}"] if soon else []
        forms += [f"this coming {by:%A}, the {nth(by)}"] if 0 < ahead <= 6 else []
    elif where == "coop":
        forms = [f"{by:%A} {d} {by:%B}"]
        forms += [f"a fortnight today ({by:%a} {nth(by)})"] if ahead == 14 else []
    elif where == "levant":
        forms = [f"{by:%A} {d} of {by:%B}", f"{d} {by:%B}"]
        forms += [f"after tomorrow ({by:%A} {d})"] if ahead == 2 else []
    elif where == "hotpot":
        forms = [f"{m}.{d}号", f"{m}月{d}号（周{w}）"]
        forms += [f"本周{w}（{d}号）"] if this_week(day, by) else []
        forms += [f"下周{w}（{m}.{d}）"] if weeks == 1 else []
    elif where == "naicha":
        forms = [f"{m}月{d}号星期{w}"]
        forms += [f"{d}号（周{w}）"] if soon else []
        forms += [f"下下周{w}（{d}号）"] if weeks == 2 else []
    elif where == "dongbei":
        forms = [f"{m}月{d}号"]
        forms += [f"后儿个（{d}号）"] if ahead == 2 else []
        forms += [f"礼拜{w}（{d}号）"] if 0 < ahead <= 6 else []
    else:  # the Guangzhou shop, in Cantonese
        forms = [f"{m}月{d}号（礼拜{w}）"]
        forms += [f"听日（{d}号）"] if ahead == 1 else []
        forms += [f"后日（{d}号）"] if ahead == 2 else []
        forms += [f"礼拜{w}（{d}号）"] if 0 < ahead <= 6 else []
    return forms


def voice_day(r: random.Random, where: str, day: date, by: date) -> str:
    return r.choice(voice_days(where, day, by))


def said_day(where: str, d: date) -> str:
    """A day already past or agreed, in a short note: always with its month."""
    w = ZH_WEEK[d.weekday()]
    return {
        "trattoria": f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]}",
        "turkish": f"{d.day} {TR_MONTHS[d.month - 1]} {d.year}",
        "portal": f"{d:%a %b %d %Y}",
        "wacart": f"{nth(d)} of {d:%B}",
        "coop": f"{d:%A} {d.day} {d:%B}",
        "levant": f"{d.day} {d:%B}",
        "hotpot": f"{d.month}.{d.day}号",
        "naicha": f"{d.month}月{d.day}号",
        "dongbei": f"{d.month}月{d.day}号",
    }.get(where, f"{d.month}月{d.day}号（礼拜{w}）")


def supplier_day(where: str, d: date) -> str:
    """The day a supplier gives (delivery, due, effective), each in its own way."""
    w = ZH_WEEK[d.weekday()]
    return {
        "pastificio": f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]} {d.year}",
        "thai": thai_day(d),
        "aussie": f"{d:%a} {d.day} {d:%B}",
        "mexico": f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
        "erp": f"{d:%Y-%m-%d} 00:00:00",
        "sichuan": f"{d.month}月{d.day}号（星期{w}）",
    }.get(where, f"{d.year}年{d.month}月{d.day}日")


def voice(who: Party) -> str:
    """The partner's own way of writing, the same in all its messages."""
    pool: tuple[str, ...]
    if who.kind == "supplier":
        pool = ZH_SUPPLIER_VOICES if who.zh else SUPPLIER_VOICES
    else:
        pool = ZH_CUSTOMER_VOICES if who.zh else CUSTOMER_VOICES
    return pool[who.id % len(pool)]


def _surname_zh(person: str) -> str:
    return person[:1]


def _members(who: Party) -> str:
    k = who.id % len(_MEMBERS)
    names = [_MEMBERS[(k + j) % len(_MEMBERS)] for j in range(3)]
    return f"{names[0]}, {names[1]} and {names[2]}"


def _phone(r: random.Random, where: str) -> str:
    n = r.randint
    return {
        "trattoria": f"+39 {n(320, 349)} {n(100, 999)} {n(1000, 9999)}",
        "turkish": f"+90 {n(530, 559)} {n(100, 999)} {n(10, 99)} {n(10, 99)}",
        "portal": f"+1 {n(201, 989)} {n(200, 989)} {n(1000, 9999)}",
        "wacart": f"+1 868 {n(300, 799)} {n(1000, 9999)}",
        "coop": f"0{n(1200, 1999)} {n(100000, 999999)}",
        "levant": f"+961 {n(3, 81)} {n(100, 999)} {n(100, 999)}",
        "aussie": f"0{n(400, 499)} {n(100, 999)} {n(100, 999)}",
    }.get(where, f"1{n(3, 9)}{n(0, 9)}-{n(1000, 9999)}-{n(1000, 9999)}")


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as each office's mail program shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    forms = {
        "trattoria": [f"{shown} – {who.short}", f"Cucina {who.short}"],
        "turkish": [f"{who.short} Gıda", f"{shown} ({who.short})"],
        "portal": [f"{who.short} via Procurement Portal", f"{who.short} Purchasing (no-reply)"],
        "wacart": [f"{shown} 📱", f"{who.short} Roti Shop"],
        "coop": [f"{who.short} Buying Group", f"{shown} for {who.short}"],
        "levant": [f"{shown} - {who.short} Trading", f"{who.short} Family Market"],
        "hotpot": [f"{who.short}后厨", f"{shown}（{who.short}火锅）"],
        "naicha": [f"{who.short}奶茶🧋", f"{shown}的iPhone"],
        "dongbei": [f"{who.short}老{_surname_zh(shown)}", f"{shown}"],
        "canto": [f"{who.short}烧腊", f"{shown}（{who.short}）"],
        "pastificio": [f"{who.short} – Ufficio Export", f"{shown} | {who.short} Export"],
        "thai": [f"{who.short} Export Dept.", f"Khun {first_name(shown)} ({who.short})"],
        "aussie": [f"{shown} at {who.short}", f"{who.short} Farm Office"],
        "mexico": [f"{who.short} Exportaciones", f"{shown} – Ventas"],
        "erp": [f"{who.short}ERP系统", f"ERP-noreply（{who.short}）"],
        "sichuan": [f"{who.short}老板娘", f"{shown}"],
        "dongguan": [f"{who.short}业务部", f"{shown}（东莞{who.short}）"],
    }[voice(who)]
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A buyer's sign-off in its own office's style; someone writing for another says so."""
    where, covering = voice(who), person != who.contact
    phone = _phone(r, where)
    forms = {
        "trattoria": [
            f"Grazie mille, a presto!\n{person}\n{who.name}\nCucina & ordini – tel. {phone}",
            f"{person} – {who.short}",
        ],
        "turkish": [
            f"Saygılarımla / Best regards,\n{person}\n{who.name}\nTel: {phone}",
            f"İyi çalışmalar,\n{person}",
        ],
        "portal": [
            f"Requester: {person}\n{who.name} – Procurement\nThis message was generated by the "
            f"{who.short} procurement portal.",
            f"{person} | Purchasing | {who.short}",
        ],
        "wacart": [f"{person}\n{who.short}\nWhatsApp {phone}", f"Thanks plenty\n{person}"],
        "coop": [
            f"{person} (buying volunteer this round)\n{who.name}\n{phone}",
            f"In cooperation,\n{person}, {who.short}",
        ],
        "levant": [
            f"Ma'a salama,\n{person}\n{who.name}\nMob: {phone}",
            f"{person}\n{who.short} – family business",
        ],
        "hotpot": [f"{who.short} 后厨 {person}\n{phone}", f"厨师长 {person}"],
        "naicha": [f"{who.short}店长 {person} 🧋\n{phone}", f"{person}～"],
        "dongbei": [f"{who.short} {person}\n手机：{phone}", f"老{_surname_zh(person)}"],
        "canto": [f"{who.short} {person}\n电话：{phone}", f"{person} 唔该晒"],
    }[where]
    sign = r.choice(forms)
    if not covering:
        return sign
    covered = {
        "trattoria": f"(per / for {who.contact})",
        "turkish": f"({who.contact} adına / on behalf of {who.contact})",
        "portal": f"(submitted on behalf of {who.contact})",
        "wacart": f"(sending for {who.contact})",
        "coop": f"({who.contact} is away, I'm coordinating this round)",
        "levant": f"(for {who.contact})",
        "hotpot": f"（帮{who.contact}下的单）",
        "naicha": f"（代{who.contact}）",
        "dongbei": f"（{who.contact}让我整的）",
        "canto": f"（帮{who.contact}落单）",
    }[where]
    return f"{sign}\n{covered}"


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    forms = {
        "pastificio": [
            f"Distinti saluti / Best regards\n{person}\nUfficio Export – {who.name}\nP.IVA "
            f"IT{r.randint(10**10, 10**11 - 1)}",
            f"{person}\n{who.short} – Export",
        ],
        "thai": [
            f"Best regards krub,\n{person}\nExport Sales, {who.name}\nBangkok, Thailand",
            f"Khob khun krub\n{person} ({who.short})",
        ],
        "aussie": [f"Cheers,\n{person}\n{who.name}\n{_phone(r, where)}", f"{person} @ {who.short}"],
        "mexico": [
            f"Saludos cordiales / Kind regards,\n{person}\nVentas Exportación – {who.name}\n"
            "Guadalajara, Jal., México",
            f"{person} – {who.short}",
        ],
        "erp": [
            f"—— {who.name} ERP系统（制单人：{person}）",
            f"系统自动发送 | 业务联系人：{person}",
        ],
        "sichuan": [f"{who.short} {person}\n（电话微信同号）", f"老板娘 {person}"],
        "dongguan": [f"{who.name}\n业务部 {person}\n东莞市长安镇", f"{person}（{who.short}业务）"],
    }[where]
    return r.choice(forms)


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str, str]:
    return _PIECES.get(it.category, _DEFAULT_PIECE)


def shares(r: random.Random, q: int) -> list[int]:
    """A count split into two or three members' shares (one share if it is one)."""
    if q < 2:
        return [q]
    k = min(q, r.choice([2, 3]))
    cuts = sorted(r.sample(range(1, q), k - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, q], strict=True)]


def _sum(r: random.Random, q: int) -> str:
    parts = shares(r, q)
    return str(q) if len(parts) == 1 else f"{'+'.join(str(p) for p in parts)} = {q}"


def _sum_zh(r: random.Random, q: int) -> str:
    parts = shares(r, q)
    return str(q) if len(parts) == 1 else f"{'+'.join(str(p) for p in parts)}={q}"


def _line_en(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in one of this set's English styles: a catalogue cart's option, a unit-of-measure
    field, counts in words, 'by the case (12s)' and 'by the bottle', or members' shares summed
    with their total."""
    q, pack, base = it.quantity, it.pack, it.base
    many, one, _ = _pieces(it)
    if it.variant == "case":
        return {
            "cart": f"{base} · {pack}-{one} case · x{q}",
            "uom": f"{base} | UoM: CASE ({pack} {many}) | Qty: {q}",
            "words": f"{words(q)} full {'case' if q == 1 else 'cases'} of {base}, {words(pack)} "
            f"{many} to each",
            "by": f"{base}, by the case ({pack}s): {q}",
            "sum": f"{base} in cases of {pack}: {_sum(r, q)} {'case' if q == 1 else 'cases'}",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "cart": f"{base} · Family Size · x{q}",
            "uom": f"{base} Family Size | UoM: EACH | Qty: {q}",
            "words": f"{base} in the family size, {words(q)} of them",
            "by": f"{base}, family size: {q}",
            "sum": f"{base} family size: {_sum(r, q)}",
        }[style], line_gold(it)
    return {
        "cart": f"{base} · single {one} · x{q}",
        "uom": f"{base} | UoM: EACH (single {one}) | Qty: {q}",
        "words": f"{base} by the {one}, {words(q)} of them",
        "by": f"{base}, by the {one}: {q}",
        "sum": f"{base} by the {one}: {_sum(r, q)} {many}",
    }[style], line_gold(it)


def _line_zh(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in Chinese: a catalogue cart's option (整箱12瓶装, 单瓶, 家庭装), unit and count
    fields, counts in Chinese numerals (论瓶), 按箱 with what a case holds, or shares summed."""
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _pieces(it)[2]
    if it.variant == "case":
        return {
            "cart": f"{base}｜整箱{pack}{unit}装｜×{q}",
            "uom": f"{base}  单位：箱（{pack}{unit}）  数量：{q}",
            "words": f"{base}{cn(q)}箱，一箱{cn(pack)}{unit}",
            "by": f"{base}按箱走，{q}箱（{pack}{unit}一箱）",
            "sum": f"{base}（{pack}{unit}一箱）：{_sum_zh(r, q)}箱",
        }[style], line_gold(it)
    if it.variant == "family":
        return {
            "cart": f"{base}｜家庭装｜×{q}",
            "uom": f"{base}家庭装  单位：{unit}  数量：{q}",
            "words": f"{base}家庭装{cn(q)}{unit}",
            "by": f"{base}要大的家庭装，{q}{unit}",
            "sum": f"{base}家庭装：{_sum_zh(r, q)}{unit}",
        }[style], line_gold(it)
    return {
        "cart": f"{base}｜单{unit}｜×{q}",
        "uom": f"{base}  单位：{unit}（单{unit}）  数量：{q}",
        "words": f"{base}论{unit}要，{cn(q)}{unit}",
        "by": f"{base}按{unit}走，{q}{unit}",
        "sum": f"{base}单{unit}：{_sum_zh(r, q)}{unit}",
    }[style], line_gold(it)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words, one style to a message (in a chat never a
    unit-of-measure field). Returns (texts, gold lines, language)."""
    style = r.choice(CHAT_STYLES if mode == "chat" else STYLES)
    texts, golds = [], []
    for it in items:
        text, gold = _line_zh(r, it, style) if zh else _line_en(r, it, style)
        texts.append(text)
        golds.append(gold)
    return texts, golds, "zh" if zh else "en"


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer changes a case count in the list before sending and says so beside
    it, the old figure struck or named as the wrong one: rewrites that line and returns the
    note, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    q = items[i].quantity
    before = q + r.choice([-3, -1, 1, 2, 3, 6])
    if before <= 0:
        before = q + 2
    if zh:
        note = r.choice([f"（{before}箱划掉，改成{q}箱）", f"←写错了，是{q}箱不是{before}箱"])
    else:
        note = r.choice(
            [
                f"(edit: {q} cases, not the {before} I first typed)",
                f"[{before} crossed out → {q} cases]",
                f"<- sorry, {q} cases! not {before}",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(texts: list[str], where: str) -> str:
    if where == "trattoria":
        return "\n".join(f"• {t}" for t in texts)
    if where == "turkish":
        return "\n".join(f"{i}) {t}" for i, t in enumerate(texts, 1))
    if where == "portal":
        return "\n".join(f"Line {i}  {t}" for i, t in enumerate(texts, 1))
    if where == "coop":
        return "\n".join(f"+ {t}" for t in texts)
    if where == "levant":
        return "\n".join(f"- {t}" for t in texts)
    if where == "hotpot":
        return "\n".join(f"【{i}】{t}" for i, t in enumerate(texts, 1))
    if where == "naicha":
        return "\n".join(f"·{t}" for t in texts)
    if where == "canto":
        return "\n".join(f"{i}、{t}" for i, t in enumerate(texts, 1))
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
    bodies = {
        "trattoria": [
            f"Buongiorno Emma!\n\nHere is the order for the restaurant, our number {ref}. Please "
            f"we need it {by}, before the evening service – the kitchen door is open until 4pm."
            f"\n\n{listing}\n\nIf something is missing please call me, in the service I don't "
            f"read the emails.\n\n{sign}",
            f"Ciao Emma,\nordine {ref} – consegna {by}, per favore.\n\n{listing}\n\n{sign}",
        ],
        "turkish": [
            f"Merhaba Emma Hanım,\n\nKolay gelsin! Please prepare our order {ref}:\n\n{listing}"
            f"\n\nTeslim tarihi / delivery date: {by}\n\nTeşekkürler.\n\n{sign}",
            f"Emma Hanım merhaba,\nsipariş / order {ref} below. We need it {by}, the shop is "
            f"very busy this month.\n\n{listing}\n\n{sign}",
        ],
        "portal": [
            f"{who.name} has sent you a new Purchase Order.\n\nPO Number: {ref}\nRequester: "
            f"{who.contact}\nNeed-By Date: {by}\nShip To: {who.name}, Receiving Dock\nPayment "
            f"Terms: per contract\n\nLines\n{listing}\n\nTo acknowledge this order, reply to "
            f"this email or sign in to the supplier portal.\n\n{sign}",
            f"Purchase Order {ref} – Revision 0\n\nHello Lotus Harbor,\n\nPlease find below PO "
            f"{ref} issued by {who.short}. Requested delivery (Need-By): {by}.\n\n{listing}\n\n"
            f"Questions about this PO? Contact the requester below.\n\n{sign}",
        ],
        "wacart": [
            f"Morning Emma,\n\nI build the cart on allyuh WhatsApp catalogue but it wouldn't "
            f"send, so I paste it here. Order {ref}, need it {by} latest.\n\n🛒 Cart "
            f"({len(texts)} items)\n{listing}\n\n{sign}",
            f"Emma, order {ref} below – copy from the WhatsApp cart. Deliver {by} please, "
            f"before the lunch rush.\n\n🛒\n{listing}\n\n{sign}",
        ],
        "coop": [
            f"Hi Emma,\n\nHere's this round's pooled order for the co-op ({ref}). Members have "
            f"all paid in ({_members(who)} among them), so the totals below are final. Could it "
            f"arrive {by}? That's our pick-up day, and volunteers are at the hall from 3pm.\n\n"
            f"{listing}\n\nThanks from all of us,\n{sign}",
            f"Emma – co-op bulk order {ref}, delivery {by}.\n\n{listing}\n\n(these are the "
            f"round's totals, the members' shares already added up)\n\n{sign}",
        ],
        "levant": [
            f"Marhaba Emma,\n\nHope you are well and the family also. Please we want the "
            f"following for the shop, order {ref}, delivery {by} inshallah.\n\n{listing}\n\n"
            f"Yalla, thank you and God keep you.\n{sign}",
            f"Dear Emma, salam,\nOrder number {ref}. Kindly deliver {by}, we are waiting the "
            f"goods.\n\n{listing}\n\nShukran\n{sign}",
        ],
        "hotpot": [
            f"Emma你好，我是{who.short}后厨的{first}，这一批锅底和小料的备货单（{ref}）：\n\n"
            f"{listing}\n\n{by}上午送到后门，中午开档前要用，冻品直接进冷库。\n\n{sign}",
            f"莲港：\n{who.short}后厨订货，单号{ref}，{by}到。\n{listing}\n到了找厨师长签收。"
            f"\n{sign}",
        ],
        "naicha": [
            f"Emma姐～我是{who.short}奶茶的{first}呀，店里小料快见底了😭 下个单（{ref}）：\n"
            f"{listing}\n{by}能到吗？求准时🙏\n{sign}",
            f"亲爱的Emma，{ref}这单麻烦{by}前送到店里哈～\n{listing}\n谢谢谢谢！\n{sign}",
        ],
        "dongbei": [
            f"Emma妹子，我{who.short}的老{_surname_zh(who.contact)}啊。给整点货，单号{ref}："
            f"\n{listing}\n{by}务必给送到，别整岔劈了啊，贼急！\n{sign}",
            f"哎Emma，{ref}这单，{by}到就中：\n{listing}\n嘎嘎感谢！\n{sign}",
        ],
        "canto": [
            f"Emma你好，我系{who.short}嘅{first}。想落张单（{ref}），唔该{by}送到：\n{listing}"
            f"\n有咩问题打电话俾我，唔该晒！\n{sign}",
            f"Emma，{ref}，{by}之前要到呀，唔该：\n{listing}\n{sign}",
        ],
    }[where]
    subjects = {
        "trattoria": [f"Ordine {ref}", f"Order {ref} – {who.short}"],
        "turkish": [f"Sipariş / Order {ref}", f"Yeni sipariş {ref}"],
        "portal": [f"Purchase Order {ref} from {who.short}", f"New PO {ref} – action required"],
        "wacart": [f"Order {ref} (WhatsApp cart)", f"{who.short} order {ref}"],
        "coop": [f"Co-op pooled order {ref}", f"{who.short} bulk order {ref}"],
        "levant": [f"New order {ref}", f"Order {ref} – {who.short}"],
        "hotpot": [f"后厨备货 {ref}", f"{who.short}订货{ref}"],
        "naicha": [f"奶茶店补货～{ref}", f"下单 {ref}"],
        "dongbei": [f"整点货 {ref}", f"{who.short}要货{ref}"],
        "canto": [f"落单 {ref}", f"{who.short}订货 {ref}"],
    }[where]
    return r.choice(subjects), r.choice(bodies)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """The order sent on, by a colleague or by the buyer from another mailbox, under the header
    their own mail program writes (Gmail in Italian, Outlook in Turkish, Outlook for Mac, a
    Samsung phone, Proton Mail, Yahoo, 网易 and Foxmail)."""
    where = voice(who)
    hh, mm, ss = r.randint(7, 11), r.randint(10, 59), r.randint(10, 59)
    frm = f"{who.contact} <{who.email}>"
    own, first = person == who.contact, first_name(who.contact)
    if who.zh:
        whose = "我自己的单" if own else f"{who.contact}的单"
        note = {
            "hotpot": f"Emma，{whose}再转一遍，之前那封没回音。\n{person}",
            "naicha": f"Emma姐～转一下{whose}哈，怕你没看到😅\n{person}",
            "dongbei": f"Emma，{whose}，给你转过去了，瞅一眼。\n{person}",
            "canto": f"Emma，转{whose}俾你，唔该跟进下。\n{person}",
        }[where]
        if where in ("hotpot", "dongbei"):  # 网易
            head = (
                f'-------- 转发邮件信息 --------\n发件人："{who.contact}" <{who.email}>\n'
                f'发送日期：{day:%Y-%m-%d} {hh:02d}:{mm}:{ss}\n收件人："Lotus Harbor Sales" '
                f"<sales@lotusharbor.example>\n主题：{subject}"
            )
        else:  # Foxmail
            head = (
                f"----------------\n发件人：{who.contact}<{who.email}>\n发送时间：{day.year}年"
                f"{day.month}月{day.day}日 {hh:02d}:{mm}\n收件人：Lotus Harbor Sales"
                f"<sales@lotusharbor.example>\n主题：{subject}"
            )
        return f"{note}\n\n{head}\n\n{body}"
    if where == "trattoria":
        note = (
            f"Emma, ti rimando l'ordine – I send again, maybe you didn't receive.\n{person}"
            if own
            else f"Ciao Emma, here the order from {first}, please prepare it.\n{person}"
        )
        short_day, short_month = IT_DAYS[day.weekday()][:3], IT_MONTHS[day.month - 1][:3]
        head = (
            f"---------- Messaggio inoltrato ---------\nDa: {frm}\nDate: {short_day} {day.day} "
            f"{short_month} {day.year} alle ore {hh:02d}:{mm}\nSubject: {subject}\nTo: {OUR_DESK}"
        )
    elif where == "turkish":
        note = (
            f"Emma Hanım, siparişi tekrar gönderiyorum / sending the order again.\n{person}"
            if own
            else f"Emma Hanım, {first} Bey's order below, please process.\n{person}"
        )
        head = (
            f"-----Özgün İleti-----\nKimden: {frm}\nGönderildi: {day.day} "
            f"{TR_MONTHS[day.month - 1]} {day.year} {TR_DAYS[day.weekday()]} {hh:02d}:{mm}\n"
            f"Kime: {OUR_DESK}\nKonu: {subject}"
        )
    elif where == "portal":
        note = (
            f"Hi Emma – resending the PO notification below, we have no acknowledgement yet.\n"
            f"{person}"
            if own
            else f"Hi Emma – forwarding {first}'s PO from the portal, please acknowledge.\n{person}"
        )
        head = (
            f"From: {frm}\nDate: {day:%A}, {day.day} {day:%B} {day.year} at {hh:02d}:{mm}\nTo: "
            f"{OUR_DESK}\nSubject: {subject}"
        )
    elif where == "wacart":
        note = (
            f"Emma I sending this again, check it eh\n{person}"
            if own
            else f"Emma this is {first} order, she ask me to send it on\n{person}"
        )
        head = (
            f"-------- Original message --------\nFrom: {frm}\nDate: {day:%a}, {day:%b} "
            f"{day.day}, {day.year} {hh}:{mm}\nTo: {OUR_DESK}\nSubject: {subject}\n\n"
            "Sent from my Galaxy"
        )
    elif where == "coop":
        note = (
            f"Hi Emma, I don't think this reached you, so here it is again.\n{person}"
            if own
            else f"Hi Emma, {first} asked me to pass on the round's order below. Thanks!\n{person}"
        )
        head = (
            f"------- Forwarded Message -------\nFrom: {frm}\nDate: On {day:%A}, {day:%B} "
            f"{nth(day)}, {day.year} at {hh}:{mm} AM\nSubject: {subject}\nTo: {OUR_DESK}"
        )
    else:  # Yahoo
        note = (
            f"Marhaba Emma, I send again the order, please confirm.\n{person}"
            if own
            else f"Marhaba Emma, this order from {first}, please take care of it.\n{person}"
        )
        head = (
            f"----- Forwarded Message -----\nFrom: {frm}\nTo: {OUR_DESK}\nSent: {day:%A}, "
            f"{day:%B} {day.day}, {day.year}, {hh}:{mm}:{ss} AM GMT+2\nSubject: {subject}"
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
                "我们的对公账户信息有更新，付款前请先跟财务确认一下。",
                "以后下单请统一发到这个地址，老地址下个季度停用。",
                "上次送货司机的事已经反馈给物流了，给您添麻烦了。",
            ]
        )
        return (
            f'\n\n在 {before:%Y-%m-%d} {hh:02d}:{mm}:{ss}，"Lotus Harbor Sales" '
            f"<sales@lotusharbor.example> 写道：\n> {who.contact}您好，\n> {said}\n> Emma"
        )
    said = r.choice(
        [
            "our accounts team has new bank details - please check with them before your next "
            "payment.",
            "from now on, please send orders to this address; the old one closes next quarter.",
            "thanks for your feedback on the driver - we've passed it on to the depot.",
        ]
    )
    where = voice(who)
    if where == "trattoria":
        line = (
            f"Il giorno {IT_DAYS[before.weekday()][:3]} {before.day} "
            f"{IT_MONTHS[before.month - 1][:3]} {before.year} alle ore {hh:02d}:{mm} {OUR_DESK} "
            "ha scritto:"
        )
        return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"
    if where == "turkish":
        line = (
            f"{OUR_DESK}, {before.day} {TR_MONTHS[before.month - 1][:3]} {before.year} "
            f"{TR_SHORT_DAYS[before.weekday()]}, {hh:02d}:{mm} tarihinde şunu yazdı:"
        )
        return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"
    if where == "portal":
        return (
            f"\n\nFrom: {OUR_DESK}\nDate: {before:%A}, {before.day} {before:%B} {before.year} at "
            f"{hh:02d}:{mm}\nTo: {who.contact} <{who.email}>\nSubject: A note from Lotus Harbor"
            f"\n\nHi {first},\n\n{said[0].upper()}{said[1:]}\n\nEmma"
        )
    ampm = "AM" if hh < 12 else "PM"
    line = (
        f"On {before:%a}, {before:%b} {before.day}, {before.year} at "
        f"{hh if hh <= 12 else hh - 12}:{mm} {ampm} {OUR_DESK} wrote:"
    )
    return f"\n\n{line}\n> Hi {first},\n> {said}\n> Emma"


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by chat in the buyer's voice."""
    where = voice(who)
    listing = "\n".join(texts)
    intro = {
        "trattoria": f"Buongiorno! {who.contact} from {who.short} (the restaurant). ",
        "turkish": f"Merhaba, {who.contact} - {who.short}. ",
        "portal": f"Hi, {who.contact}, purchasing at {who.short}. ",
        "wacart": f"Morning! {who.contact} from {who.short} here 👋 ",
        "coop": f"Hi Emma, {who.contact} here, buying volunteer for {who.short}. ",
        "levant": f"Marhaba, {who.contact} from {who.short}. ",
        "hotpot": f"Emma你好，{who.short}后厨{who.contact}。",
        "naicha": f"Emma姐好～{who.short}奶茶店{who.contact}呀。",
        "dongbei": f"Emma你好，{who.short}的{who.contact}。",
        "canto": f"Emma你好，我系{who.short}嘅{who.contact}。",
    }[where]
    intro = intro if first else ""
    return {
        "trattoria": f"{intro}Order {ref}, for {by} please:\n{listing}\nGrazie!",
        "turkish": f"{intro}Sipariş {ref}, delivery {by}:\n{listing}\nTeşekkürler",
        "portal": f"{intro}PO {ref} just went out from our system, need-by {by}:\n{listing}",
        "wacart": f"{intro}🛒 {ref}\n{listing}\nfor {by} please",
        "coop": f"{intro}Co-op round {ref}, totals:\n{listing}\ncould it come {by}?",
        "levant": f"{intro}Order {ref}, please deliver {by}:\n{listing}\nShukran",
        "hotpot": f"{intro}{ref}，{by}到：\n{listing}",
        "naicha": f"{intro}下单啦（{ref}）：\n{listing}\n{by}到哦～",
        "dongbei": f"{intro}{ref}这单：\n{listing}\n{by}给送来",
        "canto": f"{intro}{ref}，唔该{by}送到：\n{listing}",
    }[where]


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent, in the buyer's words for a case."""
    q, base, zh, where = it.quantity, it.base, it.base_zh, voice(who)
    cases = "case" if q == 1 else "cases"
    return {
        "trattoria": f"Emma scusa, also {q} {cases} of {base} on the same order please 🙏",
        "turkish": f"Emma Hanım, please add {q} {cases} {base} also. Teşekkürler",
        "portal": f"Requester added a line: {base}, {q} {cases} – please put it on the open PO",
        "wacart": f"add {q} case {base} to the cart pls",
        "coop": f"one more for the co-op order: {q} {cases} of {base} (a late member!)",
        "levant": f"Emma also add {q} {cases} {base} please, yalla thanks",
        "hotpot": f"再加{q}箱{zh}，跟刚才那单一块送",
        "naicha": f"Emma姐～{zh}再补{q}箱呀",
        "dongbei": f"对了，{zh}再给整{zh_count(q)}箱",
        "canto": f"唔该加多{q}箱{zh}",
    }[where]


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, base, zh, where, pack = it.quantity, it.base, it.base_zh, voice(who), it.pack
    cases = "case" if q == 1 else "cases"
    olds = "case" if old == 1 else "cases"
    return {
        "trattoria": (
            f"Modifica ordine {ref}",
            f"Ciao Emma, piccola modifica on order {ref}: {base} – {q} {cases}, non {old}. The "
            "rest is the same. Grazie!",
        ),
        "turkish": (
            f"Sipariş değişikliği / change {ref}",
            f"Merhaba Emma Hanım, in order {ref} please make {base} {q} {cases} instead of {old} "
            f"{olds}. Other items same. Teşekkürler.",
        ),
        "portal": (
            f"Purchase Order {ref} – Revision 1",
            f"{who.name} has revised Purchase Order {ref}.\n\nChanges in this revision:\nLine: "
            f"{base} (case of {pack})\nQuantity: {old} → {q} {cases}\n\nAll other lines are "
            "unchanged. Please acknowledge the revised PO.",
        ),
        "wacart": (
            f"{ref} change",
            f"Emma, change on {ref} – {base} make it {q} {cases}, not {old}. Rest same, thanks "
            "plenty",
        ),
        "coop": (
            f"Co-op order {ref} – change",
            f"Hi Emma, a member changed their share, so the {base} total on {ref} is now {q} "
            f"{cases} (was {old}). Everything else stands.",
        ),
        "levant": (
            f"Change order {ref}",
            f"Marhaba Emma, please in order {ref} the {base} make it {q} {cases}, not {old}. The "
            "rest no change. Shukran",
        ),
        "hotpot": (
            f"{ref}改量",
            f"Emma，{ref}那单{zh}改成{q}箱，之前报的{old}箱不对，其他照旧。",
        ),
        "naicha": (
            f"{ref}改一下数量～",
            f"Emma姐，{ref}里的{zh}帮我改成{q}箱呀（原来是{old}箱），别的不变，爱你❤️",
        ),
        "dongbei": (
            f"{ref}改改",
            f"Emma，{ref}那单{zh}整{q}箱就行，原先说{old}箱的，别的不动。",
        ),
        "canto": (
            f"{ref}改数",
            f"Emma，{ref}嗰张单，{zh}改做{q}箱，唔系{old}箱，其他唔变，唔该。",
        ),
    }[where]


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    return {
        "trattoria": (
            f"Annullare ordine {number}",
            f"Ciao Emma, please cancel the order {number}. The restaurant is closed for works "
            "(lavori in corso), I'm sorry. Grazie",
        ),
        "turkish": (
            f"İptal / cancel {number}",
            f"Merhaba Emma Hanım, please cancel order {number}, we don't need it anymore. "
            "Kusura bakmayın (sorry).",
        ),
        "portal": (
            f"Purchase Order {number} – Cancelled",
            f"{who.name} has cancelled Purchase Order {number}.\nStatus: Cancelled\nReason: "
            "Requirement no longer needed\n\nPlease do not ship against this PO.",
        ),
        "wacart": (
            f"cancel {number}",
            f"Emma please cancel {number}, the shop closing for carnival. sorry eh",
        ),
        "coop": (
            f"Cancelling co-op order {number}",
            f"Hi Emma, we have to cancel {number} – not enough members signed up this round to "
            "make the minimum. Sorry for the hassle.",
        ),
        "levant": (
            f"Cancel {number}",
            f"Marhaba Emma, please cancel the order {number}, we have a problem with the shop "
            "license. Sorry for this.",
        ),
        "hotpot": (f"取消{number}", f"Emma，{number}那单先取消，店里停业整改了，抱歉。"),
        "naicha": (f"{number}先不要啦", f"Emma姐，{number}这单先取消呀，店要重新装修，不好意思😣"),
        "dongbei": (
            f"{number}不要了",
            f"Emma，{number}那单拉倒吧，不要了，店里出了点事儿，对不住了啊。",
        ),
        "canto": (f"取消{number}", f"Emma，{number}张单唔要住啦，唔该帮我取消，唔好意思。"),
    }[voice(who)]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, base, zh = it.quantity, it.base, it.base_zh
    return {
        "trattoria": (
            f"Prezzo {base}?",
            f"Ciao Emma, how much for {q} cases of {base}? And you have it? Only asking for now, "
            "not ordering yet.",
        ),
        "turkish": (
            f"Fiyat / price {base}",
            f"Merhaba Emma Hanım, what is your price for {q} cases {base}, and is it in stock? "
            "Just a question, not an order yet.",
        ),
        "portal": (
            f"Request for Quotation – {base}",
            f"{who.name} has invited you to respond to a sourcing event (RFQ).\nItem: {base}\n"
            f"Quantity: {q} cases\nThis is a request for quotation only and is not a purchase "
            "order.",
        ),
        "wacart": (
            f"price {base}?",
            f"Emma how much for {q} cases {base}? and allyuh have it? just asking, not "
            "ordering as yet",
        ),
        "coop": (
            f"Price for {base}?",
            f"Hi Emma, members are asking about {base}. What would {q} cases cost, and is it in "
            "stock? Just gathering prices before the round opens – not an order.",
        ),
        "levant": (
            f"Question price {base}",
            f"Marhaba Emma, how much the price for {q} cases {base}? You have it in stock? Only "
            "asking, not order now.",
        ),
        "hotpot": (f"问个价：{zh}", f"Emma，{zh}{q}箱什么价？有现货没？先问问，还没定。"),
        "naicha": (
            f"{zh}多少钱呀",
            f"Emma姐，{zh}拿{q}箱大概多少钱呀？有货吗？先问问价格，还没下单哦～",
        ),
        "dongbei": (f"{zh}啥价", f"Emma，{zh}{q}箱啥价？有货不？先问问，还没寻思好要不要。"),
        "canto": (f"问价{zh}", f"Emma，{zh}{q}箱几钱呀？有冇货？问下先，未落单住。"),
    }[voice(who)]


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    where = voice(who)
    said = said_day(where, due)
    return {
        "trattoria": f"Emma, the order {number} should arrive {said} and still nothing! The "
        "kitchen is waiting. Can you check please?",
        "turkish": f"Merhaba Emma Hanım, order {number} was promised for {said} but it has not "
        "arrived. Please check, acil (urgent).",
        "portal": f"Hi Emma, order {number} shows a need-by date of {said} and nothing has been "
        "received at our dock. Can you send an update?",
        "wacart": f"Emma, {number} was to come {said} and it eh reach yet. what happening?",
        "coop": f"Hi Emma, our co-op order {number} was due {said} and hasn't turned up – "
        "members are asking. Could you look into it?",
        "levant": f"Marhaba Emma, the order {number} was for {said} and until now not arrived. "
        "Please check what happened.",
        "hotpot": f"Emma，{number}说好{said}到，到现在还没见货，后厨等着用，快帮查一下！",
        "naicha": f"Emma姐，{number}不是{said}到吗，还没收到呀😭 帮我问问呗",
        "dongbei": f"Emma，{number}说好{said}到的，咋还没到呢？赶紧给瞅瞅！",
        "canto": f"Emma，{number}讲好{said}到，到而家都未到，帮手查下啦，唔该。",
    }[where]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    where = voice(who)
    said = said_day(where, on)
    return {
        "trattoria": f"Ciao Emma, sorry for the delay! Invoice {number} ({amount}) we pay "
        f"{said}. Grazie for the patience.",
        "turkish": f"Merhaba Emma Hanım, the invoice {number} ({amount}) will be paid {said}. "
        "Kusura bakmayın for the delay.",
        "portal": f"Hello, invoice {number} ({amount}) has been approved in our system and is "
        f"scheduled for payment on {said}.",
        "wacart": f"Emma sorry, {number} ({amount}) I go pay it {said} for sure.",
        "coop": f"Hi Emma, apologies – our treasurer will transfer {amount} for invoice {number} "
        f"on {said}, once the members' payments clear.",
        "levant": f"Marhaba Emma, sorry for late. Invoice {number} ({amount}) we pay {said}.",
        "hotpot": f"Emma，{number}那笔{amount}，{said}财务给你打过去，不好意思拖了。",
        "naicha": f"Emma姐，{number}的{amount}我{said}转给你呀，这阵子忙晕了😅",
        "dongbei": f"Emma，{number}那{amount}，{said}指定给你打过去，放心吧。",
        "canto": f"Emma，{number}嗰{amount}，{said}过数俾你，唔好意思迟咗。",
    }[where]


# --- suppliers ---------------------------------------------------------------------------------


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, on)
    return {
        "pastificio": (
            f"Variazione listino / Price update – {product}",
            f"Spett.le Lotus Harbor,\n\ncon la presente vi comunichiamo / we hereby inform you "
            f"that, because of higher energy and packaging costs (glass and cardboard), the "
            f"price of {product} will pass from {old} to {new} starting {said}. Orders confirmed "
            "before that date keep the current price.\n\nRingraziando per la collaborazione,",
        ),
        "thai": (
            f"Price Adjustment – {product}",
            f"Sawasdee krub,\n\nWe would like to inform you that because the baht is strong "
            f"against the dollar and the sugar price is higher this season, the price of "
            f"{product} is adjusted from {old} to {new}, effective {said}. Sorry for this krub, "
            "we try our best to keep the price.",
        ),
        "aussie": (
            f"Price going up on {product}",
            f"G'day team,\n\nBit of bad news, sorry - freight and fertiliser have gone through "
            f"the roof this season, so {product} goes from {old} to {new} from {said}. Anything "
            "you order before then stays at the old price, no dramas.",
        ),
        "mexico": (
            f"Aviso de aumento de precio / Price increase – {product}",
            f"Estimado cliente / Dear customer:\n\nDue to the exchange rate of the peso against "
            f"the dollar and higher raw material costs, the price of {product} changes from "
            f"{old} to {new}, vigente a partir del / effective {said}.\n\nAgradecemos su "
            "comprensión.",
        ),
        "erp": (
            f"【系统通知】采购价目表变更：{product}",
            f"此邮件由ERP系统自动发送，请勿直接回复。\n\n单据类型：价目表调整单\n物料名称：{product}"
            f"\n原含税单价：{old}\n新含税单价：{new}\n生效日期：{said}\n调整原因：原材料成本上涨",
        ),
        "sichuan": (
            f"{product}要涨价了哈",
            f"Emma妹儿，跟你说个事哈，今年原料和包装都涨得凶，{product}从{said}起要从{old}涨到"
            f"{new}了，莫得办法，你看到起先多备点货嘛。",
        ),
        "dongguan": (
            f"关于{product}调价的通知",
            f"Emma你好，因为铜价和塑料粒子一直在涨，加上汇率波动，工厂决定{product}从{said}起"
            f"出厂价由{old}调到{new}。之前已经下的单按原价走，麻烦知悉。",
        ),
    }[where]


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, new_date)
    return {
        "pastificio": (
            f"Ritardo consegna / Delivery delay – ordine {number}",
            f"Spett.le Lotus Harbor,\n\nwe are sorry to inform you that your order {number} "
            f"will not leave on schedule because of the transport strike (sciopero dei "
            f"trasporti). New delivery date: {said}.\n\nCi scusiamo per il disagio.",
        ),
        "thai": (
            f"Delay Notice – Order {number}",
            f"Sawasdee krub,\n\nWe are sorry to inform that order {number} cannot be delivered "
            f"on time because of container shortage at Laem Chabang port. New delivery date is "
            f"{said}. Kor tode krub (sorry).",
        ),
        "aussie": (
            f"{number} running late",
            f"G'day,\n\nHeads up - the wet's knocked the roads about and the truck couldn't get "
            f"out, so {number} won't make it on time. Reckon we'll have it to you {said}. Sorry "
            "mate.",
        ),
        "mexico": (
            f"Retraso en entrega / Delivery delay – pedido {number}",
            f"Estimado cliente / Dear customer:\n\nBecause of a blockade on the highway "
            f"(bloqueo carretero), your order {number} is delayed. Nueva fecha de entrega / new "
            f"delivery date: {said}.\n\nLamentamos las molestias.",
        ),
        "erp": (
            f"【系统通知】交货日期变更：{number}",
            f"此邮件由ERP系统自动发送，请勿直接回复。\n\n单据类型：销售订单变更单\n客户采购单号："
            f"{number}\n变更内容：交货日期\n变更后交货日期：{said}\n变更原因：产能不足，排产顺延",
        ),
        "sichuan": (
            f"{number}要晚几天哦",
            f"Emma妹儿，不好意思哈，厂里锅炉坏了修了好几天，{number}要晚点，{said}给你送到，"
            "莫怪哈。",
        ),
        "dongguan": (
            f"{number}交期推迟",
            f"Emma你好，不好意思，{number}这单因为电机供应商延迟交料，产线排不上，交货时间推到"
            f"{said}，给您添麻烦了。",
        ),
    }[where]


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, ship)
    control = r.randint(100000, 999999)
    return {
        "pastificio": (
            f"Conferma d'ordine / Order confirmation – {number}",
            f"Spett.le Lotus Harbor,\n\nwe confirm with pleasure your order {number}. It is "
            f"planned in our next production slot, and the goods will be delivered to you "
            f"{said}.\nConferma n. CO-{control}",
        ),
        "thai": (
            f"Order Confirmation – {number}",
            f"Sawasdee krub,\n\nThank you for your order {number} krub. We already booked a "
            f"production slot for this order, and the delivery date will be {said}. We will send "
            "the shipping documents after loading.",
        ),
        "aussie": (
            f"Got your order {number}",
            f"G'day,\n\nThanks for {number}, all good. We've got it on the next packing run and "
            f"it'll be with you {said}. Sing out if anything changes.",
        ),
        "mexico": (
            f"Confirmación de pedido / Order confirmation – {number}",
            f"Estimado cliente / Dear customer:\n\nThank you for your order {number}. It is "
            f"scheduled in our production program (programa de producción), and delivery will "
            f"be {said}. Folio: {control}.",
        ),
        "erp": (
            f"【系统通知】销售订单已审核：{number}",
            f"此邮件由ERP系统自动发送，请勿直接回复。\n\n单据类型：销售订单\n客户采购单号：{number}"
            f"\n单据编号：SO{control}\n单据状态：已审核\n生产状态：已排产\n计划交货日期：{said}",
        ),
        "sichuan": (
            f"{number}收到了哈",
            f"Emma妹儿，{number}收到了，已经给你排进下一锅生产了，{said}给你送拢，放心嘛。",
        ),
        "dongguan": (
            f"{number}已排产",
            f"Emma你好，{number}收到，已安排进产线排期，大货做好后{said}送到贵司仓库。",
        ),
    }[where]


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where = voice(who)
    said = supplier_day(where, due)
    return {
        "pastificio": (
            f"Fattura / Invoice {ref} – ordine {number}",
            f"Spett.le Lotus Harbor,\n\nplease find attached our invoice (fattura) n. {ref} "
            f"relating to your order {number}, total {total}. Scadenza / due date: {said}. "
            "Bank details as usual.",
        ),
        "thai": (
            f"Invoice {ref} – Order {number}",
            f"Sawasdee krub,\n\nPlease see attached invoice no. {ref} for order {number}, "
            f"amount {total}. Kindly transfer by {said}. Khob khun krub.",
        ),
        "aussie": (
            f"Tax invoice {ref}",
            f"Hi team,\n\nTax invoice {ref} attached for order {number} - {total} all up, due "
            f"{said}. Same bank details as always.\n\nTa",
        ),
        "mexico": (
            f"Factura {ref} – pedido {number}",
            f"Estimado cliente / Dear customer:\n\nAdjuntamos la factura (CFDI) {ref} for your "
            f"order {number}, total {total}. Fecha de vencimiento / due date: {said}.",
        ),
        "erp": (
            f"【系统通知】销售发票已开具：{ref}",
            f"此邮件由ERP系统自动发送，请勿直接回复。\n\n单据类型：销售发票（增值税专用发票）\n"
            f"发票号码：{ref}\n源单（客户采购单号）：{number}\n价税合计：{total}\n到期日：{said}",
        ),
        "sichuan": (
            f"{number}的发票开起了",
            f"Emma妹儿，{number}的发票开起了哈，票号{ref}，一共{total}，{said}之前把款打过来就要"
            "得，谢谢哈。",
        ),
        "dongguan": (
            f"{number}发票已开",
            f"Emma你好，{number}这单的增值税专票已经开好了，发票号{ref}，价税合计{total}，按约定"
            f"账期请在{said}前安排付款，纸质票已经顺丰寄出。",
        ),
    }[where]


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    return {
        "pastificio": (
            f"Consegna parziale / Partial delivery – ordine {number}",
            f"Spett.le Lotus Harbor,\n\n{product} is temporarily out of stock (esaurito), so we "
            f"ship your order {number} without it; the rest travels complete and the missing "
            "quantity will follow (in arretrato) when available.",
        ),
        "thai": (
            f"Short Shipment – Order {number}",
            f"Sawasdee krub,\n\n{product} in order {number} we can ship only part, because raw "
            "material is not enough this month. The remaining we will send in the next "
            "shipment krub.",
        ),
        "aussie": (
            f"{number} - short on {product}",
            f"G'day,\n\nWe've come up short on {product} - the crop was way down - so {number} "
            "goes out without the full lot. The rest's coming on the next load once we've got it.",
        ),
        "mexico": (
            f"Entrega parcial / Partial delivery – pedido {number}",
            f"Estimado cliente / Dear customer:\n\n{product} is agotado (out of stock) at this "
            f"moment, so your order {number} ships partially; el saldo pendiente / the balance "
            "follows when we have product.",
        ),
        "erp": (
            f"【系统通知】缺货分批发货：{number}",
            f"此邮件由ERP系统自动发送，请勿直接回复。\n\n单据类型：发货通知单\n客户采购单号：{number}"
            f"\n发货状态：部分发货\n缺货物料：{product}\n说明：库存不足，缺货部分待补货后另行发货",
        ),
        "sichuan": (
            f"{number}差点货",
            f"Emma妹儿，{product}这批原料没到齐，{number}里头{product}只能先发一部分，差的那些等"
            "原料到了马上给你补起。",
        ),
        "dongguan": (
            f"{number}部分缺货",
            f"Emma你好，{product}这个型号的外包装供应商断料，{number}里{product}这次只能发一部分，"
            "剩下的等物料回来再补发。",
        ),
    }[voice(who)]
