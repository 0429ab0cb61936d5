"""One object per language: the words that say which change is wanted and mark its arguments.

Each entry names a kind of word (a verb of an operation, a unit, a price or date marker),
never a command: which operation a command asks for is decided by the parser from the kinds
found and the records they name.
"""
# ruff: noqa: E501 -- word lists read best unwrapped

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from smarterp.intel.ask.language import for_language
from smarterp.intel.ask.timeparse import ZH_DIGITS, zh_number

# Kinds of cue (what a phrase says is wanted):
# quote      a sales quotation / order for a customer      rfq       buying from a supplier
# order      "order" as a verb: to a customer or from a supplier, the partner decides
# confirm, cancel, deliver, receive, invoice, bill           pay, pay_in, pay_out  money moving
# set_price, set_reorder       a product's field          count     a stock count
# new_customer, new_supplier, new_product                  reorder_all, reminders  multi-step
# destroy    deleting or wiping records: never proposed
# line_add, line_change, line_remove   a draft's lines (only next to an order named)


# A percentage: "5%", "5 percent", "5 pct" (find_numbers reads the same marks).
_PERCENT = r"\s*(?:%|percent\b|per cent\b|pct\b)"
_EN_PACKS = r"(?:unit|piece|pc|case|box|bottle|item|pack|carton|dozen|each)"


@dataclass(frozen=True)
class ActWords:
    code: str
    cues: dict[str, tuple[str, ...]]
    # A quantity's unit after a number ("10 cases of", "30件").
    units: str
    # Marks a unit price before a number ("at", "@", 单价) or after it ("each", 元/件).
    price_before: str
    price_after: str
    # A discount: returns the fraction, or None.
    discount: tuple[str, ...]
    # Marks the date goods are wanted ("delivery by", 交货).
    due: str
    # "the one I just made": the newest matching document.
    latest: str
    # Separators between the lines of an order.
    separators: str
    # Number words in this language -> value.
    number_words: dict[str, int] = field(default_factory=dict)

    @cached_property
    def compiled(self) -> dict[str, list[re.Pattern[str]]]:
        return {kind: [re.compile(p) for p in pats] for kind, pats in self.cues.items()}


