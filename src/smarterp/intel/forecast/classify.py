"""Demand classification by ADI and CV squared (Syntetos-Boylan): which models fit a series."""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pandas as pd

# The Syntetos-Boylan-Croston cut-offs: demand arriving more rarely than every 1.32 periods is
# intermittent; non-zero sizes varying with CV^2 above 0.49 are erratic.
ADI_CUTOFF = 1.32
CV2_CUTOFF = 0.49


class DemandClass(StrEnum):
    SMOOTH = "smooth"
    ERRATIC = "erratic"
    INTERMITTENT = "intermittent"
    LUMPY = "lumpy"


def demand_class(values: np.ndarray) -> tuple[DemandClass, float, float]:
    """Class, ADI (mean periods between non-zero demands) and CV^2 of the non-zero sizes."""
    nonzero = values[values != 0]
    if len(nonzero) == 0:
        return DemandClass.LUMPY, float("inf"), 0.0
    adi = len(values) / len(nonzero)
    mean = float(np.mean(nonzero))
    cv2 = float(np.var(nonzero) / mean**2) if mean != 0 else 0.0
    if adi < ADI_CUTOFF:
        cls = DemandClass.SMOOTH if cv2 < CV2_CUTOFF else DemandClass.ERRATIC
    else:
        cls = DemandClass.INTERMITTENT if cv2 < CV2_CUTOFF else DemandClass.LUMPY
    return cls, adi, cv2


def classify_demand(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per series: unique_id, demand_class, adi, cv2, n_obs."""
    rows = []
    for series_id, group in frame.groupby("unique_id", sort=False):
        values = group["y"].to_numpy(dtype=float)
        cls, adi, cv2 = demand_class(values)
        rows.append(
            {
                "unique_id": series_id,
                "demand_class": cls.value,
                "adi": adi,
                "cv2": cv2,
                "n_obs": len(values),
            }
        )
    return pd.DataFrame(rows, columns=["unique_id", "demand_class", "adi", "cv2", "n_obs"])
