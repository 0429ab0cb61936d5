"""`smarterp stock` with several warehouses as a user types it: add a warehouse and a shelf,
move stock within and between warehouses, sell from the second one, report per location."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for
from smarterp.core.settings import get_settings


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", f"sqlite:///{tmp_path / 'wh.db'}")
    get_settings.cache_clear()
    engine_for.cache_clear()
    runner = CliRunner()
    for args in (
        ["init", "--company", "Depot Trading"],
        ["product", "add", "CHAI", "Chai", "--price", "18", "--cost", "4"],
        ["stock", "opening", "CHAI", "10", "--cost", "4", "--date", "2026-03-01"],
        ["partner", "add", "Alfreds", "--customer", "--ref", "ALFKI"],
    ):
        done = runner.invoke(app, args)
        assert done.exit_code == 0, (args, done.output)
    yield runner
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def run(cli: CliRunner, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_warehouses_transfers_and_stock_by_location(cli: CliRunner) -> None:
    made = run(cli, "stock", "warehouse-add", "EAST", "East depot")
    assert [loc["code"] for loc in made["locations"]] == ["EAST/Stock"]
    run(cli, "stock", "location-add", "WH", "WH/Shelf", "Shelf")
    listed = run(cli, "stock", "warehouses")
    assert [(w["code"], w["is_default"]) for w in listed] == [("WH", True), ("EAST", False)]

    inside = run(cli, "stock", "transfer", "WH", "WH/Shelf", "CHAI=2", "--date", "2026-03-02")
    assert (inside["state"], inside["two_step"]) == ("done", False)
    out = run(cli, "stock", "transfer", "WH", "EAST", "CHAI=5", "--date", "2026-03-02")
    assert (out["state"], out["two_step"]) == ("in_transit", True)
    got = run(cli, "stock", "receive", out["number"], "--date", "2026-03-03")
    assert got["state"] == "done"

    short = cli.invoke(app, ["stock", "transfer", "WH", "EAST", "CHAI=4"])
    assert short.exit_code == 1
    assert "CHAI: 4.000 needed, 3.000 available" in " ".join(short.stderr.split())
    assert "Traceback" not in short.output
    nowhere = cli.invoke(app, ["stock", "transfer", "WH", "MOON", "CHAI=1"])
    assert nowhere.exit_code == 1
    assert "no location or warehouse 'MOON'" in " ".join(nowhere.stderr.split())

    so = run(
        cli, "sales", "create", "ALFKI", "CHAI=4", "--warehouse", "EAST", "--date", "2026-03-03"
    )
    run(cli, "sales", "confirm", so["number"])
    report = run(cli, "stock", "by-location")
    rows = {r["location"]: (r["on_hand"], r["reserved"]) for r in report["rows"]}
    assert rows == {
        "WH/Stock": ("3.000", "0.000"),
        "WH/Shelf": ("2.000", "0.000"),
        "EAST/Stock": ("5.000", "4.000"),
    }
    assert report["total_value"] == "40.00"
    east = run(cli, "stock", "by-location", "--warehouse", "east")
    assert east["warehouse"] == "EAST" and len(east["rows"]) == 1
    table = cli.invoke(app, ["stock", "by-location"])
    assert table.exit_code == 0 and "EAST/Stock" in table.stdout and "total: 40.00" in table.stdout

    # `report stock` per product: in one warehouse, or across all of them.
    levels = run(cli, "report", "stock", "--warehouse", "EAST")["rows"]
    assert [(r["sku"], r["on_hand"], r["reserved"]) for r in levels] == [("CHAI", "5.000", "4.000")]
    whole = run(cli, "report", "stock", "--search", "cha")["rows"]
    assert [(r["sku"], r["on_hand"], r["available"]) for r in whole] == [
        ("CHAI", "10.000", "6.000")
    ]
    assert run(cli, "report", "stock", "--search", "ikura")["rows"] == []
    moon = cli.invoke(app, ["report", "stock", "--warehouse", "MOON"])
    said = " ".join(moon.stderr.split())
    assert moon.exit_code == 1 and "--warehouse: no warehouse 'MOON'; known: WH, EAST" in said
    assert (
        moon.exit_code == 1
        and "--warehouse" in moon.stderr
        and "no warehouse 'MOON'" in moon.stderr
    )
