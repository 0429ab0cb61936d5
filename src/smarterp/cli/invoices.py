"""`smarterp invoice`: show an invoice or bill, post a draft, cancel one, and what can be done
to it now; each action taken through the invoice's action table, as the API and web do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import typer
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    JSON_OPT,
    dump,
    friendly_errors,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.erp.invoicing import queries
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.invoicing.schemas import InvoiceOut

app = typer.Typer(help="Invoices and bills: show, post, cancel.", no_args_is_help=True)

KEY = typer.Argument(..., help="Number (INV/2026/00001), or #ID for a draft, which has none.")


def find_invoice(session: Session, key: str) -> Invoice:
    """By number; a draft has no number yet, so `#12` (or `12`) names it by id."""
    return queries.invoice_by_key(session, key)


def _name(out: dict[str, Any]) -> str:
    return str(out["number"] or f"#{out['id']}")


def _take(key: str, action: str, why: str | None, as_json: bool) -> None:
    run = invoicing.ACTIONS[action].run
    assert run is not None  # post and cancel need no more than the invoice
    with transaction() as session:
        invoice = find_invoice(session, key)
        # The command line runs as the machine's user, with every permission.
        run(session, invoice.id, date.today(), why)
        session.flush()
        session.refresh(invoice)  # amounts as stored, at their scale
        out = dump(InvoiceOut, invoice)
    if as_json:
        print_json(out)
    else:
        say(
            f"{out['kind']} {_name(out)} {out['state']}: total {out['amount_total']} "
            f"{out['currency']}"
        )


@app.command("post")
@friendly_errors
def invoice_post(key: str = KEY, as_json: bool = JSON_OPT) -> None:
    """Number a draft and book it, each line taxed at the rate in force now."""
    _take(key, "post", None, as_json)


@app.command("cancel")
@friendly_errors
def invoice_cancel(
    key: str = KEY, reason: str | None = typer.Option(None, "--reason"), as_json: bool = JSON_OPT
) -> None:
    """Cancel a draft, or a posted invoice or bill nothing was paid on (its entry is reversed
    and its order has those quantities to bill again)."""
    _take(key, "cancel", reason, as_json)


@app.command("actions")
@friendly_errors
def invoice_actions(key: str = KEY, as_json: bool = JSON_OPT) -> None:
    """What can be done to the invoice now, and why not."""
    with transaction() as session:
        invoice = find_invoice(session, key)
        name = invoice.number or f"#{invoice.id}"
        rows = [a.model_dump() for a in invoicing.ACTIONS.listing(session, invoice, None)]
    if as_json:
        print_json(rows)
        return
    print_table(
        f"invoice {name}: what can be done now",
        ["Action", "Allowed", "Permission", "Why not"],
        [[r["name"], "yes" if r["allowed"] else "no", r["permission"], r["reason"]] for r in rows],
    )


@app.command("show")
@friendly_errors
def invoice_show(key: str = KEY, as_json: bool = JSON_OPT) -> None:
    """Show one invoice or bill with its lines and the tax each was posted at."""
    with transaction() as session:
        out = dump(InvoiceOut, find_invoice(session, key))
    if as_json:
        print_json(out)
        return
    print_table(
        f"{out['kind']} {_name(out)} ({out['state']}, {out['invoice_date']})",
        ["Description", "Quantity", "Price", "Tax", "Rate", "Amount", "Tax amount"],
        [
            [
                ln["description"],
                ln["quantity"],
                ln["unit_price"],
                ln["tax_code"],
                ln["tax_rate"],
                ln["subtotal"],
                ln["tax_amount"],
            ]
            for ln in out["lines"]
        ],
    )
    say(
        f"untaxed {out['amount_untaxed']}  tax {out['amount_tax']}  total {out['amount_total']}"
        f"  open {out['amount_residual']}  ({out['currency']})"
    )
    if Decimal(out["exchange_rate"]) != 1:
        say(
            f"booked at {out['exchange_rate']}: total {out['amount_total_company']}, "
            f"open {out['amount_residual_company']} in the company currency"
        )
