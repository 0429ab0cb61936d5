"""Dates in English and Chinese, relative ones resolved against the document's date."""

from __future__ import annotations

from datetime import date

import pytest

from smarterp.intel.docs.dates import find_dates, next_weekday
from smarterp.intel.docs.text import fold_text


def _first(text: str, base: str) -> str | None:
    found = find_dates(fold_text(text), date.fromisoformat(base))
    return found[0].value.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("by next Friday", "2025-03-05", "2025-03-14"),  # a Wednesday: Friday of next week
        ("by next Friday", "2025-03-07", "2025-03-14"),  # a Friday
        ("this Friday", "2025-03-03", "2025-03-07"),
        ("by Thursday", "2025-03-06", "2025-03-13"),  # the same weekday: a week later
        ("下周五", "2025-03-05", "2025-03-14"),
        ("本周五", "2025-03-03", "2025-03-07"),
        ("周一", "2025-03-05", "2025-03-10"),
        ("by the end of the month", "2024-02-10", "2024-02-29"),
        ("月底前", "2025-02-10", "2025-02-28"),
        ("下个月底", "2025-01-10", "2025-02-28"),
        ("后天", "2025-12-31", "2026-01-02"),
        ("明天", "2025-03-05", "2025-03-06"),
        ("in two weeks", "2025-03-05", "2025-03-19"),
        ("两周内", "2025-03-05", "2025-03-19"),
        ("within 10 days", "2025-03-05", "2025-03-15"),
        ("10天内", "2025-03-05", "2025-03-15"),
        ("on 20 June", "2025-03-05", "2025-06-20"),
        ("Thursday, June 12", "1997-05-30", "1997-06-12"),
        ("Friday, September 5th", "1997-08-25", "1997-09-05"),
        ("1月15日", "2025-12-29", "2026-01-15"),  # no year and already past: next year
        ("2025年3月20日", "2025-01-01", "2025-03-20"),
        ("下个月1号", "2025-04-22", "2025-05-01"),
        ("monday the 10th", "1997-11-05", "1997-11-10"),
        ("2025-04-30", "2025-01-01", "2025-04-30"),
        # A day of the month alone: this month's, or the next one's when it has passed.
        ("请9号前送到", "2025-03-05", "2025-03-09"),
        ("3号能到吗", "2025-03-05", "2025-04-03"),
        # Slashed: month/day or day/month, whichever is a date; of two, the nearer one.
        ("by 4/28", "2025-03-05", "2025-04-28"),
        ("by 28/4", "2025-03-05", "2025-04-28"),
        ("7/4前", "2025-03-05", "2025-04-07"),
        ("Friday next week", "2025-03-05", "2025-03-14"),
        ("next week, Tuesday", "2025-03-05", "2025-03-11"),
        ("下礼拜二", "2025-03-05", "2025-03-11"),
        ("by 14.03.2025", "2025-03-05", "2025-03-14"),
        ("到货日期：4.2", "2025-03-05", "2025-04-02"),
        ("4.2送到", "2025-03-05", "2025-04-02"),
        ("本月20号", "2025-03-05", "2025-03-20"),
        ("by 20-Mar-25", "2025-03-05", "2025-03-20"),
        ("by 24/08/2025.", "2025-03-05", "2025-08-24"),
        # Malay and Indonesian months, and "hb" (haribulan) after the day.
        ("29hb Nov要收到", "2025-11-20", "2025-11-29"),
        ("hantar 3hb Mac", "2025-11-20", "2026-03-03"),
        ("kirim tgl 5 Mei", "2025-11-20", "2026-05-05"),
        ("sampai 16 Agustus 2026", "2025-11-20", "2026-08-16"),
        # The day in words first; a weekday with its day of the month in brackets.
        ("the twenty-first of September latest", "2025-09-10", "2025-09-21"),
        ("next sunday (23rd) latest", "2025-02-18", "2025-02-23"),  # this week's Sunday
        ("next sunday latest", "2025-02-18", "2025-03-02"),
        ("by the thirtieth thanks", "2024-12-20", "2024-12-30"),
        ("8hb Okt前要 ya", "2024-10-01", "2024-10-08"),
        ("by Friday, week 12", "2025-03-05", "2025-03-21"),
        ("第12周周五前", "2025-03-05", "2025-03-21"),
        ("by march twenty-first", "2025-03-05", "2025-03-21"),
        ("for 21st of March pls", "2025-03-05", "2025-03-21"),
        ("送貨日期：民國114年3月21日", "2025-03-05", "2025-03-21"),
        ("最遲交貨日：20250321", "2025-03-05", "2025-03-21"),
        # A week after the day named comes round; two-figure years; Minguo years in slashes.
        ("a week on Friday", "2025-03-05", "2025-03-14"),
        ("on a week today", "2025-03-05", "2025-03-12"),
        ("a fortnight tomorrow", "2025-03-05", "2025-03-20"),
        ("for 15.5.25 pls", "2025-03-05", "2025-05-15"),
        ("114/03/25或之前送到", "2025-03-05", "2025-03-25"),
        ("交貨：5/2（六）", "2025-03-05", "2025-05-02"),
        ("Sun arvo", "2025-03-05", "2025-03-09"),
        ("deliver on Thu 5th", "2025-08-20", "2025-09-05"),
        ("FOR THURSDAY THE 11TH OF DECEMBER", "2025-11-20", "2025-12-11"),
        ("for 30-07-2024 ref PO-1", "2024-07-20", "2024-07-30"),
        # A date that ends a sentence.
        ("1 case on Wed 16/10. PO no.: PO-1", "2024-10-08", "2024-10-16"),
        # Spanish, French and German months.
        ("delivery 4 de junio please", "2025-05-20", "2025-06-04"),
        ("livraison souhaitée le 1 octobre", "2025-09-20", "2025-10-01"),
        ("Lieferung bis 4. März", "2026-02-20", "2026-03-04"),
        # Portuguese months (março folds to "marco": a month only after "de").
        ("para entrega terça-feira, 17 de dezembro", "2024-12-10", "2024-12-17"),
        ("pedido para 27 de março", "2025-03-17", "2025-03-27"),
        # "dia 29": the 29th of this month, or of the next when it has passed.
        ("segue pedido para entrega dia 29:", "2024-09-27", "2024-09-29"),
        ("delivery dia 3, please", "2024-09-27", "2024-10-03"),
        # Next month's day, this month's, as commercial English writes them.
        ("could it come 1st prox.?", "2025-07-23", "2025-08-01"),
        ("by the 15th inst.", "2025-07-07", "2025-07-15"),
        # 3月5 with its weekday or a delivery word after it.
        ("3月5（周三）送到哦", "2025-02-24", "2025-03-05"),
        ("7月17前到就行", "2025-07-07", "2025-07-17"),
        # A month in Roman figures after a dot or before a year; day, month and year run together.
        ("until 3.VII. Thank you", "2025-06-28", "2025-07-03"),
        ("piatek 13 III 2026", "2026-03-01", "2026-03-13"),
        ("Delivery: 11NOV25, berth 7", "2025-11-01", "2025-11-11"),
        # A day and a month on one line only: "x 11" ends a row, "Jul 31st" is the date.
        ("Mixed Nuts FAM SIZE x 11\nJul 31st pls", "2025-07-21", "2025-07-31"),
        # Italian months and days; a day of the month with its weekday in brackets.
        ("we need it 17 maggio, before the evening service", "2026-05-14", "2026-05-17"),
        ("consegna dopodomani (giovedì 18)", "2025-09-16", "2025-09-18"),
        ("could it come 25th (Tuesday)?", "2025-03-17", "2025-03-25"),
        # A weekday with its date in brackets names that date.
        ("Para Thursday (November 7), ok?", "2024-10-29", "2024-11-07"),
        # 安排下 (arrange) then 下星期三: next week's Wednesday; 下下星期三 alone is the one after.
        ("麻烦帮忙安排下下星期三的货", "2025-04-14", "2025-04-23"),
        ("下下星期三送", "2025-04-14", "2025-04-30"),
    ],
)
def test_dates(text: str, base: str, expected: str) -> None:
    assert _first(text, base) == expected


