"""Document numbers (SO00001, INV/2026/00001): gap-free from a counter table, or fast."""

from __future__ import annotations

import re

from sqlalchemy import Integer, String, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base


class NumberSequence(Base):
    __tablename__ = "number_sequence"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20))
    next_number: Mapped[int] = mapped_column(Integer, default=1)
    padding: Mapped[int] = mapped_column(Integer, default=5)


def next_number(
    session: Session, code: str, prefix: str, padding: int = 5, *, gapless: bool = True
) -> str:
    """Take the next number.

    Gapless numbers (invoices, payments, journal entries: auditors and tax law want no holes)
    come from a counter row locked until the transaction ends: concurrent writers queue on it.
    Numbers that may skip one after a rolled-back transaction (orders, shipments) come, on
    PostgreSQL, from a database sequence, which never makes anyone wait. SQLite has one
    writer at a time anyway and always uses the counter.
    """
    if not gapless and session.get_bind().dialect.name == "postgresql":
        return f"{prefix}{_from_pg_sequence(session, code):0{padding}d}"
    locked = select(NumberSequence).where(NumberSequence.code == code).with_for_update()
    with session.no_autoflush:  # the counter row does not depend on pending changes
        seq = session.execute(locked).scalar_one_or_none()
    if seq is None:
        # Two first users of a sequence may both try to create it: the loser's savepoint
        # rolls back and it waits on the winner's row lock instead of failing.
        try:
            with session.begin_nested():
                session.add(
                    NumberSequence(code=code, prefix=prefix, next_number=1, padding=padding)
                )
        except IntegrityError:
            pass
        seq = session.execute(locked).scalar_one()
    number = seq.next_number
    seq.next_number = number + 1
    return f"{seq.prefix}{number:0{seq.padding}d}"


# Sequences this process has made sure of, per database; emptied when a schema is (re)built.
known_sequences: set[tuple[str, str]] = set()


def _from_pg_sequence(session: Session, code: str) -> int:
    name = "docno_" + re.sub(r"[^a-z0-9]+", "_", code.lower()).strip("_")
    key = (session.get_bind().engine.url.render_as_string(hide_password=True), name)
    if key not in known_sequences:
        if session.scalar(text("SELECT to_regclass(:n)"), {"n": name}) is not None:
            known_sequences.add(key)  # committed, so every transaction can use it
        else:
            _create_sequence(session, code, name)
    return int(session.scalar(text(f"SELECT nextval('{name}')")) or 0)


def _create_sequence(session: Session, code: str, name: str) -> None:
    # Continue from the counter if numbers were ever taken there (e.g. on SQLite before a move
    # to PostgreSQL). Two first users may race: the second waits for the first to commit and
    # its own CREATE fails harmlessly inside the savepoint.
    with session.no_autoflush:
        start = session.scalar(
            select(NumberSequence.next_number).where(NumberSequence.code == code)
        )
    try:
        with session.begin_nested():
            session.execute(
                text(f"CREATE SEQUENCE IF NOT EXISTS {name} START WITH {int(start or 1)}")
            )
    except DBAPIError:
        pass
