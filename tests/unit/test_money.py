"""Money, price and quantity rounding, and the scaled column types, without a database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from smarterp.core.money import Money, Price, Quantity, money, price, qty, to_decimal

D = Decimal


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.675", D("2.68")),  # half up, not banker's rounding
        ("2.665", D("2.67")),
        ("-2.675", D("-2.68")),  # half away from zero on negatives too
        ("0.004", D("0.00")),
        (7, D("7.00")),
        (0.1, D("0.10")),
    ],
)
def test_money_rounds_half_up_to_the_cent(raw: object, expected: Decimal) -> None:
    result = money(raw)
    assert result == expected
    assert result.as_tuple().exponent == -2


def test_floats_go_through_their_shortest_repr() -> None:
    # Decimal(1.1) would be 1.100000000000000088817841970012523...
    assert to_decimal(1.1) == D("1.1")
    assert money(0.1 + 0.2) == D("0.30")
    assert to_decimal(D("3.14159")) == D("3.14159")


def test_price_and_quantity_scales() -> None:
    assert price("1.23456") == D("1.2346")
    assert price("1.23454") == D("1.2345")
    assert qty("2.0005") == D("2.001")
    assert qty("2.0004") == D("2.000")
    assert str(qty(3)) == "3.000"


def test_sums_of_cents_are_exact() -> None:
    total = sum((money("0.10") for _ in range(10)), D(0))
    assert total == D("1.00")
    assert money(D("19.99") * 3) == D("59.97")


@pytest.mark.parametrize(
    ("column", "raw", "stored"),
    [
        (Money(), D("10.005"), D("10.01")),
        (Price(), D("0.33335"), D("0.3334")),
        (Quantity(), D("1.0005"), D("1.001")),
    ],
)
def test_columns_quantise_on_the_way_in_and_out(
    column: Money, raw: Decimal, stored: Decimal
) -> None:
    pg, lite = postgresql.dialect(), sqlite.dialect()
    assert column.process_bind_param(raw, pg) == stored
    # SQLite keeps NUMERIC as a double: it gets the quantised value as a float...
    assert column.process_bind_param(raw, lite) == float(stored)
    # ...and reads it back as the exact Decimal again.
    back = column.process_result_value(float(stored), lite)
    assert back == stored
    assert back is not None and back.as_tuple().exponent == stored.as_tuple().exponent
    assert column.process_bind_param(None, pg) is None
    assert column.process_result_value(None, pg) is None


def test_float_noise_from_sqlite_is_removed_on_read() -> None:
    noisy = 0.1 + 0.2  # 0.30000000000000004
    assert Money().process_result_value(noisy, sqlite.dialect()) == D("0.30")
