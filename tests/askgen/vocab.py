"""How things are named in each language: entities read from the books, words for countries,
categories, measures and periods, numbers, and how a template's slots are filled in.

Templates (in phrasings.py and heldout.py) are plain strings with slots in braces:

- entity slots, each naming one value the question is about: {product} {customer}
  {supplier} {salesperson} {carrier} {category} {country} {period} {n} {x} {year}
  {year1} {year2}; variants of the same slot: {category_adj} (English: "dairy products"),
  {category_cls} (Chinese: 乳制品类), {country_adj} (English: "German customers"),
  {in_period} (English: "in 1997", "last month"), {In_period} (the same, capitalised);
- word slots, filled from a choice of the item rather than an entity: {measure} (revenue,
  units sold, number of orders), {dim} and {dims} (category / categories...).

A template fits an item when its entity slots are exactly the item's and its `when`
conditions hold for the item's choices.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random
from typing import Any

from sqlalchemy import Connection, text

# --------------------------------------------------------------------------------------------
# Templates


@dataclass(frozen=True)
class Template:
    text: str
    when: tuple[tuple[str, str], ...] = ()
    id: str = ""

    def slots(self) -> list[str]:
        """The slot names in the order they appear (an order that does not depend on hashing,
        so that the same seed gives the same words in every process)."""
        names = [name for _, name, _, _ in string.Formatter().parse(self.text) if name]
        return list(dict.fromkeys(names))

    def entity_slots(self) -> set[str]:
        return {BASE_SLOT.get(s, s) for s in self.slots() if s not in WORD_SLOTS}


def T(text: str, **when: str) -> Template:
    """A template; `when` holds the item choices it needs, e.g. measure="revenue"."""
    return Template(text, tuple(sorted(when.items())))


BASE_SLOT = {
    "in_period": "period",
    "In_period": "period",
    "category_adj": "category",
    "category_cls": "category",
    "country_adj": "country",
}
WORD_SLOTS = {"measure", "dim", "dims"}
ENTITY_SLOTS = {
    "product",
    "customer",
    "supplier",
    "salesperson",
    "carrier",
    "category",
    "country",
    "period",
    "n",
    "x",
    "year",
    "year1",
    "year2",
}

# --------------------------------------------------------------------------------------------
# Entities read from the books


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    category_id: int | None
    category: str | None
    supplier_id: int | None
    supplier: str | None
    supplier_country: str | None
    discontinued: bool


@dataclass(frozen=True)
class Customer:
    id: int
    name: str
    country: str | None
    city: str | None


@dataclass(frozen=True)
class Supplier:
    id: int
    name: str
    country: str | None


@dataclass(frozen=True)
class Named:
    """A category, salesperson or carrier."""

    id: int
    name: str


@dataclass
class World:
    products: list[Product]
    customers: list[Customer]
    suppliers: list[Supplier]
    categories: list[Named]
    salespeople: list[Named]
    carriers: list[Named]
    first_day: date
    last_day: date
    ambiguous: set[str] = field(default_factory=set)

    def usable(self, name: str | None) -> bool:
        return bool(name) and norm(name or "") not in self.ambiguous

    @property
    def customer_countries(self) -> list[str]:
        return sorted({c.country for c in self.customers if c.country in COUNTRIES})

    @property
    def supplier_countries(self) -> list[str]:
        return sorted({s.country for s in self.suppliers if s.country in COUNTRIES})


def norm(name: str) -> str:
    """A name as the comparison sees it: no accents, case or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", bare).strip().casefold()


