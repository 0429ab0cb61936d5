"""Reading an order out of a message: customer, lines in selling units, requested date and
intent, each field pointing at the words it came from, unclear fields flagged."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from itertools import zip_longest
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from smarterp.intel.docs.aliases import sender_key
from smarterp.intel.docs.catalogue import Catalogue
from smarterp.intel.docs.dates import WEEKDAYS, DateMention, find_dates
from smarterp.intel.docs.flags import (
    CITES,
    COULD_BE,
    COUNTED_BUT_UNNAMED,
    FORWARDS,
    FRACTIONAL,
    FROM_FORWARD,
    NAMED_BUT_UNREAD,
    NAMED_IN_PART,
    NO_LONGER_SOLD,
    PACK_UNCLEAR,
    PARTY_UNCLEAR,
    SAME_SENDER,
)
from smarterp.intel.docs.intent import (
    CHANGE_ORDER,
    INQUIRY,
    NEW_ORDER,
    OTHER,
    classify,
    classify_supplier,
    supplier_cues,
)
from smarterp.intel.docs.lexicon import BY_THE_CASE, BY_THE_PIECE, CONDITIONAL, POSTSCRIPT
from smarterp.intel.docs.lexicon import words as unit_words
from smarterp.intel.docs.linking import LINK_THRESHOLD, PartnerLinker
from smarterp.intel.docs.numbers import EN_NUMBER_WORDS
from smarterp.intel.docs.packs import PackChoice, Packs, Reading
from smarterp.intel.docs.products import ProductMatcher, ProductMention
from smarterp.intel.docs.quantities import (
    PackSize,
    QuantityMention,
    find_pack_sizes,
    find_quantities,
    said_twice,
)
from smarterp.intel.docs.quoting import blank, layout
from smarterp.intel.docs.text import Folded, detect_language, fold

EXTRACTOR = "rules-v2"
_QUOTED_FROM = re.compile(
    r"^[ \t>]*(?:from|von|de|发件人|寄件者)\s*[:：][^\n]*?<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?",
    re.IGNORECASE | re.MULTILINE,
)
# A Notes-style forward names the original sender on a line of its own, no "From:" before it
# ("----- Forwarded by Karen Murphy/CedarProvisions ... -----" then "Karen Murphy <orders@...>").
_BARE_SENDER = re.compile(
    r"^[ \t>]*(?!(?:to|cc|bcc|收件人|抄送)\s*[:：])[^\n<>@:：]{1,60}"
    r"<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A stranger's message that asks nothing and orders nothing is someone else's business.
_ASKS = re.compile(r"[?？吗]|could you|can you|would you|do you|请问|能否|可否")
# A word right after a figure, on the same line: a unit word written with a slip ("csaes").
_WORD_AFTER = re.compile(r"[ \t]*([a-z]{4,9})(?![a-z])")
_UNIT_KINDS = {
    w: kind
    for kind in ("container", "item", "neutral", "either")
    for w in unit_words(kind)
    if len(w) >= 4
}
_NOT_UNITS = frozenset(EN_NUMBER_WORDS) | {"dozen", "dozens", "please", "each", "more", "only"}
_TIMES = re.compile(r"\d+[ \t]*[x×][ \t]*$")
_NUMBER_TOKEN = re.compile(r"[a-z0-9][a-z0-9/_-]{3,}[0-9]")

_SENTENCE = re.compile(
    r"[^\n?!;。？！；]+?(?:[?!;。？！；]|(?:(?<=[a-z]{4})|(?<=[)\u4e00-\u9fff]))\.(?=\s|$)|\n|$)"
)
# List marks and a table's row number ("1\t汤圆\t10\t包"): never an amount.
# ("５．椰子水": a full-width list mark runs straight into the goods' Chinese name.)
# ("Line 1  Tea": a row label before two spaces or a tab; 【1】, [1]: a number in brackets)
_LIST_MARKER = re.compile(
    r"^[ \t]*(?:(?:\(?\d{1,2}[.)、]|\d{1,3}(?=[ \t]*\t)|[-*•·>]|"
    r"(?:item|line|no)\.?[ \t]*\d{1,3}(?:[:.)]|(?=[ \t]{2}|\t)))[ \t]+"
    r"|\(?\d{1,2}[.)、](?=[\u4e00-\u9fff])|[【\[]\d{1,2}[】\]])",
    re.MULTILINE,
)
# A sum written out ("1+4 = 5 cases", "32+4=36袋"): the total after "=" is the count.
_ADDENDS = re.compile(r"(?<![\d.])\d+(?:[ \t]*\+[ \t]*\d+)+[ \t]*=[ \t]*(?=\d)")
# A form's fields, one to a line ("品名：每日坚果" / "数量：20" / "单位：包"; "Item: Tea" /
# "Qty: 4" / "UOM: CTN"): read as one line "每日坚果 20 包".
_FIELD = re.compile(
    r"^[ \t]*(?P<label>品名|商品名称|商品|数量|单位|备注|规格|"
    r"item(?: name| description)?|description|product|qty|quantity|uom|unit|remarks?|notes?)"
    r"[ \t]*[:：][ \t]*",
    re.MULTILINE,
)
_FIELD_GOODS = {"品名", "商品名称", "商品", "item", "item name", "item description", "description",
                "product"}  # fmt: skip


# A pasted sheet's header: cells parted by ";", "," or "|", one of them the quantity's.
_SHEET_HEADER = re.compile(
    r"^[^\n]*\b(?:qty|quantity|quantities|amount|数量|qté)\b[^\n]*$", re.MULTILINE
)


def _sheet_cells(text: str) -> str:
    """A sheet pasted as text ("description;quantity;pack" then "Peanut Oil;8;pc") reads as a
    table: its separators become tabs, offsets kept. Only rows with as many separators as the
    header, so commas inside a sentence stay commas; quotes around cells go."""
    chars = list(text)
    for header in _SHEET_HEADER.finditer(text):
        line = header.group(0)
        counts = {sep: line.count(sep) for sep in ";|,\t"}
        sep = max(counts, key=lambda k: counts[k])
        if counts[sep] < 2 or sep == "\t" or re.search(r"\d", line):
            continue  # (a header names its columns; a line of goods "…; qty 7; …" is no header)
        if any(len(cell.strip()) > 24 for cell in line.split(sep)):
            continue
        at = header.start()
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if text[at:end].count(sep) != counts[sep]:
                break
            for k in range(at, end):
                if text[k] == sep:
                    chars[k] = "\t"
                elif text[k] == '"':  # a cell in quotes, as Excel writes CSV: "洗发水","9","箱"
                    chars[k] = " "
            at = end + 1
    return "".join(chars)


# A row that opens with a number and a wide gap ("01  中性笔，订9箱", "10  祁门红茶"): numbered
# 1, 2, 3 ... down the lines, those numbers are the rows', not amounts.
_ROW_OPENING = re.compile(r"^([ \t]*)(\d{1,3})(?=[ \t]{2,}\S)", re.MULTILINE)


def _numbered_rows(text: str) -> str:
    rows = list(_ROW_OPENING.finditer(text))
    if len(rows) < 2 or [int(m.group(2)) for m in rows] != list(range(1, len(rows) + 1)):
        return text
    chars = list(text)
    for m in rows:
        for k in range(m.start(2), m.end(2)):
            chars[k] = " "
    return "".join(chars)


def _readable(text: str) -> str:
    """The text as lines are read from it: sheets as tables, list marks and row numbers
    blanked, form fields joined (offsets kept)."""
    blanked = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), _sheet_cells(text))
    blanked = _numbered_rows(blanked)
    return _join_fields(_ADDENDS.sub(lambda m: " " * len(m.group(0)), blanked))


def _join_fields(text: str) -> str:
    """Blocks of form fields become one line each: the labels and the line breaks inside a
    block turn into spaces (so offsets stay put); a new goods field starts the next line."""
    chars = list(text)
    fields = list(_FIELD.finditer(text))
    for m, nxt in zip_longest(fields, fields[1:]):
        for k in range(m.start(), m.end()):
            chars[k] = " "
        if nxt is None or nxt.group("label") in _FIELD_GOODS:
            continue
        between = text[m.end() : nxt.start()]
        if between.count("\n") == 1:  # the next field on the very next line: same item
            chars[m.end() + between.index("\n")] = " "
    return "".join(chars)


# A stock column's label ("Cola | on hand 4 | order 25 ea"), not the Hand Cream.
_STOCK_LABEL = re.compile(r"\bon hand\b")
# A row that adds up the others ("Total: 10 cases", 合计12箱) names no goods of its own.
_TOTALS = re.compile(r"\btotal|\baltogether\b|\bin all\b|\bmakes\b|合计|共计|一共|总共|总计")
# An order's items: its lines, or the parts of a line between semicolons.
_ITEM_ROW = re.compile(r"[^\n;；]+")
# A word that could name goods beside a count, and words that never do.
_GOODS_WORD = re.compile(r"[a-z]{4,}|[\u4e00-\u9fff]{2,}")
_NOT_GOODS_WORDS = """total please thanks order orders delivery deliver need send ship each
    more same also only full whole cases units pieces bottles boxes week weeks today tomorrow
    before after latest usual every last next this that these those with from have will want
    like"""
_NOT_GOODS = frozenset(_NOT_GOODS_WORDS.split())
# ("[8 cs] Oyster Sauce": a closing bracket may stand between; "10 [香瓜子]" names the goods
# said before again, and the figure is theirs)
_FORWARD_GAP = re.compile(
    # (Filipino "ng", Portuguese and Spanish "de": of)
    r"^(?:\s|\b(?:of|ng|de|the|our|your|those|these|more|additional|extra|x|each|fresh|nice|big|"
    r"large|small|usual|regular|normal|same)\b|[×()（）\]】的])*$"
)
_CANCEL = re.compile(
    r"cancel|skip|remove|drop|delete|no longer|don'?t need|do not need|not needed|leave out|"
    r"forget the|取消|不要|去掉|删掉|删除|免了|算了"
)
# Words that make a question a request for goods or for a change to an order.
_ORDER_VERB = re.compile(
    r"send|ship|deliver|order|book|supply|\bbump|increase|\bup to \d|\bdown to \d|\badd\b|"
    r"\b(?:can|could|may) (?:i|we) (?:get|have)\b|\bneed (?:it|them)\b|squeeze|"
    r"\b(?:wed|id|we would|i would) like\b|"
    r"订|发|送|要|来|加到|改成"
)
_PRICE_QUESTION = re.compile(
    r"price|quot(?:e|ing|ation)|cost|discount|availab|in stock|how much|come to|what.?s the damage|"
    r"before we (?:place|order)|报价|价格|多少钱|折扣|现货|有没有|啥价|什么价|便宜|比比价|"
    r"有货(?:不|没|吗)|请报|单价"
)
# A message that says of itself that it orders nothing ("This is an RFQ only and is not a
# purchase order"): none of its goods are ordered (a disclaimer "... unless signed" excepted).
_NOT_AN_ORDER = re.compile(
    r"(?:\bnot (?:a|an) (?:(?:confirmed|firm|final|formal|official) )?(?:purchase )?order\b|"
    r"\b(?:this|it) is not an order\b|\brfq\b|\brequest for quotation\b|"
    r"\bfor (?:our )?budget(?:ing)? only\b|非正式订单|不是正式订单|询价单)"
    r"(?![^.\n]{0,40}\bunless\b)"
)
# "just asking, not ordering yet": the goods and figures in the message are asked about (what
# a message says of itself, "not a purchase order", is `_NOT_AN_ORDER`, read over all of it).
_JUST_ASKING = re.compile(
    r"先问问|还没定|只是问问?|先比|暂时不(?:订|下单)|"
    r"\bjust (?:asking|checking|enquiring|after a (?:price|quote))\b|"
    r"\bnot (?:ordering|placing (?:an|the|any) order) (?:yet|just yet)\b|\bhaven'?t decided\b|"
    r"请报价|询问|询价|\bconsidering (?:about )?(?:purchasing|buying|ordering)\b|"
    r"\bnot (?:confirmed|firm|final) yet\b|\bnot yet (?:confirmed|firm|final)\b|"
    r"\b(?:might|may) need\b|拟采购"
)
_USE_FORWARDED = re.compile(
    r"below|forwarded|attached order|following order|see order|以下|下面|转发|如下"
)
_FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|fw|转发)\s*[:：]")
_DELIVERY_CUE = re.compile(
    r"\bby\b|before|\bb4\b|until|\btill\b|latest|deliver|arriv|ship|need|\bhere\b|dispatch|\bdue\b|\bsend\b|"
    r"drop(?:ped)? off|\bdrop (?:it|them) (?:round|over|off)\b|\bcome\b|\breceive\b|"
    # Malay and Indonesian: kirim, hantar (send), sampai (arrive), terima (receive)
    r"\b(?:kirim|hantar|sampai|terima)\b|"
    # Spanish, French and German: entregar, livraison, Lieferung
    r"\bentreg|\blivr|\bliefer|\bconsegn|"
    # close of business, end of day or week ("COB Thursday", "EOW")
    r"\bcob\b|\beod\b|\beow\b|close of business|end of (?:the )?day|"
    # where the goods are landed ("dock Tuesday", "wharf", "berth")
    r"\bdock(?:ed|ing)?\b|\bwharf\b|\bberth\b|"
    r"\b(?:on|for) (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:the\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)\b|"
    r"送|到货|交货|交付|前|之前|最晚|截止|发货|到达|提前|要到|能到|到吗|要货|收货|交期|货期|"
    # a requisition's day the goods are needed on (需用日期, 用货日期)
    r"需用|需到|用货"
)
# A day said right before an arrival word ("24号到", "3月9日的货", "下周五要收到") or right after
# "for"/"on" ("for Friday", "on Sunday 5 April", "first thing Friday") is the day wanted.
# (The weekday may be said again between: "6月17号 周二到", "6月17号 hari Selasa 到".)
_CUE_AFTER_DATE = re.compile(
    # (a bracket between: "(Sat)", "下个礼拜一（10月13号）到", the day in it closed)
    r"\s*[)）]?\s*(?:[(（][^)）]{1,12}[)）]\s*)?"
    r"(?:(?:[a-z]+day|(?:周|星期|礼拜)[一二三四五六日天]|(?:hari\s+)?(?:isnin|senin|selasa|rabu|"
    r"khamis|kamis|jumaat|jumat|sabtu|ahad|minggu))\s*[,，]?\s*)?"
    r"(?:到|要|送|的货|前|之前|或之前|交|发|收)"
)
_CUE_BEFORE_DATE = re.compile(
    r"(?:\bfor|\bon|\bfirst thing|\bas of|\bpour|\bpara|\bfuer)\s+(?:the\s+)?"
    # (the date may follow its weekday in brackets: "para Thursday (November 7)")
    rf"(?:(?:[a-z]+day|{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+[(（]?\s*)?"
    r"(?:the\s+)?$"
)
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十]")
_LEADS_INTO = re.compile(r"[ \t装的]*")
_PIECE_BEFORE = re.compile(r"(?:单(?:个|瓶|支|罐|只|袋|包|盒|台|件|块|樽)|散)装?的?\s*$")
_CORRECTION = re.compile(
    r"\bcorrection\b|\bplease read .{1,60} as\b|\bscratch that\b|\bshould (?:be|read)\b|"
    r"更正|以此为准|应为|笔误|写错|实际(?:要|是|为)|最后(?:定|确定|改)"
)
_HEADER_LINE = re.compile(
    r"\s*(?:(?:from|sent|date|to|cc|subject|von|gesendet|发件人|发送(?:时间|日期)|时间|日期|收件人|"
    r"抄送|主题)"
    r"\s*[:：]|[-\s]*forwarded by\b)"
)
_DATE_ASKED = re.compile(
    r"[\W_]*(?:(?:pls|plz|please|ok|okay|if poss(?:ible)?|if you can|would be great|thanks|"
    r"thx|ta|for|arvo|morning|afternoon|evening|am|pm|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|saturday|"
    r"行吗|可以吗|好吗|哈|(?:之)?前|到货|送到|送货|到|感谢|谢谢|"
    # thanks and please abroad; Filipino "po" (politeness) and "sana" (hopefully)
    r"gracias|merci|danke|bitte|obrigad[oa]|por favor|salamat|po|sana|"
    # Malay and Indonesian: "boleh?", "bisa?" (can you?)
    r"boleh|bisa)[\W_]*)*",
    re.UNICODE,
)
# A date with its month in words or 月 ("July 3", "3 de julho", "7月3日"), not figures alone.
_MONTH_NAMED = re.compile(r"[a-z]{3}|月")
# "As soon as possible" asks for no day, unless a day is written beside it ("by 25/7, asap").
_NO_DATE = re.compile(r"\basap\b|as soon as possible|尽快|越快越好")
# The day a purchase order was made out is no delivery day ("下单日期：2025/11/24" above
# "交货日期").
_ORDER_DATE = re.compile(
    r"(?:下单|订单|订购|单据|开单|制单|采购|申购|请购|申请)日期|"
    r"\b(?:order|po|issue|document) date\b"
)


@dataclass(frozen=True)
class Email:
    """A message to read; `date` anchors relative dates (today when unknown)."""

    id: str
    sender: str
    subject: str
    body: str
    date: date | None = None
    lang: str | None = None
    # The conversation the message belongs to (a chat with one handle), and email or chat.
    thread: str | None = None
    channel: str = "email"

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Email:
        raw_date = obj.get("date")
        day = date.fromisoformat(str(raw_date)[:10]) if raw_date else None
        return cls(
            id=str(obj.get("id", "")),
            sender=str(obj.get("from") or obj.get("sender") or ""),
            subject=str(obj.get("subject") or ""),
            body=str(obj.get("body") or ""),
            date=day,
            lang=obj.get("lang"),
        )


@dataclass(frozen=True)
class Span:
    """Characters start..end of the body, and the words there."""

    start: int
    end: int
    text: str


@dataclass
class Line:
    product_id: int
    product: str
    quantity: Decimal
    span: Span
    flags: list[str] = field(default_factory=list)
    # Other readings the words allow (another pack), kept for a person to choose.
    alternatives: list[tuple[int, str, Decimal]] = field(default_factory=list)


@dataclass
class OrderReading:
    id: str
    language: str
    intent: str
    intent_confidence: float
    customer_id: int | None
    customer: str | None
    customer_confidence: float
    customer_reasons: list[str]
    lines: list[Line]
    requested_date: date | None
    date_span: Span | None
    flags: list[str]
    extractor: str = EXTRACTOR
    # Who wrote: customer, supplier or other; the partner linked whatever its role, and the
    # company's own document the message cites (a purchase order, sales order or invoice).
    sender_type: str = "customer"
    partner_id: int | None = None
    partner: str | None = None
    reference: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The shape of `smarterp extract order --json`."""
        return {
            "id": self.id,
            "intent": self.intent,
            "customer": self.customer,
            "lines": [
                {"product": ln.product, "quantity": _plain_number(ln.quantity)} for ln in self.lines
            ],
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
        }

    def evidence(self) -> dict[str, Any]:
        """Every field with the text it came from, for a person to check."""
        return {
            **self.as_dict(),
            "language": self.language,
            "intent_confidence": self.intent_confidence,
            "customer_confidence": self.customer_confidence,
            "customer_reasons": self.customer_reasons,
            "lines": [
                {
                    "product": ln.product,
                    "product_id": ln.product_id,
                    "quantity": _plain_number(ln.quantity),
                    "span": [ln.span.start, ln.span.end],
                    "text": ln.span.text,
                    "flags": ln.flags,
                    "alternatives": [
                        {"product": name, "product_id": pid, "quantity": _plain_number(q)}
                        for pid, name, q in ln.alternatives
                    ],
                }
                for ln in self.lines
            ],
            "sender_type": self.sender_type,
            "partner": self.partner,
            "partner_id": self.partner_id,
            "reference": self.reference,
            "date_span": (
                {"span": [self.date_span.start, self.date_span.end], "text": self.date_span.text}
                if self.date_span
                else None
            ),
            "flags": self.flags,
        }


