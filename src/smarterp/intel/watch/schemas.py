"""Shapes of alerts out and of a person's action on one, shared by API, web and CLI."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from smarterp.intel.watch.models import AlertState, Severity


class AlertOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    severity: Severity
    records: list[str]
    summary: str
    evidence: dict[str, Any]
    state: AlertState
    score: float
    raised_at: datetime
    raised_by: str
    changed_at: datetime | None
    changed_by: str | None
    note: str | None


class AlertActionIn(BaseModel):
    note: str | None = Field(default=None, max_length=2000)
