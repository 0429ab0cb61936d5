"""Dates in English and Chinese text, relative ones resolved against the document's date.

Conventions: "next Friday" is the Friday of the following Monday-to-Sunday week, as is
下周五; "this Friday"/本周五 the Friday of the current week; a bare "Friday"/周五 the next
Friday after the document date; 月底/"end of the month" the month's last day; a date without a
year that would lie before the document date belongs to the following year."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from smarterp.intel.docs.numbers import ZH_NUMERAL_CHARS, parse_number

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Malay and Indonesian months (Malaysian and Indonesian buyers write "29hb Ogos", "5 Mei").
    "januari": 1,
    "februari": 2,
    "mac": 3,  # only after "hb" (else "2 mac and cheese" would be a date)
    "maret": 3,
    "mei": 5,
    "juni": 6,
    "julai": 7,
    "juli": 7,
    "ogos": 8,
    "agustus": 8,
    "oktober": 10,
    "disember": 12,
    "desember": 12,
    "okt": 10,  # Indonesian and Malay short forms
    "agt": 8,
    "agu": 8,
    # Spanish, French and German months, as folded ("4 de junio", "le 1 octobre", "4. März")
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "januar": 1, "februar": 2, "marz": 3, "maerz": 3, "dezember": 12,
    # Portuguese, as folded ("17 de dezembro"; março folds to "marco", a name: only after "de")
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Italian ("17 maggio", "martedì 10 giugno")
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
# Days said as ordinal words ("January eighteenth", in a voice message's transcript).
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
ORDINAL_DAYS |= {f"twenty {w}": 21 + i for i, w in enumerate(_ORDINAL_WORDS[:9])}
ORDINAL_DAYS |= {"thirtieth": 30, "thirty first": 31}
_ORDINAL = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# (not "mac" nor "marco" on their own: "2 mac and cheese", "Chef Marco 12")
_MONTH = "|".join(sorted((m for m in MONTHS if m not in ("mac", "marco")), key=len, reverse=True))
# Short forms only with a dot, comma or number after them: "we'd" folds to "wed".
_WEEKDAY = (
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)"
    r"(?=\.|,|\s+\d|\s+(?:arvo|morning|afternoon|evening|night|am|pm|before|latest)\b))"
)
_WEEKDAY_WORD = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_ZN = rf"(?:\d+|[{ZH_NUMERAL_CHARS}]+)"


@dataclass(frozen=True)
class DateMention:
    """A date found at folded characters start..end."""

    start: int
    end: int
    value: date
    kind: str  # "explicit", "weekday", "relative"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def next_weekday(base: date, weekday: int, mode: str) -> date:
    """mode 'next': in the following week; 'this': in the current week; else the next one."""
    monday = base - timedelta(days=base.weekday())
    if mode == "next":
        return monday + timedelta(days=7 + weekday)
    if mode == "this":
        return monday + timedelta(days=weekday)
    ahead = (weekday - base.weekday()) % 7 or 7
    return base + timedelta(days=ahead)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless(base: date, month: int, day: int) -> date | None:
    value = _safe_date(base.year, month, day)
    if value is not None and value < base:
        value = _safe_date(base.year + 1, month, day)
    return value


def _day_of_month(base: date, day: int) -> date | None:
    value = _safe_date(base.year, base.month, day)
    if value is None or value < base:
        nxt = add_months(date(base.year, base.month, 1), 1)
        value = _safe_date(nxt.year, nxt.month, day)
    return value


def _slashed(m: re.Match[str], base: date) -> date | None:
    """ "3/31", "15/11", "6/6": month/day or day/month, whichever makes a date; where both
    do, the nearer one after the document date."""
    a, b = int(m.group("a")), int(m.group("b"))
    readings = [v for v in (_yearless(base, a, b), _yearless(base, b, a)) if v is not None]
    return min(readings) if readings else None


def _iso_week(m: re.Match[str], base: date) -> date | None:
    """ "Friday, week 45", "KW 23", "第30周": that ISO week's day (Monday when no day is said),
    this year or, once passed, next year's."""
    if m.group("n"):
        week, name = int(m.group("n")), m.group("w")
        weekday = WEEKDAYS[name] if name else 0
    else:
        week, weekday = int(m.group("n2")), ZH_WEEKDAYS.get(m.group("zw") or "一", 0)
    for year in (base.year, base.year + 1):
        try:
            value = date.fromisocalendar(year, week, weekday + 1)
        except ValueError:
            continue
        if value >= base:
            return value
    return None


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    value = parse_number(text)
    return int(value) if value is not None else None


