"""The Alerts page: what the watch detectors found, filtered by kind, state and severity, with
the evidence behind each, and buttons to acknowledge, resolve or dismiss it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from smarterp.core.errors import DomainError
from smarterp.intel.watch import store
from smarterp.intel.watch.models import AlertState, Severity
from smarterp.intel.watch.registry import DETECTORS, KINDS
from smarterp.web.i18n import Translator
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

PAGE_SIZE = 100
# How each kind and state reads on the page; the template translates the English.
KIND_LABELS = {
    "duplicate_bill": "Duplicate bill",
    "price_outlier": "Unusual price",
    "discount_outlier": "Unusual discount",
    "margin_erosion": "Margin erosion",
    "stockout_risk": "Stock-out risk",
    "overdue_receivable": "Overdue receivables",
    "credit_limit": "Over credit limit",
    "ordering_stopped": "Customer stopped ordering",
    "supplier_concentration": "Supplier concentration",
    "supplier_late": "Late supplier",
    "odd_hours_entry": "Entry at an odd time",
    "unusual_user_entry": "Entry by an unusual user",
    "round_amount_entry": "Round-sum entry",
    "segregation_of_duties": "Same person billed and paid",
}
STATE_LABELS = {
    "new": "New",
    "acknowledged": "Acknowledged",
    "resolved": "Resolved",
    "dismissed": "Dismissed",
}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
ACTIONS = (
    ("acknowledge", "Acknowledge"),
    ("resolve", "Resolve"),
    ("dismiss", "Dismiss as false positive"),
)
# A summary per kind from the alert's evidence, for languages other than English (English
# shows the detector's own sentence). Keys are the evidence's; a missing one falls back.
SUMMARIES = {
    "duplicate_bill": "{bill} may repeat {earlier_bill} ({reason}, {days_apart} days apart)",
    "price_outlier": "{sku} on {document} at {unit_price}: {difference} against its usual "
    "{side} price {usual_price}",
    "discount_outlier": "{discount} off {sku} for {customer} on {document}, "
    "{points_above_usual} points above the usual",
    "margin_erosion": "{sku} earns {margin_now} at today's cost {cost_now} and price "
    "{price_now}; {margin_past_year} over the past year",
    "stockout_risk": "{sku}: free stock and open orders cover {cover_days} days; a new order "
    "takes {lead_time_days} days",
    "overdue_receivable": "{customer} owes {open_total} more than 30 days past due",
    "credit_limit": "{customer} owes {open_receivables}, above the credit limit of {credit_limit}",
    "ordering_stopped": "{customer} ordered {orders_past_year} times in the year, about every "
    "{usual_gap_days} days, and nothing in the last {days_since_last_order} days",
    "supplier_concentration": "{share} of the past year's purchases came from {supplier}",
    "supplier_late": "{supplier} delivered {late} of {receipts} receipts late, typically by "
    "{median_delay_days} days",
    "odd_hours_entry": "manual entry {entry} for {amount} was posted at {posted_at} by {user}",
    "unusual_user_entry": "manual entry {entry} was posted by {user}, who made "
    "{entries_by_user} of {manual_entries_past_year} manual entries this year",
    "round_amount_entry": "manual entry {entry} is for the round sum of {amount}, by {user}",
    "segregation_of_duties": "{user} entered bill {bill} and also paid it ({payment})",
}
REASONS = {
    "same_reference": "same supplier reference",
    "similar_reference": "supplier reference retyped",
    "same_amount": "same amount",
}
SIDES = {"sales": "sales", "purchase": "purchase"}
DONE_MESSAGES = {
    "acknowledge": "Acknowledged.",
    "resolve": "Resolved.",
    "dismiss": "Dismissed: it will not be raised again.",
}


def _choice(value: str, allowed: dict[str, str]) -> str | None:
    return value if value in allowed else None


def _evidence_rows(evidence: dict[str, Any]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in evidence.items():
        if key == "why" or value is None:
            continue
        if isinstance(value, list):
            text = "; ".join(_item_text(item) for item in value)
        else:
            text = str(value)
        rows.append((key.replace("_", " "), text))
    return rows


def _summary(tr: Translator, kind: str, summary: str, evidence: dict[str, Any]) -> str:
    """The alert's summary in the page's language."""
    template = SUMMARIES.get(kind)
    if tr.language == "en" or template is None:
        return summary
    values = dict(evidence)
    if "reason" in values:
        values["reason"] = tr.gettext(REASONS.get(str(values["reason"]), str(values["reason"])))
    if "side" in values:
        values["side"] = tr.gettext(SIDES.get(str(values["side"]), str(values["side"])))
    try:
        return tr.gettext(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return summary


def _item_text(item: Any) -> str:
    if isinstance(item, dict):
        return ", ".join(f"{k}: {v}" for k, v in item.items())
    return str(item)


@router.get("/alerts")
def alerts_page(
    kind: str = "",
    state: str = "open",
    severity: str = "",
    done: str = "",
    error: str = "",
    ctx: WebCtx = page("alerts.read"),
) -> Response:
    chosen_kind = _choice(kind, KIND_LABELS)
    chosen_severity = _choice(severity, SEVERITY_LABELS)
    with ctx.work() as s:
        if state == "open":
            rows = [
                a
                for st in (AlertState.NEW, AlertState.ACKNOWLEDGED)
                for a in store.list_alerts(
                    s,
                    kind=chosen_kind,
                    state=st,
                    severity=Severity(chosen_severity) if chosen_severity else None,
                    limit=PAGE_SIZE,
                )
            ]
        else:
            rows = store.list_alerts(
                s,
                kind=chosen_kind,
                state=AlertState(state) if state in STATE_LABELS else None,
                severity=Severity(chosen_severity) if chosen_severity else None,
                limit=PAGE_SIZE,
            )
        # The most severe first, then the newest.
        rank = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
        rows.sort(key=lambda a: (rank[a.severity], -a.raised_at.timestamp(), -a.id))
        alerts = [
            {
                "id": a.id,
                "kind": a.kind,
                "kind_label": KIND_LABELS.get(a.kind, a.kind),
                "severity": a.severity.value,
                "state": a.state.value,
                "records": a.records,
                "summary": _summary(ctx.tr, a.kind, a.summary, a.evidence),
                "why": ctx.tr.gettext(str(a.evidence.get("why", ""))),
                "evidence": _evidence_rows(a.evidence),
                "raised_at": a.raised_at,
                "changed_by": a.changed_by,
                "note": a.note,
            }
            for a in rows[:PAGE_SIZE]
        ]
        counts = store.counts_by_severity(s)
    values: dict[str, Any] = {
        "alerts": alerts,
        "kinds": [(k, KIND_LABELS[k]) for k in KINDS],
        "states": [("open", "New or acknowledged"), *STATE_LABELS.items(), ("all", "All")],
        "severities": list(SEVERITY_LABELS.items()),
        "kind": chosen_kind or "",
        "state": state,
        "severity": chosen_severity or "",
        "state_labels": STATE_LABELS,
        "severity_labels": SEVERITY_LABELS,
        "actions": ACTIONS,
        "can_act": ctx.may("alerts.write"),
        "counts": counts,
        "done": DONE_MESSAGES.get(done),
        "error": "That alert was already dealt with; nothing changed." if error else None,
        "back": f"?kind={chosen_kind or ''}&state={state}&severity={chosen_severity or ''}",
        "descriptions": {d.name: d.doc for d in DETECTORS},
    }
    if ctx.is_htmx:
        return ctx.render("alerts.html", block="results", **values)
    return ctx.render("alerts.html", **values)


@router.post("/alerts/{alert_id}/{action}")
def alert_action(
    alert_id: int,
    action: str,
    note: str = Form(""),
    back: str = Form(""),
    ctx: WebCtx = page("alerts.write"),
) -> Response:
    try:
        with ctx.work() as s:
            store.change_state(s, alert_id, action, note.strip()[:2000] or None)
    except DomainError as exc:
        if exc.status == 404:
            raise
        return RedirectResponse(_back(back) + "error=1", status_code=303)
    return RedirectResponse(_back(back) + f"done={action}", status_code=303)


def _back(back: str) -> str:
    """The filtered list the person acted from (only our own page, never another site)."""
    query = back if back.startswith("?") and "//" not in back else "?"
    return f"/alerts{query}{'&' if len(query) > 1 else ''}"
