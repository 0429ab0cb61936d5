"""Automation rules on SQLite and PostgreSQL: saved as versioned data, fired once per trigger
by events, schedules and checks, their actions done once, failures retried then dead-lettered."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import Engine, func, select

from smarterp.automation import jobs
from smarterp.automation.rules import builtin, dispatch, runner, service
from smarterp.automation.rules.models import RuleEffect, RuleRun, RunState, Task
from smarterp.core.audit_record import AuditRecord
from smarterp.core.auth import create_user
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.errors import InvalidInput
from smarterp.core.events import OutboxEvent
from smarterp.core.mail import OutgoingMail, SentMail
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.watch.models import Alert
from tests import factories as f

BIG_ORDERS = """
rules:
  - name: big-orders
    enabled: true
    trigger: {event: sales_order.confirmed}
    conditions:
      all:
        - {field: amount, op: ">=", value: 100}
        - not: {field: partner, op: in, value: [Blocked Ltd]}
    actions:
      - {kind: task, assignee: anna, title: "Call {{ partner }} about {{ number }}"}
      - {kind: alert, summary: "Big order {{ number }}", severity: low}
      - {kind: webhook, topic: big_order}
"""


def _queue(engine: Engine, **policy: float) -> jobs.JobQueue:
    return jobs.JobQueue(engine, jobs.make_huey("memory://"), runner.Policy(**policy))


def _books(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine, actor="test") as s:
        create_user(s, "anna", "sales", "a-long-password-1")
        product = f.product(s, "CHAI", stock="500")
        customer = f.customer(s, "Acme", email="ap@acme.test")
        return product.id, customer.id


def _confirm_order(engine: Engine, product_id: int, customer_id: int, qty: str) -> str:
    with unit_of_work(engine, actor="test") as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer_id,
                order_date=date(2026, 1, 5),
                lines=[SalesLineIn(product_id=product_id, quantity=D(qty))],
            ),
        )
        sales.confirm_order(s, order.id)
        return order.number


def test_event_rule_fires_once_per_matching_event_and_logs_its_run(engine: Engine) -> None:
    product_id, customer_id = _books(engine)
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, BIG_ORDERS)
    small = _confirm_order(engine, product_id, customer_id, "2")  # 36.00: below the condition
    big = _confirm_order(engine, product_id, customer_id, "20")
    queue = _queue(engine)
    report, executed = queue.run_once()
    assert (report.events, executed) == (1, 1)
    assert queue.run_once()[1] == 0  # nothing new: the event fired once
    with unit_of_work(engine, actor="test") as s:
        tasks = list(s.scalars(select(Task)))
        assert [(t.assignee, t.title) for t in tasks] == [("anna", f"Call Acme about {big}")]
        assert small not in tasks[0].title
        alert = s.scalars(select(Alert).where(Alert.kind == "rule")).one()
        assert alert.summary == f"Big order {big}"
        hook = s.scalars(select(OutboxEvent).where(OutboxEvent.topic == "rule.big_order")).one()
        assert hook.payload["record"]["number"] == big
        run = s.scalars(select(RuleRun)).one()
        assert run.state == RunState.DONE and run.attempts == 1
        assert [entry["kind"] for entry in run.log] == ["task", "alert", "webhook"]
        actions = set(s.scalars(select(AuditRecord.action).where(AuditRecord.via == "rule")))
        assert {"task.assign", "alert.raise"} <= actions


def test_a_rerun_of_a_finished_or_half_done_run_doubles_nothing(engine: Engine) -> None:
    product_id, customer_id = _books(engine)
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, BIG_ORDERS)
    _confirm_order(engine, product_id, customer_id, "20")
    queue = _queue(engine)
    queue.run_once()
    with unit_of_work(engine, actor="test") as s:
        run = s.scalars(select(RuleRun)).one()
        # As if its worker died after the actions, before the run was marked done.
        run.state, run.lease_until = RunState.RUNNING, utcnow() - timedelta(seconds=1)
        run_id = run.id
    assert runner.execute(engine, run_id).state == RunState.DONE
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 1
        assert s.scalar(select(func.count()).select_from(RuleEffect)) == 3
        log = s.get(RuleRun, run_id).log  # type: ignore[union-attr]
        assert sum("skipped" in entry for entry in log) == 3
    # A finished run is not taken again.
    assert runner.execute(engine, run_id).state is None


def test_failures_back_off_then_land_on_the_dead_letter_list(engine: Engine) -> None:
    product_id, customer_id = _books(engine)
    rule = BIG_ORDERS.replace("assignee: anna", "assignee: nobody")
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, rule)
    _confirm_order(engine, product_id, customer_id, "20")
    queue = _queue(engine, max_attempts=3, first_retry_seconds=0.0)
    queue.run_once()
    for _ in range(3):
        queue.run_once()
    with unit_of_work(engine, actor="test") as s:
        run = s.scalars(select(RuleRun)).one()
        assert run.state == RunState.DEAD and run.attempts == 3
        assert "user 'nobody' does not exist" in (run.last_error or "")
        assert [r.id for r in service.list_runs(s, state=RunState.DEAD)] == [run.id]
        assert s.scalar(select(func.count()).select_from(Task)) == 0
        create_user(s, "nobody", "sales", "a-long-password-2")
        service.retry_dead(s, run.id)
    queue.run_once()
    with unit_of_work(engine, actor="test") as s:
        assert s.scalars(select(RuleRun)).one().state == RunState.DONE
        assert s.scalar(select(func.count()).select_from(Task)) == 1


def test_retry_delay_doubles_and_is_capped() -> None:
    policy = runner.Policy(first_retry_seconds=30, longest_retry_seconds=100)
    assert [policy.retry_delay(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 100, 100]


def test_saving_versions_a_changed_rule_and_refuses_mistakes_by_path(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, BIG_ORDERS)
        rule = service.import_rules(s, BIG_ORDERS)[0]
        assert rule.version == 1  # the same definition again is no new version
        rule = service.import_rules(s, BIG_ORDERS.replace("value: 100", "value: 200"))[0]
        assert rule.version == 2
    mistakes = {
        "conditions.all[0].field": BIG_ORDERS.replace("field: amount", "field: amout"),
        "conditions.all[0].op": BIG_ORDERS.replace('op: ">="', "op: '=>'"),
        "actions[0].assignee": BIG_ORDERS.replace("assignee: anna, ", ""),
        "actions[0].kind": BIG_ORDERS.replace("kind: task", "kind: teleport"),
        "trigger": BIG_ORDERS.replace("{event: sales_order.confirmed}", "{schedule: whenever}"),
        "actions[1].summary": BIG_ORDERS.replace('"Big order {{ number }}"', '"{{ number"'),
    }
    for path, text in mistakes.items():
        with unit_of_work(engine, actor="test") as s, pytest.raises(InvalidInput) as caught:
            service.import_rules(s, text)
        assert caught.value.details["field"] == path, text
    with unit_of_work(engine, actor="test") as s:
        assert service.get_rule(s, "big-orders").version == 2  # nothing half-written


def test_export_gives_back_what_import_takes(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, BIG_ORDERS)
        builtin.install(s)
        exported = service.export_rules(s)
        versions = {r.name: r.version for r in service.list_rules(s)}
        service.import_rules(s, exported)
        assert {r.name: r.version for r in service.list_rules(s)} == versions
        assert {r.name for r in service.list_rules(s) if r.enabled} == {"big-orders"}


def _overdue_invoice(engine: Engine, customer_id: int, amount: str) -> str:
    with unit_of_work(engine, actor="test") as s:
        invoice = invoicing.create_invoice(
            s,
            InvoiceIn(
                kind="out_invoice",
                partner_id=customer_id,
                invoice_date=date.today() - timedelta(days=70),
                due_date=date.today() - timedelta(days=40),
                lines=[InvoiceLineIn(description="Tea", quantity=D(1), unit_price=D(amount))],
            ),
        )
        invoicing.post_invoice(s, invoice.id)
        return str(invoice.number)


class Outbox:
    """A stand-in SMTP sender that keeps what it is asked to send (the real server is in
    tests/integration/test_jobs_queue.py)."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []

    def __call__(self, mail: OutgoingMail) -> SentMail:
        self.sent.append(mail)
        return SentMail(f"<{len(self.sent)}@test>", "ar@us.test", mail.to, mail.subject, b"")


