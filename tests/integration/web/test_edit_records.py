"""Creating and editing customers (with contacts and addresses), suppliers and products (with
supplier offers) in the web app, on SQLite and PostgreSQL: saved through the same use-cases
as the API, problems shown next to their fields, a stale edit refused naming who changed
what while keeping what was typed, and the pickers finding records by the one search rule."""

from __future__ import annotations

import html as html_module
import re
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.partners import service as partners
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerUpdate
from smarterp.erp.products import service as products
from smarterp.erp.products.models import Product
from tests.integration.web.conftest import Books, Browser, as_role


def _id_from(location: str) -> int:
    found = re.search(r"/(\d+)", location)
    assert found, location
    return int(found.group(1))


def _error_for(html: str, field: str) -> str:
    """The message shown next to `field`, or "" when none is."""
    found = re.search(rf'data-error-for="{re.escape(field)}">([^<]*)<', html)
    return html_module.unescape(found.group(1)) if found else ""


CUSTOMER = {
    "name": "Bon App'",
    "ref": "BONAP",
    "contact_name": "Laurence Lebihan",
    "email": "laurence@bonapp.example",
    "phone": "91.24.45.40",
    "street": "12, rue des Bouchers",
    "postal_code": "13008",
    "city": "Marseille",
    "country": "France",
    "payment_term_days": "45",
    "credit_limit": "5,000",
    "language": "en",
    "is_customer": "on",
}


def test_create_a_customer_then_edit_it(browser: Browser, engine: Engine) -> None:
    page = browser.client.get("/customers/new")
    assert page.status_code == 200 and 'name="is_customer" checked' in page.text
    resp = browser.post("/customers/new", CUSTOMER)
    assert resp.status_code == 303, resp.text
    pid = _id_from(resp.headers["location"])
    shown = browser.client.get(resp.headers["location"]).text
    assert "Bon App&#39;" in shown and "Saved." in shown
    with unit_of_work(engine, actor="test") as s:
        p = partners.get_partner(s, pid)
        assert (p.ref, p.city, p.payment_term_days, p.credit_limit, p.is_customer) == (
            "BONAP",
            "Marseille",
            45,
            Decimal("5000.00"),
            True,
        )
        assert not p.is_supplier and p.version == 1

    form = browser.client.get(f"/customers/{pid}/edit").text
    assert 'name="version" value="1"' in form and 'value="Marseille"' in form
    edited = {**CUSTOMER, "version": "1", "city": "Lyon", "email": "", "active": "on"}
    resp = browser.post(f"/customers/{pid}/edit", edited)
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine, actor="test") as s:
        p = partners.get_partner(s, pid)
        # Emptied fields are cleared; the code stays (it is the partner's key elsewhere).
        assert (p.city, p.email, p.ref, p.version) == ("Lyon", None, "BONAP", 2)
    history = browser.client.get(f"/customers/{pid}").text
    assert "partner.update" in history or "Lyon" in history


def test_validation_messages_stand_next_to_their_fields(browser: Browser, engine: Engine) -> None:
    bad = {
        **CUSTOMER,
        "name": "  ",
        "email": "not-an-email",
        "payment_term_days": "thirty",
        "credit_limit": "-5",
    }
    resp = browser.post("/customers/new", bad)
    assert resp.status_code == 422
    assert resp.headers["content-type"].startswith("text/html")
    assert _error_for(resp.text, "name") == "Required"
    assert _error_for(resp.text, "email") == "'not-an-email' is not an email address"
    assert _error_for(resp.text, "payment_term_days") == "Enter a whole number"
    assert _error_for(resp.text, "credit_limit") == "Must be at least 0"
    # What was typed is kept.
    assert 'value="not-an-email"' in resp.text and 'value="Marseille"' in resp.text
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(Partner).where(Partner.ref == "BONAP")) is None
    # A code already taken is refused by the service, next to the code field.
    assert browser.post("/customers/new", CUSTOMER).status_code == 303
    again = browser.post("/customers/new", {**CUSTOMER, "name": "Other"})
    assert again.status_code == 422
    assert _error_for(again.text, "ref") == "a partner with ref 'BONAP' already exists"


