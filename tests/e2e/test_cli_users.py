"""`smarterp users` and `smarterp tokens` from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core import auth
from smarterp.core.db import default_engine, engine_for, session_factory
from smarterp.core.settings import get_settings


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path}/users.db")
    get_settings.cache_clear()
    engine_for.cache_clear()
    cli = CliRunner()
    assert cli.invoke(app, ["init"]).exit_code == 0
    yield cli
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_users_and_tokens(runner: CliRunner) -> None:
    added = runner.invoke(
        app,
        ["users", "add", "mei", "--role", "accountant", "--password-stdin"],
        input="correct horse\n",
    )
    assert added.exit_code == 0, added.output
    with session_factory(default_engine())() as s:
        assert auth.authenticate(s, "mei", "correct horse").role == "accountant"

    bad_role = runner.invoke(app, ["users", "add", "tom", "--role", "pilot", "--no-password"])
    assert bad_role.exit_code == 1 and "'pilot' is not a role" in bad_role.stderr
    short = runner.invoke(
        app, ["users", "add", "tom", "--role", "sales", "--password-stdin"], input="short\n"
    )
    assert short.exit_code == 1 and "at least 8 characters" in short.stderr

    created = runner.invoke(app, ["tokens", "create", "mei", "--scope", "journal.read"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip()
    with session_factory(default_engine())() as s:
        user, token = auth.verify_token(s, secret)
        assert user.username == "mei" and token.scopes == ["journal.read"]
    listed = runner.invoke(app, ["tokens", "list", "--json"])
    assert secret not in listed.stdout and '"prefix"' in listed.stdout
    assert runner.invoke(app, ["tokens", "revoke", str(token.id)]).exit_code == 0
    with session_factory(default_engine())() as s, pytest.raises(auth.AuthFailed):
        auth.verify_token(s, secret)
    missing = runner.invoke(app, ["tokens", "revoke", "999"])
    assert missing.exit_code == 1 and "token 999 does not exist" in missing.stderr


def test_deactivate_ends_sessions_and_tokens_and_activate_lets_the_user_back(
    runner: CliRunner,
) -> None:
    runner.invoke(app, ["users", "add", "root", "--role", "admin", "--no-password"])
    added = runner.invoke(
        app, ["users", "add", "mei", "--role", "sales", "--password-stdin"], input="old horse\n"
    )
    assert added.exit_code == 0, added.output
    secret = runner.invoke(app, ["tokens", "create", "mei"]).stdout.strip()
    gone = runner.invoke(app, ["users", "deactivate", "mei"])
    assert gone.exit_code == 0 and "deactivated" in gone.stdout
    with session_factory(default_engine())() as s:
        with pytest.raises(auth.AuthFailed, match="revoked"):
            auth.verify_token(s, secret)
        with pytest.raises(auth.AuthFailed, match="wrong username or password"):
            auth.authenticate(s, "mei", "old horse")
    listed = runner.invoke(app, ["users", "list", "--json"]).stdout
    assert '"active": false' in listed
    assert runner.invoke(app, ["users", "activate", "mei"]).exit_code == 0
    with session_factory(default_engine())() as s:
        assert auth.authenticate(s, "mei", "old horse").active
    last = runner.invoke(app, ["users", "deactivate", "root"])
    assert last.exit_code == 1 and "last active admin" in last.stderr
    missing = runner.invoke(app, ["users", "deactivate", "nobody"])
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
