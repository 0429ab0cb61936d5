"""Names from the books (products, partners, places, people) found in a question, fuzzily."""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Engine, select

from smarterp.erp.inventory.models import Carrier
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.sales.models import Salesperson

# Kinds of names, named as the dimension they filter.
KINDS = ("product", "customer", "supplier", "category", "country", "city", "salesperson", "carrier")

# Countries people name in several ways; the books hold one of the spellings.
COUNTRIES: tuple[tuple[str, ...], ...] = (
    (
        "usa",
        "u.s.",
        "u.s.a.",
        "the us",
        "the states",
        "united states",
        "america",
        "american",
        "americans",
        "美国",
    ),
    ("uk", "united kingdom", "britain", "great britain", "british", "england", "english", "英国"),
    ("germany", "german", "deutschland", "德国"),
    ("france", "french", "法国"),
    ("brazil", "brazilian", "巴西"),
    ("mexico", "mexican", "墨西哥"),
    ("spain", "spanish", "西班牙"),
    ("italy", "italian", "意大利"),
    ("canada", "canadian", "加拿大"),
    ("venezuela", "venezuelan", "委内瑞拉"),
    ("argentina", "argentinian", "argentine", "阿根廷"),
    ("austria", "austrian", "奥地利"),
    ("belgium", "belgian", "比利时"),
    ("denmark", "danish", "丹麦"),
    ("finland", "finnish", "芬兰"),
    ("ireland", "irish", "爱尔兰"),
    ("norway", "norwegian", "挪威"),
    ("poland", "polish", "波兰"),
    ("portugal", "portuguese", "葡萄牙"),
    ("sweden", "swedish", "瑞典"),
    ("switzerland", "swiss", "瑞士"),
    ("netherlands", "dutch", "holland", "荷兰"),
    ("japan", "japanese", "日本"),
    ("china", "chinese", "中国"),
    ("australia", "australian", "澳大利亚", "澳洲"),
    ("singapore", "singaporean", "新加坡"),
    ("india", "indian", "印度"),
    ("korea", "korean", "south korea", "韩国"),
)
CITIES_ZH = {
    "伦敦": "london", "巴黎": "paris", "柏林": "berlin", "马德里": "madrid",
    "墨西哥城": "mexico d.f.", "圣保罗": "sao paulo", "里约热内卢": "rio de janeiro",
    "布宜诺斯艾利斯": "buenos aires", "慕尼黑": "munchen", "法兰克福": "frankfurt a.m.",
    "科隆": "koln", "里斯本": "lisboa", "斯德哥尔摩": "stockholm", "西雅图": "seattle",
    "波特兰": "portland", "东京": "tokyo", "大阪": "osaka", "悉尼": "sydney",
    "墨尔本": "melbourne", "蒙特利尔": "montreal", "温哥华": "vancouver", "赫尔辛基": "helsinki",
    "哥本哈根": "kobenhavn", "都柏林": "dublin", "伯尔尼": "bern", "日内瓦": "geneve",
    "马赛": "marseille", "里昂": "lyon", "南特": "nantes", "斯特拉斯堡": "strasbourg",
    "新加坡": "singapore", "纽约": "new york", "旧金山": "san francisco",
    "北京": "beijing", "上海": "shanghai", "广州": "guangzhou", "深圳": "shenzhen",
    "杭州": "hangzhou", "南京": "nanjing", "武汉": "wuhan", "成都": "chengdu",
    "重庆": "chongqing", "天津": "tianjin", "西安": "xian", "苏州": "suzhou", "青岛": "qingdao",
    "厦门": "xiamen", "长沙": "changsha", "郑州": "zhengzhou", "沈阳": "shenyang",
    "大连": "dalian", "宁波": "ningbo", "福州": "fuzhou", "昆明": "kunming", "合肥": "hefei",
    "济南": "jinan", "哈尔滨": "harbin", "东莞": "dongguan", "佛山": "foshan", "无锡": "wuxi",
    "香港": "hong kong", "台北": "taipei", "澳门": "macau", "首尔": "seoul", "曼谷": "bangkok",
    "吉隆坡": "kuala lumpur", "河内": "hanoi", "胡志明市": "ho chi minh city", "孟买": "mumbai",
    "洛杉矶": "los angeles", "芝加哥": "chicago", "多伦多": "toronto", "阿姆斯特丹": "amsterdam",
    "罗马": "rome", "米兰": "milan", "维也纳": "wien", "布鲁塞尔": "bruxelles",
}  # fmt: skip
# Words for kinds of goods, matched against category names in the books.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "beverage": ("饮料", "饮品", "酒水", "酒饮", "drinks", "drink", "beverage"),
    "condiment": ("调味品", "调料", "佐料", "酱料", "sauces", "condiment", "seasonings"),
    "confection": (
        "糖果",
        "甜点",
        "甜食",
        "糕点",
        "点心",
        "糖果点心",
        "甜品",
        "sweets",
        "candy",
        "desserts",
        "confectionery",
        "confection",
        "sweet",
    ),
    "dairy": ("乳制品", "奶制品", "奶酪", "乳品", "奶类", "cheese", "cheeses", "dairy"),
    "grain": (
        "谷物",
        "粮食",
        "面食",
        "谷类",
        "谷物类",
        "cereals",
        "cereal",
        "grain",
        "grains",
        "bread",
        "pasta",
    ),
    "meat": ("肉类", "肉禽", "禽肉", "肉", "肉制品", "poultry", "meat", "meats"),
    "produce": ("农产品", "蔬果", "果蔬", "干货", "农副产品", "produce"),
    "seafood": ("海鲜", "海产品", "水产", "鱼类", "水产品", "fish", "seafood", "sea food"),
}
# Words too common to name something on their own (partial matches skip them).
COMMON_WORDS = set(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "our",
        "we",
        "us",
        "you",
        "your",
        "my",
        "me",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "did",
        "does",
        "have",
        "has",
        "had",
        "how",
        "many",
        "much",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "top",
        "bottom",
        "best",
        "worst",
        "most",
        "least",
        "highest",
        "lowest",
        "biggest",
        "largest",
        "smallest",
        "total",
        "sum",
        "average",
        "avg",
        "per",
        "each",
        "every",
        "all",
        "any",
        "no",
        "not",
        "never",
        "still",
        "currently",
        "current",
        "now",
        "last",
        "this",
        "next",
        "year",
        "month",
        "quarter",
        "week",
        "day",
        "days",
        "sales",
        "sale",
        "sold",
        "sell",
        "selling",
        "revenue",
        "revenues",
        "units",
        "unit",
        "orders",
        "order",
        "ordered",
        "customer",
        "customers",
        "client",
        "clients",
        "product",
        "products",
        "item",
        "items",
        "category",
        "categories",
        "supplier",
        "suppliers",
        "vendor",
        "vendors",
        "country",
        "countries",
        "city",
        "cities",
        "salesperson",
        "employee",
        "employees",
        "carrier",
        "carriers",
        "shipper",
        "shippers",
        "shipping",
        "shipped",
        "ship",
        "late",
        "stock",
        "inventory",
        "value",
        "price",
        "list",
        "level",
        "reorder",
        "below",
        "above",
        "discontinued",
        "percentage",
        "percent",
        "share",
        "growth",
        "grow",
        "grew",
        "change",
        "compared",
        "compare",
        "versus",
        "vs",
        "than",
        "more",
        "less",
        "over",
        "under",
        "between",
        "since",
        "until",
        "before",
        "after",
        "during",
        "first",
        "second",
        "third",
        "fourth",
        "give",
        "show",
        "me",
        "tell",
        "list",
        "number",
        "count",
        "amount",
        "placed",
        "place",
        "receive",
        "received",
        "handled",
        "brought",
        "bring",
        "generated",
        "come",
        "came",
        "company",
        "companies",
        "market",
        "markets",
        "trading",
        "store",
        "shop",
        "restaurant",
        "imports",
        "import",
        "foods",
        "food",
        "delicatessen",
        "grocery",
        "grocers",
        "grocer",
        "co",
        "ltd",
        "inc",
        "sa",
        "ab",
        "gmbh",
        "ag",
        "kg",
        "mbh",
        "oy",
        "srl",
        "llc",
        "express",
        "package",
        "federal",
        "tea",
        "beer",
        "mix",
        "sauce",
        "new",
        "old",
        "big",
        "great",
        "lake",
        "lakes",
        "north",
        "south",
        "east",
        "west",
        "island",
        "way",
        "held",
        "single",
        "whole",
        "across",
        "within",
        "their",
        "its",
        "it",
        "that",
        "those",
        "these",
        "there",
        "many",
        "much",
        "days",
        "time",
        "average",
        "shortest",
        "longest",
        "fastest",
        "slowest",
    ]
)


