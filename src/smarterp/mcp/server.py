"""Build the MCP server over the books and run it: over stdio as a named local user, or over
streamable HTTP where every request carries a smarterp API token."""

from __future__ import annotations

import json

import anyio.to_thread
import uvicorn
from mcp.server.mcpserver import MCPServer
from sqlalchemy import Engine
from starlette.types import ASGIApp, Receive, Scope, Send

from smarterp import __version__
from smarterp.core.auth import AuthFailed
from smarterp.mcp.caller import CALLER, Caller, token_user
from smarterp.mcp.resources import register_resources
from smarterp.mcp.tools import register_reads
from smarterp.mcp.writes import register_writes

INSTRUCTIONS = (
    "smarterp keeps a company's books (partners, products, stock, sales, purchasing, invoices, "
    "accounting). Use `ask` for questions about figures, `report` for the standard reports, "
    "`search_records` and `get_record` to find documents, `graph_about` for what emails and "
    "documents say about a customer or supplier, and `forecast` for a product's expected demand. "
    "These change nothing; answers are limited to what the user's role may read. To change the "
    "books, `propose` the command in words, show the person the proposal's changes, and call "
    "`confirm` with its id only after they agree."
)
MCP_PATH = "/mcp"


def build_server(engine: Engine) -> MCPServer:
    """The server with its tools and resources, all reading `engine` as the current caller."""
    server: MCPServer = MCPServer(
        "smarterp",
        title="smarterp",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    register_reads(server, engine)
    register_writes(server, engine)
    register_resources(server, engine)
    return server


def run_stdio(engine: Engine, caller: Caller) -> None:
    """Serve one client on stdin/stdout as `caller` (stdout carries only the protocol)."""
    CALLER.set(caller)
    build_server(engine).run("stdio")


class BearerAuth:
    """Refuse any HTTP request without a valid smarterp API token (401, as the REST API does);
    the token's user becomes the caller the tools and resources see for that request."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # the lifespan of the session manager passes through
            await self.app(scope, receive, send)
            return
        secret = _bearer(scope)
        if not secret:
            await _unauthorized(send, "missing bearer token: send 'Authorization: Bearer <token>'")
            return
        try:
            caller = await anyio.to_thread.run_sync(token_user, self.engine, secret)
        except AuthFailed as exc:
            await _unauthorized(send, exc.message)
            return
        token = CALLER.set(caller)
        try:
            await self.app(scope, receive, send)
        finally:
            CALLER.reset(token)


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, secret = value.decode("latin-1").partition(" ")
            return secret.strip() if scheme.lower() == "bearer" else None
    return None


async def _unauthorized(send: Send, message: str) -> None:
    body = json.dumps({"error": {"code": "unauthorized", "message": message, "details": {}}})
    await send(
        {
            "type": "http.response.start",
            "status": 401,
            "headers": [
                (b"content-type", b"application/json"),
                (b"www-authenticate", b'Bearer realm="smarterp"'),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body.encode()})


def http_app(engine: Engine, host: str = "127.0.0.1") -> ASGIApp:
    """The streamable HTTP endpoint at /mcp behind the token check. Stateless: each request is
    answered on its own, as the caller its token names (no session outlives a revoked token)."""
    inner = build_server(engine).streamable_http_app(
        streamable_http_path=MCP_PATH, stateless_http=True, json_response=True, host=host
    )
    return BearerAuth(inner, engine)


def run_http(engine: Engine, host: str, port: int) -> None:
    uvicorn.run(http_app(engine, host), host=host, port=port, log_level="warning")
