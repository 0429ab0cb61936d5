"""The month-end close checklist: what is still to do before a month's books can be closed,
each check with the documents behind it.

Draft documents dated in the month, payments not matched to invoices, stock valuation against
the inventory account, open items against the receivable and payable accounts, earlier months
still open, and alerts nobody has looked at. A check passes when it finds nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money
from smarterp.erp.accounting import chart
from smarterp.erp.accounting.models import (
    EntryState,
    JournalEntry,
    JournalLine,
    Period,
    PeriodState,
)
from smarterp.erp.accounting.service import account_for_role
from smarterp.erp.company.service import get_company
from smarterp.erp.inventory.models import Shipment, ShipmentState
from smarterp.erp.inventory.reports import stock_valuation
from smarterp.erp.invoicing.models import Invoice, InvoiceState, Payment, PaymentState
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.partners.models import Partner
from smarterp.intel.watch.findings import books_as_of
from smarterp.intel.watch.models import Alert, AlertState

CheckKey = Literal[
    "draft_documents",
    "unallocated_payments",
    "stock_vs_ledger",
    "open_items_vs_ledger",
    "open_periods",
    "new_alerts",
]
MonthState = Literal["open", "closed", "locked"]
KIND_WORDS = {
    "out_invoice": "customer invoice",
    "out_refund": "customer credit note",
    "in_invoice": "vendor bill",
    "in_refund": "supplier credit note",
}
# Enough to act on; the count says how many there are in all.
MAX_ITEMS = 200


class CheckItem(BaseModel):
    kind: str  # customer invoice, vendor bill, journal entry, delivery, payment, month, alert...
    document: str
    date: dt.date | None = None
    partner: str | None = None
    amount: Decimal | None = None
    note: str = ""


class CloseCheck(BaseModel):
    key: CheckKey
    title: str
    ok: bool
    count: int
    figures: dict[str, Decimal]
    items: list[CheckItem]
    how_to_fix: str


class CloseChecklist(BaseModel):
    period: str  # YYYY-MM
    date_from: date
    date_to: date
    period_state: MonthState
    lock_date: date | None
    ready: bool
    checks: list[CloseCheck]


def parse_period(text: str) -> tuple[int, int]:
    """'2025-06' -> (2025, 6); anything else is refused naming the field."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", (text or "").strip())
    if m is None or not 1 <= int(m[2]) <= 12 or not 1900 <= int(m[1]) <= 2199:
        raise InvalidInput("period", f"{text!r} is not a month like 2025-06")
    return int(m[1]), int(m[2])


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Partner.id, Partner.name)).all())


def _drafts(session: Session, start: date, end: date) -> CloseCheck:
    names = _names(session)
    items: list[CheckItem] = []
    for inv in session.scalars(
        select(Invoice)
        .where(Invoice.state == InvoiceState.DRAFT, Invoice.invoice_date.between(start, end))
        .order_by(Invoice.invoice_date, Invoice.id)
    ):
        items.append(
            CheckItem(
                kind=KIND_WORDS[inv.kind.value],
                document=inv.number or f"draft #{inv.id}",
                date=inv.invoice_date,
                partner=names.get(inv.partner_id),
                amount=inv.amount_total,
                note="draft: post or cancel it",
            )
        )
    for entry in session.scalars(
        select(JournalEntry)
        .where(JournalEntry.state == EntryState.DRAFT, JournalEntry.date.between(start, end))
        .order_by(JournalEntry.date, JournalEntry.id)
    ):
        items.append(
            CheckItem(
                kind="journal entry",
                document=entry.number or f"draft #{entry.id}",
                date=entry.date,
                note=entry.ref or "draft: post or delete it",
            )
        )
    for ship in session.scalars(
        select(Shipment)
        .where(
            Shipment.state.in_([ShipmentState.WAITING, ShipmentState.READY]),
            Shipment.scheduled_date.between(start, end),
        )
        .order_by(Shipment.scheduled_date, Shipment.id)
    ):
        items.append(
            CheckItem(
                kind=ship.kind.value,
                document=ship.number,
                date=ship.scheduled_date,
                partner=names.get(ship.partner_id or 0),
                note="not done: the stock and its value have not moved",
            )
        )
    return CloseCheck(
        key="draft_documents",
        title="Unposted documents dated in the month",
        ok=not items,
        count=len(items),
        figures={},
        items=items[:MAX_ITEMS],
        how_to_fix="post or cancel each draft invoice and bill; validate or reschedule the "
        "deliveries and receipts",
    )


def _unallocated(session: Session, end: date) -> CloseCheck:
    names = _names(session)
    rows = list(
        session.scalars(
            select(Payment)
            .where(
                Payment.state == PaymentState.POSTED,
                Payment.unallocated > 0,
                Payment.date <= end,
            )
            .order_by(Payment.date, Payment.id)
        )
    )
    items = [
        CheckItem(
            kind=f"{p.direction.value} payment",
            document=p.number,
            date=p.date,
            partner=names.get(p.partner_id),
            # In the company currency, as the figure above them adds up.
            amount=money(p.unallocated * p.exchange_rate),
            note="not matched to an invoice",
        )
        for p in rows
    ]
    return CloseCheck(
        key="unallocated_payments",
        title="Payments not matched to invoices",
        ok=not items,
        count=len(items),
        figures={"unallocated": money(sum((i.amount or ZERO for i in items), ZERO))},
        items=items[:MAX_ITEMS],
        how_to_fix="match each payment to the invoices it pays, or refund it",
    )


