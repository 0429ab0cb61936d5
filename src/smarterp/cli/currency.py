"""`smarterp currency`: currencies, their exchange rates by date, and month-end revaluation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import typer

from smarterp.cli.common import (
    JSON_OPT,
    friendly_errors,
    parse_date,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.erp.currency import service as currencies
from smarterp.erp.invoicing import exchange

app = typer.Typer(help="Currencies, exchange rates and revaluation.", no_args_is_help=True)


def _rate(value: Decimal) -> str:
    """8 decimals are kept; 1.1 reads better than 1.10000000."""
    return f"{value.normalize():f}"


@app.command("list")
@friendly_errors
def currency_list(as_json: bool = JSON_OPT) -> None:
    """The currencies of these books with their latest rate."""
    with transaction() as session:
        own = currencies.company_currency(session)
        latest: dict[str, Any] = {}
        for rate in currencies.list_rates(session):
            latest.setdefault(rate.currency, rate)
        rows = [
            {
                "code": c.code,
                "name": c.name,
                "symbol": c.symbol,
                "company_currency": c.code == own,
                "rate": "1"
                if c.code == own
                else (_rate(latest[c.code].rate) if c.code in latest else None),
                "since": str(latest[c.code].date) if c.code in latest else None,
            }
            for c in currencies.list_currencies(session)
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        f"Currencies (rates in {own})",
        ["Code", "Name", "Rate", "Since"],
        [[r["code"], r["name"], r["rate"] or "no rate yet", r["since"]] for r in rows],
    )


@app.command("add")
@friendly_errors
def currency_add(
    code: str = typer.Argument(..., help="ISO 4217 code, e.g. EUR"),
    name: str | None = typer.Option(None, "--name", help="Needed for codes it does not know."),
    symbol: str | None = typer.Option(None, "--symbol"),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a currency (well-known codes are also added on their first rate)."""
    with transaction() as session:
        c = currencies.add_currency(session, code, name, symbol)
        out = {"code": c.code, "name": c.name, "symbol": c.symbol}
    if as_json:
        print_json(out)
    else:
        say(f"currency {out['code']} {out['name']}")


@app.command("rate")
@friendly_errors
def currency_rate(
    code: str = typer.Argument(..., help="ISO 4217 code, e.g. EUR"),
    rate: str = typer.Argument(..., help="Company currency per one unit, e.g. 1.0825"),
    on: str | None = typer.Option(None, "--date", help="YYYY-MM-DD (default today)"),
    as_json: bool = JSON_OPT,
) -> None:
    """Enter the rate of a currency from a date on (replaces that day's rate)."""
    with transaction() as session:
        row = currencies.set_rate(session, code, parse_date(on), rate)
        own = currencies.company_currency(session)
        out = {"currency": row.currency, "date": str(row.date), "rate": _rate(row.rate), "in": own}
    if as_json:
        print_json(out)
    else:
        say(f"1 {out['currency']} = {out['rate']} {own} from {out['date']}")


@app.command("rates")
@friendly_errors
def currency_rates(
    code: str | None = typer.Argument(None, help="Only this currency"),
    date_from: str | None = typer.Option(None, "--from"),
    date_to: str | None = typer.Option(None, "--to"),
    as_json: bool = JSON_OPT,
) -> None:
    """The rates entered, newest first."""
    with transaction() as session:
        rows = [
            {"currency": r.currency, "date": str(r.date), "rate": _rate(r.rate), "source": r.source}
            for r in currencies.list_rates(
                session,
                code,
                parse_date(date_from, "--from") if date_from else None,
                parse_date(date_to, "--to") if date_to else None,
            )
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Exchange rates",
        ["Currency", "Date", "Rate", "Source"],
        [[r["currency"], r["date"], r["rate"], r["source"]] for r in rows],
    )


@app.command("import-rates")
@friendly_errors
def currency_import_rates(
    path: Path = typer.Argument(..., help="CSV with the columns date,currency,rate"),
    as_json: bool = JSON_OPT,
) -> None:
    """Import rates from a CSV file; one bad row refuses the whole file, naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput("path", f"{path} does not exist") from None
    except UnicodeDecodeError:
        raise InvalidInput("path", f"{path} is not UTF-8 text") from None
    with transaction() as session:
        done = currencies.import_rates_csv(session, text, source=path.name[:120])
    out = {"added": done.added, "replaced": done.replaced, "currencies": done.currencies}
    if as_json:
        print_json(out)
    else:
        say(
            f"{done.added} rates added, {done.replaced} replaced "
            f"({', '.join(done.currencies)}) from {path.name}"
        )


def _revaluation_out(result: exchange.Revaluation) -> dict[str, Any]:
    return {
        "date": str(result.on),
        "gain": str(result.gain),
        "loss": str(result.loss),
        "posted_entry": result.posted_entry,
        "reversal_entry": result.reversal_entry,
        "lines": [
            {
                "number": r.number,
                "kind": r.kind,
                "currency": r.currency,
                "open": str(r.open_amount),
                "booked": str(r.booked),
                "rate": _rate(r.rate),
                "revalued": str(r.revalued),
                "gain": str(r.gain),
            }
            for r in result.lines
        ],
    }


@app.command("revalue")
@friendly_errors
def currency_revalue(
    on: str | None = typer.Option(None, "--date", help="Usually a month end (default today)"),
    post: bool = typer.Option(False, "--post", help="Book it (reversed the next day)."),
    as_json: bool = JSON_OPT,
) -> None:
    """Value open invoices and bills in other currencies at a date's rate: the unrealised
    exchange gain or loss. Without --post it only shows it."""
    day = parse_date(on)
    with transaction() as session:
        result = (
            exchange.post_revaluation(session, day) if post else exchange.revaluation(session, day)
        )
        out = _revaluation_out(result)
    if as_json:
        print_json(out)
        return
    print_table(
        f"Open items in other currencies on {out['date']}",
        ["Number", "Currency", "Open", "Booked", "Rate", "Revalued", "Gain"],
        [
            [
                r["number"],
                r["currency"],
                r["open"],
                r["booked"],
                r["rate"],
                r["revalued"],
                r["gain"],
            ]
            for r in out["lines"]
        ],
    )
    say(f"unrealised gain {out['gain']}, loss {out['loss']}")
    if out["posted_entry"]:
        say(f"booked as {out['posted_entry']}, reversed on the next day by {out['reversal_entry']}")
    elif post:
        say("nothing to book")