def test_payment_reminder_emails_each_overdue_invoice_once(engine: Engine) -> None:
    _, customer_id = _books(engine)
    number = _overdue_invoice(engine, customer_id, "250.00")
    with unit_of_work(engine, actor="test") as s:
        builtin.install(s)
        service.set_enabled(s, "payment-reminder", True)
    outbox = Outbox()
    queue = jobs.JobQueue(engine, jobs.make_huey("memory://"), sender=outbox)
    queue.run_once()
    queue.clock = dispatch.CheckClock()  # another worker looking too
    queue.run_once()
    assert [(m.to, m.subject) for m in outbox.sent] == [
        (["ap@acme.test"], f"Payment reminder: invoice {number}")
    ]
    assert "40 days overdue" in outbox.sent[0].body


def test_a_schedule_slot_fires_once_however_many_dispatchers_see_it(engine: Engine) -> None:
    _books(engine)
    rule = """
name: every-minute
enabled: true
trigger: {schedule: every minute}
actions: [{kind: task, assignee: anna, title: "Tick {{ slot }}"}]
"""
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, rule)
        rule_row = service.get_rule(s, "every-minute")
        rule_row.enabled_at = utcnow() - timedelta(minutes=5)
    now = utcnow()
    fired = []
    for _ in range(3):  # three workers' dispatchers at the same moment
        with unit_of_work(engine, actor="test") as s:
            fired += dispatch.fire_schedules(s, now=now)
    assert len(fired) == 1
    with unit_of_work(engine, actor="test") as s:
        run = s.get(RuleRun, fired[0])
        assert run is not None
        slot = now.replace(second=0, microsecond=0)
        assert run.trigger_key == f"slot:{slot.astimezone(UTC).isoformat()}"


