"""From tags to readings: each tag gets a role in a structured query, by composition rules.

A reading is one structured query with what it had to assume (a default measure, a side of a
country) and which tags and words it leaves unexplained. The rules are about roles, never
about questions: a noun after "which" is what is listed; a noun after "how many" is counted;
a country next to "suppliers" filters suppliers; a comparator and a number make a threshold
on the measure they name. Where a role is open, every option becomes a reading and the
ranking decides, or asks back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from smarterp.intel.ask.entities import Candidate
from smarterp.intel.ask.tagger import Tag, Tagged
from smarterp.intel.semantic.catalogue import DIMENSIONS, MEASURES
from smarterp.intel.semantic.query import Filter, StructuredQuery, Threshold, TimeRange

# What a counted noun counts.
COUNT_OF = {
    "order": "orders",
    "customer": "customers",
    "product": "products",
    "supplier": "suppliers",
}
TIME_NOUNS = {"month", "quarter", "year", "week", "day"}
ENTITY_TARGETS = {"customer", "product", "supplier"}
QUANTITY_MEASURES = {"units_sold", "stock_on_hand", "on_order", "reorder_level"}
MONEY_KINDS = {"money"}
# Tags that must be given a role, or the reading leaves part of the question out.
MUST_USE = {
    "much",
    "ratio",
    "neg",
    "sup",
    "topn",
    "cmp",
    "num",
    "absent",
    "share",
    "pct",
    "growth",
    "avg",
    "group",
    "grain",
    "single",
}
# Speed superlatives ranked by days taken.
SPEED_WORDS = {
    "slowest": "desc",
    "fastest": "asc",
    "quickest": "asc",
    "最慢": "desc",
    "最快": "asc",
    "speediest": "asc",
    "拖得最久": "desc",
    "最拖": "desc",
}
# What "what" is when it is the object of an auxiliary: "what did X bring in".
AUXILIARIES = ("did ", "does ", "do ", "would ", "will ")
PIECES = {"items", "pieces", "things", "units", "件", "件商品", "件产品"}
TOPIC_MARKS = ("里", "中", "之中", "当中", "里面", "里头")
COST_UNEXPLAINED = 2.0
COST_LEFTOVER_WORD = 1.5


@dataclass
class Reading:
    query: StructuredQuery | None
    cost: float
    unexplained: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    understood: str = ""
    error: str | None = None

    @property
    def sure(self) -> bool:
        return not self.unexplained and self.cost < 1.0


@dataclass
class _Draft:
    t: Tagged
    used: set[int] = field(default_factory=set)
    cost: float = 0.0
    assumptions: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    targets: list[tuple[int, str]] = field(default_factory=list)  # (position, dimension)
    filters: dict[str, list[str]] = field(default_factory=dict)
    conditions: list[str] = field(default_factory=list)
    having: list[Threshold] = field(default_factory=list)
    time_range: TimeRange | None = None
    compare_to: TimeRange | None = None
    growth: str | None = None
    share: bool = False
    share_total: bool = False
    absent: bool = False
    order: str | None = None
    limit: int | None = None
    # "..., which had the lowest": a "which" that names no noun asks for one member.
    bare_which: bool = False

    def use(self, *tags: Tag | None) -> None:
        for tag in tags:
            if tag is not None:
                self.used.add(id(tag))

    def is_used(self, tag: Tag) -> bool:
        return id(tag) in self.used

    def assume(self, what: str, cost: float) -> None:
        self.assumptions.append(what)
        self.cost += cost

    def add_target(self, pos: int, dim: str) -> None:
        for i, (p, d) in enumerate(self.targets):
            if d == dim:
                self.targets[i] = (min(p, pos), d)
                return
        self.targets.append((pos, dim))

    def add_measure(self, key: str) -> None:
        if key not in self.measures:
            self.measures.append(key)

    def target_dims(self) -> list[str]:
        return [d for _, d in sorted(self.targets)]


# -- choices -------------------------------------------------------------------------------------


def entity_options(t: Tagged, tag: Tag) -> list[tuple[str, str, float]]:
    """(dimension, value, cost) each way a name may be read, the likeliest first."""
    assert tag.mention is not None
    cands: list[Candidate] = tag.mention.candidates
    kinds = {c.kind for c in cands}
    nouns = [n for n in t.of("noun") if _adjacent(t, tag, n)]
    noun_kinds = {n.value for n in nouns}
    all_nouns = {n.value for n in t.of("noun")} | {
        "supplier"
        for m in t.of("measure")
        if m.value in ("suppliers", "on_order", "purchase_spend")
    }
    verbs = {v.value for v in t.of("verb")}
    options: list[tuple[str, str, float]] = []
    for cand in cands:
        kind, cost = cand.kind, 0.0
        if kind == "city" and any(c.kind == "country" and c.value == cand.value for c in cands):
            cost = 0.6  # Singapore the country rather than the city
        if kind in ("country", "city"):
            supplier_side = "supplier" in noun_kinds or (
                ("supply" in verbs or "supplier" in all_nouns)
                and "customer" not in all_nouns
                and not t.has("absent")
            )
            side = f"supplier_{kind}"
            if supplier_side:
                options.append((side, cand.value, cost))
                options.append((kind, cand.value, cost + 0.8))
            else:
                options.append((kind, cand.value, cost))
                options.append((side, cand.value, cost + 0.8))
            continue
        if len(kinds) > 1:
            # A name shared by a product and a company: the nouns and verbs around it decide.
            prefer = _preferred_kind(t, tag, kinds, noun_kinds)
            cost = 0.0 if kind == prefer else 0.7
        options.append((kind, cand.value, cost))
    return sorted(options, key=lambda o: o[2])


def _preferred_kind(t: Tagged, tag: Tag, kinds: set[str], noun_kinds: set[str]) -> str:
    for kind in ("supplier", "customer", "product", "category"):
        if kind in noun_kinds and kind in kinds:
            return kind
    verbs = [v for v in t.of("verb") if v.value == "supply"]
    if "supplier" in kinds and verbs:
        # "what does X supply": X supplies; "who supplies X": X is supplied.
        if any(v.start > tag.end for v in verbs) and not t.has("who"):
            return "supplier"
        return "product" if "product" in kinds else "supplier"
    for kind in ("product", "customer", "supplier", "category", "country", "city"):
        if kind in kinds:
            return kind
    return next(iter(kinds))


def _adjacent(t: Tagged, a: Tag, b: Tag) -> bool:
    """Whether b sits right next to a, with only filler words and names between them."""
    gap = 14 if t.lang == "en" else 3
    if a.end <= b.start:
        between = t.text[a.end : b.start]
    elif b.end <= a.start:
        between = t.text[b.end : a.start]
        gap = 18 if t.lang == "en" else 3
    else:
        return False
    return len(between.strip()) <= gap and not any(
        x.kind in ("measure", "which", "count", "sup", "topn")
        for x in t.tags
        if min(a.start, b.start) < x.start < max(a.end, b.end) and x is not a and x is not b
    )


# -- the builder ---------------------------------------------------------------------------------


def build_readings(t: Tagged) -> list[Reading]:
    """Every reading of the tagged question, cheapest first (bounded enumeration)."""
    entity_tags = t.of("entity")
    per_entity = [entity_options(t, e)[:3] for e in entity_tags]
    combos = list(itertools.islice(itertools.product(*per_entity), 12)) if per_entity else [()]
    readings: list[Reading] = []
    for combo in combos:
        for default in (None, "revenue", "orders", "units_sold"):
            draft = _Draft(t)
            for tag, (dim, value, cost) in zip(entity_tags, combo, strict=True):
                draft.cost += cost
                if cost:
                    draft.assumptions.append(f"{value} as {dim}")
                draft.filters.setdefault(dim, [])
                if value not in draft.filters[dim]:
                    draft.filters[dim].append(value)
                draft.use(tag)
            reading = _read(draft, default)
            if reading is not None:
                readings.append(reading)
    readings.sort(key=lambda r: r.cost)
    return _distinct(readings)


def _distinct(readings: list[Reading]) -> list[Reading]:
    seen: set[str] = set()
    out: list[Reading] = []
    for r in readings:
        key = r.query.model_dump_json() if r.query else f"error:{r.error}"
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _read(d: _Draft, default_measure: str | None) -> Reading | None:
    t = d.t
    _time(d)
    _heads(d)
    _targets(d)
    _measures(d)
    _thresholds(d)
    if not d.measures and default_measure is None and _needs_measure(d):
        return None
    if default_measure is not None:
        if d.measures or not _needs_measure(d):
            return None
        try:
            _default_measure(d, default_measure)
        except _Pointless:
            return None
    _conditions(d)
    _ranking(d)
    _absence(d)
    _share(d)
    unexplained = _unexplained(d)
    cost = d.cost + COST_UNEXPLAINED * len(unexplained) + COST_LEFTOVER_WORD * len(t.leftover)
    unexplained += t.leftover
    try:
        query = _query(d)
    except ValueError as exc:
        return Reading(None, cost + 5, unexplained, d.assumptions, error=str(exc))
    return Reading(query, cost, unexplained, d.assumptions)


def _needs_measure(d: _Draft) -> bool:
    """Rankings and thresholds need something to rank; bare names need something to say."""
    t = d.t
    if d.absent or t.has("absent"):
        return False
    ranking = any(not d.is_used(x) for x in t.of("sup") + t.of("topn"))
    if ranking:
        return True
    if d.targets:
        # "延迟发货（按业务员）", "late orders per carrier": late or unshipped orders grouped
        # by something are counted, not listed.
        events = any(c.value in ("late", "unshipped") for c in t.of("cond"))
        return events and t.has("group") and not t.has("which")
    return bool(d.filters) or bool(d.time_range)


def _time(d: _Draft) -> None:
    t = d.t
    times = t.of("time")
    periods: list[TimeRange] = []
    for tag in times:
        if tag.period is not None and tag.period not in periods:
            periods.append(tag.period)
    growth = t.of("growth")
    if len(periods) >= 2 and growth:
        later, earlier = sorted(periods[:2], key=lambda p: p.start, reverse=True)
        d.time_range, d.compare_to = later, earlier
        # "grow in % from 1996 to 1997": a "%" read as a share is the growth's unit.
        in_percent = [s for s in t.of("share") if s.text.startswith(("%", "percent"))]
        percent = t.has("pct") or t.has("growth", "pct") or bool(in_percent)
        d.growth = "percent" if percent else "absolute"
        d.use(*times, *growth, *t.of("pct"), *in_percent)
    elif periods:
        inner = [p for p in periods if all(q.start <= p.start and p.end <= q.end for q in periods)]
        if len(periods) == 1:
            d.time_range = periods[0]
        elif inner:
            d.time_range = inner[0]
        else:
            d.time_range = TimeRange(
                start=min(p.start for p in periods), end=max(p.end for p in periods)
            )
        d.use(*times)


def _heads(d: _Draft) -> None:
    """Nouns that only say what kind of thing a name is ("French customers", 海鲜类产品)."""
    t = d.t
    for e in t.of("entity"):
        dims = [dim for dim, values in d.filters.items() if e.mention and _names(e, values)]
        wanted = set()
        for dim in dims:
            wanted |= _head_kinds(dim)
        supplying = "supplier" in dims or "supplier_country" in dims
        for noun in t.of("noun"):
            if noun.value in wanted and _adjacent(t, e, noun):
                d.use(noun)
            elif noun.text in RANGE_WORDS and supplying and _adjacent(t, e, noun):
                noun.value = "product"  # "G'day, Mate's range": the products it supplies


def _names(tag: Tag, values: list[str]) -> bool:
    assert tag.mention is not None
    return any(c.value in values for c in tag.mention.candidates)


def _heads_next_name(t: Tagged, noun: Tag) -> bool:
    """Whether a noun says what kind of record the name right after it is ("supplier X")."""
    named = [x for x in t.tags if x.start >= noun.end][:1]
    if not named or named[0].kind != "entity" or named[0].start - noun.end > 1:
        return False
    return noun.value in _head_kinds_of(named[0])


def _head_kinds_of(entity: Tag) -> set[str]:
    """The nouns that can say what kind of record a name is."""
    kinds: set[str] = set()
    for c in entity.mention.candidates if entity.mention else []:
        kinds |= _head_kinds(c.kind)
    return kinds


def _head_kinds(dim: str) -> set[str]:
    return {
        "country": {"customer", "country"},
        "city": {"customer", "city"},
        "supplier_country": {"supplier", "country"},
        "supplier_city": {"supplier", "city"},
        "category": {"product", "category"},
        "product": {"product"},
        "customer": {"customer"},
        "supplier": {"supplier"},
        "salesperson": {"salesperson"},
        "carrier": {"carrier"},
    }.get(dim, set())


GENERIC_PARTIES = {
    "company",
    "companies",
    "firm",
    "firms",
    "business",
    "businesses",
    "公司",
    "企业",
}


def _noun_dim(noun: Tag, t: Tagged | None = None) -> str:
    """The dimension a noun names; "which company supplies X" means a supplier, and so does
    "X 的供货方是哪家公司": a company said beside the one kind of party it stands for."""
    if t is not None and noun.text in GENERIC_PARTIES:
        if any(v.value == "supply" for v in t.of("verb")):
            return "supplier"
        parties = {
            str(n.value)
            for n in t.of("noun")
            if n.text not in GENERIC_PARTIES and n.value in ("supplier", "carrier")
        }
        if len(parties) == 1:
            return parties.pop()
    return str(noun.value)


def _first_noun_after(d: _Draft, cue: Tag, gap: int, figures: bool = False) -> Tag | None:
    """The noun a cue points at: the next noun, past names, adjectives and numbers (and, for
    a ranking, the figure it ranks by: "highest-value order", "top revenue customers")."""
    t = d.t
    last = cue.end
    figure_end: int | None = None
    for x in t.tags:
        if x.start < cue.end:
            continue
        if x.start - last > gap:
            return None
        if x.kind == "noun" and figure_end is not None and x.start - figure_end > 1:
            return None  # "shortest shipping time for orders": the figure's own words
        last = x.end
        if x.kind == "noun":
            # "by customer country": the last noun of a run of nouns.
            run = [x]
            for y in t.tags:
                between = t.text[run[-1].end : y.start]
                tagged_gap = any(run[-1].end <= z.start < y.start for z in t.tags)
                # English nouns run only side by side; Chinese ones may have 所在 between.
                limit = 0 if t.lang == "en" else 2
                close = y.start >= x.end and len(between.strip()) <= limit
                joins = close and "的" not in between and not tagged_gap
                # "per salesperson, orders placed in Q1": orders are what is counted.
                joins = joins and y.value != "order"
                # "by product, supplier = PB Knäckebröd": a noun that heads a name is the
                # name's kind, not part of the grouping.
                following = [z for z in t.tags if z.start >= y.end]
                names_next = bool(following) and following[0].kind == "entity"
                heads_name = names_next and following[0].start - y.end <= 1
                joins = joins and not (t.lang == "en" and heads_name)
                if joins and y.kind == "noun" and not _is_counted(d, y):
                    run.append(y)
            return run[-1]
        passable = ("entity", "cond", "num", "distinct", "sup", "topn", "single", "verb", "total")
        ranked_by = figures and (x.kind == "unit" or (x.kind == "measure" and t.lang == "en"))
        if x.kind not in passable and not ranked_by:
            return None
        if ranked_by:
            figure_end = x.end
    return None


def _last_noun_before(d: _Draft, cue: Tag) -> Tag | None:
    nouns = [n for n in d.t.of("noun") if n.end <= cue.start]
    return nouns[-1] if nouns else None


def _targets(d: _Draft) -> None:
    t = d.t
    en = t.lang == "en"
    for g in t.of("grain"):
        d.add_target(g.start, str(g.value))
        d.use(g)
    for g in t.of("group"):
        before = [x for x in t.tags if x.end <= g.start and g.start - x.end <= 2]
        # "orders placed in 1997 by customers in the UK": the period between verb and agent.
        if before and before[-1].kind == "time":
            earlier = [x for x in t.tags if x.end <= before[-1].start]
            if earlier and earlier[-1].kind == "verb" and before[-1].start - earlier[-1].end <= 4:
                before = earlier
        agent = before and (
            before[-1].kind in ("verb", "absent")
            or (before[-1].kind == "cond" and before[-1].text.split()[-1].endswith("ed"))
        )
        if en and g.text == "by" and agent:
            d.use(g)  # "bought by French customers": the agent, not a grouping
            continue
        later_by = [x for x in t.of("group") if x.start > g.end and x.text in ("by", "per")]
        if en and g.text.startswith(("break", "split")) and later_by:
            d.use(g)  # "break down the late shipments on orders ... by carrier"
            continue
        noun = _first_noun_after(d, g, 24 if en else 4)
        summed = [
            x
            for x in t.of("total")
            if x.text in SUM_WORDS and noun is not None and x.start > noun.end
        ]
        if noun is not None and not en and g.text == "各" and summed and t.has("measure"):
            d.use(g, noun, *summed)  # "各产品销量加起来是多少": the products' sum, one figure
            continue
        if noun is not None and _heads_next_name(t, noun):
            d.use(g, noun)  # "按供应商 Norske Meierier 筛选产品": one supplier, a filter
            continue
        if noun is not None:
            d.add_target(noun.start, _noun_dim(noun, t))
            d.use(g, noun)
            # "by customer country": the nouns before the listed one only qualify it.
            for other in t.of("noun"):
                if g.end <= other.start < noun.start:
                    d.use(other)
            continue
        alone = _last_noun_before(d, g) is None and _first_noun_after(d, g, 4) is None
        each_kind = g.text in EACH_KIND or (g.text.startswith("各") and _goods_of_a_party(d))
        if not en and each_kind and alone:
            d.add_target(g.start, "product")  # "从 X 进的货，每种库存多少": each kind of goods
            d.use(g)
            continue
        owner = _last_noun_before(d, g)
        if en and owner is not None and not g.text.startswith(("break", "split")):
            owner = None  # "quarter breakdown of orders": only these name what comes before
        if owner is not None and owner.value == "order" and d.targets:
            d.use(g, owner)  # "各业务员…的订单各有几单": the orders are counted per salesperson
        elif owner is not None and t.filler_gap(owner.end, g.start):
            # "G'day, Mate 供应的产品各有多少库存": 各 after the noun it distributes over.
            d.add_target(owner.start, _noun_dim(owner, t))
            d.use(g, owner)
        elif _points_at_measure(d, g):
            d.use(g)
    for w in t.of("which"):
        if isinstance(w.value, str):
            d.add_target(w.start, w.value)  # 哪一类: which category
            d.use(w)
            continue
        if en and w.text == "what" and t.text[w.end :].lstrip().startswith(AUXILIARIES):
            continue  # "what did condiment products bring in": "what" is the amount asked
        noun = _first_noun_after(d, w, 30 if en else 3)
        if noun is not None and _is_counted(d, noun):
            noun = None  # "which had the lowest number of orders": orders are counted
        # "what in Condiments have they never bought", "有哪些乳制品没买过": what is picked
        # from a category named right after the question word is its products.
        named = next((x for x in t.tags if x.start >= w.end), None)
        if named is not None and _picks_from_category(d, w, named, noun):
            d.add_target(named.start, "product")
            d.use(w)
            continue
        counting = any(m.value in COUNT_OF.values() for m in t.of("measure"))
        if noun is not None and not en and "哪" not in w.text and d.is_used(noun) and counting:
            d.use(w)  # "请列示巴西地区供应商数量": 地区 names Brazil's kind; a count is asked
            continue
        if noun is not None and not en and "哪" not in w.text:
            # "列一下阿根廷客户从未下单的甜点类产品": a Chinese noun phrase ends with its head;
            # the nouns inside the clause before 的 only qualify it.
            rest = [x for x in t.tags if x.start >= noun.end and x.kind != "total"]
            # "…的产品，剔除停产品": a condition added after the phrase is not its head.
            while len(rest) > 1 and rest[-1].kind == "cond" and rest[-2].kind != "cond":
                rest.pop()
            head = rest[-1] if rest and rest[-1].kind == "noun" else None
            if head is not None and "的" in t.text[noun.end : head.start]:
                noun = head
        if noun is not None and not en and "哪" in w.text:
            # "乳制品的货有哪些巴西客户没订": the noun after 哪些 is the subject of a clause
            # (a verb follows it), so 哪些 picks from the topic just before it.
            topic = _last_noun_before(d, w)
            after_noun = [x for x in t.tags if x.start >= noun.end]
            clause = bool(after_noun) and after_noun[0].kind in ("verb", "absent", "neg")
            clause = clause and after_noun[0].start - noun.end <= 1
            # Only when that subject is a party who acts on the topic: "法国客户有哪些产品没
            # 买过" keeps its products (the thing not bought is what is listed).
            agent = noun.value in AGENTS and topic is not None and topic.value not in AGENTS
            if agent and clause and topic and not t.text[topic.end : w.start].strip():
                noun = topic
        if noun is None and not en and any(dim in TIME_GRAINS for _, dim in d.targets):
            d.use(w)  # "1997年的订单，按月份排销量，最高的是哪个": which month
            continue
        if noun is None and not en:
            # "海鲜类产品里，法国的客户从没买过哪几个": the set named before 里/中.
            topics = [n for n in t.of("noun") if n.end <= w.start and _is_topic(t, n)]
            noun = topics[0] if topics else _last_noun_before(d, w)
            headed = noun is not None and noun.value == "category" and d.is_used(noun)
            if noun is not None and headed and "category" in d.filters:
                d.add_target(noun.start, "product")  # "调味品类目下…的有哪些": its products
                d.use(w)
                continue
        if noun is None and en:
            # "customers which bought...": a relative "which" right after its noun; "of the
            # products we sold, which 3 brought in...": a "which" that names no noun.
            prev = _last_noun_before(d, w)
            after = [x for x in t.tags if x.start >= w.end]
            bare_kinds = ("verb", "num", "cmp", "sup", "absent", "cond", "unit", "measure")
            bare = not after or after[0].kind in bare_kinds
            # "Japan suppliers, what's the stock worth": "what" before a figure asks it.
            bare = bare and not (w.text == "what" and after and after[0].kind == "measure")
            # "Japan suppliers, what's their stock worth": "what" is never a relative.
            if prev is not None and w.start - prev.end <= 1 and w.text != "what":
                noun = prev
            elif bare:
                # "Among the clients with any orders in 1996, which 4 ...": the first noun.
                earlier = [n for n in t.of("noun") if n.end <= w.start and n.value != "order"]
                noun = earlier[0] if earlier else prev
                d.bare_which = True
        if noun is not None and not _is_counted(d, noun):
            d.add_target(noun.start, _noun_dim(noun, t))
            d.use(w, noun)
        elif (
            noun is None
            and "product" in d.filters
            and any(v.value == "supply" for v in t.of("verb"))
        ):
            d.add_target(w.start, "supplier")  # "Chartreuse verte 找哪家进货的"
            d.use(w)
    ranking_cues = t.of("topn") + [
        s for s in t.of("sup") if s.value[1] == "rank" or (not en and t.has("measure"))
    ]
    for cue in ranking_cues:
        noun = _first_noun_after(d, cue, 24 if en else 8, figures=True)
        if noun is None and not en and not d.targets:
            # "卖出过的农产品类产品里，销量最低的三个": the noun before the ranking.
            earlier = [n for n in t.of("noun") if n.end <= cue.start and n.value != "order"]
            noun = earlier[-1] if earlier else None
        if noun is not None and not _is_counted(d, noun):
            d.add_target(noun.start, _noun_dim(noun, t))
            d.use(noun)
    # "5 best sellers in Q1": the products that sold best.
    sellers = [x for x in t.of("topn") + t.of("sup") if "seller" in x.text]
    if sellers and not d.targets and not t.has("who"):
        d.add_target(sellers[0].start, "product")
    for s in t.of("single"):
        noun = _first_noun_after(d, s, 12 if en else 4)
        if noun is None and not en and s.text.endswith("单"):
            d.add_target(s.start, "order")  # 最大的一单: the single order itself
            d.use(s)
            continue
        if noun is not None and noun.value == "order":
            d.add_target(noun.start, "order")
            d.use(s, noun)
        elif any(dim == "order" for _, dim in d.targets):
            d.use(s)
    for w in t.of("who"):
        verbs = {v.value for v in t.of("verb")}
        if any(u.text.startswith("spen") for u in t.of("unit")):
            verbs.add("buy")  # "who spent over $30,000 with us": customers spend
        before = [x for x in t.tags if x.end <= w.start and w.start - x.end <= 1]
        if en and before and before[-1].kind in ("noun", "measure"):
            d.use(w)  # "customers who bought": a relative clause, not a question word
            continue
        noun = _first_noun_after(d, w, 16 if en else 3)
        if noun is not None and noun.value in ("supplier", "customer", "salesperson", "carrier"):
            d.add_target(noun.start, _noun_dim(noun, t))
            d.use(w, noun)
        elif "supply" in verbs and "product" in d.filters:
            d.add_target(w.start, "supplier")
            d.use(w)
        elif "buy" in verbs or t.has("absent") or _negated_buying(t):
            d.add_target(w.start, "customer")  # "who in Finland didn't buy from us"
            d.use(w)
        elif verbs & {"sell", "handle"}:
            d.add_target(w.start, "salesperson")
            d.use(w)
        else:
            asked = _last_noun_before(d, w)
            if asked is not None and asked.value in ("supplier", "customer", "salesperson"):
                d.add_target(asked.start, _noun_dim(asked, t))
                d.use(w, asked)
    # A question that starts with what it lists: "Products that sold fewer than 20 units".
    content = [x for x in t.tags if x.kind not in ("which", "total")]
    leading = [x for x in content if x.kind not in ("time", "num", "entity", "cond")]
    opening = leading[0] if leading else None
    if (
        opening is not None
        and opening.kind == "verb"
        and len(leading) > 1
        and leading[1].kind == "noun"
        and leading[1].start - opening.end <= 1
    ):
        opening = leading[1]  # "ordering customers where revenue < 900": the noun it qualifies
    # ...not after a question word: "What did products from Norway bring in" asks an amount.
    questioned = any(
        x.kind == "which"
        and x.text in ("what", "which", "who")
        and opening is not None
        and x.end <= opening.start
        for x in t.tags
    )
    # A noun that only said what a name is ("Swedish suppliers: inventory value") is listed
    # only when something ranks or counts members ("4 produce SKUs with the smallest sales").
    ranked = t.has("sup") or t.has("topn") or t.has("num") or t.has("each")
    head_only = opening is not None and d.is_used(opening) and not ranked
    if (
        en
        and opening is not None
        and opening.kind == "noun"
        and not d.targets
        and not questioned
        and not head_only
    ):
        first = opening
        # "the month with the smallest sales in 1997": a period ranked is listed too.
        ranked_period = first.value in TIME_NOUNS and (t.has("sup") or t.has("topn"))
        listable = first.value not in TIME_NOUNS | {"order"} or ranked_period
        if not _is_counted(d, first) and listable:
            d.add_target(first.start, _noun_dim(first, t))
            d.use(first)
    # "客户各自的销售额", "customers, and the revenue of each": each member of a noun.
    for e in t.of("each"):
        following = _first_noun_after(d, e, 2) if en else None
        if following is not None and following.value not in TIME_NOUNS:
            d.add_target(following.start, _noun_dim(following, t))
            d.use(e, following)
            continue
        owner = _last_noun_before(d, e)
        everything = en and e.text.endswith("everything") and "supplier" in d.filters
        if owner is None and (_goods_of_a_party(d) or everything):
            d.add_target(e.start, "product")  # "X 家的货现在仓里各有几件": each product
            d.use(e)
            continue
        near = owner is not None and e.start - owner.end <= (2 if not en else 24)
        near = near or (owner is not None and e.text.startswith("one "))  # ", one line each"
        if near and owner and owner.value == "order" and d.targets:
            d.use(e, owner)  # "各业务员…的订单各有几单": orders counted per salesperson
            continue
        if near and owner and not _is_counted(d, owner) and owner.value not in TIME_NOUNS:
            d.add_target(owner.start, _noun_dim(owner, t))
            d.use(e, owner)
    # "1997年Q3有订单的客户，销售额 < 490": a Chinese topic noun before a threshold is what
    # the threshold lists.
    cmps = t.of("cmp")
    if not en and not d.targets and cmps and t.has("num"):
        topics = [
            n
            for n in t.of("noun")
            if n.end <= cmps[0].start
            and n.value not in TIME_NOUNS | {"order"}
            and not _is_counted(d, n)
        ]
        if topics:
            d.add_target(topics[-1].start, _noun_dim(topics[-1], t))
            d.use(topics[-1])
    # "低于再订货点的产品及库存": a noun listed with a figure of each.
    for noun in t.of("noun"):
        nxt = [x for x in t.tags if x.start >= noun.end]
        joined = t.text[noun.end : nxt[0].start].strip() if nxt else ""
        with_figure = nxt and nxt[0].kind == "measure" and joined in ("和", "及", "以及", "与")
        listable = noun.value not in TIME_NOUNS | {"order"} and not _is_counted(d, noun)
        if with_figure and listable:
            d.add_target(noun.start, _noun_dim(noun, t))
            d.use(noun)
    # "1997年销售额超过2万的客户": a Chinese question may end with what it lists.
    if not en and content and content[-1].kind == "noun" and not d.targets:
        last = content[-1]
        # "卖了多少件产品": a noun right after a measure is what was measured.
        joined = t.text[content[-2].end : last.start] if len(content) > 1 else ""
        object_of = len(content) > 1 and content[-2].kind in ("measure", "unit", "count")
        # "卖了多少单位的产品" too (but "销量超过180件的产品" lists the products).
        asked_units = (
            len(content) > 2 and content[-2].kind == "unit" and content[-3].kind == "count"
        )
        object_of = object_of and ("的" not in joined or asked_units)
        fresh = not d.is_used(last) and not _is_counted(d, last) and not object_of
        if fresh and last.value not in TIME_NOUNS:
            d.add_target(last.start, _noun_dim(last, t))
            d.use(last)
    # "Spegesild supplier?", "Outback Lager category?", "Ernst Handel 的国家": a name and one
    # of its relations, nothing else asked: look the relation up.
    if not d.targets and not t.has("measure") and not t.has("absent"):
        relations = {"supplier", "category", "country", "city", "supplier_country"}
        for e in t.of("entity"):
            for noun in t.of("noun"):
                kinds = {c.kind for c in e.mention.candidates} if e.mention else set()
                looked_up = noun.value in relations and noun.value not in kinds
                if looked_up and not d.is_used(noun) and _adjacent(t, e, noun):
                    d.add_target(noun.start, _noun_dim(noun, t))
                    d.use(noun)
    # "what does Pavlova, Ltd. supply": the supplier's products.
    supplies = any(v.value == "supply" for v in t.of("verb"))
    if not d.targets and "supplier" in d.filters and supplies and (t.has("which") or t.has("each")):
        d.add_target(0, "product")
        d.use(*t.of("which"))
    # A listing of a category's members ("the confections that are under their reorder point").
    cues = t.of("which") + t.of("topn") + [s for s in t.of("sup") if s.value[1] == "rank"]
    lister = [w for w in cues if any(0 <= e.start - w.end <= 12 for e in t.of("entity"))]
    product_conds = {"below_reorder", "discontinued", "active_product", "in_stock", "out_of_stock"}
    has_product_cond = any(c.value in product_conds for c in t.of("cond"))
    members = has_product_cond or any(c.kind != "which" for c in lister)
    counts_products = t.has("measure", "products") or any(
        n.value == "product" and _is_counted(d, n) for n in t.of("noun")
    )
    # "how many in Condiments need reordering": counted, not listed.
    counts_products = counts_products or any(
        c.text == "how many" and t.text[c.end :].lstrip().startswith(("in ", "of ", "among "))
        for c in t.of("count")
    )
    if (
        not d.targets
        and "category" in d.filters
        and (lister or has_product_cond)
        and members
        and not counts_products
    ):
        d.add_target(0, "product")
        d.assume("the category's products are listed", 0.3)
        d.use(*t.of("which"))
    negated = _negated_buying(t)
    absent_cues = t.of("absent") or ([negated[0]] if negated else [])
    if not d.targets and absent_cues:
        # English lists its subject first ("products customers of Germany never bought");
        # Chinese puts it after the verb (瑞士客户没买的肉类产品).
        absent = absent_cues[0]
        nouns = [n for n in t.of("noun") if n.value in ENTITY_TARGETS]
        after = [n for n in nouns if n.start >= absent.end]
        # 没有被X客户购买的Y产品: the last noun after the verb is what is listed.
        chosen = after[-1] if (not en and after) else (nouns[0] if nouns else None)
        if chosen is not None:
            d.add_target(chosen.start, _noun_dim(chosen, t))
            d.use(chosen)
    # "延误最多的销售员", "笔数最多的是哪个承运商": in Chinese the noun after a superlative
    # is what is ranked.
    if not en and not d.targets:
        for sup in t.of("sup"):
            after = [x for x in t.tags if x.start >= sup.end and x.kind != "which"]
            if not after or after[0].kind != "noun" or after[0].value in TIME_NOUNS | {"order"}:
                continue
            between = [x for x in t.tags if sup.end <= x.start < after[0].start]
            words = t.text[sup.end : after[0].start]
            for w in between:
                words = words.replace(w.text, "")
            counted = _is_counted(d, after[0]) and not t.has("measure")
            if words.strip() in ("", "的", "的是") and not counted:
                d.add_target(after[0].start, _noun_dim(after[0], t))
                d.use(after[0], *between)
                break
    # A superlative over time buckets: "which month had the most orders".
    for _, dim in list(d.targets):
        if dim in TIME_NOUNS and d.time_range is None and not t.has("time"):
            d.assume("over all time", 0.2)


def _points_at_measure(d: _Draft, cue: Tag) -> bool:
    t = d.t
    nxt = [x for x in t.tags if x.start >= cue.end]
    # "by revenue", "按件数": rank by a measure; "by what percentage": part of the question.
    kinds = ("measure", "unit", "which", "pct", "count", "entity", "avg")
    return bool(nxt) and nxt[0].kind in kinds and nxt[0].start - cue.end <= 6


def _is_counted(d: _Draft, noun: Tag) -> bool:
    """A noun right after "how many" or next to "the most" is counted, not listed."""
    t = d.t
    en = t.lang == "en"
    if not en and not any(v.value in ("sell", "buy") for v in t.of("verb")):
        # "低于补货点的商品数量", "客户数": a count said after the noun (not "卖出的产品数量",
        # which is units).
        counts = t.of("count") + [u for u in t.of("unit") if u.text in ("数量", "个数", "总数")]
        for c in counts:
            if 0 <= c.start - noun.end <= 1 and t.text[noun.end : c.start].strip() in ("", "的"):
                return True
    for c in t.of("count"):
        if c.end <= noun.start and noun.start - c.end <= (22 if en else 8):
            between = [x for x in t.tags if c.end <= x.start < noun.start]
            # "how many late shipments did customers get": the shipments are counted.
            documents = any(x.kind == "cond" and _is_document_phrase(x) for x in between)
            # "How many Chai did customers buy": units of Chai, not customers.
            documents = documents or any(
                x.kind == "entity" and x.mention and x.mention.candidates[0].kind == "product"
                for x in between
            )
            if not documents and all(
                x.kind in ("distinct", "cond", "entity", "total", "verb") for x in between
            ):
                return True
    for s in t.of("sup"):
        if s.value[1] != "count":
            continue
        if en and s.end <= noun.start and noun.start - s.end <= 12:
            return True
        if not en and noun.end <= s.start and t.text[noun.end : s.start].strip() in ("", "的"):
            return True
    for x in t.of("distinct"):
        if 0 <= noun.start - x.end <= 3:
            return True  # "distinct customers", 不同的客户
    for x in t.of("total"):
        if en and x.text == "total" and not t.has("measure") and 0 <= noun.start - x.end <= 20:
            gap = [y for y in t.tags if x.end <= y.start < noun.start]
            if all(y.kind in ("entity", "cond") for y in gap):
                return True  # "total dairy SKUs below reorder point"
    # 数一下...的单子: a counting verb counts the sentence's object, however far.
    if not en and any(c.text in ("数一下", "数数", "点一下") for c in t.of("count")):
        nouns = [n for n in t.of("noun") if n.value in COUNT_OF]
        if nouns and nouns[-1] is noun:
            return True
    for c in t.of("count"):
        gap_text = t.text[noun.end : c.start]
        if en and 0 <= c.start - noun.end <= 1:
            return True  # "customer count for Portugal"
        if not en and 0 <= c.start - noun.end <= 6:
            gap = [x for x in t.tags if noun.end <= x.start < c.start]
            if all(x.kind == "total" for x in gap) and "的" not in gap_text:
                return True  # 客户一共有几家
    return any(u.value == "orders" and noun.value == "order" for u in t.of("unit"))


def _customer_side(d: _Draft) -> bool:
    return bool({"customer", "country", "city"} & (set(d.filters) | set(d.target_dims())))


def _is_document_phrase(tag: Tag) -> bool:
    return bool(tag.text.split()) and tag.text.split()[-1] in (
        "shipments",
        "deliveries",
        "orders",
        "dispatches",
    )


# What a supplier offers, said as a whole: its products (alone, a "range" is a category).
RANGE_WORDS = frozenset({"range", "ranges", "line", "lineup", "line up", "portfolio"})
AGENTS = frozenset({"customer", "supplier", "salesperson", "carrier"})
TIME_GRAINS = frozenset({"month", "quarter", "week", "year", "day", "half"})
# Said alone, these count kinds of goods: 每种, 每样, 每款 (each product).
EACH_KIND = frozenset(
    {"每种", "每样", "每款", "每一种", "每一样", "每一款", "每个品种", "每个品项"}
)
VALUED = re.compile(r"valu|worth|总值|价值|金额|总额")
HOLDING = ("hold", "have", "carry", "keep", "got")


SHARE_OF_MEASURE = (
    ("销售额", "revenue"),
    ("营业额", "revenue"),
    ("收入", "revenue"),
    ("销量", "units_sold"),
)


def _measures(d: _Draft) -> None:
    t = d.t
    # "饮料类占总销售额的比例": the share says what it is a share of.
    for sh in t.of("share"):
        for word, measure in SHARE_OF_MEASURE:
            if word in sh.text and measure not in d.measures:
                d.add_measure(measure)
    for m in t.of("measure"):
        if not d.is_used(m):
            d.add_measure(str(m.value))
            d.use(m)
    # "stock on hand times list price, in total", "库存按售价值多少钱": stock and price
    # asked as one sum of money are the stock's value, not two figures.
    worth = [u for u in t.of("unit") if u.value == "money"] + t.of("total") + t.of("much")
    # "stock on hand valued at list price": the price said as a valuation.
    worth += [m for m in t.of("measure") if m.value == "list_price" and VALUED.search(m.text)]
    # "the list-price value of what we hold": what is held is the stock.
    held = [h for h in t.of("have") if h.text in ("hold", "holding")]
    stocked = "stock_on_hand" in d.measures or t.has("cond", "in_stock") or bool(held)
    if "list_price" in d.measures and stocked and worth:
        d.measures = [m for m in d.measures if m not in ("stock_on_hand", "list_price")]
        d.add_measure("stock_value")
        d.use(*worth, *held, *[c for c in t.of("cond") if c.value == "in_stock"])
    # "平均每单营业额", "average per order, revenue": the revenue is what is averaged.
    if {"avg_order_value", "revenue"} <= set(d.measures):
        per_order = [m for m in t.of("measure") if m.value == "avg_order_value"]
        said = [m for m in t.of("measure") if m.value == "revenue"]
        if any(
            0 <= r.start - a.end <= 1 or 0 <= a.start - r.end <= 1 for a in per_order for r in said
        ):
            d.measures.remove("revenue")
    # "how long does it take to ship an order, on average": the average is of the days.
    if {"avg_shipping_days", "avg_order_value"} <= set(d.measures):
        valued = any(
            m.value == "avg_order_value"
            and any(w in m.text for w in ("value", "amount", "worth", "revenue", "spend", "size"))
            for m in t.of("measure")
        )
        if not valued:
            d.measures.remove("avg_order_value")
    # "客户里国家是意大利的有多少": a count at the end counts the topic named before 里.
    end_counts = [c for c in t.of("count") if not d.is_used(c)]
    topics = [n for n in t.of("noun") if _is_topic(t, n) and n.value in COUNT_OF]
    if t.lang == "zh" and end_counts and topics and not d.measures and not d.targets:
        d.add_measure(COUNT_OF[str(topics[0].value)])
        d.use(topics[0], *end_counts)
    # "现在有多少，低于多少就得补货": what we have is asked beside the reorder level.
    have_counts = [c for c in t.of("count") if c.text.startswith("有") and not d.is_used(c)]
    # "how much Filo Mix we have and its reorder point" too.
    we_hold = t.has("have") or " we have" in t.text
    if t.lang == "en" and we_hold:
        asked = t.of("count") + t.of("much") + [u for u in t.of("unit") if "how" in u.text]
        have_counts += [c for c in asked if not d.is_used(c)]
    if have_counts and d.measures == ["reorder_level"] and "product" in d.filters:
        d.measures.insert(0, "stock_on_hand")
        d.use(*have_counts)
    # "how many are on hand, and what is the reorder level": the stock is asked too.
    in_stock = [c for c in t.of("cond") if c.value == "in_stock"]
    if in_stock and "reorder_level" in d.measures and "stock_on_hand" not in d.measures:
        d.measures.insert(0, "stock_on_hand")
        d.use(*in_stock)
    if {"stock_value", "list_price"} <= set(d.measures):
        d.measures.remove("list_price")  # "stock value at list price": how it is valued
    targets = {dim for _, dim in d.targets}
    selling = any(v.value == "sell" for v in t.of("verb"))
    for noun in t.of("noun"):
        if noun.text in PIECES and selling and _is_counted(d, noun) and not d.measures:
            d.add_measure("units_sold")  # "how many items were sold": units, not products
            d.use(noun, *t.of("count"))
            continue
        counted_dim = _noun_dim(noun, t)  # "how many companies supply us": suppliers
        if counted_dim == "supplier" and "on_order" in d.measures:
            d.use(noun)  # "供应商还欠我们多少 Chang 没交货": who owes it, not a count
            continue
        if counted_dim in COUNT_OF and _is_counted(d, noun) and counted_dim not in targets:
            d.add_measure(COUNT_OF[counted_dim])
            d.use(noun)
            for c in t.of("count") + [s for s in t.of("sup") if s.value[1] == "count"]:
                if abs(c.start - noun.start) <= 24:
                    d.use(c)
            d.use(*t.of("distinct"))
    # "低于补货点的商品数量": a Chinese noun with 数量 right after it is counted.
    if t.lang == "zh" and not d.measures:
        for noun in t.of("noun"):
            after = [u for u in t.of("unit") if u.start == noun.end and u.text in ("数量", "个数")]
            if after and noun.value in COUNT_OF and noun.value not in targets:
                d.add_measure(COUNT_OF[str(noun.value)])
                d.use(noun, *after, *t.of("count"))
    stockish = any(c.value in ("in_stock", "out_of_stock", "below_reorder") for c in t.of("cond"))
    order_conds = {"late", "shipped", "unshipped", "open_order"}
    # "how many in Condiments need reordering": the category's products are counted.
    bare_counts = [c for c in t.of("count") if c.text == "how many" and not d.is_used(c)]
    of_goods = "category" in d.filters or "supplier" in d.filters
    nothing_else = not d.measures and not d.targets and not t.of("noun") and not t.of("unit")
    if bare_counts and stockish and of_goods and nothing_else:
        d.add_measure("products")
        d.use(*bare_counts)
    shipping = any(c.value in order_conds for c in t.of("cond"))
    for u in t.of("unit"):
        # "买家数量" beside a count of buyers: the 数量 is that count.
        counted_before = [
            n
            for n in t.of("noun")
            if n.end == u.start and COUNT_OF.get(_noun_dim(n, t)) in d.measures
        ]
        if u.value == "quantity" and counted_before and u.text in ("数量", "个数"):
            d.use(u, *counted_before)
            continue
        if u.value == "quantity":
            if any(m in QUANTITY_MEASURES for m in d.measures):
                d.use(u)
            elif shipping and not any(v.value == "sell" for v in t.of("verb")):
                d.add_measure("orders")  # "延迟发货数量": how many late shipments
                d.use(u)
            elif _orders_are_topic(d, u):
                d.add_measure("orders")  # "2月订单中由 X 承运的数量": how many of the orders
                d.use(u, *[n for n in t.of("noun") if n.value == "order"])
            elif (
                (t.has("have") and not any(v.value == "sell" for v in t.of("verb")))
                or (stockish and not t.of("verb"))
                or (stockish and t.has("count"))
            ):
                d.add_measure("stock_on_hand")
                d.use(u)
            else:
                d.add_measure("units_sold")
                d.use(u)
        elif u.value == "money":
            if not any(MEASURES[m].kind == "money" for m in d.measures):
                # "Queso Cabrales 多少钱啊": what one costs, when nothing was sold or bought.
                priced = t.lang == "zh" and "product" in d.filters and u.text.endswith("多少钱")
                priced = priced and not t.has("time") and not t.of("verb") and not d.targets
                if not d.measures:
                    d.add_measure("list_price" if priced else "revenue")
                    d.use(u)
            else:
                d.use(u)
        elif u.value == "orders":
            d.add_measure("orders")
            d.use(u)
        elif u.value == "days" and "avg_shipping_days" in d.measures:
            d.use(u)
    # "Which carrier delivered late most often", "how many late shipments": orders counted.
    for s in t.of("sup") + t.of("count"):
        counting = s.kind == "count" or s.value[1] == "count"
        of_orders = any(c.value in order_conds for c in t.of("cond")) or t.has("unit", "orders")
        of_orders = of_orders and not t.has("unit", "days")
        if counting and not d.is_used(s) and not d.measures and of_orders:
            d.add_measure("orders")
            if s.kind == "count":
                d.use(s)
    # "Which carrier was slowest on average", "our quickest shipper": days to ship.
    speed = [s for s in t.of("sup") if s.text in SPEED_WORDS]
    carriers = any(dim == "carrier" for _, dim in d.targets) or "carrier" in d.filters
    if speed and not d.measures and (carriers or t.has("avg")):
        d.add_measure("avg_shipping_days")
        d.use(*t.of("avg"))
    # "How many days on average did X take to ship", "平均发货最慢": shipping days.
    shipping_verb = any(v.value == "ship" for v in t.of("verb")) or t.has("cond", "shipped")
    days = [u for u in t.of("unit") if u.value == "days"]
    if not d.measures and shipping_verb and (days or t.has("avg")):
        d.add_measure("avg_shipping_days")
        d.use(*days, *t.of("avg"), *[c for c in t.of("count") if days])
    # "how much": money when buying or selling, units when holding.
    verbs = {v.value for v in t.of("verb")}
    for much in t.of("much"):
        if not d.measures and (t.has("have") or stockish) and "product" in d.target_dims():
            d.add_measure("stock_on_hand")  # "for each product of X, how much do we have"
            d.use(*[c for c in t.of("cond") if c.value == "in_stock"])
        if not d.measures and not d.targets:
            if t.has("have") or stockish:
                d.add_measure("stock_on_hand")
            elif verbs & {"buy", "sell"}:
                d.add_measure("revenue")
        elif not d.measures and any(dim in ("order", "customer") for _, dim in d.targets):
            d.add_measure("revenue")  # "the biggest order, and how much was it"
        if d.measures:
            d.use(much)
    # "How many Louisiana Hot Spiced Okra do we have in stock": what is on hand.
    counts = [c for c in t.of("count") if not d.is_used(c)]
    in_stock = [c for c in t.of("cond") if c.value == "in_stock"]
    stocked = "stock_on_hand" in d.measures
    if counts and in_stock and not stocked and "product" in d.filters and not d.targets:
        d.measures.insert(0, "stock_on_hand")
        d.use(*counts, *in_stock)
    # "How many Ipoh Coffee did we sell": units of a product.
    counts = [c for c in t.of("count") if not d.is_used(c)]
    if (
        counts
        and not d.measures
        and verbs & {"sell", "buy"}
        and "product" in d.filters
        and not d.targets
    ):
        d.add_measure("units_sold")
        d.use(*counts)
    # "What is our stock of Danish products worth": the stock's value.
    worth = [u for u in t.of("unit") if u.value == "money" and not d.is_used(u)]
    if worth and "stock_on_hand" in d.measures:
        d.measures = ["stock_value" if m == "stock_on_hand" else m for m in d.measures]
        d.use(*worth)
    # "late shipments by carrier": the shipments are counted.
    documents = [c for c in t.of("cond") if _is_document_phrase(c)]
    if documents and not d.measures and not t.has("absent"):
        d.add_measure("orders")
    # "How much Filo Mix do we have": what is on hand.
    for h in t.of("have"):
        product = "product" in d.filters or "category" in d.filters
        holding = {"stock_on_hand", "units_sold", "on_order"}
        asks = t.has("count") or t.has("which") or t.has("much") or not d.measures
        if product and not d.targets and not any(m in holding for m in d.measures) and asks:
            d.measures.insert(0, "stock_on_hand")
        d.use(h)
    # A customer's "purchases" are our sales to them.
    if "purchase_spend" in d.measures and _customer_side(d):
        d.measures = ["revenue" if m == "purchase_spend" else m for m in d.measures]
    # A percentage of late shipments is the late rate.
    late = [c for c in t.of("cond") if c.value == "late"]
    if late and (t.has("pct") or t.has("share")) and not t.has("growth"):
        d.measures = [m for m in d.measures if m != "orders"]
        d.add_measure("late_pct")
        d.use(*late, *t.of("pct"), *t.of("share"))
        d.use(*[c for c in t.of("cond") if c.value == "shipped"])
        d.use(*[n for n in t.of("noun") if n.value == "order"])
    # "revenue divided by the number of orders": the average order value.
    ratios = t.of("ratio")
    if ratios and sorted(d.measures) == ["orders", "revenue"]:
        d.measures = ["avg_order_value"]
        d.use(*ratios)
    # "What are we holding of each Exotic Liquids product": stock per product; so is "what
    # do we hold in stock of X's products" (a holding verb asked with "what", not a filter).
    asked_what = any(w.text == "what" for w in t.of("which"))
    held_in_stock = [
        c for c in t.of("cond") if c.value == "in_stock" and c.text.startswith(HOLDING)
    ]
    held_in_stock = held_in_stock if asked_what else []
    if (t.has("have") or held_in_stock) and not d.measures and "product" in d.target_dims():
        d.add_measure("stock_on_hand")
        d.use(*held_in_stock)
    # "海鲜品类有没有低于再订货点的？有几个": a count at the end counts what is listed.
    # So does "customers who bought produce in 1998: how many?".
    tail = [x for x in t.tags if x.kind not in ("total",)]
    trailing_count = t.lang == "zh" or (
        bool(tail) and tail[-1].text in ("how many", "count") and not t.text[tail[-1].end :].strip()
    )
    if (
        trailing_count
        and tail
        and tail[-1].kind == "count"
        and not d.is_used(tail[-1])
        and not t.has("measure")
        and not t.has("unit")
        and not t.has("sup")
        and len(d.targets) == 1
        and d.targets[0][1] in COUNT_OF
    ):
        d.measures = [COUNT_OF[d.targets[0][1]]]
        d.targets = []
        d.use(tail[-1])
    # "For products supplied from Norway, what is their stock worth in total": one sum.
    summed = [x for x in t.of("total") if x.text in ("in total", "altogether", "all together")]
    picking = any(w.text.startswith("which") or "哪" in w.text for w in t.of("which"))
    cues = t.of("group") + t.of("each") + t.of("topn") + t.of("sup") + t.of("grain")
    if summed and d.targets and not picking and not cues and d.measures and not t.has("cmp"):
        d.targets = []
        d.use(*summed)
    # "延误发货占比 — 去年下单且已发货的订单": a rate over the orders, not one per order.
    if "late_pct" in d.measures and any(dim == "order" for _, dim in d.targets):
        d.targets = [(p, dim) for p, dim in d.targets if dim != "order"]
    # "who bought X, just the number of customers": the count answers the "who".
    if t.has("who") and len(d.targets) == 1 and COUNT_OF.get(d.targets[0][1]) in d.measures:
        d.targets = []
    # "stock on hand vs. reorder point": two figures side by side, not a comparison.
    if len(d.measures) >= 2 and not t.has("time"):
        d.use(*[g for g in t.of("growth") if g.value == "compare"])
    avg = t.of("avg")
    if avg:
        averaged = {"list_price", "avg_order_value", "avg_shipping_days", "late_pct"}
        if any(m in averaged for m in d.measures):
            d.use(*avg)
        elif "revenue" in d.measures and any(n.value == "order" for n in t.of("noun")):
            # "average revenue per order", "每个订单平均多少钱": the average order value.
            d.measures = ["avg_order_value" if m == "revenue" else m for m in d.measures]
            d.targets = [(p, dim) for p, dim in d.targets if dim != "order"]
            d.use(*avg, *[n for n in t.of("noun") if n.value == "order"], *t.of("group"))
    # A listing of products below their reorder level shows both figures.
    if "product" in {dim for _, dim in d.targets} and not t.has("absent"):
        conds = {c.value for c in t.of("cond")}
        if "below_reorder" in conds:
            for key in ("stock_on_hand", "reorder_level"):
                if key not in d.measures:
                    d.measures.insert(0 if key == "stock_on_hand" else 1, key)
        elif conds & {"in_stock", "out_of_stock"} and not d.measures and t.has("count"):
            d.add_measure("stock_on_hand")
    # Counting products below reorder level: the stock words belong to the condition.
    if any(m in COUNT_OF.values() for m in d.measures) and stockish:
        d.measures = [m for m in d.measures if m not in ("stock_on_hand", "reorder_level")]
    # "inventory levels of the items supplied by X", "X 的所有产品和对应库存量": a figure that
    # belongs to each product, asked for a set of products, is listed product by product.
    per_product = {"stock_on_hand", "reorder_level", "on_order", "list_price"}
    product_nouns = [n for n in t.of("noun") if n.value == "product"]
    set_filter = bool({"supplier", "supplier_country", "category"} & set(d.filters))
    if (
        d.measures
        and set(d.measures) <= per_product
        and product_nouns
        and set_filter
        and not d.targets
        and not t.has("total")
        and not t.has("avg")
        and "product" not in d.filters
    ):
        d.add_target(product_nouns[0].start, "product")
        d.use(*product_nouns)
    # "orders placed in Q1 1998 with carrier Federal Shipping": how many.
    orders = [n for n in t.of("noun") if n.value == "order" and not d.is_used(n)]
    if orders and not d.measures and not d.targets and not t.has("absent"):
        d.add_measure("orders")
        d.use(orders[0])
        d.assume("counted the orders", 0.3)
    if len(d.measures) > 1 and "gross_margin" in d.measures and "revenue" in d.measures:
        d.measures.remove("revenue")


def _thresholds(d: _Draft) -> None:
    t = d.t
    en = t.lang == "en"
    for c in t.of("cmp"):
        nums = [n for n in t.of("num") if 0 <= n.start - c.end <= 4 and not d.is_used(n)]
        if not nums:
            # "10 orders or more": the number comes first.
            nums = [n for n in t.of("num") if 0 <= c.start - n.end <= 16 and not d.is_used(n)]
        if not nums:
            continue
        num = nums[0]
        measure = None
        after = [x for x in t.tags if x.start >= num.end and x.start - num.end <= (12 if en else 3)]
        before = [x for x in t.tags if x.end <= c.start and c.start - x.end <= (24 if en else 6)]
        for x in after + list(reversed(before)):
            if x.kind == "measure":
                measure = str(x.value)
            elif x.kind == "unit" and x.value == "money":
                measure = next((m for m in d.measures if MEASURES[m].kind == "money"), "revenue")
            elif x.kind == "unit" and x.value == "quantity":
                measure = next((m for m in d.measures if m in QUANTITY_MEASURES), "units_sold")
            elif x.kind == "unit" and x.value == "orders":
                measure = "orders"
            elif x.kind == "noun" and x.value in COUNT_OF:
                measure = COUNT_OF[str(x.value)]
                if x.value in {dim for _, dim in d.targets}:
                    measure = None
                    continue
            else:
                continue
            d.use(x)
            break
        if measure == "purchase_spend" and _customer_side(d):
            measure = "revenue"  # "customers whose purchases were over 5,000"
        if measure is None and len(d.measures) == 1:
            measure = d.measures[0]
        if measure is None and any(v.value in ("buy", "sell") for v in before if v.kind == "verb"):
            measure = "revenue"  # "消费不少于4000的客户", "customers who bought over 5k"
        if measure is None or not d.targets:
            continue
        if measure == "orders" and "orders" not in d.measures:
            d.measures = [m for m in d.measures if m != "revenue" or _named(t, "revenue")]
        d.add_measure(measure)
        d.having.append(Threshold(measure=measure, op=c.value, value=float(num.value)))
        d.use(c, num)
        # "达到100件及以上": a second comparator that repeats the first.
        for again in t.of("cmp"):
            if again is not c and 0 <= again.start - num.end <= (12 if en else 3):
                d.use(again)


def _named(t: Tagged, measure: str) -> bool:
    return any(m.value == measure for m in t.of("measure"))


class _Pointless(Exception):
    """A default that makes no sense for this question (counting orders per order)."""


def _default_measure(d: _Draft, key: str) -> None:
    t = d.t
    verbs = {v.value for v in t.of("verb")}
    order_word = any(n.value == "order" for n in t.of("noun")) or any(
        v.text.startswith(("order", "place", "下单", "订")) for v in t.of("verb")
    )
    costs = {"revenue": 0.4, "orders": 1.0, "units_sold": 1.2}
    if order_word:
        costs = {"revenue": 0.7, "orders": 0.7, "units_sold": 1.3}
    elif "sell" in verbs and "product" in {dim for _, dim in d.targets}:
        costs = {"revenue": 0.7, "orders": 1.3, "units_sold": 0.7}
    if any(c.value in ("late", "unshipped") for c in t.of("cond")):
        # "the late-shipment leaderboard": events of orders are counted, not their money.
        costs = {"revenue": 1.0, "orders": 0.3, "units_sold": 1.3}
    if not d.targets:
        costs = {k: v + 0.6 for k, v in costs.items()}
    if d.compare_to is not None and not order_word:
        costs["revenue"] = 0.5  # "Condiments YoY %": a change is a change in sales
    if any(COUNT_OF.get(dim) == key for _, dim in d.targets):
        raise _Pointless
    d.measures = [key]
    d.assume(f"measured by {MEASURES[key].name_en}", costs[key])


def _conditions(d: _Draft) -> None:
    t = d.t
    for c in t.of("cond"):
        if d.is_used(c):
            continue
        d.use(c)
        if c.value not in d.conditions:
            d.conditions.append(str(c.value))
    if "late" in d.conditions:
        d.conditions = [c for c in d.conditions if c not in ("shipped", "unshipped")]
    if "in_stock" in d.conditions and "out_of_stock" in d.conditions:
        d.conditions.remove("in_stock")
    # "SKUs that have on-hand under the reorder level": the stock is what is compared.
    compared = [
        c
        for c in t.of("cond")
        if c.value == "in_stock"
        and any(b.value == "below_reorder" and 0 <= b.start - c.end <= 1 for b in t.of("cond"))
    ]
    if compared and "in_stock" in d.conditions:
        d.conditions.remove("in_stock")
    # "how many units of each are on hand": the amount on hand is asked, not a filter.
    picking = any(w.text.startswith("which") or "哪" in w.text for w in t.of("which"))
    amount_asked = t.has("count") or t.has("much") or t.has("unit", "quantity")
    on_hand_asked = "stock_on_hand" in d.measures and not picking and amount_asked
    if "in_stock" in d.conditions and on_hand_asked:
        d.conditions.remove("in_stock")


# "…: who's last?": one is picked, whatever the noun's number.
ONE_PICKED = ("who s ", "who is ", "who was ", "which is ", "which was ", "what s ")
SUM_WORDS = frozenset({"加起来", "加总", "一共", "总共"})
SORT_ORDER_WORDS = frozenset(
    {"descending", "ascending", "降序", "升序", "降序排列", "升序排列", "倒序", "倒序排列"}
    | {"降序排序", "升序排序", "从高到低", "从低到高", "从大到小", "从小到大"}
    | {"由高到低", "由低到高"}
)
# Ranked by something bad, the worst is the one with the most of it.
BAD_CONDITIONS = frozenset({"late", "unshipped", "out_of_stock", "below_reorder"})


def _ranking(d: _Draft) -> None:
    t = d.t
    for tn in t.of("topn"):
        direction, n = tn.value
        # "按订单数升序排列，取前两个": the first two of the order asked for.
        sort_orders = [s for s in t.of("sup") if s.text in SORT_ORDER_WORDS]
        if sort_orders:
            direction = sort_orders[0].value[0]
        d.order, d.limit = direction, int(n) if n else 10
        d.use(tn)
        # "营业额最高的前4个": the superlative next to the top N says the same.
        for s in t.of("sup"):
            same = s.value[0] == direction  # "买得最多的前两家" too
            beside = 0 <= tn.start - s.end <= 2 or 0 <= s.start - tn.end <= 2
            # "按营业额降序排列，取前3名": a sort order says the same wherever it stands.
            if same and (beside or s.text in SORT_ORDER_WORDS):
                d.use(s)
    sups = [s for s in t.of("sup") if not d.is_used(s)] + [
        s for s in t.of("sup") if d.is_used(s) and s.value[1] == "count"
    ]
    if sups and d.order is None and d.measures and d.targets:
        s = sups[0]
        d.order = s.value[0]
        if d.measures[0] == "avg_shipping_days" and s.text in SPEED_WORDS:
            # The slowest carrier takes the most days; the fastest the fewest.
            d.order = SPEED_WORDS[s.text]
        elif d.measures[0] == "avg_shipping_days" and _judged(s.text) is not None:
            # Worst on shipping time takes the most days; the best the fewest.
            d.order = "desc" if _judged(s.text) == "worst" else "asc"
        bad = any(c.value in BAD_CONDITIONS for c in t.of("cond"))
        if _judged(s.text) == "worst" and bad:
            d.order = "desc"  # "the worst carrier for late shipments" has the most of them
        d.use(*sups)
        d.limit = _limit_near_target(d)
    if d.order and d.limit is None:
        d.limit = _limit_near_target(d)


def _judged(text: str) -> str | None:
    """ "worst" or "best" when a superlative judges ("performed worst", 最差), else None."""
    if any(w in text for w in ("worst", "poorest", "最差", "最糟")):
        return "worst"
    if any(w in text for w in ("best", "最好", "最佳")):
        return "best"
    return None


def _limit_near_target(d: _Draft) -> int:
    t = d.t
    en = t.lang == "en"
    for cue in t.of("sup"):
        for n in t.of("num"):
            near = t.text[cue.end : n.start].strip() in ("", "的")
            if not d.is_used(n) and n.start >= cue.end and near and 0 < float(n.value) <= 100:
                d.use(n)
                return int(n.value)
    for w in t.of("which"):
        for n in t.of("num"):
            if not d.is_used(n) and 0 <= n.start - w.end <= 1 and 0 < float(n.value) <= 100:
                d.use(n)
                return int(n.value)
    for pos, _ in d.targets:
        for n in t.of("num"):
            if d.is_used(n):
                continue
            # "four Plutzer Lebensmittelgroßmärkte AG products": only names between.
            names_only = all(x.kind == "entity" for x in t.tags if n.end <= x.start < pos)
            near = 0 <= pos - n.end <= (24 if en else 6) or (en and pos - n.end >= 0 and names_only)
            if near and 0 < float(n.value) <= 100:
                d.use(n)
                return int(n.value)
    plural = False
    if en and d.bare_which:
        return 1
    if any(s.text.startswith(ONE_PICKED) for s in t.of("sup")) or " the one with " in t.text:
        return 1  # "rank the reps by sales, ascending: who's last?"
    if en:
        for pos, _dim in d.targets:
            noun = next((n for n in t.of("noun") if n.start == pos), None)
            word = noun.text.split()[-1] if noun else ""
            if word.endswith("s") or word in ("people", "staff", "salespeople"):
                plural = not _singular_agreement(t, pos)
        if any(w.text in ("which one", "which single") for w in t.of("which")):
            plural = False
    else:
        plural = any(w.text in ("哪些", "有哪些", "都有哪些", "都是哪些") for w in t.of("which"))
    return 10 if plural else 1


def _goods_of_a_party(d: _Draft) -> bool:
    """Chinese goods named by who supplies them ("从 X 进的货", "X 家的货"): the products of a
    supplier or category, with no noun of their own."""
    t = d.t
    return t.lang == "zh" and ("supplier" in d.filters or "category" in d.filters)


def _picks_from_category(d: _Draft, which: Tag, named: Tag, noun: Tag | None) -> bool:
    t = d.t
    if named.kind != "entity" or not _names(named, d.filters.get("category", [])):
        return False
    if t.lang == "en":
        return which.text == "what" and t.text[which.end : named.start].strip() in ("in", "from")
    return "哪" in which.text and noun is None


def _is_topic(t: Tagged, noun: Tag) -> bool:
    """A Chinese noun named as the topic: "订单中…", "客户里…"."""
    return t.text[noun.end : noun.end + 3].lstrip().startswith(TOPIC_MARKS)


def _orders_are_topic(d: _Draft, unit: Tag) -> bool:
    """A Chinese count of the orders named as the topic: "订单中由 X 承运的数量" (no product in
    view, whose units the orders would hold)."""
    t = d.t
    if t.lang != "zh" or "product" in d.filters or "product" in d.target_dims():
        return False
    return any(n.value == "order" and n.end <= unit.start and _is_topic(t, n) for n in t.of("noun"))


def _singular_agreement(t: Tagged, pos: int) -> bool:
    """A plural noun picked out one at a time: "which of her orders was the largest", "which
    of their products did best" (the verb after it agrees with one, or "which of" picks one
    unless a plural verb follows)."""
    after = t.text[pos:].lower()
    verb = re.search(r"\b(was|is|has|were|are|have|do)\b", after)
    if verb and verb.group(1) in ("was", "is", "has"):
        return True
    picked_from = re.search(r"\bwhich (?:one )?of\b", t.text[:pos].lower())
    return bool(picked_from) and not (verb and verb.group(1) in ("were", "are", "have", "do"))


def _negated_buying(t: Tagged) -> tuple[Tag, list[Tag]] | None:
    """A negation followed by an act of buying, with names between: "no Danish customer has
    ever ordered", "没在我们这买过东西". Receiving is not buying."""
    window = 48 if t.lang == "en" else 14
    for neg in t.of("neg"):
        acts = [
            v
            for v in t.of("verb")
            if v.value in ("buy", "sell")
            and 0 <= v.start - neg.end <= window
            and not any(w in v.text for w in ("receiv", "收", "got", "get"))
        ]
        acts += [n for n in t.of("noun") if n.value == "order" and 0 <= n.start - neg.end <= window]
        if acts:
            return neg, acts
    return None


