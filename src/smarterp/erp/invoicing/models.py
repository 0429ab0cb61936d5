"""Invoices and bills with their lines, payments and how payments settle invoices."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped, str_enum
from smarterp.core.money import Money, Price, Quantity, Rate


class InvoiceKind(enum.StrEnum):
    OUT_INVOICE = "out_invoice"  # to a customer
    OUT_REFUND = "out_refund"  # credit note to a customer
    IN_INVOICE = "in_invoice"  # vendor bill
    IN_REFUND = "in_refund"  # credit note from a supplier

    @property
    def is_customer(self) -> bool:
        return self in (InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND)

    @property
    def is_refund(self) -> bool:
        return self in (InvoiceKind.OUT_REFUND, InvoiceKind.IN_REFUND)


class InvoiceState(enum.StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    PAID = "paid"
    CANCELLED = "cancelled"


class Invoice(Timestamped, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        Index("ix_invoice_partner_state", "partner_id", "state"),
        Index("ix_invoice_origin", "origin_type", "origin_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    kind: Mapped[InvoiceKind] = mapped_column(str_enum(InvoiceKind))
    state: Mapped[InvoiceState] = mapped_column(str_enum(InvoiceState), default=InvoiceState.DRAFT)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    invoice_date: Mapped[date] = mapped_column(Date, index=True)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Company currency per unit of `currency` on the invoice date, fixed when it is posted.
    exchange_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(1))
    amount_untaxed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_residual: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # The same in the company currency as booked: the total at the invoice's rate, and what of
    # it is still open on the receivable or payable account (settled at the booked value).
    amount_total_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_residual_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # The order this document bills, by table name and id.
    origin_type: Mapped[str | None] = mapped_column(String(40))
    origin_id: Mapped[int | None]
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    # The supplier's own number on a vendor bill (used to catch duplicated bills).
    partner_ref: Mapped[str | None] = mapped_column(String(80), index=True)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.id"
    )

    @hybrid_property
    def payable(self) -> bool:
        """Whether a payment or a credit note can settle it: posted and something still owed.
        One rule, read on an invoice (the action table's "pay") and in SQL (the open items a
        payment settles, the payment form's list): `&` works on both."""
        return (self.state == InvoiceState.POSTED) & (self.amount_residual > 0)


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (Index("ix_invoice_line_origin", "origin_type", "origin_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price)
    # A fraction: 0.15 for 15% off.
    discount: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    tax_id: Mapped[int | None] = mapped_column(ForeignKey("tax.id"))
    # The tax's code and rate as the line was taxed: set on the draft, fixed when it is posted.
    # A later change to the tax record leaves posted lines (and the VAT return) as they were.
    tax_code: Mapped[str | None] = mapped_column(String(20))
    tax_rate: Mapped[Decimal | None] = mapped_column(Price)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    subtotal: Mapped[Decimal] = mapped_column(Money)
    tax_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # Both in the company currency at the invoice's rate, as the ledger booked them.
    subtotal_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_amount_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # For vendor bills of stocked goods: the unit cost the receipt was valued at.
    valuation_price: Mapped[Decimal | None] = mapped_column(Price)
    origin_type: Mapped[str | None] = mapped_column(String(40))
    origin_id: Mapped[int | None]

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class PaymentDirection(enum.StrEnum):
    INBOUND = "inbound"  # money in
    OUTBOUND = "outbound"  # money out


class PaymentState(enum.StrEnum):
    POSTED = "posted"
    CANCELLED = "cancelled"


class Payment(Timestamped, Base):
    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount > 0", name="positive_amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    # Whether the partner is paid or pays as a customer (receivable) or a supplier (payable).
    partner_role: Mapped[str] = mapped_column(String(10))
    direction: Mapped[PaymentDirection] = mapped_column(str_enum(PaymentDirection))
    amount: Mapped[Decimal] = mapped_column(Money)
    unallocated: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Company currency per unit of `currency` on the payment date (or as the bank converted).
    exchange_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(1))
    amount_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    date: Mapped[date] = mapped_column(Date, index=True)
    method: Mapped[str] = mapped_column(String(10), default="bank")
    reference: Mapped[str | None] = mapped_column(String(120))
    state: Mapped[PaymentState] = mapped_column(str_enum(PaymentState), default=PaymentState.POSTED)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))

    allocations: Mapped[list[PaymentAllocation]] = relationship(back_populates="payment")


class PaymentAllocation(Base):
    """Part of a payment (or of a credit note) that settles an invoice, as of a date."""

    __tablename__ = "payment_allocation"
    __table_args__ = (CheckConstraint("amount > 0", name="positive_amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    # Set when a credit note settles an invoice instead of a payment.
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    # What the settled invoice carried for `amount` in the company currency (released from the
    # receivable or payable), and the exchange difference realised against the payment's
    # (or credit note's) value of it: positive is a gain.
    amount_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    exchange_difference: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # For a credit note: what the note carried for `amount`, released from its side.
    credit_note_amount_company: Mapped[Decimal | None] = mapped_column(Money)
    date: Mapped[date] = mapped_column(Date)

    payment: Mapped[Payment | None] = relationship(back_populates="allocations")
