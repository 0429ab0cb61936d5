"""DEV3 phrasings: a third development set, written apart from the build and dev phrasings.

Worded the way people type into an ERP's question box: short fragments next to full
questions, commands ("list", "give me", 帮我查, 列一下, 看看), business jargon and
abbreviations (vendor, account, rep, SKU, units, $, #, YTD/QTD/MTD, YoY, 同比, 占比,
前三名, 倒数, 有没有), other word orders and sentence shapes than phrasings.py and
phrasings_dev.py. Every template keeps the meaning of its family's gold SQL (oracle.py):
revenue is Σ qty × price × (1 − discount) of live orders by order date, "late" is shipped
after the required date, thresholds are strict or inclusive as worded, a bottom-n over the
members with activity says so, shares are percentages and growth is in % or in money.

Two conditions besides the item's choices (see generate.fits):
- period="this_year" (or another relative period's key) lets a template stand for that
  period without a {period} slot: "YTD revenue", "本季度累计营业额";
- years="adjacent" marks growth templates that say YoY / 同比, which only fit when year2
  is the year after year1.

TEMPLATES[family][lang] is a list of templates (see vocab.py for the slots).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    # -- lookups --------------------------------------------------------------------------
    "lookup_supplier": {
        "en": [
            T("who do we buy {product} from"),
            T("{product}: which vendor?"),
            T("Look up the supplier on file for {product}."),
            T("give me the vendor name for {product}"),
            T("Where does our {product} come from, which supplier?"),
        ],
        "zh": [
            T("{product}找哪家进货的"),
            T("{product}这款货是谁家供的"),
            T("查一下{product}是哪个厂商供的货"),
            T("{product}从哪家供应商采购？"),
            T("看看{product}的供应商是哪家"),
        ],
    },
    "lookup_category": {
        "en": [
            T("{product} - what category"),
            T("Tell me which category {product} is listed under."),
            T("show the category for SKU {product}"),
            T("What category do we classify {product} as?"),
            T("category lookup: {product}"),
        ],
        "zh": [
            T("{product}算哪一类？"),
            T("查一下{product}所属类别"),
            T("{product}分在什么品类里"),
            T("{product}是属于哪个产品分类的"),
            T("看看{product}在哪个类目下"),
        ],
    },
    "lookup_price": {
        "en": [
            T("price check: {product}"),
            T("How much are we charging per unit for {product}?"),
            T("give me the list price on {product}"),
            T("What's the per-unit selling price of {product}?"),
            T("current sale price for {product}"),
        ],
        "zh": [
            T("{product}定价多少"),
            T("查下{product}的销售单价"),
            T("{product}现在什么价位"),
            T("看看{product}标的是什么价"),
            T("每单位{product}卖多少钱？"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("{product} on hand"),
            T("how many {product} left in the warehouse?"),
            T("check stock for {product}"),
            T("Do we have {product} in stock, and how many units?"),
            T("inventory count on {product} right now"),
        ],
        "zh": [
            T("{product}还有货吗？剩多少？"),
            T("查一下{product}的库存数量"),
            T("看看{product}手上还有多少"),
            T("{product}目前库存量多少"),
            T("{product}仓里现在有几个"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("{product} on order"),
            T("how much {product} is still inbound from suppliers, not yet received?"),
            T("open PO quantity for {product}"),
            T("units of {product} on open purchase orders, not received yet"),
            T("How many {product} are we still waiting on from the vendor?"),
        ],
        "zh": [
            T("{product}还有多少采购没到货"),
            T("查一下{product}的已订未收数量"),
            T("{product}采购在途有多少"),
            T("{product}向供应商订了还没收到的有多少？"),
            T("看看{product}的未交货采购量"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("{product} stock and reorder level"),
            T("How many {product} on hand, and what's the reorder point?"),
            T("show me on-hand qty plus reorder level for {product}"),
            T("{product}: current inventory / reorder threshold"),
        ],
        "zh": [
            T("{product}库存多少，补货线是多少"),
            T("看看{product}手头库存，以及它的再订购水平"),
            T("{product}的库存量、再订货点分别是多少"),
            T("{product}现货多少？再订货点设的多少？"),
            T("列一下{product}的在库数和补货点"),
        ],
    },
    "supplier_products": {
        "en": [
            T("what do we get from {supplier}?"),
            T("list {supplier}'s products"),
            T("items supplied by vendor {supplier}"),
            T("Show me all SKUs {supplier} supplies."),
            T("{supplier} - which products?"),
        ],
        "zh": [
            T("{supplier}给我们供什么货"),
            T("列一下{supplier}的产品"),
            T("{supplier}供货的产品有哪几个？"),
            T("看看{supplier}都供哪些商品"),
            T("帮我查{supplier}名下的产品"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("{supplier} items with on-hand qty"),
            T("show every product from {supplier} and how much of each is in stock"),
            T("stock levels for vendor {supplier}'s products"),
            T("What are we holding of each {supplier} product?"),
        ],
        "zh": [
            T("{supplier}的每个产品还剩多少库存"),
            T("列一下{supplier}供的货和各自库存"),
            T("帮我查{supplier}所供产品的库存，分别是多少"),
            T("{supplier}这家供应商的商品库存明细"),
            T("看看{supplier}那几个产品现在各有多少库存"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("{customer} country"),
            T("which country is {customer} from?"),
            T("country on file for {customer}"),
            T("Tell me the country for customer {customer}."),
        ],
        "zh": [
            T("{customer}是哪个国家的公司"),
            T("查一下客户{customer}的国家"),
            T("{customer}属于哪国"),
            T("{customer}这家在哪国？"),
            T("看看{customer}的所在国"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("{customer} city"),
            T("which city is {customer} from?"),
            T("city on file for {customer}"),
            T("Tell me the city for customer {customer}."),
        ],
        "zh": [
            T("{customer}在哪座城市"),
            T("查一下客户{customer}的城市"),
            T("{customer}是哪个城市的公司"),
            T("{customer}这家客户在哪个市？"),
            T("{customer}公司设在哪个城市"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("sales $ {in_period}"),
            T("how much did we sell {in_period}, in dollars?"),
            T("give me total sales for {period}"),
            T("{In_period}: total revenue?"),
            T("Revenue figure for {period}, please."),
            T("YTD revenue", period="this_year"),
            T("QTD sales?", period="this_quarter"),
            T("MTD revenue", period="this_month"),
        ],
        "zh": [
            T("{period}的营收多少"),
            T("看看{period}总共的销售收入"),
            T("帮我查{period}销售额"),
            T("{period}我们的总收入是多少？"),
            T("列一下{period}的营业额"),
            T("今年累计销售额", period="this_year"),
            T("本季度至今营业额多少", period="this_quarter"),
        ],
    },
    "total_units": {
        "en": [
            T("unit sales {in_period}"),
            T("give me total units for {period}"),
            T("{In_period}, total qty sold?"),
            T("How many units did customers order in total {in_period}?"),
            T("YTD units sold", period="this_year"),
        ],
        "zh": [
            T("{period}一共卖出去多少件"),
            T("看看{period}的总销量"),
            T("{period}销售总件数"),
            T("帮我统计下{period}卖了几件货"),
            T("今年累计销量", period="this_year"),
        ],
    },
    "total_orders": {
        "en": [
            T("# of orders {in_period}"),
            T("how many orders came in {in_period}?"),
            T("total orders for {period}"),
            T("{In_period}, how many sales orders did we get?"),
            T("QTD order count", period="this_quarter"),
            T("YTD # of orders", period="this_year"),
        ],
        "zh": [
            T("{period}一共多少单"),
            T("{period}接了几个单"),
            T("看看{period}总订单量"),
            T("帮我数一下{period}的订单"),
            T("本月至今有多少订单", period="this_month"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("avg order size {in_period} in $"),
            T("average $ per order {in_period}"),
            T("What was revenue per order on average {in_period}?"),
            T("mean order value for {period}"),
            T("AOV YTD", period="this_year"),
        ],
        "zh": [
            T("{period}单均金额多少"),
            T("{period}平均一个订单能卖多少钱"),
            T("帮我算{period}的平均订单价值"),
            T("{period}销售额除以订单数是多少"),
            T("看看{period}每笔订单平均金额"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("{customer}: $ sales {in_period}"),
            T("how much has {customer} spent with us {in_period}?"),
            T("revenue from account {customer}, {period}"),
            T("total $ ordered by {customer} {in_period}"),
            T("{In_period}, {customer}: total sales?"),
            T("{customer} YTD sales", period="this_year"),
        ],
        "zh": [
            T("{customer}{period}买了多少钱"),
            T("{period}{customer}的销售额有多少"),
            T("看看{customer}{period}在我们这消费了多少"),
            T("帮我查{period}卖给{customer}的总金额"),
            T("{customer}这个客户{period}的营业额贡献"),
        ],
    },
    "product_revenue": {
        "en": [
            T("{product} sales $ {in_period}"),
            T("how much money did {product} make {in_period}?"),
            T("revenue on {product} for {period}"),
            T("total revenue from {product}, {period}"),
            T("YTD revenue for {product}", period="this_year"),
        ],
        "zh": [
            T("{product}{period}的销售金额"),
            T("{period}{product}一共卖了多少钱"),
            T("看看{product}在{period}的营收"),
            T("帮我算一下{product}{period}带来的收入"),
            T("{period}{product}卖出的金额"),
        ],
    },
    "product_units": {
        "en": [
            T("{product} units {in_period}"),
            T("qty of {product} sold for {period}"),
            T("How many {product} did customers buy {in_period}?"),
            T("{In_period}, {product}: units sold?"),
            T("YTD units of {product}", period="this_year"),
        ],
        "zh": [
            T("{product}{period}销量多少"),
            T("{period}{product}卖出了几件"),
            T("看看{period}{product}卖了多少件"),
            T("帮我查{product}在{period}的销售件数"),
            T("{period}客户一共订了多少{product}"),
        ],
    },
    "category_revenue": {
        "en": [
            T("{category} revenue {in_period}"),
            T("how much did we sell in {category} {in_period}, $?"),
            T("total sales for the {category_adj} line, {period}"),
            T("{In_period}: {category_adj} sales in dollars"),
            T("revenue in category {category} for {period}"),
            T("{category} sales QTD", period="this_quarter"),
        ],
        "zh": [
            T("{period}{category}卖了多少钱"),
            T("看看{category_cls}{period}的营收"),
            T("{category}品类{period}销售金额"),
            T("帮我查{period}{category_cls}产品的总销售额"),
            T("{period}{category_cls}一共收入多少"),
        ],
    },
    "country_revenue": {
        "en": [
            T("revenue from {country}, {period}"),
            T("how much did customers in {country} spend {in_period}?"),
            T("total sales to {country_adj} accounts, {period}"),
            T("{In_period}, what did we sell to {country_adj} clients in $?"),
            T("YTD revenue from {country_adj} customers", period="this_year"),
        ],
        "zh": [
            T("{period}{country}客户买了多少钱"),
            T("看看{period}{country}的销售额"),
            T("{country}客户{period}的营业额合计"),
            T("帮我查{period}卖给{country}客户的总额"),
            T("{period}{country}那边客户的销售收入"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T("revenue {in_period} from products we source in {country}"),
            T("sales of {country_adj}-supplied products {in_period}"),
            T("How much revenue did {country_adj}-sourced products make {in_period}?"),
            T("{In_period}, revenue on items whose vendor is in {country}?"),
            T("total $ sales of goods supplied out of {country}, {period}"),
        ],
        "zh": [
            T("{period}{country}供货的产品卖了多少钱"),
            T("看看{period}供应商在{country}的那些产品销售额"),
            T("{country}厂商供应的商品{period}营业额"),
            T("帮我算一下{period}供应商所在国为{country}的产品销售总额"),
            T("{period}{country}货源产品的销售收入"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T("value of stock on hand from {country_adj} vendors, at list price"),
            T(
                "how much is the inventory we hold from suppliers in {country} worth "
                "(qty x list price)?"
            ),
            T("{country_adj} suppliers: inventory value"),
            T("What's our on-hand $ value for products sourced from {country}?"),
        ],
        "zh": [
            T("{country}供应商那些产品的库存值多少钱"),
            T("看看{country}供货的产品库存金额（按售价）"),
            T("帮我算{country}厂商产品的现有库存价值"),
            T("{country}供应商的货，库存总额多少？"),
            T("供应商在{country}的产品，库存按标价算值多少"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("# orders for rep {salesperson} {in_period}", measure="orders"),
            T("How many orders went through {salesperson} {in_period}?", measure="orders"),
            T("{salesperson}, {period}: number of orders", measure="orders"),
            T("{salesperson} sales $ {in_period}", measure="revenue"),
            T("how much did {salesperson} sell {in_period}?", measure="revenue"),
            T("total sales credited to rep {salesperson}, {period}", measure="revenue"),
        ],
        "zh": [
            T("{salesperson}{period}拿了几单", measure="orders"),
            T("{period}{salesperson}经手的订单有多少", measure="orders"),
            T("帮我数一下{salesperson}{period}一共多少单", measure="orders"),
            T("{salesperson}{period}业绩多少钱", measure="revenue"),
            T("看看{period}{salesperson}的销售额", measure="revenue"),
            T("{period}销售员{salesperson}做了多少营业额", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("orders placed {in_period} that shipped via {carrier}"),
            T("how many orders from {period} did {carrier} carry?"),
            T("{carrier}: # of orders {in_period}"),
            T("count orders {in_period} that went out with {carrier}"),
        ],
        "zh": [
            T("{period}{carrier}送了几单"),
            T("看看{period}交给{carrier}运的订单有多少"),
            T("{period}发{carrier}的订单数量"),
            T("帮我数一下{period}用{carrier}发货的单子"),
            T("{carrier}{period}承运了多少单"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("{measure} split by {dim}, {period}"),
            T("break {measure} out by {dim} {in_period}"),
            T("show me {measure} for each {dim} {in_period}"),
            T("{In_period}: {dim} breakdown of {measure}"),
            T("list {dims} with their {measure} {in_period}"),
            T("monthly units {in_period}", dim="month", measure="units"),
            T("revenue by quarter for {period}", dim="quarter", measure="revenue"),
            T("orders per shipper {in_period}", dim="carrier", measure="orders"),
            T("country-level sales {in_period}", dim="country", measure="revenue"),
        ],
        "zh": [
            T("{period}的{measure}，拆到每个{dim}看看"),
            T("看看{period}不同{dim}的{measure}"),
            T("列一下{period}每个{dim}各自的{measure}"),
            T("帮我按{dim}分组统计{period}{measure}"),
            T("{period}{measure}的{dim}分布"),
            T("{period}每月订单数", dim="month", measure="orders"),
            T("{period}每家承运商各运了几单", dim="carrier", measure="orders"),
            T("{period}每个季度卖了多少钱", dim="quarter", measure="revenue"),
            T("{period}每个产品卖了几件", dim="product", measure="units"),
        ],
    },
    "top1": {
        "en": [
            T("#1 {dim} by {measure} {in_period}", dir="top"),
            T("which {dim} came out on top for {measure} {in_period}?", dir="top"),
            T("{In_period}, best {dim} on {measure}?", dir="top"),
            T("which {dim} had the smallest {measure} {in_period}?", dir="bottom"),
            T("{In_period}, worst {dim} by {measure}", dir="bottom"),
            T(
                "Of all {dims} with at least one order {in_period}, which had the smallest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "lowest {measure} {in_period} among {dims} that saw any orders",
                dir="bottom",
                active="some",
            ),
            T(
                "top customer by units {in_period}",
                dim="customer",
                measure="units",
                dir="top",
            ),
            T(
                "which rep took the most orders {in_period}?",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
            T(
                "top-selling category by revenue {in_period}",
                dim="category",
                measure="revenue",
                dir="top",
            ),
            T(
                "Among shippers used {in_period}, which carried the fewest orders?",
                dim="carrier",
                measure="orders",
                dir="bottom",
                active="some",
            ),
            T("YTD, which {dim} leads on {measure}?", dir="top", period="this_year"),
        ],
        "zh": [
            T("{period}{measure}拿第一的是哪个{dim}", dir="top"),
            T("看看{period}{measure}最好的{dim}", dir="top"),
            T("{period}按{measure}看，排名最靠前的{dim}是？", dir="top"),
            T("{period}{measure}倒数第一的{dim}", dir="bottom"),
            T("{period}哪个{dim}{measure}最差", dir="bottom"),
            T(
                "{period}有成交的{dim}当中，{measure}最少的是哪一个",
                dir="bottom",
                active="some",
            ),
            T(
                "在{period}有过销售的{dim}里，{measure}倒数第一是谁",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}哪个业务员接单最多",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
            T(
                "{period}销量最高的品类",
                dim="category",
                measure="units",
                dir="top",
            ),
            T(
                "{period}哪个客户买得最少（按金额），只算下过单的",
                dim="customer",
                measure="revenue",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "topn": {
        "en": [
            T("top {n} {dims} on {measure} {in_period}", dir="top"),
            T("{In_period}: {n} highest {dims} by {measure}", dir="top"),
            T("give me the best {n} {dims} ranked by {measure} {in_period}", dir="top"),
            T("{n} {dims} with the smallest {measure} {in_period}", dir="bottom"),
            T("list the {n} weakest {dims} on {measure} {in_period}", dir="bottom"),
            T(
                "{n} lowest {dims} by {measure} {in_period}, excluding those with no orders",
                dir="bottom",
                active="some",
            ),
            T(
                "of the {dims} that had orders {in_period}, show the bottom {n} by {measure}",
                dir="bottom",
                active="some",
            ),
            T(
                "top {n} SKUs by units sold {in_period}",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "top {n} reps by $ sales {in_period}",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "top {n} countries by order count {in_period}",
                dim="country",
                measure="orders",
                dir="top",
            ),
            T("top {n} {dims} by {measure}, YTD", dir="top", period="this_year"),
        ],
        "zh": [
            T("{period}{measure}前{n}名的{dim}有哪几个", dir="top"),
            T("看看{period}{measure}TOP{n}的{dim}", dir="top"),
            T("{period}按{measure}排，前{n}个{dim}", dir="top"),
            T("{period}{measure}排在最后{n}位的{dim}", dir="bottom"),
            T("{period}{measure}垫底的{n}个{dim}是哪几个", dir="bottom"),
            T("{period}有成交的{dim}里，{measure}最少的{n}个", dir="bottom", active="some"),
            T("不算{period}没订单的，{measure}倒数{n}名的{dim}", dir="bottom", active="some"),
            T(
                "{period}销售额前{n}的产品",
                dim="product",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}订单最多的{n}个国家",
                dim="country",
                measure="orders",
                dir="top",
            ),
            T(
                "{period}业绩前{n}名的销售员（按金额）",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
        ],
    },
    "topn_in_group": {
        "en": [
            # customers of a country
            T("top {country_adj} account by {measure} {in_period}", dir="top"),
            T("{In_period}, which customer in {country} was #1 for {measure}?", dir="top"),
            T("best {n} customers in {country} on {measure} {in_period}", dir="top"),
            T("{In_period}: top {n} {country_adj} clients by {measure}", dir="top"),
            T(
                "which {country_adj} client had the smallest {measure} {in_period}?",
                dir="bottom",
            ),
            T("{n} {country_adj} accounts with the smallest {measure} {in_period}", dir="bottom"),
            T(
                "of the customers in {country} who bought something {in_period}, which had the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{country_adj} clients that ordered {in_period}: the {n} lowest by {measure}",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("top {category_adj} item by {measure} {in_period}", dir="top"),
            T("top {n} SKUs in {category} by {measure} {in_period}", dir="top"),
            T(
                "which product in the {category} category had the smallest {measure} {in_period}?",
                dir="bottom",
            ),
            T("{n} {category_adj} SKUs with the smallest {measure} {in_period}", dir="bottom"),
            T(
                "among {category_adj} products that sold at all {in_period}, which had the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{category_adj} products with at least one sale {in_period}: bottom {n} on "
                "{measure}",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("{supplier}'s top seller by {measure} {in_period}", dir="top"),
            T("best {n} {supplier} products by {measure} {in_period}", dir="top"),
            T("which of {supplier}'s items had the smallest {measure} {in_period}?", dir="bottom"),
            T("{n} {supplier} products with the smallest {measure} {in_period}", dir="bottom"),
            T(
                "among {supplier} items that sold {in_period}, which one had the smallest "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "{In_period}, counting only {supplier} products that had sales, the {n} "
                "smallest by {measure}",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            # customers of a country
            T("{period}{country}客户里{measure}第一的是哪家", dir="top"),
            T("{period}{country}客户{measure}TOP{n}", dir="top"),
            T("看看{period}{country}{measure}前{n}家客户", dir="top"),
            T("{period}{country}哪家客户{measure}最少", dir="bottom"),
            T("{period}{country}客户按{measure}排倒数{n}家", dir="bottom"),
            T(
                "{period}在{country}有下单的客户中谁的{measure}最低",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}有订单的{country}客户里{measure}最少的{n}家",
                dir="bottom",
                active="some",
            ),
            # products of a category
            T("{period}{category_cls}中{measure}冠军是哪个产品", dir="top"),
            T("{period}{category}前{n}名产品（按{measure}）", dir="top"),
            T("{period}{category_cls}里{measure}最差的产品", dir="bottom"),
            T("{period}{category_cls}{measure}最少的{n}款产品", dir="bottom"),
            T(
                "{period}{category_cls}中有卖出的产品里，{measure}最少的是哪个",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}{category_cls}有销量的产品，{measure}倒数{n}名",
                dir="bottom",
                active="some",
            ),
            # products of a supplier
            T("{period}{supplier}哪款产品{measure}最好", dir="top"),
            T("{period}{supplier}的产品按{measure}取前{n}个", dir="top"),
            T("{period}{supplier}供的货里{measure}最少的是哪个", dir="bottom"),
            T("{period}{supplier}的产品{measure}最低的{n}款", dir="bottom"),
            T(
                "{period}{supplier}卖出过的产品中{measure}最低的那个",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}有成交的{supplier}产品，{measure}最少的{n}个",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T("{category_adj} items under reorder point", disc="incl"),
            T(
                "which products in {category} need reordering (stock below reorder level)?",
                disc="incl",
            ),
            T("show {category_adj} products where stock on hand < reorder level", disc="incl"),
            T(
                "{category_adj} products below reorder level, active SKUs only (skip discontinued)",
                disc="excl",
            ),
            T(
                "which non-discontinued {category_adj} items are under the reorder point?",
                disc="excl",
            ),
        ],
        "zh": [
            T("{category_cls}哪些产品库存不到再订货点", disc="incl"),
            T("看看{category}里需要补货的产品（库存低于再订货点）", disc="incl"),
            T("{category_cls}库存低于补货点的商品有哪几个", disc="incl"),
            T("{category_cls}在售产品中库存低于再订货点的", disc="excl"),
            T("去掉已停产的，{category_cls}哪些产品库存低于补货线", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("# of SKUs under reorder level"),
            T("how many products need restocking, i.e. stock below the reorder point?"),
            T("{category}: count of items below reorder level"),
            T("How many products in {category} are under their reorder level right now?"),
            T("total {category_adj} SKUs below reorder point"),
        ],
        "zh": [
            T("有几个产品库存低于再订货点"),
            T("库存不到补货点的产品有多少个"),
            T("{category_cls}有几款产品低于再订货点"),
            T("看看{category}里库存低于补货线的产品数"),
            T("{category}品类有没有低于再订货点的？有几个"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T("biggest order by $ {in_period}"),
            T("{In_period}, which order had the highest value? number and amount"),
            T("top order by value for {period}"),
            T("show me the single largest sales order {in_period}"),
        ],
        "zh": [
            T("{period}最大的单是哪一单，多少钱"),
            T("看看{period}金额最高的那笔订单"),
            T("{period}哪一单金额最大？订单号给我"),
            T("帮我找{period}价值最高的订单"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("{customer}'s biggest order ever, by value"),
            T("largest single order we've ever had from {customer}"),
            T("{customer}: top order by $ {in_period}"),
            T("{In_period}, which {customer} order was worth the most?"),
        ],
        "zh": [
            T("{customer}有史以来最大的一单"),
            T("看看{customer}下过的最大订单，金额多少"),
            T("{period}{customer}最大的一单是哪个"),
            T("{customer}{period}下的订单里金额最大的是哪张"),
        ],
    },
    "late_count": {
        "en": [
            T("# of late orders {in_period}"),
            T("how many orders from {period} shipped after their required date?"),
            T("{In_period}, count of orders that shipped past the required date"),
            T("late shipments to {country} {in_period}: how many?"),
            T("how many orders placed by {country_adj} customers {in_period} shipped late?"),
        ],
        "zh": [
            T("{period}有几单发货晚于要求日期"),
            T("看看{period}迟发的订单数量"),
            T("{period}超期发货的单子一共多少"),
            T("{period}{country}客户的订单有几单发晚了"),
            T("{country}客户{period}下的单里延期发货的有多少"),
        ],
    },
    "late_by": {
        "en": [
            T("late orders by {dim}, {period}"),
            T("{In_period}: count of late shipments per {dim}"),
            T("break down late deliveries by {dim} {in_period}"),
            T("which {dims} had orders ship late {in_period}, and how many each?"),
        ],
        "zh": [
            T("{period}各{dim}迟发了多少单"),
            T("看看{period}每个{dim}的延期发货单数"),
            T("{period}延迟发货按{dim}分别是多少"),
            T("帮我按{dim}数一下{period}发货晚了的订单"),
        ],
    },
    "late_top": {
        "en": [
            T("most late orders {in_period}: which {dim}?"),
            T("{In_period}, which {dim} had the most orders go out late?"),
            T("top {dim} by number of late orders {in_period}"),
            T("which rep had the most late orders {in_period}?", dim="salesperson"),
            T("Which carrier was behind schedule most often {in_period}?", dim="carrier"),
        ],
        "zh": [
            T("{period}迟发最多的是哪个{dim}"),
            T("看看{period}哪个{dim}延期发货的单子最多"),
            T("{period}发货晚的订单数最多的{dim}"),
            T("{period}哪个业务员的订单发晚最多", dim="salesperson"),
        ],
    },
    "late_pct": {
        "en": [
            T("% of shipped orders that were late {in_period}"),
            T("late rate for orders placed {in_period}, as %"),
            T("{In_period}, what percent of shipped orders missed the required date?"),
            T("share of late shipments {in_period}, percent"),
        ],
        "zh": [
            T("{period}迟发率是多少"),
            T("{period}已发货订单里发晚的占百分之多少"),
            T("看看{period}延期发货占比"),
            T("{period}发货晚于要求日期的订单占已发货订单的比例"),
            T("帮我算{period}订单的延迟发货百分比"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T("avg days from order to shipment, {period}"),
            T("How long did orders placed {in_period} take to ship, on average (days)?"),
            T("{In_period}: mean ship lead time in days"),
            T("{carrier}: avg days to ship, orders placed {in_period}"),
            T("How many days on average between order and shipment for {carrier} {in_period}?"),
        ],
        "zh": [
            T("{period}平均多少天能发货"),
            T("看看{period}下单到发货的平均天数"),
            T("{period}订单的平均发货周期（天）"),
            T("{carrier}{period}平均几天发货"),
            T("帮我算{period}走{carrier}的订单平均多少天发出"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T("fastest shipper {in_period} by avg days to ship", dir="fast"),
            T(
                "{In_period}, which carrier shipped quickest on average, and how many days?",
                dir="fast",
            ),
            T("which carrier ships fastest on average?", dir="fast"),
            T("quickest carrier overall, avg days", dir="fast"),
            T("slowest carrier on average {in_period}", dir="slow"),
            T("{In_period}, which shipper had the highest average days to ship?", dir="slow"),
            T("which shipper is slowest overall (avg days to ship)?", dir="slow"),
        ],
        "zh": [
            T("{period}平均发货最快的承运商是哪家，几天", dir="fast"),
            T("看看{period}哪家货运公司平均发货用时最短", dir="fast"),
            T("哪家货运公司平均发货速度最快", dir="fast"),
            T("{period}哪个承运商平均发货用时最长", dir="slow"),
            T("总体来看平均发货最慢的承运商", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("# of orders not shipped yet"),
            T("how many orders are still open and unshipped?"),
            T("orders from {country} still waiting to ship: how many?"),
            T("count unshipped orders for {country_adj} accounts"),
            T("how many {customer} orders haven't gone out yet?"),
            T("unshipped order count, customer {customer}"),
            T("how many orders does rep {salesperson} still have unshipped?"),
            T("{salesperson}: number of orders not yet shipped"),
        ],
        "zh": [
            T("现在还有几单没发"),
            T("看看未发货订单有多少"),
            T("{country}那边还有几单没发货"),
            T("{country}客户待发的订单数量"),
            T("{customer}还有几单没发出去"),
            T("看看{customer}有多少订单尚未发货"),
            T("{salesperson}手上还有多少单没发货"),
            T("销售员{salesperson}的订单里未发货的有几单"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("# of customers buying {product} {in_period}"),
            T("how many accounts purchased {product} {in_period}?"),
            T("{In_period}, how many different clients ordered {product}?"),
            T("unique buyers of {product}, {period}"),
        ],
        "zh": [
            T("{period}有几家客户买了{product}"),
            T("看看{period}订过{product}的客户数"),
            T("{period}{product}卖给了几个不同的客户"),
            T("帮我数一下{period}下单买{product}的客户有多少家"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T("# of customers buying {category_adj} products {in_period}"),
            T("how many accounts purchased anything in {category} {in_period}?"),
            T("{In_period}, how many different clients ordered {category}?"),
            T("unique buyers of {category}, {period}"),
        ],
        "zh": [
            T("{period}有几家客户买了{category_cls}产品"),
            T("看看{period}订过{category}的客户数"),
            T("{period}{category_cls}卖给了几个不同客户"),
            T("帮我数一下{period}买过{category}品类的客户有多少家"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("# of customers in {country}"),
            T("how many clients are in {country}?"),
            T("{country_adj} accounts: how many?"),
            T("total number of {country_adj} accounts"),
        ],
        "zh": [
            T("{country}有几家客户"),
            T("看看{country}的客户有多少个"),
            T("{country}的客户数合计"),
            T("我们在{country}一共几个客户"),
        ],
    },
    "count_products_category": {
        "en": [
            T("# of products in {category}"),
            T("how many items does the {category} category have?"),
            T("{category_adj} SKU count"),
            T("total number of products under {category}"),
        ],
        "zh": [
            T("{category}有几款产品"),
            T("看看{category_cls}产品总数"),
            T("{category_cls}一共多少个SKU"),
            T("{category}品类下有多少种商品"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("# of vendors in {country}"),
            T("how many suppliers are located in {country}?"),
            T("{country_adj} suppliers: how many?"),
            T("total number of {country_adj} vendors"),
        ],
        "zh": [
            T("{country}有几个供应商"),
            T("看看{country}的供货商有多少家"),
            T("{country}的供应商数合计"),
            T("{country}那边有多少家供货商跟我们合作"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("accounts with sales over ${x} {in_period}", op="gt"),
            T("which customers spent more than ${x} {in_period}?", op="gt"),
            T("customers with ${x}+ in sales {in_period}", op="ge"),
            T("which clients reached at least ${x} in purchases {in_period}?", op="ge"),
            T("customers who ordered {in_period} but spent under ${x}", op="lt"),
            T("accounts with sales below ${x} {in_period}, among those that bought", op="lt"),
            T("customers who bought {in_period} with a total of ${x} or less", op="le"),
            T("accounts that ordered {in_period}, revenue at most ${x}", op="le"),
        ],
        "zh": [
            T("{period}消费超过{x}美元的客户", op="gt"),
            T("看看{period}营业额高于{x}的客户有哪几家", op="gt"),
            T("{period}销售额不低于{x}的客户", op="ge"),
            T("{period}买满{x}的客户有哪些", op="ge"),
            T("{period}有下单但金额不足{x}的客户", op="lt"),
            T("{period}下过单、销售额小于{x}的客户", op="lt"),
            T("{period}有订单且销售额不高于{x}的客户", op="le"),
            T("{period}下过单的客户里，消费在{x}以内（含）的有哪几家", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("products with unit sales > {x} {in_period}", op="gt"),
            T("SKUs that sold over {x} units {in_period}", op="gt"),
            T("products that hit {x} units or more {in_period}", op="ge"),
            T("which items sold at least {x} units {in_period}?", op="ge"),
            T("products that sold {in_period} but under {x} units", op="lt"),
            T("which SKUs had some sales {in_period} yet fewer than {x} units?", op="lt"),
            T("items with at least one but no more than {x} units sold {in_period}", op="le"),
            T("products sold {in_period} with {x} units or fewer", op="le"),
        ],
        "zh": [
            T("{period}销量破{x}件的产品", op="gt"),
            T("看看{period}哪些产品卖出多于{x}件", op="gt"),
            T("{period}销量达到{x}件的产品有哪些", op="ge"),
            T("{period}至少卖出{x}件的SKU", op="ge"),
            T("{period}有销量但不足{x}件的产品", op="lt"),
            T("{period}卖出过、但少于{x}件的产品", op="lt"),
            T("{period}有卖出且销量不超{x}件的产品", op="le"),
            T("{period}卖出去的产品里销量在{x}件以内（含）的", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("accounts placing over {x} orders {in_period}", op="gt"),
            T("who ordered more than {x} times {in_period}?", op="gt"),
            T("customers with {x} or more orders {in_period}", op="ge"),
            T("which accounts placed no fewer than {x} orders {in_period}?", op="ge"),
            T("customers who ordered {in_period}, but fewer than {x} times", op="lt"),
            T(
                "accounts with under {x} orders {in_period}, counting only those that ordered",
                op="lt",
            ),
            T("customers with at least one and at most {x} orders {in_period}", op="le"),
            T("which clients that ordered {in_period} placed {x} orders or fewer?", op="le"),
        ],
        "zh": [
            T("{period}订单多于{x}个的客户", op="gt"),
            T("看看{period}订单数大于{x}的是哪几家客户", op="gt"),
            T("{period}订单量达到{x}单的客户", op="ge"),
            T("{period}至少下过{x}次单的客户", op="ge"),
            T("{period}下过单但不到{x}单的客户", op="lt"),
            T("{period}有订单、订单数少于{x}的客户有哪几家", op="lt"),
            T("{period}下过单且订单数不超过{x}的客户", op="le"),
            T("{period}有下单、订单数≤{x}的客户", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("customers in {country} that bought nothing {in_period}"),
            T("list {country_adj} clients with no orders {in_period}"),
            T("inactive {country_adj} customers {in_period} (no orders)"),
            T("who in {country} didn't buy from us {in_period}?"),
        ],
        "zh": [
            T("{period}{country}有哪几家客户没下单"),
            T("列一下{period}一次都没订货的{country}客户"),
            T("{country}客户里{period}零下单的是哪些"),
            T("{period}{country}没买过东西的客户"),
            T("{period}{country}有没有客户没下单？是哪些"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("customers that bought nothing {in_period}"),
            T("list accounts with no orders {in_period}"),
            T("{In_period}, which clients didn't order at all?"),
            T("inactive customers {in_period} (zero orders)"),
        ],
        "zh": [
            T("{period}有哪几家客户没下单"),
            T("列一下{period}一次都没订货的客户"),
            T("{period}零下单的客户是哪些"),
            T("{period}有没有客户一单没下？列出来"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T("{category_adj} products no {country_adj} customer has ever bought"),
            T("which {category} items have never been ordered by customers in {country}?"),
            T("{category_adj} SKUs with zero sales to {country}, all time"),
            T("{In_period}, which {category_adj} products got no orders from {country}?"),
            T("{category} items {country_adj} accounts didn't buy {in_period}"),
        ],
        "zh": [
            T("{country}客户一次都没买过的{category_cls}产品"),
            T("{category}中哪几个产品在{country}从没卖出过"),
            T("看看{category_cls}有没有{country}客户没买过的产品"),
            T("{period}{country}客户没订的{category}产品有哪几个"),
            T("{period}{category_cls}中没卖给{country}客户的产品"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("products that sold nothing {in_period}"),
            T("{In_period}, which SKUs had no orders at all?"),
            T("list items nobody bought {in_period}"),
            T("{category_adj} SKUs with no sales {in_period}"),
            T("which {category} products got zero orders {in_period}?"),
        ],
        "zh": [
            T("{period}一件都没卖的产品"),
            T("看看{period}没人订的商品有哪些"),
            T("{period}零订单的SKU"),
            T("{period}{category}有哪几个产品没卖出去"),
            T("{period}{category_cls}中零销量的产品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("best {dim} in {year} for {measure}", dir="top"),
            T("{year}: which {dim} had the biggest {measure}?", dir="top"),
            T("top {dim} of {year} by {measure}", dir="top"),
            T("{year}'s weakest {dim} by {measure}", dir="bottom"),
            T("which {dim} of {year} had the smallest {measure}?", dir="bottom"),
            T("peak sales month in {year}", dim="month", measure="revenue", dir="top"),
            T(
                "slowest quarter of {year} for orders",
                dim="quarter",
                measure="orders",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{year}年{measure}最好的{dim}", dir="top"),
            T("{year}年{measure}最多的是哪个{dim}", dir="top"),
            T("{year}年哪个{dim}{measure}最差", dir="bottom"),
            T("{year}年{measure}垫底的{dim}", dir="bottom"),
            T("{year}年哪个季度单量最少", dim="quarter", measure="orders", dir="bottom"),
            T("{year}年几月份卖得最多（销售额）", dim="month", measure="revenue", dir="top"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T("{In_period}, what % of total revenue was from {country_adj} customers?"),
            T("revenue share, {country_adj} accounts, {period}"),
            T("how big a slice of revenue {in_period} did {country} account for (%)?"),
            T("{category} as a % of total sales {in_period}"),
            T("{In_period}, what percentage of our revenue did {category_adj} products make up?"),
            T("{category_adj} share of revenue YTD", period="this_year"),
        ],
        "zh": [
            T("{period}{country}客户销售额占总额多少%"),
            T("{period}{country}贡献了百分之几的营业额"),
            T("{period}总销售额里{country}客户占了多大比例"),
            T("{period}{category_cls}占总营收的百分比"),
            T("{period}销售额中{category}占几个点"),
            T("{period}{category_cls}的营收占比是多少"),
        ],
    },
    "growth": {
        "en": [
            T("{category_adj} revenue growth %, {year1} to {year2}", how="pct"),
            T("how much did {category} revenue grow in % from {year1} to {year2}?", how="pct"),
            T("{customer}: % change in revenue {year1} to {year2}", how="pct"),
            T("percent growth in sales to {customer} between {year1} and {year2}", how="pct"),
            T(
                "YoY % change in {category_adj} sales, {year1} to {year2}",
                how="pct",
                years="adjacent",
            ),
            T("{customer} YoY revenue growth %, {year2} over {year1}", how="pct", years="adjacent"),
            T("$ change in {customer} revenue from {year1} to {year2}", how="abs"),
            T(
                "how many dollars more (or less) did {category} bring in in {year2} than in "
                "{year1}?",
                how="abs",
            ),
            T("{category_adj} sales delta in dollars, {year1} to {year2}", how="abs"),
            T("by how much $ did {customer}'s purchases move from {year1} to {year2}?", how="abs"),
            T("YoY $ change for {customer}, {year1} vs {year2}", how="abs", years="adjacent"),
        ],
        "zh": [
            T("{category}{year2}年销售额相比{year1}年涨了百分之几", how="pct"),
            T("{customer}从{year1}年到{year2}年营业额变化百分比", how="pct"),
            T("看看{category_cls}{year1}年到{year2}年营收增长率（%）", how="pct"),
            T("{customer}{year2}年对{year1}年的销售额增幅是百分之多少", how="pct"),
            T(
                "{category_cls}{year2}年营收同比增长多少（%），对比{year1}年",
                how="pct",
                years="adjacent",
            ),
            T("{customer}{year2}年比{year1}年多买了（或少买了）多少钱", how="abs"),
            T("{category}{year1}年到{year2}年销售额增减金额", how="abs"),
            T("帮我算{category_cls}{year2}年营业额比{year1}年差了多少钱", how="abs"),
            T(
                "{customer}{year2}年销售额同比{year1}年增减了多少金额",
                how="abs",
                years="adjacent",
            ),
        ],
    },
}
