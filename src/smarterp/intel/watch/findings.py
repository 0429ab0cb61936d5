"""What a detector returns, the scan's scope, and the robust statistics detectors share."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.watch.models import Severity

# MAD times this estimates the standard deviation of normally distributed values.
MAD_TO_SD = 1.4826


@dataclass
class Finding:
    """One thing a detector found: which records, how unusual (score) and why (evidence)."""

    kind: str
    severity: Severity
    records: list[str]
    summary: str
    evidence: dict[str, Any]
    score: float
    # What makes it the same finding next time; by default the records.
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = ",".join(self.records)


@dataclass
class Scope:
    """What a scan looks at: the books as of a day, the window alerts are about (a year: an
    anomaly months old is still worth a look, and the detectors stay quiet on ordinary
    trading over two years of the demo)."""

    session: Session
    as_of: date
    recent_days: int = 365
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def recent_from(self) -> date:
        return date.fromordinal(self.as_of.toordinal() - self.recent_days)


@dataclass(frozen=True)
class Detector:
    """A detector: the kinds it raises, the least score it reports, the events that may
    change its answer, and the function that looks."""

    name: str
    kinds: tuple[str, ...]
    threshold: float
    topics: tuple[str, ...]
    run: Callable[[Scope], list[Finding]]
    doc: str


def books_as_of(session: Session) -> date | None:
    """The latest business day the books hold: scans look back from there, so books built
    for another day (a demo, an import) are watched as of their own present."""
    days = [
        session.scalar(select(func.max(SalesOrder.order_date))),
        session.scalar(select(func.max(PurchaseOrder.order_date))),
        session.scalar(select(func.max(Invoice.invoice_date))),
        session.scalar(select(func.max(JournalEntry.date))),
    ]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def robust_z(value: float, sample: Sequence[float], floor: float) -> tuple[float, float, float]:
    """(z, median, scale): how many robust standard deviations `value` lies from the
    sample's median; the scale is at least `floor` so a sample of equal values does not make
    every small difference infinite."""
    med = statistics.median(sample)
    mad = statistics.median([abs(x - med) for x in sample])
    scale = max(MAD_TO_SD * mad, floor)
    return (value - med) / scale, med, scale


def quantile(sample: Sequence[float], q: float) -> float:
    """The q-quantile of a sample (nearest rank), 0 for an empty one."""
    if not sample:
        return 0.0
    ordered = sorted(sample)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def severity_for(score: float, medium: float, high: float) -> Severity:
    if score >= high:
        return Severity.HIGH
    if score >= medium:
        return Severity.MEDIUM
    return Severity.LOW
