"""Scheduled rules on SQLite and PostgreSQL: a worker that was away runs the slot it missed
once, late, and says so in the run log (not once per missed slot, never twice across workers
or rule versions, not at all when the next slot is nearer); slots are read in the company's
time zone, across the clocks' change; the zone is validated and migration 0030 goes down and up."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select, text
from typer.testing import CliRunner

from smarterp.automation.rules import dispatch, schedule, service
from smarterp.automation.rules.models import RuleRun
from smarterp.cli.main import app
from smarterp.core import schema
from smarterp.core.auth import User, create_user
from smarterp.core.db import engine_for, make_engine, unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import get_settings
from smarterp.core.zones import zone
from smarterp.erp.company.service import get_company, set_timezone
from smarterp.erp.setup import init_books
from tests.conftest import PG_URL, _pg_reachable, throwaway_pg_database


def _rule(engine: Engine, when: str, enabled_at: datetime, name: str = "weekly") -> None:
    with unit_of_work(engine, actor="test") as s:
        if s.scalar(select(User.id).where(User.username == "anna")) is None:
            create_user(s, "anna", "sales", "a-long-password-1")
        service.import_rules(
            s,
            f"""
name: {name}
enabled: true
trigger: {{schedule: "{when}"}}
actions: [{{kind: task, assignee: anna, title: "Tick {{{{ slot }}}}"}}]
""",
        )
        service.get_rule(s, name).enabled_at = enabled_at


def _fire(engine: Engine, now: datetime) -> list[int]:
    with unit_of_work(engine, actor="test") as s:
        return dispatch.fire_schedules(s, now=now)


def _runs(engine: Engine) -> list[RuleRun]:
    with unit_of_work(engine, actor="test") as s:
        runs = list(s.scalars(select(RuleRun).order_by(RuleRun.id)))
        s.expunge_all()
        return runs


MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday


def test_a_worker_back_after_three_missed_mondays_runs_the_last_one_once_late(
    engine: Engine,
) -> None:
    _rule(engine, "every monday 8:00", enabled_at=MONDAY - timedelta(weeks=4))
    _fire(engine, MONDAY - timedelta(weeks=3))  # the last tick before the worker went away
    assert len(_runs(engine)) == 1
    back = MONDAY + timedelta(days=1, hours=2)  # Tuesday 10:00
    fired = [run for _ in range(3) for run in _fire(engine, back)]  # three workers' ticks
    assert len(fired) == 1
    late = _runs(engine)[-1]
    assert late.trigger_key == f"slot:{MONDAY.isoformat()}"
    assert late.log == [
        {
            "late": True,
            "due": MONDAY.isoformat(),
            "late_by_minutes": 26 * 60,
            "skipped_slots": 2,
            "at": back.isoformat(),
        }
    ]
    # Later ticks, and a new version of the rule, never run that slot again.
    assert _fire(engine, back + timedelta(minutes=5)) == []
    with unit_of_work(engine, actor="test") as s:
        changed = service.export_rules(s, ["weekly"]).replace("Tick", "Tock")
        service.import_rules(s, changed)
        assert service.get_rule(s, "weekly").version == 2
    assert _fire(engine, back + timedelta(hours=1)) == []
    # The next Monday fires on time, with nothing in its log about being late.
    on_time = _fire(engine, MONDAY + timedelta(weeks=1, seconds=20))
    assert len(on_time) == 1 and _runs(engine)[-1].log == []


def test_two_workers_at_once_make_one_late_run(engine: Engine) -> None:
    _rule(engine, "every monday 8:00", enabled_at=MONDAY - timedelta(weeks=2))
    back = MONDAY + timedelta(hours=5)
    start = threading.Barrier(2)
    fired: list[int] = []

    def worker() -> None:
        start.wait()
        fired.extend(_fire(engine, back))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fired) == 1 and len(_runs(engine)) == 1


def test_a_missed_slot_older_than_a_period_is_left_for_the_next(engine: Engine) -> None:
    friday = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
    _rule(engine, "every weekday 8:00", enabled_at=friday - timedelta(days=7))
    # Back on Monday at 7:00: Friday's run is three days late, a period is one day.
    assert _fire(engine, friday + timedelta(days=2, hours=23)) == []
    assert len(_fire(engine, friday + timedelta(days=3, minutes=1))) == 1
    assert _runs(engine)[0].trigger_key == f"slot:{(friday + timedelta(days=3)).isoformat()}"


def test_schedules_are_read_in_the_company_zone_across_the_clock_change(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        assert get_company(s).timezone == "UTC"  # the default
        set_timezone(s, " Europe/London ")
    saturday = datetime(2027, 3, 27, tzinfo=UTC)  # the clocks go forward on Sunday 28 March
    _rule(engine, "every day 8:00", enabled_at=saturday)
    fired_at = []
    minute = saturday
    while minute < saturday + timedelta(days=3):
        if _fire(engine, minute):
            fired_at.append(minute)
        minute += timedelta(minutes=15)
    london = [m.astimezone(zone("Europe/London")) for m in fired_at]
    assert [(m.day, m.hour, m.minute) for m in london] == [(27, 8, 0), (28, 8, 0), (29, 8, 0)]
    assert [m.hour for m in fired_at] == [8, 7, 7]  # in UTC: GMT, then BST
    with unit_of_work(engine, actor="test") as s:
        with pytest.raises(InvalidInput, match="'Mars/Olympus' is not a time zone name"):
            set_timezone(s, "Mars/Olympus")
        assert get_company(s).timezone == "Europe/London"
        # The dry run reads the schedule in the company's zone too: 8:00 in Shanghai.
        set_timezone(s, "Asia/Shanghai")
        daily = {
            "name": "daily",
            "trigger": {"schedule": "every day 8:00"},
            "actions": [{"kind": "task", "assignee": "anna", "title": "x"}],
        }
        would = service.dry_run(s, daily, days=3)
        assert len(would) >= 2 and {(w.at.hour, w.at.minute) for w in would} == {(0, 0)}


def test_slots_where_the_clocks_jump_and_fall_back() -> None:
    london = zone("Europe/London")
    hourly = schedule.parse("every hour", "Europe/London")
    assert len(hourly.on(date(2027, 3, 28))) == 23 and len(hourly.on(date(2027, 10, 31))) == 25
    night = schedule.parse("every day 1:30", "Europe/London")
    (spring,) = night.on(date(2027, 3, 28))  # 1:30 does not exist: at the jump, 2:00 BST
    assert spring == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    assert spring.astimezone(london).hour == 2
    (autumn,) = night.on(date(2027, 10, 31))  # 1:30 happens twice: the first time only
    assert autumn == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    shanghai = schedule.parse("month end 18:00", "Asia/Shanghai")
    slots = schedule.slots(
        shanghai, datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert [(s.month, s.day, s.hour) for s in slots] == [(11, 30, 10), (12, 31, 10)]
    with pytest.raises(ValueError, match="'Nowhere/Town' is not a time zone name"):
        schedule.parse("every day 8:00", "Nowhere/Town")


def test_the_cli_sets_and_shows_the_zone(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    try:
        cli = CliRunner()
        bad = cli.invoke(app, ["company", "set", "--timezone", "Europe/Londn"])
        assert bad.exit_code != 0 and "'Europe/Londn' is not a time zone name" in bad.output
        ok = cli.invoke(app, ["company", "set", "--timezone", "Asia/Shanghai"])
        assert ok.exit_code == 0, ok.output
        shown = cli.invoke(app, ["company", "show", "--json"])
        assert '"timezone": "Asia/Shanghai"' in shown.output
    finally:
        engine_for(get_settings().resolved_database_url()).dispose()
        get_settings.cache_clear()
        engine_for.cache_clear()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    if _pg_reachable(PG_URL) is not None:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    with throwaway_pg_database(PG_URL) as url:
        yield url


def test_migration_0030_follows_the_company_zone_and_goes_down_and_up(fresh_url: str) -> None:
    engine = make_engine(fresh_url)
    try:
        schema.upgrade(engine)
        cfg = schema.alembic_config(engine)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0030@-1")
            conn.commit()
        assert "timezone" not in {c["name"] for c in inspect(engine).get_columns("company")}
        # A rule saved before 0030, with the zone the old default wrote into it.
        old = '{"trigger": {"schedule": "every day 8:00", "timezone": "UTC"}, "actions": []}'
        kept = '{"trigger": {"schedule": "every day 8:00", "timezone": "Asia/Tokyo"}}'
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO automation_rule (id, name, version, enabled, "
                    "enabled_after_event, builtin, created_at, updated_at) VALUES "
                    "(1, 'old', 2, false, 0, false, :at, :at)"
                ),
                {"at": datetime(2026, 1, 1, tzinfo=UTC)},
            )
            for version, definition in ((1, old), (2, kept)):
                conn.execute(
                    text(
                        "INSERT INTO automation_rule_version (rule_id, version, definition, "
                        "saved_by, saved_at) VALUES (1, :v, :d, 'old', :at)"
                    ),
                    {"v": version, "d": definition, "at": datetime(2026, 1, 1, tzinfo=UTC)},
                )
        schema.upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT timezone FROM company")).all() == []
            stored = [
                row[0] if isinstance(row[0], dict) else json.loads(row[0])
                for row in conn.execute(
                    text("SELECT definition FROM automation_rule_version ORDER BY version")
                )
            ]
        assert [d["trigger"] for d in stored] == [
            {"schedule": "every day 8:00"},
            {"schedule": "every day 8:00", "timezone": "Asia/Tokyo"},
        ]
        with unit_of_work(engine, actor="test") as s:
            init_books(s, name="New Books")
            assert get_company(s).timezone == "UTC"
    finally:
        engine.dispose()


def test_a_scheduled_rule_sees_the_day_of_its_slot_in_the_zone(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        set_timezone(s, "Asia/Shanghai")
    # Monday 0:30 in Shanghai is Sunday 16:30 in UTC; the condition reads Shanghai's day.
    monday_early = datetime(2026, 11, 29, 16, 30, tzinfo=UTC)
    with unit_of_work(engine, actor="test") as s:
        create_user(s, "anna", "sales", "a-long-password-1")
        service.import_rules(
            s,
            """
name: early
enabled: true
trigger: {schedule: every day 0:30}
conditions: {field: weekday, op: "==", value: monday}
actions: [{kind: task, assignee: anna, title: "{{ today }}"}]
""",
        )
        service.get_rule(s, "early").enabled_at = monday_early - timedelta(days=3)
    assert _fire(engine, monday_early - timedelta(days=1)) == []  # Sunday 0:30 there
    assert len(_fire(engine, monday_early + timedelta(seconds=10))) == 1
    assert _runs(engine)[0].record["today"] == "2026-11-30"
