"""`smarterp forecast`, `smarterp forecast backtest` and `smarterp replenish`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from smarterp.cli.common import (
    console,
    engine,
    friendly_errors,
    print_json,
    print_table,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.data.exports import spreadsheet_text


class _LevelsGroup(TyperGroup):
    """Accept `--level 80 95` as well as `--level 80 --level 95`: the numbers after --level
    would otherwise be taken for a subcommand name."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # typer's vendored Context
        rewritten: list[str] = []
        in_levels = False
        for arg in args:
            if arg == "--level":
                in_levels = True
                rewritten.append(arg)
                continue
            if in_levels and arg.isdigit() and rewritten[-1] != "--level":
                rewritten.extend(["--level", arg])
                continue
            in_levels = in_levels and arg.isdigit()
            rewritten.append(arg)
        return super().parse_args(ctx, rewritten)


forecast_app = typer.Typer(
    cls=_LevelsGroup,
    invoke_without_command=True,
    help="Forecast demand: from a long CSV (unique_id, ds, y) or from the books.",
)

INPUT = typer.Option(
    None, "--input", help="Long CSV with unique_id, ds, y; the books when omitted."
)
HORIZON = typer.Option(13, "--horizon", min=1, help="Periods ahead.")
FREQ = typer.Option("W", "--freq", help="D, W or M.")
JOBS = typer.Option(1, "--jobs", min=1, help="Worker processes for the statistical models.")
JSON = typer.Option(False, "--json", help="Print JSON for machines.")
DAY = typer.Option(None, "--date", help="Plan as of this day (YYYY-MM-DD); today when omitted.")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Attach `forecast` (with `backtest`), `replenish` and `eval forecast`."""
    app.add_typer(forecast_app, name="forecast")
    app.command("replenish")(replenish)
    eval_app.command("forecast")(eval_forecast)


def _read_csv(path: Path) -> Any:
    import pandas as pd

    if not path.exists():
        raise InvalidInput("input", f"{path} does not exist")
    try:
        return pd.read_csv(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("input", f"{path} is not a readable CSV ({exc})") from None


@forecast_app.callback()
@friendly_errors
def forecast_cmd(
    ctx: typer.Context,
    input_path: Path | None = INPUT,
    horizon: int = HORIZON,
    freq: str = FREQ,
    output: Path | None = typer.Option(None, "--output", help="Where to write the forecasts."),
    level: list[int] = typer.Option(
        [80, 95], "--level", help="Interval levels, e.g. --level 80 95."
    ),
    jobs: int = JOBS,
    day: str | None = typer.Option(None, "--date", help="Books: history up to this day."),
    as_json: bool = JSON,
) -> None:
    """Forecast every series; with --input write OUT.csv, else forecast the books and store."""
    if ctx.invoked_subcommand is not None:
        return
    from smarterp.intel.forecast.engine import forecast

    levels = tuple(sorted(set(level)))
    if input_path is not None:
        result = forecast(_read_csv(input_path), horizon, freq, levels, n_jobs=jobs)
        frame, methods = result.forecasts, result.methods
        run_id = None
    else:
        from smarterp.intel.forecast.books import forecast_from_books

        with transaction(engine()) as session:
            run_id, frame, methods = forecast_from_books(
                session, horizon, freq, levels, today=_day(day), n_jobs=jobs
            )
    if output is not None:
        out = frame.copy()
        out["ds"] = out["ds"].dt.strftime("%Y-%m-%d")
        out["unique_id"] = out["unique_id"].astype(str).map(spreadsheet_text)
        out.to_csv(output, index=False, float_format="%.6g")
    summary = methods.groupby(["group", "method"]).size().reset_index(name="series")
    if as_json:
        print_json(
            {
                "run_id": run_id,
                "series": int(frame.unique_id.nunique()),
                "output": str(output) if output else None,
                "methods": summary.to_dict("records"),
            }
        )
        return
    print_table(
        "Methods chosen by backtest", ["Group", "Method", "Series"], summary.itertuples(index=False)
    )
    where = f" -> {output}" if output else ""
    stored = f"; stored as run {run_id}" if run_id else ""
    console.print(
        f"[green]forecast:[/green] {frame.unique_id.nunique()} series x {horizon} "
        f"periods{where}{stored}"
    )


@forecast_app.command("backtest")
@friendly_errors
def backtest_cmd(
    input_path: Path | None = INPUT,
    horizon: int = HORIZON,
    freq: str = FREQ,
    windows: int = typer.Option(1, "--windows", min=1, help="Rolling origins to score."),
    jobs: int = JOBS,
    day: str | None = typer.Option(None, "--date", help="Books: history up to this day."),
    as_json: bool = JSON,
) -> None:
    """Score each model, the chosen method and seasonal naive on the last windows (MASE,
    sMAPE, RMSSE); the method is chosen on data before those windows."""
    from smarterp.intel.forecast.engine import backtest

    if input_path is not None:
        frame = _read_csv(input_path)
    else:
        from smarterp.core.db import session_factory
        from smarterp.intel.forecast.books import demand_history

        with session_factory(engine())() as session:
            frame = demand_history(session, freq, _day(day)).frame
    report = backtest(frame, horizon, freq, windows=windows, n_jobs=jobs)
    scores = report.scores
    if as_json:
        print_json(
            {
                "methods": report.methods,
                "windows": windows,
                "scores": scores.round(4).to_dict("records"),
            }
        )
        return
    rows = [
        (g, m, f"{s:.3f}", f"{ma:.3f}", f"{r:.3f}", f"{o:.3f}")
        for g, m, s, ma, r, o in scores[
            ["group", "model", "smape", "mase", "rmsse", "vs_naive"]
        ].itertuples(index=False)
    ]
    print_table(
        f"Backtest: {windows} window(s) of {horizon}",
        ["Group", "Model", "sMAPE", "MASE", "RMSSE", "vs naive"],
        rows,
    )
    for group, method in report.methods.items():
        chosen = scores[(scores.group == group) & scores.model.str.startswith("chosen")]
        seasonal = scores[(scores.group == group) & (scores.model == "SeasonalNaive")]
        if chosen.empty or seasonal.empty:
            continue
        c, s = chosen.iloc[0], seasonal.iloc[0]
        console.print(
            f"{group}: chosen {method} MASE {c.mase:.3f} vs seasonal naive "
            f"{s.mase:.3f}; sMAPE {c.smape:.3f} vs {s.smape:.3f}; RMSSE {c.rmsse:.3f} "
            f"vs {s.rmsse:.3f}"
        )


@friendly_errors
def eval_forecast(
    input_path: Path = typer.Option(..., "--input", help="Long CSV with unique_id, ds, y."),
    horizon: int = HORIZON,
    freq: str = FREQ,
    jobs: int = JOBS,
) -> None:
    """Score the chosen method on the last `horizon` periods: sMAPE, MASE, OWA vs naive."""
    from smarterp.intel.forecast.engine import backtest

    report = backtest(_read_csv(input_path), horizon, freq, n_jobs=jobs)
    chosen = report.scores[report.scores.model.str.startswith("chosen")]
    for row in chosen.itertuples(index=False):
        console.print(
            f"{row.group}: {row.model} sMAPE {row.smape:.3f} MASE {row.mase:.3f} "
            f"vs naive {row.vs_naive:.3f}"
        )


@friendly_errors
def replenish(
    apply: bool = typer.Option(False, "--apply", help="Create the draft purchase orders."),
    day: str | None = DAY,
    simulate: bool = typer.Option(False, "--simulate", help="Compare with the fixed reorder rule."),
    as_json: bool = JSON,
) -> None:
    """Propose purchases per supplier from forecasts, lead times and stock (or create them)."""
    from smarterp.intel.planning import replenish as planning

    today = _day(day)
    with transaction(engine()) as session:
        if simulate:
            _print_simulation(planning.compare_policies(session, today), as_json)
            return
        props = planning.proposals(session, today)
        numbers = planning.apply(session, today) if apply else []
    if as_json:
        print_json({"proposals": [p.as_dict() for p in props], "created": numbers})
        return
    rows = [
        (
            p.supplier_name or p.supplier_id,
            line.sku,
            line.proposed_qty,
            line.position,
            line.reorder_point,
            line.order_up_to,
        )
        for p in props
        for line in p.lines
    ]
    print_table(
        "Replenishment proposals",
        ["Supplier", "SKU", "Quantity", "Position", "Reorder point", "Order up to"],
        rows,
    )
    for p in props:
        for line in p.lines:
            console.print(f"[bold]{line.sku}[/bold]: {line.explanation}")
    if numbers:
        console.print(f"[green]created draft purchase orders:[/green] {', '.join(numbers)}")
    elif not props:
        console.print("nothing to order")


def _print_simulation(results: list[Any], as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {"sku": r.sku, "smarterp": r.smarterp.__dict__, "fixed": r.fixed.__dict__}
                for r in results
            ]
        )
        return
    rows = [
        (
            r.sku,
            f"{r.smarterp.fill_rate:.1%}",
            f"{r.fixed.fill_rate:.1%}",
            r.smarterp.stockout_days,
            r.fixed.stockout_days,
            f"{r.smarterp.average_stock_value:.2f}",
            f"{r.fixed.average_stock_value:.2f}",
        )
        for r in results
    ]
    print_table(
        "Replay of the last year: smarterp policy vs fixed reorder level",
        [
            "SKU",
            "Fill (ours)",
            "Fill (fixed)",
            "Stock-out days (ours)",
            "Stock-out days (fixed)",
            "Avg value (ours)",
            "Avg value (fixed)",
        ],
        rows,
    )


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("date", f"{value!r} is not a date (YYYY-MM-DD)") from None