def _plain_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass
class _Found:
    lines: dict[int, Line] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)
    # Goods a correction settled ("CORRECTION: read Air Fryer as 5 cases" above the list):
    # what the list says of them later does not undo it.
    corrected: set[int] = field(default_factory=set)


class OrderReader:
    """Reads messages against one catalogue; build once, read many."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.products = ProductMatcher(catalogue.products)
        self.linker = PartnerLinker(catalogue.partners, catalogue.own_names)
        self.product_names = {p.id: p for p in catalogue.products}
        self.packs = Packs(catalogue.products)
        self.partners = {p.id: p for p in catalogue.partners}
        # Senders and chat threads linked confidently so far: the next short message from the
        # same handle ("再加两箱") links through them.
        self.memory: dict[str, int] = {}

    def read(self, email: Email) -> OrderReading:
        body = email.body.replace("\r\n", "\n")
        base = email.date or date.today()
        folded = fold(body)
        quoted = layout(body)
        quoted_folded = [folded_range(folded, s, e) for s, e in quoted.quoted]
        own_text = _readable(blank(folded.text, quoted_folded))
        subject = fold(email.subject).text
        quoted_text = "\n".join(body[start:end] for start, end in quoted.quoted)
        link, reference = self._link(
            email, body_without(body, quoted.quoted), f"{subject}\n{own_text}", quoted_text
        )
        partner = self.partners.get(link.partner_id) if link.partner_id else None
        sender_type = _sender_type(partner, subject, own_text)
        language = email.lang or detect_language(f"{email.subject}\n{body}")
        flags: list[str] = []
        if link.partner_id is None:
            who = "customer" if sender_type == "customer" else "sender"
            flags.append(PARTY_UNCLEAR.format(who=who, why=link.reasons[0]))
        if sender_type == "supplier":
            intent = classify_supplier(subject, own_text, cites=reference is not None, today=base)
            return OrderReading(
                id=email.id, language=language, intent=intent.label,
                intent_confidence=intent.confidence, customer_id=None, customer=None,
                customer_confidence=0.0, customer_reasons=[], lines=[], requested_date=None,
                date_span=None, flags=flags, sender_type=sender_type,
                partner_id=link.partner_id, partner=link.name, reference=reference,
            )  # fmt: skip
        history = self.catalogue.bought_before(link.partner_id, base) if link.partner_id else None
        named = _STOCK_LABEL.sub(lambda m: " " * len(m.group(0)), folded.text)
        # (a pasted sheet's cells as a table's: "Cola;family size;26" names the pack in a cell)
        mentions = self.packs.extend(self.products.find(named), _sheet_cells(folded.text))
        known = {m.product_id for m in mentions if m.product_id is not None}
        found = self._lines(own_text, folded, body, mentions, known, history, base)
        order_text = own_text
        forwards = (
            quoted.forwarded or _USE_FORWARDED.search(own_text) or _FORWARD_SUBJECT.match(subject)
        )
        if not found.lines and quoted.quoted and forwards:
            outside = [(0, r[0]) for r in quoted_folded[:1]]
            forwarded_text = _readable(blank(folded.text, outside))
            found = self._lines(forwarded_text, folded, body, mentions, known, history, base)
            if found.lines:
                order_text = forwarded_text  # its date is the order's too
                flags.append(FROM_FORWARD)
        intent = classify(subject, own_text, has_lines=bool(found.lines))
        lines = list(found.lines.values())
        requested, date_span = None, None
        if intent.label in (NEW_ORDER, CHANGE_ORDER):
            requested, date_span = self._requested_date(own_text, folded, body, base)
            if requested is None and order_text is not own_text:
                requested, date_span = self._requested_date(order_text, folded, body, base)
        else:
            lines = []
        if intent.label in (NEW_ORDER, CHANGE_ORDER):
            flags.extend(found.unresolved)
            flags.extend(self._left_unread(order_text, body, folded, mentions, lines))
        if link.partner_id is None and intent.label == INQUIRY and not _ASKS.search(own_text):
            intent_label, sender_type = OTHER, "other"  # no partner, nothing asked or ordered
        else:
            intent_label = intent.label
        for ln in lines:
            product = self.product_names[ln.product_id]
            if not product.sellable:
                ln.flags.append(NO_LONGER_SOLD.format(product=product.name))
        customer = partner is not None and partner.is_customer
        return OrderReading(
            id=email.id,
            language=language,
            intent=intent_label,
            intent_confidence=intent.confidence,
            customer_id=link.partner_id if customer else None,
            customer=link.name if customer else None,
            customer_confidence=link.confidence,
            customer_reasons=link.reasons,
            lines=lines,
            requested_date=requested,
            date_span=date_span,
            flags=flags,
            sender_type=sender_type,
            partner_id=link.partner_id,
            partner=link.name,
            reference=reference,
        )

    def _left_unread(
        self,
        text: str,
        body: str,
        folded: Folded,
        mentions: list[ProductMention],
        lines: list[Line],
    ) -> list[str]:
        """Goods named in the order's own words with a figure beside them on their line, but
        read into no line: said, so that a person checks the draft rather than trusting it."""
        read = {i for ln in lines for i in self.packs.family.get(ln.product_id, (ln.product_id,))}
        notes: list[str] = []
        for m in mentions:
            if not text[m.start : m.end].strip() or m.product_id is None:
                continue
            if m.product_id in read:
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if not _FIGURE.search(line) or _ASKS.search(line):
                continue
            start, end = folded.span(m.start, m.end)
            notes.append(NAMED_BUT_UNREAD.format(text=repr(body[start:end])))
        return notes + self._counted_but_unnamed(text, body, folded, mentions)

    @staticmethod
    def _counted_but_unnamed(
        text: str, body: str, folded: Folded, mentions: list[ProductMention]
    ) -> list[str]:
        """A row of the order that counts something in a unit ("4 cases Botter", "1 case
        woke") but names no goods the catalogue knows: said, so that a person adds them rather
        than the draft silently leaving them out."""
        notes: list[str] = []
        for piece in _ITEM_ROW.finditer(text):
            row, start, end = piece.group(0), piece.start(), piece.end()
            counted = [
                q
                for q in find_quantities(row)
                if q.unit_kind in ("container", "item", "either") and not q.old
            ]
            if not counted or _ASKS.search(row) or _TOTALS.search(row):
                continue
            rest = blank(row, [(q.start, q.end) for q in counted])
            if not any(w.group(0) not in _NOT_GOODS for w in _GOODS_WORD.finditer(rest)):
                continue
            if any(start <= m.start < end for m in mentions):
                continue  # goods are named: read, or flagged as named but unread
            b_start, b_end = folded.span(start, end)
            snippet = body[b_start:b_end].strip()
            notes.append(COUNTED_BUT_UNNAMED.format(text=repr(snippet[:60])))
        return notes

    def _link(
        self, email: Email, own_body: str, text: str, quoted: str = ""
    ) -> tuple[Any, str | None]:
        """Link the sender on every evidence: address, names, documents cited, the partner
        whose message is forwarded, earlier messages from the same sender or chat; remember a
        confident link for the next one."""
        extra: list[tuple[int, float, str]] = []
        for address in dict.fromkeys(_QUOTED_FROM.findall(quoted) + _BARE_SENDER.findall(quoted)):
            partner = self.linker.by_email.get(address.lower())
            if partner is not None:
                extra.append((partner.id, 0.9, FORWARDS.format(address=address.lower())))
        reference = None
        for token in _NUMBER_TOKEN.findall(text):
            cited = self.catalogue.documents.get(token)
            if cited is not None:
                reference = reference or token.upper()
                extra.append((cited[1], 0.9, CITES.format(document=token.upper())))
        key = sender_key(email.sender)
        # A chat is one conversation with one handle; an e-mail subject ("New order") is
        # shared by strangers, so only chats link through their thread.
        thread = f"thread:{email.thread}" if email.thread and email.channel == "chat" else None
        keys = [k for k in (key, thread) if k]
        for k in keys:
            if k in self.memory:
                extra.append((self.memory[k], 0.85, SAME_SENDER))
        # The subject is the sender's words too ("上海瑞丰贸易补货单", "ORDER - OAK KITCHENS").
        said = f"{email.subject}\n{own_body}" if email.subject else own_body
        link = self.linker.link(email.sender, said, role="any", extra=extra)
        if link.partner_id is not None and link.confidence >= LINK_THRESHOLD:
            for k in keys:
                self.memory[k] = link.partner_id
        return link, reference

    # -- lines ------------------------------------------------------------------------------

    def _lines(
        self,
        text: str,
        folded: Folded,
        body: str,
        all_mentions: list[ProductMention],
        known: set[int],
        history: dict[int, int] | None,
        base: date,
    ) -> _Found:
        found = _Found()
        # A bare figure inside a date ("by 2026-03-18") is never an amount ordered.
        dated = [(d.start, d.end) for d in find_dates(text, base)]
        quantities = [
            self._respelt(text, q)
            for q in find_quantities(text)
            if q.unit_kind or q.dozen or not any(s <= q.start < e for s, e in dated)
        ]
        declared = find_pack_sizes(text)
        mentions = [m for m in all_mentions if text[m.start : m.end].strip()]
        postscripts = [(m.start(), m.end()) for m in POSTSCRIPT.finditer(text)]
        for sentence in _SENTENCE.finditer(text):
            s, e = sentence.start(), sentence.end()
            amending = any(a <= s < b for a, b in postscripts)
            words = sentence.group(0)
            ps = [m for m in mentions if s <= m.start < e]
            if not ps:
                continue
            qs = [
                q
                for q in quantities
                if s <= q.start < e
                and not q.old
                and not any(p.start <= q.start < p.end for p in ps)
            ]
            if (
                words.rstrip().endswith(("?", "？"))
                and (not _ORDER_VERB.search(words) or _PRICE_QUESTION.search(words))
                and not _asks_only_a_date(text[max(m.end for m in ps + qs) : e], base)
            ):
                continue  # "how much would 20 cases cost?" asks, it does not order
            if _PRICE_QUESTION.search(words) and CONDITIONAL.search(words):
                continue  # "your price if we took 7 cases" weighs an order, it places none
            if (
                _JUST_ASKING.search(words)
                or (_PRICE_QUESTION.search(words) and _JUST_ASKING.search(text))
                or _NOT_AN_ORDER.search(text)
            ):
                continue  # "what's 20 cases, just asking" prices an order, it places none
            # A pack size between a figure and the goods does not part them ("5 x 12pk Tea").
            # Nor does a figure said twice ("eleven (11) cases").
            pairs = _pair(ps, qs, blank(said_twice(text), [(d.start, d.end) for d in declared]))
            loose = [q for q in qs if all(q is not x for _, x in pairs)]
            correcting = _CORRECTION.search(words) is not None
            for p, q in pairs:
                q = self._with_pack_size(p, q, mentions, loose, declared, text, (s, e), qs)
                q = _counted_as_said(p, q, mentions, text, e)
                self._add_line(found, p, q, folded, body, known, history, correcting, amending)
            paired = {id(p) for p, _ in pairs}
            if _CANCEL.search(words):
                for p in ps:
                    if id(p) not in paired and p.product_id in found.lines:
                        del found.lines[p.product_id]
        return found

    def _add_line(
        self,
        found: _Found,
        mention: ProductMention,
        quantity: QuantityMention,
        folded: Folded,
        body: str,
        known: set[int],
        history: dict[int, int] | None = None,
        correcting: bool = False,
        amending: bool = False,
    ) -> None:
        start, end = folded.span(min(mention.start, quantity.start), max(mention.end, quantity.end))
        span = Span(start, end, body[start:end])
        product_id = mention.product_id
        if product_id is None:
            narrowed = mention.ids & known
            if len(narrowed) == 1:
                product_id = next(iter(narrowed))
            else:
                names = sorted(self.product_names[i].name for i in mention.ids)
                found.unresolved.append(
                    COULD_BE.format(text=repr(span.text), names=" or ".join(names))
                )
                return
        choice = self.packs.choose(product_id, quantity, history)
        if not (correcting or amending) and choice.reading.product_id in found.lines:
            choice = self._second_listing(found, choice)
        line = self._line(choice, mention.exact, span)
        product_id = line.product_id
        if product_id in found.corrected and not correcting:
            return
        if correcting:
            found.corrected.add(product_id)
        if (correcting or amending) and product_id not in found.lines:
            # A correction or a P.S. naming the goods in one pack settles a line read before in
            # a pack left open with this one as its other reading ("10 boxes of Longjing" ...
            # "西湖龙井最后定8箱"; "25 boxes of Sunflower Seeds" ... "PS：香瓜子要23箱"); a line
            # whose pack was certain is other goods and stays ("厨房纸巾 10個（單個出貨）").
            family = self.packs.family.get(product_id, (product_id,))
            open_before = [
                i
                for i in family
                if i in found.lines and any(a[0] == product_id for a in found.lines[i].alternatives)
            ]
            if len(open_before) == 1:
                found.lines.pop(open_before[0])
                if correcting:
                    found.corrected.add(open_before[0])
        found.lines.pop(product_id, None)  # a later statement (a P.S.) replaces an earlier one
        found.lines[product_id] = line

    def _line(self, choice: PackChoice, exact: bool, span: Span) -> Line:
        """The line a pack choice reads, flagged where the name or the pack is in doubt."""
        product_id, amount = choice.reading.product_id, choice.reading.quantity
        product = self.product_names[product_id]
        flags = [] if exact else [NAMED_IN_PART]
        if amount != amount.to_integral_value():
            flags.append(FRACTIONAL)
        if choice.note:
            flags.append(choice.note)
        alternatives = [self._alternative(r) for r in choice.alternatives]
        if alternatives:
            readings = " or ".join(
                f"{_plain_number(q)} x {name}"
                for _, name, q in [(product_id, product.name, amount), *alternatives]
            )
            flags.append(PACK_UNCLEAR.format(readings=readings))
        return Line(product_id, product.name, amount, span, flags, alternatives)

    def _second_listing(self, found: _Found, choice: PackChoice) -> PackChoice:
        """The same goods listed twice in one order are two packs ("15 single bottles of Plum
        Juice" ... "7 dozen Plum Juice"; "1 pack of Dumplings" ... "Dumplings qty 7"), not a
        second statement replacing the first: whichever of the two readings was left open
        takes its other pack, still flagged."""
        taken = found.lines
        other = next((r for r in choice.alternatives if r.product_id not in taken), None)
        if other is not None:
            rest = [r for r in choice.alternatives if r is not other]
            return PackChoice(other, [choice.reading, *rest])
        before = taken[choice.reading.product_id]
        moved = next(
            (a for a in before.alternatives if a[0] not in taken and a[0] != before.product_id),
            None,
        )
        if moved is not None:
            rest = [Reading(a[0], a[2]) for a in before.alternatives if a is not moved]
            reread = PackChoice(
                Reading(moved[0], moved[2]), [Reading(before.product_id, before.quantity), *rest]
            )
            line = self._line(reread, NAMED_IN_PART not in before.flags, before.span)
            found.lines = {  # (in its place: lines keep the order they were written in)
                (line.product_id if k == before.product_id else k): (
                    line if k == before.product_id else v
                )
                for k, v in taken.items()
            }
        return choice

    def _respelt(self, text: str, quantity: QuantityMention) -> QuantityMention:
        """A figure followed by a unit word with one slip ("2 csaes", "24 botles") counts in
        that unit, as a guess: the reading keeps the goods' other packs open."""
        if quantity.unit_kind is not None or quantity.dozen:
            return quantity
        m = _WORD_AFTER.match(text, quantity.end)
        if m is None:
            return quantity
        word = m.group(1)
        if word in _UNIT_KINDS or word in _NOT_UNITS or word in self.products.by_token:
            return quantity
        kinds = {
            kind
            for unit, kind in _UNIT_KINDS.items()
            if DamerauLevenshtein.distance(word, unit, score_cutoff=1) <= 1
        }
        if not kinds:
            return quantity
        if len(kinds) > 1:  # "3 caes": a case or cans; the figure still goes with the goods
            return replace(quantity, end=m.end(), certain=False)
        return replace(quantity, end=m.end(), unit_kind=kinds.pop(), certain=False)

    def _with_pack_size(
        self,
        mention: ProductMention,
        quantity: QuantityMention,
        mentions: list[ProductMention],
        loose: list[QuantityMention],
        declared: list[PackSize],
        text: str,
        sentence: tuple[int, int],
        others: Sequence[QuantityMention] = (),
    ) -> QuantityMention:
        """A pack size said beside the goods on their line ("2 cases of X (12 bottles)", "X
        12瓶装 × 2", "X - 2 x 12") tells which pack is counted: the count is in packs of that
        size. A second bare figure is a pack size only when it is one the goods are sold in."""
        pid = mention.product_id or min(mention.ids)
        sizes = self.packs.sizes(pid)
        lo, hi = min(mention.start, quantity.start), max(mention.end, quantity.end)
        # Looked for on the goods' line, within their sentence.
        line_start = max(text.rfind("\n", 0, lo) + 1, sentence[0])
        line_end = text.find("\n", hi)
        line_end = sentence[1] if line_end < 0 else min(line_end, sentence[1])

        on_line = [o for o in mentions if line_start <= o.start and o.end <= line_end]

        def beside(start: int, end: int) -> bool:
            """On the goods' line, nothing else named in between, and these goods the ones
            it belongs to: the nearest named before it, or else the nearest after it."""
            a, b = min(start, lo), max(end, hi)
            if start < line_start or end > line_end:
                return False
            if any(a <= o.start < b for o in mentions if o is not mention):
                return False
            # Nor another line's count: "X x2, 5 x case (12 ct) Y" - the size is Y's.
            if any(a <= x.start < b for x in others if x is not quantity and x.start != start):
                return False
            before = [o for o in on_line if o.end <= start]
            after = [o for o in on_line if o.start >= end]
            owner = before[-1] if before else (after[0] if after else None)
            return owner is mention

        said = [
            d.size
            for d in declared
            # "5x12 Tea": a size written onto the goods' own count is theirs.
            if (quantity.start <= d.start <= quantity.end + 1 or beside(d.start, d.end))
            and not any(o.start <= d.start < o.end for o in mentions)
        ]
        if said:
            if quantity.unit_kind in (None, "neutral", "container", "either"):
                kind = quantity.unit_kind if quantity.unit_kind in ("container", "either") else None
                return replace(quantity, pack=said[0], unit_kind=kind or "container")
            return quantity
        figures = [
            x
            for x in loose
            if beside(x.start, x.end)
            and not x.old
            and x.count == int(x.count)
            and x.count > 1
            and x.unit_kind in (None, "item", "neutral")
        ]
        if not figures:
            return quantity
        other = figures[0]
        if quantity.unit_kind in ("container", "either") and other.unit_kind != "neutral":
            if int(other.count) in sizes or (not sizes and other.unit_kind == "item"):
                return replace(quantity, pack=int(other.count))  # "2 cases of X (12 bottles)"
            return quantity
        if not sizes:
            return quantity
        if quantity.unit_kind == "item":
            if other.unit_kind is None and int(quantity.count) in sizes:
                # "X (12 bottles) x 2": twelve to a pack, two packs.
                return replace(
                    other, pack=int(quantity.count), unit_kind="container", certain=False
                )
            return quantity
        if quantity.unit_kind is None and other.unit_kind is None and int(other.count) in sizes:
            # "10 x 12" written as one, twelve being what the goods' case holds: ten cases.
            times = _TIMES.match(text, quantity.start, other.start) is not None
            return replace(quantity, pack=int(other.count), unit_kind="container", certain=times)
        if quantity.unit_kind in (None, "neutral") and int(quantity.count) in sizes:
            # "X 12 pack x 2": the figure that is a pack size is the size, the other the count.
            kind = other.unit_kind if other.unit_kind != "neutral" else None
            if kind == "item":
                return quantity
            return replace(other, pack=int(quantity.count), unit_kind="container", certain=False)
        return quantity

    def _alternative(self, reading: Reading) -> tuple[int, str, Decimal]:
        return reading.product_id, self.product_names[reading.product_id].name, reading.quantity

    # -- date -------------------------------------------------------------------------------

    def _requested_date(
        self, text: str, folded: Folded, body: str, base: date
    ) -> tuple[date | None, Span | None]:
        mentions = [d for d in find_dates(text, base) if d.value >= base]
        if not mentions:
            return None, None
        chosen: DateMention | None = None
        open_dates: list[DateMention] = []  # the dates no header or order date holds
        for sentence in _SENTENCE.finditer(text):
            words = sentence.group(0)
            inside = [d for d in mentions if sentence.start() <= d.start < sentence.end()]
            if not inside or _HEADER_LINE.match(words) or _ORDER_DATE.search(words):
                continue  # a forwarded message's "Sent: 31 December" is not a delivery date
            open_dates += inside
            if _NO_DATE.search(words) and not any(d.kind == "explicit" for d in inside):
                continue
            # "26th October pls", "Thursday next week ok?": a date asked for on its own.
            rest = blank(
                words, [(d.start - sentence.start(), d.end - sentence.start()) for d in inside]
            )
            if _DELIVERY_CUE.search(words) or _DATE_ASKED.fullmatch(rest):
                chosen = inside[0]
                break
            near = [
                d
                for d in inside
                if _CUE_AFTER_DATE.match(text, d.end)
                or _CUE_BEFORE_DATE.search(text, sentence.start(), d.start)
            ]
            if near:
                chosen = near[0]
                break
            # "... 7 nos. Wok. 2024-12-22 if you can": a date closing the message's words.
            last = inside[-1]
            before = text[sentence.start() : last.start].rstrip()
            if _DATE_ASKED.fullmatch(text[last.end : sentence.end()]) and (
                # (not after a label's colon: "单据日期：20251203" dates the document)
                not before or before[-1] in ".;,!。；，！"
            ):
                chosen = last
                break
        lone = open_dates[0] if len(open_dates) == 1 else None
        if (
            chosen is None
            and lone is not None
            and lone.kind == "explicit"
            and _MONTH_NAMED.search(text, lone.start, lone.end)
        ):
            # "PO-1 for our venues, to the central kitchen July 3:": the order's one day,
            # its month named (figures alone may be a reference), is the day it is wanted.
            chosen = lone
        if chosen is None:
            return None, None
        start, end = folded.span(chosen.start, chosen.end)
        return chosen.value, Span(start, end, body[start:end])


def _asks_only_a_date(tail: str, base: date) -> bool:
    """ "... family sz. Saturday the 30th ok?": the question after the goods is only about
    the day, so the goods before it are ordered."""
    dates = find_dates(tail, base)
    if not dates:
        return False
    # From the last stop before the day: what ends the goods' words ("... family sz.").
    cut = max(tail.rfind(mark, 0, dates[0].start) for mark in ".,;:!") + 1
    spans = [(d.start - cut, d.end - cut) for d in dates]
    return _DATE_ASKED.fullmatch(blank(tail[cut:], spans)) is not None


def _pair(
    ps: list[ProductMention], qs: list[QuantityMention], text: str
) -> list[tuple[ProductMention, QuantityMention]]:
    """Each quantity goes to the product right after it ("20 cases of Chang") or else to the
    nearest product before it that has none yet ("Chang, 20 cases")."""
    pairs: list[tuple[ProductMention, QuantityMention]] = []
    # "泰国香米十箱 花椒捌箱": goods, figure, goods, figure, each figure after its goods.
    order = sorted([(p.start, "p") for p in ps] + [(q.start, "q") for q in qs])
    kinds = "".join(kind for _, kind in order)
    if len(qs) >= 2 and kinds == "pq" * len(qs):
        return [(max((p for p in ps if p.end <= q.start), key=lambda p: p.end), q) for q in qs]
    taken: set[int] = set()
    for q in qs:
        after = next((p for p in ps if p.start >= q.end), None)
        if (
            after is not None
            and id(after) not in taken
            and _FORWARD_GAP.match(text[q.end : after.start])
        ):
            pairs.append((after, q))
            taken.add(id(after))
            continue
        before = [p for p in ps if p.end <= q.start and id(p) not in taken]
        if before:
            pairs.append((before[-1], q))
            taken.add(id(before[-1]))
    return pairs


def _counted_as_said(
    mention: ProductMention,
    quantity: QuantityMention,
    mentions: list[ProductMention],
    text: str,
    sentence_end: int,
) -> QuantityMention:
    """A bare figure or a box counts pieces, or cases, when the words after the goods,
    before the next goods on the line, say so ("Tea by the piece, 4", "26 Tea - singles
    please", "Tea by the case: 4"); so is 件, a case or a piece, told by "整件发" after it."""
    if quantity.unit_kind not in (None, "neutral", "either"):
        return quantity
    newline = text.find("\n", mention.end)
    # Not a unit word read as a name ("11 bags" and Trash Bags): it is the quantity's.
    after = [o.start for o in mentions if o.start >= mention.end and o.start >= quantity.end]
    end = min(after + [sentence_end] + ([newline] if newline >= 0 else []))

    def said(words: re.Pattern[str]) -> bool:
        m = words.search(text, mention.end, end)
        # (words leading into the next goods' name are theirs: "三件龙井（整件），单个装刀 2个")
        return m is not None and not (after and _LEADS_INTO.fullmatch(text, m.end(), min(after)))

    if quantity.unit_kind == "either":
        return replace(quantity, unit_kind="container") if said(BY_THE_CASE) else quantity
    if said(BY_THE_PIECE):
        return replace(quantity, unit_kind="item")
    # 单包装乌龙茶 18包, 散装花生: the same words in front of the name, on its line.
    line_start = text.rfind("\n", 0, mention.start) + 1
    ahead = max([line_start] + [o.end for o in mentions if o.end <= mention.start])
    if _PIECE_BEFORE.search(text, ahead, mention.start) is not None:
        return replace(quantity, unit_kind="item")
    if said(BY_THE_CASE):
        return replace(quantity, unit_kind="container")
    return quantity


def _sender_type(partner: Any, subject: str, own_text: str) -> str:
    """A supplier, a customer or someone else; unlinked senders by what they write: a price
    change is a supplier's, never a customer's order."""
    if partner is not None:
        if partner.is_supplier and not partner.is_customer:
            return "supplier"
        if partner.is_customer and not partner.is_supplier:
            return "customer"
    cues = supplier_cues(subject, own_text)
    if cues["price_change"] or (partner is not None and partner.is_supplier and any(cues.values())):
        return "supplier"
    return "customer"


def folded_range(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """Folded positions covering original characters start..end."""
    first = next((i for i, o in enumerate(folded.origin) if o >= start), len(folded.origin))
    last = next((i for i, o in enumerate(folded.origin) if o >= end), len(folded.origin))
    return first, last


def body_without(body: str, ranges: tuple[tuple[int, int], ...]) -> str:
    return blank(body, list(ranges))
