"""Documents in another currency in the company's books: their booked value, the exchange
difference realised when they are settled, and the unrealised one at a period's end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.currency import service as currencies
from smarterp.erp.invoicing.models import Invoice, InvoiceState, PaymentAllocation

REVALUATION = "revaluation"


def partner_debit(invoice: Invoice) -> bool:
    """Whether the invoice booked its partner line as a debit (an invoice to a customer, a
    supplier's credit note) rather than a credit."""
    return invoice.kind.is_customer != invoice.kind.is_refund


def partner_account(session: Session, invoice: Invoice) -> int:
    role = "receivable" if invoice.kind.is_customer else "payable"
    return accounting.account_for_role(session, role).id


def foreign(invoice: Invoice, session: Session) -> bool:
    return invoice.currency != currencies.company_currency(session)


def carried(invoice: Invoice, amount: Decimal) -> Decimal:
    """What settling `amount` (document currency) of the invoice releases from its receivable or
    payable in the company currency: at its booked rate, and all that is left when it closes,
    so an invoice settled in parts leaves not a cent behind."""
    if amount >= invoice.amount_residual:
        return invoice.amount_residual_company
    return min(invoice.amount_residual_company, money(amount * invoice.exchange_rate))


def release(
    session: Session, invoice: Invoice, amount: Decimal, amount_company: Decimal, what: str
) -> accounting.Line:
    """The partner line that takes `amount` of the invoice off its receivable or payable: the
    side opposite to the one it was booked on."""
    debit = not partner_debit(invoice)
    foreign_ = invoice.currency != currencies.company_currency(session)
    return accounting.Line(
        partner_account(session, invoice),
        debit=amount_company if debit else ZERO,
        credit=ZERO if debit else amount_company,
        partner_id=invoice.partner_id,
        description=what,
        currency=invoice.currency if foreign_ else None,
        amount_currency=(amount if debit else -amount) if foreign_ else None,
    )


def balance_with_exchange(
    session: Session, lines: list[accounting.Line], what: str, *, unrealised: bool = False
) -> list[accounting.Line]:
    """`lines` with what keeps them from balancing booked as an exchange gain (more credit
    needed) or loss (more debit needed)."""
    gap = sum((ln.debit for ln in lines), ZERO) - sum((ln.credit for ln in lines), ZERO)
    if gap == 0:
        return lines
    prefix = "fx_unrealised_" if unrealised else "fx_"
    if gap > 0:
        account = accounting.account_for_role(session, prefix + "gain").id
        return [*lines, accounting.Line(account, credit=gap, description=what)]
    account = accounting.account_for_role(session, prefix + "loss").id
    return [*lines, accounting.Line(account, debit=-gap, description=what)]


# -- unrealised differences --------------------------------------------------------------------


@dataclass(frozen=True)
class Revalued:
    """One open document in another currency, valued at a date's rate."""

    invoice_id: int
    number: str
    partner_id: int
    kind: str
    currency: str
    open_amount: Decimal  # in the document currency, as of the date
    booked: Decimal  # its value in the company currency as booked
    rate: Decimal  # the rate on the date
    revalued: Decimal  # at that rate
    gain: Decimal  # positive: the company is better off at the date's rate


@dataclass(frozen=True)
class Revaluation:
    on: date
    lines: list[Revalued]
    posted_entry: str | None = None
    reversal_entry: str | None = None

    @property
    def gain(self) -> Decimal:
        return money(sum((r.gain for r in self.lines if r.gain > 0), ZERO))

    @property
    def loss(self) -> Decimal:
        return money(-sum((r.gain for r in self.lines if r.gain < 0), ZERO))


def revaluation(session: Session, on: date) -> Revaluation:
    """Every posted document in another currency open on `on`, valued at that day's rate
    against what it was booked at. Nothing is written."""
    own = currencies.company_currency(session)
    settled = (
        select(
            PaymentAllocation.invoice_id.label("doc_id"),
            func.sum(PaymentAllocation.amount).label("amount"),
            func.sum(PaymentAllocation.amount_company).label("company"),
        )
        .where(PaymentAllocation.date <= on)
        .group_by(PaymentAllocation.invoice_id)
    )
    by_note = (
        select(
            PaymentAllocation.credit_note_id.label("doc_id"),
            func.sum(PaymentAllocation.amount).label("amount"),
            func.sum(PaymentAllocation.credit_note_amount_company).label("company"),
        )
        .where(PaymentAllocation.date <= on, PaymentAllocation.credit_note_id.is_not(None))
        .group_by(PaymentAllocation.credit_note_id)
    )
    paid = {doc: (amt, comp) for doc, amt, comp in session.execute(settled)}
    noted = {doc: (amt, comp) for doc, amt, comp in session.execute(by_note)}
    invoices = session.scalars(
        select(Invoice)
        .where(
            Invoice.currency != own,
            Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
            Invoice.invoice_date <= on,
        )
        .order_by(Invoice.invoice_date, Invoice.id)
    )
    rows: list[Revalued] = []
    for inv in invoices:
        amt_paid, comp_paid = paid.get(inv.id, (0, 0))
        amt_noted, comp_noted = noted.get(inv.id, (0, 0))
        open_amount = money(inv.amount_total - money(amt_paid or 0) - money(amt_noted or 0))
        if open_amount <= 0:
            continue
        booked = money(inv.amount_total_company - money(comp_paid or 0) - money(comp_noted or 0))
        rate = currencies.rate_on(session, inv.currency, on)
        revalued = money(open_amount * rate)
        worth_more = revalued - booked
        rows.append(
            Revalued(
                invoice_id=inv.id,
                number=inv.number or str(inv.id),
                partner_id=inv.partner_id,
                kind=inv.kind.value,
                currency=inv.currency,
                open_amount=open_amount,
                booked=booked,
                rate=rate,
                revalued=revalued,
                # A receivable worth more is a gain; a payable worth more is a loss.
                gain=worth_more if partner_debit(inv) else -worth_more,
            )
        )
    return Revaluation(on=on, lines=rows)


def post_revaluation(session: Session, on: date) -> Revaluation:
    """Book the unrealised differences of `on` and reverse them the next day: the period ending
    on `on` shows them, and the documents settle later at their booked value as before."""
    earlier = session.scalar(
        select(JournalEntry.number).where(
            JournalEntry.source_type == REVALUATION,
            JournalEntry.date == on,
            JournalEntry.reversal_of_id.is_(None),
            JournalEntry.reversed_by_id.is_not(None),
        )
    )
    if earlier is not None:
        raise InvalidInput("date", f"the open items of {on} were revalued already ({earlier})")
    result = revaluation(session, on)
    what = f"Exchange revaluation {on.isoformat()}"
    lines: list[accounting.Line] = []
    for row in result.lines:
        if row.revalued == row.booked:
            continue
        invoice = session.get(Invoice, row.invoice_id)
        assert invoice is not None
        worth_more = row.revalued - row.booked
        up = worth_more > 0
        # The partner line moves the open item's booked value to its value at the date.
        debit = partner_debit(invoice) == up
        amount = abs(worth_more)
        lines.append(
            accounting.Line(
                partner_account(session, invoice),
                debit=amount if debit else ZERO,
                credit=ZERO if debit else amount,
                partner_id=invoice.partner_id,
                description=f"{row.number} at {row.rate}",
                currency=invoice.currency,
                amount_currency=ZERO,
            )
        )
        lines = balance_with_exchange(
            session, lines, f"{row.number} at {row.rate}", unrealised=True
        )
    if not lines:
        return result
    entry = accounting.post(session, "GEN", on, lines, ref=what, source_type=REVALUATION)
    assert entry is not None
    reversal = accounting.reverse_posting(
        session, entry.id, on + timedelta(days=1), reason="unrealised exchange difference undone"
    )
    record_audit(session, "exchange.revalue", entry)
    return Revaluation(on, result.lines, entry.number, reversal.number)