def load_world(conn: Connection) -> World:
    """Products, partners, categories, salespeople and carriers as the books hold them."""
    products = [
        Product(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
        for r in conn.execute(
            text(
                """
                SELECT p.id, p.name, p.category_id, pc.name, s.id, s.name, s.country,
                       p.discontinued
                FROM product p
                LEFT JOIN product_category pc ON pc.id = p.category_id
                LEFT JOIN product_supplier ps ON ps.product_id = p.id
                     AND ps.id = (SELECT MIN(ps2.id) FROM product_supplier ps2
                                  WHERE ps2.product_id = p.id
                                    AND ps2.sequence = (SELECT MIN(ps3.sequence)
                                                        FROM product_supplier ps3
                                                        WHERE ps3.product_id = p.id))
                LEFT JOIN partner s ON s.id = ps.supplier_id
                ORDER BY p.id
                """
            )
        )
    ]
    customers = [
        Customer(int(r[0]), r[1], r[2], r[3])
        for r in conn.execute(
            text(
                "SELECT id, name, country, city FROM partner "
                "WHERE is_customer = :yes AND parent_id IS NULL ORDER BY id"
            ),
            {"yes": True},
        )
    ]
    suppliers = [
        Supplier(int(r[0]), r[1], r[2])
        for r in conn.execute(
            text(
                "SELECT id, name, country FROM partner "
                "WHERE is_supplier = :yes AND parent_id IS NULL ORDER BY id"
            ),
            {"yes": True},
        )
    ]

    def named(sql: str) -> list[Named]:
        return [Named(int(r[0]), r[1]) for r in conn.execute(text(sql))]

    categories = named("SELECT id, name FROM product_category ORDER BY id")
    salespeople = named("SELECT id, name FROM salesperson ORDER BY id")
    carriers = named("SELECT id, name FROM carrier ORDER BY id")
    first, last = conn.execute(
        text(
            "SELECT MIN(order_date), MAX(order_date) FROM sales_order "
            "WHERE state IN ('confirmed', 'done')"
        )
    ).one()
    first_day = date.fromisoformat(str(first)[:10])
    last_day = date.fromisoformat(str(last)[:10])
    names = Counter(
        norm(n)
        for n in [
            *(p.name for p in products),
            *(c.name for c in customers),
            *(s.name for s in suppliers),
            *(c.name for c in categories),
            *(s.name for s in salespeople),
            *(c.name for c in carriers),
        ]
    )
    ambiguous = {n for n, k in names.items() if k > 1}
    return World(
        products,
        customers,
        suppliers,
        categories,
        salespeople,
        carriers,
        first_day,
        last_day,
        ambiguous,
    )


# --------------------------------------------------------------------------------------------
# Countries: the name as the books hold it -> English nouns, English adjectives, Chinese.


@dataclass(frozen=True)
class CountryWords:
    en: tuple[str, ...]
    adj: tuple[str, ...]
    zh: tuple[str, ...]


def _c(
    en: str | tuple[str, ...], adj: str | tuple[str, ...], zh: str | tuple[str, ...]
) -> CountryWords:
    def tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
        return (v,) if isinstance(v, str) else v

    return CountryWords(tup(en), tup(adj), tup(zh))


COUNTRIES: dict[str, CountryWords] = {
    "Argentina": _c("Argentina", ("Argentinian", "Argentine"), "阿根廷"),
    "Australia": _c("Australia", "Australian", ("澳大利亚", "澳洲")),
    "Austria": _c("Austria", "Austrian", "奥地利"),
    "Belgium": _c("Belgium", "Belgian", "比利时"),
    "Brazil": _c("Brazil", "Brazilian", "巴西"),
    "Canada": _c("Canada", "Canadian", "加拿大"),
    "Denmark": _c("Denmark", "Danish", "丹麦"),
    "Finland": _c("Finland", "Finnish", "芬兰"),
    "France": _c("France", "French", "法国"),
    "Germany": _c("Germany", "German", "德国"),
    "Ireland": _c("Ireland", "Irish", "爱尔兰"),
    "Italy": _c("Italy", "Italian", "意大利"),
    "Japan": _c("Japan", "Japanese", "日本"),
    "Mexico": _c("Mexico", "Mexican", "墨西哥"),
    "Netherlands": _c(("the Netherlands", "Holland"), "Dutch", "荷兰"),
    "Norway": _c("Norway", "Norwegian", "挪威"),
    "Poland": _c("Poland", "Polish", "波兰"),
    "Portugal": _c("Portugal", "Portuguese", "葡萄牙"),
    "Singapore": _c("Singapore", "Singaporean", "新加坡"),
    "Spain": _c("Spain", "Spanish", "西班牙"),
    "Sweden": _c("Sweden", "Swedish", "瑞典"),
    "Switzerland": _c("Switzerland", "Swiss", "瑞士"),
    "UK": _c(("the UK", "the United Kingdom", "Britain"), ("British", "UK"), "英国"),
    "USA": _c(("the USA", "the US", "the United States"), ("American", "US"), "美国"),
    "Venezuela": _c("Venezuela", "Venezuelan", "委内瑞拉"),
}

# --------------------------------------------------------------------------------------------
# Categories: the name as the books hold it -> English nouns, English noun modifiers
# ("dairy" in "dairy products"), Chinese nouns, Chinese class names ("乳制品类").


@dataclass(frozen=True)
class CategoryWords:
    en: tuple[str, ...]
    adj: tuple[str, ...]
    zh: tuple[str, ...]
    zh_cls: tuple[str, ...]


CATEGORIES: dict[str, CategoryWords] = {
    "Beverages": CategoryWords(
        ("Beverages", "beverages", "drinks"), ("beverage",), ("饮料", "Beverages"), ("饮料类",)
    ),
    "Condiments": CategoryWords(
        ("Condiments", "condiments"), ("condiment",), ("调味品", "Condiments"), ("调味品类",)
    ),
    "Confections": CategoryWords(
        ("Confections", "confections", "sweets"),
        ("confectionery",),
        ("糖果点心", "Confections"),
        ("糖果点心类", "甜点类"),
    ),
    "Dairy Products": CategoryWords(
        ("Dairy Products", "dairy products", "dairy"),
        ("dairy",),
        ("乳制品", "Dairy Products"),
        ("乳制品类", "奶制品类"),
    ),
    "Grains/Cereals": CategoryWords(
        ("Grains/Cereals", "grains and cereals", "grains/cereals"),
        ("grain", "cereal"),
        ("谷物", "Grains/Cereals"),
        ("谷物类", "谷类"),
    ),
    "Meat/Poultry": CategoryWords(
        ("Meat/Poultry", "meat and poultry", "meat/poultry"),
        ("meat",),
        ("肉类", "Meat/Poultry"),
        ("肉禽类", "肉类"),
    ),
    "Produce": CategoryWords(
        ("Produce", "produce"), ("produce",), ("农产品", "Produce"), ("农产品类",)
    ),
    "Seafood": CategoryWords(
        ("Seafood", "seafood"), ("seafood",), ("海鲜", "水产", "Seafood"), ("海鲜类", "水产类")
    ),
}

# --------------------------------------------------------------------------------------------
# Measures and dimensions (word slots)

MEASURE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "revenue": ("revenue", "sales"),
        "units": ("units sold", "unit sales"),
        "orders": ("number of orders", "order count"),
    },
    "zh": {
        "revenue": ("销售额", "营业额"),
        "units": ("销量", "销售数量"),
        "orders": ("订单数", "订单数量"),
    },
}
DIM_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "category": ("category",),
        "country": ("country",),
        "customer": ("customer",),
        "product": ("product",),
        "salesperson": ("salesperson", "sales rep", "employee"),
        "carrier": ("carrier", "shipper"),
        "month": ("month",),
        "quarter": ("quarter",),
    },
    "zh": {
        "category": ("品类", "类别"),
        "country": ("国家",),
        "customer": ("客户",),
        "product": ("产品",),
        "salesperson": ("销售员", "业务员"),
        "carrier": ("承运商", "货运公司"),
        "month": ("月份", "月"),
        "quarter": ("季度",),
    },
}
DIMS_WORDS_EN: dict[str, tuple[str, ...]] = {
    "category": ("categories",),
    "country": ("countries",),
    "customer": ("customers", "clients"),
    "product": ("products",),
    "salesperson": ("salespeople", "sales reps", "employees"),
    "carrier": ("carriers", "shippers"),
    "month": ("months",),
    "quarter": ("quarters",),
}

