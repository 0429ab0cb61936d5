"""What an order line has left to invoice or bill, and what a return credits: one rule for
sales and purchasing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.money import ZERO, qty
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceLine, InvoiceState


@dataclass(frozen=True)
class LineQuantities:
    """The goods and the billing of one order line, in the line's unit.

    `moved` is what was delivered (sales) or received (purchasing); `billed` is the quantity
    on invoices or bills, `credited` the quantity on credit notes made for returns. The
    partner pays for what they kept, so what is left to bill is what was kept and not yet
    billed net of credit notes, whatever order returns and invoices came in.

    A service (`stocked` False) moves no goods: it counts as moved in full from the order's
    confirmation, is billed like goods, and is never sent back (it is credited instead).
    """

    ordered: Decimal
    moved: Decimal
    returned: Decimal
    billed: Decimal
    credited: Decimal
    stocked: bool = True

    @property
    def kept(self) -> Decimal:
        return self.moved - self.returned

    @property
    def net_billed(self) -> Decimal:
        return self.billed - self.credited

    @property
    def to_move(self) -> Decimal:
        """What is still to deliver or receive (a return does not reopen the line)."""
        return max(ZERO, self.ordered - self.moved)

    @property
    def returnable(self) -> Decimal:
        return self.kept if self.stocked else ZERO

    @property
    def to_bill(self) -> Decimal:
        return max(ZERO, self.kept - self.net_billed)

    def credit_for_return(self, quantity: Decimal) -> Decimal:
        """How much of a return of `quantity` to credit: what was billed beyond what stays
        kept after it. Goods sent back before they were billed are never credited."""
        return min(quantity, max(ZERO, self.net_billed - (self.kept - quantity)))

    @property
    def settled(self) -> bool:
        """Moved in full and billed for all that was kept."""
        return self.moved >= self.ordered and self.net_billed >= self.kept


def credited_quantities(
    session: Session, origin_type: str, refund_kind: InvoiceKind, line_ids: Iterable[int]
) -> dict[int, Decimal]:
    """Quantity credited per order line (`origin_type`, the lines' kind) by live credit notes
    of `refund_kind`."""
    ids = list(line_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(InvoiceLine.origin_id, func.sum(InvoiceLine.quantity))
        .join(Invoice)
        .where(
            InvoiceLine.origin_type == origin_type,
            InvoiceLine.origin_id.in_(ids),
            Invoice.kind == refund_kind,
            Invoice.state != InvoiceState.CANCELLED,
        )
        .group_by(InvoiceLine.origin_id)
    ).all()
    credited = {line_id: ZERO for line_id in ids}
    for line_id, total in rows:
        if line_id is not None:
            credited[line_id] = qty(total or 0)
    return credited


# What cancelling an invoice or bill undoes on the order it billed, by the invoice's
# origin_type: the order's lines are to bill again. Sales and purchasing register theirs when
# their service is imported (invoicing may not import them).
Unbill = Callable[[Session, Invoice], None]
_UNBILL: dict[str, Unbill] = {}


def on_cancel(origin_type: str, unbill: Unbill) -> None:
    _UNBILL[origin_type] = unbill


def give_back(session: Session, invoice: Invoice) -> None:
    """Tell the order an invoice or bill came from that it was cancelled. Credit notes need
    nothing: what they credit is counted from the live ones (`credited_quantities`)."""
    if invoice.origin_type is None or invoice.origin_id is None or invoice.kind.is_refund:
        return
    unbill = _UNBILL.get(invoice.origin_type)
    if unbill is None:
        # Never cancel silently and leave the order believing it was billed.
        raise RuntimeError(f"no use-case gives back what {invoice.origin_type} invoices billed")
    unbill(session, invoice)