EN_CUES: dict[str, tuple[str, ...]] = {
    "quote": (
        r"\b(?:quote|quotes|quoting|quotation|quotations|estimate|sales order|offer)\b",
        r"\b(?:create|make|draft|prepare|raise|write|open|set up|start|new)\b[^;]{0,20}\border for\b",
        r"\bsell\b",
    ),
    "rfq": (
        r"\b(?:rfq|request for (?:a )?quot\w*|purchase order|buy|purchase|procure|restock|reorder)\b(?! (?:point|level|threshold))",
    ),
    "order": (
        r"^(?:please )?(?:place an )?order\b",
        r"\b(?:place|put in) an order\b",
        r"\border (?=\d)",
    ),
    "confirm": (r"\b(?:confirm|approve|accept|validate|finali[sz]e)\b",),
    "cancel": (r"\b(?:cancel|void|withdraw|scrap|call off|abort)\b",),
    "deliver": (
        r"\b(?:ship|dispatch|send out|fulfil|fulfill)\b",
        r"\bdeliver\b(?! (?:by|on|before|date))",
        r"\b(?:mark|set|flag|record)\b[^;]{0,30}\b(?:as )?(?:delivered|shipped)\b",
        r"\b(?:we|i)\s+(?:have\s+|just\s+|already\s+)*(?:shipped|delivered|dispatched|sent out)\b",
    ),
    "receive": (
        r"\breceive\b(?=[^;]*(?:\b(?:goods|items|everything|all|order|shipment|delivery)\b|#))",
        r"\b(?:we|i)\s+(?:have\s+|just\s+|already\s+)*(?:received|got)\b(?=[^;]*(?:\b(?:goods|items|everything|order|shipment|delivery)\b|#))(?![^;]*\b(?:payment|money|cash|transfer)\b)",
        r"\b(?:goods|shipment|delivery|items|order)\b[^;]{0,30}\b(?:arrived|came in|got here|is in|are in)\b",
        r"#[^;]{0,20}\b(?:arrived|came in|is in)\b",
        r"\bbook in\b",
        r"\b(?:mark|set|flag|record)\b[^;]{0,30}\b(?:as )?received\b",
    ),
    "invoice": (r"\binvoice\b(?! (?:for (?:a|the) )?payment)", r"\binvoicing\b"),
    "bill": (r"\b(?:supplier|vendor)s? (?:bill|invoice)\b", r"\bbill\b"),
    "pay": (
        r"\b(?:payment|pay|paid|remit|remittance|settle|refund)\b",
        r"§\s*(?:has |have |just )*(?:sent|wired|transferred) us\b",
        r"\b(?:send|transfer|wire)\b (?:\$\s*)?[\d.]+",
    ),
    "pay_in": (
        r"\b(?:received|receive|got|collected|collect)\b[^;]{0,30}\b(?:payment|money|cash|transfer)\b",
        r"\b(?:payment|money|transfer|cash) (?:of [\d.]+ )?(?:\w+ )?from\b",
        r"\bpaid (?:us|in)\b",
        r"§\s*(?:has |have |just |already )*(?:paid|settled|transferred|wired)\b",
        r"§\s*(?:has |have |just )*(?:sent|wired|transferred) us\b",
    ),
    "pay_out": (
        r"^(?:please )?pay\b",
        r"\b(?:we|i|please|to) pay\b",
        r"\b(?:we|i) (?:have |just |already )*(?:paid|settled|transferred|wired)\b",
        r"\bpayment (?:of [\d.]+ )?(?:\w+ )?to\b",
        r"\bpaid to\b",
        r"\brefund\b(?! from)",
        r"\b(?:send|transfer|wire)\b (?:\$\s*)?[\d.]+[^;]{0,12}\bto\b",
    ),
    "set_price": (
        r"\b(?:sale |selling |list |unit )?price\b[^;]{0,40}(?:\b(?:to|should be|is now|will be|becomes|goes to)\b|=)",
        r"\b(?:change|set|update|raise|lower|increase|reduce|make|cut|drop|bump)\b[^;]{0,40}\bprice\b",
        r"\breprice\b",
        r"\b(?:bump|mark up|mark down)\b[^;]{0,30}\bto\b",
        r"§\s*(?:now |will )?(?:sells?|retails?|goes|costs?) (?:for|at)\b",
    ),
    "set_reorder": (
        r"\breorder (?:point|level|threshold|quantity point)\b",
        r"\b(?:min(?:imum)?|safety) (?:stock|level)\b",
    ),
    "count": (
        r"\bcounted\b",
        r"^(?:stock |inventory )?count\s*:",
        r"\b(?:stock ?take|stock count|physical (?:count|inventory)|cycle count|inventory count)\b",
        r"\badjust (?:the )?(?:stock|inventory)\b",
        r"\b(?:actual|real) (?:stock|quantity|count)\b",
        r"\b(?:stock|inventory|on hand)\b[^;]{0,20}\b(?:is|are) (?:actually|really|only)\b",
        r"\b(?:we|i) (?:only |actually |really )+have\b",
        r"\bthere (?:are|is) (?:only |actually |really )+\d",
    ),
    "new_customer": (
        r"\b(?:new|add|create|register|set up|onboard|open)\b[^;]{0,15}\b(?:customer|client)\b",
    ),
    "new_supplier": (
        r"\b(?:new|add|create|register|set up|onboard)\b[^;]{0,15}\b(?:supplier|vendor)\b",
    ),
    "new_product": (
        r"\b(?:new|add|create|register|set up)\b[^;]{0,15}\b(?:product|item|sku|article)\b(?! (?:line|to))",
    ),
    "reorder_all": (
        r"\b(?:everything|all|each|every)\b[^;]{0,40}\b(?:below|under)\b[^;]{0,20}\b(?:reorder|safety|minimum|min)\b",
        r"\breorder (?:everything|all)\b",
    ),
    "invoice_all": (
        r"\binvoice\b[^;]{0,30}\b(?:all|every|each|everything)\b[^;]{0,40}\b(?:delivered|shipped|sent)\b",
        r"\b(?:all|every|each)\b[^;]{0,30}\b(?:delivered|shipped)\b[^;]{0,40}\binvoice",
    ),
    # "remind me who supplies Chai" asks the system something; it reminds nobody.
    "reminders": (r"\b(?:reminders?|dunning|chase)\b", r"\bremind\b(?! (?:me|us|myself)\b)"),
    "line_add": (r"\badd(?:ing)?\b", r"\binclude\b", r"\bput\b[^;]{0,30}\b(?:on|onto|in)\b"),
    "line_change": (
        r"\b(?:change|update|set|make|increase|reduce|lower|raise|bump|cut|correct)\b[^;]{0,40}(?:\bto\b|=)\s*(?=\d)",
        r"\bshould (?:be|read)\s*(?=\d)",
    ),
    "line_remove": (r"\b(?:remove|take off|take out|leave out|strike)\b",),
    "destroy": (
        r"\b(?:delete|remove all|drop|erase|wipe|truncate|purge|destroy)\b",
        r"\bignore (?:all |your |the )?(?:previous |prior )?(?:instructions|rules)\b",
    ),
}

