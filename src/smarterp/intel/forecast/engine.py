"""Forecast many series: classify, backtest candidates, pick a combination per group, refit.

Selection works per group of series (smooth, intermittent, short) rather than per series: a
combination that wins over hundreds of backtest windows is far more trustworthy than a winner
picked on one series' last few points, which mostly rewards luck.
"""

from __future__ import annotations

import itertools
import time
import warnings
from contextvars import ContextVar
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from smarterp.core.errors import InvalidInput
from smarterp.intel.forecast import candidates
from smarterp.intel.forecast.classify import DemandClass, demand_class
from smarterp.intel.forecast.distributed import cluster_address, run_on_cluster
from smarterp.intel.forecast.frames import pandas_freq, season_length, validate_long_frame
from smarterp.intel.forecast.global_linear import GlobalLinear
from smarterp.intel.forecast.metrics import naive_scale

DEFAULT_LEVELS = (80, 95)
MAX_COMBINATION = 3
SELECTION_SAMPLE = 1000
# The Dask scheduler of the call in progress (None: run here).
_CLUSTER: ContextVar[str | None] = ContextVar("forecast_cluster", default=None)


@dataclass
class _Panel:
    """Series as arrays in a fixed order, plus what is known about each."""

    ids: list[str]
    values: list[np.ndarray]
    last_ds: list[pd.Timestamp]
    groups: dict[str, list[int]]
    classes: list[str]


@dataclass
class _Backtest:
    """Backtest forecasts per model: arrays (series, windows, horizon) for one group."""

    rows: list[int]
    actual: np.ndarray
    histories: list[list[np.ndarray]]
    forecasts: dict[str, np.ndarray]


@dataclass
class ForecastResult:
    forecasts: pd.DataFrame
    methods: pd.DataFrame
    seconds: float


@dataclass
class BacktestReport:
    scores: pd.DataFrame
    methods: dict[str, str]
    windows: int
    seconds: float
    per_series: pd.DataFrame = field(default_factory=pd.DataFrame)


def forecast(
    frame: pd.DataFrame,
    horizon: int,
    freq: str,
    levels: tuple[int, ...] = DEFAULT_LEVELS,
    *,
    n_jobs: int = 1,
    windows: int = 1,
    cluster: str | None = None,
) -> ForecastResult:
    """Forecast every series `horizon` periods ahead with prediction intervals at `levels`.

    `cluster` (or the SMARTERP_FORECAST_CLUSTER setting) is a Dask scheduler address for the
    statistical models; without one they run here on `n_jobs` processes."""
    started = time.perf_counter()
    token = _CLUSTER.set(cluster_address(cluster))
    try:
        return _forecast(frame, horizon, freq, levels, n_jobs, windows, started)
    finally:
        _CLUSTER.reset(token)


def _forecast(
    frame: pd.DataFrame,
    horizon: int,
    freq: str,
    levels: tuple[int, ...],
    n_jobs: int,
    windows: int,
    started: float,
) -> ForecastResult:
    _check_settings(horizon, levels, windows)
    clean = validate_long_frame(frame)
    panel = _panel(clean, horizon, windows)
    season = season_length(freq)
    alias = pandas_freq(freq, clean)
    pieces: list[pd.DataFrame] = []
    method_rows: list[dict[str, Any]] = []
    for group, rows in panel.groups.items():
        if not rows:
            continue
        if group == candidates.SHORT:
            point = np.array([_short_forecast(panel.values[r], horizon) for r in rows])
            sigma = np.array([_naive_sigma(panel.values[r]) for r in rows])
            method = "SES" if len(rows) else ""
        else:
            sample = _selection_sample(rows)
            bt = _backtest_group(panel, group, sample, horizon, season, alias, windows, n_jobs)
            method = _choose(bt, group)
            members = method.split("+")
            point = _fit_members(panel, rows, members, group, horizon, season, alias, n_jobs)
            errors = bt.actual - _combine(bt.forecasts, members)
            sigma = _spread_for_all(rows, sample, errors, panel)
        pieces.append(_frame_out(panel, rows, point, sigma, horizon, alias, levels))
        for r in rows:
            method_rows.append(
                {
                    "unique_id": panel.ids[r],
                    "group": group,
                    "demand_class": panel.classes[r],
                    "method": method,
                }
            )
    out = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame()
    order = {sid: i for i, sid in enumerate(panel.ids)}
    out = out.sort_values(
        ["unique_id", "ds"], key=lambda c: c.map(order) if c.name == "unique_id" else c
    )
    return ForecastResult(
        forecasts=out.reset_index(drop=True),
        methods=pd.DataFrame(method_rows),
        seconds=time.perf_counter() - started,
    )


