"""The knowledge graph on the books and documents: resolution, neighbours, paths, sources."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import NotFound
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.extract import OrderReader
from smarterp.intel.docs.sources import read_paths
from smarterp.intel.docs.store import ingest
from smarterp.intel.graph.learn import learn_books, learn_document
from smarterp.intel.graph.models import GraphEdge
from smarterp.intel.graph.queries import (
    about,
    export_graphml,
    export_json,
    neighbors,
    path,
    top_suppliers,
)
from smarterp.intel.graph.store import resolve
from tests.integration.test_docs_ingest import DOCS, build_company


@pytest.fixture
def graph(engine: Engine) -> dict[str, int]:
    with unit_of_work(engine, actor="test") as session:
        ids = build_company(session)
        learn_books(session)
        reader = OrderReader(load_catalogue(session))
        ingest(
            session,
            read_paths([DOCS / "order_alfreds.eml", DOCS / "mail"]),
            reader,
            on_stored=learn_document,
        )
    return ids


def test_one_node_for_many_names(engine: Engine, graph: dict[str, int]) -> None:
    with Session(engine) as session:
        names = [
            "Alfreds Futterkiste",
            "alfreds",
            "ALFKI",
            "Alfreds Futterkiste GmbH",
            "Alfred Futterkiste",
        ]
        nodes = {resolve(session, n).id for n in names}  # type: ignore[union-attr]
        assert len(nodes) == 1
        assert resolve(session, "Exotic Liquids").label == "Exotic Liquids Ltd."  # type: ignore[union-attr]
        assert resolve(session, "Nobody At All Inc") is None


def test_neighbors_path_and_about(engine: Engine, graph: dict[str, int]) -> None:
    with Session(engine) as session:
        near = neighbors(session, "ALFKI")
        kinds = {(n["edge"], n["node"]["label"]) for n in near["neighbors"]}
        assert ("works_for", "Maria Anders") in kinds and ("orders", "Chai") in kinds
        route = path(session, "Maria Anders", "Exotic Liquids")
        assert [s["edge"] for s in route["steps"]] == ["works_for", "orders", "supplies"]
        assert route["steps"][-1]["to"]["label"] == "Exotic Liquids Ltd."
        assert path(session, "Maria Anders", "Exotic Liquids", max_depth=2)["path"] is None
        facts = about(session, "Alfreds Futterkiste")
        order_fact = next(f for f in facts["facts"]["orders"] if f["node"]["label"] == "Chai")
        assert order_fact["source"]["text"] == "12 cases of Chai"
        assert order_fact["attrs"]["quantity"] == "12" and order_fact["attrs"]["by"] == "2025-03-14"
        assert order_fact["source"]["subject"] == "Order for next week"
        with pytest.raises(NotFound):
            neighbors(session, "no such thing anywhere")


def test_learning_twice_adds_nothing(engine: Engine, graph: dict[str, int]) -> None:
    with Session(engine) as session:
        before = session.scalar(select(func.count(GraphEdge.id)))
    with unit_of_work(engine, actor="test") as session:
        learn_books(session)
        ingest(session, read_paths([DOCS / "order_alfreds.eml"]), None, on_stored=learn_document)
    with Session(engine) as session:
        assert session.scalar(select(func.count(GraphEdge.id))) == before


def test_suppliers_and_exports(engine: Engine, graph: dict[str, int], tmp_path: Path) -> None:
    with Session(engine) as session:
        top = top_suppliers(session, 3)
        assert top[0]["label"] == "Exotic Liquids Ltd." and top[0]["degree"] >= 3
        graphml = tmp_path / "g.graphml"
        graphml.write_text(export_graphml(session), encoding="utf-8")
        loaded = nx.read_graphml(graphml)
        data = export_json(session)
    assert loaded.number_of_nodes() == len(data["nodes"])
    assert json.loads(json.dumps(data))["edges"][0]["type"]
