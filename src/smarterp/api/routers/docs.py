"""Documents: read an email's order, store a message once, make a draft order, ask the graph."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from smarterp.api.deps import Ctx, Page, PagingDep, RecordId, requires
from smarterp.core.errors import NotFound
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.drafts import create_draft_order
from smarterp.intel.docs.extract import Email, OrderReader
from smarterp.intel.docs.models import Document
from smarterp.intel.docs.sources import email_from_json
from smarterp.intel.docs.store import store_document
from smarterp.intel.graph import queries
from smarterp.intel.graph.learn import learn_document

router = APIRouter(prefix="/docs", tags=["documents"])

Read = Annotated[Ctx, requires("docs.read")]
Write = Annotated[Ctx, requires("docs.write")]
MAX_BODY = 200_000


class EmailIn(BaseModel):
    id: str | None = Field(None, max_length=300)
    sender: str = Field("", alias="from", max_length=300)
    subject: str = Field("", max_length=500)
    body: str = Field(min_length=1, max_length=MAX_BODY)
    date: dt.date | None = None
    lang: str | None = Field(None, pattern=r"^(en|zh)$")

    model_config = ConfigDict(populate_by_name=True)

    def email(self) -> Email:
        return Email(self.id or "", self.sender, self.subject, self.body, self.date, self.lang)


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    external_id: str | None
    sender: str | None
    subject: str | None
    sent_at: dt.datetime | None
    language: str
    thread_key: str | None
    intent: str | None
    partner_id: int | None


class DocumentDetail(DocumentOut):
    body: str
    extraction: dict[str, Any] | None


class Stored(BaseModel):
    created: bool
    document: DocumentDetail


class DraftOut(BaseModel):
    order_id: int | None
    number: str | None
    fields: dict[str, Any]
    flags: list[str]


def _reader(ctx: Ctx) -> OrderReader:
    return OrderReader(load_catalogue(ctx.session))


@router.post("/extract", summary="Read the order in an email (nothing is stored)")
def extract(body: EmailIn, ctx: Read) -> dict[str, Any]:
    return _reader(ctx).read(body.email()).evidence()


@router.post("/documents", response_model=Stored, summary="Store an email once and read it")
def add_document(body: EmailIn, ctx: Write) -> Stored:
    obj = body.model_dump(by_alias=True)
    parsed = email_from_json({**obj, "date": body.date.isoformat() if body.date else None}, "api")
    doc, created = store_document(ctx.session, parsed, _reader(ctx), on_stored=learn_document)
    return Stored(created=created, document=DocumentDetail.model_validate(doc))


@router.get("/documents", response_model=Page[DocumentOut], summary="List documents")
def list_documents(
    ctx: Read,
    paging: PagingDep,
    kind: Annotated[str | None, Query(max_length=20)] = None,
    intent: Annotated[str | None, Query(max_length=20)] = None,
    partner_id: Annotated[RecordId | None, Query()] = None,
) -> Page[DocumentOut]:
    stmt = select(Document)
    if kind:
        stmt = stmt.where(Document.kind == kind)
    if intent:
        stmt = stmt.where(Document.intent == intent)
    if partner_id is not None:
        stmt = stmt.where(Document.partner_id == partner_id)
    total = ctx.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = ctx.session.scalars(
        stmt.order_by(Document.id).limit(paging.limit).offset(paging.offset)
    ).all()
    return Page(
        items=[DocumentOut.model_validate(r) for r in rows],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


def _document(ctx: Ctx, document_id: int) -> Document:
    doc = ctx.session.get(Document, document_id)
    if doc is None:
        raise NotFound("document", document_id)
    return doc


@router.get("/documents/{document_id}", response_model=DocumentDetail, summary="One document")
def get_document(document_id: RecordId, ctx: Read) -> DocumentDetail:
    return DocumentDetail.model_validate(_document(ctx, document_id))


@router.post(
    "/documents/{document_id}/draft",
    response_model=DraftOut,
    summary="A draft sales order (quotation) from an order email",
)
def draft_order(document_id: RecordId, ctx: Write) -> DraftOut:
    doc = _document(ctx, document_id)
    email = Email(
        id=doc.external_id or f"document:{doc.id}",
        sender=doc.sender or "",
        subject=doc.subject or "",
        body=doc.body,
        date=doc.sent_at.date() if doc.sent_at else None,
    )
    draft = create_draft_order(ctx.session, _reader(ctx).read(email))
    return DraftOut(
        order_id=draft.order_id, number=draft.number, fields=draft.fields, flags=draft.flags
    )


NodeName = Annotated[str, Path(min_length=1, max_length=300, description="Name, alias or id.")]


@router.get("/graph/{node}/neighbors", summary="Nodes linked to a node")
def graph_neighbors(node: NodeName, ctx: Read) -> dict[str, Any]:
    return queries.neighbors(ctx.session, node)


@router.get("/graph/{node}/about", summary="Everything known about a node, with sources")
def graph_about(node: NodeName, ctx: Read) -> dict[str, Any]:
    return queries.about(ctx.session, node)


@router.get("/graph/path/{start}/{goal}", summary="The shortest chain of links between two nodes")
def graph_path(
    start: NodeName,
    goal: NodeName,
    ctx: Read,
    max_depth: Annotated[int, Query(ge=1, le=6)] = 4,
) -> dict[str, Any]:
    return queries.path(ctx.session, start, goal, max_depth=max_depth)
