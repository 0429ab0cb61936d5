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
from smarterp.intel.docs.flags import PACK_FROM_HISTORY
from smarterp.intel.docs.lexicon import VARIANT_SUFFIX, words
from smarterp.intel.docs.products import ProductMention
from smarterp.intel.docs.quantities import QuantityMention
from smarterp.intel.docs.text import fold_text

# Words of a pack suffix that say nothing about which pack it is ("Family Size" is told by
# "family", not by "size"); unit words and figures are read as quantities and pack sizes.
_PACK_FILLERS = frozenset(
    {"size", "sized", "of", "the", "a", "pack", "packs", "pk"}
    | {w for kind in ("container", "item", "neutral", "either") for w in words(kind)}
)
_ZH_FILLERS = re.compile(r"[\d装件瓶个罐包盒袋箱]")
# A figure, in digits or words, or a stop ends an item: "... Sesame Paste, twenty family-sized
# Tofu" gives the family size to the tofu; "家庭装三十袋然后二十二箱冰柠檬茶" gives it to none.
_ITEM_BREAK = re.compile(
    r"[\d;；。、零一二两三四五六七八九十百]|然后|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b"
)
_HEAD_BREAK = re.compile(r"[,，)）+&]|\band\b|和")
# A pack word that leads into the next goods' name ("Tea, 家庭装的泰国香米") is that one's.
_LEADS_ON = re.compile(r"[ \t装的]*\Z")
# ... with the rest of the pack's words before it ("53 btl Tea, 40 fam sz Cola").
_LEADS_ON_PACK = re.compile(r"[a-z]*\.?[ \t]*(?:(?:size|sized|sz|pack|packs|pk)\b\.?)?[ \t装的]*\Z")
# A count right after the name ("Coconut Water - 23 family packs", "Cola 6 × family size",
# "可乐要25瓶大的家庭装", "可乐38瓶（家庭装）", "Cola - 16 in the Family Size").
_COUNT_THEN = re.compile(
    r"[ \t,:\-–x×]*\d+[ \t]*(?:[x×][ \t]*)?(?:in(?:[ \t]+the)?[ \t]+)?[(（]?[ \t]*(?=[a-z])"
    r"|[ \t,:：要]*(?:\d+|[零一二两三四五六七八九十百]+)[ \t]*[瓶个罐听支包盒袋箱件只台条]?"
    r"[ \t]*[(（]?[ \t]*(?:大的|的)?(?=[\u4e00-\u9fff])"
)
# How far from the name a pack's own word may stand on its line ("Cola, big family pack, 3").
_NEAR = 24


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


