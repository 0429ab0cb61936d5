"""Alerts as stored: raised once with an alert.raised event, people's states, dismissals that
silence a record and tune a detector, conditions that clear, and alerts raised on events."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.automation.webhooks import service as webhooks
from smarterp.automation.webhooks.schemas import SubscriptionIn
from smarterp.core.db import unit_of_work
from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.core.events import OutboxEvent
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.partners.models import Partner
from smarterp.intel.watch import store, watcher
from smarterp.intel.watch.findings import Finding
from smarterp.intel.watch.models import Alert, AlertState, Severity
from smarterp.intel.watch.scan import scan
from tests import factories as f

TODAY = date(2026, 6, 30)


def bill(s: Session, supplier: Partner, amount: str, on: date) -> str:
    inv = invoicing.create_invoice(
        s,
        InvoiceIn(
            kind=InvoiceKind.IN_INVOICE,
            partner_id=supplier.id,
            invoice_date=on,
            lines=[
                InvoiceLineIn(description="Goods", quantity=Decimal(1), unit_price=Decimal(amount))
            ],
        ),
    )
    invoicing.post_invoice(s, inv.id)
    return inv.number or ""


def raised(s: Session) -> list[OutboxEvent]:
    return list(s.scalars(select(OutboxEvent).where(OutboxEvent.topic == "alert.raised")))


def test_an_alert_is_raised_once_and_a_dismissed_one_never_again(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    bill(s, sup, "480.00", TODAY - timedelta(days=5))
    copy = bill(s, sup, "480.00", TODAY - timedelta(days=4))
    [alert] = scan(s, as_of=TODAY, kinds=["duplicate_bill"]).alerts
    assert (alert.kind, alert.state, alert.records[0]) == ("duplicate_bill", AlertState.NEW, copy)
    [event] = raised(s)
    assert event.entity_id == alert.id and event.payload["records"][0] == copy
    # Found again: the same alert, no second event.
    assert [a.id for a in scan(s, as_of=TODAY, kinds=["duplicate_bill"]).alerts] == [alert.id]
    assert len(raised(s)) == 1
    store.change_state(s, alert.id, "dismiss", "the supplier really sent two")
    assert scan(s, as_of=TODAY, kinds=["duplicate_bill"]).alerts == []
    assert s.get(Alert, alert.id).state == AlertState.DISMISSED  # type: ignore[union-attr]


def test_states_move_one_way_and_a_wrong_step_is_refused(session: Session) -> None:
    s = session
    sup = f.supplier(s)
    bill(s, sup, "100.00", TODAY - timedelta(days=3))
    bill(s, sup, "100.00", TODAY - timedelta(days=2))
    [alert] = scan(s, as_of=TODAY, kinds=["duplicate_bill"]).alerts
    s.info["actor"] = "anna"
    store.change_state(s, alert.id, "acknowledge")
    with pytest.raises(IllegalState, match="acknowledged; cannot acknowledge"):
        store.change_state(s, alert.id, "acknowledge")
    done = store.change_state(s, alert.id, "resolve", "credit note asked for")
    assert (done.state, done.changed_by, done.note) == (
        AlertState.RESOLVED,
        "anna",
        "credit note asked for",
    )
    with pytest.raises(IllegalState):
        store.change_state(s, alert.id, "dismiss")
    with pytest.raises(InvalidInput, match="action"):
        store.change_state(s, alert.id, "delete")
    with pytest.raises(InvalidInput, match="kind"):
        store.list_alerts(s, kind="nonsense")


def _finding(kind: str, key: str, score: float) -> Finding:
    return Finding(kind, Severity.LOW, [key], f"{key} looks odd", {"why": "test"}, score, key)


def test_dismissals_raise_a_detectors_threshold_but_not_above_a_confirmed_alert(
    session: Session,
) -> None:
    s = session
    kind = "price_outlier"
    base = store.thresholds(s)[kind]
    alerts = store.raise_findings(
        s,
        [_finding(kind, k, v) for k, v in (("A", 4.5), ("B", 5.0), ("C", 7.0), ("D", 9.0))],
        kinds=[kind],
        raised_by="test",
    )
    by_key = {a.key: a for a in alerts}
    store.change_state(s, by_key["A"].id, "dismiss")
    assert store.thresholds(s)[kind] == base  # one dismissal is about its record
    store.change_state(s, by_key["B"].id, "dismiss")
    assert 5.0 < store.thresholds(s)[kind] < 5.01
    # Weaker findings than those dismissed are no longer raised; stronger ones are.
    fresh = store.raise_findings(
        s, [_finding(kind, "E", 4.8), _finding(kind, "F", 6.0)], kinds=[kind], raised_by="test"
    )
    assert [a.key for a in fresh] == ["F"]
    # A person confirmed one at 7.0: a later dismissal above it does not silence such scores.
    store.change_state(s, by_key["C"].id, "acknowledge")
    store.change_state(s, by_key["D"].id, "dismiss")
    assert store.thresholds(s)[kind] < 7.0


def test_a_condition_that_clears_is_resolved_by_the_scan(session: Session) -> None:
    s = session
    kind = "overdue_receivable"
    [alert] = store.raise_findings(s, [_finding(kind, "C1", 45)], kinds=[kind], raised_by="test")
    assert store.raise_findings(s, [], kinds=[kind], raised_by="scan") == []
    assert (alert.state, alert.changed_by) == (AlertState.RESOLVED, "scan")
    # A fact about a record (a bill entered twice) stays until a person acts on it.
    [dup] = store.raise_findings(
        s, [_finding("duplicate_bill", "B1", 10)], kinds=["duplicate_bill"], raised_by="test"
    )
    store.raise_findings(s, [], kinds=["duplicate_bill"], raised_by="scan")
    assert dup.state == AlertState.NEW


def test_the_watcher_raises_alerts_on_the_events_that_cause_them(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        supplier_id = f.supplier(s).id
        bill(s, s.get_one(Partner, supplier_id), "250.00", TODAY - timedelta(days=3))
        scan(s)  # a full scan covers every event so far
    with unit_of_work(engine, actor="test") as s:
        assert watcher.react(s) == []
        copy = bill(s, s.get_one(Partner, supplier_id), "250.00", TODAY - timedelta(days=2))
    with unit_of_work(engine, actor="watch") as s:
        topics = watcher.react(s)
        assert "invoice.posted" in topics
        alerts = store.list_alerts(s, kind="duplicate_bill")
        assert [a.records[0] for a in alerts] == [copy]
        assert alerts[0].raised_by.startswith("event:")
        assert watcher.react(s) == []  # the mark moved past them


def test_a_raised_alert_goes_to_the_webhooks_subscribed_to_it(session: Session) -> None:
    s = session
    sub = webhooks.subscribe(
        s, SubscriptionIn(url="https://hooks.example.com/alerts", topics=["alert.*"])
    )
    sup = f.supplier(s)
    bill(s, sup, "77.00", TODAY - timedelta(days=4))
    bill(s, sup, "77.00", TODAY - timedelta(days=3))
    [alert] = scan(s, as_of=TODAY, kinds=["duplicate_bill"]).alerts
    s.flush()
    webhooks.fan_out(s)
    [delivery] = webhooks.list_deliveries(s, sub.id)
    event = s.get_one(OutboxEvent, delivery.event_id)
    assert (event.topic, event.entity_id) == ("alert.raised", alert.id)
    assert event.payload["kind"] == "duplicate_bill" and event.payload["severity"] == "medium"
