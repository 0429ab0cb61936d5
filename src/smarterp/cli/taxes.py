"""`smarterp tax`: the taxes with their rates over time, and changing a rate from a date on."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import typer

from smarterp.cli.common import (
    JSON_OPT,
    friendly_errors,
    parse_date,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.erp.accounting import taxes

app = typer.Typer(help="Taxes and their rates over time.", no_args_is_help=True)


def _percent(rate: Any) -> str:
    return f"{(rate * 100).normalize():f}%"


@app.command("list")
@friendly_errors
def tax_list(as_json: bool = JSON_OPT) -> None:
    """Every tax with its rate today and the dates its rate changed."""
    with transaction() as session:
        rows: list[dict[str, Any]] = [
            {
                "code": t.code,
                "name": t.name,
                "scope": t.scope.value,
                "rate": str(t.rate),
                "history": [
                    {"valid_from": str(h.valid_from), "rate": str(h.rate)}
                    for h in taxes.history(session, t)
                ],
            }
            for t in taxes.list_taxes(session)
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Taxes",
        ["Code", "Name", "Scope", "Rate", "Changes"],
        [
            [
                r["code"],
                r["name"],
                r["scope"],
                _percent(Decimal(r["rate"])),
                ", ".join(
                    f"{_percent(Decimal(h['rate']))} from {h['valid_from']}"
                    for h in r["history"]
                    if h["valid_from"] != str(taxes.SINCE_ALWAYS)
                ),
            ]
            for r in rows
        ],
    )


@app.command("rate")
@friendly_errors
def tax_rate(
    code: str = typer.Argument(..., help="Tax code, e.g. VAT13"),
    rate: str = typer.Argument(..., help="A fraction: 0.13 for 13%"),
    valid_from: str = typer.Option(..., "--from", help="YYYY-MM-DD the new rate applies from"),
    reason: str | None = typer.Option(None, "--reason"),
    as_json: bool = JSON_OPT,
) -> None:
    """Change a tax's rate from a date on. Posted documents keep the rate they were taxed at;
    drafts and documents dated from then on take the new one."""
    value = parse_number("RATE", "rate", rate)
    day = parse_date(valid_from, "--from")
    with transaction() as session:
        row = taxes.set_rate(session, code, value, day, reason)
        tax = taxes.tax_by_code(session, code)
        out = {
            "code": tax.code,
            "valid_from": str(row.valid_from),
            "rate": str(row.rate),
            "rate_today": str(tax.rate),
        }
    if as_json:
        print_json(out)
    else:
        say(
            f"{out['code']}: {_percent(row.rate)} from {out['valid_from']} "
            f"(today {_percent(tax.rate)})"
        )
