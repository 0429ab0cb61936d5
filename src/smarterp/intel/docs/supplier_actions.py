"""What a supplier's message proposes for the books, shown before -> after, applied on a click.

A price change proposes the supplier's new price, a delay the purchase order's new expected date,
an invoice a draft vendor bill for the order it names, a shortage the order lines it touches
(shown only). What the message does not settle (no order named, a product that could be two,
a price that could be the old or the new one) is listed for a person instead of guessed. Applying
goes through the purchasing and product services, once per message and action, with the message
as the reason in the audit trail."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core import idempotency
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.errors import Conflict, InvalidInput
from smarterp.core.idempotency import IdempotencyKey
from smarterp.core.money import ZERO, money
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.models import TaxScope
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product, SupplierInfo
from smarterp.erp.products.schemas import SupplierInfoIn
from smarterp.erp.products.service import get_product, set_supplier_info
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import BillLineIn
from smarterp.intel.docs.catalogue import ProductEntry
from smarterp.intel.docs.dates import find_dates
from smarterp.intel.docs.entities import document_terms, find_entities
from smarterp.intel.docs.extract import body_without
from smarterp.intel.docs.flags import (
    BEFORE_ORDERED,
    BEFORE_SENT,
    BILLED_ALREADY,
    BILLED_OVER,
    BILLED_PRICE,
    COULD_BE,
    EFFECTIVE_LATER,
    LARGE_MOVE,
    NO_EFFECTIVE_DATE,
    NO_INVOICE_NUMBER,
    NO_NEW_DATE,
    NO_ORDER,
    NO_PRICE,
    NO_PRODUCT,
    NO_PRODUCT_OF_ORDER,
    NO_SUPPLIER,
    NOT_BILLABLE,
    NOTHING_EXPECTED,
    NOTHING_TO_BILL,
    OLD_PRICE_DIFFERS,
    OTHER_SUPPLIERS_ORDER,
    PRICE_ALREADY,
    SEVERAL_DATES,
    SEVERAL_ORDERS,
    STATED_TOTAL,
    WHICH_PRICE,
)
from smarterp.intel.docs.inbox import get_message
from smarterp.intel.docs.models import Document
from smarterp.intel.docs.products import ProductMatcher
from smarterp.intel.docs.quantities import find_quantities, pack_count
from smarterp.intel.docs.quoting import layout
from smarterp.intel.docs.text import fold

PRICE_CHANGE = "price_change"
DELAY = "delivery_date"
INVOICE = "invoice"
SHORTAGE = "shortage"
# intent -> (action, permission it takes); a shortage is shown, not applied.
ACTIONS: dict[str, tuple[str, str]] = {
    PRICE_CHANGE: ("price", "purchasing.write"),
    DELAY: ("date", "purchasing.write"),
    INVOICE: ("bill", "invoices.write"),
}
KINDS = (PRICE_CHANGE, DELAY, INVOICE, SHORTAGE)

# Document numbers as people write them: letters, an optional dash, digits (PO00012, po-12345).
# Boundaries are ASCII: in Chinese a number stands right against the words around it.
_NUMBER = re.compile(r"(?<![A-Za-z0-9_-])[a-z]{1,6}[-/]?\d{3,}(?![A-Za-z0-9_])", re.IGNORECASE)
# A price: digits with an optional decimal part, not part of a longer token, a date or a percent.
_AMOUNT = re.compile(
    r"(?<![A-Za-z0-9_.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,4}))?(?![A-Za-z0-9_%]|[.,]\d|/\d)"
)
# Words right before a price that say whether it is the old or the new one ("from 12.50 to
# 14.00", "goes up to 14 (was 12.50)", "由 12.50 调整为 14.00", "涨到 14（原价 12.50）").
_OLD_CUE = re.compile(
    r"(?:\bfrom|\bwas|\bwere|previously|formerly|old price|current price|currently|原价|原来|"
    r"原为|由|从|现价)\s*(?:of|is|:|：)?\s*(?:usd|eur|cny|rmb|[$€£¥￥])?\s*$"
)
_NEW_CUE = re.compile(
    r"(?:\bto|\bnow|new price|\bbecomes?|\bat|调整为|调整到|调为|改为|改成|涨到|涨至|上调至|"
    r"下调至|上调到|下调到|降到|降至|提高到|提高至)\s*(?:of|is|:|：)?\s*(?:usd|eur|cny|rmb|[$€£¥￥])?\s*$"
)
_SEGMENT = re.compile(r"[^\n;。；!?！？]+")
# A price that moves by more than this share of the old one is likely quoted per another unit.
_LARGE_MOVE = Decimal("0.5")


@dataclass(frozen=True)
class Change:
    """One value the click changes: which (a label a page translates), on what record, as the
    books have it and as it will be."""

    field: str
    subject: str
    before: str
    after: str
    href: str | None = None


@dataclass(frozen=True)
class Done:
    """What a click did: the record it changed or made, with its page."""

    label: str
    href: str


@dataclass
class Proposal:
    """What a supplier's message would change, and what keeps it from being applied."""

    document_id: int
    kind: str
    supplier_id: int | None = None
    supplier: str | None = None
    order_id: int | None = None
    order_number: str | None = None
    changes: list[Change] = field(default_factory=list)
    # What the message does not settle: a person decides, nothing is applied meanwhile.
    unresolved: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Lines a shortage touches: product, ordered, received, still to come.
    affected: list[tuple[str, str, str, str]] = field(default_factory=list)
    done: list[Done] = field(default_factory=list)
    # What applying passes to the services, resolved in full here so it does what is shown.
    prices: list[tuple[int, Decimal]] = field(default_factory=list)
    new_date: date | None = None
    bill_date: date | None = None
    bill_lines: list[BillLineIn] = field(default_factory=list)
    bill_ref: str | None = None
    bill_due: date | None = None

    @property
    def action(self) -> str | None:
        return ACTIONS[self.kind][0] if self.kind in ACTIONS else None

    @property
    def permission(self) -> str | None:
        return ACTIONS[self.kind][1] if self.kind in ACTIONS else None

    @property
    def applicable(self) -> bool:
        return bool(self.action and self.changes and not self.unresolved and not self.done)

    @property
    def fingerprint(self) -> str:
        """Names the preview: a click on an older one is refused, not applied to other values."""
        seen = "\n".join(f"{c.field}|{c.subject}|{c.before}|{c.after}" for c in self.changes)
        return hashlib.sha256(f"{self.kind}\n{seen}".encode()).hexdigest()[:16]


