"""BUILD phrasings: the templates the parser's author may read and develop against.

TEMPLATES[family][lang] is a list of templates (see vocab.py for the slots). A template
fits an item when it names exactly the item's entity slots and its keyword conditions hold
for the item's choices (measure, dim, dir, op, how, disc).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    # -- lookups --------------------------------------------------------------------------
    "lookup_supplier": {
        "en": [
            T("Which supplier supplies {product}?"),
            T("Who is the supplier of {product}?"),
            T("supplier of {product}"),
            T("Who supplies {product}?"),
        ],
        "zh": [
            T("{product}是哪家供应商供货的？"),
            T("{product}的供应商是谁？"),
            T("{product}的供应商"),
            T("谁给我们供应{product}？"),
        ],
    },
    "lookup_category": {
        "en": [
            T("What category is {product} in?"),
            T("Which category does {product} belong to?"),
            T("category of {product}"),
            T("What is the product category of {product}?"),
        ],
        "zh": [
            T("{product}属于哪个类别？"),
            T("{product}是什么品类的？"),
            T("{product}的产品类别"),
            T("{product}归在哪个品类下？"),
        ],
    },
    "lookup_price": {
        "en": [
            T("What's the list price of {product}?"),
            T("How much do we sell {product} for?"),
            T("list price of {product}"),
            T("What is the unit price of {product}?"),
        ],
        "zh": [
            T("{product}的标价是多少？"),
            T("{product}卖多少钱？"),
            T("{product}的单价"),
            T("{product}的售价是多少？"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("How many units of {product} do we have in stock?"),
            T("What is the stock on hand of {product}?"),
            T("stock of {product}"),
            T("How much {product} is in stock?"),
        ],
        "zh": [
            T("{product}现在还有多少库存？"),
            T("{product}的库存是多少？"),
            T("{product}库存"),
            T("{product}在库数量是多少？"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("units on order for {product}"),
            T("How many units of {product} are on order?"),
            T("How much {product} have we ordered from the supplier that hasn't arrived yet?"),
            T("What quantity of {product} is on order?"),
        ],
        "zh": [
            T("{product}目前在途订货多少？"),
            T("{product}的在途采购数量是多少？"),
            T("{product}已订购未到货的数量"),
            T("{product}还有多少采购在路上？"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("What are the stock and reorder level of {product}?"),
            T("stock on hand and reorder point for {product}"),
            T("Show the current stock and the reorder level of {product}."),
            T("How much {product} do we have, and what is its reorder level?"),
        ],
        "zh": [
            T("{product}的库存和再订货点分别是多少？"),
            T("{product}现有库存和再订货水平"),
            T("{product}的库存是多少，再订货点是多少？"),
            T("查一下{product}的库存与再订货点"),
        ],
    },
    "supplier_products": {
        "en": [
            T("What products does {supplier} supply?"),
            T("Which products do we buy from {supplier}?"),
            T("products supplied by {supplier}"),
            T("List the products from {supplier}."),
        ],
        "zh": [
            T("{supplier}供应哪些产品？"),
            T("{supplier}给我们供哪些货？"),
            T("{supplier}供应的产品"),
            T("列出{supplier}供应的所有产品"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("What does {supplier} supply us, and what's the stock of each?"),
            T("products from {supplier} with their stock on hand"),
            T("List {supplier}'s products and how many units of each we have in stock."),
            T("Stock of each product supplied by {supplier}"),
        ],
        "zh": [
            T("{supplier}供应的产品各有多少库存？"),
            T("列出{supplier}供应的产品及其库存"),
            T("{supplier}的产品和库存数量"),
            T("{supplier}供货的每个产品现在库存多少？"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("Which country is {customer} in?"),
            T("What country is {customer} based in?"),
            T("country of {customer}"),
            T("In which country is the customer {customer} located?"),
        ],
        "zh": [
            T("{customer}在哪个国家？"),
            T("{customer}是哪个国家的客户？"),
            T("{customer}所在国家"),
            T("{customer}位于哪个国家？"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("Which city is {customer} in?"),
            T("In what city is {customer} located?"),
            T("city of {customer}"),
            T("What city is {customer} based in?"),
        ],
        "zh": [
            T("{customer}在哪个城市？"),
            T("{customer}位于哪个城市？"),
            T("{customer}所在城市"),
            T("{customer}是哪个城市的客户？"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("What was our total revenue {in_period}?"),
            T("total revenue {in_period}"),
            T("How much revenue did we make {in_period}?"),
            T("revenue for {period}"),
        ],
        "zh": [
            T("{period}的销售额是多少？"),
            T("{period}总销售额"),
            T("{period}我们的营业额是多少"),
            T("{period}一共卖了多少钱？"),
        ],
    },
    "total_units": {
        "en": [
            T("How many units did we sell {in_period}?"),
            T("total units sold {in_period}"),
            T("units sold {in_period}"),
            T("What was the total quantity sold {in_period}?"),
        ],
        "zh": [
            T("{period}一共卖出多少件？"),
            T("{period}的总销量是多少？"),
            T("{period}销售数量"),
            T("{period}总共卖了多少件产品？"),
        ],
    },
    "total_orders": {
        "en": [
            T("How many orders did we receive {in_period}?"),
            T("number of orders {in_period}"),
            T("How many orders were placed {in_period}?"),
            T("order count for {period}"),
        ],
        "zh": [
            T("{period}一共接了多少个订单？"),
            T("{period}的订单数是多少？"),
            T("{period}订单数量"),
            T("{period}有多少个订单？"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("What was the average order value {in_period}?"),
            T("average order value {in_period}"),
            T("What was the average value of an order {in_period}?"),
            T("AOV for {period}"),
        ],
        "zh": [
            T("{period}的平均订单金额是多少？"),
            T("{period}平均每单金额"),
            T("{period}订单的平均金额"),
            T("{period}每个订单平均多少钱？"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("How much revenue did {customer} bring in {in_period}?"),
            T("revenue from {customer} {in_period}"),
            T("What were our sales to {customer} {in_period}?"),
            T("How much did {customer} buy {in_period}?"),
        ],
        "zh": [
            T("{period}{customer}给我们带来了多少销售额？"),
            T("{customer}{period}的销售额"),
            T("{period}我们卖给{customer}多少钱的货？"),
            T("{customer}在{period}的消费金额是多少？"),
        ],
    },
    "product_revenue": {
        "en": [
            T("What was the revenue of {product} {in_period}?"),
            T("{product} revenue {in_period}"),
            T("How much revenue did {product} generate {in_period}?"),
            T("sales of {product} {in_period} in money"),
        ],
        "zh": [
            T("{period}{product}的销售额是多少？"),
            T("{product}{period}的销售额"),
            T("{period}{product}卖了多少钱？"),
            T("{product}在{period}带来了多少收入？"),
        ],
    },
    "product_units": {
        "en": [
            T("How many units of {product} did we sell {in_period}?"),
            T("units of {product} sold {in_period}"),
            T("How many {product} did we sell {in_period}?"),
            T("quantity sold of {product} {in_period}"),
        ],
        "zh": [
            T("{product}在{period}卖出了多少件？"),
            T("{period}{product}的销量是多少？"),
            T("{period}{product}卖了多少个？"),
            T("{product}{period}销售数量"),
        ],
    },
    "category_revenue": {
        "en": [
            T("What was {category_adj} revenue {in_period}?"),
            T("How much revenue did {category} bring in {in_period}?"),
            T("revenue of the {category} category {in_period}"),
            T("sales of {category_adj} products {in_period}"),
        ],
        "zh": [
            T("{period}{category}的销售额是多少？"),
            T("{period}{category_cls}产品的销售额"),
            T("{category_cls}{period}卖了多少钱？"),
            T("{period}{category}品类的营业额"),
        ],
    },
    "country_revenue": {
        "en": [
            T("What was revenue from customers in {country} {in_period}?"),
            T("How much did {country_adj} customers buy {in_period}?"),
            T("revenue from {country} {in_period}"),
            T("sales to customers in {country} {in_period}"),
        ],
        "zh": [
            T("{period}{country}客户的销售额一共是多少？"),
            T("{period}来自{country}客户的销售额"),
            T("{period}我们在{country}的销售额是多少？"),
            T("{country}客户{period}贡献了多少销售额？"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T(
                "What was the revenue {in_period} from products supplied by {country_adj} "
                "suppliers?"
            ),
            T("revenue of products from suppliers in {country} {in_period}"),
            T("How much did we sell {in_period} of products whose supplier is in {country}?"),
            T("sales of products from {country_adj} suppliers {in_period}"),
        ],
        "zh": [
            T("{period}{country}供应商供应的产品销售额是多少？"),
            T("{period}来自{country}供应商的产品卖了多少钱？"),
            T("{country}供应商的产品{period}的销售额"),
            T("{period}由{country}供应商供货的产品一共卖了多少金额？"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T("stock value of products supplied by {country_adj} suppliers"),
            T("What is the inventory value of products from suppliers in {country}?"),
            T("How much is our stock of products from {country_adj} suppliers worth?"),
            T("inventory value for suppliers based in {country}"),
        ],
        "zh": [
            T("{country}供应商供应的产品库存价值是多少？"),
            T("来自{country}供应商的产品库存值多少钱？"),
            T("{country}供应商产品的库存总价值"),
            T("{country}供应商供货的商品现在库存价值多少？"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("How many orders did {salesperson} handle {in_period}?", measure="orders"),
            T("number of orders by {salesperson} {in_period}", measure="orders"),
            T("How much revenue did {salesperson} generate {in_period}?", measure="revenue"),
            T("{salesperson}'s sales {in_period}", measure="revenue"),
        ],
        "zh": [
            T("{salesperson}{period}处理了多少个订单？", measure="orders"),
            T("{period}{salesperson}负责的订单数", measure="orders"),
            T("{salesperson}{period}的销售额是多少？", measure="revenue"),
            T("{period}{salesperson}完成了多少销售额？", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("How many orders placed {in_period} were shipped by {carrier}?"),
            T("number of orders {in_period} handled by {carrier}"),
            T("How many of our orders {in_period} went with {carrier}?"),
            T("orders placed {in_period} with carrier {carrier}"),
        ],
        "zh": [
            T("{period}的订单中有多少是{carrier}承运的？"),
            T("{period}由{carrier}承运的订单数"),
            T("{carrier}承运了{period}的多少个订单？"),
            T("{period}下的订单里走{carrier}的有多少？"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("{measure} by {dim} {in_period}"),
            T("Break down {measure} by {dim} for {period}."),
            T("Show {measure} per {dim} {in_period}."),
            T("What was the {measure} of each {dim} {in_period}?"),
            T("Show me monthly revenue for {period}.", dim="month", measure="revenue"),
            T("How many orders did each {dim} have {in_period}?", measure="orders"),
        ],
        "zh": [
            T("{period}各{dim}的{measure}"),
            T("按{dim}统计{period}的{measure}"),
            T("{period}每个{dim}的{measure}分别是多少？"),
            T("{period}{measure}按{dim}细分"),
            T("{period}各{dim}分别处理了多少订单？", dim="salesperson", measure="orders"),
        ],
    },
    "top1": {
        "en": [
            T("Which {dim} had the highest {measure} {in_period}?", dir="top"),
            T("{dim} with the highest {measure} {in_period}", dir="top"),
            T("Which {dim} had the lowest {measure} {in_period}?", dir="bottom"),
            T("{dim} with the lowest {measure} {in_period}", dir="bottom"),
            T(
                "Among the {dims} with any orders {in_period}, which had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{dim} with the lowest {measure} {in_period}, among those with orders",
                dir="bottom",
                active="some",
            ),
            T(
                "Who was our best customer by revenue {in_period}?",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "Which salesperson handled the most orders {in_period}?",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
            T(
                "Which product sold the most units {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "Which carrier handled the most orders {in_period}?",
                dim="carrier",
                measure="orders",
                dir="top",
            ),
        ],
        "zh": [
            T("{period}{measure}最高的{dim}是哪个？", dir="top"),
            T("哪个{dim}{period}的{measure}最高？", dir="top"),
            T("{period}{measure}最低的{dim}是哪个？", dir="bottom"),
            T("哪个{dim}{period}的{measure}最低？", dir="bottom"),
            T("{period}有订单的{dim}中，{measure}最低的是哪个？", dir="bottom", active="some"),
            T("在{period}有订单的{dim}里，哪个{measure}最低？", dir="bottom", active="some"),
            T("{period}销售额最高的销售员是谁？", dim="salesperson", measure="revenue", dir="top"),
            T("{period}下单次数最多的客户是哪家？", dim="customer", measure="orders", dir="top"),
            T("{period}哪家货运公司承运的订单最多？", dim="carrier", measure="orders", dir="top"),
            T(
                "{period}卖得最多的产品是哪个（按件数）？",
                dim="product",
                measure="units",
                dir="top",
            ),
        ],
    },
    "topn": {
        "en": [
            T("top {n} {dims} by {measure} {in_period}", dir="top"),
            T("Which {n} {dims} had the highest {measure} {in_period}?", dir="top"),
            T(
                "Who were our top {n} customers by revenue {in_period}?",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T("bottom {n} {dims} by {measure} {in_period}", dir="bottom"),
            T("Which {n} {dims} had the lowest {measure} {in_period}?", dir="bottom"),
            T(
                "Among the {dims} with any orders {in_period}, which {n} had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "bottom {n} {dims} by {measure} {in_period}, counting only those with orders",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("{period}{measure}排名前{n}的{dim}", dir="top"),
            T("{period}{measure}最高的{n}个{dim}是哪些？", dir="top"),
            T("{period}按{measure}排名前{n}的{dim}是哪些？", dir="top"),
            T("{period}{measure}最低的{n}个{dim}", dir="bottom"),
            T("{period}{measure}倒数{n}名的{dim}是哪些？", dir="bottom"),
            T("{period}有订单的{dim}中，{measure}最低的{n}个是哪些？", dir="bottom", active="some"),
            T("在{period}有订单的{dim}里，按{measure}排倒数{n}名", dir="bottom", active="some"),
        ],
    },
    "topn_in_group": {
        "en": [
            T("Which {country_adj} customer had the highest {measure} {in_period}?", dir="top"),
            T(
                "Which {country_adj} customer ordered the most {in_period} by value?",
                dir="top",
                measure="revenue",
            ),
            T("top {n} customers in {country} by {measure} {in_period}", dir="top"),
            T("Which {country_adj} customer had the lowest {measure} {in_period}?", dir="bottom"),
            T("the {n} customers in {country} with the lowest {measure} {in_period}", dir="bottom"),
            T(
                "Among the {country_adj} customers who ordered {in_period}, which had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Among the {country_adj} customers who ordered {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T("Which {category_adj} product had the highest {measure} {in_period}?", dir="top"),
            T("top {n} {category_adj} products by {measure} {in_period}", dir="top"),
            T("the weakest {category_adj} product by {measure} {in_period}", dir="bottom"),
            T("The {n} weakest {category_adj} products by {measure} {in_period}", dir="bottom"),
            T(
                "Of the {category_adj} products sold {in_period}, which had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {category_adj} products sold {in_period}, which {n} had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T("Which product from {supplier} had the highest {measure} {in_period}?", dir="top"),
            T("top {n} products from {supplier} by {measure} {in_period}", dir="top"),
            T("Which product from {supplier} had the lowest {measure} {in_period}?", dir="bottom"),
            T(
                "the {n} products from {supplier} with the lowest {measure} {in_period}",
                dir="bottom",
            ),
            T(
                "Of the products from {supplier} sold {in_period}, which had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the products from {supplier} sold {in_period}, which {n} had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("{period}{country}客户中{measure}最高的是哪家？", dir="top"),
            T("{period}{measure}排名前{n}的{country}客户", dir="top"),
            T("{period}{country}客户中{measure}最低的是哪家？", dir="bottom"),
            T("{period}{measure}最低的{n}个{country}客户", dir="bottom"),
            T(
                "{period}下过单的{country}客户中，{measure}最低的是哪家？",
                dir="bottom",
                active="some",
            ),
            T("{period}下过单的{country}客户中，{measure}最低的{n}家", dir="bottom", active="some"),
            T("{period}{category_cls}产品里{measure}最高的是哪个？", dir="top"),
            T("{period}{category_cls}{measure}最高的{n}个产品", dir="top"),
            T("{period}{category_cls}产品中{measure}最低的是哪个？", dir="bottom"),
            T("{period}{category_cls}产品{measure}最低的{n}个", dir="bottom"),
            T(
                "{period}卖出过的{category_cls}产品里，{measure}最低的是哪个？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}卖出过的{category_cls}产品里，{measure}最低的{n}个",
                dir="bottom",
                active="some",
            ),
            T("{period}{supplier}供应的产品里{measure}最高的是哪个？", dir="top"),
            T("{period}{supplier}供应的产品中{measure}前{n}名", dir="top"),
            T("{period}{supplier}供应的产品里{measure}最低的是哪个？", dir="bottom"),
            T("{period}{supplier}供应的产品中{measure}最低的{n}个", dir="bottom"),
            T(
                "{period}卖出过的{supplier}产品里，{measure}最低的是哪个？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}卖出过的{supplier}产品里，{measure}最低的{n}个",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T("Which {category_adj} products are below their reorder level?", disc="incl"),
            T("{category} below reorder level, with stock and reorder level", disc="incl"),
            T(
                "Show me the {category_adj} products that are under their reorder point, "
                "with stock and reorder level",
                disc="incl",
            ),
            T(
                "Which {category_adj} products that are not discontinued are below their "
                "reorder level?",
                disc="excl",
            ),
            T("{category} below reorder level, excluding discontinued products", disc="excl"),
        ],
        "zh": [
            T("{category_cls}里哪些产品的库存低于再订货水平？", disc="incl"),
            T("{category_cls}产品中库存低于再订货点的有哪些？", disc="incl"),
            T("{category}低于再订货点的产品及库存", disc="incl"),
            T("{category_cls}里未停产且库存低于再订货点的产品", disc="excl"),
            T("不算已停产的，{category_cls}哪些产品库存低于再订货水平？", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("How many products currently have stock on hand below their reorder level?"),
            T("number of products below reorder level"),
            T("How many {category_adj} products are below their reorder level?"),
            T("number of {category_adj} products under the reorder point"),
        ],
        "zh": [
            T("现在有多少个产品的库存低于再订货水平？"),
            T("库存低于再订货点的产品数量"),
            T("{category_cls}有多少个产品库存低于再订货点？"),
            T("{category_cls}中低于再订货水平的产品数"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T(
                "What was the biggest single order by value {in_period}? Give the order number "
                "and amount."
            ),
            T("largest order {in_period} by value"),
            T("Which order was the biggest {in_period}, and what was it worth?"),
            T("the single biggest order {in_period}"),
        ],
        "zh": [
            T("{period}金额最大的一张订单是哪张？多少钱？"),
            T("{period}最大的一笔订单"),
            T("{period}单笔金额最高的订单是哪个？"),
            T("{period}哪个订单金额最大？金额是多少？"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("What is the biggest order {customer} ever placed?"),
            T("largest order of {customer} by value"),
            T("Which was {customer}'s biggest order {in_period}, and how much was it?"),
            T("biggest order from {customer} {in_period}"),
        ],
        "zh": [
            T("{customer}金额最大的一张订单是哪张？多少钱？"),
            T("{customer}最大的一笔订单"),
            T("{period}{customer}最大的一张订单是哪张？"),
            T("{customer}{period}金额最高的订单"),
        ],
    },
    "late_count": {
        "en": [
            T("How many orders placed {in_period} were shipped late?"),
            T("number of late shipments {in_period}"),
            T("How many late shipments did we have {in_period}?"),
            T("How many late shipments did customers in {country} get {in_period}?"),
            T("number of late shipments to {country_adj} customers {in_period}"),
        ],
        "zh": [
            T("{period}下的订单中，有多少是延迟发货的？"),
            T("{period}延迟发货的订单数"),
            T("{period}有多少订单发货晚了？"),
            T("{period}{country}客户的订单有多少延迟发货？"),
            T("{period}{country}客户有多少订单迟发了？"),
        ],
    },
    "late_by": {
        "en": [
            T("late shipments by {dim} {in_period}"),
            T("How many late shipments did each {dim} have {in_period}?"),
            T("number of late orders per {dim} {in_period}"),
        ],
        "zh": [
            T("{period}各{dim}的延迟发货订单数"),
            T("{period}每个{dim}分别有多少延迟发货的订单？"),
            T("按{dim}统计{period}的延迟发货数量"),
        ],
    },
    "late_top": {
        "en": [
            T("Which {dim} had the most late shipments {in_period}?"),
            T("{dim} with the most late shipments {in_period}"),
            T("Which carrier delivered late most often {in_period}?", dim="carrier"),
        ],
        "zh": [
            T("{period}哪个{dim}的延迟发货最多？"),
            T("{period}延迟发货订单最多的{dim}"),
            T("{period}哪位员工的订单延迟发货最多？", dim="salesperson"),
        ],
    },
    "late_pct": {
        "en": [
            T("What percentage of orders placed {in_period} were shipped late?"),
            T("late shipment rate {in_period}"),
            T("Of the orders placed {in_period} that have shipped, what percentage shipped late?"),
        ],
        "zh": [
            T("{period}已发货的订单中，延迟发货的比例是多少？"),
            T("{period}的延迟发货率"),
            T("{period}订单迟发的百分比是多少？"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T("What was the average number of days to ship orders placed {in_period}?"),
            T("average days to ship {in_period}"),
            T("How many days on average did {carrier} take to ship orders placed {in_period}?"),
            T("average shipping time of {carrier} {in_period}"),
        ],
        "zh": [
            T("{period}的订单平均几天发出？"),
            T("{period}订单的平均发货天数"),
            T("{carrier}{period}的订单平均几天发出？"),
            T("{period}{carrier}的平均发货天数"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T(
                "Which carrier had the shortest average shipping time {in_period}, and what was "
                "it in days?",
                dir="fast",
            ),
            T("Which carrier has the shortest average shipping time?", dir="fast"),
            T("Which carrier had the longest average shipping time {in_period}?", dir="slow"),
            T("Which carrier is the slowest to ship on average?", dir="slow"),
        ],
        "zh": [
            T("{period}哪家承运商的平均发货天数最短？是多少天？", dir="fast"),
            T("哪家承运商的平均发货天数最短？", dir="fast"),
            T("{period}哪家承运商平均发货最慢？", dir="slow"),
            T("平均发货天数最长的承运商是哪家？", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("How many orders haven't been shipped yet?"),
            T("number of unshipped orders"),
            T("How many orders from customers in {country} haven't shipped yet?"),
            T("number of unshipped orders from {country_adj} customers"),
            T("How many of {customer}'s orders are not shipped yet?"),
            T("number of unshipped orders for {customer}"),
            T("How many of {salesperson}'s orders haven't shipped yet?"),
            T("number of unshipped orders handled by {salesperson}"),
        ],
        "zh": [
            T("还有多少订单没有发货？"),
            T("未发货的订单数"),
            T("{country}客户还有多少订单没发货？"),
            T("{country}客户的未发货订单数"),
            T("{customer}还有几个订单没发货？"),
            T("{customer}的未发货订单数量"),
            T("{salesperson}负责的订单还有多少没发货？"),
            T("{salesperson}名下未发货的订单数"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("How many customers ordered {product} {in_period}?"),
            T("number of customers who bought {product} {in_period}"),
            T("How many different customers bought {product} {in_period}?"),
            T("distinct customers for {product} {in_period}"),
        ],
        "zh": [
            T("{period}有多少个客户买过{product}？"),
            T("{period}购买{product}的客户数"),
            T("{period}有几家客户订购了{product}？"),
            T("{period}买过{product}的不同客户有多少家？"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T("How many customers bought {category_adj} products {in_period}?"),
            T("number of customers who ordered {category} {in_period}"),
            T("How many different customers bought from the {category} category {in_period}?"),
            T("distinct customers buying {category} {in_period}"),
        ],
        "zh": [
            T("{period}有多少个客户买过{category_cls}产品？"),
            T("{period}购买{category}的客户数"),
            T("{period}有几家客户订购了{category_cls}产品？"),
            T("{period}买过{category}的不同客户有多少？"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("How many customers do we have in {country}?"),
            T("number of customers in {country}"),
            T("How many {country_adj} customers do we have?"),
            T("customer count for {country}"),
        ],
        "zh": [
            T("我们在{country}有多少个客户？"),
            T("{country}有多少家客户？"),
            T("{country}客户数量"),
            T("{country}的客户一共有几家？"),
        ],
    },
    "count_products_category": {
        "en": [
            T("How many products are in the {category} category?"),
            T("number of {category_adj} products"),
            T("How many {category_adj} products do we have?"),
            T("product count for {category}"),
        ],
        "zh": [
            T("{category_cls}有多少个产品？"),
            T("{category}类别下有几个产品？"),
            T("{category_cls}产品数量"),
            T("我们有多少种{category_cls}产品？"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("How many suppliers do we have in {country}?"),
            T("number of suppliers in {country}"),
            T("How many {country_adj} suppliers do we work with?"),
            T("supplier count for {country}"),
        ],
        "zh": [
            T("我们在{country}有多少家供应商？"),
            T("{country}有几家供应商？"),
            T("{country}供应商数量"),
            T("{country}的供应商一共有多少家？"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("Which customers bought more than {x} worth from us {in_period}?", op="gt"),
            T("customers with revenue of more than {x} {in_period}", op="gt"),
            T("customers with revenue of at least {x} {in_period}", op="ge"),
            T("Which customers spent at least {x} {in_period}?", op="ge"),
            T("Which customers bought less than {x} worth {in_period}?", op="lt"),
            T("customers with revenue of less than {x} {in_period}", op="lt"),
            T("customers with revenue of at most {x} {in_period}", op="le"),
            T("Which customers spent at most {x} {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}销售额超过{x}的客户有哪些？", op="gt"),
            T("{period}购买金额超过{x}的客户", op="gt"),
            T("{period}销售额不少于{x}的客户有哪些？", op="ge"),
            T("{period}消费不少于{x}的客户", op="ge"),
            T("{period}销售额少于{x}的客户有哪些？", op="lt"),
            T("{period}购买金额少于{x}的客户", op="lt"),
            T("{period}销售额不超过{x}的客户有哪些？", op="le"),
            T("{period}消费金额不超过{x}的客户", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("Which products sold more than {x} units {in_period}?", op="gt"),
            T("products with more than {x} units sold {in_period}", op="gt"),
            T("products with at least {x} units sold {in_period}", op="ge"),
            T("Which products sold at least {x} units {in_period}?", op="ge"),
            T("Products that sold fewer than {x} units {in_period}", op="lt"),
            T("Which products sold fewer than {x} units {in_period}?", op="lt"),
            T("products with at most {x} units sold {in_period}", op="le"),
            T("Which products sold at most {x} units {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}销量超过{x}件的产品有哪些？", op="gt"),
            T("{period}卖出超过{x}件的产品", op="gt"),
            T("{period}销量不少于{x}件的产品", op="ge"),
            T("{period}卖了不少于{x}件的产品有哪些？", op="ge"),
            T("{period}销量少于{x}件的产品有哪些？", op="lt"),
            T("{period}卖出少于{x}件的产品", op="lt"),
            T("{period}销量不超过{x}件的产品", op="le"),
            T("{period}卖出不超过{x}件的产品有哪些？", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("Which customers placed more than {x} orders {in_period}?", op="gt"),
            T("customers with more than {x} orders {in_period}", op="gt"),
            T("customers with at least {x} orders {in_period}", op="ge"),
            T("Which customers placed at least {x} orders {in_period}?", op="ge"),
            T("Which customers placed fewer than {x} orders {in_period}?", op="lt"),
            T("customers with fewer than {x} orders {in_period}", op="lt"),
            T("customers with at most {x} orders {in_period}", op="le"),
            T("Which customers placed at most {x} orders {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}下单超过{x}次的客户有哪些？", op="gt"),
            T("{period}订单数超过{x}的客户", op="gt"),
            T("{period}下单不少于{x}次的客户有哪些？", op="ge"),
            T("{period}订单数不少于{x}的客户", op="ge"),
            T("{period}下单少于{x}次的客户有哪些？", op="lt"),
            T("{period}订单数少于{x}的客户", op="lt"),
            T("{period}下单不超过{x}次的客户有哪些？", op="le"),
            T("{period}订单数不超过{x}的客户", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("Which {country_adj} customers didn't place any orders {in_period}?"),
            T("customers in {country} with no orders {in_period}"),
            T("Which customers in {country} did not order anything {in_period}?"),
            T("{country_adj} customers without orders {in_period}"),
        ],
        "zh": [
            T("{period}没有下单的{country}客户有哪些？"),
            T("{period}{country}哪些客户没有下过单？"),
            T("{period}没有订单的{country}客户"),
            T("{country}客户中{period}一单都没下的有哪些？"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("Which customers didn't place any orders {in_period}?"),
            T("customers with no orders {in_period}"),
            T("Which customers did not order anything {in_period}?"),
            T("customers without orders {in_period}"),
        ],
        "zh": [
            T("{period}一单都没下过的客户有哪些？"),
            T("{period}没有下单的客户"),
            T("{period}哪些客户没有订单？"),
            T("{period}没有买过东西的客户有哪些？"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T("Which {category_adj} products have {country_adj} customers never bought?"),
            T("{category_adj} products never ordered by customers in {country}"),
            T("Which {category_adj} products did customers in {country} not order {in_period}?"),
            T("{category_adj} products not ordered by {country_adj} customers {in_period}"),
        ],
        "zh": [
            T("{country}客户从来没买过哪些{category_cls}产品？"),
            T("{country}客户从未订购过的{category_cls}产品"),
            T("{period}{country}客户没有订购过哪些{category_cls}产品？"),
            T("{period}{country}客户没买的{category_cls}产品"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("Which products were never ordered {in_period}?"),
            T("products with no orders {in_period}"),
            T("Which {category_adj} products had no orders {in_period}?"),
            T("{category_adj} products not ordered {in_period}"),
        ],
        "zh": [
            T("{period}哪些产品没有人订购？"),
            T("{period}没有订单的产品"),
            T("{period}哪些{category_cls}产品没有卖出去？"),
            T("{period}没有订单的{category_cls}产品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("Which {dim} of {year} had the highest {measure}?", dir="top"),
            T("best {dim} of {year} by {measure}", dir="top"),
            T(
                "Which quarter of {year} had the most orders?",
                dim="quarter",
                measure="orders",
                dir="top",
            ),
            T("Which {dim} of {year} had the lowest {measure}?", dir="bottom"),
            T("worst {dim} of {year} by {measure}", dir="bottom"),
        ],
        "zh": [
            T("{year}年哪个{dim}的{measure}最高？", dir="top"),
            T("{year}年{measure}最高的{dim}", dir="top"),
            T("{year}年哪个{dim}的{measure}最低？", dir="bottom"),
            T("{year}年{measure}最低的{dim}", dir="bottom"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T("What percentage of revenue {in_period} came from customers in {country}?"),
            T("share of revenue from {country_adj} customers {in_period}"),
            T("What percentage of revenue {in_period} came from {category}?"),
            T("revenue share of {category} {in_period}"),
        ],
        "zh": [
            T("{period}{country}客户的销售额占总销售额的百分之多少？"),
            T("{period}{country}客户销售额占比"),
            T("{period}{category_cls}销售额占全部销售额的百分之多少？"),
            T("{period}{category}的销售额占比"),
        ],
    },
    "growth": {
        "en": [
            T(
                "By what percentage did {category_adj} revenue grow from {year1} to {year2}?",
                how="pct",
            ),
            T(
                "By what percentage did {category} revenue grow in {year2} compared with {year1}?",
                how="pct",
            ),
            T(
                "By what percentage did revenue from {customer} change from {year1} to {year2}?",
                how="pct",
            ),
            T("revenue growth of {customer} from {year1} to {year2} in percent", how="pct"),
            T("How much did {category_adj} revenue change from {year1} to {year2}?", how="abs"),
            T("How much did revenue from {customer} change from {year1} to {year2}?", how="abs"),
            T("absolute change in revenue of {customer} from {year1} to {year2}", how="abs"),
        ],
        "zh": [
            T("{category_cls}{year2}年的销售额比{year1}年增长了百分之多少？", how="pct"),
            T("{customer}{year2}年的销售额比{year1}年变化了百分之多少？", how="pct"),
            T("{category_cls}{year2}年的销售额比{year1}年增加了多少？", how="abs"),
            T("{customer}{year2}年比{year1}年的销售额变化了多少？", how="abs"),
        ],
    },
}
