"""Budgets per income or expense account and month: entered one at a time or imported as a
whole table (all rows or none), and compared with the ledger's actuals.

Sign convention: budgets and actuals are in each account's natural sign, as the P&L shows
them (income as credit - debit, expenses as debit - credit), so both are positive in the
usual case. variance = actual - budget; variance % = variance / |budget| x 100 (n/a when the
budget is zero). A positive variance is favourable for income (more earned than planned) and
unfavourable for expenses (more spent than planned): `favourable` says which.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.bounds import EARLIEST_DATE, LATEST_DATE, check_date
from smarterp.core.errors import DomainError, InvalidInput, NotFound
from smarterp.core.money import money
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.accounting.models import Account, AccountType
from smarterp.intel.finance.models import Budget, BudgetLine
from smarterp.intel.finance.ratios import parse_month

PCT_PLACES = Decimal("0.1")
MAX_NAME = 80
MAX_CODE = 20  # as long as an account code can be
# The largest amount a budget takes: what the Money column holds, with room for sums.
MAX_AMOUNT = Decimal("1e14")
MAX_PROBLEMS = 50  # an import reports at most this many, then says how many more
PNL_TYPES = (AccountType.INCOME, AccountType.EXPENSE)


def default_name(year: int) -> str:
    """The budget a month's amount goes to when none is named: "2025 plan"."""
    return f"{year} plan"


class BudgetAmountOut(BaseModel):
    budget: str
    account: str
    month: str  # YYYY-MM
    amount: Decimal
    previous: Decimal | None  # what it replaced; None when the month had no amount


class BudgetOut(BaseModel):
    name: str
    lines: int
    years: list[int]


class ImportProblem(BaseModel):
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str
    reason: str


class ImportSummary(BaseModel):
    budget: str
    rows: int
    amounts: int  # account-month amounts written
    created: int  # of those, months that had no amount before


class BudgetImportRefused(DomainError):
    """Some rows are wrong: nothing was imported; each problem names its row and column."""

    code = "invalid_input"
    status = 422

    def __init__(self, problems: list[ImportProblem], total: int) -> None:
        shown = "; ".join(f"row {p.row}, {p.column}: {p.reason}" for p in problems[:5])
        more = f" (and {total - 5} more)" if total > 5 else ""
        super().__init__(
            f"nothing imported, {total} problem{'s' if total != 1 else ''}: {shown}{more}",
            details={
                "field": "file",
                "problems": [p.model_dump() for p in problems],
                "total": total,
            },
        )
        self.problems = problems


def _control_characters(text: str) -> bool:
    # PostgreSQL refuses NUL in text, and no name or code has a tab or line break in it.
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("budget", "a budget needs a name, such as '2025 plan'")
    if _control_characters(name):
        raise InvalidInput("budget", "a name cannot hold control characters")
    if len(name) > MAX_NAME:
        raise InvalidInput("budget", f"at most {MAX_NAME} characters")
    return name


def _budget(session: Session, name: str, *, create: bool) -> Budget | None:
    found = session.scalar(select(Budget).where(Budget.name == name))
    if found is None and create:
        found = Budget(name=name, created_by=session.info.get("actor"))
        session.add(found)
        session.flush()
        record_audit(session, "budget.create", found)
    return found


def _amount_problem(text: str) -> tuple[Decimal | None, str | None]:
    """An amount as written in a cell or argument, or why it is not one."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None, "is empty"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None, f"{text!r} is not a number"
    if not value.is_finite():
        return None, f"{text!r} is not a number"
    if abs(value) >= MAX_AMOUNT:
        return None, f"{text} is too large"
    if value != money(value):
        return None, f"{text} has more than two decimals (an amount is kept to the cent)"
    return money(value), None


def _pnl_account(session: Session, code: str) -> tuple[Account | None, str | None]:
    if _control_characters(code) or len(code.strip()) > MAX_CODE:
        return None, f"{code.strip()[:MAX_CODE]!r} is not an account code"
    account = session.scalar(select(Account).where(Account.code == code.strip()))
    if account is None:
        return None, f"no account with code {code.strip()!r}"
    if account.type not in PNL_TYPES:
        return None, (
            f"account {account.code} {account.name} is a {account.type.value} account; "
            "budgets are kept for income and expense accounts"
        )
    return account, None


def _put(
    session: Session, budget: Budget, account: Account, month: date, amount: Decimal
) -> Decimal | None:
    """Write one month's amount, replacing what was there; returns the amount replaced."""
    line = session.scalar(
        select(BudgetLine).where(
            BudgetLine.budget_id == budget.id,
            BudgetLine.account_id == account.id,
            BudgetLine.year == month.year,
            BudgetLine.month == month.month,
        )
    )
    if line is None:
        line = BudgetLine(
            budget_id=budget.id,
            account_id=account.id,
            year=month.year,
            month=month.month,
            amount=amount,
        )
        session.add(line)
        session.flush()
        record_audit(session, "budget.set", line)
        return None
    previous = line.amount
    if previous != amount:
        before = {"amount": str(previous)}
        line.amount = amount
        session.flush()
        record_audit(session, "budget.set", line, before=before)
    return previous