def _keyword(core: str) -> re.Pattern[str] | None:
    """The words that tell a pack apart in its suffix, as a pattern; None if it has none."""
    if re.search(r"[\u4e00-\u9fff]", core):
        rest = _ZH_FILLERS.sub("", core).strip(" ()（）")
        return re.compile(re.escape(rest)) if len(rest) >= 2 else None
    own = [t for t in re.findall(r"[a-z]+", core) if t not in _PACK_FILLERS and len(t) >= 4]
    if not own:
        return None
    # The word or its first three letters as a short form: "family", "fam size", "fam.".
    forms = [rf"{re.escape(t)}|{re.escape(t[:3])}(?:\.|(?![a-z]))" for t in own]
    return re.compile(r"\b(?:" + "|".join(forms) + r")")


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
        # Per base product: (the variant's own word anywhere near the name, variant id).
        self.keywords: dict[int, list[tuple[re.Pattern[str], int]]] = {}
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
                keyword = _keyword(core)
                if keyword is not None:
                    self.keywords.setdefault(base[0], []).append((keyword, i))

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
        # Then the pack's own word near a name, beyond the words other names took.
        return [self._by_keyword(m, out, text) for m in out]

    def _by_keyword(
        self, m: ProductMention, mentions: list[ProductMention], text: str
    ) -> ProductMention:
        """The pack's own word near the name on its line, not nearer another product:
        "family-sized Cola", "Cola, big family pack", "可乐（家庭号）" -> the family size."""
        pid = m.product_id
        if pid is None or pid not in self.keywords or not self.base.get(pid):
            return m
        left = max(text.rfind("\n", 0, m.start) + 1, m.start - _NEAR)
        right = min(len(text), m.end + _NEAR)
        newline = text.find("\n", m.end)
        right = right if newline < 0 else min(right, newline)
        next_name = False
        for other in mentions:
            if other.end <= m.start:
                left = max(left, other.end)
            elif other.start >= m.end and other.start <= right:
                right, next_name = other.start, True
        # Not past a figure or the end of a clause: those words belong to the next item.
        head, whole_tail = text[left : m.start], text[m.end : right]
        # Before the name, a comma or a closing bracket ends the item before ("Tofu (family
        # pack), Mixed Nuts"); after it, "Cola, family size" is still this one's.
        head = _HEAD_BREAK.split(_ITEM_BREAK.split(head)[-1])[-1]
        tail = _ITEM_BREAK.split(whole_tail)[0]
        counted = _COUNT_THEN.match(whole_tail)
        # "Coconut Water - 23 family packs": the count, then the pack's own word, is this one's.
        said_after = whole_tail[counted.end() :] if counted else ""
        start, end, found = m.start, m.end, set()
        for pattern, variant in self.keywords[pid]:
            before, after = pattern.search(head), pattern.search(tail)
            said = pattern.match(said_after) if counted else None
            if before is None and after is None and said is not None:
                if next_name and _LEADS_ON_PACK.match(said_after, said.end()):
                    continue  # "..., 40 fam sz Cola": the count and the pack are the next one's
                found.add(variant)  # (the mention stays short of the count, which is read)
                continue
            # (leading on means nothing but spaces up to the next name, not a figure first:
            # "Rice Crackers family 7 biji, Sunscreen" keeps the family size)
            if after is not None and next_name and _LEADS_ON.match(whole_tail, after.end()):
                after = None
            if before is not None:  # the pack's words are part of the name as written
                start = min(start, m.start - len(head) + before.start())
            if after is not None:
                end = max(end, m.end + after.end())
            if before is not None or after is not None:
                found.add(variant)
        if len(found) != 1:
            return m
        return ProductMention(start, end, frozenset(found), m.exact)

    def sizes(self, product_id: int) -> set[int]:
        """How many pieces the goods' packs hold, beyond one: {12} for Cola and its case."""
        family = self.family.get(product_id, (product_id,))
        return {self.products[i].pack for i in family if self.products[i].pack > 1}

    def choose(
        self, product_id: int, quantity: QuantityMention, history: Mapping[int, int] | None
    ) -> PackChoice:
        """The product and quantity the words mean, given the product named and the unit.
        Only a unit that says what is counted settles the pack (a case word, a piece word);
        no unit, a box or pack, or an inferred unit leaves the goods' other packs open, unless
        the customer's earlier orders settle them."""
        product = self.products[product_id]
        plain = Reading(product_id, _units(quantity.selling_units(product.pack)))
        if not self.base.get(product_id):
            return PackChoice(plain)  # no other packs, or the words named this pack
        members = [self.products[i] for i in self.family[product_id] if i != product_id]
        cases = [p for p in members if p.pack > 1]
        fitting = [p for p in cases if p.pack == quantity.pack] if quantity.pack else cases
        count = quantity.count
        in_cases = [Reading(p.id, _units(count)) for p in (fitting or cases)]
        kind = quantity.unit_kind
        readings: list[Reading]
        if quantity.dozen and product.pack == 1 and any(p.pack == 12 for p in cases):
            # Goods that come in cases of twelve: "four dozen" is four cases first, the same
            # goods as 48 single pieces kept beside it.
            case = next(p for p in cases if p.pack == 12)
            readings = [plain]
            if count % 12 == 0:
                readings.insert(0, Reading(case.id, _units(count / 12)))
        elif kind == "container" and cases:
            readings = in_cases
            if not quantity.certain or not fitting:  # a guessed case, or a size not sold
                readings = [*readings, plain]
        elif kind == "either" and cases:
            readings = [*in_cases, plain]
        elif kind == "item":
            readings = [plain] + ([] if quantity.certain else in_cases)
        else:
            bought = [i for i in self.family[product_id] if history and history.get(i)]
            if len(bought) == 1 and bought[0] != product_id:
                # The customer names the goods and has only ever bought them in another pack:
                # that pack first, the one named kept beside it for a person to choose.
                habit = Reading(bought[0], _units(count))
                rest = [r for r in [plain, *in_cases] if r.product_id != habit.product_id]
                return PackChoice(habit, rest, note=PACK_FROM_HISTORY)
            readings = [plain, *in_cases]
        if len(readings) > 1 and history:
            known = [r for r in readings if history.get(r.product_id)]
            if known == readings[:1]:  # the customer's earlier orders confirm the first reading
                # ... but a box, a pack, a dozen or a guessed unit may still be the other
                # pack: the history puts its reading first and the other stays open.
                # So may a pack size the goods are not sold in ("6-pack x 3" of a 12 case).
                settled = (
                    kind != "neutral"
                    and quantity.certain
                    and not quantity.dozen
                    and not (quantity.pack and not fitting)
                )
                return PackChoice(readings[0], [] if settled else readings[1:], PACK_FROM_HISTORY)
            if len(known) == 1 and quantity.dozen:
                # "a dozen" from a customer who buys only the case: the case first, flagged.
                rest = [r for r in readings if r != known[0]]
                return PackChoice(known[0], rest, note=PACK_FROM_HISTORY)
        return PackChoice(readings[0], readings[1:])
