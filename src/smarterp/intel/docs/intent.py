"""What a message wants: a new order, a change to an order, an inquiry, a complaint, or an
invoice or payment notice; scored from cue words in English and Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from smarterp.intel.docs.dates import find_dates
from smarterp.intel.docs.lexicon import POSTSCRIPT, cue_patterns
from smarterp.intel.docs.quantities import find_quantities

NEW_ORDER = "new_order"
CHANGE_ORDER = "change_order"
INQUIRY = "inquiry"
COMPLAINT = "complaint"
INVOICE = "invoice"
CANCEL_ORDER = "cancel_order"
PAYMENT_PROMISE = "payment_promise"
OTHER = "other"
INTENTS = (NEW_ORDER, CHANGE_ORDER, CANCEL_ORDER, INQUIRY, COMPLAINT, PAYMENT_PROMISE, INVOICE)
# What suppliers write, most specific first (a ties goes to the earlier one).
SUPPLIER_INTENTS = ("shortage", "delivery_date", "price_change", "invoice", "order_confirmation")
_SUPPLIER_CUES = cue_patterns("supplier_cues")
_CUSTOMER_CUES = cue_patterns("customer_cues")

_COMPLAINT = re.compile(
    # ("what's the damage?" asks a price)
    r"(?<!whats the )(?<!what s the )(?<!what's the )damage|"
    # ("broken case is fine" lets a case be split: no complaint)
    r"broken(?! cases?\b)|crushed|leak|spoil|rotten|mould|mold|expired|stale|defect|faulty|late\b|"
    r"delay|overdue|missing|short[- ]?ship|shortage|wrong|incorrect|complain|refund|"
    r"credit (?:us|note)|unacceptable|disappoint|not what we ordered|never arrived|"
    r"still (?:not|haven)|poor quality|quality (?:issue|problem)|"
    r"破损|损坏|坏了|质量问题|退款|退货|补偿|赔偿|投诉|不对|只到了|少了|缺少|缺货|发错|"
    r"错了|延误|延迟|迟到|晚到|已过期|保质期只剩|保质期不足|变形|不满|来不及|不新鲜|漏|"
    r"does not match|doesn'?t match|不一致|怎么还没到",
)
_CHANGE = re.compile(
    r"change(?:s)? (?:to|in|on) (?:our|the|my|order)|amend|modif|update (?:our|the|my) order|"
    r"increase|decrease|reduce|"
    # ("chef sent this to me instead of you lot" is no change of goods)
    r"instead of (?!you\b|us\b|me\b|him\b|her\b|them\b|the (?:sales|order) desk)|"
    r"(?:add|remove) .{0,40} (?:to|from) (?:our|the|my|this|that|yesterday'?s?) order|"
    r"revis|from \d+ to \d+|\bbump|\b(?:up|down) to \d|\(was \d|"
    # "10 -> 12" (not "Notebook A5 → 33 pcs": a name's figure, then the count)
    # (on one line: an arrow opening the next line is a bullet)
    r"(?<![a-z\d])\d+(?:[.,]\d+)?[ \t]*(?:-?>|→)[ \t]*\d|"
    r"\bchange (?:on|for) |\bchange (?:it |them |that )?to \d|change\s*(?:做|成|为)|加到|"
    # "PLS CHANGE SOY MILK DRINK ON PO-2602912 TO 32 CASES"; a subject "change CG-2604181"
    r"\bchange\b[^.\n]{0,60}?\bto \d|(?m:^[ \t]*(?:re[ \t]*:?[ \t]*)?change\b)|"
    r"修改|更改|改为|改成|变更|调整|追加|增加到|减少到|改一下|改返|改翻|改单|改做|改咗|"
    # "整8箱就行，原先说6箱的，别的不动": a new count for one line, the rest as it was
    r"原(?:先|来)说|别的不动|其他不变|其他唔变|"
    # "change from Tina on order PO-1: Rice should be 5 cases not 3"
    r"\bchange from\b",
)
# What does not make an order a change: a note on one of its lines ("(amended from 10
# cases)", "** revised from 12 cases **", "※数量由5箱更正") or a new day for it ("唯交货日期改为").
_ORDER_NOTES = re.compile(
    r"\([^()\n]{0,60}\)|\*\*[^*\n]{0,60}\*\*|※[^\n]*|"
    r"(?:交货|送货|到货)?(?:日期|时间)\s*改(?:为|成)|"
    r"\bdelivery (?:date )?(?:is |to be )?(?:changed|amended|moved)\b"
)
_ORDER_REF = re.compile(
    r"order\s*(?:no\.?|number|#)?\s*\d{3,}|订单\s*\d{3,}|\b\d{5}\b|订单|"
    r"order\s*(?:no\.?|number|#|ref)?\s*[a-z]{1,4}\s?\d{3,}|"
    r"(?:our|my|the|this|that|yesterdays?|last) order|"
    r"\bp\.?o\.?\s*(?:no\.?|number|#)?\s*[a-z]{0,4}\s?\d{3,}|单号|"
    # an order number right after Chinese ("撤销SO00121", "把PO-2503848撤了"): no word boundary
    r"(?<![a-z])(?:cg|so|po)-?\s?\d{4,}"
)
_INQUIRY = re.compile(
    r"\?|？|could you (?:let me know|tell|confirm whether)|do you (?:have|carry|stock)|"
    r"is there|are there|availab|in stock|price|quote|quotation|lead time|question|wondering|"
    r"information|catalogue|catalog|sample|what'?s the damage|"
    r"请问|吗|询价|咨询|有没有|是否|多久|多少钱|价格|报价|区别|样品|能不能|可否",
)
_ORDER = re.compile(
    r"\border|please (?:send|ship|book|deliver|process|supply)|send us|ship us|we(?:'| wi)ll take|"
    r"would like (?:to order|the following)|we need|need them|restock|"
    r"订|请发|发货|需要|送到|送达|下单|来一批|准备|补货|要\s*\d",
)
_INVOICE = re.compile(
    r"invoice (?:no|number|#)|payment (?:due|reminder|received|advice)|remittance|"
    r"amount due|please pay|bank transfer|wire transfer|发票号|付款|汇款|应付|到期|账单",
)


@dataclass(frozen=True)
class Intent:
    label: str
    confidence: float
    cues: tuple[str, ...]


def _hits(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)]


# Words that add goods ("再来", "再加", "也来", "还有"): after goods counted earlier in the same
# sentence they join this order's list ("芒果干 x 2，再来洗洁精 5 units"), adding to no other.
_LIST_JOINER = re.compile(r"\s*(?:再来|再加|也来|还有)")
_SENTENCE_START = re.compile(r"[。！？!?\n]")


def _joins_a_list(text: str, cue: re.Match[str]) -> bool:
    if not _LIST_JOINER.match(cue.group(0)):
        return False
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, cue.start())]
    before = text[starts[-1] if starts else 0 : cue.start()]
    return any(not q.old for q in find_quantities(before))


def classify(subject: str, own_text: str, *, has_lines: bool) -> Intent:
    """Score each intent on folded subject and own text; order lines decide between an
    order and a question."""
    text = f"{subject}\n{own_text}"
    complaint = _hits(_COMPLAINT, text) + _hits(_COMPLAINT, subject)
    complaint += _hits(_CUSTOMER_CUES["complaint"], text)
    change = _hits(_CHANGE, _ORDER_NOTES.sub("", POSTSCRIPT.sub("", text)))
    refers_to_order = bool(_ORDER_REF.search(text))
    inquiry = _hits(_INQUIRY, text)
    ordering = _hits(_ORDER, text)
    invoice = _hits(_INVOICE, text)
    promise = _hits(_CUSTOMER_CUES[PAYMENT_PROMISE], text)
    if promise and not has_lines:  # "sorry for the delay, we will pay on Friday"
        return Intent(PAYMENT_PROMISE, min(0.6 + 0.1 * len(promise), 0.9), tuple(promise))
    if len(complaint) >= 2 or (complaint and not has_lines and refers_to_order):
        return Intent(COMPLAINT, min(0.5 + 0.15 * len(complaint), 0.95), tuple(complaint))
    added = [
        m.group(0)
        for m in _CUSTOMER_CUES["add_to_order"].finditer(text)
        if not _joins_a_list(text, m)
    ]
    if has_lines and added:  # "再加两箱可乐", "pls add 2 cases to that": the order just placed
        return Intent(CHANGE_ORDER, min(0.6 + 0.1 * len(added), 0.9), tuple(added))
    if change and refers_to_order and has_lines:
        return Intent(CHANGE_ORDER, min(0.6 + 0.1 * len(change), 0.95), tuple(change))
    if has_lines:
        return Intent(NEW_ORDER, min(0.6 + 0.1 * len(ordering), 0.95), tuple(ordering))
    cancel = _hits(_CUSTOMER_CUES[CANCEL_ORDER], text)
    if cancel and (refers_to_order or "单" in text):
        return Intent(CANCEL_ORDER, min(0.6 + 0.1 * len(cancel), 0.9), tuple(cancel))

    if len(invoice) >= 2 and len(invoice) > len(inquiry):
        return Intent(INVOICE, min(0.5 + 0.1 * len(invoice), 0.9), tuple(invoice))
    if change and refers_to_order:
        return Intent(CHANGE_ORDER, 0.55, tuple(change))
    if complaint:
        return Intent(COMPLAINT, 0.55, tuple(complaint))
    return Intent(INQUIRY, min(0.5 + 0.1 * len(inquiry), 0.9) if inquiry else 0.4, tuple(inquiry))


# An invoice still to come, or a footer about invoices, makes no message an invoice ("The
# invoice will follow with the goods", "Please quote our invoice number on all remittances").
_NO_INVOICE_YET = re.compile(
    r"\binvoice (?:will follow|to follow|follows)\b|\bquote our invoice number\b[^.\n]*"
)


def supplier_cues(subject: str, own_text: str) -> dict[str, list[str]]:
    """The supplier intent cue words in the message; the subject's count twice."""
    own_text = _NO_INVOICE_YET.sub(" ", own_text)
    return {
        intent: _hits(_SUPPLIER_CUES[intent], own_text) + 2 * _hits(_SUPPLIER_CUES[intent], subject)
        for intent in SUPPLIER_INTENTS
    }


