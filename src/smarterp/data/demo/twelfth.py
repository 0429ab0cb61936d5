"""The demo inbox's twelfth set of phrasings, written blind by a ninth hand: buyers in the
Americas and Europe (a US grocery chain's purchasing clerk with cs/ea, 12/cs and PO# habits;
German, French, Spanish-speaking and Scandinavian or Dutch shops writing English in their own
way, with their own dates, mail headers and footers); an office assistant sending the boss's
order from a phone; Chinese office buyers mixing English words (case, confirm, check, sorry)
into Chinese, a community group-buy leader (团长) sending the totals of a 接龙, a shop hand
relaying the owner (老板说...) and a formal 订货函; lines as a stock app's reorder list (on
hand beside the order), in square brackets, as "cases: 4", à-notation, typed on a phone, with
dozens and half cases spelled out; and suppliers: a distributor's upbeat sales rep, a logistics
provider's notices, an accounts-receivable clerk, a European producer's order desk, a farmers'
cooperative, a Chinese sales rep on first-name terms and a finance department's letters.

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

NAME = "twelfth"
SHARE = 0.5  # half of what no earlier set took; the thirteenth writes the rest
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
CUSTOMER_VOICES = ("us", "de", "fr", "es", "relay", "north")
ZH_CUSTOMER_VOICES = ("bilingual", "tuanzhang", "relay_zh", "formal_zh")
SUPPLIER_VOICES = ("rep", "logistics", "receivables", "maker")
ZH_SUPPLIER_VOICES = ("coop", "rep_zh", "finance_zh")

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
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_DE_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")  # fmt: skip
_DA_DAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_DA_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december")  # fmt: skip
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
# Single pieces as these buyers count them: an English word that never means a carton, and
# the Chinese measure word.
_PIECES: dict[str, tuple[str, str]] = {
    "Beverages": ("bottles", "瓶"),
    "Tea": ("packets", "包"),
    "Snacks": ("bags", "包"),
    "Condiments": ("bottles", "瓶"),
    "Grains & Noodles": ("bags", "袋"),
    "Dairy": ("units", "盒"),
    "Frozen Foods": ("bags", "袋"),
    "Personal Care": ("units", "支"),
    "Small Appliances": ("units", "台"),
}
_DEFAULT_PIECE = ("units", "个")
# A stock app's reorder row: "NAME | on hand 2 | order 4 cs" (or 库存/补货 in Chinese).
_STOCK_ROW = re.compile(r"^[^|]+ \| (on hand|库存) \d+ \| (order|补货) \d+ ?\S+$")
# A line typed on a phone: lower case, no punctuation at all.
_PHONE_LINE = re.compile(r"^[a-z0-9 ]+$")
_ASSISTANTS = ("Jess", "Kayla", "Marco", "Bianca", "Dev")
_ASSISTANTS_ZH = ("小李", "小周", "小敏", "阿杰")
_CITIES = {
    "de": ("Hamburg", "München", "Wien", "Köln"),
    "fr": ("Lyon", "Bruxelles", "Marseille", "Lille"),
    "es": ("Guadalajara", "Madrid", "Monterrey", "Valencia"),
    "north": ("Copenhagen", "Gothenburg", "Rotterdam", "Oslo"),
}


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


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _nth(d: date) -> str:
    return f"{d.day}{_suffix(d.day)}"


def _plural(n: int, word: str) -> str:
    return word if n == 1 else f"{word}s"


def _this_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return day < by < monday + timedelta(days=7)


def _next_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=7) <= by < monday + timedelta(days=14)


def fr_day(d: date) -> str:
    """jeudi 12 mars"""
    return f"{_FR_DAYS[d.weekday()]} {d.day} {_FR_MONTHS[d.month - 1]}"


def es_day(d: date) -> str:
    """jueves 12 de marzo"""
    return f"{_ES_DAYS[d.weekday()]} {d.day} de {_ES_MONTHS[d.month - 1]}"


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day any of these writers might give in a chat: the month named, or the day of the
    month alone within the coming weeks, a bare weekday within the coming six days; figures
    with a slash only where the day cannot be a month."""
    ahead = (by - day).days
    forms = [
        f"{by:%a} {by.day} {by:%b}",
        f"{by:%B} {by.day}",
        f"{by.day} {by:%B}",
        f"{by:%A} {by:%B} {_nth(by)}",
    ]
    if 0 < ahead < 20:
        forms += [f"the {_nth(by)}", f"{by:%A} the {_nth(by)}"]
    if 0 < ahead <= 6:
        forms += [f"{by:%A}", f"this coming {by:%A}"]
    if ahead == 1:
        forms += ["tomorrow", f"tmrw ({by:%a})"]
    if ahead == 2:
        forms.append(f"the day after tomorrow ({by:%A})")
    if by.day > 12:
        forms += [f"{by.month}/{by.day}", f"{by.day}/{by.month}"]
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    """A day in a Chinese chat: 号 or 日, 周 or 礼拜, month.day (the order Chinese always
    writes), the day alone within the coming weeks, this or next week's weekday."""
    ahead, m, d, w = (by - day).days, by.month, by.day, _ZH_WEEK[by.weekday()]
    forms = [f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"{m}月{d}号（礼拜{w}）"]
    if 0 < ahead < 20:
        forms += [f"{d}号", f"{d}号（周{w}）"]
    if _this_week(day, by):
        forms += [f"这周{w}", f"本礼拜{w}"]
    if _next_week(day, by):
        forms += [f"下周{w}（{d}号）", f"下礼拜{w}"]
    if ahead == 1:
        forms += ["明天", f"明天（{d}号）"]
    if ahead == 2:
        forms.append("后天")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def voice_day(r: random.Random, where: str, day: date, by: date) -> str:
    """The requested day as each voice writes it in a mail: a US clerk's month/day, the
    German dotted date and "12. March", French and Spanish day names, a Scandinavian's
    day/month; figures alone only where the day cannot be a month; Chinese forms."""
    ahead, nth, late = (by - day).days, _nth(by), by.day > 12
    m, d, w = by.month, by.day, _ZH_WEEK[by.weekday()]
    forms: list[str]
    if where == "us":
        forms = [f"{by:%A}, {by:%B} {d}", f"{by:%B} {nth}", f"{by:%a} {by:%b} {d}"]
        forms += [f"{m}/{d}/{by:%y}", f"{by:%a} {m}/{d}"] if late else []
        forms += [f"EOD {by:%A}"] if 0 < ahead <= 6 else []
    elif where == "de":
        forms = [f"{d}. {by:%B} {by.year}", f"{by:%A}, {d}. {by:%B}", f"{nth} of {by:%B}"]
        forms += [f"{d:02d}.{m:02d}.{by.year}", f"{d:02d}.{m:02d}."] if late else []
    elif where == "fr":
        forms = [fr_day(by), f"{d} {_FR_MONTHS[m - 1]}"]
        forms += [f"{d:02d}/{m:02d}"] if late else []
    elif where == "es":
        forms = [es_day(by), f"{d} de {_ES_MONTHS[m - 1]}"]
        forms += [f"{d}/{m:02d}"] if late else []
    elif where == "relay":
        forms = [f"{by:%A} the {nth}".lower(), f"{by:%a} {d} {by:%b}".lower()]
        forms += [f"the {nth}"] if 0 < ahead < 20 else []
        forms += [f"{by:%A}".lower()] if 0 < ahead <= 6 else []
        forms += ["tmrw"] if ahead == 1 else []
    elif where == "north":
        forms = [f"{d} {by:%B}", f"{by:%A} {d} {by:%b}", f"{by:%a} {d} {by:%B}"]
        forms += [f"{by:%a} {d}/{m}", f"{d}.{m}."] if late else []
    elif where == "bilingual":
        forms = [f"{m}月{d}号", f"{m}月{d}号礼拜{w}"]
        forms += [f"礼拜{w}（{d}号）"] if 0 < ahead < 20 else []
    elif where == "tuanzhang":
        forms = [f"{m}月{d}号", f"{m}.{d}", f"{m}月{d}号（周{w}）"]
        forms += [f"{d}号"] if 0 < ahead < 20 else []
        forms += ["后天"] if ahead == 2 else []
    elif where == "relay_zh":
        forms = [f"{m}月{d}号", f"{m}月{d}号周{w}"]
        forms += [f"周{w}（{d}号）"] if 0 < ahead < 7 else []
        forms += ["明天"] if ahead == 1 else []
    else:  # the formal letter
        forms = [f"{by.year}年{m}月{d}日", f"{m}月{d}日"]
    return r.choice(forms)


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


