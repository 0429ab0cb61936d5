"""POST /act proposes (nothing changes), POST /act/{id}/confirm applies: once, for its user."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.products.models import Product
from tests.integration.api.conftest import Api, Books
from tests.integration.test_act import books

# A request records when its token was last used; everything else must stay as it was.
SKIP = ("act_proposal", "api_token")


def all_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    return books(engine, SKIP)


def _price(api: Api) -> Decimal:
    with unit_of_work(api.engine, actor="test") as s:
        chai = s.scalar(select(Product).where(Product.sku == "CHAI"))
        assert chai is not None
        return chai.sale_price


def test_a_command_is_proposed_then_confirmed_once(api: Api, books: Books) -> None:
    before = all_rows(api.engine)
    r = api.post("/api/v1/act", "purchasing", json={"text": "change the price of Chai to 19.50"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["clarification"] is None
    proposal = body["proposal"]
    assert proposal["operation"] == "set_price"
    assert proposal["changes"] == [
        {
            "action": "update",
            "model": "product",
            "record": "Chai",
            "before": {"sale_price": "18.00"},
            "after": {"sale_price": "19.50"},
        }
    ]
    assert all_rows(api.engine) == before and _price(api) == Decimal("18.00")
    url = f"/api/v1/act/{proposal['id']}/confirm"
    assert api.post(url, "admin").status_code == 403  # made for another user
    done = api.post(url, "purchasing")
    assert done.status_code == 200, done.text
    assert done.json()["records"][0]["number"] == "CHAI"
    assert _price(api) == Decimal("19.50")
    again = api.post(url, "purchasing")
    assert again.status_code == 409 and "already confirmed" in again.json()["error"]["message"]


def test_a_question_back_has_options(api: Api, books: Books) -> None:
    r = api.post("/api/v1/act", "sales", json={"text": "confirm and ship SO00001"})
    assert r.status_code == 200
    assert r.json()["proposal"] is None
    assert r.json()["clarification"]["options"] == ["confirm", "deliver / receive the goods"]


def test_a_viewer_gets_no_write_proposal(api: Api, books: Books) -> None:
    r = api.post("/api/v1/act", "viewer", json={"text": "change the price of Chai to 1"})
    assert r.status_code == 403
    assert r.json()["error"]["details"]["permission"] == "products.write"
    assert _price(api) == Decimal("18.00")


def test_act_needs_a_signed_in_user_and_a_command(api: Api, books: Books) -> None:
    assert api.client.post("/api/v1/act", json={"text": "quote x"}).status_code == 401
    assert api.post("/api/v1/act", json={"text": ""}).status_code == 422
    assert api.post("/api/v1/act/zz/confirm").status_code == 422
    assert api.post(f"/api/v1/act/{'0' * 32}/confirm").status_code == 404
