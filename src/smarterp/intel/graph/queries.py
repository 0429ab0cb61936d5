"""Questions to the graph: neighbours, the path between two nodes (a recursive SQL query that
runs on SQLite and PostgreSQL), everything about a customer with its sources, the most
connected suppliers (networkx), and export to GraphML and JSON."""

from __future__ import annotations

import io
import itertools
from typing import Any

import networkx as nx
from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from smarterp.core.errors import NotFound
from smarterp.intel.docs.models import Document
from smarterp.intel.graph.models import GraphEdge, GraphNode
from smarterp.intel.graph.store import resolve

MAX_PATH_DEPTH = 6


def require_node(session: Session, name: str, kind: str | None = None) -> GraphNode:
    node = resolve(session, name, kind=kind)
    if node is None:
        raise NotFound("graph node", name)
    return node


def node_dict(node: GraphNode) -> dict[str, Any]:
    return {
        "id": node.id,
        "kind": node.kind,
        "key": node.key,
        "label": node.label,
        "record": {"table": node.record_table, "id": node.record_id} if node.record_table else None,
    }


def edge_dict(edge: GraphEdge, documents: dict[int, Document] | None = None) -> dict[str, Any]:
    source = None
    if edge.document_id is not None:
        doc = (documents or {}).get(edge.document_id)
        source = {
            "document": edge.document_id,
            "subject": doc.subject if doc else None,
            "span": [edge.span_start, edge.span_end] if edge.span_start is not None else None,
            "text": edge.span_text,
        }
    return {
        "id": edge.id,
        "type": edge.type,
        "src": edge.src_id,
        "dst": edge.dst_id,
        "extractor": edge.extractor,
        "confidence": edge.confidence,
        "observed_at": edge.observed_at.isoformat() if edge.observed_at else None,
        "source": source,
        "attrs": edge.attrs,
    }


def neighbors(
    session: Session, name: str, *, edge_type: str | None = None, limit: int = 200
) -> dict[str, Any]:
    node = require_node(session, name)
    query = select(GraphEdge).where(or_(GraphEdge.src_id == node.id, GraphEdge.dst_id == node.id))
    if edge_type:
        query = query.where(GraphEdge.type == edge_type)
    edges = list(session.scalars(query.order_by(GraphEdge.id).limit(limit)))
    other_ids = {e.dst_id if e.src_id == node.id else e.src_id for e in edges}
    others = {
        n.id: n for n in session.scalars(select(GraphNode).where(GraphNode.id.in_(other_ids)))
    }
    return {
        "node": node_dict(node),
        "neighbors": [
            {
                "direction": "out" if e.src_id == node.id else "in",
                "edge": e.type,
                "node": node_dict(others[e.dst_id if e.src_id == node.id else e.src_id]),
                "confidence": e.confidence,
            }
            for e in edges
        ],
    }


_PATH_SQL = text(
    """
    WITH RECURSIVE links(a, b) AS (
        SELECT src_id, dst_id FROM graph_edge
        UNION
        SELECT dst_id, src_id FROM graph_edge
    ),
    walk(node, trail, depth) AS (
        SELECT CAST(:start AS INTEGER),
               CAST(',' || CAST(:start AS VARCHAR(20)) || ',' AS VARCHAR(2000)),
               0
        UNION ALL
        SELECT links.b,
               CAST(walk.trail || CAST(links.b AS VARCHAR(20)) || ',' AS VARCHAR(2000)),
               walk.depth + 1
        FROM walk JOIN links ON links.a = walk.node
        WHERE walk.depth < :max_depth
          AND walk.node <> :goal
          AND walk.trail NOT LIKE '%,' || CAST(links.b AS VARCHAR(20)) || ',%'
    )
    SELECT trail FROM walk WHERE node = :goal ORDER BY depth LIMIT 1
    """
)


