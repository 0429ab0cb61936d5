"""Users, passwords, login throttling and API tokens on both databases."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core import auth
from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.permissions import Role


def test_password_is_hashed_and_checked(session: Session) -> None:
    user = auth.create_user(session, "mei", Role.ACCOUNTANT, "correct horse")
    assert user.password_hash is not None and "correct horse" not in user.password_hash
    assert auth.authenticate(session, "mei", "correct horse").id == user.id
    with pytest.raises(auth.AuthFailed, match="wrong username or password"):
        auth.authenticate(session, "mei", "wrong horse")
    with pytest.raises(auth.AuthFailed, match="wrong username or password"):
        auth.authenticate(session, "nobody", "correct horse")


def test_bad_users_are_refused(session: Session) -> None:
    with pytest.raises(InvalidInput, match="'pilot' is not a role"):
        auth.create_user(session, "tom", "pilot", "long enough")
    with pytest.raises(InvalidInput, match="password: must be at least 8"):
        auth.create_user(session, "tom", Role.SALES, "short")
    auth.create_user(session, "tom", Role.SALES, "long enough")
    with pytest.raises(InvalidInput, match="already exists"):
        auth.create_user(session, "tom", Role.SALES, "long enough")


def test_repeated_failures_lock_the_account(session: Session) -> None:
    auth.create_user(session, "li", Role.SALES, "right password")
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.AuthFailed, match="wrong username"):
            auth.authenticate(session, "li", "bad password")
    with pytest.raises(auth.AuthFailed, match="too many failed logins"):
        auth.authenticate(session, "li", "right password")


def test_tokens_are_stored_hashed_scoped_revocable_and_expire(session: Session) -> None:
    user = auth.create_user(session, "bot", Role.SALES)
    token, secret = auth.create_token(session, "bot", "shop sync", scopes=["sales.read"])
    assert secret.startswith("sk_") and secret not in token.token_hash
    found_user, found = auth.verify_token(session, secret)
    assert found_user.id == user.id and found.id == token.id
    assert auth.token_allows(user, token, "sales.read")
    assert not auth.token_allows(user, token, "sales.write")  # role allows, scope does not
    assert not auth.token_allows(user, None, "payments.write")  # role does not allow
    auth.revoke_token(session, token.id)
    with pytest.raises(auth.AuthFailed, match="revoked"):
        auth.verify_token(session, secret)
    _, old = auth.create_token(session, "bot", "old", expires_in=timedelta(seconds=-1))
    with pytest.raises(auth.AuthFailed, match="expired"):
        auth.verify_token(session, old)
    with pytest.raises(InvalidInput, match="'sales.fly' is not a permission"):
        auth.create_token(session, "bot", "x", scopes=["sales.fly"])


def test_secrets_stay_out_of_the_audit_trail(engine: Engine) -> None:
    with unit_of_work(engine, actor="admin") as s:
        user = auth.create_user(s, "mei", Role.SALES, "correct horse battery")
        _, secret = auth.create_token(s, "mei", "laptop")
        password_hash = user.password_hash
    with unit_of_work(engine) as s:
        trail = json.dumps([(r.before, r.after) for r in s.scalars(select(AuditRecord))])
    assert password_hash and password_hash not in trail and secret not in trail
    assert '"password_hash": "(hidden)"' in trail
