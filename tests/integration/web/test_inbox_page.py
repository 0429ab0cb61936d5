"""The Inbox in the web app: the list, a message with its words highlighted, one click to draft
the order, a corrected link that the sender's next message follows, and who may do what."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.docs import inbox
from smarterp.intel.docs.models import Document
from tests.integration.test_inbox_sources import ORDER, company, message
from tests.integration.web.conftest import Browser, as_role

HANDLE = "wechat:bigshop88"


def _read_inbox(engine: Engine) -> dict[str, int]:
    """Alfreds' order e-mail and a chat from a handle nobody knows, both read."""
    with unit_of_work(engine, actor="test") as s:
        ids = company(s)
        message(s, "Maria Anders <maria@alfreds.example>", ORDER, subject="Order for March")
        message(s, HANDLE, "Hi, 10 x Chai please", channel="chat")
        inbox.read_stored_inbox(s)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        docs = {d.kind: d.id for d in s.scalars(select(Document))}
    return ids | {"order": docs["email"], "chat": docs["chat"]}


def _rows(html: str) -> list[str]:
    return re.findall(r'data-testid="message-(\d+)"', html)


def test_the_inbox_lists_messages_with_intent_partner_and_filters(
    browser: Browser, engine: Engine
) -> None:
    ids = _read_inbox(engine)
    page = browser.client.get("/inbox")
    assert page.status_code == 200
    assert 'href="/inbox"' in page.text  # the navigation entry
    assert sorted(_rows(page.text)) == sorted([str(ids["order"]), str(ids["chat"])])
    assert "Order for March" in page.text and "New order" in page.text
    assert f'href="/customers/{ids["alfreds"]}">Alfreds Futterkiste' in page.text
    assert "Not linked" in page.text
    unlinked = browser.client.get("/inbox?unlinked=1")
    assert _rows(unlinked.text) == [str(ids["chat"])]
    searched = browser.client.get("/inbox?q=March", headers={"HX-Request": "true"})
    assert _rows(searched.text) == [str(ids["order"])]
    assert "<html" not in searched.text  # htmx gets the results only


def test_a_message_shows_each_field_beside_its_words(browser: Browser, engine: Engine) -> None:
    ids = _read_inbox(engine)
    page = browser.client.get(f"/inbox/{ids['order']}")
    assert page.status_code == 200
    marks = re.findall(r'<mark class="hl-(\w+)" title="([^"]*)"[^>]*>([^<]*)</mark>', page.text)
    assert ("line", "12 × Chai", "12 x Chai") in marks
    assert any(kind == "date" and "20 March 2026" in words for kind, _, words in marks)
    assert 'data-testid="action-draft"' in page.text and "reason-draft" not in page.text
    # An order from nobody linked: the button says what is missing instead of failing later.
    chat = browser.client.get(f"/inbox/{ids['chat']}")
    assert 'data-testid="reason-draft"' in chat.text
    assert "Link the message to a customer" in chat.text
    assert browser.client.get("/inbox/999999").status_code == 404


def test_one_click_drafts_the_order_and_the_order_page_shows_the_message(
    browser: Browser, engine: Engine
) -> None:
    ids = _read_inbox(engine)
    done = browser.post(f"/inbox/{ids['order']}/draft")
    assert done.status_code == 303
    page = browser.client.get(done.headers["location"])
    assert 'data-testid="notice"' in page.text and 'data-testid="action-draft"' not in page.text
    with unit_of_work(engine, actor="test", read_only=True) as s:
        order = s.scalars(select(SalesOrder)).one()
        assert order.customer_id == ids["alfreds"] and order.state.value == "draft"
        number, order_id = order.number, order.id
    assert f'href="/sales-orders/{order_id}"' in page.text and number in page.text
    order_page = browser.client.get(f"/sales-orders/{order_id}")
    assert f'href="/inbox/{ids["order"]}"' in order_page.text
    partner_page = browser.client.get(f"/customers/{ids['alfreds']}")
    assert f'href="/inbox/{ids["order"]}"' in partner_page.text and number in partner_page.text
    # A chat with no customer: no draft, and the reason shown on the message.
    refused = browser.post(f"/inbox/{ids['chat']}/draft")
    assert refused.status_code == 422 and "customer" in refused.text


def test_a_corrected_link_is_used_for_the_senders_next_message(
    browser: Browser, engine: Engine
) -> None:
    ids = _read_inbox(engine)
    assert " unclear (" in browser.client.get(f"/inbox/{ids['chat']}").text
    done = browser.post(f"/inbox/{ids['chat']}/link", {"partner_id": str(ids["horn"])})
    assert done.status_code == 303
    page = browser.client.get(done.headers["location"])
    assert HANDLE in page.text and "Around the Horn" in page.text
    assert "linked by admin" in page.text and " unclear (" not in page.text
    with unit_of_work(engine, actor="test") as s:
        message(s, HANDLE, "Same again please, 10 x Chai", channel="chat")
        inbox.read_stored_inbox(s)
        newest = s.scalars(select(Document).order_by(Document.id.desc())).first()
        assert newest is not None and newest.partner_id == ids["horn"]
        newest_id = newest.id
    assert f'href="/inbox/{newest_id}"' in browser.client.get(f"/customers/{ids['horn']}").text
    bad = browser.post(f"/inbox/{ids['chat']}/link", {"partner_id": "999999"})
    assert bad.status_code == 422 and "partner" in bad.text


def test_who_may_read_and_act(app_client: TestClient, engine: Engine) -> None:
    ids = _read_inbox(engine)
    viewer = as_role(app_client, "viewer")
    assert viewer.client.get("/inbox").status_code == 403
    assert 'href="/inbox"' not in viewer.client.get("/").text
    accountant = as_role(app_client, "accountant")  # reads documents, does not write them
    assert accountant.client.get(f"/inbox/{ids['order']}").status_code == 200
    assert accountant.post(f"/inbox/{ids['order']}/draft").status_code == 403
    assert accountant.post(f"/inbox/{ids['chat']}/link", {"partner_id": "1"}).status_code == 403
    purchasing = as_role(app_client, "purchasing")  # writes documents, not sales orders
    assert purchasing.post(f"/inbox/{ids['order']}/draft").status_code == 403
    seller = as_role(app_client, "sales")
    assert seller.post(f"/inbox/{ids['order']}/draft").status_code == 303


def test_the_inbox_speaks_chinese(browser: Browser, engine: Engine) -> None:
    ids = _read_inbox(engine)
    browser.post("/language", {"language": "zh", "next": "/inbox"})
    page = browser.client.get("/inbox")
    assert "收件箱" in page.text and "新订单" in page.text and "未关联" in page.text
    detail = browser.client.get(f"/inbox/{ids['order']}")
    assert "生成草稿订单" in detail.text and "读取结果" in detail.text
    # What the reader doubts is said in Chinese too.
    chat = browser.client.get(f"/inbox/{ids['chat']}")
    assert "客户不明（没有符合的往来单位）" in chat.text and "customer unclear" not in chat.text
    # The goods read go by their Chinese name where the books have one.
    with unit_of_work(engine, actor="test") as s:
        from smarterp.erp.products.models import Product

        s.scalars(select(Product).where(Product.sku == "CHAI")).one().name_zh = "柴茶"
    assert "柴茶" in browser.client.get(f"/inbox/{ids['order']}").text


def test_a_chat_senders_alias_is_named_by_its_handle(browser: Browser, engine: Engine) -> None:
    ids = _read_inbox(engine)
    page = browser.client.get(f"/inbox/{ids['chat']}").text
    assert f"Messages from {HANDLE} will link" in page
