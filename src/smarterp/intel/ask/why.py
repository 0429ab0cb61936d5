"""Ask's "why" questions ("why did revenue drop in June?", "6月份毛利为什么下降"): a measure
the explanation knows over a period, read as the explanation of its change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from smarterp.intel.ask.language import Language
from smarterp.intel.ask.parser import OfflineParser
from smarterp.intel.finance.explain import preceding_period

# Catalogue measure -> what the explanation calls it.
EXPLAINED = {"revenue": "revenue", "gross_margin": "margin"}


@dataclass(frozen=True)
class WhyQuestion:
    measure: str  # the catalogue's key (revenue, gross_margin)
    explained: str  # the explanation's (revenue, margin)
    period: tuple[date, date]
    compare: tuple[date, date]


def read_why(question: str, language: Language, parser: OfflineParser) -> WhyQuestion | None:
    """The change a "why" question asks about; None when it is no such question (then Ask
    reads it as any other), so nothing here guesses at a question it does not fully read."""
    text = question.lower()
    if not any(re.search(language.wrap(w), text) for w in language.why_words):
        return None
    for pattern in (*language.why_words, *language.change_words):
        text = re.sub(language.wrap(pattern), " ", text)
    # What is left is an ordinary question ("did revenue in June"): the parser reads it, and
    # only a sure reading of one measure over one period, nothing else, is explained.
    q = parser.parse(text).query
    if q is None or q.time_range is None or len(q.measures) != 1:
        return None
    if q.measures[0] not in EXPLAINED:
        return None
    if (
        q.dimensions
        or q.filters
        or q.conditions
        or q.share_of
        or q.share_of_total
        or q.absent
        or q.having
        or q.limit
    ):
        return None
    period = (q.time_range.start, q.time_range.end)
    compare = (q.compare_to.start, q.compare_to.end) if q.compare_to else preceding_period(*period)
    return WhyQuestion(q.measures[0], EXPLAINED[q.measures[0]], period, compare)
