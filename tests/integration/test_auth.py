"""Users, passwords, login throttling and API tokens on both databases."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from smarterp.core import auth, login_throttle
from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.errors import InvalidInput
from smarterp.core.login_throttle import LoginThrottle
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings
from smarterp.web.security import find_session, start_session


def test_password_is_hashed_and_checked(session: Session) -> None:
    user = auth.create_user(session, "mei", Role.ACCOUNTANT, "correct horse")
    assert user.password_hash is not None and "correct horse" not in user.password_hash
    assert auth.authenticate(session, "mei", "correct horse").id == user.id
    with pytest.raises(auth.AuthFailed, match="wrong username or password"):
        auth.authenticate(session, "mei", "wrong horse")
    with pytest.raises(auth.AuthFailed, match="wrong username or password"):
        auth.authenticate(session, "nobody", "correct horse")


def test_new_hashes_take_the_configured_cost(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hash_cost(monkeypatch, 2, 2048)
    try:
        user = auth.create_user(session, "mei", Role.ACCOUNTANT, "correct horse")
        assert user.password_hash is not None
        assert user.password_hash.startswith("$argon2id$v=19$m=2048,t=2,p=4$")
    finally:
        get_settings.cache_clear()


def test_hashes_made_at_another_cost_verify_and_are_rehashed_at_the_current_one(
    session: Session,
) -> None:
    # A hash made before the cost changed.
    user = auth.create_user(session, "mei", Role.ACCOUNTANT)
    user.password_hash = PasswordHasher(time_cost=2, memory_cost=4096).hash("correct horse")
    with pytest.raises(auth.AuthFailed, match="wrong username or password"):
        auth.authenticate(session, "mei", "wrong horse")
    assert "$m=4096,t=2,p=4$" in user.password_hash
    assert auth.authenticate(session, "mei", "correct horse").id == user.id
    # The test session's cost (tests/conftest.py), and the new hash still checks.
    assert user.password_hash.startswith("$argon2id$v=19$m=1024,t=1,p=4$")
    assert auth.authenticate(session, "mei", "correct horse").id == user.id


def test_bad_users_are_refused(session: Session) -> None:
    with pytest.raises(InvalidInput, match="'pilot' is not a role"):
        auth.create_user(session, "tom", "pilot", "long enough")
    with pytest.raises(InvalidInput, match="password: must be at least 8"):
        auth.create_user(session, "tom", Role.SALES, "short")
    auth.create_user(session, "tom", Role.SALES, "long enough")
    with pytest.raises(InvalidInput, match="already exists"):
        auth.create_user(session, "tom", Role.SALES, "long enough")


def _refusal(session: Session, username: str, password: str) -> str:
    with pytest.raises(auth.AuthFailed) as refused:
        auth.authenticate(session, username, password)
    return refused.value.message


def _timed_refusal(session: Session, username: str, password: str) -> tuple[float, str, dict]:
    """The quickest of two refusals (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(2):
        started = time.perf_counter()
        with session.begin_nested(), pytest.raises(auth.AuthFailed) as refused:
            auth.authenticate(session, username, password)
        times.append(time.perf_counter() - started)
    return min(times), refused.value.message, refused.value.details


def _throttle(session: Session, username: str) -> None:
    """Fail on `username` until it has to wait (as a guesser would, without the hashing)."""
    keys = login_throttle.keys_of(username, None)
    while not login_throttle.wait_left(session, keys):
        login_throttle.note_failure(session, keys)


def _blocked_for(session: Session, key: str, seconds: int) -> None:
    """Make `key`'s current block end `seconds` from now."""
    session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key)
        .values(blocked_until=utcnow() + timedelta(seconds=seconds))
    )


def _hash_cost(monkeypatch: pytest.MonkeyPatch, time_cost: int, memory_cost: int) -> None:
    monkeypatch.setenv("SMARTERP_PASSWORD_HASH_TIME_COST", str(time_cost))
    monkeypatch.setenv("SMARTERP_PASSWORD_HASH_MEMORY_COST", str(memory_cost))
    get_settings.cache_clear()


