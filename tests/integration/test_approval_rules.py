"""A rule's "request approval" action on SQLite and PostgreSQL: the draft order waits for the
rule's approver role like a policy-held one, once per trigger however often the job runs, with
the requester kept from deciding, and a confirmed order reported instead of held."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, func, inspect, select

from smarterp.automation import jobs
from smarterp.automation.rules import runner, service
from smarterp.automation.rules.models import RuleRun, RunState
from smarterp.core import schema
from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import make_engine, unit_of_work, utcnow
from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.core.events import OutboxEvent
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import ApprovalRequest, ApprovalState, DocumentType
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.watch.models import Alert
from tests import factories as f
from tests.conftest import PG_URL, _pg_reachable, throwaway_pg_database

DISCOUNT_RULE = """
rules:
  - name: deep-discounts-de
    enabled: true
    trigger: {event: sales_order.created}
    conditions:
      all:
        - {field: max_discount, op: ">", value: 15}
        - {field: partner_country, op: "==", value: Germany}
    actions:
      - kind: request_approval
        approver_role: sales
        note: "{{ max_discount }}% off for {{ partner }}"
"""


@pytest.fixture
def books(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine, actor="test") as s:
        product = f.product(s, "CHAI", stock="500")
        customer = f.customer(s, "Alfreds Futterkiste", country="Germany")
        service.import_rules(s, DISCOUNT_RULE)
        return product.id, customer.id


def _order(engine: Engine, books: tuple[int, int], discount: str, *, by: str = "sam") -> int:
    product_id, customer_id = books
    with unit_of_work(engine, actor=by) as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer_id,
                order_date=date(2026, 1, 5),
                lines=[SalesLineIn(product_id=product_id, quantity=D(10), discount=D(discount))],
            ),
        )
        return order.id


def _queue(engine: Engine) -> jobs.JobQueue:
    return jobs.JobQueue(engine, jobs.make_huey("memory://"))


def test_a_rule_holds_a_draft_for_its_role_until_someone_else_approves(
    engine: Engine, books: tuple[int, int]
) -> None:
    small = _order(engine, books, "0.10")
    deep = _order(engine, books, "0.20")
    assert _queue(engine).run_once()[1] == 1  # the 10 % order does not fire the rule
    with unit_of_work(engine, actor="sam") as s:
        rule_id = service.get_rule(s, "deep-discounts-de").id
        (request,) = approvals.list_requests(s)
        assert (request.document_id, request.rule_id, request.policy_id) == (deep, rule_id, None)
        assert request.approver_role == "sales" and request.requested_by == "sam"
        assert request.reason == "rule deep-discounts-de: 20% off for Alfreds Futterkiste"
        assert request.max_discount == D("0.2")
        assert approvals.waiting_for(s, "sales_order", deep) == "waiting for approval by sales"
        with pytest.raises(IllegalState, match="waiting for approval by sales; cannot confirm"):
            sales.confirm_order(s, deep)
        sales.confirm_order(s, small)  # nothing holds the small one
        with pytest.raises(approvals.NotPermitted, match="sam asked for this approval"):
            approvals.approve(s, request.id, user="sam", role="sales")
        with pytest.raises(approvals.NotPermitted, match="needs someone in the sales role"):
            approvals.approve(s, request.id, user="wes", role="purchasing")
    with unit_of_work(engine, actor="maria") as s:
        approvals.approve(s, request.id, user="maria", role="sales", comment="key account")
    with unit_of_work(engine, actor="sam") as s:
        assert sales.confirm_order(s, deep).state == SalesState.CONFIRMED
        asked = s.scalars(
            select(AuditRecord).where(AuditRecord.action == "approval_request.create")
        ).one()
        assert (asked.actor, asked.via) == ("rule:deep-discounts-de", "rule")
        decided = s.scalars(
            select(AuditRecord).where(AuditRecord.action == "approval_request.approved")
        ).one()
        assert (decided.actor, decided.reason) == ("maria", "key account")
        event = s.scalars(
            select(OutboxEvent).where(OutboxEvent.topic == "approval.requested")
        ).one()
        assert event.payload["rule_id"] == rule_id and event.payload["approver_role"] == "sales"


def test_a_rerun_of_the_job_asks_no_second_time(engine: Engine, books: tuple[int, int]) -> None:
    order_id = _order(engine, books, "0.25")
    _queue(engine).run_once()
    with unit_of_work(engine, actor="test") as s:
        run = s.scalars(select(RuleRun)).one()
        # As if the worker died after the request, before the run was marked done.
        run.state, run.lease_until = RunState.RUNNING, utcnow() - timedelta(seconds=1)
        run_id = run.id
    assert runner.execute(engine, run_id).state == RunState.DONE
    with unit_of_work(engine, actor="rule:deep-discounts-de") as s:
        assert s.scalar(select(func.count()).select_from(ApprovalRequest)) == 1
        log = s.get(RuleRun, run_id).log  # type: ignore[union-attr]
        assert log[-1]["skipped"] == "done by an earlier try"
        # Asked again outside the effect keys (a later event), the pending one answers.
        order = sales.get_order(s, order_id)
        again, new = approvals.request_for_rule(
            s,
            DocumentType.SALES_ORDER,
            order,
            rule_id=service.get_rule(s, "deep-discounts-de").id,
            rule_name="deep-discounts-de",
            approver_role="sales",  # type: ignore[arg-type]
        )
        assert not new and again.state == ApprovalState.PENDING
        assert s.scalar(select(func.count()).select_from(ApprovalRequest)) == 1


def test_a_rejection_sends_it_back_and_the_next_confirm_asks_again(
    engine: Engine, books: tuple[int, int]
) -> None:
    order_id = _order(engine, books, "0.30")
    _queue(engine).run_once()
    with unit_of_work(engine, actor="maria") as s:
        (request,) = approvals.list_requests(s)
        with pytest.raises(InvalidInput, match="say why"):
            approvals.reject(s, request.id, user="maria", role="sales", comment=" ")
        approvals.reject(s, request.id, user="maria", role="sales", comment="30% is too much")
    with unit_of_work(engine, actor="sam") as s:
        rejected = approvals.last_rejection(s, "sales_order", order_id)
        assert rejected is not None and rejected.comment == "30% is too much"
        order = sales.confirm_order(s, order_id)  # the rule fires on no confirm: asked here
        assert order.state == SalesState.DRAFT
        pending = approvals.pending(s, "sales_order", order_id)
        rule_id = service.get_rule(s, "deep-discounts-de").id
        assert [(r.rule_id, r.approver_role, r.requested_by) for r in pending] == [
            (rule_id, "sales", "sam")
        ]


def test_an_order_confirmed_before_the_rule_ran_is_reported_not_held(
    engine: Engine, books: tuple[int, int]
) -> None:
    order_id = _order(engine, books, "0.40")
    with unit_of_work(engine, actor="sam") as s:
        sales.confirm_order(s, order_id)  # faster than the worker
    _queue(engine).run_once()
    with unit_of_work(engine, actor="test") as s:
        assert approvals.list_requests(s, None) == []
        alert = s.scalars(select(Alert).where(Alert.kind == "rule")).one()
        assert "was not held for approval by sales (rule deep-discounts-de)" in alert.summary
        assert "it is confirmed already" in alert.summary
        run = s.scalars(select(RuleRun)).one()
        assert run.state == RunState.DONE and "not_held" in run.log[-1]


def test_the_action_is_checked_as_the_rule_is_saved(engine: Engine) -> None:
    confirmed = DISCOUNT_RULE.replace("sales_order.created", "sales_order.confirmed")
    with unit_of_work(engine, actor="test") as s:
        with pytest.raises(InvalidInput, match="request_approval holds a draft order") as exc:
            service.import_rules(s, confirmed)
        assert exc.value.details["field"] == "actions[0].kind"
    viewer = DISCOUNT_RULE.replace("approver_role: sales", "approver_role: warehouse")
    with unit_of_work(engine, actor="test") as s:
        with pytest.raises(InvalidInput, match="'warehouse' cannot decide approvals") as exc:
            service.import_rules(s, viewer)
        assert exc.value.details["field"] == "actions[0].approver_role"


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    if _pg_reachable(PG_URL) is not None:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    with throwaway_pg_database(PG_URL) as url:
        yield url


def test_migration_0027_goes_down_and_up_again(fresh_url: str) -> None:
    engine = make_engine(fresh_url)
    try:
        schema.upgrade(engine)

        def columns() -> dict[str, bool]:
            found = inspect(engine).get_columns("approval_request")
            return {c["name"]: bool(c["nullable"]) for c in found}

        assert columns()["policy_id"] is True and "rule_id" in columns()
        cfg = schema.alembic_config(engine)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0027@-1")
            conn.commit()
        assert columns()["policy_id"] is False and "rule_id" not in columns()
        schema.upgrade(engine)
        assert "0027" in schema.current_revisions(engine) and "rule_id" in columns()
    finally:
        engine.dispose()
