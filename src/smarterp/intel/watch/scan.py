"""The scan: run the detectors over the books as of a day and store what they find."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput
from smarterp.core.events import OutboxEvent
from smarterp.intel.watch import store
from smarterp.intel.watch.findings import Finding, Scope, books_as_of
from smarterp.intel.watch.models import Alert, AlertCursor
from smarterp.intel.watch.registry import DETECTORS, KINDS

CURSOR = "events"


@dataclass
class ScanResult:
    as_of: date | None
    alerts: list[Alert]
    seconds: dict[str, float] = field(default_factory=dict)


def find(
    session: Session, *, as_of: date | None = None, kinds: Iterable[str] | None = None
) -> tuple[date | None, list[Finding], dict[str, float]]:
    """What the detectors (all, or those raising `kinds`) find, stored nowhere."""
    wanted = set(kinds) if kinds is not None else set(KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        names = ", ".join(repr(k) for k in sorted(unknown))
        raise InvalidInput("kind", f"{names} is not one of {', '.join(KINDS)}")
    if as_of is not None:
        check_date(as_of, "as_of")
    day = as_of or books_as_of(session)
    if day is None:  # empty books: nothing to watch
        return None, [], {}
    scope = Scope(session, day)
    findings: list[Finding] = []
    seconds: dict[str, float] = {}
    for detector in DETECTORS:
        if not wanted & set(detector.kinds):
            continue
        started = time.perf_counter()
        findings += [f for f in detector.run(scope) if f.kind in wanted]
        seconds[detector.name] = round(time.perf_counter() - started, 3)
    return day, findings, seconds


def scan(
    session: Session,
    *,
    as_of: date | None = None,
    kinds: Iterable[str] | None = None,
    raised_by: str = store.SCAN,
) -> ScanResult:
    """Run the detectors and raise what they find; a full scan also covers every event so
    far, so the event watcher starts after them."""
    wanted = list(kinds) if kinds is not None else list(KINDS)
    last_event = session.scalar(select(func.max(OutboxEvent.id))) or 0
    day, findings, seconds = find(session, as_of=as_of, kinds=wanted)
    alerts = store.raise_findings(session, findings, kinds=wanted, raised_by=raised_by)
    if kinds is None:
        _advance(session, last_event)
    return ScanResult(day, alerts, seconds)


def _advance(session: Session, event_id: int) -> None:
    cursor = session.get(AlertCursor, CURSOR)
    if cursor is None:
        session.add(AlertCursor(name=CURSOR, last_event_id=event_id))
    elif cursor.last_event_id < event_id:
        cursor.last_event_id = event_id