class _Text:
    """A message's own words (quoted replies blanked) and the same folded for matching."""

    def __init__(self, raw: str, day: date) -> None:
        self.raw, self.day = raw, day
        self.folded = fold(raw)

    @property
    def text(self) -> str:
        return self.folded.text


def propose(session: Session, document_id: int) -> Proposal | None:
    """The proposal for a supplier's message; None for any other message."""
    doc = get_message(session, document_id)
    if doc.intent not in KINDS:
        return None
    partner_id = doc.partner_id
    if partner_id is None and (doc.extraction or {}).get("sender_type") == "supplier":
        # Read before supplier messages were stored under their supplier: the reading has it.
        partner_id = (doc.extraction or {}).get("partner_id")
    partner = session.get(Partner, partner_id) if partner_id is not None else None
    proposal = Proposal(document_id=doc.id, kind=str(doc.intent))
    proposal.done = _done(session, doc.id, proposal.action)
    if partner is None or not partner.is_supplier:
        proposal.unresolved.append(NO_SUPPLIER)
        return proposal
    proposal.supplier_id, proposal.supplier = partner.id, partner.name
    if proposal.done:
        return proposal  # applied already: what was done is the answer, not a new reading
    text = _own_text(doc)
    if proposal.kind == PRICE_CHANGE:
        _price_change(session, proposal, text)
    else:
        order = _purchase_order(session, proposal, doc, text)
        if order is not None:
            proposal.order_id, proposal.order_number = order.id, order.number
            if proposal.kind == DELAY:
                _delay(session, proposal, order, text)
            elif proposal.kind == INVOICE:
                _invoice(session, proposal, order, doc, text)
            else:
                _shortage(session, proposal, order, text)
    return proposal


