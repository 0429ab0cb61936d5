"""Number words and calendar arithmetic the later phrasing sets share; each set's voices,
wordings and date forms stay in its own module."""

from __future__ import annotations

from datetime import date, timedelta

# Our sales desk, as the inbox's earlier mails come from it.
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
ZH_DIGITS = "零一二三四五六七八九"
ZH_WEEK = "一二三四五六日"
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    """A count in English words up to ninety-nine ('thirty-six'); larger ones in figures."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    return str(n)


def cn(n: int) -> str:
    """A count in Chinese numerals up to ninety-nine (二, never 两): 十二, 三十六."""
    if n < 10:
        return ZH_DIGITS[n]
    if n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else ZH_DIGITS[tens]}十{ZH_DIGITS[ones] if ones else ''}"


def zh_count(n: int) -> str:
    """A count as said aloud: 两 for two, Chinese numerals to twenty, figures above."""
    if n == 2:
        return "两"
    return cn(n) if 0 < n <= 20 else str(n)


def nth(d: date) -> str:
    """The day of the month with its English suffix: '1st', '12th', '23rd'."""
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def weeks_on(day: date, by: date) -> int:
    """How many calendar weeks (Monday to Sunday) after the day's own week `by` falls in."""
    return (monday(by) - monday(day)).days // 7


def this_week(day: date, by: date) -> bool:
    """`by` is later in the same Monday-to-Sunday week as `day`."""
    return by > day and weeks_on(day, by) == 0


def first_name(person: str) -> str:
    return person.split()[0]
