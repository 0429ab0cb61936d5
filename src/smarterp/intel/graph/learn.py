"""Filling the graph: records of the books (partners, contacts, products, who supplies and who
buys what) and what each document says, every edge with its provenance."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product, SupplierInfo
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine
from smarterp.intel.docs.extract import OrderReading
from smarterp.intel.docs.models import Document
from smarterp.intel.docs.text import normalise_name
from smarterp.intel.graph.models import GraphNode
from smarterp.intel.graph.store import add_edge, node_for_record, upsert_node

BOOKS = "books"


def partner_node(session: Session, partner: Partner, short_names: Counter[str]) -> GraphNode:
    kind = "customer" if partner.is_customer else "supplier" if partner.is_supplier else "partner"
    aliases = [partner.name]
    if partner.ref:
        aliases.append(partner.ref)
    first = normalise_name(partner.name).split(" ")[0] if partner.name else ""
    if len(first) >= 5 and short_names[first] == 1:
        aliases.append(first)  # "Alfreds" means Alfreds Futterkiste when no one else is "Alfreds"
    return upsert_node(
        session,
        kind,
        f"partner:{partner.id}",
        partner.name,
        record=("partner", partner.id),
        aliases=aliases,
        attrs={"ref": partner.ref, "city": partner.city, "country": partner.country},
    )


def product_node(session: Session, product: Product) -> GraphNode:
    return upsert_node(
        session,
        "product",
        f"product:{product.id}",
        product.name,
        record=("product", product.id),
        aliases=[product.sku, product.name_zh or ""],
        attrs={"sku": product.sku, "unit": product.unit_description},
    )


def learn_books(session: Session) -> dict[str, int]:
    """Nodes for partners, their contacts and products; supplies and buys edges."""
    partners = list(session.scalars(select(Partner)))
    short_names = Counter(normalise_name(p.name).split(" ")[0] for p in partners if p.name)
    nodes: dict[int, GraphNode] = {}
    counts: Counter[str] = Counter()
    for p in partners:
        nodes[p.id] = partner_node(session, p, short_names)
        counts["partners"] += 1
        if p.contact_name:
            person = upsert_node(
                session, "person", f"person:{normalise_name(p.contact_name)}", p.contact_name
            )
            add_edge(
                session,
                person,
                nodes[p.id],
                "works_for",
                extractor=BOOKS,
                attrs={"title": p.job_title} if p.job_title else None,
            )
            counts["contacts"] += 1
    products: dict[int, GraphNode] = {}
    for prod in session.scalars(select(Product)):
        products[prod.id] = product_node(session, prod)
        counts["products"] += 1
    for info in session.scalars(select(SupplierInfo)):
        if info.supplier_id in nodes and info.product_id in products:
            add_edge(
                session,
                nodes[info.supplier_id],
                products[info.product_id],
                "supplies",
                extractor=BOOKS,
                attrs={"price": str(info.price), "lead_time_days": info.lead_time_days},
            )
            counts["supplies"] += 1
    bought = session.execute(
        select(
            SalesOrder.customer_id,
            SalesOrderLine.product_id,
            func.count(SalesOrderLine.id),
            func.sum(SalesOrderLine.quantity),
        )
        .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
        .group_by(SalesOrder.customer_id, SalesOrderLine.product_id)
    ).all()
    for customer_id, product_id, lines, quantity in bought:
        if customer_id in nodes and product_id in products:
            add_edge(
                session,
                nodes[customer_id],
                products[product_id],
                "bought",
                extractor=BOOKS,
                attrs={"order_lines": int(lines), "quantity": str(quantity)},
            )
            counts["bought"] += 1
    return dict(counts)


def learn_document(session: Session, doc: Document, reading: OrderReading | None) -> int:
    """A node for the document and edges for who sent it, who it is about and what it orders."""
    node = upsert_node(
        session,
        "document",
        f"document:{doc.id}",
        doc.subject or f"{doc.kind} {doc.id}",
        record=("document", doc.id),
        attrs={"kind": doc.kind, "intent": doc.intent},
    )
    when = doc.sent_at
    added = 0
    if doc.sender_email:
        address = upsert_node(session, "email", f"email:{doc.sender_email}", doc.sender_email)
        add_edge(
            session,
            node,
            address,
            "sent_from",
            extractor="headers",
            document_id=doc.id,
            observed_at=when,
        )
        added += 1
    if reading is None:
        return added
    customer: GraphNode | None = None
    if reading.customer_id is not None:
        customer = node_for_record(session, "partner", reading.customer_id)
        if customer is None:
            partner = session.get(Partner, reading.customer_id)
            if partner is not None:
                customer = partner_node(session, partner, Counter())
    if customer is not None:
        add_edge(
            session,
            node,
            customer,
            "about",
            extractor=reading.extractor,
            confidence=reading.customer_confidence,
            document_id=doc.id,
            observed_at=when,
            attrs={"reasons": reading.customer_reasons},
        )
        if doc.sender_email:
            address = upsert_node(session, "email", f"email:{doc.sender_email}", doc.sender_email)
            add_edge(
                session,
                customer,
                address,
                "uses_email",
                extractor=reading.extractor,
                confidence=reading.customer_confidence,
                document_id=doc.id,
                observed_at=when,
            )
        added += 1
    for line in reading.lines:
        product = node_for_record(session, "product", line.product_id)
        if product is None:
            record = session.get(Product, line.product_id)
            if record is None:
                continue
            product = product_node(session, record)
        add_edge(
            session,
            node,
            product,
            "mentions",
            extractor=reading.extractor,
            document_id=doc.id,
            span=(line.span.start, line.span.end),
            span_text=line.span.text,
            observed_at=when,
        )
        if customer is not None:
            add_edge(
                session,
                customer,
                product,
                "orders",
                extractor=reading.extractor,
                confidence=min(reading.customer_confidence, reading.intent_confidence),
                document_id=doc.id,
                span=(line.span.start, line.span.end),
                span_text=line.span.text,
                observed_at=when,
                attrs={
                    "quantity": str(line.quantity),
                    "by": reading.requested_date.isoformat() if reading.requested_date else None,
                    "intent": reading.intent,
                },
            )
        added += 2
    return added
