"""One object per language: how a question is normalised, its words, and the lexicon that tags them.

The lexicon names kinds of words, never questions: a term says what a phrase can mean in any
question (a measure, an entity type, a comparator, a superlative...); which role it plays in
a given question is decided later, by the reading builder. Catalogue synonyms of measures,
dimensions and conditions come from the semantic catalogue; the phrases here add what a
plain synonym cannot say (inflections, word order, Chinese constructions).
"""
# ruff: noqa: E501 -- regular expressions of phrases read best unwrapped

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

CJK = re.compile(r"[\u4e00-\u9fff]")


def language_of(question: str) -> str:
    return "zh" if CJK.search(question) else "en"


def normalise_latin(text: str) -> str:
    """Lowercase, accents removed, punctuation to spaces; keeps 1997-06, 12.5, 15% and CJK."""
    # Capitals tell the country from the pronoun: "US customers" is not "us customers".
    text = re.sub(r"\bU\.?S\.?(?:A\b\.?)?(?![\w.])", "USA", text)
    text = re.sub(r"\b([Nn])o\.(?=\s|$)", "number", text)  # "order no.", "no. of products"
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").lower()
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", plain)  # 15,000
    plain = re.sub(r"\$\s*(\d+(?:\.\d+)?[km]?)", r"\1 dollars", plain)  # $6300 -> 6300 dollars
    plain = re.sub(r"<=|≤", " at most ", plain)
    plain = re.sub(r">=|≥", " at least ", plain)
    plain = re.sub(r"#\s*1\b", " top 1 ", plain)  # "#1 category by orders"
    plain = plain.replace("<", " below ").replace(">", " above ").replace("#", " number ")
    plain = re.sub(r"[’'`]s\b", " s", plain)  # "AB's products": the name, then "s"
    plain = re.sub(r"[’'`]", "", plain)
    plain = re.sub(r"[^\w\u4e00-\u9fff%.\-$]+", " ", plain)
    plain = re.sub(r"(?<!\d)[.\-]|[.\-](?!\d)", " ", plain)
    plain = plain.replace("_", " ")
    return re.sub(r"\s+", " ", plain).strip()


@dataclass(frozen=True)
class Term:
    """A phrase pattern and what it can mean: (kind, value)."""

    pattern: str
    kind: str
    value: Any = None


# Kinds of terms (the tagger's vocabulary; the reading builder gives each a role):
# measure  a catalogue measure             noun     an entity type or time grain (dimension key)
# cond     a catalogue condition           cmp      a comparator (gt, ge, lt, le)
# sup      superlative (direction, "count"|"rank")   topn  (direction, n or None) "top 5"
# which    asks for members ("which", "list", 哪些)   who   asks for a person or company
# count    asks for a number ("how many")  group    "by", "per", 各 (what follows is grouped)
# absent   negated activity ("never ordered")         share  part of a whole ("percentage of")
# pct      a percentage is wanted          growth   a change between periods
# avg      an average                      distinct different members ("different customers")
# verb     an activity (sell, buy, supply, ship, handle) that the query's facts explain
# unit     a unit of what is counted or summed: "units"/件 (quantity), "worth"/金额 (money),
#          "times"/次 (orders), "days"/天 (days)
# single   one document ("single order", 一张订单)   each   every member ("of each", 分别)
# total    a total over everything (fills nothing, explains itself)
# grain    a time grain to group by ("monthly", 每月)


@dataclass
class Language:
    code: str
    terms: list[Term]
    fillers: frozenset[str]
    number_words: dict[str, int] = field(default_factory=dict)
    # Kinds of goods said after a product's name ("Chai tea", "Chang beer"): part of the name.
    goods_words: frozenset[str] = frozenset()
    # Entity-type words -> dimension ("customers" -> customer).
    nouns: dict[str, str] = field(default_factory=dict)
    # Asking for the reason of a change ("why", 为什么), and words for the change itself
    # ("drop", 下降): together they turn a measure over a period into an explanation.
    why_words: tuple[str, ...] = ()
    change_words: tuple[str, ...] = ()

    def normalise(self, text: str) -> str:
        raise NotImplementedError

    def leftover_words(self, text: str) -> list[str]:
        raise NotImplementedError

    @cached_property
    def compiled(self) -> list[tuple[re.Pattern[str], Term]]:
        return [(re.compile(self.wrap(t.pattern)), t) for t in self.terms]

    def wrap(self, pattern: str) -> str:
        return pattern

    def number(self, word: str) -> int | None:
        if re.fullmatch(r"\d+", word):
            return int(word)
        return self.number_words.get(word)


# Pseudo-SQL as analysts type it ("select sum(revenue) where country = 'Mexico', 1997"): each
# clause said in words, so the same parser reads it. Only the shapes of a query are
# rewritten; the names, periods and figures in it stay as they are.
SQL_SHAPES: list[tuple[str, str]] = [
    (r"\b100(?:\.0)?\s*\*\s*count\(\s*late\s*\)\s*/\s*count\(\s*shipped\s*\)", " late rate "),
    (
        r"\b100(?:\.0)?\s*\*\s*sum\(\s*revenue where (.+?)\)\s*/\s*sum\(\s*revenue\s*\)",
        r" share of revenue where \1 ",
    ),
    (
        r"\bsum\(\s*revenue\s*\)\s*/\s*count\(\s*(?:distinct\s+)?order_id\s*\)",
        " average order value ",
    ),
    (r"\bsum\(\s*on_hand\s*\*\s*list_price\s*\)", " stock value at list price "),
    (
        r"\bavg\(\s*shipped_date\s*-\s*order_date\s*\)|\bavg\(\s*ship_days\s*\)",
        " average shipping days ",
    ),
    (r"\bcount\(\s*late(?: orders)?\s*\)", " number of late orders "),
    (r"\bcount\(\s*distinct\s+order_id\s*\)|\bcount\(\s*orders\s*\)", " number of orders "),
    (r"\bcount\(\s*distinct\s+customer_id\s*\)", " number of distinct customers "),
    (r"\bsum\(\s*(?:net_)?revenue\s*\)", " revenue "),
    (r"\bsum\(\s*(?:qty|quantity)\s*\)", " units sold "),
    (r"\bmax order value\b", " biggest order "),
    (r"\bshipped_date\s*>\s*required_date\b", " shipped after the required date "),
    (r"\bshipped_date is null\b", " not shipped "),
    (r"\bon_hand\s*<\s*reorder_level\b", " below reorder level "),
    (r"\bnot exists\s*\(\s*(?:an? )?order(?: line)?s?\b([^)]*)\)", r" with no orders \1"),
    (r"\bno order lines?\b", " no orders "),
    (r"\bnot discontinued\b", " active "),
    (r"\bhaving\s+", " with "),
    (r"\bgroup by \w+\b", " "),
    (r"\border by (.+?) (desc|asc)\s+limit (\d+)\s*,\s*(\d+)", r" \1 \2 top \3 \4"),
    (r"\border by (.+?) (desc|asc)\b", r" \1 \2"),
    (r"\bcount\(\s*\*\s*\) from (orders|customers|products|suppliers)\b", r" number of \1 "),
    (r"\bcount\(\s*\*\s*\)", " number of orders "),
    (r"^\W*select\b", " show "),
    (r"\bfrom (?:order_lines|orders|products|customers|suppliers|stock)\b(?= where|$)", " "),
    (r"\bwhere (?:name|product) = ", " for "),
    (r"\bwhere (?:period|year) = ", " in "),
    (r"\bwhere\b|\band\b(?= [\w ]+ =)", " for "),
    (r"\b(customer|supplier) country = ", r" \1s in "),
    (r"\b(customer|supplier|category|country|salesperson|carrier|product) = ", r" \1 "),
    (r"\border date in\b|\bperiod =", " in "),
    (r"\bon_hand\b", " on hand "),
    (r"\breorder_level\b", " reorder level "),
    (r"\bunit_price\b|\blist_price\b", " list price "),
    (r"\border_id\b", " order "),
]


def _sql_words(text: str) -> str:
    shapes = r"^\W*select\b|\bwhere\b\s+\w+\s*=|\bcount\(|\bsum\(|\bavg\("
    if not re.search(shapes, text, flags=re.I):
        return text
    for pattern, words in SQL_SHAPES:
        text = re.sub(pattern, words, text, flags=re.I)
    return re.sub(r"'([^']*(?:''[^']*)*)'", lambda m: m.group(1).replace("''", "'"), text)


class English(Language):
    def normalise(self, text: str) -> str:
        for sign, words in (
            ("<=", " at most "),
            (">=", " at least "),
            ("≤", " at most "),
            ("≥", " at least "),
            ("→", " to "),
            ("÷", " divided by "),
        ):
            text = text.replace(sign, words)
        text = _sql_words(text)
        # "1,000+ units": at least that many.
        text = re.sub(r"(\d[\d,.]*)\s?\+(?=\s|$)", r"at least \1", text)
        # Report and spreadsheet shorthand: "no. of", "P&L", "carrier-level view", "rows =
        # carrier", "limit 2", "desc", "group late orders by carrier", "per each".
        for pattern, words in (
            (r"\bno\.?\s+of\b", "number of"),
            (r"\bp ?& ?l\b", "pnl"),
            (
                r"\b(product|customer|category|supplier|vendor|country|city|carrier|shipper|salesperson|employee|rep|month|quarter)[- ]level(?: view)?\b",
                r"by \1",
            ),
            (r"\brows?\s*=\s*", " by "),
            (r"\b(?:values?|measure)\s*=\s*", " "),
            (r"\blimit (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", r"top \1"),
            (r"\bdesc\b", "descending"),
            (r"\basc\b", "ascending"),
            (r"\bgroup (?=[\w' ]{1,40}? by\b)", ""),
            (r"\bper each\b", "per"),
            (r"\b(?:zero|no|nil) activity\b", "no orders"),
            (r"\bin average\b", "on average"),
            (r"\bdragged(?: its feet)?(?: the)? most\b|\bdragged its feet\b", "slowest"),
        ):
            text = re.sub(pattern, words, text, flags=re.I)
        # "the most big order", "most fast", "faster carrier in general": non-native
        # superlatives.
        superlatives = {
            "high": "highest", "big": "biggest", "large": "largest", "fast": "fastest",
            "quick": "quickest", "slow": "slowest", "low": "lowest", "small": "smallest",
            "cheap": "cheapest", "good": "best", "bad": "worst",
        }  # fmt: skip
        text = re.sub(
            r"\bmost (high|big|large|fast|quick|slow|low|small|cheap|good|bad)\b",
            lambda m: superlatives[m.group(1).lower()],
            text,
            flags=re.I,
        )
        text = re.sub(r"\b(fast|quick|slow)er\b(?! than)", r"\1est", text, flags=re.I)
        # Set wordings of absence: "minus those who ordered", "missing from the order book",
        # "with zero Argentine orders", "what sat on the shelf"; and of thresholds: "did not
        # go above 130".
        for pattern, words in (
            (
                r"\bminus (?:those|the ones|the customers|the clients|the accounts) (?:who|that|which) (?:ordered|bought|placed (?:an |any )?orders?)",
                "who did not order",
            ),
            (r"\bmissing from (?:the |our )?order ?books?\b", "with no orders"),
            (r"\bzero ((?:[\w'-]+ )?)orders\b", r"no \1orders"),
            (r"\b(?:what )?(?:sat|sitting|sits) on the shel(?:f|ves)\b", "which products"),
            (
                r"\b(?:did not|didn['’ ]?t|does not|doesn['’ ]?t|do not|don['’ ]?t) (?:go|get|come) (?:above|over|beyond|past)\b",
                "at most",
            ),
            (r"\b(?:went|go|goes|got) (?:above|over|beyond|past)\b", "more than"),
            (
                r"\b(?:leaving|leave|left) out (?:any |those |the )?(\w+) (?:with|that had|that have) (?:no|zero) (?:sales|orders|activity)(?: at all)?",
                r"among \1 with orders",
            ),
            (r"\bwasn['’ ]?t\b|\bweren['’ ]?t\b", "was not"),
        ):
            text = re.sub(pattern, words, text, flags=re.I)
        # "late orders / shipped orders": the late rate, written as its formula.
        text = re.sub(
            r"\blate(?: orders| shipments)?\s*(?:/|divided by|over)\s*(?:all )?shipped(?: orders| shipments)?",
            " late rate ",
            text,
            flags=re.I,
        )
        # "customers with at least one order of Chai": customers who ordered it.
        text = re.sub(
            r"\bwith (?:at least one|one or more|any) ((?:[\w'-]+ )?)order(?: line)?s? (?:of|for|containing)\b",
            r"who ordered \1",
            text,
            flags=re.I,
        )
        text = re.sub(
            r"\bwith (?:at least one|one or more) ([\w'-]+) order(?: line)?s?\b",
            r"who ordered \1",
            text,
            flags=re.I,
        )
        # "bought at least one produce product": buying any is buying, not a threshold.
        text = re.sub(
            r"\b(?:at least (?:one|1)|one or more|1 or more)\s+(?=(?:[\w'-]+\s+){0,3}?(?:products?|items?)\b)",
            "",
            text,
            flags=re.I,
        )
        text = re.sub(r"<(?=\s*[\d$])", " less than ", text)
        text = re.sub(r">(?=\s*[\d$])", " more than ", text)
        text = re.sub(
            r"\bship(?:ped|ping)? date\s*>\s*(?:the )?required date",
            "shipped after the required date",
            text,
            flags=re.I,
        )
        text = re.sub(r"<\s*(?=(?:the |its |their )?re-?order)", " below ", text)
        text = re.sub(r"\s\+\s", " and ", text)
        text = normalise_latin(text)
        # "Tofu - supplied by?": a passive verb that ends the question asks who.
        text = re.sub(
            r"\b(supplied|sold|shipped|handled|bought|carried) by\W*$", r"\1 by who", text
        )
        # "unit sales against customer for 1998": a spreadsheet's "by".
        text = re.sub(
            r"\bagainst (?:each |every )?(customer|product|supplier|item|sku|carrier|salesperson|rep|employee|category|country)s?\b(?=\s*(?:$|for\b|in\b|during\b|over\b|,|\d))",
            r"by \1",
            text,
        )
        # "the country against customer X", "stock against each": for.
        text = re.sub(
            r"\bagainst (?=each\b|every\b|customer\b|product\b|supplier\b|item\b|sku\b)",
            "for ",
            text,
        )
        # "at product level", "on a customer level": a grouping, said the way reports say it.
        return re.sub(
            r"\b(?:at|on) (?:the |a |an )?((?:product|customer|category|supplier|vendor|country|city|salesperson|sales rep|rep|employee|carrier|shipper|order|month|quarter|week|year|item|sku|account)s?) level\b",
            r"by \1",
            text,
        )

    def wrap(self, pattern: str) -> str:
        # Word edges that also hold for "%" and "$".
        return rf"(?<![\w%$])(?:{pattern})(?![\w%$])"

    def leftover_words(self, text: str) -> list[str]:
        return [w for w in re.findall(r"[a-z0-9%$.\-]+", text) if w not in self.fillers]


