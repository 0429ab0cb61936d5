"""A structured query said back as one short canonical sentence, in English or Chinese.

The sentence is what the person reads above the answer ("understood"), and what the
clarification buttons show: it must say exactly what was run, in plain words.
"""

from __future__ import annotations

import calendar
from datetime import date

from smarterp.intel.semantic.catalogue import CONDITIONS, DIMENSIONS, MEASURES
from smarterp.intel.semantic.query import Filter, StructuredQuery, TimeRange

_OPS = {
    "en": {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most"},
    "zh": {"gt": "超过", "ge": "不少于", "lt": "少于", "le": "不超过"},
}
# How a filter reads: "{values}" is replaced by the names.
_FILTER_EN = {
    "customer": "customer {values}",
    "country": "customers in {values}",
    "city": "customers in {values}",
    "product": "product {values}",
    "category": "{values} products",
    "supplier": "products of {values}",
    "supplier_country": "suppliers in {values}",
    "supplier_city": "suppliers in {values}",
    "salesperson": "salesperson {values}",
    "carrier": "carrier {values}",
    "order": "order {values}",
}
_FILTER_ZH = {
    "customer": "客户{values}",
    "country": "{values}的客户",
    "city": "{values}的客户",
    "product": "产品{values}",
    "category": "{values}类产品",
    "supplier": "{values}供应的产品",
    "supplier_country": "{values}的供应商",
    "supplier_city": "{values}的供应商",
    "salesperson": "销售员{values}",
    "carrier": "承运商{values}",
    "order": "订单{values}",
}


def period_text(p: TimeRange, lang: str) -> str:
    s, e = p.start, p.end
    zh = lang == "zh"
    last = calendar.monthrange(e.year, e.month)[1]
    whole_months = s.day == 1 and e.day == last
    if whole_months and s.year == e.year:
        if s.month == 1 and e.month == 12:
            return f"{s.year}年" if zh else f"{s.year}"
        if s.month == e.month:
            return f"{s.year}年{s.month}月" if zh else f"{s:%B %Y}"
        if e.month - s.month == 2 and s.month % 3 == 1:
            q = (s.month - 1) // 3 + 1
            return f"{s.year}年第{q}季度" if zh else f"Q{q} {s.year}"
        if e.month - s.month == 5 and s.month in (1, 7):
            half = "上半年" if s.month == 1 else "下半年"
            return f"{s.year}年{half}" if zh else f"H{1 if s.month == 1 else 2} {s.year}"
    if s == e:
        return _day(s, zh)
    return f"{_day(s, zh)}至{_day(e, zh)}" if zh else f"{_day(s, zh)} to {_day(e, zh)}"


def _day(d: date, zh: bool) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if zh else d.isoformat()


def render(q: StructuredQuery, lang: str) -> str:
    return _zh(q) if lang == "zh" else _en(q)


def _m(key: str, zh: bool) -> str:
    m = MEASURES.get(key)
    return (m.name_zh if zh else m.name_en) if m else key


def _d(key: str, zh: bool) -> str:
    d = DIMENSIONS.get(key)
    return (d.name_zh if zh else d.name_en) if d else key


def _c(key: str, zh: bool) -> str:
    c = CONDITIONS.get(key)
    return (c.name_zh if zh else c.name_en) if c else key


def _filter(f: Filter, zh: bool) -> str:
    values = ("或" if zh else " or ").join(f.values)
    text = (_FILTER_ZH if zh else _FILTER_EN).get(f.dimension, f"{_d(f.dimension, zh)} {{values}}")
    said = text.format(values=values)
    if f.negate:
        return f"不含{said}" if zh else f"not {said}"
    return said


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith("ay"):
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


def _en(q: StructuredQuery) -> str:
    measures = " and ".join(_m(m, False) for m in q.measures)
    dims = " and ".join(_d(d, False) for d in q.dimensions)
    conditions = ", ".join(_c(c, False) for c in q.conditions)
    filters = "; ".join(_filter(f, False) for f in q.filters)
    if q.absent:
        head = f"{_plural(dims)} with no orders"
    elif q.order and q.limit and q.measures and q.dimensions:
        word = "highest" if q.order == "desc" else "lowest"
        noun = dims if q.limit == 1 else f"{q.limit} {_plural(dims)}"
        head = f"the {noun} with the {word} {_m(q.measures[0], False)}"
        if len(q.measures) > 1:
            head += f" (with {' and '.join(_m(m, False) for m in q.measures[1:])})"
    elif q.measures and q.dimensions:
        head = f"{measures} by {dims}"
    elif q.measures:
        head = measures
    else:
        head = _plural(dims)
    parts = [head]
    if conditions:
        parts.append(conditions)
    if filters:
        parts.append(f"for {filters}")
    if q.time_range is not None:
        parts.append(f"in {period_text(q.time_range, 'en')}")
    text = ", ".join(parts)
    for t in q.having:
        text += f", where {_m(t.measure, False)} is {_OPS['en'][t.op]} {t.value:g}"
    if q.compare_to is not None:
        how = "growth in %" if q.growth == "percent" else "change"
        text += f", {how} against {period_text(q.compare_to, 'en')}"
    if q.share_of:
        part = "; ".join(_filter(f, False) for f in q.share_of)
        text += f", share of {part} in the total"
    if q.share_of_total:
        text += ", with each one's share of the total"
    return text


def _zh(q: StructuredQuery) -> str:
    measures = "和".join(_m(m, True) for m in q.measures)
    dims = "和".join(_d(d, True) for d in q.dimensions)
    scope: list[str] = []
    if q.time_range is not None:
        scope.append(period_text(q.time_range, "zh"))
    scope += [_filter(f, True) for f in q.filters]
    if q.conditions:
        scope.append("、".join(_c(c, True) for c in q.conditions))
    if q.absent:
        head = f"没有订单的{dims}"
    elif q.order and q.limit and q.measures and q.dimensions:
        word = "最高" if q.order == "desc" else "最低"
        count = "" if q.limit == 1 else f"{q.limit}个"
        head = f"{_m(q.measures[0], True)}{word}的{count}{dims}"
        if len(q.measures) > 1:
            head += f"（及{'和'.join(_m(m, True) for m in q.measures[1:])}）"
    elif q.measures and q.dimensions:
        head = f"各{dims}的{measures}"
    elif q.measures:
        head = measures
    else:
        head = f"{dims}列表"
    text = "，".join(scope) + "：" + head if scope else head
    for t in q.having:
        text += f"，{_m(t.measure, True)}{_OPS['zh'][t.op]}{t.value:g}"
    if q.compare_to is not None:
        how = "增长率(%)" if q.growth == "percent" else "变化"
        text += f"，与{period_text(q.compare_to, 'zh')}相比的{how}"
    if q.share_of:
        part = "；".join(_filter(f, True) for f in q.share_of)
        text += f"，{part}占总额的比例"
    if q.share_of_total:
        text += "，及各自占比"
    return text
