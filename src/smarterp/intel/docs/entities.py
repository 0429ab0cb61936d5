"""Entities in any document: e-mail addresses, phones, amounts with currency, order and invoice
numbers, dates, people and organisations; and the terms of invoices and contracts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from smarterp.intel.docs.dates import find_dates
from smarterp.intel.docs.text import fold

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?:(?:tel|phone|fax|电话|手机)\.?\s*[:：]?\s*)(\+?[\d][\d\s().-]{5,}\d)", re.I
)
_CURRENCY = r"(?:USD|EUR|GBP|CNY|RMB|JPY|CHF|CAD|SEK|NOK|DKK|\$|€|£|¥|￥|元|美元|欧元)"
_AMOUNT = re.compile(
    rf"(?P<pre>{_CURRENCY})\s?(?P<a>\d{{1,3}}(?:[,\s]\d{{3}})*(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?)"
    rf"|(?P<b>\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?)\s?(?P<post>{_CURRENCY})"
)
_CURRENCY_CODES = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "RMB": "CNY",
    "美元": "USD",
    "欧元": "EUR",
}
_ORDER_NO = re.compile(
    r"(?:order|po|purchase order|订单)\s*(?:no\.?|number|#|号)?\s*[:：#]?\s*"
    r"(?P<n>[A-Z]{0,4}-?\d{3,})",
    re.I,
)
_INVOICE_NO = re.compile(
    # (票号, a Chinese invoice's own number: "发票（票号S019-2500146）")
    r"(?:invoice|inv|发票|票号)\s*(?:no\.?|number|#|号)?\s*[:：#]?\s*"
    r"(?P<n>[A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)",
    re.I,
)
_DUE = re.compile(r"due|payable|pay by|付款期限|到期|截止", re.I)
_TOTAL = re.compile(r"total|amount due|balance due|合计|总计|应付", re.I)
_VALID = re.compile(r"valid|validity|effective|term of|有效期|期限", re.I)
_PENALTY = re.compile(r"penalt|liquidated damages|late fee|违约金|罚款|滞纳金", re.I)
_PERSON_EN = re.compile(r"^(?P<name>[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ'-]+){1,2})\s*$", re.M)


@dataclass(frozen=True)
class Entity:
    kind: str  # email, phone, amount, order_no, invoice_no, date, person, organisation
    text: str
    start: int
    end: int
    value: Any = None


def _amount(m: re.Match[str]) -> tuple[Decimal, str] | None:
    raw = (m.group("a") or m.group("b") or "").replace(",", "").replace(" ", "")
    symbol = m.group("pre") or m.group("post") or ""
    try:
        return Decimal(raw), _CURRENCY_CODES.get(symbol, symbol.upper())
    except InvalidOperation:
        return None


def find_entities(text: str, base: date | None = None) -> list[Entity]:
    found: list[Entity] = []
    for m in _EMAIL.finditer(text):
        found.append(Entity("email", m.group(0), m.start(), m.end(), m.group(0).lower()))
    for m in _PHONE.finditer(text):
        found.append(
            Entity("phone", m.group(1), m.start(1), m.end(1), re.sub(r"\D", "", m.group(1)))
        )
    for m in _AMOUNT.finditer(text):
        value = _amount(m)
        if value is not None:
            found.append(Entity("amount", m.group(0), m.start(), m.end(), value))
    for pattern, kind in ((_ORDER_NO, "order_no"), (_INVOICE_NO, "invoice_no")):
        for m in pattern.finditer(text):
            found.append(Entity(kind, m.group("n"), m.start("n"), m.end("n"), m.group("n")))
    if base is not None:
        folded = fold(text)
        for d in find_dates(folded.text, base):
            start, end = folded.span(d.start, d.end)
            found.append(Entity("date", text[start:end], start, end, d.value))
    for m in _PERSON_EN.finditer(text):
        found.append(
            Entity("person", m.group("name"), m.start("name"), m.end("name"), m.group("name"))
        )
    found.extend(_chinese_people(text))
    found.sort(key=lambda e: (e.start, e.kind))
    return found


def _chinese_people(text: str) -> list[Entity]:
    """People's names in Chinese text, by jieba's part-of-speech tags (nr)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return []
    import logging

    import jieba  # its dictionary loads on first use: only when Chinese text arrives
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    people: list[Entity] = []
    offset = 0
    for pair in posseg.cut(text):
        word, flag = pair.word, pair.flag
        start = text.find(word, offset)
        if start < 0:
            continue
        offset = start + len(word)
        if flag == "nr" and len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            people.append(Entity("person", word, start, offset, word))
    return people


@dataclass(frozen=True)
class Terms:
    """What an invoice or contract states: total, currency, due date, validity, penalties."""

    numbers: list[str]
    total: tuple[Decimal, str] | None
    due: date | None
    valid_until: date | None
    penalty: str | None
    prices: list[tuple[str, Decimal, str]]


def document_terms(text: str, base: date) -> Terms:
    entities = find_entities(text, base)
    numbers = [e.value for e in entities if e.kind in ("invoice_no", "order_no")]
    total: tuple[Decimal, str] | None = None
    due = valid = None
    penalty = None
    prices: list[tuple[str, Decimal, str]] = []
    for line_start, line in _lines(text):
        in_line = [e for e in entities if line_start <= e.start < line_start + len(line)]
        amounts = [e for e in in_line if e.kind == "amount"]
        dates = [e for e in in_line if e.kind == "date"]
        if _TOTAL.search(line) and amounts:
            total = amounts[-1].value
        elif amounts and not _TOTAL.search(line):
            label = line[: amounts[0].start - line_start].strip(" :-–|\t")
            if label:
                prices.append((label[:120], amounts[0].value[0], amounts[0].value[1]))
        if _DUE.search(line) and dates:
            due = dates[-1].value
        if _VALID.search(line) and dates:
            valid = dates[-1].value
        if _PENALTY.search(line):
            penalty = line.strip()[:300]
    return Terms(numbers, total, due, valid, penalty, prices)


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        out.append((offset, line.rstrip("\n")))
        offset += len(line)
    return out
