"""The demo inbox's seventh set of phrasings, written blind by a fourth hand once the reader was
being tuned on the sixth: retail chains' purchase-order systems sending plain-text orders, small
family shops, hotel and restaurant buyers, online-marketplace resellers, and buyers in Hong Kong,
Taiwan and Singapore, each with their own ways to give packs, quantities, dates, references,
corrections and company names. Its wordings are kept out of the docs, so that the reader is not
tuned on them by accident.

Each message draws its words from its own stream, seeded from the Writer's seventh stream, so
that which message is written from this set changes nothing in any other message."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

NAME = "seventh"
SHARE = 0.35
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
_WEEK_ZH = "一二三四五六日"
_FULL_WIDTH = "０１２３４５６７８９"
# Single pieces as these buyers count them: an abbreviation a purchase system or a shop
# keeper writes, and the measure word of Hong Kong / Taiwan; never a word that names a case.
_PIECES: dict[str, tuple[str, str]] = {
    "Beverages": ("btl", "樽"),
    "Tea": ("tin", "罐"),
    "Snacks": ("pkt", "包"),
    "Condiments": ("btl", "樽"),
    "Grains & Noodles": ("pkt", "包"),
    "Dairy": ("tub", "盒"),
    "Frozen Foods": ("bag", "包"),
    "Household": ("pc", "個"),
    "Personal Care": ("tube", "支"),
    "Stationery": ("pc", "個"),
    "Small Appliances": ("unit", "部"),
    "Kitchenware": ("pc", "個"),
}


# --- dates, names ----------------------------------------------------------------------------


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def en_day(r: random.Random, day: date, by: date) -> str:
    """A day as these buyers write it: weekday with the day of the month, day/month only where
    the day cannot be a month, a week or a fortnight from today, a purchase system's date."""
    ahead = (by - day).days
    forms = [f"{by:%A} {by.day} {by:%B}", f"{by:%b} {by.day} ({by:%a})"]
    if 0 < ahead < 25:
        forms.append(f"{by:%a} the {by.day}{_suffix(by.day)}")
    if by.day > 12:
        forms.append(f"{by:%a} {by.day}/{by.month}")
    if ahead == 7:
        forms.append("a week today")
    if ahead == 14:
        forms.append("a fortnight today")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    """Taiwan's Minguo years and month/day with the weekday, Hong Kong's 號."""
    week = _WEEK_ZH[by.weekday()]
    roc = by.year - 1911
    forms = [f"民國{roc}年{by.month}月{by.day}日", f"{roc}/{by.month:02d}/{by.day:02d}"]
    forms += [f"{by.month}/{by.day}（{week}）", f"{by.month}月{by.day}號（星期{week}）"]
    monday = day - timedelta(days=day.weekday())
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms.append(f"下週{week}（{by.day}號）")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


def company(r: random.Random, who: Party) -> str:
    """The sender's company as a chain's store, a purchasing office or a head shop names it."""
    if who.zh:
        return r.choice([who.short, who.name, f"{who.short}門市", f"{who.short}（總店）"])
    store = r.randint(11, 480)
    return r.choice(
        [who.name, f"{who.short} Store #{store}", f"{who.short} Purchasing", f"{who.short} Ltd."]
    )


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as a purchasing system or a shared mailbox shows it, same address."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    person = shown not in (who.name, who.short)
    if who.zh:
        forms = [f"{who.short}採購"] + ([f"{shown}【{who.short}】"] if person else [])
    else:
        forms = [f"{who.short} Procurement"] + ([f"{shown} ({who.short})"] if person else [])
    return f"{r.choice(forms)} <{address}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off of these buyers; someone covering for the usual buyer says so."""
    alias = company(r, who)
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"{person}\n{alias} 採購部\nTel: +852 {r.randint(2000, 9999)} {r.randint(1000, 9999)}",  # noqa: E501
                f"順頌商祺\n{alias}\n{person} 敬上",
                f"{person}（{alias}）\n\n寄自我的iPhone",
            ]
        )
        return sign + (f"\n（{who.contact}休假中，由本人代為處理）" if covering else "")
    sign = r.choice(
        [
            f"Kind regards,\n{person}\nPurchasing Officer\n{alias}",
            f"{person} | Buyer | {alias}\nSent from my iPad",
            f"Regards\n{person}\nF&B Purchasing, {alias}",
            f"Many thanks,\n{person} ({alias})",
        ]
    )
    return sign + (f"\nCovering for {who.contact} while they are on leave." if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    alias = company(r, who)
    if who.zh:
        return r.choice([f"{alias} 業務部\n{person}", f"{person} 謹啟\n{alias}"])
    return r.choice(
        [
            f"Best,\n{person}\nKey Account Manager | {alias}",
            f"{person}\nOrder Desk, {alias}\nThis e-mail and any attachments are confidential.",
        ]
    )


# --- order lines -----------------------------------------------------------------------------


def _slip(r: random.Random, name: str) -> str:
    """A slip of this set's kind: two letters of a long word swapped."""
    words = name.split(" ")
    long = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha()]
    if not long:
        return name
    i = r.choice(long)
    word = words[i]
    k = r.randint(1, len(word) - 3)
    words[i] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    return " ".join(words)


