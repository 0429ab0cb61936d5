"""Login, logout and the language switch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.web import i18n
from smarterp.web.pages import WebCtx, WebRoute, page, page_context, render, signed_in
from smarterp.web.security import (
    LOGIN_CSRF_COOKIE,
    clear_session_cookie,
    end_session,
    is_https,
    new_login_csrf,
    set_session_cookie,
    start_session,
    tokens_match,
)

router = APIRouter(route_class=WebRoute)


def _safe_next(target: str | None) -> str:
    # Only paths on this site: an open redirect would let a phishing link borrow our login.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _login_page(
    request: Request, next_url: str, *, error: str | None = None, username: str = ""
) -> Response:
    tr = i18n.translator(i18n.pick_language(request.headers.get("accept-language")))
    token = new_login_csrf()
    values = page_context(request, tr, None) | {
        "next_url": next_url,
        "error": error,
        "username": username,
        "login_csrf": token,
    }
    resp = render(request, "login.html", values, 401 if error else 200)
    resp.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=is_https(request),
        path="/login",
    )
    return resp


@router.get("/login")
async def login_form(request: Request, next: str | None = None) -> Response:
    if await run_in_threadpool(signed_in, request) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, _safe_next(next))


def _authenticate(request: Request, username: str, password: str) -> tuple[str | None, str | None]:
    """The new session's cookie value, or the reason the login failed."""
    with unit_of_work(request.app.state.engine, actor=username or "web", via="web") as s:
        try:
            address = request.client.host if request.client else None
            user = auth.authenticate(s, username.strip(), password, client_address=address)
        except auth.AuthFailed as exc:
            # Returned, not raised: the failed-attempt counter (throttling) must be committed.
            return None, exc.message
        key, _row = start_session(s, user, request.headers.get("user-agent"))
        return key, None


@router.post("/login")
async def login(
    request: Request,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    tr = i18n.translator(i18n.pick_language(request.headers.get("accept-language")))
    target = _safe_next(next)
    if not tokens_match(request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token):
        return _login_page(
            request,
            target,
            error=tr.gettext("The login form expired; please try again."),
            username=username,
        )
    key, problem = await run_in_threadpool(_authenticate, request, username, password)
    if key is None:
        message = tr.gettext(problem or "wrong username or password")
        return _login_page(request, target, error=message, username=username)
    resp = RedirectResponse(target, status_code=303)
    set_session_cookie(request, resp, key)
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return resp


@router.post("/logout")
def logout(ctx: WebCtx = page()) -> Response:
    with ctx.work() as s:
        end_session(s, ctx.user.session_id)
    resp = RedirectResponse("/login", status_code=303)
    clear_session_cookie(ctx.request, resp)
    return resp


@router.post("/language")
def switch_language(
    language: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
    ctx: WebCtx = page(),
) -> Response:
    with ctx.work() as s:
        auth.set_language(s, ctx.user.user_id, language)
    return RedirectResponse(_safe_next(next), status_code=303)
