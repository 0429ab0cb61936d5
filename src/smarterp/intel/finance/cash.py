"""The 13-week cash outlook: cash in the bank today, then week by week what open invoices,
bills and orders will bring in or take out and when, with the forecast on top, and the first
week cash falls below a threshold.

Every figure comes with the lines behind it (a document number or, for the forecast, a SKU
and the run), and every line says how its date was found: a customer invoice is expected on
its due date moved by that customer's own habit (`payment_habits`), a bill on its due date.
Credits (credit notes, payments not yet matched) are set against the partner's earliest open
invoice, as the next payment will be; the open items of each side add up to the aging report
and are checked against the ledger account.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money, qty
from smarterp.erp.accounting.models import Account, Journal, JournalType
from smarterp.erp.accounting.reports import account_balance
from smarterp.erp.company.service import get_company
from smarterp.erp.invoicing.billing import LineQuantities
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.partners.models import Partner
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.intel.finance.cash_forecast import (
    Horizon,
    forecast_demand,
    forecast_purchases,
    forecast_sales,
)
from smarterp.intel.finance.cash_schemas import (
    SOURCES,
    CashAccount,
    CashLine,
    CashOutlook,
    CashWeek,
    CustomerHabit,
    LowCash,
    OpenItemsCheck,
)
from smarterp.intel.finance.cash_words import Reason, reason
from smarterp.intel.finance.payment_habits import (
    MIN_PAID,
    PaymentHabit,
    collection_days,
    habit_of,
    payment_habits,
)
from smarterp.intel.watch.findings import books_as_of

DEFAULT_WEEKS = 13
MAX_WEEKS = 104
CASH_ROLES = ("cash", "bank")


def cash_accounts(session: Session, as_of: date) -> list[CashAccount]:
    """The cash and bank accounts (by role, and any a bank or cash journal posts to) with
    their balances on `as_of`."""
    journal_accounts = select(Journal.default_account_id).where(
        Journal.type.in_([JournalType.BANK, JournalType.CASH])
    )
    accounts = session.scalars(
        select(Account)
        .where(Account.role.in_(CASH_ROLES) | Account.id.in_(journal_accounts))
        .order_by(Account.code)
    )
    return [
        CashAccount(
            code=a.code, name=a.name, name_zh=a.name_zh, balance=account_balance(session, a, as_of)
        )
        for a in accounts
    ]


def _expected(due: date, habit: PaymentHabit | None, as_of: date) -> tuple[date, list[Reason]]:
    """When money due on `due` is expected (never before `as_of`), and why."""
    why = [reason("due", due=due)]
    day = due
    if habit is not None and habit.basis == "terms":
        why.append(reason("on_terms", paid=habit.paid_invoices, needed=MIN_PAID))
    elif habit is not None:
        day = due + timedelta(days=habit.days_late)
        why.append(reason("habit", days=f"{habit.days_late:+d}", paid=habit.paid_invoices))
    if day < as_of:
        why.append(reason("already_past", expected=day))
    return max(day, as_of), why


def _open_items(
    session: Session, as_of: date, customer: bool, habits: dict[int, PaymentHabit]
) -> tuple[list[CashLine], list[CashLine], OpenItemsCheck]:
    """Open invoices and credits of one side as cash lines (receipts positive, payments
    negative), credits set against the partner's earliest expected invoice; and the credits
    with no invoice to set them against (unscheduled)."""
    debit_kind = InvoiceKind.OUT_INVOICE if customer else InvoiceKind.IN_INVOICE
    credit_kind = InvoiceKind.OUT_REFUND if customer else InvoiceKind.IN_REFUND
    source = "receivables" if customer else "payables"
    sign = 1 if customer else -1
    names = dict(session.execute(select(Partner.id, Partner.name)).all())
    rows = session.execute(
        select(Invoice)
        .where(
            Invoice.kind.in_([debit_kind, credit_kind]),
            Invoice.state == InvoiceState.POSTED,
            Invoice.amount_residual_company != 0,
            Invoice.invoice_date <= as_of,
        )
        .order_by(Invoice.due_date, Invoice.id)
    ).scalars()
    owed: dict[int, list[CashLine]] = defaultdict(list)
    credits: dict[int, list[tuple[str, Decimal, date | None, str]]] = defaultdict(list)
    for inv in rows:
        number = inv.number or f"#{inv.id}"
        if inv.kind == credit_kind:
            credits[inv.partner_id].append(
                (number, inv.amount_residual_company, inv.due_date, "credit_note")
            )
            continue
        habit = habit_of(habits, inv.partner_id) if customer else None
        day, why = _expected(inv.due_date, habit, as_of)
        owed[inv.partner_id].append(
            CashLine(
                source=source,
                document=number,
                partner_id=inv.partner_id,
                partner=names.get(inv.partner_id),
                expected_date=day,
                due_date=inv.due_date,
                amount=sign * inv.amount_residual_company,
                reasons=why,
                overdue=inv.due_date < as_of,
            )
        )
    # Payments not yet matched to an invoice, per partner, as the aging report counts them
    # (negative: money received from a customer or paid to a supplier ahead of its invoice).
    report = aging(session, "receivable" if customer else "payable", as_of)
    for row in report.rows:
        if row.unapplied < 0:
            credits[row.partner_id].append(("unmatched payments", -row.unapplied, None, "payment"))
        elif row.unapplied > 0:
            owed[row.partner_id].append(
                CashLine(
                    source=source,
                    document="unmatched payments",
                    partner_id=row.partner_id,
                    partner=row.partner,
                    expected_date=as_of,
                    due_date=None,
                    amount=sign * row.unapplied,
                    reasons=[reason("refund_open")],
                )
            )
    lines: list[CashLine] = [line for items in owed.values() for line in items]
    unscheduled: list[CashLine] = []
    for partner_id, items in credits.items():
        first = min(owed.get(partner_id, []), key=lambda ln: ln.expected_date, default=None)
        for number, amount, due, what in items:
            line = CashLine(
                source=source,
                document=number,
                partner_id=partner_id,
                partner=names.get(partner_id),
                expected_date=first.expected_date if first else as_of,
                due_date=due,
                amount=-sign * amount,
                reasons=[
                    reason(f"{what}_against", invoice=first.document)
                    if first
                    else reason(f"{what}_alone")
                ],
            )
            (lines if first else unscheduled).append(line)
    check = OpenItemsCheck(
        kind="receivable" if customer else "payable",
        in_weeks=ZERO,
        beyond=ZERO,
        unscheduled=sign * sum((ln.amount for ln in unscheduled), ZERO) + ZERO,
        open_items=report.totals.total,
        ledger_balance=report.account_balance,
        difference=report.difference,
    )
    return lines, unscheduled, check


def _orders(session: Session, as_of: date, habits: dict[int, PaymentHabit]) -> list[CashLine]:
    """Confirmed sales orders and purchase orders (confirmed or asked for) not billed in full:
    what is left to bill, with tax, paid on the partner's terms after delivery."""
    partners = {p.id: p for p in session.scalars(select(Partner))}
    lines = []
    for order in session.scalars(
        select(SalesOrder).where(SalesOrder.state == SalesState.CONFIRMED).order_by(SalesOrder.id)
    ):
        value, left, freight = _order_value(order, sales.line_quantities(session, order))
        if value == 0:
            continue
        partner = partners[order.customer_id]
        delivered = max(as_of, order.requested_date or order.order_date)
        due = delivered + timedelta(days=partner.payment_term_days)
        day, why = _expected(due, habit_of(habits, partner.id), as_of)
        billing = [reason("left_to_invoice", left=left)]
        if freight:
            billing.append(reason("freight_to_invoice", freight=freight))
        billing.append(
            reason("invoiced_on_delivery", delivered=delivered, terms=partner.payment_term_days)
        )
        lines.append(
            CashLine(
                source="sales_orders",
                document=order.number,
                partner_id=partner.id,
                partner=partner.name,
                expected_date=day,
                due_date=due,
                amount=value,
                reasons=billing + why,
            )
        )
    for po in session.scalars(
        select(PurchaseOrder)
        .where(PurchaseOrder.state.in_([PurchaseState.RFQ, PurchaseState.CONFIRMED]))
        .order_by(PurchaseOrder.id)
    ):
        value, left, _ = _order_value(po, purchasing.line_quantities(session, po))
        if value == 0:
            continue
        partner = partners[po.supplier_id]
        received = max(as_of, po.expected_date or po.order_date)
        terms = partner.payment_term_days
        due = received + timedelta(days=terms)
        state = "rfq" if po.state == PurchaseState.RFQ else "confirmed_po"
        lines.append(
            CashLine(
                source="purchase_orders",
                document=po.number,
                partner_id=partner.id,
                partner=partner.name,
                expected_date=due,
                due_date=due,
                amount=-value,
                reasons=[
                    reason(state),
                    reason("left_to_bill", left=left),
                    reason("billed_on_receipt", received=received, terms=terms),
                ],
            )
        )
    return lines


