"""The demo inbox's ninth set of phrasings, written blind by a sixth hand: institutional and
corporate buyers (school and hospital kitchens, airline and event caterers, staff canteens,
office managers, hotel groups' central purchasing) with their formal letters, filled-in order
forms, cost centres, dock instructions and approvers; trading companies in Singapore and
Malaysia writing English and Chinese in one sentence; Japanese and Korean companies writing
English or Chinese as a second language; and, on the suppliers' side, large manufacturers'
customer-service desks and their systems, logistics notices and formal price-revision letters.
Its wordings are kept out of the docs, so that the reader is not tuned on them by accident.

Each message draws its words from the stream the inbox hands over for it, so that which message
is written from this set changes nothing in any other message. A customer keeps one voice (an
institution, a Singapore or Malaysia trader, a Japanese or Korean company), chosen by its id."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "ninth"
SHARE = 0.5
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
_WEEK_ZH = "一二三四五六日"
_WEEK_JP = "月火水木金土日"  # how a Japanese writer marks the weekday, even in Chinese
_CAPITAL = "零壹贰叁肆伍陆柒捌玖"  # the figures of Chinese finance forms
_FULL_WIDTH = "０１２３４５６７８９"
_VOICES = ("institution", "trader", "asian")
# Single pieces as these buyers count them in English and in Chinese: never a word for a case.
_UNIT_EN: dict[str, str] = {
    "Beverages": "btl",
    "Tea": "tin",
    "Snacks": "pkt",
    "Condiments": "btl",
    "Grains & Noodles": "pkt",
    "Dairy": "pcs",
    "Frozen Foods": "pkt",
    "Household": "pcs",
    "Personal Care": "pcs",
    "Stationery": "pcs",
    "Small Appliances": "unit",
    "Kitchenware": "pcs",
}
_UNIT_ZH: dict[str, str] = {
    "Beverages": "支",
    "Tea": "罐",
    "Snacks": "包",
    "Condiments": "瓶",
    "Grains & Noodles": "包",
    "Dairy": "盒",
    "Frozen Foods": "包",
    "Household": "个",
    "Personal Care": "支",
    "Stationery": "个",
    "Small Appliances": "台",
    "Kitchenware": "个",
}
_APPROVERS_EN = [
    ("Mdm Tan Siew Lian", "Executive Chef"),
    ("Mr R. Kumar", "Catering Manager"),
    ("Ms Farah Aziz", "Head of Procurement"),
    ("Dr Helen Ong", "Director, Support Services"),
    ("Mr Kenji Watanabe", "General Affairs Manager"),
    ("Ms Park Ji-won", "Team Leader, Purchasing"),
]
_APPROVERS_ZH = [
    ("黄志明", "后勤部主任"),
    ("林美玲", "行政总厨"),
    ("佐藤健一", "总务部部长"),
    ("陈国强", "采购经理"),
]


def _voice(who: Party) -> str:
    """The customer's own way of writing, the same in all its messages."""
    return _VOICES[who.id % 3]


