"""The demo inbox's eleventh set of phrasings, written blind by an eighth hand: buyers writing
English as a second language (India, the Philippines, Nigeria, Kenya, Vietnam, Thailand) with
long office signatures, disclaimers and colleagues in copy; Hong Kong and Taiwan buyers in
traditional Chinese (Cantonese words, full-width figures, Chinese numerals, the Republic's
year); dictated orders that run on one line; accounts and procurement staff pasting purchase
orders; and suppliers: a Chinese factory's export desk, ERP notices and a broker's notes.

Each message draws its words from its own stream, handed in by the inbox, so that which message
is written from this set changes nothing in any other message. A partner keeps one voice (where
they write from), chosen by its id."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "eleventh"
SHARE = 0.5  # half of what no earlier set took; the twelfth and thirteenth write the rest
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
CUSTOMER_VOICES = ("india", "philippines", "nigeria", "kenya", "vietnam", "thailand")
ZH_CUSTOMER_VOICES = ("hk", "tw")
SUPPLIER_VOICES = ("factory", "erp", "broker")
ZH_SUPPLIER_VOICES = ("hk_house", "tw_maker")

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth"}  # fmt: skip
_ZH_DIGITS = "零一二三四五六七八九"
_ZH_WEEK = "一二三四五六日"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# Simplified to traditional for every character of the catalogue's Chinese names that differs:
# Hong Kong and Taiwan buyers write the goods in their own script.
_TRADITIONAL = str.maketrans(
    {
        "苏": "蘇", "乐": "樂", "柠": "檸", "矿": "礦", "饮": "飲", "汤": "湯", "龙": "龍",
        "饼": "餅", "乌": "烏", "门": "門", "红": "紅", "条": "條", "坚": "堅", "礼": "禮",
        "干": "乾", "酱": "醬", "陈": "陳", "蚝": "蠔", "国": "國", "挂": "掛", "面": "麵",
        "腊": "臘", "达": "達", "黄": "黃", "猪": "豬", "饺": "餃", "冻": "凍", "虾": "蝦",
        "洁": "潔", "厨": "廚", "纸": "紙", "卫": "衛", "发": "髮", "晒": "曬", "护": "護",
        "笔": "筆", "记": "記", "书": "書", "贴": "貼", "电": "電", "饭": "飯", "壶": "壺",
        "气": "氣", "锅": "鍋", "浆": "漿", "机": "機", "风": "風", "师": "師", "笼": "籠",
        "装": "裝",
    }
)  # fmt: skip
# Single pieces as these buyers count them: short, long, Chinese measure words. Never a word
# that a clerk could take for a carton.
_PIECES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Beverages": ("btl", "bottles", ("支", "樽", "罐")),
    "Tea": ("pkt", "packets", ("包",)),
    "Snacks": ("pkt", "packets", ("包",)),
    "Condiments": ("btl", "bottles", ("樽", "支")),
    "Grains & Noodles": ("pkt", "packets", ("包",)),
    "Dairy": ("pcs", "pieces", ("盒",)),
    "Frozen Foods": ("bag", "bags", ("包",)),
    "Personal Care": ("pcs", "pieces", ("支",)),
}
_DEFAULT_PIECE = ("pcs", "pieces", ("個",))
# A purchase-order row: "NAME | qty | UOM" (the PO table), or "qty UOM x NAME".
_PIPE_ROW = re.compile(r"^[^|]+ \| \d+ \| \S+$")
_QTY_X_ROW = re.compile(r"^\d+ (CTN|CS|CASE|PCS|EA|BTL|PKT) x \S.*$")
_COLLEAGUES: dict[str, tuple[str, ...]] = {
    "india": ("Suresh Iyer", "Mrs. Latha Menon", "Vikram Deshpande", "Anil Kumar"),
    "philippines": ("Ma. Cristina Dela Cruz", "Jose Rizaldo Santos", "Marivic Bautista"),
    "nigeria": ("Chinedu Okafor", "Funmilayo Adeyemi", "Ibrahim Musa"),
    "kenya": ("Wanjiru Kamau", "Otieno Ochieng", "Faith Njeri"),
    "vietnam": ("Nguyen Thi Lan", "Tran Van Minh", "Pham Thu Ha"),
    "thailand": ("Somchai Srisuk", "Pimchanok Wongsa", "Kittipong Chaiyo"),
    "hk": ("陳志偉", "Mandy Lau", "黃嘉欣"),
    "tw": ("林佳蓉", "張志明", "Kevin Wu"),
}


# --- numbers, dates, voices --------------------------------------------------------------------


def words(n: int) -> str:
    """A whole number in English words (0-999), as dictation software writes it out."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else f"-{_ONES[n % 10]}")
    if n < 1000:
        rest = n % 100
        return f"{_ONES[n // 100]} hundred" + (f" and {words(rest)}" if rest else "")
    return str(n)


def ordinal(n: int) -> str:
    """A day of the month spoken: first ... thirty-first."""
    if n < 20:
        word = _ONES[n]
        return _ORDINAL.get(word, f"{word}th")
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{ordinal(ones)}"


def zh_num(n: int, hk: bool = False) -> str:
    """A whole number in Chinese numerals (0-99); Hong Kong writes the twenties and thirties
    with 廿 and 卅 (廿四 is 24). Larger numbers stay in figures."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        if hk and ones and tens in (2, 3):
            return ("廿" if tens == 2 else "卅") + _ZH_DIGITS[ones]
        head = "" if tens == 1 else _ZH_DIGITS[tens]
        return f"{head}十{_ZH_DIGITS[ones] if ones else ''}"
    return str(n)


def wide(text: str) -> str:
    """Figures in full width, as a Chinese input method leaves them."""
    return text.translate(_FULL_WIDTH)


def trad(text: str) -> str:
    """A catalogue Chinese name in traditional characters."""
    return text.translate(_TRADITIONAL)


def _zh_count(r: random.Random, n: int) -> str:
    """A count before a measure word: figures, full-width figures or Chinese numerals."""
    forms = [str(n), str(n), wide(str(n)), zh_num(n)]
    if n == 2:
        forms.append("兩")
    if 21 <= n <= 39 and n % 10:
        forms.append(zh_num(n, hk=True))
    return r.choice(forms)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _next_week(day: date, by: date) -> bool:
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=7) <= by < monday + timedelta(days=14)


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as these writers give it: day first in words, the American month first, an ERP's
    15-Mar-26; day/month or month/day in figures only where the day cannot be a month; a day
    without its month only within the coming weeks."""
    ahead = (by - day).days
    nth = f"{by.day}{_suffix(by.day)}"
    forms = [
        f"{nth} {by:%B}",
        f"{by:%B} {by.day}, {by.year}",
        f"{by.day}-{by:%b}-{by:%y}",
        f"{by:%A}, {by.day} {by:%B} {by.year}",
        f"{nth} of {by:%B}, {by.year}",
        f"{by:%d} {by:%b} {by.year}",
        by.isoformat(),
    ]
    if by.day > 12:
        forms += [
            f"{by.day:02d}/{by.month:02d}/{by.year}",
            f"{by.day}.{by.month:02d}.{by.year}",
            f"{by.month:02d}/{by.day:02d}/{by.year}",
        ]
    if 0 < ahead < 20:
        forms += [f"{by:%A} ({nth})", f"{by:%a} {nth}"]
    if _next_week(day, by):
        forms.append(f"next week {by:%A}, {nth}")
    if ahead == 1:
        forms += [f"tomorrow itself ({nth})", f"tomorrow, {by.day} {by:%b}"]
    return r.choice(forms)


