"""Ask: a question in English or Chinese in, an answer with its evidence out."""

from __future__ import annotations

import time
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Engine

from smarterp.core.bounds import check_date
from smarterp.core.db import session_factory
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.permissions import PERMISSIONS, Role
from smarterp.intel.ask.entities import index_for
from smarterp.intel.ask.language import for_language
from smarterp.intel.ask.parser import OfflineParser, language_of
from smarterp.intel.ask.render import render
from smarterp.intel.ask.why import WhyQuestion, read_why
from smarterp.intel.finance.explain import explain
from smarterp.intel.finance.narrative import phrasebook
from smarterp.intel.semantic.catalogue import DIMENSIONS, MEASURES, visible_measures
from smarterp.intel.semantic.compiler import compile_query
from smarterp.intel.semantic.query import StructuredQuery
from smarterp.intel.semantic.runner import Table, run_compiled

MAX_QUESTION_CHARS = 500


class Reading(BaseModel):
    """One way to read a question: its canonical sentence and the structured query it runs."""

    understood: str
    query: dict[str, Any]


class Answer(BaseModel):
    """What `ask` returns: the table, a sentence, a chart suggestion and the evidence."""

    question: str
    lang: str
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    answer: str = ""
    chart: Literal["bar", "line", "pie", "table", "number"] | None = None
    query: dict[str, Any] | None = None
    sql: str | None = None
    # The canonical sentence of the query that was run, in the question's language.
    understood: str | None = None
    clarification: str | None = None
    options: list[str] = Field(default_factory=list)
    # When the question could be read several ways: the best readings, to pick one and run it.
    readings: list[Reading] = Field(default_factory=list)
    parser: str = "offline"
    ms: float = 0.0
    notes: list[str] = Field(default_factory=list)
    # A "why" question's answer: the explanation of the change (intel.finance.explain).
    explanation: dict[str, Any] | None = None


def permissions_of(role: Role | str | None) -> set[str] | None:
    """The read rights of a role (None: unrestricted, as on the command line)."""
    if role is None:
        return None
    r = Role(role)
    return {p for p, holders in PERMISSIONS.items() if r in holders}


def ask(
    engine: Engine,
    question: str,
    *,
    as_of: date | None = None,
    role: Role | str | None = None,
    use_llm: bool | None = None,
) -> Answer:
    """Answer `question` from the books, read-only; the web box and the API call this."""
    started = time.perf_counter()
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise InvalidInput("question", f"is longer than {MAX_QUESTION_CHARS} characters")
    day = check_date(as_of or date.today(), "as_of")
    lang = language_of(question)
    index = index_for(engine)
    # The offline parser first: when it is sure, no model is needed. When it is not, a
    # configured model picks among its readings, or fills the structured query itself.
    parser = OfflineParser(index, day, engine.dialect.name)
    why = read_why(question, for_language(lang), parser)
    if why is not None:
        return _explain(engine, why, Answer(question=question, lang=lang), role, started)
    parsed = parser.parse(question)
    parser_name = "offline"
    if use_llm is not False and (parsed.query is None or use_llm):
        from smarterp.intel.ask.llm_parser import choose_reading, parse_with_llm

        helped = choose_reading(question, parsed, required=bool(use_llm))
        if helped is None and (parsed.query is None or use_llm):
            helped = parse_with_llm(question, day, index, required=bool(use_llm))
        if helped is not None:
            parsed, parser_name = helped, "llm"
    answer = Answer(question=question, lang=lang, parser=parser_name, notes=parsed.notes)
    answer.understood = parsed.understood
    if parsed.query is None:
        answer.clarification = parsed.clarification
        answer.options = parsed.options
        answer.readings = [
            Reading(understood=text, query=q.model_dump(mode="json", exclude_defaults=True))
            for text, q in parsed.readings
        ]
        answer.answer = _with_options(parsed.clarification or "", parsed.options, lang)
        answer.ms = round((time.perf_counter() - started) * 1000, 1)
        return answer
    return _run(engine, parsed.query, answer, day, role, started)


def run_query(
    engine: Engine,
    query: StructuredQuery,
    *,
    as_of: date | None = None,
    role: Role | str | None = None,
    question: str = "",
    lang: str = "en",
) -> Answer:
    """Answer a structured query directly (the API and the model path use this)."""
    started = time.perf_counter()
    answer = Answer(
        question=question, lang=lang, parser="structured", understood=render(query, lang)
    )
    return _run(engine, query, answer, check_date(as_of or date.today(), "as_of"), role, started)


def _run(
    engine: Engine,
    query: StructuredQuery,
    answer: Answer,
    day: date,
    role: Role | str | None,
    started: float,
) -> Answer:
    unknown = [m for m in query.measures if m not in MEASURES]
    if unknown:
        # Not "your role may not see": the catalogue has no such measure.
        raise InvalidInput("query.measures", f"unknown measure {unknown[0]!r}")
    allowed = visible_measures(permissions_of(role))
    hidden = [m for m in query.measures if m not in allowed]
    if hidden:
        names = ", ".join(MEASURES[m].name_en for m in hidden if m in MEASURES) or ", ".join(hidden)
        raise PermissionDenied(names)
    answer.query = query.model_dump(mode="json", exclude_defaults=True)
    compiled = compile_query(query, engine.dialect.name, day)
    table = run_compiled(engine, compiled)
    answer.columns = table.columns
    answer.rows = table.rows
    answer.sql = table.sql
    answer.chart = suggest_chart(query, table)
    answer.answer = sentence(query, table, answer.lang)
    answer.ms = round((time.perf_counter() - started) * 1000, 1)
    return answer


