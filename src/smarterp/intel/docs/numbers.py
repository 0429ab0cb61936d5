"""Numbers written as digits, English words or Chinese numerals."""

from __future__ import annotations

_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_NUMBER_WORDS = sorted([*_EN_UNITS, *_EN_TENS, "hundred", "a", "an"], key=len, reverse=True)

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    # The formal figures of cheques and invoices (大写).
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_ZH_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000}
ZH_NUMERAL_CHARS = "".join(_ZH_DIGITS) + "".join(_ZH_UNITS)


def parse_en_words(text: str) -> int | None:
    """'twenty-four', 'twenty four', 'a hundred', 'twelve' -> int; None if not a number."""
    total = 0
    current = 0
    seen = False
    for word in text.replace("-", " ").split():
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word in ("a", "an"):
            current += 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "and":
            continue
        else:
            return None
        seen = True
    total += current
    return total if seen else None


def parse_zh(text: str) -> int | None:
    """'十五' -> 15, '二十四' -> 24, '一百零五' -> 105, '两' -> 2; None if not a numeral."""
    if not text or any(ch not in _ZH_DIGITS and ch not in _ZH_UNITS for ch in text):
        return None
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        else:
            unit = _ZH_UNITS[ch]
            if unit == 10000:
                section = (section + (digit or 0)) * unit
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Any of the three forms; digits may carry a decimal point."""
    text = text.strip().lower()
    if not text:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    value = parse_zh(text)
    if value is not None:
        return float(value)
    words = parse_en_words(text)
    return float(words) if words is not None else None
