"""HELD-OUT phrasings: the honest test of the Ask parser. Its author does not read this file.

Same structure and slots as phrasings.py, worded differently: other verbs and synonyms,
other word orders, politeness, commands instead of questions. Every template must still
mean exactly what its family means (see oracle.py and tests/data/EVAL_README.md).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    # -- lookups --------------------------------------------------------------------------
    "lookup_supplier": {
        "en": [
            T("Where do we source {product} from?"),
            T("Which vendor do we buy {product} from?"),
            T("Can you tell me who provides {product}?"),
            T("{product} - who's the supplier?"),
        ],
        "zh": [
            T("{product}是从哪家公司进货的？"),
            T("请问{product}由哪个供应商提供？"),
            T("{product}找谁采购？"),
            T("我们的{product}是哪个厂家供的货？"),
        ],
    },
    "lookup_category": {
        "en": [
            T("What kind of product is {product} classified as?"),
            T("Under which category do we list {product}?"),
            T("{product} falls under which category?"),
            T("Tell me the category for {product}."),
        ],
        "zh": [
            T("{product}是哪一类产品？"),
            T("请问{product}被分在哪个类目？"),
            T("{product}算哪个分类？"),
            T("{product}在系统里属于什么类别？"),
        ],
    },
    "lookup_price": {
        "en": [
            T("What do we charge for {product}?"),
            T("Current selling price for {product}?"),
            T("Could you look up the price of {product}?"),
            T("{product} price"),
        ],
        "zh": [
            T("{product}现在的销售价格是多少？"),
            T("请问{product}的定价是多少"),
            T("{product}一个单位卖多少钱？"),
            T("查一下{product}的价格"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("How many {product} are left in the warehouse?"),
            T("Do we have {product} on hand, and how many?"),
            T("Current inventory level for {product}?"),
            T("Check stock for {product}, please."),
        ],
        "zh": [
            T("仓库里还剩多少{product}？"),
            T("{product}目前的现货有多少？"),
            T("帮我查下{product}的库存数量"),
            T("{product}还有货吗？有多少？"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("How many {product} are we still waiting to receive from suppliers?"),
            T("Open purchase quantity for {product}?"),
            T("What's incoming for {product} on open purchase orders?"),
            T("Is any {product} on order? How many units?"),
        ],
        "zh": [
            T("{product}已经下了采购单但还没收到的有多少？"),
            T("{product}还有多少采购没到货？"),
            T("请查一下{product}的未到货采购量"),
            T("{product}正在采购中的数量"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("For {product}, give me units in stock alongside the reorder threshold."),
            T("Is {product} near its reorder level? Show stock and level."),
            T("{product}: on-hand quantity vs. reorder level"),
            T("What's the reorder level of {product} and how many do we currently hold?"),
        ],
        "zh": [
            T("{product}现在有多少货？再订货点定的是多少？"),
            T("请列出{product}的在库数量和再订购点"),
            T("{product}的现存量以及再订货水平各是多少"),
            T("{product}：库存 vs 再订货点"),
        ],
    },
    "supplier_products": {
        "en": [
            T("What does {supplier} sell to us?"),
            T("Show me everything we source from {supplier}."),
            T("Which items come from {supplier}?"),
            T("{supplier}'s product range in our catalogue"),
        ],
        "zh": [
            T("我们从{supplier}采购哪些商品？"),
            T("{supplier}都提供什么产品？"),
            T("请问哪些产品是{supplier}供的？"),
            T("{supplier}的供货清单"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("For every product we get from {supplier}, how much is in stock?"),
            T("Inventory on hand of each item sourced from {supplier}, please"),
            T(
                "Which products do we buy from {supplier} and how many units of each are in the "
                "warehouse?"
            ),
            T("{supplier} products: current stock of each one"),
        ],
        "zh": [
            T("从{supplier}进货的每种产品现在仓库里还有多少？"),
            T("请逐个给出{supplier}所供商品的在库数量"),
            T("{supplier}提供的商品分别还剩多少库存"),
            T("查一下{supplier}那几个产品各自的库存"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("In what country is our customer {customer}?"),
            T("{customer} - which country?"),
            T("Tell me the country of the customer {customer}."),
            T("What nation does {customer} operate from?"),
        ],
        "zh": [
            T("客户{customer}是哪国的？"),
            T("请问{customer}的国家是哪里？"),
            T("{customer}这家客户在哪个国家"),
            T("{customer}来自哪个国家？"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("Where is {customer} based? Just the city."),
            T("Which town is the customer {customer} in?"),
            T("Tell me the city for {customer}."),
            T("{customer}: what city?"),
        ],
        "zh": [
            T("客户{customer}在哪座城市？"),
            T("请问{customer}的城市是哪里"),
            T("{customer}这家公司在哪个城市"),
            T("{customer}的所在地（城市）是哪里？"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("How much did we sell {in_period}, in money?"),
            T("{In_period}, what were total sales?"),
            T("Give me the sales total {in_period}."),
            T("What did we bring in {in_period}?"),
        ],
        "zh": [
            T("{period}的营收一共多少？"),
            T("请统计{period}的销售总额"),
            T("{period}卖了多少钱"),
            T("{period}总共的销售收入是多少？"),
        ],
    },
    "total_units": {
        "en": [
            T("How many units were ordered in total {in_period}?"),
            T("Total sales volume in units {in_period}?"),
            T("Count of units sold {in_period}, all products together"),
            T("How many pieces did customers buy from us {in_period}?"),
        ],
        "zh": [
            T("{period}所有产品加起来卖了多少件？"),
            T("请问{period}的总销售件数"),
            T("{period}客户一共买了多少件货？"),
            T("{period}的销售总量（件数）"),
        ],
    },
    "total_orders": {
        "en": [
            T("{In_period}, how many orders came in?"),
            T("Count the orders placed {in_period}."),
            T("How many sales orders did customers place {in_period}?"),
            T("Total number of orders booked {in_period}?"),
        ],
        "zh": [
            T("{period}总共下了几单？"),
            T("请统计{period}的订单总数"),
            T("{period}客户一共下了多少单？"),
            T("{period}我们收到了几张订单"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("On average, how much was an order worth {in_period}?"),
            T("{In_period}, what did an order come to on average?"),
            T("Mean order value {in_period}?"),
            T("What's the average revenue per order {in_period}?"),
        ],
        "zh": [
            T("{period}平均一单多少钱？"),
            T("{period}的客单价（平均每单金额）"),
            T("{period}每笔订单的平均金额是多少"),
            T("请算一下{period}的平均订单价值"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("What did {customer} spend with us {in_period}?"),
            T("{In_period}, how much business did we do with {customer}?"),
            T("Total sales to the customer {customer} {in_period}, please."),
            T("How much has {customer} ordered from us {in_period}, in value?"),
        ],
        "zh": [
            T("{period}{customer}一共在我们这里花了多少钱？"),
            T("{customer}这个客户{period}贡献了多少营收？"),
            T("请统计{period}对{customer}的销售金额"),
            T("{period}和{customer}的生意做了多少钱？"),
        ],
    },
    "product_revenue": {
        "en": [
            T("How much money did we make selling {product} {in_period}?"),
            T("{In_period}, what did {product} bring in?"),
            T("Total sales value of {product} {in_period}"),
            T("What were {product} sales worth {in_period}?"),
        ],
        "zh": [
            T("{period}{product}的营业额有多少？"),
            T("请问{period}{product}的销售收入"),
            T("{product}这个产品{period}卖了多少金额？"),
            T("{period}{product}一共卖出多少金额？"),
        ],
    },
    "product_units": {
        "en": [
            T("{In_period}, how many units of {product} were ordered by customers?"),
            T("What volume of {product} did we sell {in_period}, in units?"),
            T("Number of {product} units sold {in_period}?"),
            T("How much {product} did customers buy {in_period}, in units?"),
        ],
        "zh": [
            T("{period}客户一共订了多少件{product}？"),
            T("{period}{product}总共售出几件？"),
            T("请查{period}{product}的销售件数"),
            T("{product}在{period}一共卖了几件"),
        ],
    },
    "category_revenue": {
        "en": [
            T("How much did we sell in {category} {in_period}?"),
            T("{In_period}, what did the {category} category bring in?"),
            T("Total {category_adj} sales {in_period}, in money"),
            T("What were sales for {category_adj} products worth {in_period}?"),
        ],
        "zh": [
            T("{period}{category_cls}一共卖了多少钱？"),
            T("请问{period}{category}这个类别的销售收入"),
            T("{category}类目{period}的营收是多少"),
            T("{period}{category_cls}商品的销售总额"),
        ],
    },
    "country_revenue": {
        "en": [
            T("{In_period}, how much business came from customers in {country}?"),
            T("Total sales to {country_adj} clients {in_period}?"),
            T("How much revenue did we earn from {country_adj} customers {in_period}?"),
            T("What did our customers in {country} spend altogether {in_period}?"),
        ],
        "zh": [
            T("{period}{country}的客户一共买了多少钱的货？"),
            T("请统计{period}{country}客户的销售额"),
            T("{country}那边的客户{period}带来多少营收？"),
            T("{period}对{country}客户的销售总额"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T("{In_period}, how much revenue came from goods we source in {country}?"),
            T("Sales value {in_period} of items bought from {country_adj} vendors"),
            T("How much did products from {country_adj} suppliers earn us {in_period}?"),
            T("Revenue {in_period} on products whose vendor is based in {country}"),
        ],
        "zh": [
            T("{period}从{country}供应商进货的产品卖了多少钱？"),
            T("请问{period}{country}厂商所供商品的销售收入"),
            T("{country}供货商的货{period}带来多少营收？"),
            T("{period}供应商位于{country}的那些产品，销售额合计多少？"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T("What's the value of the inventory we hold from {country_adj} vendors?"),
            T("At list price, how much is the stock we bought from {country_adj} suppliers worth?"),
            T("Total stock value of goods sourced from suppliers in {country}"),
            T(
                "How much money is tied up in stock of items from {country} suppliers, at list "
                "price?"
            ),
        ],
        "zh": [
            T("仓库里{country}供应商的货按售价算值多少钱？"),
            T("请计算{country}厂商所供商品的库存金额"),
            T("从{country}供应商进货的产品现有库存价值"),
            T("{country}供货商的商品目前库存总值是多少"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("{In_period}, how many orders went through {salesperson}?", measure="orders"),
            T("Count of orders taken by {salesperson} {in_period}", measure="orders"),
            T("What did {salesperson} sell {in_period}, in value?", measure="revenue"),
            T("How much business did {salesperson} bring in {in_period}?", measure="revenue"),
        ],
        "zh": [
            T("{period}{salesperson}一共接了几单？", measure="orders"),
            T("请统计{salesperson}{period}经手的订单数量", measure="orders"),
            T("{period}{salesperson}的业绩（销售金额）是多少？", measure="revenue"),
            T("{salesperson}{period}卖了多少钱？", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("Of the orders placed {in_period}, how many did {carrier} carry?"),
            T("Count of orders placed {in_period} that were sent via {carrier}"),
            T("How many orders booked {in_period} used {carrier} as the carrier?"),
            T("Number of orders we gave to {carrier} {in_period}"),
        ],
        "zh": [
            T("{period}下的订单中，交给{carrier}运输的有几个？"),
            T("{period}的订单有几单是{carrier}送的？"),
            T("请统计{period}订单中通过{carrier}发货的数量"),
            T("{period}接的订单里用{carrier}发货的一共多少？"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("Split the {measure} {in_period} by {dim}."),
            T("{In_period}, how did {measure} break down across {dims}?"),
            T("For each {dim}, what was the {measure} {in_period}?"),
            T("I need the {measure} for every {dim} {in_period}"),
            T("Give me a {dim}-by-{dim} view of {measure} {in_period}."),
        ],
        "zh": [
            T("{period}的{measure}按{dim}拆分一下"),
            T("请列出{period}每一个{dim}的{measure}"),
            T("{period}不同{dim}的{measure}各是多少"),
            T("{period}{measure}分{dim}汇总"),
        ],
    },
    "top1": {
        "en": [
            T("{In_period}, which {dim} was number one for {measure}?", dir="top"),
            T("Name the {dim} that led in {measure} {in_period}.", dir="top"),
            T("Which {dim} brought in the most money {in_period}?", measure="revenue", dir="top"),
            T(
                "Which {dim} accounted for the most units sold {in_period}?",
                measure="units",
                dir="top",
            ),
            T(
                "Which {dim} had the largest number of orders {in_period}?",
                measure="orders",
                dir="top",
            ),
            T("Which {dim} was weakest on {measure} {in_period}?", dir="bottom"),
            T("{In_period}, which {dim} came last for {measure}?", dir="bottom"),
            T(
                "Leaving out {dims} with no orders {in_period}, which one did worst on {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{In_period}, of the {dims} that had orders, which had the smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Who placed the fewest orders with us {in_period}?",
                dim="customer",
                measure="orders",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{period}哪个{dim}的{measure}排第一？", dir="top"),
            T("{period}{measure}排名第一的{dim}", dir="top"),
            T(
                "{period}业绩最好的销售员是谁（按销售额）？",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T("{period}{measure}垫底的{dim}是哪个？", dir="bottom"),
            T("{period}哪个{dim}的{measure}最少？", dir="bottom"),
            T("不算{period}没有订单的，哪个{dim}的{measure}最少？", dir="bottom", active="some"),
            T("请在{period}有过订单的{dim}里找出{measure}最少的那个", dir="bottom", active="some"),
        ],
    },
    "topn": {
        "en": [
            T("{In_period}, what were the {n} best {dims} in terms of {measure}?", dir="top"),
            T("Rank {dims} by {measure} {in_period} and give me the top {n}.", dir="top"),
            T("Our {n} leading {dims} by {measure} {in_period}?", dir="top"),
            T("Which {n} {dims} performed worst on {measure} {in_period}?", dir="bottom"),
            T("Rank {dims} by {measure} {in_period}, lowest first, and show {n}.", dir="bottom"),
            T("the {n} weakest {dims} by {measure} {in_period}", dir="bottom"),
            T(
                "Leaving out {dims} with no orders {in_period}, which {n} did worst on {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{In_period}, of the {dims} that had orders, show the {n} with the smallest "
                "{measure}.",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("{period}按{measure}排序，前{n}名{dim}是谁？", dir="top"),
            T("请列出{period}{measure}最多的前{n}个{dim}", dir="top"),
            T("{period}{measure}TOP{n}的{dim}", dir="top"),
            T("{period}{measure}排在最后的{n}个{dim}", dir="bottom"),
            T("请找出{period}{measure}最少的{n}个{dim}", dir="bottom"),
            T(
                "不算{period}没有订单的，{measure}最少的{n}个{dim}是哪些？",
                dir="bottom",
                active="some",
            ),
            T("请在{period}有过订单的{dim}里找出{measure}最少的{n}个", dir="bottom", active="some"),
        ],
    },
    "topn_in_group": {
        "en": [
            T("Who was our biggest customer in {country} {in_period}, by {measure}?", dir="top"),
            T("{In_period}, which {n} {country_adj} clients led on {measure}?", dir="top"),
            T(
                "Among customers in {country}, who had the smallest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Rank {country_adj} customers by {measure} {in_period}, lowest first: show {n}.",
                dir="bottom",
            ),
            T(
                "{In_period}, of the clients in {country} that placed orders, who had the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{In_period}, of the clients in {country} that placed orders, which {n} had the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T("Best {category_adj} product {in_period} in terms of {measure}?", dir="top"),
            T(
                "{In_period}, what were the {n} strongest {category_adj} products by {measure}?",
                dir="top",
            ),
            T("Which {category_adj} item did worst on {measure} {in_period}?", dir="bottom"),
            T(
                "Show the {n} {category_adj} products with the smallest {measure} {in_period}.",
                dir="bottom",
            ),
            T(
                "Ignoring {category_adj} items that did not sell {in_period}, which one had the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Ignoring {category_adj} items that did not sell {in_period}, list the {n} with "
                "the smallest {measure}.",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the products we source from {supplier}, which led on {measure} {in_period}?",
                dir="top",
            ),
            T("Among {supplier}'s products, the {n} best by {measure} {in_period}", dir="top"),
            T(
                "Of {supplier}'s products, which had the weakest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "The {n} worst-performing products from {supplier} by {measure} {in_period}",
                dir="bottom",
            ),
            T(
                "Counting only {supplier} products that sold {in_period}, which was weakest on "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Counting only {supplier} products that sold {in_period}, name the {n} weakest "
                "on {measure}.",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("{period}在{country}的客户当中，哪家的{measure}最多？", dir="top"),
            T("{period}{country}客户按{measure}排序的前{n}名", dir="top"),
            T("{period}{country}哪个客户的{measure}最少？", dir="bottom"),
            T("请列出{period}{measure}排在最后的{n}家{country}客户", dir="bottom"),
            T(
                "{period}有下单的{country}客户当中，谁的{measure}最少？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}有下单的{country}客户当中，{measure}最少的{n}家是哪些？",
                dir="bottom",
                active="some",
            ),
            T("{period}{category}里哪个产品的{measure}排第一？", dir="top"),
            T("请给出{period}{category_cls}{measure}最多的前{n}个产品", dir="top"),
            T("{period}{category}里哪个产品{measure}垫底？", dir="bottom"),
            T("{period}{category_cls}里{measure}最少的{n}个产品是哪些？", dir="bottom"),
            T(
                "不算{period}没卖出去的，{category}里哪个产品{measure}最少？",
                dir="bottom",
                active="some",
            ),
            T(
                "不算{period}没卖出去的，{category}里{measure}最少的{n}个产品",
                dir="bottom",
                active="some",
            ),
            T("{period}从{supplier}进货的产品中，哪个{measure}最好？", dir="top"),
            T("{supplier}的产品{period}按{measure}排名，前{n}是哪些？", dir="top"),
            T("{supplier}供货的产品{period}哪个{measure}最差？", dir="bottom"),
            T("{period}{supplier}那几款产品里，{measure}最少的{n}个", dir="bottom"),
            T(
                "只看{period}有销售的{supplier}产品，哪个{measure}最少？",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}有销售的{supplier}产品，{measure}最少的{n}个是哪些？",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T(
                "Which {category_adj} items need reordering because stock is under the reorder "
                "level?",
                disc="incl",
            ),
            T("{category}: anything with stock below its reorder threshold?", disc="incl"),
            T(
                "List {category_adj} products whose on-hand quantity has dropped below the "
                "reorder level.",
                disc="incl",
            ),
            T(
                "Ignoring discontinued lines, which {category_adj} products are under their "
                "reorder level?",
                disc="excl",
            ),
            T(
                "Active (not discontinued) {category_adj} products below the reorder point",
                disc="excl",
            ),
        ],
        "zh": [
            T("{category}有哪些产品的库存已经跌破再订货点？", disc="incl"),
            T("请列出{category_cls}中在库数量低于补货点的商品", disc="incl"),
            T("{category_cls}哪些货该补了（库存低于再订货水平）？", disc="incl"),
            T("除去停产的，{category}哪些产品库存低于再订货点？", disc="excl"),
            T("{category_cls}在售（未停产）产品里，库存不足再订货水平的有哪些？", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("How many items need reordering, i.e. have stock under their reorder level?"),
            T("Count the products whose stock has fallen below the reorder point."),
            T("In {category}, how many products are under their reorder level?"),
            T("Count of {category_adj} products with stock below the reorder threshold"),
        ],
        "zh": [
            T("一共有几个产品的库存跌破了再订货点？"),
            T("请统计库存不足再订货水平的商品数量"),
            T("{category}里有几个产品库存低于补货点？"),
            T("{category_cls}库存不到再订货水平的商品有多少个"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T("{In_period}, which order had the highest total, and how much was it?"),
            T("Show me the top order by value {in_period} with its number."),
            T("What was our largest sale on a single order {in_period}?"),
            T("Highest-value order placed {in_period}?"),
        ],
        "zh": [
            T("{period}哪一单的金额最高？给出订单号和金额"),
            T("请找出{period}价值最高的那张订单"),
            T("{period}单笔最大的订单是多少号，金额多少？"),
            T("{period}下的订单里，哪张最值钱？"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("Which of {customer}'s orders was worth the most?"),
            T("Show the single largest order we got from {customer}."),
            T("{In_period}, what was the largest order {customer} placed with us?"),
            T("Top order by value from {customer} {in_period}"),
        ],
        "zh": [
            T("{customer}下过的订单里哪张金额最高？"),
            T("请找出{customer}历史上最大的一笔订单"),
            T("{period}{customer}下的订单中哪一单最大？"),
            T("{customer}在{period}单笔金额最高的是哪张订单？"),
        ],
    },
    "late_count": {
        "en": [
            T("Of the orders placed {in_period}, how many went out after the requested date?"),
            T("Count of orders placed {in_period} that shipped after their required date"),
            T("How often did we ship late {in_period}?"),
            T("{In_period}, how many {country_adj} orders were delivered late?"),
            T("Late deliveries to customers in {country} {in_period}: how many?"),
        ],
        "zh": [
            T("{period}下的单里有几单是超过要求日期才发出的？"),
            T("请统计{period}逾期发货的订单数量"),
            T("{period}迟发的订单一共几个？"),
            T("{period}{country}那边的客户遇到了几次发货延误？"),
            T("{period}{country}客户的逾期发货订单有多少？"),
        ],
    },
    "late_by": {
        "en": [
            T("{In_period}, break down late shipments by {dim}."),
            T("For each {dim}, how many orders shipped late {in_period}?"),
            T("Late deliveries {in_period}, counted per {dim}"),
        ],
        "zh": [
            T("{period}迟发的订单按{dim}分别是多少？"),
            T("请按{dim}汇总{period}的逾期发货单数"),
            T("{period}不同{dim}的发货延误次数"),
        ],
    },
    "late_top": {
        "en": [
            T("{In_period}, which of our {dims} had the worst record for late shipping?"),
            T("Which {dim} was responsible for the most late orders {in_period}?"),
            T("The {dim} with the highest number of late deliveries {in_period}?"),
        ],
        "zh": [
            T("{period}哪个{dim}迟发的单子最多？"),
            T("{period}逾期发货次数最多的是哪个{dim}？"),
            T("请问{period}发货延误最多的{dim}是谁"),
        ],
    },
    "late_pct": {
        "en": [
            T("{In_period}, what fraction of our shipments were late, in percent?"),
            T("On-time performance {in_period}: what percent of orders shipped late?"),
            T(
                "For orders taken {in_period}, what percentage were shipped after the "
                "required date?"
            ),
        ],
        "zh": [
            T("{period}发货逾期的订单占比多少？"),
            T("请算一下{period}的迟发率"),
            T("{period}下的订单里，有百分之几是晚发的？"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T("{In_period}, how long did it take on average from order to shipment, in days?"),
            T("Mean time to ship {in_period} (days)?"),
            T(
                "For orders going with {carrier} {in_period}, what was the average time to ship "
                "in days?"
            ),
            T("{In_period}, how quickly did {carrier} orders ship on average (days)?"),
        ],
        "zh": [
            T("{period}从下单到发货平均要多少天？"),
            T("请计算{period}订单的平均发货周期（天）"),
            T("{period}走{carrier}的订单从下单到发出平均用了几天？"),
            T("{carrier}在{period}平均多少天发货？"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T(
                "{In_period}, which shipper got orders out fastest on average, and in how many "
                "days?",
                dir="fast",
            ),
            T("Fastest carrier by average days to ship?", dir="fast"),
            T(
                "Who was our slowest shipper {in_period}, measured by average days to ship?",
                dir="slow",
            ),
            T("Which shipping company takes the longest on average to ship an order?", dir="slow"),
        ],
        "zh": [
            T("{period}平均发货最快的是哪家货运公司？几天？", dir="fast"),
            T("按平均发货天数，哪家货运公司最快？", dir="fast"),
            T("{period}哪个承运商平均发货用时最长？", dir="slow"),
            T("哪家货运公司平均发货最慢，要几天？", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("How many orders are still waiting to go out?"),
            T("Count of confirmed orders not yet shipped"),
            T("How many {country_adj} orders are still waiting to be shipped?"),
            T("Orders for customers in {country} that are still unshipped: how many?"),
            T("Does {customer} have orders that haven't shipped? How many?"),
            T("Unshipped orders for {customer} - count"),
            T("How many orders in {salesperson}'s book are still pending shipment?"),
            T("{salesperson}: number of orders not shipped yet"),
        ],
        "zh": [
            T("目前有几单还没发出去？"),
            T("请统计尚未发货的订单数量"),
            T("{country}那边还有几单没发？"),
            T("请问{country}客户有多少订单仍未发货"),
            T("{customer}有几单还在等发货？"),
            T("客户{customer}尚未发货的订单有几个"),
            T("{salesperson}手上还有几单没发货？"),
            T("请统计{salesperson}经手但还未发货的订单数"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("{In_period}, how many distinct buyers did {product} have?"),
            T("Count the customers who purchased {product} {in_period}."),
            T("How many of our clients ordered {product} at least once {in_period}?"),
            T("{product}: number of unique customers {in_period}"),
        ],
        "zh": [
            T("{period}{product}一共卖给了几家客户？"),
            T("请统计{period}下单买{product}的客户数量（去重）"),
            T("{period}有多少不同的客户订过{product}？"),
            T("{product}{period}的购买客户有几家"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T("{In_period}, how many distinct customers purchased anything in {category}?"),
            T("Count of unique buyers of {category_adj} products {in_period}"),
            T("How many of our customers ordered at least one {category_adj} product {in_period}?"),
            T("{category}: number of different customers {in_period}"),
        ],
        "zh": [
            T("{period}{category_cls}商品卖给了多少家客户？"),
            T("请统计{period}购买过{category}的客户数（去重）"),
            T("{period}下单买{category_cls}的客户有几家？"),
            T("{period}有多少家不同的客户买了{category}？"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("How many of our customers are based in {country}?"),
            T("Count the {country_adj} customers."),
            T("What's our customer count in {country}?"),
            T("Number of clients located in {country}?"),
        ],
        "zh": [
            T("{country}那边我们有几家客户？"),
            T("请统计位于{country}的客户数"),
            T("客户里有多少家是{country}的？"),
            T("{country}的客户有多少"),
        ],
    },
    "count_products_category": {
        "en": [
            T("How many products are listed under {category}?"),
            T("Count the products in {category}."),
            T("What's the number of {category_adj} items in our catalogue?"),
            T("How big is the {category} range, in number of products?"),
        ],
        "zh": [
            T("{category}这个分类下一共几个商品？"),
            T("请统计{category_cls}的产品种数"),
            T("{category_cls}目录下有几种产品？"),
            T("目录里{category_cls}商品有多少个"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("How many of our vendors are located in {country}?"),
            T("Count the {country_adj} suppliers."),
            T("What's the number of suppliers based in {country}?"),
            T("Suppliers in {country}: how many?"),
        ],
        "zh": [
            T("{country}那边有几家供货商？"),
            T("请统计位于{country}的供应商数量"),
            T("供应商里有几家是{country}的？"),
            T("{country}的供货商有多少"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("Who spent over {x} with us {in_period}?", op="gt"),
            T("{In_period}, list the customers whose purchases exceeded {x}.", op="gt"),
            T("Customers who bought {x} or more {in_period}", op="ge"),
            T("Show customers with sales of {x} or more {in_period}.", op="ge"),
            T("Which customers spent under {x} {in_period}?", op="lt"),
            T("{In_period}, customers whose purchases came to below {x}", op="lt"),
            T("Customers with sales of {x} or less {in_period}", op="le"),
            T("Which customers spent no more than {x} {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}消费高于{x}的客户是哪些？", op="gt"),
            T("{period}在我们这里花了多于{x}的客户", op="gt"),
            T("{period}销售额在{x}以上（含）的客户", op="ge"),
            T("{period}购买额至少{x}的客户有哪些", op="ge"),
            T("{period}购买额不到{x}的客户", op="lt"),
            T("{period}销售额低于{x}的是哪些客户？", op="lt"),
            T("{period}销售额{x}以下（含）的客户", op="le"),
            T("{period}购买金额不高于{x}的客户有哪些", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("{In_period}, which items moved over {x} units?", op="gt"),
            T("Products whose unit sales exceeded {x} {in_period}", op="gt"),
            T("Products with {x} or more units sold {in_period}", op="ge"),
            T("{In_period}, list products selling {x} units or more.", op="ge"),
            T("Which products sold under {x} units {in_period}?", op="lt"),
            T("{In_period}, products with unit sales below {x}", op="lt"),
            T("Products that sold {x} units or fewer {in_period}", op="le"),
            T("{In_period}, which products sold no more than {x} units?", op="le"),
        ],
        "zh": [
            T("{period}卖了多于{x}件的商品有哪些？", op="gt"),
            T("{period}销量高于{x}件的产品", op="gt"),
            T("{period}销量在{x}件以上（含）的产品", op="ge"),
            T("{period}至少卖出{x}件的产品是哪些？", op="ge"),
            T("{period}销量不到{x}件的产品", op="lt"),
            T("{period}卖出低于{x}件的商品有哪些？", op="lt"),
            T("{period}销量{x}件以下（含）的产品", op="le"),
            T("{period}销量不多于{x}件的产品有哪些？", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("{In_period}, who ordered from us over {x} times?", op="gt"),
            T("Customers with an order count above {x} {in_period}", op="gt"),
            T("Customers who placed {x} or more orders {in_period}", op="ge"),
            T("{In_period}, which clients ordered {x} times or more?", op="ge"),
            T("{In_period}, which customers ordered under {x} times?", op="lt"),
            T("Customers with an order count below {x} {in_period}", op="lt"),
            T("Customers who placed {x} orders or fewer {in_period}", op="le"),
            T("{In_period}, which clients placed no more than {x} orders?", op="le"),
        ],
        "zh": [
            T("{period}下单多于{x}次的客户", op="gt"),
            T("{period}订单数量高于{x}的客户是哪些？", op="gt"),
            T("{period}至少下了{x}单的客户有哪些？", op="ge"),
            T("{period}下单{x}次及以上的客户", op="ge"),
            T("{period}下单不到{x}次的客户", op="lt"),
            T("{period}订单数低于{x}的客户有哪些？", op="lt"),
            T("{period}下单{x}次及以下的客户", op="le"),
            T("{period}订单数不多于{x}的客户有哪些？", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("{In_period}, which of our {country_adj} clients never ordered?"),
            T("Show customers in {country} who had no orders at all {in_period}."),
            T("Which customers from {country} placed zero orders {in_period}?"),
            T("Who in {country} didn't buy anything from us {in_period}?"),
        ],
        "zh": [
            T("{period}{country}有哪些客户一次都没订货？"),
            T("请列出{period}没有任何订单的{country}客户"),
            T("{period}{country}的客户里谁没下单？"),
            T("{country}哪些客户{period}没有买过东西？"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("{In_period}, which clients never placed an order?"),
            T("Show me the customers who placed zero orders {in_period}."),
            T("Who didn't buy from us at all {in_period}?"),
            T("List customers with no purchases {in_period}."),
        ],
        "zh": [
            T("{period}一次都没订过货的客户"),
            T("请列出{period}零订单的客户"),
            T("{period}哪些客户完全没有下单？"),
            T("{period}有哪些客户没在我们这里买过东西？"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T(
                "Are there {category_adj} products that no customer in {country} has ever "
                "ordered? Which?"
            ),
            T("List the {category_adj} items our {country_adj} clients have never purchased."),
            T(
                "{In_period}, which {category_adj} products got no orders from {country_adj} "
                "customers?"
            ),
            T(
                "Which {category_adj} products went unordered by customers in {country} "
                "{in_period}?"
            ),
        ],
        "zh": [
            T("有哪些{category_cls}产品是{country}客户一次都没买过的？"),
            T("请列出{country}的客户从未下单的{category}产品"),
            T("{period}{country}那边的客户哪些{category_cls}产品一件都没订？"),
            T("{period}没有被{country}客户订过的{category_cls}产品"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("{In_period}, which items didn't sell at all?"),
            T("Show products that received zero orders {in_period}."),
            T("{In_period}, which {category_adj} items got no orders at all?"),
            T("List {category_adj} products nobody ordered {in_period}."),
        ],
        "zh": [
            T("{period}一件都没卖出的产品有哪些？"),
            T("请列出{period}零订单的商品"),
            T("{period}{category}里有哪些产品一单都没有？"),
            T("{period}{category_cls}中没人下单的产品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("In {year}, what was our strongest {dim} for {measure}?", dir="top"),
            T("Peak {dim} of {year} in terms of {measure}?", dir="top"),
            T("In {year}, which {dim} was the weakest on {measure}?", dir="bottom"),
            T("{year}: the {dim} with the smallest {measure}", dir="bottom"),
        ],
        "zh": [
            T("{year}年{measure}最好的是哪个{dim}？", dir="top"),
            T("{year}年里{measure}的高峰出现在哪个{dim}？", dir="top"),
            T("{year}年{measure}最差的{dim}是哪个？", dir="bottom"),
            T("{year}年哪个{dim}{measure}最少？", dir="bottom"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T("{In_period}, how much of our revenue, in percent, was from customers in {country}?"),
            T(
                "What portion of sales {in_period} did {country_adj} customers account for, as a "
                "percentage?"
            ),
            T("{In_period}, what percent of total sales were {category_adj} products?"),
            T("How big a slice of revenue {in_period} was {category}, as a percentage?"),
        ],
        "zh": [
            T("{period}营收中有百分之几来自{country}客户？"),
            T("{country}客户在{period}销售额中所占的比例是多少"),
            T("{period}的销售额里{category_cls}占了百分之几？"),
            T("{category}在{period}总销售额中的占比是多少"),
        ],
    },
    "growth": {
        "en": [
            T("{customer}: percent change in revenue between {year1} and {year2}?", how="pct"),
            T(
                "How did {category_adj} sales develop from {year1} to {year2}, in percentage "
                "terms?",
                how="pct",
            ),
            T(
                "By how much money did {category_adj} sales differ in {year2} versus {year1}?",
                how="abs",
            ),
            T(
                "What's the difference between {customer}'s revenue in {year2} and in {year1}?",
                how="abs",
            ),
        ],
        "zh": [
            T("和{year1}年相比，{year2}年{category_cls}的营收增长率是多少？", how="pct"),
            T("{customer}从{year1}年到{year2}年销售额的增幅是百分之多少？", how="pct"),
            T("{year2}年{customer}的销售额比{year1}年多了（或少了）多少钱？", how="abs"),
            T("{category_cls}从{year1}年到{year2}年销售额变化了多少金额？", how="abs"),
        ],
    },
}
