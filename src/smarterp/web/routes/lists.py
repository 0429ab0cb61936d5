"""List pages (search, filters, pages; htmx swaps just the results) and detail pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from sqlalchemy import func, select

from smarterp.core.errors import InvalidInput
from smarterp.web.details import DETAILS
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.resources import PAGE_SIZE, RESOURCES, Resource
from smarterp.web.views import DONE_MESSAGES

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
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
        number = min(number, pages)
        rows = s.execute(
            stmt.order_by(*resource.order()).limit(PAGE_SIZE).offset((number - 1) * PAGE_SIZE)
        ).all()
        cells = [[col.cell(ctx.tr, row) for col in resource.columns] for row in rows]
    keep: dict[str, Any] = {"q": q, **chosen}
    if date_from:
        keep["date_from"] = date_from.isoformat()
    if date_to:
        keep["date_to"] = date_to.isoformat()
    keep = {k: v for k, v in keep.items() if v}

    def page_url(n: int) -> str:
        return f"/{resource.slug}?" + urlencode(keep | {"page": n})

    values: dict[str, Any] = {
        "resource": resource,
        "filters": filters,
        "rows": cells,
        "total": total,
        "page": number,
        "pages": pages,
        "q": q,
        "chosen": chosen,
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
        f"/{_resource.slug}/{{record_id:int}}", _detail_handler(_resource), methods=["GET"]
    )
