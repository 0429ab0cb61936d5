"""The VAT return of a period: output and input tax by tax code and the rate each line was
posted at, from posted documents, tied to the movements of the VAT accounts in the ledger."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import money
from smarterp.erp.accounting.models import Account, JournalEntry, JournalLine, Tax, TaxScope
from smarterp.erp.accounting.reports import ZERO, account_movements
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceLine, InvoiceState

UNTAXED: tuple[str, str | None] = ("No tax (exempt or out of scope)", "免税或不征税")
# Accounts a VAT return ties to even when no tax posts to them (yet).
VAT_ROLES = ("vat_out", "vat_in")


class TaxRow(BaseModel):
    code: str | None  # None: the lines that carry no tax code
    name: str
    name_zh: str | None
    rate: Decimal | None
    base: Decimal  # net amount of the lines, credit notes subtracted
    tax: Decimal


class TaxSide(BaseModel):
    rows: list[TaxRow]
    base: Decimal
    tax: Decimal


class VatAccount(BaseModel):
    code: str
    name: str
    name_zh: str | None
    debit: Decimal
    credit: Decimal
    ledger: Decimal  # the period's movement, in the account's normal direction
    documents: Decimal  # what the report's documents posted there, in the same direction
    difference: Decimal  # ledger minus documents


class OtherPosting(BaseModel):
    entry_id: int
    date: date
    entry: str | None
    ref: str | None
    account: str
    debit: Decimal
    credit: Decimal


class TaxReport(BaseModel):
    date_from: date | None
    date_to: date | None
    output: TaxSide  # customer invoices less customer credit notes
    input: TaxSide  # supplier bills less supplier credit notes
    net_payable: Decimal  # output tax minus input tax; negative is a credit to carry forward
    accounts: list[VatAccount]
    ledger_net_payable: Decimal  # credits minus debits on the VAT accounts
    difference: Decimal  # ledger_net_payable minus net_payable
    ties: bool  # every VAT account moved exactly by what the documents posted
    other_postings: list[OtherPosting]  # VAT account lines not posted by an invoice


# One row of a side: a tax at one rate (a tax whose rate changed in the period has a row for
# each rate its lines were posted at), or (None, None, None) for the untaxed lines.
RateKey = tuple[int | None, str | None, Decimal | None]


def _document_sums(
    session: Session, date_from: date | None, date_to: date | None
) -> list[tuple[InvoiceKind, RateKey, Decimal, Decimal]]:
    """Net amount and tax of posted documents per kind, tax and the rate each line was posted
    at, summed by the database."""
    stmt = (
        select(
            Invoice.kind,
            InvoiceLine.tax_id,
            InvoiceLine.tax_code,
            InvoiceLine.tax_rate,
            # In the company currency, as the ledger booked them.
            func.coalesce(func.sum(InvoiceLine.subtotal_company), 0),
            func.coalesce(func.sum(InvoiceLine.tax_amount_company), 0),
        )
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .where(Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]))
        .group_by(Invoice.kind, InvoiceLine.tax_id, InvoiceLine.tax_code, InvoiceLine.tax_rate)
    )
    if date_from is not None:
        stmt = stmt.where(Invoice.invoice_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Invoice.invoice_date <= date_to)
    return [
        (kind, (tax_id, code, rate), money(b), money(t))
        for kind, tax_id, code, rate, b, t in session.execute(stmt)
    ]


def _side(scope: TaxScope, taxes: dict[int, Tax], sums: dict[RateKey, list[Decimal]]) -> TaxSide:
    """A row per tax and rate the period's lines were posted at, and one for every active tax
    of the scope at its rate today even if unused; highest rate first, then the untaxed lines."""
    keys = {key for key in sums if key[0] is not None}
    for t in taxes.values():
        if t.scope == scope and t.active and not any(k[0] == t.id for k in keys):
            keys.add((t.id, t.code, t.rate))
    ordered = sorted(keys, key=lambda k: (-(k[2] or ZERO), k[1] or "", k[0] or 0))
    rows = []
    for key in [*ordered, (None, None, None)]:
        tax_id, code, rate = key
        base, tax = sums.get(key, (ZERO, ZERO))
        name, name_zh = UNTAXED if tax_id is None else (taxes[tax_id].name, taxes[tax_id].name_zh)
        rows.append(TaxRow(code=code, name=name, name_zh=name_zh, rate=rate, base=base, tax=tax))
    return TaxSide(
        rows=rows, base=sum((r.base for r in rows), ZERO), tax=sum((r.tax for r in rows), ZERO)
    )


def _vat_accounts(session: Session, taxes: dict[int, Tax]) -> list[Account]:
    ids = {t.account_id for t in taxes.values()}
    return list(
        session.scalars(
            select(Account)
            .where(or_(Account.id.in_(ids), Account.role.in_(VAT_ROLES)))
            .order_by(Account.code)
        )
    )


def _other_postings(
    session: Session, accounts: list[Account], date_from: date | None, date_to: date | None
) -> list[OtherPosting]:
    stmt = (
        select(JournalLine, JournalEntry, Account.code)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(
            JournalLine.account_id.in_([a.id for a in accounts]),
            JournalLine.posted.is_(True),
            or_(JournalEntry.source_type.is_(None), JournalEntry.source_type != "invoice"),
        )
        .order_by(JournalLine.date, JournalLine.id)
    )
    if date_from is not None:
        stmt = stmt.where(JournalLine.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(JournalLine.date <= date_to)
    return [
        OtherPosting(
            entry_id=entry.id,
            date=line.date,
            entry=entry.number,
            ref=entry.ref,
            account=code,
            debit=line.debit,
            credit=line.credit,
        )
        for line, entry, code in session.execute(stmt)
    ]


def tax_report(
    session: Session, date_from: date | None = None, date_to: date | None = None
) -> TaxReport:
    """Output and input VAT by tax code and posted rate of documents dated in the period, tied
    to the VAT accounts' movements in the ledger."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("date_from", f"{date_from} is after date_to {date_to}")
    taxes = {t.id: t for t in session.scalars(select(Tax))}
    sides: dict[bool, dict[RateKey, list[Decimal]]] = {True: {}, False: {}}
    # What the documents put on each account, as credit minus debit: a customer invoice credits
    # its tax, a bill debits it, and a credit note does the opposite of its invoice.
    posted: dict[int, Decimal] = {}
    for kind, key, base, tax in _document_sums(session, date_from, date_to):
        tax_id = key[0]
        if kind.is_refund:
            base, tax = -base, -tax
        figures = sides[kind.is_customer].setdefault(key, [ZERO, ZERO])
        figures[0] += base
        figures[1] += tax
        if tax_id is not None and tax:
            account_id = taxes[tax_id].account_id
            posted[account_id] = posted.get(account_id, ZERO) + (tax if kind.is_customer else -tax)
    output = _side(TaxScope.SALE, taxes, sides[True])
    input_ = _side(TaxScope.PURCHASE, taxes, sides[False])

    accounts = _vat_accounts(session, taxes)
    moved = account_movements(session, [a.id for a in accounts], date_from, date_to)
    checks: list[VatAccount] = []
    for a in accounts:
        debit, credit = moved.get(a.id, (ZERO, ZERO))
        ledger, documents = credit - debit, posted.get(a.id, ZERO)
        if a.type.debit_normal:  # input VAT: an asset, shown as debit minus credit
            ledger, documents = ZERO - ledger, ZERO - documents
        checks.append(
            VatAccount(
                code=a.code,
                name=a.name,
                name_zh=a.name_zh,
                debit=debit,
                credit=credit,
                ledger=ledger,
                documents=documents,
                difference=ledger - documents,
            )
        )
    net_payable = output.tax - input_.tax
    ledger_net = sum((c.credit - c.debit for c in checks), ZERO)
    return TaxReport(
        date_from=date_from,
        date_to=date_to,
        output=output,
        input=input_,
        net_payable=net_payable,
        accounts=checks,
        ledger_net_payable=ledger_net,
        difference=ledger_net - net_payable,
        ties=all(c.difference == 0 for c in checks),
        other_postings=_other_postings(session, accounts, date_from, date_to),
    )