def fold(text: str) -> str:
    """Lowercase, accents removed, punctuation to spaces; Chinese characters kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").lower()
    plain = re.sub(r"[’'`]", "", plain)
    plain = re.sub(r"[^\w\u4e00-\u9fff]+", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()


@dataclass(frozen=True)
class Candidate:
    kind: str
    value: str  # as stored in the books


@dataclass
class Mention:
    """A name found in the question, with every record it may mean."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    score: float = 100.0

    @property
    def kinds(self) -> set[str]:
        return {c.kind for c in self.candidates}


@dataclass
class EntityIndex:
    """Aliases of every name in the books, folded, with the records they point to."""

    aliases: dict[str, set[Candidate]] = field(default_factory=lambda: defaultdict(set))
    # Distinctive words of names, for partial mentions ("Gorgonzola", "Ernst").
    words: dict[str, set[Candidate]] = field(default_factory=lambda: defaultdict(set))
    # Names and aliases given as such (not derived by dropping "Ltd" and the like).
    explicit: set[str] = field(default_factory=set)
    loaded_at: float = 0.0

    def add(self, kind: str, value: str | None, *extra: str) -> None:
        if not value:
            return
        cand = Candidate(kind, value)
        for alias in (value, *extra):
            for form in {fold(alias), fold(re.sub(r"['’]s\b", " s", alias))}:
                if form:
                    self.aliases[form].add(cand)
                    self.explicit.add(form)
        if kind in ("product", "customer", "supplier", "salesperson", "carrier"):
            stripped = re.sub(
                r"\b(ltd|inc|co|sa|ab|gmbh|ag|kg|mbh|oy|srl|s r l|llc|ltda|as)\b", " ", fold(value)
            )
            stripped = re.sub(r"\s+", " ", stripped).strip()
            if stripped and stripped != fold(value) and len(stripped) >= 4:
                self.aliases[stripped].add(cand)
            for word in fold(value).split():
                if len(word) >= 4 and word not in COMMON_WORDS and not word.isdigit():
                    self.words[word].add(cand)

    def user_words(self) -> list[str]:
        """Names for the Chinese segmenter's user dictionary."""
        return [a for a in self.aliases if len(a) > 1]

    # -- finding -----------------------------------------------------------------------------

    def find(
        self,
        question: str,
        blocked: frozenset[str] | set[str] | None = None,
        folded: bool = False,
        weak: frozenset[str] | set[str] | None = None,
        proper: set[str] | None = None,
    ) -> list[Mention]:
        """Names in the question, longest first; overlapping shorter ones are dropped.

        With `folded`, the question is already normalised and spans index it as given.
        `blocked` words are never names; `weak` words (the lexicon's) are never a partial name
        nor a whole name made only of them; when `proper` is given (the words written with a
        capital, not at the start of a sentence), a single word of a longer name counts only
        if it is among them: "split sales" is not Split Rail Beer & Ale."""
        text = question if folded else fold(question)
        blocked = blocked or set()
        weak = set(weak or ()) | set(blocked)
        edge_stop = COMMON_WORDS | weak  # words a fuzzy span may not start or end with
        taken = [False] * len(text)
        mentions: list[Mention] = []

        def free(i: int, j: int) -> bool:
            return not any(taken[i:j])

        def claim(i: int, j: int, cands: set[Candidate], score: float) -> None:
            for k in range(i, j):
                taken[k] = True
            mentions.append(Mention(i, j, text[i:j], sorted(cands, key=_cand_key), score))

        # 1. Exact aliases, longest first; Latin ones must sit on word boundaries.
        for alias in sorted(self.aliases, key=len, reverse=True):
            if alias in blocked or (_all_common(alias, weak) and alias not in self.explicit):
                continue
            start = 0
            while (i := text.find(alias, start)) >= 0:
                j = i + len(alias)
                start = i + 1
                if (_is_cjk(alias[0]) or _bounded(text, i, j)) and free(i, j):
                    claim(i, j, self.aliases[alias], 100.0)
        # 2. Fuzzy spans of free Latin words (misspellings, missing letters).
        tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[a-z0-9]+", text)]
        long_aliases = [a for a in self.aliases if len(a) >= 6 and not _is_cjk(a[0])]
        for n in (4, 3, 2, 1):
            for k in range(len(tokens) - n + 1):
                span = tokens[k : k + n]
                i, j = span[0][0], span[-1][1]
                if not free(i, j):
                    continue
                words = [t[2] for t in span]
                if all(w in COMMON_WORDS or w.isdigit() for w in words):
                    continue
                if {words[0], words[-1]} & edge_stop:
                    continue
                phrase = " ".join(words)
                if len(phrase) < 6:
                    continue
                best, best_score = None, 0.0
                for alias in long_aliases:
                    if abs(len(alias) - len(phrase)) > 3:
                        continue
                    score = fuzz.ratio(phrase, alias)
                    if score > best_score:
                        best, best_score = alias, score
                if best is not None and best_score >= 86:
                    claim(i, j, self.aliases[best], best_score)
        # 3. A distinctive word of a longer name ("Gorgonzola" for Gorgonzola Telino).
        for i, j, word in tokens:
            if not free(i, j) or word in COMMON_WORDS or word in weak or len(word) < 4:
                continue
            if proper is not None and word not in proper:
                continue
            if word in self.words:
                claim(i, j, self.words[word], 80.0)
        mentions.sort(key=lambda m: m.start)
        return mentions