def _explain(
    engine: Engine, why: WhyQuestion, answer: Answer, role: Role | str | None, started: float
) -> Answer:
    """A "why" question answered by the explanation of the change: price, volume and mix,
    and the customers and categories behind it; the narrative is the answer."""
    if why.measure not in visible_measures(permissions_of(role)):
        raise PermissionDenied(MEASURES[why.measure].name_en)
    words = phrasebook(answer.lang)
    answer.understood = words.why.format(
        measure=words.measure[why.explained],
        period=words.period(*why.period),
        compare=words.period(*why.compare),
    )
    answer.notes.append("explained: price, volume and mix effects (intel.finance.explain)")
    try:
        with session_factory(engine)() as session:
            result = explain(
                session, *why.period, *why.compare, measure=why.explained, lang=answer.lang
            )
    except InvalidInput as exc:
        # No sales in one of the periods: said plainly, as an answer with nothing to show.
        answer.answer = str(exc.details.get("reason") or exc.message)
        answer.ms = round((time.perf_counter() - started) * 1000, 1)
        return answer
    answer.explanation = result.model_dump(mode="json")
    answer.answer = result.narrative
    answer.columns = ["effect", "amount", "percent"]
    shares = result.effects_pct
    answer.rows = [
        [key, float(getattr(result.effects, key)), _float(getattr(shares, key))]
        for key in ("volume", "price", "mix")
    ]
    answer.rows += [
        ["residue", float(result.effects.residue), None],
        ["change", float(result.change), _float(result.change_pct)],
    ]
    answer.chart = "bar"
    answer.ms = round((time.perf_counter() - started) * 1000, 1)
    return answer


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class PermissionDenied(DomainError):
    code = "forbidden"
    status = 403

    def __init__(self, names: str) -> None:
        super().__init__(f"your role may not see {names}")


def suggest_chart(
    query: StructuredQuery, table: Table
) -> Literal["bar", "line", "pie", "table", "number"]:
    if not query.dimensions or not query.measures:
        return "number" if len(table.rows) == 1 and len(table.columns) <= 3 else "table"
    if DIMENSIONS[query.dimensions[0]].is_time:
        return "line"
    if query.share_of_total and len(table.rows) <= 8:
        return "pie"
    return "bar"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _label(key: str, lang: str) -> str:
    base = key
    for suffix in ("_growth_pct", "_change", "_prev", "_share_pct"):
        base = base.removesuffix(suffix)
    m = MEASURES.get(base)
    d = DIMENSIONS.get(key)
    name = (
        (m.name_zh if lang == "zh" else m.name_en)
        if m
        else ((d.name_zh if lang == "zh" else d.name_en) if d else key)
    )
    if key.endswith("_growth_pct"):
        return name + ("增长率(%)" if lang == "zh" else " growth (%)")
    if key.endswith("_change"):
        return name + ("变化" if lang == "zh" else " change")
    if key.endswith("_share_pct"):
        return name + ("占比(%)" if lang == "zh" else " share (%)")
    if key.endswith("_prev"):
        return name + ("（对比期）" if lang == "zh" else " (comparison period)")
    return name


def sentence(query: StructuredQuery, table: Table, lang: str) -> str:
    """One sentence that answers in the question's language."""
    zh = lang == "zh"
    period = ""
    if query.time_range is not None:
        tr = query.time_range
        period = f"{tr.start}至{tr.end}" if zh else f" from {tr.start} to {tr.end}"
    if not table.rows:
        return "没有符合条件的数据。" if zh else "No rows match the question."
    if query.absent or (not query.measures):
        names = ", ".join(_fmt(r[0]) for r in table.rows[:10])
        more = len(table.rows) - 10
        tail = (f" 等{len(table.rows)}项" if zh else f" and {more} more") if more > 0 else ""
        return (
            f"共{len(table.rows)}项：{names}{tail}。"
            if zh
            else f"{len(table.rows)} found: {names}{tail}."
        )
    if not query.dimensions and len(table.rows) == 1:
        parts = [
            f"{_label(c, lang)} {_fmt(v)}"
            for c, v in zip(table.columns, table.rows[0], strict=False)
        ]
        if zh:
            return f"{period}的" + "，".join(parts) + "。" if period else "，".join(parts) + "。"
        return ", ".join(parts).capitalize() + f"{period}."
    first = table.rows[0]
    lead = ", ".join(_fmt(v) for v in first)
    if len(table.rows) == 1:
        # One member: name it with its figures ("Godos Cocina Típica: revenue 3,458.35").
        figures = [
            f"{_label(c, lang)} {_fmt(v)}"
            for c, v in zip(table.columns[1:], first[1:], strict=False)
        ]
        said = ("，" if zh else ", ").join(figures)
        return f"{_fmt(first[0])}：{said}。" if zh else f"{_fmt(first[0])}: {said}."
    if zh:
        return f"共{len(table.rows)}行{('（' + period + '）') if period else ''}，第一行：{lead}。"
    return f"{len(table.rows)} rows{period}; first: {lead}."


def _with_options(text: str, options: list[str], lang: str) -> str:
    if not options:
        return text
    joined = ("、" if lang == "zh" else ", ").join(options[:8])
    return f"{text} {joined}" if lang == "en" else f"{text}{joined}"
