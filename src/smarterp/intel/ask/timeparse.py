"""Time expressions in English and Chinese, resolved to calendar ranges against an as-of day."""
# ruff: noqa: E501 -- regular expressions of phrases read best unwrapped

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from smarterp.intel.semantic.query import TimeRange

MONTHS_EN = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
ORDINALS_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
ORDINALS_EN |= {"fourth": 4, "4th": 4, "last": 4}
WORD_NUMBERS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1,
}  # fmt: skip
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
ZH_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}


def zh_number(text: str) -> int | None:
    """A small Chinese or Arabic number: 3, 十二, 二十, 三十一, 两."""
    if text.isdigit():
        return int(text)
    if not text:
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = ZH_DIGITS.get(tens, None) if tens else 1
        o = ZH_DIGITS.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if all(c in ZH_DIGITS for c in text):
        value = 0
        for c in text:
            value = value * 10 + ZH_DIGITS[c]
        return value
    return None


def month_range(year: int, month: int) -> TimeRange:
    return TimeRange(start=date(year, month, 1), end=date(year, month, _last_day(year, month)))


def quarter_range(year: int, quarter: int) -> TimeRange:
    first = 3 * (quarter - 1) + 1
    return TimeRange(start=date(year, first, 1), end=month_range(year, first + 2).end)


def half_range(year: int, half: int) -> TimeRange:
    """First (January-June) or second (July-December) half of a year."""
    return TimeRange(
        start=date(year, 1 if half == 1 else 7, 1),
        end=date(year, 6 if half == 1 else 12, 30 if half == 1 else 31),
    )


def year_range(year: int) -> TimeRange:
    return TimeRange(start=date(year, 1, 1), end=date(year, 12, 31))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def shift_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, _last_day(year, month + 1)))


def previous_period(period: TimeRange) -> TimeRange:
    """The period of the same shape just before: a month before a month, a year before..."""
    start, end = period.start, period.end
    if start.day == 1 and end == month_range(end.year, end.month).end:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        new_start = shift_months(start, -months)
        new_end_month = shift_months(start, -1)
        return TimeRange(
            start=new_start, end=month_range(new_end_month.year, new_end_month.month).end
        )
    length = (end - start).days + 1
    return TimeRange(start=start - timedelta(days=length), end=start - timedelta(days=1))


def year_before(period: TimeRange) -> TimeRange:
    return TimeRange(start=shift_months(period.start, -12), end=shift_months(period.end, -12))


@dataclass
class Found:
    """A time expression found in the question: where it is and what it means."""

    start: int
    end: int
    period: TimeRange
    # A bare month or day whose year came from context rather than the text.
    inferred_year: bool = False


YEAR = r"(?P<year>(?:19|20)\d{2})"


