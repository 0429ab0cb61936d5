"""Every detector, its least score, and the domain events after which it looks again."""

from __future__ import annotations

from smarterp.intel.watch.detectors import (
    bills,
    customers,
    duties,
    journal,
    pricing,
    stock,
    suppliers,
)
from smarterp.intel.watch.findings import Detector

DETECTORS: tuple[Detector, ...] = (
    Detector(
        "duplicate_bill",
        ("duplicate_bill",),
        0.0,
        ("invoice.posted",),
        bills.duplicate_bills,
        "A vendor bill with the supplier reference of another, or the same amount within days.",
    ),
    Detector(
        "price_outlier",
        ("price_outlier",),
        4.0,  # robust z of the log price
        (
            "sales_order.created",
            "sales_order.confirmed",
            "purchase_order.created",
            "purchase_order.confirmed",
        ),
        pricing.price_outliers,
        "A sales or purchase price far from the product's usual around that time.",
    ),
    Detector(
        "discount_outlier",
        ("discount_outlier",),
        10.0,  # points above the usual maximum
        ("sales_order.created", "sales_order.confirmed"),
        pricing.discount_outliers,
        "A discount beyond what the product, the customer and the company usually give.",
    ),
    Detector(
        "margin_erosion",
        ("margin_erosion",),
        8.0,  # margin points lost
        ("purchase_order.confirmed", "invoice.posted"),
        pricing.margin_erosion,
        "A product's margin at today's cost and price well below its past year's.",
    ),
    Detector(
        "stockout_risk",
        ("stockout_risk",),
        1.0,
        ("sales_order.confirmed", "stock.below_reorder_level"),
        stock.stockout_risk,
        "Free stock and open orders run out before a new order could arrive.",
    ),
    Detector(
        "overdue_receivable",
        ("overdue_receivable",),
        30.0,  # days past due
        ("invoice.posted", "payment.registered"),
        customers.overdue,
        "A customer's invoices more than a month past due.",
    ),
    Detector(
        "credit_limit",
        ("credit_limit",),
        1.0,
        ("invoice.posted", "payment.registered"),
        customers.credit_limit,
        "A customer's open invoices above its credit limit.",
    ),
    Detector(
        "ordering_stopped",
        ("ordering_stopped",),
        4.0,  # times the usual gap
        (),
        customers.ordering_stopped,
        "A regular customer silent for several times its usual gap between orders.",
    ),
    Detector(
        "supplier_concentration",
        ("supplier_concentration",),
        0.4,  # share of the year's purchases
        ("purchase_order.confirmed",),
        suppliers.concentration,
        "One supplier with a large share of the past year's purchases.",
    ),
    Detector(
        "supplier_late",
        ("supplier_late",),
        0.4,  # share of receipts late
        (),
        suppliers.lateness,
        "A supplier whose receipts came late often.",
    ),
    Detector(
        "odd_hours_entry",
        ("odd_hours_entry",),
        1.3,  # -log10 of the share of manual entries made near that time
        ("journal_entry.posted",),
        journal.odd_hours,
        "A manual journal entry posted at night or at the weekend, when few are.",
    ),
    Detector(
        "unusual_user_entry",
        ("unusual_user_entry",),
        1.3,
        ("journal_entry.posted",),
        journal.unusual_user,
        "A manual journal entry by someone who seldom posts them.",
    ),
    Detector(
        "round_amount_entry",
        ("round_amount_entry",),
        3.0,
        ("journal_entry.posted",),
        journal.round_amounts,
        "A manual journal entry for a round sum that does not recur.",
    ),
    Detector(
        "segregation_of_duties",
        ("segregation_of_duties",),
        1.0,
        ("payment.registered",),
        duties.same_person_bills_and_pays,
        "The same person entered a vendor bill and paid it.",
    ),
)

KINDS: tuple[str, ...] = tuple(k for d in DETECTORS for k in d.kinds)
BY_KIND = {k: d for d in DETECTORS for k in d.kinds}
