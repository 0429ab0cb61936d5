"""Shapes in and out of the communication use-cases."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class MessageIn(BaseModel):
    external_id: str = Field(min_length=1, max_length=200)
    channel: str = Field(pattern=r"^(email|chat|note)$")
    direction: str = Field(pattern=r"^(in|out)$")
    partner_id: int | None = None
    sender: str
    recipient: str | None = None
    subject: str | None = None
    body: str = Field(min_length=1)
    language: str = Field(default="en", pattern=r"^(en|zh)$")
    sent_at: datetime
    thread_id: str | None = None
    about_type: str | None = None
    about_id: int | None = None


class MessageOut(MessageIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
