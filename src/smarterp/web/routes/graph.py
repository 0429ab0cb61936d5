"""The knowledge-graph page: a node's neighbourhood drawn with cytoscape.js (fed as JSON), a
search over names and aliases, and everything known about the node with its sources."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from smarterp.core.errors import NotFound
from smarterp.intel.docs.text import normalise_name
from smarterp.intel.graph import queries
from smarterp.intel.graph.models import GraphAlias, GraphEdge, GraphNode
from smarterp.web.pages import SECURITY_HEADERS, WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

# A neighbourhood larger than this is drawn in part (the panel still lists every fact).
NEIGHBOUR_EDGES = 150
SEARCH_HITS = 12
_DECIMAL = re.compile(r"-?\d+\.\d+")
MAX_NAME = 300

# Kinds and edge types as people read them; templates and the JSON translate the English.
KIND_LABELS = {
    "customer": "Customer",
    "supplier": "Supplier",
    "partner": "Partner",
    "product": "Product",
    "person": "Person",
    "document": "Document",
    "email": "Email address",
}
EDGE_LABELS = {
    "works_for": "works for",
    "supplies": "supplies",
    "bought": "bought",
    "sent_from": "sent from",
    "about": "is about",
    "uses_email": "uses email",
    "mentions": "mentions",
    "orders": "orders",
}
# Facts' attributes as people read them (the rest keep their own name).
ATTR_LABELS = {
    "order_lines": "order lines",
    "quantity": "quantity",
    "title": "title",
    "price": "price",
    "lead_time_days": "lead time (days)",
    "by": "wanted by",
    "intent": "intent",
}
# Where a node's record of the books is shown in the web app.
_RECORD_PAGES = {"customer": "/customers", "supplier": "/suppliers", "product": "/products"}


def kind_label(ctx: WebCtx, kind: str) -> str:
    return ctx.tr.gettext(KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()))


def edge_label(ctx: WebCtx, type_: str) -> str:
    return ctx.tr.gettext(EDGE_LABELS.get(type_, type_.replace("_", " ")))


def record_href(node: dict[str, Any]) -> str | None:
    record = node.get("record")
    base = _RECORD_PAGES.get(node["kind"])
    if record is None or base is None:
        return None
    return f"{base}/{record['id']}"


def _name_param(ctx: WebCtx) -> str:
    return ctx.request.query_params.get("node", "").strip()[:MAX_NAME]


def default_centre(session: Session) -> GraphNode | None:
    """Where the page opens without a node: the best-connected customer (else any node)."""
    ends = union_all(
        select(GraphEdge.src_id.label("node_id")), select(GraphEdge.dst_id.label("node_id"))
    ).subquery()
    for kinds in (("customer",), None):
        query = (
            select(GraphNode)
            .join(ends, ends.c.node_id == GraphNode.id)
            .group_by(GraphNode.id)
            .order_by(func.count().desc(), GraphNode.id)
            .limit(1)
        )
        if kinds:
            query = query.where(GraphNode.kind.in_(kinds))
        found = session.scalars(query).first()
        if found is not None:
            return found
    return session.scalars(select(GraphNode).order_by(GraphNode.id).limit(1)).first()


def _centre(session: Session, name: str) -> GraphNode | None:
    """The node the request names (NotFound when none), or the default when it names none."""
    if name:
        return queries.require_node(session, name)
    return default_centre(session)


def neighbourhood(ctx: WebCtx, session: Session, centre: GraphNode) -> dict[str, Any]:
    """The centre, its neighbours and the links among them, shaped for cytoscape.js."""
    near = queries.neighbors(session, str(centre.id), limit=NEIGHBOUR_EDGES)
    total = session.scalar(
        select(func.count()).where(
            or_(GraphEdge.src_id == centre.id, GraphEdge.dst_id == centre.id)
        )
    )
    nodes = {centre.id: queries.node_dict(centre)}
    for item in near["neighbors"]:
        nodes.setdefault(item["node"]["id"], item["node"])
    ids = list(nodes)
    edges = session.scalars(
        select(GraphEdge)
        .where(GraphEdge.src_id.in_(ids), GraphEdge.dst_id.in_(ids))
        .order_by(GraphEdge.id)
        .limit(NEIGHBOUR_EDGES * 3)
    ).all()
    seen: set[tuple[int, int, str]] = set()
    links = []
    for e in edges:
        # One line per pair and type: the same fact from many documents is one link drawn.
        if (e.src_id, e.dst_id, e.type) in seen:
            continue
        seen.add((e.src_id, e.dst_id, e.type))
        links.append(
            {
                "data": {
                    "id": f"e{e.id}",
                    "source": str(e.src_id),
                    "target": str(e.dst_id),
                    "type": e.type,
                    "label": edge_label(ctx, e.type),
                    "confidence": round(e.confidence, 3),
                }
            }
        )
    return {
        "centre": {**queries.node_dict(centre), "kind_label": kind_label(ctx, centre.kind)},
        "nodes": [
            {
                "data": {
                    "id": str(n["id"]),
                    "label": n["label"],
                    "kind": n["kind"],
                    "kind_label": kind_label(ctx, n["kind"]),
                    "centre": n["id"] == centre.id,
                }
            }
            for n in nodes.values()
        ],
        "edges": links,
        "shown_links": len(near["neighbors"]),
        "total_links": total or 0,
    }


def about_view(ctx: WebCtx, session: Session, centre: GraphNode) -> dict[str, Any]:
    """Everything about the node, grouped by link type, each fact with where it came from."""
    facts = queries.about(session, str(centre.id))
    groups = []
    for type_, items in sorted(facts["facts"].items()):
        rows = []
        for item in items:
            other = item["node"]
            attrs = {
                ctx.tr.gettext(ATTR_LABELS.get(k, k.replace("_", " "))): _readable(ctx, v)
                for k, v in (item.get("attrs") or {}).items()
                if isinstance(v, str | int | float) and v != ""
            }
            rows.append(
                {
                    "node": other,
                    "kind": kind_label(ctx, other["kind"]),
                    "outgoing": item["src"] == centre.id,
                    "confidence": item["confidence"],
                    "extractor": item["extractor"],
                    "observed_at": item["observed_at"],
                    "source": item["source"],
                    "attrs": attrs,
                }
            )
        groups.append({"type": type_, "label": edge_label(ctx, type_), "rows": rows})
    node = facts["node"]
    return {
        "node": node,
        "kind": kind_label(ctx, node["kind"]),
        "href": record_href(node) if ctx.may("partners.read") else None,
        "groups": groups,
        "documents": facts["documents"],
    }


def _readable(ctx: WebCtx, value: str | int | float) -> str:
    """An attribute as a person reads it: "130.000" (a stored quantity) becomes "130"."""
    if isinstance(value, str):
        # Only stored decimals ("130.000"); codes and numbers such as "10248" stay as written.
        return ctx.tr.number(Decimal(value)) if _DECIMAL.fullmatch(value) else value
    return ctx.tr.number(Decimal(str(value)))


def _graph_size(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(GraphNode)) or 0


@router.get("/graph")
def graph_page(ctx: WebCtx = page("docs.read")) -> Response:
    name = _name_param(ctx)
    values: dict[str, Any] = {"name": name, "centre": None, "about": None, "missing": None}
    status = 200
    with ctx.work() as s:
        values["empty"] = _graph_size(s) == 0
        try:
            centre = None if values["empty"] else _centre(s, name)
        except NotFound:
            centre = None
            values["missing"] = name
            status = 404
        if centre is not None:
            values["centre"] = queries.node_dict(centre)
            values["about"] = about_view(ctx, s, centre)
    values["kinds"] = [(k, ctx.tr.gettext(v)) for k, v in KIND_LABELS.items()]
    return ctx.render("graph.html", status=status, **values)


@router.get("/graph/data")
def graph_data(ctx: WebCtx = page("docs.read")) -> Response:
    """The neighbourhood as JSON for graph.js (no inline script carries page data)."""
    name = _name_param(ctx)
    with ctx.work() as s:
        try:
            centre = _centre(s, name)
        except NotFound:
            message = ctx.tr.gettext("No node is called “{name}”.", name=name)
            return JSONResponse({"error": message}, status_code=404, headers=SECURITY_HEADERS)
        if centre is None:
            body: dict[str, Any] = {"centre": None, "nodes": [], "edges": []}
        else:
            body = neighbourhood(ctx, s, centre)
    return JSONResponse(body, headers=SECURITY_HEADERS)


@router.get("/graph/about")
def graph_about(ctx: WebCtx = page("docs.read")) -> Response:
    """The side panel for one node (htmx swaps it in when the graph re-centres)."""
    name = _name_param(ctx)
    with ctx.work() as s:
        centre = queries.require_node(s, name) if name else default_centre(s)
        if centre is None:
            raise NotFound("graph node", name or "-")
        return ctx.render("graph_about.html", about=about_view(ctx, s, centre))


@router.get("/graph/search")
def graph_search(ctx: WebCtx = page("docs.read")) -> Response:
    """Nodes whose name or an alias contains the words typed (accents and case folded)."""
    typed = _name_param(ctx)
    folded = normalise_name(typed) if typed else ""
    hits: list[dict[str, Any]] = []
    if folded:
        with ctx.work() as s:
            found = s.scalars(
                select(GraphNode)
                .join(GraphAlias, GraphAlias.node_id == GraphNode.id)
                .where(
                    or_(
                        GraphAlias.alias.contains(folded, autoescape=True),
                        GraphNode.label.icontains(typed, autoescape=True),
                    )
                )
                .group_by(GraphNode.id)
                .order_by(func.min(func.length(GraphAlias.alias)), GraphNode.id)
                .limit(SEARCH_HITS)
            ).all()
            hits = [{**queries.node_dict(n), "kind_label": kind_label(ctx, n.kind)} for n in found]
    return ctx.render("graph_search.html", hits=hits, typed=typed)
