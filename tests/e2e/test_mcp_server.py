"""`smarterp mcp`: the real server process, spoken to with the official MCP SDK's own client,
over stdio (as a named local user) and streamable HTTP (behind API tokens), on SQLite and
PostgreSQL."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp.types import CallToolResult
from sqlalchemy import Engine, select

from smarterp.core.audit_record import AuditRecord
from smarterp.core.auth import create_token, create_user, deactivate_user
from smarterp.core.db import unit_of_work
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.ask.service import permissions_of
from smarterp.intel.graph.learn import learn_books
from smarterp.intel.semantic.catalogue import MEASURES, visible_measures
from tests import factories as f

SMARTERP = Path(sys.executable).with_name("smarterp")
READ_TOOLS = {"ask", "report", "search_records", "get_record", "graph_about", "forecast"}
QUOTE = "create a quotation for Harbor Provisions with 2 Carbon wok"
D = Decimal


def _books(engine: Engine) -> dict[str, str]:
    """A customer with a confirmed order, a posted invoice and a payment; users of four roles
    (one deactivated) and their tokens. Returns the tokens and document numbers."""
    with unit_of_work(engine, actor="test") as s:
        harbor = f.customer(s, "Harbor Provisions", ref="C-HAR", city="Boston")
        wok = f.product(s, "WOK-32", price="20.00", cost="12.00", stock="50", name="Carbon wok")
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=harbor.id,
                order_date=date(2026, 1, 5),
                lines=[SalesLineIn(product_id=wok.id, quantity=D(3))],
            ),
        )
        sales.confirm_order(s, order.id)
        invoice = invoicing.create_invoice(
            s,
            InvoiceIn(
                kind=InvoiceKind.OUT_INVOICE,
                partner_id=harbor.id,
                invoice_date=date(2026, 1, 10),
                partner_ref="PO-7781",
                lines=[InvoiceLineIn(description="Woks", quantity=D(1), unit_price=D("100.00"))],
            ),
        )
        invoicing.post_invoice(s, invoice.id)
        payment = invoicing.register_payment(
            s,
            PaymentIn(
                partner_id=harbor.id,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=D("50.00"),
                date=date(2026, 1, 20),
            ),
        )
        learn_books(s)  # the knowledge graph's nodes for the partners and products
        users = (("ann", "accountant"), ("wes", "warehouse"), ("sam", "sales"), ("old", "viewer"))
        for name, role in users:
            create_user(s, name, role)
        tokens = {name: create_token(s, name, "mcp")[1] for name, _ in users}
        # ann's role reads the ledger; this token of hers is limited to operational reports.
        tokens["ann-ops"] = create_token(s, "ann", "ops", scopes=["reports.operational"])[1]
        numbers = {
            "order": order.number,
            "invoice": invoice.number or "",
            "invoiced": str(invoice.amount_total),
            "payment": payment.number,
        }
    with unit_of_work(engine, actor="test") as s:
        deactivate_user(s, "old")
    return {**tokens, **numbers}


def _env(engine: Engine) -> dict[str, str]:
    """The test's settings (data folder, cheap hashes) and its database, for the server."""
    env = {k: v for k, v in os.environ.items() if k.startswith("SMARTERP_")}
    env["SMARTERP_DATABASE_URL"] = engine.url.render_as_string(hide_password=False)
    return env


def _run(session: Callable[[Client], Awaitable[None]], server: Any) -> None:
    async def main() -> None:
        async with Client(server, read_timeout_seconds=120) as client:
            await session(client)

    anyio.run(main)


def _stdio(engine: Engine, user: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=str(SMARTERP), args=["mcp", "--user", user], env=_env(engine)
    )


def _data(result: CallToolResult) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert isinstance(result.structured_content, dict)
    return result.structured_content


def _refusal(result: CallToolResult) -> str:
    assert result.is_error, result.structured_content
    text = result.content[0].text  # type: ignore[union-attr]
    assert "Traceback" not in text
    return text