def _order_value(
    order: SalesOrder | PurchaseOrder, quantities: dict[int, LineQuantities]
) -> tuple[Decimal, Decimal, Decimal]:
    """What is left to bill of an order in the company currency with tax, the units left,
    and the freight still to invoice (sales)."""
    value = ZERO
    units = ZERO
    for ln in order.lines:
        # Still to deliver (receive), and delivered but not billed: both are billed later.
        left = qty(quantities[ln.id].to_move + quantities[ln.id].to_bill)
        if left <= 0 or ln.quantity <= 0:
            continue
        tax_company = ln.tax_amount * order.exchange_rate
        value += (ln.subtotal_company + tax_company) * left / ln.quantity
        units += left
    freight = ZERO
    if isinstance(order, SalesOrder) and order.shipping_charge and not order.shipping_invoiced:
        freight = money(order.shipping_charge * order.exchange_rate)
        value += freight
    return money(value), units, freight


def cash_outlook(
    session: Session,
    *,
    as_of: date | None = None,
    weeks: int = DEFAULT_WEEKS,
    threshold: Decimal | None = None,
) -> CashOutlook:
    """The outlook from `as_of` (default the books' latest day) for `weeks` weeks; the first
    week whose closing cash is below `threshold` (default 0) raises the warning."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput("weeks", f"{weeks} is not between 1 and {MAX_WEEKS}")
    if as_of is not None:
        check_date(as_of, "as_of")
    day = as_of or books_as_of(session) or date.today()
    limit = money(threshold if threshold is not None else 0)
    company = get_company(session)
    horizon = Horizon(day, weeks)
    habits = payment_habits(session, day)
    receivables, ar_credits, ar_check = _open_items(session, day, True, habits)
    payables, ap_credits, ap_check = _open_items(session, day, False, habits)
    lag = collection_days(session, day, company.default_payment_term_days)
    demand = forecast_demand(session, horizon)
    scheduled = (
        receivables
        + payables
        + _orders(session, day, habits)
        + forecast_sales(session, horizon, demand, lag)
        + forecast_purchases(session, horizon, demand, company.default_payment_term_days)
    )
    unscheduled = ar_credits + ap_credits
    beyond = [ln for ln in scheduled if ln.expected_date >= horizon.end]
    in_weeks = [ln for ln in scheduled if ln.expected_date < horizon.end]
    for check, source, sign in ((ar_check, "receivables", 1), (ap_check, "payables", -1)):
        # `+ ZERO` turns the -0 that the sign makes of nothing into a plain 0.
        check.in_weeks = sign * _total(in_weeks, source) + ZERO
        check.beyond = sign * _total(beyond, source) + ZERO
    accounts = cash_accounts(session, day)
    opening = sum((a.balance for a in accounts), ZERO)
    week_rows = _weeks(horizon, in_weeks, opening, limit)
    low = next((w for w in week_rows if w.below_threshold), None)
    return CashOutlook(
        as_of=day,
        weeks_count=weeks,
        currency=company.currency,
        threshold=limit,
        opening_cash=opening,
        accounts=accounts,
        weeks=week_rows,
        closing_cash=week_rows[-1].closing,
        totals={s: sum((w.by_source[s] for w in week_rows), ZERO) for s in SOURCES},
        low_cash=LowCash(week=low.week, start=low.start, closing=low.closing, threshold=limit)
        if low
        else None,
        warning=(
            f"cash falls to {low.closing} in week {low.week} (from {low.start}), below the "
            f"threshold of {limit}"
            if low
            else None
        ),
        customers=_customers(session, habits, receivables),
        open_items=[ar_check, ap_check],
        beyond=beyond,
        unscheduled=unscheduled,
        assumptions=_assumptions(demand, lag.days),
    )


def _total(lines: list[CashLine], source: str) -> Decimal:
    return sum((ln.amount for ln in lines if ln.source == source), ZERO)


def _weeks(
    horizon: Horizon, lines: list[CashLine], opening: Decimal, limit: Decimal
) -> list[CashWeek]:
    by_week: dict[int, list[CashLine]] = defaultdict(list)
    for ln in lines:
        by_week[horizon.week_of(ln.expected_date)].append(ln)
    out = []
    balance = opening
    for i in range(horizon.weeks):
        items = sorted(by_week.get(i, []), key=lambda ln: (ln.expected_date, ln.source))
        receipts = sum((ln.amount for ln in items if ln.amount > 0), ZERO)
        payments = -sum((ln.amount for ln in items if ln.amount < 0), ZERO)
        start = horizon.start + timedelta(days=7 * i)
        closing = balance + receipts - payments
        out.append(
            CashWeek(
                week=i + 1,
                start=start,
                end=start + timedelta(days=6),
                opening=balance,
                receipts=receipts,
                payments=payments,
                net=receipts - payments,
                closing=closing,
                below_threshold=closing < limit,
                by_source={
                    s: sum((ln.amount for ln in items if ln.source == s), ZERO) for s in SOURCES
                },
                lines=items,
            )
        )
        balance = closing
    return out


def _customers(
    session: Session, habits: dict[int, PaymentHabit], receivables: list[CashLine]
) -> list[CustomerHabit]:
    """The habit of each customer the outlook expects money from, and what it was read from."""
    ids = {ln.partner_id for ln in receivables if ln.partner_id and ln.amount > 0}
    partners = session.scalars(select(Partner).where(Partner.id.in_(ids))).all()
    out = []
    for p in sorted(partners, key=lambda p: p.name):
        habit = habit_of(habits, p.id)
        out.append(
            CustomerHabit(
                partner_id=p.id,
                partner=p.name,
                basis=habit.basis,
                paid_invoices=habit.paid_invoices,
                days_late=habit.days_late,
                terms_days=p.payment_term_days,
            )
        )
    return out


def _assumptions(demand: Mapping[int, object], lag_days: int) -> list[str]:
    notes = [
        "customer invoices: due date moved by the customer's own habit (weighted median of "
        "days late over their latest paid invoices), or the due date when they have too few",
        "vendor bills: due date; anything already due is paid in the first week",
        "orders not billed in full: invoiced on delivery (the requested or expected day, or "
        "today) and paid on the partner's terms",
    ]
    if demand:
        notes.append(
            f"forecast sales: {len(demand)} products' stored forecasts at list price with "
            f"sales tax, collected {lag_days} days after the sale"
        )
    else:
        notes.append("forecast sales: no stored forecast covers these weeks (smarterp forecast)")
    notes.append(
        "forecast purchases: the replenishment plan run week by week over the forecast, paid "
        "on each supplier's terms after the lead time"
    )
    return notes
