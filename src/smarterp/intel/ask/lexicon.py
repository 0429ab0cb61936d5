"""Words and phrases of questions in English and Chinese, mapped to the catalogue's terms."""
# ruff: noqa: E501 -- regular expressions of phrases read best unwrapped

from __future__ import annotations

import re
from functools import cache

from smarterp.intel.semantic.catalogue import DIMENSIONS, MEASURES

# Measures found by phrase, most specific first; the first match of a span wins.
MEASURE_PATTERNS_EN: tuple[tuple[str, str], ...] = (
    (
        r"average order (?:value|size|amount)|avg order value|\baov\b|average (?:value|size) of (?:an |our |the )?orders?|average (?:revenue|sales) per order",
        "avg_order_value",
    ),
    (
        r"(?:average|avg|mean) (?:shipping|delivery|transit|lead) (?:time|days)|(?:shipping|delivery) (?:time|days)|days to (?:ship|deliver)|how (?:long|many days) (?:\w+ ){0,4}(?:to )?(?:ship|deliver)",
        "avg_shipping_days",
    ),
    (
        r"(?:inventory|stock) (?:value|worth)|value of (?:the |our )?(?:inventory|stock)|(?:inventory|stock) (?:is )?worth|worth of (?:inventory|stock)",
        "stock_value",
    ),
    (r"(?:inventory|stock) (?:at )?cost", "stock_cost"),
    (r"overdue (?:receivables|invoices|amounts?)|past due", "overdue_receivables"),
    (
        r"(?:accounts )?receivables?|owed to us|owe us|outstanding (?:customer )?invoices",
        "receivables",
    ),
    (r"(?:accounts )?payables?|we owe|owed to suppliers", "payables"),
    (
        r"purchase spend|spend(?:ing)? (?:with|on) suppliers|purchas(?:es|ing) (?:amount|spend|value)|spent (?:on|with)|how much (?:did )?we (?:buy|bought|spend|spent)",
        "purchase_spend",
    ),
    (r"gross (?:margin|profit)|\bmargins?\b|\bprofit\b", "gross_margin"),
    (r"\bfreight\b|shipping (?:costs?|charges?|fees?)", "freight"),
    (r"reorder (?:level|point)s?", "reorder_level"),
    (
        r"(?:list |unit |sale |selling |retail )?price|how much (?:does|do|is) (?:\w+ ){1,4}cost",
        "list_price",
    ),
    (
        r"units? sold|quantity sold|(?:number|count) of units|units (?:\w+ ){0,5}(?:sold|sell|ordered)|how many (?:units|pieces|items|cases|boxes|bottles)(?: \w+){0,6} (?:sell|sold|ordered)|(?:sell|sold|ordered) the most units|units|quantity|volume",
        "units_sold",
    ),
    (r"in stock|on hand|stock level|stock|inventory", "stock_on_hand"),
    (
        r"revenue|\bsales\b|turnover|income|takings|brought in|bring in|generated|earn(?:ed)?|how much (?:\w+ ){0,4}(?:buy|bought|spend|spent|purchase|purchased|sell|sold|pay|paid|make|made)|(?:buy|bought|spen[dt]|purchased?|ordered|sold) (?:the )?(?:most|least)|(?:biggest|largest|best|top) (?:buyers?|spenders?)|\bvalue\b",
        "revenue",
    ),
)
MEASURE_PATTERNS_ZH: tuple[tuple[str, str], ...] = (
    (
        r"平均(?:每单|订单|单笔订单|每笔订单)(?:金额|价值|额)|客单价|平均订单(?:金额|价值|额)",
        "avg_order_value",
    ),
    (r"(?:平均)?(?:发货|配送|运输|送货)(?:天数|时间|时长|周期)", "avg_shipping_days"),
    (r"库存(?:总)?(?:价值|金额|总值|货值)|存货(?:价值|金额)", "stock_value"),
    (r"库存成本", "stock_cost"),
    (r"逾期(?:应收)?(?:账款|款项|金额)?|过期未付", "overdue_receivables"),
    (r"应收(?:账款|款)?", "receivables"),
    (r"应付(?:账款|款)?", "payables"),
    (r"采购(?:额|金额|支出|总额)", "purchase_spend"),
    (r"毛利(?:润|率)?|利润", "gross_margin"),
    (r"运费|运输费用?|货运费", "freight"),
    (r"再订货(?:水平|点)|补货点", "reorder_level"),
    (r"(?:单价|价格|售价|标价|价钱|多少钱)", "list_price"),
    (
        r"销量|销售数量|销售量|件数|卖出(?:了)?多少|售出(?:了)?多少|卖了多少|多少件|多少个单位|数量",
        "units_sold",
    ),
    (r"库存|存货|现货", "stock_on_hand"),
    (
        r"销售额|营业额|销售收入|营收|收入|销售金额|销售总额|业绩|销售|卖得最好|卖得最差|金额",
        "revenue",
    ),
)
# "how many X" counts X.
COUNTABLE_EN = {
    "orders": "orders", "order": "orders", "customers": "customers", "customer": "customers",
    "clients": "customers", "products": "products", "product": "products", "items": "products",
}  # fmt: skip
COUNTABLE_ZH = {
    "订单": "orders", "单": "orders", "客户": "customers", "顾客": "customers",
    "产品": "products", "商品": "products",
}  # fmt: skip

