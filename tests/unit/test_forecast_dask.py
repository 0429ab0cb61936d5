"""The same forecast on a local Dask cluster (statsforecast's Fugue backend) as on this process."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smarterp.intel.forecast.engine import forecast

distributed = pytest.importorskip("dask.distributed")


def test_forecast_on_local_dask_cluster_matches_local_run(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(2)
    frames = []
    for i in range(6):
        t = np.arange(60)
        y = 20 + i + 0.3 * t + rng.normal(0, 1, len(t))
        ds = pd.date_range("2022-01-03", periods=len(t), freq="W-MON")
        frames.append(pd.DataFrame({"unique_id": f"p{i}", "ds": ds, "y": y}))
    frame = pd.concat(frames, ignore_index=True)
    here = forecast(frame, 4, "W")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
    ):
        monkeypatch.setenv("SMARTERP_FORECAST_CLUSTER", cluster.scheduler_address)
        there = forecast(frame, 4, "W")
        # The models really ran on the cluster: its scheduler saw the work.
        assert cluster.scheduler.transition_counter > 0
    assert there.methods["method"].tolist() == here.methods["method"].tolist()
    assert list(there.forecasts.unique_id) == list(here.forecasts.unique_id)
    # Fugue returns float32 values: equal to about six digits.
    np.testing.assert_allclose(there.forecasts.yhat, here.forecasts.yhat, rtol=1e-4)
