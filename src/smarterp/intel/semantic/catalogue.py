"""The catalogue: measures, dimensions and conditions with their names, synonyms and meaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# What a value is, so answers round and word it right.
Kind = Literal["money", "count", "quantity", "days", "percent", "text", "date"]


@dataclass(frozen=True)
class Measure:
    key: str
    name_en: str
    name_zh: str
    definition: str
    # The table of facts it is computed over; measures of one query share it.
    fact: str
    kind: Kind
    # Any one of these read rights shows the measure.
    permissions: tuple[str, ...]
    synonyms_en: tuple[str, ...] = ()
    synonyms_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dimension:
    key: str
    name_en: str
    name_zh: str
    definition: str
    # Facts this dimension can group or filter.
    facts: tuple[str, ...]
    kind: Kind = "text"
    synonyms_en: tuple[str, ...] = ()
    synonyms_zh: tuple[str, ...] = ()
    # Time grains group by the fact's date.
    is_time: bool = False
    # The entity whose members can be listed as "had no activity" (absent queries).
    entity: str | None = None


@dataclass(frozen=True)
class Condition:
    key: str
    name_en: str
    name_zh: str
    definition: str
    facts: tuple[str, ...]
    synonyms_en: tuple[str, ...] = ()
    synonyms_zh: tuple[str, ...] = ()


SALES = ("sales.read",)
STOCK = ("stock.read",)

MEASURES: dict[str, Measure] = {
    m.key: m
    for m in (
        Measure(
            "revenue",
            "revenue",
            "销售额",
            "Sum of unit price x quantity x (1 - discount) over the lines of sales orders, by "
            "order date; every confirmed order counts, shipped or not; quotations and "
            "cancelled orders do not. Freight and taxes are not included.",
            "sales",
            "money",
            SALES,
            ("revenue", "sales", "turnover", "sales amount", "income", "brought in", "generated"),
            ("销售额", "营业额", "销售收入", "收入", "营收", "销售金额", "销售总额", "业绩"),
        ),
        Measure(
            "units_sold",
            "units sold",
            "销量",
            "Sum of the quantities on sales order lines (in each product's selling unit), "
            "by order date.",
            "sales",
            "quantity",
            SALES,
            ("units sold", "units", "quantity sold", "quantity", "volume", "sold"),
            ("销量", "销售数量", "件数", "数量", "卖出", "售出", "销售量"),
        ),
        Measure(
            "orders",
            "number of orders",
            "订单数",
            "How many sales orders were placed (by order date); cancelled orders and "
            "quotations do not count.",
            "orders",
            "count",
            SALES,
            ("orders", "order count", "number of orders"),
            ("订单数", "订单", "下单次数", "单数", "订单数量"),
        ),
        Measure(
            "avg_order_value",
            "average order value",
            "平均订单金额",
            "Revenue divided by the number of orders placed in the period.",
            "sales",
            "money",
            SALES,
            ("average order value", "avg order value", "aov", "average order size"),
            ("平均订单金额", "平均订单价值", "客单价", "平均每单金额", "平均订单额"),
        ),
        Measure(
            "gross_margin",
            "gross margin",
            "毛利",
            "Revenue less the quantity sold valued at each product's current unit cost.",
            "sales",
            "money",
            ("reports.financial",),
            ("gross margin", "margin", "gross profit", "profit"),
            ("毛利", "毛利润", "利润"),
        ),
        Measure(
            "freight",
            "freight",
            "运费",
            "Shipping charged to customers on sales orders, by order date.",
            "orders",
            "money",
            SALES,
            ("freight", "shipping charges", "shipping cost", "shipping costs"),
            ("运费", "运输费用", "货运费"),
        ),
        Measure(
            "avg_shipping_days",
            "average shipping days",
            "平均发货天数",
            "Average days from order date to the day the order's delivery was done, over "
            "shipped orders.",
            "orders",
            "days",
            SALES,
            ("average shipping time", "shipping time", "days to ship", "delivery time"),
            ("平均发货天数", "发货天数", "发货时间", "平均发货时间", "配送时间"),
        ),
        Measure(
            "stock_on_hand",
            "stock on hand",
            "库存",
            "Units on hand in the company's own (internal) locations now.",
            "products",
            "quantity",
            STOCK,
            ("stock on hand", "in stock", "on hand", "stock", "units in stock", "inventory"),
            ("库存", "现有库存", "库存量", "存货"),
        ),
        Measure(
            "stock_value",
            "inventory value",
            "库存价值",
            "Units on hand times the product's list (sale) price.",
            "products",
            "money",
            STOCK,
            ("inventory value", "stock value", "value of stock", "value of inventory"),
            ("库存价值", "库存总价值", "库存金额", "存货价值"),
        ),
        Measure(
            "stock_cost",
            "inventory cost",
            "库存成本",
            "Value of the stock on hand at cost, as carried in the books.",
            "products",
            "money",
            ("reports.financial",),
            ("inventory cost", "stock at cost", "inventory at cost"),
            ("库存成本",),
        ),
        Measure(
            "list_price",
            "list price",
            "单价",
            "The product's current sale (list) price; over several products, their average.",
            "products",
            "money",
            ("products.read",),
            ("list price", "unit price", "price"),
            ("单价", "价格", "售价", "标价"),
        ),
        Measure(
            "reorder_level",
            "reorder level",
            "再订货水平",
            "The stock level at which the product should be reordered.",
            "products",
            "quantity",
            ("products.read",),
            ("reorder level", "reorder point"),
            ("再订货水平", "再订货点", "补货点"),
        ),
        Measure(
            "on_order",
            "units on order",
            "在途订货",
            "Quantities on confirmed purchase orders not yet received.",
            "products",
            "quantity",
            ("products.read",),
            ("units on order", "on order", "quantity on order", "ordered from suppliers"),
            ("在途订货", "在途", "已订未到", "采购在途", "订货量"),
        ),
        Measure(
            "late_pct",
            "late shipment rate",
            "延迟发货比例",
            "Shipped orders that shipped after the requested date, as a percentage of the "
            "shipped orders.",
            "orders",
            "percent",
            SALES,
            ("late shipment rate", "late rate", "percentage of late shipments"),
            ("延迟发货比例", "延迟率", "迟发率"),
        ),
        Measure(
            "suppliers",
            "number of suppliers",
            "供应商数",
            "How many partners are suppliers.",
            "suppliers",
            "count",
            ("partners.read",),
            ("number of suppliers", "suppliers"),
            ("供应商数", "供应商数量"),
        ),
        Measure(
            "products",
            "number of products",
            "产品数",
            "How many products are in the catalogue (discontinued included).",
            "products",
            "count",
            ("products.read",),
            ("number of products", "products"),
            ("产品数", "产品数量"),
        ),
        Measure(
            "customers",
            "number of customers",
            "客户数",
            "How many partners are customers.",
            "customers",
            "count",
            ("partners.read",),
            ("number of customers", "customers"),
            ("客户数", "客户数量"),
        ),
        Measure(
            "receivables",
            "receivables",
            "应收账款",
            "What customers still owe on posted invoices, less open credit notes.",
            "receivables",
            "money",
            ("invoices.read", "payments.read"),
            ("receivables", "accounts receivable", "owed to us", "outstanding invoices"),
            ("应收账款", "应收", "应收款"),
        ),
        Measure(
            "overdue_receivables",
            "overdue receivables",
            "逾期应收账款",
            "Receivables on invoices whose due date has passed (as of the question's day).",
            "receivables",
            "money",
            ("invoices.read", "payments.read"),
            ("overdue receivables", "overdue invoices", "overdue"),
            ("逾期应收账款", "逾期应收", "逾期"),
        ),
        Measure(
            "payables",
            "payables",
            "应付账款",
            "What we still owe suppliers on posted vendor bills, less open credit notes.",
            "payables",
            "money",
            ("payments.read", "journal.read"),
            ("payables", "accounts payable", "we owe"),
            ("应付账款", "应付", "应付款"),
        ),
        Measure(
            "purchase_spend",
            "purchase spend",
            "采购额",
            "Untaxed amount of confirmed purchase order lines, by order date.",
            "purchases",
            "money",
            ("purchasing.read",),
            ("purchase spend", "purchases", "spend", "purchasing"),
            ("采购额", "采购金额", "采购支出"),
        ),
    )
}

DIMENSIONS: dict[str, Dimension] = {
    d.key: d
    for d in (
        Dimension(
            "day",
            "day",
            "日",
            "The calendar day.",
            ("sales", "orders", "purchases"),
            "date",
            ("daily", "day", "per day"),
            ("每天", "每日", "按天", "各天"),
            True,
        ),
        Dimension(
            "week",
            "week",
            "周",
            "ISO week, YYYY-Www.",
            ("sales", "orders", "purchases"),
            "text",
            ("weekly", "week", "per week"),
            ("每周", "按周", "各周"),
            True,
        ),
        Dimension(
            "month",
            "month",
            "月份",
            "Month, YYYY-MM.",
            ("sales", "orders", "purchases"),
            "text",
            ("monthly", "month", "per month", "month by month"),
            ("每月", "按月", "各月", "月度", "每个月"),
            True,
        ),
        Dimension(
            "quarter",
            "quarter",
            "季度",
            "Quarter of the year, 1-4.",
            ("sales", "orders", "purchases"),
            "count",
            ("quarterly", "quarter", "per quarter"),
            ("每季度", "按季度", "各季度"),
            True,
        ),
        Dimension(
            "year",
            "year",
            "年份",
            "Calendar year.",
            ("sales", "orders", "purchases"),
            "count",
            ("yearly", "annual", "year", "per year"),
            ("每年", "按年", "各年", "年度"),
            True,
        ),
        Dimension(
            "customer",
            "customer",
            "客户",
            "The customer (company) of the order.",
            ("sales", "orders", "customers", "receivables"),
            "text",
            (
                "customer",
                "customers",
                "client",
                "clients",
                "buyer",
                "buyers",
                "account",
                "accounts",
            ),
            ("客户", "顾客", "买家", "公司"),
            entity="customer",
        ),
        Dimension(
            "country",
            "country",
            "国家",
            "The customer's country.",
            ("sales", "orders", "customers", "receivables"),
            "text",
            ("country", "countries", "market", "markets"),
            ("国家", "国家/地区", "市场"),
        ),
        Dimension(
            "city",
            "city",
            "城市",
            "The customer's city.",
            ("sales", "orders", "customers", "receivables"),
            "text",
            ("city", "cities", "town"),
            ("城市",),
        ),
        Dimension(
            "product",
            "product",
            "产品",
            "The product sold or stocked.",
            ("sales", "products", "purchases"),
            "text",
            ("product", "products", "item", "items", "sku", "article"),
            ("产品", "商品", "货品", "品种"),
            entity="product",
        ),
        Dimension(
            "category",
            "category",
            "品类",
            "The product's category.",
            ("sales", "products", "purchases"),
            "text",
            ("category", "categories", "product category", "product line"),
            ("品类", "类别", "类目", "分类", "产品类别", "种类"),
        ),
        Dimension(
            "supplier",
            "supplier",
            "供应商",
            "The product's main supplier (or the purchase order's supplier).",
            ("sales", "products", "purchases", "payables", "suppliers"),
            "text",
            ("supplier", "suppliers", "vendor", "vendors"),
            ("供应商", "供货商", "厂商"),
            entity="supplier",
        ),
        Dimension(
            "supplier_city",
            "supplier city",
            "供应商城市",
            "The city of the product's supplier.",
            ("sales", "products", "purchases", "payables", "suppliers"),
            "text",
            ("supplier city",),
            ("供应商城市",),
        ),
        Dimension(
            "supplier_country",
            "supplier country",
            "供应商国家",
            "The country of the product's supplier (or the purchase order's supplier).",
            ("sales", "products", "purchases", "payables", "suppliers"),
            "text",
            ("supplier country", "supplier countries"),
            ("供应商国家", "供应商所在国家"),
        ),
        Dimension(
            "salesperson",
            "salesperson",
            "销售员",
            "The salesperson of the order.",
            ("sales", "orders"),
            "text",
            (
                "salesperson",
                "salespeople",
                "sales rep",
                "sales reps",
                "employee",
                "employees",
                "seller",
                "sales person",
                "rep",
            ),
            ("销售员", "销售人员", "业务员", "员工", "销售代表", "雇员"),
        ),
        Dimension(
            "carrier",
            "carrier",
            "承运商",
            "The carrier (shipper) of the order.",
            ("orders", "sales"),
            "text",
            (
                "carrier",
                "carriers",
                "shipper",
                "shippers",
                "shipping company",
                "freight company",
                "courier",
            ),
            ("承运商", "货运公司", "物流公司", "快递公司", "运输公司", "承运公司"),
        ),
        Dimension(
            "order",
            "order",
            "订单",
            "The sales order, by its number (the number in the system it came from when imported).",
            ("sales", "orders"),
            "text",
            ("order", "single order"),
            ("订单", "单笔订单"),
        ),
    )
}

CONDITIONS: dict[str, Condition] = {
    c.key: c
    for c in (
        Condition(
            "discontinued",
            "discontinued",
            "已停产",
            "The product is discontinued.",
            ("products", "sales"),
            ("discontinued",),
            ("停产", "已停产", "停售"),
        ),
        Condition(
            "active_product",
            "not discontinued",
            "未停产",
            "The product is not discontinued.",
            ("products", "sales"),
            ("not discontinued", "active products"),
            ("未停产",),
        ),
        Condition(
            "below_reorder",
            "below reorder level",
            "低于再订货水平",
            "Units on hand strictly below the product's reorder level.",
            ("products",),
            ("below reorder level", "below their reorder level", "need reordering"),
            ("低于再订货水平", "低于补货点", "需要补货"),
        ),
        Condition(
            "in_stock",
            "in stock",
            "有库存",
            "Units on hand above zero.",
            ("products",),
            ("in stock",),
            ("有库存",),
        ),
        Condition(
            "out_of_stock",
            "out of stock",
            "缺货",
            "No units on hand.",
            ("products",),
            ("out of stock",),
            ("缺货", "无库存"),
        ),
        Condition(
            "shipped",
            "shipped",
            "已发货",
            "The order's delivery is done.",
            ("orders", "sales"),
            ("shipped",),
            ("已发货",),
        ),
        Condition(
            "unshipped",
            "not shipped",
            "未发货",
            "The order has no done delivery yet.",
            ("orders", "sales"),
            ("not shipped", "unshipped"),
            ("未发货", "还没发货", "尚未发货"),
        ),
        Condition(
            "open_order",
            "open",
            "未完成",
            "The order is confirmed and not yet done (delivered and invoiced in full).",
            ("orders", "sales"),
            ("open", "open orders"),
            ("未完成", "进行中"),
        ),
        Condition(
            "late",
            "shipped late",
            "延迟发货",
            "Shipped after the requested date.",
            ("orders", "sales"),
            ("shipped late", "late"),
            ("延迟发货", "延迟", "迟发"),
        ),
    )
}


@dataclass
class Catalogue:
    """The catalogue as one object, for listing and for the language model's schema."""

    measures: dict[str, Measure] = field(default_factory=lambda: MEASURES)
    dimensions: dict[str, Dimension] = field(default_factory=lambda: DIMENSIONS)
    conditions: dict[str, Condition] = field(default_factory=lambda: CONDITIONS)


def visible_measures(permissions: set[str] | None) -> set[str]:
    """Measures a holder of `permissions` may see (None: no restriction)."""
    if permissions is None:
        return set(MEASURES)
    return {k for k, m in MEASURES.items() if any(p in permissions for p in m.permissions)}


def describe(lang: str = "en") -> list[dict[str, str]]:
    """Readable definitions of every measure, for docs, help and the language model."""
    return [
        {"key": m.key, "name": m.name_zh if lang == "zh" else m.name_en, "definition": m.definition}
        for m in MEASURES.values()
    ]
