"""The floor under `smarterp eval alerts`: on a demo company with anomalies planted among its
ordinary trading, the alerts find at least 90% of them and at least 80% of the alerts of the
planted kinds are right, on the tuned and on the held-out plantings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select

from smarterp.cli.demo import _ensure_demo_login
from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.data.demo import build_demo
from smarterp.data.demo.anomalies import LABELS_FILE, read_labels
from smarterp.intel.watch import evaluate, store
from smarterp.intel.watch.scan import scan


def test_the_alerts_find_the_planted_anomalies(engine: Engine, tmp_path: Path) -> None:
    build_demo(
        engine,
        seed=11,
        today=date(2026, 6, 30),
        history_days=150,
        scale=0.6,
        gold_path=tmp_path / "inbox-gold.jsonl",
    )
    labels = read_labels(tmp_path / LABELS_FILE)
    with unit_of_work(engine, actor="eval") as s:
        alerts = [store.as_dict(a) for a in scan(s).alerts]
    report = evaluate.score(alerts, labels)
    assert report["planted"] >= 40 and report["kinds_planted"] >= 8, report
    assert report["recall"] >= 0.9, report
    assert report["precision"] >= 0.8, report
    assert report["sets"]["held_out"]["planted"] >= 10
    assert report["sets"]["held_out"]["recall"] >= 0.8, report["sets"]
    for kind, figures in report["kinds"].items():
        assert figures["recall"] >= 0.5, (kind, figures)
    # The demo's people (who post its entries and pay its bills) cannot sign in, so the demo's
    # own sign-in is still made for `smarterp demo --serve`.
    _ensure_demo_login(engine)
    with unit_of_work(engine, actor="test") as s:
        users = {u.username: u.password_hash is not None for u in s.scalars(select(auth.User))}
    assert users["demo"] and not users["acct.wang"] and not users["buyer.chen"]