class Chinese(Language):
    def normalise(self, text: str) -> str:
        text = unicodedata.normalize("NFKC", text)
        # Before the Latin fold, which would take "÷" (U+00F7) for a letter.
        text = text.replace("÷", "除以")
        # "迟发单数/已发货单数": the late rate, written as its formula.
        text = re.sub(
            r"(?:迟发|延迟(?:发货)?|延误|晚发|逾期)(?:的)?(?:订)?单(?:数|量)?\s*(?:/|／|除以)\s*(?:已)?发货(?:的)?(?:订)?单(?:数|量)?",
            "延迟发货率",
            text,
        )
        # "各国客户下了几单": by country (each country's customers).
        text = re.sub(r"各国(?:的)?(客户|买家|顾客)", r"各国家的\1", text)
        # "加拿大供货商品": goods that are supplied (a verb and a noun), not a "供货商" + 品.
        text = re.sub(r"(供货|供应)(商品|产品)", r"\1的\2", text)
        # Everyday words for the same things: 结存 is stock, 销货 is sales, 国度 is country...
        for word, plain in (
            ("结存", "库存"),
            ("销货", "销售"),
            ("销了", "卖了"),
            ("走了多少货", "卖了多少"),
            ("国度", "国家"),
            ("哪一国", "哪个国家"),
            ("哪个市", "哪个城市"),
            ("注册地", ""),
            ("瞅瞅", "看看"),
            ("瞅", "看"),
            ("之最", "最高"),
            ("平均单笔", "平均每单"),
            ("加总", "加起来"),
            ("家数", "数量"),
            ("订单为零", "零订单"),
            ("无下单记录", "没有下单"),
            ("未发生订购", "没有订单"),
            ("未发生订单", "没有订单"),
            ("有业务发生", "有订单"),
            ("有交易发生", "有订单"),
            ("翻出来", ""),
            ("报一下", ""),
            ("报下", ""),
            ("我们组", ""),
            ("分月份", "按月份"),
            ("分季度", "按季度"),
        ):
            text = text.replace(word, plain)
        text = re.sub(r"从谁那(?:儿|里|边)?进(?:的)?(?:货)?", "从哪家供应商进货", text)
        text = re.sub(r"(?<!坐)落在", "在", text)
        text = re.sub(r"([一二三四五六七八九十两\d]+)强", r"前\1", text)
        # "多不多，具体数字": the exact figure is the figure.
        text = re.sub(r"具体(?:的)?(?:数字|数据|数目|数)", "", text)
        # "按客户去重": distinct customers.
        text = re.sub(
            r"按(客户|买家|顾客|产品|商品|订单|供应商)去重(?:后|计数|统计)?", r"不同的\1", text
        )
        # Latin runs (names, Beverages) fold like English; Chinese punctuation separates.
        text = re.sub(
            r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’&.,\-/ ]*",
            lambda m: f" {normalise_latin(m.group(0))} ",
            text,
        )
        # Cantonese question words, as people in Hong Kong type them.
        for yue, pu in (
            ("几多", "多少"),
            ("边个", "哪个"),
            ("边间", "哪家"),
            ("边度", "哪里"),
            ("咩", "什么"),
        ):
            text = text.replace(yue, pu)
        text = text.replace("啥", "什么").replace("≤", "不超过").replace("≥", "不少于")
        for sign, words in (
            ("<=", "不超过"),
            (">=", "不少于"),
            ("小于等于", "不超过"),
            ("大于等于", "不少于"),
            ("→", "到"),
        ):
            text = text.replace(sign, words)
        text = re.sub(r"(?<=[\u4e00-\u9fff\s\d])<(?=\s*\d)", "少于", text)
        text = re.sub(r"(?<=[\u4e00-\u9fff\s\d])>(?=\s*\d)", "超过", text)
        # "比70件多", "比再订货点低": a comparison with its standard in the middle.
        n = r"(\d+(?:\.\d+)?(?:万|千|百)?|[一二三四五六七八九十两]+)"
        text = re.sub(rf"比\s*{n}\s*(件|次|单|元|块|个)?\s*(?:还)?(多|高|大)", r"超过\1\2", text)
        text = re.sub(rf"比\s*{n}\s*(件|次|单|元|块|个)?\s*(?:还)?(少|低|小)", r"少于\1\2", text)
        text = re.sub(
            r"比(再订货点|再订货水平|补货线|补货点|安全库存线?|最低库存)(?:还)?(低|少)",
            r"低于\1",
            text,
        )
        text = re.sub(rf"在?{n}以上[（(]?含\s*\1[）)]?", r"不少于\1", text)
        text = re.sub(rf"(?<![一-龥])?够{n}", r"达到\1", text)
        # "不算…没订单的", "把…没订单的产品去掉": leaving out the inactive keeps the active.
        idle = r"(?:没(?:有)?(?:订单|销量|销售|下单|下过单)|零(?:订单|销量|销售))的"
        text = re.sub(rf"(?:不算|排除|剔除|除去|去掉)(.{{0,14}}?){idle}", r"\1有订单的", text)
        text = re.sub(
            rf"把(.{{0,14}}?){idle}(产品|客户|国家|品类)?(?:去掉|剔除|排除)", r"\1有订单的\2", text
        )
        # Formula-like filters: "订单数=0", "发货日期>要求日期", "库存<再订购点", "单号+金额".
        text = re.sub(
            r"(?:历史)?(?:订单数量|订单数|下单数|订单|销量)\s*(?:=|＝|为|是)\s*0(?![\d.])",
            "零订单",
            text,
        )
        text = re.sub(r"发货日期\s*[>＞]\s*(?:客户)?要求日期", "晚于要求日期发货", text)
        text = re.sub(r"[<＜]\s*(?=再订|补货|安全库存|最低库存|订货点|订购点)", "低于", text)
        text = re.sub(r"(\d[\d,.]*)\s?[+＋](?=\s*(?:件|个|单|元|块|$|\s|的))", r"不少于\1", text)
        text = text.replace("+", "和").replace("＋", "和")
        # "每一季度": every quarter, not Q1; "（1998减1996）", "从1996到1997年": years compared.
        text = re.sub(r"每一(?:个)?(季度|月份|月|周|年)", r"每个\1", text)
        text = re.sub(
            r"[（(]?\s*(\d{4})年?\s*(?:减去|减|-|－)\s*(\d{4})年?\s*[）)]?", r" \1年相比\2年 ", text
        )
        text = re.sub(r"从(\d{4})(?:年)?到(\d{4})年", r"从\1年到\2年", text)
        text = text.replace("销售占比", "销售额占比")
        # "业务员维度的延迟订单数": by salesperson.
        dims = "业务员|销售员|(?:客户|供应商)(?:所在)?(?:国家|城市)|客户|产品|商品|品类|类别|类目|国家|城市|供应商|承运商|货运公司|物流公司|月份|季度|月"
        text = re.sub(rf"以({dims})为维度", r"按\1", text)
        text = re.sub(rf"按({dims})维度(?:的|上|下)?", r"按\1", text)
        text = re.sub(rf"({dims})维度(?:的|上|下)?", r"按\1", text)
        # "按订单口径": counted per order, the basis of an average, not a grouping.
        text = re.sub(r"按(?:订单|每单|单)口径(?:来|去)?(?:算|计算|统计)?", "", text)
        text = re.sub(rf"超{n}", r"超过\1", text)
        text = re.sub(rf"没到{n}", r"不到\1", text)
        text = re.sub(r"[，。？！：；、（）()【】《》“”‘’「」『』\"?!:;,~—–―…·|/]+", " ", text)
        # "Dairy Products 1997年": the year stays with its 年.
        text = re.sub(r"(\d)\s+(?=[\u4e00-\u9fff])", r"\1", text)
        return re.sub(r"\s+", " ", text).strip()

    def leftover_words(self, text: str) -> list[str]:
        import jieba

        _jieba_ready()
        words: list[str] = []
        for chunk in text.split():
            if CJK.search(chunk):
                words += [w for w in jieba.lcut(chunk) if w.strip()]
            else:
                words.append(chunk)
        return [w for w in words if w not in self.fillers and not _all_fillers(w, self.fillers)]


def _all_fillers(word: str, fillers: frozenset[str]) -> bool:
    """A word jieba made of filler characters only (了吗, 的是) explains nothing new."""
    return bool(CJK.search(word)) and all(c in fillers for c in word)


@cache
def _jieba_ready() -> bool:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return True


# -- English -----------------------------------------------------------------------------------

EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a dozen": 12,
    "single": 1,
}  # fmt: skip
_N_EN = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"

