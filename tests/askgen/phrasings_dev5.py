"""DEV5 phrasings: a fifth development set, written apart from the build, dev and dev3
phrasings by another author.

Worded the way an analyst, accountant, buyer, warehouse clerk or sales manager writes to a
colleague or to a BI tool: full, careful sentences, polite requests ("Could you tell me...",
"I need...", "Please show...", "Can I get..."), report-style headers ("Stock and reorder
point — Chai") and the vocabulary of each trade (inventory on hand, reorder threshold, units
on open purchase orders, product group, net sales, average basket value, dispatch lead time,
shipping company, sales rep, market, leaderboard, breakdown); in Chinese, written business
Chinese (现有库存, 再订购点, 采购在途, 供货商, 品类/类目, 销售收入, 成交额, 出货周期,
延误率, 承运商/物流商, 业务员, 排行榜, 分别, 按…统计, 请问, 麻烦, 能否, 烦请).

Every template keeps the meaning of its family's gold SQL (oracle.py): revenue is net of
discounts, by order date; stock value is on hand at list price; "late" is shipped after the
required date; thresholds are strict or inclusive as worded and only list members with
activity; a bottom-n over the members with activity says so; shares are percentages and
growth is in % or in money. Conditions: see generate.fits (period="this_year"... stands for
a relative period without a {period} slot; years="adjacent" for year-on-year wordings).

TEMPLATES[family][lang] is a list of templates (see vocab.py for the slots).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    # -- lookups --------------------------------------------------------------------------
    "lookup_supplier": {
        "en": [
            T("Could you tell me which supplier we buy {product} from?"),
            T("Procurement source for {product}: which supplier is on file?"),
            T("I need the name of the supplier that provides {product}."),
            T("Supplier of record — {product}"),
            T("Please look up the supplier linked to {product} in the product master."),
            T("Which vendor is {product} sourced from?"),
            T("When we reorder {product}, which supplier does the purchase order go to?"),
            T("For the buyer's file, I need to know which company supplies {product}."),
            T("Can I get the supplier name for the item {product}, please?"),
            T("{product} is purchased from which supplier?"),
        ],
        "zh": [
            T("请问{product}是从哪家供货商采购的？"),
            T("{product}的供货方是哪家公司？"),
            T("麻烦查一下{product}对应的供应商名称"),
            T("供应商查询：{product}"),
            T("烦请告知{product}的采购来源（供应商）"),
            T("{product}这个品项由哪家供应方提供？"),
            T("能否帮我确认一下{product}的供货商？"),
            T("我们补{product}的货时，采购单是下给哪家供应商的？"),
            T("{product}在系统里登记的供应商是哪一家"),
            T("列出{product}的供货单位"),
        ],
    },
    "lookup_category": {
        "en": [
            T("Could you tell me which product category {product} is assigned to?"),
            T("Product group — {product}"),
            T("I need to know the category that {product} is classified under."),
            T("Which product family does {product} belong to in our catalogue?"),
            T("Please show the category recorded for {product}."),
            T("In the item master, which category is {product} set up in?"),
            T("Can I get the product line (category) for {product}?"),
            T("For the category report, where does {product} sit — which category?"),
            T("{product} falls into which of our product categories?"),
            T("Which category would I find {product} under in the catalogue?"),
        ],
        "zh": [
            T("请问{product}属于哪个品类？"),
            T("{product}归属的产品类目是什么？"),
            T("麻烦查一下{product}在系统中的类别"),
            T("品类查询：{product}"),
            T("能否告诉我{product}被划在哪个类别下？"),
            T("{product}在商品主数据里登记的品类是哪个"),
            T("烦请确认{product}所属的产品大类"),
            T("{product}是哪一品类的商品？"),
            T("做品类报表要用：{product}属于哪个类目？"),
            T("列出{product}的所属分类"),
        ],
    },
    "lookup_price": {
        "en": [
            T("Could you tell me the list price of {product}?"),
            T("Selling price — {product}"),
            T("I need the current catalogue price per unit for {product}."),
            T("What is the standard selling price per unit of {product}?"),
            T("Please show the list price we have on file for {product}."),
            T("For a quotation, what is {product}'s standard unit selling price?"),
            T("Can I get the sales price set for {product} in the price list?"),
        ],
        "zh": [
            T("请问{product}的标准售价是多少？"),
            T("{product}的销售单价定的是多少"),
            T("麻烦查一下{product}目前的牌价"),
            T("售价查询：{product}"),
            T("能否告诉我{product}每单位的销售价格？"),
            T("{product}在价目表上的单价是多少"),
            T("报价要用，烦请提供{product}的标价"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("Could you tell me how much {product} we currently have on hand?"),
            T("Inventory on hand — {product}"),
            T("I need the quantity in stock for {product} across our warehouses."),
            T("What is the current on-hand quantity of {product}?"),
            T("Please show how many units of {product} are sitting in the warehouse."),
            T("Can I get a stock figure for {product}?"),
            T("According to the system, how many units of {product} are in stock right now?"),
        ],
        "zh": [
            T("请问{product}现有库存是多少？"),
            T("{product}目前的库存量有多少"),
            T("库存查询：{product}"),
            T("麻烦看一下仓库里{product}还有多少件"),
            T("能否告知{product}的在库数量？"),
            T("烦请统计{product}当前的现存量"),
            T("按系统账面，{product}现在有多少库存？"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("Could you tell me how many units of {product} are on open purchase orders?"),
            T("Units on order — {product}"),
            T(
                "I need the quantity of {product} we have ordered from suppliers but not yet "
                "received."
            ),
            T("How much {product} is still outstanding on confirmed POs?"),
            T("Please show the undelivered balance on our purchase orders for {product}."),
            T(
                "How many {product} are still due from the supplier on purchase orders we have "
                "already confirmed?"
            ),
            T("Can I get the on-order figure for {product}?"),
            T(
                "For replenishment planning: what quantity of {product} is already on order "
                "and still to arrive?"
            ),
            T("How much {product} have we bought in that has not been received into stock yet?"),
            T("Open purchase orders for {product}: how many units remain to be delivered?"),
        ],
        "zh": [
            T("请问{product}已下采购单但还没到货的数量是多少？"),
            T("{product}目前采购在途合计多少"),
            T("采购在途：{product}"),
            T("麻烦统计一下{product}已订未到的数量"),
            T("能否查一下{product}在已确认的采购订单上还有多少没收货？"),
            T("烦请列出{product}尚待供货商交付的采购数量"),
            T("{product}向供应方订购、仍未入库的有多少件？"),
            T("做补货计划用：{product}已订购但尚未到仓的数量"),
            T("{product}的未结采购量（订购数减已收数）是多少"),
            T("我们还在等供货商交多少{product}？"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("Stock and reorder point — {product}"),
            T("Could you tell me the quantity in stock for {product} and its reorder threshold?"),
            T("I need both the on-hand quantity and the reorder level of {product}."),
            T("Please show {product}'s inventory on hand next to its reorder point."),
            T("How much {product} is in stock, and at what quantity is it set to be reordered?"),
            T("For the replenishment review: {product}, on-hand units and reorder level."),
            T(
                "Can I get the current stock of {product} together with the reorder level "
                "configured for it?"
            ),
            T("What are the inventory on hand and the reorder threshold for {product}?"),
            T("{product}: how many units are on hand, and what stock level triggers a reorder?"),
            T(
                "Where does {product} stand against its reorder point? I need the current "
                "stock and the point itself."
            ),
        ],
        "zh": [
            T("库存与再订购点 — {product}"),
            T("请问{product}现有库存多少、再订购点设为多少？"),
            T("麻烦列出{product}的库存量及补货点"),
            T("{product}当前库存是多少？补货线（再订购水平）又是多少？"),
            T("能否同时给出{product}的在库数量和再订购点？"),
            T("烦请提供{product}的现存量以及触发补货的库存水平"),
            T("补货检查：{product}现有多少，再订购点是多少"),
            T("{product}的库存数和再订购水平各自是多少"),
            T("我想对比一下{product}的现有库存和它的补货点，分别是多少？"),
            T("{product}：现有库存 / 再订购点"),
        ],
    },
    "supplier_products": {
        "en": [
            T("Could you list the products we source from {supplier}?"),
            T("Product range supplied by {supplier}"),
            T("I need a list of every item {supplier} supplies to us."),
            T("Which products in our range are supplied by {supplier}?"),
            T("Please show all products that have {supplier} as their supplier."),
            T("Can I get the full list of items we purchase from {supplier}?"),
            T("For the supplier review of {supplier}, which products do they provide?"),
        ],
        "zh": [
            T("请列出{supplier}供应的全部产品"),
            T("麻烦查一下有哪些商品是向{supplier}采购的"),
            T("{supplier}这家供货商给我们供哪几种货？"),
            T("供货清单：{supplier}"),
            T("能否告诉我{supplier}负责供应的产品有哪些？"),
            T("烦请统计以{supplier}为供应商的所有品项"),
            T("做供应商评估用，{supplier}都供应了哪些产品？"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("Could you list each product from {supplier} with its quantity on hand?"),
            T("Stock position by product — {supplier}"),
            T("I need the inventory on hand for every item we buy from {supplier}."),
            T("Please show {supplier}'s products and how many units of each we currently hold."),
            T("For each item supplied by {supplier}, what is the quantity in stock?"),
            T("Can I get a stock list of the {supplier} range, product by product?"),
            T("How much stock do we carry of each product sourced from {supplier}?"),
        ],
        "zh": [
            T("请列出{supplier}供应的每个产品及其现有库存"),
            T("{supplier}的产品库存明细：分别还有多少"),
            T("麻烦统计一下从{supplier}进的各个品项现在库存多少"),
            T("库存一览 — {supplier}供货的产品"),
            T("能否按产品列出{supplier}所供商品的在库数量？"),
            T("烦请提供{supplier}名下各产品的库存量"),
            T("{supplier}供的货，每一种我们手上各有多少库存？"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("Could you tell me the country of the customer account {customer}?"),
            T("Country of the account — {customer}"),
            T("I need the country on the customer master for {customer}."),
            T("Which market does {customer} belong to, country-wise?"),
            T("Please show the country recorded for the customer {customer}."),
            T("Where is {customer} headquartered — which country?"),
            T("Can I get {customer}'s country for the regional report?"),
        ],
        "zh": [
            T("请问客户{customer}位于哪个国家？"),
            T("{customer}所在的国家是哪里"),
            T("麻烦查一下{customer}登记的国家"),
            T("客户国别：{customer}"),
            T("能否告知{customer}这家客户的所属国家？"),
            T("烦请确认{customer}属于哪个国家的市场"),
            T("做区域报表需要：{customer}在哪个国家？"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("Could you tell me which city {customer} is located in?"),
            T("City of the account — {customer}"),
            T("I need the city on the customer master for {customer}."),
            T("Please show the city recorded for the customer {customer}."),
            T("Which city does the customer {customer} operate from?"),
            T("Can I get {customer}'s city for the delivery schedule?"),
            T("In what city does {customer} have its address?"),
        ],
        "zh": [
            T("请问客户{customer}位于哪个城市？"),
            T("{customer}所在城市是哪里"),
            T("麻烦查一下{customer}登记的城市"),
            T("客户城市：{customer}"),
            T("能否告知{customer}这家客户的所在城市？"),
            T("烦请确认{customer}的地址在哪座城市"),
            T("安排配送需要：{customer}在哪个城市？"),
        ],
    },
    # -- totals over a period ---------------------------------------------------------------
    "total_revenue": {
        "en": [
            T("Could you tell me our total net sales {in_period}?"),
            T("Net sales — {period}"),
            T("I need the total revenue booked on orders placed {in_period}."),
            T("Please show total sales revenue, after discounts, {in_period}."),
            T("What did our sales come to, net of discounts, {in_period}?"),
            T("Can I get the company-wide revenue figure for orders placed {in_period}?"),
            T("For the management pack, what was total revenue {in_period}?"),
            T("Year-to-date net sales, please.", period="this_year"),
            T("Could you pull this quarter's revenue so far?", period="this_quarter"),
        ],
        "zh": [
            T("请问{period}的销售收入总计多少？"),
            T("{period}营收合计"),
            T("麻烦统计一下{period}全公司的销售额"),
            T("营收汇总 — {period}"),
            T("能否提供{period}扣除折扣后的销售总额？"),
            T("烦请提供{period}的总成交额"),
            T("管理报表要用：{period}总营收是多少"),
            T("今年迄今的销售收入合计是多少？", period="this_year"),
            T("本月截至目前的营收", period="this_month"),
        ],
    },
    "total_units": {
        "en": [
            T("Could you tell me how many units we sold in total {in_period}?"),
            T("Units sold — {period}"),
            T("I need the total quantity sold across all products {in_period}."),
            T("Please show the overall sales volume in units {in_period}."),
            T("Across all orders placed {in_period}, how many units were sold altogether?"),
            T("Can I get the number of units sold company-wide {in_period}?"),
            T("Units sold year to date, across all products", period="this_year"),
        ],
        "zh": [
            T("请问{period}总共销售了多少件商品？"),
            T("{period}全部产品的销售件数合计"),
            T("麻烦统计{period}的总销量（件数）"),
            T("销量汇总 — {period}"),
            T("能否提供{period}所有订单的商品销售总数量？"),
            T("烦请计算{period}一共卖出的件数"),
            T("今年以来累计卖出多少件？", period="this_year"),
        ],
    },
    "total_orders": {
        "en": [
            T("Could you tell me how many sales orders came in {in_period}?"),
            T("Order count — {period}"),
            T("I need the number of sales orders placed {in_period}."),
            T("Please show our order intake {in_period}, counted as number of orders."),
            T("How many customer orders were booked {in_period} in total?"),
            T("Can I get the total number of orders {in_period}?"),
            T("Number of orders so far this quarter", period="this_quarter"),
        ],
        "zh": [
            T("请问{period}一共收到多少张销售订单？"),
            T("{period}订单总数"),
            T("麻烦统计一下{period}的下单笔数"),
            T("订单量 — {period}"),
            T("能否告诉我{period}客户共下了多少笔订单？"),
            T("烦请汇总{period}的订单数量"),
            T("本季度到目前为止共有多少笔订单？", period="this_quarter"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("Could you tell me the average basket value per order {in_period}?"),
            T("Average order value — {period}"),
            T("I need the average revenue per order for orders placed {in_period}."),
            T("Please show net sales divided by the number of orders {in_period}."),
            T("On average, how much was each order worth {in_period}?"),
            T("Can I get the mean order size in revenue terms {in_period}?"),
            T("Average order value for the year to date", period="this_year"),
        ],
        "zh": [
            T("请问{period}平均每笔订单的成交额是多少？"),
            T("{period}客单价（按订单计：销售额÷订单数）"),
            T("麻烦算一下{period}的单均销售收入"),
            T("平均订单价值 — {period}"),
            T("能否提供{period}每张订单平均带来的营收？"),
            T("烦请统计{period}销售额与订单数之比"),
            T("今年以来平均一单多少钱？", period="this_year"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("Could you tell me how much revenue {customer} generated for us {in_period}?"),
            T("Net sales to {customer} — {period}"),
            T("I need the total value of the orders {customer} placed {in_period}."),
            T("Please show {customer}'s purchases with us {in_period}, in revenue terms."),
            T("What did the account {customer} spend with us {in_period}?"),
            T("Can I get the revenue figure for customer {customer} {in_period}?"),
            T("For the account review of {customer}: net sales {in_period}?"),
        ],
        "zh": [
            T("请问{period}{customer}为我们贡献了多少销售收入？"),
            T("{customer}在{period}的成交额是多少"),
            T("麻烦统计{period}{customer}的下单金额合计"),
            T("客户销售额 — {customer}，{period}"),
            T("能否查一下{period}我们对{customer}的销售额？"),
            T("烦请提供{customer}{period}的营收数据"),
            T("做客户回顾：{customer}{period}一共买了多少钱？"),
        ],
    },
    "product_revenue": {
        "en": [
            T("Could you tell me how much revenue {product} brought in {in_period}?"),
            T("Net sales of {product} — {period}"),
            T("I need the sales value of {product} on orders placed {in_period}."),
            T("Please show the revenue generated by {product} {in_period}, after discounts."),
            T("{In_period}, what net sales did {product} achieve?"),
            T("Can I get the sales revenue on {product} {in_period}?"),
            T("For the product performance report: {product}, revenue {in_period}."),
        ],
        "zh": [
            T("请问{period}{product}的销售收入是多少？"),
            T("{product}在{period}的成交额"),
            T("麻烦统计一下{product}{period}扣除折扣后的销售金额"),
            T("产品销售额 — {product}，{period}"),
            T("能否查一下{period}{product}带来的营收？"),
            T("烦请提供{product}{period}的销售额数据"),
            T("{period}{product}一共卖出了多少金额？"),
        ],
    },
    "product_units": {
        "en": [
            T("Could you tell me how many units of {product} were sold {in_period}?"),
            T("Units sold of {product} — {period}"),
            T("I need the sales quantity for {product} {in_period}."),
            T("Please show the number of {product} units ordered by customers {in_period}."),
            T("In units, what sales volume did {product} reach {in_period}?"),
            T("Can I get the unit sales of {product} {in_period}?"),
            T(
                "For the demand forecast: how many units of {product} did customers order "
                "{in_period}?"
            ),
        ],
        "zh": [
            T("请问{period}{product}的销售件数是多少？"),
            T("{product}{period}的销量合计"),
            T("麻烦统计一下{period}客户订购{product}的数量"),
            T("销量 — {product}，{period}"),
            T("能否查一下{product}在{period}一共售出多少单位？"),
            T("烦请提供{period}{product}的销售数量"),
            T("做需求预测用：{period}{product}卖了多少件？"),
        ],
    },
    "category_revenue": {
        "en": [
            T("Could you tell me the net sales of the {category} category {in_period}?"),
            T("Revenue from {category_adj} products — {period}"),
            T("I need the revenue from {category_adj} products on orders placed {in_period}."),
            T("Please show how much the {category_adj} product group brought in {in_period}."),
            T("What were total sales of {category} {in_period}?"),
            T("Can I get the category revenue for {category} {in_period}?"),
            T("For the category review, how much revenue did {category} generate {in_period}?"),
        ],
        "zh": [
            T("请问{period}{category_cls}的销售收入是多少？"),
            T("{category}品类{period}营收"),
            T("麻烦统计一下{period}{category}类目的成交额"),
            T("品类销售额 — {category}，{period}"),
            T("能否查一下{category_cls}产品在{period}的销售额？"),
            T("烦请提供{period}{category_cls}商品的营收合计"),
            T("做品类分析用：{period}{category}一共卖了多少钱？"),
        ],
    },
    "country_revenue": {
        "en": [
            T("Could you tell me our net sales to customers in {country} {in_period}?"),
            T("Revenue from the {country_adj} market — {period}"),
            T(
                "I need the total revenue from {country_adj} customers on orders placed "
                "{in_period}."
            ),
            T("Please show how much customers based in {country} bought from us {in_period}."),
            T("What revenue came from customers located in {country} {in_period}?"),
            T("Can I get the {country_adj} sales figure {in_period}?"),
            T("For the regional report: revenue from customers in {country} {in_period}."),
        ],
        "zh": [
            T("请问{period}{country}客户的销售收入是多少？"),
            T("{country}市场{period}营收"),
            T("麻烦统计一下{period}来自{country}客户的成交额"),
            T("地区销售额 — {country}，{period}"),
            T("能否查一下{period}卖给{country}客户的销售额？"),
            T("烦请提供{country}客户在{period}的下单金额合计"),
            T("做区域报表用：{period}{country}的客户一共贡献了多少营收？"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T(
                "Could you tell me the net sales {in_period} of products we source from "
                "suppliers in {country}?"
            ),
            T("Revenue on {country_adj}-sourced products — {period}"),
            T(
                "I need the sales revenue {in_period} for items whose supplier is based in "
                "{country}."
            ),
            T(
                "Please show how much revenue products from {country_adj} suppliers generated "
                "{in_period}."
            ),
            T(
                "What did goods procured from {country_adj} suppliers bring in, in sales, "
                "{in_period}?"
            ),
            T(
                "Can I get total sales {in_period} on the products whose procurement source is "
                "in {country}?"
            ),
            T(
                "For the sourcing review: revenue {in_period} from products bought from "
                "{country_adj} vendors."
            ),
        ],
        "zh": [
            T("请问{period}由{country}供货商供应的产品销售收入是多少？"),
            T("{country}供应方产品 — {period}销售额"),
            T("麻烦统计一下{period}采购自{country}供货商的商品卖了多少钱"),
            T("能否查一下{period}供应来源为{country}的产品的销售额？"),
            T("烦请提供{country}供应商所供商品在{period}的营收合计"),
            T("做采购来源分析用：{period}来自{country}供货商的产品一共实现多少销售额？"),
            T("{period}，货源地在{country}的产品创造了多少销售收入？"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T(
                "Could you tell me the value of our inventory on hand from {country_adj} "
                "suppliers, at list price?"
            ),
            T("Stock value at list price — products sourced from {country}"),
            T(
                "I need the on-hand inventory of products supplied from {country}, valued at "
                "their selling prices."
            ),
            T(
                "Please show the total stock value (quantity on hand × list price) for items "
                "whose supplier is in {country}."
            ),
            T("What is the inventory of {country_adj}-sourced products worth at list price?"),
            T(
                "Can I get the list-price value of everything we hold in stock from suppliers "
                "based in {country}?"
            ),
            T(
                "For the inventory report, how much is our stock from {country_adj} vendors "
                "worth if valued at sales price?"
            ),
            T(
                "Multiply on-hand quantity by list price for every product from a supplier in "
                "{country}: what is the total?"
            ),
            T(
                "How much stock value, at catalogue prices, sits in the warehouse for products "
                "procured from {country}?"
            ),
            T("Inventory value of {country_adj} suppliers' products, priced at list"),
        ],
        "zh": [
            T("请问{country}供货商的产品现有库存按售价计值多少？"),
            T("库存金额（按标价）— {country}供应商产品"),
            T("麻烦算一下供应商在{country}的商品现有库存的价值，按销售单价计"),
            T("能否统计采购自{country}的产品库存总值（现有数量×标价）？"),
            T("烦请提供{country}供应方所供商品的库存货值（以售价计）"),
            T("以牌价估算，{country}供货商的产品库存值多少钱？"),
            T("做库存报表用：{country}供应商产品的在库数量乘以售价，合计多少？"),
            T("{country}货源的商品在仓库里按标价算一共值多少？"),
            T("我们手上来自{country}供货商的存货，按销售价计算总值是多少"),
            T("请按产品标价汇总{country}供应商商品的现有库存金额"),
        ],
    },
    "salesperson_total": {
        "en": [
            T(
                "Could you tell me how many orders were booked under {salesperson} {in_period}?",
                measure="orders",
            ),
            T("Order count for sales rep {salesperson} — {period}", measure="orders"),
            T(
                "I need the number of orders credited to {salesperson} {in_period}.",
                measure="orders",
            ),
            T("Please show how many orders {salesperson} took {in_period}.", measure="orders"),
            T("Could you tell me {salesperson}'s net sales {in_period}?", measure="revenue"),
            T("Sales revenue for rep {salesperson} — {period}", measure="revenue"),
            T(
                "I need the total value of the orders {salesperson} brought in {in_period}.",
                measure="revenue",
            ),
            T(
                "Please show {salesperson}'s sales figures in revenue terms {in_period}.",
                measure="revenue",
            ),
        ],
        "zh": [
            T("请问{period}业务员{salesperson}一共签了多少笔订单？", measure="orders"),
            T("销售代表{salesperson} — {period}订单数", measure="orders"),
            T("麻烦统计{salesperson}{period}名下的订单数量", measure="orders"),
            T("能否查一下{period}记在{salesperson}名下的订单有几笔？", measure="orders"),
            T("请问{period}{salesperson}的销售收入是多少？", measure="revenue"),
            T("业务员{salesperson} — {period}销售额", measure="revenue"),
            T("麻烦统计{salesperson}{period}做成的成交额", measure="revenue"),
            T("能否查一下{period}{salesperson}名下订单的销售总额？", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("Could you tell me how many orders placed {in_period} were shipped with {carrier}?"),
            T("Orders placed {in_period} and shipped via {carrier}: count"),
            T("I need the number of orders from {period} that {carrier} transported."),
            T(
                "Please show how many of the orders booked {in_period} went out with the "
                "shipping company {carrier}."
            ),
            T("How many orders placed {in_period} did we hand over to {carrier} for shipping?"),
            T("Can I get the order count for forwarder {carrier}, orders placed {in_period}?"),
            T(
                "For the carrier review of {carrier}: number of orders placed {in_period} that it "
                "shipped."
            ),
        ],
        "zh": [
            T("请问{period}下的订单中有多少笔是由{carrier}发运的？"),
            T("承运商{carrier} — {period}订单数"),
            T("麻烦统计一下{period}交由{carrier}配送的订单笔数"),
            T("能否查一下{period}的订单里通过物流商{carrier}发货的有几笔？"),
            T("烦请汇总{period}委托{carrier}运输的订单数"),
            T("做承运商考核用：{period}的订单{carrier}一共运了多少单？"),
        ],
    },
    # -- breakdowns and rankings ------------------------------------------------------------
    "breakdown": {
        "en": [
            T("Could you break down {measure} by {dim} {in_period}?"),
            T("Breakdown of {measure} by {dim} — {period}"),
            T("I need the {measure} for each {dim}, for orders placed {in_period}."),
            T("Please show the split of {measure} across {dims} {in_period}."),
            T("What is the distribution of {measure} across {dims} {in_period}?"),
            T("Can I get the {measure} at {dim} level {in_period}?"),
            T("Per {dim}, please list the {measure} {in_period}."),
            T(
                "Monthly net sales {in_period}, month by month, please.",
                dim="month",
                measure="revenue",
            ),
            T(
                "How many orders placed {in_period} were assigned to each shipping company?",
                dim="carrier",
                measure="orders",
            ),
            T("Quarter-by-quarter units sold {in_period}", dim="quarter", measure="units"),
            T("Net sales per sales rep {in_period}, please.", dim="salesperson", measure="revenue"),
            T(
                "Units sold broken down by product group {in_period}",
                dim="category",
                measure="units",
            ),
            T(
                "How does the order count split across customer countries {in_period}?",
                dim="country",
                measure="orders",
            ),
        ],
        "zh": [
            T("烦请按{dim}拆分{period}的{measure}"),
            T("{measure}分{dim}明细 — {period}"),
            T("麻烦统计一下{period}各个{dim}的{measure}分别是多少"),
            T("能否列出{period}每一{dim}对应的{measure}？"),
            T("请问{period}的{measure}在各{dim}之间是怎么分布的？"),
            T("{period}各{dim}{measure}一览"),
            T("{period}逐月销售收入明细", dim="month", measure="revenue"),
            T("请列出{period}各季度的销量", dim="quarter", measure="units"),
            T("{period}每位业务员的订单数分别是多少？", dim="salesperson", measure="orders"),
            T("麻烦按物流商统计{period}分配到的订单数", dim="carrier", measure="orders"),
            T("{period}各品类的成交额分别是多少", dim="category", measure="revenue"),
            T("{period}按客户所在国家汇总的订单量", dim="country", measure="orders"),
        ],
    },
    "top1": {
        "en": [
            T("Could you tell me which {dim} came first on {measure} {in_period}?", dir="top"),
            T("Number one {dim} by {measure} — {period}", dir="top"),
            T("I need the {dim} that ranked first for {measure} {in_period}.", dir="top"),
            T("Please show the best-performing {dim} by {measure} {in_period}.", dir="top"),
            T("Which {dim} performed worst on {measure} {in_period}?", dir="bottom"),
            T("Can I get the {dim} that finished last on {measure} {in_period}?", dir="bottom"),
            T(
                "Looking only at {dims} that had any orders {in_period}, which one came last on "
                "{measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "I need the weakest {dim} on {measure} {in_period}, counting only those that "
                "had at least one order.",
                dir="bottom",
                active="some",
            ),
            T(
                "Which sales rep brought in the most revenue {in_period}?",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "Which shipping company was assigned the most orders {in_period}?",
                dim="carrier",
                measure="orders",
                dir="top",
            ),
            T(
                "Which market (customer country) generated the highest net sales {in_period}?",
                dim="country",
                measure="revenue",
                dir="top",
            ),
            T(
                "Among the products that sold at all {in_period}, which one sold the fewest units?",
                dim="product",
                measure="units",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("请问{period}{measure}排名第一的{dim}是哪个？", dir="top"),
            T("{period}按{dim}看{measure}，排在首位的是哪一个？", dir="top"),
            T("麻烦查一下{period}{measure}表现最好的{dim}", dir="top"),
            T("能否告诉我{period}哪个{dim}的{measure}最少？", dir="bottom"),
            T("烦请找出{period}{measure}表现最差的{dim}", dir="bottom"),
            T(
                "{period}有过订单往来的各{dim}里，{measure}最低的是哪一个？",
                dir="bottom",
                active="some",
            ),
            T(
                "麻烦在{period}有订单的{dim}范围内，找出{measure}最少的一个",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}销售收入最高的业务员是哪位？",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}分配订单最多的承运商是哪家？",
                dim="carrier",
                measure="orders",
                dir="top",
            ),
            T("{period}销量最大的产品是哪个？", dim="product", measure="units", dir="top"),
            T(
                "{period}哪个国家的客户下单最多（按订单数）？",
                dim="country",
                measure="orders",
                dir="top",
            ),
        ],
    },
    "topn": {
        "en": [
            T("Could you list the top {n} {dims} by {measure} {in_period}?", dir="top"),
            T("Leaderboard of {dims} by {measure}, {period} — top {n}", dir="top"),
            T("I need the {n} best-performing {dims} on {measure} {in_period}.", dir="top"),
            T(
                "Please rank the {dims} by {measure} {in_period} and show the first {n}.",
                dir="top",
            ),
            T("Which {n} {dims} led on {measure} {in_period}?", dir="top"),
            T(
                "Which {n} {dims} were at the bottom of the {measure} ranking {in_period}?",
                dir="bottom",
            ),
            T(
                "Please rank the {dims} from the lowest {measure} upward {in_period} and give me "
                "the first {n}.",
                dir="bottom",
            ),
            T(
                "Considering only {dims} with at least one order {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "I need the {n} weakest {dims} on {measure} {in_period}, leaving out any with no "
                "sales at all.",
                dir="bottom",
                active="some",
            ),
            T(
                "Top {n} sales reps by net sales {in_period}, please.",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "Could you show the {n} customer countries with the most orders {in_period}?",
                dim="country",
                measure="orders",
                dir="top",
            ),
            T(
                "Which {n} products moved the most units {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "Our {n} largest customers by revenue {in_period}",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
        ],
        "zh": [
            T("请列出{period}按{measure}排序位列前{n}名的{dim}", dir="top"),
            T("{dim}{measure}排行榜 — {period}前{n}名", dir="top"),
            T("麻烦统计{period}{measure}最高的前{n}个{dim}", dir="top"),
            T("能否给出{period}{measure}表现最好的{n}个{dim}？", dir="top"),
            T("{period}{measure}领先的{n}个{dim}分别是哪些", dir="top"),
            T("烦请找出{period}{measure}排在倒数{n}位的{dim}", dir="bottom"),
            T("{period}哪{n}个{dim}的{measure}表现最差？", dir="bottom"),
            T(
                "仅统计{period}有过订单的{dim}，{measure}最少的{n}个是哪些？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}有成交的{dim}中，按{measure}从低到高排的前{n}名",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}销售收入前{n}名的业务员",
                dim="salesperson",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}订单数最多的{n}个国家市场分别是哪些？",
                dim="country",
                measure="orders",
                dir="top",
            ),
            T("{period}销量TOP{n}的产品", dim="product", measure="units", dir="top"),
            T(
                "{period}成交额最高的{n}家客户",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
        ],
    },
    "topn_in_group": {
        "en": [
            # customers of a country
            T(
                "Could you tell me which customer in {country} ranked first on {measure} "
                "{in_period}?",
                dir="top",
            ),
            T("Top {n} accounts in the {country_adj} market by {measure} — {period}", dir="top"),
            T(
                "Please show the leading {n} customers in {country} on {measure} {in_period}.",
                dir="top",
            ),
            T(
                "Which customer in {country} performed worst on {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Please rank the customers in {country} by {measure} {in_period} and give me the "
                "bottom {n}.",
                dir="bottom",
            ),
            T(
                "Among customers in {country} who placed at least one order {in_period}, which "
                "one had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {country_adj} accounts that placed orders {in_period}, I need the {n} "
                "with the lowest {measure}.",
                dir="bottom",
                active="some",
            ),
            T(
                "Which {country_adj} customer placed the most orders {in_period}?",
                dir="top",
                measure="orders",
            ),
            # products of a category
            T(
                "Which {category_adj} product was the best performer on {measure} {in_period}?",
                dir="top",
            ),
            T(
                "Could you rank the {category_adj} products by {measure} {in_period} and list "
                "the top {n}?",
                dir="top",
            ),
            T(
                "Within the {category} category, which product had the lowest {measure} "
                "{in_period}?",
                dir="bottom",
            ),
            T(
                "I need the {n} weakest products in the {category_adj} range by {measure} "
                "{in_period}.",
                dir="bottom",
            ),
            T(
                "Among {category_adj} products with at least one sale {in_period}, which one "
                "came last on {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Considering only {category_adj} items that were ordered {in_period}, which {n} "
                "had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Best-selling {category_adj} product by units {in_period}",
                dir="top",
                measure="units",
            ),
            # products of a supplier
            T(
                "Could you tell me which of {supplier}'s products had the highest {measure} "
                "{in_period}?",
                dir="top",
            ),
            T("Top {n} products from the {supplier} range by {measure} — {period}", dir="top"),
            T(
                "Which product supplied by {supplier} performed worst on {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Please list the {n} products sourced from {supplier} with the lowest {measure} "
                "{in_period}.",
                dir="bottom",
            ),
            T(
                "Looking only at {supplier} products that sold {in_period}, which one had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Among the items we buy from {supplier} that had orders {in_period}, which {n} "
                "ranked lowest on {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Which {n} products from {supplier} brought in the most revenue {in_period}?",
                dir="top",
                measure="revenue",
            ),
        ],
        "zh": [
            # customers of a country
            T("请问{period}{country}客户中{measure}排名第一的是哪家？", dir="top"),
            T("{country}市场客户{measure}排行 — {period}前{n}名", dir="top"),
            T("烦请统计{period}{country}{measure}最高的{n}家客户", dir="top"),
            T("能否查一下{period}{country}哪家客户的{measure}最少？", dir="bottom"),
            T("麻烦列出{period}{country}客户里{measure}倒数{n}位的", dir="bottom"),
            T(
                "仅看{period}有成交的{country}客户，请问{measure}垫底的是哪家？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}有订单往来的{country}客户里，{measure}最少的{n}家分别是哪些？",
                dir="bottom",
                active="some",
            ),
            T("{period}{country}哪家客户下单次数最多？", dir="top", measure="orders"),
            # products of a category
            T("请问{period}{category_cls}里{measure}最好的是哪款产品？", dir="top"),
            T("{category}品类产品{measure}排行榜 — {period}前{n}名", dir="top"),
            T("能否查一下{period}{category_cls}中哪款产品的{measure}最低？", dir="bottom"),
            T("麻烦列出{period}{category_cls}{measure}排在最后{n}位的产品", dir="bottom"),
            T(
                "只统计{period}有销售记录的{category_cls}产品，{measure}最低的是哪一款？",
                dir="bottom",
                active="some",
            ),
            T(
                "{period}{category_cls}中卖出过的产品里，按{measure}从低到高取{n}个",
                dir="bottom",
                active="some",
            ),
            T("{period}{category_cls}里销量前{n}的产品", dir="top", measure="units"),
            # products of a supplier
            T("请问{period}供货商{supplier}旗下哪款产品{measure}最好？", dir="top"),
            T("{supplier}产品{measure}排名 — {period}前{n}名", dir="top"),
            T("能否告诉我{period}{supplier}所供商品里{measure}最差的是哪个？", dir="bottom"),
            T("烦请列出{period}{supplier}供货产品中{measure}最低的{n}款", dir="bottom"),
            T(
                "在{period}有成交的{supplier}产品中，{measure}最少的是哪款？",
                dir="bottom",
                active="some",
            ),
            T(
                "仅看{period}卖出过的{supplier}商品，{measure}倒数{n}名是哪些？",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T(
                "Could you list the {category_adj} products whose stock on hand has fallen "
                "below the reorder point?",
                disc="incl",
            ),
            T("Items below reorder level — {category}", disc="incl"),
            T(
                "I need every product in {category} with inventory under its reorder threshold, "
                "with the stock and the threshold.",
                disc="incl",
            ),
            T(
                "Please show which {category_adj} items are under their reorder level, "
                "discontinued lines included.",
                disc="incl",
            ),
            T(
                "Which products in the {category} category currently have less in stock than "
                "their reorder level?",
                disc="incl",
            ),
            T(
                "For the buyer: {category_adj} items where the quantity in stock is less than "
                "the reorder point.",
                disc="incl",
            ),
            T(
                "Could you list the {category_adj} products that are still active (not "
                "discontinued) and below their reorder level?",
                disc="excl",
            ),
            T(
                "Excluding discontinued items, which products in {category} have stock below "
                "the reorder point?",
                disc="excl",
            ),
            T(
                "I need the current, non-discontinued {category_adj} lines whose on-hand "
                "quantity is under the reorder threshold.",
                disc="excl",
            ),
            T(
                "Reorder candidates in {category}, leaving out discontinued products (stock "
                "below reorder level)",
                disc="excl",
            ),
        ],
        "zh": [
            T("请列出{category_cls}中现有库存低于再订购点的产品", disc="incl"),
            T("低于补货点清单 — {category}", disc="incl"),
            T(
                "麻烦查一下{category}品类里库存量不足再订购水平的商品，附上库存和再订购点",
                disc="incl",
            ),
            T("能否找出{category_cls}所有库存跌破补货线的产品（含已停产）？", disc="incl"),
            T("{category_cls}有哪些品项的在库数量小于再订购点？", disc="incl"),
            T(
                "做补货计划：{category_cls}里库存已低于再订购点的产品有哪些（停产的也算）？",
                disc="incl",
            ),
            T("请列出{category_cls}中未停产、且库存低于再订购点的产品", disc="excl"),
            T("剔除已停产的品项后，{category}里哪些产品库存低于补货点？", disc="excl"),
            T(
                "烦请只看仍在供应（非停产）的{category_cls}产品，列出库存低于补货线的",
                disc="excl",
            ),
            T(
                "不含停产品，{category}类目下库存低于再订购水平的产品有哪些？",
                disc="excl",
            ),
        ],
    },
    "reorder_count": {
        "en": [
            T(
                "Could you tell me how many products currently have stock below their reorder "
                "point?"
            ),
            T("Number of items under reorder level — all categories"),
            T(
                "I need a count of the products whose quantity in stock is less than the reorder "
                "threshold."
            ),
            T(
                "Across the whole catalogue, how many products are sitting below their reorder "
                "level?"
            ),
            T("Within {category}, how many products have inventory below the reorder threshold?"),
            T("Count of {category_adj} items under reorder level"),
            T(
                "Please show the number of products in the {category} category whose on-hand "
                "stock is less than their reorder level."
            ),
            T(
                "Can I get the number of {category_adj} lines that have dropped under their "
                "reorder point?"
            ),
            T(
                "For the replenishment meeting: how many products in {category} are below reorder "
                "level?"
            ),
            T(
                "I need to know how many {category_adj} products are currently below their "
                "reorder level."
            ),
        ],
        "zh": [
            T("请问目前库存低于再订购点的产品一共有几个？"),
            T("低于补货线的产品数量（全部品类）"),
            T("麻烦统计现有库存不足再订购水平的商品个数"),
            T("全部产品中，库存量小于补货点的有多少个？"),
            T("请问{category_cls}里库存已跌破再订购点的产品共有几个？"),
            T("{category}品类低于补货点的产品数"),
            T("麻烦统计一下{category}类目下在库数量小于再订购水平的商品有多少种"),
            T("能否告诉我{category_cls}库存低于再订购点的产品数量？"),
            T("烦请汇总{category_cls}中库存不足补货线的品项个数"),
            T("补货会议要用：{category}有几款产品库存低于再订购点？"),
        ],
    },
    # -- orders: size, shipping, lateness ---------------------------------------------------
    "max_order": {
        "en": [
            T(
                "Could you tell me which order had the highest value {in_period}, and what it "
                "was worth?"
            ),
            T("Largest single order by value — {period}"),
            T("I need the order number and amount of our biggest order placed {in_period}."),
            T("Please show the top order by net value {in_period}."),
            T("What was the most valuable sales order booked {in_period}?"),
            T("Can I get the single highest-value order {in_period}, with its total?"),
        ],
        "zh": [
            T("请问{period}金额最高的订单是哪一笔？金额多少？"),
            T("单笔最大订单 — {period}"),
            T("麻烦查一下{period}成交额最大的那张订单的单号和金额"),
            T("能否找出{period}订单金额排第一的那一单？"),
            T("烦请提供{period}最大一笔订单的订单号及金额"),
            T("{period}哪张订单的销售额最大，是多少？"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("Could you tell me the largest order {customer} has ever placed with us, by value?"),
            T("Biggest order on record — {customer}"),
            T("I need the order number and value of {customer}'s highest-value order to date."),
            T("Of all the orders placed by {customer}, which one has the highest value?"),
            T("Please show {customer}'s largest order by value {in_period}."),
            T("Which order from {customer} was worth the most {in_period}, and how much was it?"),
            T("Can I get the single biggest order {customer} placed {in_period}?"),
        ],
        "zh": [
            T("请问{customer}历来金额最大的一笔订单是哪张？"),
            T("客户最大订单 — {customer}"),
            T("麻烦查一下{customer}迄今为止单笔金额最高的订单及金额"),
            T("请问{period}{customer}金额最大的订单是哪一笔？"),
            T("能否找出{customer}在{period}下的订单中价值最高的一张？"),
            T("烦请提供{period}{customer}最大一单的单号和金额"),
        ],
    },
    "late_count": {
        "en": [
            T(
                "Could you tell me how many orders placed {in_period} were shipped after their "
                "required date?"
            ),
            T("Late shipments (shipped after the required date) — orders placed {in_period}"),
            T(
                "I need the number of orders from {period} that missed their required date when "
                "they shipped."
            ),
            T(
                "Of the orders booked {in_period}, how many were dispatched late, i.e. after the "
                "date the customer required?"
            ),
            T(
                "Please show how many orders placed {in_period} by customers in {country} "
                "shipped after the required date."
            ),
            T("How many {country_adj} orders from {period} were dispatched late?"),
            T(
                "Can I get the count of late shipments on orders from {country_adj} customers "
                "placed {in_period}?"
            ),
        ],
        "zh": [
            T("请问{period}下单、但发货日期晚于客户要求日期的订单有多少笔？"),
            T("延误发货单数（按下单日期）— {period}"),
            T("麻烦统计{period}订单中延期发运的笔数"),
            T("能否查一下{period}的订单有几笔发货晚于要求日期？"),
            T("请问{period}{country}客户的订单里有几笔延误发货？"),
            T("{country}市场 — {period}延期发货订单数"),
            T("麻烦统计{country}客户在{period}所下订单中，晚于要求日期发运的有多少笔"),
        ],
    },
    "late_by": {
        "en": [
            T("Could you break down the late shipments on orders placed {in_period} by {dim}?"),
            T("Late orders per {dim} — {period}"),
            T(
                "I need, for each {dim}, the number of orders placed {in_period} that shipped "
                "after the required date."
            ),
            T("Please show how the late shipments {in_period} split across {dims}."),
            T(
                "How many late orders did each shipping company have among orders placed "
                "{in_period}?",
                dim="carrier",
            ),
            T("Late-shipment count by sales rep for orders booked {in_period}", dim="salesperson"),
            T(
                "Which forwarders had orders dispatched late {in_period}, and how many each?",
                dim="carrier",
            ),
        ],
        "zh": [
            T("请按{dim}统计{period}订单中延误发货的笔数"),
            T("各{dim}延期发货订单数 — {period}"),
            T("麻烦列出{period}每个{dim}对应的晚于要求日期发货的订单数"),
            T("能否查一下{period}的延误发货在各{dim}之间是怎么分布的？"),
            T("{period}各承运商分别有多少笔订单延误发运？", dim="carrier"),
            T("{period}每位业务员的订单中发货晚了的各有几笔？", dim="salesperson"),
        ],
    },
    "late_top": {
        "en": [
            T(
                "Could you tell me which {dim} had the most late shipments on orders placed "
                "{in_period}?"
            ),
            T("Most late orders by {dim} — {period}"),
            T(
                "I need the {dim} with the highest number of orders shipped after the required "
                "date {in_period}."
            ),
            T("Please show which {dim} ranks first for late dispatches {in_period}."),
            T(
                "Which {dim} performed worst on on-time delivery {in_period}, measured by the "
                "number of late orders?"
            ),
            T(
                "Can I get the {dim} that accumulated the most late orders {in_period}, with the "
                "count?"
            ),
            T(
                "Which shipping company missed the required date most often on orders placed "
                "{in_period}?",
                dim="carrier",
            ),
            T(
                "Which sales rep had the largest number of late-shipped orders {in_period}?",
                dim="salesperson",
            ),
            T("Worst forwarder for late shipments {in_period}, by count", dim="carrier"),
            T(
                "On the late-shipment leaderboard {in_period}, which account manager is at the "
                "top?",
                dim="salesperson",
            ),
        ],
        "zh": [
            T("请问{period}延误发货订单最多的{dim}是哪个？"),
            T("延期发运最多的{dim} — {period}"),
            T("麻烦查一下{period}哪个{dim}晚于要求日期发货的订单最多"),
            T("能否告诉我{period}按延误单数排第一的{dim}？"),
            T("{period}发货延误笔数最多的是哪个{dim}，有多少笔？"),
            T("烦请找出{period}迟发订单数量居首的{dim}"),
            T("{period}哪家物流商的延误发货单数最多？", dim="carrier"),
            T("{period}哪位销售代表名下的订单迟发次数最多？", dim="salesperson"),
            T("{period}延误发货排行榜上排第一的承运商", dim="carrier"),
            T("{period}哪个业务员的订单发货延误最多？", dim="salesperson"),
        ],
    },
    "late_pct": {
        "en": [
            T(
                "Could you tell me what percentage of the orders placed {in_period} that have "
                "shipped went out after their required date?"
            ),
            T("Late-shipment rate (%) — orders placed {in_period}"),
            T(
                "I need the share of shipped orders from {period} that missed the required date, "
                "as a percentage."
            ),
            T(
                "Please show the late rate {in_period}: late shipments as a percent of all "
                "shipped orders."
            ),
            T(
                "What proportion of shipped orders booked {in_period} were dispatched late, in "
                "percent?"
            ),
            T(
                "Can I get our delay rate {in_period}, i.e. the percentage of shipped orders "
                "that left after the required date?"
            ),
        ],
        "zh": [
            T("请问{period}已发货订单的延误率是多少（%）？"),
            T("延误发货占比 — {period}下单且已发货的订单"),
            T("麻烦算一下{period}下的订单中，已发出的里有百分之多少晚于要求日期"),
            T("能否统计{period}延期发运订单占已发货订单的百分比？"),
            T("烦请提供{period}的发货延误率"),
            T("{period}订单的延误率（晚于要求日期发出的单数÷已发货单数）是多少？"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T(
                "Could you tell me the average dispatch lead time, in days, for orders placed "
                "{in_period}?"
            ),
            T("Average days from order to shipment — {period}"),
            T(
                "I need the mean number of days between order date and ship date for orders "
                "booked {in_period}."
            ),
            T("How long, on average, did it take to get orders placed {in_period} out the door?"),
            T(
                "Please show the average fulfilment time in days {in_period}, measured from "
                "order date to shipment."
            ),
            T("Can I get the average days to dispatch {in_period}, across all orders?"),
            T(
                "For orders placed {in_period} and sent with {carrier}, what was the average "
                "time from order to shipment in days?"
            ),
            T("Average dispatch lead time for {carrier} — orders placed {in_period}"),
            T("I need {carrier}'s average order-to-shipment time in days {in_period}."),
            T(
                "Can I get the mean number of days it took orders placed {in_period} to ship "
                "via the shipping company {carrier}?"
            ),
        ],
        "zh": [
            T("请问{period}下的订单从下单到发货平均需要几天？"),
            T("平均发运时长（天）— {period}"),
            T("麻烦算一下{period}订单的平均出货周期，按下单日到发货日计"),
            T("能否统计{period}订单从下单到发出的平均天数？"),
            T("烦请提供{period}订单的平均发货时长（从下单到发货，单位：天）"),
            T("请问{period}交由{carrier}承运的订单平均几天发出？"),
            T("物流商{carrier} — {period}平均发货天数"),
            T("麻烦算一下{carrier}在{period}的订单从下单到发运平均用了多少天"),
            T("能否查一下{period}走{carrier}的订单平均发货时长是几天？"),
            T("烦请统计{period}{carrier}承运订单的平均出货天数"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T(
                "Could you tell me which carrier had the shortest average dispatch lead time "
                "{in_period}?",
                dir="fast",
            ),
            T("Fastest shipping company by average days to ship — {period}", dir="fast"),
            T(
                "Please show which forwarder performed best on average order-to-shipment time "
                "{in_period}.",
                dir="fast",
            ),
            T(
                "Across all our history, which carrier gets orders shipped in the fewest days "
                "on average?",
                dir="fast",
            ),
            T(
                "Which shipping company was slowest on average to ship orders placed {in_period}?",
                dir="slow",
            ),
            T(
                "I need the carrier with the longest average time from order to shipment "
                "{in_period}.",
                dir="slow",
            ),
            T(
                "Can I get the carrier that performed worst on average dispatch time {in_period}, "
                "with its average?",
                dir="slow",
            ),
            T(
                "Please show the forwarder with the highest average days to ship, over all orders.",
                dir="slow",
            ),
        ],
        "zh": [
            T("请问{period}平均发货天数最少的承运商是哪家？", dir="fast"),
            T("平均发运最快的物流商 — {period}", dir="fast"),
            T("能否告诉我{period}哪家承运商发货速度最快（按平均天数）？", dir="fast"),
            T("从全部历史订单看，哪家承运商从下单到发货平均用时最短？", dir="fast"),
            T("请问{period}哪家物流商平均发货耗时最长？", dir="slow"),
            T("麻烦查一下{period}平均出货天数最多的承运商及其天数", dir="slow"),
            T("按全部订单统计，平均发运速度最慢的是哪家承运商？", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("Could you tell me how many orders are still waiting to be dispatched?"),
            T("Orders awaiting dispatch — total count"),
            T("Across all customers, how many orders have yet to be shipped?"),
            T(
                "I need the number of orders from {country_adj} customers that have not been "
                "shipped yet."
            ),
            T("Open orders not yet dispatched — customers in {country}"),
            T("Please show how many of {customer}'s orders are still awaiting shipment."),
            T("How many orders placed by {customer} have not left the warehouse yet?"),
            T("Can I get the number of unshipped orders in sales rep {salesperson}'s book?"),
            T("How many orders handled by {salesperson} are still pending dispatch?"),
        ],
        "zh": [
            T("请问目前还有多少笔订单尚未发货？"),
            T("待发运订单总数"),
            T("全部客户合计，还有几笔订单没发出去？"),
            T("麻烦统计{country}客户尚未发出的订单笔数"),
            T("{country}市场 — 未发货订单数"),
            T("能否查一下{customer}还有几笔订单没有出库发货？"),
            T("客户{customer}待发货订单数量"),
            T("烦请统计业务员{salesperson}名下还未发运的订单数"),
            T("{salesperson}负责的订单中还有多少笔在等待发货？"),
        ],
    },
    # -- distinct counts --------------------------------------------------------------------
    "distinct_customers_product": {
        "en": [
            T("Could you tell me how many different customers bought {product} {in_period}?"),
            T("Number of distinct buyers of {product} — {period}"),
            T("I need the count of unique customers who ordered {product} {in_period}."),
            T("Please show how many accounts placed at least one order for {product} {in_period}."),
            T(
                "How wide was the customer base for {product} {in_period}, in number of "
                "distinct customers?"
            ),
            T("Can I get the number of separate customers that purchased {product} {in_period}?"),
        ],
        "zh": [
            T("请问{period}有多少家不同的客户购买过{product}？"),
            T("{product}购买客户数 — {period}"),
            T("麻烦统计{period}下单订购{product}的客户有几家（去重）"),
            T("能否查一下{period}至少买过一次{product}的客户数量？"),
            T("烦请提供{period}{product}的覆盖客户数（买过的不同客户数）"),
            T("{period}共有几个客户订了{product}？"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T(
                "Could you tell me how many different customers bought {category_adj} products "
                "{in_period}?"
            ),
            T("Number of distinct customers who bought from {category} — {period}"),
            T(
                "I need the count of unique customers who ordered anything from the {category} "
                "category {in_period}."
            ),
            T(
                "Please show how many accounts placed at least one order containing "
                "{category_adj} items {in_period}."
            ),
            T(
                "How many separate customers purchased from the {category_adj} product group "
                "{in_period}?"
            ),
            T(
                "Can I get the customer reach of {category} {in_period}, as a count of distinct "
                "buyers?"
            ),
        ],
        "zh": [
            T("请问{period}有多少家不同的客户买过{category_cls}产品？"),
            T("{category}品类购买客户数 — {period}"),
            T("麻烦统计{period}订购过{category}类目商品的客户有几家（去重）"),
            T("能否查一下{period}至少买过一次{category_cls}商品的客户数量？"),
            T("烦请提供{period}{category_cls}的覆盖客户数（买过的不同客户数）"),
            T("{period}共有几个客户采购了{category}品类的产品？"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("Could you tell me the number of customer accounts registered in {country}?"),
            T("Customer count — {country}"),
            T("I need the number of {country_adj} customers in our customer master."),
            T("Please show how many customers are located in {country}."),
            T("How many accounts do we hold in the {country_adj} market?"),
            T("For the regional plan: how many of our customers are in {country}?"),
        ],
        "zh": [
            T("请问我们在{country}共有多少家客户？"),
            T("客户数量 — {country}"),
            T("麻烦统计客户档案中国家为{country}的客户数"),
            T("能否告诉我{country}市场有几家客户？"),
            T("烦请提供位于{country}的客户总数"),
            T("做区域规划用：{country}的客户有多少个？"),
        ],
    },
    "count_products_category": {
        "en": [
            T("Could you tell me how many products are assigned to the {category} category?"),
            T("Product count — {category}"),
            T(
                "I need the number of items in the {category_adj} range, discontinued ones "
                "included."
            ),
            T("Please show how many products are set up under {category} in the item master."),
            T("How many different {category_adj} products are listed in our catalogue?"),
            T("Can I get a count of all products classified as {category}?"),
            T(
                "For the category review, how many products does the {category} category "
                "contain in total?"
            ),
            T("How big is the {category_adj} assortment, counted in products?"),
            T(
                "What is the total number of products, active or discontinued, in the "
                "{category} category?"
            ),
            T("I'd like to know how many items belong to the {category_adj} product group."),
        ],
        "zh": [
            T("请问{category_cls}共有多少个产品？"),
            T("产品数量 — {category}"),
            T("麻烦统计{category}品类下的商品数（含已停产）"),
            T("能否告诉我商品主数据里归入{category_cls}的产品有几个？"),
            T("烦请提供{category}类目的品项总数"),
            T("{category_cls}一共包含多少种商品？"),
            T("做品类回顾用：{category}下面有几款产品？"),
            T("{category}这个类别总共登记了多少个产品（不论是否停产）？"),
            T("我想知道{category_cls}的产品数量是多少"),
            T("请统计{category_cls}的产品总数"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("Could you tell me how many suppliers we work with in {country}?"),
            T("Supplier count — {country}"),
            T("I need the number of {country_adj} suppliers in our vendor master."),
            T("Please show how many of our suppliers are located in {country}."),
            T("How many companies in {country} are set up as our suppliers?"),
            T("For the sourcing review: number of suppliers in {country}."),
        ],
        "zh": [
            T("请问我们在{country}有几家供货商？"),
            T("供应商数量 — {country}"),
            T("麻烦统计供应商档案里国家为{country}的供应商数"),
            T("能否告诉我{country}共有多少家供应方？"),
            T("烦请提供位于{country}的供应商总数"),
            T("做采购布局用：{country}的供应商有几家？"),
        ],
    },
    # -- thresholds -------------------------------------------------------------------------
    "threshold_customer_revenue": {
        "en": [
            T("Could you list the customers whose net sales {in_period} exceeded {x}?", op="gt"),
            T("Customers with revenue above {x} — {period}", op="gt"),
            T("I need every customer that generated {x} or more in revenue {in_period}.", op="ge"),
            T(
                "Please show the accounts whose purchases {in_period} reached at least {x}.",
                op="ge",
            ),
            T(
                "Among customers who placed orders {in_period}, which ones spent less than {x} "
                "in total?",
                op="lt",
            ),
            T("Customers who ordered {in_period} but whose revenue stayed below {x}", op="lt"),
            T(
                "Which customers with at least one order {in_period} came in at {x} or less in "
                "revenue?",
                op="le",
            ),
            T(
                "Can I get the ordering customers {in_period} whose total sales did not exceed "
                "{x}?",
                op="le",
            ),
        ],
        "zh": [
            T("请列出{period}销售额高于{x}的客户", op="gt"),
            T("{period}成交额超过{x}的客户名单", op="gt"),
            T("麻烦查一下{period}营收达到或超过{x}的客户", op="ge"),
            T("能否找出{period}采购金额不低于{x}的客户？", op="ge"),
            T("{period}有下单的客户中，销售额低于{x}的有哪些？", op="lt"),
            T("烦请列出{period}有成交但金额不足{x}的客户", op="lt"),
            T("在{period}下过订单的客户里，销售额不超过{x}的有哪几家？", op="le"),
            T("{period}有订单、且成交额小于或等于{x}的客户", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("Could you list the products whose unit sales {in_period} exceeded {x}?", op="gt"),
            T("Items with sales volume above {x} units — {period}", op="gt"),
            T("I need every product with more than {x} units ordered {in_period}.", op="gt"),
            T("Please show the products that reached {x} units or more {in_period}.", op="ge"),
            T("Which items sold no fewer than {x} units {in_period}?", op="ge"),
            T("Products with a sales quantity of at least {x} units {in_period}, please.", op="ge"),
            T(
                "Among products that sold at least once {in_period}, which ones stayed under {x} "
                "units?",
                op="lt",
            ),
            T(
                "I need the products that had some sales {in_period} but fewer than {x} units "
                "in total.",
                op="lt",
            ),
            T(
                "Can I get the items ordered {in_period} whose volume was below {x} units?",
                op="lt",
            ),
            T(
                "Among products with at least one sale {in_period}, which sold {x} units or fewer?",
                op="le",
            ),
            T(
                "Please show the products that were ordered {in_period} with a total quantity "
                "not exceeding {x} units.",
                op="le",
            ),
            T("Which items that did sell {in_period} reached at most {x} units?", op="le"),
        ],
        "zh": [
            T("请列出{period}销量超出{x}件的产品", op="gt"),
            T("{period}销售数量多于{x}的商品清单", op="gt"),
            T("麻烦查一下{period}卖出件数大于{x}的品项", op="gt"),
            T("能否找出{period}销量达到或超过{x}件的产品？", op="ge"),
            T("烦请列出{period}销售数量不少于{x}件的商品", op="ge"),
            T("{period}累计售出{x}件及以上的产品有哪些？", op="ge"),
            T("{period}有销售的产品中，销量低于{x}件的有哪些？", op="lt"),
            T("麻烦列出{period}卖出过、但总数不足{x}件的商品", op="lt"),
            T("在{period}有订单的产品里，售出件数少于{x}的是哪些？", op="lt"),
            T("{period}有销量的产品中，销售数量不超过{x}件的有哪些？", op="le"),
            T("请列出{period}有成交且销量小于等于{x}件的品项", op="le"),
            T("能否找出{period}卖出过、销量至多{x}件的产品？", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T(
                "Could you list the customers whose order count {in_period} was higher than {x}?",
                op="gt",
            ),
            T("Accounts exceeding {x} orders — {period}", op="gt"),
            T("I need the accounts that ordered at least {x} times {in_period}.", op="ge"),
            T("Please show every customer with {x} or more orders placed {in_period}.", op="ge"),
            T(
                "Of the customers who ordered anything {in_period}, which ones placed fewer than "
                "{x} orders in total?",
                op="lt",
            ),
            T("Customers with at least one order {in_period} but under {x} in total", op="lt"),
            T("Which customers that ordered {in_period} did so {x} times or fewer?", op="le"),
            T(
                "Can I get the ordering customers {in_period} whose number of orders did not "
                "exceed {x}?",
                op="le",
            ),
        ],
        "zh": [
            T("请列出{period}下单超过{x}笔的客户", op="gt"),
            T("{period}订单数多于{x}的客户名单", op="gt"),
            T("麻烦查一下{period}下单次数达到{x}次及以上的客户", op="ge"),
            T("能否找出{period}订单量不少于{x}笔的客户？", op="ge"),
            T("{period}有下单的客户里，订单数不到{x}笔的有哪些？", op="lt"),
            T("烦请列出{period}有订单往来但下单少于{x}次的客户", op="lt"),
            T("在{period}下过订单的客户中，订单数不超过{x}笔的有哪几家？", op="le"),
            T("{period}有成交、订单数小于等于{x}的客户", op="le"),
        ],
    },
    # -- absence ----------------------------------------------------------------------------
    "no_orders_country": {
        "en": [
            T("Could you list the customers in {country} who placed no orders {in_period}?"),
            T("Inactive {country_adj} accounts (no orders) — {period}"),
            T(
                "I need the {country_adj} customers that did not order anything from us "
                "{in_period}."
            ),
            T("Please show which customers based in {country} made no purchases {in_period}."),
            T(
                "Which of our customers in {country} went without placing a single order "
                "{in_period}?"
            ),
            T("For the {country_adj} market, who bought nothing {in_period}?"),
        ],
        "zh": [
            T("请列出{period}没有下过订单的{country}客户"),
            T("{country}无订单客户 — {period}"),
            T("麻烦查一下{country}客户中{period}一笔订单都没有的"),
            T("能否找出{period}在我们这里没有任何采购的{country}客户？"),
            T("烦请统计{period}{country}市场零成交的客户名单"),
            T("{period}，{country}有哪些客户一直没有下单？"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("Could you list the customers who placed no orders at all {in_period}?"),
            T("Customers without any orders — {period}"),
            T("I need the accounts that did not buy anything from us {in_period}."),
            T("Please show which customers were inactive {in_period}, meaning no orders."),
            T("Which customers did not place a single order {in_period}?"),
            T("For the churn review, who ordered nothing {in_period}?"),
        ],
        "zh": [
            T("请列出{period}没有下过任何订单的客户"),
            T("无订单客户名单 — {period}"),
            T("麻烦查一下{period}一笔都没在我们这里下单的客户"),
            T("能否找出{period}零成交的客户？"),
            T("烦请统计{period}没有购买记录的客户"),
            T("做流失分析用：{period}有哪些客户一直没下单？"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T(
                "Could you list the {category_adj} products that no customer in {country} has "
                "ever ordered?"
            ),
            T("{category_adj} products never sold to customers in {country} (all time)"),
            T(
                "I need the items in the {category} category that have never been bought by any "
                "{country_adj} customer."
            ),
            T(
                "Please show which {category_adj} products have no order history at all with "
                "customers in {country}."
            ),
            T("Which {category_adj} lines has the {country_adj} market never purchased?"),
            T(
                "Could you list the {category_adj} products that customers in {country} did not "
                "order {in_period}?"
            ),
            T("{category_adj} products with no orders from {country_adj} customers — {period}"),
            T(
                "I need the products in {category} that no customer based in {country} bought "
                "{in_period}."
            ),
            T("Which {category_adj} items went unsold to the {country_adj} market {in_period}?"),
            T(
                "Please show the {category_adj} products missing from all orders placed by "
                "{country_adj} customers {in_period}."
            ),
        ],
        "zh": [
            T("请列出{category_cls}中从来没有{country}客户下过单的产品"),
            T("{category}品类 — {country}市场从未售出的产品"),
            T("麻烦查一下{category}类目里哪些商品{country}的客户一次都没买过"),
            T("能否找出{category_cls}中在{country}没有任何销售记录的产品？"),
            T("烦请统计{country}客户历来没采购过的{category_cls}品项"),
            T("请列出{period}{country}客户没有订购的{category_cls}产品"),
            T("{period}{country}市场未售出的{category}产品"),
            T("麻烦查一下{period}哪些{category_cls}商品没有卖给任何{country}客户"),
            T("能否找出{period}{country}客户一件都没订的{category}品类产品？"),
            T("烦请列出{period}在{country}零成交的{category_cls}品项"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("Could you list the products that received no orders {in_period}?"),
            T("Products without a single order line — {period}"),
            T("I need the items that nobody ordered {in_period}."),
            T("Which products did not sell at all {in_period}?"),
            T("Please show the {category_adj} products that had no orders {in_period}."),
            T("Which items in the {category} category went unsold {in_period}?"),
            T("Can I get the {category_adj} lines with zero orders placed {in_period}?"),
        ],
        "zh": [
            T("请列出{period}没有任何订单的产品"),
            T("零销售产品 — {period}"),
            T("麻烦查一下{period}没有被任何客户订购的商品"),
            T("能否找出{period}完全没有成交的品项？"),
            T("请列出{period}{category_cls}中没有订单的产品"),
            T("{category}品类 — {period}无销售产品"),
            T("烦请统计{period}{category}类目下零订单的商品"),
        ],
    },
    # -- best or worst month or quarter -----------------------------------------------------
    "best_bucket": {
        "en": [
            T("Could you tell me in which {dim} of {year} our {measure} peaked?", dir="top"),
            T("Strongest {dim} of {year} by {measure}", dir="top"),
            T("I need the best-performing {dim} in {year} on {measure}.", dir="top"),
            T("Looking at {year} {dim} by {dim}, where was {measure} highest?", dir="top"),
            T("Please show the weakest {dim} of {year} in terms of {measure}.", dir="bottom"),
            T("Which {dim} in {year} performed worst on {measure}?", dir="bottom"),
            T("In {year}, during which {dim} was {measure} at its lowest?", dir="bottom"),
            T(
                "Which month of {year} brought in the most net sales?",
                dim="month",
                measure="revenue",
                dir="top",
            ),
            T(
                "In which quarter of {year} did we sell the fewest units?",
                dim="quarter",
                measure="units",
                dir="bottom",
            ),
            T(
                "Busiest month of {year} by number of orders",
                dim="month",
                measure="orders",
                dir="top",
            ),
            T(
                "Which quarter of {year} had the highest order intake, counted in orders?",
                dim="quarter",
                measure="orders",
                dir="top",
            ),
        ],
        "zh": [
            T("请问{year}年哪一个{dim}的{measure}达到全年最高？", dir="top"),
            T("{year}年{measure}峰值所在的{dim}", dir="top"),
            T("麻烦查一下{year}年{measure}表现最好的{dim}", dir="top"),
            T("能否按{dim}看一下{year}年，{measure}最高的是哪一个？", dir="top"),
            T("烦请找出{year}年全年{measure}最低迷的{dim}", dir="bottom"),
            T("{year}年哪个{dim}{measure}表现最差？", dir="bottom"),
            T("请问{year}年{measure}处于谷底的是哪个{dim}？", dir="bottom"),
            T("{year}年哪个月的销售收入最高？", dim="month", measure="revenue", dir="top"),
            T("{year}年销量最低的季度是第几季度？", dim="quarter", measure="units", dir="bottom"),
            T("{year}年订单最多的月份", dim="month", measure="orders", dir="top"),
            T("{year}年哪个季度营收最少？", dim="quarter", measure="revenue", dir="bottom"),
        ],
    },
    # -- shares and growth ------------------------------------------------------------------
    "share": {
        "en": [
            T(
                "Could you tell me what percentage of total net sales {in_period} came from "
                "customers in {country}?"
            ),
            T("{country_adj} share of revenue (%) — {period}"),
            T(
                "I need the {country_adj} market's share of our total revenue {in_period}, in "
                "percent."
            ),
            T(
                "What percentage of revenue did customers located in {country} represent "
                "{in_period}?"
            ),
            T("Please show {category}'s share of total revenue {in_period}, as a percentage."),
            T(
                "How much of our overall sales {in_period}, in percent, did the {category_adj} "
                "product group account for?"
            ),
            T(
                "Can I get the percentage of company revenue {in_period} that came from "
                "{category_adj} products?"
            ),
        ],
        "zh": [
            T("请问{period}{country}市场在总营收中占百分之几？"),
            T("{country}客户营收占比（%）— {period}"),
            T("麻烦算一下{period}来自{country}客户的成交额占全部成交额的比例"),
            T("能否统计{period}{category_cls}在总销售收入中的占比（百分比）？"),
            T("烦请提供{period}{category}品类营收占公司总营收的百分比"),
            T("{category}类目 — {period}销售额占比"),
            T("{period}全部销售额中，{category_cls}产品贡献了百分之多少？"),
        ],
    },
    "growth": {
        "en": [
            T(
                "Could you tell me by what percentage {category_adj} revenue changed from "
                "{year1} to {year2}?",
                how="pct",
            ),
            T("Revenue growth in percent — {customer}, {year1} to {year2}", how="pct"),
            T(
                "I need the percentage change in net sales to {customer} between {year1} and "
                "{year2}.",
                how="pct",
            ),
            T(
                "How did {category} revenue in {year2} compare with {year1}, as a percentage "
                "change?",
                how="pct",
            ),
            T(
                "What was the year-on-year growth rate of {category_adj} sales in {year2} "
                "versus {year1}, in percent?",
                how="pct",
                years="adjacent",
            ),
            T(
                "Could you calculate {customer}'s year-over-year sales growth in percent from "
                "{year1} to {year2}?",
                how="pct",
                years="adjacent",
            ),
            T(
                "Please show the change in {customer}'s revenue from {year1} to {year2} in money "
                "terms.",
                how="abs",
            ),
            T(
                "By how much did {category_adj} net sales rise or fall between {year1} and "
                "{year2}, in absolute terms?",
                how="abs",
            ),
            T(
                "Can I get the increase or decrease in revenue from {customer} in {year2} "
                "compared with {year1}, as an amount?",
                how="abs",
            ),
            T(
                "Year-on-year revenue change in money for the {category_adj} range, {year1} to "
                "{year2}",
                how="abs",
                years="adjacent",
            ),
        ],
        "zh": [
            T("请问{category_cls}营收从{year1}年到{year2}年变动了百分之多少？", how="pct"),
            T("{customer}营收增长率 — {year1}年至{year2}年", how="pct"),
            T("麻烦算一下{customer}{year2}年相对{year1}年的销售额增幅（%）", how="pct"),
            T(
                "{category}品类{year2}年营收同比{year1}年的增长率是多少？",
                how="pct",
                years="adjacent",
            ),
            T("能否算一下{customer}从{year1}年到{year2}年销售收入的绝对变化额？", how="abs"),
            T(
                "烦请提供{category_cls}{year2}年与{year1}年营收的差额（{year2}年减{year1}年）",
                how="abs",
            ),
            T("{customer}的营收变化金额 — {year2}年较{year1}年", how="abs"),
            T(
                "{customer}{year2}年的销售额与{year1}年同比，增减金额是多少？",
                how="abs",
                years="adjacent",
            ),
        ],
    },
}
