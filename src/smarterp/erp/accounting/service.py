"""Accounting use-cases: set up the chart, post, reverse, lock and close periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.bounds import check_date
from smarterp.core.db import session_cache, utcnow
from smarterp.core.errors import InvalidInput, NotFound, PeriodLocked, Unbalanced
from smarterp.core.events import record_event
from smarterp.core.money import ZERO, money
from smarterp.core.sequence import next_number
from smarterp.erp.accounting import chart
from smarterp.erp.accounting.models import (
    Account,
    EntryState,
    Journal,
    JournalEntry,
    JournalLine,
    Period,
    PeriodState,
    Tax,
)
from smarterp.erp.accounting.schemas import EntryIn
from smarterp.erp.company.service import get_company


@dataclass(frozen=True)
class Line:
    """One side of a posting, before it becomes a journal line."""

    account_id: int
    debit: Decimal = ZERO
    credit: Decimal = ZERO
    partner_id: int | None = None
    product_id: int | None = None
    description: str | None = None
    # A line of a document in another currency: that currency and the amount in it.
    currency: str | None = None
    amount_currency: Decimal | None = None


def install_chart(session: Session) -> None:
    """Create the default accounts, journals and taxes that are missing; safe to run again."""
    existing = {a.code for a in session.scalars(select(Account))}
    for code, name, name_zh, type_, role in chart.ACCOUNTS:
        if code not in existing:
            session.add(
                Account(
                    code=code,
                    name=name,
                    name_zh=name_zh,
                    type=type_,
                    role=role,
                    needs_partner=role in chart.PARTNER_ROLES,
                )
            )
    session.flush()
    _role_cache(session).clear()
    journals = {j.code for j in session.scalars(select(Journal))}
    for code, name, name_zh, jtype, role in chart.JOURNALS:
        if code not in journals:
            default = account_for_role(session, role).id if role else None
            session.add(
                Journal(
                    code=code, name=name, name_zh=name_zh, type=jtype, default_account_id=default
                )
            )
    taxes = {t.code for t in session.scalars(select(Tax))}
    for code, name, name_zh, scope, rate, role in chart.TAXES:
        if code not in taxes:
            session.add(
                Tax(
                    code=code,
                    name=name,
                    name_zh=name_zh,
                    scope=scope,
                    rate=rate,
                    account_id=account_for_role(session, role).id,
                )
            )
    session.flush()


def _role_cache(session: Session) -> dict[str, Account]:
    cache: dict[str, Account] = session_cache(session, "account_roles")
    return cache


def account_for_role(session: Session, role: str) -> Account:
    cache = _role_cache(session)
    if role not in cache:
        account = session.execute(select(Account).where(Account.role == role)).scalar_one_or_none()
        if account is None:
            raise NotFound("account with role", role)
        cache[role] = account
    return cache[role]


def account_by_code(session: Session, code: str) -> Account:
    account = session.execute(select(Account).where(Account.code == code)).scalar_one_or_none()
    if account is None:
        raise NotFound("account", code)
    return account


def journal_by_code(session: Session, code: str) -> Journal:
    journal = session.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none()
    if journal is None:
        raise NotFound("journal", code)
    return journal


def tax_by_code(session: Session, code: str) -> Tax:
    # Remembered for the transaction: an order asks for the same few taxes line after line.
    known: dict[str, Tax] = session_cache(session, "taxes_by_code")
    if code not in known:
        with session.no_autoflush:
            tax = session.execute(select(Tax).where(Tax.code == code)).scalar_one_or_none()
        if tax is None:
            raise NotFound("tax", code)
        known[code] = tax
    return known[code]


def check_open(session: Session, on: date, what: str) -> None:
    """Refuse a posting dated in a locked or closed period."""
    company = get_company(session)
    if company.lock_date is not None and on <= company.lock_date:
        raise PeriodLocked(
            f"{what}: date {on.isoformat()} is on or before the lock date "
            f"{company.lock_date.isoformat()}",
            details={"field": "date", "date": on.isoformat(), "lock_date": str(company.lock_date)},
        )
    with session.no_autoflush:
        period = session.execute(
            select(Period).where(Period.year == on.year, Period.month == on.month)
        ).scalar_one_or_none()
    if period is not None and period.state == PeriodState.CLOSED:
        raise PeriodLocked(
            f"{what}: period {on.year}-{on.month:02d} is closed",
            details={"field": "date", "date": on.isoformat()},
        )


def post(
    session: Session,
    journal_code: str,
    on: date,
    lines: list[Line],
    *,
    ref: str | None = None,
    source_type: str | None = None,
    source_id: int | None = None,
) -> JournalEntry | None:
    """Post a balanced entry; returns None when every line is zero (nothing to book)."""
    what = ref or source_type or "journal entry"
    check_date(on, "date", record=what)
    lines = [ln for ln in lines if money(ln.debit) != ZERO or money(ln.credit) != ZERO]
    if not lines:
        return None
    check_open(session, on, what)
    total_debit = sum((money(ln.debit) for ln in lines), ZERO)
    total_credit = sum((money(ln.credit) for ln in lines), ZERO)
    if total_debit != total_credit:
        raise Unbalanced(
            f"{what}: debits {total_debit} and credits {total_credit} differ by "
            f"{total_debit - total_credit}",
            details={"debit": str(total_debit), "credit": str(total_credit)},
        )
    journal = journal_by_code(session, journal_code)
    entry = JournalEntry(
        journal_id=journal.id,
        date=on,
        ref=ref,
        state=EntryState.POSTED,
        source_type=source_type,
        source_id=source_id,
        posted_at=utcnow(),
        created_by=session.info.get("actor"),
        number=next_number(session, f"je.{journal.code}.{on.year}", f"{journal.code}/{on.year}/"),
    )
    for ln in lines:
        if ln.debit < 0 or ln.credit < 0:
            raise InvalidInput("debit/credit", "amounts must not be negative", record=what)
        if ln.debit > 0 and ln.credit > 0:
            raise InvalidInput("debit/credit", "a line is either a debit or a credit", record=what)
        entry.lines.append(
            JournalLine(
                account_id=ln.account_id,
                partner_id=ln.partner_id,
                product_id=ln.product_id,
                description=ln.description,
                debit=money(ln.debit),
                credit=money(ln.credit),
                currency=ln.currency,
                amount_currency=None if ln.amount_currency is None else money(ln.amount_currency),
                date=on,
                posted=True,
            )
        )
    session.add(entry)
    session.flush()
    record_event(session, "journal_entry.posted", "journal_entry", entry.id, number=entry.number)
    return entry


def create_entry(session: Session, cmd: EntryIn, *, control_accounts: bool = False) -> JournalEntry:
    """A manual journal entry: accounts by code, checked and posted at once. Control accounts
    (stock, receivables, payables, VAT) take it only when `control_accounts` is set."""
    lines: list[Line] = []
    check_date(cmd.date, "date", record=cmd.ref)
    if len(cmd.lines) < 2:
        raise InvalidInput("lines", "a journal entry needs at least two lines", record=cmd.ref)
    for i, ln in enumerate(cmd.lines, start=1):
        account = account_by_code(session, ln.account_code)
        if not account.active:
            raise InvalidInput(f"lines[{i}].account_code", f"account {account.code} is inactive")
        if account.role in chart.CONTROL_ROLES and not control_accounts:
            raise InvalidInput(
                f"lines[{i}].account_code",
                f"account {account.code} {account.name} is a control account that only its "
                "documents post to (deliveries, receipts, invoices, bills, payments); correct it "
                "through the document, or have an administrator set "
                "SMARTERP_MANUAL_CONTROL_POSTINGS for accountants",
                record=cmd.ref,
            )
        if account.needs_partner and ln.partner_id is None:
            raise InvalidInput(
                f"lines[{i}].partner_id", f"account {account.code} {account.name} needs a partner"
            )
        if ln.debit == 0 and ln.credit == 0:
            raise InvalidInput(f"lines[{i}]", "debit or credit must be more than zero")
        lines.append(
            Line(
                account_id=account.id,
                debit=ln.debit,
                credit=ln.credit,
                partner_id=ln.partner_id,
                product_id=ln.product_id,
                description=ln.description,
            )
        )
    entry = post(
        session,
        cmd.journal_code,
        cmd.date,
        lines,
        ref=cmd.ref,
        source_type=chart.MANUAL,
    )
    assert entry is not None  # every line is non-zero, so something was posted
    record_audit(session, "journal_entry.create", entry)
    return entry


def get_entry(session: Session, entry_id: int) -> JournalEntry:
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise NotFound("journal entry", entry_id)
    return entry


# How each document that posts is corrected; its own correction reverses or offsets its entry.
_CORRECTED_THROUGH = {
    "shipment": "return the goods through their order",
    "stock_move": "adjust or count the stock again",
    "invoice": "cancel the invoice or issue a credit note",
    "payment": "register a payment in the other direction",
}


def reverse_entry(
    session: Session, entry_id: int, on: date | None = None, reason: str | None = None
) -> JournalEntry:
    """Reverse a manual entry (API, CLI). An entry a document posted is corrected through that
    document (cancel, return, credit note), which reverses it and keeps the two in step."""
    original = get_entry(session, entry_id)
    source = original.source_type
    if source is not None and source != chart.MANUAL:
        how = _CORRECTED_THROUGH.get(source, f"correct it through the {source}")
        raise InvalidInput(
            "entry",
            f"posted by {source} {original.source_id}, so not reversed by hand "
            f"(the document and its entry would disagree): {how}",
            record=original.number,
        )
    return reverse_posting(session, entry_id, on, reason)


def reverse_posting(
    session: Session, entry_id: int, on: date | None = None, reason: str | None = None
) -> JournalEntry:
    """Cancel a posted entry the only legal way: a mirror entry with debits and credits swapped.
    Documents call this for their own entries; people go through `reverse_entry`."""
    original = get_entry(session, entry_id)
    if original.reversed_by_id is not None:
        raise InvalidInput(
            "entry", f"{original.number} was already reversed", record=original.number
        )
    if original.reversal_of_id is not None:
        raise InvalidInput(
            "entry", f"{original.number} is itself a reversal", record=original.number
        )
    mirror = [
        Line(
            account_id=ln.account_id,
            debit=ln.credit,
            credit=ln.debit,
            partner_id=ln.partner_id,
            product_id=ln.product_id,
            description=ln.description,
            currency=ln.currency,
            amount_currency=None if ln.amount_currency is None else -ln.amount_currency,
        )
        for ln in original.lines
    ]
    reversal = post(
        session,
        original.journal.code,
        on or original.date,
        mirror,
        ref=f"Reversal of {original.number}" + (f": {reason}" if reason else ""),
        source_type=original.source_type,
        source_id=original.source_id,
    )
    assert reversal is not None
    reversal.reversal_of_id = original.id
    original.reversed_by_id = reversal.id
    session.flush()
    record_audit(session, "journal_entry.reverse", reversal, reason=reason)
    return reversal


def set_period_state(session: Session, year: int, month: int, state: PeriodState) -> Period:
    if not 1 <= month <= 12:
        raise InvalidInput("month", f"{month} is not a month (1-12)")
    period = session.execute(
        select(Period).where(Period.year == year, Period.month == month)
    ).scalar_one_or_none()
    if period is None:
        period = Period(year=year, month=month, state=state)
        session.add(period)
    period.state = state
    record_audit(session, f"period.{state.value}", period)
    return period
