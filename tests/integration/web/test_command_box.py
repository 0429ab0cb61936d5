"""The Ask box takes commands too: a command shows the proposal (nothing changes), Confirm
applies it once, a role that may not do it is told so, and questions are still answered."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests.integration.web.conftest import Books, Browser, as_role

PROPOSAL_ID = re.compile(r'name="proposal_id" value="([0-9a-f]+)"')


def _draft(engine: Engine, books: Books) -> tuple[int, str]:
    with unit_of_work(engine, actor="test") as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=date.today(),
                lines=[SalesLineIn(product_id=books.product_id, quantity=Decimal(3))],
            ),
        )
        return order.id, order.number


def _state(engine: Engine, order_id: int) -> SalesState:
    with unit_of_work(engine, actor="test") as s:
        return sales.get_order(s, order_id).state


def test_a_command_is_proposed_then_confirmed_once(
    engine: Engine, books: Books, browser: Browser
) -> None:
    order_id, number = _draft(engine, books)
    page = unescape(browser.post("/ask", {"question": f"confirm {number}"}).text)
    assert 'data-testid="act-proposal"' in page, page[-3000:]
    assert number in page and "Confirm" in page
    assert _state(engine, order_id) == SalesState.DRAFT  # shown, not done
    found = PROPOSAL_ID.search(page)
    assert found is not None
    done = unescape(browser.post("/ask/confirm", {"proposal_id": found.group(1)}).text)
    assert 'data-testid="act-done"' in done and f'href="/sales-orders/{order_id}"' in done
    assert _state(engine, order_id) == SalesState.CONFIRMED
    again = unescape(browser.post("/ask/confirm", {"proposal_id": found.group(1)}).text)
    assert 'data-testid="ask-error"' in again


def test_chinese_command_and_questions_still_answered(
    engine: Engine, books: Books, browser: Browser
) -> None:
    order_id, number = _draft(engine, books)
    page = unescape(browser.post("/ask", {"question": f"把订单{number}确认"}).text)
    assert 'data-testid="act-proposal"' in page
    question = unescape(browser.post("/ask", {"question": "revenue by month this year"}).text)
    assert 'data-testid="act-proposal"' not in question and "act-clarify" not in question
    assert _state(engine, order_id) == SalesState.DRAFT


def test_a_role_that_may_not_confirm_orders_gets_no_proposal(
    engine: Engine, books: Books, app_client: TestClient
) -> None:
    order_id, number = _draft(engine, books)
    viewer = as_role(app_client, "viewer")
    page = unescape(viewer.post("/ask", {"question": f"confirm {number}"}).text)
    assert 'data-testid="act-proposal"' not in page
    assert 'data-testid="ask-error"' in page
    assert _state(engine, order_id) == SalesState.DRAFT


def test_a_line_edit_shows_before_and_after_and_applies_once(
    engine: Engine, books: Books, browser: Browser
) -> None:
    order_id, number = _draft(engine, books)
    page = unescape(browser.post("/ask", {"question": f"change Chai to 5 on {number}"}).text)
    assert 'data-testid="act-proposal"' in page, page[-3000:]
    assert f"{number} Chai" in page and "3" in page and "5" in page
    with unit_of_work(engine, actor="test") as s:
        assert sales.get_order(s, order_id).lines[0].quantity == Decimal(3)  # shown, not done
    found = PROPOSAL_ID.search(page)
    assert found is not None
    done = unescape(browser.post("/ask/confirm", {"proposal_id": found.group(1)}).text)
    assert 'data-testid="act-done"' in done
    with unit_of_work(engine, actor="test") as s:
        order = sales.get_order(s, order_id)
        assert order.lines[0].quantity == Decimal(5) and order.state == SalesState.DRAFT