def _own_text(doc: Document) -> _Text:
    body = doc.body.replace("\r\n", "\n")
    own = body_without(body, layout(body).quoted)
    day = doc.sent_at.date() if doc.sent_at else date.today()
    return _Text(f"{doc.subject or ''}\n{own}", day)


def _done(session: Session, document_id: int, action: str | None) -> list[Done]:
    """What was applied from the message already, by the keys applying left."""
    if action is None:
        return []
    keys = session.execute(
        select(IdempotencyKey.key, IdempotencyKey.entity_id).where(
            IdempotencyKey.key.startswith(f"{_operation(action)}:{_key(document_id)}")
        )
    ).all()
    done: list[Done] = []
    for _, entity_id in keys:
        if action == "price":
            product = session.get(Product, entity_id)
            done.append(Done(product.name if product else str(entity_id), f"/products/{entity_id}"))
        elif action == "date":
            po = session.get(PurchaseOrder, entity_id)
            done.append(Done(po.number if po else str(entity_id), f"/purchase-orders/{entity_id}"))
        else:
            bill = session.get(Invoice, entity_id)
            label = (bill.number or f"#{bill.id} ({bill.state.value})") if bill else str(entity_id)
            done.append(Done(label, f"/bills/{entity_id}"))
    return done


def _operation(action: str) -> str:
    return f"inbox.{action}"


def _key(document_id: int) -> str:
    return f"document:{document_id}"


# --- Reading what the message states ------------------------------------------------------


def _amounts(raw: str, day: date) -> list[tuple[int, int, Decimal]]:
    """Prices and totals in the text, at their places in it: numbers that are not part of a
    date, a document number or a counted quantity ("10 cases")."""
    folded = fold(raw)
    taken = [folded.span(d.start, d.end) for d in find_dates(folded.text, day)]
    taken += [
        folded.span(q.start, q.end) for q in find_quantities(folded.text) if q.unit_kind is not None
    ]
    taken += [(m.start(), m.end()) for m in _NUMBER.finditer(raw)]
    found = []
    for m in _AMOUNT.finditer(folded.text):
        start, end = folded.span(m.start(), m.end())
        # "11.50/箱", "11.50 / case" is a price per unit, not eleven and a half cases.
        per_unit = raw[end : end + 3].lstrip().startswith("/")
        if not per_unit and any(s < end and start < e for s, e in taken):
            continue
        whole = m.group(1).replace(",", "")
        found.append((start, end, Decimal(f"{whole}.{m.group(2) or '0'}")))
    return found


def _matcher(products: list[Product]) -> ProductMatcher:
    return ProductMatcher(
        [
            ProductEntry(
                id=p.id,
                name=p.name,
                sku=p.sku,
                name_zh=p.name_zh,
                pack=pack_count(p.unit_description),
                sellable=p.active and not p.discontinued,
            )
            for p in products
        ]
    )


def _named_products(
    products: list[Product], raw: str, unresolved: list[str]
) -> list[tuple[int, int, int]]:
    """(start, end, product id) of each product of `products` the text names unambiguously;
    ambiguous names go to `unresolved` with their readings."""
    by_id = {p.id: p for p in products}
    folded = fold(raw)
    found = []
    for m in _matcher(products).find(folded.text):
        start, end = folded.span(m.start, m.end)
        if m.product_id is not None:
            found.append((start, end, m.product_id))
        else:
            names = " or ".join(sorted(by_id[i].name for i in m.ids))
            unresolved.append(COULD_BE.format(text=repr(raw[start:end]), names=names))
    return found


