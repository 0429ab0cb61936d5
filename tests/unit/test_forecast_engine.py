"""Forecasting end to end on synthetic frames: selection, intervals, fallbacks (no database)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smarterp.intel.forecast.engine import backtest, forecast
from smarterp.intel.forecast.global_linear import GlobalLinear


def _weekly(n_series: int, length: int, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n_series):
        t = np.arange(length)
        level = 100 + 10 * i
        y = level + 0.8 * t + 8 * np.sin(2 * np.pi * t / 52) + rng.normal(0, 2, length)
        ds = pd.date_range("2019-01-07", periods=length, freq="W-MON")
        rows.append(pd.DataFrame({"unique_id": f"s{i}", "ds": ds, "y": y}))
    return pd.concat(rows, ignore_index=True)


@pytest.fixture(scope="module")
def trending() -> pd.DataFrame:
    return _weekly(12, 160)


def test_forecast_has_horizon_rows_and_nested_intervals(trending: pd.DataFrame) -> None:
    result = forecast(trending, 8, "W", (80, 95))
    out = result.forecasts
    assert list(out.columns) == [
        "unique_id",
        "ds",
        "yhat",
        "yhat-lo-80",
        "yhat-hi-80",
        "yhat-lo-95",
        "yhat-hi-95",
    ]
    assert len(out) == 12 * 8
    first = out[out.unique_id == "s0"]
    assert first.ds.iloc[0] == trending[trending.unique_id == "s0"].ds.iloc[-1] + pd.Timedelta(
        weeks=1
    )
    assert (out["yhat-lo-95"] <= out["yhat-lo-80"]).all()
    assert (out["yhat-lo-80"] <= out["yhat"]).all()
    assert (out["yhat"] <= out["yhat-hi-80"]).all()
    assert (out["yhat-hi-80"] <= out["yhat-hi-95"]).all()
    # A steady upward trend must be continued, not flattened.
    assert first.yhat.iloc[-1] > first.yhat.iloc[0]


def test_backtest_scores_chosen_method_against_naives(trending: pd.DataFrame) -> None:
    report = backtest(trending, 8, "W")
    models = set(report.scores.model)
    assert {"Naive", "SeasonalNaive", "Holt"} <= models
    chosen = report.scores[report.scores.model.str.startswith("chosen")].iloc[0]
    assert chosen.vs_naive < 1.0
    assert set(report.scores.columns) >= {"smape", "mase", "rmsse"}


def test_intermittent_and_short_series_do_not_fail_the_batch() -> None:
    rng = np.random.default_rng(5)
    days = pd.date_range("2024-01-01", periods=120, freq="D")
    sparse = np.where(rng.random(120) < 0.2, rng.integers(1, 6, 120), 0).astype(float)
    frame = pd.concat(
        [
            pd.DataFrame({"unique_id": "sparse", "ds": days, "y": sparse}),
            pd.DataFrame({"unique_id": "new", "ds": days[:3], "y": [4.0, 5.0, 6.0]}),
            pd.DataFrame({"unique_id": "one", "ds": days[:1], "y": [2.0]}),
        ],
        ignore_index=True,
    )
    result = forecast(frame, 7, "D")
    groups = result.methods.set_index("unique_id")["group"].to_dict()
    assert groups == {"sparse": "intermittent", "new": "short", "one": "short"}
    assert (result.forecasts["yhat-lo-95"] >= 0).all()
    assert len(result.forecasts) == 3 * 7
    sparse_mean = result.forecasts[result.forecasts.unique_id == "sparse"].yhat.mean()
    assert 0 < sparse_mean < sparse.max()


def test_global_linear_learns_a_shared_seasonal_shape() -> None:
    t = np.arange(300)
    histories = [np.exp(1 + 0.1 * k + 0.3 * np.sin(2 * np.pi * t / 12)) for k in range(5)]
    model = GlobalLinear(lookback=24, horizon=6).fit(histories)
    predicted = model.predict([h[:-6] for h in histories])
    actual = np.array([h[-6:] for h in histories])
    assert np.max(np.abs(predicted / actual - 1)) < 0.01
    assert np.isnan(model.predict([np.array([0.0, 1.0])])).all()
