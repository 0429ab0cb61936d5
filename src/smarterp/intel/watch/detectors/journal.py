"""Manual journal entries: at odd times, by unusual users, for suspiciously round amounts."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from smarterp.core.auth import User
from smarterp.core.permissions import allowed
from smarterp.erp.accounting import chart
from smarterp.erp.accounting.models import EntryState, JournalEntry
from smarterp.intel.watch.findings import Finding, Scope, severity_for
from smarterp.intel.watch.models import Severity

WORK_HOURS = range(7, 21)  # 07:00 to 20:59
RARE_SHARE = 0.05  # a time or a user behind fewer than 5% of manual entries is unusual
MIN_HISTORY = 20  # fewer manual entries than this teach nothing about what is usual


@dataclass(frozen=True)
class Manual:
    number: str
    at: datetime
    user: str
    amount: Decimal
    accounts: tuple[str, ...]
    day: str


def _manual_entries(scope: Scope) -> list[Manual]:
    if "manual" in scope.cache:
        cached: list[Manual] = scope.cache["manual"]
        return cached
    since = scope.as_of - timedelta(days=365)
    entries = scope.session.scalars(
        select(JournalEntry)
        .options(selectinload(JournalEntry.lines))
        .where(
            JournalEntry.source_type == chart.MANUAL,
            JournalEntry.state == EntryState.POSTED,
            JournalEntry.reversal_of_id.is_(None),
            JournalEntry.date >= since,
        )
        .order_by(JournalEntry.id)
    )
    out = [
        Manual(
            number=e.number or str(e.id),
            at=e.posted_at or e.created_at,
            user=e.created_by or "unknown",
            amount=sum((ln.debit for ln in e.lines), Decimal(0)),
            accounts=tuple(sorted({str(ln.account_id) for ln in e.lines})),
            day=e.date.isoformat(),
        )
        for e in entries
    ]
    scope.cache["manual"] = out
    return out


def _recent(scope: Scope, entries: list[Manual]) -> list[Manual]:
    return [m for m in entries if m.day >= scope.recent_from.isoformat()]


def _slot(at: datetime) -> tuple[bool, int]:
    return at.weekday() >= 5, at.hour


def odd_hours(scope: Scope) -> list[Finding]:
    """Posted outside working hours or at the weekend, at a time when the company's manual
    entries are rarely made (so a team that always works early is not flagged)."""
    entries = _manual_entries(scope)
    slots = Counter(_slot(m.at) for m in entries)
    found: list[Finding] = []
    for m in _recent(scope, entries):
        weekend, hour = _slot(m.at)
        if not weekend and hour in WORK_HOURS:
            continue
        near = sum(slots[(weekend, (hour + d) % 24)] for d in (-1, 0, 1)) - 1
        share = near / max(len(entries) - 1, 1)
        if len(entries) >= MIN_HISTORY and share >= RARE_SHARE:
            continue
        score = -math.log10(max(share, 0.001))
        when = m.at.strftime("%A %H:%M")
        found.append(
            Finding(
                kind="odd_hours_entry",
                severity=severity_for(score, 1.5, 2.5),
                records=[m.number],
                summary=f"manual entry {m.number} for {m.amount} was posted on {when} by {m.user}",
                evidence={
                    "entry": m.number,
                    "posted_at": m.at.isoformat(),
                    "user": m.user,
                    "amount": str(m.amount),
                    "weekend": weekend,
                    "share_of_manual_entries_near_that_time": f"{share:.1%}",
                    "manual_entries_past_year": len(entries),
                    "why": "outside working hours and at a time few manual entries are made",
                },
                score=score,
            )
        )
    return found


def unusual_user(scope: Scope) -> list[Finding]:
    """Posted by someone who rarely posts manual entries, or whose role is not accounting."""
    entries = _manual_entries(scope)
    if not entries:
        return []
    by_user = Counter(m.user for m in entries)
    roles = {u.username: u.role for u in scope.session.scalars(select(User))}
    found: list[Finding] = []
    for m in _recent(scope, entries):
        share = by_user[m.user] / len(entries)
        role = roles.get(m.user)
        outside_role = role is not None and not allowed(role, "journal.write")
        rare = len(entries) >= MIN_HISTORY and share < RARE_SHARE
        if not (rare or outside_role):
            continue
        score = -math.log10(share) + (1.0 if outside_role else 0.0)
        found.append(
            Finding(
                kind="unusual_user_entry",
                severity=Severity.HIGH if outside_role else severity_for(score, 1.6, 2.0),
                records=[m.number],
                summary=(
                    f"manual entry {m.number} for {m.amount} was posted by {m.user}, who made "
                    f"{by_user[m.user]} of {len(entries)} manual entries this year"
                ),
                evidence={
                    "entry": m.number,
                    "user": m.user,
                    "role": role.value if role is not None else None,
                    "entries_by_user": by_user[m.user],
                    "manual_entries_past_year": len(entries),
                    "usual_users": [u for u, _n in by_user.most_common(3)],
                    "why": "a user who seldom posts manual entries"
                    + (", and whose role does not keep the books" if outside_role else ""),
                },
                score=score,
            )
        )
    return found


ROUND_MINIMUM = Decimal(1000)
RECURRING_MONTHS = 3  # the same amount to the same accounts in this many months is routine


def _roundness(amount: Decimal) -> int:
    """5 for a multiple of 10 000, 4 of 1 000, 3 of 500; 0 when not round (or small)."""
    if amount < ROUND_MINIMUM or amount != amount.to_integral_value():
        return 0
    whole = int(amount)
    if whole % 10000 == 0:
        return 5
    if whole % 1000 == 0:
        return 4
    if whole % 500 == 0:
        return 3
    return 0


def round_amounts(scope: Scope) -> list[Finding]:
    """Manual entries for round sums, unless the same sum to the same accounts recurs (rent)."""
    entries = _manual_entries(scope)
    months: dict[tuple[tuple[str, ...], Decimal], set[str]] = {}
    for m in entries:
        months.setdefault((m.accounts, m.amount), set()).add(m.day[:7])
    round_share = sum(1 for m in entries if _roundness(m.amount)) / max(len(entries), 1)
    found: list[Finding] = []
    for m in _recent(scope, entries):
        level = _roundness(m.amount)
        if not level or len(months[(m.accounts, m.amount)]) >= RECURRING_MONTHS:
            continue
        # Where round sums are common (estimates booked as such), only the roundest stand out.
        score = level - (1 if round_share > 0.3 else 0)
        found.append(
            Finding(
                kind="round_amount_entry",
                severity=severity_for(score, 4, 5),
                records=[m.number],
                summary=f"manual entry {m.number} is for the round sum of {m.amount}, by {m.user}",
                evidence={
                    "entry": m.number,
                    "amount": str(m.amount),
                    "date": m.day,
                    "user": m.user,
                    "round_share_of_manual_entries": f"{round_share:.1%}",
                    "why": "round sums in manual entries are typical of estimates, plugs and "
                    "made-up postings; this one does not recur like rent",
                },
                score=float(score),
            )
        )
    return found
