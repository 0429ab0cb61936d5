"""The offline parser: lexicons and a small grammar fill the structured query, no model needed."""
# ruff: noqa: E501 -- regular expressions of phrases read best unwrapped

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from smarterp.intel.ask import lexicon as lx
from smarterp.intel.ask.entities import Candidate, EntityIndex, Mention, fold
from smarterp.intel.ask.timeparse import (
    TimeParser,
    previous_period,
    year_before,
    zh_number,
)
from smarterp.intel.semantic.catalogue import DIMENSIONS
from smarterp.intel.semantic.query import Filter, StructuredQuery, TimeRange

CJK = re.compile(r"[\u4e00-\u9fff]")


def language_of(question: str) -> str:
    return "zh" if CJK.search(question) else "en"


@dataclass
class Parsed:
    """What the parser understood, or the question it must ask back."""

    lang: str
    query: StructuredQuery | None = None
    clarification: str | None = None
    options: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@cache
def _segmenter_ready() -> bool:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return True


_USER_WORDS: set[str] = set()


def segment(text: str, index: EntityIndex) -> list[str]:
    """Chinese words, with the catalogue's terms and the books' names kept whole."""
    import jieba

    _segmenter_ready()
    for word in index.user_words():
        if word not in _USER_WORDS:
            jieba.add_word(word, freq=200000)
            _USER_WORDS.add(word)
    for names in lx.dimension_words("zh"):
        if names not in _USER_WORDS:
            jieba.add_word(names, freq=200000)
            _USER_WORDS.add(names)
    return [t for t in jieba.lcut(text) if t.strip()]


