"""DEV phrasings: a second development set, written apart from the build phrasings.

The parser's author may read these while improving the parser; they are worded afresh (other
words, sentence shapes and jargon than phrasings.py), so a parser tuned only on the build
phrasings is measured on language it has not seen, and a parser tuned on these is still
measured on the held-out splits (heldout.py, heldout2.py), which nobody reads.

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
            T("Who's the vendor for {product}?"),
            T("Which company do we procure {product} from?"),
            T("{product} supplier?"),
            T("Can you tell me who supplies us with {product}?"),
            T("Show the supplier name for {product}"),
        ],
        "zh": [
            T("{product}是从哪家供应商进的货？"),
            T("帮我查下{product}的供应商"),
            T("{product}的进货渠道是哪家供应商？"),
            T("{product}这个产品由哪个供应商提供？"),
            T("请问{product}的供货商是哪家"),
        ],
    },
    "lookup_category": {
        "en": [
            T("{product} is in which category?"),
            T("What product category does {product} fall under?"),
            T("Can you check what category {product} sits in?"),
            T("{product} category?"),
            T("which category is {product} filed under"),
        ],
        "zh": [
            T("{product}是哪一类的产品？"),
            T("帮我看下{product}属于什么类别"),
            T("{product}归哪个类？"),
            T("请问{product}的品类是什么"),
        ],
    },
    "lookup_price": {
        "en": [
            T("What price is {product} set at?"),
            T("price of {product}?"),
            T("Can you give me the selling price for {product}?"),
            T("How much is {product} per unit?"),
            T("What's {product} listed at?"),
        ],
        "zh": [
            T("{product}单价多少？"),
            T("帮我查下{product}的售价"),
            T("{product}售价几何？"),
            T("请问{product}现在卖什么价？"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("How much {product} do we have on hand?"),
            T("{product} units in inventory?"),
            T("Can you check the inventory level for {product}?"),
            T("what's the QOH for {product}"),
            T("on-hand quantity of {product}"),
        ],
        "zh": [
            T("{product}还剩多少库存？"),
            T("帮我看下{product}现在的库存量"),
            T("{product}仓库里还有多少？"),
            T("请查询{product}的现有库存"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("How many units of {product} are still due in on open purchase orders?"),
            T("{product}: quantity on order from suppliers?"),
            T("What's the inbound quantity for {product} that we haven't received yet?"),
            T("units of {product} ordered from the vendor but not yet received"),
        ],
        "zh": [
            T("{product}订了还没到仓的数量"),
            T("帮我看下{product}在途数量"),
            T("{product}采购单上还差多少没收货？"),
            T("{product}的未到货采购数量是多少"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("{product}: stock on hand vs. reorder point?"),
            T("Give me the inventory level and the reorder level for {product}."),
            T("How many {product} do we have in stock, and at what level do we reorder?"),
            T("current stock and ROP for {product}"),
        ],
        "zh": [
            T("帮我看下{product}的库存以及再订货点"),
            T("{product}现在库存多少？补货点设的是多少？"),
            T("{product}的在库数量和再订货水平各是多少"),
            T("请列出{product}的库存量和再订货点"),
        ],
    },
    "supplier_products": {
        "en": [
            T("Which of our products does {supplier} provide?"),
            T("Which items do we source from {supplier}?"),
            T("{supplier} product list"),
            T("Can you list everything {supplier} supplies?"),
        ],
        "zh": [
            T("我们从{supplier}采购哪些产品？"),
            T("{supplier}提供的产品有哪些"),
            T("帮我列一下{supplier}的供货清单"),
            T("{supplier}都供应什么产品？"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("For each product from {supplier}, how much do we have on hand?"),
            T("{supplier} products and units in inventory"),
            T("Can you show everything we buy from {supplier} along with current stock?"),
            T("inventory levels of the items supplied by {supplier}"),
        ],
        "zh": [
            T("帮我看下{supplier}的各个产品库存多少"),
            T("{supplier}供的货库存分别是多少"),
            T("请列出{supplier}的所有产品和对应库存量"),
            T("从{supplier}采购的产品，每个还剩多少库存？"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("Where is {customer} located, which country?"),
            T("{customer}'s home country?"),
            T("Can you tell me {customer}'s country?"),
            T("what country is the account {customer} in"),
        ],
        "zh": [
            T("{customer}是哪国的？"),
            T("帮我查下{customer}在哪个国家"),
            T("客户{customer}的国家是哪里"),
            T("{customer}这家客户来自哪个国家？"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("Where is {customer} located, which city?"),
            T("{customer}'s city?"),
            T("Can you tell me which city {customer} is in?"),
            T("city for the account {customer}"),
        ],
        "zh": [
            T("{customer}坐落在哪个城市？"),
            T("帮我查一下{customer}的城市"),
            T("客户{customer}的所在城市是哪里"),
            T("{customer}的地址在哪个城市？"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("What's the sales figure in dollars {in_period}?"),
            T("total sales {in_period}"),
            T("What were net sales for {period}?"),
            T("{In_period}, what did revenue come to?"),
            T("Can you pull the total revenue for {period}?"),
            T("I need the turnover figure for {period}."),
        ],
        "zh": [
            T("{period}总营业额是多少？"),
            T("帮我看下{period}的销售总额"),
            T("{period}我们卖了多少金额？"),
            T("请统计{period}的销售收入"),
            T("{period}销售额合计"),
        ],
    },
    "total_units": {
        "en": [
            T("How many units did we move {in_period}?"),
            T("total quantity sold for {period}"),
            T("Can you give me the unit volume for {period}?"),
            T("{In_period}, how many items were sold in total?"),
        ],
        "zh": [
            T("{period}合计销售了多少件？"),
            T("帮我统计{period}的销售件数"),
            T("{period}卖出去的数量一共多少"),
            T("请问{period}的销售总数量是多少"),
        ],
    },
    "total_orders": {
        "en": [
            T("Count the sales orders we booked {in_period}."),
            T("order count {in_period}"),
            T("Can you tell me how many orders we got {in_period}?"),
            T("{In_period}, what was our order intake (number of orders)?"),
        ],
        "zh": [
            T("{period}收到了多少张订单？"),
            T("帮我看下{period}的订单量"),
            T("{period}客户一共下了几单？"),
            T("请统计{period}的销售订单数"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("What was our AOV {in_period}?"),
            T("average revenue per order {in_period}"),
            T("Can you calculate the average order size in dollars for {period}?"),
            T("What did the average order come to in dollars {in_period}?"),
        ],
        "zh": [
            T("{period}客单价是多少？"),
            T("帮我算下{period}平均每笔订单多少钱"),
            T("{period}单均销售额"),
            T("请统计{period}每张订单的平均金额"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("What's {customer}'s total spend {in_period}?"),
            T("sales to {customer} {in_period}"),
            T("{customer} revenue for {period}"),
            T("Can you pull {customer}'s purchases in dollars {in_period}?"),
            T("I need the revenue we made from {customer} {in_period}."),
        ],
        "zh": [
            T("{period}{customer}一共买了多少钱的货？"),
            T("帮我看下{customer}{period}的采购金额"),
            T("{customer}在{period}贡献的销售额"),
            T("请统计{period}{customer}的下单总额"),
        ],
    },
    "product_revenue": {
        "en": [
            T("dollar sales of {product} {in_period}"),
            T("{product} turnover {in_period}"),
            T("{In_period}, what were sales dollars for {product}?"),
            T("Can you get me {product}'s revenue for {period}?"),
        ],
        "zh": [
            T("{product}{period}卖了多少金额？"),
            T("帮我看下{period}{product}的销售收入"),
            T("{period}{product}营业额多少"),
            T("请统计{product}在{period}的销售额"),
        ],
    },
    "product_units": {
        "en": [
            T("How many {product} did we move {in_period}?"),
            T("{product} units sold for {period}"),
            T("Can you tell me the quantity of {product} sold {in_period}?"),
            T("{In_period}, what was the unit volume of {product}?"),
        ],
        "zh": [
            T("{product}{period}卖了多少件？"),
            T("帮我看下{period}{product}的销售数量"),
            T("{period}{product}销量多少"),
            T("请统计{product}在{period}的出售件数"),
        ],
    },
    "category_revenue": {
        "en": [
            T("{category_adj} sales {in_period}"),
            T("How much did the {category} category sell {in_period} in dollars?"),
            T("Can you give me revenue for {category} for {period}?"),
            T("What did {category_adj} products bring in {in_period}?"),
        ],
        "zh": [
            T("{period}{category_cls}的营业额是多少？"),
            T("帮我看下{category}{period}的销售额"),
            T("{category_cls}产品{period}卖了多少金额"),
            T("请统计{period}{category}品类销售收入"),
        ],
    },
    "country_revenue": {
        "en": [
            T("sales to {country_adj} customers {in_period}"),
            T("How much revenue did we make in {country} {in_period}?"),
            T("{In_period}, what were our sales to {country}?"),
            T("Can you pull revenue from {country_adj} accounts for {period}?"),
        ],
        "zh": [
            T("{period}{country}市场的销售额是多少？"),
            T("帮我看下{period}卖给{country}客户的金额"),
            T("{country}客户{period}一共买了多少钱"),
            T("请统计{period}{country}地区客户的营业额"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T(
                "How much revenue came {in_period} from products sourced from {country_adj} "
                "suppliers?"
            ),
            T("sales {in_period} of items supplied by vendors in {country}"),
            T("Can you get me revenue for {period} on products from {country_adj} vendors?"),
            T("What did products from suppliers based in {country} bring in {in_period}?"),
        ],
        "zh": [
            T("{period}{country}供应商的产品卖了多少金额？"),
            T("帮我看下{period}由{country}供应商供货的产品销售额"),
            T("{period}从{country}供应商采购的产品销售额是多少"),
            T("请统计{country}供应商所供产品在{period}的营业额"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T("How much inventory value do we carry from {country_adj} vendors?"),
            T("inventory value at list price for products from vendors in {country}"),
            T("Can you tell me how much stock from suppliers in {country} is worth?"),
            T("total stock value, {country_adj} suppliers"),
        ],
        "zh": [
            T("{country}供应商的产品现在库存值多少钱？"),
            T("帮我算下{country}供应商供货商品的库存金额"),
            T("来自{country}供应商的存货价值是多少"),
            T("请统计{country}供应商产品的库存总值"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("How many orders did {salesperson} book {in_period}?", measure="orders"),
            T("{salesperson}'s order count for {period}", measure="orders"),
            T(
                "Can you show me how many sales orders {salesperson} took {in_period}?",
                measure="orders",
            ),
            T("What were {salesperson}'s sales in dollars {in_period}?", measure="revenue"),
            T("revenue booked by {salesperson} {in_period}", measure="revenue"),
            T(
                "How much revenue did the rep {salesperson} bring in {in_period}?",
                measure="revenue",
            ),
        ],
        "zh": [
            T("{period}{salesperson}接了多少单？", measure="orders"),
            T("帮我看下{salesperson}{period}的订单量", measure="orders"),
            T("{salesperson}{period}负责了几张订单", measure="orders"),
            T("{period}{salesperson}的销售业绩是多少钱？", measure="revenue"),
            T("请统计{salesperson}{period}的销售金额", measure="revenue"),
            T("{salesperson}在{period}卖了多少钱", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("How many orders placed {in_period} did {carrier} ship?"),
            T("{carrier} order count {in_period}"),
            T("Can you tell me how many orders {in_period} were sent via {carrier}?"),
            T("number of orders {in_period} that used {carrier} as the shipper"),
        ],
        "zh": [
            T("{period}{carrier}运了多少单？"),
            T("帮我看下{period}走{carrier}发货的订单数量"),
            T("{period}下的单中由{carrier}配送的有几单"),
            T("请统计{period}使用{carrier}承运的订单数"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("{measure} per {dim} for {period}"),
            T("Can you split {measure} {in_period} by {dim}?"),
            T("{dim}-wise {measure} {in_period}, please"),
            T("{In_period}: {measure} for every {dim}"),
            T("How much revenue did each {dim} generate {in_period}?", measure="revenue"),
            T(
                "How many units of each product did we sell {in_period}?",
                dim="product",
                measure="units",
            ),
            T("Show the monthly sales trend for {period}.", dim="month", measure="revenue"),
            T("quarterly order counts for {period}", dim="quarter", measure="orders"),
            T("sales by rep {in_period}", dim="salesperson", measure="revenue"),
        ],
        "zh": [
            T("{period}按{dim}分的{measure}"),
            T("帮我看下{period}每个{dim}的{measure}"),
            T("请按{dim}汇总{period}的{measure}"),
            T("{period}各{dim}{measure}分别多少？"),
            T("{period}每个月的销售额", dim="month", measure="revenue"),
            T("{period}各销售员分别卖了多少钱", dim="salesperson", measure="revenue"),
            T("{period}各季度订单数", dim="quarter", measure="orders"),
        ],
    },
    "top1": {
        "en": [
            T("Which {dim} topped the {measure} ranking {in_period}?", dir="top"),
            T("top {dim} by {measure} {in_period}", dir="top"),
            T("{In_period}, which {dim} led in {measure}?", dir="top"),
            T("Which {dim} ranked last in {measure} {in_period}?", dir="bottom"),
            T("bottom {dim} by {measure} {in_period}", dir="bottom"),
            T(
                "Of the {dims} that had orders {in_period}, which one ranked lowest by {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "weakest {dim} by {measure} {in_period}, only counting {dims} that had orders",
                dir="bottom",
                active="some",
            ),
            T(
                "Who was our top rep by sales {in_period}?",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "What was our best-selling product by units {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "Which country generated the most revenue {in_period}?",
                dim="country",
                measure="revenue",
                dir="top",
            ),
            T(
                "Which category sold the fewest units {in_period}?",
                dim="category",
                measure="units",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{period}{measure}排第一的{dim}是哪个？", dir="top"),
            T("帮我看下{period}哪个{dim}{measure}最多", dir="top"),
            T("{period}{measure}冠军是哪个{dim}", dir="top"),
            T("{period}哪一个{dim}{measure}排在末位？", dir="bottom"),
            T("{period}{measure}最靠后的{dim}", dir="bottom"),
            T(
                "{period}有过订单的{dim}里面，{measure}最少的是哪个？",
                dir="bottom",
                active="some",
            ),
            T("只看{period}有订单的{dim}，{measure}排最后的是哪个", dir="bottom", active="some"),
            T(
                "{period}销售额最高的业务员是谁？",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}哪个国家的客户买得最多（按销售额）？",
                dim="country",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}卖得最少的品类是哪个（按件数）",
                dim="category",
                measure="units",
                dir="bottom",
            ),
        ],
    },
    "topn": {
        "en": [
            T("{In_period}, which were the top {n} {dims} by {measure}?", dir="top"),
            T("Can you rank the top {n} {dims} on {measure} {in_period}?", dir="top"),
            T("I need the {n} best {dims} by {measure} {in_period}.", dir="top"),
            T("Which {n} {dims} ranked lowest on {measure} {in_period}?", dir="bottom"),
            T("the {n} worst-performing {dims} by {measure} {in_period}", dir="bottom"),
            T(
                "Only counting {dims} with orders {in_period}, which {n} had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "lowest {n} {dims} by {measure} {in_period} (ignoring those with no orders)",
                dir="bottom",
                active="some",
            ),
            T(
                "top {n} accounts by revenue {in_period}",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "Our {n} best-selling products by units {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "top {n} reps by order count {in_period}",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
        ],
        "zh": [
            T("帮我看下{period}{measure}前{n}名的{dim}", dir="top"),
            T("{period}{measure}位列前{n}的{dim}有哪些", dir="top"),
            T("请列出{period}按{measure}排名前{n}位的{dim}", dir="top"),
            T("{period}{measure}排后{n}名的{dim}", dir="bottom"),
            T("{period}{measure}最少的{n}个{dim}是哪几个", dir="bottom"),
            T("{period}有订单的{dim}中{measure}倒数前{n}的", dir="bottom", active="some"),
            T("只看{period}有订单的{dim}，{measure}最低的{n}个", dir="bottom", active="some"),
            T(
                "{period}销售额前{n}的客户",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}卖得最好的{n}个产品（按销量）",
                dim="product",
                measure="units",
                dir="top",
            ),
        ],
    },
    "topn_in_group": {
        "en": [
            # customers of a country
            T("Who was the top {country_adj} customer by {measure} {in_period}?", dir="top"),
            T(
                "Which {country_adj} customer spent the most {in_period}?",
                dir="top",
                measure="revenue",
            ),
            T("top {n} accounts in {country} ranked by {measure} {in_period}", dir="top"),
            T("Which customer in {country} ranked last by {measure} {in_period}?", dir="bottom"),
            T("bottom {n} {country_adj} customers on {measure} {in_period}", dir="bottom"),
            T(
                "Looking only at {country_adj} accounts that ordered {in_period}, who ranked "
                "last by {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Only counting {country_adj} customers with orders {in_period}, which {n} had "
                "the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("best {category_adj} product by {measure} {in_period}", dir="top"),
            T(
                "Can you show the top {n} products in {category} by {measure} {in_period}?",
                dir="top",
            ),
            T(
                "Which product in {category} ranked lowest on {measure} {in_period}?",
                dir="bottom",
            ),
            T("the {n} lowest {category_adj} products by {measure} {in_period}", dir="bottom"),
            T(
                "Among {category_adj} products with sales {in_period}, which one had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Considering only {category_adj} items that sold {in_period}, what were the "
                "bottom {n} by {measure}?",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("What was {supplier}'s best product by {measure} {in_period}?", dir="top"),
            T("top {n} items supplied by {supplier}, by {measure}, {in_period}", dir="top"),
            T("{supplier}'s weakest product on {measure} {in_period}", dir="bottom"),
            T(
                "{supplier}'s bottom {n} products on {measure} {in_period}",
                dir="bottom",
            ),
            T(
                "Among {supplier}'s products that sold {in_period}, which had the lowest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{supplier} products with sales {in_period}: bottom {n} by {measure}",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            # customers of a country
            T("帮我看下{period}{country}哪家客户{measure}最高", dir="top"),
            T("{period}{country}客户{measure}前{n}名", dir="top"),
            T("{period}{country}的客户里谁的{measure}最少", dir="bottom"),
            T("{period}{country}客户中{measure}倒数{n}名", dir="bottom"),
            T(
                "{period}有下单的{country}客户里，{measure}垫底的是哪家",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}下过单的{country}客户，{measure}最低的{n}家是哪些",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("{period}{category_cls}里{measure}最好的产品是哪个", dir="top"),
            T("{period}{category}品类{measure}前{n}的产品", dir="top"),
            T("{period}{category_cls}中{measure}最少的产品", dir="bottom"),
            T("{period}{category_cls}{measure}垫底的{n}个产品", dir="bottom"),
            T(
                "{period}有销售的{category_cls}产品中，{measure}最低的是哪个",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}有卖出的{category_cls}产品，{measure}最低的{n}个",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("{period}{supplier}的产品中哪个{measure}最高", dir="top"),
            T("{period}{supplier}供货产品{measure}排名前{n}", dir="top"),
            T("{period}{supplier}的哪个产品{measure}最低", dir="bottom"),
            T("{period}{supplier}供应的产品里{measure}倒数{n}个", dir="bottom"),
            T(
                "{period}{supplier}有销量的产品里，{measure}最低的是哪个",
                dir="bottom",
                active="some",
            ),
            T(
                "只算{period}有销售的{supplier}产品，{measure}排最后{n}名",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T("Which {category_adj} items have dropped below the reorder point?", disc="incl"),
            T(
                "{category_adj} products under reorder level, show stock and ROP",
                disc="incl",
            ),
            T(
                "Can you list {category_adj} products where on-hand is below the reorder level?",
                disc="incl",
            ),
            T(
                "Which active (not discontinued) {category_adj} products are under their "
                "reorder level?",
                disc="excl",
            ),
            T(
                "{category_adj} SKUs below reorder point, discontinued ones excluded",
                disc="excl",
            ),
        ],
        "zh": [
            T("{category_cls}有哪些产品库存已经低于再订货点了？", disc="incl"),
            T("帮我看下{category}哪些产品库存低于再订货水平", disc="incl"),
            T("{category_cls}库存跌破补货点的产品，列出库存和补货点", disc="incl"),
            T("{category_cls}中没停产、库存低于再订货点的有哪些", disc="excl"),
            T("排除停产品，{category}有哪些库存低于再订货水平", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("How many SKUs are below the reorder point right now?"),
            T("count of products under reorder level"),
            T("Can you tell me how many items have stock below their reorder level?"),
            T("How many {category_adj} items are below reorder point?"),
            T("{category}: how many items sit under their reorder point?"),
            T("count of {category_adj} SKUs under their reorder level"),
        ],
        "zh": [
            T("目前库存低于再订货点的产品一共有几个？"),
            T("帮我统计一下低于补货点的产品数量"),
            T("有多少产品需要补货了（库存低于再订货水平）？"),
            T("{category_cls}低于再订货点的产品有几个？"),
            T("请统计{category}中库存低于再订货水平的产品数"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T(
                "What was our largest order by dollar value {in_period}? Order number and "
                "total, please."
            ),
            T("priciest order {in_period}"),
            T("Can you find the biggest order in dollars for {period}?"),
            T("{In_period}, which single order had the highest total value?"),
        ],
        "zh": [
            T("{period}金额最高的订单是哪一单？金额多少？"),
            T("帮我找一下{period}金额最大的一张订单"),
            T("{period}单笔金额最大的订单号和金额"),
            T("请问{period}哪张订单的金额最大"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("What's the largest order {customer} has ever placed with us?"),
            T("{customer}'s highest-value order"),
            T("Can you find {customer}'s biggest order by amount?"),
            T("largest order by value from {customer} {in_period}"),
            T("{In_period}, what was the biggest order {customer} placed, by value?"),
            T("highest-value order of {customer} for {period}"),
        ],
        "zh": [
            T("{customer}历史上金额最大的订单是哪张？"),
            T("帮我查下{customer}下过的金额最大的一笔订单"),
            T("{customer}单笔金额最高的订单"),
            T("{period}{customer}金额最大的订单是哪一单？"),
            T("帮我看下{customer}在{period}金额最大的一张订单"),
        ],
    },
    "late_count": {
        "en": [
            T("How many orders placed {in_period} shipped after the required date?"),
            T("late orders {in_period}: how many?"),
            T("Can you count orders placed {in_period} that shipped past their required date?"),
            T("{In_period}, how many orders went out late?"),
            T("How many {country_adj} orders shipped late {in_period}?"),
            T("late shipments for customers in {country} {in_period}, count"),
        ],
        "zh": [
            T("{period}的订单有几单是晚于要求日期发货的？"),
            T("帮我统计{period}发货延误的订单数"),
            T("{period}订单中逾期发货的有多少"),
            T("{period}{country}客户的订单里发货晚了的有几单？"),
            T("请统计{period}{country}客户延误发货的订单数量"),
        ],
    },
    "late_by": {
        "en": [
            T("late orders per {dim} for {period}"),
            T("Can you tally up the late deliveries {in_period} for every {dim}?"),
            T("For each {dim}, how many orders from {period} went out late?"),
            T("count of late shipments by shipper {in_period}", dim="carrier"),
            T("How many late orders did each sales rep have {in_period}?", dim="salesperson"),
        ],
        "zh": [
            T("{period}按{dim}统计逾期发货的订单数"),
            T("帮我看下{period}每个{dim}延误了多少单"),
            T("{period}各{dim}迟发订单数分别是多少"),
            T("{period}各家承运商延迟发货的单数", dim="carrier"),
        ],
    },
    "late_top": {
        "en": [
            T("Which {dim} had the highest number of late orders {in_period}?"),
            T("{In_period}, which {dim} racked up the most late shipments?"),
            T("Can you tell me which shipper was late most often {in_period}?", dim="carrier"),
            T("the {dim} with the most orders shipped after the required date {in_period}"),
            T("Which rep's orders shipped late the most times {in_period}?", dim="salesperson"),
        ],
        "zh": [
            T("{period}延误发货最多的{dim}是哪个？"),
            T("帮我看下{period}哪个{dim}迟发的订单最多"),
            T("{period}逾期发货单数最多的{dim}"),
            T("{period}哪家货运公司延误最多？", dim="carrier"),
        ],
    },
    "late_pct": {
        "en": [
            T("What share of orders placed {in_period} shipped late, in percent?"),
            T("late-shipment percentage {in_period}"),
            T(
                "Can you tell me the % of shipped orders from {period} that went out after "
                "the required date?"
            ),
            T("{In_period}, what fraction of shipped orders were late (as a percentage)?"),
        ],
        "zh": [
            T("{period}延迟发货的订单占比是多少？"),
            T("帮我算下{period}已发货订单里的逾期率"),
            T("{period}订单迟发比例"),
            T("请统计{period}发货延误的订单占已发货订单的百分比"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T("average order-to-ship time in days {in_period}"),
            T("On average, how long did it take us to ship orders placed {in_period}?"),
            T("Can you give me the mean days between order date and ship date for {period}?"),
            T(
                "What's {carrier}'s mean number of days from order to shipment for orders "
                "placed {in_period}?"
            ),
            T("{carrier} turnaround: average days to ship orders placed {in_period}"),
            T("avg shipping lead time for {carrier} orders {in_period}"),
        ],
        "zh": [
            T("{period}从下单到发货平均要几天？"),
            T("帮我算下{period}订单的平均发货时长（天）"),
            T("{period}订单平均多少天发货"),
            T("{period}{carrier}承运的订单平均几天发出去？"),
            T("请统计{carrier}在{period}从下单到发货的平均天数"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T("Who's our quickest shipper on average {in_period}?", dir="fast"),
            T(
                "quickest carrier {in_period}, measured by average days from order to shipment",
                dir="fast",
            ),
            T("Which shipper gets orders out fastest on average?", dir="fast"),
            T("Which carrier was slowest on average {in_period}?", dir="slow"),
            T("slowest shipper by average shipping time", dir="slow"),
            T("Can you tell me which carrier takes the longest on average to ship?", dir="slow"),
        ],
        "zh": [
            T("{period}平均发货最快的是哪家承运商？", dir="fast"),
            T("帮我看下哪家货运公司平均发货天数最少", dir="fast"),
            T("{period}哪个承运商发货速度最快，平均几天？", dir="fast"),
            T("{period}平均发货最慢的货运公司", dir="slow"),
            T("哪家承运商平均发货耗时最长？", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("How many open orders are still waiting to ship?"),
            T("what's the unshipped backlog, in number of orders?"),
            T("How many {country_adj} orders are still unshipped?"),
            T("number of orders awaiting shipment for customers in {country}"),
            T("How many orders for {customer} are still pending shipment?"),
            T("{customer}: unshipped order count"),
            T("How many of the rep {salesperson}'s orders are still waiting to go out?"),
            T("open, not-yet-shipped orders belonging to {salesperson}: how many?"),
        ],
        "zh": [
            T("目前还有几单没发出去？"),
            T("帮我统计待发货的订单数"),
            T("{country}客户待发货的订单有多少？"),
            T("{country}客户那边还没发货的订单数量"),
            T("{customer}还有多少单在等发货？"),
            T("帮我查下{customer}未发货的订单数"),
            T("{salesperson}跟进的订单里待发货的有几张？"),
            T("请统计{salesperson}的待发货订单数"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("How many unique customers bought {product} {in_period}?"),
            T("customer count for {product} {in_period}"),
            T("Can you tell me how many accounts ordered {product} {in_period}?"),
            T("{In_period}, what was the buyer count for {product}?"),
        ],
        "zh": [
            T("{period}买过{product}的客户有几家？"),
            T("帮我看下{period}订购{product}的客户数量"),
            T("{period}{product}一共卖给了多少个客户"),
            T("请统计{period}购买过{product}的不同客户数"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T("How many unique customers bought {category} {in_period}?"),
            T("customer count for the {category} category {in_period}"),
            T("Can you tell me how many accounts ordered {category_adj} products {in_period}?"),
            T("{In_period}, how many distinct buyers of {category_adj} products did we have?"),
        ],
        "zh": [
            T("{period}买过{category_cls}产品的客户有几家？"),
            T("帮我看下{period}订购{category}的客户数量"),
            T("{period}{category_cls}一共卖给了多少个客户"),
            T("请统计{period}购买过{category}的不同客户数"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("How many accounts do we have in {country}?"),
            T("count of {country_adj} customers"),
            T("Can you tell me how many customers are based in {country}?"),
            T("{country_adj} customer count?"),
        ],
        "zh": [
            T("{country}一共有几个客户？"),
            T("帮我统计{country}的客户数"),
            T("我们{country}的客户有多少家"),
            T("请问在{country}的客户数量是多少"),
        ],
    },
    "count_products_category": {
        "en": [
            T("How many SKUs are in {category}?"),
            T("count of products in the {category} category"),
            T("Can you tell me how many {category_adj} items there are?"),
            T("{category}: how many products?"),
        ],
        "zh": [
            T("{category_cls}一共几个产品？"),
            T("帮我数一下{category}有多少种产品"),
            T("{category}品类下的产品数"),
            T("请问{category_cls}有多少款产品"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("How many vendors do we have in {country}?"),
            T("count of {country_adj} suppliers"),
            T("Can you tell me how many suppliers are based in {country}?"),
            T("{country_adj} vendor count?"),
        ],
        "zh": [
            T("{country}一共有几家供应商？"),
            T("帮我统计{country}的供应商数量"),
            T("{country}的供货商数目"),
            T("请问位于{country}的供应商有几家"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("customers who spent over ${x} {in_period}", op="gt"),
            T("Can you list the accounts with sales above {x} {in_period}?", op="gt"),
            T("Which customers bought ${x} or more {in_period}?", op="ge"),
            T("customers whose purchases {in_period} were no less than {x}", op="ge"),
            T("clients with sub-${x} sales {in_period}", op="lt"),
            T("Among customers who ordered {in_period}, which spent less than ${x}?", op="lt"),
            T("Which customers spent ${x} or less {in_period}?", op="le"),
            T("customers with sales no higher than {x} {in_period}", op="le"),
        ],
        "zh": [
            T("{period}消费金额高于{x}的客户有哪些", op="gt"),
            T("帮我找出{period}销售额大于{x}的客户", op="gt"),
            T("{period}采购额达到{x}及以上的客户", op="ge"),
            T("请列出{period}销售额至少{x}的客户", op="ge"),
            T("{period}销售额低于{x}的客户有哪些", op="lt"),
            T("帮我看下{period}消费不到{x}的客户", op="lt"),
            T("{period}销售额在{x}及以下的客户", op="le"),
            T("请列出{period}消费最多{x}的客户", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("Which products moved over {x} units {in_period}?", op="gt"),
            T("SKUs with unit sales above {x} {in_period}", op="gt"),
            T("products whose volume {in_period} was {x} units or higher", op="ge"),
            T(
                "Can you list items whose sales volume {in_period} reached at least {x} units?",
                op="ge",
            ),
            T("Which SKUs failed to reach {x} units {in_period}?", op="lt"),
            T("slow movers {in_period}: products with fewer than {x} units sold", op="lt"),
            T("SKUs at or under {x} units sold {in_period}", op="le"),
            T("Can you show products with unit sales of {x} or below {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}销量大于{x}件的产品", op="gt"),
            T("帮我看下{period}销量高于{x}的产品", op="gt"),
            T("{period}销量达到{x}件及以上的产品", op="ge"),
            T("请列出{period}至少卖了{x}件的产品", op="ge"),
            T("{period}销量没达到{x}件的产品", op="lt"),
            T("帮我找出{period}卖出低于{x}件的产品", op="lt"),
            T("{period}销量在{x}件及以下的产品", op="le"),
            T("请列出{period}最多只卖了{x}件的产品", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("Which accounts ordered more than {x} times {in_period}?", op="gt"),
            T("customers with over {x} orders {in_period}", op="gt"),
            T("customers hitting at least {x} orders {in_period}", op="ge"),
            T("Can you list clients with a minimum of {x} orders {in_period}?", op="ge"),
            T("Which customers ordered fewer than {x} times {in_period}?", op="lt"),
            T("customers under {x} orders {in_period}", op="lt"),
            T("clients whose order count {in_period} stayed at or below {x}", op="le"),
            T("Which clients ordered no more than {x} times {in_period}?", op="le"),
        ],
        "zh": [
            T("{period}下单次数多于{x}次的客户", op="gt"),
            T("帮我看下{period}订单数大于{x}的客户有哪些", op="gt"),
            T("{period}下了至少{x}单的客户", op="ge"),
            T("请列出{period}订单数在{x}单及以上的客户", op="ge"),
            T("{period}订单量未满{x}单的客户", op="lt"),
            T("帮我找出{period}订单数小于{x}的客户", op="lt"),
            T("{period}最多下了{x}单的客户", op="le"),
            T("请列出{period}订单数在{x}单及以下的客户", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("{country_adj} customers who didn't order {in_period}"),
            T("Which accounts in {country} had zero orders {in_period}?"),
            T("Can you list customers in {country} with no purchases {in_period}?"),
            T("{In_period}, which {country_adj} clients never placed an order?"),
        ],
        "zh": [
            T("{period}{country}哪些客户一单都没下？"),
            T("帮我找出{period}零订单的{country}客户"),
            T("{country}的客户里{period}没买东西的有哪些"),
            T("请列出{period}未下单的{country}客户"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("customers who didn't order {in_period}"),
            T("Which accounts had zero orders {in_period}?"),
            T("Can you pull the accounts that were dormant {in_period}, i.e. placed no orders?"),
            T("{In_period}, who among our customers bought nothing at all?"),
        ],
        "zh": [
            T("{period}哪些客户一单都没下？"),
            T("帮我找出{period}零订单的客户"),
            T("{period}没在我们这买过东西的客户是哪些"),
            T("请列出{period}未下单的客户"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T("Which {category_adj} products has no {country_adj} customer ever ordered?"),
            T("{category_adj} items never bought by anyone in {country}"),
            T(
                "Can you list the products in {category} that customers in {country} have never "
                "purchased?"
            ),
            T("{In_period}, which {category_adj} products did no {country_adj} customer order?"),
            T("{category_adj} products with zero orders from {country} {in_period}"),
        ],
        "zh": [
            T("{category_cls}产品里，{country}那边的客户从没买过哪几个？"),
            T("帮我看下{country}客户从没订过的{category}类产品"),
            T("{category_cls}里有哪些产品从来没卖给过{country}客户"),
            T("{period}{country}客户一次也没订的{category_cls}产品有哪些"),
            T("请列出{period}没有被{country}客户购买的{category_cls}产品"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("products with zero sales {in_period}"),
            T("Which items didn't get a single order {in_period}?"),
            T("Can you list products nobody ordered {in_period}?"),
            T("{category_adj} products with zero orders {in_period}"),
            T("Which products in {category} did nobody buy {in_period}?"),
        ],
        "zh": [
            T("{period}一单都没卖出的产品"),
            T("帮我看下{period}零销量的产品有哪些"),
            T("{period}没人买的产品"),
            T("{period}{category_cls}里哪些产品一件都没卖出去？"),
            T("请列出{period}没人下单的{category}类产品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("In {year}, which {dim} had the best {measure}?", dir="top"),
            T("peak {dim} for {measure} in {year}", dir="top"),
            T("Can you tell me which {dim} of {year} was strongest on {measure}?", dir="top"),
            T("Which {dim} in {year} had the weakest {measure}?", dir="bottom"),
            T("slowest {dim} of {year} by {measure}", dir="bottom"),
            T(
                "What was our best month for revenue in {year}?",
                dim="month",
                measure="revenue",
                dir="top",
            ),
            T(
                "Which quarter of {year} had the fewest units sold?",
                dim="quarter",
                measure="units",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{year}年{measure}最旺的{dim}是哪个？", dir="top"),
            T("帮我看下{year}年哪个{dim}{measure}最多", dir="top"),
            T("帮我找出{year}年{measure}最惨淡的{dim}", dir="bottom"),
            T("{year}年的{measure}在哪个{dim}跌到最低？", dir="bottom"),
            T("{year}年哪个月卖得最好（按销售额）？", dim="month", measure="revenue", dir="top"),
            T("{year}年订单最少的季度", dim="quarter", measure="orders", dir="bottom"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T("What % of revenue {in_period} came from {country_adj} customers?"),
            T("{country}'s share of total sales {in_period}"),
            T(
                "Can you tell me what portion of revenue {in_period} was from customers in "
                "{country}, in percent?"
            ),
            T("{category}'s percentage of total revenue {in_period}"),
            T("What share of sales {in_period} did {category_adj} products account for?"),
            T("percent of revenue from {category} {in_period}"),
        ],
        "zh": [
            T("{period}{country}客户贡献的销售额占比多少？"),
            T("帮我算下{period}{country}客户销售额占总额的百分比"),
            T("{period}{country}市场营收占比"),
            T("{period}{category_cls}销售额占全部的比例"),
            T("请统计{period}{category}在总销售额中的占比"),
        ],
    },
    "growth": {
        "en": [
            T("% change in {category_adj} revenue from {year1} to {year2}", how="pct"),
            T(
                "How much did {category} sales grow in percentage terms between {year1} and "
                "{year2}?",
                how="pct",
            ),
            T("{customer}'s revenue growth rate, {year2} vs {year1}", how="pct"),
            T(
                "By how many percent did our sales to {customer} change from {year1} to {year2}?",
                how="pct",
            ),
            T(
                "What's the dollar change in {category_adj} revenue from {year1} to {year2}?",
                how="abs",
            ),
            T("{category} revenue difference, {year2} minus {year1}", how="abs"),
            T("How much more or less did {customer} spend in {year2} than in {year1}?", how="abs"),
            T("absolute revenue change for {customer}, {year1} to {year2}", how="abs"),
        ],
        "zh": [
            T("{category_cls}{year2}年销售额较{year1}年的增长率是多少？", how="pct"),
            T("帮我算下{customer}从{year1}年到{year2}年销售额的增长百分比", how="pct"),
            T("{customer}{year2}年对比{year1}年销售额涨跌了百分之几", how="pct"),
            T("请计算{category_cls}从{year1}年到{year2}年销售额的百分比变化", how="pct"),
            T("{category}{year2}年与{year1}年相比销售额变化了多少钱", how="abs"),
            T("{customer}{year2}年销售额比{year1}年增减了多少", how="abs"),
        ],
    },
}
