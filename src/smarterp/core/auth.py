"""Users, password hashing, login throttling and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from contextlib import suppress
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core import login_throttle
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import Base, str_enum, utcnow
from smarterp.core.errors import DomainError, InvalidInput, NotFound
from smarterp.core.permissions import PERMISSIONS, Role
from smarterp.core.settings import get_settings

MIN_PASSWORD_LENGTH = 8
TOKEN_PREFIX = "sk_"
# Every refused login says this, whatever the reason (unknown name, wrong password,
# deactivated account): the answer must not tell which names exist.
LOGIN_REFUSED = "wrong username or password"
LOGIN_THROTTLED = "too many failed logins; try again later"


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Web sessions started before this moment are over (password changed, user deactivated).
    sessions_ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiToken(Base):
    """A bearer token; only its SHA-256 is stored, the secret is shown once at creation."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the token, so people can tell their tokens apart.
    prefix: Mapped[str] = mapped_column(String(12))
    # Permissions the token may use (a subset of its user's); null means all of them.
    scopes: Mapped[list[str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuthFailed(DomainError):
    code = "unauthorized"
    status = 401


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=utcnow().tzinfo)
    return value


def get_user(session: Session, username: str) -> User:
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        raise NotFound("user", username)
    return user


def create_user(
    session: Session,
    username: str,
    role: Role | str,
    password: str | None = None,
    *,
    full_name: str | None = None,
    email: str | None = None,
    language: str = "en",
) -> User:
    username = username.strip()
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise InvalidInput("username", "must be 1-80 characters without spaces")
    try:
        role = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput("role", f"{role!r} is not a role; choose one of {choices}") from None
    if session.execute(select(User).where(User.username == username)).scalar_one_or_none():
        raise InvalidInput("username", f"user {username!r} already exists")
    user = User(
        username=username,
        role=role,
        full_name=full_name,
        email=email,
        language=language,
        password_hash=_hash(password) if password is not None else None,
    )
    session.add(user)
    record_audit(session, "user.create", user)
    return user


@cache
def _hasher_costing(time_cost: int, memory_cost: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)


def _hasher() -> PasswordHasher:
    """The hasher for new hashes, at the configured cost; any hash verifies whatever its cost."""
    settings = get_settings()
    return _hasher_costing(settings.password_hash_time_cost, settings.password_hash_memory_cost)


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password", f"must be at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher().hash(password)


def set_password(session: Session, username: str, password: str) -> User:
    """A new password; every web session and API token of the user ends with the old one."""
    user = get_user(session, username)
    user.password_hash = _hash(password)
    record_audit(session, "user.set_password", user)
    _end_sessions_and_tokens(session, user)
    return user


def deactivate_user(session: Session, username: str) -> User:
    """Sign a user out everywhere and refuse their logins and tokens until reactivated."""
    user = get_user(session, username)
    if user.role == Role.ADMIN and user.active and _active_admins(session) <= 1:
        raise InvalidInput("username", f"{username!r} is the last active admin")
    before = snapshot(user)
    user.active = False
    record_audit(session, "user.deactivate", user, before=before)
    _end_sessions_and_tokens(session, user)
    return user


def activate_user(session: Session, username: str) -> User:
    """Let a deactivated user sign in again; their old sessions and tokens stay ended."""
    user = get_user(session, username)
    if not user.active:
        before = snapshot(user)
        user.active = True
        record_audit(session, "user.activate", user, before=before)
    return user


def _active_admins(session: Session) -> int:
    admins = select(func.count()).where(User.role == Role.ADMIN, User.active.is_(True))
    return session.scalar(admins) or 0


def _end_sessions_and_tokens(session: Session, user: User) -> None:
    now = utcnow()
    user.sessions_ended_at = now
    live = select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    for token in session.scalars(live):
        before = snapshot(token)
        token.revoked_at = now
        record_audit(session, "api_token.revoke", token, before=before)


LANGUAGES = ("en", "zh")


def set_language(session: Session, user_id: int, language: str) -> User:
    """The language a user sees the web app in, remembered across logins."""
    if language not in LANGUAGES:
        raise InvalidInput("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    if user.language != language:
        before = snapshot(user)
        user.language = language
        record_audit(session, "user.set_language", user, before=before)
    return user


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    # Made at the current cost, so that checking against it takes as long as a real check.
    return hasher.hash(secrets.token_urlsafe(16))


def _spend_a_verification(password: str) -> None:
    """The work of checking a password, against a hash nobody's password matches: refusals
    that need no check (unknown name, deactivated, throttled) take as long as those that do."""
    hasher = _hasher()
    with suppress(VerificationError, InvalidHashError):
        hasher.verify(_dummy_hash(hasher), password)


def authenticate(
    session: Session, username: str, password: str, *, client_address: str | None = None
) -> User:
    """Check a password. Failures are counted per account name and per client address, and
    each backs off exponentially (login_throttle): the caller must commit after a refusal."""
    keys = login_throttle.keys_of(username, client_address)
    wait = login_throttle.wait_left(session, keys)
    if wait:
        # Throttled names need not exist: this answer does not tell whether one does.
        _spend_a_verification(password)
        raise AuthFailed(LOGIN_THROTTLED, details={"retry_after": wait})
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active or user.password_hash is None:
        _spend_a_verification(password)
        login_throttle.note_failure(session, keys)
        raise AuthFailed(LOGIN_REFUSED)
    hasher = _hasher()
    try:
        hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        login_throttle.note_failure(session, keys)
        raise AuthFailed(LOGIN_REFUSED) from None
    login_throttle.forget(session, login_throttle.account_key(username))
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    return user


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(
    session: Session,
    username: str,
    name: str,
    *,
    scopes: list[str] | None = None,
    expires_in: timedelta | None = timedelta(days=90),
) -> tuple[ApiToken, str]:
    """A new token for `username`; returns the row and the secret, which is never stored."""
    user = get_user(session, username)
    for scope in scopes or []:
        if scope not in PERMISSIONS:
            raise InvalidInput("scopes", f"{scope!r} is not a permission")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=_token_digest(secret),
        prefix=secret[:10],
        scopes=scopes,
        expires_at=utcnow() + expires_in if expires_in else None,
    )
    session.add(token)
    record_audit(session, "api_token.create", token)
    return token, secret


TOKEN_USE_RESOLUTION = timedelta(minutes=1)


def verify_token(session: Session, secret: str, *, touch: bool = True) -> tuple[User, ApiToken]:
    """The token's user, if the token is valid; `touch` refreshes its last use (at most once a
    minute). A read-only caller passes touch=False and calls `touch_token` when `needs_touch`."""
    found = session.execute(
        select(ApiToken, User)
        .join(User, User.id == ApiToken.user_id)
        .where(ApiToken.token_hash == _token_digest(secret))
    ).one_or_none()
    now = utcnow()
    if found is None or found[0].revoked_at is not None:
        raise AuthFailed("invalid or revoked token")
    token, user = found
    expires = _aware(token.expires_at)
    if expires is not None and expires <= now:
        raise AuthFailed("token expired")
    if not user.active:
        raise AuthFailed("the token's user is disabled")
    if touch and needs_touch(token):
        token.last_used_at = now
    return user, token


def needs_touch(token: ApiToken) -> bool:
    # Only refreshed once a minute: a write on every request would serialise readers.
    last_used = _aware(token.last_used_at)
    return last_used is None or utcnow() - last_used > TOKEN_USE_RESOLUTION


def touch_token(session: Session, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is not None:
        token.last_used_at = utcnow()


def revoke_token(session: Session, token_id: int) -> ApiToken:
    token = session.get(ApiToken, token_id)
    if token is None:
        raise NotFound("token", token_id)
    before: dict[str, Any] = snapshot(token)
    token.revoked_at = utcnow()
    record_audit(session, "api_token.revoke", token, before=before)
    return token


def token_allows(user: User, token: ApiToken | None, permission: str) -> bool:
    """A request may use a permission its user's role holds and its token's scopes include."""
    if Role(user.role) not in PERMISSIONS[permission]:
        return False
    return token is None or token.scopes is None or permission in token.scopes
