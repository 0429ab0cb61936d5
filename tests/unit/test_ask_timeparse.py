"""Time expressions in English and Chinese resolve against the as-of day."""

from __future__ import annotations

from datetime import date

import pytest

from smarterp.intel.ask.timeparse import TimeParser, previous_period, year_before, zh_number
from smarterp.intel.semantic.query import TimeRange

AS_OF = date(1998, 5, 6)


def periods(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [
        (f.period.start.isoformat(), f.period.end.isoformat())
        for f in TimeParser(AS_OF).find(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("revenue in 1997", "en", [("1997-01-01", "1997-12-31")]),
        ("orders in Q4 1996", "en", [("1996-10-01", "1996-12-31")]),
        ("the third quarter of 1997", "en", [("1997-07-01", "1997-09-30")]),
        ("sales in December 1997", "en", [("1997-12-01", "1997-12-31")]),
        ("revenue last month", "en", [("1998-04-01", "1998-04-30")]),
        ("revenue last quarter", "en", [("1998-01-01", "1998-03-31")]),
        ("revenue this year", "en", [("1998-01-01", "1998-05-06")]),
        ("sales since March", "en", [("1998-03-01", "1998-05-06")]),
        ("sales in September", "en", [("1997-09-01", "1997-09-30")]),
        ("from June 15, 1997 to July 15, 1997", "en", [("1997-06-15", "1997-07-15")]),
        ("between 1997-06-01 and 1997-06-30", "en", [("1997-06-01", "1997-06-30")]),
        ("in the last 3 months", "en", [("1998-02-01", "1998-04-30")]),
        ("1998年第一季度的销售额", "zh", [("1998-01-01", "1998-03-31")]),
        ("去年第三季度", "zh", [("1997-07-01", "1997-09-30")]),
        ("上个月的订单", "zh", [("1998-04-01", "1998-04-30")]),
        ("上季度", "zh", [("1998-01-01", "1998-03-31")]),
        ("今年到目前为止", "zh", [("1998-01-01", "1998-05-06")]),
        ("1997年十二月", "zh", [("1997-12-01", "1997-12-31")]),
        ("1997年6月15日到7月15日", "zh", [("1997-06-15", "1997-07-15")]),
        ("3月以来", "zh", [("1998-03-01", "1998-05-06")]),
        ("去年美国客户", "zh", [("1997-01-01", "1997-12-31")]),
    ],
)
def test_periods(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text, lang) == expected


def test_two_years_are_both_found_in_order() -> None:
    assert periods("growth in 1997 compared with 1996") == [
        ("1997-01-01", "1997-12-31"),
        ("1996-01-01", "1996-12-31"),
    ]


def test_may_the_verb_is_not_a_month() -> None:
    assert periods("which customers may order more") == []


def test_chinese_numbers() -> None:
    assert [zh_number(t) for t in ("3", "十二", "二十", "三十一", "两", "五")] == [
        3,
        12,
        20,
        31,
        2,
        5,
    ]


def test_comparison_periods() -> None:
    april = TimeRange(start=date(1998, 4, 1), end=date(1998, 4, 30))
    assert previous_period(april) == TimeRange(start=date(1998, 3, 1), end=date(1998, 3, 31))
    assert year_before(april) == TimeRange(start=date(1997, 4, 1), end=date(1997, 4, 30))
