"""`smarterp report ...`: trial balance, ledger, P&L, balance sheet, aging, VAT, stock, sales.

With --json every report prints one JSON object; amounts and quantities are strings holding
exact decimals (e.g. "1265793.04"), dates are ISO strings.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import typer

from smarterp.cli.common import console, engine, friendly_errors, print_json, print_table
from smarterp.core.db import session_factory
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.inventory import reports as stock
from smarterp.erp.inventory.queries import warehouse_by_code
from smarterp.erp.invoicing import reports as open_items
from smarterp.erp.invoicing import tax_report as vat
from smarterp.erp.sales import reports as sales

app = typer.Typer(
    help="Financial and operational reports (tables, or --json).", no_args_is_help=True
)

AS_OF = typer.Option(None, "--as-of", help="Up to and including this day (YYYY-MM-DD).")
FROM = typer.Option(None, "--from", help="From this day (YYYY-MM-DD).")
TO = typer.Option(None, "--to", help="Up to and including this day (YYYY-MM-DD).")
JSON = typer.Option(False, "--json", help="Print JSON for machines.")
MONTH_COLUMNS = [
    "Month",
    "Net sales",
    "Cost of sales",
    "Gross profit",
    "Other income",
    "Expenses",
    "Net income",
]


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


def _read(fn: Any, *args: Any, **kwargs: Any) -> Any:
    with session_factory(engine())() as session:
        return fn(session, *args, **kwargs)


@app.command("trial-balance")
@friendly_errors
def trial_balance(
    as_of: str | None = AS_OF, date_from: str | None = FROM, as_json: bool = JSON
) -> None:
    """Debits, credits and balance of every account with postings."""
    tb = _read(
        ledger.trial_balance, as_of=_day(as_of, "--as-of"), date_from=_day(date_from, "--from")
    )
    if as_json:
        print_json(tb.model_dump())
        return
    rows = [[r.code, r.name, r.debit, r.credit, r.balance] for r in tb.rows]
    rows.append(["", "Total", tb.total_debit, tb.total_credit, tb.total_debit - tb.total_credit])
    print_table(
        f"Trial balance{_span(tb.date_from, tb.as_of)}",
        ["Code", "Account", "Debit", "Credit", "Balance"],
        rows,
    )


@app.command("ledger")
@friendly_errors
def general_ledger(
    account: str = typer.Argument(..., help="Account code, e.g. 1100."),
    date_from: str | None = FROM,
    date_to: str | None = TO,
    as_json: bool = JSON,
) -> None:
    """Every posting on one account with a running balance."""
    gl = _read(ledger.general_ledger, account, _day(date_from, "--from"), _day(date_to, "--to"))
    if as_json:
        print_json(gl.model_dump())
        return
    rows = [["", "Opening balance", "", "", "", gl.opening_balance]]
    rows += [
        [ln.date, ln.entry, ln.partner or ln.description, ln.debit, ln.credit, ln.balance]
        for ln in gl.lines
    ]
    print_table(
        f"{gl.account} {gl.name}", ["Date", "Entry", "Partner", "Debit", "Credit", "Balance"], rows
    )


@app.command("pnl")
@friendly_errors
def pnl(
    date_from: str | None = FROM,
    date_to: str | None = TO,
    by: str | None = typer.Option(None, "--by", help="month: add the headline figures per month."),
    as_json: bool = JSON,
) -> None:
    """Profit and loss: net sales, cost of sales, gross profit, expenses, net income."""
    p = _read(ledger.profit_and_loss, _day(date_from, "--from"), _day(date_to, "--to"), by)
    if as_json:
        print_json(p.model_dump())
        return
    rows: list[list[Any]] = [[ln.code, ln.name, ln.amount] for ln in p.income]
    rows += [
        ["", "Net sales", p.net_sales],
        ["", "Cost of sales", p.cost_of_sales],
        ["", "Gross profit", p.gross_profit],
    ]
    rows += [[ln.code, ln.name, ln.amount] for ln in p.expenses]
    rows.append(["", "Net income", p.net_income])
    print_table(f"Profit and loss{_span(p.date_from, p.date_to)}", ["Code", "Line", "Amount"], rows)
    if p.months:
        print_table(
            "By month",
            MONTH_COLUMNS,
            [
                [
                    m.period,
                    m.net_sales,
                    m.cost_of_sales,
                    m.gross_profit,
                    m.other_income,
                    m.operating_expenses,
                    m.net_income,
                ]
                for m in p.months
            ],
        )


@app.command("balance-sheet")
@friendly_errors
def balance_sheet(as_of: str | None = AS_OF, as_json: bool = JSON) -> None:
    """Assets, liabilities and equity; the two sides always agree."""
    bs = _read(ledger.balance_sheet, _day(as_of, "--as-of"))
    if as_json:
        print_json(bs.model_dump())
        return
    rows: list[list[Any]] = []
    for title, lines, total in (
        ("Assets", bs.assets, bs.total_assets),
        ("Liabilities", bs.liabilities, bs.total_liabilities),
        ("Equity", bs.equity, bs.total_equity),
    ):
        rows += [[ln.code, ln.name, ln.amount] for ln in lines]
        rows.append(["", f"Total {title.lower()}", total])
    print_table(f"Balance sheet{_span(None, bs.as_of)}", ["Code", "Line", "Amount"], rows)


@app.command("aging")
@friendly_errors
def aging(
    kind: str = typer.Option("receivable", help="receivable or payable"),
    as_of: str | None = AS_OF,
    as_json: bool = JSON,
) -> None:
    """Open items per partner by days past due, tied to the receivable or payable account."""
    a = _read(open_items.aging, kind, _day(as_of, "--as-of"))
    if as_json:
        print_json(a.model_dump())
        return
    rows = [
        [r.partner, r.current, r.d1_30, r.d31_60, r.d61_90, r.d90_plus, r.unapplied, r.total]
        for r in [*a.rows, a.totals]
    ]
    print_table(
        f"{kind.title()} aging as of {a.as_of}",
        ["Partner", "Current", "1-30", "31-60", "61-90", "90+", "Unapplied", "Total"],
        rows,
    )
    console.print(f"account balance {a.account_balance}, difference {a.difference}")


@app.command("tax")
@friendly_errors
def tax(date_from: str | None = FROM, date_to: str | None = TO, as_json: bool = JSON) -> None:
    """VAT return: output and input tax by rate from posted documents, tied to the ledger."""
    r = _read(vat.tax_report, _day(date_from, "--from"), _day(date_to, "--to"))
    if as_json:
        print_json(r.model_dump())
        return
    for title, side in (("Output tax (sales)", r.output), ("Input tax (purchases)", r.input)):
        rows = [[x.code or "", x.name, _percent(x.rate), x.base, x.tax] for x in side.rows]
        rows.append(["", "Total", "", side.base, side.tax])
        print_table(
            f"{title}{_span(r.date_from, r.date_to)}",
            ["Code", "Description", "Rate", "Net amount", "Tax"],
            rows,
        )
    console.print(f"net VAT payable (output less input) {r.net_payable}")
    print_table(
        "VAT accounts in the ledger",
        ["Code", "Account", "Debit", "Credit", "Movement", "Per documents", "Difference"],
        [
            [a.code, a.name, a.debit, a.credit, a.ledger, a.documents, a.difference]
            for a in r.accounts
        ],
    )
    if r.ties:
        console.print("the VAT accounts agree with the documents")
    else:
        console.print(
            f"[red]the VAT accounts do not agree with the documents[/red]: ledger net payable "
            f"{r.ledger_net_payable}, difference {r.difference}"
        )
    if r.other_postings:
        print_table(
            "Postings to VAT accounts not made by an invoice",
            ["Date", "Entry", "Reference", "Account", "Debit", "Credit"],
            [[p.date, p.entry, p.ref, p.account, p.debit, p.credit] for p in r.other_postings],
        )


@app.command("stock")
@friendly_errors
def stock_cmd(
    valuation: bool = typer.Option(
        False, "--valuation", help="Value per product, tied to the ledger."
    ),
    below_reorder: bool = typer.Option(False, "--below-reorder"),
    search: str | None = typer.Option(None, "--search", help="Text in SKU or name."),
    warehouse: str | None = typer.Option(None, "--warehouse", help="One warehouse's code."),
    as_of: str | None = AS_OF,
    as_json: bool = JSON,
) -> None:
    """Stock on hand, reserved, available and on order per product (or its valuation)."""
    if valuation:
        v = _read(stock.stock_valuation, _day(as_of, "--as-of"))
        if as_json:
            print_json(v.model_dump())
            return
        print_table(
            f"Stock valuation{_span(None, v.as_of)}",
            ["SKU", "Product", "Method", "Quantity", "Unit cost", "Value"],
            [[r.sku, r.product, r.costing_method, r.quantity, r.unit_cost, r.value] for r in v.rows]
            + [["", "Total", "", "", "", v.total_value]],
        )
        console.print(f"inventory account {v.inventory_account}, difference {v.difference}")
        return

    def levels(session: Any) -> stock.StockReport:
        wh = warehouse_by_code(session, warehouse, "--warehouse") if warehouse else None
        return stock.stock_report(
            session,
            below_reorder_only=below_reorder,
            q=search,
            warehouse_id=wh.id if wh is not None else None,
        )

    report = _read(levels)
    if as_json:
        print_json(report.model_dump())
        return
    print_table(
        "Stock",
        [
            "SKU",
            "Product",
            "On hand",
            "Reserved",
            "Available",
            "On order",
            "Reorder level",
            "Below",
        ],
        [
            [
                r.sku,
                r.product,
                r.on_hand,
                r.reserved,
                r.available,
                r.on_order,
                r.reorder_level,
                "to order" if r.uncovered else "on order" if r.below_reorder else "",
            ]
            for r in report.rows
        ],
    )


@app.command("sales")
@friendly_errors
def sales_cmd(
    date_from: str | None = FROM,
    date_to: str | None = TO,
    by: str = typer.Option("month", help=", ".join(sales.GROUPINGS)),
    as_json: bool = JSON,
) -> None:
    """Revenue (before tax and freight), orders and units of confirmed orders."""
    r = _read(sales.sales_report, _day(date_from, "--from"), _day(date_to, "--to"), by)
    if as_json:
        print_json(r.model_dump())
        return
    print_table(
        f"Sales by {r.by}{_span(r.date_from, r.date_to)}",
        [by.title(), "Revenue", "Orders", "Units"],
        [[x.key, x.revenue, x.orders, x.units] for x in r.rows]
        + [["Total", r.total, r.orders, r.units]],
    )


def _percent(rate: Decimal | None) -> str:
    return "" if rate is None else f"{(rate * 100).normalize():f}%"


def _span(start: date | None, end: date | None) -> str:
    if start and end:
        return f" {start} to {end}"
    if end:
        return f" as of {end}"
    if start:
        return f" from {start}"
    return ""