def backtest(
    frame: pd.DataFrame,
    horizon: int,
    freq: str,
    *,
    windows: int = 1,
    n_jobs: int = 1,
    cluster: str | None = None,
) -> BacktestReport:
    """Rolling-origin scores (sMAPE, MASE, RMSSE) per model, for the chosen method and naives.

    The chosen method is picked on the windows before the scored ones, as `forecast` would pick
    it, so its score is an honest out-of-sample figure rather than the best in hindsight.
    """
    token = _CLUSTER.set(cluster_address(cluster))
    try:
        return _backtest(frame, horizon, freq, windows, n_jobs)
    finally:
        _CLUSTER.reset(token)


def _backtest(
    frame: pd.DataFrame, horizon: int, freq: str, windows: int, n_jobs: int
) -> BacktestReport:
    started = time.perf_counter()
    _check_settings(horizon, DEFAULT_LEVELS, windows)
    clean = validate_long_frame(frame)
    season = season_length(freq)
    alias = pandas_freq(freq, clean)
    # Choose on data that ends where the scored windows start.
    cut = clean[clean.groupby("unique_id").cumcount(ascending=False) >= horizon * windows]
    choose_panel = _panel(cut, horizon, windows) if not cut.empty else None
    panel = _panel(clean, horizon, windows)
    rows_out: list[dict[str, Any]] = []
    methods: dict[str, str] = {}
    for group, rows in panel.groups.items():
        if not rows or group == candidates.SHORT:
            continue
        method = "Holt" if group == candidates.SMOOTH else "SES"
        if choose_panel is not None:
            ids = set(panel.ids[r] for r in rows)
            choose_rows = [
                r for r in choose_panel.groups.get(group, []) if choose_panel.ids[r] in ids
            ]
            if choose_rows:
                early = _backtest_group(
                    choose_panel,
                    group,
                    _selection_sample(choose_rows),
                    horizon,
                    season,
                    alias,
                    windows,
                    n_jobs,
                )
                method = _choose(early, group)
        methods[group] = method
        bt = _backtest_group(panel, group, rows, horizon, season, alias, windows, n_jobs)
        contenders = dict(bt.forecasts)
        contenders["Naive"] = _naive_backtest(bt)
        contenders[f"chosen ({method})"] = _combine(bt.forecasts, method.split("+"))
        for name, predicted in contenders.items():
            for i, r in enumerate(bt.rows):
                for w in range(predicted.shape[1]):
                    history = bt.histories[i][w]
                    rows_out.append(
                        {
                            "group": group,
                            "unique_id": panel.ids[r],
                            "window": w,
                            "model": name,
                            **_series_scores(bt.actual[i, w], predicted[i, w], history),
                        }
                    )
    per_series = pd.DataFrame(rows_out)
    if per_series.empty:
        raise InvalidInput("y", f"no series long enough to backtest {windows} x {horizon} periods")
    scores = per_series.groupby(["group", "model"])[["smape", "mase", "rmsse"]].mean().reset_index()
    naive = scores[scores.model == "Naive"].set_index("group")
    # The same yardstick selection uses: OWA-style (sMAPE and MASE) for smooth series, MASE
    # and RMSSE for intermittent ones, where sMAPE on zero weeks says nothing.
    scores["vs_naive"] = [
        _vs_naive(row, naive.loc[row.group]) for row in scores.itertuples(index=False)
    ]
    return BacktestReport(
        scores=scores.sort_values(["group", "vs_naive"]).reset_index(drop=True),
        methods=methods,
        windows=windows,
        seconds=time.perf_counter() - started,
        per_series=per_series,
    )


def _selection_sample(rows: list[int]) -> list[int]:
    """At most SELECTION_SAMPLE series, drawn at random with a fixed seed, to pick the method.

    A thousand series pin down which combination wins just as well as ten thousand, and the
    backtest is most of the cost; the chosen method is then fitted on every series.
    """
    if len(rows) <= SELECTION_SAMPLE:
        return rows
    picked = np.random.default_rng(0).choice(len(rows), SELECTION_SAMPLE, replace=False)
    return [rows[i] for i in sorted(picked)]


