"""List pages (search, filters, sort, groups with totals, pages, CSV/Excel export, saved views;
htmx swaps just the results) and detail pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select

from smarterp.core.errors import InvalidInput
from smarterp.web import listing, saved_filters
from smarterp.web.details import DETAILS
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.resources import PAGE_SIZE, RESOURCES, Column, Group, Resource
from smarterp.web.spreadsheets import csv_response, xlsx_response
from smarterp.web.views import DONE_MESSAGES, Cell

router = APIRouter(route_class=WebRoute)


def _date(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(name, f"{raw!r} is not a date (YYYY-MM-DD)") from None


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def list_view(resource: Resource, ctx: WebCtx) -> Response:
    params = ctx.request.query_params
    q = params.get("q", "").strip()
    date_from, date_to = _date(ctx.request, "date_from"), _date(ctx.request, "date_to")
    number = _page_number(ctx.request)
    export = params.get("format", "")
    if export not in {"", "csv", "xlsx"}:
        raise InvalidInput("format", f"{export!r} is not one of csv, xlsx")
    with ctx.work() as s:
        # Filters offer what the books hold (warehouses...); a value they do not offer is
        # left out rather than refused, as a stale bookmark would carry.
        filters = [(flt, flt.options_in(s)) for flt in resource.filters]
        chosen = {
            flt.name: params[flt.name]
            for flt, options in filters
            if params.get(flt.name, "") in {v for v, _ in options}
        }
        resource = resource.shaped(chosen)
        sort = listing.chosen_sort(resource, params.get("sort", ""))
        group = listing.chosen_group(resource, params.get("group", ""))
        stmt = resource.query()
        if q:
            stmt = stmt.where(resource.search(q))
        for flt in resource.filters:
            if flt.name in chosen:
                stmt = flt.apply(stmt, chosen[flt.name])
        if resource.date_column is not None:
            if date_from:
                stmt = stmt.where(resource.date_column >= date_from)
            if date_to:
                stmt = stmt.where(resource.date_column <= date_to)
        if export:
            return _export(
                resource, ctx, s.execute(listing.ordered(resource, stmt, sort, None)), export
            )
        summary = listing.summarize(s, resource, stmt, group, ctx.tr.currency)
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
        number = min(number, pages)
        page_stmt = listing.ordered(resource, listing.with_group_keys(stmt, group), sort, group)
        rows = s.execute(page_stmt.limit(PAGE_SIZE).offset((number - 1) * PAGE_SIZE)).all()
        lines = _lines(resource, ctx, rows, group, summary)
        saved = [
            (v.id, v.name, v.query)
            for v in saved_filters.of_user(s, ctx.user.user_id, resource.slug)
        ]
    keep: dict[str, Any] = {"q": q, **chosen}
    if date_from:
        keep["date_from"] = date_from.isoformat()
    if date_to:
        keep["date_to"] = date_to.isoformat()
    if group is not None:
        keep["group"] = group.name
    keep = {k: v for k, v in keep.items() if v}
    if sort is not None:
        keep["sort"] = sort.key

    def page_url(n: int) -> str:
        return f"/{resource.slug}?" + urlencode(keep | {"page": n})

    def sort_url(column: Column) -> str:
        # A first click sorts up, a second one down; a new sort starts at page one.
        descending = sort is not None and sort.column is column and not sort.descending
        return f"/{resource.slug}?" + urlencode(
            keep | {"sort": ("-" if descending else "") + column.key}
        )

    values: dict[str, Any] = {
        "resource": resource,
        "filters": filters,
        "lines": lines,
        "total": total,
        "page": number,
        "pages": pages,
        "q": q,
        "chosen": chosen,
        "sort": sort,
        "group": group,
        "sort_url": sort_url,
        "saved": saved,
        "view_query": urlencode(keep),
        "totals": (
            _total_cells(resource, ctx, summary)
            if summary is not None and _adds_up(resource)
            else None
        ),
        "export_url": lambda fmt: f"/{resource.slug}?" + urlencode(keep | {"format": fmt}),
        "date_from": date_from.isoformat() if date_from else "",
        "date_to": date_to.isoformat() if date_to else "",
        "prev_url": page_url(number - 1) if number > 1 else None,
        "next_url": page_url(number + 1) if number < pages else None,
        "first_row": (number - 1) * PAGE_SIZE + 1 if total else 0,
        "last_row": min(number * PAGE_SIZE, total),
        "can_create": resource.new is not None and ctx.may(resource.new[2]),
    }
    # A live search or filter change replaces only the results, not the whole page.
    partial = ctx.is_htmx and ctx.request.headers.get("HX-Target") == "results"
    return ctx.render("list_results.html" if partial else "list.html", **values)


@dataclass(frozen=True)
class GroupLine:
    """Where a group begins on the page: its name, how many rows it holds on every page and
    what they add up to."""

    title: str
    count: int
    sums: list[str]


def _money_sums(ctx: WebCtx, sums: listing.Sums, index: int) -> str:
    # One figure per currency: a list of orders in dollars and euros is not added up as one.
    return " + ".join(ctx.tr.money(amounts[index], code) for code, amounts in sorted(sums.items()))


def _lines(
    resource: Resource,
    ctx: WebCtx,
    rows: Sequence[Any],
    group: Group | None,
    summary: listing.Summary | None,
) -> list[GroupLine | list[Cell]]:
    lines: list[GroupLine | list[Cell]] = []
    current: tuple[Any, ...] | None = None
    totalled = [c for c in resource.columns if c.total is not None]
    for row in rows:
        if group is not None and summary is not None:
            key = listing.group_key(row, group)
            if key != current:
                current = key
                figures = summary.groups.get(key, listing.Summary())
                lines.append(
                    GroupLine(
                        group.title(ctx.tr, key),
                        figures.count,
                        [_money_sums(ctx, figures.sums, i) for i in range(len(totalled))],
                    )
                )
        lines.append([col.cell(ctx.tr, row) for col in resource.columns])
    return lines


def _adds_up(resource: Resource) -> bool:
    """Whether the list has a totals row: amounts to add up (a count-only list has none)."""
    return any(c.total is not None for c in resource.columns)


def _total_cells(resource: Resource, ctx: WebCtx, summary: listing.Summary) -> list[str]:
    """The totals row: the sum under each amount column, nothing under the others."""
    cells, index = [], 0
    for column in resource.columns:
        if column.total is not None:
            cells.append(_money_sums(ctx, summary.sums, index))
            index += 1
        else:
            cells.append("")
    return cells


def _export(resource: Resource, ctx: WebCtx, rows: Iterable[Any], fmt: str) -> Response:
    """The filtered, sorted list (every page) with the screen's columns; amounts and dates as
    a spreadsheet keeps them."""
    table: list[list[Any]] = [[ctx.tr.gettext(c.label) for c in resource.columns]]
    for row in rows:
        table.append(
            [
                c.value(row) if c.value is not None else c.cell(ctx.tr, row).text
                for c in resource.columns
            ]
        )
    name = f"{resource.slug}-{date.today().isoformat()}"
    return csv_response(name, table) if fmt == "csv" else xlsx_response(name, table)


def _save_handler(resource: Resource) -> Callable[..., Response]:
    def handler(
        name: str = Form(""), query: str = Form(""), ctx: WebCtx = page(resource.permission)
    ) -> Response:
        filters = {f.name for f in resource.filters}
        kept = saved_filters.clean_query(query, filters)
        with ctx.work() as s:
            saved_filters.save(s, ctx.user.user_id, resource.slug, name, kept)
        return RedirectResponse(f"/{resource.slug}?{kept}", status_code=303)

    handler.__name__ = f"save_filter_{resource.slug.replace('-', '_')}"
    return handler


def _delete_handler(resource: Resource) -> Callable[..., Response]:
    def handler(filter_id: int, ctx: WebCtx = page(resource.permission)) -> Response:
        with ctx.work() as s:
            saved_filters.delete(s, ctx.user.user_id, filter_id)
        return RedirectResponse(f"/{resource.slug}", status_code=303)

    handler.__name__ = f"delete_filter_{resource.slug.replace('-', '_')}"
    return handler


def _list_handler(resource: Resource) -> Callable[..., Response]:
    def handler(ctx: WebCtx = page(resource.permission)) -> Response:
        return list_view(resource, ctx)

    handler.__name__ = f"list_{resource.slug.replace('-', '_')}"
    return handler


def _detail_handler(resource: Resource) -> Callable[..., Response]:
    build = DETAILS[resource.slug]

    def handler(record_id: int, ctx: WebCtx = page(resource.permission)) -> Response:
        with ctx.work() as s:
            view = build(s, ctx, record_id)
            done = DONE_MESSAGES.get(ctx.request.query_params.get("done", ""))
            notice = ctx.tr.gettext(done) if done else None
            return ctx.render("detail.html", view=view, resource=resource, notice=notice)

    handler.__name__ = f"show_{resource.slug.replace('-', '_')}"
    return handler


for _resource in RESOURCES.values():
    router.add_api_route(f"/{_resource.slug}", _list_handler(_resource), methods=["GET"])
    router.add_api_route(
        f"/{_resource.slug}/saved-filters", _save_handler(_resource), methods=["POST"]
    )
    router.add_api_route(
        f"/{_resource.slug}/saved-filters/{{filter_id:int}}/delete",
        _delete_handler(_resource),
        methods=["POST"],
    )
    router.add_api_route(
        f"/{_resource.slug}/{{record_id:int}}", _detail_handler(_resource), methods=["GET"]
    )