def spoken_day(by: date) -> str:
    """A day as dictation writes it: the month and the spoken ordinal."""
    return f"{by:%B} {ordinal(by.day)}".lower()


def zh_day(r: random.Random, day: date, by: date, where: str = "") -> str:
    """A day in traditional Chinese: 號 or 日, the weekday, full-width figures; a Hong Kong
    writer's 禮拜, 廿, 聽日 and 後日 and day/month, a Taiwanese writer's 週, month/day and the
    Republic's year (民國115 is 2026). Figures with a slash only where the day cannot be a
    month; no month only within the coming weeks. Without `where`, forms both would write."""
    ahead, week, m, d = (by - day).days, _ZH_WEEK[by.weekday()], by.month, by.day
    forms = [f"{m}月{d}日", f"{m}月{d}號", wide(f"{m}月{d}日"), f"{by.year}年{m}月{d}日"]
    forms.append(f"{m}月{d}日（{week}）")
    if 0 < ahead < 20:
        forms.append(f"{d}號")
    if ahead == 1:
        forms.append(f"明天（{m}月{d}日）")
    if where == "hk":
        forms.append(f"{m}月{d}號（禮拜{week}）")
        if d > 12:
            forms.append(f"{d}/{m}")
        if 0 < ahead < 20:
            forms.append(f"{zh_num(d, hk=True)}號（禮拜{week}）")
        if _next_week(day, by):
            forms.append(f"下個禮拜{week}（{d}號）")
        if ahead == 1:
            forms.append(f"聽日（{d}號）")
        if ahead == 2:
            forms.append(f"後日（{d}號）")
    if where == "tw":
        forms += [f"{m}月{d}日(週{week})", f"民國{by.year - 1911}年{m}月{d}日"]
        if d > 12:
            forms.append(f"{m}/{d}（{week}）")
        if _next_week(day, by):
            forms.append(f"下週{week}（{m}月{d}日）")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


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
        "india": f"+91 {r.choice('6789')}{n(1000, 9999)} {n(10000, 99999)}",
        "philippines": f"0917 {n(100, 999)} {n(1000, 9999)}",
        "nigeria": f"+234 80{n(1, 9)} {n(100, 999)} {n(1000, 9999)}",
        "kenya": f"+254 7{n(10, 99)} {n(100, 999)} {n(100, 999)}",
        "vietnam": f"+84 9{n(0, 9)} {n(100, 999)} {n(1000, 9999)}",
        "thailand": f"+66 8{n(1, 9)} {n(100, 999)} {n(1000, 9999)}",
        "hk": f"+852 {r.choice('5679')}{n(100, 999)} {n(1000, 9999)}",
        "tw": f"09{n(10, 99)}-{n(100, 999)}-{n(100, 999)}",
    }.get(where, f"+86 139 {n(1000, 9999)} {n(1000, 9999)}")


def _colleague(r: random.Random, where: str) -> str:
    return r.choice(_COLLEAGUES.get(where, _COLLEAGUES["india"]))


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as an office mail system shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    if who.kind == "supplier":
        forms = (
            [f"{who.short} 業務部", f"{shown}（{who.short}）"]
            if who.zh
            else [f"{who.short} Export Dept.", f"{shown} | {who.short}", f"{who.short} ERP"]
        )
    elif who.zh:
        forms = [f"{who.short} 採購部", f"{shown}（{who.short}）", f"{who.short} Purchasing"]
    else:
        forms = [f"Purchase Dept - {who.short}", f"{shown} | {who.short}", shown.upper()]
    return f"{r.choice(forms)} <{address}"


