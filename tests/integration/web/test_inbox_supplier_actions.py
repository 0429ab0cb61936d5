"""The Inbox on a supplier's message: the proposal before -> after, one click to apply it (once),
what was done linked from the message, who may click, and the same in Chinese."""

from __future__ import annotations

import re
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.products.models import SupplierInfo
from smarterp.intel.docs import inbox
from smarterp.intel.docs.models import Document
from tests.integration.test_inbox_sources import message
from tests.integration.test_supplier_actions import EXOTIC, Books, supplier_books
from tests.integration.web.conftest import Browser, as_role

PRICE = (
    "Price change: Chai",
    "Hello, please note Chai goes up to 11.50 (was 10.00) from 1 April 2026.\n\nCharlotte",
)
INVOICE = (
    "Invoice EXL-2604",
    "Hi, our invoice EXL-2604 covering {po} (100.00) is attached; payment due 15 April 2026.",
)
NO_ORDER = (
    "Delivery delay",
    "Hi, our trucks are running late this week; new ETA for your goods is 25 March.",
)


def _messages(engine: Engine, *texts: tuple[str, str]) -> tuple[Books, list[int]]:
    with unit_of_work(engine, actor="test") as s:
        books = supplier_books(s)
        for subject, body in texts:
            message(s, EXOTIC, body.format(po=books.po_number), subject=subject)
        inbox.read_stored_inbox(s)
        ids = list(s.scalars(select(Document.id).order_by(Document.id)))
    return books, ids


def _fingerprint(html: str) -> str:
    found = re.search(r'name="fingerprint" value="([0-9a-f]+)"', html)
    assert found, "no apply form on the page"
    return found.group(1)


def _count(engine: Engine, stmt: object) -> int:
    with unit_of_work(engine, actor="test", read_only=True) as s:
        return int(s.scalar(stmt) or 0)  # type: ignore[call-overload]


def test_one_click_applies_the_price_shown_and_a_second_does_nothing(
    browser: Browser, engine: Engine
) -> None:
    books, (doc,) = _messages(engine, PRICE)
    page = browser.client.get(f"/inbox/{doc}")
    assert page.status_code == 200 and 'data-testid="proposal"' in page.text
    assert "Proposed price update" in page.text and "10.00" in page.text and "11.50" in page.text
    assert 'data-testid="action-apply"' in page.text and "Update supplier price" in page.text
    fingerprint = _fingerprint(page.text)
    done = browser.post(f"/inbox/{doc}/apply", {"fingerprint": fingerprint})
    assert done.status_code == 303
    after = browser.client.get(done.headers["location"])
    assert 'data-testid="proposal-done"' in after.text
    assert f'href="/products/{books.chai}"' in after.text
    assert 'data-testid="action-apply"' not in after.text
    again = browser.post(f"/inbox/{doc}/apply", {"fingerprint": fingerprint})
    assert again.status_code == 303
    price = select(SupplierInfo.price).where(SupplierInfo.product_id == books.chai)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalars(price).one() == Decimal("11.50")
    audits = select(func.count()).select_from(AuditRecord)
    assert _count(engine, audits.where(AuditRecord.action == "product_supplier.price")) == 1


def test_a_message_naming_no_order_asks_a_person_and_offers_no_click(
    browser: Browser, engine: Engine
) -> None:
    _, (doc,) = _messages(engine, NO_ORDER)
    page = browser.client.get(f"/inbox/{doc}")
    assert 'data-testid="proposal-unresolved"' in page.text
    assert "names no purchase order" in page.text
    assert 'data-testid="action-apply"' not in page.text
    refused = browser.post(f"/inbox/{doc}/apply", {"fingerprint": ""})
    assert refused.status_code == 422 and "names no purchase order" in refused.text


def test_who_may_apply_what(app_client: TestClient, engine: Engine) -> None:
    books, (price_doc, bill_doc) = _messages(engine, PRICE, INVOICE)
    accountant = as_role(app_client, "accountant")  # bills yes, supplier prices no
    page = accountant.client.get(f"/inbox/{price_doc}")
    assert 'data-testid="reason-apply"' in page.text and 'name="fingerprint"' not in page.text
    assert accountant.post(f"/inbox/{price_doc}/apply", {}).status_code == 403
    seller = as_role(app_client, "sales")
    assert seller.post(f"/inbox/{price_doc}/apply", {}).status_code == 403
    assert seller.post(f"/inbox/{bill_doc}/apply", {}).status_code == 303  # invoices.write
    assert accountant.post(f"/inbox/{bill_doc}/apply", {}).status_code == 303  # once
    assert _count(engine, select(func.count()).select_from(Invoice)) == 1
    viewer = as_role(app_client, "viewer")
    assert viewer.post(f"/inbox/{bill_doc}/apply", {}).status_code == 403
    buyer = as_role(app_client, "purchasing")
    assert buyer.post(f"/inbox/{price_doc}/apply", {}).status_code == 303
    with unit_of_work(engine, actor="test", read_only=True) as s:
        assert s.scalars(
            select(SupplierInfo.price).where(SupplierInfo.product_id == books.chai)
        ).one() == Decimal("11.50")


def test_the_proposal_speaks_chinese(browser: Browser, engine: Engine) -> None:
    _, (doc,) = _messages(engine, INVOICE)
    browser.post("/language", {"language": "zh", "next": f"/inbox/{doc}"})
    page = browser.client.get(f"/inbox/{doc}")
    assert "拟生成供应商账单草稿" in page.text and "生成账单草稿" in page.text
    assert "变更前" in page.text and "账单草稿合计" in page.text


def test_what_the_proposal_leaves_to_a_person_speaks_chinese(
    browser: Browser, engine: Engine
) -> None:
    _, (doc,) = _messages(engine, NO_ORDER)
    browser.post("/language", {"language": "zh", "next": f"/inbox/{doc}"})
    page = browser.client.get(f"/inbox/{doc}")
    assert 'data-testid="proposal-unresolved"' in page.text
    assert "的采购订单：请人工查找订单" in page.text
    assert "names no purchase order" not in page.text
