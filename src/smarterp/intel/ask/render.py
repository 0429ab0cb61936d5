"""A structured query said back as one short canonical sentence, in English or Chinese."""

from __future__ import annotations

import calendar
from datetime import date

from smarterp.intel.semantic.catalogue import CONDITIONS, DIMENSIONS, MEASURES
from smarterp.intel.semantic.query import StructuredQuery, TimeRange

_OPS = {
    "en": {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most"},
    "zh": {"gt": "超过", "ge": "不少于", "lt": "少于", "le": "不超过"},
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


def _en(q: StructuredQuery) -> str:
    measures = " and ".join(_m(m, False) for m in q.measures)
    dims = ", ".join(_d(d, False) for d in q.dimensions)
    if q.absent:
        text = f"{dims}s with no orders"
    elif measures and dims:
        text = f"{measures} by {dims}"
    else:
        text = measures or f"{dims} list"
    quals: list[str] = []
    for f in q.filters:
        neg = "not " if f.negate else ""
        quals.append(f"{_d(f.dimension, False)} {neg}{' or '.join(f.values)}")
    if q.conditions:
        quals.append(", ".join(_c(c, False) for c in q.conditions))
    if q.time_range is not None:
        quals.append(f"in {period_text(q.time_range, 'en')}")
    if q.compare_to is not None:
        how = "growth in %" if q.growth == "percent" else "change"
        quals.append(f"{how} against {period_text(q.compare_to, 'en')}")
    for t in q.having:
        quals.append(f"{_m(t.measure, False)} {_OPS['en'][t.op]} {t.value:g}")
    if q.share_of:
        part = "; ".join(f"{_d(f.dimension, False)} {' or '.join(f.values)}" for f in q.share_of)
        quals.append(f"share of {part} in the total")
    if q.share_of_total:
        quals.append("with each one's share of the total")
    if q.order and q.limit:
        word = "highest" if q.order == "desc" else "lowest"
        key = q.measures[0] if q.measures else ""
        quals.append(
            f"the {word} by {_m(key, False)}"
            if q.limit == 1
            else f"{q.limit} {word} by {_m(key, False)}"
        )
    return "; ".join([text, *quals]) if quals else text


def _zh(q: StructuredQuery) -> str:
    measures = "和".join(_m(m, True) for m in q.measures)
    dims = "、".join(_d(d, True) for d in q.dimensions)
    quals: list[str] = []
    if q.time_range is not None:
        quals.append(period_text(q.time_range, "zh"))
    for f in q.filters:
        neg = "不是" if f.negate else ""
        quals.append(f"{_d(f.dimension, True)}{neg}为{'或'.join(f.values)}")
    if q.conditions:
        quals.append("、".join(_c(c, True) for c in q.conditions))
    if q.absent:
        text = f"没有订单的{dims}"
    elif measures and dims:
        text = f"各{dims}的{measures}"
    else:
        text = measures or f"{dims}列表"
    tail: list[str] = []
    if q.compare_to is not None:
        how = "增长率(%)" if q.growth == "percent" else "变化"
        tail.append(f"与{period_text(q.compare_to, 'zh')}相比的{how}")
    for t in q.having:
        tail.append(f"{_m(t.measure, True)}{_OPS['zh'][t.op]}{t.value:g}")
    if q.share_of:
        part = "；".join(f"{_d(f.dimension, True)}为{'或'.join(f.values)}" for f in q.share_of)
        tail.append(f"{part}占总额的比例")
    if q.share_of_total:
        tail.append("及各自占比")
    if q.order and q.limit:
        word = "最高" if q.order == "desc" else "最低"
        key = q.measures[0] if q.measures else ""
        tail.append(
            f"按{_m(key, True)}{word}的{q.limit}个" if q.limit > 1 else f"{_m(key, True)}{word}的"
        )
    head = "，".join(quals)
    body = f"{head}，{text}" if head else text
    return "，".join([body, *tail])
