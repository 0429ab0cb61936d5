"""API test fixtures: an app over the test database and one token per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.api.app import create_app
from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.core.permissions import Role
from tests import factories as f


@dataclass
class Api:
    """A test client plus a bearer token for a user of every role (user name = role)."""

    client: TestClient
    engine: Engine
    tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, who: str = "admin", **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}", **extra}

    def get(self, path: str, who: str = "admin", **kw: Any) -> httpx.Response:
        return self.client.get(path, headers=self.headers(who, **kw.pop("headers", {})), **kw)

    def post(self, path: str, who: str = "admin", **kw: Any) -> httpx.Response:
        return self.client.post(path, headers=self.headers(who, **kw.pop("headers", {})), **kw)

    def patch(self, path: str, who: str = "admin", **kw: Any) -> httpx.Response:
        return self.client.patch(path, headers=self.headers(who, **kw.pop("headers", {})), **kw)


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    with unit_of_work(engine, actor="test") as s:
        secrets = {}
        for role in Role:
            auth.create_user(s, role.value, role)
            secrets[role.value] = auth.create_token(s, role.value, "tests")[1]
        auth.create_user(s, "reader", Role.ADMIN)
        secrets["scoped"] = auth.create_token(s, "reader", "ro", scopes=["sales.read"])[1]
    with TestClient(create_app(engine), raise_server_exceptions=False) as client:
        yield Api(client=client, engine=engine, tokens=secrets)


@dataclass
class Books:
    customer_id: int
    supplier_id: int
    product_id: int


@pytest.fixture
def books(api: Api) -> Books:
    """A customer, a supplier and a stocked product, made through the services."""
    with unit_of_work(api.engine, actor="test") as s:
        cust = f.customer(s, ref="ALFKI")
        sup = f.supplier(s)
        chai = f.product(s, "CHAI", price="18.00", cost="10.00", stock="100", supplier_id=sup.id)
        s.flush()
        return Books(customer_id=cust.id, supplier_id=sup.id, product_id=chai.id)
