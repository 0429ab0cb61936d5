"""What a list page reads: the filtered statement, the order a person chose (whitelisted per
column), the totals of every page and the subtotals per group; page, export and totals read
the same statement, so the file holds what the screen shows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from smarterp.core.money import MONEY_PLACES, ZERO, to_decimal
from smarterp.web.resources import Column, Group, Query, Resource

# Per currency, one sum for each column that is added up.
Sums = dict[str, list[Decimal]]


@dataclass(frozen=True)
class Sort:
    """A column to sort by and its direction; `key` as the URL writes it (`-total`)."""

    column: Column
    descending: bool

    @property
    def key(self) -> str:
        return ("-" if self.descending else "") + self.column.key


def chosen_sort(resource: Resource, raw: str) -> Sort | None:
    """The sort `raw` names among the resource's sortable columns; anything else (an unknown
    or unsortable name, SQL) is ignored and the list keeps its usual order."""
    name = raw.strip()
    descending = name.startswith("-")
    name = name.removeprefix("-")
    for column in resource.columns:
        if column.sort is not None and column.key == name:
            return Sort(column, descending)
    return None


def chosen_group(resource: Resource, raw: str) -> Group | None:
    return next((g for g in resource.groups if g.name == raw), None)


def ordered(resource: Resource, stmt: Query, sort: Sort | None, group: Group | None) -> Query:
    """`stmt` in the order the page shows: by group first, then the chosen column, then the
    list's own order (so that equal values keep a stable order across pages)."""
    keys: list[Any] = []
    if group is not None:
        keys += [k.desc() if group.newest_first else k for k in group.by()]
    if sort is not None:
        keys.append(sort.column.sort.desc() if sort.descending else sort.column.sort.asc())
    return stmt.order_by(*keys, *resource.order())


def with_group_keys(stmt: Query, group: Group | None) -> Query:
    """`stmt` also selecting the group's keys (as `group_0`, `group_1`...), to tell where a
    group begins on the page."""
    if group is None:
        return stmt
    return stmt.add_columns(*(k.label(f"group_{i}") for i, k in enumerate(group.by())))


def group_key(row: Any, group: Group) -> tuple[Any, ...]:
    return tuple(getattr(row, f"group_{i}") for i in range(len(group.by())))


@dataclass
class Summary:
    """How many rows and what they add up to (per currency), in all and per group."""

    count: int = 0
    sums: Sums = field(default_factory=dict)
    groups: dict[tuple[Any, ...], Summary] = field(default_factory=dict)

    def add(self, currency: str, count: int, amounts: list[Decimal]) -> None:
        self.count += count
        current = self.sums.setdefault(currency, [ZERO] * len(amounts))
        self.sums[currency] = [a + b for a, b in zip(current, amounts, strict=True)]


def summarize(
    session: Session,
    resource: Resource,
    stmt: Query,
    group: Group | None,
    company_currency: str,
) -> Summary | None:
    """The counts and sums of the filtered list (all pages) in SQL; None when the list has
    no amounts to add up and is not grouped (a grouped list counts its groups' rows)."""
    totalled = [c for c in resource.columns if c.total is not None]
    if not totalled and group is None:
        return None
    keys = list(group.by()) if group is not None else []
    currency = resource.currency
    by = [*keys, currency] if currency is not None else keys
    figures = (
        stmt.with_only_columns(
            *by,
            func.count(),
            *(func.coalesce(func.sum(c.total), 0) for c in totalled),
            maintain_column_froms=True,
        )
        .order_by(None)
        .group_by(*by)
    )
    summary = Summary()
    per_group: dict[tuple[Any, ...], Summary] = defaultdict(Summary)
    for row in session.execute(figures):
        values = tuple(row)
        key = values[: len(keys)]
        code = str(values[len(keys)]) if currency is not None else company_currency
        rest = values[len(by) :]
        # SQLite adds NUMERIC up as doubles: back to cents, as the columns hold them.
        count, amounts = int(rest[0]), [to_decimal(v).quantize(MONEY_PLACES) for v in rest[1:]]
        summary.add(code, count, amounts)
        if group is not None:
            per_group[key].add(code, count, amounts)
    summary.groups = dict(per_group)
    return summary
