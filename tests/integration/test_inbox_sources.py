"""Reading the messages stored in the books: each once, on its own evidence; drafting the order
a message asks for; a link a person corrects is remembered for the sender's next message."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.erp.crm.schemas import MessageIn
from smarterp.erp.crm.service import log_message
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.docs import inbox
from smarterp.intel.docs.aliases import PartnerAlias, sender_key
from smarterp.intel.docs.models import Document
from tests import factories

_ids = count(1)
SENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def company(session: Session) -> dict[str, int]:
    alfreds = factories.customer(
        session,
        "Alfreds Futterkiste",
        ref="ALFKI",
        contact_name="Maria Anders",
        email="maria@alfreds.example",
    )
    horn = factories.customer(session, "Around the Horn", ref="AROUT", contact_name="Thomas Hardy")
    factories.product(session, "CHAI", name="Chai", stock="500")
    factories.product(session, "SYRUP", name="Aniseed Syrup", stock="500")
    return {"alfreds": alfreds.id, "horn": horn.id}


def message(
    session: Session,
    sender: str,
    body: str,
    *,
    subject: str | None = None,
    channel: str = "email",
    direction: str = "in",
    partner_id: int | None = None,
) -> int:
    """A message as the books keep it (the demo company's builder stores them the same way)."""
    return log_message(
        session,
        MessageIn(
            external_id=f"test-{next(_ids)}@inbox.example",
            channel=channel,
            direction=direction,
            partner_id=partner_id,
            sender=sender,
            recipient="sales@ourco.example",
            subject=subject,
            body=body,
            sent_at=SENT,
        ),
    ).id


ORDER = (
    "Hello,\n\nplease send us 12 x Chai and 5 x Aniseed Syrup, delivered by 20 March 2026.\n\n"
    "Best regards,\nMaria Anders"
)


def _documents(session: Session) -> list[Document]:
    return list(session.scalars(select(Document).order_by(Document.id)))


def test_stored_messages_are_read_once_each_on_their_own_evidence(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        ids = company(s)
        message(s, "Maria Anders <maria@alfreds.example>", ORDER, subject="Order")
        # The books filed this chat under Alfreds; its words say nothing of who sent it, so
        # reading must not link it (the filing is not evidence a mailbox would give).
        filed = ids["alfreds"]
        message(s, "wechat:bigshop88", "老样子，下周再说", channel="chat", partner_id=filed)
        # What the company itself sent is not read as a partner's message.
        message(s, "sales@ourco.example", ORDER, subject="Re: Order", direction="out")
    with unit_of_work(engine, actor="test") as s:
        first = inbox.read_stored_inbox(s)
    assert (len(first.added), len(first.existing), first.skipped) == (2, 0, [])
    with unit_of_work(engine, actor="test", read_only=True) as s:
        order, chat = _documents(s)
        assert (order.kind, chat.kind) == ("email", "chat")
        assert order.intent == "new_order" and order.partner_id == ids["alfreds"]
        lines = {ln["product"]: ln["quantity"] for ln in (order.extraction or {})["lines"]}
        assert lines == {"Chai": 12, "Aniseed Syrup": 5}
        assert chat.partner_id is None
        assert order.source.startswith("message:") and order.external_id
    with unit_of_work(engine, actor="test") as s:
        second = inbox.read_stored_inbox(s)
    assert (len(second.added), len(second.existing)) == (0, 2)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 2


def test_highlights_cut_the_body_at_the_words_each_field_came_from(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        company(s)
        message(s, "Maria Anders <maria@alfreds.example>", ORDER.replace("\n", "\r\n"))
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        (doc,) = _documents(s)
        segments = inbox.highlighted(doc)
    assert "".join(seg.text for seg in segments) == doc.body.replace("\r\n", "\n")
    marked = [(seg.mark, seg.text) for seg in segments if seg.mark]
    assert [m for m, _ in marked].count("line") == 2
    assert any(m == "line" and "Chai" in text for m, text in marked)
    assert any(m == "date" and "20 March 2026" in text for m, text in marked)


def test_a_draft_from_a_message_is_made_once_and_shown_with_the_order(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        company(s)
        message(s, "Maria Anders <maria@alfreds.example>", ORDER, subject="Order")
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test") as s:
        (doc,) = _documents(s)
        draft = inbox.draft_order_from(s, doc.id)
    with unit_of_work(engine, actor="test") as s:
        again = inbox.draft_order_from(s, doc.id)
        assert again.order_id == draft.order_id
        order = s.get(SalesOrder, draft.order_id)
        assert order is not None and order.state.value == "draft"
        assert sorted(ln.quantity for ln in order.lines) == [5, 12]
        assert {d: o.number for d, o in inbox.drafts_of(s, [doc]).items()} == {doc.id: draft.number}
        assert [d.id for d in inbox.order_messages(s, order.number, order.id)] == [doc.id]
        named = message(s, "maria@alfreds.example", f"Any news on {order.number}?")
        message(s, "maria@alfreds.example", f"And on {order.number}7, please?")
        inbox.read_stored_inbox(s)
        found = [d.source for d in inbox.order_messages(s, order.number, order.id)]
        assert sorted(found) == sorted([doc.source, f"message:{named}"])


def test_a_corrected_link_is_remembered_for_the_senders_next_message(engine: Engine) -> None:
    handle = "wechat:bigshop88"
    with unit_of_work(engine, actor="test") as s:
        ids = company(s)
        message(s, handle, "Hi, 10 x Chai please, by Friday", channel="chat")
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        (first,) = _documents(s)
        assert first.partner_id is None
    with unit_of_work(engine, actor="anna") as s:
        inbox.link_message(s, first.id, ids["horn"])
    with unit_of_work(engine, actor="test") as s:
        alias = s.scalars(select(PartnerAlias)).one()
        assert (alias.alias, alias.partner_id, alias.created_by) == (handle, ids["horn"], "anna")
        assert s.scalar(
            select(func.count())
            .select_from(AuditRecord)
            .where(AuditRecord.action == "document.link", AuditRecord.actor == "anna")
        )
        message(s, handle, "Same again: 10 x Chai, and 2 x Aniseed Syrup", channel="chat")
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        _, second = _documents(s)
        assert second.partner_id == ids["horn"]
        reasons = (second.extraction or {})["customer_reasons"]
        assert any("linked by a person" in r for r in reasons)
    # The linked message drafts for the partner the person chose.
    with unit_of_work(engine, actor="anna") as s:
        draft = inbox.draft_order_from(s, first.id)
        order = s.get(SalesOrder, draft.order_id)
        assert order is not None and order.customer_id == ids["horn"]


def test_linking_to_a_partner_that_does_not_exist_is_refused(engine: Engine) -> None:
    from smarterp.core.errors import InvalidInput

    with unit_of_work(engine, actor="test") as s:
        company(s)
        message(s, "someone@else.example", "Hello there")
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test") as s:
        (doc,) = _documents(s)
        with pytest.raises(InvalidInput, match="partner"):
            inbox.link_message(s, doc.id, 999_999)


@pytest.mark.parametrize(
    ("sender", "key"),
    [
        ("Maria Anders <Maria@Alfreds.example>", "maria@alfreds.example"),
        ("wechat:BigShop88", "wechat:bigshop88"),
        ("吴伟 <wechat:wxid_6211>", "wechat:wxid_6211"),
        ("  ", None),
    ],
)
def test_sender_key(sender: str, key: str | None) -> None:
    assert sender_key(sender) == key