def _stock(session: Session, end: date) -> CloseCheck:
    report = stock_valuation(session, end)
    inventory = account_for_role(session, "inventory")
    # Manual entries are the usual reason the account and the stock part: list them.
    manual = session.execute(
        select(JournalEntry, JournalLine.debit - JournalLine.credit)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .where(
            JournalLine.account_id == inventory.id,
            JournalLine.posted.is_(True),
            JournalLine.date <= end,
            JournalEntry.source_type == chart.MANUAL,
        )
        .order_by(JournalEntry.date, JournalEntry.id)
    ).all()
    items = [
        CheckItem(
            kind="manual journal entry",
            document=entry.number or f"#{entry.id}",
            date=entry.date,
            amount=amount,
            note=entry.ref or "",
        )
        for entry, amount in manual
    ]
    return CloseCheck(
        key="stock_vs_ledger",
        title="Stock valuation against the inventory account",
        ok=report.difference == 0,
        count=len(items) if report.difference else 0,
        figures={
            "stock_value": report.total_value,
            "inventory_account": report.inventory_account,
            "difference": report.difference,
        },
        items=items[:MAX_ITEMS] if report.difference else [],
        how_to_fix="find what posted to the inventory account without moving stock (the manual "
        "entries listed) and reverse it, or count the stock",
    )


def _open_items(session: Session, end: date) -> CloseCheck:
    figures: dict[str, Decimal] = {}
    for kind in ("receivable", "payable"):
        report = aging(session, kind, end)
        figures[f"{kind}_open_items"] = report.totals.total
        figures[f"{kind}_account"] = report.account_balance
        figures[f"{kind}_difference"] = report.difference
    ok = figures["receivable_difference"] == 0 and figures["payable_difference"] == 0
    return CloseCheck(
        key="open_items_vs_ledger",
        title="Open invoices and bills against the receivable and payable accounts",
        ok=ok,
        count=0 if ok else 1,
        figures=figures,
        items=[],
        how_to_fix="look for entries posted by hand to the receivable or payable account",
    )


def _months_between(first: date, last: date) -> list[tuple[int, int]]:
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _state_of(year: int, month: int, closed: set[tuple[int, int]], lock: date | None) -> MonthState:
    if (year, month) in closed:
        return "closed"
    if lock is not None and _month_end(year, month) <= lock:
        return "locked"
    return "open"


def _periods(session: Session, year: int, month: int) -> tuple[CloseCheck, MonthState, date | None]:
    lock = get_company(session).lock_date
    closed = {
        (p.year, p.month)
        for p in session.scalars(select(Period).where(Period.state == PeriodState.CLOSED))
    }
    first = session.scalar(select(func.min(JournalLine.date)).where(JournalLine.posted.is_(True)))
    earlier = (
        _months_between(first, date(year, month, 1))[:-1]
        if first and first < date(year, month, 1)
        else []
    )
    still_open = [(y, m) for y, m in earlier if _state_of(y, m, closed, lock) == "open"]
    items = [
        CheckItem(kind="month", document=f"{y}-{m:02d}", date=date(y, m, 1), note="still open")
        for y, m in still_open
    ]
    check = CloseCheck(
        key="open_periods",
        title="Earlier months still open",
        ok=not items,
        count=len(items),
        figures={},
        items=items[:MAX_ITEMS],
        how_to_fix="close the earlier months first (smarterp period close YYYY-MM), or set a "
        "lock date",
    )
    return check, _state_of(year, month, closed, lock), lock


def _alerts(session: Session) -> CloseCheck:
    rows = list(
        session.scalars(
            select(Alert).where(Alert.state == AlertState.NEW).order_by(Alert.id.desc())
        )
    )
    order = {"high": 0, "medium": 1, "low": 2}
    rows.sort(key=lambda a: (order.get(a.severity.value, 3), -a.id))
    figures = {s: Decimal(sum(1 for a in rows if a.severity.value == s)) for s in order}
    items = [
        CheckItem(
            kind=f"alert ({a.severity.value})",
            document=f"#{a.id} {a.kind}",
            note=a.summary,
        )
        for a in rows
    ]
    return CloseCheck(
        key="new_alerts",
        title="Alerts nobody has looked at",
        ok=not items,
        count=len(items),
        figures=figures,
        items=items[:MAX_ITEMS],
        how_to_fix="acknowledge, resolve or dismiss each alert on the Alerts page",
    )


def close_checklist(session: Session, period: str | None = None) -> CloseChecklist:
    """What stands between the month `period` (YYYY-MM) and its close; by default the month
    the books have reached, the one people come to close."""
    if period is None:
        latest = books_as_of(session) or date.today()
        period = f"{latest.year}-{latest.month:02d}"
    year, month = parse_period(period)
    start, end = date(year, month, 1), _month_end(year, month)
    periods, state, lock = _periods(session, year, month)
    checks = [
        _drafts(session, start, end),
        _unallocated(session, end),
        _stock(session, end),
        _open_items(session, end),
        periods,
        _alerts(session),
    ]
    return CloseChecklist(
        period=f"{year}-{month:02d}",
        date_from=start,
        date_to=end,
        period_state=state,
        lock_date=lock,
        ready=all(c.ok for c in checks),
        checks=checks,
    )