# fmt: off
EN_TERMS: list[Term] = [
    # Measures by phrase (catalogue synonyms are added after these).
    Term(r"volume of orders(?:,? as a count)?|order volume,? as a count", "measure", "orders"),
    Term(r"order intake|orders? taken|order volume|order counts?|orders count|in terms of (?:the )?(?:number of )?orders|in orders|(?<!divided )by (?:the )?(?:number of |count of )?orders|on (?:the )?number of orders", "measure", "orders"),
    Term(r"(?:revenue|sales) divided by (?:the )?(?:number of )?orders|ratio of (?:revenue|sales) to (?:the )?(?:number of )?orders|(?:avg|mean|typical) order (?:value|size|amount)|average (?:order (?:value|size|amount)|value (?:of|per) (?:an |each |a )?orders?|(?:revenue|sales|amount|spend) per order)|avg order value|aov|(?:average|mean) (?:basket|ticket) (?:size|value)(?: per order)?|(?:how much )?(?:was|is|were) (?:an|one|each|a|the) (?:single )?order(?: worth)? on average|(?:per|an|one|each) order on average|on average per order", "measure", "avg_order_value"),
    Term(r"(?:measured )?from order(?: date)? to (?:shipment|shipping|dispatch)|(?:how many )?days (?:did |do |does )?(?:the )?(?:orders )?(?:wait|take) (?:before|to) (?:shipping|ship|go out|going out|being shipped)|how (?:quickly|fast)|(?:(?:average|avg|mean) )?(?:order[- ]to[- ](?:shipment|ship|dispatch|delivery)|fulfil?ment) (?:time|lead time|days)(?: in days)?|(?:how long|how many days)(?:,)? (?:on average(?:,)? )?(?:did it take|does it take|it took|it takes) to get (?:\w+ ){0,6}?out the door|out the door|(?:(?:average|avg|mean) )?(?:number of )?days from order(?: date)? to (?:shipment|shipping|ship date|dispatch|delivery)|(?:(?:average|avg|mean) )?days between order(?: date)? and ship(?:ping|ment)?(?: date)?|(?:shipping )?lead times?|turnaround(?: time)?|(?:average|avg|mean) (?:number of )?(?:shipping|delivery|transit|dispatch|lead) (?:time|days|delay)|(?:shipping|delivery|dispatch) (?:time|times|days|delay)|days? (?:it takes )?to (?:ship|deliver|dispatch|send)|how (?:long|many days) (?:\w+ ){0,5}(?:to )?(?:ship|shipped|deliver|delivered|dispatch|dispatched|send|sent)(?: out)?", "measure", "avg_shipping_days"),
    Term(r"(?:inventory|stock) (?:value|worth|valuation)|value of (?:the |our |its |their )?(?:inventory|stock|goods on hand)|(?:inventory|stock) (?:is )?worth|worth of (?:the )?(?:inventory|stock)", "measure", "stock_value"),
    Term(r"(?:on[- ]?hand )?(?:inventory|stock)(?: on hand)? (?:is |be |would be )?(?:worth|value|valued) at (?:the )?list(?: prices?)?", "measure", "stock_value"),
    Term(r"top[- ]?line(?: revenue| sales| number| figure)?", "measure", "revenue"),
    # Why someone asks changes nothing: "for the KPI sheet", "a client of mine asks".
    Term(r"for (?:the|our|a|an|this|next|my) (?:[\w']+ ){0,3}?(?:kpis?|p l|pnl|sheet|run|ledger|breakdown|label|controller|cfo|board|books|territory of)|(?:a |my |one of my |our )?(?:client|customer|colleague|buyer|rep)(?: of (?:mine|ours))? (?:wants|asks|asked|is asking|would like|wanted|needs)(?: (?:me )?to (?:know|see|find out|check|get))?(?: a quote for| about| for)?|i m restocking(?: the)?|need(?:ed)? (?:it|this|them) for the (?:\w+ ){0,2}(?:label|shelf|sign|tag)s?|warehouse (?:here|q|question)|in terms of (?:sourcing|pricing|punctuality|lateness|timeliness)|(?:one|a|each|1) unit of|in general|(?:leaving|leave|left) out (?:any |those |the )?(?:\w+ )?(?:with|that had|that have) (?:no|zero) (?:sales|orders|activity)(?: at all)?|excluding (?:any |those |the )?(?:\w+ )?with (?:no|zero) (?:sales|orders|activity)|credited to|roll(?:s|ed)? up (?:into|to|under)|(?:do i |should i |would i )?put (?:it |this |them )?under", "total"),
    Term(r"stands? behind|sends? (?:it |them )?(?:to us|us)|(?:are |we are |we re )?receiving|carry from|(?:we )?buy off|deliver(?:s|ed)?(?= [\w' ,.&-]{1,60} to (?:us|our warehouse)\b)", "verb", "supply"),
    Term(r"(?:buy|bought|purchased?) from us", "verb", "buy"),
    Term(r"went on (?:customer |sales )?orders", "verb", "sell"),
    Term(r"(?:take|took|taking|taken) in(?= from\b| on\b| for\b|$)|(?:how much )?(?:money|cash|capital) (?:is )?tied up(?: in)?|in currency", "unit", "money"),
    Term(r"(?:do|does) we list|list(?:ed)? (?:it |them )?at|(?:which|what) (?:is the )?price|go(?:es)? for|at list(?: prices?)?|at (?:sales|selling|retail) prices?", "measure", "list_price"),
    Term(r"on the way(?: to us)?|inbound(?: on (?:confirmed |open )?(?:pos|purchase orders))?|(?:did we |we )?(?:buy|bought|order|ordered)(?: it| them)? but (?:not|never|have not|havent|did not|didnt) (?:receive|received|get|got)(?: it| them)?(?: yet)?|(?:still )?coming in from (?:the |our )?(?:suppliers?|vendors?)|(?:should|do|can) we (?:still )?expect to receive|(?:have|has) we ordered (?:that|which) (?:hasnt|has not|havent|have not) (?:arrived|come in|been received)(?: yet)?|in order from (?:the )?suppliers?|(?:how many |how much )?not yet received", "measure", "on_order"),
    Term(r"(?:at )?(?:which|what) level (?:do )?we (?:need to |should |must |have to )?re-?order(?: it| them)?|re-?order trigger|(?:the )?minimum before (?:we|you) re-?order|close to re-?order(?:ing)?", "measure", "reorder_level"),
    Term(r"how many (?:of each|each) (?:we|do we) (?:have|hold|carry)(?: in stock| on hand)?|how (?:much|many) of each (?:is|are|we have|do we have)(?: in stock| on hand| left)", "measure", "stock_on_hand"),
    Term(r"on (?:our|the) shelves|sitting in stock|physically in stock", "measure", "stock_on_hand"),
    Term(r"(?:money|cash|capital) (?:is )?tied up in(?: the| our)?(?: \w+)?(?: stock| inventory)|on[- ]?hand (?:valuation|value|worth)", "measure", "stock_value"),
    Term(r"average (?:amount|value|size|total) (?:of|for|per) (?:an|one|a|each|the) order|average of (?:an|one|a|each) order|(?:the )?average order (?:come|came|comes) to|typical order(?: value| size| amount)?|how big (?:was|is) (?:a|an|the) (?:typical|average) order|averaged over (?:all )?(?:the )?orders", "measure", "avg_order_value"),
    Term(r"deals?", "noun", "order"),
    Term(r"topped(?= \$?\d)", "cmp", "gt"),
    Term(r"(?:average|avg|mean) (?:ticket|check|transaction|sale)(?: size| value| amount)?(?: per order)?", "measure", "avg_order_value"),
    Term(r"fraction|on[- ]time performance", "pct"),
    Term(r"on[- ]time failure rate|(?:delivery|shipping|shipment) failure rate", "measure", "late_pct"),
    Term(r"slow[- ]movers?|fast[- ]movers?|slow[- ]moving (?:items|products|lines)", "noun", "product"),
    Term(r"(?:customer|client) base", "noun", "customer"),
    Term(r"(?:supply|supplier|vendor) base", "noun", "supplier"),
    Term(r"close[ds]?(?=$| in\b| during\b| last\b| this\b| so far\b)", "verb", "handle"),
    Term(r"pick(?:ed|s|ing)? up", "verb", "buy"),
    Term(r"(?:who s|who is|who was|which is|which was|what s) last|ascending|in ascending order|bottomed out|hit (?:the |its )?lowest|(?:was )?the low point", "sup", ("asc", "rank")),
    Term(r"descending|in descending order", "sup", ("desc", "rank")),
    Term(r"(?:left|still|yet) to (?:be )?ship(?:ped)?|to be shipped", "cond", "unshipped"),
    Term(r"head ?count|tally of|(?:by|in) number$|in products$", "count"),
    Term(r"(?:how many )?days(?: on average| in average)? between (?:the )?order(?: date)? and (?:the )?ship(?:ping|ment)?(?: date)?", "measure", "avg_shipping_days"),
    Term(r"percentage contribution|contribution in percent", "share"),
    Term(r"variance", "growth", "absolute"),
    Term(r"on (?:the|our) books|on file|exists? in (?:the|our) (?:catalogue|catalog)|in terms of activity|dead[- ]stock(?: check)?|(?:customer|market) (?:reach|penetration|sizing)|reach|penetration|sizing|(?:revenue )?mix", "total"),
    Term(r"close[ds]?(?= .{0,20}(?:deal|order))|(?<=did )\w+ close", "verb", "handle"),
    Term(r"(?:ship(?:ped)?|deliver(?:ed)?|sent|send) later than (?:the customer |they |customers |the client )?(?:wanted|asked|requested|required|needed|asked for)|later than (?:required|requested|promised)|past (?:the )?due(?: date)?", "cond", "late"),
    Term(r"(?:ratio|share|proportion|portion) of late(?: orders| shipments)? (?:to|among|of|vs|versus) (?:all )?(?:the )?shipped(?: orders| shipments)?", "measure", "late_pct"),
    Term(r"what portion of|which portion of|portion of", "share"),
    Term(r"(?:came in |come in |comes in |finished |ranks? |ranked )?dead last|came (?:in )?last|ranks? last|ranks? (?:lowest|bottom)", "sup", ("asc", "rank")),
    Term(r"ranks? first|ranks? (?:highest|top)|leads?(?= on| in| by)|leading", "sup", ("desc", "rank")),
    Term(r"speediest", "sup", ("asc", "rank")),
    Term(rf"(?P<n>{_N_EN}) best[- ]?sellers?", "topn", "desc"),
    Term(r"cat(?= of)", "noun", "category"),
    Term(r"one (?:line|row) (?:each|per \w+)|(?:for |of )?everything(?= (?:(?:we |that we )?(?:get|buy|source|order|stock|carry|take) )?(?:from|off)\b)", "each"),
    Term(r"what(?: s| is)? left of|how much (?:is|do we have) left of", "measure", "stock_on_hand"),
    Term(r"open (?:qty|quantity|quantities)(?: on order)?", "measure", "on_order"),
    Term(r"record(?= (?:order|sale|deal|month|quarter|week|year|day)s?\b)|all[- ]time (?:high|best|biggest|largest)", "sup", ("desc", "rank")),
    Term(r"order tall(?:y|ies)|tall(?:y|ies) of (?:the )?orders|orders? tally", "measure", "orders"),
    Term(r"(?:net |total |gross )?(?:revenue|sales|turnover) (?:over|per|/) (?:the )?(?:order count|orders count|count of orders|number of orders)", "measure", "avg_order_value"),
    Term(r"(?:inventory|stock) (?:at )?cost", "measure", "stock_cost"),
    Term(r"(?:ordered|bought|purchased) from (?:the |our )?suppliers?(?: that| which| but)? (?:(?:has|have|had) ?nt|(?:has|have) not|not yet|yet to|still not|is still|are still)(?: yet| been)? (?:arrived|received|delivered|come in|to arrive|to come in|to be received|in transit|on the way)(?: yet)?|(?:not yet|yet to be|still to be) received(?: against (?:our |the )?(?:open )?(?:pos|purchase orders?))?|(?:balance|open|remaining) (?:qty|quantity|units) (?:still )?to (?:be )?receive[d]?(?: on (?:our |the )?(?:pos|purchase orders?))?|(?:still )?waiting on (?:how many |how much )?(?:units )?from (?:the |our )?(?:suppliers?|vendors?)|(?:are |we are |we re )?(?:we )?still waiting (?:for|on)(?= [\w' ]{0,40}from (?:the |our )?(?:suppliers?|vendors?))|ordered from (?:the |our )?(?:vendors?|suppliers?) (?:and|but) (?:still )?(?:not yet|not|never) (?:been )?(?:delivered|received|arrived)(?: yet)?|still to (?:arrive|come in)|outstanding from suppliers?|(?:still )?outstanding on (?:our |the )?(?:confirmed |open )?(?:pos|purchase orders?)|undelivered (?:balance|quantity|qty|units) on (?:our |the )?(?:open )?(?:pos|purchase orders?)|on the way from (?:the |our )?(?:suppliers?|vendors?)|awaiting delivery from (?:the |our )?suppliers?|on back ?order from (?:our |the )?(?:suppliers?|vendors?)|back ?ordered from (?:our |the )?(?:suppliers?|vendors?)|pending (?:supplier |vendor )?deliver(?:y|ies)|(?:still )?to be delivered by (?:the |our )?(?:suppliers?|vendors?)|(?:we are |we re )?expecting from (?:the |our )?(?:suppliers?|vendors?)|expected (?:incoming )?(?:stock|units|quantity|deliveries)|(?:still )?due in(?: on (?:open )?purchase orders?)?|due to arrive|inbound(?: quantity| units| stock)?|incoming(?: quantity| units| stock)?|(?:on )?open purchase orders?(?: quantity| quantities)?|(?:on )?open pos?(?: quantity| quantities| qty)?|(?:that )?(?:we )?(?:have ?nt|have not|not yet|havent yet) received(?: yet)?|not (?:yet )?received(?: yet)?|(?:still )?waiting on from (?:the )?(?:vendors?|suppliers?)|still (?:to come|owed) from (?:the )?(?:vendors?|suppliers?)|(?:bought in|ordered in|ordered) (?:that|which) (?:has|have) not been received(?: into stock)?(?: yet)?|not been received into stock(?: yet)?|(?:outstanding|open|pending) (?:purchase|po) (?:quantity|quantities|qty|units)|open (?:quantity|qty) on (?:our )?purchase orders?|pending receipt(?: on (?:our )?purchase orders?)?|still to arrive(?: on (?:our )?purchase orders?)?|(?:we )?ordered from (?:the |our )?(?:vendors?|suppliers?) (?:and|but) (?:still )?(?:didnt|did not|not yet|havent|have not|hasnt|has not) (?:receive|received|arrive|arrived|come in)(?: yet)?|(?:units? |quantity |quantities |amount |stock )?(?:on order|on purchase orders?|incoming|in transit|being (?:re)?ordered from suppliers|ordered from (?:the )?suppliers? but not (?:yet )?received)", "measure", "on_order"),
    Term(r"(?<=and )the (?:threshold|reorder point)|(?:at )?(?:what|which) (?:quantity|level|stock level|point) (?:is (?:it|this) set to be|should (?:it|we) be|do we|to) re-?order(?:ed)?|(?:what )?(?:stock )?level triggers? (?:a )?re-?order|triggers? (?:a )?re-?order|minimum (?:stock )?levels?|min(?:imum)? (?:stock )?(?:level|quantity)|rop|re-?order levels?|(?:at )?what level (?:do|should|would) we re-?order|re-?order at|level (?:do|should) we re-?order|reorder (?:trigger )?(?:level|point|threshold|quantity|min(?:imum)?)s?|re-?order (?:level|point)s?|minimum stock(?: levels?)?", "measure", "reorder_level"),
    Term(r"charg(?:e|es|ed|ing) for|what (?:do|does|are) (?:we |you )?charg(?:e|ing)|(?:are we|do we|we are|we re) charg(?:e|ing)(?: per unit)?|listed at|list(?:ed)? for|per unit|a unit|apiece|price point|set at|priced|(?:list |unit |sales? |selling |retail |catalogue |catalog )?prices?|how much (?:does|do|is|are) (?:\w+ ){1,5}(?:cost|sell for|go for)|what (?:does|do) (?:\w+ ){1,5}cost|costs? per unit", "measure", "list_price"),
    Term(r"on[- ]?hand (?:qty|quantity|quantities|units|stock|inventory|count)", "measure", "stock_on_hand"),
    Term(r"qoh|quantity on hand|soh|(?:in stock|on hand|on the shelf|on the shelves|in the warehouse|in inventory)(?: now| currently| today)?|stock(?: on hand| levels?| quantity| quantities)?|inventory(?: levels?| on hand)?|units in stock", "measure", "stock_on_hand"),
    Term(r"units? sold|quantity sold|quantities sold|number of units sold|sales volume|unit sales|unit volume|units moved|volume sold", "measure", "units_sold"),
    Term(r"units|quantity|quantities|qty|qtys|volume|how many (?:units|pieces)", "unit", "quantity"),
    Term(r"pieces|pcs|pc|items sold|bottles|cases|boxes|packages|packs|cartons", "unit", "quantity"),
    Term(r"revenue|revenues|sales(?: revenue| amount| value| volume in dollars)?|turnover|income|takings|gross sales|net sales", "measure", "revenue"),
    Term(r"order size|deal size|order value|(?:qty|quantity|units?) (?:x|times|\*) (?:the )?(?:list |unit |sale |selling )?price|worth|value|amount|dollars?|money|business|bring in|brings in|brought in|bringing in|generated|earned|made us|in sales dollars|\$|spend|spending|spent|order value|in value|by value|value-wise|takings|valuable|valued|in dollars|(?:value|revenue|dollar|money)-? ?wise", "unit", "money"),
    Term(r"times|occasions", "unit", "orders"),
    Term(r"in days|days|day", "unit", "days"),
    Term(r"freight(?: charges?| costs?)?|shipping (?:costs?|charges?|fees?)", "measure", "freight"),
    Term(r"gross (?:margin|profit)s?|margins?|profits?", "measure", "gross_margin"),
    Term(r"overdue (?:receivables|invoices|amounts?)|past due", "measure", "overdue_receivables"),
    Term(r"(?:accounts )?receivables?|owed to us|owe us|outstanding (?:customer )?invoices", "measure", "receivables"),
    Term(r"(?:accounts )?payables?|we owe|owed to suppliers", "measure", "payables"),
    Term(r"purchase spend|purchases|purchasing (?:spend|amount|value)", "measure", "purchase_spend"),
    Term(r"late (?:shipment |delivery )?(?:rate|ratio|share)", "measure", "late_pct"),
    Term(r"holding|hold|do we (?:still )?have|do we hold|do we carry|have we got|we have left|is left|are left|do we have left|left in the warehouse", "have"),
    # Conditions.
    Term(r"ignor(?:e|ing) (?:the )?discontinued(?: ones| products| items)?|no discontinued(?: ones| products| items)?|skip(?:ping)? (?:the )?discontinued(?: ones| products| items)?|discontinued(?: \w+)? excluded|(?:leave|leaving|left) out (?:the )?discontinued(?: ones| products| items)?|(?:not|non|excluding|except|without)(?: the)? ?-?discontinued(?: ones| products)?|active products|still (?:sold|sell|selling|available|offered|in the (?:range|catalogue|catalog))|current products|not been discontinued", "cond", "active_product"),
    Term(r"discontinued|no longer (?:sold|sell|selling|available|offered|in the (?:range|catalogue|catalog))|phased out|delisted|retired", "cond", "discontinued"),
    Term(r"should (?:we|i) (?:re-?order|restock|replenish)|(?:quantity|qty|stock|units?|inventory) (?:in stock |on hand )?(?:is |are )?(?:less than|lower than|below|under|smaller than) (?:the |its |their )?(?:re-?order|minimum) (?:levels?|points?|thresholds?)|re-?order (?:alerts?|candidates?|list|report|warnings?)|below-re-?order(?: list| items| products)?|(?:less|lower|fewer) (?:units )?(?:in stock|on hand|stock) than (?:their |its |the )?(?:re-?order|minimum) (?:levels?|points?|thresholds?)|(?:(?:stock|inventory)(?: on hand| levels?)? (?:is |are )?)?(?:(?:dropped|fallen|fell|gone|dipped|sunk|slipped) )?(?:below|under|beneath|less than|lower than|short of|beneath) (?:their |the |its |our |his |her |the respective )?(?:re-?order|minimum) (?:levels?|points?|thresholds?)|(?:to|need to|needs to) (?:re-?order|restock|replenish)(?: them| it)?(?= \(|$| \w+ (?:under|below))|(?:need|needs|needing|due for|require|requires) (?:to |to be )?(?:re-?order(?:ed|ing)?|restock(?:ed|ing)?|replenish(?:ed|ing|ment))|running low|low (?:on )?stock|understocked|short on stock", "cond", "below_reorder"),
    Term(r"out of stock|no stock(?: left)?|zero stock|none (?:left )?in stock|sold out|(?:stock|inventory) of (?:zero|0)|nothing (?:left )?in stock", "cond", "out_of_stock"),
    Term(r"(?:have|has|hold|holding|keep|got|still|are|is) (?:still |currently |now |actually )?(?:in stock|on hand|on the shelf)|in stock|available stock", "cond", "in_stock"),
    Term(r"(?:havent|have not|hasnt|has not|not) (?:yet )?gone out(?: yet)?|(?:still )?(?:waiting|yet|still|not yet) to go out|not gone out|(?:still waiting (?:on|for)|waiting (?:on|for)) (?:shipment|delivery|dispatch|shipping)|(?:still )?(?:need|needs|have|has) to (?:ship|be shipped|go out)|(?:have|has) not (?:yet )?left the warehouse(?: yet)?|(?:havent|hasnt|not yet) left the warehouse(?: yet)?|(?:not|nt|never|yet to be|still not|still to be|not yet|havent|hasnt|hadnt|isnt|arent|wasnt|werent|didnt|dont|doesnt|have not|has not|were not|was not|are not|is not) (?:been |yet |already |even )?(?:shipped|delivered|sent|dispatched|fulfilled)(?: yet| out)?|unshipped|undelivered|unfulfilled|(?:order )?backlog|backlogged|awaiting (?:shipment|delivery|dispatch)|pending (?:shipment|delivery|dispatch)|waiting to (?:be )?(?:ship|shipped|deliver|delivered|dispatch|dispatched|sent|send)|still to ship|not yet gone out", "cond", "unshipped"),
    Term(r"(?:shipped|delivered|sent|dispatched|arrived|went out|shipping|delivering)(?: \w+)? (?:late|too late|behind schedule|past (?:the |their )?(?:due|required|requested) dates?|after (?:the |their )?(?:due|required|requested) dates?)|(?:late|delayed|overdue|tardy) (?:shipments?|deliveries|orders|dispatch(?:es)?)|go(?:es)? out late|went out late|gone out late|late|delayed|delays?|behind schedule|not on time|missed (?:the |their )?(?:required|requested|due) dates?|after (?:the |their )?(?:required|requested|due|promised) (?:ship )?dates?|(?:delivered|shipped|arrived|sent|dispatched|went out|gone out|left)(?: \w+)? (?:after|later than) (?:the )?(?:date |day )?(?:the customer |the client |they |customers )?(?:asked|requested|wanted|needed|promised|required)(?: it)?(?: for)?|later than (?:requested|promised|asked|required|agreed)", "cond", "late"),
    Term(r"(?:already |were |was |have been |has been |that were |that have been )?(?:shipped|delivered|dispatched|fulfilled)(?: orders)?|shipments|deliveries", "cond", "shipped"),
    Term(r"open|outstanding|in progress|not (?:yet )?(?:completed|finished|closed)", "cond", "open_order"),
    # Comparators (before numbers).
    Term(r"more (?:often|frequently|times) than|more than|over|above|greater than|exceeding|exceeds?|in excess of|upwards of|higher than|bigger than|larger than|beyond", "cmp", "gt"),
    Term(r"or higher|or greater|and higher|at or (?:over|above)|or over|at least|no less than|not less than|a minimum of|minimum of|or more|and above|and up|or above|at minimum|no fewer than|not fewer than", "cmp", "ge"),
    Term(r"sub|failed to reach|fail to reach|did not reach|didnt reach|fewer than|less than|below|under|lower than|smaller than|short of", "cmp", "lt"),
    Term(r"no higher than|not higher than|no greater than|or lower|or fewer|at or (?:under|below)|or under|at most|no more than|not more than|a maximum of|maximum of|or less|or fewer|and below|or below|up to", "cmp", "le"),
    # Rankings.
    Term(rf"(?:the )?top (?P<n>{_N_EN})|(?:the )?first (?P<n2>{_N_EN})|(?P<n3>{_N_EN}) (?:top|best|biggest|largest|leading|highest)", "topn", "desc"),
    Term(rf"(?:the )?bottom (?P<n>{_N_EN})|(?:the )?last (?P<n2>{_N_EN})|(?P<n3>{_N_EN}) (?:worst|weakest|smallest|lowest|poorest)", "topn", "asc"),
    Term(r"(?:the )?most often|(?:the )?most frequently|most times|the most|most|greatest number of|largest number of|highest number of|more often", "sup", ("desc", "count")),
    Term(r"the fewest|fewest|the least|least|least often|smallest number of|lowest number of", "sup", ("asc", "count")),
    Term(r"performed (?:the )?best|top sellers?|best sellers?|peak(?:ed|s)?|busiest|best performing|led|topped(?: the list)?|tops the list|tops|came first|ranked first|number one|(?:highest|largest|biggest|most) first|descending|high point|most valuable|no ?1(?![0-9])|highest|largest|biggest|maximum|max|best(?:-| )?(?:selling|sellers?|performing)?|top(?:-| )?(?:selling|performing|sellers?)?|greatest|maximum|max|leading|strongest|longest|busiest|most expensive|priciest|costliest|number one|no 1|heaviest|largest single|biggest single", "sup", ("desc", "rank")),
    Term(r"performed (?:the )?worst|came last|ranked last|last place|trough|quietest|lowest|smallest|worst(?:-| )?(?:selling|sellers?|performing)?|weakest|minimum|min|shortest|fastest|quickest|slowest|quietest|least expensive|cheapest|poorest|bottom|slowest(?:-| )?(?:selling|sellers?|moving)", "sup", ("asc", "rank")),
    # Question shapes.
    Term(r"(?:did|does|do|has|have) not exceed(?:ed)?|didnt exceed|doesnt exceed|not exceeding|never exceeded", "cmp", "le"),
    Term(r"exceed(?:s|ed|ing)?|in excess of", "cmp", "gt"),
    Term(r"by how much|how big is|(?:the )?size of|how many|number of|count of|count the|count|how often|total number of|amount of", "count"),
    Term(r"no|nobody|no one|never|not|none|neither|nor", "neg"),
    Term(r"how much", "much"),
    Term(r"how long", "unit", "days"),
    Term(r"how much (?:did|has|have) (?:it|they|this|these|that|those|we) (?:sell|sold|go|gone) for|sold for|sell for in total|sold for in total", "measure", "revenue"),
    Term(r"divided by|over the number of|per each|ratio of", "ratio"),
    Term(r"how much (?:do|does) (?:we|you|they|it) (?:sell|charge|ask|retail)|how much (?:are )?(?:we|you) (?:are |re )?(?:selling|charging|asking)|(?:priced|valued) (?:at|by) (?:the )?(?:list|sale|selling|retail)(?: prices?)?|sells? for|selling for|retails? (?:at|for)|priced at|price tag|charge for|go for|goes for", "measure", "list_price"),
    Term(r"which|what|list(?: out| all)?|show(?: me)?(?: all)?|name(?: the| all)?|give me(?: a list of| the list of)?|display|find|identify|tell me|return", "which"),
    Term(r"who|whom", "who"),
    Term(r"breakdown(?: of)?|broken down|break(?:ing)? (?:it |them )?down|split(?: out)?|(?:broken down |split |grouped |sorted |ranked |listed |organi[sz]ed |categori[sz]ed )?(?:by|per)|for (?:each|every)|each|every|across|broken down by|breakdown by|split by|grouped by|group by|by each|in each", "group"),
    Term(r"(?:nobody|no one|noone|none of (?:our|the) customers|no customers?|not a single customer|not one customer|did not|didnt|didn t|do not|dont|does not|doesnt|have not|havent|has not|hasnt|had not|hadnt|never|not|no|without|zero)(?: (?!shipped|delivered|sent|dispatched|yet|fewer|less|more|than|over|under|above|below|\d)\w+){0,3}? (?:place[sd]?|order(?:ed|s)?|buy|bought|purchas(?:e|ed|es)|sold|sell|been (?:sold|ordered|bought|purchased)|any orders?|an order|anything|activity|business|sales|single order)(?: anything| any(?:thing)?| at all| from us| any orders?| any products?| a single order| an order| a thing| even once| once)?|(?:no|zero|without) (?:orders?|purchases|sales|activity|business)|went without (?:placing |making )?(?:a single |any )?orders?|went (?:silent|quiet|dormant|inactive)|gone (?:silent|quiet|dormant)|(?:placed|bought|ordered|purchased) (?:nothing|zero orders|no orders)|sold nothing|unsold|sells nothing|nothing sold|no sales|zero sales|nothing (?:ordered|bought)|inactive|dormant|never", "absent"),
    Term(r"how big (?:a|of a) (?:slice|share|piece|chunk|part|portion) of|what slice of|slice of|(?:what |which )?(?:percent(?:age)?|share|proportion|fraction|part|portion|%) (?:of|came from|comes from|is from|was from|from)|what share|how much of|(?:out )?of (?:the )?(?:total|all|overall|whole)|share", "share"),
    Term(r"came from|come from|comes from|accounted for|accounts? for|contribut(?:e|ed|es|ion)(?: to)?|generated by|brought in by", "verb", "sell"),
    Term(r"percent(?:age)?|%|rate|ratio|pct|share|proportion|in percent|in %", "pct"),
    Term(r"(?:grow|grew|grown|growth|increase[sd]?|decrease[sd]?|decline[sd]?|drop(?:ped)?|fell|fall|rise|rose|change[sd]?|went up|go up|gone up|went down|go down|gone down|more or less|difference|differ)(?: by)?", "growth"),
    Term(r"absolute(?: change| difference| terms| growth)?|in absolute terms|delta|diff", "growth"),
    Term(r"yoy|y o y|year over year|year on year", "growth"),
    Term(r"(?:%|percent|percentage|pct) (?:change|growth|increase|decrease|decline|drop|rise)|growth rate|rate of growth|yoy growth|year over year growth", "growth", "pct"),
    Term(r"minus|less|compared (?:with|to)|compare[sd]?|versus|vs|against|relative to|from(?= \d{4})|over(?= \d{4})|going from(?= \d{4})|yoy|y o y|year on year|year over year", "growth", "compare"),
    Term(r"average|avg|mean|typical|on average", "avg"),
    Term(r"total|in total|overall|altogether|combined|all together|sum(?: of)?|aggregate|whole|entire|full|all (?:of )?(?:our|the)", "total"),
    # Words that restate what every query already means: explained by any reading.
    Term(r"(?:as a )?(?:percentage|percent|share|proportion|%) of (?:all )?(?:the )?(?:orders shipped|shipped orders)", "pct"),
    Term(r"(?:ratio|share|proportion) of late (?:orders|shipments) (?:to|among|of) (?:all )?(?:the )?shipped(?: orders)?", "measure", "late_pct"),
    Term(r"on-? ?time (?:vs|versus|or|and) late|based on (?:the )?(?:orders|ones) (?:that (?:have|had) )?(?:gone out|shipped|been shipped|went out)|(?:denominator|base)(?: is)?(?: all)? shipped orders|(?:on|in) (?:the|our) product list|incl(?:uding)? (?:the )?discontinued(?: ones| products| items| lines)?|(?:ones|those|the ones) with (?:any |some )?(?:orders|sales|purchases)|with (?:any |some )?(?:orders|sales|purchases)$|side by side|on (?:our |the )?(?:open )?pos\b|(?:my|our|the) (?:boss|manager|director|ceo|cfo|coo|owner|gm|supervisor|team lead|accountant|auditor|finance team|head of \w+)(?: (?:just|also))? (?:wants|want|needs|asked|asks|is asking|would like|wanted)(?: (?:me )?to (?:know|see|find out|check|get))?(?: about| for)?|do the needful|kindly (?:share|advise|confirm|provide|send|let me know|tell)|(?:please|can you|could you) (?:share|advise)|remind me|need to see if (?:it s|its|it is) close|in (?:our|the) (?:range|assortment|catalogue|catalog)|for (?:the|our|a|an|this|next|my) (?:\w+ ){0,2}(?:review|meeting|check|report|audit|planning|call|pack|deck|file|forecast|schedule|presentation|plan|dashboard|budget|analysis|summary|update|memo|quotation|quote|slides?|spreadsheet|email|board)|(?:considering|counting|looking at|including) only (?:the )?(?:countries|customers|products|items|skus|accounts|clients|categories|carriers|suppliers|reps|employees|ones) (?:with|that had|that have|which had) (?:at least one|any) (?:order|orders|sale|sales)|(?:leaving|leave|left) out (?:any|those|the ones)(?: \w+)? (?:with|that had|that have) (?:no|zero) (?:sales|orders)(?: at all)?|across (?:all|every|the whole|the entire)(?: of)?(?: (?:our|the))?(?: (?:orders|products|customers|items|skus|accounts|clients|lines|categories))?|(?:both )?active (?:or|and) discontinued|discontinued or (?:not|active)|(?:whether )?discontinued or not|leaderboard|league table|(?:filter|filtered|pivot|pivoted)(?: on| for| to)?|multiplied by|(?:net|after|less) (?:of )?discounts?|discounts? (?:included|applied|deducted|taken off)|(?:the )?discontinued(?: ones| products| items)? (?:included|too|as well)|including (?:the )?discontinued(?: ones| products| items)?|goes under|go under|going under|summed(?: over| up)?|worst offenders?|in (?:the|our) (?:catalogue|catalog|price list)|on (?:the|our) (?:books|list)|in (?:our|the) (?:customer|supplier|vendor|product) (?:list|base|database)|totall?ing|totall?ed|measured by|measured in|slow[- ]?movers?|fast[- ]?movers?|tally(?: up)?|tallied|racked up|rack up|to date|up to now|used|using|uses|use|volume-? ?wise|in terms of|come to|came to|comes to|amount(?:ed|s)? to|total(?:ed|led|s)? to|falls? under|filed under|listed under|classified (?:as|under)|belongs? to|sits? (?:in|under)|comes? under", "total"),
    Term(r"(?:leaving|leave|left) out (?:the ones|those|the products|the customers|the items|the skus|products|customers|items|skus) (?:that|which|who) (?:didnt|did not|dont|do not|havent|have not) (?:sell|order|buy)(?: anything)?|(?:zero|non|no)[ -]?(?:sellers|buyers|orderers|sales) (?:excluded|left out|removed)|excluding (?:zero|non)[ -]?(?:sellers|buyers)|excluding (?:those|the ones|products|customers|items|skus) with (?:no|zero) (?:orders|sales)|with at least one (?:order|sale)|(?:who |that |which )?(?:placed|had|made) at least one order|(?:that|which|who) had at least one (?:order|sale)|with any (?:orders|sales)|credited to|credited|counting only (?:those|the ones)(?: with (?:any )?(?:orders|sales|activity))?|only (?:those|the ones) with (?:any )?(?:orders|sales|activity)|work with|deal with|do business with|partner with|break(?:ing|s)? (?:it |them |that )?(?:down|out)|broken (?:down|out)|breakdown(?: of)?|split (?:it )?out|at least once|even once|ever|at all|so far|confirmed|booked|on the books|among(?: them)?|of those|of these|out of those", "total"),
    Term(r"different|distinct|unique|separate|individual", "distinct"),
    Term(r"single|one single|individual order|one order|a single", "single"),
    Term(r"of each|for each of them|each of them|each one|respectively|for each one|for each", "each"),
    Term(r"monthly|month by month|month over month|by month|per month|each month|every month|for each month|month-by-month", "grain", "month"),
    Term(r"quarterly|quarter by quarter|by quarter|per quarter|each quarter|every quarter", "grain", "quarter"),
    Term(r"weekly|week by week|by week|per week|each week|every week", "grain", "week"),
    Term(r"daily|day by day|by day|per day|each day|every day", "grain", "day"),
    Term(r"yearly|annually|annual|year by year|by year|per year|each year|every year", "grain", "year"),
    # Activities (explained by the facts they happen in).
    Term(r"suppl(?:y|ies|ied|ying)(?: by| us| to us)?|provid(?:e|es|ed|ing)(?: by)?|deliver(?:s|ed)? to us|delivering (?:to )?us|delivers? us|to us(?=$| \?)|source[sd]? from|sourced|vendor of|(?:do |did |does )?we (?:buy|purchase|procure|source)|made by|produced by|manufactured by|procure[sd]?|procuring|procurement|sourcing|source|sourced|get (?:it |them )?from|buy (?:it |them )?from|makes|produces|manufactures|sells? (?:to )?us|sold (?:to )?us|offers? us|sends? us|sent us|(?<=we )(?:get|buy|source|purchase|order)(?= [\w\' ]{1,60} from$)", "verb", "supply"),
    Term(r"s[eo]ld|sell(?:s|ing)?|book(?:ed|s)?|moved?|shifted|brought|brings|brought in|bring in|brings in|generated?|generating|earn(?:ed|s)?|made|make|ma[dk]e us|(?:bring|brought|generate|generated) (?:us|for us)", "verb", "sell"),
    Term(r"b(?:uy|ought|uys|uying)|purchas(?:e|ed|es|ing)|ordered|ordering|place[sd]?|spen[dt]|spends|paid|pay|ordered from us|bought from us|purchased from us|placing|took|take|taken|receive[sd]?|got|get|put in|submitted|made|gave us|given us|give us|came (?:in|through)|come (?:in|through)|coming (?:in|through)", "verb", "buy"),
    Term(r"(?:going|gone) (?:out )?(?:with|via|by|through)|went (?:out )?(?:with|via|by)|shipped through|sent through|go(?:es)? (?:with|via|through)|sent (?:with|via)|shipped (?:with|via)|via|ship(?:ped|s|ping)?|deliver(?:ed|s|ing|y)?|dispatch(?:ed|es)?|sen[dt]|carr(?:y|ied|ies)|transport(?:ed|s)?|handled by carrier", "verb", "ship"),
    Term(r"went through|go(?:es)? through|handle[sd]?|handling|manage[sd]?|process(?:ed|es)?|responsible for|booked|closed|won|signed|wrote", "verb", "handle"),
]
# fmt: on

