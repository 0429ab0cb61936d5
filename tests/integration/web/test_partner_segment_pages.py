"""Customer segments in the web app: the partner form (suggestions, a refusal next to the
field), the customer page, the customers list's filter and groups, the rule form's values."""

from __future__ import annotations

import re

from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.partners.models import Partner
from tests import factories as f
from tests.integration.web.conftest import Browser
from tests.integration.web.test_edit_records import CUSTOMER, _error_for


def test_the_form_suggests_segments_and_saves_one(browser: Browser, engine: Engine) -> None:
    form = browser.client.get("/customers/new").text
    # Before any customer has one, the usual groups are offered.
    assert re.findall(r'<datalist id="segments">(.*?)</datalist>', form, re.S) == [
        '<option value="Retail"><option value="Wholesale"><option value="Distributor">'
    ]
    too_long = browser.post("/customers/new", {**CUSTOMER, "segment": "x" * 61})
    assert too_long.status_code == 422
    assert _error_for(too_long.text, "segment") == "At most 60 characters"
    assert f'value="{"x" * 61}"' in too_long.text  # what was typed is kept
    saved = browser.post("/customers/new", {**CUSTOMER, "segment": "Key accounts"})
    assert saved.status_code == 303, saved.text
    page = browser.client.get(saved.headers["location"]).text
    assert "Segment" in page and "Key accounts" in page
    with unit_of_work(engine, actor="test") as s:
        assert s.scalar(select(Partner.segment).where(Partner.ref == "BONAP")) == "Key accounts"
    form = browser.client.get("/customers/new").text
    assert '<option value="Key accounts">' in form and '<option value="Retail">' not in form


def test_the_customers_list_filters_and_groups_by_segment(browser: Browser, engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        for name, segment in (
            ("Big Box", "Wholesale"),
            ("Cash and Carry", "Wholesale"),
            ("Corner Shop", "Retail"),
            ("Loner Ltd", None),
        ):
            f.customer(s, name, segment=segment)
    page = browser.client.get("/customers?segment=Wholesale").text
    names = re.findall(r'<a href="/customers/\d+">([^<]+)</a>', page)
    assert names == ["Big Box", "Cash and Carry"]
    assert 'data-testid="filter-segment"' in page and '<option value="Retail"' in page
    grouped = browser.client.get("/customers?group=segment").text
    heads = re.findall(r"<strong>(.*?)</strong> <span class=\"muted\">· (\d+) records", grouped)
    assert sorted(heads) == [("No segment", "1"), ("Retail", "1"), ("Wholesale", "2")]
    rules = browser.client.get("/rules").text
    assert '<option value="partner_segment">' in rules
    assert '<option value="Wholesale" label="Segment: Wholesale">' in rules