def _absence(d: _Draft) -> None:
    t = d.t
    absent = t.of("absent")
    if not absent:
        negated = _negated_buying(t)
        if negated is not None:
            absent = [negated[0]]
            d.use(*negated[1])
    if not absent:
        return
    dims = d.target_dims()
    by_negation = absent[0].kind == "neg"
    listable = ("customer", "product") if by_negation else tuple(ENTITY_TARGETS)
    if dims and DIMENSIONS[dims[0]].entity in listable:
        d.absent = True
        d.measures = [m for m in d.measures if m not in ("orders", "revenue", "units_sold")]
        d.order, d.limit = None, None
        d.use(*absent)
        for n in t.of("noun"):
            if n.value == "order":
                d.use(n)


def _share(d: _Draft) -> None:
    t = d.t
    shares = [s for s in t.of("share") if not d.is_used(s)]
    if not shares and not d.targets and d.filters and d.compare_to is None:
        # "阿根廷贡献了百分之几的营业额": a percentage of a filtered part is its share.
        shares = [p for p in t.of("pct") if not d.is_used(p)]
    if not shares or d.compare_to is not None:
        return
    if d.targets:
        d.share_total = True
    elif d.filters:
        d.share = True
    else:
        return
    if not d.measures:
        d.measures = ["revenue"]
        d.assume("share of revenue", 0.3)
    d.use(*shares, *t.of("pct"), *t.of("total"))


