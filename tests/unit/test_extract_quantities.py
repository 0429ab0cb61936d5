"""Quantities in English and Chinese, and their conversion into a product's selling unit."""

from __future__ import annotations

import pytest

from smarterp.intel.docs.numbers import parse_en_words, parse_zh
from smarterp.intel.docs.quantities import find_quantities, pack_count
from smarterp.intel.docs.text import fold_text


def _read(text: str) -> list[tuple[float, str | None, int | None, bool]]:
    return [(q.count, q.unit_kind, q.pack, q.old) for q in find_quantities(fold_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十五", 15),
        ("二十四", 24),
        ("一百零五", 105),
        ("两", 2),
        ("三十", 30),
        ("十", 10),
    ],
)
def test_chinese_numerals(text: str, expected: int) -> None:
    assert parse_zh(text) == expected


def test_english_number_words() -> None:
    assert parse_en_words("twenty-four") == 24
    assert parse_en_words("a hundred") == 100
    assert parse_en_words("pears") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 cases of Chang", [(20, "container", None, False)]),
        ("two dozen bottles", [(24, "item", None, False)]),
        ("half a dozen Raclette", [(6, None, None, False)]),
        ("2 cases of 12 bottles", [(2, "container", 12, False)]),
        ("Konbu 一打", [(12, None, None, False)]),
        ("Lakkalikööri 半打", [(6, None, None, False)]),
        ("Carnarvon Tigers 十五包", [(15, "neutral", None, False)]),
        ("Tofu 20包", [(20, "neutral", None, False)]),
        ("3x Chai", [(3, None, None, False)]),
    ],
)
def test_quantities_found(
    text: str, expected: list[tuple[float, str | None, int | None, bool]]
) -> None:
    assert _read(text) == expected


def test_replaced_values_are_marked_old() -> None:
    assert _read("increase the Camembert from 21 to 30 units") == [
        (21, None, None, True),
        (30, "neutral", None, False),
    ]
    assert [q[3] for q in _read("Chang 从 20 箱改为 30 箱")] == [True, False]
    assert _read("make it 20 Ikura instead of 15")[1][3] is True


@pytest.mark.parametrize(
    "text",
    [
        "order 10662 arrived",
        "by 5 June",
        "3月20日",
        "in the 10 kg size",
        "$17.50",
        "9:12 AM",
        "修改一下",
    ],
)
def test_numbers_that_are_not_quantities(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("24 - 12 oz bottles", 24),
        ("10 boxes x 20 bags", 10),
        ("48 pies", 48),
        ("500 ml", 1),
        ("750 cc per bottle", 1),
        ("5 kg pkg.", 1),
        ("1k pkg.", 1),
        (None, 1),
    ],
)
def test_pack_count_from_unit_description(unit: str | None, count: int) -> None:
    assert pack_count(unit) == count


def test_selling_units() -> None:
    cases_of_12 = find_quantities("2 cases of 12 bottles")[0]
    assert cases_of_12.selling_units(1) == 24  # sold by the bottle
    assert cases_of_12.selling_units(24) == 2  # sold by the case
    bottles = find_quantities("48 bottles")[0]
    assert bottles.selling_units(24) == 2
    assert bottles.selling_units(1) == 48
