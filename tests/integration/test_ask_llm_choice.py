"""A language model picks among the offline parser's readings; it never writes the query."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.ask import entities
from smarterp.intel.ask.service import ask
from tests import factories as f
from tests.http_server import serving

AS_OF = date(2025, 5, 6)
# Offline, "ordered the most" reads as most revenue or most orders: it asks back.
AMBIGUOUS = "Which customer ordered the most in 2025?"


@pytest.fixture(scope="module")
def model() -> Iterator[tuple[str, dict[str, Any]]]:
    """An OpenAI-compatible endpoint whose answer each test sets."""
    state: dict[str, Any] = {"content": "{}", "bodies": []}
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> JSONResponse:
        state["bodies"].append(await request.json())
        return JSONResponse({"choices": [{"message": {"content": state["content"]}}]})

    with serving(app) as url:
        yield f"{url}/v1", state


@pytest.fixture
def shop(engine: Engine) -> Engine:
    """One customer with two small orders, another with one big order."""
    with unit_of_work(engine, actor="test") as s:
        many = f.customer(s, "Many Orders Ltd", country="France")
        big = f.customer(s, "Big Order GmbH", country="Germany")
        tea = f.product(s, "TEA", name="Green Tea", price="10.00", stock="500")
        for customer, qty in ((many, "1"), (many, "1"), (big, "50")):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer.id,
                    order_date=date(2025, 3, 1),
                    lines=[SalesLineIn(product_id=tea.id, quantity=Decimal(qty))],
                ),
            )
            sales.confirm_order(s, order.id)
    entities.forget(engine)
    return engine


@pytest.fixture
def configured(
    model: tuple[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    url, state = model
    monkeypatch.setenv("SMARTERP_LLM_BASE_URL", url)
    monkeypatch.setenv("SMARTERP_LLM_MODEL", "tiny")
    state["bodies"].clear()
    return state


def test_offline_asks_back_with_readings(shop: Engine) -> None:
    answer = ask(shop, AMBIGUOUS, as_of=AS_OF, use_llm=False)
    assert answer.clarification and len(answer.readings) >= 2 and not answer.rows


def test_the_model_picks_a_reading_and_it_runs(shop: Engine, configured: dict[str, Any]) -> None:
    offline = ask(shop, AMBIGUOUS, as_of=AS_OF, use_llm=False)
    by_orders = next(i for i, r in enumerate(offline.readings) if r.query["measures"] == ["orders"])
    configured["content"] = json.dumps({"choice": by_orders})
    answer = ask(shop, AMBIGUOUS, as_of=AS_OF)
    assert answer.parser == "llm" and not answer.clarification
    assert answer.rows == [["Many Orders Ltd", 2]]
    assert answer.understood == offline.readings[by_orders].understood
    sent = configured["bodies"][-1]["messages"][-1]["content"]
    assert all(r.understood in sent for r in offline.readings)


def test_a_sure_question_never_calls_the_model(shop: Engine, configured: dict[str, Any]) -> None:
    # "many orders" is also part of a customer's name: only the whole name names it.
    answer = ask(shop, "How many orders in 2025?", as_of=AS_OF)
    assert answer.rows == [[3]] and answer.parser == "offline" and configured["bodies"] == []
    named = ask(shop, "How many orders did Many Orders Ltd place in 2025?", as_of=AS_OF)
    assert named.rows == [[2]] and configured["bodies"] == []


@pytest.mark.parametrize("content", ['{"choice": 7}', '{"choice": null}', "not json"])
def test_a_bad_or_empty_choice_keeps_the_question(
    shop: Engine, configured: dict[str, Any], content: str
) -> None:
    # An out-of-range pick, no pick, or garbage: the person is asked, nothing is guessed.
    configured["content"] = content
    answer = ask(shop, AMBIGUOUS, as_of=AS_OF)
    assert not answer.rows and (answer.clarification or answer.readings)
