"""Graph tables: nodes, the names that resolve to them, and typed edges with provenance."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, utcnow
from smarterp.intel.docs import models as _documents  # noqa: F401  (edges point at documents)


class GraphNode(Base):
    """An entity: a record of the books (customer, product...), a document, or something only
    documents mention (a person, a phone number). `key` is unique within its kind."""

    __tablename__ = "graph_node"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    key: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(300))
    record_table: Mapped[str | None] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    attrs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class GraphAlias(Base):
    """A normalised name ("alfreds futterkiste", "alfreds", "alfki") that means one node."""

    __tablename__ = "graph_alias"
    __table_args__ = (UniqueConstraint("alias", "node_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(300), index=True)
    node_id: Mapped[int] = mapped_column(
        ForeignKey("graph_node.id", ondelete="CASCADE"), index=True
    )


class GraphEdge(Base):
    """A typed link between two nodes, with where it was learned: the document and the words
    there, the extractor, its confidence and when. `fingerprint` makes adding it idempotent."""

    __tablename__ = "graph_edge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    src_id: Mapped[int] = mapped_column(ForeignKey("graph_node.id", ondelete="CASCADE"), index=True)
    dst_id: Mapped[int] = mapped_column(ForeignKey("graph_node.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    span_text: Mapped[str | None] = mapped_column(String(500))
    extractor: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    observed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attrs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