# Entity types and time grains people name; catalogue synonyms are added too.
EN_NOUNS: dict[str, str] = {
    "customers": "customer", "customer": "customer", "clients": "customer", "client": "customer",
    "buyers": "customer", "buyer": "customer", "accounts": "customer", "account": "customer",
    "companies": "customer", "company": "customer", "shops": "customer", "stores": "customer",
    "products": "product", "product": "product", "items": "product", "item": "product",
    "articles": "product", "article": "product", "skus": "product", "sku": "product", "goods": "product",
    "lines": "product", "things": "product", "line": "category",
    "categories": "category", "category": "category", "product lines": "category",
    "product categories": "category", "product category": "category", "groups": "category",
    "kinds": "category", "kind": "category", "types": "category", "type": "category",
    "product group": "category", "product groups": "category", "range": "category",
    "ranges": "category", "product range": "product", "product family": "category",
    "product families": "category",
    "suppliers": "supplier", "supplier": "supplier", "supplier name": "supplier",
    "supplier names": "supplier", "vendor name": "supplier", "customer name": "customer",
    "customer names": "customer", "category name": "category", "carrier name": "carrier", "vendors": "supplier", "vendor": "supplier",
    "manufacturers": "supplier", "manufacturer": "supplier", "makers": "supplier", "maker": "supplier",
    "providers": "supplier", "provider": "supplier", "sources": "supplier",
    "supplier companies": "supplier", "supplier company": "supplier",
    "vendor companies": "supplier", "supplying companies": "supplier",
    "countries": "country", "country": "country", "markets": "country", "market": "country",
    "nations": "country", "nation": "country",
    "cities": "city", "city": "city", "towns": "city", "town": "city",
    "salespeople": "salesperson", "salesperson": "salesperson", "sales reps": "salesperson",
    "sales rep": "salesperson", "reps": "salesperson", "rep": "salesperson",
    "employees": "salesperson", "employee": "salesperson",
    "sales employees": "salesperson", "sales employee": "salesperson", "staff": "salesperson",
    "staff member": "salesperson", "sales people": "salesperson", "sales person": "salesperson",
    "sellers": "salesperson", "seller": "salesperson", "account managers": "salesperson",
    "account manager": "salesperson", "salesman": "salesperson", "saleswoman": "salesperson",
    "team member": "salesperson", "person": "salesperson", "people": "salesperson",
    "carriers": "carrier", "carrier": "carrier", "shippers": "carrier", "shipper": "carrier",
    "shipping companies": "carrier", "shipping company": "carrier", "couriers": "carrier",
    "courier": "carrier", "freight companies": "carrier", "freight company": "carrier",
    "logistics providers": "carrier", "logistics provider": "carrier", "haulier": "carrier",
    "forwarder": "carrier", "forwarders": "carrier", "freight forwarder": "carrier",
    "freight forwarders": "carrier",
    "orders": "order", "order": "order", "sales orders": "order", "sales order": "order",
    "purchases": "order", "transactions": "order", "customer orders": "order",
    "customer order": "order", "transaction": "order",
    "deals": "order", "deal": "order", "sale": "order",
    "order number": "order", "order id": "order", "order numbers": "order",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "week": "week", "weeks": "week", "year": "year", "years": "year",
}  # fmt: skip

