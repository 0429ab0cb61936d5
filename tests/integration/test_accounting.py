"""Accounting rules: balanced entries, locked and closed periods, posted entries are final."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import IllegalState, InvalidInput, NotFound, PeriodLocked, Unbalanced
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry, JournalLine, PeriodState
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.company.service import set_lock_date
from tests import factories as f

D = Decimal


def capital_entry(on: date, debit: str = "1000.00", credit: str = "1000.00") -> EntryIn:
    return EntryIn(
        date=on,
        ref="Capital paid in",
        lines=[
            EntryLineIn(account_code="1010", debit=D(debit)),
            EntryLineIn(account_code="3000", credit=D(credit)),
        ],
    )


def test_balanced_entry_is_posted_and_numbered(session: Session) -> None:
    entry = accounting.create_entry(session, capital_entry(date(2026, 1, 5)))
    assert entry.number == "GEN/2026/00001"
    assert entry.state.value == "posted"
    assert [(ln.debit, ln.credit) for ln in entry.lines] == [
        (D("1000.00"), D("0.00")),
        (D("0.00"), D("1000.00")),
    ]
    second = accounting.create_entry(session, capital_entry(date(2026, 1, 6), "5", "5"))
    assert second.number == "GEN/2026/00002"


def test_unbalanced_entry_is_refused_naming_the_amounts(session: Session) -> None:
    with pytest.raises(Unbalanced) as err:
        accounting.create_entry(session, capital_entry(date(2026, 1, 5), "100.00", "90.00"))
    assert err.value.message == ("Capital paid in: debits 100.00 and credits 90.00 differ by 10.00")
    assert err.value.details == {"debit": "100.00", "credit": "90.00"}
    assert session.scalars(select(JournalEntry)).all() == []


def test_bad_lines_are_refused(session: Session) -> None:
    with pytest.raises(InvalidInput, match="a journal entry needs at least two lines"):
        accounting.create_entry(
            session,
            EntryIn(date=date(2026, 1, 5), lines=[EntryLineIn(account_code="1010", debit=D(1))]),
        )
    with pytest.raises(NotFound, match="account '9999' does not exist"):
        accounting.create_entry(
            session,
            EntryIn(
                date=date(2026, 1, 5),
                lines=[
                    EntryLineIn(account_code="9999", debit=D(1)),
                    EntryLineIn(account_code="3000", credit=D(1)),
                ],
            ),
        )
    receivable = EntryIn(
        date=date(2026, 1, 5),
        lines=[
            EntryLineIn(account_code="1100", debit=D(1)),
            EntryLineIn(account_code="4000", credit=D(1)),
        ],
    )
    with pytest.raises(InvalidInput, match=r"lines\[1\].account_code: .* is a control account"):
        accounting.create_entry(session, receivable)
    with pytest.raises(
        InvalidInput, match=r"lines\[1\].partner_id: account 1100 .* needs a partner"
    ):
        accounting.create_entry(session, receivable, control_accounts=True)
    with pytest.raises(InvalidInput, match=r"lines\[2\]: debit or credit must be more than zero"):
        accounting.create_entry(
            session,
            EntryIn(
                date=date(2026, 1, 5),
                lines=[
                    EntryLineIn(account_code="1010", debit=D(1)),
                    EntryLineIn(account_code="3000"),
                    EntryLineIn(account_code="3000", credit=D(1)),
                ],
            ),
        )
    with pytest.raises(InvalidInput, match="a line is either a debit or a credit"):
        accounting.create_entry(
            session,
            EntryIn(
                date=date(2026, 1, 5),
                lines=[
                    EntryLineIn(account_code="1010", debit=D(2), credit=D(1)),
                    EntryLineIn(account_code="3000", credit=D(1)),
                ],
            ),
        )


def test_lock_date_refuses_postings_on_or_before_it(session: Session) -> None:
    set_lock_date(session, date(2026, 1, 31), reason="January filed")
    with pytest.raises(PeriodLocked) as err:
        accounting.create_entry(session, capital_entry(date(2026, 1, 31)))
    assert err.value.message == (
        "Capital paid in: date 2026-01-31 is on or before the lock date 2026-01-31"
    )
    assert err.value.details["lock_date"] == "2026-01-31"
    entry = accounting.create_entry(session, capital_entry(date(2026, 2, 1)))
    assert entry.date == date(2026, 2, 1)


def test_closed_period_refuses_postings_until_reopened(session: Session) -> None:
    accounting.set_period_state(session, 2026, 3, PeriodState.CLOSED)
    with pytest.raises(PeriodLocked, match=r"^Capital paid in: period 2026-03 is closed$"):
        accounting.create_entry(session, capital_entry(date(2026, 3, 15)))
    accounting.create_entry(session, capital_entry(date(2026, 4, 1)))  # April is open
    accounting.set_period_state(session, 2026, 3, PeriodState.OPEN)
    assert accounting.create_entry(session, capital_entry(date(2026, 3, 15))).number
    with pytest.raises(InvalidInput, match="13 is not a month"):
        accounting.set_period_state(session, 2026, 13, PeriodState.CLOSED)


def test_reversal_mirrors_and_links_and_cannot_be_repeated(session: Session) -> None:
    cust = f.customer(session)
    original = accounting.create_entry(
        session,
        EntryIn(
            date=date(2026, 1, 10),
            ref="Manual invoice",
            lines=[
                EntryLineIn(account_code="1100", debit=D("113.00"), partner_id=cust.id),
                EntryLineIn(account_code="4000", credit=D("100.00")),
                EntryLineIn(account_code="2100", credit=D("13.00")),
            ],
        ),
        control_accounts=True,
    )
    rev = accounting.reverse_entry(session, original.id, date(2026, 1, 20), reason="typo")
    assert rev.reversal_of_id == original.id and original.reversed_by_id == rev.id
    assert rev.ref == f"Reversal of {original.number}: typo"
    assert rev.date == date(2026, 1, 20)
    assert [(ln.account_id, ln.partner_id, ln.debit, ln.credit) for ln in rev.lines] == [
        (ln.account_id, ln.partner_id, ln.credit, ln.debit) for ln in original.lines
    ]
    for code in ("1100", "4000", "2100"):
        acc = accounting.account_by_code(session, code)
        lines = session.scalars(select(JournalLine).where(JournalLine.account_id == acc.id))
        assert sum((ln.debit - ln.credit for ln in lines), D(0)) == 0
    with pytest.raises(InvalidInput, match=f"{original.number} was already reversed"):
        accounting.reverse_entry(session, original.id)
    with pytest.raises(InvalidInput, match=f"{rev.number} is itself a reversal"):
        accounting.reverse_entry(session, rev.id)
    with pytest.raises(NotFound, match="journal entry 9999 does not exist"):
        accounting.reverse_entry(session, 9999)


def test_reversal_into_a_locked_period_is_refused(session: Session) -> None:
    entry = accounting.create_entry(session, capital_entry(date(2026, 1, 10)))
    set_lock_date(session, date(2026, 1, 31))
    with pytest.raises(PeriodLocked, match="on or before the lock date"):
        accounting.reverse_entry(session, entry.id)  # defaults to the original's date
    rev = accounting.reverse_entry(session, entry.id, date(2026, 2, 1))
    assert rev.reversal_of_id == entry.id


def test_guard_refuses_relinking_a_reversed_entry(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        first = accounting.create_entry(s, capital_entry(date(2026, 1, 5))).id
        other = accounting.create_entry(s, capital_entry(date(2026, 1, 6))).id
        reversal = accounting.reverse_entry(s, first).id
    with (
        pytest.raises(IllegalState, match=r"journal entry GEN/2026/00001 is posted; cannot edit"),
        unit_of_work(engine) as s,
    ):
        s.get_one(JournalEntry, first).reversed_by_id = other
        s.flush()
    with unit_of_work(engine) as s:
        assert s.get_one(JournalEntry, first).reversed_by_id == reversal


def _posted_entry(engine: Engine) -> int:
    with unit_of_work(engine, actor="test") as s:
        return accounting.create_entry(s, capital_entry(date(2026, 1, 5))).id


def test_guard_refuses_editing_a_posted_entry(engine: Engine) -> None:
    entry_id = _posted_entry(engine)
    with (
        pytest.raises(IllegalState, match=r"journal entry GEN/2026/00001 is posted; cannot edit"),
        unit_of_work(engine) as s,
    ):
        s.get_one(JournalEntry, entry_id).ref = "rewritten history"
        s.flush()
    with (
        pytest.raises(IllegalState, match=r"journal entry GEN/2026/00001 is posted; cannot edit"),
        unit_of_work(engine) as s,
    ):
        s.get_one(JournalEntry, entry_id).date = date(2026, 1, 6)
        s.flush()


def test_guard_refuses_editing_a_posted_line(engine: Engine) -> None:
    entry_id = _posted_entry(engine)
    with (
        pytest.raises(IllegalState, match=r"journal line \d+ is posted; cannot edit it"),
        unit_of_work(engine) as s,
    ):
        line = s.get_one(JournalEntry, entry_id).lines[0]
        line.debit = D("999.00")
        s.flush()
    with unit_of_work(engine) as s:
        assert s.get_one(JournalEntry, entry_id).lines[0].debit == D("1000.00")


def test_guard_refuses_deleting_posted_entries_and_lines(engine: Engine) -> None:
    entry_id = _posted_entry(engine)
    with (
        pytest.raises(IllegalState, match=r"journal entry GEN/2026/00001 is posted; cannot delete"),
        unit_of_work(engine) as s,
    ):
        s.delete(s.get_one(JournalEntry, entry_id))
        s.flush()
    with (
        pytest.raises(IllegalState, match=r"journal line \d+ is posted; cannot delete it"),
        unit_of_work(engine) as s,
    ):
        s.delete(s.get_one(JournalEntry, entry_id).lines[1])
        s.flush()
    with (
        pytest.raises(IllegalState, match=r"is posted; cannot edit it; reverse it instead"),
        unit_of_work(engine) as s,
    ):  # un-posting is an edit too
        s.get_one(JournalEntry, entry_id).state = accounting.EntryState.DRAFT
        s.flush()
    with unit_of_work(engine) as s:
        entry = s.get_one(JournalEntry, entry_id)
        assert len(entry.lines) == 2 and entry.state.value == "posted"