@pytest.fixture
def hashing_outweighs_the_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Argon2 at 32 MiB and one pass (~50 ms): the test session's cheap cost (~5 ms) is lost
    in the database work around a check, the full cost (~0.4 s) makes a timing test slow for
    nothing."""
    _hash_cost(monkeypatch, 1, 32 * 1024)
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("hashing_outweighs_the_database")
def test_refusals_read_the_same_and_take_as_long_whether_or_not_the_name_exists(
    session: Session,
) -> None:
    auth.create_user(session, "li", Role.SALES, "right password")
    auth.create_user(session, "gone", Role.SALES, "right password")
    auth.deactivate_user(session, "gone")
    auth.create_user(session, "bot", Role.SALES)  # API only, no password
    wrong, message, _ = _timed_refusal(session, "li", "bad password")
    assert message == "wrong username or password"
    for name in ("nobody", "gone", "bot"):
        took, message, _ = _timed_refusal(session, name, "right password")
        assert message == "wrong username or password"
        # An answer much quicker than a wrong password's would give the name away.
        assert wrong / 3 < took < wrong * 3, (name, took, wrong)
    # Unknown names count failures and are throttled exactly like real ones.
    assert session.get(LoginThrottle, login_throttle.account_key("nobody")).failures == 2
    throttled = []
    for name in ("li", "nobody"):
        _throttle(session, name)
        _blocked_for(session, login_throttle.account_key(name), 30)
        took, message, details = _timed_refusal(session, name, "right password")
        assert wrong / 3 < took < wrong * 3, (name, took, wrong)
        throttled.append((message, details))
    assert throttled[0] == throttled[1] == (auth.LOGIN_THROTTLED, {"retry_after": 30})


def test_back_off_doubles_per_account_name_and_per_address(session: Session) -> None:
    keys = login_throttle.keys_of("someone", "192.0.2.7")
    account, address = (
        login_throttle.account_key("someone"),
        login_throttle.address_key("192.0.2.7"),
    )
    waits = []
    for _ in range(login_throttle.ACCOUNT.free_failures + 3):
        login_throttle.note_failure(session, keys)
        waits.append(login_throttle.wait_left(session, {account: login_throttle.ACCOUNT}))
    assert waits == [0, 0, 0, 0, 1, 2, 4, 8]
    assert login_throttle.wait_left(session, {address: login_throttle.ADDRESS}) == 0
    session.execute(update(LoginThrottle).values(failures=100))
    login_throttle.note_failure(session, keys)
    # The account's wait stops growing at a minute; the address's at fifteen.
    assert login_throttle.wait_left(session, {account: login_throttle.ACCOUNT}) == 60
    assert login_throttle.wait_left(session, {address: login_throttle.ADDRESS}) == 15 * 60


def test_an_attacker_cannot_lock_the_real_user_out(session: Session) -> None:
    auth.create_user(session, "admin2", Role.ADMIN, "right password")
    attacker = login_throttle.keys_of("admin2", "198.51.100.9")
    for _ in range(login_throttle.ACCOUNT.free_failures - 1):
        login_throttle.note_failure(session, attacker)
    with pytest.raises(auth.AuthFailed, match="wrong username"):
        auth.authenticate(session, "admin2", "guess", client_address="198.51.100.9")
    row = session.get(LoginThrottle, login_throttle.account_key("admin2"))
    assert row is not None and row.blocked_until is not None
    assert row.blocked_until - row.last_failure_at == timedelta(seconds=1)  # not 15 minutes
    _blocked_for(session, row.key, -1)  # a second later
    user = auth.authenticate(session, "admin2", "right password", client_address="203.0.113.5")
    assert user.username == "admin2"
    # Success clears the account's count, never the attacker's address's.
    assert session.get(LoginThrottle, login_throttle.account_key("admin2")) is None
    assert session.get(LoginThrottle, login_throttle.address_key("198.51.100.9")) is not None


def test_one_address_spraying_many_names_is_held_back(session: Session) -> None:
    auth.create_user(session, "mei", Role.SALES, "right password")
    for n in range(login_throttle.ADDRESS.free_failures):
        login_throttle.note_failure(session, login_throttle.keys_of(f"name{n}", "198.51.100.9"))
    with pytest.raises(auth.AuthFailed, match="too many failed logins"):
        auth.authenticate(session, "mei", "right password", client_address="198.51.100.9")
    assert auth.authenticate(session, "mei", "right password", client_address="203.0.113.5")


def test_password_change_and_deactivation_end_sessions_and_tokens(session: Session) -> None:
    user = auth.create_user(session, "mei", Role.SALES, "old password")
    _, token = auth.create_token(session, "mei", "laptop")
    key, _row = start_session(session, user, "test")
    session.flush()
    assert find_session(session, key) is not None
    auth.set_password(session, "mei", "new password")
    assert find_session(session, key) is None
    with pytest.raises(auth.AuthFailed, match="revoked"):
        auth.verify_token(session, token)
    key, _row = start_session(session, auth.authenticate(session, "mei", "new password"), "test")
    _, token = auth.create_token(session, "mei", "phone")
    session.flush()
    assert find_session(session, key) is not None and auth.verify_token(session, token)

    auth.deactivate_user(session, "mei")
    assert find_session(session, key) is None
    with pytest.raises(auth.AuthFailed, match="revoked"):
        auth.verify_token(session, token)
    assert _refusal(session, "mei", "new password") == "wrong username or password"
    auth.activate_user(session, "mei")
    assert auth.authenticate(session, "mei", "new password").active
    with pytest.raises(auth.AuthFailed, match="revoked"):
        auth.verify_token(session, token)  # tokens stay revoked: make new ones


def test_the_last_active_admin_cannot_be_deactivated(engine: Engine) -> None:
    with unit_of_work(engine, actor="admin") as s:
        auth.create_user(s, "root", Role.ADMIN)
        with pytest.raises(InvalidInput, match="last active admin"):
            auth.deactivate_user(s, "root")
        auth.create_user(s, "root2", Role.ADMIN)
        assert not auth.deactivate_user(s, "root").active
    with unit_of_work(engine) as s:
        actions = s.scalars(select(AuditRecord.action)).all()
    assert "user.deactivate" in actions


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
