"""Which statsforecast models compete for a series, by demand class and frequency."""

from __future__ import annotations

import os
from typing import Any

# Cache numba's compiled code on disk: the first run pays the compile, later runs start in seconds.
os.environ.setdefault("NIXTLA_NUMBA_CACHE", "1")

from statsforecast.models import (
    ADIDA,
    IMAPA,
    TSB,
    AutoETS,
    CrostonOptimized,
    Holt,
    SeasonalNaive,
    SimpleExponentialSmoothingOptimized,
    Theta,
)

SMOOTH = "smooth"
INTERMITTENT = "intermittent"
SHORT = "short"


def local_models(group: str, season: int, shortest: int) -> list[Any]:
    """Local models for one group of series; seasonal ones only when two cycles are there."""
    seasonal = season if shortest >= 2 * season + 2 else 1
    # Seasonal naive is the yardstick, but needs one full cycle of history to repeat.
    yardstick = [SeasonalNaive(season_length=season)] if shortest > season else []
    if group == INTERMITTENT:
        return [
            CrostonOptimized(),
            ADIDA(),
            IMAPA(),
            TSB(alpha_d=0.1, alpha_p=0.1),
            SimpleExponentialSmoothingOptimized(alias="SES"),
            *yardstick,
        ]
    # Multiplicative seasonality is left out on purpose: it explodes on short or shifting cycles.
    return [
        Holt(season_length=1, alias="Holt"),
        AutoETS(season_length=1, model="AAN", damped=True, alias="Damped"),
        Theta(season_length=seasonal, alias="Theta"),
        SimpleExponentialSmoothingOptimized(alias="SES"),
        *yardstick,
    ]


def global_lookbacks(season: int, horizon: int, longest: int) -> list[int]:
    """Input window lengths for the global linear models (one, two and five cycles)."""
    base = max(season, horizon)
    return [length for length in (base, 2 * base, 5 * base) if length + horizon <= longest]


def history_limit(season: int) -> int:
    """How many recent periods the local models see: old regimes hurt more than they help."""
    # Five years of weeks or months; a year of days.
    return 5 * season if season >= 12 else 52 * season
