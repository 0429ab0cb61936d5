"""Tax rates over time: the rate of a tax in force on a day, and changing it from a date on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.bounds import check_date
from smarterp.core.db import session_cache
from smarterp.core.errors import InvalidInput
from smarterp.core.money import PRICE_PLACES, ZERO
from smarterp.erp.accounting.models import Tax, TaxRate, TaxScope
from smarterp.erp.accounting.service import tax_by_code

# The date a tax's first rate is kept from when its rate first changes: "since always".
SINCE_ALWAYS = date(1900, 1, 1)


def rate_on(session: Session, tax: Tax, on: date) -> Decimal:
    """The tax's rate in force on `on`: its latest dated rate on or before it; a tax whose
    rate never changed has its one rate."""
    # Asked for line after line: the dated rate (or that there is none) is remembered for the
    # transaction; the undated rate is read from the tax itself each time.
    cache: dict[tuple[int, date], Decimal | None] = session_cache(session, "tax_rates_on")
    key = (tax.id, on)
    if key not in cache:
        with session.no_autoflush:
            cache[key] = session.scalar(
                select(TaxRate.rate)
                .where(TaxRate.tax_id == tax.id, TaxRate.valid_from <= on)
                .order_by(TaxRate.valid_from.desc())
                .limit(1)
            )
    dated = cache[key]
    return tax.rate if dated is None else dated


def tax_for(
    session: Session, code: str | None, scope: TaxScope, on: date, field: str
) -> tuple[Tax | None, Decimal]:
    """The tax named `code` for a sale or a purchase dated `on`, with its rate that day;
    no code is no tax. A tax of the other side is refused, naming `field`."""
    if not code:
        return None, ZERO
    tax = tax_by_code(session, code)
    if tax.scope != scope:
        raise InvalidInput(field, f"{code} is not a {scope.value} tax")
    return tax, rate_on(session, tax, on)


def set_rate(
    session: Session, code: str, rate: Decimal, valid_from: date, reason: str | None = None
) -> TaxRate:
    """Change a tax's rate from `valid_from` on. Documents posted before keep the rate they
    were taxed at; drafts and later documents dated from then on take the new one."""
    check_date(valid_from, "valid_from")
    if not rate.is_finite() or rate < 0 or rate >= 1:
        raise InvalidInput("rate", f"{rate} is not a fraction from 0 to below 1 (0.13 for 13%)")
    if rate != rate.quantize(PRICE_PLACES):
        raise InvalidInput("rate", f"{rate} has more than 4 decimals")
    tax = tax_by_code(session, code)
    before = snapshot(tax)
    rows = {
        r.valid_from: r for r in session.scalars(select(TaxRate).where(TaxRate.tax_id == tax.id))
    }
    if not rows and valid_from > SINCE_ALWAYS:
        # Keep the rate it had until now for the documents dated before the change.
        session.add(TaxRate(tax_id=tax.id, valid_from=SINCE_ALWAYS, rate=tax.rate))
    row = rows.get(valid_from)
    if row is None:
        row = TaxRate(tax_id=tax.id, valid_from=valid_from, rate=rate)
        session.add(row)
    else:
        row.rate = rate
    session.flush()
    session_cache(session, "tax_rates_on").clear()
    tax.rate = rate_on(session, tax, date.today())
    session_cache(session, "tax_rates_on").clear()
    record_audit(
        session, "tax.rate", tax, before=before, reason=reason or f"{rate} from {valid_from}"
    )
    return row


@dataclass(frozen=True)
class RateChange:
    valid_from: date
    rate: Decimal


def history(session: Session, tax: Tax) -> list[RateChange]:
    """The tax's rates, oldest first; one row for a tax whose rate never changed."""
    rows = session.scalars(
        select(TaxRate).where(TaxRate.tax_id == tax.id).order_by(TaxRate.valid_from)
    ).all()
    if not rows:
        return [RateChange(SINCE_ALWAYS, tax.rate)]
    return [RateChange(r.valid_from, r.rate) for r in rows]


def list_taxes(session: Session) -> list[Tax]:
    return list(session.scalars(select(Tax).order_by(Tax.scope, Tax.code)))