def classify_supplier(
    subject: str, own_text: str, cites: bool = False, today: date | None = None
) -> Intent:
    """What a supplier's message is about: a shortage, a delivery date or delay, a price
    change, an invoice or an order confirmation; `other` without any cue. `cites`: the message
    names one of our purchase orders; `today`: the day the message was sent, which dates
    like "21.10.24" are read against (not the day it is read)."""
    day = today or date.today()
    cues = supplier_cues(subject, own_text)
    # "pushed back to the 27th (material short at the mill)": a new date, the shortage only
    # its reason.
    delay, short = cues["delivery_date"], cues["shortage"]
    if delay and short and len(delay) >= len(short) and find_dates(own_text, day):
        return Intent("delivery_date", 0.75, tuple(delay))
    best = max(SUPPLIER_INTENTS, key=lambda i: (len(cues[i]), -SUPPLIER_INTENTS.index(i)))
    if not cues[best]:
        # A supplier naming our order and a day, with no word of delay, shortage, price or
        # invoice, is most likely telling us when it comes: a confirmation, held loosely.
        if cites and find_dates(own_text, day):
            return Intent("order_confirmation", 0.45, ())
        return Intent(OTHER, 0.3, ())
    return Intent(best, min(0.55 + 0.1 * len(cues[best]), 0.95), tuple(cues[best]))
