"""The tools an assistant calls: ask, reports, record search and lookup, the knowledge graph and
forecasts, each through the code the API and CLI use, as the caller and within their role."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, ParamSpec, TypeVar

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field, ValidationError
from sqlalchemy import Engine

from smarterp.core.errors import DomainError
from smarterp.erp.products.queries import product_by_sku
from smarterp.intel.ask.service import MAX_QUESTION_CHARS
from smarterp.intel.ask.service import ask as ask_books
from smarterp.intel.forecast.books import stored_forecasts
from smarterp.intel.graph import queries as graph
from smarterp.mcp import records
from smarterp.mcp import reports as books_reports
from smarterp.mcp.caller import reading
from smarterp.mcp.records import RecordKind, SearchKind
from smarterp.mcp.reports import Options, ReportName

P = ParamSpec("P")
R = TypeVar("R")

READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)
Day = Annotated[date | None, Field(description="A day, YYYY-MM-DD.")]


def answering(fn: Callable[P, R]) -> Callable[P, R]:
    """A refusal of the books (bad input naming its field, a missing record, a permission the
    role lacks) reaches the assistant as a tool error with its message, never a stack trace."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            raise ToolError(exc.message) from exc
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or exc.title}: {e['msg']}"
                for e in exc.errors()
            )
            raise ToolError(problems) from exc

    return wrapper


def register_reads(server: MCPServer, engine: Engine) -> None:
    """Attach the read tools, each bound to `engine`."""

    @server.tool(annotations=READ_ONLY)
    @answering
    def ask(
        question: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_QUESTION_CHARS,
                description="A question about the books, in English or Chinese.",
            ),
        ],
        as_of: Annotated[
            date | None, Field(description="Read relative time (last month...) from this day.")
        ] = None,
    ) -> dict[str, Any]:
        """Answer a question from the books: the table, a one-line answer, and the evidence (the
        structured query and the SQL that ran). When the question can be read several ways the
        answer is a clarification with the readings to choose from. Figures the caller's role
        may not read are refused."""
        with reading(engine, "ask.use") as (_, caller):
            role = caller.user.role
        answer = ask_books(engine, question, as_of=as_of, role=role)
        return answer.model_dump(mode="json")

    @server.tool(annotations=READ_ONLY)
    @answering
    def report(
        name: Annotated[ReportName, Field(description="Which report.")],
        date_from: Day = None,
        date_to: Day = None,
        as_of: Day = None,
        kind: Annotated[
            books_reports.AgingKind | None, Field(description="aging: receivable or payable.")
        ] = None,
        by: Annotated[
            str | None, Field(description="sales: month, customer, product, category...")
        ] = None,
    ) -> dict[str, Any]:
        """Run a report: trial_balance (as_of, date_from), profit_and_loss (date_from, date_to),
        balance_sheet (as_of), aging (kind, as_of), vat (date_from, date_to), sales (date_from,
        date_to, by), stock, stock_valuation (as_of). Amounts are exact decimals as strings."""
        options = Options(date_from=date_from, date_to=date_to, as_of=as_of, kind=kind, by=by)
        chosen = books_reports.check(name, options)
        with reading(engine, chosen.permission) as (session, _):
            return books_reports.run(session, name, options)

    @server.tool(annotations=READ_ONLY)
    @answering
    def search_records(
        kind: Annotated[SearchKind, Field(description="What to search.")],
        query: Annotated[
            str,
            Field(
                min_length=1,
                max_length=200,
                description="Text in a number, SKU, name, reference, email or city, any case.",
            ),
        ],
        limit: Annotated[int, Field(ge=1, le=100, description="At most this many.")] = 20,
    ) -> dict[str, Any]:
        """Search partners, products, sales or purchase orders, invoices and bills by the rule the
        web lists and the API use; returns how many match and the first `limit`."""
        with reading(engine, records.KINDS[kind].permission) as (session, _):
            return records.search(session, kind, query, limit)

    @server.tool(annotations=READ_ONLY)
    @answering
    def get_record(
        kind: Annotated[RecordKind, Field(description="What to read.")],
        key: Annotated[
            str,
            Field(
                min_length=1,
                max_length=200,
                description="Number (SO00012, INV/2026/00003, PAY/2026/00001), SKU, partner "
                "ref or exact name, or id (#12).",
            ),
        ],
    ) -> dict[str, Any]:
        """One record in full (an order or invoice with its lines), as the API shows it."""
        with reading(engine, records.KINDS[kind].permission) as (session, _):
            return records.get(session, kind, key)

    @server.tool(annotations=READ_ONLY)
    @answering
    def graph_about(
        name: Annotated[
            str,
            Field(
                min_length=1,
                max_length=300,
                description="A customer, supplier, contact or product: name, alias or id.",
            ),
        ],
    ) -> dict[str, Any]:
        """Everything the knowledge graph knows about a node, each fact with its source document
        (the email or file it was read from) or the books."""
        with reading(engine, "docs.read") as (session, _):
            return graph.about(session, name)

    @server.tool(annotations=READ_ONLY)
    @answering
    def forecast(
        sku: Annotated[str, Field(min_length=1, max_length=80, description="The product's SKU.")],
    ) -> dict[str, Any]:
        """The latest stored demand forecast of a product (`smarterp forecast` stores them): per
        period the expected units with 80% and 95% intervals, and the method that made it."""
        with reading(engine, "forecast.read") as (session, _):
            product = product_by_sku(session, sku.strip(), "sku")
            rows = stored_forecasts(session, product.id)
            first = rows[0] if rows else None
            return {
                "sku": product.sku,
                "product": product.name,
                "freq": first.freq if first else None,
                "method": first.method if first else None,
                "demand_class": first.demand_class if first else None,
                "points": [
                    {
                        "ds": r.ds.isoformat(),
                        "yhat": r.yhat,
                        "yhat_lo_80": r.yhat_lo_80,
                        "yhat_hi_80": r.yhat_hi_80,
                        "yhat_lo_95": r.yhat_lo_95,
                        "yhat_hi_95": r.yhat_hi_95,
                    }
                    for r in rows
                ],
                "note": None if rows else "no forecast stored yet: run `smarterp forecast`",
            }