def _assistant(who: Party) -> str:
    pool = _ASSISTANTS_ZH if who.zh else _ASSISTANTS
    return pool[who.id % len(pool)]


def _city(who: Party) -> str:
    pool = _CITIES.get(voice(who), ("",))
    return pool[who.id % len(pool)]


def _po(number: str) -> str:
    """A purchase order's number as a buyer's or a supplier's desk writes it: "PO 4711", but
    a number that says PO already stays as it is."""
    return number if number.startswith("PO") else f"PO {number}"


def _comma(amount: str) -> str:
    """An amount as continental Europe writes it: 88,00."""
    return amount.replace(".", ",")


def _phone(r: random.Random, where: str) -> str:
    n = r.randint
    return {
        "us": f"({n(201, 989)}) 555-{n(1000, 9999)}",
        "de": f"+49 {r.choice(['40', '89', '221'])} {n(100000, 999999)}",
        "fr": f"+33 {n(1, 5)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {n(10, 99)}",
        "es": f"+52 {r.choice(['33', '55', '81'])} {n(1000, 9999)} {n(1000, 9999)}",
        "north": f"+45 {n(20, 99)} {n(10, 99)} {n(10, 99)} {n(10, 99)}",
        "relay": f"07{n(100, 999)} {n(100000, 999999)}",
    }.get(where, f"+86 13{n(0, 9)} {n(1000, 9999)} {n(1000, 9999)}")


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as each office's mail program shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    forms = {
        "us": [f"{shown} ({who.short})", f"Purchasing - {who.short}"],
        "de": [f"{who.short} Einkauf", f"{shown} | {who.short}"],
        "fr": [f"{shown} - {who.short}", f"{who.short} Achats"],
        "es": [f"Compras {who.short}", f"{shown} ({who.short})"],
        "relay": [f"{who.short} Office", f"{who.short} Front Desk"],
        "north": [f"{who.short} Indkøb", f"{shown} / {who.short}"],
        "bilingual": [f"{shown} ({who.short})", f"{who.short} Purchasing"],
        "tuanzhang": [f"{who.short}团购", f"{shown}（团长）"],
        "relay_zh": [f"{who.short}门店", f"{who.short}"],
        "formal_zh": [f"{who.short}采购部", f"{who.name}"],
        "rep": [f"{shown} | {who.short} Sales"],
        "logistics": [f"{who.short} Shipment Notifications", f"{who.short} Logistics"],
        "receivables": [f"{who.short} Accounts Receivable", f"AR Team - {who.short}"],
        "maker": [f"{who.short} Order Desk", f"{shown} ({who.short})"],
        "coop": [f"{who.short}", f"{shown}（{who.short}）"],
        "rep_zh": [f"{shown}（{who.short}业务）"],
        "finance_zh": [f"{who.short}财务部", f"{who.short} 财务 {shown}"],
    }[voice(who)]
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A buyer's sign-off in its own office's style; someone writing for another says so."""
    where, covering = voice(who), person != who.contact
    phone = _phone(r, where)
    if where == "relay":  # an assistant always writes, for the owner
        helper = _assistant(who)
        return r.choice(
            [
                f"thanks!\n{helper}\n{who.short} office (sending for {who.contact})",
                f"{helper} (for {who.contact})\n{who.name}\n{phone}",
            ]
        )
    if where == "relay_zh":
        helper = _assistant(who)
        return r.choice(
            [f"{who.short} 店员{helper}（替{who.contact}发）", f"{helper}\n{who.name}门店"]
        )
    forms = {
        "us": [
            f"Thanks,\n{person}\nPurchasing | {who.name}\n{phone}",
            f"{person}\n{who.short} Buying Office\n\nGet Outlook for iOS",
        ],
        "de": [
            f"Mit freundlichen Grüßen / Kind regards\n\n{person}\nEinkauf\n{who.name}\nTel. {phone}"
            f"\n\nGeschäftsführer: {who.contact} | Amtsgericht {_city(who)} HRB "
            f"{r.randint(10000, 99999)}",
            f"Best regards from {_city(who)}\n{person}\n{who.short}",
        ],
        "fr": [
            f"Cordialement,\n{person}\n{who.name}\nTél : {phone}",
            f"Bien à vous,\n{person} ({who.short})",
        ],
        "es": [
            f"Saludos cordiales,\n{person}\nDepto. de Compras | {who.name}\nTel. {phone}\n\n"
            "Este mensaje es confidencial y para uso exclusivo del destinatario.",
            f"Saludos!\n{person}\n{who.short}",
        ],
        "north": [
            f"Med venlig hilsen / Best regards\n{person}\n{who.name}\n{phone}",
            f"Br,\n{person}\n{who.short}",
        ],
        "bilingual": [
            f"{person}\n{who.name}\nMob: {phone}",
            f"Thanks\n{who.short} {person}",
        ],
        "tuanzhang": [
            f"{who.short} 团长 {person}\n（社区团购自提点）",
            f"{person}\n{who.short}团购群",
        ],
        "formal_zh": [
            f"{who.name}\n采购部 {person}\n电话：{phone}",
            f"{who.name}（盖章）\n经办人：{person}",
        ],
    }[where]
    if not covering:
        return r.choice(forms)
    if where == "tuanzhang":  # a helper writes for the group-buy leader: not the leader
        forms = [f"{person}\n{who.short}团购群"]
    sign = r.choice(forms)
    covered = {
        "us": f"(covering for {who.contact} this week)",
        "de": f"(i.V. für {who.contact})",
        "fr": f"(pour {who.contact}, absent(e) aujourd'hui)",
        "es": f"(en nombre de {who.contact})",
        "north": f"(on behalf of {who.contact})",
        "bilingual": f"（{who.contact}这周不在，由我代发）",
        "tuanzhang": f"（帮团长{who.contact}发的）",
        "formal_zh": f"（代{who.contact}）",
    }[where]
    return f"{sign}\n{covered}"


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    forms = {
        "rep": [
            f"Talk soon!\n{person}\nAccount Manager | {who.name}\nCell {_phone(r, 'us')}",
            f"Cheers,\n{person} 🙌\n{who.short}",
        ],
        "logistics": [
            f"{who.name} | Customer Operations\nThis mailbox is monitored 8:00-17:00. Contact: "
            f"{person}",
            f"Regards,\n{person}\nShipment Control, {who.short}",
        ],
        "receivables": [
            f"Kind regards,\n{person}\nAccounts Receivable | {who.name}\nPlease quote our "
            "invoice number on all remittances.",
            f"{person}\nAR, {who.short}",
        ],
        "maker": [
            f"With kind regards\n{person}\nOrder Processing | {who.name}\nVAT ID DE"
            f"{r.randint(100000000, 999999999)}",
            f"Best regards\n{person}\n{who.short} Customer Service",
        ],
        "coop": [f"{who.name}\n{person}\n电话 {_phone(r, 'coop')}", f"{person}（{who.short}）"],
        "rep_zh": [f"{who.short} {person}\n微信同号 {_phone(r, 'rep_zh')}", f"{person}🌹"],
        "finance_zh": [f"{who.name}\n财务部 {person}", f"{who.name} 财务部\n联系人：{person}"],
    }[where]
    return r.choice(forms)


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str]:
    return _PIECES.get(it.category, _DEFAULT_PIECE)


def _case_pack(it: Item) -> int | None:
    """How many pieces the goods' case holds, from its catalogue name."""
    found = re.search(r"Case of (\d+)", sibling(it, "case") or "")
    return int(found.group(1)) if found else None


