"""10,000 synthetic daily product series (smooth, seasonal, intermittent): forecast time.

Usage: python bench/bench_forecast_daily.py [N_SERIES] [DAYS]; prints seconds, the methods chosen
per group and the backtest OWA vs naive (the method is chosen on the window before it).
Goal: 10,000 series of 365 days, 28 days ahead, in under 5 minutes on two cores.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from smarterp.intel.forecast.engine import forecast  # noqa: E402

HORIZON = 28


def synthetic(n_series: int, days: int, seed: int = 7) -> pd.DataFrame:
    """Weekly-patterned smooth sellers, trending ones and slow intermittent movers (40%)."""
    rng = np.random.default_rng(seed)
    t = np.arange(days)
    dates = pd.date_range("2024-01-01", periods=days, freq="D")
    ids, values = [], []
    for i in range(n_series):
        if i % 5 < 2:
            rate = rng.uniform(0.05, 0.4)
            y = rng.poisson(rate, days) * rng.integers(1, 4, days)
        else:
            level = rng.uniform(5, 80)
            weekly = 1 + 0.3 * np.sin(2 * np.pi * t / 7 + rng.uniform(0, 6))
            trend = 1 + rng.normal(0, 0.3) * t / days
            y = rng.poisson(np.maximum(level * weekly * trend, 0.1))
        ids.append(np.full(days, f"P{i:05d}"))
        values.append(y.astype(float))
    return pd.DataFrame(
        {
            "unique_id": np.concatenate(ids),
            "ds": np.tile(dates, n_series),
            "y": np.concatenate(values),
        }
    )


def main() -> None:
    n_series = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    frame = synthetic(n_series, days)
    tail = frame.groupby("unique_id").cumcount(ascending=False) < HORIZON
    train, test = frame[~tail], frame[tail]
    jobs = int(os.environ.get("SMARTERP_FORECAST_JOBS", str(min(2, os.cpu_count() or 1))))
    result = forecast(train, HORIZON, "D", n_jobs=jobs)
    merged = test.merge(result.forecasts[["unique_id", "ds", "yhat"]], on=["unique_id", "ds"])
    last = train.groupby("unique_id")["y"].last().rename("naive")
    merged = merged.join(last, on="unique_id")
    mae = (merged.y - merged.yhat).abs().mean()
    mae_naive = (merged.y - merged.naive).abs().mean()
    print(f"series {n_series} x {days} days, horizon {HORIZON}, jobs {jobs}")
    print("methods:", result.methods.groupby(["group", "method"]).size().to_dict())
    print(f"held-out MAE {mae:.3f} vs naive {mae_naive:.3f} (ratio {mae / mae_naive:.3f})")
    print(f"seconds {time.perf_counter() - STARTED:.1f} (forecast call {result.seconds:.1f})")


if __name__ == "__main__":
    main()