def _spread_for_all(
    rows: list[int], sample: list[int], errors: np.ndarray, panel: _Panel
) -> np.ndarray:
    """Per-series one-step spread: from backtest errors where the series was backtested, else
    the naive spread scaled by how the sampled series' errors compared with their naive one."""
    sampled = _sigma_from_errors(errors, [panel.values[r] for r in sample])
    if len(sample) == len(rows):
        return sampled
    naive = np.array([_naive_sigma(panel.values[r]) for r in sample])
    usable = naive > 0
    ratio = float(np.median(sampled[usable] / naive[usable])) if usable.any() else 1.0
    by_row = dict(zip(sample, sampled, strict=True))
    return np.array(
        [by_row[r] if r in by_row else ratio * _naive_sigma(panel.values[r]) for r in rows]
    )


def _vs_naive(row: Any, naive: pd.Series) -> float:
    pair = ("mase", "rmsse") if row.group == candidates.INTERMITTENT else ("smape", "mase")
    if any(naive[m] <= 0 for m in pair):
        return float("nan")
    return 0.5 * sum(getattr(row, m) / naive[m] for m in pair)


def _check_settings(horizon: int, levels: tuple[int, ...], windows: int) -> None:
    if horizon < 1:
        raise InvalidInput("horizon", "must be at least 1")
    if windows < 1:
        raise InvalidInput("windows", "must be at least 1")
    for level in levels:
        if not 0 < level < 100:
            raise InvalidInput("level", f"{level} is not a percentage between 0 and 100")


def _panel(clean: pd.DataFrame, horizon: int, windows: int) -> _Panel:
    ids: list[str] = []
    values: list[np.ndarray] = []
    last_ds: list[pd.Timestamp] = []
    classes: list[str] = []
    groups: dict[str, list[int]] = {
        candidates.SMOOTH: [],
        candidates.INTERMITTENT: [],
        candidates.SHORT: [],
    }
    # Enough history to hold out every backtest window and still fit on a few cycles.
    min_length = horizon * windows + max(horizon, 8)
    for series_id, group in clean.groupby("unique_id", sort=False):
        y = group["y"].to_numpy(dtype=float)
        ids.append(str(series_id))
        values.append(y)
        last_ds.append(pd.Timestamp(group["ds"].iloc[-1]))
        cls, _adi, _cv2 = demand_class(y)
        classes.append(cls.value)
        if len(y) < min_length:
            groups[candidates.SHORT].append(len(ids) - 1)
        elif cls in (DemandClass.INTERMITTENT, DemandClass.LUMPY):
            groups[candidates.INTERMITTENT].append(len(ids) - 1)
        else:
            groups[candidates.SMOOTH].append(len(ids) - 1)
    return _Panel(ids, values, last_ds, groups, classes)


def _long(panel: _Panel, rows: list[int], alias: str, cut: int = 0) -> pd.DataFrame:
    """Long frame for statsforecast with synthetic regular dates (the fit ignores calendar)."""
    parts = []
    for r in rows:
        y = panel.values[r][: len(panel.values[r]) - cut] if cut else panel.values[r]
        ds = pd.date_range(end=panel.last_ds[r], periods=len(panel.values[r]), freq=alias)
        parts.append(pd.DataFrame({"unique_id": panel.ids[r], "ds": ds[: len(y)], "y": y}))
    return pd.concat(parts, ignore_index=True)


def _run_models(
    models: list[Any], alias: str, n_jobs: int, frame: pd.DataFrame, method: str, **kwargs: Any
) -> pd.DataFrame:
    """statsforecast's `forecast` or `cross_validation`, here or on the configured cluster."""
    address = _CLUSTER.get()
    if address:
        return run_on_cluster(address, models, alias, frame, method, **kwargs)
    from statsforecast import StatsForecast
    from statsforecast.models import Naive

    sf = StatsForecast(models=models, freq=alias, n_jobs=n_jobs, fallback_model=Naive())
    return pd.DataFrame(getattr(sf, method)(df=frame, **kwargs))


