"""The record forms and pickers on the demo company: how long the partner and product pickers
take to answer a search, how long the order, partner and product forms take to render, and
how much HTML a form sends now that it no longer lists every partner and product.

Usage: python bench/bench_forms.py [--db PATH] [--scale 1.0] [--rounds 20]
--db names the SQLite file of a demo company (copied first, never changed); without it the
demo is built into a temporary folder (minutes).
"""

from __future__ import annotations

import argparse
import statistics
import time

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bench_pages import _database
from smarterp.core import auth, schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.sales.models import SalesOrder
from smarterp.web.app import create_app

USER, PASSWORD = "bench-forms", "bench-forms-password"
# What a person types into a picker: a few letters of a name, a code, a city.
SEARCHES = ("a", "ch", "tra", "shang", "co", "ltd", "zz")


def _login(client: TestClient) -> None:
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    form = {"username": USER, "password": PASSWORD, "csrf_token": token}
    if client.post("/login", data=form, follow_redirects=False).status_code != 303:
        raise SystemExit("could not sign in")


def _time(client: TestClient, url: str, rounds: int, **params: str) -> tuple[float, float, int]:
    first = client.get(url, params=params)
    if first.status_code != 200:
        raise SystemExit(f"{url}: {first.status_code}")
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        client.get(url, params=params)
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), len(first.content)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demo company's SQLite file (copied, never changed)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--today", help="the demo's last day (YYYY-MM-DD) when it is built")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)

    path = _database(args)
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with unit_of_work(engine, actor="bench") as s:
        auth.create_user(s, USER, Role.ADMIN, PASSWORD, full_name="Forms benchmark")
        partners = s.scalar(select(func.count()).select_from(Partner)) or 0
        products = s.scalar(select(func.count()).select_from(Product)) or 0
        customer = s.scalar(select(Partner.id).where(Partner.is_customer.is_(True)).limit(1))
        product = s.scalar(select(Product.id).limit(1))
        draft = s.scalar(select(SalesOrder.id).where(SalesOrder.state == "draft").limit(1))
    print(f"books: {partners} partners, {products} products; rounds: {args.rounds}")
    print(f"{'request':<40}{'median ms':>10}{'max ms':>10}{'KiB':>8}")
    with TestClient(create_app(engine)) as client:
        _login(client)
        rows: list[tuple[str, str, dict[str, str]]] = []
        for text in SEARCHES:
            who = {"role": "customer", "picker_text": text}
            rows.append((f"pick customers {text!r}", "/pick/partners", who))
            rows.append((f"pick products {text!r}", "/pick/products", {"picker_text": text}))
        rows += [
            ("new sales order form", "/sales-orders/new", {}),
            ("new purchase order form", "/purchase-orders/new", {}),
            ("payment form", "/payments/new", {}),
            (f"customer {customer} edit form", f"/customers/{customer}/edit", {}),
            (f"product {product} edit form", f"/products/{product}/edit", {}),
        ]
        if draft is not None:
            rows.append((f"quotation {draft} edit form", f"/sales-orders/{draft}/edit", {}))
        picks = []
        for name, url, params in rows:
            median, worst, size = _time(client, url, args.rounds, **params)
            if url.startswith("/pick/"):
                picks.append(median)
            print(f"{name:<40}{median * 1000:>10.1f}{worst * 1000:>10.1f}{size / 1024:>8.1f}")
    print(f"pickers: median of medians {statistics.median(picks) * 1000:.1f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()
