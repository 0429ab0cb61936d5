"""Financial statements from the ledger: trial balance, general ledger, P&L, balance sheet."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import money
from smarterp.erp.accounting.models import Account, AccountType, JournalEntry, JournalLine
from smarterp.erp.accounting.service import account_by_code
from smarterp.erp.partners.models import Partner

# Sums start from a zero with cents so that empty totals print as 0.00, like the rest.
ZERO = money(0)

# Which income and expense roles make up net sales and the cost of those sales.
SALES_ROLES = {"revenue", "sales_returns", "shipping_income"}
COST_OF_SALES_ROLES = {"cogs", "stock_adjustment", "price_difference"}
PNL_FIGURES = ("net_sales", "cost_of_sales", "other_income", "operating_expenses")
# Balance-sheet accounts are current (cash, receivables, stock; payables, VAT) below the x500 of
# their class and long-term from there on (1500 fixed assets, 25xx long-term loans): the chart's
# numbering says which, so a new account is classed by the code it is given.
LONG_TERM_FROM = {AccountType.ASSET: "1500", AccountType.LIABILITY: "2500"}


def is_current(code: str, account_type: AccountType) -> bool:
    """Whether a balance-sheet account is current (due or used within a year) by its code."""
    start = LONG_TERM_FROM.get(account_type)
    return start is not None and code[:4].ljust(4, "0") < start


class TrialBalanceRow(BaseModel):
    code: str
    name: str
    name_zh: str | None
    type: AccountType
    debit: Decimal
    credit: Decimal
    balance: Decimal  # debit minus credit


class TrialBalance(BaseModel):
    date_from: date | None
    as_of: date | None
    rows: list[TrialBalanceRow]
    total_debit: Decimal
    total_credit: Decimal


def _sums(
    session: Session,
    *,
    as_of: date | None = None,
    date_from: date | None = None,
    account_ids: list[int] | None = None,
) -> dict[int, tuple[Decimal, Decimal]]:
    """Debit and credit totals per account, aggregated by the database."""
    stmt = select(
        JournalLine.account_id,
        func.coalesce(func.sum(JournalLine.debit), 0),
        func.coalesce(func.sum(JournalLine.credit), 0),
    ).where(JournalLine.posted.is_(True))
    if as_of is not None:
        stmt = stmt.where(JournalLine.date <= as_of)
    if date_from is not None:
        stmt = stmt.where(JournalLine.date >= date_from)
    if account_ids is not None:
        stmt = stmt.where(JournalLine.account_id.in_(account_ids))
    stmt = stmt.group_by(JournalLine.account_id)
    return {acc: (money(d), money(c)) for acc, d, c in session.execute(stmt)}


def _accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.code)))


def trial_balance(
    session: Session, as_of: date | None = None, date_from: date | None = None
) -> TrialBalance:
    """Debit and credit per account over the period; accounts with no movement are left out."""
    if as_of and date_from and date_from > as_of:
        raise InvalidInput("date_from", f"{date_from} is after {as_of}")
    sums = _sums(session, as_of=as_of, date_from=date_from)
    rows = [
        TrialBalanceRow(
            code=a.code,
            name=a.name,
            name_zh=a.name_zh,
            type=a.type,
            debit=sums[a.id][0],
            credit=sums[a.id][1],
            balance=sums[a.id][0] - sums[a.id][1],
        )
        for a in _accounts(session)
        if a.id in sums
    ]
    return TrialBalance(
        date_from=date_from,
        as_of=as_of,
        rows=rows,
        total_debit=sum((r.debit for r in rows), ZERO),
        total_credit=sum((r.credit for r in rows), ZERO),
    )


class LedgerLine(BaseModel):
    date: date
    entry: str | None
    partner: str | None
    description: str | None
    debit: Decimal
    credit: Decimal
    balance: Decimal


class GeneralLedger(BaseModel):
    account: str
    name: str
    date_from: date | None
    date_to: date | None
    opening_balance: Decimal
    lines: list[LedgerLine]
    truncated: bool  # more lines than `limit`: narrow the dates to see them all
    closing_balance: Decimal


def general_ledger(
    session: Session,
    account_code: str,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 10_000,
) -> GeneralLedger:
    """Every posted line of one account with a running balance (debit minus credit)."""
    account = account_by_code(session, account_code)
    opening = ZERO
    if date_from is not None:
        opening = account_balance(session, account, date_from - timedelta(days=1))
    stmt = (
        select(JournalLine, JournalEntry.number, Partner.name)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .outerjoin(Partner, Partner.id == JournalLine.partner_id)
        .where(JournalLine.account_id == account.id, JournalLine.posted.is_(True))
        .order_by(JournalLine.date, JournalLine.id)
        .limit(limit)
    )
    if date_from is not None:
        stmt = stmt.where(JournalLine.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(JournalLine.date <= date_to)
    running = opening
    lines: list[LedgerLine] = []
    for line, number, partner in session.execute(stmt):
        running += line.debit - line.credit
        lines.append(
            LedgerLine(
                date=line.date,
                entry=number,
                partner=partner,
                description=line.description,
                debit=line.debit,
                credit=line.credit,
                balance=running,
            )
        )
    # The closing balance comes from the database, so it is right even when `limit` cut lines.
    d, c = _sums(session, as_of=date_to, date_from=date_from, account_ids=[account.id]).get(
        account.id, (ZERO, ZERO)
    )
    return GeneralLedger(
        account=account.code,
        name=account.name,
        date_from=date_from,
        date_to=date_to,
        opening_balance=opening,
        lines=lines,
        truncated=len(lines) == limit,
        closing_balance=opening + d - c,
    )


class StatementLine(BaseModel):
    code: str
    name: str
    name_zh: str | None
    amount: Decimal


class PnlPeriod(BaseModel):
    period: str  # YYYY-MM
    net_sales: Decimal
    cost_of_sales: Decimal
    gross_profit: Decimal
    other_income: Decimal
    operating_expenses: Decimal
    net_income: Decimal


class ProfitAndLoss(BaseModel):
    date_from: date | None
    date_to: date | None
    income: list[StatementLine]
    expenses: list[StatementLine]
    net_sales: Decimal
    cost_of_sales: Decimal
    gross_profit: Decimal
    other_income: Decimal
    operating_expenses: Decimal
    total_income: Decimal
    total_expenses: Decimal
    net_income: Decimal
    months: list[PnlPeriod] = []  # filled when asked for by="month"


def _month(session: Session) -> Any:
    """The YYYY-MM of a journal line's date, in the database's own dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(JournalLine.date, "YYYY-MM")
    return func.strftime("%Y-%m", JournalLine.date)