# --------------------------------------------------------------------------------------------
# Periods


@dataclass(frozen=True)
class Period:
    kind: str  # year, quarter, month, half, relative
    key: str
    start: date
    end: date
    en: tuple[str, ...]  # as a noun: "1997", "Q1 1998", "last month"
    en_in: tuple[str, ...]  # as an adverbial: "in 1997", "last month"
    zh: tuple[str, ...]

    @property
    def year(self) -> int | None:
        return self.start.year if self.start.year == self.end.year else None


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINAL_EN = ("first", "second", "third", "fourth")
ZH_DIGITS = "零一二三四五六七八九十"


def month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def year_period(y: int) -> Period:
    return Period(
        "year",
        str(y),
        date(y, 1, 1),
        date(y, 12, 31),
        (str(y),),
        (f"in {y}", f"during {y}"),
        (f"{y}年", f"{y}年全年", f"{y}年度"),
    )


def quarter_period(y: int, q: int) -> Period:
    start = date(y, 3 * q - 2, 1)
    end = month_end(date(y, 3 * q, 1))
    nth = ORDINAL_EN[q - 1]
    return Period(
        "quarter",
        f"{y}-Q{q}",
        start,
        end,
        (f"Q{q} {y}", f"the {nth} quarter of {y}", f"{y} Q{q}"),
        (f"in Q{q} {y}", f"in the {nth} quarter of {y}", f"during Q{q} {y}"),
        (f"{y}年第{ZH_DIGITS[q]}季度", f"{y}年{ZH_DIGITS[q]}季度", f"{y}年Q{q}", f"{y}年第{q}季度"),
    )


