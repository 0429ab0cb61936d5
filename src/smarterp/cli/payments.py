"""`smarterp pay`: payments from customers and to suppliers, settled against their invoices."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    DATE_OPT,
    JSON_OPT,
    dump,
    friendly_errors,
    parse_date,
    print_json,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn, PaymentOut
from smarterp.erp.partners.queries import find_partner


def parse_amount(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(what, f"{text!r} is not an amount") from None
    if not value.is_finite() or value <= 0:
        raise InvalidInput(what, f"must be more than zero, not {text}")
    return value


def invoice_by_number(session: Session, number: str) -> Invoice:
    inv = session.execute(select(Invoice).where(Invoice.number == number)).scalar_one_or_none()
    if inv is None:
        raise NotFound("invoice", number)
    return inv


def pay(
    partner: str = typer.Argument(..., help="Partner ref, id or exact name."),
    amount: str = typer.Argument(..., help="Amount paid."),
    supplier: bool = typer.Option(False, "--supplier", help="We pay a supplier (money out)."),
    on: str | None = DATE_OPT,
    method: str = typer.Option("bank", "--method", help="bank or cash."),
    invoices: list[str] | None = typer.Option(
        None, "--invoice", help="Invoice number to settle (repeatable); oldest first if omitted."
    ),
    reference: str | None = typer.Option(None, "--reference"),
    currency: str | None = typer.Option(
        None, "--currency", help="ISO code; default the partner's currency, else the company's."
    ),
    rate: str | None = typer.Option(
        None, "--rate", help="Company currency per unit as the bank converted (default: the day's)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Record a payment from a customer (or, with --supplier, to a supplier)."""
    friendly_errors(_pay)(
        partner, amount, supplier, on, method, invoices, reference, as_json, currency, rate
    )


def _pay(
    partner: str,
    amount: str,
    supplier: bool,
    on: str | None,
    method: str,
    invoices: list[str] | None,
    reference: str | None,
    as_json: bool,
    currency: str | None = None,
    rate: str | None = None,
) -> None:
    value = parse_amount(amount, "AMOUNT")
    bank_rate = parse_amount(rate, "--rate") if rate is not None else None
    day = parse_date(on)
    if method not in ("bank", "cash"):
        raise InvalidInput("--method", f"{method!r} is not bank or cash")
    role = "supplier" if supplier else "customer"
    with transaction() as session:
        who = find_partner(session, partner, role)
        ids = [invoice_by_number(session, n).id for n in invoices] if invoices else None
        payment = invoicing.register_payment(
            session,
            PaymentIn(
                partner_id=who.id,
                partner_role=role,
                direction=PaymentDirection.OUTBOUND if supplier else PaymentDirection.INBOUND,
                amount=value,
                date=day,
                method=method,
                reference=reference,
                invoice_ids=ids,
                currency=currency,
                exchange_rate=bank_rate,
            ),
        )
        session.flush()
        out = dump(PaymentOut, payment)
        out["partner"] = who.name
        out["settled"] = [
            {
                "invoice": session.get(Invoice, a.invoice_id).number,  # type: ignore[union-attr]
                "amount": str(a.amount),
                "exchange_difference": str(a.exchange_difference),
            }
            for a in payment.allocations
        ]
    if as_json:
        print_json(out)
        return
    say(f"payment {out['number']}: {out['amount']} {out['currency']} {out['direction']} {who.name}")
    for s in out["settled"]:
        gain = Decimal(s["exchange_difference"])
        fx = f" (exchange {'gain' if gain > 0 else 'loss'} {abs(gain)})" if gain else ""
        say(f"  settled {s['invoice']}: {s['amount']}{fx}")
    if Decimal(out["unallocated"]) > 0:
        say(f"  unallocated: {out['unallocated']}")
