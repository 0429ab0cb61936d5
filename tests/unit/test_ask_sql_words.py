"""Pseudo-SQL typed into Ask is read like the question it spells out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smarterp.intel.ask.entities import EntityIndex
from smarterp.intel.ask.language import for_language
from smarterp.intel.ask.parser import OfflineParser

INDEX = EntityIndex()
for kind, name in (
    ("product", "Tofu"),
    ("customer", "Ernst Handel"),
    ("category", "Beverages"),
    ("country", "Germany"),
    ("carrier", "Speedy Express"),
):
    INDEX.add(kind, name)
PARSER = OfflineParser(INDEX, date(1998, 5, 6))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "select sum(revenue) where customer = 'Ernst Handel', 1997",
            {"measures": ["revenue"], "dimensions": [], "filter": ("customer", "Ernst Handel")},
        ),
        (
            "select count(*) from orders where carrier = 'Speedy Express' and order date in 1997",
            {"measures": ["orders"], "dimensions": [], "filter": ("carrier", "Speedy Express")},
        ),
        (
            "select on_hand, reorder_level from products where name = 'Tofu'",
            {"measures": ["stock_on_hand", "reorder_level"], "filter": ("product", "Tofu")},
        ),
        (
            "select customer group by customer having sum(revenue) > 5000, 1997",
            {"measures": ["revenue"], "dimensions": ["customer"], "having": 5000},
        ),
        (
            "select count(*) from orders where shipped_date is null",
            {"measures": ["orders"], "conditions": ["unshipped"]},
        ),
        (
            "select product order by revenue desc limit 3, 1997",
            {"dimensions": ["product"], "order": "desc", "limit": 3},
        ),
    ],
)
def test_pseudo_sql_reads_as_its_question(question: str, expected: dict[str, Any]) -> None:
    parsed = PARSER.parse(question)
    assert parsed.query is not None, parsed.clarification
    query = parsed.query
    if "measures" in expected:
        assert query.measures == expected["measures"]
    if "dimensions" in expected:
        assert query.dimensions == expected["dimensions"]
    if "filter" in expected:
        dimension, value = expected["filter"]
        assert any(f.dimension == dimension and value in f.values for f in query.filters)
    if "conditions" in expected:
        assert query.conditions == expected["conditions"]
    if "having" in expected:
        assert [h.value for h in query.having] == [expected["having"]]
    if "order" in expected:
        assert (query.order, query.limit) == (expected["order"], expected["limit"])


def test_plain_questions_are_left_alone() -> None:
    """Only query shapes are rewritten: an English "where" or "select" in prose stays."""
    english = for_language("en")
    assert "where" in english.normalise("list the countries where we sold the most in 1997")
    assert "select" in english.normalise("help me select the best customers of 1997")
