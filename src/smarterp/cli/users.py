"""`smarterp users|tokens|serve`: people who sign in, API tokens, and the web server."""

from __future__ import annotations

import errno
import os
import socket
import sys
from datetime import timedelta
from typing import Any, cast

import typer
from sqlalchemy import select

from smarterp.cli.common import engine, friendly_errors, print_json, print_table, transaction
from smarterp.core import auth
from smarterp.core.db import session_factory
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings

users_app = typer.Typer(help="Users and their roles.", no_args_is_help=True)
tokens_app = typer.Typer(
    help="API bearer tokens (shown once, stored hashed).", no_args_is_help=True
)

ROLES = ", ".join(r.value for r in Role)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@users_app.command("add")
@friendly_errors
def add_user(
    username: str,
    role: str = typer.Option(..., help=f"One of: {ROLES}."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of standard input."
    ),
    no_password: bool = typer.Option(False, "--no-password", help="API-only user (tokens)."),
    full_name: str | None = typer.Option(None, "--full-name"),
    email: str | None = typer.Option(None),
    language: str = typer.Option("en", help="en or zh"),
) -> None:
    """Add a user with a role; the password is asked for (or read with --password-stdin)."""
    password = None if no_password else _read_password(password_stdin)
    with transaction() as session:
        user = auth.create_user(
            session, username, role, password, full_name=full_name, email=email, language=language
        )
        typer.echo(f"user {user.username} added as {user.role}")


@users_app.command("list")
@friendly_errors
def list_users(as_json: bool = typer.Option(False, "--json")) -> None:
    """Every user, with role and status."""
    with session_factory(engine())() as session:
        rows = [
            {
                "username": u.username,
                "role": u.role.value,
                "full_name": u.full_name,
                "email": u.email,
                "active": u.active,
                "language": u.language,
            }
            for u in session.scalars(select(auth.User).order_by(auth.User.username))
        ]
    if as_json:
        print_json({"rows": rows})
    else:
        print_table(
            "Users",
            ["username", "role", "full name", "email", "active", "language"],
            [list(r.values()) for r in rows],
        )


@users_app.command("set-password")
@friendly_errors
def set_password(
    username: str,
    password_stdin: bool = typer.Option(False, "--password-stdin"),
) -> None:
    """Set a new password; the user's web sessions and API tokens end with the old one."""
    password = _read_password(password_stdin)
    with transaction() as session:
        auth.set_password(session, username, password)
    typer.echo(f"password of {username} changed; their sessions and tokens are ended")


@users_app.command("deactivate")
@friendly_errors
def deactivate_user(username: str) -> None:
    """Refuse a user's logins and tokens, and end their web sessions and API tokens now."""
    with transaction() as session:
        auth.deactivate_user(session, username)
    typer.echo(f"user {username} deactivated; their sessions and tokens are ended")


@users_app.command("activate")
@friendly_errors
def activate_user(username: str) -> None:
    """Let a deactivated user sign in again (old tokens stay revoked: create new ones)."""
    with transaction() as session:
        auth.activate_user(session, username)
    typer.echo(f"user {username} activated")


@tokens_app.command("create")
@friendly_errors
def create_token(
    username: str,
    name: str = typer.Option("cli", "--name", help="What the token is for."),
    scope: list[str] = typer.Option([], "--scope", help="Limit to these permissions (repeat)."),
    days: int = typer.Option(90, min=0, help="Days until it expires; 0 = never."),
) -> None:
    """Create a token for a user and print it once: it cannot be shown again."""
    with transaction() as session:
        token, secret = auth.create_token(
            session,
            username,
            name,
            scopes=scope or None,
            expires_in=timedelta(days=days) if days else None,
        )
        token_id = token.id
    typer.echo(secret)
    typer.echo(f"token {token_id} for {username}; store it now, it is not shown again", err=True)


