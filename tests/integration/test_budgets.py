"""Budgets: amounts entered and replaced, budget against actual with variance worked out by hand
and the sign convention (favourable income above, expenses below, budget), several named
budgets, CSV and Excel imports whose problems name the row and column and import nothing, the
CLI; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.settings import get_settings
from smarterp.data.tabular import read_rows
from smarterp.erp.accounting.reports import profit_and_loss
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.accounting.service import create_entry
from smarterp.intel.finance import budgets
from smarterp.intel.finance.budgets import BudgetImportRefused, budget_report, set_amount

D = Decimal
JUNE, JULY = date(2025, 6, 1), date(2025, 7, 1)


def _pay(s: Session, day: date, debit: str, credit: str, amount: str) -> None:
    create_entry(
        s,
        EntryIn(
            date=day,
            lines=[
                EntryLineIn(account_code=debit, debit=D(amount)),
                EntryLineIn(account_code=credit, credit=D(amount)),
            ],
        ),
    )


def post_actuals(s: Session) -> None:
    """June: sales 1200 (4000), salaries 900 (6000), other expenses 50 (6900, never budgeted);
    July: rent 500 (6100); all through the bank."""
    _pay(s, date(2025, 6, 10), "1010", "4000", "1200")
    _pay(s, date(2025, 6, 30), "6000", "1010", "900")
    _pay(s, date(2025, 6, 15), "6900", "1010", "50")
    _pay(s, date(2025, 7, 5), "6100", "1010", "500")


def plan(s: Session) -> None:
    set_amount(s, "4000", JUNE, D("1000"))
    set_amount(s, "6000", JUNE, D("1000"))
    set_amount(s, "6100", JULY, D("400"))


def _row(report: budgets.BudgetReport, account: str, month: str) -> budgets.VarianceRow:
    return next(r for r in report.rows if (r.account, r.month) == (account, month))


def test_budget_against_actual_by_hand(session: Session) -> None:
    post_actuals(session)
    plan(session)
    report = budget_report(session, 2025)
    assert report.budget == "2025 plan"  # the default name, and the only budget for 2025
    sales = _row(report, "4000", "2025-06")
    # Income above its budget is favourable: 1200 - 1000 = +200, +20.0%.
    assert (sales.budget, sales.actual, sales.variance, sales.variance_pct, sales.favourable) == (
        D("1000.00"),
        D("1200.00"),
        D("200.00"),
        D("20.0"),
        True,
    )
    # An expense below its budget is favourable: 900 - 1000 = -100, -10.0%.
    salaries = _row(report, "6000", "2025-06")
    assert (salaries.variance, salaries.variance_pct, salaries.favourable) == (
        D("-100.00"),
        D("-10.0"),
        True,
    )
    # An expense above its budget is unfavourable: 500 - 400 = +100, +25.0%.
    rent = _row(report, "6100", "2025-07")
    assert (rent.variance, rent.variance_pct, rent.favourable) == (D("100.00"), D("25.0"), False)
    # No budget and no actual: variance 0, its percentage undefined (never 0%).
    quiet = _row(report, "4000", "2025-07")
    assert (quiet.budget, quiet.variance, quiet.variance_pct) == (D("0.00"), D("0.00"), None)
    # Rent in June: spent nothing against no budget.
    assert _row(report, "6100", "2025-06").actual == D("0.00")
    # Each account has twelve months and a year total; other expenses were never budgeted,
    # and show with a budget of zero so that nothing spent is left out.
    assert len(report.rows) == 4 * 13
    other = _row(report, "6900", "2025")
    assert (other.budgeted, other.actual, other.variance, other.variance_pct) == (
        False,
        D("50.00"),
        D("50.00"),
        None,
    )
    assert not other.favourable and _row(report, "6000", "2025").budgeted
    year = _row(report, "6100", "2025")
    assert (year.budget, year.actual, year.variance) == (D("400.00"), D("500.00"), D("100.00"))
    income, expenses, net = report.totals
    assert (income.budget, income.actual, income.variance_pct) == (D("1000"), D("1200"), D("20.0"))
    # Expenses 1400 planned, 1450 spent (900 + 500 + 50): 50 over, 3.6% of 1400.
    assert (expenses.budget, expenses.actual, expenses.variance, expenses.variance_pct) == (
        D("1400"),
        D("1450"),
        D("50"),
        D("3.6"),
    )
    assert not expenses.favourable
    # Net result: planned 1000 - 1400 = -400, actual 1200 - 1450 = -250: +150, 37.5% of |-400|.
    assert (net.budget, net.actual, net.variance, net.variance_pct) == (
        D("-400"),
        D("-250"),
        D("150"),
        D("37.5"),
    )
    assert net.favourable
    # The actuals are the P&L's.
    pnl = profit_and_loss(session, date(2025, 1, 1), date(2025, 12, 31))
    assert (income.actual, expenses.actual, net.actual) == (
        pnl.total_income,
        pnl.total_expenses,
        pnl.net_income,
    )
    assert "variance = actual - budget" in report.sign_convention


def test_amounts_replace_and_budgets_are_named(session: Session) -> None:
    first = set_amount(session, "6000", JUNE, D("1000"))
    assert (first.budget, first.month, first.previous) == ("2025 plan", "2025-06", None)
    again = set_amount(session, "6000", JUNE, D("1100.50"))
    assert (again.amount, again.previous) == (D("1100.50"), D("1000.00"))
    set_amount(session, "6000", JUNE, D("1300"), budget="2025 reforecast")
    listed = {b.name: (b.lines, b.years) for b in budgets.list_budgets(session)}
    assert listed == {"2025 plan": (1, [2025]), "2025 reforecast": (1, [2025])}
    with pytest.raises(InvalidInput) as several:
        budget_report(session, 2025)
    assert "2025 plan, 2025 reforecast" in several.value.message
    report = budget_report(session, 2025, "2025 reforecast")
    assert _row(report, "6000", "2025-06").budget == D("1300.00")
    with pytest.raises(NotFound):
        budget_report(session, 2025, "2030 dream")
    with pytest.raises(InvalidInput) as none:
        budget_report(session, 2024)
    assert none.value.details["field"] == "budget"
    with pytest.raises(InvalidInput) as bad_year:
        budget_report(session, 99999)
    assert bad_year.value.details["field"] == "year"


def test_bad_amounts_and_accounts_are_refused(session: Session) -> None:
    for account, amount, field in (
        ("1010", "100", "account"),  # a bank account: no budget for balance-sheet accounts
        ("6000", "1.234", "amount"),
        ("6000", "NaN", "amount"),
        ("6000", "1e20", "amount"),
        ("60\x0000", "1", "account"),  # PostgreSQL refuses NUL: refused by name first
    ):
        with pytest.raises(InvalidInput) as err:
            set_amount(session, account, JUNE, D(amount))
        assert err.value.details["field"] == field, (account, amount)
    with pytest.raises(NotFound):
        set_amount(session, "9999", JUNE, D("1"))
    for name in ("  ", "a\x00b", "x" * 81):
        with pytest.raises(InvalidInput) as err:
            set_amount(session, "6000", JUNE, D("1"), budget=name)
        assert err.value.details["field"] == "budget", name
    assert budgets.list_budgets(session) == []
    # Zero and negative budgets are amounts like any other.
    assert set_amount(session, "4100", JUNE, D("-50")).amount == D("-50.00")


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "budget.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_all_or_nothing_with_rows_and_columns(engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(engine, actor="test") as s:
        set_amount(s, "6000", JUNE, D("777"), budget="2025 plan")
    bad = _csv(
        tmp_path,
        "account,month,amount\n"
        "4000,2025-06,1000\n"  # row 2: fine
        "6000,2025-06,abc\n"  # row 3: amount
        "\n"  # row 4: blank, skipped but counted
        "1010,2025-06,5\n"  # row 5: a balance-sheet account
        "6100,2025-13,400\n"  # row 6: month
        "4000,2025-06,1100\n"  # row 7: the same account and month as row 2
        ",2025-07,1\n",  # row 8: no account
    )
    with pytest.raises(BudgetImportRefused) as refused, unit_of_work(engine, actor="test") as s:
        budgets.import_budget(s, "2025 plan", read_rows(bad))
    found = [(p.row, p.column) for p in refused.value.problems]
    assert found == [(3, "amount"), (5, "account"), (6, "month"), (7, "month"), (8, "account")]
    assert "'abc' is not a number" in refused.value.problems[0].reason
    assert "already on row 2" in refused.value.problems[3].reason
    assert refused.value.message.startswith("nothing imported, 5 problems: row 3, amount")
    # Nothing was written: the earlier amount is still there, and 4000 has none.
    with unit_of_work(engine, actor="test") as s:
        report = budget_report(s, 2025, "2025 plan")
        assert [(r.account, r.month) for r in report.rows if r.budget] == [
            ("6000", "2025-06"),
            ("6000", "2025"),
        ]
        assert _row(report, "6000", "2025-06").budget == D("777.00")

    good = _csv(tmp_path, 'account,month,amount\n4000,2025-06,"1,000"\n6000,2025-06,900\n')
    with unit_of_work(engine, actor="test") as s:
        summary = budgets.import_budget(s, "2025 plan", read_rows(good))
    assert (summary.rows, summary.amounts, summary.created) == (2, 2, 1)
    with unit_of_work(engine, actor="test") as s:
        report = budget_report(s, 2025, "2025 plan")
        assert _row(report, "4000", "2025-06").budget == D("1000.00")
        assert _row(report, "6000", "2025-06").budget == D("900.00")

    no_amount = _csv(tmp_path, "account,month\n4000,2025-06\n")
    with pytest.raises(BudgetImportRefused) as missing, unit_of_work(engine, actor="test") as s:
        budgets.import_budget(s, "2025 plan", read_rows(no_amount))
    assert [(p.row, p.column) for p in missing.value.problems] == [(1, "amount")]


def test_excel_import_one_column_per_month(engine: Engine, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    # Excel turns a typed 2025-02 into a date: such a header is still that month.
    sheet.append(["account", "name", "2025-01", datetime(2025, 2, 1)])
    sheet.append(["4000", "Sales", 1000, 1100.5])
    sheet.append([None, None, None, None])  # a blank row 3
    sheet.append(["6000", "Salaries", 800, None])  # row 4: no amount for February
    path = tmp_path / "plan.xlsx"
    book.save(path)
    with unit_of_work(engine, actor="test") as s:
        summary = budgets.import_budget(s, "2025 reforecast", read_rows(path))
    assert (summary.amounts, summary.created) == (3, 3)
    with unit_of_work(engine, actor="test") as s:
        report = budget_report(s, 2025)
        assert report.budget == "2025 reforecast"
        assert _row(report, "4000", "2025-02").budget == D("1100.50")
        assert _row(report, "6000", "2025-02").budget == D("0.00")

    sheet.append(["6100", "Rent", "lots", 400])  # row 5: a word for January's amount
    book.save(path)
    with pytest.raises(BudgetImportRefused) as refused, unit_of_work(engine, actor="test") as s:
        budgets.import_budget(s, "2025 reforecast", read_rows(path))
    assert [(p.row, p.column) for p in refused.value.problems] == [(5, "2025-01")]


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_cli_set_import_and_report(engine: Engine, cli: CliRunner, tmp_path: Path) -> None:
    with unit_of_work(engine, actor="test") as s:
        post_actuals(s)
    out = cli.invoke(app, ["budget", "set", "4000", "2025-06", "1000"])
    assert out.exit_code == 0, out.output
    assert "2025 plan: 4000 2025-06 = 1000.00" in out.output
    path = _csv(tmp_path, "account,month,amount\n6000,2025-06,1000\n6100,2025-07,400\n")
    out = cli.invoke(app, ["budget", "import", str(path), "--budget", "2025 plan"])
    assert out.exit_code == 0, out.output
    report = cli.invoke(app, ["budget", "report", "--year", "2025", "--json"])
    assert report.exit_code == 0, report.output
    body = json.loads(report.output)
    rent = next(r for r in body["rows"] if (r["account"], r["month"]) == ("6100", "2025-07"))
    assert (rent["variance"], rent["variance_pct"], rent["favourable"]) == ("100.00", "25.0", False)
    table = cli.invoke(app, ["budget", "report", "--year", "2025"])
    assert table.exit_code == 0, table.output
    rent_line = next(
        line for line in table.output.splitlines() if "2025-07" in line and "6100" in line
    )
    assert "25.0%" in rent_line and rent_line.rstrip(" │┃").endswith("U")
    assert "n/a" in table.output and "Net result" in table.output

    listed = cli.invoke(app, ["budget", "list", "--json"])
    assert json.loads(listed.output) == [{"name": "2025 plan", "lines": 3, "years": [2025]}]
    bad = _csv(tmp_path, "account,month,amount\n6000,June,10\n")
    refused = cli.invoke(app, ["budget", "import", str(bad), "--budget", "2025 plan"])
    assert refused.exit_code == 1 and "not a month" in refused.output and "2" in refused.output
    wrong = cli.invoke(app, ["budget", "set", "1010", "2025-06", "5"])
    assert wrong.exit_code == 1 and "income and expense accounts" in wrong.output
