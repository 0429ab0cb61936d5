"""POST /act: a command becomes a proposal (nothing changes); POST /act/{id}/confirm applies it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from smarterp.api.deps import Ctx, requires, settle
from smarterp.core.bounds import BookDate
from smarterp.intel.act.schemas import ActResult, ConfirmResult
from smarterp.intel.act.service import MAX_COMMAND_CHARS, confirm, propose

router = APIRouter(prefix="/act", tags=["act"])

# Any signed-in user may ask; what a proposal may do is checked against the operation's own
# permission when it is made and again when it is confirmed.
ActUser = Annotated[Ctx, requires("act.use")]
ProposalId = Annotated[str, Path(min_length=1, max_length=32, pattern=r"^[0-9a-f]+$")]


class ActIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_COMMAND_CHARS, description="The command.")
    today: BookDate | None = Field(None, description="Read relative dates against this day.")
    llm: bool = Field(
        False,
        description="Let the configured language model read the command first (its reading is "
        "checked as the offline parser's is; any failure falls back to it, said in `notes`).",
    )


@router.post("", response_model=ActResult, summary="Propose the change a command asks for")
def act(body: ActIn, ctx: ActUser) -> ActResult:
    """Returns `proposal` (id, summary, changes before → after, warnings) or `clarification`
    (question, options). Only the proposal is stored; the books do not change. A command for
    an operation the caller's role may not do is a 403."""
    return propose(ctx.session, body.text, ctx.user, today=body.today, use_llm=body.llm)


@router.post("/{proposal_id}/confirm", response_model=ConfirmResult, summary="Apply a proposal")
def confirm_proposal(proposal_id: ProposalId, ctx: ActUser) -> ConfirmResult:
    """Runs the proposal's service calls in this request's unit of work, once, for the user
    it was made for, within 15 minutes; 404 unknown, 403 another user's or a right the role
    lacks, 409 used, expired or overtaken by a change in the books."""
    result = confirm(ctx.session, proposal_id, ctx.user)
    settle(ctx)
    return result
