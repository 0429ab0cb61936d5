"""Gap-free document numbers (SO00001, INV/2026/00001) kept in one counter table."""

from __future__ import annotations

from sqlalchemy import Integer, String, select
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
    seq = session.execute(
        select(NumberSequence).where(NumberSequence.code == code).with_for_update()
    ).scalar_one_or_none()
    if seq is None:
        seq = NumberSequence(code=code, prefix=prefix, next_number=1, padding=padding)
        session.add(seq)
        session.flush()
    number = seq.next_number
    seq.next_number = number + 1
    return f"{seq.prefix}{number:0{seq.padding}d}"
