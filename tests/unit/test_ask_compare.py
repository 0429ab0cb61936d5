"""Answers compared with gold rows, names folded, and SQL refused unless it is a safe SELECT."""

from __future__ import annotations

import pytest

from smarterp.core.errors import InvalidInput
from smarterp.intel.ask.entities import EntityIndex, fold
from smarterp.intel.ask.evaluate import rows_match, values_match
from smarterp.intel.ask.guarded_sql import check_sql


def test_numbers_match_within_a_cent_or_a_tenth_of_a_percent() -> None:
    assert values_match(617085.2, 617085.205)
    assert not values_match(617085.2, 618000.0)  # 0.1% is 617
    assert values_match(12.5, 0.125)  # a percentage given as a fraction
    assert values_match(10372, "10372")


def test_text_matches_ignoring_case_and_accents() -> None:
    assert values_match("Mère Paillarde", "mere  paillarde")
    assert not values_match("Chai", "Chang")


def test_rows_order_counts_only_when_asked() -> None:
    gold = [["A", 1], ["B", 2]]
    assert rows_match(gold, [["B", 2], ["A", 1]], ordered=False)
    assert not rows_match(gold, [["B", 2], ["A", 1]], ordered=True)
    assert rows_match([["A", 1]], [["A", 9, 1]], ordered=True)  # extra columns are fine
    assert not rows_match(gold, [["A", 1]], ordered=False)


def test_fold_and_fuzzy_names() -> None:
    index = EntityIndex()
    index.add("product", "Côte de Blaye")
    index.add("product", "Gorgonzola Telino")
    index.add("customer", "Ernst Handel")
    index.add("customer", "Ernst Müller GmbH")
    assert fold("Côte de Blaye!") == "cote de blaye"
    found = index.find("what's the list price of Cote de Blay")
    assert [c.value for c in found[0].candidates] == ["Côte de Blaye"]
    assert [c.value for c in index.find("Gorgonzola sold in 1998")[0].candidates] == [
        "Gorgonzola Telino"
    ]
    ambiguous = index.find("revenue from Ernst")
    assert {c.value for c in ambiguous[0].candidates} == {"Ernst Handel", "Ernst Müller GmbH"}


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE invoice",
        "SELECT 1; DELETE FROM invoice",
        "DELETE FROM ask_orders",
        "UPDATE ask_products SET list_price = 0",
        "SELECT * FROM partner",
        "SELECT * FROM app_user",
        "WITH x AS (SELECT * FROM api_token) SELECT * FROM x",
        "SELECT * FROM ask_orders o JOIN invoice i ON 1 = 1",
        "SELECT load_extension('evil') FROM ask_orders",
        "SELECT pg_sleep(100) FROM ask_orders",
        "SELECT * FROM main.ask_orders",
        "'; DROP TABLE invoice; --",
    ],
)
def test_unsafe_sql_is_refused(sql: str) -> None:
    with pytest.raises(InvalidInput):
        check_sql(sql, "sqlite")


def test_safe_sql_gets_a_limit() -> None:
    assert check_sql("select customer from ask_orders", "sqlite").endswith("LIMIT 500")
    assert check_sql("select * from ask_products limit 5", "postgresql").endswith("LIMIT 5")
