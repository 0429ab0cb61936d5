"""POST /ask: a question answered from the books, narrowed to what the caller's role may read;
POST /ask/query: a structured query run the same way (a reading picked after a clarification)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from smarterp.api.deps import Ctx, requires
from smarterp.core.bounds import BookDate
from smarterp.intel.ask.service import MAX_QUESTION_CHARS, Answer, ask, run_query
from smarterp.intel.semantic.query import StructuredQuery

router = APIRouter(prefix="/ask", tags=["ask"])

AskUser = Annotated[Ctx, requires("ask.use")]


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    as_of: BookDate | None = Field(None, description="Resolve relative time against this day.")
    use_llm: bool | None = Field(None, description="Use the configured model (default: if set).")


@router.post("", response_model=Answer, summary="Ask the books a question")
def ask_question(body: AskIn, ctx: AskUser, request: Request) -> Answer:
    return ask(
        request.app.state.engine,
        body.question,
        as_of=body.as_of,
        role=ctx.user.role,
        use_llm=body.use_llm,
    )


class AskQueryIn(BaseModel):
    query: StructuredQuery = Field(
        description="A structured query, e.g. one of the `readings` of a clarification."
    )
    as_of: BookDate | None = Field(None, description="The day the query's dates were read on.")
    question: str = Field(
        "", max_length=MAX_QUESTION_CHARS, description="The question it answers, echoed back."
    )
    lang: Literal["en", "zh"] = Field("en", description="The language of the answer sentence.")


@router.post("/query", response_model=Answer, summary="Run a structured query")
def ask_query(body: AskQueryIn, ctx: AskUser, request: Request) -> Answer:
    """Runs `query` as `POST /ask` runs what it understood: read-only, with the measures the
    caller's role may read (403 otherwise); a query the semantic layer cannot compile is a
    422 naming the part."""
    return run_query(
        request.app.state.engine,
        body.query,
        as_of=body.as_of,
        role=ctx.user.role,
        question=body.question,
        lang=body.lang,
    )