def test_dry_run_shows_what_would_have_fired_and_changes_nothing(engine: Engine) -> None:
    product_id, customer_id = _books(engine)
    for qty in ("2", "20", "30"):
        _confirm_order(engine, product_id, customer_id, qty)
    disabled = BIG_ORDERS.replace("enabled: true", "enabled: false")
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, disabled)
        fired = service.dry_run(s, "big-orders", days=30)
    assert len(fired) == 2
    assert fired[0].actions[0] == {
        "kind": "task",
        "assignee": "anna",
        "title": f"Call Acme about {fired[0].record['number']}",
    }
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(func.count()).select_from(RuleRun)) == 0
        assert s.scalar(select(func.count()).select_from(Task)) == 0
        with pytest.raises(InvalidInput):
            service.dry_run(s, "big-orders", days=0)


def test_a_rule_enabled_later_ignores_what_happened_before(engine: Engine) -> None:
    product_id, customer_id = _books(engine)
    _confirm_order(engine, product_id, customer_id, "20")
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, BIG_ORDERS)
    queue = _queue(engine)
    assert queue.run_once()[0].events == 0
    _confirm_order(engine, product_id, customer_id, "25")
    assert queue.run_once()[0].events == 1


def test_slots_of_words_and_month_end() -> None:
    from smarterp.automation.rules import schedule

    monday = schedule.parse("every monday 8:00")
    start = datetime(2026, 11, 1, tzinfo=UTC)
    slots = schedule.slots(monday, start, datetime(2026, 12, 1, tzinfo=UTC))
    assert [s.day for s in slots] == [2, 9, 16, 23, 30] and {s.hour for s in slots} == {8}
    month_end = schedule.parse("month end 18:00", "Asia/Shanghai")
    slots = schedule.slots(month_end, start, datetime(2027, 1, 1, tzinfo=UTC))
    assert [(s.month, s.day, s.hour) for s in slots] == [(11, 30, 10), (12, 31, 10)]
    with pytest.raises(ValueError, match="not a schedule"):
        schedule.parse("sometimes")


def test_large_discount_notice_raises_one_alert_for_a_discount_above_20_percent(
    engine: Engine,
) -> None:
    product_id, customer_id = _books(engine)
    with unit_of_work(engine, actor="test") as s:
        builtin.install(s)
        service.set_enabled(s, "large-discount-notice", True)
    numbers = []
    with unit_of_work(engine, actor="test") as s:
        for discount in ("0.10", "0.25"):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer_id,
                    order_date=date(2026, 1, 5),
                    lines=[SalesLineIn(product_id=product_id, quantity=D(3), discount=D(discount))],
                ),
            )
            sales.confirm_order(s, order.id)
            numbers.append(order.number)
    _queue(engine).run_once()
    with unit_of_work(engine, actor="test") as s:
        alerts = list(s.scalars(select(Alert).where(Alert.kind == "rule")))
    assert [a.summary for a in alerts] == [f"{numbers[1]} for Acme gives a 25% discount"]


def test_a_reminder_can_carry_the_invoice_as_a_pdf(engine: Engine) -> None:
    _, customer_id = _books(engine)
    number = _overdue_invoice(engine, customer_id, "99.00")
    rule = """
name: reminder-with-invoice
enabled: true
trigger: {check: overdue_invoices}
conditions: {field: days_overdue, op: ">=", value: 30}
actions:
  - kind: email
    to: "{{ partner_email }}"
    subject: "Reminder {{ number }}"
    body: "Please find the invoice attached."
    attach: document
"""
    with unit_of_work(engine, actor="test") as s:
        service.import_rules(s, rule)
        preview = service.dry_run(s, "reminder-with-invoice", days=30)
    assert preview[0].actions[0]["attach"] == "document"
    outbox = Outbox()
    jobs.JobQueue(engine, jobs.make_huey("memory://"), sender=outbox).run_once()
    (mail,) = outbox.sent
    (pdf,) = mail.attachments
    assert pdf.filename.endswith(".pdf") and pdf.content.startswith(b"%PDF")
    assert number.replace("/", "") in pdf.filename.replace("/", "").replace("-", "")
    with unit_of_work(engine, actor="test") as s:
        assert s.scalars(select(RuleRun)).one().log[0]["attached"] == [pdf.filename]