def test_stdio_accountant_reads_the_books(engine: Engine) -> None:
    books = _books(engine)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        expected_tb = ledger.trial_balance(s)

    async def session(client: Client) -> None:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert set(tools) >= READ_TOOLS
        # Each tool's input is a JSON schema derived from its typed signature.
        report_schema = tools["report"].input_schema
        assert report_schema["required"] == ["name"]
        assert "trial_balance" in report_schema["properties"]["name"]["enum"]
        assert tools["search_records"].input_schema["properties"]["limit"]["maximum"] == 100

        answer = _data(await client.call_tool("ask", {"question": "revenue by customer"}))
        assert answer["clarification"] is None
        assert answer["query"]["measures"] == ["revenue"]
        assert "SELECT" in answer["sql"].upper()
        assert [row[0] for row in answer["rows"]] == ["Harbor Provisions"]
        assert D(str(answer["rows"][0][1])) == D("60.00")  # 3 woks at 20.00

        tb = _data(await client.call_tool("report", {"name": "trial_balance"}))
        assert tb["report"] == "trial_balance"
        assert D(tb["total_debit"]) == D(tb["total_credit"]) == expected_tb.total_debit
        assert {r["code"] for r in tb["rows"]} == {r.code for r in expected_tb.rows}
        aging = _data(await client.call_tool("report", {"name": "aging", "kind": "receivable"}))
        assert D(aging["totals"]["total"]) == D(books["invoiced"]) - D("50.00")  # part paid

        found = _data(
            await client.call_tool("search_records", {"kind": "partner", "query": "harb"})
        )
        assert found["total"] == 1 and found["items"][0]["ref"] == "C-HAR"
        # An invoice is found by its customer's name and by the customer's own reference.
        for text in ("harbor", "po-7781"):
            hits = _data(
                await client.call_tool("search_records", {"kind": "invoice", "query": text})
            )
            assert [i["number"] for i in hits["items"]] == [books["invoice"]]
        nothing = _data(
            await client.call_tool("search_records", {"kind": "sales_order", "query": "100%"})
        )
        assert nothing["total"] == 0 and nothing["items"] == []

        order = _data(
            await client.call_tool("get_record", {"kind": "sales_order", "key": books["order"]})
        )
        assert order["record"]["state"] == "confirmed"
        assert [D(ln["quantity"]) for ln in order["record"]["lines"]] == [D(3)]
        wok = _data(await client.call_tool("get_record", {"kind": "product", "key": "WOK-32"}))
        assert D(wok["record"]["sale_price"]) == D("20.00")
        paid = _data(
            await client.call_tool("get_record", {"kind": "payment", "key": books["payment"]})
        )
        assert D(paid["record"]["amount"]) == D("50.00")

        text = _refusal(await client.call_tool("forecast", {"sku": "WOK-32"}))
        assert "user ann (accountant) may not use forecast.read" in text
        about = _data(await client.call_tool("graph_about", {"name": "harbor provisions"}))
        assert about["node"]["label"] == "Harbor Provisions"

        catalogue = await client.read_resource("smarterp://semantic/catalogue")
        assert '"revenue"' in catalogue.contents[0].text  # type: ignore[union-attr]
        chart = await client.read_resource("smarterp://accounting/chart-of-accounts")
        assert '"Accounts receivable"' in chart.contents[0].text  # type: ignore[union-attr]

    _run(session, _stdio(engine, "ann"))


def test_stdio_bad_input_is_a_tool_error_naming_the_field(engine: Engine) -> None:
    _books(engine)

    async def session(client: Client) -> None:
        text = _refusal(await client.call_tool("report", {"name": "cash_flow"}))
        assert "name" in text and "trial_balance" in text
        text = _refusal(
            await client.call_tool("report", {"name": "balance_sheet", "date_from": "2026-01-01"})
        )
        assert "date_from" in text and "balance_sheet" in text
        text = _refusal(
            await client.call_tool("report", {"name": "trial_balance", "as_of": "yesterday"})
        )
        assert "as_of" in text
        text = _refusal(await client.call_tool("search_records", {"kind": "partner"}))
        assert "query" in text
        text = _refusal(await client.call_tool("search_records", {"kind": "payment", "query": "x"}))
        assert "kind" in text
        text = _refusal(await client.call_tool("get_record", {"kind": "partner", "key": "Nobody"}))
        assert text.endswith("key: no partner has the ref, id or name 'Nobody'")
        text = _refusal(await client.call_tool("get_record", {"kind": "invoice", "key": "X/1"}))
        assert "invoice 'X/1' does not exist" in text
        # A server runs for hours: a user deactivated meanwhile reads and changes nothing more.
        with unit_of_work(engine, actor="test") as s:
            deactivate_user(s, "ann")
        text = _refusal(await client.call_tool("report", {"name": "trial_balance"}))
        assert "user ann is disabled" in text

    _run(session, _stdio(engine, "ann"))


