"""The Ask page and the knowledge-graph page over HTTP, on SQLite and PostgreSQL: answers with
their table and SQL and what was understood, refusals shown as messages, clarifying choices and
readings that run their structured query, CSRF; the graph page,
its JSON, search, the side panel with sources, unknown names and permissions."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from starlette.requests import Request

from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.ask.service import Answer, Reading, ask, run_query
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.extract import OrderReader
from smarterp.intel.docs.sources import read_paths
from smarterp.intel.docs.store import ingest
from smarterp.intel.graph.learn import learn_books, learn_document
from smarterp.intel.graph.models import GraphNode
from smarterp.intel.semantic.query import StructuredQuery
from smarterp.web import i18n
from smarterp.web.pages import page_context, render
from smarterp.web.routes.ask import clarification_values
from tests import factories as f
from tests.integration.web.conftest import Browser, as_role

AS_OF = "2025-05-06"
EMAIL = Path(__file__).resolve().parents[2] / "data" / "docs" / "order_alfreds.eml"
HTMX = {"HX-Request": "true"}


@pytest.fixture
def shop(engine: Engine) -> Engine:
    """Two customers whose names both start with "Ernst", a supplier, a product, two orders."""
    with unit_of_work(engine, actor="test") as s:
        handel = f.customer(s, "Ernst Handel", country="Austria")
        bauer = f.customer(s, "Ernst Bauer Feinkost", country="Germany")
        sup = f.supplier(s, "Exotic Liquids")
        chai = f.product(s, "CHAI", name="Chai", price="18.00", stock="100", supplier_id=sup.id)
        s.flush()
        for customer, qty in ((handel, "10"), (bauer, "4")):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer.id,
                    order_date=date(2025, 4, 3),
                    lines=[SalesLineIn(product_id=chai.id, quantity=Decimal(qty), unit_price=None)],
                ),
            )
            sales.confirm_order(s, order.id)
    return engine


@pytest.fixture
def graph(engine: Engine) -> dict[str, int]:
    """A tiny company in the graph: its books plus one order email with its text spans."""
    with unit_of_work(engine, actor="test") as s:
        alfreds = f.customer(
            s, "Alfreds Futterkiste", ref="ALFKI", contact_name="Maria Anders", city="Berlin"
        )
        exotic = f.supplier(s, "Exotic Liquids Ltd.", contact_name="Charlotte Cooper")
        chai = f.product(s, "CHAI", name="Chai", supplier_id=exotic.id)
        s.flush()
        learn_books(s)
        ingest(
            s,
            read_paths([EMAIL]),
            OrderReader(load_catalogue(s)),
            on_stored=learn_document,
        )
        node = s.scalars(select(GraphNode).where(GraphNode.key == f"partner:{alfreds.id}")).one()
        return {"alfreds": alfreds.id, "alfreds_node": node.id, "chai": chai.id}


def _ask(browser: Browser, question: str, htmx: bool = True) -> str:
    resp = browser.post(
        "/ask", {"question": question, "as_of": AS_OF}, headers=HTMX if htmx else {}
    )
    assert resp.status_code == 200, resp.text
    return resp.text


# --- Ask -----------------------------------------------------------------------------------


def test_ask_page_renders_with_menu_entries(browser: Browser) -> None:
    page = browser.client.get("/ask")
    assert page.status_code == 200
    assert 'data-testid="ask-form"' in page.text and 'name="as_of"' in page.text
    assert 'data-testid="nav-ask"' in page.text and 'data-testid="nav-graph"' in page.text
    assert 'data-testid="topbar-ask"' in page.text
    assert "<script>" not in page.text  # the CSP forbids inline scripts


def test_a_question_returns_a_table_a_chart_and_the_sql(shop: Engine, browser: Browser) -> None:
    html = _ask(browser, "revenue by customer in 2025")
    assert 'data-testid="ask-table"' in html
    table = unescape(html.split('data-testid="ask-table"')[1])
    # Chai sells at 18.00: 10 for Ernst Handel, 4 for Ernst Bauer Feinkost.
    assert "Ernst Handel" in table and "$180.00" in table
    assert "Ernst Bauer Feinkost" in table and "$72.00" in table
    sql = re.search(r'data-testid="ask-sql">(.*?)</pre>', html, re.S)
    assert sql and sql.group(1).lstrip().upper().startswith("SELECT")
    chart = re.search(r'data-chart="([^"]*)"', html)
    assert chart, "a bar chart follows the answer's suggestion"
    spec = json.loads(unescape(chart.group(1)))
    assert spec["type"] == "bar" and sorted(spec["series"][0]["data"]) == [72.0, 180.0]
    assert '"dimensions"' in unescape(html)  # the structured query under "show query"


def test_the_get_form_and_a_chinese_question(shop: Engine, browser: Browser) -> None:
    page = browser.client.get("/ask", params={"q": "2025年的销售额", "as_of": AS_OF})
    assert page.status_code == 200
    assert "$252.00" in page.text  # one figure: drawn as a number, not a chart


def test_two_matching_customers_give_choices_that_re_ask(shop: Engine, browser: Browser) -> None:
    html = _ask(browser, "revenue from Ernst in 2025")
    assert 'data-testid="ask-clarify"' in html
    options = re.findall(r'name="question" value="([^"]+)"', unescape(html.split("ask-clarify")[1]))
    assert sorted(options) == [
        "revenue from Ernst Bauer Feinkost in 2025",
        "revenue from Ernst Handel in 2025",
    ]
    again = _ask(browser, "revenue from Ernst Handel in 2025")
    assert 'data-testid="ask-number"' in again and "$180.00" in again
    # The question box follows the chosen option (an out-of-band swap).
    assert 'value="revenue from Ernst Handel in 2025"' in again and 'hx-swap-oob="true"' in again


def test_a_forbidden_measure_is_a_message_not_a_crash(shop: Engine, app_client: TestClient) -> None:
    clerk = as_role(app_client, "sales")
    html = _ask(clerk, "payables by supplier")
    assert 'data-testid="ask-error"' in html and "payables" in html
    full = clerk.post("/ask", {"question": "payables by supplier", "as_of": AS_OF})
    assert full.status_code == 403 and 'data-testid="ask-error"' in full.text
    bad_day = _ask(clerk, "revenue in 2025").replace("\n", "")
    assert 'data-testid="ask-table"' in bad_day
    wrong = clerk.post("/ask", {"question": "revenue", "as_of": "06/05/2025"}, headers=HTMX)
    assert "as_of" in wrong.text and 'data-testid="ask-error"' in wrong.text


def test_asking_needs_the_csrf_token(shop: Engine, browser: Browser) -> None:
    resp = browser.client.post("/ask", data={"question": "revenue in 2025"}, follow_redirects=False)
    assert resp.status_code == 403 and "ask-table" not in resp.text
    forged = browser.client.post(
        "/ask", data={"question": "revenue", "csrf_token": "not-the-token"}, follow_redirects=False
    )
    assert forged.status_code == 403


# --- Ask: what was understood, and readings to pick ----------------------------------------

HANDEL = {
    "measures": ["revenue"],
    "filters": [{"dimension": "customer", "values": ["Ernst Handel"]}],
    "time_range": {"start": "2025-01-01", "end": "2025-12-31"},
}
BAUER = {**HANDEL, "filters": [{"dimension": "customer", "values": ["Ernst Bauer Feinkost"]}]}
_FORM = re.compile(r'<form[^>]*action="/ask/reading".*?</form>', re.S)
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def _reading(browser: Browser, query: object, understood: str, **extra: str) -> str:
    form = {
        "question": "revenue from Ernst in 2025",
        "as_of": AS_OF,
        "lang": "en",
        "understood": understood,
        "query": query if isinstance(query, str) else json.dumps(query),
        **extra,
    }
    resp = browser.post("/ask/reading", form, headers=HTMX)
    assert resp.status_code == 200, resp.text
    return resp.text


def _understood(html: str) -> str:
    found = re.search(r'data-testid="ask-understood">(.*?)</p>', html, re.S)
    assert found, "the answer says what was understood"
    return unescape(re.sub(r"<[^>]+>", "", found.group(1)))


def _sentence(engine: Engine, query: dict[str, object], picked: str, lang: str = "en") -> str:
    """What the page says was understood: the run query's own sentence, else the reading's."""
    run = run_query(
        engine, StructuredQuery.model_validate(query), as_of=date(2025, 5, 6), lang=lang
    )
    return run.understood or picked


def _clarification_page(answer: Answer, csrf: str, language: str = "en") -> str:
    """The answer fragment for a question asked back, as the route renders it."""
    request = Request({"type": "http", "method": "POST", "path": "/ask", "headers": []})
    values = page_context(request, i18n.translator(language), None) | {
        "csrf": csrf,
        "oob": False,
        "error": None,
        "answer": answer,
        "as_of": AS_OF,
        **clarification_values(answer),
    }
    return render(request, "ask_answer.html", values).body.decode()


def test_a_picked_reading_runs_its_query_and_says_what_was_understood(
    shop: Engine, browser: Browser
) -> None:
    html = _reading(browser, HANDEL, "revenue of Ernst Handel in 2025")
    said = _sentence(shop, HANDEL, "revenue of Ernst Handel in 2025")
    assert _understood(html) == f"Understood as: {said}" and "Ernst Handel" in said
    assert html.index('data-testid="ask-understood"') < html.index('data-testid="ask-table"')
    assert 'data-testid="ask-number"' in html and "$180.00" in html
    assert '"Ernst Handel"' in unescape(html)  # the structured query under "show query"
    # The question box keeps the question that was asked (an out-of-band swap).
    assert 'value="revenue from Ernst in 2025" maxlength' in html and 'hx-swap-oob="true"' in html
    # Without htmx: the whole page, with the same answer.
    full = browser.post(
        "/ask/reading",
        {"question": "revenue from Ernst", "as_of": AS_OF, "query": json.dumps(BAUER)},
    )
    assert full.status_code == 200 and "<html" in full.text and "$72.00" in full.text


def test_understood_reads_in_chinese_for_a_chinese_user(shop: Engine, browser: Browser) -> None:
    assert browser.post("/language", {"language": "zh", "next": "/ask"}).status_code == 303
    html = _reading(browser, HANDEL, "2025年Ernst Handel的销售额", lang="zh")
    said = _sentence(shop, HANDEL, "2025年Ernst Handel的销售额", "zh")
    assert _understood(html) == f"理解为：{said}" and "Ernst Handel" in said
    assert "US$180.00" in html


def test_a_clarification_offers_a_button_per_reading_and_each_runs(
    shop: Engine, browser: Browser
) -> None:
    answer = Answer(
        question="revenue from Ernst in 2025",
        lang="en",
        clarification="“Ernst” matches two customers: which one?",
        # The records the name may mean, and (repeated by some parsers) a reading's sentence.
        options=["Ernst Handel", "Ernst Bauer Feinkost", "revenue of Ernst Handel in 2025"],
        readings=[
            Reading(understood="revenue of Ernst Handel in 2025", query=HANDEL),
            Reading(understood="revenue of Ernst Bauer Feinkost in 2025", query=BAUER),
        ],
    )
    html = _clarification_page(answer, browser.csrf)
    assert 'data-testid="ask-clarify"' in html and 'aria-label="Pick what you meant:"' in html
    buttons = re.findall(r'data-testid="ask-reading">(.*?)</button>', html, re.S)
    assert [" ".join(re.sub(r"<[^>]+>", " ", b).split()) for b in buttons] == [
        "1 revenue of Ernst Handel in 2025",
        "2 revenue of Ernst Bauer Feinkost in 2025",
    ]
    # The plain options stay as before: each asks the question again with the name.
    assert html.count('data-testid="ask-option"') == 2
    figures = []
    for form in _FORM.findall(html):
        fields = {name: unescape(value) for name, value in _HIDDEN.findall(form)}
        assert fields["csrf_token"] == browser.csrf and json.loads(fields["query"])
        resp = browser.client.post("/ask/reading", data=fields, headers=HTMX)
        assert resp.status_code == 200, resp.text
        said = _sentence(shop, json.loads(fields["query"]), fields["understood"])
        assert _understood(resp.text) == f"Understood as: {said}"
        figures.append(re.search(r'data-testid="ask-number">([^<]+)<', resp.text).group(1))  # type: ignore[union-attr]
    assert figures == ["$180.00", "$72.00"]
    zh = _clarification_page(answer, browser.csrf, "zh")
    assert "请选择您想问的：" in zh and zh.count('data-testid="ask-reading"') == 2


def test_every_answered_question_shows_what_was_understood(shop: Engine, browser: Browser) -> None:
    question = "revenue by customer in 2025"
    answer = ask(shop, question, as_of=date.fromisoformat(AS_OF))
    html = _ask(browser, question)
    if answer.understood:  # the parser fills it; until it does the line is left out
        assert _understood(html) == f"Understood as: {answer.understood}"
    else:
        assert 'data-testid="ask-understood"' not in html


def test_a_bad_or_forbidden_reading_is_a_message(shop: Engine, app_client: TestClient) -> None:
    clerk = as_role(app_client, "sales")
    for query, words in (
        ("{not json", "not JSON"),
        ({"measures": ["revenue"], "sql": "DROP TABLE partner"}, "sql"),
        ({"measures": ["happiness"]}, "happiness"),
        ({"measures": ["revenue"], "dimensions": ["planet"]}, "planet"),
        ({"measures": ["payables"]}, "payables"),
    ):
        html = _reading(clerk, query, "something")
        assert 'data-testid="ask-error"' in html and words in unescape(html), query
        assert 'data-testid="ask-table"' not in html
    forbidden = clerk.post("/ask/reading", {"query": json.dumps({"measures": ["payables"]})})
    assert forbidden.status_code == 403 and 'data-testid="ask-error"' in forbidden.text
    bad_day = _reading(clerk, HANDEL, "x", as_of="06/05/2025")
    assert "as_of" in bad_day and 'data-testid="ask-error"' in bad_day
    no_csrf = clerk.client.post("/ask/reading", data={"query": json.dumps(HANDEL)})
    assert no_csrf.status_code == 403 and "ask-table" not in no_csrf.text


# --- Knowledge graph -----------------------------------------------------------------------


def test_empty_graph_says_how_to_fill_it(browser: Browser) -> None:
    page = browser.client.get("/graph")
    assert page.status_code == 200
    assert 'data-testid="graph-empty"' in page.text
    assert "smarterp graph build" in page.text and "smarterp ingest" in page.text
    assert browser.client.get("/graph/data").json() == {"centre": None, "nodes": [], "edges": []}


def test_graph_page_and_its_json(graph: dict[str, int], browser: Browser) -> None:
    page = browser.client.get("/graph", params={"node": "ALFKI"})
    assert page.status_code == 200
    assert f'data-node="{graph["alfreds_node"]}"' in page.text
    assert "/static/vendor/cytoscape.min.js" in page.text and "<script>" not in page.text
    about = unescape(page.text.split('data-testid="graph-about"')[1])
    # The side panel: the email's words as the source of the order, the books for the rest.
    assert "12 cases of Chai" in about and "Order for next week" in about
    assert "Maria Anders" in about and "From the books" in about
    assert f'href="/customers/{graph["alfreds"]}"' in about

    data = browser.client.get("/graph/data", params={"node": "Alfreds"}).json()
    assert data["centre"]["label"] == "Alfreds Futterkiste"
    labels = {n["data"]["label"]: n["data"] for n in data["nodes"]}
    assert labels["Alfreds Futterkiste"]["centre"] is True
    assert {"Maria Anders", "Chai"} <= set(labels) and labels["Chai"]["kind"] == "product"
    ids = {n["data"]["id"] for n in data["nodes"]}
    types = {e["data"]["type"] for e in data["edges"]}
    assert {"works_for", "orders"} <= types
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in data["edges"])

    # Opening without a node centres on the best-connected customer.
    assert browser.client.get("/graph/data").json()["centre"]["label"] == "Alfreds Futterkiste"


def test_search_and_the_side_panel_partial(graph: dict[str, int], browser: Browser) -> None:
    hits = browser.client.get("/graph/search", params={"node": "exotic"}, headers=HTMX)
    assert "Exotic Liquids Ltd." in hits.text and 'data-graph-node="' in hits.text
    chai_node = re.search(
        r'data-graph-node="(\d+)"[^>]*>.*?Chai',
        unescape(browser.client.get("/graph/search", params={"node": "cha"}).text),
    )
    assert chai_node
    panel = browser.client.get("/graph/about", params={"node": chai_node.group(1)}, headers=HTMX)
    assert panel.status_code == 200 and "Exotic Liquids Ltd." in panel.text
    nothing = browser.client.get("/graph/search", params={"node": "zzqx"})
    assert "Nothing matches." in nothing.text


def test_unknown_node_is_a_clear_message(graph: dict[str, int], browser: Browser) -> None:
    page = browser.client.get("/graph", params={"node": "Nobody At All Inc"})
    assert page.status_code == 404
    assert 'data-testid="graph-missing"' in page.text
    assert "No node is called “Nobody At All Inc”." in unescape(page.text)
    data = browser.client.get("/graph/data", params={"node": "Nobody At All Inc"})
    assert data.status_code == 404 and "Nobody At All Inc" in data.json()["error"]


def test_graph_needs_docs_read(graph: dict[str, int], app_client: TestClient) -> None:
    keeper = as_role(app_client, "warehouse")
    for path in ("/graph", "/graph/data", "/graph/about?node=ALFKI", "/graph/search?node=a"):
        assert keeper.client.get(path).status_code == 403, path
    assert 'data-testid="nav-graph"' not in keeper.client.get("/").text
    assert 'data-testid="nav-ask"' in keeper.client.get("/").text


def test_chinese_labels(graph: dict[str, int], browser: Browser) -> None:
    browser.post("/language", {"language": "zh", "next": "/graph"})
    page = browser.client.get("/graph", params={"node": "ALFKI"})
    assert "知识图谱" in page.text and "来自账簿" in page.text
    data = browser.client.get("/graph/data", params={"node": "ALFKI"}).json()
    assert "任职于" in {e["data"]["label"] for e in data["edges"]}
    assert "问答" in browser.client.get("/ask").text
