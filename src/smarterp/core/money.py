"""Exact money and quantity arithmetic: Decimal values, fixed scales, column types."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator
from sqlalchemy import Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from smarterp.core.errors import InvalidInput

MONEY_PLACES = Decimal("0.01")
PRICE_PLACES = Decimal("0.0001")
QTY_PLACES = Decimal("0.001")
ZERO = Decimal("0")
# Far above any amount, price or quantity a company books, and within every column's
# NUMERIC(18, scale) range: larger input is refused at the door, not by the database.
LARGEST_AMOUNT = Decimal(10) ** 12


def _within_range(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite number")
    if abs(value) >= LARGEST_AMOUNT:
        raise ValueError(f"must be below {LARGEST_AMOUNT:,.0f} in size")
    return value


# A number sent as text is a plain decimal: digits, one optional point, an optional sign.
# "1e3", "NaN", "Infinity", "1_000" and " 12" are refused rather than read as something else;
# JSON numbers are numbers and go through as they are.
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def _plain_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    if isinstance(value, str) and not _PLAIN_DECIMAL.fullmatch(value):
        raise ValueError("must be a plain decimal such as 12.50 (no exponent, spaces or words)")
    return value


# The type of every amount, price and quantity a person or system sends in.
Amount = Annotated[Decimal, BeforeValidator(_plain_decimal), AfterValidator(_within_range)]


def to_decimal(value: Any) -> Decimal:
    """Turn an int, str or Decimal into a Decimal; floats go through str to avoid binary noise."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def money(value: Any) -> Decimal:
    """Round to the cent, half up, the way invoices are rounded."""
    return to_decimal(value).quantize(MONEY_PLACES, rounding=ROUND_HALF_UP)


def smallest_money_problem(value: Decimal) -> str | None:
    """Why `value` is no positive amount once rounded to the cent; None when it is one."""
    if money(value) <= 0:
        return f"must be at least {MONEY_PLACES} once rounded to the cent, not {value:f}"
    return None


def smallest_qty_problem(value: Decimal) -> str | None:
    """Why `value` is no positive quantity at the unit's precision; None when it is one."""
    if qty(value) <= 0:
        return f"must be at least {QTY_PLACES} (quantities keep 3 decimals), not {value:f}"
    return None


def positive_money(value: Any, field: str, *, record: str | None = None) -> Decimal:
    """The service-side check: `value` rounded to the cent, refused unless more than zero."""
    problem = smallest_money_problem(to_decimal(value))
    if problem:
        raise InvalidInput(field, problem, record=record)
    return money(value)


def positive_qty(value: Any, field: str, *, record: str | None = None) -> Decimal:
    """The service-side check: `value` rounded to 3 decimals, refused unless more than zero."""
    problem = smallest_qty_problem(to_decimal(value))
    if problem:
        raise InvalidInput(field, problem, record=record)
    return qty(value)


def _positive_money(value: Decimal) -> Decimal:
    problem = smallest_money_problem(value)
    if problem:
        raise ValueError(problem)
    return money(value)


def _positive_qty(value: Decimal) -> Decimal:
    problem = smallest_qty_problem(value)
    if problem:
        raise ValueError(problem)
    return qty(value)


def price(value: Any) -> Decimal:
    return to_decimal(value).quantize(PRICE_PLACES, rounding=ROUND_HALF_UP)


def qty(value: Any) -> Decimal:
    return to_decimal(value).quantize(QTY_PLACES, rounding=ROUND_HALF_UP)


# A payment or charge: rounded to the cent, and still more than zero once rounded.
PositiveMoney = Annotated[Amount, AfterValidator(_positive_money)]
# A quantity ordered, shipped or billed: rounded to 3 decimals, still more than zero.
PositiveQuantity = Annotated[Amount, AfterValidator(_positive_qty)]


class _Scaled(TypeDecorator[Decimal]):
    """A NUMERIC column that always hands back a Decimal at a fixed scale.

    SQLite keeps NUMERIC as a double; quantising on the way in and out keeps every
    stored value exact to its scale on both SQLite and PostgreSQL.
    """

    impl = Numeric
    cache_ok = True
    places: Decimal = MONEY_PLACES
    precision = 18

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        scale = -int(self.places.as_tuple().exponent)
        if dialect.name == "sqlite":
            # Read raw numbers and quantise them ourselves; no float->Decimal warning noise.
            return dialect.type_descriptor(Numeric(self.precision, scale, asdecimal=False))
        return dialect.type_descriptor(Numeric(self.precision, scale))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        q = to_decimal(value).quantize(self.places, rounding=ROUND_HALF_UP)
        return float(q) if dialect.name == "sqlite" else q

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return to_decimal(value).quantize(self.places, rounding=ROUND_HALF_UP)


class Money(_Scaled):
    cache_ok = True
    places = MONEY_PLACES


class Price(_Scaled):
    cache_ok = True
    places = PRICE_PLACES


class Quantity(_Scaled):
    cache_ok = True
    places = QTY_PLACES


RATE_PLACES = Decimal("0.00000001")


class Rate(_Scaled):
    """An exchange rate: company currency per unit of another, to 8 decimals (1 JPY = 0.0067...)."""

    cache_ok = True
    places = RATE_PLACES