def test_stdio_warehouse_role_is_refused_what_it_may_not_read(engine: Engine) -> None:
    books = _books(engine)

    async def session(client: Client) -> None:
        text = _refusal(await client.call_tool("report", {"name": "trial_balance"}))
        assert "user wes (warehouse) may not use reports.financial" in text
        text = _refusal(
            await client.call_tool("search_records", {"kind": "invoice", "query": "harbor"})
        )
        assert "invoices.read" in text
        text = _refusal(
            await client.call_tool("get_record", {"kind": "payment", "key": books["payment"]})
        )
        assert "payments.read" in text
        text = _refusal(await client.call_tool("graph_about", {"name": "Harbor Provisions"}))
        assert "docs.read" in text
        # What the role holds still answers.
        fc = _data(await client.call_tool("forecast", {"sku": "WOK-32"}))
        assert (fc["sku"], fc["points"]) == ("WOK-32", []) and "smarterp forecast" in fc["note"]
        text = _refusal(await client.call_tool("forecast", {"sku": "NOPE"}))
        assert "sku: no product has SKU 'NOPE'" in text
        stock = _data(await client.call_tool("report", {"name": "stock"}))
        assert [(r["sku"], D(r["on_hand"])) for r in stock["rows"]] == [("WOK-32", D(50))]
        with pytest.raises(Exception, match="journal.read"):
            await client.read_resource("smarterp://accounting/chart-of-accounts")
        catalogue = (await client.read_resource("smarterp://semantic/catalogue")).contents[0]
        shown = {m for m in MEASURES if f'"key": "{m}"' in catalogue.text}  # type: ignore[union-attr]
        assert shown == visible_measures(permissions_of("warehouse")) != set(MEASURES)

    _run(session, _stdio(engine, "wes"))


