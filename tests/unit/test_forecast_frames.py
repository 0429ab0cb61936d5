"""Input checks, demand classes and accuracy measures of the forecasting room (no database)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smarterp.core.errors import InvalidInput
from smarterp.intel.forecast.classify import classify_demand, demand_class
from smarterp.intel.forecast.frames import pandas_freq, validate_long_frame
from smarterp.intel.forecast.metrics import mase, owa, rmsse, smape


def _frame(rows: list[tuple[str, str, object]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["unique_id", "ds", "y"])


def test_missing_column_is_named() -> None:
    with pytest.raises(InvalidInput, match="ds: missing column"):
        validate_long_frame(pd.DataFrame({"unique_id": ["a"], "y": [1.0]}))


def test_non_numeric_value_names_series_and_row() -> None:
    frame = _frame([("a", "2024-01-01", 1), ("b", "2024-01-01", 2), ("b", "2024-01-08", "lots")])
    with pytest.raises(InvalidInput, match=r"not a number: series 'b', data row 3"):
        validate_long_frame(frame)


def test_unsorted_and_duplicate_dates_are_refused() -> None:
    unsorted = _frame([("a", "2024-01-08", 1), ("a", "2024-01-01", 2)])
    with pytest.raises(InvalidInput, match=r"not in ascending order: series 'a', data row 2"):
        validate_long_frame(unsorted)
    duplicate = _frame([("a", "2024-01-01", 1), ("a", "2024-01-01", 2)])
    with pytest.raises(InvalidInput, match="duplicate date"):
        validate_long_frame(duplicate)


def test_bad_date_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not a date"):
        validate_long_frame(_frame([("a", "yesterday-ish", 1)]))


def test_clean_frame_keeps_values() -> None:
    clean = validate_long_frame(_frame([(7, "2024-01-01", "3.5"), (7, "2024-01-08", 4)]))
    assert clean["unique_id"].tolist() == ["7", "7"]
    assert clean["y"].tolist() == [3.5, 4.0]
    assert pandas_freq("W", clean) == "W-MON"


def test_demand_classes_follow_adi_and_cv2() -> None:
    assert demand_class(np.array([10, 11, 9, 10, 12, 10.0]))[0] == "smooth"
    assert demand_class(np.array([1, 30, 2, 40, 1, 25.0]))[0] == "erratic"
    assert demand_class(np.array([0, 0, 5, 0, 0, 5, 0, 6.0]))[0] == "intermittent"
    assert demand_class(np.array([0, 0, 1, 0, 0, 50, 0, 2.0]))[0] == "lumpy"
    table = classify_demand(_frame([("a", "2024-01-01", 0), ("a", "2024-01-02", 4)]))
    assert table.loc[0, "adi"] == 2.0


def test_accuracy_measures() -> None:
    actual = np.array([100.0, 100.0])
    assert smape(actual, np.array([100.0, 100.0])) == 0.0
    assert smape(np.array([0.0]), np.array([0.0])) == 0.0
    assert smape(np.array([100.0]), np.array([50.0])) == pytest.approx(200 * 50 / 150)
    history = np.array([1.0, 3.0, 2.0, 4.0])  # naive steps 2, 1, 2: MAE 5/3
    assert mase(np.array([5.0]), np.array([4.0]), history) == pytest.approx(0.6)
    assert rmsse(np.array([5.0]), np.array([3.0]), history) == pytest.approx(2 / 3**0.5)
    assert owa(9.0, 2.0, 9.0, 2.0) == 1.0
