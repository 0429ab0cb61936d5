"""Goods sold in several packs (single, "(Case of 12)", "Family Size"): which pack the words
mean, and the quantity in that pack's selling unit. Where the words and the customer's history
leave two readings, both are kept and the line is flagged; the other pack is never taken
silently."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from smarterp.intel.docs.catalogue import ProductEntry
from smarterp.intel.docs.lexicon import VARIANT_SUFFIX
from smarterp.intel.docs.products import ProductMention
from smarterp.intel.docs.quantities import QuantityMention
from smarterp.intel.docs.text import fold_text

HISTORY_NOTE = "pack from the customer's earlier orders"


@dataclass(frozen=True)
class Reading:
    product_id: int
    quantity: Decimal


@dataclass
class PackChoice:
    """The reading taken, the other readings still open (flagged), and why."""

    reading: Reading
    alternatives: list[Reading] = field(default_factory=list)
    note: str | None = None


def family_key(name: str) -> str:
    """The goods' name without its pack: "Cola (Case of 12)" and "Cola Family Size" -> "cola"."""
    return fold_text(VARIANT_SUFFIX.sub("", name.strip())).strip()


def _units(value: float) -> Decimal:
    amount = Decimal(str(value))
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


class Packs:
    """The catalogue's pack families, indexed once."""

    def __init__(self, products: list[ProductEntry]) -> None:
        self.products = {p.id: p for p in products}
        groups: dict[str, list[int]] = {}
        for p in products:
            groups.setdefault(family_key(p.name), []).append(p.id)
            if p.name_zh:
                groups.setdefault(family_key(p.name_zh), []).append(p.id)
        self.family: dict[int, tuple[int, ...]] = {}
        self.base: dict[int, bool] = {}
        # Per base product: (pattern before the name, pattern after it, variant id).
        self.descriptors: dict[int, list[tuple[re.Pattern[str], re.Pattern[str], int]]] = {}
        for key, ids in groups.items():
            if len(ids) < 2:
                continue
            names = {i: self.products[i].name for i in ids}
            zh = any(fold_text(self.products[i].name_zh or "") == key for i in ids)
            base = [
                i
                for i in ids
                if fold_text((self.products[i].name_zh if zh else names[i]) or "") == key
            ]
            if len(base) != 1:
                continue
            for i in ids:
                self.family[i] = tuple(sorted(set(ids)))
                self.base[i] = i == base[0]
            for i in ids:
                if i == base[0]:
                    continue
                full = fold_text((self.products[i].name_zh if zh else names[i]) or "")
                core = full[len(key) :].strip(" ()（）")
                if not core:
                    continue
                # Pack words on the same line, next to the name, in brackets or not.
                flexible = r"[ \t]*".join(re.escape(part) for part in core.split())
                before = re.compile(rf"[(（]?[ \t]*{flexible}[ \t]*[)）]?[ \t]*\Z")
                after = re.compile(rf"[ \t]*[(（]?[ \t]*{flexible}[ \t]*[)）]?")
                self.descriptors.setdefault(base[0], []).append((before, after, i))

    def extend(self, mentions: list[ProductMention], text: str) -> list[ProductMention]:
        """A base product named with its pack words next to it ("Cola (case of 12)",
        "family size Cola", "家庭装可乐") becomes that pack's product, words included."""
        out: list[ProductMention] = []
        for m in mentions:
            pid = m.product_id
            if pid is None or pid not in self.descriptors:
                out.append(m)
                continue
            for before, after, variant in self.descriptors[pid]:
                tail = after.match(text, m.end)
                if tail is not None:
                    m = ProductMention(m.start, tail.end(), frozenset({variant}), True)
                    break
                head = before.search(text[max(0, m.start - 16) : m.start])
                if head is not None:
                    start = max(0, m.start - 16) + head.start()
                    m = ProductMention(start, m.end, frozenset({variant}), True)
                    break
            out.append(m)
        return out

    def choose(
        self,
        product_id: int,
        quantity: QuantityMention,
        history: Mapping[int, int] | None,
        unknown_unit: str | None = None,
    ) -> PackChoice:
        """The product and quantity the words mean, given the product named and the unit.
        `unknown_unit` is a word after the figure that no lexicon knows ("4 cs"): it may name
        a pack, so the goods' case stays open as a second reading."""
        product = self.products[product_id]
        plain = Reading(product_id, _units(quantity.selling_units(product.pack)))
        if not self.base.get(product_id):
            return PackChoice(plain)  # no other packs, or the words named this pack
        members = [self.products[i] for i in self.family[product_id] if i != product_id]
        cases = [p for p in members if p.pack > 1]
        if quantity.pack:
            cases = [p for p in cases if p.pack == quantity.pack] or cases
        count = quantity.count
        readings: list[Reading]
        kind = quantity.unit_kind
        if quantity.dozen and product.pack == 1 and any(p.pack == 12 for p in cases):
            case = next(p for p in cases if p.pack == 12)
            readings = [plain]
            if count % 12 == 0:
                readings.append(Reading(case.id, _units(count / 12)))
        elif kind == "container" and cases:
            readings = [Reading(p.id, _units(count)) for p in cases]
        elif kind == "either" and cases:
            readings = [Reading(p.id, _units(count)) for p in cases] + [plain]
        elif kind == "item" or not history:
            readings = [plain]
        else:
            bought = [i for i in self.family[product_id] if history.get(i)]
            if len(bought) == 1 and bought[0] != product_id:
                # The customer names the goods and has only ever bought them in another pack:
                # that pack first, the one named kept beside it for a person to choose.
                habit = Reading(bought[0], _units(count))
                return PackChoice(habit, [plain], note=HISTORY_NOTE)
            readings = [plain]
        if unknown_unit and kind is None and not quantity.dozen:
            readings += [
                Reading(p.id, _units(count))
                for p in cases
                if all(r.product_id != p.id for r in readings)
            ]
        if len(readings) > 1 and history:
            known = [r for r in readings if history.get(r.product_id)]
            if known == readings[:1]:  # the customer's earlier orders confirm the first reading
                return PackChoice(readings[0], note=HISTORY_NOTE)
            if len(known) == 1 and quantity.dozen:
                # "a dozen" from a customer who buys only the case: the case first, flagged.
                rest = [r for r in readings if r != known[0]]
                return PackChoice(known[0], rest, note=HISTORY_NOTE)
        return PackChoice(readings[0], readings[1:])
