"""Web test fixtures: the combined app over the test database, a user per role, and a browser-
like client that logs in through the login form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.core.permissions import Role
from smarterp.web.app import create_app
from tests import factories as f

PASSWORD = "correct-horse-battery"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "page has no CSRF field"
    return found.group(1)


@dataclass
class Books:
    customer_id: int
    supplier_id: int
    product_id: int


class Browser:
    """A TestClient that keeps cookies and knows its session's CSRF token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def login(self, username: str, password: str = PASSWORD) -> None:
        page = self.client.get("/login")
        resp = self.client.post(
            "/login",
            data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )
        assert resp.status_code == 303, resp.text
        self.csrf = csrf_of(self.client.get("/").text)

    def post(self, path: str, data: dict[str, str] | None = None, **kw: object):  # type: ignore[no-untyped-def]
        body = {"csrf_token": self.csrf, **(data or {})}
        return self.client.post(path, data=body, follow_redirects=False, **kw)  # type: ignore[arg-type]


@pytest.fixture
def app_client(engine: Engine) -> Iterator[TestClient]:
    with unit_of_work(engine, actor="test") as s:
        for role in Role:
            auth.create_user(s, role.value, role, PASSWORD, full_name=f"{role.value} user")
    with TestClient(create_app(engine), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def browser(app_client: TestClient) -> Browser:
    """Signed in as admin."""
    b = Browser(app_client)
    b.login("admin")
    return b


def as_role(app_client: TestClient, role: str) -> Browser:
    """Another browser (own cookie jar) signed in as the user of `role`."""
    b = Browser(TestClient(app_client.app, raise_server_exceptions=False))
    b.login(role)
    return b


@pytest.fixture
def books(engine: Engine) -> Books:
    with unit_of_work(engine, actor="test") as s:
        cust = f.customer(s, ref="ALFKI")
        sup = f.supplier(s)
        chai = f.product(
            s, "CHAI", price="18.00", cost="10.00", stock="100", supplier_id=sup.id, name="Chai"
        )
        s.flush()
        return Books(customer_id=cust.id, supplier_id=sup.id, product_id=chai.id)
