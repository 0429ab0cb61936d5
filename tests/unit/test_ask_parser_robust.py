"""The offline parser never fails on odd input: any mix of words gets a query or a question back."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from smarterp.intel.ask.entities import EntityIndex
from smarterp.intel.ask.parser import OfflineParser
from smarterp.intel.semantic.compiler import compile_query

EN_TEXT = (
    "which how many much top 3 bottom least most revenue units orders customers products "
    "supplier category country by each per in 1997 Q2 last month never not no late shipped "
    "stock reorder level below more than 500 at least average share % growth from to vs "
    "Tofu Chai Germany French Exotic Liquids Beverages who supplies sold bought the of and $ "
    "what is did was list show give me per unit price on order days ship carrier rep"
)
ZH_TEXT = (
    "哪些 哪个 多少 几 前三 最高 最少 销售额 销量 订单 客户 产品 供应商 品类 国家 各 按 每 1997年 "
    "上个月 第二季度 没有 没 从未 延迟 发货 库存 低于再订货点 超过 500 不少于 平均 占比 增长 比 "
    "Tofu 德国 饮料 供应 卖了 买过 是谁 的 了 吗 单价 在途 天 承运商 销售员"
)

EN_WORDS = EN_TEXT.split()
ZH_WORDS = ZH_TEXT.split()

INDEX = EntityIndex()
for kind, name, *extra in (
    ("product", "Tofu"),
    ("product", "Chai"),
    ("supplier", "Exotic Liquids"),
    ("customer", "Ernst Handel"),
    ("category", "Beverages", "饮料"),
    ("country", "Germany", "german", "德国"),
    ("country", "France", "french"),
):
    INDEX.add(kind, name, *extra)
PARSER = OfflineParser(INDEX, date(1998, 5, 6))


def _check(question: str) -> None:
    parsed = PARSER.parse(question)
    if parsed.query is not None:
        assert parsed.understood
        compile_query(parsed.query, "sqlite", date(1998, 5, 6))  # what runs always compiles
    else:
        assert parsed.clarification
        for _, query in parsed.readings:
            compile_query(query, "sqlite", date(1998, 5, 6))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=12))
def test_english_word_salad_never_fails(words: list[str]) -> None:
    _check(" ".join(words))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(ZH_WORDS), min_size=1, max_size=10))
def test_chinese_word_salad_never_fails(words: list[str]) -> None:
    _check("".join(words))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=80))
def test_any_text_never_fails(text: str) -> None:
    parsed = PARSER.parse(text)
    assert parsed.query is not None or parsed.clarification