def month_period(y: int, m: int) -> Period:
    name = MONTHS_EN[m - 1]
    return Period(
        "month",
        f"{y}-{m:02d}",
        date(y, m, 1),
        month_end(date(y, m, 1)),
        (f"{name} {y}", f"{name[:3]} {y}") if len(name) > 3 else (f"{name} {y}",),
        (f"in {name} {y}", f"during {name} {y}"),
        (f"{y}年{m}月", f"{y}年{m}月份"),
    )


def half_period(y: int, h: int) -> Period:
    which = "first" if h == 1 else "second"
    zh = "上" if h == 1 else "下"
    return Period(
        "half",
        f"{y}-H{h}",
        date(y, 1, 1) if h == 1 else date(y, 7, 1),
        date(y, 6, 30) if h == 1 else date(y, 12, 31),
        (f"the {which} half of {y}", f"H{h} {y}"),
        (f"in the {which} half of {y}", f"in H{h} {y}", f"during the {which} half of {y}"),
        (f"{y}年{zh}半年",),
    )


def relative_periods(as_of: date) -> list[Period]:
    this_month = date(as_of.year, as_of.month, 1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    q = (as_of.month - 1) // 3 + 1
    this_q = date(as_of.year, 3 * q - 2, 1)
    last_q = (this_q - timedelta(days=1)).replace(day=1)
    last_q = date(last_q.year, last_q.month - 2, 1)
    y = as_of.year
    return [
        Period(
            "relative",
            "last_month",
            last_month,
            month_end(last_month),
            ("last month",),
            ("last month",),
            ("上个月", "上月"),
        ),
        Period(
            "relative",
            "this_month",
            this_month,
            month_end(this_month),
            ("this month",),
            ("this month", "so far this month"),
            ("这个月", "本月"),
        ),
        Period(
            "relative",
            "this_year",
            date(y, 1, 1),
            date(y, 12, 31),
            ("this year", "year to date"),
            ("this year", "so far this year"),
            ("今年", "今年以来", "今年到目前为止"),
        ),
        Period(
            "relative",
            "last_year",
            date(y - 1, 1, 1),
            date(y - 1, 12, 31),
            ("last year",),
            ("last year",),
            ("去年",),
        ),
        Period(
            "relative",
            "last_quarter",
            last_q,
            month_end(date(last_q.year, last_q.month + 2, 1)),
            ("last quarter",),
            ("last quarter",),
            ("上个季度", "上季度"),
        ),
        Period(
            "relative",
            "this_quarter",
            this_q,
            month_end(date(y, 3 * q, 1)),
            ("this quarter",),
            ("this quarter", "so far this quarter"),
            ("这个季度", "本季度"),
        ),
    ]


def all_periods(world: World, as_of: date) -> list[Period]:
    """Every period that overlaps the books' orders up to the as-of day."""
    first, last = world.first_day, min(world.last_day, as_of)
    found: list[Period] = []
    for y in range(first.year, last.year + 1):
        found.append(year_period(y))
        found.extend(half_period(y, h) for h in (1, 2))
        found.extend(quarter_period(y, q) for q in (1, 2, 3, 4))
        found.extend(month_period(y, m) for m in range(1, 13))
    found.extend(relative_periods(as_of))
    return [p for p in found if p.start <= last and p.end >= first]


# --------------------------------------------------------------------------------------------
# Numbers

NUM_WORDS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number_en(x: int | float, rng: Random) -> str:
    if isinstance(x, float) and not x.is_integer():
        return f"{x:,.2f}"
    x = int(x)
    forms = [str(x)]
    if x >= 1000:
        forms.append(f"{x:,}")
        if x % 1000 == 0:
            forms.append(f"{x // 1000}k")
    elif x < 10:
        forms.append(NUM_WORDS_EN[x])
    return rng.choice(forms)


def number_zh(x: int | float, rng: Random, *, counted: bool = False) -> str:
    """A number as a Chinese user writes it; 两 and 三... only before a measure word
    (counted=True): 前两名, 两个, 超过两次, but 前2的, TOP3."""
    if isinstance(x, float) and not x.is_integer():
        return f"{x:.2f}"
    x = int(x)
    forms = [str(x)]
    if x >= 10000 and x % 1000 == 0:
        wan = x / 10000
        forms.append(f"{int(wan)}万" if wan.is_integer() else f"{wan:g}万")
    elif x < 10 and counted:
        forms.append("两" if x == 2 else ZH_DIGITS[x])
    elif 2 < x < 10:
        forms.append(ZH_DIGITS[x])
    return rng.choice(forms)


# --------------------------------------------------------------------------------------------
# Filling a template in


LATIN = re.compile(r"[A-Za-z]")
ZH_MEASURE_WORDS = "个名家位款种单次件张"
CJK_PUNCT = "，。？！、：；）」』"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def slot_text(
    slot: str,
    value: Any,
    choices: dict[str, str],
    lang: str,
    rng: Random,
    *,
    after: str = "",
    before: str = "",
) -> str:
    """The words for one slot of a template, in one language; `before` and `after` are the
    template's text around the slot (Chinese numbers depend on them)."""
    base = BASE_SLOT.get(slot, slot)
    if slot == "measure":
        return rng.choice(MEASURE_WORDS[lang][choices["measure"]])
    if slot == "dim":
        return rng.choice(DIM_WORDS[lang][choices["dim"]])
    if slot == "dims":
        words = DIMS_WORDS_EN if lang == "en" else DIM_WORDS["zh"]
        return rng.choice(words[choices["dim"]])
    if base == "period":
        p: Period = value
        if lang == "zh":
            return rng.choice(p.zh)
        if slot == "period":
            return rng.choice(p.en)
        phrase = rng.choice(p.en_in)
        return _cap(phrase) if slot == "In_period" else phrase
    if base == "country":
        w = COUNTRIES[value]
        if lang == "zh":
            return rng.choice(w.zh)
        return rng.choice(w.adj if slot == "country_adj" else w.en)
    if base == "category":
        cw = CATEGORIES[value.name]
        if lang == "zh":
            return rng.choice(cw.zh_cls if slot == "category_cls" else cw.zh)
        return rng.choice(cw.adj if slot == "category_adj" else cw.en)
    if base in ("n", "x"):
        if lang == "en":
            return number_en(value, rng)
        if before.upper().endswith("TOP"):
            return str(value)
        return number_zh(value, rng, counted=after[:1] in ZH_MEASURE_WORDS)
    if base in ("year", "year1", "year2"):
        return str(value)
    return str(value.name)


def render(
    template: Template, slots: dict[str, Any], choices: dict[str, str], lang: str, rng: Random
) -> str:
    """The question a template gives for these slot values."""
    text_ = template.text
    values: dict[str, str] = {}
    for name in template.slots():
        base = BASE_SLOT.get(name, name)
        mark = "{" + name + "}"
        at = text_.index(mark)
        words = slot_text(
            name,
            slots.get(base),
            choices,
            lang,
            rng,
            before=text_[:at],
            after=text_[at + len(mark) :],
        )
        if lang == "zh" and LATIN.search(words) and base not in ("period", "x", "n"):
            words = f" {words} "
        if lang == "en" and words.endswith("s") and mark + "'s" in text_:
            text_ = text_.replace(mark + "'s", mark + "'")  # Pavlova's, but Delights'
        values[name] = words
    out = text_.format(**values)
    if lang == "zh":
        out = re.sub(r"\s+", " ", out).strip()
        out = re.sub(rf"\s+([{CJK_PUNCT}])", r"\1", out)
        out = re.sub(r"([（「『“])\s+", r"\1", out)
    else:
        out = re.sub(r"\s+", " ", out).strip()
        out = re.sub(r"\s+([,?.!])", r"\1", out)
        out = re.sub(r"\.\.(?!\.)", ".", out)  # "Pavlova, Ltd.." at the end of a sentence
    return out
