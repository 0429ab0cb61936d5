"""Gap-free document numbers (SO00001, INV/2026/00001) kept in one counter table."""

from __future__ import annotations

from sqlalchemy import Integer, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base


class NumberSequence(Base):
    __tablename__ = "number_sequence"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20))
    next_number: Mapped[int] = mapped_column(Integer, default=1)
    padding: Mapped[int] = mapped_column(Integer, default=5)


def next_number(session: Session, code: str, prefix: str, padding: int = 5) -> str:
    """Take the next number; the row lock makes concurrent writers wait instead of colliding."""
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
