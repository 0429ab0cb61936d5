"""The structured query every parser fills: what to measure, by what, over which period."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

MAX_ROWS = 1000


class TimeRange(BaseModel):
    """Inclusive calendar days."""

    model_config = ConfigDict(extra="forbid")

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> TimeRange:
        if self.end < self.start:
            raise ValueError(f"time range ends ({self.end}) before it starts ({self.start})")
        return self


class Filter(BaseModel):
    """Keep rows whose dimension takes one of `values` (or none of them when negated)."""

    model_config = ConfigDict(extra="forbid")

    dimension: str
    values: list[str] = Field(min_length=1, max_length=50)
    negate: bool = False


class Threshold(BaseModel):
    """Keep groups whose measure compares with `value` ("more than 10 orders", 超过15000)."""

    model_config = ConfigDict(extra="forbid")

    measure: str
    op: Literal["gt", "ge", "lt", "le"]
    value: float


class StructuredQuery(BaseModel):
    """A question in the catalogue's terms; compiled to SQL by code, never by a model."""

    model_config = ConfigDict(extra="forbid")

    measures: list[str] = Field(default_factory=list, max_length=6)
    dimensions: list[str] = Field(default_factory=list, max_length=3)
    filters: list[Filter] = Field(default_factory=list, max_length=10)
    # Named row conditions of the catalogue, e.g. "discontinued", "below_reorder", "late".
    conditions: list[str] = Field(default_factory=list, max_length=6)
    time_range: TimeRange | None = None
    # A second period to compare with; the answer gives both and the change.
    compare_to: TimeRange | None = None
    growth: Literal["percent", "absolute"] | None = None
    # Filters that pick the part whose share of the total (without them) is asked.
    share_of: list[Filter] = Field(default_factory=list, max_length=5)
    share_of_total: bool = False
    # List the members of the first dimension with no activity matching the rest.
    absent: bool = False
    # Conditions on the aggregates of each group (SQL HAVING).
    having: list[Threshold] = Field(default_factory=list, max_length=4)
    order: Literal["desc", "asc"] | None = None
    limit: int | None = Field(default=None, ge=1, le=MAX_ROWS)

    @model_validator(mode="after")
    def _consistent(self) -> StructuredQuery:
        if self.growth and self.compare_to is None:
            raise ValueError("growth needs compare_to (the period to compare with)")
        if self.compare_to is not None and self.time_range is None:
            raise ValueError("compare_to needs time_range (the period compared)")
        if self.absent and not self.dimensions:
            raise ValueError("absent needs a dimension (whose members had no activity)")
        for t in self.having:
            if t.measure not in self.measures:
                raise ValueError(f"a threshold on {t.measure} needs it among the measures")
        if not self.measures and not self.dimensions:
            raise ValueError("a query needs at least one measure or dimension")
        return self
