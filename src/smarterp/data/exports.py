"""Cells for spreadsheet exports (CSV and Excel): text that a spreadsheet would run as a
formula is written as text."""

from __future__ import annotations

from typing import Any

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (tab and carriage return can hide one): a partner named `=HYPERLINK(...)` would become a
# live link, or worse, in the accountant's spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """`text` as a spreadsheet shows it, never runs it: a leading apostrophe marks it as text
    (OWASP's advice for CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_cell(value: Any) -> Any:
    """An exported cell: numbers and dates as they are, None empty, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, str):
        return spreadsheet_text(value)
    return value
