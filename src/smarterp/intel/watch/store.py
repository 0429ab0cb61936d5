"""The alert store: raising what detectors found once, people's states, and their feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import utcnow
from smarterp.core.errors import IllegalState, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.intel.watch.findings import Finding
from smarterp.intel.watch.models import Alert, AlertState, Severity
from smarterp.intel.watch.registry import BY_KIND, KINDS

# Kinds that describe a condition of the books which can clear by itself (paid, restocked);
# an alert of these kinds that a full look no longer finds is resolved by the scan. The others
# are facts about records (a bill entered twice) that stay until a person acts on them.
CONDITIONS = frozenset(
    {
        "overdue_receivable",
        "credit_limit",
        "stockout_risk",
        "ordering_stopped",
        "supplier_concentration",
        "supplier_late",
    }
)
OPEN = (AlertState.NEW, AlertState.ACKNOWLEDGED)
# Dismissals tune a detector only when there are a few: one is about its record.
MIN_DISMISSALS_TO_TUNE = 2


@dataclass(frozen=True)
class Transition:
    name: str
    to: AlertState
    allowed_from: frozenset[AlertState]


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("acknowledge", AlertState.ACKNOWLEDGED, frozenset({AlertState.NEW})),
        Transition("resolve", AlertState.RESOLVED, frozenset(OPEN)),
        Transition("dismiss", AlertState.DISMISSED, frozenset(OPEN)),
    )
}


def thresholds(session: Session) -> dict[str, float]:
    """Each kind's least score to raise: the detector's own, raised above the scores people
    dismissed as false positives, but never above a score they confirmed (acknowledged or
    resolved) as real."""
    dismissed: dict[str, list[float]] = {}
    confirmed: dict[str, list[float]] = {}
    rows = session.execute(
        select(Alert.kind, Alert.score, Alert.state, Alert.changed_by).where(
            Alert.state != AlertState.NEW
        )
    )
    for kind, score, state, changed_by in rows:
        if state == AlertState.DISMISSED:
            dismissed.setdefault(kind, []).append(score)
        elif changed_by != SCAN:
            confirmed.setdefault(kind, []).append(score)
    out: dict[str, float] = {}
    for kind in KINDS:
        base = BY_KIND[kind].threshold
        ceiling = min(confirmed.get(kind, [float("inf")]))
        below = [s for s in dismissed.get(kind, []) if s < ceiling]
        if len(below) >= MIN_DISMISSALS_TO_TUNE:
            # Just above the highest false positive: nextafter keeps equal scores out.
            out[kind] = max(base, _just_above(max(below)))
        else:
            out[kind] = base
    return out


def _just_above(score: float) -> float:
    import math

    return math.nextafter(score, math.inf)


SCAN = "scan"


def raise_findings(
    session: Session,
    findings: Iterable[Finding],
    *,
    kinds: Iterable[str],
    raised_by: str,
) -> list[Alert]:
    """Store what a look at `kinds` found: a new finding becomes an alert (and an
    `alert.raised` event for webhooks); one found before is updated while open and stays
    silent once dismissed or resolved. Returns the open alerts found."""
    limits = thresholds(session)
    kinds = set(kinds)
    existing = {
        (a.kind, a.key): a for a in session.scalars(select(Alert).where(Alert.kind.in_(kinds)))
    }
    seen: set[tuple[str, str]] = set()
    found: list[Alert] = []
    for f in findings:
        if f.score < limits[f.kind] or (f.kind, f.key) in seen:
            continue
        seen.add((f.kind, f.key))
        alert = existing.get((f.kind, f.key))
        if alert is None:
            alert = Alert(
                kind=f.kind,
                key=f.key[:400],
                severity=f.severity,
                records=f.records,
                summary=f.summary,
                evidence=f.evidence,
                score=f.score,
                state=AlertState.NEW,
                raised_at=utcnow(),
                raised_by=raised_by,
            )
            session.add(alert)
            session.flush()
            record_event(
                session,
                "alert.raised",
                "alert",
                alert.id,
                kind=alert.kind,
                severity=alert.severity,
                records=alert.records,
                summary=alert.summary,
            )
            found.append(alert)
        elif alert.state in OPEN:
            alert.severity, alert.records, alert.summary = f.severity, f.records, f.summary
            alert.evidence, alert.score = f.evidence, f.score
            found.append(alert)
    for (kind, key), alert in existing.items():
        if kind in CONDITIONS and alert.state in OPEN and (kind, key) not in seen:
            alert.state = AlertState.RESOLVED
            alert.changed_at, alert.changed_by = utcnow(), SCAN
            alert.note = "no longer found"
    return found


def get_alert(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound("alert", alert_id)
    return alert


def change_state(session: Session, alert_id: int, action: str, note: str | None = None) -> Alert:
    """Acknowledge, resolve or dismiss (as a false positive) an alert."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise InvalidInput("action", f"{action!r} is not one of {', '.join(TRANSITIONS)}")
    alert = get_alert(session, alert_id)
    if alert.state not in transition.allowed_from:
        raise IllegalState(f"alert {alert.id}", alert.state.value, action)
    before = snapshot(alert)
    alert.state = transition.to
    alert.changed_at = utcnow()
    alert.changed_by = session.info.get("actor", "system")
    alert.note = note
    record_audit(session, f"alert.{action}", alert, before=before, reason=note)
    return alert


