"""Financial ratios: every ratio of a month and of the trailing twelve months against figures
worked out by hand from the entries posted here; n/a (never 0) with the input that was zero;
bad months refused naming the field; the CLI's JSON; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import get_settings
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.accounting.service import create_entry
from smarterp.intel.finance.ratios import parse_month, ratios
from tests import factories as f

D = Decimal
DEC, JAN, FEB = date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)


def _entry(s: Session, day: date, *lines: tuple[str, str, str, int | None]) -> None:
    """(account code, debit, credit, partner id) lines, posted as one manual entry."""
    create_entry(
        s,
        EntryIn(
            date=day,
            lines=[
                EntryLineIn(account_code=code, debit=D(dr), credit=D(cr), partner_id=partner)
                for code, dr, cr, partner in lines
            ],
        ),
        control_accounts=True,
    )


def post_books(s: Session) -> None:
    """December 2025 opens the books; January 2026 sells, buys and pays; February sells nothing.

    Accounts: 1010 bank, 1100 receivables, 1200 inventory, 1500 fixed assets (long-term),
    2000 payables, 2100 output VAT, 3000 capital, 4000 sales, 4900 other income, 5000 cost of
    goods sold, 6000 salaries, 6100 rent."""
    customer, supplier = f.customer(s).id, f.supplier(s).id
    _entry(
        s,
        date(2025, 12, 15),
        ("1010", "10000", "0", None),
        ("1200", "4000", "0", None),
        ("1500", "6000", "0", None),
        ("3000", "0", "20000", None),
    )
    _entry(
        s,
        date(2026, 1, 10),
        ("1100", "1130", "0", customer),
        ("4000", "0", "1000", None),
        ("2100", "0", "130", None),
    )
    _entry(s, date(2026, 1, 10), ("5000", "600", "0", None), ("1200", "0", "600", None))
    _entry(s, date(2026, 1, 20), ("1200", "800", "0", None), ("2000", "0", "800", supplier))
    _entry(s, date(2026, 1, 25), ("1010", "50", "0", None), ("4900", "0", "50", None))
    _entry(s, date(2026, 1, 31), ("6000", "200", "0", None), ("1010", "0", "200", None))
    _entry(s, date(2026, 2, 10), ("6100", "100", "0", None), ("1010", "0", "100", None))
    _entry(s, date(2026, 2, 12), ("1010", "500", "0", None), ("1100", "0", "500", customer))


def values(period) -> dict[str, Decimal | None]:  # type: ignore[no-untyped-def]
    return {r.key: r.value for r in period.ratios}


def test_january_by_hand(session: Session) -> None:
    post_books(session)
    report = ratios(session, DEC, FEB)
    assert [m.period for m in report.months] == ["2025-12", "2026-01", "2026-02"]
    jan = report.months[1]
    assert (jan.date_from, jan.date_to, jan.days) == (date(2026, 1, 1), date(2026, 1, 31), 31)
    # Net sales 1000, cost of sales 600, salaries 200 (other income 50 is not operating).
    # At 31 January: bank 10000 + 50 - 200 = 9850, receivables 1130, inventory 4000 - 600 +
    # 800 = 4200 -> current assets 15180 (fixed assets 6000 are long-term); VAT 130 + payables
    # 800 = 930 current liabilities. At 31 December: receivables 0, payables 0, inventory 4000.
    assert values(jan) == {
        "gross_margin": D("40.0"),  # 400 / 1000
        "operating_margin": D("20.0"),  # (400 - 200) / 1000
        "current_ratio": D("16.32"),  # 15180 / 930 = 16.322...
        "quick_ratio": D("11.81"),  # (15180 - 4200) / 930 = 11.806...
        "dso": D("17.5"),  # (0 + 1130) / 2 / 1000 x 31 = 17.515
        "dpo": D("20.7"),  # (0 + 800) / 2 / 600 x 31 = 20.666...
        "dio": D("211.8"),  # (4000 + 4200) / 2 / 600 x 31 = 211.833...
        "cash_conversion_cycle": D("208.6"),  # 17.5 + 211.8 - 20.7
        "inventory_turns": D("1.72"),  # 600 / 4100 x 365 / 31 = 1.7230...
    }
    quick = jan.ratio("quick_ratio")
    assert quick.inputs == {
        "current_assets": D("15180.00"),
        "inventory": D("4200.00"),
        "quick_assets": D("10980.00"),
        "current_liabilities": D("930.00"),
    }
    assert jan.ratio("dso").inputs["average_receivables"] == D("565")
    assert jan.ratio("gross_margin").display == "40.0%"
    assert jan.ratio("dio").display == "211.8 days"


def test_undefined_ratios_are_na_with_the_reason_never_zero(session: Session) -> None:
    post_books(session)
    report = ratios(session, DEC, FEB)
    dec, feb = report.months[0], report.months[2]
    # December: no liabilities at all yet.
    current = dec.ratio("current_ratio")
    assert (current.value, current.display) == (None, "n/a")
    assert current.missing == "current_liabilities"
    assert current.reason == "current liabilities is zero"
    # February: no sales and no cost of sales.
    feb_values = values(feb)
    for key in ("gross_margin", "operating_margin", "dso"):
        assert feb_values[key] is None and feb.ratio(key).missing == "net_sales", key
    for key in ("dpo", "dio"):
        assert feb_values[key] is None and feb.ratio(key).missing == "cost_of_sales", key
    cycle = feb.ratio("cash_conversion_cycle")
    assert cycle.value is None and cycle.reason == "DSO, DIO, DPO n/a"
    # A real zero stays a zero: nothing was sold from 4200 of stock.
    assert feb_values["inventory_turns"] == D("0.00")
    # 31 December to 28 February: bank 9850 - 100 + 500 = 10250, receivables 630, inventory
    # 4200 -> 15080 against 930; quick (15080 - 4200) / 930 = 11.698...
    assert feb_values["current_ratio"] == D("16.22")
    assert feb_values["quick_ratio"] == D("11.70")


def test_trailing_twelve_months_by_hand(session: Session) -> None:
    post_books(session)
    report = ratios(session, JAN, JAN)
    ttm = report.trailing[0]
    assert (ttm.window, ttm.period) == ("ttm", "2026-01")
    assert (ttm.date_from, ttm.date_to, ttm.days) == (date(2025, 2, 1), date(2026, 1, 31), 365)
    # Twelve months to January 2026: the same sales, costs and salaries as January; every
    # balance at 31 January 2025 is zero (the books opened in December 2025).
    assert values(ttm) == {
        "gross_margin": D("40.0"),
        "operating_margin": D("20.0"),
        "current_ratio": D("16.32"),
        "quick_ratio": D("11.81"),
        "dso": D("206.2"),  # (0 + 1130) / 2 / 1000 x 365 = 206.225
        "dpo": D("243.3"),  # (0 + 800) / 2 / 600 x 365 = 243.333...
        "dio": D("1277.5"),  # (0 + 4200) / 2 / 600 x 365 = 1277.5
        "cash_conversion_cycle": D("1240.4"),  # 206.2 + 1277.5 - 243.3
        "inventory_turns": D("0.29"),  # 600 / 2100 x 365 / 365 = 0.2857...
    }


def test_default_range_and_bad_months(session: Session) -> None:
    post_books(session)
    report = ratios(session)
    # The twelve months up to the latest month with posted entries.
    assert (report.date_from, report.date_to) == ("2025-03", "2026-02")
    assert len(report.months) == len(report.trailing) == 12
    assert [d.key for d in report.definitions][:2] == ["gross_margin", "operating_margin"]
    assert all(d.formula and d.formula_zh for d in report.definitions)
    for value, field in (("2026-13", "month"), ("June", "month"), ("2026-01-05", "month")):
        with pytest.raises(InvalidInput) as err:
            parse_month(value, field)
        assert err.value.details["field"] == field and "YYYY-MM" in err.value.message
    assert parse_month(" 2026-02 ", "month") == FEB
    for args, field in (
        ((date(2026, 3, 1), JAN), "date_from"),
        ((date(1800, 1, 1), JAN), "date_from"),
        ((date(2020, 1, 1), JAN), "date_from"),  # 73 months
    ):
        with pytest.raises(InvalidInput) as err:
            ratios(session, *args)
        assert err.value.details["field"] == field, args


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_cli_json_and_table(engine: Engine, cli: CliRunner) -> None:
    with unit_of_work(engine, actor="test") as s:
        post_books(s)
    out = cli.invoke(app, ["ratios", "--from", "2026-01", "--to", "2026-02", "--json"])
    assert out.exit_code == 0, out.output
    body = json.loads(out.output)
    jan = body["months"][0]
    gross = next(r for r in jan["ratios"] if r["key"] == "gross_margin")
    assert D(gross["value"]) == D("40.0") and gross["inputs"]["net_sales"] == "1000.00"
    feb = next(r for r in body["months"][1]["ratios"] if r["key"] == "gross_margin")
    assert feb["value"] is None and feb["display"] == "n/a" and feb["missing"] == "net_sales"
    assert body["trailing"][0]["window"] == "ttm"

    table = cli.invoke(app, ["ratios", "--from", "2026-02", "--to", "2026-02"])
    assert table.exit_code == 0, table.output
    assert "n/a" in table.output and "net sales is zero" in table.output
    bad = cli.invoke(app, ["ratios", "--from", "2026-1x"])
    assert bad.exit_code == 1 and "--from" in bad.output and "YYYY-MM" in bad.output
