"""Raising alerts on the events that cause them: the outbox read from a mark of its own."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.events import OutboxEvent
from smarterp.intel.watch import scan
from smarterp.intel.watch.models import AlertCursor
from smarterp.intel.watch.registry import DETECTORS

log = logging.getLogger(__name__)
BATCH = 1000


def react(session: Session) -> list[str]:
    """Look again with the detectors that the events since the mark concern; returns the
    topics seen. The mark moves in the same transaction as the alerts it raised."""
    cursor = session.get(AlertCursor, scan.CURSOR, with_for_update=True)
    if cursor is None:
        cursor = AlertCursor(name=scan.CURSOR, last_event_id=0)
        session.add(cursor)
    rows = session.execute(
        select(OutboxEvent.id, OutboxEvent.topic)
        .where(OutboxEvent.id > cursor.last_event_id)
        .order_by(OutboxEvent.id)
        .limit(BATCH)
    ).all()
    if not rows:
        return []
    # Its own alert.raised events move the mark and cause nothing.
    topics = sorted({topic for _id, topic in rows if not topic.startswith("alert.")})
    kinds = [k for d in DETECTORS if set(d.topics) & set(topics) for k in d.kinds]
    if kinds:
        scan.scan(session, kinds=kinds, raised_by=f"event:{','.join(topics)}"[:80])
    cursor.last_event_id = rows[-1][0]
    return topics


def run_forever(engine: Engine, *, interval: float, stop: threading.Event) -> None:
    """The loop the server runs beside the webhook dispatcher; alert.raised events it
    writes are delivered by that dispatcher like any other."""
    while not stop.is_set():
        try:
            with unit_of_work(engine, actor="watch", via="rule") as session:
                react(session)
        except Exception:  # the database may be away for a moment: look again next round
            log.exception("alert watch failed; retrying in %.0f s", interval)
        stop.wait(interval)