def test_a_stale_edit_is_refused_naming_who_changed_what(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    anna = as_role(app_client, "admin")
    form = anna.client.get(f"/customers/{books.customer_id}/edit").text
    assert 'name="version" value="1"' in form
    # Someone else (the sales user) saves first, through the same form.
    sales = as_role(app_client, "sales")
    theirs = {
        "name": "Alfreds Futterkiste",
        "version": "1",
        "city": "Berlin",
        "phone": "030-0074321",
    }
    theirs |= {"is_customer": "on", "active": "on", "payment_term_days": "30", "language": "en"}
    assert sales.post(f"/customers/{books.customer_id}/edit", theirs).status_code == 303

    mine = {**theirs, "city": "Hamburg", "phone": "", "email": "anna@example.com"}
    refused = anna.post(f"/customers/{books.customer_id}/edit", mine)
    assert refused.status_code == 422
    alert = re.search(r'data-testid="form-error">([^<]*)<', refused.text)
    assert alert is not None
    said = html_module.unescape(alert.group(1))
    assert said.startswith("sales saved this record after you opened it at ")
    assert ", changing City, Phone. Nothing was saved." in said
    # Nothing lost: what Anna typed is still in the form, now carrying the current version.
    assert 'value="Hamburg"' in refused.text and 'value="anna@example.com"' in refused.text
    assert 'name="version" value="2"' in refused.text
    with unit_of_work(engine, actor="test") as s:
        p = partners.get_partner(s, books.customer_id)
        assert (p.city, p.phone, p.version) == ("Berlin", "030-0074321", 2)
    # Saving again, having read it, replaces their change knowingly.
    assert (
        anna.post(f"/customers/{books.customer_id}/edit", {**mine, "version": "2"}).status_code
        == 303
    )
    with unit_of_work(engine, actor="test") as s:
        assert partners.get_partner(s, books.customer_id).city == "Hamburg"


def test_contacts_and_addresses_of_a_customer(
    browser: Browser, books: Books, engine: Engine
) -> None:
    cid = books.customer_id
    contact = {
        "name": "Maria Anders",
        "address_type": "contact",
        "job_title": "Sales Representative",
    }
    contact |= {"email": "maria@alfreds.example"}
    assert browser.post(f"/customers/{cid}/contacts/new", contact).status_code == 303
    delivery = {"name": "Alfreds warehouse", "address_type": "delivery", "street": "Obere Str. 57"}
    delivery |= {"city": "Berlin", "postal_code": "12209", "country": "Germany"}
    assert browser.post(f"/customers/{cid}/contacts/new", delivery).status_code == 303
    bad = browser.post(f"/customers/{cid}/contacts/new", {**contact, "address_type": "home"})
    assert bad.status_code == 422 and _error_for(bad.text, "address_type") == "Not a valid choice"

    page = browser.client.get(f"/customers/{cid}/edit").text
    assert "Maria Anders" in page and "Delivery address" in page and "Alfreds warehouse" in page
    with unit_of_work(engine, actor="test") as s:
        rows = s.scalars(select(Partner).where(Partner.parent_id == cid).order_by(Partner.id)).all()
        assert [(r.name, r.address_type, r.is_company, r.is_customer) for r in rows] == [
            ("Maria Anders", "contact", False, False),
            ("Alfreds warehouse", "delivery", False, False),
        ]
        maria = rows[0].id
    # A contact is edited (and archived) with the same version check.
    edit = {**contact, "version": "1", "phone": "030-0074321"}
    assert browser.post(f"/customers/{cid}/contacts/{maria}", edit).status_code == 303
    stale = browser.post(f"/customers/{cid}/contacts/{maria}", {**edit, "phone": "0"})
    assert stale.status_code == 422 and "Nothing was saved." in stale.text
    # A contact of another partner is not reachable under this one.
    with unit_of_work(engine, actor="test") as s:
        other = partners.create_partner(
            s,
            partners.PartnerIn(name="Elsewhere", is_customer=True),  # type: ignore[attr-defined]
        ).id
    assert browser.client.get(f"/customers/{other}/contacts/{maria}").status_code == 404


def test_roles_without_the_permission_cannot_edit(app_client: TestClient, books: Books) -> None:
    viewer = as_role(app_client, "viewer")
    assert viewer.client.get("/customers/new").status_code == 403
    assert viewer.post(f"/customers/{books.customer_id}/edit", {"name": "X"}).status_code == 403
    warehouse = as_role(app_client, "warehouse")
    assert warehouse.client.get("/products/new").status_code == 403


PRODUCT = {
    "sku": "IKURA",
    "name": "Ikura",
    "name_zh": "鲑鱼子",
    "category": "Seafood",
    "type": "stockable",
    "uom": "unit",
    "unit_description": "12 - 200 ml jars",
    "sale_price": "31.00",
    "cost": "20.00",
    "costing_method": "average",
    "reorder_level": "10",
    "reorder_quantity": "30",
}


def test_create_a_product_with_supplier_offers_then_edit_them(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        tokyo = partners.create_partner(
            s,
            partners.PartnerIn(name="Tokyo Traders", is_supplier=True),  # type: ignore[attr-defined]
        ).id
    offers = {
        "suppliers[0].supplier_id": str(books.supplier_id),
        "suppliers[0].price": "19.50",
        "suppliers[0].lead_time_days": "10",
        "suppliers[0].min_order_qty": "12",
        "suppliers[1].supplier_id": str(tokyo),
        "suppliers[1].price": "18.75",
        "suppliers[1].lead_time_days": "21",
        "suppliers[2].supplier_id": "",
        "suppliers[2].price": "",
    }
    resp = browser.post("/products/new", {**PRODUCT, **offers})
    assert resp.status_code == 303, resp.text
    pid = _id_from(resp.headers["location"])
    with unit_of_work(engine, actor="test") as s:
        p = products.get_product(s, pid)
        assert (p.name_zh, p.category.name if p.category else None) == ("鲑鱼子", "Seafood")
        assert [
            (o.supplier_id, o.price, o.lead_time_days, o.min_order_qty) for o in p.supplier_infos
        ] == [
            (books.supplier_id, Decimal("19.5000"), 10, Decimal("12.000")),
            (tokyo, Decimal("18.7500"), 21, Decimal("1.000")),
        ]
    form = browser.client.get(f"/products/{pid}/edit").text
    assert 'value="Tokyo Traders"' in form and 'value="19.5"' in form

    # Drop Exotic Liquids, change Tokyo's price; the rest of the product as it was.
    edit = {**PRODUCT, "version": "1", "sale_price": "32.50"}
    edit |= {"suppliers[0].supplier_id": str(tokyo), "suppliers[0].price": "18.00"}
    edit |= {"suppliers[0].lead_time_days": "21", "suppliers[0].min_order_qty": "6"}
    resp = browser.post(f"/products/{pid}/edit", edit)
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine, actor="test") as s:
        p = products.get_product(s, pid)
        assert (p.sale_price, p.version) == (Decimal("32.5000"), 2)
        assert [(o.supplier_id, o.price, o.min_order_qty) for o in p.supplier_infos] == [
            (tokyo, Decimal("18.0000"), Decimal("6.000"))
        ]


def test_product_offers_are_validated_row_by_row(
    browser: Browser, books: Books, engine: Engine
) -> None:
    offers = {
        "suppliers[0].supplier_id": str(books.supplier_id),
        "suppliers[0].price": "-1",
        "suppliers[1].supplier_id": str(books.customer_id),  # a customer, not a supplier
        "suppliers[1].price": "5",
    }
    resp = browser.post("/products/new", {**PRODUCT, "sale_price": "abc", **offers})
    assert resp.status_code == 422
    assert _error_for(resp.text, "sale_price").startswith("must be a plain decimal")
    assert _error_for(resp.text, "suppliers[0].price") == "Must be at least 0"
    fixed = {**PRODUCT, **offers, "suppliers[0].price": "19"}
    resp = browser.post("/products/new", fixed)
    assert resp.status_code == 422
    assert (
        _error_for(resp.text, "suppliers[1].supplier_id") == "Alfreds Futterkiste is not a supplier"
    )
    with unit_of_work(engine, actor="test") as s:
        assert (
            s.scalar(select(Product).where(Product.sku == "IKURA")) is None
        )  # nothing half-written


def test_a_stale_product_edit_is_refused(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="maria") as s:
        products.update_product(
            s,
            books.product_id,
            products.ProductUpdate(version=1, sale_price=Decimal("19")),  # type: ignore[attr-defined]
        )
    admin = as_role(app_client, "admin")
    form = {"name": "Chai tea", "uom": "unit", "sale_price": "18", "reorder_level": "0"}
    form |= {"reorder_quantity": "0", "version": "1"}
    refused = admin.post(f"/products/{books.product_id}/edit", form)
    assert refused.status_code == 422
    assert "maria saved this record after you opened it" in refused.text
    assert "changing Sale price" in refused.text and 'value="Chai tea"' in refused.text


def test_pickers_find_partners_and_products_by_the_one_search_rule(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        for i in range(30):
            partners.create_partner(
                s,
                partners.PartnerIn(name=f"Customer {i:02d}", is_customer=True, city="Lyon"),  # type: ignore[attr-defined]
            )
        partners.update_partner(s, books.customer_id, PartnerUpdate(version=1, city="Berlin"))
    found = browser.client.get("/pick/partners", params={"role": "customer", "picker_text": "berl"})
    assert found.status_code == 200
    assert re.findall(r'data-label="([^"]+)"', found.text) == ["Alfreds Futterkiste"]
    many = browser.client.get("/pick/partners", params={"role": "customer", "picker_text": "lyon"})
    assert len(re.findall(r'role="option"', many.text)) == 12  # a screenful, not 30
    # Suppliers are not offered where a customer is asked for.
    assert (
        "Exotic"
        not in browser.client.get(
            "/pick/partners", params={"role": "customer", "picker_text": "exotic"}
        ).text
    )
    none = browser.client.get("/pick/partners", params={"role": "customer", "picker_text": "zzz"})
    assert "Nothing found for “zzz”" in none.text
    chai = browser.client.get("/pick/products", params={"picker_text": "cha", "sale": "true"})
    assert re.findall(r'data-label="([^"]+)"', chai.text) == ["CHAI · Chai"]
    assert "$18.00 · 100 available" in chai.text
    # In Chinese, the labels and hints speak Chinese.
    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    zh = browser.client.get("/pick/products", params={"picker_text": "zzz"})
    assert "没有找到" in zh.text