CONDITION_PATTERNS_EN: tuple[tuple[str, str], ...] = (
    (
        r"(?:not|non|excluding|except|without) ?-?discontinued|active products|still (?:sold|sell|selling|available)",
        "active_product",
    ),
    (r"discontinued", "discontinued"),
    (
        r"below (?:their |the |its |our )?(?:re-?order) (?:level|point)s?|under (?:their |the |its )?re-?order|(?:need|needs|needing) (?:to be )?re-?order(?:ed|ing)?|below minimum",
        "below_reorder",
    ),
    (r"out of stock|no stock|zero stock|none in stock|sold out", "out_of_stock"),
    (
        r"(?:\bnot|n t|nt\b|never|yet to be) (?:been |yet )?(?:shipped|delivered|sent)|unshipped|undelivered|awaiting (?:shipment|delivery)|pending (?:shipment|delivery)",
        "unshipped",
    ),
    (
        r"(?:shipped|delivered|sent) (?:\w+ )?late|late (?:shipments?|deliveries|orders)|(?:shipped|delivered) after (?:the |their )?(?:required|requested|due)|\blate\b|overdue shipments?|delayed",
        "late",
    ),
)
CONDITION_PATTERNS_ZH: tuple[tuple[str, str], ...] = (
    (r"(?:未|没有|不包括|不含|除去|排除)(?:已)?停产|在售", "active_product"),
    (r"停产|停售|已下架", "discontinued"),
    (
        r"低于(?:其|它们的|各自的)?(?:再订货|补货|订货|再订购)(?:水平|点|线)|需要补货|需补货",
        "below_reorder",
    ),
    (r"缺货|没有库存|零库存|库存为(?:零|0)|无库存", "out_of_stock"),
    (r"未发货|没发货|还没(?:有)?发货|尚未发货|没有发货|待发货|未出货", "unshipped"),
    (r"延迟|迟发|晚发|延误|逾期发货|发货晚了|迟到", "late"),
    (r"已发货|已经发货|已出货", "shipped"),
)

ABSENT_EN = re.compile(
    r"(?:\b\w+ ?n t|\b\w+nt|\bnot|\bnever|\bno|\bwithout)"
    r" (?:\w+ ){0,2}(?:place[sd]?|order(?:ed|s)?|buy|bought|purchas(?:e|ed)|sold|sell|any orders?)"
)
ABSENT_ZH = re.compile(
    r"没(?:有)?(?:下(?:过)?(?:任何)?(?:订)?单|订购|购买|买过|卖出|售出|被(?:订购|购买|订))|一单都没|"
    r"从(?:未|没|来没有)(?:下(?:过)?单|订购|购买|卖出|售出|被)|未(?:曾)?下(?:过)?单|无(?:任何)?订单|零订单|没有(?:任何)?订单"
)
GROWTH_EN = re.compile(
    r"\b(?:grow|grew|grown|growth|increase[sd]?|decrease[sd]?|decline[sd]?|drop(?:ped)?|"
    r"change[sd]?|compared?|comparison|versus|vs|year over year|yoy|more than|less than|"
    r"difference|up from|down from|against)\b"
)
GROWTH_ZH = re.compile(
    r"增长|增加|减少|下降|下滑|变化|同比|环比|相比|对比|比较|较|比.{0,12}(?:多|少|增|减|高|低)"
)
PERCENT_EN = re.compile(r"\bpercent(?:age)?\b|%|\brate\b|\bpct\b")
PERCENT_ZH = re.compile(r"百分之|百分比|%|％|增长率|增幅|降幅|比率|比例|比重|占比")
SHARE_EN = re.compile(
    r"\b(?:percent(?:age)? of|share of|what share|proportion of|fraction of|part of|% of|"
    r"came from|come from|comes from|accounted for|account for|contribut)"
)
SHARE_ZH = re.compile(r"占|比重|份额|贡献|来自")
YOY_EN = re.compile(r"\b(?:year over year|yoy|same period last year|a year earlier|year on year)\b")
YOY_ZH = re.compile(r"同比|去年同期")
POP_EN = re.compile(r"\b(?:previous|prior|preceding) (?:period|month|quarter)\b|period over period")
POP_ZH = re.compile(r"环比|上一期")