Rule = tuple[re.Pattern[str], str, Callable[[re.Match[str], date], date | None]]


def _explicit_dmy(m: re.Match[str], base: date) -> date | None:
    day, month = int(m.group("d")), MONTHS[m.group("m")]
    year = m.group("y")
    if year and len(year) == 2:
        # "05-Jan-26": a two-figure year, taken only as this year or the next (else the
        # figure after a date may be a quantity: "on 20 June 15 cases").
        full = 2000 + int(year)
        year = str(full) if full in (base.year, base.year + 1) else None
    return _safe_date(int(year), month, day) if year else _yearless(base, month, day)


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _roman_month(m: re.Match[str], base: date) -> date | None:
    month = _ROMAN.index(m.group("m") or m.group("m2")) + 1
    day, year = int(m.group("d")), m.group("y") or m.group("y2")
    return _safe_date(int(year), month, day) if year else _yearless(base, month, day)


def _weekday_rule(m: re.Match[str], base: date) -> date | None:
    mode = {"next": "next", "this": "this"}.get(m.group("mode") or "", "")
    return next_weekday(base, WEEKDAYS[m.group("w")], mode)


def _zh_weekday(m: re.Match[str], base: date) -> date | None:
    prefix = m.group("mode") or ""
    weekday = ZH_WEEKDAYS[m.group("w")]
    if prefix.startswith("下下"):
        return next_weekday(base, weekday, "next") + timedelta(days=7)
    if prefix.startswith("下"):
        return next_weekday(base, weekday, "next")
    if prefix in ("本", "这", "这个", "本个"):
        return next_weekday(base, weekday, "this")
    return next_weekday(base, weekday, "")


def _span_days(m: re.Match[str], base: date) -> date | None:
    count = _num(m.group("n")) or 1
    unit = m.group("u")
    days = count * 7 if unit.startswith(("week", "周", "星期", "礼拜")) else count
    if unit.startswith(("month", "月", "个月")):
        return add_months(base, count)
    return base + timedelta(days=days)


def _week_on(m: re.Match[str], base: date) -> date | None:
    """ "a week today", "a week on Friday", "a fortnight tomorrow": the day named, a week
    (or two) after it comes round."""
    weeks = 2 if m.group("u") == "fortnight" else 1
    day = m.group("w")
    if day == "today":
        start = base
    elif day == "tomorrow":
        start = base + timedelta(days=1)
    else:
        start = next_weekday(base, WEEKDAYS[day], "")
    return start + timedelta(days=7 * weeks)


def _dotted_short_year(m: re.Match[str], base: date) -> date | None:
    """ "15.5.25", "19.1.26": day, month and a two-figure year, only this year or the next
    (else the figures may be something else); the month first where the day cannot be one."""
    year = 2000 + int(m.group("y"))
    if year not in (base.year - 1, base.year, base.year + 1):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return _safe_date(year, b, a) or _safe_date(year, a, b)


