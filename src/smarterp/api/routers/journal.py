"""Journal entries: list with filters, read, post a manual entry, reverse one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from smarterp.api.deps import (
    API_PREFIX,
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    once,
    paginate,
    requires,
)
from smarterp.api.schemas import ReverseIn
from smarterp.core.settings import get_settings
from smarterp.erp.accounting import service
from smarterp.erp.accounting.models import EntryState, Journal, JournalEntry
from smarterp.erp.accounting.schemas import EntryIn, EntryOut

router = APIRouter(prefix="/journal-entries", tags=["journal entries"])

Read = Annotated[Ctx, requires("journal.read")]
Write = Annotated[Ctx, requires("journal.write")]

SORTABLE = {
    "id": JournalEntry.id,
    "number": JournalEntry.number,
    "date": JournalEntry.date,
}


@router.get("", response_model=Page[EntryOut], summary="List journal entries")
def list_entries(
    ctx: Read,
    paging: PagingDep,
    journal: Annotated[str | None, Query(description="Journal code, e.g. GEN.")] = None,
    state: EntryState | None = None,
    source_type: str | None = None,
    date_from: Annotated[dt.date | None, Query(description="Dated on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Dated on or before.")] = None,
) -> Page[EntryOut]:
    stmt = select(JournalEntry)
    if journal:
        stmt = stmt.join(Journal, Journal.id == JournalEntry.journal_id).where(
            Journal.code == journal
        )
    if state is not None:
        stmt = stmt.where(JournalEntry.state == state)
    if source_type:
        stmt = stmt.where(JournalEntry.source_type == source_type)
    if date_from is not None:
        stmt = stmt.where(JournalEntry.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(JournalEntry.date <= date_to)
    return paginate(
        ctx.session,
        stmt,
        EntryOut,
        paging,
        SORTABLE,
        [JournalEntry.date.desc()],
        JournalEntry.id.desc(),
        options=[selectinload(JournalEntry.lines)],
    )


@router.get("/{entry_id}", response_model=EntryOut)
def get_entry(ctx: Read, entry_id: RecordId) -> EntryOut:
    return EntryOut.model_validate(service.get_entry(ctx.session, entry_id))


@router.post("", response_model=EntryOut, status_code=201, summary="Post a manual entry")
def create_entry(
    ctx: Write, body: EntryIn, response: Response, idempotency_key: IdempotencyKey = None
) -> EntryOut:
    """Control accounts (stock, receivables, payables, VAT) are refused unless the server sets
    SMARTERP_MANUAL_CONTROL_POSTINGS; the entry's source is always "manual"."""
    control = get_settings().manual_control_postings
    entry = once(
        ctx,
        "journal_entry.create",
        idempotency_key,
        lambda: service.create_entry(ctx.session, body, control_accounts=control),
        lambda eid: service.get_entry(ctx.session, eid),
    )
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{entry.id}"
    return EntryOut.model_validate(entry)


@router.post("/{entry_id}/reverse", response_model=EntryOut, status_code=201)
def reverse_entry(
    ctx: Write,
    entry_id: RecordId,
    body: ReverseIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> EntryOut:
    """Cancel a posted manual entry the only legal way: a mirror entry, returned here. An entry
    posted by a document (delivery, invoice, payment...) is corrected through the document."""
    body = body or ReverseIn()
    entry = once(
        ctx,
        f"journal_entry.reverse:{entry_id}",
        idempotency_key,
        lambda: service.reverse_entry(ctx.session, entry_id, body.date, body.reason),
        lambda eid: service.get_entry(ctx.session, eid),
    )
    return EntryOut.model_validate(entry)