def _backtest_group(
    panel: _Panel,
    group: str,
    rows: list[int],
    horizon: int,
    season: int,
    alias: str,
    windows: int,
    n_jobs: int,
) -> _Backtest:
    shortest = min(len(panel.values[r]) for r in rows) - horizon * windows
    models = candidates.local_models(group, season, shortest)
    limit = candidates.history_limit(season)
    long = _long(panel, rows, alias)
    cv = _run_models(
        models,
        alias,
        n_jobs,
        long,
        "cross_validation",
        h=horizon,
        n_windows=windows,
        step_size=horizon,
        input_size=limit,
    )
    order = {panel.ids[r]: i for i, r in enumerate(rows)}
    cv = cv.sort_values(["unique_id", "cutoff", "ds"], key=_order_key(order))
    shape = (len(rows), windows, horizon)
    model_names = [c for c in cv.columns if c not in ("unique_id", "ds", "cutoff", "y")]
    forecasts = {name: cv[name].to_numpy(dtype=float).reshape(shape) for name in model_names}
    # Window 0 is the oldest, as statsforecast returns them.
    actual = cv["y"].to_numpy(dtype=float).reshape(shape)
    histories = [
        [panel.values[r][: len(panel.values[r]) - horizon * (windows - w)] for w in range(windows)]
        for r in rows
    ]
    if group == candidates.SMOOTH:
        longest = max(len(panel.values[r]) for r in rows) - horizon * windows
        for lookback in candidates.global_lookbacks(season, horizon, longest):
            predicted = np.full(shape, np.nan)
            for w in range(windows):
                cut_histories = [h[w] for h in histories]
                model = GlobalLinear(lookback, horizon).fit(cut_histories)
                if model.fitted:
                    predicted[:, w, :] = model.predict(cut_histories)
            if not np.all(np.isnan(predicted)):
                forecasts[f"Global{lookback}"] = predicted
    return _Backtest(rows, actual, histories, forecasts)


def _order_key(order: dict[str, int]) -> Any:
    def key(column: pd.Series) -> pd.Series:
        return column.map(order) if column.name == "unique_id" else column

    return key


def _combine(forecasts: dict[str, np.ndarray], members: list[str]) -> np.ndarray:
    """Mean of the members, ignoring a member that could not forecast a series (NaN)."""
    stacked = np.stack([forecasts[m] for m in members])
    with warnings.catch_warnings():
        # All members missing for a series is expected (e.g. global models on zeros): fall back.
        warnings.simplefilter("ignore", RuntimeWarning)
        combined = np.nanmean(np.where(np.isfinite(stacked), stacked, np.nan), axis=0)
    fallback = forecasts.get("SES", stacked[0])
    return np.where(np.isfinite(combined), combined, fallback)


def _naive_backtest(bt: _Backtest) -> np.ndarray:
    last = np.array([[h[-1] if len(h) else 0.0 for h in hs] for hs in bt.histories])
    return np.repeat(last[:, :, None], bt.actual.shape[2], axis=2)


def _choose(bt: _Backtest, group: str) -> str:
    """The single model or mean of up to three with the best backtest score against naive."""
    naive = _naive_backtest(bt)
    scale_abs, scale_sq = _scales(bt)
    base = _group_errors(bt.actual, naive, scale_abs, scale_sq)
    names = sorted(bt.forecasts)
    best_name, best_score = names[0], float("inf")
    for size in range(1, MAX_COMBINATION + 1):
        for members in itertools.combinations(names, size):
            errors = _group_errors(
                bt.actual, _combine(bt.forecasts, list(members)), scale_abs, scale_sq
            )
            if group == candidates.INTERMITTENT:
                # sMAPE is undefined-ish on zero demand: judge on absolute and squared scaled error.
                score = 0.5 * (_relative(errors[1], base[1]) + _relative(errors[2], base[2]))
            else:
                score = 0.5 * (_relative(errors[0], base[0]) + _relative(errors[1], base[1]))
            if score < best_score - 1e-12:
                best_name, best_score = "+".join(members), score
    return best_name


def _relative(error: float, naive_error: float) -> float:
    """Error relative to the naive's; a perfect naive (flat, repeated) leaves the raw error."""
    return error / naive_error if naive_error > 0 else error


def _scales(bt: _Backtest) -> tuple[np.ndarray, np.ndarray]:
    shape = bt.actual.shape[:2]
    scale_abs, scale_sq = np.ones(shape), np.ones(shape)
    for i, hs in enumerate(bt.histories):
        for w, h in enumerate(hs):
            a, s = naive_scale(h), naive_scale(h, squared=True)
            scale_abs[i, w] = a if np.isfinite(a) and a > 0 else 1.0
            scale_sq[i, w] = s if np.isfinite(s) and s > 0 else 1.0
    return scale_abs, scale_sq


def _group_errors(
    actual: np.ndarray, predicted: np.ndarray, scale_abs: np.ndarray, scale_sq: np.ndarray
) -> tuple[float, float, float]:
    denom = np.abs(actual) + np.abs(predicted)
    ratio = np.divide(np.abs(actual - predicted), denom, out=np.zeros_like(denom), where=denom > 0)
    smape = float(np.mean(200 * ratio))
    mase = float(np.mean(np.mean(np.abs(actual - predicted), axis=2) / scale_abs))
    rmsse = float(np.mean(np.sqrt(np.mean((actual - predicted) ** 2, axis=2) / scale_sq)))
    return smape, mase, rmsse


