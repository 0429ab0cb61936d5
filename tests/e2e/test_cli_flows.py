"""The business flows driven through the `smarterp` command line, as a user would type them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.cli.orders import parse_item
from smarterp.core.db import engine_for
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import get_settings

D = Decimal


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """A runner on a fresh SQLite file, initialised with `smarterp init`."""
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    engine_for.cache_clear()
    runner = CliRunner()
    result = runner.invoke(app, ["init", "--company", "CLI Trading"])
    assert result.exit_code == 0, result.output
    yield runner
    for eng in [engine_for(get_settings().resolved_database_url())]:
        eng.dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def ok(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, f"{args}: {result.output}"
    return result


def js(runner: CliRunner, *args: str) -> Any:
    return json.loads(ok(runner, *args, "--json").stdout)


def fails(runner: CliRunner, *args: str) -> str:
    """Run a command that must be refused; return its one-line message."""
    result = runner.invoke(app, list(args))
    assert result.exit_code in (1, 2), f"{args} exited {result.exit_code}: {result.output}"
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return " ".join(result.stderr.split())


def _master_data(cli: CliRunner) -> None:
    ok(cli, "partner", "add", "Alfreds Futterkiste", "--customer", "--ref", "ALFKI")
    ok(cli, "partner", "add", "Exotic Liquids", "--supplier", "--email", "buy@exotic.example")
    ok(cli, "product", "add", "CHAI", "Chai", "--price", "18", "--cost", "10", "--tax", "VAT13")
    ok(cli, "product", "add", "CHANG", "Chang", "--price", "19", "--cost", "9.5", "--fifo")
    ok(cli, "stock", "opening", "CHAI", "100", "--cost", "10", "--date", "2026-01-01")


def test_quote_to_cash_through_the_cli(cli: CliRunner) -> None:
    _master_data(cli)
    order = js(
        cli,
        "sales", "create", "ALFKI", "CHAI=30%10", "--date", "2026-03-01", "--shipping", "12.50",
    )  # fmt: skip
    assert order["number"] == "SO00001"
    assert D(order["amount_untaxed"]) == D("498.50")  # 30 * 18 * 0.9 + shipping
    assert D(order["amount_tax"]) == D("63.18")
    assert js(cli, "sales", "confirm", "SO00001")["state"] == "confirmed"

    first = js(cli, "sales", "deliver", "SO00001", "CHAI=20", "--date", "2026-03-02")
    assert D(first["lines"][0]["qty_delivered"]) == 20
    inv1 = js(cli, "sales", "invoice", "SO00001", "--date", "2026-03-02")
    assert inv1["invoice"] == "INV/2026/00001"
    assert D(inv1["invoice_total"]) == D("378.62")  # (324 + 12.50) + 13% of 324
    ok(cli, "sales", "deliver", "SO00001", "--date", "2026-03-05")
    done = js(cli, "sales", "invoice", "SO00001", "--date", "2026-03-05")
    assert done["state"] == "done"
    assert D(done["invoice_total"]) == D("183.06")

    pay = js(cli, "pay", "Alfreds Futterkiste", "561.68", "--date", "2026-03-10")
    assert D(pay["unallocated"]) == 0
    assert [s["invoice"] for s in pay["settled"]] == ["INV/2026/00001", "INV/2026/00002"]

    back = js(cli, "sales", "return", "SO00001", "CHAI=2", "--date", "2026-03-11")
    assert back["credit_note"] == "RINV/2026/00001"
    stock = {p["sku"]: p for p in js(cli, "product", "list")}
    assert D(stock["CHAI"]["on_hand"]) == 72  # 100 - 30 + 2

    listed = js(cli, "sales", "list", "--state", "done")
    assert [o["number"] for o in listed] == ["SO00001"]
    shown = ok(cli, "sales", "show", "SO00001").stdout
    assert "SO00001" in shown and "Alfreds Futterkiste" in shown and "561.68" in shown


def test_procure_to_pay_with_three_way_match(cli: CliRunner) -> None:
    _master_data(cli)
    po = js(cli, "purchase", "create", "Exotic Liquids", "CHANG=50@9.00", "--date", "2026-03-01")
    assert po["number"] == "PO00001" and D(po["amount_total"]) == D("450.00")
    ok(cli, "purchase", "confirm", "PO00001")
    received = js(cli, "purchase", "receive", "PO00001", "CHANG=40", "--date", "2026-03-03")
    assert D(received["lines"][0]["qty_received"]) == 40
    bill = js(cli, "purchase", "bill", "PO00001", "--date", "2026-03-04", "--supplier-ref", "B-7")
    assert bill["bill"] == "BILL/2026/00001" and D(bill["bill_total"]) == D("360.00")

    match = js(cli, "purchase", "match", "PO00001")
    assert match["matched"] is True
    ok(cli, "purchase", "receive", "PO00001", "--date", "2026-03-06")
    match = js(cli, "purchase", "match", "PO00001")
    assert [i["kind"] for i in match["issues"]] == ["received_not_billed"]
    said = " ".join(ok(cli, "purchase", "match", "PO00001").stdout.split())
    assert "received 50.000, billed 40.000; expect a bill for 10.000 more" in said

    paid = js(
        cli, "pay", "Exotic Liquids", "360", "--supplier", "--date", "2026-03-20",
        "--invoice", "BILL/2026/00001", "--method", "cash",
    )  # fmt: skip
    assert paid["direction"] == "outbound" and paid["settled"][0]["amount"] == "360.00"
    stock = {p["sku"]: p for p in js(cli, "product", "list")}
    assert D(stock["CHANG"]["on_hand"]) == 50
    count = js(cli, "stock", "count", "CHANG=48", "CHAI=100", "--date", "2026-03-31")
    assert [ln["difference"] for ln in count["lines"]] == ["-2.000", "0.000"]
    # Five go back; they were received but never billed, so nothing is credited.
    sent = js(cli, "purchase", "return", "PO00001", "CHANG=5", "--date", "2026-03-31")
    assert sent["credit_note"] is None and D(sent["lines"][0]["qty_returned"]) == 5
    assert "is partly received; cannot cancel it" in fails(cli, "purchase", "cancel", "PO00001")
    ok(cli, "purchase", "create", "Exotic Liquids", "CHANG=1", "--date", "2026-03-31")
    assert js(cli, "purchase", "cancel", "PO00002", "--reason", "dup")["state"] == "cancelled"


def test_journal_entries_reversal_and_periods(cli: CliRunner, tmp_path: Path) -> None:
    entry = tmp_path / "rent.json"
    entry.write_text(
        json.dumps(
            {
                "date": "2026-03-31",
                "ref": "March rent",
                "lines": [
                    {"account_code": "6100", "debit": "1200.00"},
                    {"account_code": "1010", "credit": "1200.00"},
                ],
            }
        )
    )
    posted = js(cli, "journal", "post", "--file", str(entry))
    assert posted["number"] == "GEN/2026/00001"
    assert [ln["account"] for ln in posted["lines"]] == ["6100", "1010"]
    reversal = js(cli, "journal", "reverse", "GEN/2026/00001", "--reason", "wrong month")
    assert reversal["reversal_of_id"] == posted["id"]
    assert reversal["lines"][0]["credit"] == "1200.00"
    assert "already reversed" in fails(cli, "journal", "reverse", "GEN/2026/00001")

    ok(cli, "period", "close", "2026-03")
    assert "2026-03 is closed" in fails(cli, "journal", "post", "--file", str(entry))
    ok(cli, "period", "reopen", "2026-03")
    ok(cli, "period", "lock-date", "2026-03-31")
    assert "lock date" in fails(cli, "journal", "post", "--file", str(entry))

    unbalanced = tmp_path / "bad.json"
    unbalanced.write_text(entry.read_text().replace('"credit": "1200.00"', '"credit": "1100"'))
    ok(cli, "period", "lock-date", "none")
    assert "differ by 100.00" in fails(cli, "journal", "post", "--file", str(unbalanced))
    (tmp_path / "junk.json").write_text("{not json")
    assert "not valid JSON" in fails(cli, "journal", "post", "--file", str(tmp_path / "junk.json"))
    assert "cannot read" in fails(cli, "journal", "post", "--file", str(tmp_path / "none.json"))


def test_bad_input_gets_one_clear_line(cli: CliRunner) -> None:
    _master_data(cli)
    ok(cli, "partner", "add", "Twins", "--customer")
    ok(cli, "partner", "add", "Twins", "--customer")
    cases = {
        ("sales", "create", "ALFKI", "NOPE=1"): "argument 'NOPE=1': no product has SKU 'NOPE'",
        ("sales", "create", "ALFKI", "CHAI=0"): "quantity must be more than zero, not 0",
        ("sales", "create", "ALFKI", "CHAI=-3"): "quantity must be more than zero, not -3",
        ("sales", "create", "ALFKI", "CHAI"): "argument 'CHAI': expected SKU=QTY",
        ("sales", "create", "ALFKI", "CHAI=ten"): "quantity 'ten' is not a number",
        ("sales", "create", "ALFKI", "CHAI=1%150"): "discount must be 0-100%",
        ("sales", "create", "Nobody", "CHAI=1"): "no partner has the ref, id or name 'Nobody'",
        ("sales", "create", "Twins", "CHAI=1"): "'Twins' matches 2 partners",
        ("sales", "create", "Exotic Liquids", "CHAI=1"): "Exotic Liquids is not a customer",
        ("sales", "confirm", "SO99999"): "sales order 'SO99999' does not exist",
        ("purchase", "show", "PO00042"): "purchase order 'PO00042' does not exist",
        ("pay", "ALFKI", "10", "--invoice", "INV/2026/09999"): "invoice 'INV/2026/09999' does",
        ("pay", "ALFKI", "abc"): "AMOUNT: 'abc' is not an amount",
        ("stock", "count", "CHAI=-1"): "counted quantity must not be negative",
        ("sales", "create", "ALFKI", "CHAI=1", "--date", "2026-02-30"): "--date: '2026-02-30'",
        ("period", "close", "2026-13"): "'2026-13' is not a month",
        ("product", "add", "CHAI", "Again", "--price", "1", "--cost", "1"): "already exists",
    }
    for args, expected in cases.items():
        message = fails(cli, *args)
        assert expected in message, f"{args}: {message!r}"
        assert message.startswith("error:"), message

    ok(cli, "sales", "create", "ALFKI", "CHAI=5", "--date", "2026-03-01")
    assert "SO00001 is draft; cannot invoice it" in fails(cli, "sales", "invoice", "SO00001")
    assert "is draft; cannot deliver it" in fails(cli, "sales", "deliver", "SO00001")
    ok(cli, "sales", "confirm", "SO00001")
    assert "argument 'CHANG=1': CHANG is not on SO00001" in fails(
        cli, "sales", "deliver", "SO00001", "CHANG=1"
    )
    assert "SO00001 has nothing delivered left to invoice" in fails(
        cli, "sales", "invoice", "SO00001"
    )
    # The same table tells what can be done now, and why not.
    actions = {a["name"]: a for a in js(cli, "sales", "actions", "SO00001")}
    assert [n for n, a in actions.items() if a["allowed"]] == ["deliver", "cancel"]
    assert actions["invoice"]["reason"] == "SO00001 has nothing delivered left to invoice"
    ok(cli, "sales", "cancel", "SO00001")
    assert "is cancelled; cannot confirm it" in fails(cli, "sales", "confirm", "SO00001")
    assert js(cli, "sales", "list", "--state", "draft") == []


def test_commands_refuse_a_database_that_was_never_initialised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    get_settings.cache_clear()
    engine_for.cache_clear()
    try:
        result = CliRunner().invoke(app, ["partner", "list"])
        assert result.exit_code == 2
        assert "smarterp init" in result.stderr
    finally:
        get_settings.cache_clear()
        engine_for.cache_clear()


def test_item_parsing() -> None:
    item = parse_item("CHAI=2.5@17.50%10")
    assert (item.sku, item.quantity, item.price, item.discount) == (
        "CHAI",
        D("2.5"),
        D("17.50"),
        D("0.1"),
    )
    with pytest.raises(InvalidInput, match="a price is not accepted"):
        parse_item("CHAI=1@2", allow_price=False)


def test_installed_console_script_runs_a_flow(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "smarterp"
    if not script.exists():
        pytest.skip(f"console script not installed next to {sys.executable}")
    env = {**os.environ, "SMARTERP_DATABASE_URL": f"sqlite:///{tmp_path / 'sub.db'}"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *args], env=env, capture_output=True, text=True, timeout=120
        )

    assert run("init").returncode == 0
    assert run("partner", "add", "Acme", "--customer").returncode == 0
    listed = run("partner", "list", "--customers", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Acme"]
    bad = run("sales", "show", "SO00001")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: sales order 'SO00001' does not exist"