ASC_EN = re.compile(
    r"\b(?:least|lowest|fewest|smallest|worst|bottom|minimum|min|shortest|fastest|quickest|slowest selling|weakest|poorest|cheapest)\b"
)
DESC_EN = re.compile(
    r"\b(?:most|highest|largest|biggest|best|top|maximum|max|longest|slowest|greatest|strongest|priciest|most expensive|leading)\b"
)
ASC_ZH = re.compile(r"最(?:少|低|小|差|短|快|便宜)|后\s*[0-9一二三四五六七八九十两]+|倒数")
DESC_ZH = re.compile(r"最(?:多|高|大|好|长|慢|贵)|前\s*[0-9一二三四五六七八九十两]+|排名|第一|冠军")

EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifteen": 15, "twelve": 12,
}  # fmt: skip


@cache
def dimension_words(lang: str) -> dict[str, str]:
    """Each dimension's words (plural forms too) -> its key; longest words first."""
    words: dict[str, str] = {}
    for dim in DIMENSIONS.values():
        if dim.is_time:
            continue
        names = dim.synonyms_zh if lang == "zh" else dim.synonyms_en
        for w in (*names, dim.name_zh if lang == "zh" else dim.name_en):
            words.setdefault(w, dim.key)
    extra_en = {
        "employees": "salesperson", "staff": "salesperson", "sales reps": "salesperson",
        "reps": "salesperson", "shipping companies": "carrier", "companies": "customer",
        "company": "customer", "accounts": "customer", "regions": "country",
        "nations": "country", "towns": "city", "goods": "product", "lines": "category",
        "orders": "order", "couriers": "carrier",
    }  # fmt: skip
    extra_zh = {"家公司": "customer", "人": "salesperson", "单": "order", "类": "category"}
    if lang == "zh":
        extra_zh.pop("人")
        extra_zh.pop("单")
        extra_zh.pop("类")
        words.update({k: v for k, v in extra_zh.items() if k not in words})
    else:
        words.update({k: v for k, v in extra_en.items() if k not in words})
    return dict(sorted(words.items(), key=lambda kv: -len(kv[0])))


TIME_GRAINS_EN: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:monthly|month by month|by month|per month|each month|every month|month over month|for each month|broken down by month)\b",
        "month",
    ),
    (
        r"\b(?:quarterly|by quarter|per quarter|each quarter|every quarter|quarter by quarter)\b",
        "quarter",
    ),
    (r"\b(?:weekly|by week|per week|each week|every week|week by week)\b", "week"),
    (r"\b(?:daily|by day|per day|each day|every day|day by day)\b", "day"),
    (r"\b(?:yearly|annually|by year|per year|each year|every year|year by year)\b", "year"),
)
TIME_GRAINS_ZH: tuple[tuple[str, str], ...] = (
    (r"每月|按月|各月|逐月|月度|每个月|分月", "month"),
    (r"每季度|按季度|各季度|分季度|每个季度|季度(?:分别|各)", "quarter"),
    (r"每周|按周|各周|逐周|每个星期", "week"),
    (r"每天|每日|按天|按日|逐日|各天", "day"),
    (r"每年|按年|各年|逐年|年度分别|分年", "year"),
)


def all_measure_names() -> dict[str, str]:
    """Every name of a measure in both languages -> key (for the model's prompt)."""
    names: dict[str, str] = {}
    for m in MEASURES.values():
        for n in (m.name_en, m.name_zh, *m.synonyms_en, *m.synonyms_zh):
            names.setdefault(n, m.key)
    return names
