"""`smarterp invoice` as a user types it: a draft invoice posted, what can be done to it and
why not, a cancel refused once it is partly paid, and a cancelled invoice billed again."""

from __future__ import annotations

from decimal import Decimal as D

from typer.testing import CliRunner

from tests.e2e.test_cli_flows import _master_data, cli, fails, js, ok

__all__ = ["cli"]  # the fixture, used by name


def test_post_a_draft_and_cancel_refused_once_partly_paid(cli: CliRunner) -> None:
    _master_data(cli)
    ok(cli, "sales", "create", "ALFKI", "CHAI=5", "--date", "2026-03-01", "--shipping", "10")
    ok(cli, "sales", "confirm", "SO00001")
    ok(cli, "sales", "deliver", "SO00001", "--date", "2026-03-02")
    made = js(cli, "sales", "invoice", "SO00001", "--date", "2026-03-02", "--draft")
    assert made["invoice"] == "#1" and D(made["invoice_total"]) == D("111.70")  # 90+11.70+10

    actions = {a["name"]: a for a in js(cli, "invoice", "actions", "#1")}
    assert [n for n, a in actions.items() if a["allowed"]] == ["post", "cancel"]
    assert actions["pay"]["reason"] == "invoice 1 is draft; cannot settle it"
    posted = js(cli, "invoice", "post", "#1")
    assert posted["state"] == "posted" and posted["number"] == "INV/2026/00001"
    assert [ln["tax_code"] for ln in posted["lines"]] == ["VAT13", None]
    assert "invoice INV/2026/00001 is posted; cannot post it" in fails(
        cli, "invoice", "post", "INV/2026/00001"
    )
    shown = ok(cli, "invoice", "show", "INV/2026/00001").stdout
    assert "VAT13" in shown and "0.1300" in shown and "open 111.70" in shown

    ok(cli, "pay", "ALFKI", "50", "--date", "2026-03-05")
    refused = fails(cli, "invoice", "cancel", "INV/2026/00001", "--reason", "typo")
    assert refused == (
        "error: invoice INV/2026/00001 is partly paid; cannot cancel it; "
        "refund it with a credit note instead"
    )
    table = ok(cli, "invoice", "actions", "INV/2026/00001").stdout
    assert "partly paid" in " ".join(table.split())
    assert "invoice 'INV/2099/1' does not exist" in fails(cli, "invoice", "show", "INV/2099/1")


def test_a_cancelled_invoice_is_billed_again_with_its_shipping(cli: CliRunner) -> None:
    _master_data(cli)
    ok(cli, "sales", "create", "ALFKI", "CHAI=5", "--date", "2026-03-01", "--shipping", "10")
    ok(cli, "sales", "confirm", "SO00001")
    ok(cli, "sales", "deliver", "SO00001", "--date", "2026-03-02")
    assert js(cli, "sales", "invoice", "SO00001", "--date", "2026-03-02")["state"] == "done"
    gone = js(cli, "invoice", "cancel", "INV/2026/00001", "--reason", "wrong price")
    assert gone["state"] == "cancelled" and gone["amount_residual"] == "0.00"
    assert js(cli, "sales", "show", "SO00001")["state"] == "confirmed"
    again = js(cli, "sales", "invoice", "SO00001", "--date", "2026-03-03")
    assert again["invoice"] == "INV/2026/00002" and D(again["invoice_total"]) == D("111.70")
    assert again["state"] == "done"
