"""`smarterp mcp`: the books as an MCP server for AI assistants, over stdio or streamable HTTP."""

from __future__ import annotations

import typer

from smarterp.cli.common import engine, err_console, friendly_errors
from smarterp.core.errors import InvalidInput


@friendly_errors
def mcp(
    user: str = typer.Option(
        None, "--user", help="stdio: the smarterp user the server acts as (must be active)."
    ),
    http: bool = typer.Option(
        False, "--http", help="Serve streamable HTTP at /mcp; each request needs an API token."
    ),
    host: str = typer.Option("127.0.0.1", help="--http: interface to listen on."),
    port: int = typer.Option(8765, min=1, max=65535, help="--http: port to listen on."),
) -> None:
    """Serve the books to AI assistants over MCP: tools ask, report, search_records, get_record,
    graph_about, forecast, propose and confirm (the only writes), and resources (semantic
    catalogue, chart of accounts), all with the caller's role applied."""
    from smarterp.mcp.caller import local_user
    from smarterp.mcp.server import run_http, run_stdio

    eng = engine()
    if http:
        if user is not None:
            raise InvalidInput("--user", "is for stdio; over HTTP each request's token names it")
        err_console.print(f"smarterp MCP on http://{host}:{port}/mcp (Ctrl-C stops)")
        run_http(eng, host, port)
        return
    if user is None:
        raise InvalidInput("--user", "name the smarterp user the server acts as over stdio")
    run_stdio(eng, local_user(eng, user))
