"""A rule's page says when a scheduled run ran late: when it was due, how late, and how many
earlier slots were skipped; in Chinese too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from smarterp.automation.rules import dispatch, service
from smarterp.core.db import unit_of_work
from tests.integration.web.conftest import Browser

MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_the_run_log_shows_a_late_run(browser: Browser, engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(
            s,
            """
name: monday-digest
enabled: true
trigger: {schedule: every monday 8:00}
actions: [{kind: alert, summary: "Digest {{ slot }}"}]
""",
        )
        service.get_rule(s, "monday-digest").enabled_at = MONDAY - timedelta(weeks=3)
    with unit_of_work(engine, actor="test") as s:
        assert dispatch.fire_schedules(s, now=MONDAY + timedelta(hours=3, minutes=5))
    page = browser.client.get("/rules/monday-digest").text
    assert "Ran late: due 2026-11-30 08:00 UTC, 185 min late · 2 earlier slots skipped" in page
    browser.post("/language", {"language": "zh", "next": "/rules/monday-digest"})
    zh = browser.client.get("/rules/monday-digest").text
    assert "延迟运行：应于 2026-11-30 08:00 UTC 运行，晚了 185 分钟 · 跳过了之前的 2 个时间点" in zh