def _unexplained(d: _Draft) -> list[str]:
    """Tags the reading gives no role, unless the facts it reads explain them."""
    t = d.t
    dims = set(d.target_dims()) | set(d.filters)
    facts = _facts(d)
    out: list[str] = []
    # Our lateness is about shipping to customers; a supplier's lateness is another question.
    if {"late", "shipped", "unshipped"} & set(d.conditions) and dims & {
        "supplier",
        "supplier_country",
        "supplier_city",
    }:
        out += [c.text for c in t.of("cond") if c.value in ("late", "shipped", "unshipped")]
    for tag in t.tags:
        if d.is_used(tag):
            continue
        k, v = tag.kind, tag.value
        # "orders from 1997": "from" a single period is that period.
        if (
            k == "growth"
            and v == "compare"
            and d.compare_to is None
            and tag.text in ("from", "over")
        ):
            continue
        # "how many each", "break down ... by rep": words of a grouping that is there.
        # "products under Seafood": with no number near it, "under" is only a preposition.
        if k == "cmp" and not any(
            abs(n.start - tag.end) <= 6 or abs(tag.start - n.end) <= 16 for n in t.of("num")
        ):
            continue
        if k == "pct" and any(MEASURES[m].kind == "percent" for m in d.measures):
            continue  # "late rate ..., as %"
        grouping = k == "group" and bool(d.targets)
        grouping = grouping and (
            tag.text in ("each", "every", "per", "分组", "分布")
            or tag.text.startswith(("break", "broken", "split"))
        )
        if grouping:
            continue
        if (
            k in MUST_USE
            or (k == "which" and (tag.text.startswith("哪") or tag.text == "which"))
            or (k == "noun" and not _noun_explained(str(v), dims, facts, d))
            or (k == "verb" and not _verb_explained(str(v), dims, facts, d))
            or (k == "unit" and not _unit_explained(str(v), d))
            or (k == "count" and not d.measures and not d.absent)
            or (k == "distinct" and not any(m in COUNT_OF.values() for m in d.measures))
            or k == "entity"
        ):
            out.append(tag.text)
    return out


