"""The offline parser: a command in English or Chinese to one operation and its arguments.

The words say which kinds of change are wanted (words.py); the books say which records the
names mean (Ask's matcher, books.py). The operation is the one kind left once the nouns that
only name a document ("the quotation SO00829") are set aside; when two remain, a name means
several records, or something needed is missing, the parser asks back instead of guessing.
Quoted text (an e-mail pasted in) is never read as instructions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp import orders
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales import service as sales
from smarterp.intel.act import books
from smarterp.intel.act.schemas import Clarification
from smarterp.intel.act.words import (
    ZH_NUMERAL,
    ActWords,
    both,
    chinese,
    zh_discount,
    zh_numeral_value,
)
from smarterp.intel.ask.entities import COUNTRIES, Mention, fold
from smarterp.intel.ask.language import language_of
from smarterp.intel.ask.timeparse import TimeParser

MASK = "§"  # stands in for a name found, so the words around it read as words
MAX_OPTIONS = 8


@dataclass
class Parsed:
    operation: str | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    clarification: Clarification | None = None
    warnings: list[str] = field(default_factory=list)


class AskBack(Exception):
    """Raised inside the parser to ask back; caught once, at the top."""

    def __init__(self, question: str, options: list[str] | None = None) -> None:
        super().__init__(question)
        self.question = question
        self.options = options or []


@dataclass
class Num:
    start: int
    end: int
    value: Decimal
    percent: bool = False


@dataclass
class Command:
    """A command read once: its text, the names and figures in it and the cue kinds found."""

    lang: str
    words: ActWords
    text: str  # normalised, lower case
    masked: str  # names and dates replaced by MASK, same length
    mentions: list[Mention]
    numbers: list[Num]
    dates: list[tuple[int, int, date]]
    cues: dict[str, list[tuple[int, int]]]
    today: date
    original: str  # as written (quoted text left out), for names of new records
    # Indices of `numbers` read as a quantity or a price of a line.
    used: set[int] = field(default_factory=set)

    def say(self, en: str, zh: str) -> str:
        return zh if self.lang == "zh" else en


# --- normalising -----------------------------------------------------------------------

QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|『[^』]*』|‘[^’]{12,}’")
QUOTED_MAIL = re.compile(r"(?im)^\s*>.*$|(?:wrote|写道)\s*[:：][\s\S]*$")


def strip_quoted(text: str) -> tuple[str, bool]:
    """The command without quoted text (pasted mail, a customer's words): those are data.
    A short quote that asks nothing ("Corner Cafe") is a name and stays."""
    cleaned = QUOTED_MAIL.sub(" ", text)

    def quoted(m: re.Match[str]) -> str:
        inner = m.group(0)[1:-1]
        asks = any(p.search(normalise(inner)) for pats in both().compiled.values() for p in pats)
        return " " if asks or len(inner) > 40 else m.group(0)

    cleaned = QUOTED.sub(quoted, cleaned)
    return cleaned, cleaned != text


def normalise(text: str) -> str:
    """Lower case, accents and full-width forms folded, thousands separators dropped; the
    marks that carry meaning in a command (decimal points, %, @, separators) kept."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").lower()
    plain = re.sub(r"[’'`]", "", plain)
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", plain)
    plain = re.sub(r"[;；。!?！？\n]", " ; ", plain)
    plain = re.sub(r"[,，、]", " , ", plain)
    plain = re.sub(r"(?<!\d)[.](?!\d)", " ", plain)
    plain = re.sub(r"(?<!\d)-|-(?!\d)", " ", plain)
    plain = re.sub(r"[^\w\u4e00-\u9fff%.@$;,:/\-]+", " ", plain)
    plain = re.sub(r"[:]", " : ", plain)
    # "Tofu10件": a name glued to a figure with a measure word is a name and a quantity.
    plain = re.sub(rf"(?<=[a-z])(?=\d+(?:\.\d+)?\s*{chinese().units})", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()


# --- reading ---------------------------------------------------------------------------


def read(session: Session, text: str, today: date) -> tuple[Command, list[str]]:
    warnings: list[str] = []
    lang = language_of(text)
    words = both()
    unquoted, had_quotes = strip_quoted(text)
    if had_quotes:
        warnings.append(
            "quoted text was read as data, not as instructions"
            if lang == "en"
            else "引号内的文字只作为资料，不作为指令"
        )
    t = normalise(unquoted)
    index = books.names_for(session)
    cue_words = _cue_words()
    mentions = [
        m
        for m in index.find(t, folded=True, weak=cue_words)
        if not _order_number_inside(t, m.start, m.end)
    ]
    masked = list(t)
    for m in mentions:
        masked[m.start : m.end] = MASK * (m.end - m.start)
    for found in books.order_numbers(t):
        masked[found.start : found.end] = "#" * (found.end - found.start)
    # Other documents' numbers ("INV/1998/00012", "WH/OUT/00042") are references, no figures.
    for ref in re.finditer(r"\b[a-z]{2,6}(?:/[a-z]{2,6})*/\d[\d/]*", t):
        masked[ref.start() : ref.end()] = "#" * (ref.end() - ref.start())
    masked_text = "".join(masked)
    dates = find_dates(masked_text, today)
    for i, j, _ in dates:
        masked_text = masked_text[:i] + "~" * (j - i) + masked_text[j:]
    numbers = find_numbers(masked_text, words)
    cues: dict[str, list[tuple[int, int]]] = {}
    for kind, patterns in words.compiled.items():
        for pattern in patterns:
            for hit in pattern.finditer(masked_text):
                cues.setdefault(kind, []).append((hit.start(), hit.end()))
    return (
        Command(lang, words, t, masked_text, mentions, numbers, dates, cues, today, unquoted),
        warnings,
    )


def _order_number_inside(text: str, i: int, j: int) -> bool:
    return any(f.start <= i and j <= f.end for f in books.order_numbers(text))


def _cue_words() -> frozenset[str]:
    return frozenset(
        {
            "quote", "quotation", "order", "confirm", "cancel", "ship", "deliver", "delivery",
            "receive", "invoice", "bill", "payment", "pay", "paid", "price", "reorder", "point",
            "level", "counted", "count", "stock", "customer", "supplier", "product", "new",
            "create", "add", "each", "off", "discount", "unit", "units", "cases", "case",
            "boxes", "record", "set", "change", "goods", "everything", "open", "all",
        }
    )  # fmt: skip


def find_numbers(masked: str, words: ActWords) -> list[Num]:
    out: list[Num] = []
    # "x20" and "×3" are quantities; other letters glued to digits are a code.
    percent = r"(?:\s*(%|percent\b|per cent\b|pct\b))?"
    for m in re.finditer(rf"(?<![a-wyz0-9_.#§~])(\d+(?:\.\d+)?){percent}", masked):
        out.append(Num(m.start(), m.end(), Decimal(m.group(1)), percent=bool(m.group(2))))
    unit_after = rf"(?={chinese().units}|元|块)"
    # A figure glued to a name is a quantity when a measure word follows ("Rice Cooker10个").
    for m in re.finditer(rf"(?<=§)(\d+(?:\.\d+)?)(?=\s*{chinese().units})", masked):
        out.append(Num(m.start(), m.end(), Decimal(m.group(1))))
    for m in re.finditer(rf"{ZH_NUMERAL}{unit_after}", masked):
        value = zh_numeral_value(m.group(0))
        if value is not None:
            out.append(Num(m.start(), m.end(), Decimal(value)))
    # "85折" and "九五折" are discounts (words.zh_discount), not figures of their own.
    out = [n for n in out if not re.match(r"\s*折", masked[n.end :])]
    for word, value in words.number_words.items():
        for m in re.finditer(rf"(?<![\w§])(?<!the )(?<!this )(?<!that ){word}\b", masked):
            if word in ("one", "a") and re.match(r"\s*(?:of|i|we|you|that)\b", masked[m.end() :]):
                continue
            out.append(Num(m.start(), m.end(), Decimal(value)))
    out.sort(key=lambda n: n.start)
    return out


WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS_ZH = "一二三四五六日"
MONTHS_EN = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip


def find_dates(masked: str, today: date) -> list[tuple[int, int, date]]:
    """Days written in a command: ISO dates, tomorrow, next Friday, 6月1日, 下周五, in 5 days."""
    found: list[tuple[int, int, date]] = []

    def add(m: re.Match[str], day: date | None) -> None:
        if day is not None and not any(i < m.end() and m.start() < j for i, j, _ in found):
            found.append((m.start(), m.end(), day))

    for m in re.finditer(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", masked):
        add(m, _day(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]", masked):
        year = int(m.group(1)) if m.group(1) else today.year
        day = _day(year, int(m.group(2)), int(m.group(3)))
        if day is not None and not m.group(1) and day < today:
            day = _day(year + 1, int(m.group(2)), int(m.group(3)))
        add(m, day)
    month_names = "|".join(MONTHS_EN + [m[:3] for m in MONTHS_EN])
    for m in re.finditer(
        rf"\b({month_names})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{{4}}))?\b", masked
    ):
        month = next(i for i, n in enumerate(MONTHS_EN, 1) if n.startswith(m.group(1)[:3]))
        year = int(m.group(3)) if m.group(3) else today.year
        day = _day(year, month, int(m.group(2)))
        if day is not None and not m.group(3) and day < today:
            day = _day(year + 1, month, int(m.group(2)))
        add(m, day)
    for m in re.finditer(
        r"\b(today|tomorrow|day after tomorrow)\b|(今天|明天|后天|大后天)", masked
    ):
        word = m.group(0)
        shift = {"today": 0, "今天": 0, "tomorrow": 1, "明天": 1, "后天": 2, "大后天": 3}.get(
            word, 2
        )
        add(m, today + timedelta(days=shift))
    for m in re.finditer(r"\b(next|this|coming)\s+(" + "|".join(WEEKDAYS_EN) + r")\b", masked):
        target = WEEKDAYS_EN.index(m.group(2))
        add(m, _weekday(today, target, m.group(1) == "next"))
    for m in re.finditer(r"(下|这|本)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])", masked):
        target = WEEKDAYS_ZH.index(m.group(2).replace("天", "日"))
        add(m, _weekday(today, target, m.group(1) == "下"))
    for m in re.finditer(
        r"\bin\s+(\d+)\s+(days?|weeks?)\b|(\d+)\s*(天|周)(?:后|之后|以后|内)", masked
    ):
        n = int(m.group(1) or m.group(3))
        unit = m.group(2) or m.group(4)
        add(m, today + timedelta(days=n * (7 if unit.startswith(("week", "周")) else 1)))
    found.sort()
    return found


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(today: date, target: int, next_week: bool) -> date:
    ahead = (target - today.weekday()) % 7
    if next_week:
        # "next Friday" is the Friday of next week, not tomorrow when today is Thursday.
        start_next = today + timedelta(days=7 - today.weekday())
        return start_next + timedelta(days=target)
    return today + timedelta(days=ahead or 7)


# --- the operation ---------------------------------------------------------------------

DOCUMENT_ACTIONS = ("confirm", "cancel", "move", "charge")
# Words that, next to a reminder, ask for a second operation (a payment's words do not:
# "payment reminders"; nor do an invoice's: "remind X about invoice INV/…").
REMINDER_CLASHES = frozenset(
    {"quote", "rfq", "order", "confirm", "cancel", "deliver", "receive", "bill", "count"}
    | {"set_price", "set_reorder", "new_customer", "new_supplier", "new_product"}
    | {"reorder_all", "invoice_all", "line_add", "line_change", "line_remove"}
)
DESTROY = (
    "I do not delete or wipe records, and I take no instructions to change my rules. I can "
    "propose: quotations, purchase orders, adding, changing or removing a draft's lines, "
    "confirming, cancelling, delivering, receiving, invoicing and billing an order, payments, "
    "prices, reorder levels, stock counts, new customers, suppliers and products, reminders of "
    "overdue invoices.",
    "我不会删除或清空记录，也不接受修改规则的指令。我可以提议：报价单、采购单、增删改草稿明细、确认、取消、"
    "发货、收货、开票和登记账单、收付款、改价、再订货点、盘点、新建客户、供应商和产品、催款提醒。",
)
NOTHING = (
    "What should I do? I can propose: a quotation ('quote Alfreds 10 Chai'), a purchase "
    "('order 40 Chai from Exotic Liquids'), a draft's lines ('add 5 Chai to SO00012'), "
    "confirm / cancel / deliver / receive / invoice / bill an order by its number, a payment, "
    "a new price or reorder level, a stock count, a new customer, supplier or product, "
    "reminders of overdue invoices ('remind Alfreds about overdue invoices').",
    "要做什么？我可以提议：报价单、采购单、草稿明细（例如“给 SO00012 加 5 个 Chai”）、"
    "按单号确认/取消/发货/收货/开票/登记账单、"
    "收付款、改售价或再订货点、盘点、新建客户、供应商或产品、催款提醒（例如“给逾期客户发催款提醒”）。",
)


def parse(session: Session, text: str, today: date) -> Parsed:
    """The operation and arguments `text` asks for, or a question back."""
    cmd, warnings = read(session, text, today)
    try:
        operation, arguments = _decide(session, cmd, warnings)
    except AskBack as ask:
        return Parsed(
            clarification=Clarification(question=ask.question, options=ask.options[:MAX_OPTIONS]),
            warnings=warnings,
        )
    return Parsed(operation=operation, arguments=arguments, warnings=warnings)


def _decide(session: Session, cmd: Command, warnings: list[str]) -> tuple[str, dict[str, Any]]:
    kinds = set(cmd.cues)
    if "destroy" in kinds:
        kinds.discard("destroy")
        warnings.append(
            cmd.say(
                "not proposed: deleting or wiping records, or changing my instructions",
                "未采纳：删除或清空记录、修改指令",
            )
        )
    if "reminders" in kinds:
        if kinds & REMINDER_CLASHES:
            raise AskBack(
                cmd.say(
                    "One thing at a time: the reminders, or the other change?",
                    "一次只做一件事：发催款提醒，还是另一项修改？",
                )
            )
        return "send_reminders", _reminders(session, cmd)
    if "invoice_all" in kinds and not books.order_numbers(cmd.text):
        # "把 SO00828 已发货的部分开发票" names its order: that one only.
        return "invoice_delivered_orders", _invoice_all(session, cmd)
    if "reorder_all" in kinds:
        return "reorder_below_reorder_level", _reorder_all(cmd)
    creating = kinds & {"new_customer", "new_supplier", "new_product"}
    if creating:
        if len(creating) > 1:
            raise AskBack(
                cmd.say("Which should I create?", "要新建哪一种？"),
                sorted(_CREATE_LABELS[k][0 if cmd.lang == "en" else 1] for k in creating),
            )
        kind = creating.pop()
        if kind == "new_product":
            return "create_product", _new_product(session, cmd)
        return "create_partner", _new_partner(cmd, kind == "new_customer")
    if "set_reorder" in kinds:
        return "set_reorder_level", _product_field(session, cmd, "reorder_level")
    if "count" in kinds:
        if kinds & {"quote", "rfq", "order", "deliver", "receive", "pay"}:
            # "we only have 12 Tofu, quote Ernst 12": a count and an order in one breath.
            raise AskBack(
                cmd.say("Which should I do?", "要做哪一项？"),
                [cmd.say("a stock count", "盘点"), cmd.say("the order", "订单")],
            )
        return "adjust_stock", _count(session, cmd)
    numbers = books.order_numbers(cmd.text)
    if kinds & EDIT_KINDS and (numbers or re.search(DRAFT_TARGET, cmd.masked)):
        # "add 5 Chai to SO00012", "remove Chang from the quotation for Alfreds": the lines
        # of an order already there, never a new order.
        if kinds & {"confirm", "cancel", "deliver", "receive", "invoice", "bill"}:
            raise AskBack(
                cmd.say(
                    "One thing at a time: change the lines first, then confirm or ship.",
                    "一次只做一件事：请先修改明细，再确认或发货。",
                )
            )
        return "edit_order_lines", _edit_lines(session, cmd, kinds, numbers)
    lines = _product_quantities(cmd)
    actions = {k for k in kinds if k in ("confirm", "cancel")}
    if kinds & {"deliver", "receive"}:
        actions.add("move")
    if kinds & {"invoice", "bill"}:
        actions.add("charge")
    paying = bool(kinds & {"pay", "pay_in", "pay_out"})
    if paying and not numbers and not lines:
        # "payment for invoice ..." and "received 500 from ..." are payments, not an invoice.
        actions -= {"charge", "move"}
        actions.discard("confirm")
    if paying and not actions:
        return "register_payment", _payment(session, cmd)
    ordering = kinds & {"quote", "rfq", "order"}
    if actions and (numbers or not lines or _latest(cmd)):
        ordering = set()  # "the quotation SO00829", "the order for X": a document, not a verb
    if "set_price" in kinds and not ordering and not actions:
        return "set_price", _product_field(session, cmd, "sale_price")
    if ordering and actions:
        raise AskBack(
            cmd.say(
                "One thing at a time: create the order first, then confirm or ship it.",
                "一次只做一件事：请先新建订单，再确认或发货。",
            )
        )
    if ordering:
        return _new_order(session, cmd, ordering, lines)
    if len(actions) > 1:
        labels = [_ACTION_LABELS[a][0 if cmd.lang == "en" else 1] for a in sorted(actions)]
        raise AskBack(cmd.say("Which one should I do?", "要做哪一项？"), labels)
    if actions:
        return _document_action(session, cmd, actions.pop(), numbers)
    if "destroy" in cmd.cues:
        raise AskBack(cmd.say(*DESTROY))
    raise AskBack(cmd.say(*NOTHING))


_CREATE_LABELS = {
    "new_customer": ("a customer", "客户"),
    "new_supplier": ("a supplier", "供应商"),
    "new_product": ("a product", "产品"),
}
_ACTION_LABELS = {
    "edit": ("change", "修改"),
    "confirm": ("confirm", "确认"),
    "cancel": ("cancel", "取消"),
    "move": ("deliver / receive the goods", "发货 / 收货"),
    "charge": ("invoice / bill", "开票 / 登记账单"),
}


def _latest(cmd: Command) -> bool:
    return re.search(cmd.words.latest, cmd.masked) is not None


# --- names -----------------------------------------------------------------------------


def _of_kind(cmd: Command, kind: str) -> list[Mention]:
    return [m for m in cmd.mentions if kind in m.kinds]


def _one_record(cmd: Command, mention: Mention, kind: str) -> str:
    values = sorted({c.value for c in mention.candidates if c.kind == kind})
    if len(values) > 1:
        raise AskBack(
            cmd.say(
                f"Which {kind} do you mean by '{mention.text}'?", f"“{mention.text}”指哪一个？"
            ),
            values,
        )
    return values[0]


def _partner(session: Session, cmd: Command, kind: str, needed: bool = True) -> Partner | None:
    found = _of_kind(cmd, kind)
    names = {_one_record(cmd, m, kind) for m in found}
    if len(names) > 1:
        raise AskBack(
            cmd.say(
                f"Which {kind}?", "哪一个" + ("客户" if kind == "customer" else "供应商") + "？"
            ),
            sorted(names),
        )
    if not names:
        if not needed:
            return None
        raise AskBack(
            cmd.say(
                f"Which {kind} is it for? I did not find one named in the books.",
                "是哪个"
                + ("客户" if kind == "customer" else "供应商")
                + "？账上没有找到这个名字。",
            )
        )
    partner = books.partner_named(session, names.pop(), kind)
    assert partner is not None
    return partner


def _product(session: Session, name: str) -> Product:
    product = books.product_named(session, name)
    assert product is not None
    return product


# --- order lines -----------------------------------------------------------------------


@dataclass
class Line:
    mention: Mention
    name: str
    quantity: Decimal | None = None
    price: Decimal | None = None
    discount: Decimal | None = None
    case_unit: bool = False


def _segments(cmd: Command) -> list[tuple[int, int]]:
    bounds = [0]
    for m in re.finditer(cmd.words.separators, cmd.masked):
        bounds += [m.start(), m.end()]
    bounds.append(len(cmd.masked))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _segment_of(segments: list[tuple[int, int]], pos: int) -> int:
    for k, (i, j) in enumerate(segments):
        if i <= pos < j or (pos == j and k == len(segments) - 1):
            return k
    return len(segments) - 1


def _product_quantities(cmd: Command) -> list[Line]:
    """Products named with how many, at what price and discount, segment by segment."""
    w = cmd.words
    products = [m for m in cmd.mentions if "product" in m.kinds]
    lines = [Line(m, "") for m in products]
    used = cmd.used
    used.clear()
    units = w.units
    for line in lines:
        m = line.mention
        # A number just before the name, maybe with a unit: "10 cases of", "30箱".
        for k, n in enumerate(cmd.numbers):
            if k in used or n.percent or n.end > m.start:
                continue
            gap = cmd.masked[n.end : m.start]
            if re.fullmatch(rf"\s*(?:{units}\s*)?(?:of\s*)?(?:the\s*)?", gap):
                if _is_price(cmd, n) or _is_money(cmd, n):
                    continue
                line.quantity = n.value * _per_unit(gap)
                line.case_unit = bool(re.search(r"case|箱", gap))
                used.add(k)
        if line.quantity is not None:
            continue
        # Or just after it: "Konbu 30件", "Ikura x 12", "Tofu: 20 units".
        for k, n in enumerate(cmd.numbers):
            if k in used or n.percent or n.start < m.end:
                continue
            gap = cmd.masked[m.end : n.start]
            if re.fullmatch(r"\s*(?:x|×|\*|:|qty|quantity|数量|要|共|各)?\s*", gap):
                if _is_price(cmd, n) or _is_money(cmd, n):
                    break
                tail = cmd.masked[n.end : n.end + 8]
                line.quantity = n.value * _per_unit(tail)
                line.case_unit = bool(re.match(r"\s*(?:cases?|箱)", tail))
                used.add(k)
            break
    segments = _segments(cmd)
    seg_of_line = [_segment_of(segments, ln.mention.start) for ln in lines]
    global_discount: Decimal | None = None
    discounts = _discounts(cmd)
    for k, n in enumerate(cmd.numbers):
        if k in used or not lines or n.percent:
            continue  # a percentage is a discount or asked about, never a price
        if _is_price(cmd, n):
            target = _line_for(lines, seg_of_line, _segment_of(segments, n.start), n.start)
            if target is not None and target.price is None:
                target.price = n.value
                used.add(k)
    for start, _, value in discounts:
        seg = _segment_of(segments, start)
        on_line = [ln for ln, s in zip(lines, seg_of_line, strict=True) if s == seg]
        everything = re.search(
            r"\b(?:all|everything|whole|entire|each line|every line)\b|全部|所有|整单|整体|全单",
            cmd.masked[segments[seg][0] : segments[seg][1]],
        )
        if everything or (not on_line and len(lines) > 1 and _after_all(lines, start)):
            global_discount = value
        else:
            target = _line_for(lines, seg_of_line, seg, start)
            if target is not None:
                target.discount = value
    if global_discount is not None:
        for ln in lines:
            if ln.discount is None:
                ln.discount = global_discount
    for ln in lines:
        ln.name = ""  # resolved later, where an ambiguous name can ask back
    return lines


def _per_unit(unit: str) -> int:
    """How many units a measure word after a figure stands for: 打 is a dozen ("3打可乐" is 36
    Cola); the other measure words (个, 件, 瓶, 箱...) count one each."""
    return 12 if re.match(r"\s*打", unit) else 1


def _after_all(lines: list[Line], pos: int) -> bool:
    return all(ln.mention.end <= pos for ln in lines)


def _line_for(lines: list[Line], seg_of_line: list[int], seg: int, pos: int) -> Line | None:
    same = [ln for ln, s in zip(lines, seg_of_line, strict=True) if s == seg]
    if same:
        return min(same, key=lambda ln: abs(ln.mention.start - pos))
    before = [ln for ln in lines if ln.mention.end <= pos]
    return before[-1] if before else (lines[0] if len(lines) == 1 else None)


def _is_price(cmd: Command, n: Num) -> bool:
    w = cmd.words
    left = cmd.masked[max(0, n.start - 16) : n.start]
    right = cmd.masked[n.end : n.end + 16]
    if re.search(rf"(?:{w.price_before})\s*(?:of|为|是)?\s*:?\s*$", left):
        return True
    if cmd.lang == "en" and re.search(r"\$\s*$", left):
        return True
    return re.match(rf"\s*(?:{w.price_after})", right) is not None


def _is_money(cmd: Command, n: Num) -> bool:
    right = cmd.masked[n.end : n.end + 10]
    return re.match(r"\s*(?:元|块|dollars?|usd|eur|rmb|cny|yuan)", right) is not None


def _discounts(cmd: Command) -> list[tuple[int, int, Decimal]]:
    """The discounts said (start, end, fraction off), in the order written."""
    found: list[tuple[int, int, Decimal]] = []
    for pattern in cmd.words.discount:
        for m in re.finditer(pattern, cmd.masked):
            found.append((m.start(), m.end(), Decimal(m.group(1)) / 100))
    if cmd.lang == "zh":
        for i, j, paid_off in zh_discount(cmd.masked):
            found.append((i, j, Decimal(str(paid_off))))
    seen: set[int] = set()
    out: list[tuple[int, int, Decimal]] = []
    for start, end, value in sorted(found):
        if start in seen:
            continue
        seen.add(start)
        out.append((start, end, value))
    return out


def _resolve_lines(
    session: Session, cmd: Command, lines: list[Line], selling: bool, partner: Partner
) -> list[dict[str, Any]]:
    out = []
    for ln in lines:
        name = _one_record(cmd, ln.mention, "product")
        product = _product(session, name)
        if ln.case_unit:
            product = _case_of(session, product) or product
        if ln.quantity is None:
            raise AskBack(cmd.say(f"How many {product.name}?", f"{_zh(product)}要多少？"))
        if selling and product.discontinued:
            raise AskBack(
                cmd.say(
                    f"{product.name} is no longer sold; which product instead?",
                    f"{_zh(product)}已停售；换成哪个产品？",
                )
            )
        if ln.price is not None:
            price = ln.price
        else:  # what the order will charge by default, in its currency (CNY for a CNY buyer)
            currency = orders.order_currency(session, None, partner.currency)
            supplier = None if selling else partner.id
            price = orders.default_unit_price(session, product, currency, cmd.today, supplier)
        out.append(
            {
                "product_id": product.id,
                "quantity": str(ln.quantity),
                "unit_price": str(price),
                "discount": str(ln.discount or Decimal(0)),
            }
        )
    return out


def _zh(product: Product) -> str:
    return product.name_zh or product.name


def _case_of(session: Session, product: Product) -> Product | None:
    """The case pack of a product sold single and by the case ("10 cases of oolong tea")."""
    return session.scalar(
        select(Product)
        .where(
            Product.name.like(f"{product.name} (Case of %)"),
            Product.active.is_(True),
        )
        .limit(1)
    )


def _new_order(
    session: Session, cmd: Command, ordering: set[str], lines: list[Line]
) -> tuple[str, dict[str, Any]]:
    customers = _of_kind(cmd, "customer")
    suppliers = _of_kind(cmd, "supplier")
    if ("quote" in ordering) != ("rfq" in ordering):
        selling = "quote" in ordering
    elif customers and not suppliers:
        # "order" alone, or words of both: the partner says which.
        selling = True
    elif suppliers and (not customers or re.search(r"\bfrom\b|向|从|跟", cmd.masked)):
        selling = False
    else:
        raise AskBack(
            cmd.say(
                "Is this a sale to a customer or a purchase from a supplier?",
                "这是卖给客户，还是向供应商采购？",
            ),
            [
                cmd.say("a quotation for a customer", "客户报价单"),
                cmd.say("a purchase from a supplier", "向供应商采购"),
            ],
        )
    kind = "customer" if selling else "supplier"
    partner = _partner(session, cmd, kind)
    assert partner is not None
    if not lines:
        raise AskBack(
            cmd.say(
                "Which products, and how many?",
                "要哪些产品，各多少？",
            )
        )
    for ln in lines:
        # A name of several products is asked about first: its options say more than a
        # question about a figure next to it.
        _one_record(cmd, ln.mention, "product")
    _no_stray_number(cmd)
    resolved = _resolve_lines(session, cmd, lines, selling, partner)
    requested = _due_date(cmd)
    args: dict[str, Any] = {
        "partner_id": partner.id,
        "lines": resolved,
        "order_date": cmd.today.isoformat(),
        "requested_date": requested.isoformat() if requested else None,
    }
    return ("create_quotation" if selling else "create_rfq"), args


def _no_stray_number(cmd: Command) -> None:
    """A figure that is no line's quantity or price is asked about, never dropped: "10 Tofu
    22.5" may mean a price the proposal would otherwise not carry."""
    spans = [(i, j) for i, j, _ in _discounts(cmd)]
    for k, n in enumerate(cmd.numbers):
        if n.percent and not any(i <= n.start < j for i, j in spans):
            shown = cmd.masked[n.start : n.end]
            raise AskBack(
                cmd.say(
                    f"What is {shown}: a discount? Say it as '{shown} off'.",
                    f"{shown} 是折扣吗？请写成“优惠 {shown}”或“打九五折”。",
                )
            )
        if k in cmd.used or n.percent:
            continue
        shown = cmd.masked[n.start : n.end]
        raise AskBack(
            cmd.say(
                f"What is {shown}: a quantity, a price? Say it next to the product "
                "('10 Tofu at 22.50 each').",
                f"{shown} 是数量还是单价？请写在产品旁边（例如“Tofu 10件，单价 22.5”）。",
            )
        )


def _due_date(cmd: Command) -> date | None:
    if not cmd.dates:
        return None
    if len(cmd.dates) == 1:
        return cmd.dates[0][2]
    for i, _, day in cmd.dates:
        if re.search(cmd.words.due, cmd.masked[max(0, i - 20) : i]):
            return day
    raise AskBack(cmd.say("Which date is the delivery date?", "哪个日期是交货日期？"))


# --- actions on a document -------------------------------------------------------------

_ACTION_OPERATION = {
    ("confirm", "sales_order"): ("confirm_sales_order", "confirm"),
    ("confirm", "purchase_order"): ("confirm_purchase_order", "confirm"),
    ("cancel", "sales_order"): ("cancel_sales_order", "cancel"),
    ("cancel", "purchase_order"): ("cancel_purchase_order", "cancel"),
    ("move", "sales_order"): ("deliver", "deliver"),
    ("move", "purchase_order"): ("receive_purchase", "receive"),
    ("charge", "sales_order"): ("invoice_order", "invoice"),
    ("charge", "purchase_order"): ("bill_purchase", "bill"),
    ("edit", "sales_order"): ("edit_order_lines", "edit"),
    ("edit", "purchase_order"): ("edit_order_lines", "edit"),
}


def _document_action(
    session: Session, cmd: Command, action: str, numbers: list[books.NumberFound]
) -> tuple[str, dict[str, Any]]:
    distinct = sorted({n.number for n in numbers})
    if len(distinct) > 1:
        raise AskBack(cmd.say("Which order?", "哪一张订单？"), distinct)
    if distinct:
        order = books.find_order(session, numbers[0])
        if order is None:
            raise AskBack(cmd.say(f"There is no order {distinct[0]}.", f"没有订单 {distinct[0]}。"))
        kind = numbers[0].kind
    else:
        order, kind = _order_of_partner(session, cmd, action)
    operation = _ACTION_OPERATION[(action, kind)][0]
    args: dict[str, Any] = {"order_id": order.id, "on": _on(cmd).isoformat()}
    if action == "move":
        args["quantities"] = _partial(session, cmd, order)
    return operation, args


def _on(cmd: Command) -> date:
    past = [d for _, _, d in cmd.dates if d <= cmd.today]
    return past[0] if past else cmd.today


def _partial(session: Session, cmd: Command, order: Any) -> dict[str, str] | None:
    lines = _product_quantities(cmd)
    if not lines:
        return None
    out: dict[str, str] = {}
    for ln in lines:
        name = _one_record(cmd, ln.mention, "product")
        product = _product(session, name)
        if ln.quantity is None:
            # A product named without a number on a delivery: all of what is open of it.
            quantities = (
                sales.line_quantities(session, order)
                if isinstance(order, sales.SalesOrder)
                else purchasing.line_quantities(session, order)
            )
            open_qty = sum(
                (quantities[ol.id].to_move for ol in order.lines if ol.product_id == product.id),
                Decimal(0),
            )
            out[str(product.id)] = str(open_qty)
        else:
            out[str(product.id)] = str(ln.quantity)
    return out


def _order_of_partner(session: Session, cmd: Command, action: str) -> tuple[Any, str]:
    """The order meant by "the quotation for X I just made" or "X's order"."""
    customers = _of_kind(cmd, "customer")
    suppliers = _of_kind(cmd, "supplier")
    purchase_words = re.search(r"\b(?:purchase|po|rfq)\b|采购|询价", cmd.masked)
    if suppliers and (not customers or purchase_words):
        kind, partner = "purchase_order", _partner(session, cmd, "supplier")
    elif customers:
        kind, partner = "sales_order", _partner(session, cmd, "customer")
    else:
        raise AskBack(
            cmd.say(
                "Which order? Give its number (SO… or PO…).",
                "哪一张订单？请给出单号（SO… 或 PO…）。",
            )
        )
    assert partner is not None
    table = sales.ACTIONS if kind == "sales_order" else purchasing.ACTIONS
    name = _ACTION_OPERATION[(action, kind)][1]
    candidates = [
        o
        for o in books.partner_orders(session, partner, kind)
        if table.verdict(session, o, name).allowed
    ]
    if not candidates:
        raise AskBack(
            cmd.say(
                f"{partner.name} has no order I could {name}.",
                f"{partner.name} 没有可以{_ACTION_LABELS[action][1]}的订单。",
            )
        )
    if len(candidates) == 1 or _latest(cmd):
        return candidates[0], kind
    raise AskBack(
        cmd.say(f"Which order of {partner.name}?", f"{partner.name} 的哪一张订单？"),
        [o.number for o in candidates],
    )


# --- a draft's lines -------------------------------------------------------------------

EDIT_KINDS = frozenset({"line_add", "line_change", "line_remove"})
_EDIT_ACTION = {"line_add": "add", "line_change": "change", "line_remove": "remove"}
# An order a change is aimed at: "to / on / from the quotation (for X)", "X's order",
# "报价单上 / 订单里"; an order number is one too.
DRAFT_TARGET = (
    r"\b(?:to|on|onto|from|in|of)\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?"
    r"(?:(?:draft|open|last|latest|new)\s+)?(?:§+\s*(?:s\s+)?)?"
    r"(?:quotation|quote|sales order|order|purchase order|rfq)\b"
    r"|(?:报价单|订单|询价单|采购单|销售单|单子)\s*(?:上|里|中|里面|内)"
    r"|(?:§|的)\s*(?:报价单|订单|询价单|采购单|销售单)"
)


def _edit_lines(
    session: Session, cmd: Command, kinds: set[str], numbers: list[books.NumberFound]
) -> dict[str, Any]:
    """Lines to add to, change on or remove from a draft named by number or by its partner."""
    distinct = sorted({n.number for n in numbers})
    if len(distinct) > 1:
        raise AskBack(cmd.say("Which order?", "哪一张订单？"), distinct)
    if distinct:
        order = books.find_order(session, numbers[0])
        if order is None:
            raise AskBack(cmd.say(f"There is no order {distinct[0]}.", f"没有订单 {distinct[0]}。"))
        kind = numbers[0].kind
    else:
        order, kind = _order_of_partner(session, cmd, "edit")
    lines = _product_quantities(cmd)
    if not lines:
        on_order = sorted({ln.description for ln in order.lines})
        raise AskBack(
            cmd.say(f"Which product on {order.number}?", f"{order.number} 上的哪个产品？"),
            on_order,
        )
    cues = [(i, _EDIT_ACTION[k]) for k in EDIT_KINDS for i, _ in cmd.cues.get(k, [])]
    price_words = "set_price" in kinds or re.search(r"\bprice\b|单价|价格", cmd.masked)
    edits = []
    for ln in lines:
        product = _product(session, _one_record(cmd, ln.mention, "product"))
        # Each product takes the nearest change word ("add 5 Chai and remove Chang").
        action = min(cues, key=lambda c: abs(c[0] - ln.mention.start))[1]
        quantity, price = ln.quantity, ln.price
        if action == "change" and quantity is None and price is None:
            figure = _figure_after(cmd, ln.mention)
            if price_words:
                price = figure
            else:
                quantity = figure
        if action == "remove" and quantity is not None:
            raise AskBack(
                cmd.say(
                    f"Remove the line of {product.name}, or change its quantity? Say "
                    f"'remove {product.name}' or 'change {product.name} to N'.",
                    f"删除 {_zh(product)} 这一行，还是修改数量？请说“去掉{_zh(product)}”"
                    f"或“把{_zh(product)}改成 N”。",
                )
            )
        if action != "remove" and quantity is None and price is None and ln.discount is None:
            raise AskBack(cmd.say(f"How many {product.name}?", f"{_zh(product)}要多少？"))
        if action == "add" and quantity is None:
            raise AskBack(cmd.say(f"How many {product.name}?", f"{_zh(product)}要多少？"))
        edit: dict[str, Any] = {"action": action, "product_id": product.id}
        if quantity is not None:
            edit["quantity"] = str(quantity)
        if action == "add" and price is None:
            supplier = order.supplier_id if isinstance(order, PurchaseOrder) else None
            price = orders.default_unit_price(
                session, product, order.currency, order.order_date, supplier
            )
        if price is not None:
            edit["unit_price"] = str(price)
        if ln.discount is not None:
            edit["discount"] = str(ln.discount)
        edits.append(edit)
    _no_stray_number(cmd)
    return {"model": kind, "order_id": order.id, "version": order.version, "edits": edits}


def _figure_after(cmd: Command, mention: Mention) -> Decimal | None:
    """The figure a line is changed to: "Chai to 8", "便利贴改成 40"."""
    for k, n in enumerate(cmd.numbers):
        if k in cmd.used or n.percent or n.start < mention.end:
            continue
        between = cmd.masked[mention.end : n.start]
        if len(between) <= 40 and re.search(r"(?:\bto|=|\bbe|成|为|到|是)\s*:?\s*$", between):
            cmd.used.add(k)
            return n.value
        return None
    return None


# --- payments --------------------------------------------------------------------------


def _payment(session: Session, cmd: Command) -> dict[str, Any]:
    partners_named = _of_kind(cmd, "customer") + _of_kind(cmd, "supplier")
    names = {
        c.value for m in partners_named for c in m.candidates if c.kind in ("customer", "supplier")
    }
    if not names:
        raise AskBack(cmd.say("Who paid, or whom should I pay?", "是谁付款，或付给谁？"))
    if len(names) > 1:
        raise AskBack(cmd.say("Which partner?", "哪一个往来单位？"), sorted(names))
    name = names.pop()
    partner = session.scalar(
        select(Partner).where(Partner.name == name, Partner.parent_id.is_(None)).limit(1)
    )
    assert partner is not None
    amount = _amount(cmd)
    # Both said ("给 X 付款" holds "X 付款"): the longer phrase is the more specific one.
    into = max((j - i for i, j in cmd.cues.get("pay_in", [])), default=0)
    out = max((j - i for i, j in cmd.cues.get("pay_out", [])), default=0)
    inbound, outbound = into > out, out > into
    if not inbound and not outbound:
        if partner.is_customer and not partner.is_supplier:
            inbound = True
        elif partner.is_supplier and not partner.is_customer:
            outbound = True
        else:
            raise AskBack(
                cmd.say(f"Is the money coming from {partner.name} or going to them?",
                        f"这笔钱是 {partner.name} 付来的，还是付给他们的？"),
                [cmd.say("money in", "收款"), cmd.say("money out", "付款")],
            )  # fmt: skip
    if inbound:
        role = "customer" if partner.is_customer else "supplier"
    else:
        role = "supplier" if partner.is_supplier else "customer"
    args: dict[str, Any] = {
        "partner_id": partner.id,
        "partner_role": role,
        "direction": "inbound" if inbound else "outbound",
        "amount": str(amount),
        "on": _on(cmd).isoformat(),
    }
    named = _invoices_named(session, cmd)
    if named:
        args["invoice_ids"] = named
    return args


def _invoices_named(session: Session, cmd: Command) -> list[int]:
    """Invoices or bills named by number ("for INV/1998/00012"): a payment settles those."""
    ids = []
    for ref in re.finditer(r"\b[a-z]{2,6}(?:/[a-z]{2,6})*/\d[\d/]*", cmd.text):
        number = ref.group(0).upper()
        found = session.scalar(select(Invoice.id).where(Invoice.number == number))
        if found is None:
            raise AskBack(cmd.say(f"There is no invoice {number}.", f"没有发票 {number}。"))
        ids.append(found)
    return ids


def _amount(cmd: Command) -> Decimal:
    plain = [n for n in cmd.numbers if not n.percent]
    marker = r"(?:of|amount|total|\$|付款|收款|支付|金额|共|计)\s*:?\s*$"
    marked = [
        n
        for n in plain
        if _is_money(cmd, n) or re.search(marker, cmd.masked[max(0, n.start - 10) : n.start])
    ]
    chosen = marked or plain
    if len(chosen) != 1:
        raise AskBack(cmd.say("How much?", "金额是多少？"))
    return chosen[0].value


# --- product fields, counts ------------------------------------------------------------


def _single_product(session: Session, cmd: Command) -> Product:
    found = [m for m in cmd.mentions if "product" in m.kinds]
    names = {_one_record(cmd, m, "product") for m in found}
    if len(names) != 1:
        if names:
            raise AskBack(cmd.say("Which product?", "哪个产品？"), sorted(names))
        raise AskBack(
            cmd.say(
                "Which product? I did not find one named in the books.",
                "哪个产品？账上没有找到这个名字。",
            )
        )
    return _product(session, names.pop())


def _target_number(cmd: Command, markers: str) -> Decimal:
    plain = [n for n in cmd.numbers if not n.percent]
    marked = [
        n
        for n in plain
        if re.search(rf"(?:{markers})\s*:?\s*$", cmd.masked[max(0, n.start - 12) : n.start])
    ]
    chosen = marked or plain
    if len(chosen) != 1:
        raise AskBack(cmd.say("To what figure?", "改成多少？"))
    return chosen[0].value


def _product_field(session: Session, cmd: Command, field_name: str) -> dict[str, Any]:
    product = _single_product(session, cmd)
    value = _target_number(cmd, r"\bto|=|\bat|为|到|成|是|设|调")
    return {
        "product_id": product.id,
        "field": field_name,
        "value": str(value),
        "version": product.version,
    }


def _count(session: Session, cmd: Command) -> dict[str, Any]:
    product = _single_product(session, cmd)
    value = _target_number(cmd, r"counted|\bis|\bare|=|为|是|有|库存|实盘|盘点")
    return {"product_id": product.id, "counted": str(value), "on": _on(cmd).isoformat()}


def _invoice_all(session: Session, cmd: Command) -> dict[str, Any]:
    """ "Invoice all delivered orders of last week": the period is read as Ask reads it."""
    periods = TimeParser(cmd.today).find(cmd.text, "zh" if cmd.lang == "zh" else "en")
    if len(periods) > 1:
        raise AskBack(cmd.say("Delivered in which period?", "哪个期间发货的？"))
    customer = _partner(session, cmd, "customer", needed=False)
    args: dict[str, Any] = {"on": cmd.today.isoformat()}
    if periods:
        args["start"] = periods[0].period.start.isoformat()
        args["end"] = min(periods[0].period.end, cmd.today).isoformat()
    if customer is not None:
        args["customer_id"] = customer.id
    return args


def _reorder_all(cmd: Command) -> dict[str, Any]:
    # What to order is the replenishment plan's, read once, by the preview.
    return {"on": _on(cmd).isoformat()}


# --- reminders -------------------------------------------------------------------------

# "more than 30 days overdue", "over 30 days", "逾期超过30天", "三十天以上": the days past due.
OVERDUE_DAYS = re.compile(rf"(\d+|{ZH_NUMERAL})\s*(?:days?\b|天|日)")
AT_LEAST = re.compile(r"\b(?:at least|or more|and more|or longer)\b|及以上|或以上|以上|至少|起")


def _reminders(session: Session, cmd: Command) -> dict[str, Any]:
    """Reminders of overdue invoices: one customer's, or everyone's; more than N days late."""
    customer = _partner(session, cmd, "customer", needed=False)
    spans = []
    days: set[int] = set()
    for m in OVERDUE_DAYS.finditer(cmd.masked):
        raw = m.group(1)
        value = int(raw) if raw.isdigit() else zh_numeral_value(raw)
        if value is None:
            continue
        around = cmd.masked[max(0, m.start() - 14) : m.end() + 8]
        # "at least 30 days" and "30天以上" take the 30th day in; "more than 30" does not.
        days.add(max(value - 1, 0) if AT_LEAST.search(around) else value)
        spans.append((m.start(), m.end()))
    if len(days) > 1:
        raise AskBack(cmd.say("More than how many days overdue?", "逾期超过多少天？"))
    for n in cmd.numbers:
        if not any(i <= n.start < j for i, j in spans):
            shown = cmd.masked[n.start : n.end]
            raise AskBack(
                cmd.say(
                    f"What is {shown}? Say the days overdue as 'more than 30 days overdue'.",
                    f"{shown} 是什么？逾期天数请写成“逾期超过30天”。",
                )
            )
    args: dict[str, Any] = {"on": cmd.today.isoformat(), "overdue_days": days.pop() if days else 0}
    if customer is not None:
        args["customer_id"] = customer.id
    return args


# --- new partners and products ---------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d\s()-]{6,}\d")


def _after_cue(cmd: Command, kind: str, original: str) -> list[str]:
    """The parts written after the cue, in the original spelling, split at separators."""
    lowered = original.lower()
    patterns = cmd.words.compiled[kind]
    end = -1
    for pattern in patterns:
        m = pattern.search(_normalise_keep_length(lowered))
        if m is not None:
            end = max(end, m.end())
    rest = original[end:] if end >= 0 else original
    rest = re.sub(
        r"^[\s:：,，]*(?:named|called|name|叫做|叫|名为|名称为|名称|名叫)?[\s:：]*", "", rest
    )
    return [p.strip(" .。") for p in re.split(r"[,，;；、\n]", rest) if p.strip(" .。")]


def _normalise_keep_length(text: str) -> str:
    # Apostrophes dropped in `normalise` would shift positions; blank them instead.
    return re.sub(r"[’'`]", " ", text)


def _new_partner(cmd: Command, customer: bool) -> dict[str, Any]:
    kind = "new_customer" if customer else "new_supplier"
    parts = _after_cue(cmd, kind, cmd.original)
    if not parts:
        raise AskBack(cmd.say("What is the new partner's name?", "新单位叫什么名字？"))
    name, rest = parts[0], parts[1:]
    # "Corner Cafe in Boston", "上海鲜达 位于上海": the place said after the name.
    placed = re.match(
        r"^(.+?)\s+(?:in|from|based in|located in|at)\s+(.+)$|^(.+?)\s*(?:位于|地址在|在)\s*(.+)$",
        name,
    )
    if placed:
        name = placed.group(1) or placed.group(3)
        rest = [placed.group(2) or placed.group(4), *rest]
    name = name.strip(" '\"‘’“”「」『』")
    args: dict[str, Any] = {"name": name, "is_customer": customer, "is_supplier": not customer}
    for raw in rest:
        # A labelled part says which field it is ("phone +1 206…", "邮箱 a@b.example").
        label = re.match(
            r"^(phone|tel|telephone|mobile|cell|电话|手机|e-?mail|mail|邮箱|city|城市|country|国家)"
            r"\s*[:：]?\s*",
            raw,
            re.IGNORECASE,
        )
        part = raw[label.end() :] if label else raw
        kind = label.group(1).lower() if label else ""
        if kind in ("city", "城市"):
            args["city"] = part
        elif kind in ("country", "国家"):
            args["country"] = part
        elif EMAIL.fullmatch(part):
            args["email"] = part
        elif PHONE.fullmatch(part):
            args["phone"] = part
        elif "country" not in args and _is_country(part):
            args["country"] = part
        elif "city" not in args:
            args["city"] = part
    return args


def _is_country(part: str) -> bool:
    folded = fold(part)
    return any(folded in names for names in COUNTRIES)


def _new_product(session: Session, cmd: Command) -> dict[str, Any]:
    parts = _after_cue(cmd, "new_product", cmd.original)
    if not parts:
        raise AskBack(cmd.say("What is the new product's name?", "新产品叫什么名字？"))
    name = re.split(r"\s+(?:at|for|priced|price|sku)\b|售价|价格|单价|编码|编号", parts[0])[
        0
    ].strip()
    sku = None
    price = Decimal(0)
    for part in parts:
        m = re.search(
            r"(?:sku|code|编码|编号|货号)\s*[:：]?\s*([A-Za-z0-9][\w-]*)", part, re.IGNORECASE
        )
        if m:
            sku = m.group(1).upper()
        p = re.search(
            r"(?:at|price|priced at|售价|价格|单价|卖)\s*[:：]?\s*\$?(\d+(?:\.\d+)?)", part
        )
        if p:
            price = Decimal(p.group(1))
    if sku is None:
        sku = free_sku(session, name)
    return {"sku": sku, "name": name, "sale_price": str(price)}


def free_sku(session: Session, name: str) -> str:
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", name)).upper()[:6] or "P"
    last = session.scalar(select(func.max(Product.id))) or 0
    base = f"{letters}-{last + 1}"
    sku, n = base, 1
    while session.scalar(select(Product.id).where(Product.sku == sku)) is not None:
        n += 1
        sku = f"{base}-{n}"
    return sku