RULES: list[Rule] = [
    (
        # 114/03/25: a Minguo year written with slashes (Taiwan's forms and systems).
        re.compile(r"(?<![\d/.])(?P<y>1[01]\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"),
        "explicit",
        lambda m, b: _safe_date(1911 + int(m.group("y")), int(m.group("m")), int(m.group("d"))),
    ),
    (
        re.compile(
            rf"(?<![a-z])an?\s+(?P<u>week|fortnight)\s+(?:on\s+|from\s+)?"
            rf"(?P<w>today|tomorrow|{_WEEKDAY})(?![a-z])"
        ),
        "relative",
        _week_on,
    ),
    (
        # 民國113年10月3日: Taiwan's Minguo years count from 1912.
        re.compile(
            r"民国\s*(?P<y>\d{2,3})\s*年\s*(?P<m>" + _ZN + r")\s*月\s*(?P<d>" + _ZN + r")\s*[日号]"
        ),
        "explicit",
        lambda m, b: _safe_date(
            1911 + int(m.group("y")), _num(m.group("m")) or 0, _num(m.group("d")) or 0
        ),
    ),
    (
        # 20251211: the compact date purchase systems print.
        re.compile(r"(?<!\d)(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
        "explicit",
        lambda m, b: _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))),
    ),
    (
        re.compile(r"(?<!\d)(?P<y>\d{4})[ /.](?P<m>\d{1,2})[ /.](?P<d>\d{1,2})(?!\d)"),
        "explicit",
        lambda m, b: _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))),
    ),
    (
        re.compile(
            r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>" + _ZN + r")\s*月\s*(?P<d>" + _ZN + r")\s*[日号]"
        ),
        "explicit",
        lambda m, b: (
            _safe_date(int(m.group("y")), _num(m.group("m")) or 0, _num(m.group("d")) or 0)
            if m.group("y")
            else _yearless(b, _num(m.group("m")) or 0, _num(m.group("d")) or 0)
        ),
    ),
    (
        re.compile(
            # (Malay "hb", haribulan, marks the day of the month: "29hb Nov")
            # (day and month on one line: "x 11⏎Jul 31st" is a count, then a date)
            rf"(?<![a-z0-9])(?P<d>\d{{1,2}})(?:st|nd|rd|th|hb|\.)?[ \t]+(?:of[ \t]+|de[ \t]+)?"
            rf"(?P<m>{_MONTH}|(?<=hb\s)mac|(?<=de\s)marco)(?:(?<=\b[a-z]{{3}})\.)?"
            r"(?![a-z])(?:,?[ \t]+(?P<y>\d{4}|\d{2}(?![\d.])))?"
        ),
        "explicit",
        _explicit_dmy,
    ),
    (
        # "25th (Tuesday)": a day of the month with its weekday in brackets after it.
        re.compile(
            rf"(?<![a-z0-9])(?:the[ \t]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)"
            rf"(?=[ \t]*[(（][ \t]*{_WEEKDAY_WORD})"
        ),
        "explicit",
        lambda m, b: _day_of_month(b, int(m.group("d"))),
    ),
    (
        # "1st prox.", "15th inst.": next month's day, this month's (commercial English).
        # (not "21 Instant Noodles": "inst" only as the short form)
        re.compile(
            r"(?<![a-z0-9])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<w>prox|inst)(?:imo)?(?![a-z])"
        ),
        "explicit",
        lambda m, b: (
            _safe_date(add_months(b, 1).year, add_months(b, 1).month, int(m.group("d")))
            if m.group("w") == "prox"
            else _safe_date(b.year, b.month, int(m.group("d")))
        ),
    ),
    (
        # 3月5（周三）, 7月17前到: a month and day without 日, told by the weekday or the
        # delivery word after it.
        re.compile(
            r"(?<![\d.])(?P<m>" + _ZN + r")\s*月\s*(?P<d>" + _ZN + r")"
            r"(?=\s*(?:[(（]\s*(?:周|星期|礼拜)|前|之前|送|到))"
        ),
        "explicit",
        lambda m, b: _yearless(b, _num(m.group("m")) or 0, _num(m.group("d")) or 0),
    ),
    (
        # "3.VII", "13.III.2026", "13 III 2026": a month in Roman figures (Poland and around),
        # after a dot or before a year (a bare "3 x" is three of something).
        re.compile(
            r"(?<![\d.])(?P<d>\d{1,2})"
            r"(?:\.[ \t]?(?P<m>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![a-z])"
            r"(?:\.?[ \t]?(?P<y>\d{4}))?|[ \t](?P<m2>xii|xi|ix|viii|vii|vi|iv|iii|ii)[ \t.]"
            r"(?P<y2>\d{4}))(?!\d)"
        ),
        "explicit",
        _roman_month,
    ),
    (
        # "11NOV25", "13MAR": day, month and year run together, as shipping and forces write.
        re.compile(
            r"(?<![a-z0-9])(?P<d>\d{1,2})(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"(?P<y>\d{2}|\d{4})?(?![a-z0-9])"
        ),
        "explicit",
        _explicit_dmy,
    ),
    (
        re.compile(
            rf"(?<![a-z])(?P<m>{_MONTH})\.?[ \t]+(?:the[ \t]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            r"(?!\d)(?:,?[ \t]+(?P<y>\d{4}))?"
        ),
        "explicit",
        _explicit_dmy,
    ),
    (
        re.compile(r"(?:下个?月)\s*(?P<d>" + _ZN + r")\s*[号日]"),
        "relative",
        lambda m, b: _safe_date(
            add_months(b, 1).year, add_months(b, 1).month, _num(m.group("d")) or 0
        ),
    ),
    (
        re.compile(r"(?<![a-z])(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+of\s+next\s+month"),
        "relative",
        lambda m, b: _safe_date(add_months(b, 1).year, add_months(b, 1).month, int(m.group("d"))),
    ),
    (
        re.compile(
            r"(?P<next>下个?)?月[底末]|(?P<next2>next\s+)?month(?:'s)?\s+end|end\s+of\s+(?:the\s+|this\s+)?(?P<next3>next\s+)?month"
        ),
        "relative",
        lambda m, b: month_end(
            add_months(b, 1) if (m.group("next") or m.group("next2") or m.group("next3")) else b
        ),
    ),
    (
        re.compile(
            rf"(?<![a-z])(?:(?:{_WEEKDAY})\s+(?:the\s+)?|the\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)(?![a-z])"
        ),
        "explicit",
        lambda m, b: _day_of_month(b, int(m.group("d"))),
    ),
    (
        # "para entrega dia 29", "el día 5": Portuguese and Spanish "day 29" of this month, or
        # the next month's when it has passed.
        re.compile(r"(?<![a-z])dia\s+(?P<d>\d{1,2})(?![\d/.:,]\d|\d|\s*(?:de|of)\s)"),
        "explicit",
        lambda m, b: _day_of_month(b, int(m.group("d"))),
    ),
    (
        # "by the thirtieth", "Tuesday the twenty-first": a day of the month in words.
        re.compile(
            rf"(?<![a-z])(?:(?:{_WEEKDAY})\s+(?:the\s+)?|(?:by|on|for|before|until)\s+the\s+)"
            # (only where the day ends the phrase: "on the second floor" is no date)
            rf"(?P<d>{_ORDINAL})(?=[ \t]*(?:\Z|[\n,.!?;:)]|(?:pls|please|thanks|thx|ta|latest|if|"
            rf"at|ok|okay|love|morning|am|pm)\b))"
        ),
        "explicit",
        lambda m, b: _day_of_month(b, ORDINAL_DAYS[m.group("d")]),
    ),
    (
        # 14.03.2026, 14/03/2026: day, month, year as Europe writes them (a month first
        # where the day would be impossible).
        re.compile(
            r"(?<![\d/.])(?<!\d:)(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})(?![\d/]|\.\d)"
        ),
        "explicit",
        lambda m, b: (
            _safe_date(int(m.group("y")), int(m.group("b")), int(m.group("a")))
            or _safe_date(int(m.group("y")), int(m.group("a")), int(m.group("b")))
        ),
    ),
    (
        re.compile(r"(?<![\d/.])(?<!\d:)(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{2})(?!\d|\.\d)"),
        "explicit",
        _dotted_short_year,
    ),
    (
        re.compile(r"(?<![\d/.])(?<!\d:)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)"),
        "explicit",
        _slashed,
    ),
    (
        # 30-07-2024 (folded: "30 07 2024"): day, month, a year of this century.
        re.compile(r"(?<![\d/.])(?<!\d )(?P<a>\d{1,2}) (?P<b>\d{1,2}) (?P<y>20\d{2})(?![\d/])"),
        "explicit",
        lambda m, b: (
            _safe_date(int(m.group("y")), int(m.group("b")), int(m.group("a")))
            or _safe_date(int(m.group("y")), int(m.group("a")), int(m.group("b")))
        ),
    ),
    (
        # 到货日期：11.18, 5.30送: a Chinese month.day, told from a decimal by a date label
        # before it or a delivery word after it.
        re.compile(r"日期\s*[:：]\s*(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\d.])"),
        "explicit",
        lambda m, b: _yearless(b, int(m.group("a")), int(m.group("b"))),
    ),
    (
        re.compile(
            r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\d.])(?=\s*(?:送|到|前|之前|发|交|左右))"
        ),
        "explicit",
        lambda m, b: _yearless(b, int(m.group("a")), int(m.group("b"))),
    ),
    (
        re.compile(rf"(?:本|这个?)月\s*(?P<d>\d{{1,2}}|[{ZH_NUMERAL_CHARS}]{{1,3}})\s*[号日]"),
        "explicit",
        lambda m, b: _safe_date(b.year, b.month, _num(m.group("d")) or 0),
    ),
    (
        re.compile(
            rf"(?<![a-z])(?:(?P<w>{_WEEKDAY}),?\s+(?:of\s+|in\s+)?)?(?:calendar\s+)?"
            r"(?:week|wk|kw|cw)\s*(?P<n>\d{1,2})(?!\d)"
            r"|第\s*(?P<n2>\d{1,2})\s*周(?:[的]?(?:周|星期|礼拜)(?P<zw>[一二三四五六日天]))?"
        ),
        "explicit",
        _iso_week,
    ),
    (
        re.compile(rf"(?<![a-z])(?P<m>{_MONTH})\.?\s+(?:the\s+)?(?P<d>{_ORDINAL})(?![a-z])"),
        "explicit",
        lambda m, b: _yearless(b, MONTHS[m.group("m")], ORDINAL_DAYS[m.group("d")]),
    ),
    (
        # "the twenty-first of September": the day in words first.
        re.compile(rf"(?<![a-z])(?P<d>{_ORDINAL})\s+(?:of\s+)?(?P<m>{_MONTH})(?![a-z])"),
        "explicit",
        lambda m, b: _yearless(b, MONTHS[m.group("m")], ORDINAL_DAYS[m.group("d")]),
    ),
    (
        # "Thursday next week", "next week Thursday": the Thursday of the following week.
        re.compile(
            rf"(?<![a-z])(?:(?P<w>{_WEEKDAY})\s+(?:of\s+)?next\s+week|next\s+week,?\s+(?:on\s+)?"
            rf"(?P<w2>{_WEEKDAY}))(?![a-z])"
        ),
        "weekday",
        lambda m, b: next_weekday(b, WEEKDAYS[m.group("w") or m.group("w2")], "next"),
    ),
    (
        re.compile(
            # "帮忙安排下下星期三的货": 安排下 (arrange) then 下星期三, one week ahead, not two.
            r"(?P<mode>(?<!安排)下下|下个?|本|这个?|上个?)?(?:周|星期|礼拜)(?P<w>[一二三四五六日天])"
        ),
        "weekday",
        _zh_weekday,
    ),
    (
        re.compile(
            rf"(?<![a-z])(?:(?P<mode>next|this|coming)\s+)?(?P<w>{_WEEKDAY})(?:(?<=\b[a-z]{{3}})\.)?(?![a-z])"
        ),
        "weekday",
        _weekday_rule,
    ),
    (
        re.compile(
            rf"(?<![a-z])(?:in|within|inside)\s+(?:the\s+next\s+)?(?P<n>{_NUM})\s+"
            r"(?P<u>weeks?|days?|months?)(?![a-z])(?:\s+from\s+(?:today|now))?"
        ),
        "relative",
        _span_days,
    ),
    (
        re.compile(rf"(?<![a-z])(?P<n>{_NUM})\s+(?P<u>weeks?|days?)\s+from\s+(?:today|now)"),
        "relative",
        _span_days,
    ),
    (
        re.compile(
            rf"(?P<n>{_ZN})\s*(?P<u>周|个星期|星期|个礼拜|礼拜|天|日|个月)\s*(?:内|之内|以内|后|之后)"
        ),
        "relative",
        _span_days,
    ),
    (
        # 7号前, 20号送: a day of this month, or the next month's when it has passed.
        re.compile(
            rf"(?<![\d月/年])(?P<d>\d{{1,2}}|[{ZH_NUMERAL_CHARS}]{{1,3}})\s*[号日](?![\d内后])"
        ),
        "explicit",
        lambda m, b: _day_of_month(b, _num(m.group("d")) or 0),
    ),
    (re.compile(r"大后天"), "relative", lambda m, b: b + timedelta(days=3)),
    (
        # (Italian dopodomani, Spanish pasado mañana, French après-demain)
        re.compile(r"后天|day after tomorrow|dopodomani|pasado manana|apres demain"),
        "relative",
        lambda m, b: b + timedelta(days=2),
    ),
    (
        re.compile(r"明天|明日|(?<![a-z])(?:tomorrow|domani|demain)(?![a-z])"),
        "relative",
        lambda m, b: b + timedelta(days=1),
    ),
    (re.compile(r"今天|今日|(?<![a-z])today(?![a-z])"), "relative", lambda m, b: b),
]


