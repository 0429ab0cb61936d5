"""Forecast accuracy measures as the M competitions define them (sMAPE, MASE, RMSSE, OWA)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def smape(actual: FloatArray, predicted: FloatArray) -> float:
    """Symmetric MAPE in percent (0-200); a pair of zeros counts as a perfect forecast."""
    denom = np.abs(actual) + np.abs(predicted)
    ratio = np.divide(np.abs(actual - predicted), denom, out=np.zeros_like(denom), where=denom > 0)
    return float(200.0 * np.mean(ratio))


def naive_scale(history: FloatArray, m: int = 1, squared: bool = False) -> float:
    """In-sample error of the seasonal naive with lag m: the yardstick MASE and RMSSE divide by."""
    if len(history) <= m:
        return float("nan")
    diffs = history[m:] - history[:-m]
    value = float(np.mean(diffs**2)) if squared else float(np.mean(np.abs(diffs)))
    return value


def mase(actual: FloatArray, predicted: FloatArray, history: FloatArray, m: int = 1) -> float:
    """Mean absolute scaled error of one series."""
    scale = naive_scale(history, m)
    return _scaled(float(np.mean(np.abs(actual - predicted))), scale)


def rmsse(actual: FloatArray, predicted: FloatArray, history: FloatArray, m: int = 1) -> float:
    """Root mean squared scaled error of one series (the M5 measure)."""
    scale = naive_scale(history, m, squared=True)
    return _scaled(float(np.mean((actual - predicted) ** 2)), scale) ** 0.5


def _scaled(error: float, scale: float) -> float:
    if not np.isfinite(scale):
        return float("nan")
    if scale == 0:
        # A flat history: any error is infinitely worse than the naive's zero, none is perfect.
        return 0.0 if error == 0 else float("nan")
    return error / scale


def owa(smape_value: float, mase_value: float, smape_naive: float, mase_naive: float) -> float:
    """Overall weighted average relative to a benchmark (Naive2 in M4): 1.0 means no better."""
    return 0.5 * (smape_value / smape_naive + mase_value / mase_naive)