def _purchase_order(
    session: Session, proposal: Proposal, doc: Document, text: _Text
) -> PurchaseOrder | None:
    """The purchase order the message names; none named, another supplier's or several are
    for a person to settle."""
    tokens = {m.group(0).replace("/", "").upper() for m in _NUMBER.finditer(text.raw)}
    cited = (doc.extraction or {}).get("reference")
    if cited:
        tokens.add(str(cited).upper())
    found = (
        list(
            session.scalars(
                select(PurchaseOrder).where(func.upper(PurchaseOrder.number).in_(sorted(tokens)))
            )
        )
        if tokens
        else []
    )
    own = [po for po in found if po.supplier_id == proposal.supplier_id]
    for po in found:
        if po.supplier_id != proposal.supplier_id:
            other = session.get(Partner, po.supplier_id)
            proposal.unresolved.append(
                OTHER_SUPPLIERS_ORDER.format(
                    number=po.number,
                    other=other.name if other else po.supplier_id,
                    supplier=proposal.supplier,
                )
            )
    if len(own) > 1:
        numbers = ", ".join(sorted(po.number for po in own))
        proposal.unresolved.append(SEVERAL_ORDERS.format(numbers=numbers))
        return None
    if not own:
        if not found:
            proposal.unresolved.append(NO_ORDER.format(supplier=proposal.supplier))
        return None
    return own[0]


# --- Price change --------------------------------------------------------------------------


def _price_change(session: Session, proposal: Proposal, text: _Text) -> None:
    offers = {
        o.product_id: o
        for o in session.scalars(
            select(SupplierInfo).where(SupplierInfo.supplier_id == proposal.supplier_id)
        )
    }
    products = [get_product(session, pid) for pid in offers]
    named = _named_products(products, text.raw, proposal.unresolved)
    if not named:
        if not proposal.unresolved:
            proposal.unresolved.append(NO_PRODUCT.format(supplier=proposal.supplier))
        return
    amounts = _amounts(text.raw, text.day)
    segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(text.raw)]
    named_ids = list(dict.fromkeys(pid for _, _, pid in named))
    effective = _effective_date(text)
    for pid in named_ids:
        offer = offers[pid]
        product = get_product(session, pid)
        # The prices stated where the product is named; with one product, anywhere.
        if len(named_ids) == 1:
            mine = amounts
        else:
            spans = [s for s in segments if any(s[0] <= a < s[1] for a, _, p in named if p == pid)]
            mine = [a for a in amounts if any(s <= a[0] < e for s, e in spans)]
        new = _new_price(text.raw.lower(), mine, offer.price, product.name, proposal)
        if new is None:
            continue
        if new == offer.price:
            proposal.warnings.append(PRICE_ALREADY.format(product=product.name, price=offer.price))
            continue
        if offer.price and abs(new - offer.price) > offer.price * _LARGE_MOVE:
            proposal.warnings.append(
                LARGE_MOVE.format(product=product.name, old=offer.price, new=new)
            )
        proposal.prices.append((pid, new))
        proposal.changes.append(
            Change(
                "Supplier price",
                f"{product.name} · {proposal.supplier}",
                _amount(offer.price),
                _amount(new),
                f"/products/{pid}",
            )
        )
    if proposal.changes:
        if effective is None:
            proposal.warnings.append(NO_EFFECTIVE_DATE)
        elif effective > date.today():
            proposal.warnings.append(EFFECTIVE_LATER.format(effective=effective))
        else:
            proposal.changes.append(Change("Effective from", "", "—", effective.isoformat()))


def _new_price(
    text: str,
    amounts: list[tuple[int, int, Decimal]],
    current: Decimal,
    product: str,
    proposal: Proposal,
) -> Decimal | None:
    """The new price among the stated ones, by the words before each and by the price the
    books hold; when the message does not settle it, a person is asked."""
    if not amounts:
        proposal.unresolved.append(NO_PRICE.format(product=product))
        return None
    old, new, plain = [], [], []
    for start, _, value in amounts:
        before = text[max(0, start - 24) : start]
        if _NEW_CUE.search(before):
            new.append(value)
        elif _OLD_CUE.search(before):
            old.append(value)
        else:
            plain.append(value)
    if not new and plain:
        others = [v for v in plain if v != current]
        if len(plain) == 1 and not old:
            new = plain
        elif len(set(others)) == 1 and (old or current in plain):
            new = others[:1]  # the other one is the price the books hold
    distinct = sorted(set(new))
    if len(distinct) != 1:
        stated = ", ".join(str(v) for _, _, v in amounts)
        proposal.unresolved.append(WHICH_PRICE.format(product=product, stated=stated))
        return None
    for value in set(old):
        if value != current:
            proposal.warnings.append(
                OLD_PRICE_DIFFERS.format(product=product, value=value, current=current)
            )
    return distinct[0]


