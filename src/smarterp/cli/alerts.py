"""`smarterp alerts`: scan the books for what looks wrong, list alerts, act on them; and
`smarterp eval alerts`, which scores the detectors on the demo's planted anomalies."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import create_engine

from smarterp.cli.common import (
    JSON_OPT,
    console,
    err_console,
    friendly_errors,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.intel.watch import evaluate, store
from smarterp.intel.watch.models import AlertState, Severity
from smarterp.intel.watch.scan import scan as run_scan

app = typer.Typer(help="Risk and anomaly alerts: scan, list, acknowledge, resolve, dismiss.")

KIND_OPT = typer.Option(None, "--kind", help="Only this kind (repeatable).")


def _parse_day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(what, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _print_alerts(title: str, alerts: list[dict[str, Any]]) -> None:
    print_table(
        title,
        ["ID", "Kind", "Severity", "State", "Records", "Summary"],
        [
            [a["id"], a["kind"], a["severity"], a["state"], ", ".join(a["records"]), a["summary"]]
            for a in alerts
        ],
    )


@app.command("scan")
@friendly_errors
def alerts_scan(
    as_of: str | None = typer.Option(
        None, "--as-of", help="Look at the books as of this day; default their latest day."
    ),
    kind: list[str] | None = KIND_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Run the detectors over the books and raise what they find (dismissed ones stay quiet)."""
    day = _parse_day(as_of, "--as-of")
    started = time.perf_counter()
    with transaction() as session:
        result = run_scan(session, as_of=day, kinds=kind or None)
        out = [store.as_dict(a) for a in result.alerts]
    if as_json:
        print_json(out)
        return
    _print_alerts(f"Alerts as of {result.as_of}", out)
    say(f"{len(out)} alerts in {time.perf_counter() - started:.1f} s")


@app.command("list")
@friendly_errors
def alerts_list(
    kind: str | None = typer.Option(None, "--kind"),
    state: AlertState | None = typer.Option(None, "--state"),
    severity: Severity | None = typer.Option(None, "--severity"),
    limit: int = typer.Option(200, min=1, max=5000),
    as_json: bool = JSON_OPT,
) -> None:
    """Stored alerts, newest first."""
    with transaction() as session:
        rows = store.list_alerts(session, kind=kind, state=state, severity=severity, limit=limit)
        out = [store.as_dict(a) for a in rows]
    if as_json:
        print_json(out)
    else:
        _print_alerts("Alerts", out)


def _change(alert_id: int, action: str, note: str | None, as_json: bool) -> None:
    with transaction() as session:
        out = store.as_dict(store.change_state(session, alert_id, action, note))
    if as_json:
        print_json(out)
    else:
        say(f"alert {alert_id} is {out['state']}")


NOTE_OPT = typer.Option(None, "--note", help="Why; kept with the alert and in the audit trail.")


@app.command("acknowledge")
@friendly_errors
def alerts_acknowledge(
    alert_id: int, note: str | None = NOTE_OPT, as_json: bool = JSON_OPT
) -> None:
    """Someone is looking into it."""
    _change(alert_id, "acknowledge", note, as_json)


@app.command("resolve")
@friendly_errors
def alerts_resolve(alert_id: int, note: str | None = NOTE_OPT, as_json: bool = JSON_OPT) -> None:
    """It was real and has been dealt with."""
    _change(alert_id, "resolve", note, as_json)


@app.command("dismiss")
@friendly_errors
def alerts_dismiss(alert_id: int, note: str | None = NOTE_OPT, as_json: bool = JSON_OPT) -> None:
    """A false positive: not raised again, and the detector's threshold learns from it."""
    _change(alert_id, "dismiss", note, as_json)


@friendly_errors
def eval_alerts(
    labels: Path | None = typer.Option(
        None,
        "--labels",
        help="The labels of a demo already in the configured database "
        "(demo-anomalies.jsonl in its data folder); without it a demo is built in a temp folder.",
    ),
    seed: int = typer.Option(42, help="Seed of the demo built for the evaluation."),
    days: int = typer.Option(365, min=120, max=728, help="Days of history of that demo."),
    today: str = typer.Option("2026-06-30", help="Last day of that demo."),
    as_json: bool = JSON_OPT,
) -> None:
    """Precision and recall of the alerts on the demo's planted anomalies, per kind."""
    from smarterp.core.db import default_engine
    from smarterp.data.demo.anomalies import read_labels

    if labels is not None:
        if not labels.exists():
            raise InvalidInput("--labels", f"{labels} does not exist")
        report, seconds = _scan_and_score(default_engine(), read_labels(labels))
    else:
        last = _parse_day(today, "--today")
        with tempfile.TemporaryDirectory(prefix="smarterp-eval-alerts-") as folder:
            from smarterp.core import schema
            from smarterp.data.demo import build_demo
            from smarterp.data.demo.anomalies import LABELS_FILE

            eng = create_engine(f"sqlite:///{Path(folder) / 'demo.db'}")
            schema.upgrade(eng)
            with err_console.status(f"building the demo company (seed {seed}, {days} days)"):
                build_demo(
                    eng,
                    seed=seed,
                    today=last,
                    history_days=days,
                    gold_path=Path(folder) / "inbox-gold.jsonl",
                )
            report, seconds = _scan_and_score(eng, read_labels(Path(folder) / LABELS_FILE))
            eng.dispose()
    report["scan_seconds"] = seconds
    if as_json:
        print_json(report)
        return
    rows = [
        [k, v["planted"], v["alerts"], v["precision"], v["recall"]]
        for k, v in report["kinds"].items()
    ]
    rows.append(
        [
            "overall",
            report["planted"],
            report["alerts_scored"],
            report["precision"],
            report["recall"],
        ]
    )
    print_table(
        "Alerts against the planted anomalies",
        ["Kind", "Planted", "Alerts", "Precision", "Recall"],
        rows,
    )
    for name, figures in report["sets"].items():
        say(f"{name}: {figures['planted']} planted, recall {figures['recall']}")
    console.print(f"not scored (the books' state, not planted): {report['not_scored']}")


def _scan_and_score(eng: Any, labels: list[dict[str, Any]]) -> tuple[dict[str, Any], float]:
    from smarterp.core.db import unit_of_work

    started = time.perf_counter()
    with unit_of_work(eng, actor="eval", via="cli") as session:
        alerts = [store.as_dict(a) for a in run_scan(session).alerts]
    seconds = round(time.perf_counter() - started, 2)
    return evaluate.score(alerts, labels), seconds


def register(main: typer.Typer, eval_app: typer.Typer) -> None:
    """Attach `alerts` and `eval alerts`."""
    main.add_typer(app, name="alerts")
    eval_app.command("alerts")(eval_alerts)
