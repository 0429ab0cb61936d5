"""The Ask page: a question in English or Chinese, answered from the books as a sentence, a
table, a chart and the query behind it, within what the user's role may read. Every answer says
how the question was understood; when it could be read several ways, each reading is a button
that runs its structured query (POST /ask/reading).

The same box takes commands ("confirm SO00478", "把订单SO00478确认"): a command becomes a
proposal shown as the records and fields it would change, and nothing changes until the person
presses Confirm (POST /ask/confirm), with the permissions and audit of any other change."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from smarterp.core.auth import User
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.partners.models import Partner
from smarterp.intel.act.routing import is_command
from smarterp.intel.act.service import confirm as confirm_proposal
from smarterp.intel.act.service import propose
from smarterp.intel.ask.evaluate import plain_options
from smarterp.intel.ask.service import Answer, ask, run_query
from smarterp.intel.ask.structured import load_query
from smarterp.intel.semantic.catalogue import DIMENSIONS, MEASURES
from smarterp.web.details import invoice_href
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.views import Cell, Table

router = APIRouter(route_class=WebRoute)

# Derived columns the semantic layer adds after a measure's key, and how a header says them.
_SUFFIXES = (
    ("_growth_pct", "{name} growth (%)"),
    ("_share_pct", "{name} share (%)"),
    ("_change", "{name} change"),
    ("_prev", "{name} (comparison period)"),
)
# The clarifying question quotes the ambiguous words: “Ernst”.
_QUOTED = re.compile(r"“([^”]+)”")
CHART_POINTS = 50
# At most this many readings and plain options are offered after a clarifying question.
MAX_READINGS = 3
MAX_OPTIONS = 12
LANGS = ("en", "zh")
# Examples under an empty box; clicking one asks it. Each language gets its own phrasing.
HINTS = {
    "en": (
        "top 5 customers by revenue last quarter",
        "revenue by month this year",
        "which products are below their reorder level?",
        "revenue by category last year",
    ),
    "zh": (
        "上个月哪个类别卖得最好",
        "今年每个月的销售额",
        "哪些产品低于再订货点？",
        "去年各国家的销售额",
    ),
}


def _parse_day(raw: str) -> date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput("as_of", f"{raw!r} is not a date (YYYY-MM-DD)") from None


def column_label(ctx: WebCtx, key: str) -> str:
    """A column key of the answer ("revenue_prev", "customer") as a header in the UI language."""
    zh = ctx.tr.language == "zh"
    for suffix, pattern in _SUFFIXES:
        if key.endswith(suffix):
            base = MEASURES.get(key.removesuffix(suffix))
            if base is not None:
                name = base.name_zh if zh else base.name_en
                return ctx.tr.gettext(pattern, name=name)
    measure, dimension = MEASURES.get(key), DIMENSIONS.get(key)
    if measure is not None:
        return measure.name_zh if zh else measure.name_en
    if dimension is not None:
        return dimension.name_zh if zh else dimension.name_en
    return key


def _kind(key: str) -> str:
    if key.endswith("_pct"):
        return "percent"
    for suffix in ("_change", "_prev"):
        key = key.removesuffix(suffix)
    measure = MEASURES.get(key)
    return measure.kind if measure is not None else "text"


def _cell(ctx: WebCtx, kind: str, value: Any) -> Cell:
    if value is None:
        return Cell("", numeric=kind != "text")
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return Cell(str(value))
    number = Decimal(str(value))
    if kind == "money":
        return Cell(ctx.tr.money(number), numeric=True)
    if kind == "percent":
        return Cell(ctx.tr.number(number, 1) + "%", numeric=True)
    if kind in ("count", "quantity") or isinstance(value, int):
        return Cell(ctx.tr.number(number), numeric=True)
    return Cell(ctx.tr.number(number, 2), numeric=True)


def answer_table(ctx: WebCtx, answer: Answer) -> Table:
    kinds = [_kind(c) for c in answer.columns]
    rows = [[_cell(ctx, kinds[i], v) for i, v in enumerate(row)] for row in answer.rows]
    numeric = {i for i, k in enumerate(kinds) if k != "text"}
    return Table("", [column_label(ctx, c) for c in answer.columns], rows, numeric)


def answer_chart(ctx: WebCtx, answer: Answer) -> dict[str, Any] | None:
    """The answer's chart suggestion as data for app.js: labels from the grouping columns,
    one series per plotted measure (growth and share percentages stay in the table)."""
    if answer.chart not in ("bar", "line", "pie") or not answer.rows:
        return None
    kinds = [_kind(c) for c in answer.columns]
    label_cols = [i for i, k in enumerate(kinds) if k == "text"]
    value_cols = [i for i, k in enumerate(kinds) if k not in ("text", "percent", "date")]
    if answer.chart == "pie":
        value_cols = value_cols[:1]
    if not value_cols:
        return None
    rows = answer.rows[:CHART_POINTS]
    labels = [" · ".join(str(r[i]) for i in label_cols) or str(n + 1) for n, r in enumerate(rows)]
    series = [
        {
            "label": column_label(ctx, answer.columns[i]),
            "data": [float(r[i]) if isinstance(r[i], int | float) else 0.0 for r in rows],
        }
        for i in value_cols
    ]
    # Long names read better along a horizontal bar.
    kind = "hbar" if answer.chart == "bar" and len(rows) > 6 else answer.chart
    return {"type": kind, "labels": labels, "series": series, "truncated": len(answer.rows)}


def reask(answer: Answer, option: str) -> str:
    """The question again with the ambiguous words replaced by the chosen record's name."""
    question = answer.question
    quoted = _QUOTED.search(answer.clarification or "")
    if quoted:
        # The parser quotes the words folded ("specialites" for "Spécialités"): fold the
        # question the same way, keeping where each folded character came from.
        folded, origin = [], []
        for at, char in enumerate(question):
            for part in _fold(char):
                folded.append(part)
                origin.append(at)
        start = "".join(folded).find(_fold(quoted.group(1)))
        if start >= 0:
            end = origin[start + len(_fold(quoted.group(1))) - 1] + 1
            return question[: origin[start]] + option + question[end:]
    return f"{question} {option}"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_text(query: dict[str, Any]) -> str:
    """The structured query as JSON with one part per line: short enough to read at a glance."""
    parts = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in query.items()]
    return "{\n" + ",\n".join(parts) + "\n}"


