"""Exact money and quantity arithmetic: Decimal values, fixed scales, column types."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import AfterValidator
from sqlalchemy import Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

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


# The type of every amount, price and quantity a person or system sends in.
Amount = Annotated[Decimal, AfterValidator(_within_range)]


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


def price(value: Any) -> Decimal:
    return to_decimal(value).quantize(PRICE_PLACES, rounding=ROUND_HALF_UP)


def qty(value: Any) -> Decimal:
    return to_decimal(value).quantize(QTY_PLACES, rounding=ROUND_HALF_UP)


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