def set_amount(
    session: Session, account_code: str, month: date, amount: Decimal, budget: str | None = None
) -> BudgetAmountOut:
    """Enter one account's budget for one month (replacing any amount there); the budget is
    created on first use and defaults to "<year> plan"."""
    check_date(month, "month")
    month = month.replace(day=1)
    name = _check_name(budget if budget is not None else default_name(month.year))
    value, problem = _amount_problem(str(amount))
    if problem or value is None:
        raise InvalidInput("amount", problem or "is empty")
    account, problem = _pnl_account(session, account_code)
    if account is None and problem and problem.startswith("no account"):
        raise NotFound("account", account_code.strip())
    if problem or account is None:
        raise InvalidInput("account", problem or "unknown")
    plan = _budget(session, name, create=True)
    assert plan is not None
    previous = _put(session, plan, account, month, value)
    return BudgetAmountOut(
        budget=plan.name,
        account=account.code,
        month=f"{month.year:04d}-{month.month:02d}",
        amount=value,
        previous=previous,
    )


def _import_month(text: str) -> date | None:
    """A month cell or header: 2025-06, or a first of the month (Excel turns 2025-06 into a
    date); None when it is neither."""
    try:
        return parse_month(text, "month")
    except InvalidInput:
        pass
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if day.day == 1 else None


@dataclass
class _Cell:
    row: int
    account_column: str
    account: str
    month_column: str
    month_text: str
    month: date | None
    amount_column: str
    amount: str


def _cells(rows: list[tuple[int, dict[str, str]]]) -> tuple[list[_Cell], list[ImportProblem]]:
    """The amounts a table holds, from either shape: one row per account and month
    (columns account, month, amount), or one row per account with a column per month
    (account, 2025-01, 2025-02, ...; an empty cell is no amount)."""
    header = list(rows[0][1].keys()) if rows else []
    month_columns = [h for h in header if _import_month(h) is not None]
    if "account" not in header:
        return [], [ImportProblem(row=1, column="account", reason="required column is missing")]
    cells: list[_Cell] = []
    if month_columns:
        for number, row in rows:
            for col in month_columns:
                if row.get(col, "").strip():
                    cells.append(
                        _Cell(
                            number,
                            "account",
                            row.get("account", ""),
                            col,
                            col,
                            _import_month(col),
                            col,
                            row[col],
                        )
                    )
        return cells, []
    missing = [c for c in ("month", "amount") if c not in header]
    if missing:
        reason = "required column is missing (or give one column per month, such as 2025-01)"
        return [], [ImportProblem(row=1, column=c, reason=reason) for c in missing]
    for number, row in rows:
        month_text = row.get("month", "")
        cells.append(
            _Cell(
                number,
                "account",
                row.get("account", ""),
                "month",
                month_text,
                _import_month(month_text) if month_text.strip() else None,
                "amount",
                row.get("amount", ""),
            )
        )
    return cells, []


