"""`smarterp alerts` as a user types it: a bill entered twice refused at entry unless meant, a
near duplicate posted with a warning, a round manual entry, the scan's JSON shape, and a
dismissed alert that stays quiet."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.e2e.test_cli_flows import _master_data, cli, fails, js, ok

__all__ = ["cli"]  # the fixture, used by name


def _received(cli: CliRunner, number: str, day: str) -> None:
    js(cli, "purchase", "create", "Exotic Liquids", "CHANG=20@9.00", "--date", day)
    ok(cli, "purchase", "confirm", number)
    ok(cli, "purchase", "receive", number, "--date", day)


def test_duplicate_bills_round_entries_and_the_scan(cli: CliRunner, tmp_path: Path) -> None:
    _master_data(cli)
    for n in (1, 2, 3):
        _received(cli, f"PO0000{n}", "2026-03-02")
    first = js(
        cli, "purchase", "bill", "PO00001", "--date", "2026-03-04", "--supplier-ref", "EX-77"
    )
    refused = fails(
        cli, "purchase", "bill", "PO00002", "--date", "2026-03-05", "--supplier-ref", "EX-77"
    )
    assert f"supplier reference EX-77 is already on {first['bill']}" in refused
    assert "allow_duplicate" in refused
    meant = js(
        cli, "purchase", "bill", "PO00002", "--date", "2026-03-05",
        "--supplier-ref", "EX-77", "--allow-duplicate",
    )  # fmt: skip
    assert meant["warnings"] == [
        f"possible duplicate: supplier reference EX-77 is already on {first['bill']} of "
        "2026-03-04 (180.00)"
    ]
    # The same amount two days later under another reference posts, with a warning.
    near = ok(cli, "purchase", "bill", "PO00003", "--date", "2026-03-06", "--supplier-ref", "EX-80")
    assert "warning: possible duplicate: the same supplier and amount as" in " ".join(
        near.stderr.split()
    )
    entry = tmp_path / "plug.json"
    entry.write_text(
        json.dumps(
            {
                "date": "2026-03-06",
                "ref": "year-end adjustment",
                "lines": [
                    {"account_code": "6900", "debit": "25000.00"},
                    {"account_code": "2200", "credit": "25000.00"},
                ],
            }
        )
    )
    posted = js(cli, "journal", "post", "--file", str(entry))

    alerts = js(cli, "alerts", "scan")
    assert all(
        set(a) == {"id", "kind", "severity", "records", "summary", "evidence", "state"}
        for a in alerts
    )
    by_kind: dict[str, list[dict[str, object]]] = {}
    for a in alerts:
        by_kind.setdefault(str(a["kind"]), []).append(a)
    duplicates = {a["records"][0]: a for a in by_kind["duplicate_bill"]}
    assert meant["bill"] in duplicates
    assert duplicates[meant["bill"]]["severity"] == "high"
    assert duplicates[meant["bill"]]["evidence"]["reason"] == "same_reference"
    assert len(duplicates) == 2
    [plug] = by_kind["round_amount_entry"]
    assert plug["records"] == [posted["number"]] and plug["state"] == "new"

    gone = js(cli, "alerts", "dismiss", str(plug["id"]), "--note", "agreed with the auditor")
    assert gone["state"] == "dismissed"
    assert "round_amount_entry" not in {a["kind"] for a in js(cli, "alerts", "scan")}
    assert "dismissed; cannot dismiss" in fails(cli, "alerts", "dismiss", str(plug["id"]))
    listed = js(cli, "alerts", "list", "--state", "dismissed")
    assert [a["id"] for a in listed] == [plug["id"]]
    assert "'nonsense' is not one of" in fails(cli, "alerts", "scan", "--kind", "nonsense")