def _facts(d: _Draft) -> set[str]:
    facts: set[str] = set()
    for m in d.measures:
        facts.add(MEASURES[m].fact)
    if d.absent or d.time_range is not None:
        facts.add("sales")
    if not d.measures and not d.absent:
        facts.add("listing")
    return facts


def _noun_explained(noun: str, dims: set[str], facts: set[str], d: _Draft) -> bool:
    if noun in dims:
        return True
    if noun == "order":
        return bool(facts & {"sales", "orders"})
    if noun == "product":
        return bool(dims & {"product", "category", "supplier", "supplier_country"}) or bool(
            facts & {"products", "sales", "purchases"}
        )
    if noun == "customer":
        return bool(dims & {"customer", "country", "city"}) or bool(
            facts & {"sales", "orders", "customers"}
        )
    if noun == "supplier":
        purchasing = {"on_order", "purchase_spend", "payables"} & set(d.measures)
        return bool(dims & {"supplier", "supplier_country", "supplier_city"}) or bool(purchasing)
    if noun == "country":
        return bool(dims & {"country", "supplier_country"})
    if noun == "city":
        return bool(dims & {"city", "supplier_city"})
    if noun in TIME_NOUNS:
        # "in the year 1997" says the period; "quarter breakdown" asks for quarters.
        return bool(dims & TIME_NOUNS) or (noun == "year" and d.time_range is not None)
    if noun == "category":
        return "category" in dims
    return False