def _classify(account: Account, debit: Decimal, credit: Decimal) -> tuple[str, Decimal]:
    """Which P&L figure an income or expense account feeds, and its amount (income positive)."""
    if account.type == AccountType.INCOME:
        return ("net_sales" if account.role in SALES_ROLES else "other_income"), credit - debit
    if account.role in COST_OF_SALES_ROLES:
        return "cost_of_sales", debit - credit
    return "operating_expenses", debit - credit


def _by_month(
    session: Session, accounts: dict[int, Account], date_from: date | None, date_to: date | None
) -> list[PnlPeriod]:
    month = _month(session)
    stmt = (
        select(
            month,
            JournalLine.account_id,
            func.coalesce(func.sum(JournalLine.debit), 0),
            func.coalesce(func.sum(JournalLine.credit), 0),
        )
        .where(JournalLine.posted.is_(True), JournalLine.account_id.in_(list(accounts)))
        .group_by(month, JournalLine.account_id)
    )
    if date_from is not None:
        stmt = stmt.where(JournalLine.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(JournalLine.date <= date_to)
    figures: dict[str, dict[str, Decimal]] = {}
    for period, account_id, d, c in session.execute(stmt):
        kind, amount = _classify(accounts[account_id], money(d), money(c))
        bucket = figures.setdefault(str(period), {})
        bucket[kind] = bucket.get(kind, ZERO) + amount
    periods = []
    for period in sorted(figures):
        f = figures[period]
        sales, cost = f.get("net_sales", ZERO), f.get("cost_of_sales", ZERO)
        other, operating = f.get("other_income", ZERO), f.get("operating_expenses", ZERO)
        periods.append(
            PnlPeriod(
                period=period,
                net_sales=sales,
                cost_of_sales=cost,
                gross_profit=sales - cost,
                other_income=other,
                operating_expenses=operating,
                net_income=sales - cost + other - operating,
            )
        )
    return periods


def profit_and_loss(
    session: Session,
    date_from: date | None = None,
    date_to: date | None = None,
    by: str | None = None,
) -> ProfitAndLoss:
    """Income (credit minus debit) and expenses (debit minus credit) over the period; with
    by="month" also the headline figures of every month."""
    if by not in (None, "month"):
        raise InvalidInput("by", f"{by!r} is not a P&L column choice (only 'month')")
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("date_from", f"{date_from} is after date_to {date_to}")
    sums = _sums(session, as_of=date_to, date_from=date_from)
    pnl_accounts = {
        a.id: a for a in _accounts(session) if a.type in (AccountType.INCOME, AccountType.EXPENSE)
    }
    income: list[StatementLine] = []
    expenses: list[StatementLine] = []
    totals = dict.fromkeys(
        ("net_sales", "cost_of_sales", "other_income", "operating_expenses"), ZERO
    )
    for a in pnl_accounts.values():
        if a.id not in sums:
            continue
        kind, amount = _classify(a, *sums[a.id])
        totals[kind] += amount
        line = StatementLine(code=a.code, name=a.name, name_zh=a.name_zh, amount=amount)
        (income if a.type == AccountType.INCOME else expenses).append(line)
    total_income = totals["net_sales"] + totals["other_income"]
    total_expenses = totals["cost_of_sales"] + totals["operating_expenses"]
    return ProfitAndLoss(
        date_from=date_from,
        date_to=date_to,
        income=income,
        expenses=expenses,
        net_sales=totals["net_sales"],
        cost_of_sales=totals["cost_of_sales"],
        gross_profit=totals["net_sales"] - totals["cost_of_sales"],
        other_income=totals["other_income"],
        operating_expenses=totals["operating_expenses"],
        total_income=total_income,
        total_expenses=total_expenses,
        net_income=total_income - total_expenses,
        months=_by_month(session, pnl_accounts, date_from, date_to) if by == "month" else [],
    )


class BalanceSheet(BaseModel):
    as_of: date | None
    assets: list[StatementLine]
    liabilities: list[StatementLine]
    equity: list[StatementLine]
    total_assets: Decimal
    total_liabilities: Decimal
    total_equity: Decimal
    balanced: bool


def balance_sheet(session: Session, as_of: date | None = None) -> BalanceSheet:
    """Assets against liabilities and equity; unclosed earnings shown as their own equity line."""
    sums = _sums(session, as_of=as_of)
    sections: dict[AccountType, list[StatementLine]] = {
        AccountType.ASSET: [],
        AccountType.LIABILITY: [],
        AccountType.EQUITY: [],
    }
    earnings = ZERO
    for a in _accounts(session):
        if a.id not in sums:
            continue
        d, c = sums[a.id]
        if a.type in (AccountType.INCOME, AccountType.EXPENSE):
            earnings += c - d
            continue
        amount = d - c if a.type == AccountType.ASSET else c - d
        sections[a.type].append(
            StatementLine(code=a.code, name=a.name, name_zh=a.name_zh, amount=amount)
        )
    sections[AccountType.EQUITY].append(
        StatementLine(code="", name="Current earnings", name_zh="本期利润", amount=earnings)
    )
    totals: dict[AccountType, Any] = {
        t: sum((ln.amount for ln in lines), ZERO) for t, lines in sections.items()
    }
    return BalanceSheet(
        as_of=as_of,
        assets=sections[AccountType.ASSET],
        liabilities=sections[AccountType.LIABILITY],
        equity=sections[AccountType.EQUITY],
        total_assets=totals[AccountType.ASSET],
        total_liabilities=totals[AccountType.LIABILITY],
        total_equity=totals[AccountType.EQUITY],
        balanced=totals[AccountType.ASSET]
        == totals[AccountType.LIABILITY] + totals[AccountType.EQUITY],
    )


def account_movements(
    session: Session, account_ids: list[int], date_from: date | None, date_to: date | None
) -> dict[int, tuple[Decimal, Decimal]]:
    """Posted debits and credits of some accounts over a period; accounts with none left out."""
    return _sums(session, as_of=date_to, date_from=date_from, account_ids=account_ids)


def account_balance(session: Session, role_account: Account, as_of: date | None = None) -> Decimal:
    """Debit minus credit of one account up to a date."""
    d, c = _sums(session, as_of=as_of, account_ids=[role_account.id]).get(
        role_account.id, (ZERO, ZERO)
    )
    return d - c