def _effective_date(text: _Text) -> date | None:
    dates = find_dates(text.text, text.day)
    return dates[0].value if dates else None


# --- Delay ---------------------------------------------------------------------------------


def _delay(session: Session, proposal: Proposal, order: PurchaseOrder, text: _Text) -> None:
    receipt = purchasing.open_receipt(session, order)
    if order.state not in (PurchaseState.RFQ, PurchaseState.CONFIRMED) or (
        order.state == PurchaseState.CONFIRMED and receipt is None
    ):
        what = "received in full" if order.state != PurchaseState.CANCELLED else "cancelled"
        proposal.unresolved.append(NOTHING_EXPECTED.format(number=order.number, what=what))
        return
    current = order.expected_date
    scheduled = receipt.scheduled_date if receipt is not None else None
    dates = sorted(
        {
            d.value
            for d in find_dates(text.text, text.day)
            if d.value >= text.day and d.value not in (current, scheduled)
        }
    )
    if not dates:
        proposal.unresolved.append(NO_NEW_DATE)
        return
    if len(dates) > 1:
        listed = ", ".join(d.isoformat() for d in dates)
        proposal.unresolved.append(SEVERAL_DATES.format(dates=listed))
        return
    new = dates[0]
    if new < order.order_date:
        proposal.unresolved.append(BEFORE_ORDERED.format(date=new, number=order.number))
        return
    proposal.new_date = new
    href = f"/purchase-orders/{order.id}"
    proposal.changes.append(
        Change("Expected date", order.number, _day(current), new.isoformat(), href)
    )
    if receipt is not None:
        proposal.changes.append(
            Change("Receipt date", receipt.number, _day(scheduled), new.isoformat(), href)
        )
    if new < text.day:
        proposal.warnings.append(BEFORE_SENT.format(date=new))


def _amount(value: Decimal) -> str:
    """A price as people write it: cents always, more places only where it has them."""
    cents = value.quantize(Decimal("0.01"))
    return str(cents) if cents == value else str(value.normalize())