def import_budget(
    session: Session, name: str, rows: list[tuple[int, dict[str, str]]]
) -> ImportSummary:
    """Import a whole table of amounts into one budget: every row is checked first, and one
    wrong row refuses the whole file (BudgetImportRefused lists each problem by row and
    column); otherwise each amount replaces that account's month. The same account and month
    twice in one file is a problem, not a silent overwrite."""
    name = _check_name(name)
    if not rows:
        raise InvalidInput("file", "the table has no rows under its header")
    cells, problems = _cells(rows)
    accounts: dict[str, Account | None] = {}
    seen: dict[tuple[str, date], int] = {}
    good: list[tuple[Account, date, Decimal]] = []
    for cell in cells:
        code = cell.account.strip()
        if not code:
            problems.append(
                ImportProblem(row=cell.row, column=cell.account_column, reason="is empty")
            )
            continue
        if code not in accounts:
            accounts[code], why = _pnl_account(session, code)
        else:
            why = None if accounts[code] else _pnl_account(session, code)[1]
        if why:
            problems.append(ImportProblem(row=cell.row, column=cell.account_column, reason=why))
        if cell.month is None:
            text = cell.month_text.strip()
            reason = f"{text!r} is not a month (YYYY-MM)" if text else "is empty"
            problems.append(ImportProblem(row=cell.row, column=cell.month_column, reason=reason))
        value, why_amount = _amount_problem(cell.amount)
        if why_amount:
            problems.append(
                ImportProblem(row=cell.row, column=cell.amount_column, reason=why_amount)
            )
        account = accounts.get(code)
        if account is None or cell.month is None or value is None:
            continue
        key = (code, cell.month)
        if key in seen:
            problems.append(
                ImportProblem(
                    row=cell.row,
                    column=cell.month_column,
                    reason=f"account {code} {cell.month:%Y-%m} is already on row {seen[key]}",
                )
            )
            continue
        seen[key] = cell.row
        good.append((account, cell.month, value))
    if problems:
        problems.sort(key=lambda p: p.row)
        raise BudgetImportRefused(problems[:MAX_PROBLEMS], len(problems))
    plan = _budget(session, name, create=True)
    assert plan is not None
    created = sum(
        1 for account, month, value in good if _put(session, plan, account, month, value) is None
    )
    return ImportSummary(budget=plan.name, rows=len(rows), amounts=len(good), created=created)


def list_budgets(session: Session) -> list[BudgetOut]:
    """Every budget with how many amounts it holds and the years they cover."""
    counts = dict(
        session.execute(
            select(BudgetLine.budget_id, func.count()).group_by(BudgetLine.budget_id)
        ).all()
    )
    years: dict[int, list[int]] = {}
    for budget_id, year in session.execute(
        select(BudgetLine.budget_id, BudgetLine.year).distinct().order_by(BudgetLine.year)
    ):
        years.setdefault(budget_id, []).append(year)
    return [
        BudgetOut(name=b.name, lines=counts.get(b.id, 0), years=years.get(b.id, []))
        for b in session.scalars(select(Budget).order_by(Budget.name))
    ]


class VarianceRow(BaseModel):
    account: str
    name: str
    name_zh: str | None
    type: AccountType
    month: str  # YYYY-MM, or the year (YYYY) for an account's total
    budget: Decimal
    actual: Decimal
    variance: Decimal  # actual - budget
    variance_pct: Decimal | None  # None: the budget is zero (see the module's docstring)
    favourable: bool  # income above, or expenses at or below, their budget
    # False: the budget has no amount for this account in the year, but the books do.
    budgeted: bool = True


class BudgetReport(BaseModel):
    budget: str
    year: int
    rows: list[VarianceRow]  # per account and month, each account followed by its year total
    totals: list[VarianceRow]  # income, expenses and the net result over the year
    sign_convention: str


SIGN_CONVENTION = (
    "amounts in each account's natural sign (income credit - debit, expenses debit - credit); "
    "variance = actual - budget; variance % = variance / |budget| x 100, n/a when the budget "
    "is zero; favourable: income at or above budget, expenses at or below budget"
)


def _variance(
    account: str,
    name: str,
    name_zh: str | None,
    kind: AccountType,
    month: str,
    budget: Decimal,
    actual: Decimal,
) -> VarianceRow:
    variance = actual - budget
    pct = None
    if budget != 0:
        pct = (variance / abs(budget) * 100).quantize(PCT_PLACES, ROUND_HALF_UP)
    favourable = variance >= 0 if kind == AccountType.INCOME else variance <= 0
    return VarianceRow(
        account=account,
        name=name,
        name_zh=name_zh,
        type=kind,
        month=month,
        budget=budget,
        actual=actual,
        variance=variance,
        variance_pct=pct,
        favourable=favourable,
    )


