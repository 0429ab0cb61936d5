"""The Budget page: budget against actual per account (year and months) with variance, and for
accountants the forms that enter one amount or import a CSV or Excel table."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Response, UploadFile
from fastapi.responses import RedirectResponse

from smarterp.core.errors import DomainError, InvalidInput
from smarterp.data.tabular import read_rows
from smarterp.intel.finance import budgets
from smarterp.intel.finance.ratios import parse_month
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.views import Cell, Table, money_cell, text_cell

router = APIRouter(route_class=WebRoute)
MAX_UPLOAD = 5 * 1024 * 1024
DONE = {"set": "Saved.", "imported": "Imported."}


def _year(ctx: WebCtx, raw: str, found: list[budgets.BudgetOut]) -> int:
    if raw.strip():
        try:
            return int(raw)
        except ValueError:
            raise InvalidInput("year", f"{raw!r} is not a year") from None
    years = sorted({y for b in found for y in b.years})
    today = date.today().year
    return today if not years or today in years else years[-1]


def _view(ctx: WebCtx, budget: str, year_text: str) -> dict[str, Any]:
    """What the page shows: the budgets to choose from and, when one covers the year, its
    comparison with the books."""
    with ctx.work() as s:
        found = budgets.list_budgets(s)
        year = _year(ctx, year_text, found)
        covering = [b.name for b in found if year in b.years]
        chosen = budget or (covering[0] if covering else "")
        report = budgets.budget_report(s, year, chosen) if chosen else None
    return {
        "tables": _tables(ctx, report) if report else [],
        "budgets_found": found,
        "budget": chosen,
        "year": year,
        "report": report,
        "may_write": ctx.may("journal.write"),
        "default_name": budgets.default_name(year),
    }


def _name(ctx: WebCtx, row: budgets.VarianceRow) -> str:
    name = row.name_zh if ctx.tr.language == "zh" and row.name_zh else row.name
    return name if row.budgeted else f"{name} ({ctx.tr.gettext('no budget')})"


def _cells(ctx: WebCtx, row: budgets.VarianceRow) -> list[Cell]:
    t, tr = ctx.tr.gettext, ctx.tr
    pct = t("n/a") if row.variance_pct is None else tr.number(row.variance_pct, 1) + "%"
    verdict = Cell(
        t("Favourable") if row.favourable else t("Unfavourable"),
        badge="ok" if row.favourable else "low",
    )
    return [
        money_cell(tr, row.budget),
        money_cell(tr, row.actual),
        money_cell(tr, row.variance),
        Cell(pct, numeric=True),
        verdict,
    ]


def _tables(ctx: WebCtx, report: budgets.BudgetReport) -> list[Table]:
    """The year per account with the totals, then the months that had a budget or actuals."""
    t, tr = ctx.tr.gettext, ctx.tr
    figures = [t("Budget"), t("Actual"), t("Variance"), t("Variance %"), ""]
    year = str(report.year)
    by_account = [
        [text_cell(r.account), text_cell(_name(ctx, r)), *_cells(ctx, r)]
        for r in report.rows
        if r.month == year
    ] + [[text_cell(""), text_cell(_name(ctx, r)), *_cells(ctx, r)] for r in report.totals]
    months = [
        [text_cell(tr.month(r.month)), text_cell(f"{r.account} {_name(ctx, r)}"), *_cells(ctx, r)]
        for r in report.rows
        if r.month != year and (r.budget or r.actual)
    ]
    return [
        Table(
            t("By account, {year}", year=year),
            [t("Code"), t("Account"), *figures],
            by_account,
            numeric={2, 3, 4, 5},
            phone_cards=True,
        ),
        Table(
            t("By month"),
            [t("Month"), t("Account"), *figures],
            months,
            numeric={2, 3, 4, 5},
            phone_cards=True,
        ),
    ]


@router.get("/reports/budget")
def budget_page(
    budget: str = "",
    year: str = "",
    done: str = "",
    ctx: WebCtx = page("reports.financial"),
) -> Response:
    view = _view(ctx, budget.strip(), year)
    return ctx.render(
        "budget.html",
        **view,
        done=DONE.get(done, ""),
        problems=[],
        error="",
        form={},
    )


def _back(budget: str, year: int | str, done: str) -> RedirectResponse:
    query = urlencode({"budget": budget, "year": year, "done": done})
    return RedirectResponse(f"/reports/budget?{query}", status_code=303)


def _refused(
    ctx: WebCtx, budget: str, year: str, error: str, problems: list[Any], form: dict[str, str]
) -> Response:
    view = _view(ctx, budget, year)
    return ctx.render(
        "budget.html",
        status=422,
        **view,
        done="",
        problems=problems,
        error=error,
        form=form,
    )


@router.post("/reports/budget/set")
def set_amount(
    budget: str = Form(""),
    account: str = Form(""),
    month: str = Form(""),
    amount: str = Form(""),
    ctx: WebCtx = page("journal.write"),
) -> Response:
    form = {"account": account, "month": month, "amount": amount, "budget": budget}
    try:
        first = parse_month(month, "month")
        try:
            value = Decimal(amount.strip().replace(",", ""))
        except InvalidOperation:
            raise InvalidInput("amount", f"{amount!r} is not a number") from None
        with ctx.work() as s:
            out = budgets.set_amount(s, account, first, value, budget.strip() or None)
    except DomainError as exc:
        year = month[:4] if month[:4].isdigit() else ""
        return _refused(ctx, budget.strip(), year, exc.message, [], form)
    return _back(out.budget, out.month[:4], "set")


@router.post("/reports/budget/import")
async def import_table(
    file: UploadFile,
    budget: str = Form(""),
    year: str = Form(""),
    ctx: WebCtx = page("journal.write"),
) -> Response:
    suffix = Path(file.filename or "").suffix.lower()
    data = await file.read(MAX_UPLOAD + 1)
    form = {"budget": budget}
    try:
        if suffix not in (".csv", ".xlsx"):
            raise InvalidInput("file", ctx.tr.gettext("choose a .csv or .xlsx file"))
        if len(data) > MAX_UPLOAD:
            raise InvalidInput("file", "larger than 5 MB")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(data)
            try:
                rows = read_rows(path)
            except (ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
                raise InvalidInput("file", f"cannot be read as {suffix}: {exc}") from None
        with ctx.work() as s:
            summary = budgets.import_budget(s, budget, rows)
    except budgets.BudgetImportRefused as refused:
        return _refused(
            ctx,
            budget.strip(),
            year,
            ctx.tr.gettext("Nothing was imported: fix these rows and import the file again."),
            refused.problems,
            form,
        )
    except DomainError as exc:
        return _refused(ctx, budget.strip(), year, exc.message, [], form)
    return _back(summary.budget, year, "imported")
