"""Tags a question: names from the books, times, lexicon terms, numbers and the words left over."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from smarterp.intel.ask.entities import EntityIndex, Mention
from smarterp.intel.ask.language import Language, normalise_latin
from smarterp.intel.ask.timeparse import TimeParser, zh_number
from smarterp.intel.semantic.query import TimeRange


@dataclass
class Tag:
    """A span of the normalised question and what it can mean."""

    start: int
    end: int
    text: str
    kind: str
    value: Any = None
    mention: Mention | None = None
    period: TimeRange | None = None

    def near(self, other: Tag, gap: int) -> bool:
        """Whether `other` starts within `gap` characters after this tag ends."""
        return 0 <= other.start - self.end <= gap


@dataclass
class Tagged:
    lang: str
    text: str
    tags: list[Tag] = field(default_factory=list)
    # Content words no tag explains; a reading that leaves them out may answer something else.
    leftover: list[str] = field(default_factory=list)
    fillers: frozenset[str] = frozenset()

    def filler_gap(self, start: int, end: int) -> bool:
        """Whether only filler words (or nothing) stand between two positions."""
        words = self.text[start:end].replace("的", " ").split()
        return all(w in self.fillers for w in words)

    def of(self, kind: str) -> list[Tag]:
        return [t for t in self.tags if t.kind == kind]

    def has(self, kind: str, value: Any = None) -> bool:
        return any(t.kind == kind and (value is None or t.value == value) for t in self.tags)


def tag_question(
    question: str, language: Language, index: EntityIndex, times: TimeParser
) -> Tagged:
    text = language.normalise(question)
    out = Tagged(language.code, text, fillers=language.fillers)
    taken = [False] * len(text)

    def free(i: int, j: int) -> bool:
        return not any(taken[i:j])

    def claim(tag: Tag) -> None:
        for k in range(tag.start, tag.end):
            taken[k] = True
        out.tags.append(tag)

    # 1. Time first: "may", "march", 1997 are never names, except a lone month word inside
    # a whole name from the books ("Furia Bacalhau e Frutos do Mar").
    found_times = times.find(text, language.code)
    inside_names = _names_around_words(text, found_times, index, language)
    for found in found_times:
        if any(m.start <= found.start and found.end <= m.end for m in inside_names):
            continue
        claim(
            Tag(found.start, found.end, text[found.start : found.end], "time", period=found.period)
        )
    # Every lexicon match, found once: its words keep partial names away, then (step 3) the
    # matches themselves are claimed, longest first (ties: the lexicon's order).
    matches: list[tuple[int, int, int, re.Match[str]]] = []
    for priority, (pattern, _) in enumerate(language.compiled):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                matches.append((-(m.end() - m.start()), priority, m.start(), m))
    matches.sort(key=lambda x: (x[0], x[1], x[2]))
    lexicon_words = frozenset(w for *_, m in matches for w in m.group(0).split())
    # 2. Names from the books, on the text with the time spans blanked out.
    masked = "".join(" " if taken[i] else ch for i, ch in enumerate(text))
    proper = _proper_words(question) if language.code == "en" else None
    for mention in index.find(
        masked, blocked=language.fillers, folded=True, weak=lexicon_words, proper=proper
    ):
        if not free(mention.start, mention.end):
            continue
        end = _goods_word_after(text, mention.end, language) if _is_product(mention) else 0
        if end and free(mention.end, end):
            mention.end = end
        noun = _trailing_noun(text, mention, language)
        if noun is not None:
            # "Dairy Products" names the category and says "products": both are meant.
            mention.end = noun.start
        span = text[mention.start : mention.end].strip()
        claim(Tag(mention.start, mention.start + len(span), span, "entity", mention=mention))
        if noun is not None:
            claim(noun)
    # 3. Lexicon terms, where names and times left room.
    for _, priority, _, m in matches:
        if not free(m.start(), m.end()):
            # The pattern may still match a shorter free part: from the same start ("占总额":
            # "占") or from a later one ("次数最多" blocked: "最多").
            pattern = language.compiled[priority][0]
            shorter = (pattern.match(text, m.start(), e) for e in range(m.end() - 1, m.start(), -1))
            later = (pattern.match(text, k) for k in range(m.start() + 1, m.end()))
            m2 = next(
                (
                    x
                    for x in itertools.chain(shorter, later)
                    if x and x.end() > x.start() and free(x.start(), x.end())
                ),
                None,
            )
            if m2 is None:
                continue
            m = m2
        term = language.compiled[priority][1]
        value = term.value
        if term.kind == "topn":
            n = next((g for g in (m.groupdict().values()) if g), None)
            value = (term.value, _number(n, language) if n else None)
        claim(Tag(m.start(), m.end(), m.group(0), term.kind, value))
    # 4. Numbers left over: thresholds and counts.
    number = (
        r"\d+(?:\.\d+)?(?:k|m)?%?"
        if language.code == "en"
        else r"\d+(?:\.\d+)?(?:万|千|百)?%?|[一二三四五六七八九十两]+(?:万|千|百)?"
    )
    for m in re.finditer(number, text):
        if text[m.start() : m.start() + 2] in language.fillers:
            continue  # 一下, 一些: not numbers
        if free(m.start(), m.end()):
            value = _number(m.group(0).rstrip("%"), language)
            if value is not None:
                claim(Tag(m.start(), m.end(), m.group(0), "num", value))
    if language.code == "en":
        for word, value in language.number_words.items():
            for m in re.finditer(rf"\b{re.escape(word)}\b", text):
                if not free(m.start(), m.end()) or word in ("a dozen", "single"):
                    continue
                if word == "one" and _pronoun_one(text, m.start(), m.end(), language):
                    continue  # "the one with the least sales", "quick one:"
                claim(Tag(m.start(), m.end(), m.group(0), "num", value))
    out.tags.sort(key=lambda t: t.start)
    rest = "".join(" " if taken[i] else ch for i, ch in enumerate(text))
    out.leftover = language.leftover_words(rest)
    return out


def _names_around_words(
    text: str, found: list[Any], index: EntityIndex, language: Language
) -> list[Mention]:
    """Whole names of two words or more that hold a time span made of letters only."""
    lone = [f for f in found if not re.search(r"\d", text[f.start : f.end])]
    if not lone:
        return []
    names = index.find(text, blocked=language.fillers, folded=True)
    whole = [m for m in names if m.score >= 100 and len(m.text.split()) >= 2]
    return [m for m in whole if any(m.start <= f.start and f.end <= m.end for f in lone)]


def _pronoun_one(text: str, start: int, end: int, language: Language) -> bool:
    """Whether "one" stands for a thing rather than counts one: no content word follows, or
    a word before it makes it a pronoun ("the one", "quick one")."""
    before = text[:start].split()
    if before and before[-1] in ("the", "quick", "which", "this", "that", "each", "any", "every"):
        return True
    m = re.match(r"\s*([\w']+)", text[end:])
    return m is None or m.group(1) in language.fillers


def _trailing_noun(text: str, mention: Mention, language: Language) -> Tag | None:
    """The product noun that ends a category's name ("dairy products"), as a tag of its own."""
    if not any(c.kind == "category" for c in mention.candidates):
        return None
    words = text[mention.start : mention.end].split(" ")
    last = words[-1] if len(words) > 1 else ""
    if language.nouns.get(last) != "product":
        return None
    start = mention.end - len(last)
    return Tag(start, mention.end, last, "noun", "product")