class TimeParser:
    """Finds time expressions in a question; relative ones resolve against `as_of`."""

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of

    # -- helpers -----------------------------------------------------------------------------

    def _month_in_context(self, month: int, year: int | None) -> tuple[int, bool]:
        """A month named without a year is the latest such month up to as-of."""
        if year is not None:
            return year, False
        y = self.as_of.year if month <= self.as_of.month else self.as_of.year - 1
        return y, True

    def _relative(self, unit: str, offset: int) -> TimeRange:
        a = self.as_of
        if unit == "day":
            d = a + timedelta(days=offset)
            return TimeRange(start=d, end=d)
        if unit == "week":
            monday = a - timedelta(days=a.weekday()) + timedelta(weeks=offset)
            return TimeRange(start=monday, end=monday + timedelta(days=6))
        if unit == "month":
            m = shift_months(date(a.year, a.month, 1), offset)
            return month_range(m.year, m.month)
        if unit == "quarter":
            q = (a.month - 1) // 3 + offset
            year = a.year + q // 4
            return quarter_range(year, q % 4 + 1)
        return year_range(a.year + offset)

    def _to_date(self, period: TimeRange) -> TimeRange:
        """A period that runs into the future is cut at as-of ("this year so far")."""
        if period.start <= self.as_of < period.end:
            return TimeRange(start=period.start, end=self.as_of)
        return period

    # -- scanning ----------------------------------------------------------------------------

    def find(self, text: str, lang: str) -> list[Found]:
        found = self._find_zh(text) if lang == "zh" else self._find_en(text.lower())
        found.sort(key=lambda f: f.start)
        return found

    def _claim(self, found: list[Found], m: re.Match[str], period: TimeRange, **kw: bool) -> None:
        if any(f.start < m.end() and m.start() < f.end for f in found):
            return
        found.append(Found(m.start(), m.end(), period, **kw))

    def _find_en(self, s: str) -> list[Found]:
        found: list[Found] = []
        a = self.as_of
        month_names = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
        mon = rf"(?P<mon>{month_names})\.?"
        iso = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
        # Explicit ranges first: "from X to Y", "between X and Y".
        plain_mon = rf"(?:{month_names})\.?"
        plain_day = r"\d{1,2}(?:st|nd|rd|th)?"
        plain_year = r"(?:19|20)\d{2}"
        date_words = (
            rf"(?:{iso}|{plain_mon}\s+{plain_day}(?:,?\s*{plain_year})?"
            rf"|{plain_day}\s+{plain_mon}(?:,?\s*{plain_year})?)"
        )
        for m in re.finditer(
            rf"(?:from|between)\s+(?P<a>{date_words})\s+(?:to|and|until|till|through|-)\s+"
            rf"(?P<b>{date_words})",
            s,
        ):
            first = self._en_date(m.group("a"))
            second = self._en_date(m.group("b"), default_year=first.year if first else None)
            if first and second and second >= first:
                self._claim(found, m, TimeRange(start=first, end=second))
        for m in re.finditer(iso, s):
            d = self._en_date(m.group(0))
            if d:
                self._claim(found, m, TimeRange(start=d, end=d))
        for m in re.finditer(
            rf"\b(?:{plain_mon}\s+{plain_day}(?:,?\s*{plain_year})?"
            rf"|{plain_day}\s+{plain_mon}(?:,?\s*{plain_year})?)\b",
            s,
        ):
            d = self._en_date(m.group(0))
            if d:
                self._claim(found, m, TimeRange(start=d, end=d))
        # Quarters.
        for m in re.finditer(
            rf"\b(?:q(?P<q1>[1-4])\s*(?:of\s+)?{YEAR}?|{YEAR.replace('year', 'y2')}\s*-?\s*q(?P<q2>[1-4])|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?P<y3>(?:19|20)\d{{2}}))?)\b",
            s,
        ):
            q = int(m.group("q1") or m.group("q2") or ORDINALS_EN.get(m.group("ord") or "", 0))
            y = m.group("year") or m.group("y2") or m.group("y3")
            year = int(y) if y else self._quarter_year(q)
            self._claim(found, m, quarter_range(year, q), inferred_year=not y)
        # Half years: "the second half of 1997", "H1 1998", "1998 h2".
        for m in re.finditer(
            r"\b(?:(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+(?:of\s+)?(?P<y1>(?:19|20)\d{2}))?|h(?P<h1>[12])\s*(?P<y2>(?:19|20)\d{2})?|(?P<y3>(?:19|20)\d{2})\s*h(?P<h2>[12]))\b",
            s,
        ):
            half = int(m.group("h1") or m.group("h2") or ORDINALS_EN.get(m.group("ord") or "", 1))
            y = m.group("y1") or m.group("y2") or m.group("y3")
            year = int(y) if y else (a.year if half == 1 or a.month > 6 else a.year - 1)
            self._claim(found, m, self._to_date(half_range(year, half)), inferred_year=not y)
        # Months with or without a year; "since March" is handled below.
        for m in re.finditer(rf"\b(?<!since ){mon}(?:\s+(?:of\s+)?{YEAR})?\b", s):
            if m.group("mon") == "may" and not m.group("year"):
                continue  # "may" is usually the verb
            month = MONTHS_EN[m.group("mon")]
            year, inferred = self._month_in_context(
                month, int(m.group("year")) if m.group("year") else None
            )
            self._claim(found, m, month_range(year, month), inferred_year=inferred)
        for m in re.finditer(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0?[1-9]|1[0-2])\b", s):
            self._claim(found, m, month_range(int(m.group("y")), int(m.group("m"))))
        # Relative periods.
        rel = {
            r"\b(?:year[- ]to[- ]date|ytd|so far this year|this year so far|this year to date)\b": lambda: (
                self._to_date(year_range(a.year))
            ),
            r"\b(?:month[- ]to[- ]date|mtd|so far this month)\b": lambda: self._to_date(
                self._relative("month", 0)
            ),
            r"\b(?:quarter[- ]to[- ]date|qtd)\b": lambda: self._to_date(
                self._relative("quarter", 0)
            ),
            r"\b(?:last|previous|past|prior) year\b": lambda: self._relative("year", -1),
            r"\b(?:the year before last)\b": lambda: self._relative("year", -2),
            r"\b(?:this|current) year\b": lambda: self._to_date(year_range(a.year)),
            r"\b(?:last|previous|prior) month\b": lambda: self._relative("month", -1),
            r"\b(?:this|current) month\b": lambda: self._to_date(self._relative("month", 0)),
            r"\b(?:last|previous|prior) quarter\b": lambda: self._relative("quarter", -1),
            r"\b(?:this|current) quarter\b": lambda: self._to_date(self._relative("quarter", 0)),
            r"\b(?:last|previous|prior) week\b": lambda: self._relative("week", -1),
            r"\b(?:this|current) week\b": lambda: self._to_date(self._relative("week", 0)),
            r"\byesterday\b": lambda: self._relative("day", -1),
            r"\btoday\b": lambda: self._relative("day", 0),
        }
        for pattern, make in rel.items():
            for m in re.finditer(pattern, s):
                self._claim(found, m, make())
        numbers = "|".join(WORD_NUMBERS_EN)
        for m in re.finditer(
            rf"\b(?:last|past|previous|in the last|over the last)\s+(?P<n>\d+|{numbers})?\s*(?P<unit>day|week|month|quarter|year)s?\b",
            s,
        ):
            n_text = m.group("n") or "1"
            n = int(n_text) if n_text.isdigit() else WORD_NUMBERS_EN[n_text]
            self._claim(found, m, self._last_n(m.group("unit"), n))
        # "since March", "since 1998-02-01", "since Q2"
        for m in re.finditer(
            # "since March": up to today. "orders from March 1997" is March 1997 itself.
            rf"\bsince\s+(?:{mon}(?:\s+{YEAR})?|(?P<iso>{iso})|q(?P<q>[1-4])(?:\s+(?P<qy>(?:19|20)\d{{2}}))?)\b",
            s,
        ):
            if m.group("iso"):
                start = self._en_date(m.group("iso"))
            elif m.group("q"):
                q = int(m.group("q"))
                year = int(m.group("qy")) if m.group("qy") else self._quarter_year(q)
                start = quarter_range(year, q).start
            else:
                month = MONTHS_EN[m.group("mon")]
                year, _ = self._month_in_context(
                    month, int(m.group("year")) if m.group("year") else None
                )
                start = date(year, month, 1)
            if start and start <= a:
                self._claim(found, m, TimeRange(start=start, end=a))
        # A year, not an amount: "over $2,000" reads "over 2000 dollars".
        amount = r"(?!\s*(?:dollars?|units?|pieces|items|k\b|%|or (?:more|less|above|below|higher|lower|over|under|fewer)\b|and (?:above|below|up|over)\b|plus\b|in (?:revenue|sales)\b))"
        # ... unless a preposition of time says it is one: "in 1996, in revenue terms".
        for m in re.finditer(rf"(?:(?<=\bin )|(?<=\bduring )|(?<=\bfor ))\b{YEAR}\b", s):
            self._claim(found, m, year_range(int(m.group("year"))))
        for m in re.finditer(rf"\b{YEAR}\b{amount}", s):
            self._claim(found, m, year_range(int(m.group("year"))))
        return found

    def _quarter_year(self, q: int) -> int:
        return self.as_of.year if q <= (self.as_of.month - 1) // 3 + 1 else self.as_of.year - 1

    def _last_n(self, unit: str, n: int) -> TimeRange:
        a = self.as_of
        if unit == "day":
            return TimeRange(start=a - timedelta(days=n - 1), end=a)
        if unit == "week":
            return TimeRange(start=a - timedelta(weeks=n) + timedelta(days=1), end=a)
        months = {"month": n, "quarter": 3 * n, "year": 12 * n}[unit]
        # Whole calendar months before this one: "last 3 months" in May = Feb..Apr.
        first = shift_months(date(a.year, a.month, 1), -months)
        last = shift_months(date(a.year, a.month, 1), -1)
        return TimeRange(start=first, end=month_range(last.year, last.month).end)

    def _en_date(self, text: str, default_year: int | None = None) -> date | None:
        t = text.strip().lower().rstrip(",")
        m = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", t)
        try:
            if m:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            words = re.findall(r"[a-z]+|\d+", t)
            month = next((MONTHS_EN[w] for w in words if w in MONTHS_EN), None)
            nums = [int(w) for w in words if w.isdigit()]
            days = [n for n in nums if n <= 31]
            years = [n for n in nums if n >= 1900]
            if month is None or not days:
                return None
            year = years[0] if years else default_year
            if year is None:
                year, _ = self._month_in_context(month, None)
            return date(year, month, days[0])
        except ValueError:
            return None

    # -- Chinese -----------------------------------------------------------------------------

    def _find_zh(self, s: str) -> list[Found]:
        found: list[Found] = []
        a = self.as_of
        num = r"[0-9一二三四五六七八九十两〇零]+"
        year = r"(?P<year>(?:19|20)\d{2}|去|今|前|明)年(?:度)?"
        rel_years = {"去": -1, "今": 0, "前": -2, "明": 1}

        def year_of(m: re.Match[str], group: str = "year") -> int | None:
            y = m.group(group)
            if y is None:
                return None
            return a.year + rel_years[y] if y in rel_years else int(y)

        # Ranges: 1997年6月15日到7月15日, 从1997年6月1日至1997年6月30日
        day_pat = (
            rf"(?:(?P<{{p}}y>(?:19|20)\d{{{{2}}}})年)?(?P<{{p}}m>{num})月(?P<{{p}}d>{num})[日号]"
        )
        first = day_pat.format(p="a")
        second = day_pat.format(p="b")
        for m in re.finditer(rf"(?:从|自)?{first}(?:起)?\s*(?:到|至|~|-|—|－)\s*{second}", s):
            ya = int(m.group("ay")) if m.group("ay") else None
            yb = int(m.group("by")) if m.group("by") else ya
            d1 = self._zh_day(ya, m.group("am"), m.group("ad"))
            d2 = self._zh_day(yb, m.group("bm"), m.group("bd"))
            if d1 and d2 and d2 >= d1:
                self._claim(found, m, TimeRange(start=d1, end=d2))
        for m in re.finditer(
            rf"(?:{year})?\s*(?:的)?(?:第(?P<q>[1-4一二三四])季度|(?P<q2>[1-4一二三四])季度|[Qq](?P<q3>[1-4]))",
            s,
        ):
            q = zh_number(m.group("q") or m.group("q2") or m.group("q3")) or 1
            y = year_of(m)
            self._claim(
                found,
                m,
                quarter_range(y if y else self._quarter_year(q), q),
                inferred_year=y is None,
            )
        for m in re.finditer(rf"(?:{year})?(?:的)?(?P<h>上|下)半年", s):
            y = year_of(m)
            half = 1 if m.group("h") == "上" else 2
            if y is None:
                y = a.year if half == 1 or a.month > 6 else a.year - 1
            self._claim(found, m, self._to_date(half_range(y, half)), inferred_year=False)
        for m in re.finditer(rf"(?:{year})?(?P<m>{num})月(?P<d>{num})[日号]", s):
            y = year_of(m)
            d = self._zh_day(y, m.group("m"), m.group("d"))
            if d:
                self._claim(found, m, TimeRange(start=d, end=d), inferred_year=y is None)
        for m in re.finditer(
            rf"(?:自|从)?(?:{year})?(?P<m>{num})月(?:份)?(?:以来|起|至今|开始)", s
        ):
            month = zh_number(m.group("m"))
            if month and 1 <= month <= 12:
                y, _ = self._month_in_context(month, year_of(m))
                start = date(y, month, 1)
                if start <= a:
                    self._claim(found, m, TimeRange(start=start, end=a))
        for m in re.finditer(rf"(?:{year})?(?P<m>{num})月(?:份)?", s):
            month = zh_number(m.group("m"))
            if month and 1 <= month <= 12:
                y, inferred = self._month_in_context(month, year_of(m))
                self._claim(found, m, month_range(y, month), inferred_year=inferred)
        rel = {
            r"今年(?:到目前为止|至今|以来|迄今|截至目前|到现在)|年初至今|本年迄今": lambda: (
                self._to_date(year_range(a.year))
            ),
            r"本月(?:至今|以来)": lambda: self._to_date(self._relative("month", 0)),
            r"上个?月": lambda: self._relative("month", -1),
            r"本月|这个月|当月": lambda: self._to_date(self._relative("month", 0)),
            r"上个?季度": lambda: self._relative("quarter", -1),
            r"本季度|这个季度|当季": lambda: self._to_date(self._relative("quarter", 0)),
            r"上个?(?:周|星期|礼拜)": lambda: self._relative("week", -1),
            r"本周|这周|这个星期": lambda: self._to_date(self._relative("week", 0)),
            r"昨天|昨日": lambda: self._relative("day", -1),
            r"今天|今日": lambda: self._relative("day", 0),
        }
        for pattern, make in rel.items():
            for m in re.finditer(pattern, s):
                self._claim(found, m, make())
        for m in re.finditer(
            rf"(?:最近|过去|近)(?P<n>{num})?(?:个)?(?P<unit>天|日|周|星期|个月|月|季度|年)", s
        ):
            n = zh_number(m.group("n") or "一") or 1
            unit = {
                "天": "day",
                "日": "day",
                "周": "week",
                "星期": "week",
                "个月": "month",
                "月": "month",
                "季度": "quarter",
                "年": "year",
            }[m.group("unit")]
            self._claim(found, m, self._last_n(unit, n))
        for m in re.finditer(year, s):
            y = year_of(m)
            assert y is not None
            period = year_range(y)
            self._claim(found, m, self._to_date(period) if y == a.year else period)
        return found

    def _zh_day(self, year: int | None, month_text: str, day_text: str) -> date | None:
        month, day = zh_number(month_text), zh_number(day_text)
        if not month or not day:
            return None
        y, _ = self._month_in_context(month, year)
        try:
            return date(y, month, day)
        except ValueError:
            return None
