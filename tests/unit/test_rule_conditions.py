"""The rules' condition language: checked on save with the path of each mistake, evaluated
without eval over numbers, dates, text and lists."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smarterp.automation.rules.conditions import ConditionError, check, holds

INVOICE = {
    "amount": Decimal("1250.00"),
    "amount_due": "300.00",
    "days_overdue": 41,
    "partner": "Acme Ltd",
    "due_date": date(2026, 10, 20),
    "categories": ["Beverages", "Condiments"],
    "event": {"number": "INV/1"},
    "partner_email": None,
}


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        ({"field": "days_overdue", "op": ">=", "value": 30}, True),
        ({"field": "amount", "op": ">", "value": "1250"}, False),
        ({"field": "amount_due", "op": "<=", "value": 300}, True),  # text holding a number
        ({"field": "partner", "op": "==", "value": "acme ltd"}, True),  # case does not matter
        ({"field": "partner", "op": "in", "value": ["Beta", "ACME LTD"]}, True),
        ({"field": "partner", "op": "not_in", "value": ["Beta"]}, True),
        ({"field": "partner", "op": "contains", "value": "acme"}, True),
        ({"field": "categories", "op": "contains", "value": "beverages"}, True),
        ({"field": "due_date", "op": "<", "value": "2026-11-01"}, True),
        ({"field": "event.number", "op": "==", "value": "INV/1"}, True),
        ({"field": "partner_email", "op": "exists"}, False),
        ({"field": "missing", "op": ">", "value": 1}, False),  # absent never compares true
        (
            {
                "all": [
                    {"field": "days_overdue", "op": ">", "value": 30},
                    {"not": {"field": "partner", "value": "Acme Ltd"}},
                ]
            },
            False,
        ),
        (
            {
                "any": [
                    {"field": "days_overdue", "op": ">", "value": 90},
                    {"field": "amount", "op": ">", "value": 1000},
                ]
            },
            True,
        ),
        (None, True),
    ],
)
def test_conditions_evaluate(tree: dict[str, object] | None, expected: bool) -> None:
    if tree:
        check(tree, None)
    assert holds(tree, INVOICE) is expected


@pytest.mark.parametrize(
    ("tree", "path"),
    [
        ({"all": []}, "conditions.all"),
        ({"all": [{"field": "amount", "op": "=>", "value": 1}]}, "conditions.all[0].op"),
        (
            {"any": [{"field": "amount", "value": 1}, {"op": ">", "value": 1}]},
            "conditions.any[1].field",
        ),
        ({"not": {"field": "amount", "op": ">"}}, "conditions.not.value"),
        ({"field": "amount", "op": "in", "value": 5}, "conditions.value"),
        ({"field": "amount", "op": ">", "value": [1]}, "conditions.value"),
        ({"field": "amout", "op": ">", "value": 1}, "conditions.field"),
        ({"all": [{"field": "amount"}], "any": []}, "conditions"),
        ({"field": "amount", "value": 1, "eval": "os.system('x')"}, "conditions"),
        ("amount > 1", "conditions"),
    ],
)
def test_mistakes_are_named_by_their_path(tree: object, path: str) -> None:
    with pytest.raises(ConditionError) as caught:
        check(tree, ["amount", "partner"])
    assert caught.value.path == path
