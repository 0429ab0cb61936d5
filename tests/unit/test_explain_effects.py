"""The price/volume/mix split adds up exactly whatever the books: new and stopped products,
fractions of units, prices that leave repeating decimals; rounding leaves at most a cent."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from smarterp.core.money import money
from smarterp.intel.finance.explain import _Cell, _cents, _effects
from smarterp.intel.finance.narrative import EN, ZH

D = Decimal


def _cell(product: int, quantity: Decimal, price: Decimal, cost: Decimal) -> _Cell:
    return _Cell(
        1,
        "c",
        product,
        f"p{product}",
        None,
        "cat",
        None,
        quantity,
        money(quantity * price),
        quantity * cost,
    )


def _random_period(rng: random.Random, products: list[int]) -> list[_Cell]:
    return [
        _cell(
            p,
            D(rng.randint(1, 5000)) / D(1000),
            D(rng.randint(100, 99999)) / D(100),
            D(rng.randint(100, 5000)) / D(100),
        )
        for p in products
        for _ in range(rng.randint(1, 3))
    ]


def test_effects_add_up_exactly_on_random_books() -> None:
    rng = random.Random(16)
    residues = set()
    for _ in range(300):
        # Products 0-9; each period sells a random subset, so some are new and some stopped.
        base = _random_period(rng, rng.sample(range(10), rng.randint(1, 6)))
        current = _random_period(rng, rng.sample(range(10), rng.randint(1, 6)))
        for measure in ("revenue", "margin"):
            price, volume, mix = _effects(base, current, measure)  # type: ignore[arg-type]
            v0 = sum((Fraction(c.value(measure)) for c in base), Fraction(0))  # type: ignore[arg-type]
            v1 = sum((Fraction(c.value(measure)) for c in current), Fraction(0))  # type: ignore[arg-type]
            assert price + volume + mix == v1 - v0
        change = sum((c.revenue for c in current), D(0)) - sum((c.revenue for c in base), D(0))
        price, volume, mix = _effects(base, current, "revenue")
        residue = change - _cents(price) - _cents(volume) - _cents(mix)
        # Three roundings of at most half a cent each: the residue is a cent at most.
        assert abs(residue) <= D("0.01")
        residues.add(residue)
    assert residues >= {D("0.00"), D("0.01")} or residues >= {D("0.00"), D("-0.01")}


def test_a_new_product_carries_no_price_effect() -> None:
    base = [_cell(1, D(10), D(10), D(5))]
    current = [_cell(1, D(10), D(10), D(5)), _cell(2, D(5), D(30), D(5))]
    price, volume, mix = _effects(base, current, "revenue")
    assert price == 0
    # 5 more units at the base average (10.00) is volume; that they are 30.00 units is mix.
    assert (volume, mix) == (50, 100)


def test_each_language_labels_whole_months_and_other_spans() -> None:
    from datetime import date

    june = (date(2026, 6, 1), date(2026, 6, 30))
    assert (EN.period(*june), ZH.period(*june)) == ("June 2026", "2026年6月")
    part = (date(2026, 6, 1), date(2026, 6, 15))
    assert (EN.period(*part), ZH.period(*part)) == (
        "2026-06-01 to 2026-06-15",
        "2026-06-01至2026-06-15",
    )
    assert EN.names(["a", "b", "c", "d", "e"]) == "a, b, c and 2 more"