def path(session: Session, start: str, goal: str, *, max_depth: int = 4) -> dict[str, Any]:
    """The shortest chain of edges between two nodes, edges taken in either direction."""
    a, b = require_node(session, start), require_node(session, goal)
    depth = max(1, min(max_depth, MAX_PATH_DEPTH))
    trail = session.execute(_PATH_SQL, {"start": a.id, "goal": b.id, "max_depth": depth}).scalar()
    if trail is None:
        return {"from": node_dict(a), "to": node_dict(b), "path": None}
    ids = [int(x) for x in str(trail).strip(",").split(",")]
    nodes = {n.id: n for n in session.scalars(select(GraphNode).where(GraphNode.id.in_(ids)))}
    steps: list[dict[str, Any]] = []
    for left, right in itertools.pairwise(ids):
        edge = session.scalars(
            select(GraphEdge)
            .where(
                or_(
                    (GraphEdge.src_id == left) & (GraphEdge.dst_id == right),
                    (GraphEdge.src_id == right) & (GraphEdge.dst_id == left),
                )
            )
            .order_by(GraphEdge.confidence.desc())
        ).first()
        steps.append({"edge": edge.type if edge else None, "to": node_dict(nodes[right])})
    return {
        "from": node_dict(a),
        "to": node_dict(b),
        "path": [node_dict(nodes[ids[0]])],
        "steps": steps,
    }


def about(session: Session, name: str, *, limit: int = 500) -> dict[str, Any]:
    """Everything the graph knows about a customer (or any node), each fact with its source."""
    node = require_node(session, name)
    edges = list(
        session.scalars(
            select(GraphEdge)
            .where(or_(GraphEdge.src_id == node.id, GraphEdge.dst_id == node.id))
            .order_by(GraphEdge.type, GraphEdge.id)
            .limit(limit)
        )
    )
    other_ids = {e.dst_id if e.src_id == node.id else e.src_id for e in edges}
    others = {
        n.id: n for n in session.scalars(select(GraphNode).where(GraphNode.id.in_(other_ids)))
    }
    doc_ids = {e.document_id for e in edges if e.document_id is not None}
    documents = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(doc_ids)))}
    facts: dict[str, list[dict[str, Any]]] = {}
    for e in edges:
        other = others[e.dst_id if e.src_id == node.id else e.src_id]
        facts.setdefault(e.type, []).append({"node": node_dict(other), **edge_dict(e, documents)})
    return {"node": node_dict(node), "facts": facts, "documents": sorted(doc_ids)}


def to_networkx(session: Session) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node in session.scalars(select(GraphNode)):
        graph.add_node(node.id, kind=node.kind, key=node.key, label=node.label)
    for edge in session.scalars(select(GraphEdge)):
        graph.add_edge(
            edge.src_id,
            edge.dst_id,
            key=edge.id,
            type=edge.type,
            extractor=edge.extractor,
            confidence=edge.confidence,
            document=edge.document_id if edge.document_id is not None else -1,
            span=edge.span_text or "",
        )
    return graph


def top_suppliers(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    """Suppliers ranked by how many distinct nodes they connect to (degree in the graph)."""
    graph = nx.Graph(to_networkx(session))
    centrality = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {}
    suppliers = [n for n, data in graph.nodes(data=True) if data.get("kind") == "supplier"]
    ranked = sorted(suppliers, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"]))
    return [
        {
            "id": n,
            "label": graph.nodes[n]["label"],
            "degree": graph.degree(n),
            "centrality": round(centrality.get(n, 0.0), 4),
        }
        for n in ranked[:limit]
    ]


def export_graphml(session: Session) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(session), buffer)
    return buffer.getvalue().decode("utf-8")


def export_json(session: Session) -> dict[str, Any]:
    return {
        "nodes": [node_dict(n) for n in session.scalars(select(GraphNode).order_by(GraphNode.id))],
        "edges": [edge_dict(e) for e in session.scalars(select(GraphEdge).order_by(GraphEdge.id))],
    }
