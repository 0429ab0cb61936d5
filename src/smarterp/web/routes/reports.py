"""Reports: sales analysis, trial balance, profit and loss, balance sheet, aging, VAT return and
stock valuation, each with a chart and CSV and Excel downloads of the same figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.currency import service as currencies
from smarterp.erp.inventory.reports import stock_valuation
from smarterp.erp.invoicing.exchange import revaluation
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.invoicing.tax_report import TaxReport, TaxSide, tax_report
from smarterp.erp.sales.reports import GROUPINGS, sales_report
from smarterp.intel.finance import explain as explaining
from smarterp.intel.finance import ratios as ratio_book
from smarterp.web.names import report_key_namer
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.spreadsheets import csv_response, xlsx_response
from smarterp.web.views import Cell, Table, money_cell, qty_cell, text_cell

router = APIRouter(route_class=WebRoute)


@dataclass(frozen=True)
class Param:
    name: str
    label: str
    kind: str = "date"  # date | month | choice
    options: tuple[tuple[str, str], ...] = ()


@dataclass
class ReportView:
    title: str
    tables: list[Table]
    chart: dict[str, Any] | None = None
    summary: list[tuple[str, str]] = field(default_factory=list)
    # The figures as plain values for the downloads: a header row, then data rows.
    export: list[list[Any]] = field(default_factory=list)
    # A few sentences written from the figures above (the explanation of a change).
    narrative: str | None = None


@dataclass(frozen=True)
class Report:
    slug: str
    title: str
    description: str
    permission: str
    params: tuple[Param, ...]
    build: Callable[[Session, WebCtx, dict[str, Any]], ReportView]


def _name(ctx: WebCtx, name: str, name_zh: str | None) -> str:
    return name_zh if ctx.tr.language == "zh" and name_zh else name


def _statement_rows(
    ctx: WebCtx, section: str, lines: list[ledger.StatementLine]
) -> tuple[list[list[Cell]], list[list[Any]]]:
    cells = [
        [
            text_cell(ln.code),
            text_cell(_name(ctx, ln.name, ln.name_zh)),
            money_cell(ctx.tr, ln.amount),
        ]
        for ln in lines
    ]
    raw = [[section, ln.code, _name(ctx, ln.name, ln.name_zh), ln.amount] for ln in lines]
    return cells, raw


def _sales(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    by = p.get("by") or "month"
    rep = sales_report(session, p.get("date_from"), p.get("date_to"), by)
    label = (lambda k: tr.month(k)) if by == "month" else report_key_namer(session, tr, by)
    rows = rep.rows if by in ("month", "quarter", "year") else rep.rows[:50]
    return ReportView(
        title=t("Sales analysis"),
        summary=[
            (t("Revenue"), tr.money(rep.total)),
            (t("Orders"), tr.number(rep.orders)),
            (t("Units"), tr.number(rep.units)),
        ],
        chart={
            "type": "bar" if by in ("month", "quarter", "year") else "hbar",
            "labels": [label(r.key or "—") for r in rows[:24]],
            "series": [{"label": t("Revenue"), "data": [float(r.revenue) for r in rows[:24]]}],
            "money": True,
        },
        tables=[
            Table(
                t("Revenue by {what}", what=t(by.title())),
                [t(by.title()), t("Revenue"), t("Orders"), t("Units")],
                [
                    [
                        text_cell(label(r.key or "—")),
                        money_cell(tr, r.revenue),
                        qty_cell(tr, Decimal(r.orders)),
                        qty_cell(tr, r.units),
                    ]
                    for r in rows
                ],
                numeric={1, 2, 3},
                footer=[
                    Cell(t("Total")),
                    money_cell(tr, rep.total),
                    qty_cell(tr, Decimal(rep.orders)),
                    qty_cell(tr, rep.units),
                ],
            )
        ],
        export=[[by, "revenue", "orders", "units"]]
        + [[r.key, r.revenue, r.orders, r.units] for r in rep.rows],
    )


def _trial_balance(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    tb = ledger.trial_balance(session, p.get("as_of"), p.get("date_from"))
    by_type: dict[str, Decimal] = {}
    for r in tb.rows:
        by_type[r.type.value] = by_type.get(r.type.value, Decimal(0)) + r.balance
    return ReportView(
        title=t("Trial balance"),
        summary=[
            (t("Total debit"), tr.money(tb.total_debit)),
            (t("Total credit"), tr.money(tb.total_credit)),
        ],
        chart={
            "type": "bar",
            "labels": [t(k.title()) for k in by_type],
            "series": [{"label": t("Balance"), "data": [float(v) for v in by_type.values()]}],
            "money": True,
        },
        tables=[
            Table(
                t("Accounts"),
                [t("Code"), t("Account"), t("Debit"), t("Credit"), t("Balance")],
                [
                    [
                        text_cell(r.code),
                        text_cell(_name(ctx, r.name, r.name_zh)),
                        money_cell(tr, r.debit),
                        money_cell(tr, r.credit),
                        money_cell(tr, r.balance),
                    ]
                    for r in tb.rows
                ],
                numeric={2, 3, 4},
                footer=[
                    Cell(t("Total")),
                    Cell(""),
                    money_cell(tr, tb.total_debit),
                    money_cell(tr, tb.total_credit),
                    Cell(""),
                ],
            )
        ],
        export=[["code", "account", "debit", "credit", "balance"]]
        + [[r.code, _name(ctx, r.name, r.name_zh), r.debit, r.credit, r.balance] for r in tb.rows],
    )


def _pnl(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    pl = ledger.profit_and_loss(session, p.get("date_from"), p.get("date_to"), by="month")
    income_cells, income_raw = _statement_rows(ctx, "income", pl.income)
    expense_cells, expense_raw = _statement_rows(ctx, "expense", pl.expenses)
    months = pl.months[-24:]
    return ReportView(
        title=t("Profit and loss"),
        summary=[
            (t("Net sales"), tr.money(pl.net_sales)),
            (t("Cost of sales"), tr.money(pl.cost_of_sales)),
            (t("Gross profit"), tr.money(pl.gross_profit)),
            (t("Operating expenses"), tr.money(pl.operating_expenses)),
            (t("Net income"), tr.money(pl.net_income)),
        ],
        chart={
            "type": "bar",
            "labels": [tr.month(m.period) for m in months],
            "series": [
                {"label": t("Net sales"), "data": [float(m.net_sales) for m in months]},
                {"label": t("Net income"), "data": [float(m.net_income) for m in months]},
            ],
            "money": True,
        },
        tables=[
            Table(
                t("Income"),
                [t("Code"), t("Account"), t("Amount")],
                income_cells,
                numeric={2},
                footer=[Cell(t("Total")), Cell(""), money_cell(tr, pl.total_income)],
            ),
            Table(
                t("Expenses"),
                [t("Code"), t("Account"), t("Amount")],
                expense_cells,
                numeric={2},
                footer=[Cell(t("Total")), Cell(""), money_cell(tr, pl.total_expenses)],
            ),
        ],
        export=[
            ["section", "code", "account", "amount"],
            *income_raw,
            *expense_raw,
            ["total", "", "net income", pl.net_income],
        ],
    )


def _balance_sheet(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    bs = ledger.balance_sheet(session, p.get("as_of"))
    sections = [
        ("assets", t("Assets"), bs.assets, bs.total_assets),
        ("liabilities", t("Liabilities"), bs.liabilities, bs.total_liabilities),
        ("equity", t("Equity"), bs.equity, bs.total_equity),
    ]
    tables, export = [], [["section", "code", "account", "amount"]]
    for key, title, lines, total in sections:
        cells, raw = _statement_rows(ctx, key, lines)
        tables.append(
            Table(
                title,
                [t("Code"), t("Account"), t("Amount")],
                cells,
                numeric={2},
                footer=[Cell(t("Total")), Cell(""), money_cell(tr, total)],
            )
        )
        export += raw
    return ReportView(
        title=t("Balance sheet"),
        summary=[
            (t("Total assets"), tr.money(bs.total_assets)),
            (t("Liabilities and equity"), tr.money(bs.total_liabilities + bs.total_equity)),
            (t("Balanced"), t("Yes") if bs.balanced else t("No")),
        ],
        chart={
            "type": "bar",
            "labels": [t("Assets"), t("Liabilities"), t("Equity")],
            "series": [
                {
                    "label": t("Amount"),
                    "data": [
                        float(bs.total_assets),
                        float(bs.total_liabilities),
                        float(bs.total_equity),
                    ],
                }
            ],
            "money": True,
        },
        tables=tables,
        export=export,
    )


AGING_COLUMNS = ("current", "d1_30", "d31_60", "d61_90", "d90_plus", "unapplied", "total")
AGING_LABELS = (
    "Not yet due",
    "1-30 days",
    "31-60 days",
    "61-90 days",
    "Over 90 days",
    "Unapplied",
    "Total",
)


def _aging(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    kind = p.get("kind") or "receivable"
    rep = aging(session, kind, p.get("as_of"))
    slug = "customers" if kind == "receivable" else "suppliers"
    return ReportView(
        title=t("Aged receivables") if kind == "receivable" else t("Aged payables"),
        summary=[
            (t("Total open"), tr.money(rep.totals.total)),
            (t("Account balance"), tr.money(rep.account_balance)),
            (t("Difference"), tr.money(rep.difference)),
        ],
        chart={
            "type": "bar",
            "labels": [t(x) for x in AGING_LABELS[:5]],
            "series": [
                {
                    "label": t("Open"),
                    "data": [float(getattr(rep.totals, c)) for c in AGING_COLUMNS[:5]],
                }
            ],
            "money": True,
            "colors": ["#3b82f6", "#f59e0b", "#f97316", "#ef4444", "#b91c1c"],
        },
        tables=[
            Table(
                t("Partners"),
                [t("Partner")] + [t(x) for x in AGING_LABELS],
                [
                    [text_cell(r.partner, f"/{slug}/{r.partner_id}")]
                    + [money_cell(tr, getattr(r, c)) for c in AGING_COLUMNS]
                    for r in rep.rows
                ],
                numeric=set(range(1, 8)),
                footer=[Cell(t("Total"))]
                + [money_cell(tr, getattr(rep.totals, c)) for c in AGING_COLUMNS],
            )
        ],
        export=[["partner", *AGING_COLUMNS]]
        + [[r.partner] + [getattr(r, c) for c in AGING_COLUMNS] for r in rep.rows],
    )


def _exchange(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    on = p.get("as_of") or date.today()
    rep = revaluation(session, on)
    latest: dict[str, Any] = {}
    for r in currencies.list_rates(session, date_to=on):
        latest.setdefault(r.currency, r)
    own = currencies.company_currency(session)
    return ReportView(
        title=t("Exchange revaluation"),
        summary=[
            (t("Unrealised gain"), tr.money(rep.gain)),
            (t("Unrealised loss"), tr.money(rep.loss)),
            (t("Company currency"), own),
        ],
        tables=[
            Table(
                t("Open items in other currencies"),
                [
                    t("Number"),
                    t("Currency"),
                    t("Open"),
                    t("Booked"),
                    t("Rate"),
                    t("Revalued"),
                    t("Gain or loss"),
                ],
                [
                    [
                        text_cell(r.number, f"/invoices/{r.invoice_id}"),
                        text_cell(r.currency),
                        money_cell(tr, r.open_amount),
                        money_cell(tr, r.booked),
                        Cell(tr.number(r.rate), numeric=True),
                        money_cell(tr, r.revalued),
                        money_cell(tr, r.gain),
                    ]
                    for r in rep.lines
                ],
                numeric={2, 3, 4, 5, 6},
            ),
            Table(
                t("Rates in force"),
                [t("Currency"), t("Since"), t("Rate")],
                [
                    [
                        text_cell(code),
                        text_cell(tr.date(r.date)),
                        Cell(tr.number(r.rate), numeric=True),
                    ]
                    for code, r in sorted(latest.items())
                ],
                numeric={2},
            ),
        ],
        export=[["number", "currency", "open", "booked", "rate", "revalued", "gain"]]
        + [
            [r.number, r.currency, r.open_amount, r.booked, r.rate, r.revalued, r.gain]
            for r in rep.lines
        ],
    )


def _rate(ctx: WebCtx, rate: Decimal | None) -> str:
    return "" if rate is None else ctx.tr.number(rate * 100) + "%"


def _tax_table(ctx: WebCtx, title: str, side: TaxSide) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    return Table(
        title,
        [t("Code"), t("Description"), t("Rate"), t("Net amount"), t("Tax")],
        [
            [
                text_cell(r.code),
                text_cell(_name(ctx, r.name, r.name_zh)),
                Cell(_rate(ctx, r.rate), numeric=True),
                money_cell(tr, r.base),
                money_cell(tr, r.tax),
            ]
            for r in side.rows
        ],
        numeric={2, 3, 4},
        footer=[
            Cell(t("Total")),
            Cell(""),
            Cell(""),
            money_cell(tr, side.base),
            money_cell(tr, side.tax),
        ],
    )


def _tax_ledger_tables(ctx: WebCtx, rep: TaxReport) -> list[Table]:
    t, tr = ctx.tr.gettext, ctx.tr
    accounts = Table(
        t("VAT accounts in the ledger"),
        [
            t("Code"),
            t("Account"),
            t("Debit"),
            t("Credit"),
            t("Movement"),
            t("Per documents"),
            t("Difference"),
            t("Status"),
        ],
        [
            [
                text_cell(a.code),
                text_cell(_name(ctx, a.name, a.name_zh)),
                money_cell(tr, a.debit),
                money_cell(tr, a.credit),
                money_cell(tr, a.ledger),
                money_cell(tr, a.documents),
                money_cell(tr, a.difference),
                Cell(t("Agrees"), badge="ok")
                if a.difference == 0
                else Cell(t("Differs"), badge="low"),
            ]
            for a in rep.accounts
        ],
        numeric={2, 3, 4, 5, 6},
    )
    if not rep.other_postings:
        return [accounts]
    others = Table(
        t("Postings to VAT accounts not made by an invoice"),
        [t("Date"), t("Journal entry"), t("Reference"), t("Account"), t("Debit"), t("Credit")],
        [
            [
                Cell(tr.date(p.date)),
                text_cell(p.entry or "—", f"/journal-entries/{p.entry_id}"),
                text_cell(p.ref),
                text_cell(p.account),
                money_cell(tr, p.debit),
                money_cell(tr, p.credit),
            ]
            for p in rep.other_postings
        ],
        numeric={4, 5},
    )
    return [accounts, others]


def _tax(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    rep = tax_report(session, p.get("date_from"), p.get("date_to"))
    by_rate: dict[Decimal, list[Decimal]] = {}
    for index, side in enumerate((rep.output, rep.input)):
        for r in side.rows:
            if r.rate is not None:
                by_rate.setdefault(r.rate, [Decimal(0), Decimal(0)])[index] += r.tax
    rates = sorted(by_rate, reverse=True)
    export: list[list[Any]] = [["section", "code", "description", "rate", "net_amount", "tax"]]
    for key, side in (("output", rep.output), ("input", rep.input)):
        export += [
            [key, r.code, _name(ctx, r.name, r.name_zh), r.rate, r.base, r.tax] for r in side.rows
        ]
    export.append(["net payable", "", "", "", "", rep.net_payable])
    return ReportView(
        title=t("VAT return"),
        summary=[
            (t("Output tax"), tr.money(rep.output.tax)),
            (t("Input tax"), tr.money(rep.input.tax)),
            (t("Net VAT payable"), tr.money(rep.net_payable)),
            (
                t("Ledger check"),
                t("Agrees with the ledger") if rep.ties else t("Does not agree with the ledger"),
            ),
        ],
        chart={
            "type": "bar",
            "labels": [_rate(ctx, r) for r in rates],
            "series": [
                {"label": t("Output tax"), "data": [float(by_rate[r][0]) for r in rates]},
                {"label": t("Input tax"), "data": [float(by_rate[r][1]) for r in rates]},
            ],
            "money": True,
        },
        tables=[
            _tax_table(ctx, t("Output tax (sales)"), rep.output),
            _tax_table(ctx, t("Input tax (purchases)"), rep.input),
            *_tax_ledger_tables(ctx, rep),
        ],
        export=export,
    )


def _valuation(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    rep = stock_valuation(session, p.get("as_of"))
    top = sorted(rep.rows, key=lambda r: -r.value)[:10]
    return ReportView(
        title=t("Stock valuation"),
        summary=[
            (t("Stock value"), tr.money(rep.total_value)),
            (t("Inventory account"), tr.money(rep.inventory_account)),
            (t("Difference"), tr.money(rep.difference)),
        ],
        chart={
            "type": "hbar",
            "labels": [r.product for r in top],
            "series": [{"label": t("Value"), "data": [float(r.value) for r in top]}],
            "money": True,
        },
        tables=[
            Table(
                t("Products"),
                [
                    t("SKU"),
                    t("Product"),
                    t("Costing method"),
                    t("Quantity"),
                    t("Unit cost"),
                    t("Value"),
                ],
                [
                    [
                        text_cell(r.sku),
                        text_cell(r.product),
                        text_cell(t("Moving average") if r.costing_method == "average" else "FIFO"),
                        qty_cell(tr, r.quantity),
                        money_cell(tr, r.unit_cost),
                        money_cell(tr, r.value),
                    ]
                    for r in rep.rows
                ],
                numeric={3, 4, 5},
                footer=[
                    Cell(t("Total")),
                    Cell(""),
                    Cell(""),
                    Cell(""),
                    Cell(""),
                    money_cell(tr, rep.total_value),
                ],
            )
        ],
        export=[["sku", "product", "costing_method", "quantity", "unit_cost", "value"]]
        + [
            [r.sku, r.product, r.costing_method, r.quantity, r.unit_cost, r.value] for r in rep.rows
        ],
    )


def _contribution_table(ctx: WebCtx, title: str, rows: list[explaining.Contribution]) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    return Table(
        title,
        [t("Name"), t("Compare period"), t("Period"), t("Change"), t("Status")],
        [
            [
                text_cell(c.name),
                money_cell(tr, c.base),
                money_cell(tr, c.current),
                money_cell(tr, c.change),
                Cell(t(EXPLAIN_STATUS[c.status]), badge=c.status),
            ]
            for c in rows[:EXPLAIN_ROWS]
        ],
        numeric={1, 2, 3},
    )


EXPLAIN_STATUS = {"new": "New", "stopped": "Stopped", "up": "Up", "down": "Down", "flat": "Flat"}
EXPLAIN_ROWS = 15


def _explain(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    measure = p.get("measure") or "revenue"
    period = (p.get("date_from"), p.get("date_to"))
    if period == (None, None):
        # The latest month with sales, against the month before: the question people open
        # this page with.
        latest = explaining.latest_month(session)
        if latest is None:
            raise InvalidInput("date_from", t("no confirmed or done sales orders yet"))
        period = latest
    compare = (p.get("compare_from"), p.get("compare_to"))
    if compare == (None, None) and period[0] and period[1]:
        compare = explaining.preceding_period(period[0], period[1])
    r = explaining.explain(session, *period, *compare, measure=measure, lang=tr.language)
    effects = [
        (t("Volume"), r.effects.volume, r.effects_pct.volume),
        (t("Price"), r.effects.price, r.effects_pct.price),
        (t("Mix"), r.effects.mix, r.effects_pct.mix),
    ]
    effect_rows = [
        [
            text_cell(name),
            money_cell(tr, value),
            Cell(f"{pct}%" if pct is not None else "", numeric=True),
        ]
        for name, value, pct in effects
    ]
    effect_rows.append(
        [text_cell(t("Rounding residue")), money_cell(tr, r.effects.residue), Cell("")]
    )
    title = t("Revenue") if measure == "revenue" else t("Gross margin")
    return ReportView(
        title=t("Explain a change"),
        narrative=r.narrative,
        summary=[
            (f"{title} · {r.compare.label}", tr.money(r.base)),
            (f"{title} · {r.period.label}", tr.money(r.current)),
            (t("Change"), tr.money(r.change) + (f" ({r.change_pct}%)" if r.change_pct else "")),
        ],
        chart={
            "type": "bar",
            "labels": [name for name, _, _ in effects],
            "series": [{"label": t("Effect"), "data": [float(v) for _, v, _ in effects]}],
            "money": True,
        },
        tables=[
            Table(
                t("Price, volume and mix"),
                [t("Effect"), t("Amount"), t("% of the compare period")],
                effect_rows,
                numeric={1, 2},
                footer=[Cell(t("Change")), money_cell(tr, r.change), Cell("")],
            ),
            _contribution_table(ctx, t("By category"), r.contributions.category),
            _contribution_table(ctx, t("By customer"), r.contributions.customer),
            _contribution_table(ctx, t("By product"), r.contributions.product),
        ],
        export=[["dimension", "name", "compare_period", "period", "change", "status"]]
        + [
            ["effect", k, "", "", getattr(r.effects, k), ""]
            for k in ("price", "volume", "mix", "residue")
        ]
        + [
            [dim, c.name, c.base, c.current, c.change, c.status]
            for dim in ("category", "customer", "product")
            for c in getattr(r.contributions, dim)
        ],
    )


RATIO_PLACES = {"percent": 1, "times": 2, "days": 1}
INPUT_PLACES = {"days": 0, "dso": 1, "dio": 1, "dpo": 1}


def _ratio_cell(ctx: WebCtx, r: ratio_book.Ratio) -> Cell:
    if r.value is None:
        return Cell(ctx.tr.gettext("n/a"), numeric=True)
    text = ctx.tr.number(r.value, RATIO_PLACES[r.unit])
    return Cell(text + ("%" if r.unit == "percent" else ""), numeric=True)


def _ratio_input(ctx: WebCtx, key: str) -> str:
    en, zh = ratio_book.INPUTS[key]
    return zh if ctx.tr.language == "zh" else en


def _ratio_table(ctx: WebCtx, title: str, periods: list[ratio_book.PeriodRatios]) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    names = [_name(ctx, d.short, d.short_zh) for d in ratio_book.DEFINITIONS]
    return Table(
        title,
        [t("Month"), *names],
        [
            [text_cell(tr.month(p.period)), *(_ratio_cell(ctx, r) for r in p.ratios)]
            for p in periods
        ],
        numeric=set(range(1, len(names) + 1)),
    )


def _ratio_inputs(ctx: WebCtx, period: ratio_book.PeriodRatios) -> list[list[Cell]]:
    """What went into each ratio of one period, and why one has no value."""
    t, tr = ctx.tr.gettext, ctx.tr
    rows = []
    for r in period.ratios:
        d = ratio_book.BY_KEY[r.key]
        inputs = "; ".join(
            f"{_ratio_input(ctx, k)} {tr.number(v, INPUT_PLACES.get(k, 2))}"
            for k, v in r.inputs.items()
        )
        if r.missing is not None:
            why = t("{what} is zero", what=_ratio_input(ctx, r.missing))
        elif r.value is None:
            parts = [k.upper() for k in ("dso", "dio", "dpo") if k not in r.inputs]
            why = t("{what} n/a", what=", ".join(parts))
        else:
            why = ""
        rows.append(
            [
                text_cell(_name(ctx, d.name, d.name_zh)),
                _ratio_cell(ctx, r),
                text_cell(d.formula_zh if tr.language == "zh" else d.formula),
                text_cell(inputs),
                text_cell(why),
            ]
        )
    return rows


def _ratios(session: Session, ctx: WebCtx, p: dict[str, Any]) -> ReportView:
    t, tr = ctx.tr.gettext, ctx.tr
    rep = ratio_book.ratios(session, p.get("date_from"), p.get("date_to"))
    last, last_ttm = rep.months[-1], rep.trailing[-1]
    headline = ("gross_margin", "operating_margin", "current_ratio", "cash_conversion_cycle")

    def series(key: str) -> list[float | None]:
        values = [m.ratio(key).value for m in rep.months]
        return [None if v is None else float(v) for v in values]

    return ReportView(
        title=t("Financial ratios"),
        summary=[
            (
                f"{_name(ctx, ratio_book.BY_KEY[k].name, ratio_book.BY_KEY[k].name_zh)} · "
                + t("12 months to {month}", month=tr.month(last_ttm.period)),
                _ratio_cell(ctx, last_ttm.ratio(k)).text
                + (t(" days") if ratio_book.BY_KEY[k].unit == "days" else ""),
            )
            for k in headline
        ],
        chart={
            "type": "line",
            "labels": [tr.month(m.period) for m in rep.months],
            "series": [
                {"label": _name(ctx, "Gross margin %", "毛利率 %"), "data": series("gross_margin")},
                {
                    "label": _name(ctx, "Operating margin %", "营业利润率 %"),
                    "data": series("operating_margin"),
                },
            ],
        },
        tables=[
            _ratio_table(ctx, t("By month"), rep.months),
            _ratio_table(ctx, t("Trailing twelve months"), rep.trailing),
            Table(
                t("How {month} was worked out", month=tr.month(last.period)),
                [t("Ratio"), t("Result"), t("Definition"), t("Inputs"), t("Why n/a")],
                _ratio_inputs(ctx, last),
                phone_cards=True,
            ),
        ],
        export=[["window", "period", "ratio", "value", "reason"]]
        + [
            [per.window, per.period, r.key, r.value if r.value is not None else "n/a", r.reason]
            for per in rep.months + rep.trailing
            for r in per.ratios
        ],
    )


FROM, TO, AS_OF = Param("date_from", "From"), Param("date_to", "To"), Param("as_of", "As of")
REPORTS = {
    r.slug: r
    for r in (
        Report(
            "sales",
            "Sales analysis",
            "Revenue, orders and units by month, customer or product.",
            "reports.operational",
            (FROM, TO, Param("by", "Group by", "choice", tuple((g, g.title()) for g in GROUPINGS))),
            _sales,
        ),
        Report(
            "trial-balance",
            "Trial balance",
            "Debits and credits per account.",
            "reports.financial",
            (FROM, AS_OF),
            _trial_balance,
        ),
        Report(
            "profit-and-loss",
            "Profit and loss",
            "Income and expenses, month by month.",
            "reports.financial",
            (FROM, TO),
            _pnl,
        ),
        Report(
            "balance-sheet",
            "Balance sheet",
            "Assets against liabilities and equity.",
            "reports.financial",
            (AS_OF,),
            _balance_sheet,
        ),
        Report(
            "aging",
            "Aging",
            "Open receivables or payables by days past due.",
            "reports.financial",
            (
                AS_OF,
                Param(
                    "kind",
                    "Kind",
                    "choice",
                    (("receivable", "Receivables"), ("payable", "Payables")),
                ),
            ),
            _aging,
        ),
        Report(
            "tax",
            "VAT return",
            "Output and input VAT by rate, tied to the ledger.",
            "reports.financial",
            (FROM, TO),
            _tax,
        ),
        Report(
            "stock-valuation",
            "Stock valuation",
            "Quantity and value per product, tied to the ledger.",
            "reports.financial",
            (AS_OF,),
            _valuation,
        ),
        Report(
            "exchange",
            "Exchange revaluation",
            "Open invoices and bills in other currencies at a date's rate.",
            "reports.financial",
            (AS_OF,),
            _exchange,
        ),
        Report(
            "ratios",
            "Financial ratios",
            "Margins, liquidity and working-capital days by month and over twelve months.",
            "reports.financial",
            (Param("date_from", "From month", "month"), Param("date_to", "To month", "month")),
            _ratios,
        ),
        Report(
            "explain",
            "Explain a change",
            "Why revenue or gross margin moved: price, volume and mix; who and what drove it.",
            "reports.financial",
            (
                FROM,
                TO,
                Param("compare_from", "Compare from"),
                Param("compare_to", "Compare to"),
                Param(
                    "measure",
                    "Measure",
                    "choice",
                    (("revenue", "Revenue"), ("margin", "Gross margin")),
                ),
            ),
            _explain,
        ),
    )
}


def _params(ctx: WebCtx, report: Report) -> tuple[dict[str, Any], dict[str, str]]:
    parsed: dict[str, Any] = {}
    raw: dict[str, str] = {}
    for prm in report.params:
        value = ctx.request.query_params.get(prm.name, "").strip()
        raw[prm.name] = value
        if not value:
            continue
        if prm.kind == "date":
            try:
                parsed[prm.name] = date.fromisoformat(value)
            except ValueError:
                raise InvalidInput(prm.name, f"{value!r} is not a date (YYYY-MM-DD)") from None
        elif prm.kind == "month":
            parsed[prm.name] = ratio_book.parse_month(value, prm.name)
        elif value in {v for v, _ in prm.options}:
            parsed[prm.name] = value
        else:
            raise InvalidInput(
                prm.name, f"{value!r} is not one of {', '.join(v for v, _ in prm.options)}"
            )
    return parsed, raw


@router.get("/reports")
def index(ctx: WebCtx = page("reports.operational")) -> Response:
    visible = [r for r in REPORTS.values() if ctx.may(r.permission)]
    return ctx.render("reports.html", reports=visible)


@router.get("/reports/{slug}")
def show(slug: str, format: str = "html", ctx: WebCtx = page("reports.operational")) -> Response:
    report = REPORTS.get(slug)
    if report is None:
        raise NotFound("report", slug)
    ctx.require(report.permission)
    parsed, raw = _params(ctx, report)
    with ctx.work() as s:
        view = report.build(s, ctx, parsed)
    if format == "csv":
        return csv_response(report.slug, view.export)
    if format == "xlsx":
        return xlsx_response(report.slug, view.export)
    query = "&".join(f"{k}={v}" for k, v in raw.items() if v)
    return ctx.render("report.html", report=report, view=view, values=raw, query=query)