def alerts_query(
    *,
    kind: str | None = None,
    state: AlertState | None = None,
    severity: Severity | None = None,
) -> Select[Any]:
    """The one filter of alerts (API, web page and CLI); an unknown kind is refused by name."""
    if kind is not None and kind not in KINDS:
        raise InvalidInput("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    stmt = select(Alert)
    if kind is not None:
        stmt = stmt.where(Alert.kind == kind)
    if state is not None:
        stmt = stmt.where(Alert.state == state)
    if severity is not None:
        stmt = stmt.where(Alert.severity == severity)
    return stmt


def list_alerts(
    session: Session,
    *,
    kind: str | None = None,
    state: AlertState | None = None,
    severity: Severity | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[Alert]:
    """Alerts newest first, filtered."""
    stmt = alerts_query(kind=kind, state=state, severity=severity)
    stmt = stmt.order_by(Alert.raised_at.desc(), Alert.id.desc()).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def counts_by_severity(session: Session) -> dict[str, int]:
    """Open alerts per severity, for the dashboard."""
    out = {s.value: 0 for s in Severity}
    for severity in session.scalars(select(Alert.severity).where(Alert.state.in_(OPEN))):
        out[severity.value] += 1
    return out


def as_dict(alert: Alert) -> dict[str, object]:
    """The shape `smarterp alerts scan --json` prints and other tools read."""
    return {
        "id": alert.id,
        "kind": alert.kind,
        "severity": alert.severity.value,
        "records": alert.records,
        "summary": alert.summary,
        "evidence": alert.evidence,
        "state": alert.state.value,
    }


def raise_alert(
    session: Session,
    *,
    kind: str,
    key: str,
    severity: Severity,
    summary: str,
    records: list[str],
    raised_by: str,
) -> Alert:
    """Raise one alert that is not a detector's (an automation rule's): once per kind and key;
    found again while open it is returned as it is."""
    alert = session.scalars(select(Alert).where(Alert.kind == kind, Alert.key == key[:400])).first()
    if alert is not None:
        return alert
    alert = Alert(
        kind=kind,
        key=key[:400],
        severity=severity,
        records=records,
        summary=summary,
        evidence={},
        score=0.0,
        state=AlertState.NEW,
        raised_at=utcnow(),
        raised_by=raised_by[:80],
    )
    session.add(alert)
    session.flush()
    record_event(
        session,
        "alert.raised",
        "alert",
        alert.id,
        kind=kind,
        severity=severity,
        records=records,
        summary=summary,
    )
    record_audit(session, "alert.raise", alert)
    return alert