def _all_common(alias: str, blocked: frozenset[str] | set[str]) -> bool:
    """An alias made only of question words ("many orders" for Many Orders Ltd) is not
    taken as a name: "how many orders" asks a count. The full name still matches."""
    words = alias.split()
    return len(words) > 1 and all(w in blocked for w in words)


def _cand_key(c: Candidate) -> tuple[int, str]:
    return (KINDS.index(c.kind) if c.kind in KINDS else 99, c.value)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _bounded(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not (before.isalnum() and not _is_cjk(before)) and not (
        after.isalnum() and not _is_cjk(after)
    )


def build_index(engine: Engine) -> EntityIndex:
    """Read every name the questions may use from the books."""
    index = EntityIndex()
    # Reads go through the read-only runner: no write lock, even inside a busy request.
    conn = _Reader(engine)
    if engine is not None:
        for name, name_zh in conn.execute(select(Product.name, Product.name_zh)):
            index.add("product", name, *([name_zh] if name_zh else []))
        partners = conn.execute(
            select(
                Partner.name,
                Partner.is_customer,
                Partner.is_supplier,
                Partner.country,
                Partner.city,
            ).where(Partner.parent_id.is_(None))
        ).all()
        countries: set[str] = set()
        cities: set[str] = set()
        for name, is_customer, is_supplier, country, city in partners:
            if is_customer:
                index.add("customer", name)
            if is_supplier:
                index.add("supplier", name)
            # Places of customers and suppliers alike: "suppliers in Australia".
            if (is_customer or is_supplier) and country:
                countries.add(country)
            if (is_customer or is_supplier) and city:
                cities.add(city)
        for name, name_zh in conn.execute(select(Category.name, Category.name_zh)):
            extra = [name_zh] if name_zh else []
            folded = fold(name)
            for word, synonyms in CATEGORY_WORDS.items():
                if word in folded:
                    extra += list(synonyms)
            # "Dairy Products" is also called "Dairy"; "Meat/Poultry" both "meat" and "poultry".
            parts = [p for p in folded.split() if p not in ("products", "and")]
            if len(parts) > 1 and "/" in name:
                extra += parts
            elif len(parts) == 1 and parts[0] != folded:
                extra.append(parts[0])
            index.add("category", name, *extra)
        for country in countries:
            extra = next((list(c) for c in COUNTRIES if fold(country) in c), [])
            index.add("country", country, *extra)
        for city in cities:
            extra = [
                zh
                for zh, en in CITIES_ZH.items()
                if en.replace(" ", "") == fold(city).replace(" ", "")
            ]
            index.add("city", city, *extra)
        for (name,) in conn.execute(select(Salesperson.name)):
            index.add("salesperson", name)
        for (name,) in conn.execute(select(Carrier.name)):
            index.add("carrier", name)
    index.loaded_at = time.monotonic()
    return index


class _Reader:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def execute(self, statement: Any) -> _Rows:
        from smarterp.intel.semantic.runner import run_statement

        _, rows, _ = run_statement(self.engine, statement, max_rows=1_000_000)
        return _Rows(rows)


class _Rows(list[list[Any]]):
    def all(self) -> list[list[Any]]:
        return list(self)


_CACHE: dict[str, EntityIndex] = {}
_LOCK = threading.Lock()
CACHE_SECONDS = 60.0


def index_for(engine: Engine) -> EntityIndex:
    """The engine's index, rebuilt when older than a minute (names change rarely)."""
    key = engine.url.render_as_string(hide_password=False)
    with _LOCK:
        found = _CACHE.get(key)
        if found is None or time.monotonic() - found.loaded_at > CACHE_SECONDS:
            found = build_index(engine)
            _CACHE[key] = found
        return found


def forget(engine: Engine) -> None:
    """Drop the cached names of `engine` (after an import, or in tests)."""
    with _LOCK:
        _CACHE.pop(engine.url.render_as_string(hide_password=False), None)