# "(23rd)", "(23)", ", the 23rd" after a weekday (not ", 12 cases").
_DAY_AFTER_WEEKDAY = re.compile(
    r"[ \t]*(?:[(（][ \t]*(?:the[ \t]+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]*[)）]"
    r"|,[ \t]*(?:the[ \t]+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)(?![a-z]))"
)


def _with_its_day(text: str, mention: DateMention, base: date, starts: set[int]) -> DateMention:
    """ "next Sunday (23rd)": a weekday with its day of the month beside it is the day of that
    date in the next two weeks that falls on the weekday, whichever week "next" would mean."""
    if mention.kind != "weekday":
        return mention
    m = _DAY_AFTER_WEEKDAY.match(text, mention.end)
    if m is None or any(mention.end <= s < m.end() for s in starts):
        return mention  # the day is a date found on its own ("Friday, the 5th")
    day = int(m.group("d") or m.group("d2"))
    for offset in range(14):
        value = base + timedelta(days=offset)
        if value.day == day and value.weekday() == mention.value.weekday():
            return DateMention(mention.start, m.end(), value, "explicit")
    return mention


def find_dates(text: str, base: date) -> list[DateMention]:
    """Dates in folded text; where two overlap, the earlier rule (the more explicit) wins."""
    found: list[DateMention] = []
    for pattern, kind, resolve in RULES:
        for m in pattern.finditer(text):
            if any(not (m.end() <= d.start or m.start() >= d.end) for d in found):
                continue
            value = resolve(m, base)
            if value is not None:
                found.append(DateMention(m.start(), m.end(), value, kind))
    found.sort(key=lambda d: d.start)
    starts = {d.start for d in found}
    found = [_with_its_day(text, d, base, starts) for d in found]
    # "Friday, September 5th", "Thursday (November 7)": the weekday only names the explicit
    # date that follows it.
    kept: list[DateMention] = []
    for i, mention in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            mention.kind == "weekday"
            and nxt is not None
            and nxt.kind == "explicit"
            and re.fullmatch(r"[\s,]*[(（]?\s*(?:the\s+)?", text[mention.end : nxt.start])
        ):
            continue
        kept.append(mention)
    return kept
