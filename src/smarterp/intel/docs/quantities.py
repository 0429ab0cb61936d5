"""Quantities in text ("20 cases", "two dozen bottles", "2 cases of 12", "一打", "十五包") and
their conversion into a product's selling unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from smarterp.intel.docs.lexicon import EN, PACK_SIZE, ZH, words
from smarterp.intel.docs.numbers import EN_NUMBER_WORDS, ZH_NUMERAL_CHARS, parse_number

CONTAINER_WORDS = EN.container
ITEM_WORDS = EN.item
NEUTRAL_WORDS = EN.neutral
ZH_UNIT_WORDS = tuple(
    sorted(ZH.container + ZH.item + ZH.neutral + ZH.either, key=len, reverse=True)
)
_ZH_UNIT = "|".join(ZH_UNIT_WORDS)
# Pack words that may stand before their count ("整件×3"); not 条 or 盒, which end names
# of goods (辣条, 月饼礼盒).
_ZH_PACK = "|".join(sorted(ZH.container + ZH.either + ("提",), key=len, reverse=True))
SIZE_UNITS = r"(?:kg|kgs|kilos?|g|gr|grams?|oz|ml|cl|l|ltr|litres?|liters?|lbs?|cc)"

_EN_NUM = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + "|".join(w for w in EN_NUMBER_WORDS if w not in ("a", "an", "hundred"))
    + r"|an?)"
)
_EN_WORD_START = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?![a-z])"
)
_UNITS = "|".join(sorted(EN.container + EN.item + EN.neutral, key=len, reverse=True))
_LOOSE = "|".join(EN.loose)
_ADJECTIVES = "|".join(EN.unit_adjectives)
_EN = re.compile(
    # "x12" after a name counts as 12; "5 x case" is five cases.
    # (not minutes after an hour, "10:30"; "CG-2407212:18 x case" is an order number, a colon
    # and a count)
    rf"(?<![a-z0-9.$€£¥#/])(?<!(?<!\d)\d:)(?<!(?<!\d)\d\d:)"
    rf"(?=[x×][ \t]?\d|\d|half\s|dozen|an?\s|{_EN_WORD_START})"
    rf"(?:[x×][ \t]?(?=\d))?"
    rf"(?P<half>half\s+(?:a\s+)?)?(?P<num>{_EN_NUM})?"
    # "4 x 1 Knife": four single ones.
    rf"(?:\s*(?P<dozen>(?:doz(?:ens?)?|dz)(?![a-z])\.?))?(?:(?<=\d)\s?[x×](?:\s*(?P<one>1)(?![\d.,]))?(?=\s))?"
    rf"(?:\s+(?P<loose>{_LOOSE})(?=\s))?"
    rf"(?:\s*(?P<size>\d+(?:\.\d+)?\s*{SIZE_UNITS})(?![a-z]))?"
    rf"(?:\s*(?:{_ADJECTIVES})(?=\s+(?:{_UNITS})(?![a-z])))?"
    # "Chrysanthemum Tea 6 (cases of 12 = 72 tins)", "12s x 1 (full case)": the unit may open
    # a bracket.
    rf"(?:[ \t]*(?:[(（][ \t]*(?=(?:(?:{_ADJECTIVES})[ \t]+)?(?:{_UNITS})(?![a-z])))?"
    rf"(?:(?:{_ADJECTIVES})[ \t]+(?=(?:{_UNITS})(?![a-z])))?(?P<unit>{_UNITS})(?![a-z])\.?)?"
    # "2 cases of 12", "5 cartons à 12 pcs" (folded "a 12"), "3 ctn @ 12": the pack's size.
    rf"(?:(?:\s+of\s+|[ \t]+a[ \t]+(?=\d)|[ \t]*@[ \t]*(?=\d))"
    rf"(?P<pack>\d+|{_EN_NUM})(?:\s*(?P<inner>{_UNITS})(?![a-z]))?)?"
    # "1x12": the count, its pack size read beside it (lexicon pack_size).
    r"(?:\s*[x×](?=\s))?(?![a-wyz0-9]|[x×][a-z])"
)
_ZH = re.compile(
    # "整件×3", "箱 x 2", "箱装 8": the unit first, then how many (not "整箱装12瓶", a size).
    rf"\s*(?P<unit2>{_ZH_PACK})(?:装?\s*[x×*]\s*|装[ \t]*)(?P<num2>\d+)"
    rf"(?!\d|\.\d|[ \t]*[瓶个罐听包盒袋支只台])|"
    rf"(?P<half>半)?(?P<num>\d+|[{ZH_NUMERAL_CHARS}]+)?[ \t]*(?P<unit>打|{_ZH_UNIT})"
    rf"|(?P<bare>[{ZH_NUMERAL_CHARS}]{{2,}})(?=\s*(?:$|[\s，。,.;；、)）!！]))"
)
_REPEATED = re.compile(
    rf"(?P<word>(?<![a-z])(?:{_EN_NUM[3:-1]})|[{ZH_NUMERAL_CHARS}]+)(?P<repeat>\s*[(（]\s*(?P<digits>\d+)\s*[)）])"
)
# The case word first, then how many: "Rice Crackers case - 16 nos", "箱数：1", "ctns: 4",
# "Oolong Tea case x 2".
_UNIT_FIRST = re.compile(
    # (folding leaves a dash as spaces: two or more of them stand for it)
    r"(?<![a-z\d])(?<!\d )(?:cases?|cs|ctns?|cartons?|outers?)"
    r"(?:[ \t]{2,}|[ \t]*[:–][ \t]*|[ \t]*[x×][ \t]*)"
    r"(?P<num>\d+)(?![\d.])"
    r"(?:[ \t]*nos?\b\.?)?|(?:箱数|件数)[ \t]*[:：]?[ \t]*(?P<num2>\d+)(?![\d.])"
)
_ZH_UNIT_AFTER = re.compile(rf"[ \t]*(?:打|{_ZH_UNIT})")
# "乌龙茶 5 个 case": a measure word, then the English unit that says what is counted.
_EN_UNIT_AFTER_MEASURE = re.compile(rf"[ \t]*(?P<unit>{_UNITS})(?![a-z])", re.IGNORECASE)
_ZH_UNIT_BEFORE = re.compile(rf"(?:{_ZH_PACK})装?\s*\Z")  # "箱装 ×7" too
# "1,200": the digits after a thousands comma; "1，2 cartons" (a list) is two figures.
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_OLD_BEFORE = re.compile(
    r"(?:\bfrom|\binstead of|\bwas|\breplacing|\bnot|从|由|原来|原|不是|写成了?|写错成?)\s*$"
)
# "5箱改成8箱", "5 cases -> 8": the figure before is the one being replaced.
# Folding turns "->" into " >", hence the bare ">".
_OLD_AFTER = re.compile(
    r"[ \t]*(?:改成|改为|调整为|调成|换成|变成|加到|增加到|减到|减少到|->|=?>|→|changed to|becomes|"
    r"was (?:a typo|wrong|a mistake)|is (?:a typo|wrong)|是笔误|写错|"
    # "共24瓶（即2箱×12瓶）", "48 btl = 4 cartons": the pieces said again as cases
    r"[ \t]*[(（]?[ \t]*(?:即|i\.?e\.?|=)"
    r"(?=[ \t]*\d+[ \t]*(?:箱|件|cases?|cartons?|ctns?|cs)(?![a-z])))"
)
# "36 bottles oyster sauce = 3 cases": the pieces said again as cases after the goods' name.
_RESTATED_AFTER_NAME = re.compile(
    # (the name: letters, perhaps a model number at its end, "notebook a5"; not "and" the next)
    r"[ \t]+(?!and\b)[a-z](?:(?![ \t]and\b)[a-z \t-]){0,40}?(?:[ \t]+[a-z]?\d{1,2}[a-z]?)?"
    r"[ \t]*[(（]?[ \t]*(?:即|i\.?e\.?|=)"
    r"[ \t]*\d+[ \t]*(?:箱|件|cases?|cartons?|ctns?|cs)(?![a-z])"
)
_RESTATED_IN_BRACKETS = re.compile(r"[(（][^()（）\n]{0,30}=[ \t]*\Z")
_QTY_LABEL = re.compile(r"(?:qty|quantity|数量)[ \t.:：]*\Z")
# "Cola | on hand 4 | order 25 ea", "库存 4 | 补货 14瓶": what is left on the shelf is no
# amount ordered.
_STOCK_BEFORE = re.compile(r"(?:on hand|in stock|stock|库存|现有|剩)[ \t:：]*$")
_REFERENCE_BEFORE = re.compile(
    r"(?:order|invoice|no|nr|number|ref|po|#|订单|发票|单号|编号|号)[ \t]*[.:#]?[ \t]*$"
)
_NOT_QTY_AFTER = re.compile(
    rf"^[ \t]*(?:{SIZE_UNITS}(?![a-z])|%|st\b|nd\b|rd\b|th\b|[:/]\d|月|日|号|年|周|天|点|"
    r"days?\b|weeks?\b|months?\b|years?\b|hours?\b|am\b|pm\b|percent|元|美元|欧元|usd|eur|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)"
)
# "Feb 10" is a day; "by 19 Feb." then "- 10 x Rice" on the next line is a count.
_MONTH_BEFORE = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[ \t]*$"
)


@dataclass(frozen=True)
class QuantityMention:
    """A quantity found at folded characters start..end, before conversion to selling units."""

    start: int
    end: int
    count: float
    unit_kind: str | None  # "container", "item", "neutral", "either" or None
    pack: int | None  # "2 cases of 12": 12
    old: bool  # a value being replaced ("from 21 to 30", "instead of 15")
    dozen: bool = False  # counted in dozens: twelve pieces, or one case of twelve
    # False when the unit was inferred (a misspelt unit word, a case implied by a pack size
    # beside a bare figure): the reading then keeps the other packs open.
    certain: bool = True

    def selling_units(self, pack_count: int) -> float:
        """The quantity in the product's selling unit, which holds `pack_count` items."""
        if self.unit_kind == "container" and self.pack and pack_count == 1:
            return self.count * self.pack
        if self.unit_kind == "item" and pack_count > 1 and self.count % pack_count == 0:
            return self.count / pack_count
        return self.count


