"""Shapes out of Act: a proposal with its preview, a question back, and what a confirmation did."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, model_validator


class Change(BaseModel):
    """One record a proposal changes: its fields before and after (None before: created)."""

    action: str  # create | update | confirm | cancel | deliver | receive | invoice | bill | pay
    model: str  # the table, e.g. sales_order
    record: str  # its number or name ("SO00829", "Chai"); "new" for one not yet numbered
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class Proposal(BaseModel):
    """What a command would do; nothing has changed yet. Confirm it by `id`."""

    id: str
    operation: str
    summary: str
    changes: list[Change]
    warnings: list[str] = Field(default_factory=list)
    permission: str
    expires_at: datetime


class Clarification(BaseModel):
    """A question back instead of a guess; `options` are the choices: the records a name may
    mean, an order's number, or a command to send as it is ("deliver SO00829")."""

    question: str
    options: list[str] = Field(default_factory=list)


class ActResult(BaseModel):
    """The answer to a command: exactly one of `proposal` or `clarification`."""

    text: str
    lang: str
    proposal: Proposal | None = None
    clarification: Clarification | None = None
    # Who read the command: "offline" (the parser) or "llm" (a language model, resolved and
    # checked by the same code); `notes` say why a model's reading was not used.
    parser: str = "offline"
    notes: list[str] = Field(default_factory=list)
    ms: float = 0.0

    @model_validator(mode="after")
    def _one_of(self) -> ActResult:
        if (self.proposal is None) == (self.clarification is None):
            raise ValueError("an act result is either a proposal or a clarification")
        return self


class DoneRecord(BaseModel):
    """A record the confirmation created or changed."""

    model: str
    id: int
    number: str


class ConfirmResult(BaseModel):
    """What a confirmed proposal did."""

    proposal_id: str
    operation: str
    summary: str
    records: list[DoneRecord]
