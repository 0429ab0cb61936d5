"""`smarterp forecast`, `forecast backtest` and `replenish` as a user would type them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for
from smarterp.core.settings import get_settings
from tests.integration.test_planning import TODAY, _history


@pytest.fixture
def long_csv(tmp_path: Path) -> Path:
    rng = np.random.default_rng(11)
    frames = []
    for i in range(6):
        t = np.arange(120)
        y = 50 + i * 5 + 0.5 * t + rng.normal(0, 1.5, len(t))
        ds = pd.date_range("2020-01-06", periods=len(t), freq="W-MON")
        frames.append(pd.DataFrame({"unique_id": f"item{i}", "ds": ds, "y": y}))
    path = tmp_path / "long.csv"
    pd.concat(frames).to_csv(path, index=False)
    return path


def test_forecast_csv_writes_intervals(long_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    args = [
        "forecast",
        "--input",
        str(long_csv),
        "--horizon",
        "6",
        "--freq",
        "W",
        "--output",
        str(out),
        "--level",
        "80",
        "95",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert list(frame.columns) == [
        "unique_id",
        "ds",
        "yhat",
        "yhat-lo-80",
        "yhat-hi-80",
        "yhat-lo-95",
        "yhat-hi-95",
    ]
    assert len(frame) == 36
    assert frame.ds.iloc[0] == "2022-04-25"  # the week after the last of 120 weekly points


def test_forecast_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("unique_id,ds,y\na,2024-01-08,1\na,2024-01-01,2\n")
    result = CliRunner().invoke(app, ["forecast", "--input", str(bad), "--horizon", "2"])
    assert result.exit_code == 1
    assert "dates not in ascending order: series 'a', data row 2" in result.output
    assert "Traceback" not in result.output


def test_backtest_prints_scores_against_seasonal_naive(long_csv: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "forecast",
            "backtest",
            "--input",
            str(long_csv),
            "--horizon",
            "6",
            "--freq",
            "W",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    models = {row["model"] for row in data["scores"]}
    assert "SeasonalNaive" in models and "Naive" in models
    assert any(m.startswith("chosen") for m in models)
    assert all({"smape", "mase", "rmsse"} <= set(row) for row in data["scores"])


@pytest.fixture
def books(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    engine_for.cache_clear()
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    _history(engine_for(get_settings().resolved_database_url()))
    yield runner
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_books_forecast_then_replenish_apply(books: CliRunner) -> None:
    day = (TODAY + timedelta(days=1)).isoformat()
    stored = books.invoke(app, ["forecast", "--horizon", "4", "--date", day, "--json"])
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.stdout)["series"] == 1
    shown = books.invoke(app, ["replenish", "--date", day, "--json"])
    assert shown.exit_code == 0, shown.output
    proposals = json.loads(shown.stdout)["proposals"]
    assert proposals and proposals[0]["lines"][0]["demand_source"] == "stored forecast"
    created = books.invoke(app, ["replenish", "--apply", "--date", day])
    assert created.exit_code == 0, created.output
    assert "created draft purchase orders" in created.output
    again = books.invoke(app, ["replenish", "--date", day])
    assert "nothing to order" in again.output
    replay = books.invoke(app, ["replenish", "--simulate", "--date", day, "--json"])
    assert replay.exit_code == 0 and json.loads(replay.stdout)[0]["sku"] == "CHAI"
