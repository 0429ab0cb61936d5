"""Documents out: milliseconds to make each kind of PDF in English and Chinese, and its size.

    python bench/bench_documents.py [--db PATH] [--scale 0.2] [--rounds 5]

Builds the demo company (seed 42, last day 2026-06-30) into a SQLite file unless `--db` names
one already built, takes the latest document of each kind (the statement of the customer
with the most invoices, over its last three months) and times reading it from the books plus
laying out the PDF, median of the rounds. Goal: an invoice under 1 s in either language.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from smarterp.core import schema
from smarterp.core.db import unit_of_work
from smarterp.data.demo import build_demo, has_business_data
from smarterp.erp.documents import service as documents
from smarterp.erp.documents.content import Printable
from smarterp.erp.inventory.models import Shipment, ShipmentKind
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder, SalesState


def _latest(session: Session, model: Any, *where: Any) -> int | None:
    return session.scalar(select(model.id).where(*where).order_by(model.id.desc()).limit(1))


def _targets(session: Session) -> dict[str, int | None]:
    posted = Invoice.state.in_((InvoiceState.POSTED, InvoiceState.PAID))
    return {
        "quotation": _latest(session, SalesOrder, SalesOrder.state == SalesState.DRAFT),
        "order": _latest(session, SalesOrder, SalesOrder.state == SalesState.CONFIRMED),
        "delivery": _latest(session, Shipment, Shipment.kind == ShipmentKind.DELIVERY),
        "invoice": _latest(session, Invoice, Invoice.kind == InvoiceKind.OUT_INVOICE, posted),
        "credit-note": _latest(session, Invoice, Invoice.kind == InvoiceKind.OUT_REFUND, posted),
        "purchase-order": _latest(session, PurchaseOrder),
        "statement": session.scalar(
            select(Invoice.partner_id)
            .where(Invoice.kind == InvoiceKind.OUT_INVOICE)
            .group_by(Invoice.partner_id)
            .order_by(func.count().desc())
            .limit(1)
        ),
    }


def _doc(session: Session, kind: str, record_id: int, last_day: date) -> Printable:
    if kind == documents.STATEMENT:
        return documents.statement(session, record_id, date_to=last_day)
    return documents.printable(session, kind, record_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--scale", type=float, default=0.2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    last_day = date(2026, 6, 30)
    path = args.db or Path(tempfile.mkdtemp(prefix="smarterp-bench-docs-")) / "demo.db"
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    if not has_business_data(engine):
        print(f"building the demo into {path} ...", file=sys.stderr)
        build_demo(engine, seed=42, today=last_day, scale=args.scale)
    with unit_of_work(engine, actor="bench", read_only=True) as session:
        targets = _targets(session)
    print(f"{'document':16} {'lang':4} {'lines':>5} {'median ms':>10} {'max ms':>8} {'KiB':>6}")
    for kind, record_id in targets.items():
        if record_id is None:
            print(f"{kind:16} (none in the demo)")
            continue
        for lang in ("en", "zh"):
            took: list[float] = []
            size = lines = 0
            for _ in range(args.rounds):
                with unit_of_work(engine, actor="bench", read_only=True) as session:
                    started = time.perf_counter()
                    doc = _doc(session, kind, record_id, last_day)
                    pdf = documents.pdf(doc, lang)
                    took.append((time.perf_counter() - started) * 1000)
                size = len(pdf)
                lines = len(doc.lines) or len(doc.entries)
            print(
                f"{kind:16} {lang:4} {lines:>5} {statistics.median(took):>10.0f} "
                f"{max(took):>8.0f} {size / 1024:>6.0f}"
            )


if __name__ == "__main__":
    main()
