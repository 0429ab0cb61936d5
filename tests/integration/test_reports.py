"""Reports read the books exactly and tie to each other: ledger, aging, stock valuation, sales."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.accounting.reports import (
    balance_sheet,
    general_ledger,
    profit_and_loss,
    trial_balance,
)
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.reports import stock_report, stock_valuation
from smarterp.erp.inventory.schemas import CountIn, CountLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.products.models import CostingMethod
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.reports import sales_report
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal


def _books(session: Session) -> dict[str, int]:
    """Buy 20 teas (FIFO) and 10 syrups, sell some in two months, bill, pay part, return one."""
    cust = f.customer(session, "Alfreds Futterkiste", country="Germany")
    other = f.customer(session, "Ernst Handel", country="Austria")
    sup = f.supplier(session, "Exotic Liquids")
    tea = f.product(
        session,
        "TEA",
        price="20.00",
        cost="8.00",
        method=CostingMethod.FIFO,
        supplier_id=sup.id,
        reorder_level=D(12),
    )
    syrup = f.product(session, "SYRUP", price="10.00", cost="4.00", supplier_id=sup.id)
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=date(2026, 1, 2),
            lines=[
                PurchaseLineIn(product_id=tea.id, quantity=D(20), unit_price=D("8.00")),
                PurchaseLineIn(product_id=syrup.id, quantity=D(10), unit_price=D("4.00")),
            ],
        ),
    )
    purchasing.confirm_order(session, po.id)
    purchasing.receive(session, po.id, date(2026, 1, 3))
    purchasing.bill_order(session, po.id, date(2026, 1, 3))  # 200.00, due in 30 days

    jan = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 1, 10),
            lines=[
                SalesLineIn(product_id=tea.id, quantity=D(5)),
                SalesLineIn(product_id=syrup.id, quantity=D(4), discount=D("0.5")),
            ],
        ),
    )
    feb = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=other.id,
            order_date=date(2026, 2, 5),
            lines=[SalesLineIn(product_id=tea.id, quantity=D(4))],
        ),
    )
    for order, day in ((jan, date(2026, 1, 11)), (feb, date(2026, 2, 6))):
        sales.confirm_order(session, order.id)
        sales.deliver(session, order.id, day)
        sales.invoice_order(session, order.id, day)  # 120.00 and 80.00, due in 30 days
    invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=cust.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=D("50.00"),
            date=date(2026, 2, 1),
        ),
    )
    sales.return_goods(session, feb.id, {feb.lines[0].id: D(1)}, date(2026, 2, 20))
    return {"customer": cust.id, "tea": tea.id}


def test_statements_agree_with_each_other(session: Session) -> None:
    _books(session)
    tb = trial_balance(session)
    # receipt 200, bill 200, deliveries 56 + 32, invoices 120 + 80, payment 50, return 8 + 20
    assert tb.total_debit == tb.total_credit == D("766.00")
    pnl = profit_and_loss(session)
    # Net sales 120 + 80 - 20 (return); cost of sales: 9 teas at 8 + 4 syrups at 4 - 1 tea back.
    assert pnl.net_sales == D("180.00")
    assert pnl.cost_of_sales == D("80.00")
    assert pnl.gross_profit == pnl.net_income == D("100.00")
    bs = balance_sheet(session)
    assert bs.balanced and bs.total_assets == D("300.00")  # bank 50, receivable 130, stock 120
    assert [ln.amount for ln in bs.equity if ln.name == "Current earnings"] == [D("100.00")]
    assert balance_sheet(session, as_of=date(2026, 1, 5)).total_assets == D("200.00")


def test_aging_ties_to_the_receivable_account(session: Session) -> None:
    ids = _books(session)
    march = aging(session, "receivable", date(2026, 3, 15))
    assert march.difference == 0 and march.totals.total == march.account_balance == D("130.00")
    alfreds = next(r for r in march.rows if r.partner_id == ids["customer"])
    assert alfreds.d31_60 == D("70.00")  # 120 - 50, due 2026-02-10
    assert march.totals.d1_30 == D("80.00") and march.totals.current == D("-20.00")
    january = aging(session, "receivable", date(2026, 1, 31))
    assert january.totals.total == january.account_balance == D("120.00")
    payables = aging(session, "payable", date(2026, 3, 15))
    assert payables.totals.d31_60 == D("200.00") and payables.difference == 0
    with pytest.raises(InvalidInput, match="must be receivable or payable"):
        aging(session, "owed")


def test_stock_valuation_ties_to_the_inventory_account(session: Session) -> None:
    _books(session)
    now = stock_valuation(session)
    assert now.total_value == now.inventory_account == D("120.00") and now.difference == 0
    tea = next(r for r in now.rows if r.sku == "TEA")
    assert (tea.quantity, tea.value) == (D("12.000"), D("96.00"))
    jan = stock_valuation(session, as_of=date(2026, 1, 31))
    assert jan.total_value == jan.inventory_account == D("144.00")
    rows = {r.sku: r for r in stock_report(session).rows}
    assert rows["TEA"].on_hand == D(12) and rows["TEA"].below_reorder
    assert rows["SYRUP"].available == D(6) and not rows["SYRUP"].below_reorder


def _buy(session: Session, supplier_id: int, lines: dict[int, str], qty: int, on: date) -> int:
    """Order, receive and bill `qty` of each product at the given unit price."""
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=supplier_id,
            order_date=on,
            lines=[
                PurchaseLineIn(product_id=pid, quantity=D(qty), unit_price=D(unit))
                for pid, unit in lines.items()
            ],
        ),
    )
    purchasing.confirm_order(session, po.id)
    purchasing.receive(session, po.id, on)
    purchasing.bill_order(session, po.id, on)
    return po.id


def test_stock_valuation_ties_after_returns_and_counts(session: Session) -> None:
    """FIFO and average products through receipts, a sale, both kinds of return and a count."""
    cust = f.customer(session)
    sup = f.supplier(session)
    tea = f.product(session, "TEA", cost="8.00", method=CostingMethod.FIFO, supplier_id=sup.id)
    syrup = f.product(session, "SYRUP", cost="4.00", stock="10", supplier_id=sup.id)  # 2025-01-01
    _buy(session, sup.id, {tea.id: "8.00"}, 10, date(2026, 1, 2))
    second = _buy(session, sup.id, {tea.id: "10.00", syrup.id: "6.00"}, 10, date(2026, 1, 5))
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 1, 10),
            lines=[
                SalesLineIn(product_id=tea.id, quantity=D(12)),
                SalesLineIn(product_id=syrup.id, quantity=D(4)),
            ],
        ),
    )
    sales.confirm_order(session, order.id)
    sales.deliver(session, order.id, date(2026, 1, 10))
    sales.invoice_order(session, order.id, date(2026, 1, 10))
    tea_line = order.lines[0]
    sales.return_goods(session, order.id, {tea_line.id: D(2)}, date(2026, 1, 15))
    po = purchasing.get_order(session, second)
    purchasing.return_to_supplier(session, po.id, {po.lines[0].id: D(2)}, date(2026, 1, 20))
    inventory.count_stock(
        session,
        CountIn(
            date=date(2026, 1, 25),
            lines=[
                CountLineIn(product_id=syrup.id, counted_quantity=D(15)),
                CountLineIn(product_id=tea.id, counted_quantity=D(9)),
            ],
        ),
    )

    now = stock_valuation(session)
    assert now.difference == 0 and now.total_value == now.inventory_account
    rows = {r.sku: r for r in now.rows}
    # Syrup: 10 at 4 + 10 at 6 = 20 at 5; 4 sold, 1 lost in the count: 15 at 5.
    assert (rows["SYRUP"].quantity, rows["SYRUP"].value) == (D(15), D("75.00"))
    assert rows["SYRUP"].unit_cost == D(5) and rows["SYRUP"].costing_method == "average"
    assert rows["TEA"].quantity == D(9)  # 20 in, 12 out, 2 back, 2 to supplier, 1 found
    for day in (date(2025, 6, 1), date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 22)):
        then = stock_valuation(session, as_of=day)
        assert then.difference == 0, day
    assert stock_valuation(session, as_of=date(2025, 6, 1)).total_value == D("40.00")
    assert stock_valuation(session, as_of=date(2026, 1, 5)).total_value == D("280.00")
    replayed = stock_valuation(session, as_of=date(2026, 12, 31))
    assert [(r.sku, r.quantity, r.value) for r in replayed.rows] == [
        (r.sku, r.quantity, r.value) for r in now.rows
    ]
    assert balance_sheet(session).balanced


def test_aging_shows_unapplied_money_and_credit_notes(session: Session) -> None:
    ids = _books(session)
    # Ernst Handel owes 80 (due 2026-03-08) less his open credit note of 20.
    ernst = next(
        r for r in aging(session, as_of=date(2026, 3, 1)).rows if r.partner_id != ids["customer"]
    )
    assert (ernst.current, ernst.total) == (D("60.00"), D("60.00"))
    notes = invoicing.open_invoices(session, ernst.partner_id, (InvoiceKind.OUT_REFUND,))
    bills = invoicing.open_invoices(session, ernst.partner_id, (InvoiceKind.OUT_INVOICE,))
    invoicing.apply_credit_note(session, notes[0].id, bills[0].id, date(2026, 3, 2))  # 60 left
    # Alfreds pays 100 against an open 70: 30 is left over, unapplied.
    invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=ids["customer"],
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=D("100.00"),
            date=date(2026, 3, 3),
        ),
    )
    after = aging(session, as_of=date(2026, 3, 10))
    rows = {r.partner_id: r for r in after.rows}
    assert rows[ernst.partner_id].total == D("60.00") and rows[ernst.partner_id].d1_30 == D("60.00")
    alfreds = rows[ids["customer"]]
    assert (alfreds.unapplied, alfreds.total) == (D("-30.00"), D("-30.00"))
    assert after.totals.total == after.account_balance == D("30.00") and after.difference == 0
    # Looking back, neither the credit note use nor the payment had happened yet.
    before = aging(session, as_of=date(2026, 3, 1))
    assert before.totals.total == before.account_balance == D("130.00")
    assert before.totals.unapplied == 0 and before.difference == 0


def test_sales_report_groups_revenue(session: Session) -> None:
    _books(session)
    by_month = sales_report(session, by="month")
    assert [(r.key, r.revenue, r.orders) for r in by_month.rows] == [
        ("2026-01", D("120.00"), 1),
        ("2026-02", D("80.00"), 1),
    ]
    assert by_month.total == D("200.00")
    by_country = sales_report(session, date_from=date(2026, 2, 1), by="country")
    assert [(r.key, r.revenue) for r in by_country.rows] == [("Austria", D("80.00"))]
    assert sales_report(session, by="quarter").rows[0].key == "2026-Q1"
    with pytest.raises(InvalidInput, match="'galaxy' is not one of"):
        sales_report(session, by="galaxy")


def test_general_ledger_runs_a_balance(session: Session) -> None:
    _books(session)
    gl = general_ledger(session, "1100", date_from=date(2026, 2, 1))
    assert gl.opening_balance == D("120.00")
    assert [ln.balance for ln in gl.lines] == [D("70.00"), D("150.00"), D("130.00")]
    assert gl.closing_balance == D("130.00") and not gl.truncated
    cut = general_ledger(session, "1100", limit=1)
    assert cut.truncated and len(cut.lines) == 1 and cut.closing_balance == D("130.00")
    march = general_ledger(session, "1100", date(2026, 3, 1), date(2026, 3, 31))
    assert march.lines == [] and march.opening_balance == march.closing_balance == D("130.00")


def test_profit_and_loss_by_month(session: Session) -> None:
    _books(session)
    pnl = profit_and_loss(session, date(2026, 1, 1), date(2026, 2, 28), by="month")
    assert [(m.period, m.net_sales, m.cost_of_sales, m.net_income) for m in pnl.months] == [
        ("2026-01", D("120.00"), D("56.00"), D("64.00")),
        ("2026-02", D("60.00"), D("24.00"), D("36.00")),
    ]
    assert sum(m.net_income for m in pnl.months) == pnl.net_income
    assert profit_and_loss(session, date(2026, 2, 1)).net_sales == D("60.00")
    with pytest.raises(InvalidInput, match="only 'month'"):
        profit_and_loss(session, by="week")


def test_report_commands_print_the_keys_other_tools_rely_on(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from typer.testing import CliRunner

    from smarterp.cli.main import app
    from smarterp.core.db import engine_for
    from smarterp.core.settings import get_settings

    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path}/cli.db")
    get_settings.cache_clear()
    engine_for.cache_clear()
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    for args in (
        ["product", "add", "TEA", "Green tea", "--price", "20", "--cost", "8"],
        ["stock", "opening", "TEA", "12", "--cost", "8"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
    tb = json.loads(runner.invoke(app, ["report", "trial-balance", "--json"]).stdout)
    assert tb["total_debit"] == tb["total_credit"] == "96.00" and tb["rows"]
    stock = json.loads(runner.invoke(app, ["report", "stock", "--json"]).stdout)
    assert stock["rows"][0]["product"] == "Green tea" and stock["rows"][0]["on_hand"] == "12.000"
    sales = json.loads(runner.invoke(app, ["report", "sales", "--json"]).stdout)
    assert sales["total"] == "0.00" and sales["rows"] == []
    for args in (
        ["report", "trial-balance", "--as-of", "2099-12-31"],
        ["report", "ledger", "1200", "--from", "2000-01-01"],
        ["report", "pnl", "--by", "month"],
        ["report", "balance-sheet"],
        ["report", "aging", "--kind", "payable"],
        ["report", "stock"],
        ["report", "stock", "--valuation"],
        ["report", "sales", "--by", "customer"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    sheet = json.loads(runner.invoke(app, ["report", "balance-sheet", "--json"]).stdout)
    assert sheet["total_assets"] == "96.00" and sheet["balanced"] is True
    valued = json.loads(runner.invoke(app, ["report", "stock", "--valuation", "--json"]).stdout)
    assert valued["total_value"] == valued["inventory_account"] == "96.00"
    assert runner.invoke(app, ["report", "pnl", "--from", "May 1"]).exit_code == 2
    bad = runner.invoke(app, ["report", "sales", "--by", "galaxy"])
    assert bad.exit_code == 1 and "'galaxy' is not one of" in bad.stderr
    get_settings.cache_clear()
    engine_for.cache_clear()
