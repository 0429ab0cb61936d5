"""Signing in and out of the web app: server-side sessions behind an HttpOnly cookie, and the
CSRF token every POST must carry."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request, Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smarterp.core.auth import User
from smarterp.core.db import utcnow
from smarterp.core.permissions import Role, allowed
from smarterp.web.models import WebSession

SESSION_COOKIE = "smarterp_session"
# Before login there is no session yet: the login form is protected by a double-submit cookie.
LOGIN_CSRF_COOKIE = "smarterp_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SESSION_LIFETIME = timedelta(hours=12)


@dataclass(frozen=True)
class SignedIn:
    """Who is behind a request, copied out of the database so no transaction stays open."""

    session_id: int
    user_id: int
    username: str
    full_name: str | None
    role: Role
    language: str
    csrf_token: str

    def may(self, permission: str) -> bool:
        return allowed(self.role, permission)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=utcnow().tzinfo)


def is_https(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded.split(",")[0].strip() == "https"


def start_session(session: Session, user: User, user_agent: str | None) -> tuple[str, WebSession]:
    """A new session row for `user`; returns the cookie's secret (never stored) and the row."""
    key = secrets.token_urlsafe(32)
    now = utcnow()
    row = WebSession(
        key_hash=_digest(key),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + SESSION_LIFETIME,
        user_agent=(user_agent or "")[:200] or None,
    )
    session.add(row)
    # Sweep expired sessions now and then, so the table does not grow without end.
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    return key, row


def find_session(session: Session, key: str | None) -> SignedIn | None:
    """The live session behind a cookie value, or None (missing, unknown, expired, ended,
    user off)."""
    if not key:
        return None
    found = session.execute(
        select(WebSession, User)
        .join(User, User.id == WebSession.user_id)
        .where(WebSession.key_hash == _digest(key))
    ).first()
    if found is None:
        return None
    row, user = found
    if _aware(row.expires_at) <= utcnow() or not user.active:
        return None
    # A password change or deactivation ends every session begun before it.
    if user.sessions_ended_at is not None and _aware(row.created_at) <= _aware(
        user.sessions_ended_at
    ):
        return None
    return SignedIn(
        session_id=row.id,
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        language=user.language or "en",
        csrf_token=row.csrf_token,
    )


def end_session(session: Session, session_id: int) -> None:
    session.execute(delete(WebSession).where(WebSession.id == session_id))


def set_session_cookie(request: Request, response: Response, key: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        key,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=is_https(request),
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=is_https(request)
    )


def tokens_match(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison, false when either side is missing."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def new_login_csrf() -> str:
    return secrets.token_urlsafe(32)