def _line_en(r: random.Random, it: Item, slip: bool) -> tuple[str, dict[str, Any]]:
    base = _slip(r, it.base) if slip else it.base
    q, pack = it.quantity, it.pack
    piece = _PIECES.get(it.category, ("pc", "個"))[0]
    if it.variant == "case":
        forms = [
            (f"{base} — {q} case {'pack' if q == 1 else 'packs'}", line_gold(it)),
            (f"{base} qty {q} CA", line_gold(it)),
            (f"{base} {'.' * r.randint(4, 9)} {q} {'case' if q == 1 else 'cases'}", line_gold(it)),
            (f"{q} x full case {base} ({pack} {piece}s inside)", line_gold(it)),
        ]
        if it.category == "Beverages":
            forms.append((f"{q} {'flat' if q == 1 else 'flats'} of {base}", line_gold(it)))
        return r.choice(forms)
    if it.variant == "family":
        return r.choice(
            [
                (f"{base} FAM SZ x {q}", line_gold(it)),
                (f"{q} x {base} - family size version", line_gold(it)),
                (f"{base}, family-size {piece}, {q}", line_gold(it)),
            ]
        )
    forms = [
        (f"{base}: {q} retail units", line_gold(it)),
        (f"{base} qty {q} EA", line_gold(it)),
        (f"{q} {piece}{'' if q == 1 else 's'} {base} (not by the case)", line_gold(it)),
    ]
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 48:  # three twelves: 36 pieces, or three cases of 12
        twelves = ("one", "two", "three", "four")[q // 12 - 1]
        forms.append((f"{twelves} twelves of {base}", line_gold(it, (case, q // 12))))
    return r.choice(forms)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _PIECES.get(it.category, ("pc", "個"))[1]
    wide = "".join(_FULL_WIDTH[int(c)] for c in str(q))
    if it.variant == "case":
        return r.choice(
            [
                (f"{base} {pack}入×{q}箱", line_gold(it)),
                (f"{base}（{pack}{unit}/箱）箱數：{q}", line_gold(it)),
                (f"{base} 每箱{pack}{unit}，訂{wide}箱", line_gold(it)),
            ]
        )
    if it.variant == "family":
        return r.choice(
            [
                (f"{base}家庭號 {q}{unit}", line_gold(it)),
                (f"家庭號{base} x{q}", line_gold(it)),
            ]
        )
    return r.choice(
        [
            (f"{base} {q}{unit}，唔使成箱", line_gold(it)),
            (f"{base} {q}{unit}（單{unit}出貨）", line_gold(it)),
            (f"{base} 單{unit} × {wide}", line_gold(it)),
        ]
    )


def _mixed(r: random.Random, it: Item, zh: bool) -> tuple[str, dict[str, Any]]:
    """A line in the other language's words: a Hong Kong buyer naming goods in English with
    Chinese pack words, an English writer adding the Chinese name from our price list."""
    q, unit = it.quantity, _PIECES.get(it.category, ("pc", "個"))[1]
    if zh:
        if it.variant == "case":
            return f"{it.base} {q}箱（{it.pack}入）", line_gold(it)
        if it.variant == "family":
            return f"{it.base} 家庭號 x{q}", line_gold(it)
        return f"{it.base} {q}{unit}（散貨）", line_gold(it)
    text, gold = _line_en(r, it, False)
    return f"{text} [{it.base_zh}]", gold


def _edi_row(n: int, it: Item) -> str:
    """A row of a purchase system's plain-text order: line, description, quantity, unit."""
    name = it.base.upper() + (" FAMILY SIZE" if it.variant == "family" else "")
    unit = "CA" if it.variant == "case" else "EA"
    return f"{n:04d}  {name:<30} {it.quantity:>5}  {unit}"


def is_edi(texts: list[str]) -> bool:
    return texts[0].startswith("0001  ")


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; now and then, by e-mail, a purchase
    system's rows. Returns (texts, gold lines, the message's language)."""
    if mode == "email" and r.random() < 0.22:
        rows = [_edi_row(n, it) for n, it in enumerate(items, start=1)]
        return rows, [line_gold(it) for it in items], "zh" if zh else "en"
    texts, golds = [], []
    slip_at = r.randrange(len(items)) if not zh and r.random() < 0.25 else -1
    for i, it in enumerate(items):
        if r.random() < 0.1:
            text, gold = _mixed(r, it, zh)
            lang = "mixed"
        else:
            text, gold = _line_zh(r, it) if zh else _line_en(r, it, i == slip_at)
        texts.append(text)
        golds.append(gold)
    return texts, golds, lang


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a buyer changes a figure in the list itself and says what it was before:
    rewrites that case line and returns the note it carries, or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or is_edi(texts) or r.random() >= 0.14:
        return None
    i = r.choice(cases)
    it, before = items[i], items[i].quantity + r.choice([1, 3, 6])
    note = f"（原{before}箱，已更正為{it.quantity}箱）" if zh else f"(amended from {before} cases)"
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    if is_edi(texts):
        head = "行號  品名／規格" if zh else f"LINE  {'DESCRIPTION':<30} {'QTY':>5}  UOM"
        return "\n".join([head, *texts, f"{'總行數' if zh else 'TOTAL LINES'}: {len(texts)}"])
    if zh:
        style = r.choice(["full", "dot", "square"])
        if style == "full":
            return "\n".join(f"{_FULL_WIDTH[i % 10]}．{t}" for i, t in enumerate(texts, 1))
        if style == "dot":
            return "\n".join(f"・{t}" for t in texts)
        return "\n".join(f"▪ {t}" for t in texts)
    style = r.choice(["paren", "letter", "hash", "arrow"])
    if style == "paren":
        return "\n".join(f"{i}) {t}" for i, t in enumerate(texts, 1))
    if style == "letter":
        return "\n".join(f"({'abcdefghij'[i % 10]}) {t}" for i, t in enumerate(texts))
    if style == "hash":
        return "\n".join(f"#{i} {t}" for i, t in enumerate(texts, 1))
    return "\n".join(f"> {t}" for t in texts)


# --- customers -------------------------------------------------------------------------------


def _edi_email(who: Party, ref: str, listing: str, by: date, day: date) -> tuple[str, str]:
    """A purchase system's order: its own header and dates, the account's buyer, no sign-off."""
    if who.zh:
        return f"採購單 {ref}（系統發出）", (
            f"＊＊＊ 本採購單由系統自動產生，請勿直接回覆寄件地址 ＊＊＊\n"
            f"買方：{who.name}\n採購單號：{ref}\n單據日期：{day:%Y%m%d}\n"
            f"最遲交貨日：{by:%Y%m%d}\n\n{listing}\n\n採購聯絡人：{who.contact}"
        )
    return f"PO {ref} / {who.name.upper()}", (
        f"*** SYSTEM GENERATED PURCHASE ORDER - DO NOT REPLY TO SENDER ***\n"
        f"BUYER: {who.name.upper()}\nPO NUMBER: {ref}\nPO DATE: {day:%Y%m%d}\n"
        f"DELIVER NOT AFTER: {by:%Y%m%d}\n\n{listing}\n\nBUYER CONTACT: {who.contact}"
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
    """(subject, body) of an order e-mail in this set's words; `dates` is (sent, wanted by),
    for a purchase system that writes its own dates."""
    listing = _listing(r, texts, who.zh)
    if is_edi(texts):
        return _edi_email(who, ref, listing, dates[1], dates[0])
    alias = company(r, who)
    if who.zh:
        run = "；".join(texts)
        subject = r.choice([f"訂貨單號：{ref}", f"{alias} 訂貨（{ref}）", f"PO#{ref} 請安排"])
        body = r.choice(
            [
                f"Hello，\n麻煩幫手安排以下貨品，{by}或之前送到：\n{listing}\nPO：{ref}\n"
                f"唔該晒！\n{sign}",
                f"您好：\n茲訂購下列商品，訂單編號 {ref}，請於{by}前交貨：\n{listing}\n"
                f"如有缺貨請先告知，謝謝。\n{sign}",
                f"Hi Lotus Harbor，\n我们{ref}这张单，{by}要收到：\n{listing}\nThank you！\n{sign}",
                f"{alias}訂貨：{run}。交貨：{by}。單號{ref}。麻煩回覆確認。\n{sign}",
            ]
        )
        return subject, body
    run = "; ".join(texts)
    subject = r.choice(
        [f"PO#{ref} - {alias}", f"Restock order {ref}", f"Delivery request - ref {ref}"]
    )
    body = r.choice(
        [
            f"Hello again from {alias}!\n\nCould we have the following on {by}, please:\n"
            f"{listing}\n\nOur order number is {ref} if you need it. Many thanks,\n{sign}",
            f"Dear Sir/Madam,\n\nKindly arrange delivery of the items below to our receiving "
            f"bay on {by} (receiving hours 07:00-11:00).\nPurchase order: {ref}\n{listing}\n\n"
            f"Please quote the PO number on your delivery docket.\n\n{sign}",
            f"Hi Lotus Harbor team,\n\nRestock for our online store - PO {ref}.\n{listing}\n"
            f"Target arrival at our fulfilment centre: {by}.\n\n{sign}",
            f"Hi, good day. Pls deliver {run} on {by}. PO no.: {ref}. Tks & rgds,\n{sign}",
        ]
    )
    return subject, body


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague's forward with the header Outlook writes in Taiwan, or Gmail's on a phone."""
    at = f"{r.randint(7, 11):02d}:{r.randint(10, 59)}"
    if who.zh:
        note = r.choice([f"轉寄給你們處理，謝謝。\n{person}", f"請跟進呢張單。\n{person}"])
        head = (
            f"寄件者: {who.contact} <{who.email}>\n寄件日期: {day.year}年{day.month}月{day.day}日 "
            f"上午 {at}\n收件者: {OUR_DESK}\n主旨: {subject}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    note = r.choice([f"FYI - pls process. {person}", f"{person} here, sending this on to you."])
    head = (
        f"---------- Forwarded message ---------\nFrom: {who.contact} <{who.email}>\n"
        f"Date: {day:%a}, {day.day} {day:%b} {day.year} at {at}\nSubject: {subject}\n"
        f"To: {OUR_DESK}"
    )
    return f"{note}\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note, quoted below the customer's answer: a stock-take notice, no goods and
    no figures of an order."""
    before = day - timedelta(days=r.randint(2, 6))
    if who.zh:
        return (
            f"\n\n-----原始郵件-----\n寄件者: {OUR_DESK}\n寄件日期: {before.year}年{before.month}月"
            f"{before.day}日\n主旨: 倉庫盤點通知\n\n"
            "您好，本週五倉庫盤點暫停出貨，週四中午前的訂單照常安排。"
        )
    return (
        f"\n\n-----Original Message-----\nFrom: {OUR_DESK}\nSent: {before:%A, %B} {before.day}, "
        f"{before.year}\nSubject: Stock-take notice\n\nHi {who.contact.split()[0]}, our "
        "warehouse closes on Friday for stock-take; orders in by Thursday noon ship as normal."
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    alias = company(r, who)
    if who.zh:
        intro = (
            r.choice(
                [f"你好，我係{alias}嘅{who.contact}。", f"您好，我是{alias}採購{who.contact}～"]
            )
            if first
            else ""
        )
        return r.choice(
            [
                f"{intro}{ref}訂貨：\n" + "\n".join(texts) + f"\n{by}到貨，感恩 ^^",
                f"{intro}{ref}：{'、'.join(texts)}，{by}送，thx",
                f"{intro}單號 {ref}\n" + "\n".join(f"→ {t}" for t in texts) + f"\n送貨日：{by}",
            ]
        )
    intro = (
        r.choice([f"Hello, {who.contact} here - I do the buying for {alias}. ", f"{alias} here. "])
        if first
        else ""
    )
    return r.choice(
        [
            f"{intro}*PO {ref}*\n" + "\n".join(f"• {t}" for t in texts) + f"\n_deliver {by}_",
            f"{intro}Boss, {ref} can send {' + '.join(texts)} on {by} or not? Tks ah",
            f"{intro}Morning! Kitchen order {ref} for {by}: {'; '.join(texts)}. Back door pls",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"唔好意思，再加{q}箱{it.base_zh}，同上一張單一齊送",
                f"追加{it.base_zh} {q}箱（{it.pack}入），同一車送就可以",
            ]
        )
    return r.choice(
        [
            f"forgot one - {q} more cases of {it.base} on the same delivery pls",
            f"Boss, add {it.base} {q} case{'' if q == 1 else 's'} to that order can?",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"{ref} 修改", f"{ref}：{it.base_zh}由{old}箱改為{q}箱，其餘照舊，謝謝。"),
                (f"改單 {ref}", f"{ref}嘅{it.base_zh}想改返{q}箱（之前落咗{old}箱），唔該。"),
            ]
        )
    return r.choice(
        [
            (
                f"PO {ref} amendment",
                f"Amendment to PO {ref}: {it.base} quantity revised from {old} to {q} cases. "
                "All other lines unchanged.",
            ),
            (
                f"Re: {ref}",
                f"Hi, on {ref} could you make the {it.base} {q} cases instead of the {old} we "
                "asked for? Cheers.",
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"取消訂單{number}", f"您好，{number}這張訂單請取消，不用出貨了，謝謝。"),
                (f"{number} cancel", f"{number}唔要住，麻煩幫我cancel咗佢。"),
            ]
        )
    return r.choice(
        [
            (
                f"PO {number} withdrawn",
                f"Please treat {number} as withdrawn - the promotion it was for has been "
                "called off. Nothing to deliver.",
            ),
            (f"Cancel pls - {number}", f"Hi, sorry, can we scrap {number}? Don't need it now."),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"查詢{it.base_zh}報價", f"請問{it.base_zh}{q}箱報價多少？暫時只係查詢，未落單。"),
                (
                    f"詢價：{it.base_zh}",
                    f"您好，想詢問{it.base_zh}的價格，大約{q}箱，請報價，謝謝。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"RFQ - {it.base}",
                f"Request for quotation: {it.base}, about {q} cases a month. Please quote your "
                "best net price and lead time. This is not a purchase order.",
            ),
            (
                f"Do you stock {it.base}?",
                f"Hi, do you carry {it.base}? If so what would {q} cases come to? Just pricing "
                "for now.",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}原定{due.month}月{due.day}號送到，到而家仲未收到，麻煩跟進。",
                f"請問{number}的貨何時到？原訂民國{due.year - 1911}年{due.month}月{due.day}日交貨，"
                "至今未收到。",
            ]
        )
    return r.choice(
        [
            f"Our receiving team has no record of {number} arriving - it was booked for "
            f"{due:%A} {due.day} {due:%B}. Please advise status.",
            f"{number} still outstanding (was due {due:%b} {due.day}). Shelves are empty - any "
            "update?",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"{number}（{amount}）已安排於{on.month}月{on.day}號付款，唔好意思遲咗。",
                f"{number}款項{amount}將於民國{on.year - 1911}年{on.month}月{on.day}日匯出。",
            ]
        )
    return r.choice(
        [
            f"Invoice {number} ({amount}) is approved and goes in our payment run of "
            f"{on:%A} {on.day} {on:%B}.",
            f"We'll settle {number} - {amount} - by bank transfer on {on:%b} {on.day}. "
            "Sorry it's late.",
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
                    f"價格調整通知：{product}",
                    f"{product}價格由{old}調整至{new}，自民國{on.year - 1911}年{on.month}月"
                    f"{on.day}日起生效。",
                ),
                (
                    f"{product}加價",
                    f"由{on.month}月{on.day}號開始，{product}由{old}加到{new}，敬請留意。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Price advice: {product}",
                f"Kindly note our new net price for {product}: {new} (current {old}) for all "
                f"deliveries from {on:%A} {on.day} {on:%B}.",
            ),
            (
                f"{product} - cost increase",
                f"Our costs have gone up again, I'm afraid. From {on:%b} {on.day} {product} "
                f"will be {new}, up from {old}.",
            ),
        ]
    )


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d = new_date
    if who.zh:
        return r.choice(
            [
                (
                    f"{number}延遲出貨",
                    f"{number}因船期延誤，預計改於{d.month}/{d.day}（{_WEEK_ZH[d.weekday()]}）送達，"
                    "不便之處敬請見諒。",
                ),
                (f"{number}改期", f"{number}要改期，{d.month}月{d.day}號先送到，唔好意思。"),
            ]
        )
    return r.choice(
        [
            (
                f"Re-scheduled: PO {number}",
                f"Your PO {number} has been re-scheduled as the container is held at port. New "
                f"delivery date: {d:%A} {d.day} {d:%B}.",
            ),
            (
                f"{number} - running late",
                f"Bad news on {number}, I'm afraid - it won't make the original date. We can "
                f"deliver {d:%b} {d.day} ({d:%a}).",
            ),
        ]
    )


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"收到採購單{number}", f"{number}已收到，將於{ship.month}月{ship.day}號送貨。"),
                (
                    f"確認：{number}",
                    f"貴司{number}已確認，送貨日期：民國{ship.year - 1911}年{ship.month}月"
                    f"{ship.day}日。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"ACK: {number}",
                f"We acknowledge receipt of your PO {number}. Delivery slot booked for "
                f"{ship:%A} {ship.day} {ship:%B}.",
            ),
            (
                f"{number} - got it",
                f"Thanks, {number} is in and booked on the {ship:%A} run ({ship:%b} {ship.day}).",
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
                    f"發票{ref}",
                    f"附上{number}的發票{ref}，金額{total}，請於{due.month}月{due.day}號前付款。",
                ),
                (
                    f"請款：{number}",
                    f"{number}請款單{ref}，總額{total}，付款到期日：民國{due.year - 1911}年"
                    f"{due.month}月{due.day}日。",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"Tax invoice {ref}",
                f"Attached is tax invoice {ref} for PO {number}. Amount: {total}. Terms: payable "
                f"by {due:%A} {due.day} {due:%B}.",
            ),
            (
                f"Your account - {ref}",
                f"Hi, invoice {ref} against your PO {number} is attached, {total} in total, due "
                f"{due:%b} {due.day}.",
            ),
        ]
    )


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (f"{number}缺貨", f"{product}缺貨，{number}只能部分出貨，餘數到貨後補送。"),
                (f"{number}唔夠貨", f"{product}暫時斷貨，{number}會先送部分，其餘遲啲補返。"),
            ]
        )
    return r.choice(
        [
            (
                f"Stock-out notice: {number}",
                f"{product} is out of stock at our DC, so PO {number} will be part-filled; the "
                "balance follows when stock lands.",
            ),
            (
                f"{number} short",
                f"FYI, we're short on {product}, so {number} goes out incomplete. Rest to follow.",
            ),
        ]
    )
