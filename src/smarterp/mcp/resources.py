"""The resources an assistant can read: the semantic catalogue (the measures the caller's role
may ask for, the dimensions and conditions) and the chart of accounts."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError
from sqlalchemy import Engine, select

from smarterp.core.errors import DomainError
from smarterp.erp.accounting.models import Account
from smarterp.erp.accounting.schemas import AccountOut
from smarterp.intel.ask.service import permissions_of
from smarterp.intel.semantic.catalogue import CONDITIONS, DIMENSIONS, MEASURES, visible_measures
from smarterp.mcp.caller import reading

CATALOGUE_URI = "smarterp://semantic/catalogue"
ACCOUNTS_URI = "smarterp://accounting/chart-of-accounts"


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def catalogue(engine: Engine) -> dict[str, Any]:
    """What `ask` can answer for the current caller: the measures their role may read (as `ask`
    decides), every dimension and condition, with names, definitions and synonyms."""
    with reading(engine, "ask.use") as (_, caller):
        visible = visible_measures(permissions_of(caller.user.role))
    return {
        "measures": [dataclasses.asdict(m) for k, m in MEASURES.items() if k in visible],
        "dimensions": [dataclasses.asdict(d) for d in DIMENSIONS.values()],
        "conditions": [dataclasses.asdict(c) for c in CONDITIONS.values()],
    }


def chart_of_accounts(engine: Engine) -> dict[str, Any]:
    """The accounts by code with their type and automatic-posting role; read with the journal."""
    with reading(engine, "journal.read") as (session, _):
        accounts = session.scalars(select(Account).order_by(Account.code))
        rows = [AccountOut.model_validate(a).model_dump(mode="json") for a in accounts]
        return {"accounts": rows}


def register_resources(server: MCPServer, engine: Engine) -> None:
    """Attach the resources, each refused with its reason when the caller may not read it."""

    @server.resource(
        CATALOGUE_URI,
        name="semantic-catalogue",
        title="Semantic catalogue",
        description="Measures (the caller may read), dimensions and conditions that `ask` knows.",
        mime_type="application/json",
    )
    def read_catalogue() -> str:
        try:
            return _json(catalogue(engine))
        except DomainError as exc:
            raise ResourceError(exc.message) from exc

    @server.resource(
        ACCOUNTS_URI,
        name="chart-of-accounts",
        title="Chart of accounts",
        description="Every account: code, English and Chinese name, type and posting role.",
        mime_type="application/json",
    )
    def read_accounts() -> str:
        try:
            return _json(chart_of_accounts(engine))
        except DomainError as exc:
            raise ResourceError(exc.message) from exc