def _series_scores(
    actual: np.ndarray, predicted: np.ndarray, history: np.ndarray
) -> dict[str, float]:
    from smarterp.intel.forecast.metrics import mase, rmsse, smape

    return {
        "smape": smape(actual, predicted),
        "mase": mase(actual, predicted, history),
        "rmsse": rmsse(actual, predicted, history),
    }


def _fit_members(
    panel: _Panel,
    rows: list[int],
    members: list[str],
    group: str,
    horizon: int,
    season: int,
    alias: str,
    n_jobs: int,
) -> np.ndarray:
    shortest = min(len(panel.values[r]) for r in rows)
    wanted_local = [
        m
        for m in candidates.local_models(group, season, shortest)
        if getattr(m, "alias", str(m)) in members
    ]
    forecasts: dict[str, np.ndarray] = {}
    if wanted_local:
        limit = candidates.history_limit(season)
        long = _long(panel, rows, alias)
        long = long[long.groupby("unique_id").cumcount(ascending=False) < limit]
        out = _run_models(wanted_local, alias, n_jobs, long, "forecast", h=horizon)
        order = {panel.ids[r]: i for i, r in enumerate(rows)}
        out = out.sort_values(["unique_id", "ds"], key=_order_key(order))
        for m in wanted_local:
            name = getattr(m, "alias", str(m))
            forecasts[name] = out[name].to_numpy(dtype=float).reshape(len(rows), horizon)
    histories = [panel.values[r] for r in rows]
    for name in members:
        if name.startswith("Global"):
            model = GlobalLinear(int(name.removeprefix("Global")), horizon).fit(histories)
            forecasts[name] = model.predict(histories)
    if "SES" not in forecasts:
        forecasts["SES"] = np.array([_short_forecast(h, horizon) for h in histories])
    return _combine(forecasts, members)


def _short_forecast(values: np.ndarray, horizon: int) -> np.ndarray:
    """Simple exponential smoothing with alpha picked by one-step error: safe on any length."""
    if len(values) < 3:
        return np.full(horizon, values[-1])
    best_level, best_error = values[-1], float("inf")
    for alpha in (0.1, 0.2, 0.3, 0.5, 0.7, 1.0):
        level, error = values[0], 0.0
        for v in values[1:]:
            error += (v - level) ** 2
            level = alpha * v + (1 - alpha) * level
        if error < best_error:
            best_level, best_error = level, error
    return np.full(horizon, best_level)


def _naive_sigma(values: np.ndarray) -> float:
    if len(values) < 3:
        return float(abs(values[-1]) * 0.5)
    return float(np.std(np.diff(values), ddof=1))


def _sigma_from_errors(errors: np.ndarray, histories: list[np.ndarray]) -> np.ndarray:
    """One-step spread per series from backtest errors, assuming it grows with sqrt(step)."""
    steps = np.arange(1, errors.shape[2] + 1)
    sigma = np.sqrt(np.nanmean(errors**2 / steps, axis=(1, 2)))
    for i, s in enumerate(sigma):
        if not np.isfinite(s) or s == 0:
            sigma[i] = _naive_sigma(histories[i])
    return sigma


def _frame_out(
    panel: _Panel,
    rows: list[int],
    point: np.ndarray,
    sigma: np.ndarray,
    horizon: int,
    alias: str,
    levels: tuple[int, ...],
) -> pd.DataFrame:
    steps = np.sqrt(np.arange(1, horizon + 1))
    parts = []
    for i, r in enumerate(rows):
        ds = pd.date_range(start=panel.last_ds[r], periods=horizon + 1, freq=alias)[1:]
        nonnegative = bool(np.min(panel.values[r]) >= 0)
        yhat = np.maximum(point[i], 0) if nonnegative else point[i]
        part: dict[str, Any] = {"unique_id": panel.ids[r], "ds": ds, "yhat": yhat}
        for level in sorted(levels):
            z = NormalDist().inv_cdf(0.5 + level / 200)
            low, high = yhat - z * sigma[i] * steps, yhat + z * sigma[i] * steps
            part[f"yhat-lo-{level}"] = np.maximum(low, 0) if nonnegative else low
            part[f"yhat-hi-{level}"] = high
        parts.append(pd.DataFrame(part))
    return pd.concat(parts, ignore_index=True)
