"""The Inbox: the messages read, each with its intent, linked partner and order, the lines read
with the words they came from highlighted, and one click to draft the order or to correct the
link (remembered as an alias for the sender's next message)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.intel.docs import inbox, supplier_actions
from smarterp.intel.docs.models import Document
from smarterp.web.messages import flag_label, intent_label, message_rows
from smarterp.web.names import product_name
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

PAGE_SIZE = 50
MAX_SEARCH = 200
ORDER_INTENTS = ("new_order", "change_order")
DONE_MESSAGES = {
    "drafted": "Draft order {number} created from this message.",
    "linked": "Linked. The next message from {sender} will link to {partner} by itself.",
    "applied": "Done: the change this message proposed is in the books.",
}
# The button that applies a supplier message's proposal, per action.
APPLY_LABELS = {
    "price": "Update supplier price",
    "date": "Move expected date",
    "bill": "Create draft bill",
}


@router.get("/inbox")
def inbox_list(
    q: str = "",
    intent: str = "",
    unlinked: str = "",
    offset: int = 0,
    ctx: WebCtx = page("docs.read"),
) -> Response:
    flt = inbox.InboxFilter(
        intent=intent or None, unlinked=bool(unlinked), search=q.strip()[:MAX_SEARCH] or None
    )
    offset = max(offset, 0)
    with ctx.work() as s:
        docs, total = inbox.inbox_page(s, flt, limit=PAGE_SIZE, offset=offset)
        rows = message_rows(ctx, s, docs)
        counts = inbox.intent_counts(s)
    intents = [(k, intent_label(ctx, k), n) for k, n in sorted(counts.items()) if k]
    values: dict[str, Any] = {
        "rows": rows,
        "total": total,
        "offset": offset,
        "page_size": PAGE_SIZE,
        "q": q,
        "intent": intent,
        "unlinked": bool(unlinked),
        "intents": intents,
    }
    if ctx.is_htmx:
        return ctx.render("inbox.html", block="results", **values)
    return ctx.render("inbox.html", **values)


def _partner_choices(session: Session) -> list[tuple[str, list[tuple[int, str]]]]:
    rows = session.execute(
        select(Partner.id, Partner.name, Partner.is_customer)
        .where(
            Partner.active.is_(True),
            or_(Partner.is_customer.is_(True), Partner.is_supplier.is_(True)),
        )
        .order_by(Partner.name)
    ).all()
    customers = [(pid, name) for pid, name, is_customer in rows if is_customer]
    suppliers = [(pid, name) for pid, name, is_customer in rows if not is_customer]
    return [("Customers", customers), ("Suppliers", suppliers)]


def _render_message(
    ctx: WebCtx, document_id: int, *, status: int = 200, error: str | None = None
) -> Response:
    with ctx.work() as s:
        doc = inbox.get_message(s, document_id)
        row = message_rows(ctx, s, [doc])[0]
        extraction: dict[str, Any] = doc.extraction or {}
        read = extraction.get("lines") or []
        # The goods by the name the reader's language gives them (筷子套装 in Chinese).
        ids = {
            r.get("product_id")
            for ln in read
            for r in (ln, *(ln.get("alternatives") or []))
            if r.get("product_id")
        }
        names = {
            p.id: product_name(ctx.tr, p)
            for p in s.scalars(select(Product).where(Product.id.in_(ids)))
        }
        lines = [
            {
                "product": names.get(ln.get("product_id"), ln.get("product")),
                "product_id": ln.get("product_id"),
                "quantity": ln.get("quantity"),
                "text": ln.get("text"),
                "flags": [
                    flag_label(ctx, f, readings=_readings(ctx, ln, names))
                    for f in ln.get("flags") or []
                ],
            }
            for ln in read
        ]
        linked_by = (doc.meta or {}).get("linked_by")
        reasons = [flag_label(ctx, r) for r in extraction.get("customer_reasons") or []]
        flags = list(extraction.get("flags") or [])
        if linked_by:
            # A person settled who sent it: what reading was unsure of no longer needs checking.
            reasons = [ctx.tr.gettext("linked by {who}", who=linked_by)]
            flags = inbox.without_link_doubts(flags)
        flags = [flag_label(ctx, f) for f in flags]
        choices = _partner_choices(s) if ctx.may("docs.write") else []
        notice = _notice(ctx, row, doc)
        segments = inbox.highlighted(doc)
        proposal = supplier_actions.propose(s, document_id)
    can_draft = (
        ctx.may("docs.write")
        and ctx.may("sales.write")
        and doc.intent in ORDER_INTENTS
        and row["draft"] is None
    )
    return ctx.render(
        "inbox_message.html",
        status=status,
        doc=doc,
        row=row,
        extraction=extraction,
        lines=lines,
        segments=segments,
        choices=choices,
        can_draft=can_draft,
        can_link=ctx.may("docs.write"),
        linked_by=linked_by,
        reasons=reasons,
        flags=flags,
        notice=notice,
        error=error,
        proposal=proposal,
        # What the proposal leaves to a person and asks to check, in the page's language.
        unresolved=[flag_label(ctx, u) for u in proposal.unresolved] if proposal else [],
        warnings=[flag_label(ctx, w) for w in proposal.warnings] if proposal else [],
        may_apply=bool(proposal and proposal.permission and ctx.may(proposal.permission)),
        apply_label=APPLY_LABELS.get(proposal.action or "") if proposal else None,
    )


def _readings(ctx: WebCtx, line: dict[str, Any], names: dict[int, str]) -> str:
    """A line's readings in the page's language: "53 × 芒果干 或 53 × 芒果干（12件装）"."""
    said = [
        f"{ctx.tr.number(r.get('quantity'))} × {names.get(r.get('product_id'), r.get('product'))}"
        for r in (line, *(line.get("alternatives") or []))
    ]
    return ctx.tr.gettext(" or ").join(said)


def _notice(ctx: WebCtx, row: dict[str, Any], doc: Document) -> str | None:
    done = ctx.request.query_params.get("done", "")
    if done not in DONE_MESSAGES:
        return None
    return ctx.tr.gettext(
        DONE_MESSAGES[done],
        number=row["draft"] or "",
        sender=doc.sender_email or doc.sender or "",
        partner=row["partner"] or "",
    )


@router.get("/inbox/{document_id}")
def inbox_message(document_id: int, ctx: WebCtx = page("docs.read")) -> Response:
    return _render_message(ctx, document_id)


@router.post("/inbox/{document_id}/draft")
def inbox_draft(document_id: int, ctx: WebCtx = page("docs.write")) -> Response:
    ctx.require("sales.write")
    try:
        with ctx.work() as s:
            inbox.draft_order_from(s, document_id)
    except DomainError as exc:
        if exc.status == 404:
            raise
        # The message again, unchanged, with the reason no draft could be made.
        return _render_message(ctx, document_id, status=exc.status, error=exc.message)
    return RedirectResponse(f"/inbox/{document_id}?done=drafted", status_code=303)


@router.post("/inbox/{document_id}/link")
def inbox_link(
    document_id: int, partner_id: int = Form(...), ctx: WebCtx = page("docs.write")
) -> Response:
    try:
        with ctx.work() as s:
            inbox.link_message(s, document_id, partner_id)
    except DomainError as exc:
        if exc.status == 404:
            raise
        return _render_message(ctx, document_id, status=exc.status, error=exc.message)
    return RedirectResponse(f"/inbox/{document_id}?done=linked", status_code=303)


@router.post("/inbox/{document_id}/apply")
def inbox_apply(
    document_id: int, fingerprint: str = Form(""), ctx: WebCtx = page("docs.read")
) -> Response:
    """Apply what a supplier's message proposes, as shown (the fingerprint names the preview);
    a second click changes nothing."""
    with ctx.work() as s:
        proposal = supplier_actions.propose(s, document_id)
    if proposal is not None and proposal.permission:
        ctx.require(proposal.permission)
    try:
        with ctx.work() as s:
            supplier_actions.apply(s, document_id, fingerprint=fingerprint or None)
    except DomainError as exc:
        if exc.status == 404:
            raise
        return _render_message(ctx, document_id, status=exc.status, error=exc.message)
    return RedirectResponse(f"/inbox/{document_id}?done=applied", status_code=303)
