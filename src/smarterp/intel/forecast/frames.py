"""Checking and normalising long-format series frames before any model sees them."""

from __future__ import annotations

import pandas as pd

from smarterp.core.errors import InvalidInput

REQUIRED_COLUMNS = ("unique_id", "ds", "y")
FREQ_SEASON = {"D": 7, "W": 52, "M": 12}


def validate_long_frame(frame: pd.DataFrame, *, source: str = "input") -> pd.DataFrame:
    """Return a clean copy (unique_id str, ds datetime, y float) or raise naming series and row.

    Rows are reported 1-based as they appear in the input (row 1 is the first data row), so a
    person can find them in the CSV; unsorted or duplicated dates are refused, not silently fixed,
    because they usually mean two files were pasted together.
    """
    missing = [col for col in REQUIRED_COLUMNS if col not in frame.columns]
    if missing:
        raise InvalidInput(
            ",".join(missing),
            f"missing column(s); a long frame needs {', '.join(REQUIRED_COLUMNS)}",
            record=source,
        )
    if frame.empty:
        raise InvalidInput("y", "no rows", record=source)
    clean = frame.loc[:, list(REQUIRED_COLUMNS)].copy()
    clean = clean.reset_index(drop=True)
    clean["unique_id"] = clean["unique_id"].astype(str)
    dates = pd.to_datetime(clean["ds"], errors="coerce")
    _refuse_bad_rows(clean, dates.isna(), "ds", "not a date", source)
    values = pd.to_numeric(clean["y"], errors="coerce")
    _refuse_bad_rows(clean, values.isna(), "y", "not a number", source)
    clean["ds"] = dates
    clean["y"] = values.astype(float)
    previous = clean.groupby("unique_id", sort=False)["ds"].shift(1)
    _refuse_bad_rows(clean, clean["ds"] == previous, "ds", "duplicate date", source)
    _refuse_bad_rows(clean, clean["ds"] < previous, "ds", "dates not in ascending order", source)
    return clean


def _refuse_bad_rows(
    frame: pd.DataFrame, bad: pd.Series, field: str, reason: str, source: str
) -> None:
    if not bad.any():
        return
    first = int(bad.to_numpy().nonzero()[0][0])
    series_id = frame.at[first, "unique_id"]
    count = int(bad.sum())
    more = f" ({count - 1} more such rows)" if count > 1 else ""
    value = frame.at[first, field]
    shown = value.date().isoformat() if isinstance(value, pd.Timestamp) else repr(value)
    raise InvalidInput(
        field,
        f"{reason}: series {series_id!r}, data row {first + 1} (value {shown}){more}",
        record=source,
    )


def pandas_freq(freq: str, frame: pd.DataFrame) -> str:
    """The pandas offset alias for W|M|D that matches the dates actually in the frame."""
    code = freq.upper()
    if code not in FREQ_SEASON:
        raise InvalidInput("freq", f"{freq!r} is not one of D, W, M")
    if code == "D":
        return "D"
    first = pd.Timestamp(frame["ds"].iloc[0])
    if code == "W":
        return "W-" + first.day_name()[:3].upper()
    return "MS" if first.day == 1 else "ME"


def season_length(freq: str) -> int:
    """Periods per seasonal cycle for a W|M|D frequency (weekly: 52, monthly: 12, daily: 7)."""
    return FREQ_SEASON[freq.upper()]
