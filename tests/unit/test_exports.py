"""Spreadsheet cells: text that a spreadsheet would run as a formula is exported as text."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from smarterp.data.exports import spreadsheet_cell


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starts_become_text(start: str) -> None:
    text = start + "cmd|' /C calc'!A0"
    assert spreadsheet_cell(text) == "'" + text
    buf = io.BytesIO()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([spreadsheet_cell(text)])
    book.save(buf)
    cell = load_workbook(buf).active["A1"]  # type: ignore[index]
    # (XML reads a carriage return back as a line feed.)
    assert cell.data_type == "s" and cell.value == ("'" + text).replace("\r", "\n")


def test_other_values_are_left_as_they_are() -> None:
    row = ["Alfreds Futterkiste", "a=b", Decimal("-5.00"), -3, date(2025, 1, 2), None]
    cells = [spreadsheet_cell(v) for v in row]
    assert cells == ["Alfreds Futterkiste", "a=b", Decimal("-5.00"), -3, date(2025, 1, 2), ""]
    buf = io.StringIO()
    csv.writer(buf).writerow(cells)
    assert buf.getvalue() == "Alfreds Futterkiste,a=b,-5.00,-3,2025-01-02,\r\n"
