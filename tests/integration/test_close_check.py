"""The month-end close checklist on books built here: a draft bill, an unmatched payment, a
manual entry on the inventory account (the stock difference and the entry behind it), earlier
months still open, new alerts; clean books pass; bad months refused; the CLI's JSON. SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting.models import PeriodState
from smarterp.erp.accounting.schemas import EntryIn, EntryLineIn
from smarterp.erp.accounting.service import create_entry, set_period_state
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.intel.finance.close import CloseCheck, CloseChecklist, close_checklist
from smarterp.intel.watch.findings import Finding
from smarterp.intel.watch.models import Severity
from smarterp.intel.watch.store import raise_findings
from tests import factories as f
from tests.integration.test_cash_outlook import cli  # noqa: F401  (the CLI fixture)

D = Decimal
JUNE = "2025-06"


def _checks(r: CloseChecklist) -> dict[str, CloseCheck]:
    return {c.key: c for c in r.checks}


def _opening(s: Session) -> None:
    """Stock bought in May (valued through the stock service) and capital in the bank."""
    f.product(s, "TEA", price="10.00", cost="4.00", stock="50")  # opening stock: 200.00
    create_entry(
        s,
        EntryIn(
            date=date(2025, 5, 2),
            ref="capital",
            lines=[
                EntryLineIn(account_code="1010", debit=D("5000")),
                EntryLineIn(account_code="3000", credit=D("5000")),
            ],
        ),
    )


def test_clean_books_with_earlier_months_closed_are_ready(session: Session) -> None:
    _opening(session)
    for month in range(1, 6):
        set_period_state(session, 2025, month, PeriodState.CLOSED)
    r = close_checklist(session, JUNE)
    assert (r.period, r.date_from, r.date_to) == (JUNE, date(2025, 6, 1), date(2025, 6, 30))
    assert r.period_state == "open"
    failing = [c.key for c in r.checks if not c.ok]
    assert failing == [] and r.ready
    stock = _checks(r)["stock_vs_ledger"]
    assert stock.figures["difference"] == 0


def test_each_check_finds_what_is_left_to_do(session: Session) -> None:
    _opening(session)
    acme = f.supplier(session, "Acme Supplies")
    buyer = f.customer(session, "Bon App")
    draft = invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=InvoiceKind.IN_INVOICE,
            partner_id=acme.id,
            invoice_date=date(2025, 6, 12),
            lines=[InvoiceLineIn(description="packing", quantity=D(1), unit_price=D("75.00"))],
        ),
    )
    # A bill dated in July is not June's business.
    invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=InvoiceKind.IN_INVOICE,
            partner_id=acme.id,
            invoice_date=date(2025, 7, 2),
            lines=[InvoiceLineIn(description="later", quantity=D(1), unit_price=D("9.00"))],
        ),
    )
    payment = invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=buyer.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=D("120.00"),
            date=date(2025, 6, 20),
        ),
    )
    manual = create_entry(
        session,
        EntryIn(
            date=date(2025, 6, 25),
            ref="stock found in the back room",
            lines=[
                EntryLineIn(account_code="1200", debit=D("35.00")),
                EntryLineIn(account_code="5100", credit=D("35.00")),
            ],
        ),
        control_accounts=True,
    )
    raise_findings(
        session,
        [
            Finding(
                kind="round_amount_entry",
                severity=Severity.HIGH,
                records=[manual.number or ""],
                summary="a round sum",
                evidence={"entry": manual.number},
                score=99.0,
            )
        ],
        kinds=["round_amount_entry"],
        raised_by="test",
    )
    r = close_checklist(session, JUNE)
    checks = _checks(r)
    assert not r.ready

    drafts = checks["draft_documents"]
    assert [(i.kind, i.amount, i.date) for i in drafts.items] == [
        ("vendor bill", D("75.00"), date(2025, 6, 12))
    ]
    assert drafts.items[0].document == f"draft #{draft.id}"

    unmatched = checks["unallocated_payments"]
    assert [(i.document, i.amount) for i in unmatched.items] == [(payment.number, D("120.00"))]

    stock = checks["stock_vs_ledger"]
    assert not stock.ok
    assert stock.figures == {
        "stock_value": D("200.00"),
        "inventory_account": D("235.00"),
        "difference": D("-35.00"),
    }
    assert [i.document for i in stock.items] == [manual.number]

    periods = checks["open_periods"]
    # The opening stock was booked in January: January to May are still open.
    assert [i.document for i in periods.items] == [f"2025-{m:02d}" for m in range(1, 6)]

    alerts = checks["new_alerts"]
    assert alerts.count == 1 and alerts.figures["high"] == 1
    assert checks["open_items_vs_ledger"].ok


def test_a_closed_month_or_one_behind_the_lock_date_says_so(session: Session) -> None:
    _opening(session)
    set_period_state(session, 2025, 6, PeriodState.CLOSED)
    assert close_checklist(session, JUNE).period_state == "closed"
    assert close_checklist(session, "2025-07").period_state == "open"


@pytest.mark.parametrize("bad", ["2025-13", "June", "", "2025/06", "0999-01"])
def test_a_bad_month_is_refused_naming_the_field(session: Session, bad: str) -> None:
    with pytest.raises(InvalidInput) as err:
        close_checklist(session, bad)
    assert err.value.details["field"] == "period"


def test_smarterp_close_check_json(engine: Engine, cli: CliRunner) -> None:  # noqa: F811
    with unit_of_work(engine, actor="test") as s:
        _opening(s)
    out = cli.invoke(app, ["close", "check", "--period", JUNE, "--json"])
    assert out.exit_code == 0, out.output
    body = json.loads(out.output)
    assert body["period"] == JUNE
    assert [c["key"] for c in body["checks"]] == [
        "draft_documents",
        "unallocated_payments",
        "stock_vs_ledger",
        "open_items_vs_ledger",
        "open_periods",
        "new_alerts",
    ]
    assert body["ready"] is False  # May is still open
    table = cli.invoke(app, ["close", "check", "--period", JUNE])
    assert table.exit_code == 0 and "not ready to close" in table.output
    bad = cli.invoke(app, ["close", "check", "--period", "2025-13"])
    assert bad.exit_code != 0 and "period" in bad.output
