"""Login throttling: exponential back-off per client address and per account name, kept in the
database so every server process sees the same counts."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, String, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base, utcnow


@dataclass(frozen=True)
class Rule:
    """Failures allowed before any wait, and the longest wait the back-off grows to."""

    free_failures: int
    longest_wait: timedelta


# An account name gets a short ceiling: an attacker who keeps failing only delays the real
# user (from any address) by a minute, and guesses spread over many addresses stay slow.
ACCOUNT = Rule(free_failures=5, longest_wait=timedelta(minutes=1))
# One address gets more free tries (an office behind one NAT) but a long ceiling: a single
# machine guessing passwords, or spraying one password over many names, is slowed to a crawl.
ADDRESS = Rule(free_failures=20, longest_wait=timedelta(minutes=15))
# Failures older than this are forgotten: the next one starts the count again.
FORGET_AFTER = timedelta(minutes=15)


class LoginThrottle(Base):
    """Recent failed logins of one account name or one client address."""

    __tablename__ = "login_throttle"

    # "account:<sha256 of the name>" or "address:<ip>"; the name is hashed so that any
    # string typed into the login form fits, and no password typed as a name is stored.
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=utcnow().tzinfo)


def account_key(username: str) -> str:
    return "account:" + hashlib.sha256(username.encode()).hexdigest()[:64]


def address_key(address: str) -> str:
    return "address:" + address[:64]


def keys_of(username: str, address: str | None) -> dict[str, Rule]:
    """The counters one login attempt is held against, with their rules."""
    keys = {account_key(username): ACCOUNT}
    if address:
        keys[address_key(address)] = ADDRESS
    return keys


def wait_left(session: Session, keys: dict[str, Rule]) -> int:
    """Seconds until these keys may try again (0: now)."""
    now = utcnow()
    rows = session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys))).all()
    waits = [
        (_aware(row.blocked_until) - now).total_seconds()
        for row in rows
        if row.blocked_until is not None
    ]
    return max(0, math.ceil(max(waits, default=0.0)))


def note_failure(session: Session, keys: dict[str, Rule]) -> None:
    """Count a failed login against each key; past its free failures a key waits 1 s, 2 s,
    4 s ... up to its rule's longest wait."""
    now = utcnow()
    for key, rule in sorted(keys.items()):  # one order everywhere, so writers never deadlock
        row = _locked(session, key, now)
        if now - _aware(row.last_failure_at) > FORGET_AFTER:
            row.failures, row.blocked_until = 0, None
        row.failures += 1
        row.last_failure_at = now
        over = row.failures - rule.free_failures
        if over >= 0:
            wait = min(timedelta(seconds=2 ** min(over, 20)), rule.longest_wait)
            row.blocked_until = now + wait
    # Names typed once and never again would pile up: forget what is past remembering.
    session.execute(delete(LoginThrottle).where(LoginThrottle.last_failure_at < now - FORGET_AFTER))


def forget(session: Session, key: str) -> None:
    """A successful login clears its account's count (never its address's: an attacker
    could otherwise reset the address by signing in to an account of their own)."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))


def _locked(session: Session, key: str, now: datetime) -> LoginThrottle:
    locked = select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()
    row = session.execute(locked).scalar_one_or_none()
    if row is None:
        # Two workers may count the first failure of a key at once: the loser's savepoint
        # rolls back and it waits on the winner's row lock instead of failing.
        try:
            with session.begin_nested():
                session.add(LoginThrottle(key=key, failures=0, last_failure_at=now))
        except IntegrityError:
            pass
        row = session.execute(locked).scalar_one()
    return row