ZH_CUES: dict[str, tuple[str, ...]] = {
    "quote": (
        r"报(?:个|一下|一个|张|份)?价",
        r"销售(?:订)?单",
        r"(?:开|下)(?:一|1)?(?:张|个|份)?(?:销售)?(?:订)?单给",
        r"卖给",
    ),
    "order": (r"(?<![预])订(?:购|货)?(?=\s*[\d一二三四五六七八九十两])", r"下(?:个|一个|了)?单"),
    "rfq": (r"采购(?!价)", r"进货", r"订购", r"询价", r"(?:向|从|跟)[^;]{1,30}?(?:订|买|进|采)"),
    "confirm": (r"确认", r"审核", r"批准", r"核准"),
    "cancel": (r"取消", r"作废", r"撤销", r"撤回"),
    "deliver": (
        r"(?<!已)(?<!已经)(?<!已)发货(?!的)",
        r"(?<!已)出货(?!的)",
        r"(?<!已)出库(?!的)",
        r"发出",
        r"发运",
        r"送货(?!日期)",
        r"(?:先|再|马上|立即|今天|先给|给)发(?=\s*(?:[\d一二三四五六七八九十两]|§))",
    ),
    "receive": (r"收货", r"入库", r"验收", r"货(?:已经|已)?到了?", r"#[^;]{0,6}(?:已经|已)?到货"),
    "invoice": (r"开(?:具|一张|张)?发票", r"开票", r"出发票"),
    "bill": (r"账单", r"供应商发票", r"进项发票"),
    "pay": (
        r"(?:打来|转来|汇来|付来)",
        r"付款",
        r"收款",
        r"支付",
        r"打款",
        r"回款",
        r"到账",
        r"货款",
    ),
    "pay_in": (
        r"收款",
        r"收到[^;]{0,20}(?:款|钱|付款|转账)",
        r"回款",
        r"到账",
        r"§\s*(?:已经|已|刚|今天)?(?:付了|付来|付款|打款|支付|转账|汇款|结清)",
        r"§\s*(?:已经|已|刚|今天)?(?:打来|转来|汇来|付来)",
    ),
    "pay_out": (
        r"(?:付|支付|打款|转账|汇款)给",
        r"(?:给|向)\s*§+\s*(?:付款|支付|打款|付|转账|汇款|结账)",
        r"我们?(?:已经|已)?(?:付|支付|打款|转账|汇款)",
    ),
    "set_price": (
        r"(?:售价|价格|定价|零售价|标价)[^;]{0,10}(?:调|改|设|定|涨|降|为|变)",
        r"(?:调|改|设|涨|降)[^;]{0,10}(?:售价|价格|定价)",
        r"(?:售价|定价|零售价)\s*(?=\d)",
        r"§\s*(?:现在|以后|今后|从今天起)?(?:卖|售)\s*(?=\d)",
        r"调价",
        r"改价",
        r"(?:涨|降|提)价",
    ),
    "set_reorder": (
        r"再订货点",
        r"再订购点",
        r"补货点",
        r"订货点",
        r"安全库存",
        r"最低库存",
        r"补货线",
    ),
    "count": (
        r"盘点",
        r"实际库存",
        r"库存(?:实际|其实|只有|还剩|只剩)",
        r"(?:实际|其实)(?:只有|还有|是)",
        r"实盘",
        r"盘亏",
        r"盘盈",
        r"库存调整",
        r"调整库存",
        r"实存",
        r"清点",
    ),
    "new_customer": (
        r"(?:新建|新增|添加|增加|创建|录入|建立|登记|建|开)(?:一个|个)?(?:新的?)?客户",
        r"新客户",
    ),
    "new_supplier": (
        r"(?:新建|新增|添加|增加|创建|录入|建立|登记|建|开)(?:一个|个)?(?:新的?)?供应商",
        r"新供应商",
    ),
    "new_product": (
        r"(?:新建|新增|添加|增加|创建|录入|建立|建)(?:一个|个)?(?:新的?)?(?:产品|商品|物料)",
        r"新产品",
        r"新品",
    ),
    "reorder_all": (
        r"(?:低于|不足|少于|跌破)[^;]{0,10}(?:再订货点|补货点|订货点|安全库存|最低库存)[^;]{0,20}(?:补货|采购|订货|下单)",
    ),
    "invoice_all": (
        r"(?:所有|全部|把|将)[^;]{0,20}(?:已发货|发了货|已出库|已经发货)[^;]{0,20}(?:开票|开发票|开具发票)",
        r"(?:已发货|发了货|已出库|已经发货)的(?:订单|单子|单)[^;]{0,8}(?:全部|都|一起)(?:开票|开发票|开具发票)",
    ),
    "reminders": (r"催款", r"催收", r"提醒(?!我)", r"催账"),
    "line_add": (r"(?:加上|再加|追加|添加|增加|加)(?=\s*(?:[\d一二三四五六七八九十两]|§))",),
    "line_change": (
        r"(?:改成|改为|改到|调成|调为|调到|变成|换成)(?=\s*[\d一二三四五六七八九十两])",
    ),
    "line_remove": (r"去掉", r"去除", r"移除", r"拿掉", r"删去", r"不要了?"),
    "destroy": (
        r"删除",
        r"删掉",
        r"清空",
        r"清除",
        r"销毁",
        r"忽略[^;]{0,6}(?:指令|指示|规则|说明)",
    ),
}


