"""Customer segments on SQLite and PostgreSQL: kept in one spelling by the partner service,
filtered by the CLI, imported from CSV, offered to rules (a partner_segment condition fires on
the right customers, in a dry run too, and from a sentence), and migration 0029 down and up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select
from typer.testing import CliRunner

from smarterp.automation.rules import from_text, service
from smarterp.automation.rules.models import RuleRun
from smarterp.cli.main import app
from smarterp.core import schema
from smarterp.core.db import engine_for, make_engine, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.data.tabular import import_table
from smarterp.erp.partners import queries
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerUpdate
from smarterp.erp.partners.service import update_partner
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.conftest import PG_URL, _pg_reachable, throwaway_pg_database
from tests.integration.test_rules import _queue

WHOLESALE_ORDERS = """
name: wholesale-orders
enabled: true
trigger: {event: sales_order.created}
conditions: {field: partner_segment, op: "==", value: wholesale}
actions: [{kind: alert, summary: "Wholesale order {{ number }} for {{ partner }}"}]
"""


def test_one_spelling_per_segment_and_the_list_filter(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        first = f.customer(s, "Big Box", segment="  Wholesale ")
        second = f.customer(s, "Corner Shop", segment="retail")
        third = f.customer(s, "Cash and Carry", segment="WHOLESALE")
        f.customer(s, "No Group Ltd", segment="")
        s.flush()
        # A segment typed in another case joins the one in use; blanks mean none.
        assert (first.segment, second.segment, third.segment) == (
            "Wholesale",
            "retail",
            "Wholesale",
        )
        assert queries.segments(s) == ["retail", "Wholesale"]
        found = s.scalars(queries.partners(segment="wholesale").order_by(Partner.name))
        assert [p.name for p in found] == ["Big Box", "Cash and Carry"]
        searched = s.scalars(queries.partners(q="wholes").order_by(Partner.name))
        assert [p.name for p in searched] == ["Big Box", "Cash and Carry"]
        # The only partner of a segment may recase it; emptying clears it.
        update_partner(s, second.id, PartnerUpdate(version=second.version, segment="Retail"))
        update_partner(s, third.id, PartnerUpdate(version=third.version, segment=""))
        s.flush()
        assert (second.segment, third.segment) == ("Retail", None)
        assert queries.segment_suggestions(s) == ["Retail", "Wholesale"]


def test_a_rule_on_the_segment_fires_for_its_customers_only(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        chai = f.product(s, "CHAI", stock="100")
        big = f.customer(s, "Big Box", segment="Wholesale")
        shop = f.customer(s, "Corner Shop", segment="Retail")
        ids = chai.id, big.id, shop.id
        service.import_rules(s, WHOLESALE_ORDERS)
    numbers = {}
    for customer_id in ids[1:]:
        with unit_of_work(engine, actor="test") as s:
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer_id,
                    order_date=date(2026, 1, 5),
                    lines=[SalesLineIn(product_id=ids[0], quantity=D(2))],
                ),
            )
            numbers[customer_id] = order.number
    with unit_of_work(engine, actor="test") as s:
        fired = service.dry_run(s, "wholesale-orders", days=30)
        assert [r.record["number"] for r in fired] == [numbers[ids[1]]]
        assert fired[0].record["partner_segment"] == "Wholesale"
    queue = _queue(engine)
    queue.run_once()
    with unit_of_work(engine, actor="test") as s:
        runs = list(s.scalars(select(RuleRun)))
        assert [r.record["partner"] for r in runs] == ["Big Box"]


def test_a_sentence_names_a_segment_of_the_books(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        f.customer(s, "Chain Store", segment="Key accounts")
        segments = queries.segments(s)
    rule = from_text.parse(
        "when an invoice is 30 days overdue for key accounts customers, email the customer",
        segments,
    )
    assert {"field": "partner_segment", "op": "==", "value": "Key accounts"} in rule["conditions"][
        "all"
    ]
    with unit_of_work(engine, actor="test") as s:
        assert service.save(s, rule).name  # the parsed rule saves as it is


def test_csv_import_and_cli_carry_the_segment(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "partners.csv"
    path.write_text("name,ref,segment\nBig Box,BIG,Wholesale\nCorner Shop,SHOP,\n")
    result = import_table(engine, "partners", path)
    assert (result.created, result.problems) == (2, [])
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    try:
        cli = CliRunner()
        out = cli.invoke(app, ["partner", "add", "Depot", "--customer", "--segment", "wholesale"])
        assert out.exit_code == 0, out.output
        out = cli.invoke(app, ["partner", "set", "SHOP", "--segment", "Retail"])
        assert out.exit_code == 0, out.output
        listed = cli.invoke(app, ["partner", "list", "--segment", "WHOLESALE", "--json"])
        assert listed.exit_code == 0, listed.output
        rows = json.loads(listed.output)
        assert [(r["name"], r["segment"]) for r in rows] == [
            ("Big Box", "Wholesale"),
            ("Depot", "Wholesale"),
        ]
    finally:
        engine_for(get_settings().resolved_database_url()).dispose()
        get_settings.cache_clear()
        engine_for.cache_clear()
    with unit_of_work(engine, actor="test") as s:
        assert queries.find_by_ref(s, "SHOP").segment == "Retail"  # type: ignore[union-attr]


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    if _pg_reachable(PG_URL) is not None:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    with throwaway_pg_database(PG_URL) as url:
        yield url


def test_migration_0029_goes_down_and_up_again(fresh_url: str) -> None:
    engine = make_engine(fresh_url)
    try:
        schema.upgrade(engine)

        def columns() -> set[str]:
            return {c["name"] for c in inspect(engine).get_columns("partner")}

        assert "segment" in columns()
        cfg = schema.alembic_config(engine)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0029@-1")
            conn.commit()
        assert "segment" not in columns() and "address_type" in columns()
        schema.upgrade(engine)
        assert "0029" in schema.current_revisions(engine) and "segment" in columns()
    finally:
        engine.dispose()