@tokens_app.command("list")
@friendly_errors
def list_tokens(as_json: bool = typer.Option(False, "--json")) -> None:
    """Tokens (never their secrets): owner, prefix, scopes, expiry, revocation."""
    with session_factory(engine())() as session:
        stmt = (
            select(auth.ApiToken, auth.User.username)
            .join(auth.User, auth.User.id == auth.ApiToken.user_id)
            .order_by(auth.ApiToken.id)
        )
        rows = [
            {
                "id": t.id,
                "user": username,
                "name": t.name,
                "prefix": t.prefix,
                "scopes": t.scopes,
                "expires_at": t.expires_at,
                "revoked_at": t.revoked_at,
                "last_used_at": t.last_used_at,
            }
            for t, username in session.execute(stmt)
        ]
    if as_json:
        print_json({"rows": rows})
    else:
        print_table(
            "API tokens", list(rows[0]) if rows else ["id"], [list(r.values()) for r in rows]
        )


@tokens_app.command("revoke")
@friendly_errors
def revoke_token(token_id: int) -> None:
    """Revoke a token at once."""
    with transaction() as session:
        auth.revoke_token(session, token_id)
    typer.echo(f"token {token_id} revoked")


# Linux spreads the connections of a port over the sockets listening on it with SO_REUSEPORT.
SPREAD_BY_KERNEL = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, min=1, max=65535),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
    access_log: bool = typer.Option(
        False,
        "--access-log/--no-access-log",
        help="Log every request. Off by default: changes are in the audit trail, and a "
        "reverse proxy in front usually keeps the access log.",
    ),
    worker: bool = typer.Option(
        False,
        "--worker",
        help="Also run the rules' job worker in the server (no separate process).",
    ),
) -> None:
    """Start the server (uvicorn): the web app, the REST API under /api/v1 and /docs."""
    import uvicorn

    # Read by each server process's start-up (api.app), children included. (`smarterp demo
    # --serve` calls this function directly, leaving the option's default object: not True.)
    if worker is True:
        os.environ["SMARTERP_JOBS_EMBEDDED"] = "1"
        get_settings.cache_clear()
    engine()  # refuse to start on a missing or outdated schema
    ensure_port_free(host, port)
    config = uvicorn.Config(
        "smarterp.web.app:create_server",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        access_log=access_log,
    )
    if workers == 1:
        uvicorn.Server(config).run()
        return
    from uvicorn.supervisors import Multiprocess

    if SPREAD_BY_KERNEL:
        guard = _bound_socket(host, port)  # claims the port, and fails here if it is taken
        sockets = cast(list[socket.socket], [_WorkerSocket(host, port)])
    else:
        guard = _bound_socket(host, port, reuse_port=False)
        guard.set_inheritable(True)
        sockets = [guard]
    typer.echo(f"smarterp on http://{host}:{port} with {workers} worker processes (Ctrl-C stops)")
    with guard:
        Multiprocess(config, sockets=sockets).run()


def ensure_port_free(host: str, port: int) -> None:
    """Refuse, in words, a port another program listens on, before anything is started
    (uvicorn would otherwise log the URL and then a bare "address already in use")."""
    _bound_socket(host, port, reuse_port=False).close()


def _bound_socket(host: str, port: int, *, reuse_port: bool = True) -> socket.socket:
    """A TCP socket bound to host:port, made with an explicit protocol number.

    uvicorn binds with protocol 0, so the connections it accepts report 0 too and asyncio
    leaves Nagle's algorithm on: every keep-alive request then waits ~40 ms for a delayed ACK
    (uvicorn issue 3149). With IPPROTO_TCP asyncio sets TCP_NODELAY as it does for one worker.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise typer.BadParameter(
                f"port {port} on {host} is already in use by another program (perhaps smarterp "
                f"running already); choose another with --port {port + 1} "
                f"(`make demo PORT={port + 1}`), or stop the other one",
                param_hint="--port",
            ) from None
        raise typer.BadParameter(
            f"cannot listen on {host}:{port}: {exc.strerror}", param_hint="--port"
        ) from None
    return sock


class _WorkerSocket:
    """Each worker's own listening socket on the shared port, made in the worker.

    With one socket shared by all workers, a worker that wakes accepts every pending
    connection, so a few keep-alive clients (a proxy's pool, a load test) often all land on
    one worker and leave the other cores idle. Sockets of their own with SO_REUSEPORT let the
    kernel spread connections over the workers instead. uvicorn hands sockets to its workers
    by pickling them into processes it spawns: this stand-in unpickles as a new socket."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (_bound_socket, (self.host, self.port))
