"""Text folding that keeps a map back to the original characters, and name normalisation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Letters that do not decompose into a base letter plus accents.
_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"}
# Apostrophes vanish so that "Rodney's" and "rodneys" meet; hyphens become spaces.
# So do an emoji's variation selector and a keycap's frame ("4️⃣" reads as 4).
_DROP = set("'’‘`´\ufe0f\u20e3")
# Table rules ("| Tea | 4 | CTN |") part cells as spaces do, and rows of as many bars as the
# next ("Cola | on hand 4 | order 25 ea") as tabs do; a bar inside a line that is no table row
# parts items as a semicolon does ("Tea x 4 | Cola 2 ctn": two items).
_SPACE = set("-‐‑–_·")
_FULLWIDTH_DIGITS = {chr(0xFF10 + i): str(i) for i in range(10)}
# Circled numbers (①..⑳, ❶..❿) number a list; they are never a quantity.
_LIST_NUMBERS = {chr(c) for c in range(0x2460, 0x2474)} | {chr(c) for c in range(0x2776, 0x2780)}
# A line's first cell that is a row number: an ideographic space after it parts cells as a tab.
_ROW_NUMBER = re.compile(r"[ \t]*\d{1,3}")  # (\d: full-width digits too)

LEGAL_SUFFIXES = {
    "ltd",
    "limited",
    "gmbh",
    "ag",
    "kg",
    "sa",
    "s a",
    "sl",
    "srl",
    "spa",
    "sarl",
    "bv",
    "nv",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "llc",
    "plc",
    "oy",
    "ab",
    "as",
    "aps",
    "hb",
    "kk",
    "pty",
    "pte",
    "ltda",
    "cia",
    "sas",
    "eirl",
}
LEGAL_SUFFIXES_ZH = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")


@dataclass(frozen=True)
class Folded:
    """Lower-cased text without accents; `origin[i]` is where folded char i came from."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded characters start..end."""
        if start >= len(self.origin):
            last = self.origin[-1] + 1 if self.origin else 0
            return last, last
        return self.origin[start], self.origin[max(start, end - 1)] + 1


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _to_simplified() -> Any:
    """OpenCC's traditional-to-simplified converter (loaded once)."""
    import opencc

    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """Traditional characters as simplified ones (貨 -> 货, 確認 -> 确认), character for
    character so that folded offsets still map back; text without Chinese as it is."""
    if not _CJK_CHAR.search(text):
        return text
    converted = _to_simplified().convert(text)
    return converted if len(converted) == len(text) else text


def _bar_rows(text: str) -> set[int]:
    """Lines (by number) that are rows of a table drawn with bars but no outer ones: two bars
    or more, as many as a line next to them ("Cola | on hand 4 | order 25 ea")."""
    bars = [line.count("|") for line in text.split("\n")]
    return {
        k
        for k, n in enumerate(bars)
        if n >= 2 and n in (bars[k - 1] if k else -1, bars[k + 1] if k + 1 < len(bars) else -1)
    }


def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    simplified = _simplified(text)
    table_row = False  # the line begins with a bar
    bar_row = False  # a row of a table drawn with bars but no outer ones: its bars are tabs
    line_start = True
    rows = _bar_rows(text) if "|" in text else set()
    line = begun = 0  # the line's number and where it begins
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start = True
            line, begun = line + 1, i + 1
        elif line_start and not ch.isspace():
            table_row, bar_row, line_start = ch == "|", line in rows, False
        if "\u4e00" <= ch <= "\u9fff":
            ch = simplified[i]
        if ch in _DROP:
            continue
        low = ch.lower()
        if low in _SPECIAL:
            piece = _SPECIAL[low]
        elif ch == "|":
            piece = " " if table_row else "\t" if bar_row else ";"
        elif ch == "\u3000" and _ROW_NUMBER.fullmatch(text, begun, i):
            piece = "\t"  # a typed form's row number, then its cells: "1　汤圆 → 3箱"
        elif ch in _SPACE or ch in _LIST_NUMBERS:
            piece = " "
        elif ch in _FULLWIDTH_DIGITS:
            piece = _FULLWIDTH_DIGITS[ch]
        elif ord(ch) < 128 or "\u4e00" <= ch <= "\u9fff":
            piece = low
        else:
            decomposed = unicodedata.normalize("NFKD", low)
            piece = "".join(c for c in decomposed if not unicodedata.combining(c)) or low
        for p in piece:
            out.append(p)
            origin.append(i)
    return Folded("".join(out), tuple(origin))


def fold_text(text: str) -> str:
    return fold(text).text


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """The Latin words of a text after folding."""
    return _WORD.findall(fold_text(text))


def normalise_name(name: str) -> str:
    """A company or person name reduced for comparison: no case, accents, punctuation, suffix."""
    stripped = name.strip()
    for suffix in LEGAL_SUFFIXES_ZH:
        if stripped.endswith(suffix) and len(stripped) > len(suffix):
            stripped = stripped[: -len(suffix)]
            break
    folded = fold_text(stripped)
    # "S.A." and "S. A." become "s a" then "sa"; dots join initials.
    folded = re.sub(r"\b([a-z])\.\s*(?=[a-z]\b)", r"\1", folded)
    tokens = re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]+", folded)
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    if len(tokens) > 2 and " ".join(tokens[-2:]) in LEGAL_SUFFIXES:
        tokens = tokens[:-2]
    return " ".join(tokens)


def squash(name: str) -> str:
    """A normalised name without spaces, for comparing with e-mail domains."""
    return normalise_name(name).replace(" ", "")


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def detect_language(text: str) -> str:
    """'zh' when Chinese characters make up a fair share of the letters, else 'en'."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isalpha() and ord(ch) < 0x250)
    if cjk and cjk * 3 >= latin * 0.5:
        return "zh"
    return "en"
