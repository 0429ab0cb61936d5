"""Shapes in and out of sending a document by email."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SendIn(BaseModel):
    """Who gets the document and what the email says; each empty field takes the standard."""

    to: list[str] = Field(
        default_factory=list, max_length=20, description="Recipients; the partner's email if empty."
    )
    cc: list[str] = Field(default_factory=list, max_length=20)
    subject: str | None = Field(default=None, max_length=300)
    body: str | None = Field(default=None, max_length=20_000)
    lang: str | None = Field(
        default=None, pattern=r"^(en|zh)$", description="The partner's if empty."
    )


class SentOut(BaseModel):
    """A document that went out, and the message recorded for the partner."""

    kind: str
    number: str
    message_id: str
    recipients: list[str]
    subject: str
    filename: str
    message_record_id: int
