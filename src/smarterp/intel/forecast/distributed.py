"""Run the statistical models on a Dask cluster through statsforecast's Fugue backend.

Set `SMARTERP_FORECAST_CLUSTER` to a Dask scheduler address (tcp://host:8786) and the local
models of every forecast and backtest run there; the rest (selection, global model) stays here,
as it is cheap. Needs `dask[distributed,dataframe]`, imported only when a cluster is configured.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

CLUSTER_SETTING = "SMARTERP_FORECAST_CLUSTER"


def cluster_address(explicit: str | None = None) -> str | None:
    """The scheduler to use: the explicit address, else the setting, else none (run here)."""
    return explicit or os.environ.get(CLUSTER_SETTING) or None


def run_on_cluster(
    address: str, models: list[Any], alias: str, frame: pd.DataFrame, method: str, **kwargs: Any
) -> pd.DataFrame:
    """`StatsForecast.<method>(df=...)` with the frame split into Dask partitions by series."""
    import dask.dataframe as dd
    from dask.distributed import Client
    from statsforecast import StatsForecast
    from statsforecast.models import Naive

    with Client(address, set_as_default=False) as client:
        workers = max(len(client.nthreads()), 1)
        parts = dd.from_pandas(frame, npartitions=max(2 * workers, 2))
        sf = StatsForecast(models=models, freq=alias, fallback_model=Naive())
        with client.as_current():
            out = getattr(sf, method)(df=parts, **kwargs)
            result = out.compute() if hasattr(out, "compute") else out
    result = pd.DataFrame(result)
    # Fugue hands dates back as text and values as float32: restore the local types.
    for column in ("ds", "cutoff"):
        if column in result.columns:
            result[column] = pd.to_datetime(result[column])
    for column in result.columns:
        if column not in ("unique_id", "ds", "cutoff"):
            result[column] = result[column].astype(float)
    result["unique_id"] = result["unique_id"].astype(str)
    return result.reset_index(drop=True)