_KINDS = {w: kind for kind in ("container", "item", "neutral", "either") for w in words(kind)}


def _replaced(text: str, end: int) -> bool:
    return _OLD_AFTER.match(text, end) is not None


def _kind(unit: str | None) -> str | None:
    return _KINDS.get(unit) if unit else None


def _context_rejects(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 14) : start]
    after = text[end : end + 12]
    if _REFERENCE_BEFORE.search(before) or _MONTH_BEFORE.search(before):
        return True
    if _STOCK_BEFORE.search(before):
        return True
    if before.endswith(("$", "€", "£", "¥", "￥", "-", ".")) and not before.endswith(" -"):
        return True
    return bool(_NOT_QTY_AFTER.match(after))


@dataclass(frozen=True)
class PackSize:
    """Words at folded characters start..end saying how many pieces one pack holds."""

    start: int
    end: int
    size: int


def find_pack_sizes(text: str) -> list[PackSize]:
    """ "12 per carton", "每箱12瓶", "12瓶装": pack sizes, which are not amounts ordered."""
    found = []
    for pattern in PACK_SIZE:
        for m in pattern.finditer(text):
            size = parse_number(m.group("size"))
            if size is not None and size > 1:
                found.append(PackSize(m.start(), m.end(), int(size)))
    return sorted(found, key=lambda p: p.start)