def _korean(who: Party) -> bool:
    return (who.id // 3) % 2 == 1


def _plural(n: int, word: str) -> str:
    return word if n == 1 else f"{word}s"


def _capital(n: int) -> str:
    """A figure as a Chinese finance form writes it out (below a thousand)."""
    if n < 10:
        return _CAPITAL[n]
    out = ""
    if n >= 100:
        out += _CAPITAL[n // 100] + "佰"
        n %= 100
        if n and n < 10:
            return out + "零" + _CAPITAL[n]
    if n >= 10:
        out += _CAPITAL[n // 10] + "拾"
        n %= 10
    return out + (_CAPITAL[n] if n else "")


def _wide(n: int) -> str:
    return "".join(_FULL_WIDTH[int(c)] for c in str(n))


# --- dates, names ----------------------------------------------------------------------------


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as these writers give it: a letter's full date, an Oracle form's 13-MAR-2026,
    year-first as in Japan and Korea, day/month only where the day cannot be a month, the
    ordinal with its weekday within the coming weeks, and 'tomorrow' with the date."""
    ahead = (by - day).days
    forms = [
        f"{by:%A}, {by.day} {by:%B} {by.year}",
        f"{by.day:02d}-{by:%b}-{by.year}".upper(),
        f"{by.year}/{by.month}/{by.day} ({by:%a})",
        f"{by.year}.{by.month:02d}.{by.day:02d} ({by:%a})",
        f"{by:%B} {by.day}{_suffix(by.day)} ({by:%a}.)",
    ]
    if by.day > 12:
        forms.append(f"{by.day:02d}/{by.month:02d}/{by.year}")
        forms.append(f"{by.day}/{by.month} ({by:%a})")
    if 0 < ahead < 25:
        forms.append(f"{by:%a} {by.day}{_suffix(by.day)}")
    if ahead == 1:
        forms.append(f"tomorrow ({by.day} {by:%b})")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    """Mainland and Malaysian Chinese dates, with 礼拜 for the weekday; a Japanese writer's
    （金）; a Korean's year-first dots."""
    week = _WEEK_ZH[by.weekday()]
    forms = [
        f"{by.year}年{by.month:02d}月{by.day:02d}日（星期{week}）",
        f"{by.month}月{by.day}日（{_WEEK_JP[by.weekday()]}）",
        f"{by.month}月{by.day}号（礼拜{week}）",
        f"{by.year}.{by.month:02d}.{by.day:02d}",
    ]
    if by.day > 12:
        forms.append(f"{by.day}/{by.month}（礼拜{week}）")
    monday = day - timedelta(days=day.weekday())
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms.append(f"下个礼拜{week}（{by.month}月{by.day}号）")
    if day < by < monday + timedelta(days=7):
        forms.append(f"这个礼拜{week}（{by.day}号）")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def company(r: random.Random, who: Party) -> str:
    """The buyer's company as a kitchen, a canteen or a purchasing office of it names itself."""
    if who.zh:
        return r.choice([who.name, who.short, f"{who.short}中央厨房", f"{who.short}员工餐厅"])
    return r.choice(
        [
            who.name,
            f"{who.short} Central Kitchen",
            f"{who.short} Group Procurement",
            f"{who.short} - Staff Canteen",
        ]
    )


def _supplier_alias(r: random.Random, who: Party) -> str:
    if who.zh:
        return r.choice([who.name, f"{who.short}客户服务中心"])
    return r.choice([who.name, f"{who.short} Customer Care", f"{who.short} Order Management"])


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as a shared purchasing mailbox or a service desk shows it, same
    address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    if who.kind == "supplier":
        forms = [f"{who.short}客服中心" if who.zh else f"{who.short} Customer Service"]
    elif who.zh:
        forms = [f"{who.short}采购中心", f"{shown}（{who.short}）"]
    else:
        forms = [f"Purchasing Dept - {who.short}", f"{shown} | {who.short}"]
    return f"{r.choice(forms)} <{address}"


def _covering(who: Party, person: str) -> str:
    """How a colleague signing for the usual buyer says so, formally."""
    if person == who.contact:
        return ""
    return f"\n（经办：{person}；负责人：{who.contact}）" if who.zh else f"\np.p. {who.contact}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off in the customer's voice: an approver under a form, a mobile number, a
    section of a Japanese company."""
    alias, voice = company(r, who), _voice(who)
    if who.zh:
        approver, title = r.choice(_APPROVERS_ZH)
        forms = {
            "institution": [
                f"此致\n敬礼\n\n{alias} 后勤采购组\n经办人：{person}\n"
                f"审批人：{approver}（{title}）",
                f"{alias}\n采购专员 {person}\n（本单已经{title}{approver}审批）",
            ],
            "trader": [
                f"谢谢哦！\n{person}\n{alias}\nH/P: 01{r.randint(2, 9)}-{r.randint(2000000, 9999999)}",  # noqa: E501
                f"Thanks & regards,\n{person} {alias}",
            ],
            "asian": [
                f"以上，拜托了。\n\n{alias}\n总务部 {person}",
                f"今后也请多多关照。\n{alias} 营业管理课\n{person}",
            ],
        }[voice]
        return r.choice(forms) + _covering(who, person)
    approver, title = r.choice(_APPROVERS_EN)
    forms = {
        "institution": [
            f"Yours faithfully,\n\n{person}\nPurchasing Executive\n{alias}\n\n"
            f"Approved by: {approver}, {title}",
            f"Regards,\n{person} | Procurement Officer | {alias}\nApprover: {approver} ({title})",
        ],
        "trader": [
            f"Thanks & Regards,\n{person}\n{alias}\nHP: +65 {r.randint(8000, 9999)} {r.randint(1000, 9999)}",  # noqa: E501
            f"tq,\n{person} ({alias})\nSent from my Samsung Galaxy",
        ],
        "asian": [
            f"Best Regards,\n\n{person}\nPurchasing Section, General Affairs Dept.\n{alias}",
            f"Sincerely yours,\n{person}\n{alias}\n*Please reply to all when you answer.",
        ],
    }[voice]
    return r.choice(forms) + _covering(who, person)


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    """A service desk's or a system's sign-off."""
    alias = _supplier_alias(r, who)
    if who.zh:
        return r.choice(
            [
                f"{alias}\n客服专员：{person}\n服务热线：400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",  # noqa: E501
                f"本邮件由系统自动发送，请勿直接回复。\n{alias}",
                f"顺祝商祺！\n{who.name} 销售管理部 {person}",
            ]
        )
    return r.choice(
        [
            f"Yours sincerely,\n{person}\nCustomer Service Executive\n{alias}",
            f"{alias}\nThis is a computer-generated message. Please do not reply to this e-mail.",
            f"Warm regards,\n{person}\nCustomer Service Team | {alias}\n"
            f"Hotline: 1800 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        ]
    )


# --- order lines -----------------------------------------------------------------------------


def _free_en(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A line in a letter or a chat: catering's outers and 'no.', a trader's ctn and btl, a
    Korean buyer's ea and box."""
    q, base, pack = it.quantity, it.base, it.pack
    unit = _UNIT_EN.get(it.category, "pcs")
    if it.variant == "case":
        forms = [
            f"{base}, {q} {_plural(q, 'outer')} ({pack}s)",
            f"{base} {q} ctn ({pack} {unit}/ctn)",
            f"{base} {q}box ({pack}ea/box)",
            f"{base}: {q} {_plural(q, 'case')} (1 case = {pack} pieces)",
            f"{base} {q * pack} {unit} = {q} {_plural(q, 'carton')} x {pack}",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{base} Family Size - {q} no.",
            f"{base} (family size) {q} {unit}",
            f"{base} family pack size, {q}ea",
        ]
        return r.choice(forms), line_gold(it)
    forms = [
        f"{base} - {q} no. (individual)",
        f"{base} {q} {unit} loose, no need full carton",
        f"{base} {q}ea",
        f"{base}: {q} {_plural(q, 'piece')}",
    ]
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 60:  # 3 dozen: 36 pieces, or three cases of 12
        text = r.choice([*forms, f"{base} {q // 12} dozen", f"{base} {q // 12} doz."])
        if "doz" in text:
            return text, line_gold(it, (case, q // 12))
        return text, line_gold(it)
    return r.choice(forms), line_gold(it)


def _free_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    """A line in Chinese: a form's figure written out (肆), a Japanese writer's full-width
    digits, a Malaysian trader's 支 and 粒."""
    q, base, pack = it.quantity, it.base_zh, it.pack
    unit = _UNIT_ZH.get(it.category, "个")
    if it.variant == "case":
        forms = [
            f"{base} {q}箱（大写：{_capital(q)}箱；{pack}{unit}/箱）",
            f"{base}　{_wide(q)}箱（{_wide(pack)}{unit}入）",
            f"{base} {q} 箱，每箱{pack}{unit}",
            f"{base} 共{q * pack}{unit}（即{q}箱×{pack}{unit}）",
        ]
        return r.choice(forms), line_gold(it)
    if it.variant == "family":
        forms = [
            f"{base}（家庭装大包）{q}{unit}",
            f"家庭装 {base}　{_wide(q)}{unit}",
            f"{base} 家庭装 数量：{q}（{_capital(q)}）",
        ]
        return r.choice(forms), line_gold(it)
    forms = [
        f"{base} {q}{unit}（散卖，不要整箱）",
        f"{base}　{_wide(q)}{unit}（单品）",
        f"{base} 单{unit}计 {q}{unit}",
    ]
    return r.choice(forms), line_gold(it)


def _mixed(r: random.Random, it: Item, zh: bool) -> tuple[str, dict[str, Any]]:
    """A Singapore or Malaysia trader's line in both languages at once."""
    q, pack = it.quantity, it.pack
    unit = _UNIT_ZH.get(it.category, "个")
    if zh:  # a Chinese writer naming the goods and the pack in English
        if it.variant == "case":
            return f"{it.base} {q} ctn（{pack}{unit}一箱）", line_gold(it)
        if it.variant == "family":
            return f"{it.base} family size {q}{unit}", line_gold(it)
        return f"{it.base} {q} pcs 散的", line_gold(it)
    if it.variant == "case":
        return f"{it.base} {q}箱 ({pack} {_UNIT_EN.get(it.category, 'pcs')} per carton)", line_gold(
            it
        )
    if it.variant == "family":
        return f"{it.base} 家庭装 x {q}", line_gold(it)
    return f"{it.base} {q}{unit} only, loose one", line_gold(it)


def _uom(it: Item, zh: bool) -> tuple[str, str]:
    """A form's unit of measure and remark for the line."""
    if it.variant == "case":
        return (
            ("箱", f"{it.pack}{_UNIT_ZH.get(it.category, '个')}/箱")
            if zh
            else (
                "CTN",
                f"{it.pack}/ctn",
            )
        )
    if it.variant == "family":
        return (
            ("瓶" if it.category in ("Beverages", "Condiments") else "个", "家庭装")
            if zh
            else (
                "EA",
                "family size",
            )
        )
    return (
        (_UNIT_ZH.get(it.category, "个"), "单品")
        if zh
        else (
            _UNIT_EN.get(it.category, "pcs").upper(),
            "loose",
        )
    )


def _form_name(it: Item, zh: bool) -> str:
    if zh:
        return it.base_zh + ("（家庭装）" if it.variant == "family" else "")
    return it.base + (" Family Size" if it.variant == "family" else "")


def _tab_row(n: int, it: Item, zh: bool) -> str:
    """A row of an order form filled in by hand: No, Item, Qty, UOM, Remarks, tab-aligned."""
    uom, remark = _uom(it, zh)
    return f"{n}\t{_form_name(it, zh)}\t{it.quantity}\t{uom}\t{remark}"


def _block(it: Item, zh: bool) -> str:
    """A key: value block of an order form, one per item."""
    uom, remark = _uom(it, zh)
    if zh:
        return f"品名：{_form_name(it, zh)}\n数量：{it.quantity}\n单位：{uom}\n备注：{remark}"
    return f"Item: {_form_name(it, zh)}\nQty: {it.quantity}\nUOM: {uom}\nRemarks: {remark}"


def _system_row(n: int, it: Item) -> str:
    """A row of an e-procurement system's order: SAP-style item number, description, quantity,
    unit (CS for the case, EA for a piece)."""
    desc = it.base.upper() + (" FAMILY SIZE" if it.variant == "family" else "")
    if it.variant == "case":
        desc += f" {it.pack}X1"
    unit = "CS" if it.variant == "case" else "EA"
    return f"{n * 10:05d} {desc:<34} {it.quantity:>6} {unit}"


def _form(texts: list[str]) -> str:
    """Which layout the lines were written in: system rows, a tab form, blocks, or free."""
    if texts[0].startswith("00010 "):
        return "system"
    if "\t" in texts[0]:
        return "tab"
    if texts[0].startswith(("Item: ", "品名：")):
        return "block"
    return "free"


def is_edi(texts: list[str]) -> bool:
    return _form(texts) == "system"


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words: by e-mail now and then an e-procurement
    system's rows, an order form's tab-aligned rows or its key: value blocks. Returns (texts,
    gold lines, the message's language)."""
    own = "zh" if zh else "en"
    golds = [line_gold(it) for it in items]
    roll = r.random() if mode == "email" else 1.0
    if roll < 0.16 and not zh:  # the e-procurement systems these buyers use write English
        return [_system_row(n, it) for n, it in enumerate(items, start=1)], golds, own
    if roll < 0.34:
        return [_tab_row(n, it, zh) for n, it in enumerate(items, start=1)], golds, own
    if roll < 0.46:
        return [_block(it, zh) for it in items], golds, own
    texts, golds, lang = [], [], own
    for it in items:
        if r.random() < 0.12:
            text, gold = _mixed(r, it, zh)
            lang = "mixed"
        else:
            text, gold = _free_zh(r, it) if zh else _free_en(r, it)
        texts.append(text)
        golds.append(gold)
    return texts, golds, lang


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a form's quantity is corrected in place, with the figure it had before
    (a quotation's, or the first draft's): rewrites that case line and returns the note."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or is_edi(texts) or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    before = items[i].quantity + r.choice([2, 4, 10])
    if zh:
        note = r.choice([f"（原报{before}箱，已改）", f"※数量由{before}箱更正"])
    else:
        note = r.choice(
            [
                f"(qty amended, was {before} ctn - initialled)",
                f"[quotation said {before} cases; we take fewer]",
                f"** revised from {before} cases **",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    form = _form(texts)
    if form == "system":
        head = f"{'ITEM':<5} {'DESCRIPTION':<34} {'QTY':>6} UOM"
        return "\n".join([head, "-" * len(head), *texts])
    if form == "tab":
        head = "序号\t品名\t数量\t单位\t备注" if zh else "No.\tItem\tQty\tUOM\tRemarks"
        return "\n".join([head, *texts])
    if form == "block":
        return "\n\n".join(texts)
    if zh:
        style = r.choice(["paren", "circled", "dash"])
        if style == "paren":
            return "\n".join(f"（{_capital(i)}）{t}" for i, t in enumerate(texts, 1))
        if style == "circled":
            return "\n".join(f"{'①②③④⑤⑥⑦⑧⑨⑩'[(i - 1) % 10]} {t}" for i, t in enumerate(texts, 1))
        return "\n".join(f"— {t}" for t in texts)
    style = r.choice(["roman", "dot", "star"])
    if style == "roman":
        return "\n".join(
            f"({('i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x')[(i - 1) % 10]}) {t}"
            for i, t in enumerate(texts, 1)
        )
    if style == "dot":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    return "\n".join(f"* {t}" for t in texts)


# --- customers -------------------------------------------------------------------------------


def _system_email(
    r: random.Random, who: Party, ref: str, listing: str, by: date, day: date
) -> tuple[str, str]:
    """An e-procurement portal's order: its own header with an Oracle-style date, no
    signature."""

    def oracle(d: date) -> str:
        return f"{d.day:02d}-{d:%b}-{d.year}".upper()

    return f"Purchase Order {ref} from {who.name}", (
        f"This purchase order has been issued to you through the {who.short} eProcurement "
        f"portal.\n\nPO Number     : {ref}\nPO Date       : {oracle(day)}\n"
        f"Need-By Date  : {oracle(by)}\nShip-To       : {who.name}, Receiving Dock "
        f"{r.choice('ABC')}\nCost Centre   : {r.randint(1000, 9899)}-{r.choice(['KIT', 'FNB', 'ADM'])}\n"  # noqa: E501
        f"Buyer         : {who.contact}\n\n{listing}\n\n"
        "This document is system generated and requires no signature. Please quote the PO "
        "number on your delivery order and invoice."
    )


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in the customer's voice; `dates` is (sent, wanted
    by), for a purchase system that writes its own dates."""
    listing = _listing(r, texts, who.zh)
    if is_edi(texts):
        return _system_email(r, who, ref, listing, dates[1], dates[0])
    alias, voice = company(r, who), _voice(who)
    window = r.choice(["06:00-08:30", "07:00-10:00", "14:00-16:00"])
    centre = f"{r.randint(1000, 9899)}"
    quote = f"Q{dates[0]:%y}-{r.randint(1000, 9999)}"
    if who.zh:
        return _order_email_zh(r, who, ref, listing, by, sign, (alias, window, centre, quote))
    subject = r.choice(
        {
            "institution": [f"PURCHASE ORDER {ref}", f"Requisition {ref} - {alias}"],
            "trader": [f"PO {ref} pls arrange", f"Order from {alias} ({ref})"],
            "asian": [f"[Order] {ref} / {alias}", f"Purchase order No.{ref}"],
        }[voice]
    )
    forms = {
        "institution": [
            f"Dear Sir / Madam,\n\nPURCHASE ORDER NO. {ref}\n\n1. Please find below our "
            f"requirement for {alias}:\n\n{listing}\n\n2. Delivery is required on {by}, between "
            f"{window}, at the loading dock. Drivers are to report to Security first.\n"
            f"3. Please quote our PO number on all delivery orders and invoices.\n"
            f"4. Cost centre {centre}.\n\n{sign}",
            f"Dear Lotus Harbor,\n\nAs per your quotation {quote}, we are pleased to confirm "
            f"our order {ref} for the following, except that delivery is to be on {by} and not "
            f"as stated in the quotation:\n\n{listing}\n\nDelivery window {window}; please "
            f"use the service lift.\nBudget code: BC-{centre}\n\n{sign}",
            f"ORDER FORM\n\nCustomer      : {alias}\nPO No.        : {ref}\nDelivery date : "
            f"{by}\nDelivery time : {window}\nCost centre   : {centre}\n\n{listing}\n\n{sign}",
        ],
        "trader": [
            f"Hi Lotus Harbor,\n\nPls arrange below items, deliver on {by}:\n\n{listing}\n\n"
            f"Our PO no. {ref}. Morning delivery can or not? Thanks ya.\n\n{sign}",
            f"Hello,\n\nGood day. Below our order {ref}, pls help to arrange by {by}.\n\n"
            f"{listing}\n\nAny item OOS pls inform me first ok. Tq.\n\n{sign}",
        ],
        "asian": [
            f"Dear Lotus Harbor Sales Department,\n\nWe always appreciate your kind support.\n"
            f"We would like to order the following items. Please kindly arrange the delivery "
            f"until {by}.\n\n{listing}\n\nOur order No. is {ref}.\nIf there is any problem, "
            f"please let us know.\n\n{sign}",
            f"Dear Sir,\n\nThank you for your cooperation always.\nPlease find our purchase "
            f"order ({ref}) as below.\n\n{listing}\n\nRequested delivery date : {by}\n\nWe "
            f"hope your favorable reply.\n\n{sign}",
        ],
    }[voice]
    return subject, r.choice(forms)


def _order_email_zh(
    r: random.Random,
    who: Party,
    ref: str,
    listing: str,
    by: str,
    sign: str,
    extra: tuple[str, str, str, str],
) -> tuple[str, str]:
    alias, window, centre, quote = extra
    voice = _voice(who)
    subject = r.choice(
        {
            "institution": [f"采购申请单 {ref}", f"{alias}物资采购（{ref}）"],
            "trader": [f"PO {ref} 麻烦安排", f"{alias} order {ref}"],
            "asian": [f"【订货】{ref}", f"关于订购商品的联络（订单号码：{ref}）"],
        }[voice]
    )
    forms = {
        "institution": [
            f"采购申请单\n\n申请部门：{alias}\n单号：{ref}\n到货日期：{by}\n收货时间：{window}，"
            f"请从后门卸货区进入\n费用中心：{centre}\n\n{listing}\n\n{sign}",
            f"致 Lotus Harbor：\n\n一、根据贵司报价单{quote}，现确认采购如下，"
            f"唯交货日期改为{by}：\n"
            f"{listing}\n二、请于送货单及发票上注明我方订单号{ref}。\n三、收货时段：{window}。\n\n"
            f"{sign}",
        ],
        "trader": [
            f"Hi 你好，\n\n麻烦帮我们 arrange 以下的货，{by}送到，PO {ref}：\n\n{listing}\n\n"
            f"早上送可以吗？谢谢哦。\n\n{sign}",
            f"Hello，这张单 {ref} pls arrange，{by}之前要到 ya：\n{listing}\n"
            f"没货的话先通知我。\n\n{sign}",
        ],
        "asian": [
            f"Lotus Harbor 贵公司\n销售部 各位：\n\n贵公司一直以来承蒙关照。\n"
            "敝公司拟订购以下商品，"
            f"烦请于{by}之前交货。\n\n{listing}\n\n订单号码：{ref}\n如有不明之处，敬请联系。\n\n{sign}",
            f"您好。\n此次{alias}向贵公司订购下列商品，请多关照。\n\n{listing}\n\n"
            f"希望交货日：{by}\n订单号码：{ref}\n\n{sign}",
        ],
    }[voice]
    return subject, r.choice(forms)


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague's forward: Lotus Notes' line in an institution, Apple Mail's on a trader's
    phone, a Chinese mail client's block."""
    at = f"{r.randint(8, 11)}:{r.randint(10, 59)}"
    if who.zh:
        note = r.choice([f"请帮忙处理这张单，谢谢。\n{person}", f"转给贵司，麻烦跟进 ya。{person}"])
        head = (
            f"-------- 转发的邮件 --------\n发件人：{who.contact} <{who.email}>\n"
            f"日期：{day.year}年{day.month}月{day.day}日 星期{_WEEK_ZH[day.weekday()]} {at}\n"
            f"收件人：{OUR_DESK}\n主题：{subject}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    if r.random() < 0.5:
        note = f"Please action the order below. Thank you.\n{person}"
        head = (
            f"----- Forwarded by {person}/{who.short} on {day.day} {day:%b} {day.year} {at} AM "
            "-----"
        )
        return (
            f"{note}\n\n{head}\n\nFrom: {who.contact} <{who.email}>\nSubject: {subject}\n\n{body}"
        )
    note = f"Hi, pls see below order from {who.contact}. Tq - {person}"
    head = (
        f"Begin forwarded message:\n\nFrom: {who.contact} <{who.email}>\nSubject: {subject}\n"
        f"Date: {day.day} {day:%B} {day.year} at {at}:{r.randint(10, 59)} AM SGT\nTo: {OUR_DESK}"
    )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier circular, quoted below the customer's answer the way Gmail quotes: no goods
    and no figures of an order."""
    before = day - timedelta(days=r.randint(2, 6))
    if who.zh:
        return (
            f"\n\n在 {before.year}年{before.month}月{before.day}日 星期{_WEEK_ZH[before.weekday()]}"
            f"，{OUR_DESK} 写道：\n> 各位客户好：\n"
            "> 为方便收货，今后每张订单请注明收货联系人及电话。"
            "\n> 谢谢配合！"
        )
    return (
        f"\n\nOn {before:%a}, {before.day} {before:%b} {before.year}, {OUR_DESK} wrote:\n"
        "> Dear valued customers,\n> From now on our drivers will need a contact name and "
        "phone at the receiving dock for every delivery.\n> Thank you for your understanding."
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """A chat order in the customer's voice."""
    alias, voice = company(r, who), _voice(who)
    if who.zh:
        intro = ""
        if first:
            intro = {
                "institution": f"您好，{alias}食堂采购{who.contact}。",
                "trader": f"Hello 我是{alias}的{who.contact}。",
                "asian": f"初次联系，我是{alias}的{who.contact}，请多关照。",
            }[voice]
        forms = {
            "institution": [
                f"{intro}【{ref}】\n" + "\n".join(f"· {t}" for t in texts) + f"\n到货：{by}",
                f"{intro}申请单{ref}：{'；'.join(texts)}。{by}送到后门卸货区。",
            ],
            "trader": [
                f"{intro}订单{ref}\n" + "\n".join(texts) + f"\n{by}到，麻烦 arrange 一下，谢谢哦",
                f"{intro}{ref} 这张：{'，'.join(texts)}，{by}可以送吗？",
            ],
            "asian": [
                f"{intro}{ref}：{'／'.join(texts)}。{by}送货，拜托了。",
                f"{intro}请允许我们订购（{ref}）：\n" + "\n".join(texts) + f"\n希望{by}收到。",
            ],
        }[voice]
        return r.choice(forms)
    intro = ""
    if first:
        intro = {
            "institution": f"Good morning, this is {who.contact}, purchasing for {alias}. ",
            "trader": f"Hello, {who.contact} from {alias} here ya. ",
            "asian": f"Hello. I am {who.contact} of {alias}. Nice to meet you. ",
        }[voice]
    forms = {
        "institution": [
            f"{intro}PO {ref} for delivery {by}:\n" + "\n".join(texts) + "\nDock B, 7-10am pls.",
            f"{intro}Order {ref} - {'; '.join(texts)}. Need it {by}. Thanks.",
        ],
        "trader": [
            f"{intro}PO {ref} pls arrange ya\n" + "\n".join(texts) + f"\n{by} can send anot?",
            f"{intro}{ref}: {', '.join(texts)}. {by} deliver can? tq",
        ],
        "asian": [
            f"{intro}Please let us order {ref}.\n" + "\n".join(texts) + f"\nDelivery: {by}",
            f"{intro}Order No. {ref}, {' / '.join(texts)}, we want to receive {by}. Thank you.",
        ],
    }[voice]
    return r.choice(forms)


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed."""
    q, pack = it.quantity, it.pack
    if who.zh:
        return r.choice(
            [
                f"不好意思，刚才那张单补多{q}箱{it.base_zh}，一起送咯",
                f"抱歉，{it.base_zh}请再加订{q}箱（{pack}入），拜托了。",
                f"{it.base_zh} add {q} ctn，same delivery",
            ]
        )
    return r.choice(
        [
            f"Sorry ah, add on {q} ctn {it.base} for the same delivery",
            f"Excuse me, I forgot. Please add {it.base} {q} {_plural(q, 'case')} also.",
            f"Further to the above, please include {q} {_plural(q, 'outer')} of {it.base} "
            f"({pack}s).",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (
                    f"采购单变更通知（{ref}）",
                    f"采购单号：{ref}\n变更次数：第1次\n品名：{it.base_zh}\n原数量：{old}箱\n变更后数量：{q}箱\n"
                    "其他条款不变。",
                ),
                (
                    f"{ref} change qty",
                    f"Hi，{ref} 的{it.base_zh}麻烦 change 做{q}箱，不是{old}箱哦。",
                ),
                (
                    f"关于订单{ref}的数量变更",
                    f"实在抱歉，敝公司订单{ref}中{it.base_zh}的数量，想由{old}箱变更为{q}箱。"
                    "给您添麻烦了。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"PO AMENDMENT No.1 - {ref}",
                f"PO AMENDMENT No.1\nPO: {ref}\nItem: {it.base}\nOriginal qty: {old} CTN\n"
                f"Revised qty: {q} CTN\nAll other terms and conditions remain unchanged.",
            ),
            (
                f"RE: PO {ref}",
                f"Hi, PO {ref} the {it.base} pls change to {q} ctn, not {old} ctn ya. Sorry!",
            ),
            (
                f"Change of quantity / {ref}",
                f"We are sorry for trouble you, but regarding our order {ref}, we would like to "
                f"change the quantity of {it.base} from {old} cases to {q} cases.",
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"撤销订单 {number}",
                    f"因预算冻结，我方决定撤销贵司订单{number}，请勿发货。特此通知。",
                ),
                (f"{number} cancel 掉", f"Hi，{number} 这张单 cancel 掉，客户不要了，sorry ya。"),
                (
                    f"订单取消的请求（{number}）",
                    f"非常抱歉，由于敝公司的情况，不得不取消订单{number}。恳请谅解。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"CANCELLATION OF ORDER {number}",
                f"Please be informed that your sales order {number} is hereby cancelled in full "
                "owing to a budget freeze. Kindly do not deliver.",
            ),
            (
                f"cancel {number}",
                f"Hi, {number} pls cancel, our customer don't want already. Sorry for the trouble.",
            ),
            (
                f"Request of cancellation ({number})",
                f"We are very sorry, but we must cancel our order {number} because of our "
                "internal reason. We ask for your kind understanding.",
            ),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (
                    f"询价函：{it.base_zh}",
                    f"我单位拟采购{it.base_zh}，预计每月约{q}箱，请提供含税报价及供货周期，"
                    "以便编制下年度预算。此函仅为询价。",
                ),
                (
                    f"{it.base_zh} 有货吗",
                    f"Hi，{it.base_zh} got stock 吗？拿{q}箱的话多少钱一箱？还没下单，先问问。",
                ),
                (
                    f"关于{it.base_zh}的咨询",
                    f"冒昧打扰。敝公司正在考虑采购{it.base_zh}，数量约{q}箱，可否告知价格？",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Request for Quotation - {it.base}",
                f"We are reviewing suppliers for the coming financial year. Please quote for "
                f"the supply of {it.base}, estimated {q} cases per month, with validity and "
                "lead time. This is not an order.",
            ),
            (
                f"{it.base} got stock?",
                f"Hi, {it.base} got stock or not? If take {q} ctn how much ah? Just asking "
                "price first.",
            ),
            (
                f"Inquiry about {it.base}",
                f"We are considering about purchasing {it.base}, around {q} cases. Could you "
                "please tell us the price and the stock condition?",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"我方订单{number}原定于{due.year}年{due.month}月{due.day}日送达，至今仍未收货，"
                "影响食堂正常供应，请速查明并回复。",
                f"Hi，{number} 不是 {due.month}月{due.day}号 要到的吗？到现在还没到咧，麻烦 check 一下。",  # noqa: E501
                f"恕我冒昧，订单{number}预定{due.month}月{due.day}日（{_WEEK_JP[due.weekday()]}）"
                "到货，但是尚未收到。请确认一下。",
            ]
        )
    return r.choice(
        [
            f"We refer to order {number}, scheduled for delivery on {due:%A}, {due.day} "
            f"{due:%B} {due.year}. To date no goods have been received at our dock. Please "
            "advise the revised delivery date urgently.",
            f"Hi, {number} supposed to reach on {due.day} {due:%b} leh, until now still never "
            "come. Pls check.",
            f"Sorry to trouble you. Our order {number} was scheduled to arrive on {due:%B} "
            f"{due.day}, but we have not received it yet. Could you please confirm the status?",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"贵司发票{number}（金额{amount}）已审批，将于{on.year}年{on.month}月{on.day}日随本期"
                "付款批次支付。",
                f"{number} 那笔 {amount}，{on.month}月{on.day}号会 bank in，sorry 迟了。",
                f"关于发票{number}的货款{amount}，预定于{on.month}月{on.day}日汇款。给您添麻烦了，"
                "非常抱歉。",
            ]
        )
    return r.choice(
        [
            f"Please be advised that payment for your invoice {number} amounting to {amount} "
            f"has been scheduled in our payment run on {on:%A}, {on.day} {on:%B} {on.year}.",
            f"Hi, {number} {amount} will bank in on {on.day} {on:%b} ya. Sorry for late.",
            f"We apologize for the delay. We will remit {amount} for invoice {number} on "
            f"{on:%B} {on.day}{_suffix(on.day)}.",
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
                    "价格调整函",
                    f"尊敬的客户：\n\n兹因原辅材料及物流成本持续上涨，本公司决定自{on.year}年{on.month}月"
                    f"{on.day}日起对{product}的售价进行调整：\n原价：{old}\n新价：{new}\n"
                    "生效日前已确认的订单仍按原价执行。特此函告。",
                ),
                (
                    f"【系统通知】价目表更新：{product}",
                    f"物料：{product}\n原单价：{old}\n新单价：{new}\n生效日期：{on:%Y-%m-%d}\n"
                    "本通知由系统自动生成。",
                ),
            ]
        )
    return r.choice(
        [
            (
                "PRICE REVISION",
                f"Dear Valued Customer,\n\nRE: PRICE REVISION\n\n1. We refer to the above "
                "matter.\n2. Due to the continued increase in raw material and freight costs, "
                f"we regret to inform you that the price of {product} will be revised from "
                f"{old} to {new} with effect from {on.day} {on:%B} {on.year}.\n3. All orders "
                "received before the effective date will be honoured at the current price.\n\n"
                "Thank you for your continued support.",
            ),
            (
                f"Price List Update Notification - {product}",
                f"PRICE LIST UPDATE\nMaterial   : {product}\nOld price  : {old}\n"
                f"New price  : {new}\nValid from : {on:%Y-%m-%d}\n"
                "This notification was generated automatically.",
            ),
            (
                f"Notice of price change for {product}",
                f"We would like to ask for your kind understanding that the price of {product} "
                f"will be changed from {old} to {new}, from the shipment of {on:%B} "
                f"{on.day}{_suffix(on.day)}.",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d = new_date
    if who.zh:
        return r.choice(
            [
                (
                    f"【物流通知】订单{number}配送时间调整",
                    f"尊敬的客户，您的订单{number}因干线运输延误，预计送达时间调整为{d.year}年{d.month}月"
                    f"{d.day}日（星期{_WEEK_ZH[d.weekday()]}）。给您带来不便，敬请谅解。",
                ),
                (
                    f"订单状态更新：{number}",
                    f"订单号：{number}\n当前状态：延迟发货\n新的预计到货日：{d:%Y-%m-%d}\n"
                    "如有疑问请联系客服。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Shipment Notification - Delay - {number}",
                f"SHIPMENT STATUS: DELAYED\nCustomer PO : {number}\nReason      : Vessel "
                f"rolled over at port of loading\nRevised ETA : {d.day:02d}-{d:%b}-{d.year}\n"
                "We apologise for any inconvenience caused.",
            ),
            (
                f"Your order {number} - revised delivery date",
                f"Dear Valued Customer,\n\nWe regret to inform you that your order {number} "
                f"could not be dispatched as planned. It will now be delivered on {d:%A}, "
                f"{d.day} {d:%B} {d.year}.",
            ),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"订单受理通知 {number}",
                    f"【订单状态】\n订单号：{number}\n状态：已受理\n计划交货日：{ship:%Y-%m-%d}"
                    f"（星期{_WEEK_ZH[ship.weekday()]}）",
                ),
                (
                    f"确认函：采购单{number}",
                    f"尊敬的客户：\n贵司采购单{number}已收悉，我司将于{ship.year}年{ship.month}月"
                    f"{ship.day}日安排送货。感谢惠顾！",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Order Confirmation - {number}",
                f"ORDER CONFIRMATION\nYour PO       : {number}\nStatus        : Accepted\n"
                f"Planned delivery date : {ship.day:02d}-{ship:%b}-{ship.year}",
            ),
            (
                f"Acknowledgement of your order {number}",
                f"Dear Valued Customer,\n\nThank you for your order {number}. We are pleased to "
                f"confirm that it will be delivered on {ship:%A}, {ship.day} {ship:%B}.",
            ),
        ]
    )


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    credit = f"CN{r.randint(100000, 999999)}"
    if who.zh:
        return r.choice(
            [
                (
                    f"电子发票开具通知 {ref}",
                    f"尊敬的客户，您好！\n发票号码：{ref}\n对应采购单：{number}\n价税合计：{total}\n"
                    f"付款到期日：{due.year}年{due.month}月{due.day}日",
                ),
                (
                    f"发票 {ref}（已扣减红字发票{credit}）",
                    f"贵司采购单{number}的发票{ref}已开具，金额{total}（已扣减此前红字发票{credit}），"
                    f"请于{due.month}月{due.day}日前付款。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"E-Invoice Notification: {ref}",
                f"Dear Valued Customer,\n\nInvoice No.  : {ref}\nCustomer PO  : {number}\n"
                f"Amount due   : {total}\nDue date     : {due.day:02d}-{due:%b}-{due.year}\n\n"
                "The invoice is attached in PDF format.",
            ),
            (
                f"Invoice {ref} for PO {number}",
                f"Please find attached our invoice {ref} against your PO {number} for {total}, "
                f"net of credit note {credit} issued earlier. Payment is due on {due:%A}, "
                f"{due.day} {due:%B}.",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"缺货通知（订单{number}）",
                    f"尊敬的客户：因{product}暂时缺货，贵司订单{number}将分批交货，欠交部分到货后补发。",
                ),
                (
                    f"订单{number}部分分配",
                    f"订单号：{number}\n状态：部分分配\n缺货物料：{product}\n欠货将于补货后自动发运。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Backorder notice - {number}",
                f"Dear Valued Customer,\n\nPlease be informed that {product} is currently out "
                f"of stock. Your order {number} will be partially delivered and the balance "
                "back-ordered.",
            ),
            (
                f"ORDER STATUS UPDATE {number}",
                f"Order      : {number}\nStatus     : PARTIALLY ALLOCATED\nBackordered: "
                f"{product}\nThe remaining quantity will ship automatically once stock arrives.",
            ),
        ]
    )
