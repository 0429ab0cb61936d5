"""What a generated order line was written to say (its gold), shared by the phrasing sets: the
goods and quantity meant, the sibling packs, and the other reading where the words allow two."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item


def sibling(it: Item, variant: str) -> str | None:
    """The goods' case ("case") or single ("single") pack, if they are sold in it."""
    for name in it.siblings:
        if (variant == "case" and "Case of" in name) or (variant == "single" and name == it.base):
            return name
    return None


def line_gold(it: Item, other: tuple[str | None, int] | None = None) -> dict[str, Any]:
    """The line as meant, and the other reading where the words allow two and the customer's
    history (only ever this pack of these goods) does not settle it."""
    gold: dict[str, Any] = {"product": it.name, "quantity": it.quantity}
    gold["siblings"] = list(it.siblings)
    if other and other[0] and not it.habit:
        gold["alternatives"] = [{"product": other[0], "quantity": other[1]}]
    return gold
