"""Rule shapes in and out, shared by the API and the web app."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from smarterp.automation.rules.models import RunState


class RuleOut(BaseModel):
    id: int
    name: str
    description: str
    enabled: bool
    builtin: bool
    version: int
    trigger: str = Field(description="event, schedule or check")
    on: str | None = Field(description="The topic, the schedule or the checked source.")
    actions: list[str]
    runs: dict[str, int] = Field(description="How many runs are in each state.")
    last_run_at: str | None


class RuleDetail(RuleOut):
    definition: dict[str, Any]


class RuleYaml(BaseModel):
    yaml: str = Field(max_length=200_000, description="One rule, a list, or rules: [...].")


class RuleText(BaseModel):
    text: str = Field(min_length=1, max_length=1000, description="One sentence, EN or ZH.")


class RuleFromText(BaseModel):
    rule: dict[str, Any]
    yaml: str


class WouldFireOut(BaseModel):
    at: str
    trigger_key: str
    record: dict[str, Any]
    actions: list[dict[str, Any]]


class DryRunOut(BaseModel):
    rule: str
    days: int
    would_fire: list[WouldFireOut]


class RunOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    rule_id: int
    rule_version: int
    trigger_key: str
    event_id: int | None
    state: RunState
    attempts: int
    created_at: datetime
    finished_at: datetime | None
    last_error: str | None
    log: list[dict[str, Any]]
    record: dict[str, Any]
