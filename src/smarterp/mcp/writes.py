"""The only way an assistant changes the books: `propose` stores what a command would change
(nothing else moves), and `confirm` applies that proposal once the person has agreed."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations
from pydantic import Field
from sqlalchemy import Engine

from smarterp.intel.act.service import MAX_COMMAND_CHARS
from smarterp.intel.act.service import confirm as confirm_proposal
from smarterp.intel.act.service import propose as propose_change
from smarterp.mcp.caller import working
from smarterp.mcp.tools import answering

# As the API's /act: any signed-in user may ask; the act service checks the operation's own
# permission against the user's role when proposing and again when confirming.
PERMISSION = "act.use"


def register_writes(server: MCPServer, engine: Engine) -> None:
    """Attach propose and confirm, bound to `engine`."""

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False))
    @answering
    def propose(
        text: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_COMMAND_CHARS,
                description="What to do, in English or Chinese, e.g. 'create a quotation for "
                "Harbor Provisions with 10 woks' or '把订单SO00478确认'.",
            ),
        ],
        today: Annotated[
            date | None, Field(description="Read relative dates (next Friday) from this day.")
        ] = None,
    ) -> dict[str, Any]:
        """Turn a command into a proposal; NOTHING in the books changes. Returns either
        `proposal` (id, summary, changes: action, model, record, before, after; warnings) or
        `clarification` (a question and options to send again as a command). Show the proposal
        to the person and call `confirm` with its id only once they agree. A proposal expires
        after 15 minutes and offers only what the user's role may do."""
        with working(engine, PERMISSION, read_only=False) as (session, caller):
            return propose_change(session, text, caller.user, today=today).model_dump(mode="json")

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=True))
    @answering
    def confirm(
        proposal_id: Annotated[
            str,
            Field(
                min_length=1,
                max_length=32,
                pattern=r"^[0-9a-f]+$",
                description="The `proposal.id` that `propose` returned.",
            ),
        ],
    ) -> dict[str, Any]:
        """Apply a proposal the person has agreed to: its changes are made in one unit of work,
        once, audited with the command's words. Refused when it is another user's, already used,
        expired, or the books changed since it was shown."""
        with working(engine, PERMISSION, read_only=False) as (session, caller):
            return confirm_proposal(session, proposal_id, caller.user).model_dump(mode="json")