class OfflineParser:
    """Parses one question against the books' names; relative time resolves to `as_of`."""

    def __init__(self, index: EntityIndex, as_of: date) -> None:
        self.index = index
        self.as_of = as_of
        self.times = TimeParser(as_of)
        self._dim_words: dict[str, str] = {}

    def parse(self, question: str) -> Parsed:
        lang = language_of(question)
        raw = question.strip()
        if not raw:
            return Parsed(lang, clarification=_say(lang, "empty"))
        text = fold(raw) if lang == "en" else _zh_text(raw)
        tokens = segment(raw, self.index) if lang == "zh" else text.split()
        out = Parsed(lang)
        out.notes.append("tokens: " + " ".join(tokens[:40]))

        found = self.times.find(raw, lang)
        periods = [f.period for f in found]
        # Names: keep words that are time expressions or catalogue words from being names.
        mentions = self.index.find(raw, blocked={"may", "march"})
        mentions = [m for m in mentions if not _is_time_word(m.text)]

        dims = self._dimensions(text, lang)
        conditions = self._conditions(text, lang)
        measures = self._measures(text, lang, dims, conditions)
        absent = bool((lx.ABSENT_ZH if lang == "zh" else lx.ABSENT_EN).search(text)) and any(
            DIMENSIONS[d].entity for d in dims
        )
        if absent:
            conditions = [c for c in conditions if c not in ("unshipped", "late", "shipped")]

        # Filters from names; a name whose only meaning is the asked dimension is dropped.
        filters: list[Filter] = []
        for mention in mentions:
            choice = self._resolve(mention, dims, measures)
            if isinstance(choice, list):
                out.clarification = _say(lang, "which", mention=mention.text)
                out.options = [c.value for c in choice]
                return out
            if choice is None:
                continue
            _add_filter(filters, choice)

        order, limit = self._ranking(text, lang, dims)

        time_range: TimeRange | None = None
        compare_to: TimeRange | None = None
        growth: str | None = None
        growth_re = lx.GROWTH_ZH if lang == "zh" else lx.GROWTH_EN
        percent_re = lx.PERCENT_ZH if lang == "zh" else lx.PERCENT_EN
        share_re = lx.SHARE_ZH if lang == "zh" else lx.SHARE_EN
        wants_growth = bool(growth_re.search(text))
        distinct = _distinct(periods)
        if len(distinct) >= 2 and wants_growth:
            # The later period is the one asked about; the earlier is the base.
            later, earlier = sorted(distinct[:2], key=lambda p: p.start, reverse=True)
            time_range, compare_to = later, earlier
        elif distinct:
            time_range = distinct[0] if len(distinct) == 1 else _span(distinct)
            yoy = lx.YOY_ZH if lang == "zh" else lx.YOY_EN
            pop = lx.POP_ZH if lang == "zh" else lx.POP_EN
            if yoy.search(text):
                compare_to = year_before(time_range)
            elif pop.search(text):
                compare_to = previous_period(time_range)
        if compare_to is not None:
            growth = "percent" if percent_re.search(text) else "absolute"
            if not measures:
                measures = ["revenue"]

        share_of: list[Filter] = []
        share_total = False
        if (
            compare_to is None
            and share_re.search(text)
            and (percent_re.search(text) or lang == "zh" or "share" in text)
        ):
            if dims:
                share_total = True
            elif filters:
                share_of, filters = filters, []
                # Only the filters that pick the part; a period stays on both.
            if not measures:
                measures = ["revenue"]

        # A listing of products below reorder level or in stock shows the figures that matter.
        if dims == ["product"] and not absent and "below_reorder" in conditions:
            measures = [m for m in ("stock_on_hand", "reorder_level") if m not in measures] + [
                m for m in measures if m not in ("stock_on_hand", "reorder_level")
            ]
            measures = ["stock_on_hand", "reorder_level"] + [
                m for m in measures if m not in ("stock_on_hand", "reorder_level")
            ]
        stock_listing = "in_stock" in conditions or "out_of_stock" in conditions
        if dims == ["product"] and not absent and not measures and stock_listing:
            measures = ["stock_on_hand"]
        if absent:
            measures = []
            order, limit = None, None
        if not measures and not dims:
            if filters and any(f.dimension in ("product", "customer") for f in filters):
                measures = ["revenue"]
            else:
                out.clarification = _say(lang, "what")
                return out
        try:
            out.query = StructuredQuery(
                measures=measures,
                dimensions=dims[:3],
                filters=filters,
                conditions=conditions,
                time_range=time_range,
                compare_to=compare_to,
                growth=growth,  # type: ignore[arg-type,unused-ignore]
                share_of=share_of,
                share_of_total=share_total,
                absent=absent,
                order=order if (measures and dims) else None,
                limit=limit if (measures and dims) else None,
            )
        except ValueError as exc:
            out.clarification = _say(lang, "what") + f" ({exc})"
        return out

    # -- pieces ------------------------------------------------------------------------------

    def _dimensions(self, text: str, lang: str) -> list[str]:
        words = lx.dimension_words(lang)
        alternation = "|".join(re.escape(w) for w in words)
        dims: list[tuple[int, str]] = []
        grains = lx.TIME_GRAINS_ZH if lang == "zh" else lx.TIME_GRAINS_EN
        for pattern, grain in grains:
            m = re.search(pattern, text)
            if m:
                dims.append((m.start(), grain))
        cues: tuple[str, ...]
        if lang == "en":
            n = r"(?:\d+|" + "|".join(lx.EN_NUMBER_WORDS) + r")"
            cues = (
                rf"\b(?:by|per|each|every|for each|for every|across|broken down by|split by|grouped by|breakdown by) (?P<d>{alternation})\b",
                rf"\b(?:which|what) (?:{n} )?(?:(?!the\b|of\b|was\b|is\b|were\b|are\b|did\b|do\b)[a-z]+ ){{0,2}}?(?P<d>{alternation})\b",
                rf"\b(?:top|bottom|best|worst|best selling|top selling|worst selling|biggest|largest|smallest|leading|highest|lowest) (?:{n} )?(?:[a-z]+ )?(?P<d>{alternation})\b",
                rf"\b(?:list|show|name) (?:me )?(?:all |the )?(?:(?!the\b)[a-z]+ )?(?P<d>{alternation}) (?:that|which|who|with|whose|in|where)\b",
                rf"\b{n} (?P<d>{alternation}) (?:with|by|that)\b",
            )
        else:
            n = r"[0-9一二三四五六七八九十两]+"
            cues = (
                rf"(?:各|每个|每一个|每家|每位|按|按照|分)(?:个|家|位)?(?P<d>{alternation})",
                rf"哪(?:个|家|些|位|一个|一家|一位|几个|几家|几位)?(?P<d>{alternation})",
                rf"(?:前|后)\s*{n}\s*(?:名|位|个|家)?的?(?P<d>{alternation})",
                rf"最(?:高|低|多|少|大|小|好|差|短|长|快|慢)的(?:{n}(?:个|家|位|种|类))?(?P<d>{alternation})",
                rf"(?P<d>{alternation})(?:是谁|是哪|有哪些|都有哪些|分别)",
                rf"{n}(?:个|家|位|种)(?P<d>{alternation})",
                rf"(?:哪些|什么)(?P<d>{alternation})",
            )
        for cue in cues:
            for m in re.finditer(cue, text):
                key = words.get(m.group("d"))
                if key and all(key != k for _, k in dims):
                    dims.append((m.start("d"), key))
        if lang == "zh" and not any(not DIMENSIONS[k].is_time for _, k in dims):
            # "海鲜类产品里，哪些…": a bare 哪些 lists the thing named just before it.
            m = re.search(r"哪些|哪个|哪家|哪几", text)
            if m:
                before = [
                    (text.rfind(w, 0, m.start()), k)
                    for w, k in words.items()
                    if w in text[: m.start()]
                ]
                before = [b for b in before if b[0] >= 0]
                if before:
                    dims.append(max(before))
        dims.sort()
        self._dim_words = {k: w for w, k in ((text[p : p + 30], k) for p, k in dims)}
        keys = [k for _, k in dims]
        # "biggest single order" groups by order; otherwise "orders" counts, not groups.
        if "order" in keys and not re.search(
            r"single order|which orders?|orders? (?:number|id)|哪(?:个|笔|些)订单|单笔订单|最大的订单|订单号",
            text,
        ):
            keys.remove("order")
        return keys

    def _conditions(self, text: str, lang: str) -> list[str]:
        patterns = lx.CONDITION_PATTERNS_ZH if lang == "zh" else lx.CONDITION_PATTERNS_EN
        found: list[str] = []
        taken: list[tuple[int, int]] = []
        for pattern, key in patterns:
            for m in re.finditer(pattern, text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                if key not in found:
                    found.append(key)
        if "late" in found:
            found = [c for c in found if c not in ("shipped", "unshipped")]
        if lang == "en" and re.search(
            r"(?:still |currently |now )?(?:have|are|is|got) (?:\w+ )?in stock|still in stock|currently in stock",
            text,
        ):
            found.append("in_stock")
        if lang == "zh" and re.search(r"还有库存|有库存的|仍有库存|尚有库存", text):
            found.append("in_stock")
        return found

    def _measures(self, text: str, lang: str, dims: list[str], conditions: list[str]) -> list[str]:
        patterns = lx.MEASURE_PATTERNS_ZH if lang == "zh" else lx.MEASURE_PATTERNS_EN
        hits: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        # Condition phrases ("below reorder level", "in stock") are not measures.
        cond_patterns = lx.CONDITION_PATTERNS_ZH if lang == "zh" else lx.CONDITION_PATTERNS_EN
        for pattern, _ in cond_patterns:
            taken += [m.span() for m in re.finditer(pattern, text)]
        counted = self._counted(text, lang)
        for pattern, key in patterns:
            for m in re.finditer(pattern, text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                hits.append((m.start(), key))
        hits.sort()
        keys: list[str] = []
        for _, key in hits:
            if key not in keys:
                keys.append(key)
        if counted:
            # "how many orders were shipped late": a count; other words only describe it.
            keys = [counted]
        # "units" next to stock words means stock; "value" next to stock means stock value.
        sold = re.search(r"\bsold\b|\bsell\b|卖出|售出|销量", text)
        if "stock_on_hand" in keys and "units_sold" in keys and not sold:
            keys.remove("units_sold")
        if (
            "stock_value" in keys
            and "revenue" in keys
            and not re.search(r"revenue|sales|销售额|营业额", text)
        ):
            keys.remove("revenue")
        # "unit price x quantity" style phrasing: price is part of another measure.
        priced = any(k in keys for k in ("revenue", "avg_order_value"))
        if "list_price" in keys and len(keys) > 1 and "stock" not in text and priced:
            keys.remove("list_price")
        if "reorder_level" in keys and "below_reorder" in conditions:
            keys.remove("reorder_level")
        if "order" in dims and "revenue" not in keys and not counted:
            keys.append("revenue")
        if "gross_margin" in keys and "revenue" in keys:
            keys.remove("revenue")
        return keys[:4]

    def _counted(self, text: str, lang: str) -> str | None:
        if lang == "en":
            nouns = "|".join(lx.COUNTABLE_EN)
            m = re.search(
                rf"\b(?:how many|number of|count of|count the|the most|the fewest|the least|more|fewer|most|fewest)"
                rf" (?:of (?:the |our )?)?(?:[a-z]+ ){{0,2}}?(?P<n>{nouns})\b",
                text,
            )
            if m and not re.search(r"how many (?:units|pieces|cases|boxes|bottles)", text):
                return lx.COUNTABLE_EN[m.group("n")]
            return None
        nouns = "|".join(sorted(lx.COUNTABLE_ZH, key=len, reverse=True))
        m = re.search(
            rf"(?:多少|几)(?:个|家|笔|张|位|单)?(?:[^，。？\s]{{0,6}}?)(?P<n>{nouns})|(?P<n2>{nouns})(?:数|数量|次数|总数)|下单(?:次数|数|最多|最少)|(?P<n3>订单)(?:最多|最少)",
            text,
        )
        if m:
            noun = m.group("n") or m.group("n2") or m.group("n3") or "订单"
            if m.group(0).startswith("下单"):
                noun = "订单"
            return lx.COUNTABLE_ZH.get(noun)
        return None

    def _ranking(self, text: str, lang: str, dims: list[str]) -> tuple[str | None, int | None]:
        asc_re = lx.ASC_ZH if lang == "zh" else lx.ASC_EN
        desc_re = lx.DESC_ZH if lang == "zh" else lx.DESC_EN
        asc, desc = asc_re.search(text), desc_re.search(text)
        order: str | None = None
        if asc and (not desc or asc.start() < desc.start() or desc.group(0) in ("top",)):
            order = "asc"
            if lang == "en" and desc and desc.group(0) == "top" and asc.group(0) != "bottom":
                order = "desc" if asc.start() > desc.start() and "least" not in text else "asc"
        elif desc:
            order = "desc"
        if lang == "en" and re.search(r"\b(?:shortest|fastest|quickest)\b", text):
            order = "asc"
        limit: int | None = None
        if lang == "en":
            words = "|".join(lx.EN_NUMBER_WORDS)
            m = re.search(
                rf"\b(?:top|bottom|best|worst|first|last|which|the|lowest|highest|least|most) (?P<n>\d+|{words})\b",
                text,
            ) or re.search(
                rf"\b(?P<n>\d+|{words}) (?:best|worst|top|biggest|largest|smallest|highest|lowest|most|least)?\s?(?:[a-z]+ )?(?:products|customers|countries|categories|suppliers|cities|salespeople|employees|carriers|shippers|orders|items|clients|reps)\b",
                text,
            )
            if m:
                value = m.group("n")
                limit = int(value) if value.isdigit() else lx.EN_NUMBER_WORDS.get(value)
                if limit and limit >= 1900:
                    limit = None
        else:
            m = re.search(
                r"(?:前|后|倒数)\s*(?P<n>[0-9一二三四五六七八九十两]+)", text
            ) or re.search(
                r"(?P<n>[0-9一二三四五六七八九十两]+)\s*(?:个|家|位|种|大|名|类)(?!月|季度|年|日|天)",
                text,
            )
            if m:
                limit = zh_number(m.group("n"))
                if limit and limit >= 1900:
                    limit = None
        if order and limit is None and dims:
            limit = 1 if _singular(text, lang, self._dim_words.get(dims[0], "")) else 10
        if limit is not None and order is None:
            order = "desc"
        return order, limit

    def _resolve(
        self, mention: Mention, dims: list[str], measures: list[str]
    ) -> Candidate | list[Candidate] | None:
        cands = mention.candidates
        # A name that is only the asked-for dimension ("which suppliers") filters nothing.
        useful = [c for c in cands if c.kind not in dims] or cands
        kinds = {c.kind for c in useful}
        if len(kinds) > 1:
            # The product/partner ambiguity ("Pavlova"): products for sales and stock questions.
            for kind in ("product", "customer", "supplier", "category", "country", "city"):
                if kind in kinds:
                    useful = [c for c in useful if c.kind == kind]
                    break
        values = {c.value for c in useful}
        if len(values) > 1:
            return sorted(useful, key=lambda c: c.value)
        return useful[0] if useful else None


def _add_filter(filters: list[Filter], cand: Candidate) -> None:
    for f in filters:
        if f.dimension == cand.kind:
            if cand.value not in f.values:
                f.values.append(cand.value)
            return
    filters.append(Filter(dimension=cand.kind, values=[cand.value]))


def _distinct(periods: list[TimeRange]) -> list[TimeRange]:
    out: list[TimeRange] = []
    for p in periods:
        if p not in out:
            out.append(p)
    return out


def _span(periods: list[TimeRange]) -> TimeRange:
    return TimeRange(start=min(p.start for p in periods), end=max(p.end for p in periods))


def _singular(text: str, lang: str, dim_text: str) -> bool:
    """Whether the question asks for one member ("which city has the most…")."""
    if lang == "zh":
        return not re.search(r"哪些|有哪|分别|各", text)
    word = dim_text.split(" ")[0] if dim_text else ""
    return not (word.endswith("s") or word.endswith("people") or word == "staff")


_TIME_WORDS = {"march", "may", "june", "july", "august", "april"}


def _is_time_word(text: str) -> bool:
    return text in _TIME_WORDS


def _zh_text(raw: str) -> str:
    """Chinese text as matched: Latin folded, full-width punctuation kept as separators."""
    return re.sub(r"[\x00-\x7f]+", lambda m: f" {fold(m.group(0))} ", raw.lower()).strip()


_MESSAGES = {
    "empty": ("Please ask a question.", "请输入问题。"),
    "which": ("Which one do you mean by “{mention}”?", "“{mention}”指的是哪一个？"),
    "what": (
        "I could not tell what to measure; try e.g. “revenue by category in 1997”.",
        "我没有理解要统计什么；可以这样问：“1997年各品类的销售额”。",
    ),
}


def _say(lang: str, key: str, **kw: str) -> str:
    en, zh = _MESSAGES[key]
    return (zh if lang == "zh" else en).format(**kw)
