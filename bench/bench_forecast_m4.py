"""M4 weekly backtest: forecast the last 13 weeks of 359 series and print sMAPE, MASE, OWA, seconds.

Usage: python bench/bench_forecast_m4.py [PATH] (or SMARTERP_M4_WEEKLY=PATH); PATH is the long
file weekly_train_long.csv of the workplace's shared/datasets/m4-weekly folder. The method is
chosen on the 13 weeks before the scored ones and never sees them. Naive2 equals the plain naive
for weekly data in M4 (no seasonal adjustment), so OWA is relative to the last value repeated.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from smarterp.intel.forecast.engine import forecast  # noqa: E402
from smarterp.intel.forecast.metrics import mase, owa, smape  # noqa: E402

HORIZON = 13
DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "shared/datasets/m4-weekly/weekly_train_long.csv"
)


def main() -> None:
    path = Path(
        sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SMARTERP_M4_WEEKLY", DEFAULT_PATH)
    )
    if not path.exists():
        sys.exit(
            f"M4 weekly file not found at {path}.\nPut weekly_train_long.csv (unique_id, ds, y) "
            "there, pass its path as the first argument, or set SMARTERP_M4_WEEKLY."
        )
    data = pd.read_csv(path)
    tail = data.groupby("unique_id").cumcount(ascending=False) < HORIZON
    train, test = data[~tail], data[tail]
    n_jobs = int(os.environ.get("SMARTERP_FORECAST_JOBS", str(min(2, os.cpu_count() or 1))))
    result = forecast(train, HORIZON, "W", n_jobs=n_jobs)
    predicted = result.forecasts.set_index("unique_id")
    smapes, mases, smapes_naive, mases_naive = [], [], [], []
    for series_id, actual_rows in test.groupby("unique_id"):
        history = train.loc[train.unique_id == series_id, "y"].to_numpy(dtype=float)
        actual = actual_rows["y"].to_numpy(dtype=float)
        yhat = predicted.loc[series_id, "yhat"].to_numpy(dtype=float)
        naive = np.full(HORIZON, history[-1])
        smapes.append(smape(actual, yhat))
        mases.append(mase(actual, yhat, history))
        smapes_naive.append(smape(actual, naive))
        mases_naive.append(mase(actual, naive, history))
    s, m = float(np.mean(smapes)), float(np.mean(mases))
    sn, mn = float(np.mean(smapes_naive)), float(np.mean(mases_naive))
    print(f"series {test.unique_id.nunique()}, horizon {HORIZON} weeks, jobs {n_jobs}")
    print("methods chosen:", result.methods.groupby(["group", "method"]).size().to_dict())
    print(f"naive2  sMAPE {sn:.3f}  MASE {mn:.3f}  OWA 1.000")
    print(f"smarterp sMAPE {s:.3f}  MASE {m:.3f}  OWA {owa(s, m, sn, mn):.3f}")
    print(
        f"seconds {time.perf_counter() - STARTED:.1f} (start-up and selection included; "
        f"forecast call {result.seconds:.1f})"
    )


if __name__ == "__main__":
    main()
