"""An order email becomes a quotation through the sales service; unclear fields are flagged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.drafts import create_draft_order
from smarterp.intel.docs.extract import Email, OrderReader
from tests.integration.test_docs_ingest import build_company


@pytest.fixture
def company(engine: Engine) -> dict[str, int]:
    with unit_of_work(engine, actor="test") as session:
        return build_company(session)


def _reading(engine: Engine, sender: str, body: str, day: date = date(2025, 3, 5)):  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        reader = OrderReader(load_catalogue(session))
    return reader.read(Email("mail-1", sender, "Order", body, day))


def test_draft_order_points_at_its_sources(engine: Engine, company: dict[str, int]) -> None:
    body = (
        "Hello,\nplease send 12 cases of Chai and 24 bottles of Aniseed Syrup"
        " by next Friday.\nMaria"
    )
    reading = _reading(engine, "Maria Anders <maria.anders@alfreds.example>", body)
    with unit_of_work(engine, actor="test") as session:
        draft = create_draft_order(session, reading, order_date=date(2025, 3, 5))
    with Session(engine) as session:
        order = session.get(SalesOrder, draft.order_id)
        assert order is not None and order.state == SalesState.DRAFT
        assert order.customer_id == company["alfreds"]
        assert order.requested_date == date(2025, 3, 14)
        assert {(ln.product_id, ln.quantity) for ln in order.lines} == {
            (company["chai"], Decimal("12")),
            (company["syrup"], Decimal("2")),  # 24 bottles = 2 units of 12 bottles
        }
        assert order.notes is not None and '"12 cases of Chai"' in order.notes
    lines = draft.fields["lines"]
    assert body[lines[0]["span"][0] : lines[0]["span"][1]] == "12 cases of Chai"
    assert draft.fields["requested_date"]["text"] == "next Friday"
    # The same email again does not make a second quotation.
    with unit_of_work(engine, actor="test") as session:
        assert (
            create_draft_order(session, reading, order_date=date(2025, 3, 5)).order_id
            == draft.order_id
        )


def test_unclear_fields_are_flagged(engine: Engine, company: dict[str, int]) -> None:
    reading = _reading(
        engine, "Thomas Hardy <thomas@around-the-horn.example>", "Please send 3 Chai.\nThomas"
    )
    with unit_of_work(engine, actor="test") as session:
        draft = create_draft_order(session, reading, order_date=date(2025, 3, 5))
    assert "no requested date in the message" in draft.flags


def test_no_customer_or_no_order_is_refused(engine: Engine, company: dict[str, int]) -> None:
    stranger = _reading(engine, "Bob <bob@gmail.com>", "Please send 3 cases of Chai.\nBob")
    assert stranger.customer is None
    with (
        unit_of_work(engine, actor="test") as session,
        pytest.raises(InvalidInput, match="customer"),
    ):
        create_draft_order(session, stranger)
    question = _reading(
        engine, "Maria Anders <m@alfreds.example>", "Is Chai in stock? What is the price?"
    )
    with (
        unit_of_work(engine, actor="test") as session,
        pytest.raises(InvalidInput, match="inquiry"),
    ):
        create_draft_order(session, question)