def _en_number_words() -> dict[str, int]:
    words = dict(for_language("en").number_words)
    words.pop("a", None)  # "a quotation" is not one of anything
    words.pop("a dozen", None)
    words |= {"dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100}
    return words


@cache
def english() -> ActWords:
    return ActWords(
        code="en",
        cues=EN_CUES,
        units=r"(?:x|units?|pcs|pieces?|cases?|boxes|box|bottles?|packs?|packets?|cartons?|bags?|jars?|cans?|tins?|kg|kilos?|lbs?|dozen|crates?|pallets?|sets?|each)",
        price_before=r"(?:at|@|price|priced at|unit price|costing|each at|\$)",
        price_after=rf"(?:each|apiece|a piece|per {_EN_PACKS}|/\s*{_EN_PACKS}|/pc|/each|dollars? each|usd each)",
        # A figure with "%" or "percent" next to a word of lowering is a discount, never a
        # price, even after "at" ("at 5% off").
        discount=(
            rf"(\d+(?:\.\d+)?){_PERCENT}\s*(?:off|discount|rebate|lower|reduction|markdown|cheaper)",
            rf"(?:discount|rebate|off|reduction|markdown)\s*(?:of\s*)?(\d+(?:\.\d+)?){_PERCENT}",
            rf"less\s*(\d+(?:\.\d+)?){_PERCENT}",
        ),
        due=r"(?:deliver(?:y|ed)?|due|needed|required|ship(?:ping)?|wanted|expected|arrive|arrival|by)\b",
        latest=r"\b(?:just (?:made|created|did|entered|raised)|latest|last|newest|most recent|new one)\b",
        separators=r"(?:;|,|\band\b|\bplus\b|\balso\b|\n)",
        number_words=_en_number_words(),
    )


@cache
def chinese() -> ActWords:
    return ActWords(
        code="zh",
        cues=ZH_CUES,
        units=r"(?:件|箱|个|瓶|包|盒|袋|台|份|打|桶|罐|套|支|条|斤|公斤|千克|kg|听|板|提|盒装|单位|pcs)",
        # 价 alone marks a price, but not inside the verbs 报价 (quote), 询价, 调价, 改价.
        price_before=r"(?:单价|价格|售价|每件|每箱|每个|每瓶|每台|每包|每盒|一件|(?<![报询调改涨降比])价|@|按)",
        price_after=r"(?:元(?:/|每|一)?(?:件|箱|个|瓶|包|盒|台)|块(?:钱)?(?:一|每)(?:件|箱|个|瓶|台)|/\s*(?:件|箱|个|瓶|包|盒|台))",
        discount=(
            rf"(?:折扣|优惠|让利|打折|减|降|便宜|少)\s*(\d+(?:\.\d+)?){_PERCENT}",
            rf"(\d+(?:\.\d+)?){_PERCENT}\s*(?:的)?(?:折扣|优惠|让利)",
        ),
        due=r"(?:交货|送达|到货|交期|送货日期|发货日期|之前|以前|前送到|前交)",
        latest=r"(?:刚(?:才|刚)?(?:做|开|建|创建|录)|最新|最近|上一张|刚下)",
        separators=r"(?:;|,|、|和|及|以及|还有|另外|外加|\n)",
    )


@cache
def both() -> ActWords:
    """Commands mix the languages ("pay 深圳永盛 2,000", "给 Ernst Handel 报价 10 cases"): a
    command is read with the words of both, which never overlap (Latin words, Chinese
    characters); the answer is said in the command's language."""
    en, zh = english(), chinese()

    def either(a: str, b: str) -> str:
        return f"(?:{a}|{b})"

    cues = {k: en.cues.get(k, ()) + zh.cues.get(k, ()) for k in en.cues.keys() | zh.cues.keys()}
    return ActWords(
        code="both",
        cues=cues,
        units=either(en.units, zh.units),
        price_before=either(en.price_before, zh.price_before),
        price_after=either(en.price_after, zh.price_after),
        discount=en.discount + zh.discount,
        due=either(en.due, zh.due),
        latest=either(en.latest, zh.latest),
        separators=either(en.separators, zh.separators),
        number_words=en.number_words,
    )


ZH_DISCOUNT = re.compile(
    r"(?:打\s*(?:个|了)?\s*)?(?<![\d.])([1-9](?:\.[1-9])?|[1-9][1-9]|[一二三四五六七八九][一二三四五六七八九]?)\s*折"
)


def zh_discount(text: str) -> list[tuple[int, int, float]]:
    """Chinese discounts said as what is paid: 九折 (10% off), 九五折 and 95折 and 9.5折 (5% off),
    打个八折 (20% off)."""
    found = []
    for m in ZH_DISCOUNT.finditer(text):
        said = m.group(1)
        digits = [int(c) if c.isdigit() else ZH_DIGITS.get(c) for c in said.replace(".", "")]
        if None in digits:
            continue
        paid = sum(d * 10 ** (1 - k) for k, d in enumerate(digits) if d is not None) / 100
        found.append((m.start(), m.end(), round(1 - paid, 4)))
    return found


ZH_NUMERAL = r"[零〇一二两三四五六七八九十百千万]+"


def zh_numeral_value(text: str) -> int | None:
    """Chinese numerals up to the ten thousands: 三十, 一百二十, 两千五百."""
    small = zh_number(text)
    if small is not None:
        return small
    total, current = 0, 0
    units = {"十": 10, "百": 100, "千": 1000, "万": 10000}
    for ch in text:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current