_DISCLAIMER_EN = (
    "DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended "
    "solely for the addressee. If you are not the intended recipient, please notify the sender "
    "and delete it. Please consider the environment before printing this e-mail."
)
_DISCLAIMER_ZH = (
    "此電子郵件及其附件含機密資料，僅供收件人使用。如誤收本郵件，請即通知寄件者並刪除。"
)


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off in the buyer's office style: titles, mobiles, a colleague noted or in copy,
    a disclaimer or the phone's own line; someone ordering for another says so."""
    where, covering = voice(who), person != who.contact
    phone, other = _phone(r, where), _colleague(r, where)
    if where == "hk":
        sign = r.choice(
            [
                f"{person}\n{who.name}\nTel: 2{r.randint(100, 999)} {r.randint(1000, 9999)}  "
                f"WhatsApp: {phone}\n\n從我的 iPhone 傳送",
                f"Thx\n{person}（{who.short}）\ncc: {other}",
                f"Regards,\n{person}\n{who.name} 採購部\nMobile: {phone}\n\n{_DISCLAIMER_ZH}",
            ]
        )
        return sign + (f"\n（{who.contact}放緊假，呢幾日由我代落單）" if covering else "")
    if where == "tw":
        sign = r.choice(
            [
                f"{person} 敬上\n{who.name} 採購部\nTEL: (02)2{r.randint(100, 999)}-"
                f"{r.randint(1000, 9999)} 分機 {r.randint(10, 39)}\n\n{_DISCLAIMER_ZH}",
                f"感謝您～\n{who.short} {person}\n手機 {phone}",
                f"{person}\n{who.name}\n副本：{other}（會計）",
            ]
        )
        return sign + (f"\n（{who.contact}休假中，由我代為下單）" if covering else "")
    forms = {
        "india": [
            f"Thanks & Regards,\n{person}\nPurchase Executive\n{who.name}\nMob: {phone} | "
            f"Tel: 022-2{r.randint(100, 999)} {r.randint(1000, 9999)}\n\n{_DISCLAIMER_EN}",
            f"Regards,\n{person}\n(Purchase Dept.)\nCC: {other} - Accounts\n\nSent from my iPhone",
        ],
        "philippines": [
            f"Thank you and God bless,\n{person}\nPurchasing Assistant | {who.name}\nMobile: "
            f"{phone}\nNoted by: {other}, Purchasing Supervisor",
            f"Best regards,\n{person}\n{who.short}\n\nSent from my iPhone",
        ],
        "nigeria": [
            f"Yours faithfully,\nFor: {who.name}\n{person}\nProcurement Officer\n{phone}",
            f"Best Regards,\n{person}\n{who.short} | Procurement\n\nSent from my iPhone",
        ],
        "kenya": [
            f"Kind Regards,\n{person}\nProcurement | {who.name}\nCell: {phone}\nP.O. Box "
            f"{r.randint(10000, 99999)}-00100, Nairobi\n\n{_DISCLAIMER_EN}",
            f"Regards,\n{person}\ncc: {other} (Stores)",
        ],
        "vietnam": [
            f"Best regards,\n{person} (Ms.)\nPurchasing Dept. | {who.name}\nTel: +84 28 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} Ext. {r.randint(100, 199)}\n"
            f"Hotline: {phone}",
            f"Thanks and best regards,\n{person}\n{who.short}",
        ],
        "thailand": [
            f"Best Regards,\n{person}\nPurchasing Officer\n{who.name}\nMobile: {phone}\n"
            f"Approved by: K. {other}",
            f"Thank you ka,\n{person}\n{who.short}\n\nSent from my iPhone",
        ],
    }.get(where, [])
    sign = r.choice(forms or [f"Regards,\n{person}\n{who.name}"])
    return sign + (f"\n(on behalf of {who.contact}, who is on leave)" if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    where = voice(who)
    if where == "hk_house":
        return r.choice(
            [
                f"{person}\n{who.name} 營業部\nTel: +852 2{r.randint(100, 999)} "
                f"{r.randint(1000, 9999)}\n\n{_DISCLAIMER_ZH}",
                f"{who.short} {person}\n從我的 iPhone 傳送",
            ]
        )
    if where == "tw_maker":
        return r.choice(
            [
                f"{who.name} 業務部 {person}\n本郵件由系統自動發送，請勿直接回覆。",
                f"{person} 敬上\n{who.name}\nTEL: (04)2{r.randint(100, 999)}-"
                f"{r.randint(1000, 9999)}",
            ]
        )
    if where == "factory":
        return r.choice(
            [
                f"Best regards,\n{person} (Sales Manager, Export Dept.)\n{who.name}\nMob/WeChat/"
                f"WhatsApp: {_phone(r, 'factory')}\nAdd: No. {r.randint(8, 188)} Industrial Road,"
                f" Jinjiang, Fujian, China",
                f"Thanks & best regards\n{person}\n{who.short} | Export Sales",
            ]
        )
    if where == "erp":
        return r.choice(
            [
                f"This document was generated by {who.name}'s order system and needs no "
                f"signature. Queries: {person}.\n\n{_DISCLAIMER_EN}",
                f"-- {who.short} Customer Service (auto-notice) | contact: {person}",
            ]
        )
    return r.choice([f"{person}\n\nSent from my iPhone", f"cheers\n{person} | {who.short}"])


# --- order lines -------------------------------------------------------------------------------


def _pieces(it: Item) -> tuple[str, str, tuple[str, ...]]:
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


def _line_en(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A line in office English as a second language: figures, ctn and nos, 2x and x2."""
    q, pack, base = it.quantity, it.pack, it.base
    short, long, _ = _pieces(it)
    if it.variant == "case":
        forms = [
            f"{base} - {q} ctn",
            f"{q} ctns {base}",
            f"{q} x {base} (ctn of {pack})",
            f"{base} x{q} cartons",
            f"{q}x carton {base}",
            f"{base} {q} CS",
            f"{words(q)} ({q}) cartons of {base}",
            f"{base} - {q} ctn ({q * pack} {short})",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{base} Family Size - {q} {short}",
            f"{q} x {base} family pack",
            f"{base} (family size) x{q}",
            f"{q}x family size {base}",
        ]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{base} - {q} {short}", line_gold(it)),
        (f"{q} pcs {base}", line_gold(it)),
        (f"{base} x {q} {long}", line_gold(it)),
        (f"{q}x {base} (single {short})", line_gold(it)),
        (f"{base} {q} nos", line_gold(it)),
    ]
    if _dozens(it):
        pieces.append((f"{q // 12} doz {base.lower()}", _dozen_gold(it)))
    if q == 6:  # half a dozen cannot be whole cases
        pieces.append((f"half a dozen {base.lower()}", line_gold(it)))
    return r.choice(pieces)


def _line_spoken(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A line as dictation writes it: all lower case, every number a word."""
    q, low = it.quantity, it.base.lower()
    _, long, _ = _pieces(it)
    if it.variant == "case":
        unit = "case" if q == 1 else "cases"
        forms = [
            f"{words(q)} {unit} of {low}",
            f"{words(q)} cartons of {low}",
            f"{low} {words(q)} {unit}",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [f"{words(q)} family size {low}", f"{words(q)} of the family size {low}"]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{words(q)} {long} of {low}", line_gold(it)),
        (f"{words(q)} single {long} of {low}", line_gold(it)),
    ]
    if _dozens(it):
        pieces.append((f"{words(q // 12)} dozen {low}", _dozen_gold(it)))
    return r.choice(pieces)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A line in traditional Chinese: 箱 for cartons, the goods' own measure word for pieces."""
    q, pack, base = it.quantity, it.pack, trad(it.base_zh)
    n, unit = _zh_count(r, q), r.choice(_pieces(it)[2])
    if it.variant == "case":
        forms = [
            f"{base} {n}箱",
            f"{n}箱{base}",
            f"{base}（{pack}{unit}裝）{n}箱",
            f"{trad(it.name_zh)} x{q}箱",
            f"{base}：{n}件（每件{pack}{unit}）",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [f"{base}家庭裝 {n}{unit}", f"家庭裝{base} x{q}", f"{base}（家庭裝）{n}份"]
        return r.choice(forms), line_gold(it)
    pieces = [
        (f"{base} {n}{unit}", line_gold(it)),
        (f"散裝{base} {n}{unit}", line_gold(it)),
        (f"{base}{n}{unit}（散裝）", line_gold(it)),
        (f"{base} {q}pcs", line_gold(it)),
    ]
    if _dozens(it):
        pieces.append((f"{base}{zh_num(q // 12)}打", _dozen_gold(it)))
    return r.choice(pieces)


def _line_mixed(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A Hong Kong buyer naming the goods in English inside a Chinese line."""
    q, base = it.quantity, it.base
    n, unit = _zh_count(r, q), r.choice(_pieces(it)[2])
    if it.variant == "case":
        forms = [f"{base} {n}箱", f"{n}箱 {base}", f"{base} {q} ctn"]
    elif it.variant == "family":
        forms = [f"{base} 家庭裝 {n}{unit}", f"{base} family size {n}{unit}"]
    else:
        forms = [f"{base} {n}{unit}", f"{base} {q}pcs 散裝"]
    return r.choice(forms), line_gold(it)


def _po_row(r: random.Random, it: Item, zh: bool) -> str:
    """A row of a purchase-order document: the catalogue name, the quantity, the unit."""
    if zh:
        unit = "箱" if it.variant == "case" else r.choice(_pieces(it)[2])
        return f"{trad(it.name_zh)} | {it.quantity} | {unit}"
    if it.variant == "case":
        unit = r.choice(["CTN", "CS", "CASE"])
    else:
        unit = r.choice(["PCS", "EA", _pieces(it)[0].upper()])
    return f"{it.name.upper()} | {it.quantity} | {unit}"


def _qty_x_row(r: random.Random, it: Item) -> str:
    """A "Qty UOM x Item" row from an accounts clerk's system."""
    if it.variant == "case":
        unit = r.choice(["CTN", "CS"])
    else:
        unit = r.choice(["PCS", "EA"] + (["BTL"] if _pieces(it)[0] == "btl" else []))
    return f"{it.quantity} {unit} x {it.name.upper()}"


def is_po(texts: list[str]) -> bool:
    """Whether the lines are rows of a purchase-order document (no written line has them)."""
    return all(_PIPE_ROW.match(t) for t in texts) or all(_QTY_X_ROW.match(t) for t in texts)


def is_spoken(texts: list[str]) -> bool:
    """Whether the lines were dictated: plain lower-case English with no figure at all."""
    return all(t.isascii() and not re.search(r"\d", t) and t == t.lower() for t in texts)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words: a purchase order's rows now and then, a
    dictated order (English only) now and then. Returns (texts, gold lines, language)."""
    lang = "zh" if zh else "en"
    roll = r.random()
    if roll < (0.22 if mode == "email" else 0.05):
        if zh or r.random() < 0.6:
            rows = [_po_row(r, it, zh) for it in items]
        else:
            rows = [_qty_x_row(r, it) for it in items]
        return rows, [line_gold(it) for it in items], lang
    spoken = not zh and roll > (0.85 if mode == "email" else 0.7)
    texts, golds = [], []
    for it in items:
        if spoken:
            text, gold = _line_spoken(r, it)
        elif zh and r.random() < 0.2:
            text, gold = _line_mixed(r, it)
            lang = "mixed"
        else:
            text, gold = _line_zh(r, it) if zh else _line_en(r, it)
        texts.append(text)
        golds.append(gold)
    return texts, golds, lang


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer revises a carton figure in the list and says what it read before:
    rewrites that line and returns the note it carries, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or is_po(texts) or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    it = items[i]
    before = it.quantity + r.choice([1, 2, 3, 6])
    if zh:
        note = r.choice([f"（頭先講錯咗{before}箱，而家改返）", f"（更正：原本寫{before}箱）"])
    elif is_spoken(texts):
        note = f"not {words(before)} cases"
    else:
        note = r.choice(
            [
                f"(revised - earlier mail said {before} ctn)",
                f"<-- pls note qty changed from {before} ctn",
                f"(kindly ignore the {before} cases in my previous mail)",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    if zh:
        style = r.choice(["num", "wide", "dot", "plain"])
        if style == "num":
            return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
        if style == "wide":
            return "\n".join(f"{wide(str(i))}．{t}" for i, t in enumerate(texts, 1))
        if style == "dot":
            return "\n".join(f"・{t}" for t in texts)
        return "\n".join(texts)
    style = r.choice(["paren", "num", "dash", "bullet"])
    if style == "paren":
        return "\n".join(f"{i}) {t}" for i, t in enumerate(texts, 1))
    if style == "num":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if style == "dash":
        return "\n".join(f"- {t}" for t in texts)
    return "\n".join(f"• {t}" for t in texts)


def _po_table(texts: list[str], zh: bool) -> str:
    if all(_QTY_X_ROW.match(t) for t in texts):
        return "\n".join(texts)
    head = "項目 | 品名 | 數量 | 單位" if zh else "S/N | Item Description | Qty | UOM"
    return "\n".join([head, *(f"{i} | {t}" for i, t in enumerate(texts, 1))])


# --- customers ---------------------------------------------------------------------------------


def _po_document(
    r: random.Random, who: Party, ref: str, texts: list[str], sign: str, dates: tuple[date, date]
) -> tuple[str, str]:
    """A purchase order pasted into the mail by procurement or accounts staff, its dates as
    the system prints them."""
    day, due = dates
    table = _po_table(texts, who.zh)
    other = _colleague(r, voice(who))
    if who.zh:
        return f"採購單 {ref}", (
            f"您好，\n附上本公司採購單，請查收。\n\n採購單 PURCHASE ORDER\n單號：{ref}\n"
            f"下單日期：{day.year}/{day.month:02d}/{day.day:02d}\n"
            f"交貨日期：{due.year}/{due.month:02d}/{due.day:02d}\n\n{table}\n\n"
            f"送貨時請附送貨單，並於箱頭註明單號。\n核准：{other}\n\n{sign}"
        )
    terms = r.choice(["30 days from invoice", "Net 45", "COD"])
    subject = r.choice([f"PO {ref}", f"Purchase Order No. {ref}", f"PO# {ref} - {who.short}"])
    return subject, r.choice(
        [
            f"Dear Sir/Madam,\n\nPlease find below our Purchase Order. Kindly acknowledge.\n\n"
            f"PURCHASE ORDER\nPO No.: {ref}\nPO Date: {day:%d-%b-%Y}\n"
            f"Delivery Date: {due:%d-%b-%Y}\n"
            f"Vendor: Lotus Harbor Trading Co.\n\n{table}\n\nPayment Terms: {terms}\n"
            f"Prepared by: {who.contact}    Approved by: {other}\n\n{sign}",
            f"Hi,\n\nPO {ref} generated from our system, details as under:\n\n{table}\n\n"
            f"Required delivery date: {due:%d %B %Y}\nPls quote the PO number on your invoice and "
            f"delivery note.\n\n{sign}",
        ]
    )


def _spoken_order(
    r: random.Random, who: Party, ref: str, texts: list[str], day_said: str, sign: str
) -> tuple[str, str]:
    """A dictated order: the lines run on one line, punctuation said or not."""
    literal = r.random() < 0.5
    comma, stop = (" comma ", " period") if literal else (", ", ".")
    run = comma.join(texts)
    first = who.contact.split()[0].lower()
    body = r.choice(
        [
            f"hi this is {first} from {who.short.lower()}{stop} please send {run} for "
            f"{day_said}{stop} order number {ref}{stop} thank you",
            f"good morning{comma}order {ref}{comma}{run}{comma}delivery on {day_said}{stop} thanks",
            f"{run} all for {day_said}{stop} reference {ref}{stop} call me if any problem",
        ]
    )
    return r.choice([f"Order {ref}", f"order {ref}", f"New order {ref}"]), f"{body}\n\n{sign}"


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in the buyer's voice; a purchase order pasted as a
    document, or a dictated order on one line."""
    day, due = dates
    if is_po(texts):
        return _po_document(r, who, ref, texts, sign, dates)
    if is_spoken(texts):
        return _spoken_order(r, who, ref, texts, spoken_day(due), sign)
    listing = _listing(r, texts, who.zh)
    where = voice(who)
    if who.zh:  # the day in the writer's own Hong Kong or Taiwanese way
        by = zh_day(r, day, due, where)
    if where == "hk":
        subject = r.choice([f"訂單 {ref}", f"{who.short} 落單 {ref}", f"PO {ref} 唔該跟進"])
        return subject, r.choice(
            [
                f"Hi Grace，\n\n唔該幫手安排以下貨品，{by}前送到：\n{listing}\n\n我哋嘅單號係"
                f" {ref}，箱頭麻煩寫埋單號。\n唔該晒！\n\n{sign}",
                f"你好，\n以下係我哋今個禮拜嘅 order（{ref}）：\n{listing}\n{by}送貨，"
                f"送嚟之前打個電話畀我哋先。\n\n{sign}",
                f"Hello，\n{ref}：\n{listing}\n\n麻煩{by}送到，貨到咗我哋會即刻check。"
                f"有咩問題WhatsApp我。\n\n{sign}",
            ]
        )
    if where == "tw":
        subject = r.choice([f"訂單 {ref}", f"叫貨單 {ref}", f"【{who.short}】訂貨 {ref}"])
        return subject, r.choice(
            [
                f"您好，\n\n麻煩幫我們出以下的貨，訂單編號 {ref}：\n{listing}\n\n交期：{by}\n"
                f"再請協助確認，謝謝！\n\n{sign}",
                f"Hi，這次叫貨如下（單號{ref}）：\n{listing}\n請於{by}前送達，感恩🙏\n\n{sign}",
            ]
        )
    inline = "; ".join(texts)
    bodies = {
        "india": [
            f"Dear Sir/Madam,\n\nGreetings from {who.short}!\n\nPFB the order details for "
            f"your kind perusal and needful:\n\n{listing}\n\nKindly arrange the delivery on or "
            f"before {by} on urgent basis. PO No. {ref} may please be quoted in the invoice.\n"
            f"Kindly revert with the confirmation at the earliest.\n\n{sign}",
            f"Hi Team,\n\nPls arrange below material against our PO {ref}:\n{listing}\n\n"
            f"Delivery required by {by}. Do the needful and revert.\n\n{sign}",
            f"Respected Sir,\n\nAs discussed over phone with your good self, we are placing "
            f"order vide PO No. {ref} for the following:\n{listing}\n\nMaterial required on "
            f"{by}. Please send the same along with tax invoice.\n\n{sign}",
        ],
        "philippines": [
            f"Good day!\n\nMay we request for the following items for delivery on {by}:\n"
            f"{listing}\n\nPO#: {ref}\n\nKindly confirm upon receipt. Thank you and God bless!"
            f"\n\n{sign}",
            f"Hi Ma'am/Sir,\n\nPlease see below our order, {ref}. Kindly deliver on {by} "
            f"before 3PM as our receiving is until 3PM only.\n\n{listing}\n\nThank you po!\n\n"
            f"{sign}",
        ],
        "nigeria": [
            f"Good morning Sir,\n\nTrust this meets you well.\n\nKindly find below our order "
            f"with PO No. {ref}:\n{listing}\n\nWe will appreciate delivery latest {by}.\n\n"
            f"Thanks for your usual cooperation.\n\n{sign}",
            f"Dear Sir,\n\nRE: SUPPLY OF ITEMS - PO {ref}\n\nWe write to request the supply of"
            f" the under-listed items:\n{listing}\n\nDelivery is expected on or before {by}. "
            f"Please treat as urgent.\n\n{sign}",
        ],
        "kenya": [
            f"Dear Sir/Madam,\n\nRefer to the above subject. We wish to place an order as "
            f"follows:\n{listing}\n\nDelivery to be effected by {by}. Our LPO No. is {ref}.\n\n"
            f"{sign}",
            f"Hallo Emma,\n\nHope you are well. Kindly supply {inline} against LPO {ref}, "
            f"delivery {by}.\n\nAsante,\n{sign}",
        ],
        "vietnam": [
            f"Dear Sir,\n\nWe would like to order as below. Please help to deliver before "
            f"{by}.\n{listing}\n\nOur PO: {ref}\n\nPlease help to confirm. Thank you so much!\n\n"
            f"{sign}",
            f"Dear anh/chị,\n\nPlease kindly arrange goods for PO {ref}:\n{listing}\nDelivery "
            f"date: {by}\n\nMany thanks,\n{sign}",
        ],
        "thailand": [
            f"Dear Khun Emma,\n\nPlease arrange the order as below na ka.\n\nPO: {ref}\n"
            f"{listing}\n\nDelivery: {by}\n\nThank you very much ka.\n\n{sign}",
            f"Dear Sales team,\n\nWe would like to purchase following items (PO {ref}):\n"
            f"{listing}\nPlease deliver within {by}. If any item out of stock please inform us "
            f"first.\n\n{sign}",
        ],
    }
    subjects = [f"PO {ref}", f"Order - {who.short} - {ref}", f"Purchase Order {ref} - Urgent"]
    if where == "kenya":
        subjects.append(f"LPO {ref}")
    return r.choice(subjects), r.choice(bodies[where])


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague sending the order on under an Outlook header, other people in copy."""
    at = f"{r.randint(8, 11)}:{r.randint(10, 59)}"
    domain = who.email.rpartition("@")[2]
    other = _colleague(r, voice(who))
    if who.zh:
        note = r.choice(
            [
                f"Grace，呢張單之前send錯咗去舊 email，而家轉發畀你，唔該跟進。\n{person}",
                f"轉寄給您，麻煩協助處理，謝謝。\n{person}",
            ]
        )
        head = (
            f"-----Original Message-----\n寄件者: {who.contact} <{who.email}>\n寄件日期: "
            f"{day.year}年{day.month}月{day.day}日 星期{_ZH_WEEK[day.weekday()]} 上午{at}\n"
            f"收件者: {OUR_DESK}\n副本: {other}\n主旨: {subject}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    note = {
        "india": f"Dear Team,\n\nPFB the trailing mail for your necessary action.\n\nRegards,\n"
        f"{person}",
        "philippines": f"FYI po, kindly process. Thanks! -{person}",
    }.get(voice(who), f"Forwarded for your necessary action please.\n{person}")
    local = other.lower().replace("mrs. ", "").replace("ma. ", "").replace(" ", ".")
    head = (
        f"________________________________\nFrom: {who.contact} <{who.email}>\nSent: "
        f"{day:%A}, {day:%B} {day.day}, {day.year} {at} AM\nTo: {OUR_DESK}\n"
        f"Cc: {other} <{local}@{domain}>\nSubject: {subject}"
    )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note quoted below the answer: the last delivery, its own carton count and
    day, clearly the older message, no goods named."""
    before = day - timedelta(days=r.randint(3, 9))
    done = before - timedelta(days=r.randint(1, 3))
    cartons = r.randint(6, 40)
    if who.zh:
        return (
            f"\n\n-----原始郵件-----\n寄件者: {OUR_DESK}\n寄件日期: {before.year}年{before.month}"
            f"月{before.day}日\n主旨: 送貨安排\n\n你好，上一張單（共{cartons}箱）已於{done.month}月"
            f"{done.day}日送到，多謝惠顧。如有需要請隨時聯絡我哋。"
        )
    if r.random() < 0.5:
        return (
            f"\n\nOn {before:%a}, {before.day} {before:%b} {before.year} at 10:{r.randint(10, 59)}"
            f", {OUR_DESK} wrote:\n> Dear {who.contact.split()[0]},\n> Your last delivery "
            f"({cartons} cartons) went out on {done:%d %b}. Kindly sign the DO and send it back.\n"
            "> Thanks, Emma"
        )
    return (
        f"\n\n-----Original Message-----\nFrom: {OUR_DESK}\nSent: {before:%A, %B} {before.day}, "
        f"{before.year}\nTo: {who.contact}\nSubject: Delivery note\n\nDear Sir/Madam,\nYour "
        f"previous order ({cartons} cartons) was delivered on {done:%d %B}. Please find the "
        "delivery note attached.\nRegards, Lotus Harbor Sales"
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """An order by WhatsApp or LINE in the buyer's voice; a dictated one on one line."""
    where = voice(who)
    if is_po(texts):
        rows = _po_table(texts, who.zh)
        if where == "hk":
            return f"{ref} 張單 copy 畀你：\n{rows}\n{by}送，唔該"
        if where == "tw":
            return f"{ref} 採購單如下：\n{rows}\n交期{by}，謝謝"
        return f"PO {ref} from our system pls:\n{rows}\nDelivery {by}"
    if is_spoken(texts):
        intro = (
            f"hi this is {who.contact.split()[0].lower()} from {who.short.lower()} "
            if first
            else ""
        )
        return f"{intro}order {ref} {' comma '.join(texts)} for {by} period thank you"
    if where == "hk":
        intro = f"Hi，我係{who.short}嘅{who.contact}。" if first else ""
        return r.choice(
            [
                f"{intro}{ref} 唔該幫手送：\n" + "\n".join(texts) + f"\n{by}到，唔該晒🙏",
                f"{intro}Grace早晨！{ref}：{'，'.join(texts)}。{by}送得唔得？",
            ]
        )
    if where == "tw":
        intro = f"您好～我是{who.short}的{who.contact}，" if first else ""
        return r.choice(
            [
                f"{intro}{ref} 這張單麻煩：\n" + "\n".join(texts) + f"\n{by}送到，謝謝🙏",
                f"{intro}單號{ref}，{'、'.join(texts)}，{by}前到貨可以嗎？感謝～",
            ]
        )
    intro = (
        {
            "india": f"Good morning Sir, this is {who.contact} from {who.short}. ",
            "philippines": f"Hi po, {who.contact} of {who.short} here. ",
            "nigeria": f"Good afternoon, {who.contact} from {who.short}. ",
            "kenya": f"Hallo, it's {who.contact} ({who.short}). ",
            "vietnam": f"Hello, I am {who.contact} from {who.short}. ",
            "thailand": f"Sawasdee ka, {who.contact} from {who.short}. ",
        }[where]
        if first
        else ""
    )
    listing = "\n".join(texts)
    return r.choice(
        [
            f"{intro}Pls send for PO {ref}:\n{listing}\nDelivery {by}. Kindly confirm 🙏",
            f"{intro}Order {ref} - {', '.join(texts)} - needed {by} pls",
            f"{intro}{ref}\n{listing}\n{by} ok? thank you",
        ]
    )


def _region(who: Party) -> str:
    """The buyer's side of the world for the short notes: the two West and East African voices
    share their business English, as do the Vietnamese and Thai offices."""
    where = voice(who)
    return {"nigeria": "africa", "kenya": "africa", "vietnam": "mekong", "thailand": "mekong"}.get(
        where, where
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cartons to the order just sent."""
    q, region = it.quantity, _region(who)
    if region == "hk":
        return r.choice(
            [
                f"唔該加多{_zh_count(r, q)}箱{trad(it.base_zh)}，同頭先嗰張單一齊送",
                f"Sorry 漏咗：{it.base} {q}箱，一齊送",
            ]
        )
    if region == "tw":
        return f"不好意思再追加{trad(it.base_zh)}{_zh_count(r, q)}箱，跟剛剛那張一起出貨就好，謝謝"
    forms = {
        "india": [
            f"Sir pls add {q} ctn {it.base} also in same order",
            f"Pls include {it.base} {q} ctn in the above PO itself",
        ],
        "philippines": [
            f"+ {it.base} x{q} ctn pls, same delivery po",
            f"Add ko lang po {q} cases {it.base}, same delivery. Thanks!",
        ],
        "africa": [
            f"Please add {words(q)} ({q}) cartons of {it.base} to the order. Thanks",
            f"Kindly add {q} ctns {it.base} to the same order",
        ],
        "mekong": [
            f"Please help to add {q} cartons {it.base} to this order, thank you",
            f"Add more {q} ctn {it.base} na ka, same delivery",
        ],
    }[region]
    forms.append(f"also add {words(q)} cases of {it.base.lower()} to that order period")
    return r.choice(forms)


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q, region = it.quantity, _region(who)
    if region == "hk":
        return f"{ref} 改單", (
            f"你好，{ref}嗰張單，{trad(it.base_zh)}改做{_zh_count(r, q)}箱（原本{old}箱），"
            "其他唔變，唔該。"
        )
    if region == "tw":
        return f"訂單{ref}修改", (
            f"您好，訂單{ref}修改：{trad(it.base_zh)}由{old}箱改為{q}箱，其餘品項不變，麻煩了。"
        )
    forms = {
        "india": [
            (
                f"Revised PO {ref}",
                f"Dear Sir,\n\nPlease note the revision in our PO {ref}: {it.base} qty to be "
                f"read as {q} ctn instead of {old} ctn. Rest all items remain same.\n\nKindly do"
                " the needful.",
            )
        ],
        "philippines": [
            (
                f"Change of qty - {ref}",
                f"Hi, may we request to change the qty of {it.base} in PO# {ref} from {old} to "
                f"{q} cases po. Thank you!",
            )
        ],
        "africa": [
            (
                f"AMENDMENT TO ORDER {ref}",
                f"Kindly amend our order {ref}: {it.base} should now be {words(q)} ({q}) "
                f"cartons, not {old}. Other items remain unchanged.",
            )
        ],
        "mekong": [
            (
                f"Update PO {ref}",
                f"Dear Sir,\nPlease help to update PO {ref}: {it.base} change to {q} cartons "
                f"(before we order {old} cartons). Other items no change. Thank you!",
            )
        ],
    }[region]
    forms.append(
        (
            f"PO CHANGE NOTICE {ref}",
            f"PO CHANGE NOTICE\nPO No.: {ref}\nItem: {it.name.upper()}\nOld Qty: {old} CTN\n"
            f"New Qty: {q} CTN\nReason: revised requirement",
        )
    )
    return r.choice(forms)


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    region = _region(who)
    if region == "hk":
        return f"取消 {number}", f"你好，{number} 張單唔要住，唔該幫手取消咗佢，唔好意思。"
    if region == "tw":
        return f"取消訂單 {number}", f"您好，訂單{number}請幫忙取消，造成不便很抱歉。"
    return {
        "india": (
            f"Cancellation of order {number}",
            f"Dear Sir,\n\nKindly cancel the captioned order {number} as the requirement is no "
            "longer there. Sorry for the inconvenience. Pls revert with confirmation.",
        ),
        "philippines": (
            f"Cancel {number}",
            f"Hi, we would like to cancel our order {number} po. Sorry for the abala!",
        ),
        "africa": (
            f"RE: ORDER {number} - CANCELLATION",
            f"Please be informed that our order {number} is hereby cancelled due to a change in"
            " plans. Kindly acknowledge.",
        ),
        "mekong": (
            f"Cancel order {number}",
            f"Dear Sir, sorry we need to cancel order {number}, our customer cancel the event. "
            "Please help to confirm the cancellation. Thank you.",
        ),
    }[region]


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q, region = it.quantity, _region(who)
    if region in ("hk", "tw"):
        name = trad(it.base_zh)
        if region == "hk":
            return f"問價 {name}", (
                f"你好，想問下{name}有冇貨？{_zh_count(r, q)}箱大概幾錢？問價先，未落單住。"
            )
        return f"詢價：{name}", (
            f"您好，請問{name}目前有庫存嗎？{q}箱的報價是多少？先詢價，還沒有要下單，謝謝。"
        )
    return {
        "india": (
            f"Enquiry - {it.base}",
            f"Dear Sir,\n\nPls quote your best rate for {it.base}, approx {q} ctn. This is for "
            "our budgeting only, not a confirmed order. Kindly revert with price and "
            "availability.",
        ),
        "philippines": (
            f"Price inquiry: {it.base}",
            f"Hi, may we know the price and availability of {it.base}? We are canvassing for "
            f"around {q} cases. Thank you po.",
        ),
        "africa": (
            f"REQUEST FOR QUOTATION - {it.base.upper()}",
            f"Please send us your quotation (proforma invoice) for {words(q)} ({q}) cartons of "
            f"{it.base}. Kindly note this is not an order yet.",
        ),
        "mekong": (
            f"Ask price {it.base}",
            f"Dear Sir, could you please send us the price of {it.base} if we buy {q} cartons? "
            "We only check price first, not order yet.",
        ),
    }[region]


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    region = _region(who)
    if region == "hk":
        return f"{number}張單講好{due.month}月{due.day}號到，到而家都未收到貨，唔該check下。"
    if region == "tw":
        return f"您好，訂單{number}原訂{due.month}月{due.day}日到貨，目前還沒收到，麻煩幫忙查一下。"
    return {
        "india": f"Dear Sir, our order {number} was due on {due.day}{_suffix(due.day)} "
        f"{due:%B} but till date material not received. Pls update the status on urgent basis.",
        "philippines": f"Hi, follow up lang po on order {number}, it was supposed to be "
        f"delivered last {due:%B} {due.day}. Until now we have not received it.",
        "africa": f"Good day, we are yet to receive order {number} which was due since "
        f"{due:%d %b}. Kindly expedite.",
        "mekong": f"Dear Sir, order {number} should arrive on {due.day} {due:%B} but until now "
        "we still not receive. Please help to check urgently.",
    }[region]


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    """When the buyer's accounts will pay, in the words of a remittance or payment advice."""
    region = _region(who)
    if region == "hk":
        return f"{number}嗰筆{amount}，我哋{on.month}月{on.day}號會過數，唔好意思遲咗。"
    if region == "tw":
        return f"發票{number}的款項{amount}，我們預計{on.month}月{on.day}日匯款，不好意思拖延了。"
    said = {
        "india": f"Dear Sir, pls note the payment of {amount} against invoice {number} will be "
        f"released on {on.day}{_suffix(on.day)} {on:%B}. UTR will be shared once done.",
        "philippines": f"Good day! Please be informed that payment for {number} amounting to "
        f"{amount} is scheduled for release on {on:%B} {on.day}, {on.year}. Kindly send the "
        "official receipt once received.",
        "africa": f"We wish to inform you that the sum of {amount} for invoice {number} will be"
        f" paid by transfer on {on.day} {on:%B}. Kindly bear with us.",
        "mekong": f"Dear Sir, sorry for late payment. We will transfer {amount} for invoice "
        f"{number} on {on.day} {on:%B}, please kindly check.",
    }[region]
    advice = (
        f"PAYMENT ADVICE\nInvoice: {number}\nAmount: {amount}\nMode: bank transfer\n"
        f"Value date: {on:%d-%b-%Y}\n(payment scheduled, not yet remitted)"
    )
    return r.choice([said, said, advice])


# --- suppliers ---------------------------------------------------------------------------------


def _oracle(d: date) -> str:
    """An ERP's date: 15-MAR-2026."""
    return f"{d.day:02d}-{d:%b}-{d.year}".upper()


def _roc(d: date) -> str:
    """A Taiwanese form's date in the Republic's years, with the year spelt out."""
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    where = voice(who)
    if where == "hk_house":
        name = trad(product)
        return f"價格調整通知：{name}", (
            f"敬啟者：\n因原材料及運費上升，{name}由{on.year}年{on.month}月{on.day}日起由 {old} "
            f"調整至 {new}。之前已確認嘅訂單照舊價處理。多謝支持！"
        )
    if where == "tw_maker":
        return f"【價格異動通知】{trad(product)}", (
            f"【價格異動通知】\n品名：{trad(product)}\n原價：{old}\n新價：{new}\n生效日：{_roc(on)}"
        )
    if where == "factory":
        return f"Price adjustment notice - {product}", (
            f"Dear friend,\n\nHope you are doing well.\n\nDue to the rising raw material cost "
            f"and the RMB exchange rate, we have to adjust the price of {product} from {old} to"
            f" {new}, effective from {on:%B} {on.day}, {on.year}. Orders confirmed before this "
            "date keep the old price.\n\nThanks for your kind understanding and continuous "
            "support!"
        )
    if where == "erp":
        return f"Price list update {_oracle(on)}", (
            f"PRICE LIST UPDATE\nDocument: PL-{on.year}-{r.randint(100, 999)}\nItem: {product}\n"
            f"Old unit price: {old}\nNew unit price: {new}\nEffective date: {_oracle(on)}"
        )
    return f"{product} going up", (
        f"heads up - {product} goes to {new} from {old}, from {on:%a} {on.day} {on:%b}. Mill "
        "pushed it through, nothing I can do."
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d, where = new_date, voice(who)
    if where == "hk_house":
        return f"{number} 交貨延遲", (
            f"你好，貴公司訂單 {number} 嘅貨因為船期延誤要遲啲，改咗{d.month}月{d.day}號"
            "送到貴公司倉，唔好意思。"
        )
    if where == "tw_maker":
        return f"交期變更通知 {number}", (
            f"您好，貴公司訂單{number}因原料延遲到廠，交期調整為{_roc(d)}到貨，造成不便敬請見諒。"
        )
    if where == "factory":
        return f"Your PO {number} - new delivery date", (
            f"Dear friend,\n\nSorry to inform you that due to power rationing in our area, the "
            f"production of your PO {number} is delayed. The goods will now reach your "
            f"warehouse on {d:%B} {d.day}, {d.year}. We are very sorry for the inconvenience and"
            " will push the workshop to finish asap."
        )
    if where == "erp":
        return f"Dispatch advice (revised) - {number}", (
            f"DISPATCH ADVICE - REVISED\nCustomer PO: {number}\nStatus: RESCHEDULED\n"
            f"New delivery date: {_oracle(d)}\nReason: carrier capacity"
        )
    return f"{number}", f"{number} - boat's been pushed, now with you {d:%a} {d.day} {d:%b}."


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    where = voice(who)
    if where == "hk_house":
        return f"收到訂單 {number}", (
            f"你好，{number}收到，會安排{ship.month}月{ship.day}號送到，多謝惠顧。"
        )
    if where == "tw_maker":
        return f"訂單確認 {number}", (
            f"訂單確認通知\n貴公司訂單：{number}\n狀態：已接單\n預定到貨日：{ship.year}/"
            f"{ship.month:02d}/{ship.day:02d}"
        )
    if where == "factory":
        return f"RE: PO {number}", (
            f"Dear friend,\n\nWell received your PO {number}, kindly noted with thanks. The "
            f"goods will be delivered to your warehouse on {ship.day} {ship:%b} {ship.year}. "
            "We will send the packing list once the goods leave our factory."
        )
    if where == "erp":
        return f"Order response {number}", (
            f"ORDER RESPONSE\nYour PO: {number}\nOur SO: SO-{r.randint(40000, 49999)}\nStatus: "
            f"ACCEPTED - all lines\nConfirmed delivery date: {_oracle(ship)}"
        )
    return (
        f"{number} ok",
        f"{number} booked with the mill, delivery {ship:%a} {ship.day} {ship:%b}.",
    )


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    where = voice(who)
    if where == "hk_house":
        return f"發票 {ref}", (
            f"你好，附上訂單 {number} 嘅發票 {ref}，金額 {total}，請於{due.month}月{due.day}號"
            "前過數，唔該。"
        )
    if where == "tw_maker":
        return f"請款通知 {ref}", (
            f"請款通知\n發票號碼：{ref}\n貴公司訂單：{number}\n金額：{total}\n付款期限：{_roc(due)}"
        )
    if where == "factory":
        return f"Commercial invoice {ref} / PO {number}", (
            f"Dear friend,\n\nAttached pls find the commercial invoice {ref} for your PO "
            f"{number}, total amount {total}. Kindly arrange the payment before {due:%B} "
            f"{due.day}, {due.year}. Our bank information is the same as before."
        )
    if where == "erp":
        return f"Invoice {ref}", (
            f"INVOICE\nInvoice No.: {ref}\nCustomer PO: {number}\nInvoice total: {total}\n"
            f"Payment due: {_oracle(due)}"
        )
    return f"inv {ref}", f"Inv {ref} for {number}, {total}, due {due:%a} {due.day} {due:%b}. ta"


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    where = voice(who)
    if where == "hk_house":
        return f"{number} 缺貨", (
            f"你好，{trad(product)}暫時斷貨，{number}會先送其他貨，{trad(product)}到貨再補送，"
            "唔好意思。"
        )
    if where == "tw_maker":
        return f"缺貨通知 {number}", (
            f"缺貨通知\n貴公司訂單：{number}\n缺貨品項：{trad(product)}\n處理方式：先出其餘品項，"
            "缺貨部分到貨後補出"
        )
    if where == "factory":
        return f"PO {number} - shortage", (
            f"Dear friend,\n\nSorry that the {product} is out of stock now because the packing "
            f"material is late. For your PO {number} we will ship the other items first, the "
            f"balance of {product} will follow in next shipment. Hope you can understand."
        )
    if where == "erp":
        return f"Short shipment advice - {number}", (
            f"SHORT SHIPMENT ADVICE\nCustomer PO: {number}\nItem: {product}\nShipped: partial\n"
            "Backorder: balance to follow"
        )
    return f"{number} short", f"No {product} this week, {number} goes without it, rest to follow."
