"""Editing from the command line: revising a draft quotation and an RFQ (`smarterp sales revise`,
`smarterp purchase revise`): the lines become those given, through the same use-cases as
the web and the API, and a confirmed order is refused with its action table's reason;
changing a partner and adding its delivery address (`smarterp partner set`, `contact`)."""

from __future__ import annotations

from decimal import Decimal

from typer.testing import CliRunner

from tests.e2e.test_cli_flows import _master_data, cli, fails, js

D = Decimal
__all__ = ["cli"]  # the fixture, shared with the flows' tests


def test_revise_a_quotation_then_refuse_once_confirmed(cli: CliRunner) -> None:
    _master_data(cli)
    js(cli, "sales", "create", "ALFKI", "CHAI=10@17%5", "--date", "2026-03-01")
    # CHAI keeps its line, price and discount with a new quantity; CHANG is added.
    order = js(cli, "sales", "revise", "SO00001", "CHAI=12", "CHANG=3")
    assert order["state"] == "draft"
    lines = [(ln["sku"], D(ln["quantity"]), D(ln["unit_price"])) for ln in order["lines"]]
    assert lines == [("CHAI", 12, D(17)), ("CHANG", 3, D(19))]
    assert D(order["amount_untaxed"]) == D("250.80")  # 12 x 17 x 0.95 + 3 x 19
    # Leaving CHAI out removes its line.
    order = js(cli, "sales", "revise", "SO00001", "CHANG=4@18.5")
    assert [(ln["sku"], D(ln["quantity"])) for ln in order["lines"]] == [("CHANG", 4)]
    js(cli, "sales", "confirm", "SO00001")
    said = fails(cli, "sales", "revise", "SO00001", "CHANG=5")
    assert "sales order SO00001 is confirmed; cannot change it" in said


def test_revise_an_rfq(cli: CliRunner) -> None:
    _master_data(cli)
    js(cli, "purchase", "create", "Exotic Liquids", "CHAI=50@9", "--date", "2026-03-01")
    order = js(cli, "purchase", "revise", "PO00001", "CHAI=80", "CHANG=20@8")
    assert [(ln["sku"], D(ln["quantity"]), D(ln["unit_price"])) for ln in order["lines"]] == [
        ("CHAI", 80, D(9)),
        ("CHANG", 20, D(8)),
    ]


def test_change_a_partner_and_add_its_delivery_address(cli: CliRunner) -> None:
    _master_data(cli)
    changed = js(cli, "partner", "set", "ALFKI", "--city", "Berlin", "--email", "")
    assert (changed["city"], changed["email"], changed["version"]) == ("Berlin", None, 2)
    added = js(
        cli, "partner", "contact", "ALFKI", "Alfreds warehouse", "--type", "delivery",
        "--street", "Obere Str. 57", "--city", "Berlin",
    )  # fmt: skip
    assert (added["address_type"], added["is_customer"]) == ("delivery", False)
    said = fails(cli, "partner", "contact", "ALFKI", "Someone", "--type", "home")
    assert "address_type" in said
    assert "email" in fails(cli, "partner", "set", "ALFKI", "--email", "not-an-email")
