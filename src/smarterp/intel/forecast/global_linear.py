"""A global linear autoregression on log levels, fitted across all series at once.

One ridge regression maps the last `lookback` log values (relative to the last one) to the next
`horizon` log values. Sharing it across series lets short and noisy series borrow the patterns
(seasonal shapes, mean reversion) of the long ones; it needs only numpy and fits in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

FloatArray = npt.NDArray[np.float64]


class GlobalLinear:
    """Ridge regression on windows of log values; only for strictly positive series."""

    def __init__(
        self, lookback: int, horizon: int, ridge: float = 1.0, max_windows: int = 600
    ) -> None:
        self.lookback = lookback
        self.horizon = horizon
        self.ridge = ridge
        # The newest windows matter most and bounding them keeps 10,000 daily series cheap.
        self.max_windows = max_windows
        self.coef: FloatArray | None = None
        self.name = f"GlobalLinear{lookback}"

    def fit(self, histories: Sequence[FloatArray]) -> GlobalLinear:
        width = self.lookback + self.horizon
        gram = np.zeros((self.lookback, self.lookback))
        cross = np.zeros((self.lookback, self.horizon))
        windows = 0
        for history in histories:
            if len(history) < width or np.any(history <= 0):
                continue
            logs = np.log(history[-(self.max_windows + width - 1) :])
            view = sliding_window_view(logs, width)
            relative = view - view[:, self.lookback - 1 : self.lookback]
            inputs, targets = relative[:, : self.lookback], relative[:, self.lookback :]
            gram += inputs.T @ inputs
            cross += inputs.T @ targets
            windows += len(view)
        if windows < self.lookback:
            self.coef = None
            return self
        self.coef = np.asarray(
            np.linalg.solve(gram + self.ridge * np.eye(self.lookback), cross), dtype=np.float64
        )
        return self

    @property
    def fitted(self) -> bool:
        return self.coef is not None

    def predict(self, histories: Sequence[FloatArray]) -> FloatArray:
        """Forecasts (series x horizon); NaN rows for series the model cannot take."""
        out = np.full((len(histories), self.horizon), np.nan)
        if self.coef is None:
            return out
        for row, history in enumerate(histories):
            if len(history) == 0 or np.any(history <= 0):
                continue
            logs = np.log(history[-self.lookback :])
            if len(logs) < self.lookback:
                # Short series: pad with the first value, as if it had been flat before.
                logs = np.concatenate([np.full(self.lookback - len(logs), logs[0]), logs])
            out[row] = np.exp((logs - logs[-1]) @ self.coef + logs[-1])
        return out
