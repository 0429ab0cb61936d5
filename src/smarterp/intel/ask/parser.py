"""The offline parser: tag, build the readings, rank them, and answer only when sure.

question ─ tag (names, time, lexicon, numbers, leftover words)
         ─ readings (roles by composition rules; open roles enumerated)
         ─ validate (each reading compiles for the books' schema)
         ─ rank (cost: assumptions + unexplained tags and words)
         ─ answer the best, or ask back with the 2-3 best readings
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from smarterp.core.errors import InvalidInput
from smarterp.intel.ask.entities import EntityIndex
from smarterp.intel.ask.language import for_language, language_of
from smarterp.intel.ask.reading import Reading, build_readings
from smarterp.intel.ask.render import render
from smarterp.intel.ask.tagger import Tagged, tag_question
from smarterp.intel.ask.timeparse import TimeParser
from smarterp.intel.semantic.compiler import compile_query
from smarterp.intel.semantic.query import StructuredQuery

__all__ = ["OfflineParser", "Parsed", "language_of"]

# Two readings closer than this are both plausible: ask which one is meant.
CLOSE_CALL = 0.45


@dataclass
class Parsed:
    """What the parser understood, or the question it must ask back."""

    lang: str
    query: StructuredQuery | None = None
    understood: str | None = None
    clarification: str | None = None
    options: list[str] = field(default_factory=list)
    # When asking back: the best readings as (canonical sentence, query).
    readings: list[tuple[str, StructuredQuery]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class OfflineParser:
    """Parses one question against the books' names; relative time resolves to `as_of`."""

    def __init__(self, index: EntityIndex, as_of: date, dialect: str = "sqlite") -> None:
        self.index = index
        self.as_of = as_of
        self.dialect = dialect
        self.times = TimeParser(as_of)

    def parse(self, question: str) -> Parsed:
        lang = language_of(question)
        out = Parsed(lang)
        if not question.strip():
            out.clarification = _say(lang, "empty")
            return out
        language = for_language(lang)
        tagged = tag_question(question, language, self.index, self.times)
        out.notes.append(
            "tags: "
            + " ".join(f"{t.kind}:{t.text}" for t in tagged.tags)[:400]
            + (f"; leftover: {' '.join(tagged.leftover)}" if tagged.leftover else "")
        )
        same_name = _same_name_records(tagged)
        if same_name is not None:
            mention, values = same_name
            out.clarification = _say(lang, "which", mention=mention)
            out.options = values
            return out
        readings = [r for r in build_readings(tagged) if self._valid(r)]
        for r in readings:
            if r.query is not None:
                r.understood = render(r.query, lang)
        if not readings:
            out.clarification = _say(lang, "what")
            return out
        best = readings[0]
        assert best.query is not None
        rivals = [
            r for r in readings[1:3] if r.query is not None and r.cost - best.cost < CLOSE_CALL
        ]
        out.notes.append(
            "readings: "
            + " | ".join(f"{r.cost:.1f} {r.understood}" for r in readings[:4])
            + (f"; unexplained: {', '.join(best.unexplained)}" if best.unexplained else "")
        )
        if best.unexplained:
            out.clarification = _say(lang, "unsure", words="”, “".join(best.unexplained[:3]))
        elif rivals:
            out.clarification = _say(lang, "close")
        elif best.cost >= 1.0:
            out.clarification = _say(lang, "assume")
        if out.clarification:
            chosen = [best, *rivals] if rivals else readings[:3]
            out.readings = [(r.understood, r.query) for r in chosen if r.query is not None]
            return out
        out.query, out.understood = best.query, best.understood
        return out

    def _valid(self, reading: Reading) -> bool:
        """A reading counts only if it compiles against the books' schema."""
        if reading.query is None:
            return False
        try:
            compile_query(reading.query, self.dialect, self.as_of)
        except InvalidInput as exc:
            reading.error = exc.message
            return False
        return True


def _same_name_records(tagged: Tagged) -> tuple[str, list[str]] | None:
    """A name that two records of the same kind carry: ask which one, never guess."""
    for tag in tagged.of("entity"):
        assert tag.mention is not None
        by_kind: dict[str, list[str]] = {}
        for c in tag.mention.candidates:
            by_kind.setdefault(c.kind, []).append(c.value)
        kinds = [k for k, values in by_kind.items() if len(values) > 1]
        if kinds and len(by_kind) == 1:
            return tag.text, sorted(by_kind[kinds[0]])
    return None


_MESSAGES = {
    "empty": ("Please ask a question.", "请输入问题。"),
    "which": ("Which one do you mean by “{mention}”?", "“{mention}”指的是哪一个？"),
    "what": (
        "I could not tell what to measure; try e.g. “revenue by category in 1997”.",
        "我没有理解要统计什么；可以这样问：“1997年各品类的销售额”。",
    ),
    "unsure": (
        "I am not sure what “{words}” means here. Did you mean one of these?",
        "我不确定“{words}”在这里的意思。您是指下面哪一个？",
    ),
    "close": (
        "The question can be read more than one way. Which one do you mean?",
        "这个问题有几种理解，您指的是哪一种？",
    ),
    "assume": (
        "I am not sure what to measure. Did you mean this?",
        "我不确定要统计什么，您是指这个吗？",
    ),
}


def _say(lang: str, key: str, **kw: str) -> str:
    en, zh = _MESSAGES[key]
    return (zh if lang == "zh" else en).format(**kw)