@dataclass(frozen=True)
class ReadingChoice:
    """A button after a clarifying question: the reading's sentence, and its structured query as
    compact JSON for the form's hidden field."""

    understood: str
    query_json: str


def clarification_values(answer: Answer) -> dict[str, Any]:
    """What the page shows for a question asked back: one button per reading (it runs that
    reading's query) and one per plain option (it asks again with the option's name)."""
    return {
        "readings": [
            ReadingChoice(r.understood, json.dumps(r.query, ensure_ascii=False))
            for r in answer.readings[:MAX_READINGS]
        ],
        "choices": [(opt, reask(answer, opt)) for opt in plain_options(answer)[:MAX_OPTIONS]],
    }


def _blank_values(ctx: WebCtx, question: str, as_of_raw: str) -> dict[str, Any]:
    return {
        "question": question,
        "as_of": as_of_raw.strip(),
        "answer": None,
        "table": None,
        "chart": None,
        "number": None,
        "choices": [],
        "readings": [],
        "error": None,
        "query_json": "",
        "hints": HINTS.get(ctx.tr.language, HINTS["en"]),
        "act": None,
        "done": None,
    }


def _show(ctx: WebCtx, values: dict[str, Any], answer: Answer) -> dict[str, Any]:
    values["answer"] = answer
    if answer.clarification:
        return values | clarification_values(answer)
    values["query_json"] = query_text(answer.query or {})
    values["table"] = answer_table(ctx, answer)
    values["chart"] = answer_chart(ctx, answer)
    if answer.chart == "number" and answer.rows and answer.columns:
        last = len(answer.columns) - 1
        values["number"] = (
            column_label(ctx, answer.columns[last]),
            _cell(ctx, _kind(answer.columns[last]), answer.rows[0][last]).text,
        )
    return values


def _refused(values: dict[str, Any], exc: DomainError) -> dict[str, Any]:
    # A refused measure (403) or a bad date is part of the conversation, not a broken page.
    values["error"] = exc.message
    values["error_status"] = exc.status
    return values


def _account(session: Any, ctx: WebCtx) -> User:
    user = session.get(User, ctx.user.user_id)
    if user is None:  # pragma: no cover - a signed-in session always has its user
        raise InvalidInput("user", "the signed-in user no longer exists")
    return user


def _proposal_values(ctx: WebCtx, values: dict[str, Any], text: str) -> dict[str, Any]:
    """A command: its proposal (stored, nothing else changed) or its question back."""
    try:
        with ctx.work() as session:
            values["act"] = propose(session, text, _account(session, ctx))
    except DomainError as exc:
        return _refused(values, exc)
    return values


