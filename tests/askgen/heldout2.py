"""HELD-OUT 2 phrasings: a second, fresh held-out test set. DO NOT READ while developing
the parser.

These templates measure whether the parser generalises to wordings nobody tuned it on.
Whoever works on the parser must not open this file, copy from it, or read the questions
generated from it; only the aggregate accuracy on this split may be looked at. Changing a
template here after its questions have been seen spoils it: write new ones instead.

TEMPLATES[family][lang] is a list of templates (see vocab.py for the slots). A template
fits an item when it names exactly the item's entity slots and its keyword conditions hold
for the item's choices (measure, dim, dir, op, how, disc, active).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    # -- lookups --------------------------------------------------------------------------
    "lookup_supplier": {
        "en": [
            T("I need the supplier for {product}."),
            T("Who do we order {product} from?"),
            T("{product} - who is the vendor?"),
            T("Could you look up which company supplies {product}?"),
            T("name of the supplier we get {product} from"),
        ],
        "zh": [
            T("{product}的供货方是谁"),
            T("我想知道{product}是哪个供应商供的货"),
            T("查询{product}对应的供应商"),
            T("{product}从哪家进货？"),
            T("麻烦看一下{product}是谁供应的"),
        ],
    },
    "lookup_category": {
        "en": [
            T("What kind of product is {product}, category-wise?"),
            T("I need the category that {product} belongs in."),
            T("Look up the category of the product {product}"),
            T("which category has {product} in it"),
        ],
        "zh": [
            T("{product}在哪个产品分类里？"),
            T("查一下{product}是什么分类"),
            T("{product}被归到了哪个类别"),
            T("{product}属于哪个产品大类？"),
        ],
    },
    "lookup_price": {
        "en": [
            T("I need the list price for {product}."),
            T("{product} - what's its unit price?"),
            T("Could you check how much {product} sells for?"),
            T("current catalog price of {product}"),
        ],
        "zh": [
            T("{product}的价格是多少"),
            T("{product}目录价多少？"),
            T("查询{product}的销售单价"),
            T("麻烦看下{product}标的价格是多少"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("Do we have {product} in stock? How many units?"),
            T("I need the on-hand quantity for {product}."),
            T("current inventory of {product}"),
            T("How many {product} are sitting in the warehouse right now?"),
        ],
        "zh": [
            T("{product}目前库存多少件？"),
            T("我想看看{product}的现货数量"),
            T("{product}库存还有几件"),
            T("查一下{product}当前库存数"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("I need the on-order quantity for {product}."),
            T("How much {product} is still pending receipt from suppliers?"),
            T("{product} units on order, not yet received"),
            T("Could you tell me how many {product} we're still waiting on from the supplier?"),
        ],
        "zh": [
            T("{product}采购在途还有多少？"),
            T("{product}向供应商订了还没入库的数量"),
            T("查询{product}待收货的采购数量"),
            T("{product}还有多少货在等供应商送来？"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("I need {product}'s on-hand quantity and its reorder level."),
            T("Show inventory and reorder threshold for {product}"),
            T("What's our stock of {product} and what's the reorder point?"),
            T("{product}, units in stock and reorder level please"),
        ],
        "zh": [
            T("{product}库存和订货点是多少？"),
            T("查询{product}的现有库存及再订购水平"),
            T("{product}目前有多少库存，再订货点是多少"),
            T("我想看{product}的库存数和补货线"),
        ],
    },
    "supplier_products": {
        "en": [
            T("I need a list of the products we get from {supplier}."),
            T("products sourced from {supplier}"),
            T("Which of our products come from {supplier}?"),
            T("Show me all products supplied by the vendor {supplier}."),
        ],
        "zh": [
            T("{supplier}供货的产品清单"),
            T("哪些产品是{supplier}供应的？"),
            T("查询供应商{supplier}的全部产品"),
            T("{supplier}给我们供的都是什么货"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("I need stock on hand for every product {supplier} supplies."),
            T("What's in stock of each item from vendor {supplier}?"),
            T("List products supplied by {supplier} with quantity on hand"),
            T("{supplier}: products and current inventory"),
        ],
        "zh": [
            T("{supplier}的产品各自库存是多少？"),
            T("查询{supplier}供应的产品及其在库数量"),
            T("{supplier}供货的商品分别还有多少现货"),
            T("我想看{supplier}每个产品的库存"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("Which country does {customer} operate from?"),
            T("I need the country for customer {customer}."),
            T("{customer} - country?"),
            T("Look up where {customer} is based (country)"),
        ],
        "zh": [
            T("{customer}所在的国家是？"),
            T("查询客户{customer}所属国家"),
            T("{customer}是哪个国家的公司？"),
            T("请问{customer}在哪国"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("I need the city of customer {customer}."),
            T("Which town or city is {customer} based in?"),
            T("{customer} - city?"),
            T("Look up the city {customer} is located in"),
        ],
        "zh": [
            T("{customer}在什么城市"),
            T("查询{customer}所在的城市"),
            T("请问{customer}在哪个市"),
            T("{customer}位于哪座城市？"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("revenue {in_period}?"),
            T("Total dollar sales for {period}, please."),
            T("How much in sales did we book {in_period}?"),
            T("Could you tell me our overall revenue {in_period}?"),
            T("top-line revenue for {period}"),
        ],
        "zh": [
            T("{period}的营收是多少"),
            T("{period}一共实现了多少销售额？"),
            T("查询{period}的总销售金额"),
            T("我想知道{period}全公司的销售额"),
            T("{period}销售收入总计"),
        ],
    },
    "total_units": {
        "en": [
            T("units sold in total for {period}"),
            T("What quantity did we sell {in_period}, all products combined?"),
            T("I need total unit sales {in_period}."),
            T("How many pieces did we sell {in_period}?"),
        ],
        "zh": [
            T("{period}总销售量"),
            T("{period}各产品合计售出件数"),
            T("查询{period}售出的产品总数量"),
            T("{period}一共销售多少个单位？"),
        ],
    },
    "total_orders": {
        "en": [
            T("number of sales orders for {period}"),
            T("I need the total count of orders placed {in_period}."),
            T("How many orders were booked {in_period}?"),
            T("orders {in_period}, how many?"),
        ],
        "zh": [
            T("{period}共有几张订单"),
            T("查询{period}下单的订单总数"),
            T("{period}总共成交了多少笔订单？"),
            T("我想知道{period}一共多少单"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("average order value (AOV) {in_period}"),
            T("I need the mean order value for {period}."),
            T("What's the average dollar amount per order {in_period}?"),
            T("average ticket {in_period}"),
        ],
        "zh": [
            T("{period}的平均客单价"),
            T("{period}平均一单卖多少钱？"),
            T("查询{period}的单均金额"),
            T("我想看{period}每单平均销售额是多少"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("{In_period}, how much revenue came from {customer}?"),
            T("How much business did {customer} do with us {in_period}, in dollars?"),
            T("{customer} sales {in_period}"),
            T("Could you give me the dollar value of {customer}'s orders {in_period}?"),
        ],
        "zh": [
            T("{customer}{period}消费了多少钱"),
            T("查询{period}客户{customer}的销售金额"),
            T("{period}来自{customer}的营业额"),
            T("我想知道{customer}{period}在我们这里下单的总金额"),
        ],
    },
    "product_revenue": {
        "en": [
            T("revenue generated by {product} {in_period}"),
            T("I need {product} sales in dollars for {period}."),
            T("What were {product}'s net sales {in_period}?"),
            T("{product}: dollars sold {in_period}?"),
        ],
        "zh": [
            T("{product}{period}的营收是多少"),
            T("查询{period}{product}的销售金额"),
            T("{period}{product}一共带来多少销售额"),
            T("我想知道{product}{period}卖了多少钱的货"),
        ],
    },
    "product_units": {
        "en": [
            T("unit sales of {product} {in_period}"),
            T("I need the number of units of {product} we sold {in_period}."),
            T("What quantity of {product} was sold {in_period}?"),
            T("{product}: how many units {in_period}?"),
        ],
        "zh": [
            T("{product}{period}成交了多少件"),
            T("查询{period}{product}卖出的数量"),
            T("{period}{product}一共卖出几件"),
            T("我想知道{product}{period}售出了多少个"),
        ],
    },
    "category_revenue": {
        "en": [
            T("revenue from {category_adj} products {in_period}"),
            T("I need {category} category sales for {period}."),
            T("What were net sales of {category} {in_period}?"),
            T("{In_period}, how much revenue did the {category} category generate?"),
        ],
        "zh": [
            T("{category_cls}{period}营收多少"),
            T("查询{period}{category}类的销售金额"),
            T("{period}{category_cls}商品一共卖了多少钱"),
            T("我想知道{period}{category}这个品类的销售额"),
        ],
    },
    "country_revenue": {
        "en": [
            T("revenue from {country_adj} customers {in_period}"),
            T("I need total sales for customers based in {country} for {period}."),
            T("What did customers in {country} spend with us {in_period}?"),
            T("sales {in_period} for {country}"),
        ],
        "zh": [
            T("{period}{country}的销售额"),
            T("查询{period}{country}客户的销售金额"),
            T("{period}对{country}客户的营收是多少"),
            T("我想知道{period}{country}那边客户贡献了多少营业额"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T("revenue {in_period} from products whose vendor is {country_adj}"),
            T("I need sales for {period} of everything we buy from suppliers in {country}."),
            T("{In_period}, how much revenue did products supplied from {country} generate?"),
            T("What's the revenue on {country_adj}-supplied products {in_period}?"),
        ],
        "zh": [
            T("{period}{country}供货商的商品销售额"),
            T("查询{period}供应商在{country}的产品的销售金额"),
            T("{country}供应商的货{period}一共卖了多少钱？"),
            T("我想知道{period}来自{country}供应商的产品营收是多少"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T("I need the stock value of everything supplied by vendors in {country}."),
            T("How much is on-hand inventory from {country_adj} suppliers worth?"),
            T("value of stock on hand for products sourced from {country}"),
            T("{country_adj} supplier inventory value"),
        ],
        "zh": [
            T("{country}供应商产品的存货总价值"),
            T("查询{country}供货商的商品库存价值"),
            T("我们仓库里{country}供应商的货值多少钱？"),
            T("由{country}供应商提供的产品，库存金额合计多少"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("number of orders taken by {salesperson} {in_period}", measure="orders"),
            T(
                "I need the count of orders handled by {salesperson} for {period}.",
                measure="orders",
            ),
            T("{In_period}, order tally for {salesperson}?", measure="orders"),
            T("{salesperson}'s revenue {in_period}", measure="revenue"),
            T("What sales did {salesperson} generate {in_period}?", measure="revenue"),
            T(
                "Could you tell me the dollar sales for rep {salesperson} {in_period}?",
                measure="revenue",
            ),
        ],
        "zh": [
            T("{salesperson}{period}一共经手几张订单", measure="orders"),
            T("查询{period}{salesperson}的订单数", measure="orders"),
            T("{period}{salesperson}一共签了多少单？", measure="orders"),
            T("{salesperson}{period}的销售额有多少", measure="revenue"),
            T("查询{period}{salesperson}的销售业绩金额", measure="revenue"),
            T("我想知道{period}{salesperson}做了多少营业额", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("orders {in_period} shipped via {carrier}"),
            T("I need the number of orders placed {in_period} that went out with {carrier}."),
            T("How many orders did {carrier} carry for us {in_period}?"),
            T("{In_period}, how many orders were handled by the shipper {carrier}?"),
        ],
        "zh": [
            T("{carrier}{period}承运的订单有多少"),
            T("查询{period}通过{carrier}发出的订单数"),
            T("{carrier}帮我们运了{period}的几张订单"),
            T("我想知道{period}交给{carrier}运输的订单数量"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("{measure} broken out by {dim} {in_period}"),
            T("Could you show me {measure} for each {dim} {in_period}?"),
            T("I want to see {measure} {in_period}, split by {dim}."),
            T("{dim} breakdown of {measure} for {period}"),
            T("What's the split of {measure} among {dims} {in_period}?"),
            T("revenue per account {in_period}", dim="customer", measure="revenue"),
            T(
                "How many orders did each shipper handle {in_period}?",
                dim="carrier",
                measure="orders",
            ),
            T("monthly units sold {in_period}", dim="month", measure="units"),
        ],
        "zh": [
            T("{period}{measure}按{dim}拆分"),
            T("查询{period}各{dim}的{measure}"),
            T("{period}不同{dim}的{measure}分别是多少"),
            T("我想看{period}以{dim}为维度的{measure}"),
            T("{period}每个客户的销售额是多少？", dim="customer", measure="revenue"),
            T("{period}各承运商分别运了多少单", dim="carrier", measure="orders"),
            T("{period}按月统计销量", dim="month", measure="units"),
        ],
    },
    "top1": {
        "en": [
            T("leading {dim} by {measure} {in_period}", dir="top"),
            T("Could you tell me which {dim} had the biggest {measure} {in_period}?", dir="top"),
            T("{dim} ranked #1 by {measure} {in_period}", dir="top"),
            T("Which {dim} came in last on {measure} {in_period}?", dir="bottom"),
            T("lowest-ranked {dim} by {measure} {in_period}", dir="bottom"),
            T(
                "Excluding {dims} with no orders {in_period}, which one had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Among {dims} with sales {in_period}, which ranks last by {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Which customer placed the most orders {in_period}?",
                dim="customer",
                measure="orders",
                dir="top",
            ),
            T(
                "Which shipper carried the most orders {in_period}?",
                dim="carrier",
                measure="orders",
                dir="top",
            ),
            T(
                "Which product brought in the most revenue {in_period}?",
                dim="product",
                measure="revenue",
                dir="top",
            ),
            T(
                "Which sales rep sold the least {in_period} in dollar terms?",
                dim="salesperson",
                measure="revenue",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{period}{measure}第一名的{dim}", dir="top"),
            T("查询{period}{measure}最大的{dim}", dir="top"),
            T("{period}哪个{dim}{measure}排名第一？", dir="top"),
            T("{period}{measure}排名最后的{dim}", dir="bottom"),
            T("{period}哪个{dim}{measure}最差？", dir="bottom"),
            T(
                "在{period}有销售记录的{dim}中，{measure}排名最末的是哪个",
                dir="bottom",
                active="some",
            ),
            T("{period}有成交的{dim}里{measure}最低的", dir="bottom", active="some"),
            T(
                "{period}哪款产品卖的钱最多？",
                dim="product",
                measure="revenue",
                dir="top",
            ),
            T("{period}订单最多的客户", dim="customer", measure="orders", dir="top"),
            T(
                "{period}哪个销售员签单最少？",
                dim="salesperson",
                measure="orders",
                dir="bottom",
            ),
        ],
    },
    "topn": {
        "en": [
            T("Show me the {n} leading {dims} by {measure} {in_period}.", dir="top"),
            T("Could you list our top {n} {dims} ranked by {measure} {in_period}?", dir="top"),
            T("{n} best {dims} {in_period} in terms of {measure}", dir="top"),
            T("What were the {n} weakest {dims} by {measure} {in_period}?", dir="bottom"),
            T("{dims} ranked bottom {n} by {measure} {in_period}", dir="bottom"),
            T(
                "Leaving out {dims} without any orders {in_period}, which {n} had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "the bottom {n} among {dims} that had sales {in_period}, by {measure}",
                dir="bottom",
                active="some",
            ),
            T(
                "Top {n} customers by number of orders {in_period}",
                dim="customer",
                measure="orders",
                dir="top",
            ),
            T(
                "Which {n} countries bought the most {in_period} in revenue terms?",
                dim="country",
                measure="revenue",
                dir="top",
            ),
        ],
        "zh": [
            T("查询{period}{measure}最高的前{n}个{dim}", dir="top"),
            T("{period}{measure}领先的前{n}个{dim}", dir="top"),
            T("我想看{period}{measure}排前{n}的{dim}", dir="top"),
            T("{period}{measure}排名末{n}位的{dim}", dir="bottom"),
            T("查询{period}{measure}最低的前{n}个{dim}", dir="bottom"),
            T(
                "{period}有销售记录的{dim}中，{measure}排最后{n}名的是哪些",
                dir="bottom",
                active="some",
            ),
            T(
                "不算{period}没有订单的{dim}，{measure}最低的{n}个是哪些",
                dir="bottom",
                active="some",
            ),
            T("{period}订单数最多的{n}家客户", dim="customer", measure="orders", dir="top"),
            T("{period}销售额最高的{n}个国家", dim="country", measure="revenue", dir="top"),
        ],
    },
    "topn_in_group": {
        "en": [
            # customers of a country
            T("In {country}, who was the number-one customer by {measure} {in_period}?", dir="top"),
            T("{n} biggest {country_adj} customers by {measure} {in_period}", dir="top"),
            T(
                "Could you find the {country_adj} customer with the lowest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Which {n} customers from {country} were at the bottom for {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Leaving out {country_adj} customers with no orders {in_period}, who had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{In_period}, among customers in {country} who bought something, which {n} "
                "ranked lowest by {measure}?",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("top-selling {category_adj} product by {measure} {in_period}", dir="top"),
            T(
                "I need the {n} leading products in the {category} category by {measure} "
                "{in_period}.",
                dir="top",
            ),
            T("lowest {category_adj} product by {measure} {in_period}", dir="bottom"),
            T(
                "Which {n} products in {category} ranked lowest on {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Which {category_adj} product, of those that sold at all {in_period}, had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Excluding {category_adj} products with no sales {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("Which of {supplier}'s products led in {measure} {in_period}?", dir="top"),
            T("{supplier}'s {n} strongest products by {measure} {in_period}", dir="top"),
            T("Which {supplier} product had the weakest {measure} {in_period}?", dir="bottom"),
            T("bottom {n} products from vendor {supplier} by {measure} {in_period}", dir="bottom"),
            T(
                "Of {supplier}'s products that had any sales {in_period}, which ranked last by "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Ignoring products with no sales {in_period}, which {n} from {supplier} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            # customers of a country
            T("{period}{country}客户{measure}第一是哪家", dir="top"),
            T("查询{period}{country}客户{measure}最高的{n}家", dir="top"),
            T("{period}{country}客户里{measure}最差的是哪一家", dir="bottom"),
            T("{period}{country}客户{measure}排名最后{n}位", dir="bottom"),
            T(
                "{period}在{country}有订单的客户中，{measure}最低的是哪家？",
                dir="bottom",
                active="some",
            ),
            T(
                "排除{period}没下单的，{country}客户中{measure}最低的{n}家",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("{period}{category_cls}产品{measure}第一名", dir="top"),
            T("查询{period}{category_cls}{measure}最高的前{n}个产品", dir="top"),
            T("{period}{category_cls}哪款产品{measure}最差", dir="bottom"),
            T("{period}{category_cls}产品{measure}排后{n}位的是哪些", dir="bottom"),
            T(
                "{period}有成交的{category_cls}产品中，哪个{measure}最低",
                dir="bottom",
                active="some",
            ),
            T(
                "排除{period}没卖出的，{category_cls}产品里{measure}最低的{n}个",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("{period}{supplier}旗下{measure}最高的产品", dir="top"),
            T("查询{period}{supplier}供应产品中{measure}前{n}名", dir="top"),
            T("{period}{supplier}的产品里哪款{measure}最差", dir="bottom"),
            T("{period}{supplier}产品{measure}排名最后{n}位", dir="bottom"),
            T(
                "{period}有成交的{supplier}产品中{measure}最低的是哪个",
                dir="bottom",
                active="some",
            ),
            T(
                "排除{period}没卖出的，{supplier}供应的产品里{measure}最低的{n}个",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T("What {category_adj} stock is running below the reorder level?", disc="incl"),
            T(
                "I need the items in {category} whose inventory is under the reorder point.",
                disc="incl",
            ),
            T(
                "reorder alert: {category_adj} products with stock below reorder level",
                disc="incl",
            ),
            T(
                "Leaving out discontinued lines, which {category_adj} products are below the "
                "reorder point?",
                disc="excl",
            ),
            T("non-discontinued products in {category} under reorder level", disc="excl"),
        ],
        "zh": [
            T("{category_cls}低于再订货点的产品有哪些", disc="incl"),
            T("查询{category}中在库量低于订货点的产品", disc="incl"),
            T("{category_cls}库存已经不够再订货点的产品", disc="incl"),
            T("{category_cls}在售（未停产）产品中库存低于再订货点的", disc="excl"),
            T("不含停产产品，查询{category_cls}低于补货点的产品", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("number of items with inventory under their reorder point"),
            T("I need a count of all products currently below reorder level."),
            T("How many products have fallen below their reorder level?"),
            T("How many products in {category} are under the reorder point?"),
            T("count {category_adj} products below reorder level"),
        ],
        "zh": [
            T("库存不足再订货点的产品有多少个"),
            T("查询低于再订货水平的产品总数"),
            T("现在多少种产品跌破了补货点？"),
            T("{category_cls}跌破补货点的产品数"),
            T("查询{category_cls}低于再订货水平的产品数量"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T("top order by value {in_period}"),
            T("I need the order number and value of the biggest order placed {in_period}."),
            T("Which order {in_period} was worth the most?"),
            T("most valuable single order for {period}"),
        ],
        "zh": [
            T("{period}最贵的一笔订单"),
            T("查询{period}订单金额最大的一单"),
            T("{period}哪一单金额最高？是多少钱"),
            T("我想知道{period}金额最大的订单号"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("biggest single order ever from {customer}, by value"),
            T("I need {customer}'s top order by value."),
            T("Which {customer} order was worth the most?"),
            T("most valuable order {customer} placed {in_period}"),
            T("{customer}: biggest order by value {in_period}?"),
        ],
        "zh": [
            T("{customer}最贵的一笔订单是哪张"),
            T("查询{customer}金额最大的订单"),
            T("{customer}所有订单里哪张金额最高"),
            T("{customer}{period}最大金额的订单"),
            T("查询{period}{customer}单笔金额最高的订单及金额"),
        ],
    },
    "late_count": {
        "en": [
            T("number of orders placed {in_period} that shipped behind schedule"),
            T("I need the count of late-shipped orders for {period}."),
            T("How many orders {in_period} were shipped after the date the customer required?"),
            T("{country_adj} customers: how many late shipments {in_period}?"),
            T("Could you tell me how many orders for {country} shipped late {in_period}?"),
        ],
        "zh": [
            T("{period}延期发货的订单有多少单"),
            T("查询{period}超过要求日期才发货的订单数"),
            T("{period}一共有多少订单发货逾期"),
            T("{country}客户{period}有多少订单是迟发的"),
            T("查询{period}{country}客户订单中发货延误的数量"),
        ],
    },
    "late_by": {
        "en": [
            T("late shipments {in_period} broken out by {dim}"),
            T("I need the number of late orders by {dim} for {period}."),
            T("How did late shipments {in_period} split across {dims}?"),
            T("{dim}-level late order counts {in_period}"),
        ],
        "zh": [
            T("查询{period}各{dim}的发货延误数量"),
            T("{period}不同{dim}分别有多少单发货晚了"),
            T("{period}每个{dim}的逾期发货单数"),
            T("我想看{period}按{dim}分的延迟发货单数"),
        ],
    },
    "late_top": {
        "en": [
            T("worst {dim} for late shipments {in_period}"),
            T("I need to know which {dim} had the most late orders for {period}."),
            T("Which {dim} had the most orders shipped past the required date {in_period}?"),
            T("Which employee's orders shipped late most often {in_period}?", dim="salesperson"),
        ],
        "zh": [
            T("{period}哪个{dim}的发货延误单数最多"),
            T("查询{period}迟发订单最多的{dim}"),
            T("{period}延期发货排第一的{dim}是谁"),
            T("{period}哪个业务员的订单逾期发货最多？", dim="salesperson"),
        ],
    },
    "late_pct": {
        "en": [
            T("late rate for orders placed {in_period}"),
            T("I need the percentage of orders {in_period} that shipped after the required date."),
            T("What percent of our shipped orders from {period} were late?"),
            T("share of late shipments {in_period} (%)"),
        ],
        "zh": [
            T("{period}发货逾期率是多少"),
            T("查询{period}延误发货订单的百分比"),
            T("{period}已发出的订单中有百分之几是延迟的"),
            T("{period}订单的迟发率"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T("mean days to ship for orders {in_period}"),
            T("I need the average lag in days between order and shipment for {period}."),
            T("How long, in days, did shipping take on average {in_period}?"),
            T("For orders placed {in_period}, what was {carrier}'s average days to ship?"),
            T("{carrier}: mean order-to-shipment time {in_period}"),
        ],
        "zh": [
            T("{period}平均发货周期是几天"),
            T("查询{period}订单从下单到发出的平均天数"),
            T("{period}下的单平均要多久才发货？"),
            T("{carrier}{period}平均发货要几天"),
            T("查询{period}{carrier}订单的平均发货时间（天）"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T("carrier with the lowest average days to ship {in_period}", dir="fast"),
            T("I need the carrier with the quickest average shipping.", dir="fast"),
            T("{In_period}, which carrier had the best average ship time?", dir="fast"),
            T("Which carrier had the highest average days to ship {in_period}?", dir="slow"),
            T("slowest carrier on average, in days", dir="slow"),
        ],
        "zh": [
            T("{period}平均发货天数最少的承运商", dir="fast"),
            T("查询平均发货速度最快的货运公司", dir="fast"),
            T("查询平均发货周期最长的承运商", dir="slow"),
            T("{period}哪家货运公司平均要花最多天数发货", dir="slow"),
            T("{period}平均发货用时最短的承运商是谁，多少天", dir="fast"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("number of orders still pending shipment"),
            T("I need the count of orders that haven't gone out yet."),
            T("For our {country_adj} accounts, what number of orders is still sitting unshipped?"),
            T("{country_adj} customers: orders not yet shipped, how many?"),
            T("How many {customer} orders haven't shipped?"),
            T("count of open unshipped orders for the customer {customer}"),
            T("How many orders owned by {salesperson} are still unshipped?"),
            T("backlog of unshipped orders for {salesperson}, as a count"),
        ],
        "zh": [
            T("还没发货的订单一共多少单"),
            T("查询当前待发货订单数量"),
            T("{country}客户有多少订单还未发出"),
            T("查询{country}客户尚未发货的订单数"),
            T("{customer}有几单还没发出"),
            T("查询{customer}待发货订单数量"),
            T("{salesperson}负责的订单里还有多少单没发"),
            T("查询{salesperson}名下尚未发货的订单数量"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("number of distinct customers ordering {product} {in_period}"),
            T("I need how many different customers purchased {product} for {period}."),
            T("How many customers placed orders for {product} {in_period}?"),
            T("{product}: unique buyers {in_period}"),
        ],
        "zh": [
            T("{period}{product}有多少个买家"),
            T("查询{period}购买{product}的客户总数"),
            T("{period}有几个不同的客户下单买了{product}"),
            T("我想知道{period}多少家客户采购过{product}"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T("how many different clients bought anything in {category} {in_period}"),
            T(
                "I'd like the number of customers who purchased {category_adj} products "
                "{in_period}."
            ),
            T("What was the {category_adj} customer count {in_period}?"),
            T("count distinct customers with {category_adj} orders {in_period}"),
        ],
        "zh": [
            T("{period}{category_cls}有多少个买家"),
            T("查询{period}购买{category}的客户总数"),
            T("{period}有几个不同的客户下单买了{category_cls}产品"),
            T("我想知道{period}多少家客户采购过{category_cls}商品"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("number of customers located in {country}"),
            T("I'd like to know how many clients we have in {country}."),
            T("How many customers are there in {country}?"),
            T("total {country_adj} customers"),
        ],
        "zh": [
            T("{country}客户总数"),
            T("查询位于{country}的客户数量"),
            T("{country}的客户数目是多少"),
            T("在{country}的客户一共多少个"),
        ],
    },
    "count_products_category": {
        "en": [
            T("number of products we have in {category}"),
            T("I'd like the product count of the {category} category."),
            T("How many different products fall in the {category} category?"),
            T("total {category_adj} SKUs"),
        ],
        "zh": [
            T("{category_cls}产品总数"),
            T("查询{category}类别的产品数量"),
            T("{category_cls}一共有几款产品"),
            T("{category}这个品类我们有多少个产品"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("number of vendors located in {country}"),
            T("I'd like to know how many suppliers we have in {country}."),
            T("How many suppliers are there in {country}?"),
            T("total {country_adj} suppliers"),
        ],
        "zh": [
            T("{country}供应商总数"),
            T("查询{country}的供货商数量"),
            T("{country}那边我们有几家供应商"),
            T("在{country}的供应商一共多少家"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("I need customers with more than ${x} in sales {in_period}.", op="gt"),
            T("Which accounts exceeded {x} in revenue {in_period}?", op="gt"),
            T("customers at or above {x} in revenue {in_period}", op="ge"),
            T("Who bought at least ${x} worth {in_period}?", op="ge"),
            T("Which customers came in below {x} in sales {in_period}?", op="lt"),
            T("customers under ${x} revenue {in_period}", op="lt"),
            T("Which customers were at or below {x} in revenue {in_period}?", op="le"),
            T(
                "Of the customers who ordered {in_period}, whose spend did not exceed {x}?",
                op="le",
            ),
        ],
        "zh": [
            T("查询{period}销售额高于{x}的客户", op="gt"),
            T("{period}哪些客户的消费超过了{x}美元？", op="gt"),
            T("{period}销售额大于等于{x}的客户", op="ge"),
            T("{period}哪些客户买了不低于{x}的货", op="ge"),
            T("{period}哪些客户的销售额不足{x}", op="lt"),
            T("查询{period}消费金额小于{x}的客户", op="lt"),
            T("{period}销售额小于等于{x}的客户有哪些", op="le"),
            T("{period}哪些客户的采购额没有超过{x}", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("I need the products that sold in excess of {x} units {in_period}.", op="gt"),
            T("products above {x} units {in_period}", op="gt"),
            T("Which items hit {x} units or more {in_period}?", op="ge"),
            T("products with unit sales of {x}+ {in_period}", op="ge"),
            T("products below {x} units sold {in_period}", op="lt"),
            T("Among products that sold {in_period}, which moved fewer than {x} units?", op="lt"),
            T("Which products didn't sell more than {x} units {in_period}?", op="le"),
            T("items with {x} or fewer units sold {in_period}", op="le"),
        ],
        "zh": [
            T("查询{period}销量超出{x}件的产品", op="gt"),
            T("{period}哪些产品卖了多于{x}件", op="gt"),
            T("{period}销量不低于{x}件的产品", op="ge"),
            T("{period}哪些产品销量大于等于{x}", op="ge"),
            T("{period}销量小于{x}件的商品", op="lt"),
            T("查询{period}卖得少于{x}个的产品", op="lt"),
            T("{period}哪些产品的销量没超过{x}件", op="le"),
            T("{period}哪些产品销量小于等于{x}", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("I need customers that placed in excess of {x} orders {in_period}.", op="gt"),
            T("Who ordered from us more than {x} times {in_period}?", op="gt"),
            T("customers with {x}+ orders {in_period}", op="ge"),
            T("clients reaching {x} orders or more {in_period}", op="ge"),
            T(
                "Among customers who ordered {in_period}, which placed fewer than {x} orders?",
                op="lt",
            ),
            T("clients with less than {x} orders {in_period}", op="lt"),
            T("customers whose order count {in_period} was {x} or lower", op="le"),
            T("Who didn't order more than {x} times {in_period}?", op="le"),
        ],
        "zh": [
            T("查询{period}订单超过{x}单的客户", op="gt"),
            T("{period}哪些客户下单次数大于{x}", op="gt"),
            T("{period}订单数大于等于{x}的客户", op="ge"),
            T("{period}哪些客户的下单次数不低于{x}次", op="ge"),
            T("{period}下单次数小于{x}的客户", op="lt"),
            T("查询{period}订单不足{x}单的客户", op="lt"),
            T("{period}订单数小于等于{x}的客户有哪些", op="le"),
            T("{period}哪些客户下单不多于{x}次", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("I need {country_adj} customers with no orders placed {in_period}."),
            T("Which customers based in {country} were inactive {in_period} (no orders)?"),
            T("customers from {country} who bought nothing {in_period}"),
            T("Show {country_adj} accounts lacking any order {in_period}."),
        ],
        "zh": [
            T("{period}{country}没有下过订单的客户名单"),
            T("查询{period}无订单的{country}客户"),
            T("{period}哪些{country}客户没有任何订单"),
            T("{country}客户中{period}没有采购记录的是哪些"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("I need the customers with no orders placed {in_period}."),
            T("Which customers were inactive {in_period} (no orders)?"),
            T("customers who bought nothing {in_period}"),
            T("Show accounts lacking any order {in_period}."),
        ],
        "zh": [
            T("{period}没有下过订单的客户名单"),
            T("查询{period}无订单的客户"),
            T("{period}哪些客户没有任何订单"),
            T("{period}没有采购记录的客户是哪些"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T("I need the {category_adj} products no customer in {country} has ever bought."),
            T("products in {category} with no orders at all from {country_adj} customers"),
            T("Which products in {category} have never sold to customers in {country}?"),
            T(
                "Which {category_adj} products had no orders from customers in {country} "
                "{in_period}?"
            ),
            T("{In_period}: {category_adj} items that {country_adj} customers didn't buy"),
        ],
        "zh": [
            T("{country}客户从未采购过的{category_cls}商品"),
            T("查询{country}客户没有订购记录的{category_cls}产品"),
            T("{category_cls}中哪些产品从来没卖给{country}的客户"),
            T("{period}{country}客户没有下单购买的{category_cls}产品"),
            T("查询{period}未被{country}客户订购的{category}类产品"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("I need the products that had no orders at all {in_period}."),
            T("unsold products {in_period}"),
            T("Which products had no sales {in_period}?"),
            T("Which {category_adj} items weren't ordered even once {in_period}?"),
            T("{category_adj} products that went unsold {in_period}"),
        ],
        "zh": [
            T("查询{period}没有任何订单的产品"),
            T("{period}哪些产品完全没卖出去"),
            T("{period}零订单产品清单"),
            T("{period}{category_cls}中没有销售记录的产品"),
            T("查询{period}未被订购的{category_cls}产品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("top {dim} of {year} for {measure}", dir="top"),
            T("I need the {dim} with the highest {measure} in {year}.", dir="top"),
            T("Which {dim} was the high point of {year} in terms of {measure}?", dir="top"),
            T("{year}: lowest {dim} by {measure}", dir="bottom"),
            T("Which {dim} of {year} was the low point for {measure}?", dir="bottom"),
            T(
                "busiest month of {year} by number of orders",
                dim="month",
                measure="orders",
                dir="top",
            ),
        ],
        "zh": [
            T("{year}年{measure}峰值出现在哪个{dim}", dir="top"),
            T("{year}年{measure}排第一的{dim}", dir="top"),
            T("{year}年{measure}的谷底是哪个{dim}", dir="bottom"),
            T("{year}年哪个{dim}{measure}表现最差", dir="bottom"),
            T("{year}年销量最高的季度", dim="quarter", measure="units", dir="top"),
            T("{year}年营业额最低是几月", dim="month", measure="revenue", dir="bottom"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T("I need {country}'s percentage of our revenue {in_period}."),
            T("How much of our revenue {in_period}, in %, came from {country_adj} buyers?"),
            T("share of total sales from customers in {country} {in_period}, %"),
            T("revenue mix {in_period}: what % was {category}?"),
            T("What portion of sales {in_period} was {category_adj}, as a percentage?"),
        ],
        "zh": [
            T("{period}{category_cls}占销售额的比重是多少"),
            T("{period}全部销售额中{category_cls}占多少比例"),
            T("{period}{category}销售额占比是百分之多少"),
            T("查询{period}{country}客户销售额所占百分比"),
            T("{period}总营收里{country}客户占了百分之几"),
        ],
    },
    "growth": {
        "en": [
            T("{category_adj} revenue: percent growth {year1} to {year2}", how="pct"),
            T("{category} revenue from {year1} to {year2}: what's the % change?", how="pct"),
            T("I need the growth rate of {customer}'s revenue from {year1} to {year2}.", how="pct"),
            T(
                "What was the percentage increase or decrease in sales to {customer} from "
                "{year1} to {year2}?",
                how="pct",
            ),
            T(
                "By how many dollars did {category_adj} revenue change from {year1} to {year2}?",
                how="abs",
            ),
            T("revenue delta for {category} from {year1} to {year2} (absolute)", how="abs"),
            T("{customer}: change in revenue from {year1} to {year2}, in dollars", how="abs"),
        ],
        "zh": [
            T("{category_cls}销售额从{year1}年到{year2}年增长了百分之多少", how="pct"),
            T("查询{customer}{year2}年相对{year1}年的销售额增长率", how="pct"),
            T("{customer}的销售额从{year1}年到{year2}年变动了百分之几", how="pct"),
            T("{category}{year2}年销售额相比{year1}年的绝对变化额", how="abs"),
            T("查询{customer}{year1}年到{year2}年销售额的变化金额", how="abs"),
        ],
    },
}
