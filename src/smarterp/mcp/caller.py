"""Who is calling the MCP server: a named local user (stdio) or the user of an API token (HTTP),
and what their role and the token's scopes let them use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from smarterp.core.auth import (
    ApiToken,
    AuthFailed,
    User,
    get_user,
    needs_touch,
    token_allows,
    touch_token,
    verify_token,
)
from smarterp.core.db import unit_of_work
from smarterp.core.errors import DomainError, InvalidInput

VIA = "mcp"


class Forbidden(DomainError):
    code = "forbidden"
    status = 403


@dataclass(frozen=True)
class Caller:
    """A user (detached from any session: its loaded fields only) and, over HTTP, its token."""

    user: User
    token: ApiToken | None

    @property
    def username(self) -> str:
        return self.user.username

    def may(self, permission: str) -> bool:
        """What the API decides for the same user and token (`token_allows`)."""
        return token_allows(self.user, self.token, permission)

    def require(self, permission: str) -> None:
        if not self.may(permission):
            raise Forbidden(
                f"user {self.username} ({self.user.role}) may not use {permission}",
                details={"permission": permission, "role": str(self.user.role)},
            )


# Set once for a stdio server, per HTTP request by the bearer check; read by tools and
# resources (static resources get no request context from the SDK, so the caller rides here).
CALLER: ContextVar[Caller | None] = ContextVar("smarterp_mcp_caller", default=None)


def current() -> Caller:
    caller = CALLER.get()
    if caller is None:
        # Only reachable by a server wired without a caller: refuse rather than act as anyone.
        raise Forbidden("no authenticated user for this request")
    return caller


def local_user(engine: Engine, username: str) -> Caller:
    """The user a stdio server acts as: it must exist and be active."""
    with unit_of_work(engine, actor=username, via=VIA, read_only=True) as session:
        user = get_user(session, username)
        if not user.active:
            raise InvalidInput("--user", f"user {username!r} is deactivated")
    return Caller(user=user, token=None)


def token_user(engine: Engine, secret: str) -> Caller:
    """The user of a bearer token (`AuthFailed` when missing, revoked, expired or disabled); its
    last use is recorded at most once a minute, apart from the read, as the API does."""
    with unit_of_work(engine, actor=VIA, via=VIA, read_only=True) as session:
        user, token = verify_token(session, secret, touch=False)
        stale = needs_touch(token)
    if stale:
        with unit_of_work(engine, actor=user.username, via=VIA) as session:
            touch_token(session, token.id)
    return Caller(user=user, token=token)


@contextmanager
def working(
    engine: Engine, permission: str, *, read_only: bool
) -> Iterator[tuple[Session, Caller]]:
    """A unit of work for the current caller, its user row read afresh (a stdio server runs for
    hours: a user deactivated or given another role meanwhile is taken as they are now), once
    `permission` is checked."""
    caller = current()
    with unit_of_work(engine, actor=caller.username, via=VIA, read_only=read_only) as session:
        user = session.get(User, caller.user.id)
        if user is None or not user.active:
            raise AuthFailed(f"user {caller.username} is disabled")
        now = Caller(user=user, token=caller.token)
        now.require(permission)
        yield session, now


def reading(engine: Engine, permission: str) -> AbstractContextManager[tuple[Session, Caller]]:
    """A read-only unit of work for the current caller, once `permission` is checked."""
    return working(engine, permission, read_only=True)