def _answer_values(ctx: WebCtx, question: str, as_of_raw: str) -> dict[str, Any]:
    values = _blank_values(ctx, question, as_of_raw)
    if not question.strip():
        return values
    if ctx.may("act.use") and ctx.request.method == "POST":
        with ctx.work() as session:
            command = is_command(session, question)
        if command:
            return _proposal_values(ctx, values, question)
    try:
        as_of = _parse_day(as_of_raw)
        answer = ask(ctx.engine, question, as_of=as_of, role=ctx.user.role)
    except DomainError as exc:
        return _refused(values, exc)
    return _show(ctx, values, answer)


def _reading_values(
    ctx: WebCtx, question: str, as_of_raw: str, query_raw: str, understood: str, lang: str
) -> dict[str, Any]:
    """A reading picked after a clarification: its query validated and run with the user's
    role, answered as the original question (which stays in the box)."""
    values = _blank_values(ctx, question, as_of_raw)
    try:
        as_of = _parse_day(as_of_raw)
        query = load_query(query_raw)
        answer = run_query(
            ctx.engine,
            query,
            as_of=as_of,
            role=ctx.user.role,
            question=question,
            lang=lang if lang in LANGS else "en",
        )
    except DomainError as exc:
        return _refused(values, exc)
    # The sentence of the reading that was picked, unless the query's own run says it.
    answer.understood = answer.understood or understood.strip() or None
    return _show(ctx, values, answer)


def _respond(ctx: WebCtx, values: dict[str, Any]) -> Response:
    if ctx.is_htmx:
        # htmx swaps 2xx answers only, so a refusal comes back as 200 with its message.
        # The question box follows too (a chosen option rewrote the question).
        return ctx.render("ask_answer.html", oob=True, **values)
    status = values.get("error_status", 200)
    return ctx.render("ask.html", status=status, oob=False, **values)


@router.get("/ask")
def ask_page(ctx: WebCtx = page("ask.use")) -> Response:
    params = ctx.request.query_params
    return _respond(ctx, _answer_values(ctx, params.get("q", ""), params.get("as_of", "")))


@router.post("/ask")
async def ask_question(ctx: WebCtx = page("ask.use")) -> Response:
    form = await ctx.request.form()
    values = await run_in_threadpool(
        _answer_values, ctx, _field(form, "question"), _field(form, "as_of")
    )
    return _respond(ctx, values)


def _field(form: Any, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


_PAGES = {
    "sales_order": "sales-orders",
    "purchase_order": "purchase-orders",
    "payment": "payments",
    "product": "products",
}


def _record_href(session: Any, model: str, record_id: int) -> str | None:
    """The page of a record a confirmation made or changed, where the web app has one."""
    if model in _PAGES:
        return f"/{_PAGES[model]}/{record_id}"
    if model == "invoice":
        invoice = session.get(Invoice, record_id)
        return None if invoice is None else invoice_href(invoice)
    if model == "partner":
        partner = session.get(Partner, record_id)
        if partner is not None:
            return f"/{'customers' if partner.is_customer else 'suppliers'}/{record_id}"
    return None


def _confirm_values(ctx: WebCtx, proposal_id: str) -> dict[str, Any]:
    values = _blank_values(ctx, "", "")
    try:
        with ctx.work() as session:
            done = confirm_proposal(session, proposal_id, _account(session, ctx))
            values["done"] = done
            values["done_links"] = [
                (r.number, _record_href(session, r.model, r.id)) for r in done.records
            ]
    except DomainError as exc:
        return _refused(values, exc)
    return values


@router.post("/ask/confirm")
async def ask_confirm(ctx: WebCtx = page("act.use")) -> Response:
    """Apply a proposal this user was shown; it runs once, then it is spent."""
    form = await ctx.request.form()
    values = await run_in_threadpool(_confirm_values, ctx, _field(form, "proposal_id"))
    return _respond(ctx, values)


@router.post("/ask/reading")
async def ask_reading(ctx: WebCtx = page("ask.use")) -> Response:
    form = await ctx.request.form()
    values = await run_in_threadpool(
        _reading_values,
        ctx,
        _field(form, "question"),
        _field(form, "as_of"),
        _field(form, "query"),
        _field(form, "understood"),
        _field(form, "lang"),
    )
    return _respond(ctx, values)