@pytest.mark.parametrize(
    ("user", "message"), [("ghost", "user 'ghost' does not exist"), ("old", "deactivated")]
)
def test_stdio_needs_an_existing_active_user(engine: Engine, user: str, message: str) -> None:
    _books(engine)
    done = subprocess.run(
        [str(SMARTERP), "mcp", "--user", user],
        env={**os.environ, **_env(engine)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert message in done.stderr
    assert done.stdout == ""  # stdout is the protocol's: nothing else may be written there
    no_user = subprocess.run(
        [str(SMARTERP), "mcp"],
        env={**os.environ, **_env(engine)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert no_user.returncode == 1 and "--user" in no_user.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _http_server(engine: Engine) -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [str(SMARTERP), "mcp", "--http", "--port", str(port)],
        env={**os.environ, **_env(engine)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.post(url, timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    out = server.stdout.read().decode() if server.stdout else ""
                    raise RuntimeError(f"smarterp mcp --http did not start: {out}") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _leaves(error: BaseException) -> Iterator[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            yield from _leaves(inner)
    else:
        yield error


def _over_http(url: str, token: str | None, session: Callable[[Client], Awaitable[None]]) -> None:
    async def main() -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with (
            httpx2.AsyncClient(headers=headers, timeout=120) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            await session(client)

    anyio.run(main)


def test_http_requires_a_token_and_applies_its_role(engine: Engine) -> None:
    books = _books(engine)
    with _http_server(engine) as url:
        missing = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert missing.status_code == 401
        assert missing.json()["error"]["message"].startswith("missing bearer token")
        wrong = httpx.post(url, headers={"Authorization": "Bearer sk_nope"}, json={})
        assert (wrong.status_code, wrong.json()["error"]["message"]) == (
            401,
            "invalid or revoked token",
        )
        disabled = httpx.post(url, headers={"Authorization": f"Bearer {books['old']}"}, json={})
        assert disabled.status_code == 401

        async def no_token(client: Client) -> None:
            await client.list_tools()

        # The SDK's own client gets no further than the handshake without a token.
        with pytest.raises(BaseException) as refused:
            _over_http(url, None, no_token)
        assert any(isinstance(e, MCPError) for e in _leaves(refused.value))

        async def accountant(client: Client) -> None:
            assert {t.name for t in (await client.list_tools()).tools} >= READ_TOOLS
            tb = _data(await client.call_tool("report", {"name": "trial_balance"}))
            assert D(tb["total_debit"]) == D(tb["total_credit"]) > 0
            paid = _data(
                await client.call_tool("get_record", {"kind": "payment", "key": books["payment"]})
            )
            assert D(paid["record"]["amount"]) == D("50.00")
            chart = await client.read_resource("smarterp://accounting/chart-of-accounts")
            assert '"1100"' in chart.contents[0].text  # type: ignore[union-attr]

        _over_http(url, books["ann"], accountant)

        async def warehouse(client: Client) -> None:
            text = _refusal(await client.call_tool("report", {"name": "trial_balance"}))
            assert "user wes (warehouse) may not use reports.financial" in text
            text = _refusal(
                await client.call_tool("search_records", {"kind": "invoice", "query": "harbor"})
            )
            assert "invoices.read" in text
            stock = _data(await client.call_tool("report", {"name": "stock"}))
            assert [r["sku"] for r in stock["rows"]] == ["WOK-32"]

        _over_http(url, books["wes"], warehouse)

        async def scoped(client: Client) -> None:
            # The role may, the token's scopes may not: the narrower one decides, as in the API.
            text = _refusal(await client.call_tool("report", {"name": "trial_balance"}))
            assert "may not use reports.financial" in text
            _data(await client.call_tool("report", {"name": "sales"}))

        _over_http(url, books["ann-ops"], scoped)


def _orders(engine: Engine) -> list[str]:
    with unit_of_work(engine, actor="test", read_only=True) as s:
        return list(s.scalars(select(SalesOrder.number).order_by(SalesOrder.id)))


def test_stdio_writes_only_through_a_confirmed_proposal(engine: Engine) -> None:
    books = _books(engine)

    async def session(client: Client) -> None:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["propose"].annotations.read_only_hint is False  # type: ignore[union-attr]
        assert tools["confirm"].annotations.destructive_hint is True  # type: ignore[union-attr]
        made = _data(await client.call_tool("propose", {"text": QUOTE}))
        proposal = made["proposal"]
        assert made["clarification"] is None and proposal["operation"] == "create_quotation"
        change = proposal["changes"][0]
        assert (change["action"], change["model"]) == ("create", "sales_order")
        assert change["after"]["customer"] == "Harbor Provisions"
        assert all(c["before"] is None for c in proposal["changes"])  # all new records
        assert _orders(engine) == [books["order"]]  # proposed: nothing in the books moved

        asked = _data(await client.call_tool("propose", {"text": "quote Harbor Provisions"}))
        assert asked["proposal"] is None and asked["clarification"]["question"]

        done = _data(await client.call_tool("confirm", {"proposal_id": proposal["id"]}))
        [record] = done["records"]
        assert record["model"] == "sales_order"
        assert _orders(engine) == [books["order"], record["number"]]
        with unit_of_work(engine, actor="test", read_only=True) as s:
            audited = s.scalars(
                select(AuditRecord).where(
                    AuditRecord.entity_type == "sales_order",
                    AuditRecord.entity_id == record["id"],
                    AuditRecord.reason == QUOTE,
                )
            ).all()
        assert audited and {(a.actor, a.via) for a in audited} == {("sam", "mcp")}

        again = _refusal(await client.call_tool("confirm", {"proposal_id": proposal["id"]}))
        assert "already confirmed" in again
        assert _orders(engine) == [books["order"], record["number"]]
        text = _refusal(await client.call_tool("confirm", {"proposal_id": "not-an-id"}))
        assert "proposal_id" in text
        text = _refusal(await client.call_tool("propose", {"text": ""}))
        assert "text" in text

    _run(session, _stdio(engine, "sam"))


def test_http_proposals_keep_to_the_role_and_the_user(engine: Engine) -> None:
    books = _books(engine)
    with _http_server(engine) as url:
        proposal_id = ""

        async def sales_person(client: Client) -> None:
            nonlocal proposal_id
            made = _data(await client.call_tool("propose", {"text": QUOTE}))
            proposal_id = made["proposal"]["id"]

        _over_http(url, books["sam"], sales_person)

        async def warehouse(client: Client) -> None:
            text = _refusal(await client.call_tool("propose", {"text": QUOTE}))
            assert "user wes (warehouse) may not create quotation" in text
            text = _refusal(await client.call_tool("confirm", {"proposal_id": proposal_id}))
            assert "another user" in text

        _over_http(url, books["wes"], warehouse)
        assert _orders(engine) == [books["order"]]

        async def confirms(client: Client) -> None:
            done = _data(await client.call_tool("confirm", {"proposal_id": proposal_id}))
            assert [r["model"] for r in done["records"]] == ["sales_order"]

        _over_http(url, books["sam"], confirms)
        assert len(_orders(engine)) == 2
