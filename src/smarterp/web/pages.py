"""What every page handler shares: who is signed in, the permission check, CSRF on POSTs,
one unit of work per use, the templates and the error pages."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from smarterp.core.db import unit_of_work
from smarterp.core.errors import DomainError
from smarterp.core.permissions import PERMISSIONS
from smarterp.erp.company.service import get_company
from smarterp.web import i18n
from smarterp.web.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    SESSION_COOKIE,
    SignedIn,
    find_session,
    tokens_match,
)
from smarterp.web.views import STATE_LABELS

log = logging.getLogger("smarterp.web")
TEMPLATES = Path(__file__).parent / "templates"

# Pages hold the company's books: keep them out of shared caches and other sites' frames, and
# let the browser run only our own scripts.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class NavItem:
    path: str
    label: str
    permission: str | None
    group: str


NAV = (
    NavItem("/", "Dashboard", None, "Overview"),
    NavItem("/inbox", "Inbox", "docs.read", "Overview"),
    NavItem("/alerts", "Alerts", "alerts.read", "Overview"),
    NavItem("/rules", "Rules", "rules.read", "Overview"),
    NavItem("/approvals", "Approvals", "approvals.read", "Overview"),
    NavItem("/sales-orders", "Sales orders", "sales.read", "Sales"),
    NavItem("/customers", "Customers", "partners.read", "Sales"),
    NavItem("/invoices", "Invoices", "invoices.read", "Sales"),
    NavItem("/purchase-orders", "Purchase orders", "purchasing.read", "Purchasing"),
    NavItem("/suppliers", "Suppliers", "partners.read", "Purchasing"),
    NavItem("/bills", "Bills", "invoices.read", "Purchasing"),
    NavItem("/products", "Products", "products.read", "Inventory"),
    NavItem("/stock", "Stock", "stock.read", "Inventory"),
    NavItem("/forecast", "Forecasts", "forecast.read", "Inventory"),
    NavItem("/replenishment", "Replenishment", "forecast.read", "Inventory"),
    NavItem("/payments", "Payments", "payments.read", "Accounting"),
    NavItem("/journal-entries", "Journal entries", "journal.read", "Accounting"),
    NavItem("/reports", "Reports", "reports.operational", "Accounting"),
)


class LoginRequired(Exception):
    """No live session: send the browser to the login page."""


class PageForbidden(DomainError):
    code = "forbidden"
    status = 403


class CsrfRefused(DomainError):
    code = "csrf"
    status = 403


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=False, default=str)
    env.filters["urlquote"] = lambda value: quote(str(value), safe="")
    return env


def _currency(request: Request, engine: Engine) -> str:
    cached = getattr(request.app.state, "web_currency", None)
    if cached is None:
        with unit_of_work(engine, actor="web", via="web", read_only=True) as s:
            cached = get_company(s).currency or "USD"
        request.app.state.web_currency = cached
    return str(cached)


@dataclass
class WebCtx:
    """One request from a signed-in person."""

    request: Request
    engine: Engine
    user: SignedIn
    tr: i18n.Translator

    @property
    def is_htmx(self) -> bool:
        return self.request.headers.get("HX-Request") == "true"

    def may(self, permission: str) -> bool:
        return self.user.may(permission)

    def require(self, permission: str) -> None:
        if not self.may(permission):
            raise PageForbidden(
                self.tr.gettext("Your role ({role}) may not do this.", role=self.user.role.value),
                details={"permission": permission},
            )

    @contextmanager
    def work(self) -> Iterator[Session]:
        """One unit of work recorded in the audit trail as this user, via the web; read-only
        for GET pages, so on SQLite they do not queue behind writers."""
        reading = self.request.method in ("GET", "HEAD")
        with unit_of_work(
            self.engine, actor=self.user.username, via="web", read_only=reading
        ) as session:
            yield session

    def base_context(self) -> dict[str, Any]:
        return page_context(self.request, self.tr, self.user)

    def render(
        self, template: str, *, status: int = 200, block: str | None = None, **values: Any
    ) -> HTMLResponse:
        return render(self.request, template, self.base_context() | values, status, block)


def page_context(request: Request, tr: i18n.Translator, user: SignedIn | None) -> dict[str, Any]:
    nav = [n for n in NAV if user is not None and (n.permission is None or user.may(n.permission))]
    return {
        "request": request,
        "user": user,
        "tr": tr,
        "_": tr.gettext,
        "money": tr.money,
        "num": tr.number,
        "day": tr.date,
        "pct": tr.percent,
        "lang": tr.language,
        "languages": i18n.LANGUAGES,
        "csrf": user.csrf_token if user else "",
        "csrf_field": CSRF_FIELD,
        "nav": nav,
        "path": request.url.path,
        "STATE_LABELS": STATE_LABELS,
    }


def render(
    request: Request,
    template: str,
    values: dict[str, Any],
    status: int = 200,
    block: str | None = None,
) -> HTMLResponse:
    tpl = environment().get_template(template)
    if block is not None:
        html = "".join(tpl.blocks[block](tpl.new_context(values)))
    else:
        html = tpl.render(values)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def signed_in(request: Request) -> SignedIn | None:
    engine: Engine = request.app.state.engine
    with unit_of_work(engine, actor="web", via="web", read_only=True) as s:
        return find_session(s, request.cookies.get(SESSION_COOKIE))


async def check_csrf(request: Request, expected: str) -> None:
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not tokens_match(expected, given):
        raise CsrfRefused("The form expired or did not come from this site; reload and retry.")


def page(permission: str | None = None) -> Any:
    """A dependency: the signed-in person (else a redirect to the login page), allowed to use
    `permission`, and for a POST carrying this session's CSRF token."""
    if permission is not None and permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")

    async def dependency(request: Request) -> WebCtx:
        user = await run_in_threadpool(signed_in, request)
        if user is None:
            raise LoginRequired
        request.state.web_user = user
        engine: Engine = request.app.state.engine
        currency = await run_in_threadpool(_currency, request, engine)
        ctx = WebCtx(request, engine, user, i18n.translator(user.language, currency))
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            await check_csrf(request, user.csrf_token)
        if permission is not None:
            ctx.require(permission)
        return ctx

    dependency.permission = permission  # type: ignore[attr-defined]
    return Depends(dependency)