def said_twice(text: str) -> str:
    """ "eleven (11) cases", "三 (3) 箱": the figure repeated in brackets is blanked, so the
    words and their unit read as one quantity (offsets unchanged)."""

    def blank_repeat(m: re.Match[str]) -> str:
        same = parse_number(m.group("word")) == float(m.group("digits"))
        return m.group("word") + (" " * len(m.group("repeat")) if same else m.group("repeat"))

    return _REPEATED.sub(blank_repeat, text)


def find_quantities(text: str) -> list[QuantityMention]:
    """Quantities in folded text, in order of appearance; pack sizes are not quantities."""
    text = said_twice(text)
    found: list[QuantityMention] = []
    taken: list[tuple[int, int]] = [(p.start, p.end) for p in find_pack_sizes(text)]
    for m in _UNIT_FIRST.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cases = float(m.group("num") or m.group("num2"))
        if cases > 0:
            found.append(
                QuantityMention(m.start(), m.end(), cases, "container", None, False, False)
            )
            taken.append((m.start(), m.end()))
    for m in _EN.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or _THOUSANDS.match(text, m.start() - 2):
            continue
        if _RESTATED_IN_BRACKETS.search(text, max(0, m.start() - 40), m.start()):
            continue  # "4 (cases of 12 = 48 bags)": the cases said again in pieces
        num, dozen, unit = m.group("num"), m.group("dozen"), m.group("unit")
        if not unit and _ZH_UNIT_AFTER.match(text, m.end()):
            continue  # "20 箱" is read by the Chinese pattern, unit included
        if text[m.start()] in "x×" and _ZH_UNIT_BEFORE.search(text, 0, m.start()):
            continue  # so is "整件×3"
        if not (num or dozen) or (num in ("a", "an") and not (dozen or unit)):
            continue
        if (
            num
            and not (dozen or unit or m.group("size"))
            and _context_rejects(text, m.start("num"), m.end("num"))
        ):
            continue
        if num and unit is None and dozen is None and m.group("size"):
            continue  # "5 kg" alone is a size, not an amount
        value = parse_number(num) if num else 1.0
        if value is None or value <= 0:
            continue
        if num and num.replace(".", "").isdigit() and len(num) >= 5 and not unit:
            continue
        if (
            num
            and len(num) > 1
            and num[0] == "0"
            and num[1].isdigit()
            and not (len(num) == 2 and _QTY_LABEL.search(text, max(0, m.start() - 12), m.start()))
        ):
            continue  # "0001": a line number, never an amount (but "qty 07" is seven)
        if dozen:
            value *= 12
        if num is None and dozen and m.start("dozen") > 0 and text[m.start("dozen") - 1].isalnum():
            continue  # "doz" inside a word
        if m.group("half"):
            value /= 2
        pack_text = m.group("pack")
        pack = parse_number(pack_text) if pack_text else None
        end = m.end()
        unit_kind = _kind(unit) or ("item" if m.group("loose") or m.group("one") else None)
        if m.group("loose") and unit_kind == "neutral":
            unit_kind = "item"  # "52 individual units", "3 single packs": pieces
        # "24 individual cartons of milk": a carton here is the piece, not a case of them.
        loose_case = bool(m.group("loose")) and unit_kind in ("container", "either")
        if loose_case:
            unit_kind = "item"
        if pack is not None and unit_kind in (None, "neutral"):
            unit_kind = "container"
        start = m.start()
        old = bool(_OLD_BEFORE.search(text[max(0, start - 14) : start])) or _replaced(text, end)
        if unit_kind != "container" and _RESTATED_AFTER_NAME.match(text, end):
            old = True
        found.append(
            QuantityMention(
                start,
                end,
                value,
                unit_kind,
                int(pack) if pack else None,
                old,
                bool(dozen),
                certain=not loose_case,
            )
        )
        taken.append((start, end))
    for m in _ZH.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.group("unit2"):
            num, unit = m.group("num2"), m.group("unit2")
        elif m.group("bare"):
            num, unit = m.group("bare"), None
        else:
            num, unit = m.group("num"), m.group("unit")
        if unit == "打":
            if not num and not m.group("half"):
                continue  # 苏打水 is soda water, not a dozen
            value = (parse_number(num) if num else 1.0) or 0.0
            value *= 12
        elif not num:
            continue
        else:
            if _context_rejects(text, m.start(), m.start() + len(num)) and not unit:
                continue
            value = parse_number(num) or 0.0
        if m.group("half") if not m.group("bare") else False:
            value /= 2
        if value <= 0:
            continue
        start, end, kind = m.start(), m.end(), _kind(unit)
        english = _EN_UNIT_AFTER_MEASURE.match(text, end) if unit in ("个", "個") else None
        if english is not None and _kind(english.group("unit")) == "container":
            end, kind = english.end(), "container"
        old = bool(_OLD_BEFORE.search(text[max(0, start - 6) : start])) or _replaced(text, end)
        found.append(QuantityMention(start, end, value, kind, None, old, unit == "打"))
    found.sort(key=lambda q: q.start)
    return found


_PACK = re.compile(rf"^\s*(\d+)\s*(?!\d|\.\d|\s*{SIZE_UNITS}(?![a-z]))")
_PACK_OF = re.compile(r"\b(?:case|pack|box|carton|crate)\s+of\s+(\d+)\b|(\d+)\s*[件瓶个罐包盒袋]装")


def pack_count(unit_description: str | None) -> int:
    """How many items one selling unit holds: "24 - 12 oz bottles" -> 24, "case of 12
    units" -> 12, "500 ml" -> 1."""
    if not unit_description:
        return 1
    text = unit_description.lower()
    m = _PACK.match(text)
    if m is not None:
        return max(int(m.group(1)), 1)
    of = _PACK_OF.search(text)
    return max(int(of.group(1) or of.group(2)), 1) if of else 1