def _count(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


# --- Invoice -------------------------------------------------------------------------------


def _invoice(
    session: Session, proposal: Proposal, order: PurchaseOrder, doc: Document, text: _Text
) -> None:
    if order.state not in (PurchaseState.CONFIRMED, PurchaseState.DONE):
        proposal.unresolved.append(
            NOT_BILLABLE.format(number=order.number, state=order.state.value)
        )
        return
    attachments = [a.text for a in doc.attachments if a.text]
    whole = "\n".join([text.raw, *attachments])
    ref = next((e.value for e in find_entities(whole) if e.kind == "invoice_no"), None)
    if ref is not None and ref.upper() == order.number.upper():
        ref = None
    if ref is not None:
        ref = ref.upper()
        same = session.scalars(
            select(Invoice).where(
                Invoice.partner_id == order.supplier_id,
                Invoice.kind == InvoiceKind.IN_INVOICE,
                Invoice.state != InvoiceState.CANCELLED,
                func.upper(Invoice.partner_ref) == ref,
            )
        ).first()
        if same is not None:
            proposal.unresolved.append(
                BILLED_ALREADY.format(ref=ref, bill=same.number or f"#{same.id}")
            )
            return
    else:
        proposal.warnings.append(NO_INVOICE_NUMBER)
    terms = document_terms(whole, text.day)
    on = text.day
    due = terms.due if terms.due is not None and terms.due >= on else None
    lines, stated = _bill_lines(session, order, whole, on, proposal)
    if not lines:
        proposal.unresolved.append(NOTHING_TO_BILL.format(number=order.number))
        return
    by_id = {ln.id: ln for ln in order.lines}
    quantities = purchasing.line_quantities(session, order)
    untaxed = tax = ZERO
    for bl in lines:
        ln = by_id[bl.line_id]
        price = bl.unit_price if bl.unit_price is not None else ln.unit_price
        subtotal = money(bl.quantity * price)
        rate = taxes.tax_for(session, ln.tax_code, TaxScope.PURCHASE, on, "tax_code")[1]
        untaxed += subtotal
        tax += money(subtotal * rate)
        open_qty = quantities[ln.id].to_bill
        proposal.changes.append(
            Change(
                "Bill line (received, not billed)",
                f"{order.number} · {ln.description}",
                _count(open_qty),
                f"{_count(bl.quantity)} × {_amount(price)} = {subtotal}",
                f"/purchase-orders/{order.id}",
            )
        )
        if bl.quantity > open_qty:
            proposal.warnings.append(
                BILLED_OVER.format(line=ln.description, quantity=bl.quantity, received=open_qty)
            )
        if price != ln.unit_price:
            proposal.warnings.append(
                BILLED_PRICE.format(line=ln.description, price=price, ordered=ln.unit_price)
            )
    total = untaxed + tax
    proposal.changes.append(
        Change(
            "Draft bill total", order.number, "—", f"{total} {order.currency} ({untaxed} + {tax})"
        )
    )
    if ref:
        proposal.changes.append(Change("Supplier reference", "", "—", ref))
    if due:
        proposal.changes.append(Change("Due date", "", "—", due.isoformat()))
    if stated is not None and stated not in (total, untaxed):
        proposal.warnings.append(STATED_TOTAL.format(stated=stated, total=total))
    proposal.warnings.extend(
        i.explanation for i in purchasing.three_way_match(session, order.id).issues
    )
    probe = Invoice(
        kind=InvoiceKind.IN_INVOICE,
        partner_id=order.supplier_id,
        partner_ref=ref,
        invoice_date=on,
        amount_total=total,
    )
    proposal.warnings.extend(invoicing.bill_warnings(session, probe))
    proposal.bill_date, proposal.bill_lines, proposal.bill_ref, proposal.bill_due = (
        on,
        lines,
        ref,
        due,
    )


def _bill_lines(
    session: Session, order: PurchaseOrder, text: str, on: date, proposal: Proposal
) -> tuple[list[BillLineIn], Decimal | None]:
    """The lines the message bills (a product of the order with a quantity, and its price when
    stated), else what was received and not billed; and the total it states, if one."""
    by_product = {ln.product_id: ln for ln in order.lines}
    products = [get_product(session, pid) for pid in by_product]
    lines: list[BillLineIn] = []
    used: set[tuple[int, int]] = set()
    for s, e in ((m.start(), m.end()) for m in _SEGMENT.finditer(text)):
        part = text[s:e]
        named = _named_products(products, part, proposal.unresolved)
        folded = fold(part)
        counted = [q for q in find_quantities(folded.text) if not q.old]
        if len(named) != 1 or not counted:
            continue
        ln = by_product[named[0][2]]
        quantity = Decimal(str(counted[0].count))
        q_start, q_end = folded.span(counted[0].start, counted[0].end)
        prices = [v for a, _, v in _amounts(part, on) if not q_start <= a < q_end]
        unit = _unit_price(quantity, prices, ln.unit_price)
        lines.append(BillLineIn(line_id=ln.id, quantity=quantity, unit_price=unit))
        used.update((s + a, s + b) for a, b, _ in _amounts(part, on))
    amounts = [v for a, b, v in _amounts(text, on) if (a, b) not in used]
    stated = max(amounts) if amounts else None
    if lines:
        return lines, stated
    open_qty = purchasing.line_quantities(session, order)
    return [
        BillLineIn(line_id=ln.id, quantity=open_qty[ln.id].to_bill)
        for ln in order.lines
        if open_qty[ln.id].to_bill > 0
    ], stated


def _unit_price(quantity: Decimal, prices: list[Decimal], ordered: Decimal) -> Decimal | None:
    """The unit price a billed line states: a unit price and its line total, the order's
    price or its total, else the one number given; None keeps the order's price."""
    for unit in prices:
        if any(money(quantity * unit) == total for total in prices if total != unit):
            return unit
    if not prices or ordered in prices or money(quantity * ordered) in prices:
        return None
    return prices[0]


# --- Shortage ------------------------------------------------------------------------------


def _shortage(session: Session, proposal: Proposal, order: PurchaseOrder, text: _Text) -> None:
    by_product = {ln.product_id: ln for ln in order.lines}
    products = [get_product(session, pid) for pid in by_product]
    named = {pid for _, _, pid in _named_products(products, text.raw, [])}
    lines = [ln for ln in order.lines if ln.product_id in named] or list(order.lines)
    if not named:
        proposal.warnings.append(NO_PRODUCT_OF_ORDER)
    for ln in lines:
        left = max(ln.quantity - ln.qty_received, ZERO)
        proposal.affected.append(
            (ln.description, _count(ln.quantity), _count(ln.qty_received), _count(left))
        )


# --- Applying ------------------------------------------------------------------------------


def apply(session: Session, document_id: int, *, fingerprint: str | None = None) -> Proposal:
    """Apply the message's proposal as it stands, once: a second call changes nothing and
    returns what the first did. With `fingerprint`, a proposal that changed since it was shown
    is refused."""
    proposal = propose(session, document_id)
    if proposal is None or proposal.action is None:
        raise InvalidInput("document_id", f"message {document_id} proposes nothing to apply")
    if proposal.done:
        return proposal
    if proposal.unresolved:
        raise InvalidInput("proposal", "; ".join(proposal.unresolved))
    if not proposal.changes:
        raise InvalidInput("proposal", "the message changes nothing in the books")
    if fingerprint is not None and fingerprint != proposal.fingerprint:
        raise Conflict(
            "the books changed since this proposal was shown; look at it again",
            details={"field": "fingerprint"},
        )
    doc = get_message(session, document_id)
    reason = f"supplier message #{doc.id}: {doc.subject or doc.body[:80]}"
    operation, key = _operation(proposal.action), _key(doc.id)
    if proposal.action == "price":
        assert proposal.supplier_id is not None
        for product_id, new in proposal.prices:
            product = get_product(session, product_id)
            offer = next(o for o in product.supplier_infos if o.supplier_id == proposal.supplier_id)
            before = snapshot(offer)
            set_supplier_info(
                session,
                product,
                SupplierInfoIn(
                    supplier_id=offer.supplier_id,
                    price=new,
                    lead_time_days=offer.lead_time_days,
                    min_order_qty=offer.min_order_qty,
                    pack_size=offer.pack_size,
                    supplier_sku=offer.supplier_sku,
                ),
            )
            record_audit(session, "product_supplier.price", offer, before=before, reason=reason)
            idempotency.remember(session, f"{key}:product:{product_id}", operation, product_id)
    elif proposal.action == "date":
        assert proposal.order_id is not None and proposal.new_date is not None
        purchasing.reschedule(session, proposal.order_id, proposal.new_date, reason=reason)
        idempotency.remember(session, key, operation, proposal.order_id)
    else:
        assert proposal.order_id is not None and proposal.bill_date is not None
        bill = purchasing.bill_order(
            session,
            proposal.order_id,
            proposal.bill_date,
            lines=proposal.bill_lines,
            supplier_ref=proposal.bill_ref,
            due_date=proposal.bill_due,
            post=False,
        )
        record_audit(session, "invoice.from_message", bill, reason=reason)
        idempotency.remember(session, key, operation, bill.id)
    session.flush()
    proposal.done = _done(session, doc.id, proposal.action)
    return proposal