EN_FILLERS = frozenset(
    """
    a an the of and or to for with from in on at into onto as about by via per than then is
    are was were be been being am do does did done doing have has had having will would
    shall should can could may might must get got gets getting let lets we us our ours i me
    my you your they them their it its this that these those there here he she his her him
    who whom whose what which where when why how whats wheres whos please pls kindly tell
    show give list find know see want wanted like need needs just also only still currently
    current now today presently right moment so far yet already ever any some all every each
    both either neither much many more lot lots number figure figures amount totals total s
    t d ll re ve m one ones thing things stuff item looking look check pull up bring out
    report reporting data numbers down off over again back actually really exactly roughly
    approximately around approx overall company firm business books system erp time period
    during throughout within inside whole entire calendar respectively separately anything
    something everything between but however though although while whereas id im ive youre
    weve theyre thats heres theres belongs belong belonging falls fall sits sit classified
    filed listed categorised categorized existing hand handed year month quarter week based
    located situated headquartered registered operating operates set due come came comes
    coming along home terms reached reach reaching hitting hit anyone anybody calculate
    compute counting rank ranked ranking e g eg pulled split active wise date dates lead
    rack racked tally file plus lookup classify break saw seen hey hi hello yo ok okay thanks
    thank cheers quick question q btw um uh hmm dear team guys folks sitting address stayed
    stay stays remained remain left warehouse very review master recorded counted wide meaning
    standard planning plan meeting purpose purposes record records replenishment together
    alongside next configured assigned contain contains containing according linked operate
    achieve achieved achieves position history net catalogue catalog classed busy confirm
    hands assortment denominator running named called dated restocking regional territory lateness punctuality
    prone physically tabulate enumerate names view given takes took big put shelve label shelf
    roll behind sourcing pricing
    """.split()  # noqa: SIM905 -- a word list reads best as text
)


