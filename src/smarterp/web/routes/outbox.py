"""Documents out in the browser: a document's PDF, and the form that emails it (recipient,
subject and message prefilled in the partner's language)."""

from __future__ import annotations

import re
from datetime import date

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.mail import MailError
from smarterp.erp.documents import service as documents
from smarterp.erp.documents.content import Printable
from smarterp.erp.documents.words import LANGUAGES
from smarterp.web.forms import FormState, add_domain_error, read_form, surface
from smarterp.web.outbox import PAGES, may_read, may_send, send_url
from smarterp.web.pages import PageForbidden, WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

SEND_FIELDS = ("to", "cc", "subject", "body", "lang")
_ADDRESS_SPLIT = re.compile(r"[,;\s]+")


def _kind(ctx: WebCtx, kind: str, *, sending: bool) -> str:
    if kind not in documents.ALL_KINDS:
        raise NotFound("document", kind)
    allowed = may_send(ctx, kind) if sending else may_read(ctx, kind)
    if not allowed:
        raise PageForbidden(
            ctx.tr.gettext("Your role ({role}) may not do this.", role=ctx.user.role.value),
            details={"document": kind},
        )
    return kind


def _date(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(name, f"{raw!r} is not a date (YYYY-MM-DD)") from None


def _lang(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw not in LANGUAGES:
        raise InvalidInput("lang", f"{raw!r} is not a document language; use en or zh")
    return raw


def _document(session: Session, request: Request, kind: str, record_id: int) -> Printable:
    if kind == documents.STATEMENT:
        return documents.statement(
            session,
            record_id,
            date_from=_date(request, "date_from"),
            date_to=_date(request, "date_to"),
        )
    return documents.printable(session, kind, record_id)


def _back(doc: Printable) -> str:
    """The page of the record the document belongs to (a delivery's: its order's)."""
    if doc.kind == "delivery":
        origin = getattr(doc.record, "origin_id", None)
        return f"/sales-orders/{origin}" if origin else "/sales-orders"
    return PAGES.get(doc.record_type, "/").format(id=doc.record_id)


@router.get("/print/{kind}/{record_id:int}")
def print_document(kind: str, record_id: int, request: Request, ctx: WebCtx = page()) -> Response:
    kind = _kind(ctx, kind, sending=False)
    lang = _lang(request.query_params.get("lang"))
    with ctx.work() as s:
        doc = _document(s, request, kind, record_id)
        pdf = documents.pdf(doc, lang)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{doc.filename}"'},
    )


def _form_page(
    ctx: WebCtx, doc: Printable, form: FormState, *, status: int = 200, sent: str | None = None
) -> Response:
    return ctx.render(
        "send_form.html",
        status=status,
        doc=doc,
        form=form,
        title=ctx.tr.gettext("Send {number} by email", number=doc.number),
        action=send_url(doc.kind, doc.record_id),
        back=_back(doc),
        pdf_url=f"/print/{doc.kind}/{doc.record_id}",
        sent=sent,
        document_languages=LANGUAGES,
    )


@router.get("/send/{kind}/{record_id:int}")
def send_form(kind: str, record_id: int, request: Request, ctx: WebCtx = page()) -> Response:
    kind = _kind(ctx, kind, sending=True)
    lang = _lang(request.query_params.get("lang"))
    with ctx.work() as s:
        doc = _document(s, request, kind, record_id)
        draft = documents.email_draft(doc, lang)
    form = FormState(
        values={
            "to": draft.to,
            "cc": "",
            "subject": draft.subject,
            "body": draft.body,
            "lang": draft.language,
        },
        lines=[],
    )
    return _form_page(ctx, doc, form)


@router.post("/send/{kind}/{record_id:int}")
async def send_document(
    kind: str, record_id: int, request: Request, ctx: WebCtx = page()
) -> Response:
    kind = _kind(ctx, kind, sending=True)
    form = read_form(await request.form(), SEND_FIELDS)
    values = form.values
    try:
        with ctx.work() as s:
            doc = _document(s, request, kind, record_id)
            sent = documents.send(
                s,
                doc,
                to=[a for a in _ADDRESS_SPLIT.split(values["to"]) if a],
                cc=[a for a in _ADDRESS_SPLIT.split(values["cc"]) if a],
                subject=values["subject"] or None,
                body=values["body"] or None,
                language=_lang(values["lang"]),
            )
    except (InvalidInput, MailError) as exc:
        with ctx.work() as s:
            doc = _document(s, request, kind, record_id)
        add_domain_error(form, exc)
        surface(form, set(SEND_FIELDS))
        return _form_page(ctx, doc, form, status=422 if isinstance(exc, InvalidInput) else 502)
    notice = ctx.tr.gettext(
        "{number} sent to {to}. It is recorded in the history and in the partner's messages.",
        number=sent.number,
        to=", ".join(sent.recipients),
    )
    return _form_page(ctx, doc, form, sent=notice)