def error_page(request: Request, status: int, title: str, message: str) -> Response:
    user: SignedIn | None = getattr(request.state, "web_user", None)
    tr = i18n.translator(
        user.language if user else i18n.pick_language(request.headers.get("accept-language"))
    )
    values = page_context(request, tr, user) | {"title": title, "message": message}
    if request.headers.get("HX-Request") == "true":
        # htmx swaps only 2xx answers by default: show the problem in the page's alert area.
        resp = render(request, "error.html", values, 200, block="alert")
        resp.headers["HX-Retarget"] = "#flash"
        resp.headers["HX-Reswap"] = "innerHTML"
        return resp
    return render(request, "error.html", values, status)


def login_redirect(request: Request) -> Response:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    url = "/login?next=" + quote(target, safe="")
    if request.headers.get("HX-Request") == "true":
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


class WebRoute(APIRoute):
    """Routes that answer with HTML pages, also when something goes wrong."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            tr = i18n.translator(i18n.pick_language(request.headers.get("accept-language")))
            try:
                return await handler(request)
            except LoginRequired:
                return login_redirect(request)
            except DomainError as exc:
                user: SignedIn | None = getattr(request.state, "web_user", None)
                if user is not None:
                    tr = i18n.translator(user.language)
                titles = {403: "Not allowed", 404: "Not found", 409: "Not possible now"}
                title = tr.gettext(titles.get(exc.status, "Something is not right"))
                return error_page(request, exc.status, title, exc.message)
            except (RequestValidationError, ValidationError) as exc:
                errors = exc.errors()
                first = errors[0] if errors else {"loc": ("request",), "msg": "invalid"}
                where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body"))
                message = f"{where}: {first.get('msg', 'invalid')}"
                return error_page(request, 400, tr.gettext("Something is not right"), message)

        return guarded