def test_no_date_in_plain_text() -> None:
    assert _first("please send it as soon as possible", "2025-03-05") is None
    assert _first("3日内", "2025-03-05") == "2025-03-08"  # a span, not the 3rd
    assert _first("3.5 cases", "2025-03-05") is None  # a decimal, not March 5th
    assert _first("we sold 12 cases", "2025-03-05") is None
    assert _first("1.5.30 mm bolts", "2025-03-05") is None  # a year far off: not a date
    assert _first("no later than 5 Nov.\n- 11 bottles", "2025-03-05") == "2025-11-05"
    assert find_dates(fold_text("5 Nov.\n- 11 bottles"), date(2025, 3, 5))[0].end == 6
    assert _first("deliver to the office on the second floor", "2025-03-05") is None
    assert _first("2 mac and cheese", "2025-03-05") is None  # "mac" is March only after "hb"
    assert _first("ask Chef Marco 12 times", "2025-03-05") is None  # a name, not March 12
    assert _first("2 x Cola, 3 v 4", "2025-03-05") is None  # no Roman month without a dot
    assert _first("21 Instant Noodles", "2025-03-05") is None  # "inst." only as a short form


def test_weekday_modes() -> None:
    wednesday = date(2025, 3, 5)
    assert next_weekday(wednesday, 0, "next") == date(2025, 3, 10)
    assert next_weekday(wednesday, 2, "") == date(2025, 3, 12)
    assert next_weekday(wednesday, 0, "this") == date(2025, 3, 3)