EN_GOODS = frozenset(
    """
    tea teas beer beers lager ale coffee wine wines cheese cheeses sauce sauces syrup spread
    chocolate chocolates candy biscuits cookies bread pasta noodles sausage sausages ham
    meat fish seafood crab salmon herring oil vinegar mix seasoning spice spices drink
    drinks juice soda water liqueur cider milk cream butter jam marmalade dessert cake cakes
    """.split()  # noqa: SIM905 -- a word list reads best as text
)
ZH_GOODS = frozenset(
    [
        "茶",
        "啤酒",
        "咖啡",
        "葡萄酒",
        "酒",
        "奶酪",
        "芝士",
        "酱",
        "酱汁",
        "糖浆",
        "巧克力",
        "饼干",
        "面包",
        "香肠",
        "鱼",
        "油",
        "醋",
        "饮料",
    ]
)


# -- Chinese -----------------------------------------------------------------------------------

_N_ZH = r"[0-9一二三四五六七八九十两]+"
ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
ZH_NUMBERS |= {"九": 9, "十": 10}

# fmt: off
ZH_TERMS: list[Term] = [
    Term(r"(?:销售)?订单(?:的)?(?:量|数目|数)|单量|下单量|接单量|下单(?:的)?(?:次数|数量|数)|订单(?:的)?(?:次数|数量|数|总数)|订货次数|购买次数|下了多少(?:个|张|笔)?(?:订)?单", "measure", "orders"),
    Term(r"(?:做了|做)?多少(?:钱)?的?生意|下了多少钱的(?:订)?单", "measure", "revenue"),
    Term(r"(?:销售额|销售收入|营业额|成交额|金额)(?:(?:与|和)(?:订单数|订单笔数|订单数量|单数)(?:之)?比(?:值)?|(?:除以|/)(?:订单数|订单笔数|订单数量|单数))|(?:平均)?单值|平均(?:一|每)(?:单|张订单|笔订单|个订单)(?:多少钱|金额|价值)?|一(?:张|笔|个)?单平均(?:卖)?(?:多少钱|金额)?|单均(?:销售额|金额|营收|收入)?|每(?:张|笔|个)?(?:订单|单)(?:的)?平均(?:金额|销售额|价值|多少钱)|平均(?:每单|每个订单|订单|单笔订单|每笔订单|每张订单)(?:的)?(?:金额|价值|额|销售额)|客单价|平均订单(?:金额|价值|额)|每单平均(?:金额|销售额)", "measure", "avg_order_value"),
    Term(r"(?:平均)?(?:要)?等(?:几|多少)天(?:才)?(?:发货|发出|出货)|(?:平均)?(?:要|需要)?(?:几|多少)天(?:才)?(?:能)?(?:发货|发出|送达|出货|寄出|交货)|(?:平均)?(?:发货|配送|运输|送货|出货|交货)(?:天数|时间|时长|周期|用时|速度|耗时)|从下单到发货(?:的)?(?:平均)?(?:天数|时间)", "measure", "avg_shipping_days"),
    Term(r"库存(?:的)?(?:总)?(?:价值|金额|总值|货值|总额)|存货(?:的)?(?:总)?(?:价值|金额|总值|货值)|库存货值|货值", "measure", "stock_value"),
    Term(r"库存成本", "measure", "stock_cost"),
    Term(r"库存按(?:标价|售价|单价|价格)(?:计算|算|计)(?:的)?(?:价值|总值|值)?", "measure", "stock_value"),
    Term(r"(?:采购)?(?:已订)?(?:、)?未(?:收|到货)的?量|(?:采购)?未到货量|(?:但)?(?:还)?(?:没|未)入(?:仓|库)(?:的)?(?:数量|量)?|(?:采购了)?(?:但)?(?:还)?(?:没|未)入库(?:的)?(?:数量|量)?|待(?:收货|入库)(?:的)?(?:数量|量)?|(?:还有多少)?采购(?:还)?(?:没|未)(?:有)?到(?:货)?|(?:未|待)交货(?:的)?采购(?:量|数量)?|已订(?:购)?(?:但)?未(?:收|到)(?:货|到)?|(?:供应商)?(?:未|待)交货(?:量|数量)?|(?:采购单上)?(?:还)?差(?:多少)?(?:没|未)收(?:到)?货|(?:还|尚)?(?:没|未)(?:有)?收(?:到)?货|(?:还|尚)?(?:没|未)(?:有)?到(?:仓|库)|(?:还有多少)?(?:采购)?在路上(?:的采购)?|在运输途中(?:的采购)?|(?:向供应商)?订(?:了|购了)?(?:但|可)?(?:还|仍|尚)?(?:没|未)(?:有)?(?:收)?到(?:货|仓|库)?(?:的)?(?:数量|量)?|(?:还|尚)?未到货(?:的)?(?:数量|量)?|还没到货(?:的)?(?:数量|量)?|在途(?:订货|采购|数量|库存)?(?:量|数量)?|已订(?:购)?未到(?:货)?(?:的数量)?|采购在途|订货在途|已下采购单(?:但)?(?:未|没)(?:到货|收货)|进货(?:还有)?(?:多少)?(?:还)?没到(?:货)?|订了多少(?:货)?(?:还)?(?:没|未)(?:送到|到货|收到|到)|(?:还)?差多少(?:没|未)(?:收|到)(?:货)?|(?:还)?(?:没|未)交货|(?:向供应商)?订购中(?:的数量)?|未结采购(?:数量|量)?|(?:还)?(?:没|未)交(?:货|付)?(?:的)?(?:数量|量)?|尚待(?:供货商|供应商|厂商)?交(?:付|货)(?:的)?(?:采购)?(?:数量|量)?|(?:还)?在?等(?:供货商|供应商|厂商)交(?:货)?|(?:还)?没到的(?:数量|量)", "measure", "on_order"),
    Term(r"触发补货(?:的)?(?:库存)?(?:水平|点|线)?|(?:库存)?(?:降|掉|低)?到多少(?:就)?(?:该|要|需要|得)(?:补货|再订货|订货|补)|再订货(?:水平|点|线|量)|补货(?:点|线|水平)|安全库存(?:线|水平)?|最低库存(?:线|水平)?|再订购(?:水平|点)|(?<!再)订(?:货|购)点", "measure", "reorder_level"),
    Term(r"销售(?:价格|单价)|售卖价(?:格)?|(?:标准|目录|牌面)?(?:售价|单价)|(?:在)?价目表(?:上)?(?:的)?(?:单价|价格|价)?|牌价|单价|价格|售价|标价|定价|价钱|卖多少钱|零售价|目录价|卖什么价|什么价|价位|每单位(?:多少钱)?|一个多少钱|价", "measure", "list_price"),
    Term(r"库存(?:量|数量|数)?|存货(?:量)?|现货|存量|现有库存|在库(?:数量|量|数)|(?:仓库|库房|仓)(?:里|中)?(?:还有|还剩)?|库里(?:还有)?|现存量|现存|(?<!现)在库|现有(?:多少|几多|几)|手上(?:还)?有(?=多少|几)|(?:还)?剩(?:下)?(?=多少|几)|有多少货|现有量", "measure", "stock_on_hand"),
    Term(r"销量|销售数量|销售量|卖出(?:的)?(?:数量|件数)|售出(?:的)?(?:数量|件数)|卖出(?:了)?多少(?:件|个|箱|瓶)|售出(?:了)?多少(?:件|个|箱|瓶)|卖了多少(?:件|个|箱|瓶)", "measure", "units_sold"),
    Term(r"卖(?:出|了)?(?:了)?多少(?:钱|金额)|卖了多少钱|售出(?:了)?多少钱|销售了多少钱|卖了(?:多少)?金额|值多少钱|值(?:多少|几多)|(?:一共|总共)?值(?=多少)", "unit", "money"),
    Term(r"件数|数量|单位", "unit", "quantity"),
    Term(r"件|个单位|瓶|箱|盒|包", "unit", "quantity"),
    Term(r"销售额|营业额|销售收入|营收|收入|销售金额|销售总额|业绩|营业收入|成交额|交易额|流水", "measure", "revenue"),
    Term(r"(?:消费|花|买|采购)(?:了)?多少(?:钱)?|(?:下单|采购|消费|成交|购买)?(?:总)?(?:金额|总额)|总额|价值|多少钱|钱|元|美元|块钱|货款", "unit", "money"),
    Term(r"次|回", "unit", "orders"),
    Term(r"按天(?:数)?(?:算|计算|计)|以天(?:为单位)?计|天数|几天|多少天|多久|多长时间|天", "unit", "days"),
    Term(r"运费|运输费用?|货运费|物流费", "measure", "freight"),
    Term(r"毛利(?:润|额)?|利润", "measure", "gross_margin"),
    Term(r"(?:订单)?笔数|下了几(?:个|张|笔)?(?:订)?单|下过几(?:个|张|笔)?(?:订)?单|几单", "measure", "orders"),
    Term(r"逾期(?:应收)?(?:账款|款项|金额)|过期未付", "measure", "overdue_receivables"),
    Term(r"应收(?:账款|款)?|欠我们(?:的)?(?:钱|款|货款)", "measure", "receivables"),
    Term(r"应付(?:账款|款)?", "measure", "payables"),
    Term(r"采购(?:额|金额|支出|总额)", "measure", "purchase_spend"),
    Term(r"逾期(?:发货)?率|延迟(?:发货)?(?:的)?(?:比率|比例|率|占比)|发货延迟率|迟发率|延误率|晚发率", "measure", "late_pct"),
    Term(r"清单|名单|列表|明细", "which"),
    Term(r"不要(?:已)?停产(?:的)?|(?:剔除|剔掉|去除|扣除)(?:掉)?(?:已)?停产(?:的)?(?:产品|品项|品|商品)?(?:后|之后)?|非停产|(?:不算|除了|未|没有|没|不包括|不含|除去|排除|去掉)(?:已)?停产(?:的)?(?:产品|品)?(?:不算)?|停产的不算|在售|仍在销售|还在卖|未下架", "cond", "active_product"),
    Term(r"(?:已)?停产|停售|已下架|不再销售|已淘汰", "cond", "discontinued"),
    Term(r"(?:在库数量|库存量|现有库存|库存)?(?:低于|少于|小于|不足|不到|跌破|在)(?:其|它们的|各自的|自身的)?(?:再订货|补货|订货|再订购|安全库存|最低库存)(?:水平|点|线|量)?(?:以下)?|(?:库存)?不够(?:再订货|补货|再订购|安全库存)(?:水平|点|线)|需要补货|需补货|该补货|要补货|库存不足|库存偏低|库存紧张|缺少库存", "cond", "below_reorder"),
    Term(r"缺货|没有库存|零库存|库存为(?:零|0)|无库存|没货|断货|卖完", "cond", "out_of_stock"),
    Term(r"(?:还|仍|仍然|依然|尚)?有库存|库存(?:大于|多于)(?:零|0)|有货", "cond", "in_stock"),
    Term(r"(?:还)?(?:没|未)发(?:的|出去)?(?=$|\s|的)|待发货(?:的)?|待发(?:出)?|积压(?:订单)?|(?:在)?等(?:待)?发货|(?:还)?(?:没|未)(?:有)?发出(?:去)?|未发货|没发货|还没(?:有)?发(?:货|出)|尚未发(?:货|出)|没有发(?:货|出)|待发货|未出货|未发出|还未发货|仍未发货|没有出货|(?:还)?(?:没|未)(?:有)?出货", "cond", "unshipped"),
    Term(r"发货(?:晚|迟)(?:的|了)?|延期|超期|发(?:得)?晚(?:了)?|晚发货|延迟|迟发(?:货)?|晚发|延误|逾期发货|发货晚了|迟到|晚于(?:客户)?(?:要求|约定|规定|承诺|期望)(?:的)?(?:交货|送货|到货|发货)?(?:日期|时间|期限)(?:才)?(?:送达|发货|交付|到货|发出|送到)?|比(?:客户)?(?:要求|约定)(?:的)?(?:日期|时间)晚|超过(?:要求|约定)(?:的)?(?:日期|时间)|拖期|晚到|迟交", "cond", "late"),
    Term(r"已(?:经)?发货(?:的)?|已(?:经)?出货|已(?:经)?发出|已送达|已交付|发货的", "cond", "shipped"),
    Term(r"未完成|进行中|未结|在途订单|未关闭", "cond", "open_order"),
    Term(r"超过|多于|高于|大于|超出|破|以上|逾", "cmp", "gt"),
    Term(r"达到或超过|达到或高于|大于或等于|大于等于|达到|达|满|及以上|以上\(含\)|不少于|不低于|至少|起码|最少(?=\d|[一二三四五六七八九十两])|及以上|或以上|以上\(含\)|不小于", "cmp", "ge"),
    Term(r"(?:没|未)(?:有)?达到|达不到|少于|低于|不到|不足|小于|以下|未满", "cmp", "lt"),
    Term(r"不超过|不超|以内|之内|不多于|最多(?=\d|[一二三四五六七八九十两])|至多|及以下|或以下|不高于|不大于", "cmp", "le"),
    Term(rf"前\s*(?P<n>{_N_ZH})(?:名|位|个|家|大|种|款)?|排名前\s*(?P<n2>{_N_ZH})|top\s*(?P<n3>\d+)", "topn", "desc"),
    Term(rf"(?:后|倒数)\s*(?P<n>{_N_ZH})(?:名|位|个|家|种|款)?|排名后\s*(?P<n2>{_N_ZH})", "topn", "asc"),
    Term(r"最多|次数最多|最频繁|最常|最经常", "sup", ("desc", "count")),
    Term(r"最少|次数最少|最不常", "sup", ("asc", "count")),
    Term(r"降序(?:排列|排序|排)?|倒序(?:排列|排序|排)?", "sup", ("desc", "rank")),
    Term(r"拔得头筹|独占鳌头|排(?:在)?第一|居首", "sup", ("desc", "rank")),
    Term(r"(?:在)?(?:采购)?路上|在途(?:数量|量)?|未结(?:的)?采购(?:订)?单(?:的)?(?:数量|量)?", "measure", "on_order"),
    Term(r"补货(?:阈值|门槛|触发点)|低于多少(?:就)?(?:得|要|需要|该)?(?:补货|再订货|订货|补)|re-?order (?:level|point)s?", "measure", "reorder_level"),
    Term(r"该补(?:了|货)?|(?:要|需要|得)补货(?:了)?", "cond", "below_reorder"),
    Term(r"过了(?:客户)?要求(?:的)?(?:日期|到货日|交期|时间)(?:才)?发(?:货|出|的)?|(?:实际)?发货日(?:期)?晚于(?:客户)?要求(?:到货|交货|发货)?日(?:期)?", "cond", "late"),
    Term(r"晚了(?:的)?", "cond", "late"),
    Term(r"发出去(?:的)?|发走(?:了)?(?:的)?", "cond", "shipped"),
    Term(r"(?:尚|还|仍)?未发运(?:的)?", "cond", "unshipped"),
    Term(r"(?:从)?下单到(?:出库|发货|发运|发出)(?:的)?(?:平均)?(?:天数|时间|时长|用时)|(?:平均)?发运(?:时长|时间|天数|用时)", "measure", "avg_shipping_days"),
    Term(r"占几成|几成", "pct"),
    Term(r"不止", "cmp", "gt"),
    Term(r"最多(?:只)?(?:卖|销)(?:出|了|过)*(?=\s*(?:\d|[一二三四五六七八九十两]))", "cmp", "le"),
    Term(r"没来(?:下单|买|订货|订)|无人(?:下单|订购|购买|买|订)(?:过)?|一单都没(?:有)?下", "absent"),
    Term(r"发往|指派给|交给", "verb", "ship"),
    Term(r"之手", "verb", "handle"),
    Term(r"进口", "verb", "supply"),
    Term(r"(?:含|包括|包含|连同)(?:已)?(?:停售|下架|停产)(?:的|品|产品|货品)?(?:在内)?", "total"),
    Term(r"平均(?:一|每)单(?:能|可以)?(?:卖|值)?多少钱|订单均价|每单均价|单均(?:价|金额|销售额|营业额)?", "measure", "avg_order_value"),
    Term(r"(?:手上|手头|手里)(?:还)?(?:有|压着)(?=\s*(?:多少|几)\s*(?:单|个订单|笔|张))", "total"),
    Term(r"平均(?:一个|每个|一笔|每笔|一张|每张|一单|每单)?订单(?:能|可以)?(?:卖|值|是|有)?多少钱", "measure", "avg_order_value"),
    Term(r"(?:排除|剔除|去掉|不算|除去|不含|不包括)(?:已)?(?:停售|停产|下架)(?:的)?(?:产品|品|商品)?", "cond", "active_product"),
    Term(r"库存按(?:标价|售价|单价|价格)折算(?:成)?(?:金额)?", "measure", "stock_value"),
    Term(r"按(?:销售价格|销售价|售价|标价|单价|价格)(?:计算|算|计|折算)(?:的)?(?:总值|总价值|价值|金额|总额)", "measure", "list_price"),
    Term(r"升序(?:排列|排序|排)?|正序(?:排列|排序|排)?", "sup", ("asc", "rank")),
    Term(r"头(?P<n>一)(?:名|位|个)", "topn", "desc"),
    Term(r"no ?1(?![0-9])|top ?1(?![0-9])|最拖|拖得最久|从高到低(?:排(?:序|列|名)?)?|由高到低(?:排(?:序|列|名)?)?|从大到小(?:排(?:序|列|名)?)?|高峰|巅峰|冲得最高|峰值|居首|位居首位|首位|领先|最牛|最值钱|最火爆|拿第一|排第一|名列第一|最靠前|靠前|排名靠前|最旺|旺季|最火|最红|最高|最大|最好|最强|最长|最慢|最贵|第一|冠军|排名第一|排第一|最畅销|卖得最好|卖得最多|最能卖|销售最好", "sup", ("desc", "rank")),
    Term(r"从低到高(?:排(?:序|列|名)?)?|由低到高(?:排(?:序|列|名)?)?|从小到大(?:排(?:序|列|名)?)?|(?:最)?低迷|低谷|谷底|最低|最小|最差|最弱|最短|最快|最便宜|最不畅销|卖得最差|卖得最少|垫底|排名最后|倒数第一|最惨淡|最淡|淡季|末位|最后一名|最靠后|排(?:在)?最后|排名最后|(?:跌|降|落)(?:到|至)最低|最低点", "sup", ("asc", "rank")),
    Term(r"(?<=什么|哪些|哪种|哪样|几种|几样|几款)货(?:品|物)?", "noun", "product"),
    Term(r"(?<=几|少)(?<!哪几)(?:样|款)(?:东西|商品|产品|货)?|(?<=的)货(?=有哪些|都有|是哪些|有什么|都是|里|中|当中|每样|每种|各)", "noun", "product"),
    Term(r"统计(?:一)?下|数一下|数下|数数|点一下|(?<=商品|产品|品种|品项|发货|延误|迟发)数(?:量)?(?!据)|多少|几(?=个|家|位|种|笔|张|单|次|款|类)|几何|几|有多少|数量是|总数|数目|个数", "count"),
    Term(r"没有|没|未|从未|从没|从来没有|从来没|不曾", "neg"),
    Term(r"哪(?:一)?类|哪个类(?:别)?|什么类(?:别|型)?|哪个品类", "which", "category"),
    Term(r"(?:是|属于)?哪(?:一|个)?(?:品类|类别|类目|大类)", "which", "category"),
    Term(r"几月(?:份)?|哪(?:个|一个)?月(?:份)?", "which", "month"),
    Term(r"哪(?:个|一个)?季度|第几季度|几季度", "which", "quarter"),
    Term(r"哪(?:一)?年|哪个年份", "which", "year"),
    Term(r"还有|剩(?:下|余)?|手上有|手头有", "have"),
    Term(r"(?:是|有|都是|都有)?哪(?:一个|一家|一位|几个|几家|几位|几款|几种|几样|个|家|些|位|种|类|款|张|笔|一张|一笔|一款|一种|一品类|名)?|什么|列出|列一下|列示|显示|给出|找出|查出|是谁|分别是|是什么", "which"),
    Term(r"谁", "who"),
    Term(r"各(?:个)?|每(?:个|家|位|一个|一家|一位|一种|一款|一样|种|款|类|样)|每一(?=[客产商供销国城品承季月周年])|按(?:照)?|分(?=品类|类别|国家|客户|产品|地区|城市|供应商|销售员|业务员|承运商|货运公司|物流公司|快递|运输公司|月|季度|年)|逐(?=个|月|季)|按各", "group"),
    Term(r"一(?:件|个|单|张(?:订)?单|笔(?:订)?单)(?:都|也)没(?:有)?(?:下(?:过)?|卖(?:掉|出去|出)?|订(?:过)?)?|沉睡(?:的)?|(?:完全|根本)?没(?:有)?卖出去|没(?:有)?被下过单|没(?:有)?人(?:订购|购买|订|买)(?:过)?|零(?:下单|订货|购买|采购|销量|销售|订单|成交|出货)|(?:没有|没|从未|从没|未)被|(?:从来|从)?(?:没|未)(?:有)?卖给(?:过)?|(?:没有|无)(?:任何)?(?:订单|销售|交易|成交|购买记录)|零订单|没(?:有)?动静|一单(?:都|也)?没下(?:过)?|没在(?:我们|咱们)?(?:这|这儿|这里)?下过单|一单都没(?:有)?(?:下)?(?:过)?|没下(?:过)?单|未下(?:过)?单|未订购(?:过)?|未购买(?:过)?|从未下(?:过)?单|(?:没有|没|未|从未|从来没有|从来没|从没|一次也没|一次都没|一回都没|一单都没|一个都没|没再|再没|不曾|从不)(?:有)?(?:人|客户)?(?:再)?(?:下(?:过)?(?:任何)?(?:订)?单|订(?:购)?(?:过)?|购买(?:过)?|买(?:过)?|采购(?:过)?|卖出(?:去)?(?:过)?|售出(?:去)?(?:过)?|卖掉|被(?:订购|购买|订|买|下单)(?:过)?|成交(?:过)?|交易(?:过)?)", "absent"),
    Term(r"多大(?:的)?(?:比例|比重|份额)|几个点|占比|占(?:了)?(?:全年|全部|总|整体|所有)?(?:的)?(?:销售额|营业额|收入|销量)?(?:的)?(?:百分之多少|比例|比重|份额|多少比例|百分比|几成)?|比重|份额", "share"),
    Term(r"百分之(?:多少|几)?|百分比|%|比例|比率|几成|(?<=[货误期迟晚])率", "pct"),
    Term(r"除以|相除|比上", "ratio"),
    Term(r"增速|增长速度|(?:增长|涨跌|涨|跌)(?:了)?(?=百分之|几个点)|增长率|增幅|降幅|增长百分比|变化率|涨幅|跌幅|同比增长率", "growth", "pct"),
    Term(r"差了|相差|差额|多(?:买|卖|花)了(?:还是|或)?(?:少(?:买|卖|花)了)?|或少(?:买|卖|花)了|增减|增长(?:了)?|增加(?:了)?|减少(?:了)?|下降(?:了)?|下滑(?:了)?|变化|变动|涨(?:了)?|跌(?:了)?|多了|少了|增幅|降幅|增长率|同比|环比", "growth"),
    Term(r"(?:增长|涨跌|涨|跌|差)(?:了)?(?=多少)|(?<![a-z])vs(?![a-z])|(?:跟|和|与|同)[^，。\s]{0,10}?比(?![例率重])|(?<=年)比(?![例率重较])|相比|对比|比较|相对(?:于)?|较|比(?=\d{4}|去年|前年|上)|与.{0,10}相比|和.{0,10}相比", "growth", "compare"),
    Term(r"平均|均值|人均|平均每", "avg"),
    Term(r"有没有|有无|是不是|有史以来|历史最|那几个|这几个|那几款|这几款|那几家|这几家|只看|只算|只统计|只考虑|汇总|历史上|历来|一直以来|至今为止|使用|用的是|用|找出|找一下|找|一共|总共|合计|总计|累计|总体|整体|全部|全年|总|共|加起来|细分|分解|拆分|统计", "total"),
    Term(r"(?:占|以)已发货(?:的)?(?:订单|单)(?:数)?(?:%|为基数|为分母)?|(?:分母|基数)(?:是|为)已发货(?:的)?(?:订单|单)(?:数)?|(?:帮忙)?(?:拉|做|出)(?:个|一个|张|一张)表|按(?:已)?(?:发货|发出|出货)(?:的)?(?:订单|单)(?:数)?(?:算|计|计算)?|(?:已)?下(?:了)?采购单|(?:在)?(?:已确认的)?采购(?:订)?单(?:上|里)", "total"),
    # Units on order, composed: ordered + not yet + arrived ("订货未到的量", "下了单还没到的"),
    # on the way ("订货在途量", "正在途中"), being bought ("采购中的数量"), still owed.
    Term(r"(?:已(?:经)?)?(?:下(?:了)?(?:采购)?单|订(?:购|货)?(?:了)?|采购(?:了)?)[^，。\s]{0,4}?(?:但|可)?(?:还|尚|仍)?(?:没|未)(?:有)?(?:到(?:货|仓|库)?|收(?:到)?(?:货)?|入(?:库|仓)|交(?:货|付)?|送(?:来|到|达)?)(?:的)?(?:采购)?(?:数量|量|件数)?|(?:但|可)?(?:还|尚|仍)?(?:没|未)(?:有)?(?:到(?:货|仓|库)?|收(?:到)?(?:货)?|入(?:库|仓)|交(?:货|付)?|送(?:来|到|达)?)(?:的)?(?:采购)?(?:数量|量|件数)|(?:正在|目前)?(?:采购|订购)中(?:的)?(?:数量|量)?|正在(?:采购|订购)(?:的)?(?:数量|量)|待(?:到货|收货|入库|交货|到)(?:的)?(?:数量|量)?|(?:还|正)?在途中?(?:的)?(?:采购|订货)?(?:数量|量)|(?:订货|进货|采购)在途(?:数量|量)?|在订(?:数量|量)|(?:供应商|供货商)?(?:还)?(?:没|未)(?:有)?送(?:来|到)|还差多少(?:货)?(?:没|未)(?:到|收)(?:货)?|(?:还)?有多少(?:货)?(?:没|未)(?:到|收到|到货|入库)|有多少货在路上", "measure", "on_order"),
    Term(r"(?:老板|领导|经理|主管|财务|会计|客户)(?:问|要|想要|想知道|想看|让我(?:查|问|看|算)(?:一?下)?|需要)(?:报价)?|开会(?:要用|用|前|需要|要)|要报价|(?:已)?停产(?:的)?也(?:算|包括|计入|要)|做\S{0,6}报表(?:需要|要用|用)?|(?:做|为了?)\S{0,6}(?:报表|计划|预测|回顾|会议|分析|汇报|对账|审计|报价|预算|盘点|复盘|报告|检查)(?:需要|要用|之用|用)?|\S{0,4}(?:报表|计划|预测|回顾|会议|分析|汇报|对账|审计|报价|预算|盘点|复盘|报告)(?:需要|要用|之用|用)|安排\S{0,4}(?:需要|要用|用)|确认一下|(?:（)?去重(?:）)?|按(?:订单|单)计(?:算)?|按(?:下单|订单)(?:日期|时间)(?:计|算)?|按(?:产品)?(?:标价|售价|单价|销售价|价格)(?:计算|算|计|汇总)?|烦请提供|请提供|麻烦提供|能否提供|能否告诉我|补货检查|补货会议(?:要用|用)?|(?:做)?品类回顾(?:用)?|(?:仅|只)统计|含(?:已)?停产(?:的|品|产品)?|包括(?:已)?停产(?:的|产品)?|(?:不论|无论)是否停产|排行榜|排行|扣除折扣(?:后)?|折扣后|已(?:经)?确认(?:了)?|确认(?:了|过)?的|已下单|有下单|有过订单|有订单|有销售|下过单|有交易|有购买|至少下过一次单", "total"),
    Term(r"不同(?![^的，。？\s]{1,6}的)|不重复|独立", "distinct"),
    Term(r"哪一单|哪(?:一)?张(?:订单)?|哪(?:一)?笔(?:订单)?|一张|一笔|单笔|单张|单个订单|一单", "single"),
    Term(r"分别|各自|各是|各有|每个的|每种的", "each"),
    Term(r"分组|分布|不同(?=[^的，。？\s]{1,6}的)", "group"),
    Term(r"每一(?:个)?月(?:份)?|按月份|每个月份|各月份|每月|按月|各月|逐月|月度|每个月|分月|各个月", "grain", "month"),
    Term(r"每一(?:个)?季度|每季度|按季度|各季度|分季度|每个季度|逐季", "grain", "quarter"),
    Term(r"每周|按周|各周|逐周|每个星期", "grain", "week"),
    Term(r"每天|每日|按天|按日|逐日|各天", "grain", "day"),
    Term(r"每年|按年|各年|逐年|分年|各年度", "grain", "year"),
    Term(r"负责供(?:应|货)|拿的|拿货|拿|供应|供货|(?<!请)提供|供给|进货(?:渠道)?|进的货|进(?=哪些|什么)|进自|生产|出品|采购自|供", "verb", "supply"),
    Term(r"出售(?:了|过)?|卖(?:出|了|掉|过)?|售出|销售|销(?:出|售出)|带来(?:了)?|贡献(?:了)?|创造(?:了)?|产生(?:了)?|实现(?:了)?|做了|赚", "verb", "sell"),
    Term(r"买(?:了|过)?|购买(?:了|过)?|采购(?:了|过)?|订购(?:了|过)?|订(?:了|过)|下(?:了|过)?(?:的)?(?=订单|单)|下单|下的|订|接(?:了|到)?|收到(?:了)?|花(?:了)?|消费(?:了)?|成交|购入|进了|拿了", "verb", "buy"),
    Term(r"拉(?:了)?(?=多少|几)|发货|发出|运输|承运|配送|送货|出货|寄出|交付|运送|派送|运了|运过|运|走的|走|送达|送|交给|发", "verb", "ship"),
    Term(r"处理(?:了)?|负责(?:了)?|经手(?:了)?|跟进(?:了)?|拿下(?:了)?|签(?:了|下)?|管理", "verb", "handle"),
]
# fmt: on

