"""Trial balance speed: one million journal lines in PostgreSQL, then the report, median of 5.

Usage: python bench/bench_trial_balance.py [--lines 1000000]
PostgreSQL comes from SMARTERP_BENCH_PG_URL (its public schema is dropped and rebuilt).
Goal: under one second.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import Engine, func, select, text

from _common import figure, heading, median_seconds, pg_engine
from smarterp.core.db import unit_of_work
from smarterp.erp.accounting.models import Account, JournalLine

# Benchmark data only: bulk SQL writes the entries directly because a million lines through
# the service would take hours. Every entry has one debit and one credit line of the same
# amount, so the books balance just as if the service had posted them.
_ENTRIES_SQL = """
INSERT INTO journal_entry (id, number, journal_id, date, ref, state, source_type,
                           created_at, posted_at, created_by)
SELECT 1000000 + g, 'BENCH/' || g, :journal_id, DATE '2025-01-01' + (g % 365),
       'bench entry ' || g, 'posted', 'bench', now(), now(), 'bench'
FROM generate_series(1, :entries) AS g
"""
_LINES_SQL = """
INSERT INTO journal_line (entry_id, account_id, date, posted, description, debit, credit)
SELECT 1000000 + g,
       CASE WHEN side = 0 THEN (:accounts)[1 + g % :n_accounts]
            ELSE (:accounts)[1 + (g * 7 + 3) % :n_accounts] END,
       DATE '2025-01-01' + (g % 365), true, 'bench',
       CASE WHEN side = 0 THEN ((g % 100000) + 1) / 100.0 ELSE 0 END,
       CASE WHEN side = 1 THEN ((g % 100000) + 1) / 100.0 ELSE 0 END
FROM generate_series(1, :entries) AS g CROSS JOIN (VALUES (0), (1)) AS s(side)
"""


def load(engine: Engine, lines: int) -> None:
    entries = lines // 2
    # Accounts that need no partner, so the generated lines stay valid for every report.
    with engine.begin() as conn:
        accounts = [
            row[0]
            for row in conn.execute(
                select(Account.id).where(Account.needs_partner.is_(False)).order_by(Account.id)
            )
        ]
        journal_id = conn.execute(text("SELECT id FROM journal WHERE code = 'GEN'")).scalar_one()
        params = {
            "journal_id": journal_id,
            "entries": entries,
            "accounts": accounts,
            "n_accounts": len(accounts),
        }
        conn.execute(text(_ENTRIES_SQL), params)
        conn.execute(text(_LINES_SQL), params)
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def report_function(engine: Engine) -> tuple[str, Callable[[], tuple[Decimal, Decimal]]]:
    """The real report when it exists; an equivalent GROUP BY until it does."""
    try:
        from smarterp.erp.accounting.reports import trial_balance
    except ImportError:
        trial_balance = None

    if trial_balance is not None:

        def real() -> tuple[Decimal, Decimal]:
            with unit_of_work(engine, actor="bench") as session:
                tb = trial_balance(session, as_of=date(2025, 12, 31))
                return tb.total_debit, tb.total_credit

        return "reports.trial_balance", real

    def group_by() -> tuple[Decimal, Decimal]:
        with unit_of_work(engine, actor="bench") as session:
            rows = session.execute(
                select(
                    JournalLine.account_id,
                    func.sum(JournalLine.debit),
                    func.sum(JournalLine.credit),
                )
                .where(JournalLine.posted.is_(True), JournalLine.date <= date(2025, 12, 31))
                .group_by(JournalLine.account_id)
            ).all()
            return (
                sum((Decimal(str(r[1])) for r in rows), Decimal(0)),
                sum((Decimal(str(r[2])) for r in rows), Decimal(0)),
            )

    return "GROUP BY query (reports.trial_balance not there yet)", group_by


def main(argv: list[str] | None = None) -> float | None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    heading(f"Trial balance over {args.lines:,} journal lines (PostgreSQL)")
    engine = pg_engine()
    if engine is None:
        return None
    started = time.perf_counter()
    load(engine, args.lines)
    figure("bulk load", f"{time.perf_counter() - started:.1f} s")
    label, fn = report_function(engine)
    debit, credit = fn()
    figure(
        "total debit / credit", f"{debit} / {credit}" + ("" if debit == credit else " UNBALANCED")
    )
    median, runs = median_seconds(fn, runs=5)
    figure(label, f"median {median:.3f} s of 5 ({', '.join(f'{t:.3f}' for t in runs)})")
    figure("goal", "met (< 1 s)" if median < 1 else "MISSED (>= 1 s)")
    engine.dispose()
    return median


if __name__ == "__main__":
    main()
