"""Adding nodes, aliases and edges; resolving a name to its node ("ALFKI" and "Alfreds" too)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.db import utcnow
from smarterp.intel.docs.text import normalise_name
from smarterp.intel.graph.models import GraphAlias, GraphEdge, GraphNode

FUZZY_CUTOFF = 90


def node_for_record(session: Session, table: str, record_id: int) -> GraphNode | None:
    return session.scalars(
        select(GraphNode).where(GraphNode.record_table == table, GraphNode.record_id == record_id)
    ).first()


def upsert_node(
    session: Session,
    kind: str,
    key: str,
    label: str,
    *,
    record: tuple[str, int] | None = None,
    aliases: list[str] | None = None,
    attrs: dict[str, Any] | None = None,
) -> GraphNode:
    """The node of this kind and key, created when missing; aliases are added once each."""
    node = session.scalars(
        select(GraphNode).where(GraphNode.kind == kind, GraphNode.key == key[:300])
    ).first()
    if node is None:
        node = GraphNode(
            kind=kind,
            key=key[:300],
            label=label[:300],
            record_table=record[0] if record else None,
            record_id=record[1] if record else None,
            attrs=attrs,
        )
        session.add(node)
        session.flush()
    wanted = {normalise_name(a) for a in [label, *(aliases or [])] if a}
    wanted.discard("")
    if wanted:
        have = set(session.scalars(select(GraphAlias.alias).where(GraphAlias.node_id == node.id)))
        for alias in sorted(wanted - have):
            session.add(GraphAlias(alias=alias[:300], node_id=node.id))
        session.flush()
    return node


def add_edge(
    session: Session,
    src: GraphNode,
    dst: GraphNode,
    type_: str,
    *,
    extractor: str,
    confidence: float = 1.0,
    document_id: int | None = None,
    span: tuple[int, int] | None = None,
    span_text: str | None = None,
    observed_at: datetime | None = None,
    attrs: dict[str, Any] | None = None,
) -> GraphEdge:
    """The edge, added once: the same fact from the same place is not recorded twice."""
    raw = f"{src.id}|{dst.id}|{type_}|{document_id}|{span}|{extractor}"
    fingerprint = hashlib.sha256(raw.encode()).hexdigest()
    edge = session.scalars(select(GraphEdge).where(GraphEdge.fingerprint == fingerprint)).first()
    if edge is not None:
        return edge
    edge = GraphEdge(
        fingerprint=fingerprint,
        src_id=src.id,
        dst_id=dst.id,
        type=type_,
        document_id=document_id,
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
        span_text=(span_text or None) and span_text[:500],
        extractor=extractor,
        confidence=confidence,
        observed_at=observed_at or utcnow(),
        attrs=attrs,
    )
    session.add(edge)
    session.flush()
    return edge


def resolve(session: Session, name: str, *, kind: str | None = None) -> GraphNode | None:
    """The node a name means: its key, an exact alias, or a close spelling of one alias."""
    if name.isdigit():
        node = session.get(GraphNode, int(name))
        if node is not None:
            return node
    query = select(GraphNode).where(GraphNode.key == name)
    if kind:
        query = query.where(GraphNode.kind == kind)
    node = session.scalars(query).first()
    if node is not None:
        return node
    alias = normalise_name(name)
    query_alias = select(GraphNode).join(GraphAlias, GraphAlias.node_id == GraphNode.id)
    if kind:
        query_alias = query_alias.where(GraphNode.kind == kind)
    exact = session.scalars(query_alias.where(GraphAlias.alias == alias)).all()
    if exact:
        # Records of the books win over nodes only documents know.
        return sorted(exact, key=lambda n: (n.record_table is None, n.id))[0]
    rows = session.execute(
        select(GraphAlias.alias, GraphAlias.node_id)
        .join(GraphNode)
        .where(*([GraphNode.kind == kind] if kind else []))
    ).all()
    if not rows:
        return None
    choices = {a: nid for a, nid in rows}
    hit = process.extractOne(alias, list(choices), scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
    return session.get(GraphNode, choices[hit[0]]) if hit else None