def _verb_explained(verb: str, dims: set[str], facts: set[str], d: _Draft) -> bool:
    if verb in ("sell", "buy"):
        return bool(facts & {"sales", "orders", "customers", "listing", "products"})
    if verb == "supply":
        return bool(dims & {"supplier", "supplier_country", "supplier_city"})
    if verb == "ship":
        shipping = {"late", "shipped", "unshipped"} & set(d.conditions)
        timing = {"avg_shipping_days", "late_pct"} & set(d.measures)
        return bool(shipping) or "carrier" in dims or bool(timing)
    if verb == "handle":
        return "salesperson" in dims or "carrier" in dims or bool(facts & {"sales", "orders"})
    return False


def _unit_explained(unit: str, d: _Draft) -> bool:
    if unit == "quantity":
        return any(m in QUANTITY_MEASURES for m in d.measures)
    if unit == "money":
        return any(MEASURES[m].kind == "money" for m in d.measures)
    if unit == "orders":
        return "orders" in d.measures
    if unit == "days":
        return "avg_shipping_days" in d.measures
    return False


def _query(d: _Draft) -> StructuredQuery:
    filters = [Filter(dimension=k, values=v) for k, v in d.filters.items() if v]
    share_of: list[Filter] = []
    if d.share:
        share_of, filters = filters, []
    dims = d.target_dims()[:3]
    ranked = bool(d.measures and dims)
    payload: dict[str, Any] = {
        "measures": list(dict.fromkeys(d.measures))[:6],
        "dimensions": dims,
        "filters": filters,
        "conditions": d.conditions,
        "time_range": d.time_range,
        "compare_to": d.compare_to,
        "growth": d.growth if d.compare_to else None,
        "share_of": share_of,
        "share_of_total": d.share_total and bool(dims),
        "absent": d.absent,
        "having": d.having,
        "order": d.order if ranked else None,
        "limit": d.limit if ranked else None,
    }
    return StructuredQuery(**payload)
