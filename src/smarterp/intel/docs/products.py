"""Finding the books' products in text: full names, distinctive parts of names, small typos."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, zip_longest

import jellyfish
from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from smarterp.intel.docs.catalogue import ProductEntry
from smarterp.intel.docs.lexicon import VARIANT_SUFFIX, words
from smarterp.intel.docs.text import fold_text

# Words that name a kind of thing or are too common to point at one product on their own.
_GENERIC = """the of and a an de di du des la le les au aux et von van der den das gute original new
    old hot fried organic dried green red white black sir uncle chef grandmas queso mix sauce
    spread ale lager beer bread cheese tea syrup cream creme oil box boxes case cases pack
    packs unit units bottle bottles jar jars can cans tin tins our your with for from fine
    sweet sugar order price"""
# Words that count goods ("bags", "trays", "tins") are generic too: "12 bags steamed buns" and
# "two bags of frozen shrimp" name no Trash Bags.
GENERIC_WORDS = frozenset(_GENERIC.split()) | {
    w for kind in ("container", "item", "neutral") for w in words(kind) if w.isascii()
}
_TOKEN = re.compile(r"[a-z0-9]+")
# A QWERTY keyboard: each row's letters and how far the row sits to the right.
_KEY_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))
_KEY_AT = {
    key: (r, col + shift) for r, (row, shift) in enumerate(_KEY_ROWS) for col, key in enumerate(row)
}
# The keys a finger lands on by mistake: beside on the row, or touching on the next row.
_KEY_NEIGHBOURS = {
    key: "".join(
        other
        for other, (r2, x2) in _KEY_AT.items()
        if other != key and abs(r2 - r) <= 1 and abs(x2 - x) <= (1.0 if r2 == r else 0.8)
    )
    for key, (r, x) in _KEY_AT.items()
}
# (\Z, not "$": "$" matches before a line end, and a run of name words must not cross one)
_PLAIN_GAP = re.compile(r"[ \t]*\Z")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=8192)
def _sound(char: str) -> str:
    """A Chinese character's pinyin without tones: what a voice message's transcript keeps
    when it writes 芝麻将 for 芝麻酱."""
    return lazy_pinyin(char, style=Style.NORMAL)[0]


@lru_cache(maxsize=8192)
def _sounds_like(word: str, other: str) -> bool:
    """Two English words that are said alike: what autocorrect or dictation writes for a name
    word ("gluttonous" for glutinous, "szechuan" for sichuan). Metaphone or NYSIIS, each
    coarse alone, agree on such pairs; short words are left out (too many sound alike)."""
    if min(len(word), len(other)) < 5 or word[0] != other[0]:
        return False
    return jellyfish.metaphone(word) == jellyfish.metaphone(other) or (
        jellyfish.nysiis(word) == jellyfish.nysiis(other)
    )


@dataclass(frozen=True)
class ProductMention:
    """A product named at folded characters start..end; `ids` holds several when ambiguous."""

    start: int
    end: int
    ids: frozenset[int]
    exact: bool  # the whole name was written

    @property
    def product_id(self) -> int | None:
        return next(iter(self.ids)) if len(self.ids) == 1 else None


class ProductMatcher:
    """Product names split into words weighted by rarity; runs of name words in a text are
    matched to the product whose name covers them best."""

    def __init__(self, products: list[ProductEntry]) -> None:
        self.products = {p.id: p for p in products}
        self.names: dict[int, tuple[str, ...]] = {}
        self.full: dict[tuple[str, ...], int] = {}
        by_token: dict[str, set[int]] = defaultdict(set)
        for p in products:
            tokens = tuple(_TOKEN.findall(fold_text(p.name)))
            if not tokens:
                continue
            self.names[p.id] = tokens
            self.full[tokens] = p.id
            for t in tokens:
                by_token[t].add(p.id)
        self.by_token = dict(by_token)
        # Words that only name a pack ("family size", "case of 12") point at no goods alone.
        pack_words = {
            t
            for p in products
            for m in [VARIANT_SUFFIX.search(p.name)]
            if m is not None
            for t in _TOKEN.findall(fold_text(m.group(0)))
        }
        self.generic = GENERIC_WORDS | pack_words
        total = max(len(self.names), 1)
        self.weight = {
            t: (0.0 if t in pack_words else 0.2 if t in self.generic or len(t) < 3 else 1.0)
            * math.log(1 + total / len(ids))
            for t, ids in by_token.items()
        }
        self.vocabulary = sorted(t for t in by_token if len(t) >= 6 and t not in self.generic)
        # Each long name word as a slip of the fingers writes it: two neighbouring letters
        # swapped ("tiolet"), one letter hit on a neighbouring key ("oysrer") or a double
        # letter typed once ("buter"); kept only where one name word gives that spelling.
        slips: dict[str, set[str]] = defaultdict(set)
        for word in {t for t in by_token if len(t) >= 5 and t not in pack_words}:
            for i in range(1, len(word)):  # the first letter is rarely the slip
                if i < len(word) - 1 and word[i] != word[i + 1]:
                    slips[word[:i] + word[i + 1] + word[i] + word[i + 2 :]].add(word)
                for key in _KEY_NEIGHBOURS.get(word[i], ""):
                    slips[word[:i] + key + word[i + 1 :]].add(word)
                if word[i] == word[i - 1]:  # a double letter typed once: "buter", "chedar"
                    slips[word[:i] + word[i + 1 :]].add(word)
        self.slips = {typo: w.pop() for typo, w in slips.items() if len(w) == 1}
        # Two words of a name run together ("TeaCake", "DriedMango"): the pair they were.
        self.joined = {a + b: (a, b) for tokens in self.names.values() for a, b in pairwise(tokens)}
        self.cjk_names = [(p.name_zh, p.id) for p in products if p.name_zh]
        # Folded once here, not on every message.
        self._cjk_patterns = [
            (re.compile(re.escape(fold_text(name))), pid) for name, pid in self.cjk_names
        ]
        # Chinese names by how they sound, for names written with a homophone.
        self._sounds: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
        for name, pid in self.cjk_names:
            folded = fold_text(name)
            if len(folded) >= 2 and all(_CJK.match(c) for c in folded):
                self._sounds[tuple(_sound(c) for c in folded)].append((folded, pid))
        self._sound_lengths = sorted({len(k) for k in self._sounds}, reverse=True)

    def _correct(self, token: str) -> str:
        """A near-miss spelling of a long name word ("gorgonzolla", two letters swapped in
        "tiolet", a neighbouring key in "blqck") becomes that word, when no other name word
        is as near."""
        if token in self.by_token or len(token) < 5 or token in GENERIC_WORDS:
            return token
        if len(token) >= 6 and token not in self.generic:
            hit = process.extractOne(token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=90)
            if hit:
                return hit[0]
        # Only a slip of the fingers, not any one-letter change: "better" must not become
        # "butter" (u and e are not neighbours).
        slip = self.slips.get(token)
        if slip is not None:
            return slip
        # In a longer word one letter wrong, missing or added is a misspelling ("chedder",
        # "dumplins") when it leads to one name word only.
        if len(token) >= 7 and token not in self.generic:
            near = [w for w in self.vocabulary if DamerauLevenshtein.distance(token, w) == 1]
            if len(near) == 1:
                return near[0]
        return token

    def find(self, text: str) -> list[ProductMention]:
        """Product mentions in folded text, in order of appearance."""
        spans: list[tuple[int, int, str]] = []
        tokens = list(_TOKEN.finditer(text))
        skip = False
        for m, after, third in zip_longest(tokens, tokens[1:], tokens[2:]):
            if skip:
                skip = False
                continue
            token = m.group(0)
            # One name word written as two ("moon cake", "sea weed"), where no name has the
            # two words side by side, or where the name's next word follows ("soy milk
            # maker" is the Soymilk Maker, not Soy Milk Drink).
            if (
                after is not None
                and token + after.group(0) in self.by_token
                and len(token + after.group(0)) >= 6
                and _PLAIN_GAP.match(text[m.end() : after.start()])
                and (
                    token not in self.by_token
                    or self._continues(token + after.group(0), third, text, after.end())
                )
            ):
                spans.append((m.start(), after.end(), token + after.group(0)))
                skip = True
                continue
            pair = self.joined.get(token) if token not in self.by_token else None
            if pair is None:
                spans.append((m.start(), m.end(), self._correct(token)))
            else:
                cut = m.start() + len(pair[0])
                spans += [(m.start(), cut, pair[0]), (cut, m.end(), pair[1])]
        spans = self._in_context(text, spans)
        mentions: list[ProductMention] = []
        run: list[int] = []
        for k, (start, _, token) in enumerate(spans):
            joined = bool(run) and _PLAIN_GAP.match(text[spans[run[-1]][1] : start]) is not None
            if token in self.by_token and (joined or not run):
                run.append(k)
                continue
            mentions.extend(self._segment(run, spans))
            run = [k] if token in self.by_token else []
        mentions.extend(self._segment(run, spans))
        cjk: list[ProductMention] = []
        for pattern, pid in self._cjk_patterns:
            for m in pattern.finditer(text):
                cjk.append(ProductMention(m.start(), m.end(), frozenset({pid}), True))
        cjk += self._homophones(text, cjk)
        # The longest name wins: 可乐家庭装 is not also 可乐.
        mentions.extend(
            m
            for m in cjk
            if not any(
                o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                for o in cjk
            )
        )
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _continues(self, joined: str, third: re.Match[str] | None, text: str, at: int) -> bool:
        """The word after a joined pair is the next word of a name the joined word is in."""
        if third is None or not _PLAIN_GAP.match(text[at : third.start()]):
            return False
        return bool(self.by_token[joined] & self.by_token.get(third.group(0), set()))

    def _in_context(
        self, text: str, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """A word one letter off a name word, or said like it, beside another word of that same
        name ("Plum Joice", "Iced Lamon Tea", "Mixad Nuts", "gluttonous rice"): that name word.
        The neighbour is what makes a short word safe to correct."""
        out = list(spans)
        for k, (start, end, token) in enumerate(spans):
            if token in self.by_token or len(token) < 4 or token in GENERIC_WORDS:
                continue
            near: set[str] = set()
            for j in (k - 1, k + 1):
                # A distinctive name word beside it, not a pack word ("eight family-sized
                # Tea" is no "light").
                if not 0 <= j < len(spans) or spans[j][2] not in self.by_token:
                    continue
                if not self.weight.get(spans[j][2]):
                    continue
                a, b = sorted((j, k))
                if not _PLAIN_GAP.match(text[spans[a][1] : spans[b][0]]):
                    continue
                for pid in self.by_token[spans[j][2]]:
                    near |= {
                        w
                        for w in self.names[pid]
                        if w != spans[j][2]
                        and w[0] == token[0]  # the first letter is rarely the slip
                        and (DamerauLevenshtein.distance(token, w) == 1 or _sounds_like(token, w))
                    }
            if len(near) == 1:
                out[k] = (start, end, near.pop())
        return out

    def _homophones(self, text: str, found: list[ProductMention]) -> list[ProductMention]:
        """Chinese names written with a character that sounds the same (a voice message's
        transcript: 忙果干 for 芒果干, 护手双 for 护手霜): one character in two or three, two in a
        longer name, where no name is written there already. Such a name is not exact, so its
        line is flagged for a person to check."""
        if not self._sounds or not _CJK.search(text):
            return []
        taken = [(m.start, m.end) for m in found]
        out: list[ProductMention] = []
        for size in self._sound_lengths:
            for start in range(len(text) - size + 1):
                window = text[start : start + size]
                if not all(_CJK.match(c) for c in window):
                    continue
                if any(s < start + size and start < e for s, e in taken):
                    continue
                for name, pid in self._sounds.get(tuple(_sound(c) for c in window), []):
                    differ = sum(a != b for a, b in zip(window, name, strict=True))
                    if 0 < differ <= (1 if size <= 3 else 2) and differ * 2 <= size:
                        out.append(ProductMention(start, start + size, frozenset({pid}), False))
                        taken.append((start, start + size))
                        break
        return out

    def _whole_name(
        self, run: list[int], spans: list[tuple[int, int, str]]
    ) -> list[ProductMention]:
        """A name made only of common words ("Black Tea") counts when written whole, even
        inside a longer run ("crates of black tea")."""
        words = [spans[k][2] for k in run]
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                pid = self.full.get(tuple(words[first : first + size]))
                if pid is not None:
                    start, end = spans[run[first]][0], spans[run[first + size - 1]][1]
                    found = [ProductMention(start, end, frozenset({pid}), True)]
                    return (
                        self._whole_name(run[:first], spans)
                        + found
                        + self._whole_name(run[first + size :], spans)
                    )
        return []

    def _segment(self, run: list[int], spans: list[tuple[int, int, str]]) -> list[ProductMention]:
        """The best-covered product in a run of name words, then the rest of the run."""
        words = [spans[k][2] for k in run]
        if not any(t not in self.generic and len(t) >= 3 for t in words):
            return self._whole_name(run, spans)
        candidates = {pid for t in words for pid in self.by_token[t]}
        scored: list[tuple[float, int]] = []
        for pid in candidates:
            name = self.names[pid]
            covered = [t for t in words if t in name]
            extra = len(set(name) - set(words))
            scored.append((sum(self.weight[t] for t in covered) - 0.01 * extra, pid))
        scored.sort(reverse=True)
        best_score, best = scored[0]
        best_words = set(self.names[best])
        inside = [i for i, t in enumerate(words) if t in best_words]
        first, last = inside[0], inside[-1]
        core = words[first : last + 1]
        if (
            not any(t not in self.generic and len(t) >= 3 for t in core)
            and tuple(core) not in self.full
        ):
            return []
        exact = tuple(core) == self.names[best]
        ids = {best}
        if not exact:
            # Other products whose names hold the same words just as well stay in the running.
            core_set = set(core)
            for score, pid in scored[1:]:
                if core_set <= set(self.names[pid]) and best_score - score < 0.05:
                    ids.add(pid)
        found = [ProductMention(spans[run[first]][0], spans[run[last]][1], frozenset(ids), exact)]
        if first > 0:
            found = self._segment(run[:first], spans) + found
        if last < len(run) - 1:
            found += self._segment(run[last + 1 :], spans)
        return found