def resolve_budget(session: Session, name: str | None, year: int) -> str:
    """The budget named, or the only one with amounts in `year`; several or none is an error
    that lists what there is."""
    if name is not None:
        name = _check_name(name)
        if _budget(session, name, create=False) is None:
            raise NotFound("budget", name)
        return name
    names = list(
        session.scalars(
            select(Budget.name)
            .join(BudgetLine, BudgetLine.budget_id == Budget.id)
            .where(BudgetLine.year == year)
            .distinct()
            .order_by(Budget.name)
        )
    )
    if len(names) == 1:
        return names[0]
    if not names:
        raise InvalidInput("budget", f"no budget has amounts for {year}")
    raise InvalidInput("budget", f"several budgets cover {year}: {', '.join(names)}; name one")


def budget_report(session: Session, year: int, budget: str | None = None) -> BudgetReport:
    """Budget against actual for each account the budget covers in `year` and each one with
    actuals but no budget (`budgeted` false), month by month, with each account's year total
    and the year's income, expenses and net result (the P&L's)."""
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise InvalidInput(
            "year", f"{year} is outside the years {EARLIEST_DATE.year}-{LATEST_DATE.year}"
        )
    name = resolve_budget(session, budget, year)
    plan = _budget(session, name, create=False)
    assert plan is not None
    planned: dict[tuple[int, int], Decimal] = {}
    for account_id, month, amount in session.execute(
        select(BudgetLine.account_id, BudgetLine.month, BudgetLine.amount).where(
            BudgetLine.budget_id == plan.id, BudgetLine.year == year
        )
    ):
        planned[(account_id, month)] = money(amount)
    # Every income and expense account, so that spending nobody planned for shows too and the
    # totals are the P&L's.
    accounts = {
        a.id: a for a in session.scalars(select(Account).where(Account.type.in_(PNL_TYPES)))
    }
    account_ids = sorted(accounts)
    actual: dict[tuple[int, int], Decimal] = {}
    for month in range(1, 13):
        first = date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        moves = ledger.account_movements(session, account_ids, first, last)
        for account_id, (debit, credit) in moves.items():
            natural = debit - credit if accounts[account_id].type.debit_normal else credit - debit
            actual[(account_id, month)] = natural
    zero = money(0)
    rows: list[VarianceRow] = []
    sums: dict[AccountType, list[Decimal]] = {t: [zero, zero] for t in PNL_TYPES}
    budgeted = {a for a, _ in planned}
    shown = budgeted | {a for (a, _), value in actual.items() if value}
    for account in sorted((accounts[a] for a in shown), key=lambda a: a.code):
        b_year = a_year = zero
        first_row = len(rows)
        for month in range(1, 13):
            b = planned.get((account.id, month), zero)
            a = actual.get((account.id, month), zero)
            b_year, a_year = b_year + b, a_year + a
            rows.append(
                _variance(
                    account.code,
                    account.name,
                    account.name_zh,
                    account.type,
                    f"{year:04d}-{month:02d}",
                    b,
                    a,
                )
            )
        rows.append(
            _variance(
                account.code,
                account.name,
                account.name_zh,
                account.type,
                f"{year:04d}",
                b_year,
                a_year,
            )
        )
        if account.id not in budgeted:
            for row in rows[first_row:]:
                row.budgeted = False
        sums[account.type][0] += b_year
        sums[account.type][1] += a_year
    income, expenses = sums[AccountType.INCOME], sums[AccountType.EXPENSE]
    totals = [
        _variance("", "Income", "收入", AccountType.INCOME, f"{year:04d}", *income),
        _variance("", "Expenses", "费用", AccountType.EXPENSE, f"{year:04d}", *expenses),
        _variance(
            "",
            "Net result",
            "净利润",
            AccountType.INCOME,
            f"{year:04d}",
            income[0] - expenses[0],
            income[1] - expenses[1],
        ),
    ]
    return BudgetReport(
        budget=name, year=year, rows=rows, totals=totals, sign_convention=SIGN_CONVENTION
    )
