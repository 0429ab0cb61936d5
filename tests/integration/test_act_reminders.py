"""Act sends reminders of overdue invoices (SQLite and PostgreSQL) through the documents' mail
path to a real SMTP server started by the test: previewed per customer, sent only on
confirmation, recorded on the customer and in their messages; a refused server records nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core import auth
from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.core.mail import MailError
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings
from smarterp.erp.crm.models import Message
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.partners.models import Partner
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.act import service as act
from smarterp.intel.act.models import ActProposal
from smarterp.intel.act.schemas import ActResult
from tests import factories as f
from tests.smtp_server import SmtpServer, free_port, running_smtp_server

TODAY = date(2025, 5, 6)


@dataclass
class Overdue:
    engine: Engine
    # Customer name -> (invoice number, due date)
    invoices: dict[str, tuple[str, date]]


def _invoice(s: Session, customer: Partner, product_id: int, on: date) -> Invoice:
    order = sales.create_order(
        s,
        SalesOrderIn(
            customer_id=customer.id,
            order_date=on,
            lines=[SalesLineIn(product_id=product_id, quantity=Decimal(2))],
        ),
    )
    sales.confirm_order(s, order.id)
    sales.deliver(s, order.id, on)
    return sales.invoice_order(s, order.id, on)


@pytest.fixture
def overdue(engine: Engine) -> Overdue:
    """Alfreds (English, an address) long overdue, Wing Fat (Chinese, an address) a few days
    overdue, Blauer See (no address) long overdue, Around the Horn not yet due; a user per role."""
    with unit_of_work(engine, actor="test") as s:
        chai = f.product(s, "CHAI", name="Chai", price="18.00", stock="100")
        alfreds = f.customer(s, "Alfreds Futterkiste", email="accounts@alfreds.example")
        wing = f.customer(s, "Wing Fat Foods", email="buyer@wingfat.example", language="zh")
        blauer = f.customer(s, "Blauer See Delikatessen")
        horn = f.customer(s, "Around the Horn", email="pay@horn.example")
        invoices = {}
        for who, on in (
            (alfreds, date(2025, 2, 1)),
            (blauer, date(2025, 2, 3)),
            (horn, TODAY),
        ):
            inv = _invoice(s, who, chai.id, on)
            invoices[who.name] = (str(inv.number), inv.due_date)
        inv = _invoice(s, wing, chai.id, date(2025, 2, 1))
        # A few days late only: fewer than 30.
        inv.due_date = date(2025, 5, 1)
        invoices[wing.name] = (str(inv.number), inv.due_date)
        for role in Role:
            auth.create_user(s, role.value, role)
    for name in ("Alfreds Futterkiste", "Blauer See Delikatessen"):
        assert (TODAY - invoices[name][1]).days > 30
    assert invoices["Around the Horn"][1] >= TODAY
    return Overdue(engine, invoices)


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        _mail_settings(monkeypatch, server.port)
        yield server
    get_settings.cache_clear()


def _mail_settings(monkeypatch: pytest.MonkeyPatch, port: int) -> None:
    monkeypatch.setenv("SMARTERP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMARTERP_SMTP_PORT", str(port))
    monkeypatch.setenv("SMARTERP_SMTP_FROM", "accounts@test-trading.example")
    get_settings.cache_clear()


def _user(s: Session, name: str) -> auth.User:
    found = s.scalar(select(auth.User).where(auth.User.username == name))
    assert found is not None
    return found


def propose(engine: Engine, text: str, who: str = "admin") -> ActResult:
    with unit_of_work(engine, actor=who) as s:
        return act.propose(s, text, _user(s, who), today=TODAY)


def confirm(engine: Engine, proposal_id: str, who: str = "admin") -> act.ConfirmResult:
    with unit_of_work(engine, actor=who) as s:
        return act.confirm(s, proposal_id, _user(s, who))


def messages(engine: Engine) -> int:
    with unit_of_work(engine, actor="test") as s:
        return int(s.scalar(select(func.count()).select_from(Message)) or 0)


def test_one_customer_reminder_lists_their_overdue_invoices_and_sends_nothing(
    overdue: Overdue, smtp: SmtpServer
) -> None:
    result = propose(overdue.engine, "remind Alfreds about overdue invoices")
    proposal = result.proposal
    assert proposal is not None, result.clarification
    assert proposal.operation == "send_reminders"
    assert proposal.permission == "invoices.write"
    number, due = overdue.invoices["Alfreds Futterkiste"]
    mail, invoice = proposal.changes
    assert (mail.action, mail.model, mail.record) == ("send", "email", "Alfreds Futterkiste")
    assert mail.after is not None and mail.after["to"] == "accounts@alfreds.example"
    assert (invoice.action, invoice.model, invoice.record) == ("remind", "invoice", number)
    assert invoice.after == {
        "customer": "Alfreds Futterkiste",
        "due_date": due.isoformat(),
        "days_overdue": (TODAY - due).days,
        "residual": "36.00 USD",
    }
    assert smtp.messages == [] and messages(overdue.engine) == 0


def test_reminders_to_everyone_more_than_30_days_late_name_who_cannot_be_reached(
    overdue: Overdue, smtp: SmtpServer
) -> None:
    result = propose(overdue.engine, "send reminders to everyone more than 30 days overdue")
    proposal = result.proposal
    assert proposal is not None, result.clarification
    emailed = [c.record for c in proposal.changes if c.model == "email"]
    assert emailed == ["Alfreds Futterkiste"]  # Wing Fat is 5 days late; Horn not due
    blauer_number = overdue.invoices["Blauer See Delikatessen"][0]
    unreachable = [w for w in proposal.warnings if "Blauer See" in w]
    assert len(unreachable) == 1
    assert "no email address" in unreachable[0] and blauer_number in unreachable[0]


def test_confirmed_reminders_go_out_with_the_statement_and_are_recorded(
    overdue: Overdue, smtp: SmtpServer
) -> None:
    result = propose(overdue.engine, "给逾期客户发催款提醒")
    proposal = result.proposal
    assert proposal is not None, result.clarification
    assert proposal.summary.startswith("向 2 个客户发送催款提醒")
    assert any("Blauer See" in w and "没有邮箱" in w for w in proposal.warnings)
    assert smtp.messages == []
    done = confirm(overdue.engine, proposal.id)
    assert sorted(r.number for r in done.records) == ["Alfreds Futterkiste", "Wing Fat Foods"]
    by_to = {m.recipients[0]: m.message for m in smtp.messages}
    assert set(by_to) == {"accounts@alfreds.example", "buyer@wingfat.example"}
    english, chinese = by_to["accounts@alfreds.example"], by_to["buyer@wingfat.example"]
    assert english["Subject"].startswith("Payment reminder")
    body = english.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    number, due = overdue.invoices["Alfreds Futterkiste"]
    assert number in text and f"{(TODAY - due).days} days overdue" in text
    attachments = [p.get_filename() for p in english.iter_attachments()]
    assert len(attachments) == 1 and str(attachments[0]).endswith(".pdf")
    zh_body = chinese.get_body(("plain",))
    assert zh_body is not None and "已逾期" in zh_body.get_content()
    assert overdue.invoices["Wing Fat Foods"][0] in zh_body.get_content()
    with unit_of_work(overdue.engine, actor="test") as s:
        logged = s.scalars(select(Message).where(Message.direction == "out")).all()
        assert len(logged) == 2
        assert all(m.channel == "email" for m in logged)
        actions = set(s.scalars(select(AuditRecord.action)).all())
        assert {"act.send_reminders", "partner.send_statement"} <= actions
    # Single use: a second confirmation sends nothing more.
    with pytest.raises(act.Conflict, match="already confirmed"):
        confirm(overdue.engine, proposal.id)
    assert len(smtp.messages) == 2


def test_a_refused_server_fails_the_confirmation_and_records_nothing(
    overdue: Overdue, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mail_settings(monkeypatch, free_port())  # nothing listens there
    try:
        result = propose(overdue.engine, "remind Alfreds about overdue invoices")
        assert result.proposal is not None
        with pytest.raises(MailError, match="connection refused"):
            confirm(overdue.engine, result.proposal.id)
        assert messages(overdue.engine) == 0
        with unit_of_work(overdue.engine, actor="test") as s:
            row = s.get(ActProposal, result.proposal.id)
            assert row is not None and row.used_at is None
            assert not s.scalars(
                select(AuditRecord).where(AuditRecord.action == "act.send_reminders")
            ).all()
        # The same proposal goes out once the server is there.
        with running_smtp_server() as server:
            _mail_settings(monkeypatch, server.port)
            confirm(overdue.engine, result.proposal.id)
            assert [m.recipients for m in server.messages] == [["accounts@alfreds.example"]]
        assert messages(overdue.engine) == 1
    finally:
        get_settings.cache_clear()


def test_without_mail_settings_the_proposal_warns(
    overdue: Overdue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTERP_SMTP_HOST", raising=False)
    monkeypatch.setenv("SMARTERP_SMTP_HOST", "")
    get_settings.cache_clear()
    try:
        result = propose(overdue.engine, "remind Alfreds about overdue invoices")
        assert result.proposal is not None
        assert any("SMARTERP_SMTP_HOST" in w for w in result.proposal.warnings)
    finally:
        get_settings.cache_clear()


def test_a_role_that_may_not_send_invoices_gets_no_proposal(overdue: Overdue) -> None:
    with pytest.raises(act.PermissionDenied, match="it takes invoices.write"):
        propose(overdue.engine, "remind Alfreds about overdue invoices", who="viewer")


def test_nothing_overdue_is_said_and_a_stray_figure_asked_about(overdue: Overdue) -> None:
    late = propose(overdue.engine, "remind Around the Horn about overdue invoices")
    assert late.clarification is not None and "no customer invoice is overdue" in (
        late.clarification.question
    )
    stray = propose(overdue.engine, "send 5 reminders to Alfreds about overdue invoices")
    assert stray.clarification is not None and "What is 5" in stray.clarification.question


def test_remind_me_is_no_reminder(overdue: Overdue) -> None:
    from smarterp.intel.act.routing import is_command

    with unit_of_work(overdue.engine, actor="test") as s:
        assert not is_command(s, "remind me who supplies Chai", TODAY)
        assert not is_command(s, "提醒我 Chai 的供应商是谁", TODAY)
        assert is_command(s, "chase Alfreds for the overdue invoices", TODAY)