def _proper_words(question: str) -> set[str] | None:
    """Words written with a capital away from a sentence's start: a lone word of a longer name
    counts only when written like a name ("Gorgonzola", not "split" nor "Can you split")."""
    words: set[str] = set()
    for m in re.finditer(r"[A-Za-z\u00c0-\u024f][\w'’-]*", question):
        start = question[: m.start()].rstrip()
        if m.group(0)[0].isupper() and start and start[-1] not in ".?!":
            words.update(normalise_latin(m.group(0)).split())
    return words


def _is_product(mention: Mention) -> bool:
    return any(c.kind == "product" for c in mention.candidates)


def _goods_word_after(text: str, end: int, language: Language) -> int:
    """The end of a kind-of-goods word right after a product's name, or 0."""
    m = re.match(r"\s*(\w+)", text[end:])
    if m and m.group(1) in language.goods_words:
        return end + m.end()
    if language.code == "zh":
        for word in sorted(language.goods_words, key=len, reverse=True):
            if text.startswith(word, end):
                return end + len(word)
    return 0


def _number(text: str, language: Language) -> float | None:
    scale = {"万": 10000, "千": 1000, "百": 100}.get(text[-1:], 1) if language.code == "zh" else 1
    if language.code == "en":
        scale = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    digits = text[:-1] if scale > 1 else text
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits) * scale
    if language.code == "zh":
        scale = 1
        for unit, factor in (("万", 10000), ("千", 1000), ("百", 100)):
            if text.endswith(unit):
                text, scale = text[:-1], factor
        value = zh_number(text) if text else 1
        return float(value * scale) if value is not None else None
    value = language.number(text)
    return float(value) if value is not None else None
