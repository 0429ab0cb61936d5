"""`smarterp approvals ...` as a user types it: a policy holds a large purchase order, its
requester cannot approve it, a purchasing manager does, and a rejection sends it back."""

from __future__ import annotations

import getpass

from typer.testing import CliRunner

from smarterp.cli.main import app
from tests.e2e.test_cli_flows import cli, fails, js, ok  # noqa: F401 (cli is a fixture)


def _users_and_books(cli: CliRunner) -> None:  # noqa: F811
    for name, role in (
        (getpass.getuser(), "purchasing"),
        ("maria", "purchasing"),
        ("sam", "sales"),
    ):
        result = cli.invoke(
            app,
            ["users", "add", name, "--role", role, "--password-stdin"],
            input="password1\n",
        )
        assert result.exit_code == 0, result.output
    ok(cli, "partner", "add", "Exotic Liquids", "--supplier")
    ok(cli, "product", "add", "CHANG", "Chang", "--price", "19", "--cost", "9.5")


def test_a_large_purchase_waits_for_someone_else_to_approve(cli: CliRunner) -> None:  # noqa: F811
    _users_and_books(cli)
    added = ok(
        cli,
        "approvals",
        "policy",
        "add",
        "Large purchases",
        "--document",
        "purchase_order",
        "--role",
        "purchasing",
        "--amount-over",
        "5000",
    )
    assert "total over 5000.00 -> approved by purchasing" in " ".join(added.stdout.split())
    assert "viewer role cannot decide approvals" in fails(
        cli,
        "approvals",
        "policy",
        "add",
        "x",
        "--document",
        "purchase_order",
        "--role",
        "viewer",
        "--amount-over",
        "1",
    )
    (policy,) = js(cli, "approvals", "policy", "list")["rows"]
    assert policy["amount_over"] == "5000.00" and policy["enabled"] is True
    ok(cli, "purchase", "create", "Exotic Liquids", "CHANG=1000@9.00", "--date", "2026-03-01")
    held = ok(cli, "purchase", "confirm", "PO00001")
    assert "PO00001 not confirmed: waiting for approval by purchasing" in " ".join(
        held.stdout.split()
    )
    assert "waiting for approval by purchasing; cannot confirm it" in fails(
        cli, "purchase", "confirm", "PO00001"
    )
    (request,) = js(cli, "approvals", "list")["rows"]
    assert (request["document_number"], request["amount"]) == ("PO00001", "9000.00")
    assert request["requested_by"] == getpass.getuser()
    assert "asked for this approval and cannot decide it" in fails(
        cli, "approvals", "approve", str(request["id"])
    )
    assert "needs someone in the purchasing role; sam is sales" in fails(
        cli, "approvals", "approve", str(request["id"]), "--user", "sam"
    )
    approved = js(
        cli, "approvals", "approve", str(request["id"]), "--user", "maria", "--comment", "ok"
    )
    assert (approved["state"], approved["decided_by"]) == ("approved", "maria")
    assert js(cli, "purchase", "confirm", "PO00001")["state"] == "confirmed"
    assert js(cli, "approvals", "policy", "disable", str(policy["id"]))["enabled"] is False
    ok(cli, "purchase", "create", "Exotic Liquids", "CHANG=2000@9.00", "--date", "2026-03-02")
    assert js(cli, "purchase", "confirm", "PO00002")["state"] == "confirmed"
    assert "approval policy 99 does not exist" in fails(cli, "approvals", "policy", "enable", "99")


def test_a_rejection_sends_the_order_back_with_the_comment(cli: CliRunner) -> None:  # noqa: F811
    _users_and_books(cli)
    ok(
        cli,
        "approvals",
        "policy",
        "add",
        "Large purchases",
        "--document",
        "purchase_order",
        "--role",
        "purchasing",
        "--amount-over",
        "5000",
    )
    ok(cli, "purchase", "create", "Exotic Liquids", "CHANG=700@9.00", "--date", "2026-03-01")
    ok(cli, "purchase", "confirm", "PO00001")
    assert "Missing option '--comment'" in fails(cli, "approvals", "reject", "1", "--user", "maria")
    ok(cli, "approvals", "reject", "1", "--user", "maria", "--comment", "Split it")
    assert js(cli, "approvals", "list")["rows"] == []
    (rejected,) = js(cli, "approvals", "list", "--state", "rejected")["rows"]
    assert rejected["comment"] == "Split it"
    actions = {a["name"]: a for a in js(cli, "purchase", "actions", "PO00001")}
    assert actions["edit"]["allowed"] and actions["confirm"]["allowed"]
    assert "'soon' is not pending, approved, rejected or all" in fails(
        cli, "approvals", "list", "--state", "soon"
    )
