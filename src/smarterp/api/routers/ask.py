"""POST /ask: a question answered from the books, narrowed to what the caller's role may read."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from smarterp.api.deps import Ctx, requires
from smarterp.intel.ask.service import MAX_QUESTION_CHARS, Answer, ask

router = APIRouter(prefix="/ask", tags=["ask"])

AskUser = Annotated[Ctx, requires("ask.use")]


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    as_of: dt.date | None = Field(None, description="Resolve relative time against this day.")
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
