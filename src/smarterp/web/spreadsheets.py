"""Downloads of a table as CSV or Excel (.xlsx): the one path that reports and lists share,
with every cell made formula-safe and amounts kept as numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from fastapi import Response
from openpyxl import Workbook
from openpyxl.styles import Font

from smarterp.data.exports import spreadsheet_cell

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_response(name: str, rows: Iterable[Sequence[Any]]) -> Response:
    """`rows` (the first one the headers) as `name`.csv."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in rows:
        writer.writerow([spreadsheet_cell(v) for v in row])
    # A byte-order mark so that Excel opens Chinese names in UTF-8 rather than guessing.
    return Response(
        "\ufeff" + buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


def xlsx_response(name: str, rows: Iterable[Sequence[Any]]) -> Response:
    """`rows` (the first one the headers, in bold) as `name`.xlsx; numbers stay numbers."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = name[:31]
    for i, row in enumerate(rows):
        ws.append([spreadsheet_cell(v) for v in row])
        if i == 0:
            for cell in ws[1]:
                cell.font = Font(bold=True)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, (int, float, Decimal)) and not isinstance(cell.value, bool):
                cell.number_format = "#,##0.00"
    buf = io.BytesIO()
    wb.save(buf)
    return Response(
        buf.getvalue(),
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'},
    )