def _dozens(it: Item) -> bool:
    """Whether the pieces meant make whole dozens that could also be cases of twelve."""
    return _case_pack(it) == 12 and it.quantity % 12 == 0 and it.quantity <= 60


def _dozen_gold(it: Item) -> dict[str, Any]:
    """Three dozen: 36 pieces, or three cases of twelve to a clerk who knows the packs."""
    return line_gold(it, (sibling(it, "case"), it.quantity // 12))


def _line_en(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in the English of international trade: cs and ea, 12/cs, à 12, x and qty."""
    q, pack, base = it.quantity, it.pack, it.base
    long, _ = _pieces(it)
    if style == "bracket":
        unit = {"case": "cs", "family": "ea"}.get(it.variant, "ea")
        name = f"{base} Family Size" if it.variant == "family" else base
        return f"[{q} {unit}] {name}", line_gold(it)
    if style == "colon":
        if it.variant == "case":
            return f"{base} - {_plural(q, 'case')}: {q}", line_gold(it)
        if it.variant == "family":
            return f"{base} Family Size - qty: {q}", line_gold(it)
        return f"{base} - singles: {q}", line_gold(it)
    if style == "phone":
        low = base.lower().replace("-", " ")
        n = words(q) if q <= 10 and r.random() < 0.4 else str(q)
        if it.variant == "case":
            return r.choice([f"{n} {_plural(q, 'case')} {low}", f"{n} cs {low}"]), line_gold(it)
        if it.variant == "family":
            return r.choice([f"{n} family size {low}", f"{n} {low} family size"]), line_gold(it)
        pieces = [
            (f"{n} single {low}", line_gold(it)),
            (f"{n} {long} {low} singles", line_gold(it)),
        ]
        if _dozens(it):
            pieces.append((f"{words(q // 12)} dozen {low}", _dozen_gold(it)))
        return r.choice(pieces)
    if it.variant == "case":
        forms = [
            f"{q} cs {base} ({pack}/cs)",
            f"{base} {pack}/cs - {q} cs",
            f"{q} {_plural(q, 'carton')} à {pack} pcs {base}",
            f"{base}: {q} ctn à {pack}",
            f"{q}x {base}, by the case",
            f"{base} - qty {q} ({_plural(q, 'case')} of {pack})",
            f"{base} ×{q} cs",
            f"{base} case x {q}",
        ]
        if q == 1:
            forms.append(f"one case of {base}")
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{q} ea {base} Family Size",
            f"{base} (family size) ×{q}",
            f"{base} - {q} family {_plural(q, 'pack')}",
            f"{q} x {base}, the family size",
            f"{base} Family Size - qty {q}",
        ]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{base} - {q} each", line_gold(it)),
        (f"{q} single {long} {base}", line_gold(it)),
        (f"{base} singles: {q}", line_gold(it)),
        (f"{q}x {base} (singles, not cases)", line_gold(it)),
        (f"{base} - qty {q} ea", line_gold(it)),
        (f"{q} pcs {base} (single)", line_gold(it)),
    ]
    if _dozens(it):
        pieces.append((f"{q // 12} dz {base}", _dozen_gold(it)))
    if _case_pack(it) == 12 and q == 6:  # half a case, its pieces said: six singles
        pieces.append((f"half a case of {base} (6 singles)", line_gold(it)))
    if _case_pack(it) == 12 and q == 18:
        pieces.append((f"a case and a half of {base} (18 singles)", line_gold(it)))
    return r.choice(pieces)


def _line_zh(r: random.Random, it: Item, style: str) -> tuple[str, dict[str, Any]]:
    """A line in simplified Chinese: 箱 for cases, the goods' measure word for pieces; 打 for
    dozens; now and then the goods or the pack in English, as some office buyers write."""
    q, pack, base = it.quantity, it.pack, it.base_zh
    _, unit = _pieces(it)
    n = zh_num(q) if q <= 20 and r.random() < 0.3 else str(q)
    if style == "bracket":
        if it.variant == "case":
            return f"【{base}】{n}箱", line_gold(it)
        if it.variant == "family":
            return f"【{base}家庭装】{n}{unit}", line_gold(it)
        return f"【{base}】单{unit} {n}{unit}", line_gold(it)
    if style == "mixed":  # English goods or pack words inside Chinese
        if it.variant == "case":
            forms = [f"{it.base} {q} case", f"{base} {q} 个 case", f"{it.base} {n}箱"]
        elif it.variant == "family":
            forms = [f"{it.base} family size {q}{unit}", f"{base} family size {q}{unit}"]
        else:
            forms = [f"{it.base} {q}{unit} single", f"{base} single {q}{unit}（不要整箱）"]
        return r.choice(forms), line_gold(it)
    if it.variant == "case":
        forms = [
            f"{base} 整箱×{q}",
            f"{base} {n}箱（{pack}{unit}/箱）",
            f"{base} 要{zh_num(q)}箱",
            f"{n}箱{base}，一箱{pack}{unit}那种",
            f"{base}：箱装 {q}",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{base}家庭装 ×{q}",
            f"大包装（家庭装）{base} {n}{unit}",
            f"{base} 家庭装{n}{unit}",
        ]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{base} 单{unit}×{q}", line_gold(it)),
        (f"{base} {n}{unit}（单{unit}）", line_gold(it)),
        (f"{base} 零散{n}{unit}", line_gold(it)),
    ]
    if _dozens(it):
        pieces.append((f"{base} {zh_num(q // 12)}打", _dozen_gold(it)))
    return r.choice(pieces)


def _stock_row(r: random.Random, it: Item, zh: bool) -> str:
    """A row of a stock app's reorder list: what is left on the shelf, then what to order."""
    q = it.quantity
    left = r.choice([h for h in range(10) if h != q])
    if zh:
        unit = "箱" if it.variant == "case" else _pieces(it)[1]
        return f"{it.name_zh} | 库存 {left} | 补货 {q}{unit}"
    unit = "cs" if it.variant == "case" else "ea"
    return f"{it.name} | on hand {left} | order {q} {unit}"


def is_stock(texts: list[str]) -> bool:
    """Whether the lines are a stock app's reorder rows (no written line has them)."""
    return all(_STOCK_ROW.match(t) for t in texts)


def is_phone(texts: list[str]) -> bool:
    """Whether the lines were typed on a phone: lower case, no punctuation at all."""
    return all(_PHONE_LINE.match(t) for t in texts)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words, one style to a message: a stock app's
    reorder rows (mail only), square brackets, "cases: 4", phone typing (English), or each
    line its own way. Returns (texts, gold lines, language)."""
    lang = "zh" if zh else "en"
    roll = r.random()
    if mode == "email" and roll < 0.14:
        return [_stock_row(r, it, zh) for it in items], [line_gold(it) for it in items], lang
    if zh:
        style = r.choice(["bracket", "plain", "plain", "plain", "mixed"])
    elif mode == "chat":
        style = r.choice(["bracket", "colon", "phone", "phone", "plain", "plain"])
    else:
        style = r.choice(["bracket", "colon", "phone", "plain", "plain", "plain"])
    texts, golds = [], []
    for it in items:
        if zh:  # a bilingual buyer names some of the goods, or their pack, in English
            own = style if style != "mixed" or r.random() < 0.6 else "plain"
            text, gold = _line_zh(r, it, own)
        else:
            text, gold = _line_en(r, it, style)
        texts.append(text)
        golds.append(gold)
    if zh and any(re.search(r"[A-Za-z]{3,}", t) for t in texts):
        lang = "mixed"
    return texts, golds, lang


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer changes a case figure in the list before sending and says what
    it was: rewrites that line and returns the note it carries, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or is_stock(texts) or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    before = items[i].quantity + r.choice([1, 2, 3, 5, 6])
    if zh:
        note = r.choice([f"（原来写的{before}箱，改了）", f"（之前报的{before}箱作废）"])
    elif is_phone(texts):
        note = f"not {before}"
    else:
        note = r.choice(
            [
                f"(was {before} cs - changed)",
                f"[updated, previously {before} cases]",
                f"<< changed from {before}",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], where: str) -> str:
    if where == "formal_zh":
        return "\n".join(f"{'二' if i == 2 else zh_num(i)}、{t}" for i, t in enumerate(texts, 1))
    if where in ZH_CUSTOMER_VOICES:
        style = r.choice(["circled", "point", "plain", "num"])
        if style == "circled" and len(texts) <= len(_CIRCLED):
            return "\n".join(f"{_CIRCLED[i]}{t}" for i, t in enumerate(texts))
        if style == "point":
            return "\n".join(f"👉{t}" for t in texts)
        if style == "num":
            return "\n".join(f"{i}、{t}" for i, t in enumerate(texts, 1))
        return "\n".join(texts)
    style = r.choice(["star", "num", "dot", "emoji", "letter", "plain"])
    if style == "star":
        return "\n".join(f"* {t}" for t in texts)
    if style == "num":
        return "\n".join(f"{i}/ {t}" for i, t in enumerate(texts, 1))
    if style == "dot":
        return "\n".join(f"▪️ {t}" for t in texts)
    if style == "emoji":
        return "\n".join(f"✅ {t}" for t in texts)
    if style == "letter" and len(texts) <= 26:
        return "\n".join(f"{chr(97 + i)}) {t}" for i, t in enumerate(texts))
    return "\n".join(texts)


# --- customers ---------------------------------------------------------------------------------


def _stock_email(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, sign: str
) -> tuple[str, str]:
    """A reorder list exported from the shop's stock app, the order column explained."""
    rows = "\n".join(texts)
    if who.zh:
        return r.choice([f"补货单 {ref}", f"{who.short} 补货 {ref}"]), (
            f"你好，\n下面是我们库存软件导出的补货单（单号 {ref}），按“补货”那一列发货就行，"
            f"“库存”是店里还剩的数量。\n\n{rows}\n\n{by}前送到，谢谢。\n\n{sign}"
        )
    return r.choice([f"Reorder {ref}", f"{who.short} reorder - {ref}"]), (
        f"Hi Emma,\n\nreorder from our stock app below (ref {ref}). Please ship the ORDER "
        f"quantities only - on hand is just what's left on our shelf.\n\n{rows}\n\nDelivery "
        f"{by} please.\n\n{sign}"
    )


def _phone_email(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, sign: str
) -> tuple[str, str]:
    """A mail typed with two thumbs: no capitals, no stops, the lines one after another."""
    run = "\n".join(texts)
    first = (_assistant(who) if voice(who) == "relay" else _first(who.contact)).lower()
    body = r.choice(
        [
            f"hi emma\n{run}\nfor {by} pls ref {ref}\nthanks {first}",
            f"morning emma can we get\n{run}\nby {by} order no {ref} thx",
        ]
    )
    return r.choice([f"order {ref}", f"{ref}", f"order for {by}"]), f"{body}\n\n{sign}"


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in the buyer's voice, the day in its own way; a
    stock app's reorder list, or a mail typed on a phone."""
    day, due = dates
    where = voice(who)
    by = voice_day(r, where, day, due)
    if is_stock(texts):
        return _stock_email(r, who, ref, texts, by, sign)
    if not who.zh and is_phone(texts):
        return _phone_email(r, who, ref, texts, by, sign)
    listing = _listing(r, texts, where)
    first = _first(who.contact)
    bodies = {
        "us": [
            f"Hi Emma,\n\nPlease enter the following PO and confirm the ship date.\n\nPO#: {ref}"
            f"\nShip to: {who.short} - Receiving\nRequested delivery: {by}\n\n{listing}\n\n"
            "Receiving hours 7am-2pm M-F. Please call ahead if anything is backordered - do NOT "
            f"substitute without approval.\n\nThanks!\n{sign}",
            f"Hey Emma - hope your week's going well! Placing our order for {by}:\n\n{listing}"
            f"\n\n{_po(ref)}. Lmk if any issues. Thx!\n\n{sign}",
        ],
        "de": [
            f"Dear Sirs,\n\nwe hereby order the following goods:\n\n{listing}\n\nDelivery date: "
            f"{by}\nOur order no.: {ref}\n\nPlease send us an order confirmation.\n\n{sign}",
            f"Hello Ms. Emma,\n\nplease find below our order {ref}. We need the goods until {by} "
            f"at the latest.\n\n{listing}\n\nThank you in advance.\n\n{sign}",
        ],
        "fr": [
            f"Bonjour Emma,\n\nPlease find our order n° {ref} below, for delivery on {by}:\n\n"
            f"{listing}\n\nMerci d'avance et bonne journée !\n\n{sign}",
            f"Bonjour,\n\nVoici notre commande {ref} (order) - livraison souhaitée le {by} :\n"
            f"{listing}\n\nMerci de nous confirmer.\n\n{sign}",
        ],
        "es": [
            f"Hola Emma, buenos días:\n\nTe paso el pedido {ref} para entregar el {by}:\n\n"
            f"{listing}\n\nCualquier cosa me avisas. ¡Gracias!\n\n{sign}",
            f"Hi Emma,\n\nGood morning from {_city(who)}! Here is our order {ref}, delivery "
            f"{by} please:\n{listing}\n\nMany thanks!\n\n{sign}",
        ],
        "relay": [
            f"hi emma, its {_assistant(who)} from {who.short} - {first} asked me to send over "
            f"this weeks order as they're out all day. needed by {by}\n\n{listing}\n\nref {ref}."
            f" any questions best to call {first} directly, i just do the emails lol\n\n{sign}",
            f"Good morning,\n\nI'm writing on behalf of {who.contact} (owner). Please deliver "
            f"the following by {by}, order ref {ref}:\n{listing}\n\nThank you.\n\n{sign}",
        ],
        "north": [
            f"Hi,\n\nOrder {ref}:\n{listing}\n\nDelivery {by}. Thanks.\n\n{sign}",
            f"Hej Emma,\n\nNew order from us ({ref}). Delivery latest {by}, please.\n\n"
            f"{listing}\n\nHave a nice day!\n\n{sign}",
        ],
        "bilingual": [
            f"Emma 你好，\n\n这个礼拜的货（单号 {ref}），{by}前要到：\n{listing}\n\n"
            f"麻烦 confirm 一下，thanks！\n\n{sign}",
            f"Hi Emma，\n{who.short}下单，order no. {ref}：\n{listing}\n{by}送到，谢谢～\n\n{sign}",
        ],
        "tuanzhang": [
            f"莲港你好，我是{who.short}的团长{first}。本期团购接龙已截单，汇总如下（单号{ref}）：\n"
            f"{listing}\n\n请{by}送到自提点，辛苦啦！\n\n{sign}",
            f"你好～ {ref} 这期接龙汇总👇\n{listing}\n\n{by}到货哈，团员都等着呢🙏\n\n{sign}",
        ],
        "relay_zh": [
            f"你好，我是{who.short}的店员{_assistant(who)}，老板{who.contact}让我发一下这次的货：\n"
            f"{listing}\n\n老板说{by}之前要到，单号{ref}。有问题直接打老板电话哈。\n\n{sign}",
            f"您好，帮我们老板下个单（{ref}）：\n{listing}\n{by}送，谢谢！\n\n{sign}",
        ],
        "formal_zh": [
            f"莲港贸易有限公司：\n\n兹向贵司订购下列货品，请于{by}前送达我方仓库：\n{listing}\n\n"
            f"订货单号：{ref}\n请确认回复为盼。\n\n顺颂商祺！\n\n{sign}",
            f"莲港贸易：\n\n根据双方供货协议，我方订购如下（订单编号 {ref}）：\n{listing}\n\n"
            f"交货日期：{by}\n交货地点：我方仓库\n\n{sign}",
        ],
    }[where]
    subjects = {
        "us": [f"PO# {ref}", f"{who.short} {_po(ref)}", f"New PO {ref} - pls confirm"],
        "de": [f"Order {ref}", f"Bestellung / order {ref}"],
        "fr": [f"Commande {ref}", f"Order {ref} - {who.short}"],
        "es": [f"Pedido {ref}", f"Pedido {who.short} - {ref}"],
        "relay": [f"order from {first} - {ref}", f"{who.short} order {ref}"],
        "north": [f"Order {ref}", f"{ref}"],
        "bilingual": [f"{who.short} order {ref}", f"订货 {ref}"],
        "tuanzhang": [f"团购汇总 {ref}", f"{who.short} 本期团购 {ref}"],
        "relay_zh": [f"{who.short} 要货 {ref}", f"订货 {ref}（代老板发）"],
        "formal_zh": [f"订货函（{ref}）", f"关于订购货品的函 {ref}"],
    }[where]
    return r.choice(subjects), r.choice(bodies)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague sending the order on, under the header their own mail program writes (in
    German, French, Spanish, Danish, Chinese or English)."""
    where = voice(who)
    at = f"{r.randint(7, 11)}:{r.randint(10, 59)}"
    frm = f"{who.contact} <{who.email}>"
    wd = day.weekday()
    if where == "de":
        note = (
            f"Hallo Emma,\n\nanbei die Bestellung meines Kollegen zur Bearbeitung.\n\nGruß\n"
            f"{person}"
        )
        head = (
            f"Von: {frm}\nGesendet: {_DE_DAYS[wd]}, {day.day}. {_DE_MONTHS[day.month - 1]} "
            f"{day.year} {at}\nAn: {OUR_DESK}\nBetreff: {subject}"
        )
    elif where == "fr":
        note = f"Bonjour Emma,\nje vous transfère la commande de {who.contact}. Merci !\n{person}"
        head = (
            f"-------- Message transféré --------\nSujet : {subject}\nDate : {_FR_DAYS[wd]} "
            f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year} {at}\nDe : {frm}\nPour : {OUR_DESK}"
        )
    elif where == "es":
        note = f"Emma, te reenvío el pedido de {who.contact}. Gracias!\n{person}"
        head = (
            f"---------- Mensaje reenviado ---------\nDe: {frm}\nFecha: {_ES_DAYS[wd][:3]}, "
            f"{day.day} {_ES_MONTHS[day.month - 1][:3]} {day.year} a las {at}\nAsunto: {subject}"
            f"\nPara: {OUR_DESK}"
        )
    elif where == "north":
        note = f"Hi Emma, see order below. Thanks, {person}"
        head = (
            f"Fra: {frm}\nSendt: {_DA_DAYS[wd]} den {day.day}. {_DA_MONTHS[day.month - 1]} "
            f"{day.year} {at}\nTil: {OUR_DESK}\nEmne: {subject}"
        )
    elif who.zh:
        note = r.choice(
            [
                f"Emma，转一下{who.contact}的单，麻烦跟进。\n{person}",
                f"转发给你们，请安排。\n{person}",
            ]
        )
        head = (
            f'------------------ 原始邮件 ------------------\n发件人: "{who.contact}"'
            f"<{who.email}>;\n发送时间: {day.year}年{day.month}月{day.day}日(星期{_ZH_WEEK[wd]}) "
            f'上午{at}\n收件人: "Lotus Harbor Sales"<sales@lotusharbor.example>;\n主题: {subject}'
        )
    else:
        note = {
            "us": f"Emma - see below, this went to our old rep by mistake. Pls process. - {person}",
            "relay": f"emma pls see below from {_first(who.contact)}, thx\n{person}",
        }[where]
        head = (
            f"-------- Forwarded Message --------\nSubject: {subject}\nDate: {day:%a}, {day.day} "
            f"{day:%b} {day.year} {at}:00 -0500\nFrom: {frm}\nTo: {OUR_DESK}"
        )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer, under the quote line the buyer's mail program
    writes in its language: clearly the older message, no goods and no figure of them."""
    before = day - timedelta(days=r.randint(3, 9))
    at = f"{r.randint(8, 16)}:{r.randint(10, 59)}"
    wd, first = before.weekday(), _first(who.contact)
    if who.zh:
        return (
            f"\n\n________________________________\n发件人: {OUR_DESK}\n发送时间: {before.year}年"
            f"{before.month}月{before.day}日 {at}\n收件人: {who.contact}\n主题: 上周送货\n\n"
            f"{who.contact}您好，上周的货已全部送达，请核对签收单，有问题随时联系。"
        )
    english = f"On {before:%a}, {before:%b} {before.day}, {before.year} at {at}, {OUR_DESK} wrote:"
    line = {
        "de": f"Am {before:%d.%m.%Y} um {at} schrieb {OUR_DESK}:",
        "fr": f"Le {_FR_DAYS[wd][:3]}. {before.day} {_FR_MONTHS[before.month - 1]} "
        f"{before.year} à {at}, {OUR_DESK} a écrit :",
        "es": f"El {_ES_DAYS[wd][:3]}, {before.day} {_ES_MONTHS[before.month - 1][:3]} "
        f"{before.year} a las {at}, {OUR_DESK} escribió:",
        "north": f"Den {before.day}. {_DA_MONTHS[before.month - 1]} {before.year} kl. {at} "
        f"skrev {OUR_DESK}:",
    }.get(voice(who), english)
    note = r.choice(
        [
            f"> Hi {first},\n> thanks for your last order - everything went out complete.\n"
            "> Our updated price list is attached.\n> Emma",
            f"> Dear {first},\n> just a reminder that orders placed before 2pm ship the next "
            "working day.\n> Best, Emma",
        ]
    )
    return f"\n\n{line}\n{note}"


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by chat in the buyer's voice; typed on a phone, or the app's reorder rows."""
    where = voice(who)
    name = _first(who.contact)
    listing = "\n".join(texts)
    if is_stock(texts):  # not written by this set's chats, kept for safety
        return f"{ref}\n{listing}\n{by}"
    if not who.zh and is_phone(texts):
        intro = f"hi its {name.lower()} from {who.short.lower()} " if first else ""
        return f"{intro}order {ref}\n{listing}\nfor {by} pls"
    intro = {
        "us": f"Hi Emma, {who.contact} @ {who.short} here 👋 ",
        "de": f"Hello, this is {who.contact} from {who.short}. ",
        "fr": f"Bonjour Emma 🙂 {who.contact} de {who.short}. ",
        "es": f"Hola Emma! Soy {who.contact} de {who.short} 👋 ",
        "relay": f"hi, {_assistant(who)} here from {who.short} (for {name}) ",
        "north": f"Hi, {who.contact}, {who.short}. ",
        "bilingual": f"Emma你好，我是{who.short}的{who.contact}。",
        "tuanzhang": f"你好～我是{who.short}的团长{who.contact}。",
        "relay_zh": f"你好，我是{who.short}的{_assistant(who)}，帮老板下单。",
        "formal_zh": f"您好，{who.short}采购{who.contact}。",
    }[where]
    intro = intro if first else ""
    bodies = {
        "us": [f"{intro}{_po(ref)} - need by {by}:\n{listing}\nthx!"],
        "de": [f"{intro}Order {ref}:\n{listing}\nDelivery {by}. Thank you"],
        "fr": [f"{intro}Commande {ref} pour {by} :\n{listing}\nMerci !"],
        "es": [f"{intro}Pedido {ref} 👇\n{listing}\nDelivery {by} porfa 🙏"],
        "relay": [f"{intro}{name} wants these for {by}, ref {ref}:\n{listing}"],
        "north": [f"{intro}Order {ref}, delivery {by}:\n{listing}\nThx"],
        "bilingual": [f"{intro}{ref}：\n{listing}\n{by}到，thx"],
        "tuanzhang": [f"{intro}截单啦～{ref}汇总：\n{listing}\n{by}送到自提点哈🙏"],
        "relay_zh": [f"{intro}老板让我报一下货（{ref}）：\n{listing}\n{by}要到"],
        "formal_zh": [f"{intro}订单{ref}：\n{listing}\n请于{by}前送达，谢谢。"],
    }[where]
    return r.choice(bodies)


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just sent, in the buyer's words for a case."""
    q, base, where = it.quantity, it.base, voice(who)
    cases = _plural(q, "case")
    return r.choice(
        {
            "us": [f"Can you add {q} cs {base} to today's PO? thx", f"+{q} cs {base} pls"],
            "de": [f"Please add {q} {_plural(q, 'carton')} à {it.pack} pcs {base} to our order."],
            "fr": [f"Et aussi {q} {_plural(q, 'carton')} de {base} svp, même livraison 🙏"],
            "es": [f"Ah y agrégame {q} {'caja' if q == 1 else 'cajas'} de {base} (de {it.pack}) "
                   "porfa 🙏"],
            "relay": [f"sorry {_first(who.contact)} also wants {q} {cases} of {base} on that"],
            "north": [f"One more thing: {q} {cases} {base}, same delivery."],
            "bilingual": [f"Emma 再加 {q} case {it.base_zh}，一起送"],
            "tuanzhang": [f"又有人接龙了，{it.base_zh}再加{zh_num(q)}箱🙏"],
            "relay_zh": [f"老板说{it.base_zh}再加{q}箱，跟刚才那单一起送"],
            "formal_zh": [f"补充：{it.base_zh}增订{q}箱，随上述订单一并送达。"],
        }[where]
    )  # fmt: skip


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, base, where = it.quantity, it.base, voice(who)
    zh = it.base_zh
    if where == "tuanzhang":
        why = "又有人加单了" if q > old else "有团员退单了"
        return f"团购单{ref}修改", f"不好意思，{why}，{ref}里{zh}从{old}箱改成{q}箱，其他不变。"
    return {
        "us": (
            f"{_po(ref)} - qty change",
            f"Hi Emma,\n\nPlease revise {_po(ref)}: {base} from {old} cs to {q} cs. All other "
            "lines as is.\n\nThanks",
        ),
        "de": (
            f"Change to order {ref}",
            f"Dear Sirs,\n\nplease change our order {ref} as follows: {base} - new quantity {q} "
            f"{_plural(q, 'carton')} (instead of {old} cartons). Everything else remains "
            "unchanged.",
        ),
        "fr": (
            f"Modification commande {ref}",
            f"Bonjour, petite modif sur la commande {ref} : {base}, {q} cartons au lieu de {old}."
            " Le reste ne change pas. Merci !",
        ),
        "es": (
            f"Cambio pedido {ref}",
            f"Hola Emma, en el pedido {ref} cámbiame {base} a {q} cajas (en vez de {old}). Lo "
            "demás igual. ¡Gracias!",
        ),
        "relay": (
            f"re order {ref}",
            f"hi sorry, change from {_first(who.contact)} on order {ref}: {base} should be {q} "
            f"{_plural(q, 'case')} not {old}. rest is fine",
        ),
        "north": (f"{ref} update", f"Hi, {ref}: {base} {old} -> {q} cases. Rest same."),
        "bilingual": (
            f"{ref} 改一下",
            f"Emma，{ref}那张单 {zh} 改成 {q} case（之前写的{old}箱），其他不变，thanks",
        ),
        "relay_zh": (
            f"{ref}改数量",
            f"你好，老板说{ref}那单{zh}要{q}箱，原来{old}箱的改一下，其他不动。",
        ),
        "formal_zh": (
            f"关于订单{ref}的变更",
            f"贵司：\n我方订单{ref}中{zh}的订购数量由{old}箱变更为{q}箱，其余品项不变。特此通知。",
        ),
    }[where]


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    return {
        "us": (
            f"Cancel order {number}",
            f"Hi Emma, please cancel {number} in full - the store remodel got pushed and we "
            "don't have room for it. Will reorder when we're back up. Thx",
        ),
        "de": (
            f"Cancellation of order {number}",
            f"Dear Sirs,\n\nwe herewith cancel our order {number}. Please confirm the "
            "cancellation in writing.",
        ),
        "fr": (
            f"Annulation commande {number}",
            f"Bonjour, merci d'annuler notre commande {number}, désolé pour le dérangement.",
        ),
        "es": (
            f"Cancelar pedido {number}",
            f"Hola Emma, por favor cancela el pedido {number}, el cliente nos canceló el evento."
            " Perdón por las molestias.",
        ),
        "relay": (
            f"cancel {number}",
            f"hi its {_assistant(who)} again, {_first(who.contact)} says to cancel order "
            f"{number}, sorry!! please don't send it",
        ),
        "north": (f"{number} cancel", f"Hi, please cancel {number}. Thanks."),
        "bilingual": (
            f"Cancel {number}",
            f"Emma，{number}那单 cancel 掉吧，店里这周装修不开门，sorry",
        ),
        "tuanzhang": (
            "团购取消",
            f"不好意思，这期团购人数不够成团，{number}这单取消吧，下期再下。",
        ),
        "relay_zh": ("取消订单", f"你好，老板说{number}那单不要了，麻烦取消一下哈，别发货。"),
        "formal_zh": (
            f"关于取消订单{number}的函",
            f"贵司：\n因我方计划调整，订单{number}予以取消，请勿发货。特此函告。",
        ),
    }[voice(who)]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, base, zh = it.quantity, it.base, it.base_zh
    return {
        "us": (
            f"Quote request - {base}",
            f"Hi Emma, can you quote me {q} cs {base}? Just pricing it out for now, not ready to"
            " order yet. Also what's the lead time?",
        ),
        "de": (
            f"Inquiry {base}",
            f"Dear Sirs,\n\ncould you please send us an offer for {q} cartons of {base}? Please "
            "also let us know the delivery time. This is only an inquiry, not an order yet.",
        ),
        "fr": (
            f"Demande de prix - {base}",
            f"Bonjour, vous avez encore du {base} ? Quel serait le prix pour {q} cartons ? "
            "C'est juste pour savoir, on ne commande pas encore.",
        ),
        "es": (
            f"Cotización {base}",
            f"Hola Emma, ¿me puedes pasar precio de {q} cajas de {base}? Solo es para cotizar, "
            "todavía no es pedido.",
        ),
        "relay": (
            f"question from {_first(who.contact)}",
            f"hi, {_first(who.contact)} wants to know how much {q} cases of {base} would be "
            "and if you have them in - not ordering yet, just asking",
        ),
        "north": (
            f"Price? {base}",
            f"Hi, what is your price for {q} cases {base}, and is it in stock? Not an order yet.",
        ),
        "bilingual": ("问个价", f"Emma，{zh}有货吗？{q} case 什么价？先问问，还没定。"),
        "tuanzhang": (
            f"团购询价：{zh}",
            f"想在群里开个{zh}的团，大概{q}箱，团购价能给多少？先问问价，还没开团。",
        ),
        "relay_zh": (
            "帮老板问个价",
            f"你好，老板让我问一下{zh}{q}箱多少钱，有没有现货，先问价不下单哈。",
        ),
        "formal_zh": (
            f"询价函：{zh}",
            f"贵司：\n我方拟采购{zh}约{q}箱，请报含税单价及供货周期。此为询价，非正式订单。",
        ),
    }[voice(who)]


def _said_day(where: str, d: date) -> str:
    """A day already past or agreed, as the voice writes it in a short note: always the
    month, figures alone only where the day cannot be a month."""
    late = d.day > 12
    return {
        "us": f"{d.month}/{d.day}" if late else f"{d:%B} {d.day}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}" if late else f"{d.day}. {d:%B}",
        "fr": f"{d.day} {_FR_MONTHS[d.month - 1]}",
        "es": f"{d.day} de {_ES_MONTHS[d.month - 1]}",
        "relay": f"{d:%a} {d.day} {d:%b}".lower(),
        "north": f"{d.day} {d:%B}",
    }.get(where, f"{d.month}月{d.day}号")


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    where = voice(who)
    said = _said_day(where, due)
    return {
        "us": f"Hi Emma, checking on order {number} - it was due {said} and hasn't shown up at "
        "our dock. Can you send tracking / an ETA? Shelves are getting bare.",
        "de": f"Dear Sirs, our order {number} was confirmed for delivery on {said} but has not "
        "arrived yet. Please inform us immediately about the new delivery date.",
        "fr": f"Bonjour, toujours rien reçu pour la commande {number}, prévue le {said}. "
        "Vous pouvez vérifier svp ?",
        "es": f"Hola Emma, el pedido {number} tenía que llegar el {said} y todavía nada. ¿Me "
        "checas por favor? Urge.",
        "relay": f"hi, {_first(who.contact)} is asking where order {number} is?? was meant to "
        f"come {said} and still nothing",
        "north": f"Hi, {number} was due {said} - not here yet. ETA?",
        "bilingual": f"Emma，{number}说好{said}到的，到现在还没收到，帮忙 check 一下",
        "tuanzhang": f"{number}的货呢？说好{said}到，团员都在群里催了😭",
        "relay_zh": f"你好，老板让我问下，{number}不是{said}到吗，怎么还没到",
        "formal_zh": f"贵司：我方订单{number}约定交货日期为{due.year}年{due.month}月{due.day}日，"
        "至今未到货，请尽快安排并告知物流信息。",
    }[where]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    where = voice(who)
    said = _said_day(where, on)
    return {
        "us": f"Hi, AP here - invoice {number} ({amount}) is scheduled for our {on:%A} check "
        f"run on {said}. Sorry for the delay.",
        "de": f"Dear Sirs, regarding your reminder: the amount of {_comma(amount)} for invoice "
        f"{number} will be transferred on {said}. Sorry for the delay.",
        "fr": f"Bonjour, le virement de {_comma(amount)} pour la facture {number} partira le "
        f"{said}. Désolé pour le retard.",
        "es": f"Hola, el pago de la factura {number} ({amount}) sale el {said}. Disculpa la "
        "demora.",
        "relay": f"hi, {_first(who.contact)} says the {amount} for {number} will go out {said}. "
        "sorry its late",
        "north": f"Hi, {number} ({amount}) will be paid {said}. Sorry.",
        "bilingual": f"{number} 的 {amount} 我们{said}转账，sorry 晚了",
        "tuanzhang": f"不好意思，团款还没收齐，{number}这笔{amount}我{said}前转给你们",
        "relay_zh": f"你好，老板说{number}那笔{amount}，{said}付，不好意思拖了几天",
        "formal_zh": f"贵司：关于发票{number}（金额{amount}），我方将于{on.year}年{on.month}月"
        f"{on.day}日安排付款，特此回复。",
    }[where]


# --- suppliers ---------------------------------------------------------------------------------


def _eu_day(d: date) -> str:
    """A European order desk's date: 14.03.2026, or 5 March 2026 where the day could be a
    month."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{d.day} {d:%B} {d.year}"


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where, m, d = voice(who), on.month, on.day
    return {
        "rep": (
            f"Heads up on {product} pricing",
            f"Hi there! Hope you're having a great week. Quick heads up - the manufacturer has "
            f"raised its list, so {product} moves from {old} to {new} starting {on:%B} {d}. "
            f"Anything you get in before then still ships at {old}, so now's a good time to "
            "stock up 😉",
        ),
        "logistics": (
            f"Principal price update - {product}",
            f"NOTICE TO CUSTOMERS\nOn behalf of our principal, please note the following price "
            f"update:\nSKU: {product}\nCurrent: {old}\nNew: {new}\nValid from: {on:%d %b %Y}\n"
            "Open orders will be invoiced at the price valid on the day of dispatch.",
        ),
        "receivables": (
            f"Updated pricing - {product}",
            f"Dear valued customer,\n\nPlease update your vendor file: from {on:%B} {d}, "
            f"{on.year} the unit price of {product} will be {new} (currently {old}). Invoices "
            "dated on or after that date will carry the new price.",
        ),
        "maker": (
            f"Price adjustment {product} as of {_eu_day(on)}",
            f"Dear business partner,\n\ndue to increased energy and packaging costs we must "
            f"adjust our prices. As of {_eu_day(on)}, {product} will cost {_comma(new)} "
            f"(previously {_comma(old)}).\n\nWe thank you for your understanding.",
        ),
        "coop": (
            f"{product}调价",
            f"莲港的朋友们好，今年{product}原料收成不好，社里商量后决定从{m}月{d}号起价格调到{new}"
            f"（原来{old}）。之前下的单还是按老价格。谢谢大家一直支持！",
        ),
        "rep_zh": (
            f"【调价提醒】{product}",
            f"王总好！跟您报备一下，厂家通知{product}从{m}月{d}号起调价，{old}→{new}。这之前下单"
            "的还按原价，要不要趁现在多备点货？😊",
        ),
        "finance_zh": (
            f"价格变更确认函（{product}）",
            f"莲港贸易有限公司：\n根据双方合作协议，{product}结算单价自{on.year}年{m}月{d}日起由"
            f"{old}元调整为{new}元（含税）。请贵司据此更新采购价格。",
        ),
    }[where]


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    dd, where = new_date, voice(who)
    m, d, w = dd.month, dd.day, _ZH_WEEK[dd.weekday()]
    return {
        "rep": (
            f"Update on {_po(number)}",
            f"Hi! Bad news on {number} - the truck got bumped, so we're now looking at "
            f"{dd:%A}, {dd:%B} {d}. I'll keep an eye on it and let you know if anything "
            "changes. So sorry!",
        ),
        "logistics": (
            f"Shipment status update - {_po(number)}",
            f"SHIPMENT STATUS UPDATE\nPO ref: {number}\nBooking: BKG{r.randint(100000, 999999)}"
            f"\nStatus: DELAYED - missed consolidation\nRevised delivery: {dd:%a} {d} {dd:%b} "
            f"{dd.year}\nPlease adjust your receiving slot.",
        ),
        "receivables": (
            f"{_po(number)} - revised delivery",
            f"Hello, I'm writing from accounts on behalf of our warehouse: {_po(number)} will not "
            f"make its original date. The new delivery date is {dd:%B} {d}, {dd.year}. Your "
            "invoice will be dated accordingly.",
        ),
        "maker": (
            f"Postponement of delivery - your order {number}",
            f"Dear business partner,\n\nunfortunately we cannot deliver your order {number} on "
            f"the agreed date. New delivery date: {_eu_day(dd)}.\n\nWe apologise for the "
            "inconvenience.",
        ),
        "coop": (
            f"{number}晚几天",
            f"你好，这几天一直下雨，{number}的货没法装车，要晚几天，{m}月{d}号给你们送到，实在不好"
            "意思。",
        ),
        "rep_zh": (
            f"{number}交期调整",
            f"王总，实在抱歉🙏 {number}这批厂里排产排不过来，到货时间改到{m}月{d}号（周{w}）了，"
            "我这边一直盯着。",
        ),
        "finance_zh": (
            f"关于采购单{number}交货日期变更的说明",
            f"贵司：\n采购单{number}因仓储调度原因，交货日期顺延至{dd.year}年{m}月{d}日，相应发票"
            "开具日期同步调整。",
        ),
    }[where]


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where, m, d = voice(who), ship.month, ship.day
    return {
        "rep": (
            f"Got your {_po(number)}!",
            f"Thanks so much for the order! {number} is in the system and set to deliver "
            f"{ship:%A}, {ship:%B} {d}. Let me know if you need anything else added.",
        ),
        "logistics": (
            f"Booking confirmed - {_po(number)}",
            f"BOOKING CONFIRMATION\nPO ref: {number}\nPallets: {r.randint(1, 6)}\nDelivery slot: "
            f"{ship:%a} {d} {ship:%b} {ship.year}, 08:00-12:00\nPlease reply if the slot does "
            "not suit.",
        ),
        "receivables": (
            f"{_po(number)} received",
            f"Hello, this is to confirm that we have received {_po(number)} and entered it for "
            f"delivery on {ship:%B} {d}, {ship.year}. The invoice will follow with the goods.",
        ),
        "maker": (
            f"Order confirmation - your order {number}",
            f"Dear business partner,\n\nthank you for your order {number}, which we confirm "
            f"herewith. Delivery date: {_eu_day(ship)}.\n\nPlease check this confirmation and "
            "let us know of any discrepancies within 2 working days.",
        ),
        "coop": (
            f"{number}收到",
            f"你好，{number}我们收到了，货都有，{m}月{d}号送到你们仓库。",
        ),
        "rep_zh": (
            f"{number}已安排",
            f"王总，{number}收到啦👌 已经给您安排上了，{m}月{d}号到货，有变化我第一时间跟您说。",
        ),
        "finance_zh": (
            f"采购单{number}确认",
            f"贵司采购单{number}已录入系统，计划交货日期{ship.year}年{m}月{d}日，发票随货同行。",
        ),
    }[where]


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where, m, d = voice(who), due.month, due.day
    return {
        "rep": (
            f"Invoice {ref} ({_po(number)})",
            f"Hi! Attaching invoice {ref} for {_po(number)} - total {total}, due {due:%B} {d}. "
            "Thanks again for your business!",
        ),
        "logistics": (
            f"Invoice {ref} - {_po(number)}",
            f"Please find attached invoice {ref} (goods and handling) for {_po(number)}.\nAmount "
            f"due: {total}\nDue date: {due:%d %b %Y}",
        ),
        "receivables": (
            f"Invoice {ref}",
            f"Dear customer,\n\nPlease find attached invoice {ref} relating to your {_po(number)}."
            f"\nAmount: {total}\nTerms: net 30\nDue date: {due:%B} {d}, {due.year}\n\n"
            "Remittance advice to this address please.",
        ),
        "maker": (
            f"Invoice {ref} - your order {number}",
            f"Dear business partner,\n\nattached please find our invoice {ref} for your order "
            f"{number} over {_comma(total)}. Payable until {_eu_day(due)} without deduction.",
        ),
        "coop": (
            f"{number}的发票",
            f"你好，{number}的发票开好了，发票号{ref}，金额{total}，麻烦{m}月{d}号前打款到社里账户，"
            "谢谢。",
        ),
        "rep_zh": (
            f"{number}发票",
            f"王总，{number}的发票{ref}开好了，金额{total}，账期到{m}月{d}号，麻烦到时候安排一下～",
        ),
        "finance_zh": (
            f"开票通知：{ref}",
            f"贵司：\n采购单{number}对应增值税专用发票已开具，发票号码{ref}，价税合计{total}元，"
            f"付款期限{due.year}年{m}月{d}日。请注意查收并按期付款。",
        ),
    }[where]


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    return {
        "rep": (
            f"{_po(number)} - {product} short",
            f"Hi! Heads up - {product} is on backorder with the manufacturer, so it won't be on "
            f"the truck for {number}. Everything else ships as planned; I can sub a similar "
            "item if you'd like, just say the word.",
        ),
        "logistics": (
            f"Short pick - {_po(number)}",
            f"SHORT PICK NOTIFICATION\nPO ref: {number}\nItem short: {product}\nReason: stock "
            "not received from principal\nAction: remaining lines dispatched; shortfall "
            "back-ordered.",
        ),
        "receivables": (
            f"{_po(number)} - part shipment",
            f"Hello, a quick note from accounts: {product} on {_po(number)} could not be supplied"
            " in full, so we are invoicing only what was shipped. The rest will be invoiced "
            "when it follows.",
        ),
        "maker": (
            f"Partial delivery - your order {number}",
            f"Dear business partner,\n\ndue to a production bottleneck we can only deliver "
            f"{product} partially in your order {number}. The remaining quantity will be "
            "delivered subsequently. As a substitute we could offer another size - please let "
            "us know.",
        ),
        "coop": (
            f"{number}缺{product}",
            f"你好，{product}这批不够了，{number}先把别的发过去，{product}等新货出来再补。急的话我们"
            "有别的规格可以先替上，你看行不。",
        ),
        "rep_zh": (
            f"{number}缺货说明",
            f"王总，跟您说一下，{product}厂家那边断货了，{number}里这个品这次发不了，其他的正常发。"
            "您看要不要换个别的牌子顶一下？",
        ),
        "finance_zh": (
            f"采购单{number}部分发货说明",
            f"贵司：\n采购单{number}中{product}库存不足，本次按实发数量开票，余量到货后另行补发并"
            "开票。",
        ),
    }[voice(who)]