ZH_NOUNS: dict[str, str] = {
    "客户": "customer", "顾客": "customer", "买家": "customer", "客人": "customer", "公司": "customer",
    "客户公司": "customer", "采购商": "customer", "经销商": "customer", "门店": "customer",
    "产品": "product", "商品": "product", "货品": "product", "品种": "product", "货物": "product",
    "单品": "product", "物品": "product", "品项": "product",
    "品类": "category", "类别": "category", "类目": "category", "分类": "category",
    "产品类别": "category", "种类": "category", "大类": "category", "产品线": "category",
    "供应商": "supplier", "供货商": "supplier",
    "供方": "supplier", "供应商名称": "supplier", "供货商名称": "supplier", "厂商": "supplier", "厂家": "supplier",
    "生产商": "supplier", "货源地": "supplier", "产地": "supplier", "制造商": "supplier", "货源": "supplier",
    "供应方": "supplier", "供货方": "supplier", "采购来源": "supplier",
    "国家": "country", "国家/地区": "country", "国别": "country", "市场": "country", "地区": "country", "国": "country",
    "城市": "city", "城": "city", "市": "city",
    "销售员": "salesperson", "销售人员": "salesperson", "业务员": "salesperson",
    "员工": "salesperson", "销售代表": "salesperson", "雇员": "salesperson",
    "职员": "salesperson", "同事": "salesperson", "业务代表": "salesperson", "人": "salesperson",
    "承运商": "carrier", "物流": "carrier", "货运公司": "carrier", "物流公司": "carrier", "快递公司": "carrier",
    "运输公司": "carrier", "承运公司": "carrier", "快递": "carrier", "物流商": "carrier",
    "承运人": "carrier", "运输商": "carrier",
    "sku": "product", "skus": "product",
    "订单": "order", "单子": "order", "单": "order", "订单号": "order", "单号": "order",
    "销售订单": "order",
    "月": "month", "月份": "month", "个月": "month", "季度": "quarter", "季": "quarter",
    "周": "week", "星期": "week", "年": "year", "年份": "year", "年度": "year",
}  # fmt: skip

