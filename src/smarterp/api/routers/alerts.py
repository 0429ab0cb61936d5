"""Risk and anomaly alerts: list with filters, read one, acknowledge, resolve or dismiss it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, Page, PagingDep, RecordId, paginate, requires
from smarterp.intel.watch import store
from smarterp.intel.watch.models import Alert, AlertState, Severity
from smarterp.intel.watch.schemas import AlertActionIn, AlertOut

router = APIRouter(prefix="/alerts", tags=["alerts"])

Read = Annotated[Ctx, requires("alerts.read")]
Write = Annotated[Ctx, requires("alerts.write")]

SORTABLE = {
    "id": Alert.id,
    "raised_at": Alert.raised_at,
    "score": Alert.score,
    "kind": Alert.kind,
}


@router.get("", response_model=Page[AlertOut], summary="List alerts, newest first")
def list_alerts(
    ctx: Read,
    paging: PagingDep,
    kind: Annotated[str | None, Query(description="e.g. duplicate_bill, price_outlier.")] = None,
    state: AlertState | None = None,
    severity: Severity | None = None,
) -> Page[AlertOut]:
    stmt = store.alerts_query(kind=kind, state=state, severity=severity)
    return paginate(
        ctx.session,
        stmt,
        AlertOut,
        paging,
        SORTABLE,
        [Alert.raised_at.desc()],
        Alert.id.desc(),
    )


@router.get("/{alert_id}", response_model=AlertOut)
def get_alert(ctx: Read, alert_id: RecordId) -> AlertOut:
    return AlertOut.model_validate(store.get_alert(ctx.session, alert_id))


def _act(ctx: Ctx, alert_id: int, action: str, body: AlertActionIn | None) -> AlertOut:
    note = body.note if body is not None else None
    return AlertOut.model_validate(store.change_state(ctx.session, alert_id, action, note))


@router.post("/{alert_id}/acknowledge", response_model=AlertOut, summary="Someone is on it")
def acknowledge(ctx: Write, alert_id: RecordId, body: AlertActionIn | None = None) -> AlertOut:
    return _act(ctx, alert_id, "acknowledge", body)


@router.post("/{alert_id}/resolve", response_model=AlertOut, summary="Real, and dealt with")
def resolve(ctx: Write, alert_id: RecordId, body: AlertActionIn | None = None) -> AlertOut:
    return _act(ctx, alert_id, "resolve", body)


@router.post(
    "/{alert_id}/dismiss",
    response_model=AlertOut,
    summary="A false positive: not raised again; dismissals tune the detector's threshold",
)
def dismiss(ctx: Write, alert_id: RecordId, body: AlertActionIn | None = None) -> AlertOut:
    return _act(ctx, alert_id, "dismiss", body)