ZH_FILLERS = frozenset(
    """
    的 了 是 在 有 和 与 及 以及 跟 同 或 或者 还是 把 被 对 对于 关于 就 都 也 又 还 再 才 而 并 且 我们 我 咱们 我司 本公司 你 你们 他们 它们
    它 其 该 此 这 那 这些 那些 这个 那个 本 贵 请 请问 麻烦 帮 帮忙 帮我 帮我们 我想 想 想知道 知道 想要 要 需要 能 能否 可以 可否 是否 查 查下
    查一下 查询 查查 一下 看 看看 看一下 告诉 告诉我 说 说说 统计 统计一下 计算 算 算一下 列 出 给 给我 让 显示 汇总 整理 提供 了解 问 问一下 呢 吗 啊
    呀 吧 嘛 哦 么 中 里 里面 之中 当中 其中 内 之内 期间 之间 时 时候 的话 以来 为止 截至 截止 目前为止 现在 目前 当前 如今 眼下 仍 仍然 依然 还有
    尚 已 已经 曾 曾经 过 所有 全部 各自 对应 相应 个 家 位 名 种 款 笔 张 条 项 类 些 方面 情况 数据 记录 信息 含 包括 包含 在内 总的来说 大概
    大约 约 左右 一般 为 是多少 多少钱 等于 是几 从 到 自 至 由 向 于 以 按照 全 整 整个 一 这样 怎样 如何 怎么 什么样 所在 位于 来自的 属于 归属 做
    进行 完成 发生 实现 分别 各 货 东西 这边 那边 现有 现存 手上 手头 件 总共 哪儿 哪里 我方 对方 但 但是 可是 不过 而且 来自 源自 归 归在 下 一些
    一直 一起 一样 排 排名 位列 值 所属 隶属 出去 去 一个 一件 一瓶 一箱 一盒 一包 里头 设 设的 设置 设定 渠道 进 每 地址 坐落 所在地 分 所 上 为何
    何 耗时 超出了 来 合作 目下 拆 座 标的 排序 仅 归入 主数据 表现 任何 日期 计 覆盖 烦请 提供 告知 一览 览 迄今为止 迄今 报表 分析 登记 档案 往来 评估 考核 检查 会议 用 做
    下面 底下 顺便 带上 附上 连同 系统 那儿 这儿 定 定的 对外 隔 后 拆开 取 压着 还压着
    拉 拉一下 拉出来 拉下 拉个 具体 数字 多不多 高不高 大不大 居 上游 到底 来着 实际 准时 准时吗
    怎么样 这块 一览表 连 多大 报价
    确认 名称 账面 记在 名下 委托 交由 通过 做成 来源 被划 划在 划 要求 得 完全 处于 旗下 历史 主 登记
    填 注册 叫 报价 啊 哈 喔 嗯 筛选 如果 假如 要是 口径 乘以 乘 透视 欠 冲得 带 压 分配 范围 范围内 估算 间
    """.split()  # noqa: SIM905 -- a word list reads best as text
)

ZH_NOUN_WORDS = tuple(sorted(ZH_NOUNS, key=len, reverse=True))


EN_WHY = (r"why", r"how come", r"what (?:drove|caused|explains)", r"explain", r"reason for")
EN_CHANGE = (
    r"(?:drop|fall|decline|decrease|shrink|dip|slip|plunge|rise|grow|increase|jump|climb|"
    r"change|move|improve|worsen)(?:s|ed|ped|ing)?",
    r"fell|grew|rose|risen|fallen|grown|shrank|shrunk",
    r"go(?:ne|es)? (?:up|down)|went (?:up|down)|(?:is|was|are|were) (?:up|down|lower|higher)",
    r"the (?:drop|fall|decline|rise|increase|change|growth) in",
)
ZH_WHY = (
    r"为什么",
    r"为何",
    r"怎么会",
    r"什么原因",
    r"原因是什么",
    r"是什么导致",
    r"解释一下",
    r"解释",
)
ZH_CHANGE = (
    r"下降了?",
    r"下滑了?",
    r"减少了?",
    r"降低了?",
    r"下跌了?",
    r"上升了?",
    r"增长了?",
    r"增加了?",
    r"提高了?",
    r"上涨了?",
    r"变化了?",
    r"变动",
    r"跌了",
    r"涨了",
    r"降了",
    r"会",
)


@cache
def english() -> English:
    return English(
        "en",
        _with_catalogue(EN_TERMS, "en", EN_NOUNS),
        EN_FILLERS,
        EN_NUMBERS,
        EN_GOODS,
        EN_NOUNS,
        why_words=EN_WHY,
        change_words=EN_CHANGE,
    )


@cache
def chinese() -> Chinese:
    return Chinese(
        "zh",
        _with_catalogue(ZH_TERMS, "zh", ZH_NOUNS),
        ZH_FILLERS,
        ZH_NUMBERS,
        ZH_GOODS,
        ZH_NOUNS,
        why_words=ZH_WHY,
        change_words=ZH_CHANGE,
    )


def for_language(code: str) -> Language:
    return chinese() if code == "zh" else english()


def _with_catalogue(terms: list[Term], lang: str, nouns: dict[str, str]) -> list[Term]:
    """The language's phrases, then the catalogue's own names and synonyms, then nouns."""
    from smarterp.intel.semantic.catalogue import CONDITIONS, MEASURES

    out = list(terms)
    # Bare nouns ("orders", 客户) and verbs ("sold") get their role from the question, not here.
    taken = {p for t in terms for p in (t.pattern,)} | set(nouns) | {"sold", "sales", "销售"}
    for m in MEASURES.values():
        for name in (m.name_zh, *m.synonyms_zh) if lang == "zh" else (m.name_en, *m.synonyms_en):
            if name.lower() not in taken:
                out.append(Term(re.escape(name.lower()), "measure", m.key))
    for c in CONDITIONS.values():
        for name in (c.name_zh, *c.synonyms_zh) if lang == "zh" else (c.name_en, *c.synonyms_en):
            if name.lower() not in taken:
                out.append(Term(re.escape(name.lower()), "cond", c.key))
    for word in sorted(nouns, key=len, reverse=True):
        out.append(Term(re.escape(word), "noun", nouns[word]))
    return out
