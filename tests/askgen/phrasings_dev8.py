"""DEV8 phrasings: an eighth development set, written by a fresh author who has not read the
parser, its lexicon or the held-out sets (only the docstrings of the other splits).

Worded the way evaluation sets for business-intelligence assistants are written: clear,
complete, natural questions as in text-to-SQL benchmarks (Spider/BIRD style: "List the names
of...", "Find the total...", "What is the number of...", "Return the..."), mixed with plain,
polite chat-window requests of ERP users and with the paraphrases an LLM produces ("Could you
tell me...", "I'd like to know...", "Give me a breakdown of..."). Synonyms are used freely
(revenue / sales / turnover / income / takings; customer / client / account / buyer; product
/ item / article / SKU / good; supplier / vendor / provider / manufacturer; carrier / shipper /
shipping company / freight company; salesperson / employee / sales rep / staff member), with
the period first or last, passive voice and relative clauses. In Chinese, as mainland users
and benchmark writers write: full questions (请问…是多少？ …有哪些？ 列出… 查询… 统计…),
spoken forms (…多少钱啊, …卖了几件), synonyms (销售额/营业额/收入/销售收入; 客户/买家/顾客;
产品/商品/货品; 供应商/供货商/厂商; 承运商/物流公司/快递公司/货运公司; 业务员/销售员/销售代表/
员工) and either order of time and entity.

Every template keeps the meaning of its family's gold SQL (oracle.py): revenue is net of
discounts, by order date; a period is the order date; stock value is on hand at list price;
on order is the open quantity of confirmed purchase orders; "late" is shipped after the
required date and a late rate is over the shipped orders; thresholds are strict or inclusive
exactly as worded, and the "below" ones say they are over members with orders; a bottom-n
over the members with activity says so (active="some"); shares are percentages and growth is
in % or in money (year2 - year1); a count of products in a category counts discontinued ones
too. Conditions: see generate.fits (years="adjacent" for year-on-year wordings).

TEMPLATES[family][lang] is a list of templates (see vocab.py for the slots).
"""

from __future__ import annotations

from tests.askgen.vocab import T, Template

TEMPLATES: dict[str, dict[str, list[Template]]] = {
    "lookup_supplier": {
        "en": [
            T("Who supplies us with {product}?"),
            T("Find the name of the company that supplies {product}."),
            T("Which vendor provides the item {product}?"),
            T("Could you tell me who we buy {product} from?"),
            T("I'd like to know the manufacturer of {product}."),
            T("{product} is supplied by which company?"),
            T("Return the supplier name for the product named {product}."),
            T("what vendor do we source {product} from"),
            T("Please show the provider of the SKU {product}."),
            T("For the article {product}, what is the name of its supplier?"),
            T("Which supplier is {product} purchased from?"),
            T("Give me the vendor behind {product}, please."),
        ],
        "zh": [
            T("请问{product}的供应商是哪家？"),
            T("查询商品{product}的供货商名称。"),
            T("{product}是从哪个厂商进货的？"),
            T("{product}这个产品由谁供货？"),
            T("列出{product}的供应商。"),
            T("我想知道{product}是哪家公司提供的。"),
            T("能告诉我{product}的供货商吗？"),
            T("货品{product}的厂商叫什么名字？"),
            T("{product}找谁进的货啊？"),
            T("请查一下为我们供应{product}的公司。"),
            T("{product}的供应方是哪一家？"),
            T("哪个供应商给我们供{product}？"),
        ],
    },
    "lookup_category": {
        "en": [
            T("What category does {product} belong to?"),
            T("Find the category name of the product {product}."),
            T("Which product category is {product} classified under?"),
            T("Could you tell me what kind of product {product} is, category-wise?"),
            T("I'd like to know the category of the item {product}."),
            T("{product} falls into which category?"),
            T("Return the category for the SKU named {product}."),
            T("what category is {product} in"),
            T("In which category is the article {product} listed?"),
            T("Please give me the product group of {product}."),
            T("Under what category do we file {product}?"),
            T("Tell me which category the good {product} is part of."),
        ],
        "zh": [
            T("请问{product}属于哪个类别？"),
            T("查询产品{product}的品类名称。"),
            T("{product}归在哪一类商品里？"),
            T("{product}是什么类别的货品？"),
            T("我想知道{product}的分类。"),
            T("能告诉我{product}属于哪个品类吗？"),
            T("商品{product}被归入了哪个类别？"),
            T("{product}算哪一类的啊？"),
            T("列出{product}所在的产品类别。"),
            T("请查一下{product}这件商品的类目。"),
            T("{product}在系统里是哪个分类下的？"),
            T("货品{product}所属的类别是什么？"),
        ],
    },
    "lookup_price": {
        "en": [
            T("What is the price per unit of the product {product}?"),
            T("Find the list price of the product {product}."),
            T("How much does {product} sell for?"),
            T("Could you tell me the current selling price of {product}?"),
            T("I'd like to know what we charge for one unit of {product}."),
            T("What price is {product} listed at?"),
            T("Return the sale price for the item named {product}."),
            T("how much is {product}"),
            T("Please show the catalogue price of the SKU {product}."),
            T("{product}: what is its price per unit?"),
            T("What does a single {product} cost a customer?"),
            T("Give me the standard sales price of {product}."),
        ],
        "zh": [
            T("请问{product}的单价是多少？"),
            T("查询产品{product}的售价。"),
            T("{product}卖多少钱一个？"),
            T("{product}现在的标价是多少？"),
            T("我想知道{product}的销售价格。"),
            T("能告诉我商品{product}的价格吗？"),
            T("{product}多少钱啊？"),
            T("列出{product}的单位售价。"),
            T("货品{product}的定价是多少？"),
            T("请查一下{product}每件卖给客户的价格。"),
            T("{product}的零售单价是几块钱？"),
            T("一件{product}售价多少？"),
        ],
    },
    "lookup_stock": {
        "en": [
            T("How many units of {product} are in stock?"),
            T("Find the quantity on hand of the product {product}."),
            T("What is the current inventory level of {product}?"),
            T("Could you tell me how much {product} we have in the warehouse?"),
            T("I'd like to know the stock on hand for {product}."),
            T("How many {product} are currently available in stock?"),
            T("Return the units in stock for the item named {product}."),
            T("how much {product} do we have"),
            T("Please show the inventory quantity of the SKU {product}."),
            T("What quantity of {product} is sitting in our stock right now?"),
            T("{product} — how many units are on hand?"),
            T("Give me the stock count for {product}."),
        ],
        "zh": [
            T("请问{product}的库存是多少？"),
            T("查询产品{product}的现有库存数量。"),
            T("{product}还有多少货？"),
            T("仓库里{product}现在有几件？"),
            T("我想知道{product}的在库数量。"),
            T("能告诉我商品{product}目前的库存吗？"),
            T("{product}库里还剩多少啊？"),
            T("统计{product}当前的库存量。"),
            T("货品{product}手头有多少存货？"),
            T("请查一下{product}在仓库中的数量。"),
            T("目前{product}的库存有几个？"),
            T("{product}现货有多少件？"),
        ],
    },
    "lookup_on_order": {
        "en": [
            T("What number of {product} units is currently on order?"),
            T("Find the quantity of {product} currently on order from suppliers."),
            T("What quantity of {product} have we ordered but not yet received?"),
            T("Could you tell me how much {product} is still on open purchase orders?"),
            T("I'd like to know the units of {product} that are on order with our vendors."),
            T("How many {product} are we still waiting to receive from the supplier?"),
            T("Return the units on order for the product named {product}."),
            T("how many {product} are on the way from vendors"),
            T("Please show the outstanding purchase quantity of the SKU {product}."),
            T("What is the open purchase order quantity for the item {product}?"),
            T("{product}: how many units have been ordered from suppliers and not received?"),
            T("Give me the pending inbound quantity of {product} on purchase orders."),
        ],
        "zh": [
            T("请问{product}的在途采购数量是多少？"),
            T("查询产品{product}已订购但尚未到货的数量。"),
            T("{product}向供应商订了多少还没到？"),
            T("{product}还有多少采购订单未收货？"),
            T("我想知道{product}的在订数量。"),
            T("能告诉我商品{product}正在采购中的数量吗？"),
            T("{product}下了采购单还没到的有几件啊？"),
            T("统计{product}未交货的采购数量。"),
            T("货品{product}在途的有多少？"),
            T("请查一下{product}向供货商订购且待收的数量。"),
            T("目前{product}有多少件在采购途中？"),
            T("{product}的未到货采购量是多少？"),
        ],
    },
    "lookup_stock_reorder": {
        "en": [
            T("What are the stock on hand and the reorder level of {product}?"),
            T("Find the units in stock and the reorder point for the product {product}."),
            T("How many units of {product} do we have, and at what level should we reorder?"),
            T("Could you tell me the current inventory of {product} along with its reorder level?"),
            T("I'd like to know both the quantity on hand and the reorder threshold of {product}."),
            T("Return the units in stock and reorder level of the item named {product}."),
            T("{product}: stock level and reorder level, please."),
            T("show me how much {product} we have and its reorder point"),
            T(
                "Please list the on-hand quantity and the reorder quantity trigger for "
                "the SKU {product}.",
            ),
            T("What is the inventory of {product}, and what is its minimum reorder level?"),
            T("Give me the stock of {product} compared with its reorder level."),
            T("For the article {product}, how many are in stock and what is the reorder level?"),
        ],
        "zh": [
            T("请问{product}的库存和再订货点分别是多少？"),
            T("查询产品{product}的现有库存及补货水平。"),
            T("{product}还有多少货，补货线是多少？"),
            T("列出{product}的库存数量和再订购水平。"),
            T("我想知道{product}目前的库存以及它的补货点。"),
            T("能告诉我商品{product}的在库量和再订货水平吗？"),
            T("{product}库存多少？再订货点设的是多少？"),
            T("统计{product}的当前库存与补货阈值。"),
            T("货品{product}的存货和订货点各是多少啊？"),
            T("请查一下{product}的库存，顺便看看它的再订购点。"),
            T("{product}的现存数量和最低补货水平是多少？"),
            T("给我{product}的库存量和补货线。"),
        ],
    },
    "supplier_products": {
        "en": [
            T("List the names of all products supplied by {supplier}."),
            T("Which products does {supplier} supply?"),
            T("What items do we buy from {supplier}?"),
            T("Could you tell me which products come from the vendor {supplier}?"),
            T("I'd like to see every product provided by {supplier}."),
            T("Find all products whose supplier is {supplier}."),
            T("what does {supplier} sell us"),
            T("Please show the SKUs sourced from {supplier}."),
            T("Give me the list of articles that {supplier} manufactures for us."),
            T("Which goods are supplied to us by {supplier}?"),
            T("Return the product names for the supplier named {supplier}."),
            T("From {supplier}, which products do we carry?"),
        ],
        "zh": [
            T("列出{supplier}供应的所有产品。"),
            T("请问{supplier}给我们供哪些商品？"),
            T("查询供应商{supplier}提供的产品名称。"),
            T("{supplier}都供了些什么货？"),
            T("我想看看从{supplier}进货的所有产品。"),
            T("能告诉我厂商{supplier}有哪些产品吗？"),
            T("哪些货品是{supplier}供货的？"),
            T("统计一下{supplier}供应的商品有哪些。"),
            T("请查一下供货商为{supplier}的产品。"),
            T("{supplier}那边供的产品有哪些啊？"),
            T("由{supplier}提供的商品都有哪些？"),
            T("给我{supplier}的供货清单。"),
        ],
    },
    "supplier_products_stock": {
        "en": [
            T("List each product supplied by {supplier} together with its units in stock."),
            T("Which products does {supplier} supply, and how many of each do we have on hand?"),
            T("What is the current stock of every item we buy from {supplier}?"),
            T("Could you tell me the inventory levels of the products from the vendor {supplier}?"),
            T("I'd like to see every product provided by {supplier} with its stock on hand."),
            T("Find the name and quantity in stock of all products whose supplier is {supplier}."),
            T("stock levels for everything from {supplier}"),
            T("Please show the SKUs sourced from {supplier} and their on-hand quantities."),
            T("Give me a breakdown of inventory by product for the supplier {supplier}."),
            T("How much stock do we hold of each good supplied by {supplier}?"),
            T("Return product names and units in stock for the supplier named {supplier}."),
            T("For the products of {supplier}, how many units of each are in the warehouse?"),
        ],
        "zh": [
            T("列出{supplier}供应的每个产品及其库存数量。"),
            T("请问{supplier}供的商品各还有多少库存？"),
            T("查询供应商{supplier}所供产品的名称和现有库存。"),
            T("{supplier}的货现在各剩多少？"),
            T("我想看看从{supplier}进货的产品分别有多少库存。"),
            T("能告诉我厂商{supplier}的各个产品库存量吗？"),
            T("{supplier}供货的商品，每样库存多少？"),
            T("统计{supplier}所供货品的在库数量。"),
            T("请按产品列出供货商{supplier}的库存情况。"),
            T("{supplier}那边供的产品库里还有多少啊？"),
            T("由{supplier}提供的商品及各自的存货量。"),
            T("给我{supplier}各产品的库存明细。"),
        ],
    },
    "lookup_customer_country": {
        "en": [
            T("Which country is the customer {customer} located in?"),
            T("Find the country of the client {customer}."),
            T("What country is the account {customer} based in?"),
            T("Could you tell me where {customer} is located, country-wise?"),
            T("I'd like to know the country of our account {customer}."),
            T("{customer} is from which country?"),
            T("Return the country for the customer named {customer}."),
            T("which country is {customer} in"),
            T("In which country does the buyer {customer} operate?"),
            T("Please show the country on file for {customer}."),
            T("Tell me the home country of the customer {customer}."),
            T("Where is {customer} headquartered (country)?"),
        ],
        "zh": [
            T("请问客户{customer}在哪个国家？"),
            T("查询客户{customer}所在的国家。"),
            T("{customer}是哪国的客户？"),
            T("{customer}这个买家来自哪个国家？"),
            T("我想知道顾客{customer}的国家。"),
            T("能告诉我{customer}位于哪个国家吗？"),
            T("{customer}是哪个国家的啊？"),
            T("列出客户{customer}的所属国家。"),
            T("请查一下{customer}登记的国家。"),
            T("客户{customer}的国别是什么？"),
            T("{customer}在哪一国？"),
            T("{customer}这家公司是哪国的？"),
        ],
    },
    "lookup_customer_city": {
        "en": [
            T("Which city is the customer {customer} located in?"),
            T("Find the city of the client {customer}."),
            T("What city is the account {customer} based in?"),
            T("Could you tell me which town {customer} is in?"),
            T("I'd like to know the city of our account {customer}."),
            T("{customer} is in which city?"),
            T("Return the city for the customer named {customer}."),
            T("which town is {customer} in"),
            T("In which city does the buyer {customer} have its address?"),
            T("Please show the city on file for {customer}."),
            T("Tell me the home city of the customer {customer}."),
            T("Where is {customer} located (city)?"),
        ],
        "zh": [
            T("请问客户{customer}在哪个城市？"),
            T("查询客户{customer}所在的城市。"),
            T("{customer}这个客户是哪座城市的？"),
            T("{customer}这个买家在哪座城市？"),
            T("我想知道顾客{customer}的所在城市。"),
            T("能告诉我{customer}位于哪个城市吗？"),
            T("{customer}是哪个城市的啊？"),
            T("列出客户{customer}的城市。"),
            T("请查一下{customer}登记的城市。"),
            T("客户{customer}的地址在哪个市？"),
            T("{customer}在哪一个城市？"),
            T("{customer}这家公司在什么城市？"),
        ],
    },
    "total_revenue": {
        "en": [
            T("What is the total revenue {in_period}?"),
            T("Find the total sales amount for {period}."),
            T("What amount did we sell {in_period}, in money terms?"),
            T("Could you tell me our total turnover for {period}?"),
            T("I'd like to know the overall income from sales {in_period}."),
            T("{In_period}, what were the total net sales?"),
            T("total takings {in_period}"),
            T("Please show the sum of all sales revenue for {period}."),
            T("What was the total value of orders placed {in_period}, after discounts?"),
            T("Give me the revenue figure for {period}."),
            T("How much revenue was generated {in_period}?"),
            T("Return the total amount invoiced on orders from {period}, net of discounts."),
        ],
        "zh": [
            T("请问{period}的总销售额是多少？"),
            T("查询{period}的营业额。"),
            T("{period}总共卖了多少钱啊？"),
            T("统计{period}的销售收入总额。"),
            T("我想知道{period}总共的收入。"),
            T("能告诉我{period}整体营业额吗？"),
            T("{period}的销售总额有多少啊？"),
            T("{period}所有订单的销售额合计是多少？"),
            T("请汇总一下{period}的销售额。"),
            T("{period}公司总共实现了多少销售收入？"),
            T("列出{period}的总营收。"),
            T("{period}卖货总共收入多少钱？"),
        ],
    },
    "total_units": {
        "en": [
            T("How many units were sold in total {in_period}?"),
            T("Find the total quantity of products sold {in_period}."),
            T("What is the number of items sold {in_period}?"),
            T("Could you tell me how many units were sold on the orders from {period}?"),
            T("I'd like to know the total units sold for {period}."),
            T("{In_period}, what was the total quantity ordered across all products?"),
            T("total unit volume {in_period}"),
            T("Please show the sum of quantities on all orders placed {in_period}."),
            T("How many pieces did we sell altogether {in_period}?"),
            T("Give me the overall sales volume in units for {period}."),
            T("What was the total quantity of articles sold {in_period}, counting every unit?"),
            T("Return the total units across all order lines for {period}."),
        ],
        "zh": [
            T("请问{period}总共卖出了多少件商品？"),
            T("查询{period}的总销量。"),
            T("{period}一共卖了几件？"),
            T("统计{period}所有产品的销售数量。"),
            T("我想知道{period}的总销售件数。"),
            T("能告诉我{period}卖出的商品总数量吗？"),
            T("{period}总共出了多少件货啊？"),
            T("{period}所有订单的数量合计是多少？"),
            T("请汇总一下{period}的销售件数。"),
            T("{period}公司一共售出多少个产品？"),
            T("列出{period}的总销售数量。"),
            T("{period}卖出去的货一共多少件？"),
        ],
    },
    "total_orders": {
        "en": [
            T("What is the number of orders that were placed {in_period}?"),
            T("Find the total number of orders {in_period}."),
            T("What is the count of sales orders for {period}?"),
            T("Could you tell me how many orders we received {in_period}?"),
            T("I'd like to know the number of orders placed {in_period}."),
            T("{In_period}, how many orders did our customers send us?"),
            T("total order count {in_period}, please"),
            T("Please show the total orders booked {in_period}."),
            T("How many sales orders came in {in_period}?"),
            T("Give me the number of orders for {period}."),
            T("What was the volume of orders, as a count, {in_period}?"),
            T("Return the number of distinct orders dated {in_period}."),
        ],
        "zh": [
            T("请问{period}一共有多少个订单？"),
            T("查询{period}的订单总数。"),
            T("{period}接了几单？"),
            T("统计{period}的销售订单数量。"),
            T("我想知道{period}客户下了多少单。"),
            T("能告诉我{period}的订单数吗？"),
            T("{period}总共有多少笔订单啊？"),
            T("{period}收到的订单有多少张？"),
            T("请汇总一下{period}的下单数量。"),
            T("{period}公司总共成交了多少单？"),
            T("列出{period}的订单数量。"),
            T("{period}一共下了几笔订单？"),
        ],
    },
    "avg_order_value": {
        "en": [
            T("What is the average order value {in_period}?"),
            T("Find the average revenue per order for {period}."),
            T("How much was an order worth on average {in_period}?"),
            T("Could you tell me the mean order amount {in_period}?"),
            T("I'd like to know the average sales value of an order placed {in_period}."),
            T("{In_period}, what was the average size of an order in money?"),
            T("avg order value {in_period}"),
            T("Please show total revenue divided by the number of orders for {period}."),
            T("On average, how much did customers spend per order {in_period}?"),
            T("Give me the average ticket size for {period}."),
            T("What was the typical order value, as a mean, {in_period}?"),
            T("Return the average net amount per order for orders from {period}."),
        ],
        "zh": [
            T("请问{period}的平均订单金额是多少？"),
            T("查询{period}每笔订单的平均销售额。"),
            T("{period}平均每单卖了多少钱？"),
            T("统计{period}的客单价。"),
            T("我想知道{period}订单的平均金额。"),
            T("能告诉我{period}每个订单平均多少钱吗？"),
            T("{period}一单平均下来多少钱啊？"),
            T("{period}的销售额除以订单数是多少？"),
            T("请计算{period}的平均订单价值。"),
            T("{period}顾客平均每单花了多少钱？"),
            T("列出{period}的单均金额。"),
            T("{period}订单的平均成交额是多少？"),
        ],
    },
    "customer_revenue": {
        "en": [
            T("What is the total revenue from the customer {customer} {in_period}?"),
            T("Find the total sales to {customer} for {period}."),
            T("How much did {customer} buy from us {in_period}?"),
            T("Could you tell me how much revenue {customer} brought in {in_period}?"),
            T("I'd like to know what {customer} spent with us {in_period}."),
            T("{In_period}, what were our sales to the client {customer}?"),
            T("total sales from the customer {customer} {in_period}"),
            T("Please show the turnover generated by the account {customer} for {period}."),
            T("How much has {customer} purchased, in money, {in_period}?"),
            T("Give me the total value of orders placed by {customer} {in_period}."),
            T("{customer}: what was the sales amount {in_period}?"),
            T("Return the net sales for the buyer named {customer} for {period}."),
        ],
        "zh": [
            T("请问客户{customer}{period}的销售额是多少？"),
            T("查询{period}{customer}的购买金额。"),
            T("{customer}{period}在我们这儿买了多少钱的货？"),
            T("统计{period}来自{customer}的销售收入。"),
            T("我想知道{period}客户{customer}贡献了多少营业额。"),
            T("能告诉我{customer}在{period}的订单总金额吗？"),
            T("{period}{customer}一共下了多少钱的单啊？"),
            T("{period}，买家{customer}的消费总额是多少？"),
            T("请汇总{customer}{period}的销售额。"),
            T("{customer}这个客户{period}给我们带来多少收入？"),
            T("列出顾客{customer}在{period}的采购金额。"),
            T("{period}对{customer}的销售额有多少？"),
        ],
    },
    "product_revenue": {
        "en": [
            T("What is the total revenue of {product} {in_period}?"),
            T("Find the sales amount generated by the product {product} for {period}."),
            T("How much money did {product} bring in {in_period}?"),
            T("Could you tell me the revenue from {product} {in_period}?"),
            T("I'd like to know the net sales of the item {product} {in_period}."),
            T("{In_period}, what were the sales of {product}?"),
            T("sales revenue of {product} {in_period}"),
            T("Please show the turnover of the SKU {product} for {period}."),
            T("How much {product} did we sell {in_period}, in money?"),
            T("Give me the total value of {product} sold {in_period}, after discounts."),
            T("What income did the article {product} generate {in_period}?"),
            T("Return the revenue for the product named {product}, {period}."),
        ],
        "zh": [
            T("请问{product}{period}的销售额是多少？"),
            T("查询{period}产品{product}的销售收入。"),
            T("{product}{period}一共卖了多少钱呢？"),
            T("统计{period}{product}的营业额。"),
            T("我想知道{period}商品{product}的销售金额。"),
            T("能告诉我{product}在{period}的销售额吗？"),
            T("{period}{product}一共卖了多少钱啊？"),
            T("{period}，{product}这款产品的收入有多少？"),
            T("请汇总{product}{period}的销售额。"),
            T("{product}{period}给公司带来了多少营收？"),
            T("列出货品{product}在{period}的销售总额。"),
            T("{period}{product}的销售收入是多少钱？"),
        ],
    },
    "product_units": {
        "en": [
            T("How many units of {product} were sold {in_period}?"),
            T("Find the total quantity of {product} sold for {period}."),
            T("What is the number of {product} units ordered {in_period}?"),
            T("Could you tell me how many {product} we sold {in_period}?"),
            T("I'd like to know the sales volume of {product} in units {in_period}."),
            T("{In_period}, how many units of the item {product} went out?"),
            T("number of {product} units sold {in_period}"),
            T("Please show the quantity sold of the SKU {product} for {period}."),
            T("How many pieces of {product} did customers order {in_period}?"),
            T("Give me the unit sales of {product} for {period}."),
            T("What quantity of the article {product} was sold {in_period}?"),
            T("Return the total units sold for the product named {product} {in_period}."),
        ],
        "zh": [
            T("请问{product}{period}卖了多少件？"),
            T("查询{period}产品{product}的销量。"),
            T("{product}{period}卖出去几件？"),
            T("统计{period}{product}的销售数量。"),
            T("我想知道{period}商品{product}卖了多少个。"),
            T("能告诉我{product}在{period}的销量吗？"),
            T("{period}{product}一共卖了几件啊？"),
            T("{period}，{product}这款产品的销售件数是多少？"),
            T("请汇总{product}{period}的出货数量。"),
            T("{product}{period}总共售出了多少个？"),
            T("列出货品{product}在{period}的销售量。"),
            T("{period}客户总共订购了几件{product}？"),
        ],
    },
    "category_revenue": {
        "en": [
            T("What is the total revenue of the {category} category {in_period}?"),
            T("Find the sales amount for {category_adj} products for {period}."),
            T("How much did we sell in {category} {in_period}, in money?"),
            T("Could you tell me the revenue from {category} {in_period}?"),
            T("I'd like to know the net sales of the category {category} for {period}."),
            T("{In_period}, what were the total sales of {category_adj} items?"),
            T("{category} category revenue {in_period}"),
            T("Please show the turnover of products in the {category} category for {period}."),
            T("How much income did {category_adj} goods generate {in_period}?"),
            T("Give me the total sales value of the {category_adj} product group {in_period}."),
            T("What revenue came from products classified as {category} {in_period}?"),
            T("Return the sum of sales for all products in category {category} for {period}."),
        ],
        "zh": [
            T("请问{category_cls}产品{period}的销售额是多少？"),
            T("查询{period}{category}品类的营业额。"),
            T("{category}这一类{period}卖了多少钱？"),
            T("统计{period}{category_cls}商品的销售收入。"),
            T("我想知道{period}{category}类别的销售总额。"),
            T("能告诉我{category}在{period}的销售额吗？"),
            T("{period}{category_cls}一共卖了多少钱啊？"),
            T("{period}，属于{category}类的产品收入有多少？"),
            T("请汇总{category}品类{period}的销售额。"),
            T("{category_cls}货品{period}给公司带来了多少营收？"),
            T("列出{period}{category}类商品的销售金额。"),
            T("{period}{category}这个类目的营业额是多少？"),
        ],
    },
    "country_revenue": {
        "en": [
            T("What is the total revenue from customers in {country} {in_period}?"),
            T("Find the sales amount to {country_adj} customers for {period}."),
            T("How much did we sell to {country} {in_period}?"),
            T("Could you tell me the revenue generated in {country} {in_period}?"),
            T("I'd like to know our net sales to clients based in {country} for {period}."),
            T("{In_period}, what was the turnover from {country_adj} accounts?"),
            T("sales to {country} {in_period}"),
            T("Please show the total revenue from buyers located in {country} for {period}."),
            T("How much income came from the {country_adj} market {in_period}?"),
            T("Give me the total value of orders placed by customers from {country} {in_period}."),
            T("What were sales in the country {country} {in_period}?"),
            T("Return the revenue for customers whose country is {country}, {period}."),
        ],
        "zh": [
            T("请问{period}{country}客户的销售额是多少？"),
            T("查询{period}来自{country}的营业额。"),
            T("{period}卖到{country}的货一共多少钱？"),
            T("统计{period}{country}市场的销售收入。"),
            T("我想知道{period}{country}的顾客贡献了多少销售额。"),
            T("能告诉我{country}在{period}的销售总额吗？"),
            T("{period}{country}那边买了多少钱的东西啊？"),
            T("{period}，位于{country}的客户销售额有多少？"),
            T("请汇总{country}客户{period}的订单金额。"),
            T("{country}的买家{period}给我们带来了多少收入？"),
            T("列出{period}对{country}的销售额。"),
            T("{country}{period}的营业额是多少？"),
        ],
    },
    "supplier_country_revenue": {
        "en": [
            T(
                "What is the total revenue from products supplied by {country_adj} "
                "suppliers {in_period}?",
            ),
            T("Find the sales amount of items sourced from vendors in {country} for {period}."),
            T("How much did we sell {in_period} of goods whose supplier is based in {country}?"),
            T(
                "Could you tell me the revenue from products made by manufacturers in "
                "{country} {in_period}?",
            ),
            T(
                "I'd like to know the net sales of products from {country_adj} vendors "
                "for {period}.",
            ),
            T("{In_period}, what was the turnover of products we buy from {country}?"),
            T("revenue of products from {country} suppliers {in_period}"),
            T(
                "Please show the total sales of SKUs provided by suppliers located in "
                "{country}, {period}.",
            ),
            T("How much income did products supplied out of {country} generate {in_period}?"),
            T("Give me the sales value of items with a {country_adj} supplier {in_period}."),
            T("What were the sales of goods from providers in {country} {in_period}?"),
            T("Return the revenue for products whose supplier country is {country}, {period}."),
        ],
        "zh": [
            T("请问{period}{country}供应商的产品销售额是多少？"),
            T("查询{period}由{country}厂商供货的商品的营业额。"),
            T("{period}从{country}进的货卖了多少钱？"),
            T("统计{period}供货商在{country}的产品的销售收入。"),
            T("我想知道{period}{country}供应的产品一共卖了多少钱。"),
            T("能告诉我{country}供货商的商品在{period}的销售额吗？"),
            T("{period}{country}厂家的货卖了多少钱啊？"),
            T("{period}，供应商位于{country}的产品收入有多少？"),
            T("请汇总{country}供应商所供产品{period}的销售额。"),
            T("{country}供货的产品{period}带来了多少营收？"),
            T("列出{period}来自{country}供应商的货品销售金额。"),
            T("{period}产地供应商为{country}的商品营业额是多少？"),
        ],
    },
    "supplier_country_stock_value": {
        "en": [
            T(
                "What is the total value of stock on hand, at list price, for products "
                "from {country_adj} suppliers?",
            ),
            T(
                "Find the inventory value at selling price of items sourced from "
                "vendors in {country}.",
            ),
            T("How much is our stock of goods supplied from {country} worth at list prices?"),
            T(
                "Could you tell me the value of the inventory we hold from "
                "{country_adj} manufacturers, priced at list price?",
            ),
            T(
                "I'd like to know the on-hand stock value (units times list price) of "
                "products supplied by {country} vendors.",
            ),
            T("stock value at list price of products from {country} suppliers"),
            T(
                "Please show the total worth of inventory from suppliers located in "
                "{country}, valued at sale price.",
            ),
            T(
                "What is the value of units in stock multiplied by unit price for "
                "products whose supplier is in {country}?",
            ),
            T(
                "Give me the inventory valuation at list price for goods with a "
                "{country_adj} supplier.",
            ),
            T(
                "How much money, at list price, is tied up in stock of products from "
                "providers in {country}?",
            ),
            T(
                "Return the sum of quantity on hand times price for products whose "
                "supplier country is {country}.",
            ),
            T(
                "For products supplied from {country}, what is their current stock "
                "worth in total at selling prices?",
            ),
        ],
        "zh": [
            T("请问{country}供应商的产品现有库存按售价计算值多少钱？"),
            T("查询由{country}厂商供货的商品的库存价值（按标价）。"),
            T("从{country}进的货，库存按售价算一共多少钱？"),
            T("统计供货商在{country}的产品的库存金额，以单价计算。"),
            T("我想知道{country}供应的产品库存按销售价值多少。"),
            T("能告诉我{country}供货商的商品库存总值吗？按售价算。"),
            T("{country}厂家的货在库里按标价值多少钱啊？"),
            T("供应商位于{country}的产品，库存数量乘以售价的合计是多少？"),
            T("请汇总{country}供应商所供产品的在库货值（按售价）。"),
            T("{country}供货的产品现在的存货按单价算值多少？"),
            T("列出来自{country}供应商的货品库存价值，按标价计。"),
            T("按售价计算，{country}供应商的商品库存总额是多少？"),
        ],
    },
    "salesperson_total": {
        "en": [
            T("What is the total {measure} of the salesperson {salesperson} {in_period}?"),
            T("Find the {measure} for the employee {salesperson} for {period}."),
            T("Could you tell me the {measure} of {salesperson} {in_period}?"),
            T("What is the number of orders taken by {salesperson} {in_period}?", measure="orders"),
            T(
                "Find the number of orders handled by the sales rep {salesperson} for {period}.",
                measure="orders",
            ),
            T(
                "I'd like to know how many sales orders {salesperson} booked {in_period}.",
                measure="orders",
            ),
            T("{In_period}, how many orders were placed through {salesperson}?", measure="orders"),
            T("orders taken by {salesperson} {in_period}", measure="orders"),
            T("How much in sales was generated by {salesperson} {in_period}?", measure="revenue"),
            T(
                "What were the total sales made by the staff member {salesperson} for {period}?",
                measure="revenue",
            ),
            T(
                "I'd like to know the turnover brought in by {salesperson} {in_period}.",
                measure="revenue",
            ),
            T("{In_period}, how much did {salesperson} sell, in money?", measure="revenue"),
            T("Give me the net sales of the rep {salesperson} {in_period}.", measure="revenue"),
        ],
        "zh": [
            T("请问业务员{salesperson}{period}的{measure}是多少？"),
            T("查询{period}销售员{salesperson}的{measure}。"),
            T("统计{salesperson}在{period}的{measure}。"),
            T("{salesperson}{period}一共接了几张订单？", measure="orders"),
            T("请问{period}销售代表{salesperson}一共签了几个订单？", measure="orders"),
            T("我想知道{period}经{salesperson}之手的订单有多少。", measure="orders"),
            T("{period}，员工{salesperson}负责的订单数是多少？", measure="orders"),
            T("{salesperson}{period}一共卖了多少钱啊？", measure="revenue"),
            T("请问{period}业务员{salesperson}的销售收入是多少？", measure="revenue"),
            T("我想知道{salesperson}{period}做了多少营业额。", measure="revenue"),
            T("{period}，销售员{salesperson}的业绩（销售额）有多少啊？", measure="revenue"),
            T("能告诉我{salesperson}在{period}的销售总额吗？", measure="revenue"),
        ],
    },
    "carrier_orders": {
        "en": [
            T("What is the number of orders placed {in_period} that {carrier} shipped?"),
            T("Find the number of orders delivered with {carrier} for {period}."),
            T("What is the count of {period} orders that went out via {carrier}?"),
            T("Could you tell me how many orders {carrier} carried {in_period}?"),
            T(
                "I'd like to know the number of shipments handled by the carrier "
                "{carrier} for orders from {period}.",
            ),
            T("{In_period}, how many orders did we ship using {carrier}?"),
            T("orders shipped with {carrier} {in_period}"),
            T(
                "Please show how many orders were sent through the shipping company "
                "{carrier} {in_period}.",
            ),
            T("How many of the orders placed {in_period} did {carrier} transport?"),
            T("Give me the order count for the freight company {carrier}, {period}."),
            T("For {carrier}, how many orders from {period} did they deliver?"),
            T("Return the number of orders with shipper {carrier} placed {in_period}."),
        ],
        "zh": [
            T("请问{period}由{carrier}发货的订单有多少个？"),
            T("查询{period}通过承运商{carrier}配送的订单数。"),
            T("{period}用{carrier}发了几单？"),
            T("统计{period}{carrier}承运的订单数量。"),
            T("我想知道{period}交给{carrier}运送的订单有多少。"),
            T("能告诉我物流公司{carrier}在{period}送了多少单吗？"),
            T("{period}走{carrier}的订单一共多少单啊？"),
            T("{period}下的订单中，由货运公司{carrier}发运的有几个？"),
            T("请汇总{carrier}{period}负责的订单数。"),
            T("{carrier}这家快递公司{period}运了多少个订单？"),
            T("列出{period}经{carrier}发出的订单总数。"),
            T("{period}的订单里有多少是{carrier}送的？"),
        ],
    },
    "breakdown": {
        "en": [
            T("Give me a breakdown of {measure} by {dim} {in_period}."),
            T("What is the {measure} for each {dim} {in_period}?"),
            T("Show {measure} per {dim} for {period}."),
            T("Could you break down {period} {measure} by {dim}?"),
            T("I'd like to see {measure} split by {dim} {in_period}."),
            T("{In_period}, how was {measure} distributed across the {dims}?"),
            T("List every {dim} together with its {measure} for {period}."),
            T("{measure} for every {dim}, {period}"),
            T("How much revenue did each {dim} account for {in_period}?", measure="revenue"),
            T("How many units were sold per {dim} {in_period}?", measure="units"),
            T("How many orders were there for each {dim} {in_period}?", measure="orders"),
            T("For {period}, what was the sales total of every {dim}?", measure="revenue"),
            T("Find the number of orders grouped by {dim} for {period}.", measure="orders"),
            T("Return the quantity sold broken out by {dim} {in_period}.", measure="units"),
        ],
        "zh": [
            T("请按{dim}统计{period}的{measure}。"),
            T("{period}各{dim}的{measure}分别是多少？"),
            T("查询{period}每个{dim}的{measure}。"),
            T("我想看一下{period}{measure}按{dim}的分布。"),
            T("能把{period}的{measure}按{dim}拆分一下吗？"),
            T("{period}，不同{dim}的{measure}各有多少？"),
            T("列出{period}每一{dim}对应的{measure}。"),
            T("分{dim}看{period}的{measure}。"),
            T("{period}每个{dim}卖了多少钱？", measure="revenue"),
            T("{period}各{dim}分别卖了几件？", measure="units"),
            T("{period}每个{dim}各有多少单？", measure="orders"),
            T("统计{period}按{dim}划分的销售收入。", measure="revenue"),
            T("请问{period}各个{dim}的订单量是多少？", measure="orders"),
            T("{period}以{dim}为维度的销售数量明细。", measure="units"),
        ],
    },
    "top1": {
        "en": [
            T("Which {dim} recorded the highest {measure} {in_period}?", dir="top"),
            T("Find the {dim} with the largest {measure} for {period}.", dir="top"),
            T("Could you tell me which {dim} ranked first by {measure} {in_period}?", dir="top"),
            T("I'd like to know the leading {dim} in terms of {measure} {in_period}.", dir="top"),
            T("{In_period}, what was the top {dim} by {measure}?", dir="top"),
            T("Name the single best-performing {dim} on {measure} for {period}.", dir="top"),
            T(
                "Which customer spent the most with us {in_period}?",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "What was the best-selling product by quantity {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "Which employee took the largest number of orders {in_period}?",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
            T(
                "Which shipping company handled the most orders {in_period}?",
                dim="carrier",
                measure="orders",
                dir="top",
            ),
            T(
                "Which country generated the most sales {in_period}?",
                dim="country",
                measure="revenue",
                dir="top",
            ),
            T("Which {dim} recorded the lowest {measure} {in_period}?", dir="bottom"),
            T("Find the {dim} that ranked last by {measure} for {period}.", dir="bottom"),
            T("What was the weakest {dim} in terms of {measure} {in_period}?", dir="bottom"),
            T(
                "Among the {dims} with at least one order {in_period}, which had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Considering only {dims} that had orders {in_period}, which one came "
                "last by {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {dims} that had any orders {in_period}, which recorded the "
                "smallest {measure}?",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("{period}哪个{dim}的{measure}最高？", dir="top"),
            T("请问{period}{measure}排第一位的是哪个{dim}？", dir="top"),
            T("查询{period}{measure}最大的{dim}。", dir="top"),
            T("我想知道{period}按{measure}排第一的{dim}。", dir="top"),
            T("{period}，{measure}最多的是哪个{dim}？", dir="top"),
            T("能告诉我{period}{measure}领先的{dim}吗？", dir="top"),
            T("{period}哪个客户在我们这儿花钱最多？", dim="customer", measure="revenue", dir="top"),
            T(
                "{period}卖得最多的商品是哪个（按件数）？",
                dim="product",
                measure="units",
                dir="top",
            ),
            T("{period}哪位业务员接单最多？", dim="salesperson", measure="orders", dir="top"),
            T("{period}哪家物流公司运的订单最多？", dim="carrier", measure="orders", dir="top"),
            T("{period}哪个{dim}的{measure}最低？", dir="bottom"),
            T("请问{period}{measure}垫底的{dim}是哪个？", dir="bottom"),
            T("查询{period}{measure}最少的{dim}。", dir="bottom"),
            T("{period}有下单的{dim}当中，哪个{measure}最低？", dir="bottom", active="some"),
            T("只看{period}有订单的{dim}，{measure}最少的是哪个？", dir="bottom", active="some"),
            T("在{period}有成交的{dim}里，{measure}排最后的是谁？", dir="bottom", active="some"),
        ],
    },
    "topn": {
        "en": [
            T("List the top {n} {dims} by {measure} {in_period}.", dir="top"),
            T("Which {n} {dims} recorded the highest {measure} {in_period}?", dir="top"),
            T(
                "Find the {n} {dims} with the largest {measure} for {period}, in descending order.",
                dir="top",
            ),
            T("I'd like to see the {n} best {dims} ranked by {measure} {in_period}.", dir="top"),
            T("{In_period}, what were the top {n} {dims} in terms of {measure}?", dir="top"),
            T(
                "Could you give me a ranking of the {n} leading {dims} by {measure} for {period}?",
                dir="top",
            ),
            T(
                "Who were our {n} biggest customers by revenue {in_period}?",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "What are the {n} best-selling products by units {in_period}?",
                dim="product",
                measure="units",
                dir="top",
            ),
            T(
                "Name the {n} salespeople who took the most orders {in_period}.",
                dim="salesperson",
                measure="orders",
                dir="top",
            ),
            T("List the bottom {n} {dims} by {measure} {in_period}.", dir="bottom"),
            T("Which {n} {dims} recorded the lowest {measure} {in_period}?", dir="bottom"),
            T("Find the {n} weakest {dims} on {measure} for {period}, lowest first.", dir="bottom"),
            T(
                "Among {dims} with at least one order {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Considering only {dims} that had sales {in_period}, list the {n} with "
                "the smallest {measure}.",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {dims} that were active {in_period}, show the {n} ranked lowest "
                "by {measure}.",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("列出{period}{measure}排名前{n}的{dim}。", dir="top"),
            T("请问{period}{measure}最高的{n}个{dim}是哪些？", dir="top"),
            T("查询{period}按{measure}从高到低排前{n}名的{dim}。", dir="top"),
            T("我想看{period}{measure}TOP{n}的{dim}。", dir="top"),
            T("{period}，{measure}最多的前{n}个{dim}分别是谁？", dir="top"),
            T("能给我{period}{measure}前{n}名的{dim}排行吗？", dir="top"),
            T(
                "{period}消费最多的{n}个客户是哪几个？",
                dim="customer",
                measure="revenue",
                dir="top",
            ),
            T(
                "{period}卖得最好的{n}款产品（按销量）有哪些？",
                dim="product",
                measure="units",
                dir="top",
            ),
            T("列出{period}{measure}最低的{n}个{dim}。", dir="bottom"),
            T("请问{period}{measure}倒数{n}名的{dim}是哪些？", dir="bottom"),
            T("{period}{measure}排在最后的{n}个{dim}，从低到高列出来。", dir="bottom"),
            T("{period}有下单的{dim}中，{measure}最低的{n}个是哪些？", dir="bottom", active="some"),
            T("只看{period}有订单的{dim}，{measure}倒数{n}名有哪些？", dir="bottom", active="some"),
            T("在{period}有成交的{dim}里，按{measure}升序取前{n}个。", dir="bottom", active="some"),
        ],
    },
    "topn_in_group": {
        "en": [
            T("List the top {n} customers in {country} by {measure} {in_period}.", dir="top"),
            T("Which {n} {country_adj} clients had the highest {measure} {in_period}?", dir="top"),
            T("Which customer in {country} had the highest {measure} {in_period}?", dir="top"),
            T("{In_period}, who was the leading {country_adj} account by {measure}?", dir="top"),
            T(
                "Which {n} customers from {country} had the lowest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Which customer based in {country} had the lowest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Among customers in {country} who placed orders {in_period}, which {n} "
                "had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {country_adj} customers who ordered {in_period}, which one had "
                "the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T("What are the top {n} {category_adj} products by {measure} {in_period}?", dir="top"),
            T(
                "Which product in the {category} category had the highest {measure} {in_period}?",
                dir="top",
            ),
            T(
                "Find the {n} {category_adj} items with the lowest {measure} for {period}.",
                dir="bottom",
            ),
            T("Which {category_adj} product had the lowest {measure} {in_period}?", dir="bottom"),
            T(
                "Among {category_adj} products that sold {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the {category_adj} products with at least one sale {in_period}, "
                "which had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "List the {n} products from {supplier} with the highest {measure} {in_period}.",
                dir="top",
            ),
            T(
                "Which item supplied by {supplier} had the highest {measure} {in_period}?",
                dir="top",
            ),
            T(
                "Which {n} products of the vendor {supplier} had the lowest {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "What was the weakest product from {supplier} by {measure} {in_period}?",
                dir="bottom",
            ),
            T(
                "Among the {supplier} products that sold {in_period}, which {n} had the "
                "lowest {measure}?",
                dir="bottom",
                active="some",
            ),
            T(
                "Of the products from {supplier} with at least one order {in_period}, "
                "which had the lowest {measure}?",
                dir="bottom",
                active="some",
            ),
        ],
        "zh": [
            T("列出{period}{country}客户中{measure}前{n}名。", dir="top"),
            T("请问{period}{country}的客户里{measure}最高的{n}家是哪些？", dir="top"),
            T("{period}{country}哪个客户的{measure}最高？", dir="top"),
            T("{period}，{country}排第一的客户（按{measure}）是谁？", dir="top"),
            T("{period}{country}客户中{measure}最低的{n}家是哪些？", dir="bottom"),
            T("{period}{country}哪个客户的{measure}最低？", dir="bottom"),
            T(
                "{period}在{country}有下单的客户中，{measure}最低的{n}家是哪些？",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}有订单的{country}客户，{measure}最少的是哪家？",
                dir="bottom",
                active="some",
            ),
            T("{period}{category}类产品里{measure}前{n}的有哪些？", dir="top"),
            T("请问{period}{category_cls}中{measure}最高的产品是哪个？", dir="top"),
            T("{period}{category}品类中{measure}最低的{n}个产品是什么？", dir="bottom"),
            T("{period}{category_cls}商品里{measure}最少的是哪一个？", dir="bottom"),
            T(
                "{period}有销售的{category_cls}产品中，{measure}最低的{n}个是哪些？",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}卖出过的{category}产品，{measure}最低的是哪个？",
                dir="bottom",
                active="some",
            ),
            T("列出{period}{supplier}供应的产品中{measure}最高的{n}个。", dir="top"),
            T("{period}{supplier}的货里哪个产品{measure}最高？", dir="top"),
            T("{period}供应商{supplier}的产品中{measure}最低的{n}个是哪些？", dir="bottom"),
            T("{period}{supplier}供货的商品里{measure}最差的是哪个？", dir="bottom"),
            T(
                "{period}有销售的{supplier}产品中，{measure}倒数{n}名是哪些？",
                dir="bottom",
                active="some",
            ),
            T(
                "只看{period}有订单的{supplier}货品，{measure}最低的是哪个？",
                dir="bottom",
                active="some",
            ),
        ],
    },
    "reorder_category": {
        "en": [
            T("List the {category_adj} products whose stock is below their reorder level."),
            T("Which {category_adj} items have fallen below the reorder point?"),
            T(
                "Find all products in the {category} category with units in stock less "
                "than the reorder level.",
            ),
            T(
                "Could you tell me which {category_adj} products need to be reordered, "
                "i.e. stock under the reorder level?",
            ),
            T(
                "I'd like to see the {category_adj} SKUs that are under their reorder "
                "threshold, with stock and reorder level.",
            ),
            T("{category}: which products are running below reorder level?"),
            T("show {category_adj} items below reorder level"),
            T(
                "What products in {category}, discontinued ones included, have stock "
                "below the reorder level?",
                disc="incl",
            ),
            T(
                "Including discontinued items, which {category_adj} products are below "
                "their reorder point?",
                disc="incl",
            ),
            T(
                "Which {category_adj} products that are still active (not discontinued) "
                "are below their reorder level?",
                disc="excl",
            ),
            T(
                "List the {category_adj} products below the reorder level, excluding "
                "discontinued ones.",
                disc="excl",
            ),
            T(
                "Leaving out discontinued items, find the {category_adj} goods whose "
                "inventory is under the reorder point.",
                disc="excl",
            ),
            T(
                "Among products we still sell in {category}, which have less stock than "
                "their reorder level?",
                disc="excl",
            ),
        ],
        "zh": [
            T("列出{category_cls}中库存低于再订货点的产品。"),
            T("请问{category}类有哪些商品库存已经低于补货线？"),
            T("查询{category}品类里现有库存小于再订购水平的货品。"),
            T("{category_cls}哪些产品该补货了（库存低于补货点）？"),
            T("我想看看{category}中库存不足再订货水平的商品，带上库存和补货点。"),
            T("{category}类目下库存跌破补货线的有哪些？"),
            T("包括已停产的在内，{category_cls}有哪些产品库存低于再订货点？", disc="incl"),
            T("{category}里所有产品（含停售的）中，库存低于补货水平的是哪些？", disc="incl"),
            T("不算已停产的，{category_cls}有哪些商品库存低于再订货点？", disc="excl"),
            T("列出{category}中仍在销售、且库存低于补货线的产品。", disc="excl"),
            T("排除停产货品后，{category}品类库存不够再订购水平的有哪些？", disc="excl"),
            T("{category_cls}在售（未停产）产品里，哪些库存低于补货点啊？", disc="excl"),
        ],
    },
    "reorder_count": {
        "en": [
            T("What is the number of products whose stock is below their reorder level?"),
            T("Find the number of items whose stock on hand is less than the reorder point."),
            T("What is the count of SKUs that have fallen below the reorder threshold?"),
            T(
                "Could you tell me how many products currently need reordering because "
                "stock is under the reorder level?",
            ),
            T("I'd like to know how many articles have inventory below reorder level."),
            T("number of products under reorder level"),
            T("How many {category_adj} products are currently under their reorder level?"),
            T(
                "Find the number of {category_adj} items with units in stock below the "
                "reorder point.",
            ),
            T(
                "In the {category} category, how many products have stock lower than "
                "the reorder level?",
            ),
            T(
                "Could you tell me how many {category_adj} SKUs need to be reordered "
                "(stock under reorder level)?",
            ),
            T(
                "I'd like a count of {category_adj} goods whose on-hand quantity is "
                "less than their reorder level.",
            ),
            T("{category} — how many products sit below the reorder point?"),
        ],
        "zh": [
            T("请问有多少个产品的库存低于再订货点？"),
            T("统计库存小于补货线的商品数量。"),
            T("目前有几款货品需要补货（库存低于再订购水平）？"),
            T("查询库存跌破补货点的产品有几个。"),
            T("我想知道库存不足再订货水平的商品一共多少种。"),
            T("库存低于补货线的产品有几个啊？"),
            T("请问{category_cls}有多少个产品库存低于再订货点？"),
            T("统计{category}品类中库存小于补货线的商品数量。"),
            T("{category}里有几款货品的库存低于再订购水平？"),
            T("查询{category_cls}库存跌破补货点的产品个数。"),
            T("我想知道{category}类目下需要补货的商品有多少种。"),
            T("{category_cls}库存不够补货线的有几个？"),
        ],
    },
    "max_order": {
        "en": [
            T("Which order had the highest total value {in_period}?"),
            T("Find the order ID and amount of the largest order placed {in_period}."),
            T("What was the biggest single order {in_period}, by value?"),
            T("Could you tell me which order was worth the most {in_period}?"),
            T("I'd like to know the most valuable order from {period} and its total."),
            T("{In_period}, what was our largest order in money terms?"),
            T("largest order by value {in_period}"),
            T("Please show the order with the greatest net amount for {period}."),
            T("Which sales order placed {in_period} had the highest revenue?"),
            T("Give me the top order by total value for {period}, with its amount."),
            T("What is the order number of the highest-value order {in_period}?"),
            T(
                "Return the single order with the maximum sales amount among orders "
                "dated {in_period}.",
            ),
        ],
        "zh": [
            T("请问{period}金额最大的订单是哪一单？"),
            T("查询{period}总价值最高的订单及其金额。"),
            T("{period}最大的一笔订单是多少钱？"),
            T("{period}哪张订单的销售额最高？"),
            T("我想知道{period}单笔金额最大的订单。"),
            T("能告诉我{period}最值钱的那一单吗？"),
            T("{period}最大的单是哪个啊？"),
            T("列出{period}订单金额排第一的订单号和金额。"),
            T("统计{period}销售额最高的单个订单。"),
            T("{period}下的订单中，哪一单金额最大？"),
            T("{period}成交额最高的订单号是多少？"),
            T("请找出{period}价值最高的一张销售订单。"),
        ],
    },
    "max_order_customer": {
        "en": [
            T("What is the largest order ever placed by {customer}?"),
            T("Find the order ID and amount of the biggest order from the customer {customer}."),
            T("Which of {customer}'s orders had the highest total value?"),
            T("Could you tell me the most valuable order the client {customer} has placed?"),
            T("I'd like to know {customer}'s single largest purchase, with its amount."),
            T("biggest order from {customer}"),
            T("What was the largest order placed by {customer} {in_period}?"),
            T("Find the highest-value order from the account {customer} for {period}."),
            T("{In_period}, which order from {customer} was worth the most?"),
            T("Could you tell me the biggest order {customer} placed {in_period}?"),
            T("I'd like to see the top order by value from the buyer {customer} {in_period}."),
            T(
                "Return the order with the maximum amount for customer {customer} in "
                "orders dated {in_period}.",
            ),
        ],
        "zh": [
            T("请问客户{customer}金额最大的订单是哪一单？"),
            T("查询{customer}下过的最大一笔订单及其金额。"),
            T("{customer}历史上最大的单是多少钱？"),
            T("顾客{customer}哪张订单的金额最高？"),
            T("我想知道买家{customer}单笔最大的订单。"),
            T("{customer}最大的一单是哪个啊？"),
            T("请问{period}客户{customer}金额最大的订单是哪一单？"),
            T("查询{period}{customer}下的最大一笔订单。"),
            T("{period}{customer}哪一单最值钱？"),
            T("我想知道{customer}在{period}单笔金额最高的订单。"),
            T("{period}，{customer}的订单里金额最大的是哪张？"),
            T("列出{customer}{period}价值最高的订单号和金额。"),
        ],
    },
    "late_count": {
        "en": [
            T("How many orders placed {in_period} were shipped after their required date?"),
            T("Find the number of late orders for {period}, i.e. shipped later than required."),
            T("What is the count of orders from {period} that shipped past the required date?"),
            T("Could you tell me how many orders {in_period} went out late?"),
            T(
                "I'd like to know how many of the orders placed {in_period} missed "
                "their required date when shipped.",
            ),
            T("{In_period}, how many orders were delivered late?"),
            T("late shipments for orders placed {in_period}"),
            T("How many orders from customers in {country} placed {in_period} were shipped late?"),
            T(
                "Find the number of {country_adj} orders from {period} shipped after "
                "the required date.",
            ),
            T(
                "Could you tell me how many orders for {country} accounts {in_period} "
                "shipped past their required date?",
            ),
            T(
                "{In_period}, how many orders for clients based in {country} went out "
                "later than required?",
            ),
            T(
                "I'd like to know the count of late deliveries to {country_adj} "
                "customers for orders placed {in_period}.",
            ),
        ],
        "zh": [
            T("请问{period}下的订单中有多少单是延迟发货的？"),
            T("查询{period}晚于要求日期发货的订单数量。"),
            T("{period}的订单有几单发晚了？"),
            T("统计{period}订单中超过要求日期才发货的数量。"),
            T("我想知道{period}有多少订单没能按期发出。"),
            T("{period}延误的订单一共多少单啊？"),
            T("请问{period}{country}客户的订单中有多少单延迟发货？"),
            T("查询{period}{country}客户的订单里晚于要求日期发货的数量。"),
            T("{period}{country}那边的订单有几单发晚了？"),
            T("统计{period}{country}顾客订单中逾期发货的单数。"),
            T("我想知道{period}{country}买家的订单有多少没按时发。"),
            T("{period}，{country}的订单延误了几单？"),
        ],
    },
    "late_by": {
        "en": [
            T("How many late orders did each {dim} have {in_period}?"),
            T("Find the number of orders shipped after the required date per {dim} for {period}."),
            T("Give me a breakdown of late shipments by {dim} for orders placed {in_period}."),
            T("Could you tell me how many orders each {dim} shipped late {in_period}?"),
            T("I'd like to see late orders grouped by {dim} {in_period}."),
            T("{In_period}, what was the count of late orders for every {dim}?"),
            T("late orders per {dim}, {period}"),
            T(
                "List each {dim} with its number of orders delivered past the required "
                "date {in_period}.",
            ),
            T(
                "For each shipping company, how many orders placed {in_period} went out late?",
                dim="carrier",
            ),
            T("How many late orders did each carrier have on orders from {period}?", dim="carrier"),
            T(
                "For every sales rep, how many of their orders placed {in_period} shipped late?",
                dim="salesperson",
            ),
            T(
                "Break down the orders shipped after their required date by employee, {period}.",
                dim="salesperson",
            ),
        ],
        "zh": [
            T("请按{dim}统计{period}延迟发货的订单数。"),
            T("{period}各{dim}的延误订单分别有多少？"),
            T("查询{period}每个{dim}晚于要求日期发货的订单数量。"),
            T("我想看{period}延期订单按{dim}的分布。"),
            T("{period}，不同{dim}各有几单发晚了？"),
            T("列出{period}每一个{dim}的逾期发货订单数。"),
            T("分{dim}看{period}的延误单量。"),
            T("{period}每家物流公司各延误了多少单？", dim="carrier"),
            T("统计{period}各承运商超期发货的订单数。", dim="carrier"),
            T("{period}每个业务员的订单各有几单发晚了？", dim="salesperson"),
            T("请问{period}各销售代表延迟发货的订单数量是多少？", dim="salesperson"),
            T("{period}按员工统计晚于要求日期发出的订单。", dim="salesperson"),
        ],
    },
    "late_top": {
        "en": [
            T("Which {dim} recorded the most late orders {in_period}?"),
            T(
                "Find the {dim} with the highest number of orders shipped after the "
                "required date for {period}.",
            ),
            T(
                "Could you tell me which {dim} was responsible for the most late "
                "shipments {in_period}?",
            ),
            T("I'd like to know the {dim} with the most delayed orders {in_period}."),
            T("{In_period}, which {dim} shipped the largest number of orders late?"),
            T("{dim} with the most late orders, {period}"),
            T("Who had the most orders go out past their required date {in_period}, by {dim}?"),
            T(
                "Which shipping company had the highest count of late deliveries {in_period}?",
                dim="carrier",
            ),
            T("Which carrier delivered the most orders late for {period}?", dim="carrier"),
            T("Which sales rep had the most orders shipped late {in_period}?", dim="salesperson"),
            T(
                "Which employee's orders were most often shipped after the required "
                "date {in_period}, by count?",
                dim="salesperson",
            ),
            T(
                "Name the salesperson with the highest number of late orders for {period}.",
                dim="salesperson",
            ),
        ],
        "zh": [
            T("{period}哪个{dim}的延误订单最多？"),
            T("请问{period}延迟发货订单数最多的{dim}是哪个？"),
            T("查询{period}晚于要求日期发货最多的{dim}。"),
            T("我想知道{period}哪个{dim}发晚的单最多。"),
            T("{period}，逾期发货订单排第一的{dim}是谁？"),
            T("能告诉我{period}延误单量最高的{dim}吗？"),
            T("{period}哪家物流公司延误的单最多？", dim="carrier"),
            T("{period}哪个承运商超期发货的订单最多啊？", dim="carrier"),
            T("{period}延误订单最多的快递公司是哪家？", dim="carrier"),
            T("{period}哪位业务员的订单发晚的最多？", dim="salesperson"),
            T("{period}延迟发货订单最多的销售员是谁？", dim="salesperson"),
            T("请问{period}哪个员工名下逾期发出的订单最多？", dim="salesperson"),
        ],
    },
    "late_pct": {
        "en": [
            T(
                "What percentage of shipped orders placed {in_period} were shipped "
                "after the required date?",
            ),
            T(
                "Find the late shipment rate for orders from {period}, as a share of "
                "shipped orders.",
            ),
            T("Of the orders placed {in_period} that have shipped, what percent went out late?"),
            T("Could you tell me the proportion of shipped orders that were late {in_period}?"),
            T(
                "I'd like to know what fraction of {period} orders, among those "
                "shipped, missed the required date.",
            ),
            T("{In_period}, what was the percentage of late deliveries over all shipped orders?"),
            T("late rate of shipped orders {in_period}"),
            T("Please show the share of shipped orders from {period} that were late, in percent."),
            T("How often were shipped orders late {in_period}, as a percentage?"),
            T(
                "Give me late orders divided by shipped orders, in percent, for orders "
                "placed {in_period}.",
            ),
            T(
                "What percent of the orders shipped, among those placed {in_period}, "
                "arrived after the required date?",
            ),
            T("Return the on-time failure rate (late / shipped) for orders dated {in_period}."),
        ],
        "zh": [
            T("请问{period}已发货订单中延迟发货的比例是多少？"),
            T("查询{period}订单的延误率（按已发货订单计算）。"),
            T("{period}发出的订单里有百分之几是发晚了的？"),
            T("统计{period}下单且已发货的订单中逾期发货的占比。"),
            T("我想知道{period}已发货订单里晚于要求日期的百分比。"),
            T("能告诉我{period}的延迟发货率吗？以已发货订单为分母。"),
            T("{period}已发的货中延误的占多少啊？"),
            T("{period}的已发货订单，超过要求日期发出的比率是多少？"),
            T("请计算{period}延误订单数占已发货订单数的百分比。"),
            T("{period}已经发货的订单中，有多大比例是延期的？"),
            T("列出{period}已发货订单的逾期率。"),
            T("{period}下单并已发货的订单，发晚的比例是多少？"),
        ],
    },
    "avg_ship_days": {
        "en": [
            T(
                "What is the average number of days between order date and shipping "
                "date for orders placed {in_period}?",
            ),
            T("Find the mean time to ship, in days, for orders from {period}."),
            T("How long did it take on average to ship an order placed {in_period}?"),
            T("Could you tell me the average shipping lead time in days {in_period}?"),
            T(
                "I'd like to know how many days, on average, passed from ordering to "
                "shipment for {period} orders.",
            ),
            T("avg days from order to shipment {in_period}"),
            T(
                "What is the average number of days {carrier} took to ship orders "
                "placed {in_period}?",
            ),
            T(
                "Find the mean time from order to shipment for orders carried by "
                "{carrier} for {period}.",
            ),
            T("How long on average did orders shipped with {carrier} take to go out {in_period}?"),
            T(
                "Could you tell me the average days to ship for the shipping company "
                "{carrier} {in_period}?",
            ),
            T(
                "{In_period}, what was {carrier}'s average time between order date and "
                "ship date, in days?",
            ),
            T(
                "I'd like to know the average shipping delay in days for {carrier} on "
                "orders from {period}.",
            ),
        ],
        "zh": [
            T("请问{period}订单从下单到发货平均需要几天？"),
            T("查询{period}订单的平均发货天数。"),
            T("{period}下的单平均多少天发出去？"),
            T("统计{period}订单日期到发货日期的平均间隔天数。"),
            T("我想知道{period}的订单平均要等几天才发货。"),
            T("{period}从接单到出货平均用了多久（天）？"),
            T("请问{period}{carrier}承运的订单从下单到发货平均几天？"),
            T("查询{period}由{carrier}发运的订单的平均发货天数。"),
            T("{period}走{carrier}的单平均多少天发出？"),
            T("统计{carrier}在{period}的订单从下单到发货的平均天数。"),
            T("我想知道{period}物流公司{carrier}的平均发货周期是几天。"),
            T("{period}，{carrier}的订单平均要几天才发货啊？"),
        ],
    },
    "fastest_carrier": {
        "en": [
            T("Which carrier has the shortest average time from order to shipment?", dir="fast"),
            T("Find the shipping company that ships orders the fastest on average.", dir="fast"),
            T("Which shipper had the lowest average days to ship {in_period}?", dir="fast"),
            T(
                "Could you tell me which freight company was quickest, on average, to "
                "ship orders placed {in_period}?",
                dir="fast",
            ),
            T(
                "I'd like to know the carrier with the shortest mean shipping lead time "
                "for {period}.",
                dir="fast",
            ),
            T("{In_period}, which carrier shipped orders fastest on average?", dir="fast"),
            T("Which carrier has the longest average time from order to shipment?", dir="slow"),
            T("Find the shipping company that takes the most days on average to ship.", dir="slow"),
            T("Which shipper had the highest average days to ship {in_period}?", dir="slow"),
            T(
                "Could you tell me which freight company was slowest, on average, to "
                "ship orders placed {in_period}?",
                dir="slow",
            ),
            T(
                "I'd like to know the carrier with the longest mean shipping lead time "
                "for {period}.",
                dir="slow",
            ),
            T("{In_period}, which carrier took the longest on average to ship?", dir="slow"),
        ],
        "zh": [
            T("哪家承运商从下单到发货的平均时间最短？", dir="fast"),
            T("请问平均发货最快的物流公司是哪家？", dir="fast"),
            T("{period}哪个货运公司平均发货天数最少？", dir="fast"),
            T("查询{period}订单平均发货周期最短的承运商。", dir="fast"),
            T("我想知道{period}哪家快递公司发货平均最快。", dir="fast"),
            T("{period}，平均几天就能发货、速度最快的是哪个承运商？", dir="fast"),
            T("哪家承运商从下单到发货的平均时间最长？", dir="slow"),
            T("请问平均发货最慢的物流公司是哪家？", dir="slow"),
            T("{period}哪个货运公司平均发货天数最多？", dir="slow"),
            T("查询{period}订单平均发货周期最长的承运商。", dir="slow"),
            T("我想知道{period}哪家快递公司发货平均最慢。", dir="slow"),
            T("{period}，平均发货耗时最久的是哪个承运商？", dir="slow"),
        ],
    },
    "unshipped_count": {
        "en": [
            T("How many orders have not been shipped yet?"),
            T("Find the number of open orders that are still waiting to ship."),
            T("What is the count of orders not yet dispatched?"),
            T("How many orders from customers in {country} have not shipped yet?"),
            T("Could you tell me how many {country_adj} orders are still awaiting shipment?"),
            T("Find the number of unshipped orders for clients based in {country}."),
            T("What number of {customer}'s orders remain unshipped?"),
            T("I'd like to know how many orders placed by {customer} have not gone out yet."),
            T("Find the number of orders for the customer {customer} that are pending shipment."),
            T("How many orders handled by {salesperson} are still not shipped?"),
            T("Could you tell me the number of unshipped orders for the sales rep {salesperson}?"),
            T("I'd like to know how many of {salesperson}'s orders are waiting to be shipped."),
        ],
        "zh": [
            T("请问目前还有多少订单没发货？"),
            T("查询尚未发货的订单数量。"),
            T("还有几单没发出去啊？"),
            T("请问{country}客户还有多少订单未发货？"),
            T("统计{country}客户尚未发货的订单数。"),
            T("{country}那边的订单还有几单没发货啊？"),
            T("客户{customer}有多少订单还没发货？"),
            T("查询{customer}尚未发出的订单数量。"),
            T("{customer}的单还有几个没发啊？"),
            T("业务员{salesperson}名下还有多少订单未发货？"),
            T("统计销售员{salesperson}负责的待发货订单数。"),
            T("{salesperson}的订单还有几单没发出去？"),
        ],
    },
    "distinct_customers_product": {
        "en": [
            T("What is the number of different customers who bought {product} {in_period}?"),
            T("Find the number of distinct customers who ordered {product} for {period}."),
            T("What is the count of unique clients that purchased the item {product} {in_period}?"),
            T("Could you tell me how many customers placed orders for {product} {in_period}?"),
            T("I'd like to know how many separate buyers {product} had {in_period}."),
            T("{In_period}, how many distinct accounts ordered {product}?"),
            T("number of unique customers for {product} {in_period}"),
            T("Please show how many customers bought the SKU {product} at least once {in_period}."),
            T("By how many different clients was {product} ordered {in_period}?"),
            T("Give me the distinct count of customers who purchased {product}, {period}."),
            T("How many individual customers ordered the article {product} for {period}?"),
            T("Return the number of customers with at least one order of {product} {in_period}."),
        ],
        "zh": [
            T("请问{period}有多少个不同的客户买过{product}？"),
            T("查询{period}购买{product}的客户数（去重）。"),
            T("{period}有几家客户下单买了{product}？"),
            T("统计{period}订购过{product}的顾客数量。"),
            T("我想知道{period}买{product}的买家一共有多少个。"),
            T("能告诉我{period}有多少客户采购了商品{product}吗？"),
            T("{period}{product}卖给了几个客户啊？"),
            T("{period}，下单{product}的不重复客户有几位？"),
            T("请统计{product}{period}的购买客户数。"),
            T("{product}{period}共被多少家客户订购过？"),
            T("列出{period}购买过{product}的客户数量。"),
            T("{period}买过{product}的顾客有多少个？"),
        ],
    },
    "distinct_customers_category": {
        "en": [
            T(
                "What is the number of different customers who bought {category_adj} "
                "products {in_period}?",
            ),
            T(
                "Find the number of distinct customers who ordered from the {category} "
                "category for {period}.",
            ),
            T(
                "What is the count of unique clients that purchased {category_adj} "
                "items {in_period}?",
            ),
            T("Could you tell me how many customers placed orders for {category} {in_period}?"),
            T("I'd like to know how many separate buyers the {category} category had {in_period}."),
            T("{In_period}, how many distinct accounts ordered {category_adj} goods?"),
            T("number of unique customers buying {category} {in_period}"),
            T(
                "Please show how many customers bought at least one {category_adj} "
                "product {in_period}.",
            ),
            T("By how many different clients were {category_adj} products ordered {in_period}?"),
            T("Give me the distinct count of customers who purchased in {category}, {period}."),
            T("How many individual customers ordered something from {category} for {period}?"),
            T(
                "Return the number of customers with at least one {category_adj} order "
                "line {in_period}.",
            ),
        ],
        "zh": [
            T("请问{period}有多少个不同的客户买过{category_cls}产品？"),
            T("查询{period}购买{category}品类的客户数（去重）。"),
            T("{period}有几家客户下单买了{category}类的货？"),
            T("统计{period}订购过{category_cls}商品的顾客数量。"),
            T("我想知道{period}买{category}的买家一共有多少个。"),
            T("能告诉我{period}有多少客户采购了{category}类产品吗？"),
            T("{period}{category_cls}卖给了几个客户啊？"),
            T("{period}，下单{category}品类的不重复客户有几位？"),
            T("请统计{category}类{period}的购买客户数。"),
            T("{category_cls}商品{period}共被多少家客户订购过？"),
            T("列出{period}购买过{category}产品的客户数量。"),
            T("{period}买过{category_cls}货品的顾客有多少个？"),
        ],
    },
    "count_customers_country": {
        "en": [
            T("How many customers are located in {country}?"),
            T("Find the number of customers based in {country}."),
            T("What is the count of clients from {country}?"),
            T("Could you tell me how many {country_adj} customers we have?"),
            T("I'd like to know the number of accounts in {country}."),
            T("how many customers in {country}"),
            T("Please show the total number of buyers whose country is {country}."),
            T("How many of our customers are {country_adj}?"),
            T("Give me a count of the customers located in the country {country}."),
            T("What is the size of our customer base in {country}, in number of customers?"),
            T("Return the number of customer records with country {country}."),
            T("In {country}, how many clients do we have?"),
        ],
        "zh": [
            T("请问{country}有多少个客户？"),
            T("查询位于{country}的客户数量。"),
            T("我们在{country}有几家客户？"),
            T("统计国家为{country}的顾客数。"),
            T("我想知道{country}的买家一共有多少个。"),
            T("能告诉我{country}客户的数量吗？"),
            T("{country}的客户有几个啊？"),
            T("{country}一共有多少位客户？"),
            T("列出{country}客户总数。"),
            T("请统计一下所在国家是{country}的客户有多少。"),
            T("我们{country}的客户群有多少家？"),
            T("{country}那边有几个客户？"),
        ],
    },
    "count_products_category": {
        "en": [
            T("What is the number of products in the {category} category?"),
            T("Find the number of products that belong to {category}, discontinued ones included."),
            T("What is the count of items in the {category} category?"),
            T("Could you tell me how many {category_adj} products we have in the catalogue?"),
            T("I'd like to know the number of SKUs classified as {category}."),
            T("how many products in {category}"),
            T("Please show the total number of articles under the {category} category."),
            T("How many different {category_adj} goods do we carry, including discontinued ones?"),
            T("Give me a count of all products listed in {category}."),
            T("What is the product count for the category {category}?"),
            T("Return the number of products whose category is {category}."),
            T("In {category}, how many products are there?"),
        ],
        "zh": [
            T("请问{category_cls}下面一共有多少个产品？"),
            T("查询{category}品类下的产品数量（包括停产的）。"),
            T("{category}类有几款商品？"),
            T("统计类别为{category}的货品数。"),
            T("我想知道{category_cls}一共有多少种产品。"),
            T("能告诉我{category}里有多少个商品吗？"),
            T("{category_cls}的产品有几个啊？"),
            T("{category}这个分类下一共有多少种货？"),
            T("列出{category}品类的产品总数。"),
            T("请统计一下属于{category}的商品有多少。"),
            T("{category_cls}一共多少个品种（含已停售的）？"),
            T("{category}类目里有几种产品？"),
        ],
    },
    "count_suppliers_country": {
        "en": [
            T("How many suppliers are located in {country}?"),
            T("Find the number of suppliers based in {country}."),
            T("What is the count of vendors from {country}?"),
            T("Could you tell me how many {country_adj} suppliers we have?"),
            T("I'd like to know the number of providers in {country}."),
            T("how many suppliers in {country}"),
            T("Please show the total number of manufacturers whose country is {country}."),
            T("How many of our vendors are {country_adj}?"),
            T("Give me a count of the suppliers located in the country {country}."),
            T("What is the size of our supplier base in {country}?"),
            T("Return the number of supplier records with country {country}."),
            T("In {country}, how many vendors do we buy from?"),
        ],
        "zh": [
            T("请问{country}有多少个供应商？"),
            T("查询位于{country}的供应商数量。"),
            T("我们在{country}有几家供货商？"),
            T("统计国家为{country}的厂商数。"),
            T("我想知道{country}的供应商一共有多少家。"),
            T("能告诉我{country}供货商的数量吗？"),
            T("{country}的供应商有几个啊？"),
            T("{country}一共有多少家厂商给我们供货？"),
            T("列出{country}供应商总数。"),
            T("请统计一下所在国家是{country}的供应商有多少。"),
            T("我们{country}的供货方有多少家？"),
            T("{country}那边有几个供应商？"),
        ],
    },
    "threshold_customer_revenue": {
        "en": [
            T("List the customers whose total revenue {in_period} exceeded {x}.", op="gt"),
            T("Which clients spent more than {x} with us {in_period}?", op="gt"),
            T("Find all customers with sales greater than {x} for {period}.", op="gt"),
            T("Which customers had revenue of at least {x} {in_period}?", op="ge"),
            T("List the clients whose purchases {in_period} totalled {x} or more.", op="ge"),
            T("Find the accounts with total sales no less than {x} for {period}.", op="ge"),
            T(
                "Among customers who placed orders {in_period}, which had total revenue below {x}?",
                op="lt",
            ),
            T("Which clients with at least one order {in_period} spent less than {x}?", op="lt"),
            T(
                "Of the customers who bought from us {in_period}, list those whose "
                "sales were under {x}.",
                op="lt",
            ),
            T(
                "Among the customers who ordered something {in_period}, which spent {x} or less?",
                op="le",
            ),
            T("Which customers with orders {in_period} had sales not exceeding {x}?", op="le"),
            T(
                "List the buyers who placed at least one order {in_period} and whose "
                "total was at most {x}.",
                op="le",
            ),
        ],
        "zh": [
            T("列出{period}销售额超过{x}的客户。", op="gt"),
            T("请问{period}哪些客户的消费金额大于{x}？", op="gt"),
            T("{period}买了{x}以上（不含）的客户有哪些？", op="gt"),
            T("查询{period}销售额不低于{x}的客户。", op="ge"),
            T("{period}采购金额达到{x}及以上的买家有哪些？", op="ge"),
            T("请问{period}营业额至少{x}的顾客是哪些？", op="ge"),
            T("{period}下过单的客户里，销售收入低于{x}的是哪些？", op="lt"),
            T("只看{period}有订单的客户，哪些消费不到{x}？", op="lt"),
            T("在{period}下过单的顾客里，列出购买金额小于{x}的。", op="lt"),
            T("{period}有下单的客户中，销售额不超过{x}的有哪些？", op="le"),
            T("只看{period}有订单的客户，哪些消费在{x}及以下？", op="le"),
            T("在{period}下过单的买家里，列出金额最多{x}的。", op="le"),
        ],
    },
    "threshold_product_units": {
        "en": [
            T("What products had more than {x} units sold {in_period}?", op="gt"),
            T("List the items whose quantity sold {in_period} exceeded {x}.", op="gt"),
            T("Find all SKUs with unit sales greater than {x} for {period}.", op="gt"),
            T("What products had at least {x} units sold {in_period}?", op="ge"),
            T("List the articles with {x} or more units sold {in_period}.", op="ge"),
            T(
                "Find the goods whose sales volume for {period} was no less than {x} units.",
                op="ge",
            ),
            T(
                "Among products that were ordered {in_period}, which sold fewer than {x} units?",
                op="lt",
            ),
            T(
                "Which items with at least one sale {in_period} had a quantity sold below {x}?",
                op="lt",
            ),
            T("Of the products sold {in_period}, list those with under {x} units.", op="lt"),
            T(
                "Among products that were ordered {in_period}, which sold {x} units or fewer?",
                op="le",
            ),
            T("Which items with sales {in_period} sold no more than {x} units?", op="le"),
            T(
                "List the SKUs that sold at least once {in_period} and at most {x} units in total.",
                op="le",
            ),
        ],
        "zh": [
            T("{period}卖出超过{x}件的产品都有哪些？", op="gt"),
            T("请列出{period}卖出多于{x}件的商品。", op="gt"),
            T("查询{period}销售数量大于{x}的货品。", op="gt"),
            T("{period}销量不少于{x}件的产品有哪些？", op="ge"),
            T("请列出{period}卖了{x}件及以上的商品。", op="ge"),
            T("查询{period}销售数量至少为{x}的货品。", op="ge"),
            T("{period}有销售记录的产品里，销量低于{x}件的是哪些？", op="lt"),
            T("只看{period}卖出过的商品，哪些卖了不到{x}件？", op="lt"),
            T("在{period}有订单的货品里，列出销售数量小于{x}的。", op="lt"),
            T("{period}有销售的产品中，销量不超过{x}件的有哪些？", op="le"),
            T("只看{period}卖出过的商品，哪些卖了{x}件或更少？", op="le"),
            T("在{period}有订单的货品里，列出销量最多{x}件的。", op="le"),
        ],
    },
    "threshold_customer_orders": {
        "en": [
            T("What customers placed more than {x} orders {in_period}?", op="gt"),
            T("List the clients with over {x} orders for {period}.", op="gt"),
            T("Find all accounts whose order count {in_period} exceeded {x}.", op="gt"),
            T("What customers placed at least {x} orders {in_period}?", op="ge"),
            T("List the clients with {x} or more orders for {period}.", op="ge"),
            T("Find the buyers whose number of orders {in_period} was no less than {x}.", op="ge"),
            T(
                "Among the customers who ordered something {in_period}, which placed "
                "fewer than {x} orders?",
                op="lt",
            ),
            T(
                "Which clients with at least one order {in_period} had less than {x} "
                "orders in total?",
                op="lt",
            ),
            T("Of the customers active {in_period}, list those with under {x} orders.", op="lt"),
            T(
                "Among the customers who ordered something {in_period}, which placed "
                "{x} orders or fewer?",
                op="le",
            ),
            T("Which clients with orders {in_period} placed no more than {x} of them?", op="le"),
            T(
                "List the buyers who placed at least one but at most {x} orders {in_period}.",
                op="le",
            ),
        ],
        "zh": [
            T("{period}下单次数超过{x}次的客户都有哪些？", op="gt"),
            T("请列出{period}订单数多于{x}个的客户。", op="gt"),
            T("查询{period}订单数量大于{x}的顾客。", op="gt"),
            T("{period}下单次数不少于{x}次的客户都有哪些？", op="ge"),
            T("请列出{period}下了{x}单及以上的客户。", op="ge"),
            T("查询{period}订单数至少为{x}的买家。", op="ge"),
            T("{period}有下单的客户中，订单数少于{x}个的有哪些？", op="lt"),
            T("只看{period}有订单的客户，哪些下单不到{x}次？", op="lt"),
            T("在{period}下过单的顾客里，列出订单数小于{x}的。", op="lt"),
            T("{period}有下单的客户中，订单数不超过{x}个的有哪些？", op="le"),
            T("只看{period}有订单的客户，哪些下了{x}单或更少？", op="le"),
            T("在{period}下过单的买家里，列出订单最多{x}张的。", op="le"),
        ],
    },
    "no_orders_country": {
        "en": [
            T("Which customers in {country} placed no orders {in_period}?"),
            T("List the {country_adj} clients who did not order anything {in_period}."),
            T("Find all customers based in {country} without any orders for {period}."),
            T("Could you tell me which {country_adj} accounts didn't buy from us {in_period}?"),
            T("I'd like to see the customers from {country} that had zero orders {in_period}."),
            T("{In_period}, which customers located in {country} never placed an order?"),
            T("{country} customers with no orders {in_period}"),
            T(
                "Please show the buyers in {country} who were inactive {in_period}, "
                "with no orders at all.",
            ),
            T("Who among our {country_adj} customers made no purchases {in_period}?"),
            T(
                "Give me the names of clients in {country} that did not place a single "
                "order for {period}.",
            ),
            T(
                "What are the names of the customers from {country} with no order dated "
                "{in_period}?",
            ),
            T("Return the {country_adj} customers who have no orders {in_period}."),
        ],
        "zh": [
            T("请问{country}有哪些客户{period}没有下单？"),
            T("列出{period}没有任何订单的{country}客户。"),
            T("查询{country}在{period}一单都没下的顾客。"),
            T("{period}{country}哪些客户没买过东西？"),
            T("我想看看{period}没有下过单的{country}买家。"),
            T("能告诉我{country}有哪些客户{period}零订单吗？"),
            T("{period}{country}没下单的客户有哪些啊？"),
            T("{country}的客户中，{period}没有订单的是哪些？"),
            T("统计{period}未下单的{country}客户名单。"),
            T("{period}，位于{country}却没有采购的客户都有谁？"),
            T("找出{country}{period}没有成交的客户。"),
            T("{country}哪些顾客{period}一次都没订过货？"),
        ],
    },
    "no_orders_period": {
        "en": [
            T("Which customers placed no orders {in_period}?"),
            T("List the clients who did not order anything {in_period}."),
            T("Find all customers without any orders for {period}."),
            T("Could you tell me which accounts didn't buy from us {in_period}?"),
            T("I'd like to see the customers that had zero orders {in_period}."),
            T("{In_period}, which customers never placed an order?"),
            T("customers who had no orders at all {in_period}"),
            T("Please show the buyers who were inactive {in_period}, with no orders at all."),
            T("Who among our customers made no purchases {in_period}?"),
            T("Give me the names of clients that did not place a single order for {period}."),
            T("What are the names of the customers with no order dated {in_period}?"),
            T("Return every customer who has no orders {in_period}."),
        ],
        "zh": [
            T("请问哪些客户{period}没有下单？"),
            T("列出{period}没有任何订单的客户。"),
            T("查询{period}一单都没下的顾客。"),
            T("{period}哪些客户没买过东西？"),
            T("我想看看{period}没有下过单的买家。"),
            T("能告诉我哪些客户{period}零订单吗？"),
            T("{period}没下单的客户有哪些啊？"),
            T("所有客户中，{period}没有订单的是哪些？"),
            T("统计{period}未下单的客户名单。"),
            T("{period}，没有采购记录的客户都有谁？"),
            T("找出{period}没有成交的客户。"),
            T("哪些顾客{period}一次都没订过货？"),
        ],
    },
    "never_ordered_category_country": {
        "en": [
            T("Which {category_adj} products have never been ordered by customers in {country}?"),
            T("List the {category_adj} items that no {country_adj} customer has ever bought."),
            T(
                "Find all products in the {category} category never purchased by "
                "clients from {country}.",
            ),
            T(
                "Could you tell me which {category_adj} products {country_adj} accounts "
                "have never ordered?",
            ),
            T("I'd like to see the {category_adj} SKUs with no orders at all from {country}."),
            T("{category_adj} products never sold to {country}"),
            T(
                "Which {category_adj} products were not ordered by customers in "
                "{country} {in_period}?",
            ),
            T("List the {category_adj} items that no {country_adj} customer bought {in_period}."),
            T(
                "Find the products in the {category} category with no orders from "
                "clients in {country} for {period}.",
            ),
            T("{In_period}, which {category_adj} products did {country_adj} buyers not order?"),
            T("Could you tell me which {category_adj} goods went unsold to {country} {in_period}?"),
            T(
                "I'd like to see the {category_adj} products that customers from "
                "{country} did not purchase {in_period}.",
            ),
        ],
        "zh": [
            T("请问{category_cls}中有哪些产品从来没有被{country}客户订购过？"),
            T("列出{country}的顾客从未买过的{category}商品。"),
            T("查询{category}品类里{country}客户一次都没下过单的产品。"),
            T("{category_cls}哪些货{country}那边从来没买过？"),
            T("我想看看{country}买家从没订过的{category}产品。"),
            T("{category}类中没卖给过{country}客户的商品有哪些？"),
            T("请问{period}{category_cls}中有哪些产品没有被{country}客户订购？"),
            T("列出{period}{country}顾客没有买过的{category}商品。"),
            T("查询{period}{category}品类里{country}客户没下单的产品。"),
            T("{period}，{category_cls}哪些货{country}那边没买？"),
            T("我想看看{period}{country}买家没订过的{category}产品。"),
            T("{period}{category}类中没卖给{country}客户的商品有哪些？"),
        ],
    },
    "never_ordered_period": {
        "en": [
            T("Which products received no orders {in_period}?"),
            T("List the items that were not sold at all {in_period}."),
            T("Find all products without any order lines for {period}."),
            T("Could you tell me which SKUs nobody ordered {in_period}?"),
            T("I'd like to see the products with zero sales {in_period}."),
            T("products not ordered {in_period}"),
            T("Which {category_adj} products received no orders {in_period}?"),
            T("List the {category_adj} items that were not sold at all {in_period}."),
            T("Find the products in the {category} category that nobody bought for {period}."),
            T("{In_period}, which {category_adj} goods had no orders?"),
            T("Could you tell me which {category_adj} articles went unsold {in_period}?"),
            T("I'd like to see the {category_adj} SKUs that customers did not order {in_period}."),
        ],
        "zh": [
            T("请问{period}有哪些产品一单都没卖出去？"),
            T("列出{period}没有任何订单的商品。"),
            T("查询{period}零销售的货品。"),
            T("{period}哪些产品没人买？"),
            T("我想看看{period}没有被订购过的商品。"),
            T("{period}没卖动的产品有哪些啊？"),
            T("请问{period}{category_cls}里有哪些产品一单都没卖出去？"),
            T("列出{period}没有任何订单的{category}商品。"),
            T("查询{period}{category}品类中零销售的货品。"),
            T("{period}{category_cls}哪些产品没人买？"),
            T("我想看看{period}没有被订购过的{category}商品。"),
            T("{period}，{category}类里没卖出去的有哪些？"),
        ],
    },
    "best_bucket": {
        "en": [
            T("Which {dim} of {year} recorded the highest {measure}?", dir="top"),
            T("In {year}, what was the best {dim} in terms of {measure}?", dir="top"),
            T("Find the {dim} with the largest {measure} during {year}.", dir="top"),
            T("Could you tell me the peak {dim} for {measure} in {year}?", dir="top"),
            T(
                "Which month in {year} brought in the most revenue?",
                dim="month",
                measure="revenue",
                dir="top",
            ),
            T(
                "What was the busiest quarter of {year} by number of orders?",
                dim="quarter",
                measure="orders",
                dir="top",
            ),
            T("Which {dim} of {year} recorded the lowest {measure}?", dir="bottom"),
            T("In {year}, what was the weakest {dim} in terms of {measure}?", dir="bottom"),
            T("Find the {dim} with the smallest {measure} during {year}.", dir="bottom"),
            T("Could you tell me the slowest {dim} for {measure} in {year}?", dir="bottom"),
            T(
                "Which month in {year} had the fewest units sold?",
                dim="month",
                measure="units",
                dir="bottom",
            ),
            T(
                "What was the quietest quarter of {year} by revenue?",
                dim="quarter",
                measure="revenue",
                dir="bottom",
            ),
        ],
        "zh": [
            T("{year}年{measure}最高的是哪个{dim}呢？", dir="top"),
            T("请问{year}年{measure}最好的是哪个{dim}？", dir="top"),
            T("查询{year}年{measure}最大的{dim}。", dir="top"),
            T("我想知道{year}年{measure}的峰值出现在哪个{dim}。", dir="top"),
            T("{year}年哪个月卖的钱最多？", dim="month", measure="revenue", dir="top"),
            T("{year}年订单最多的是第几季度？", dim="quarter", measure="orders", dir="top"),
            T("{year}年{measure}最低的是哪个{dim}呢？", dir="bottom"),
            T("请问{year}年{measure}最差的是哪个{dim}？", dir="bottom"),
            T("查询{year}年{measure}最小的{dim}。", dir="bottom"),
            T("我想知道{year}年{measure}的低谷在哪个{dim}。", dir="bottom"),
            T("{year}年哪个月卖出的件数最少？", dim="month", measure="units", dir="bottom"),
            T("{year}年营业额最低的是哪个季度？", dim="quarter", measure="revenue", dir="bottom"),
        ],
    },
    "share": {
        "en": [
            T("What percentage of total revenue {in_period} came from customers in {country}?"),
            T(
                "Find the share of sales {in_period} that {country_adj} clients "
                "accounted for, in percent.",
            ),
            T("How much of our {period} turnover, as a percentage, was generated in {country}?"),
            T(
                "Could you tell me what portion of all sales {in_period} went to buyers "
                "from {country}?",
            ),
            T("I'd like to know {country}'s share of total revenue for {period}."),
            T("{country} share of revenue {in_period}, in %"),
            T("What percentage of total revenue {in_period} came from the {category} category?"),
            T(
                "Find the share of sales {in_period} that {category_adj} products "
                "accounted for, in percent.",
            ),
            T("How much of our {period} turnover, as a percentage, was generated by {category}?"),
            T(
                "Could you tell me what portion of all sales {in_period} {category_adj} "
                "items made up?",
            ),
            T("I'd like to know the {category} category's share of total revenue for {period}."),
            T("{category} as a percent of total sales {in_period}"),
        ],
        "zh": [
            T("请问{period}{country}客户的销售额占总销售额的百分比是多少？"),
            T("查询{period}{country}市场营业额的占比。"),
            T("{period}卖到{country}的钱占全部收入的几成（百分比）？"),
            T("统计{period}来自{country}的销售收入占比。"),
            T("我想知道{period}{country}的顾客贡献了总营业额的百分之多少。"),
            T("{period}{country}占总销售额多少啊？"),
            T("请问{period}{category_cls}的销售额占总销售额的百分比是多少？"),
            T("查询{period}{category}品类营业额的占比。"),
            T("{period}{category}卖的钱占全部收入的百分之几？"),
            T("统计{period}{category_cls}商品的销售收入占比。"),
            T("我想知道{period}{category}类产品贡献了总营业额的多大比例。"),
            T("{period}{category_cls}占总销售额多少啊？"),
        ],
    },
    "growth": {
        "en": [
            T(
                "By what percentage did the revenue we earned from {customer} change "
                "from {year1} to {year2}?",
                how="pct",
            ),
            T(
                "Find the percent growth in sales to the client {customer} between "
                "{year1} and {year2}.",
                how="pct",
            ),
            T(
                "What was the year-over-year growth rate of {customer}'s revenue from "
                "{year1} to {year2}?",
                how="pct",
                years="adjacent",
            ),
            T(
                "How much did revenue from {customer} increase or decrease in money "
                "from {year1} to {year2}?",
                how="abs",
            ),
            T(
                "Could you tell me the change in sales to {customer} between {year1} "
                "and {year2}, as an amount?",
                how="abs",
            ),
            T(
                "I'd like to know the difference between {customer}'s {year2} revenue "
                "and its {year1} revenue.",
                how="abs",
            ),
            T(
                "By what percentage did {category} revenue change from {year1} to {year2}?",
                how="pct",
            ),
            T(
                "Find the percent growth in sales of {category_adj} products between "
                "{year1} and {year2}.",
                how="pct",
            ),
            T(
                "What was the year-over-year growth rate of the {category} category "
                "from {year1} to {year2}?",
                how="pct",
                years="adjacent",
            ),
            T(
                "How much did revenue from {category} increase or decrease in money "
                "from {year1} to {year2}?",
                how="abs",
            ),
            T(
                "Could you tell me the change in {category_adj} sales between {year1} "
                "and {year2}, as an amount?",
                how="abs",
            ),
            T(
                "I'd like to know the difference between {year2} and {year1} revenue "
                "for the {category} category.",
                how="abs",
            ),
        ],
        "zh": [
            T("请问客户{customer}的销售额从{year1}年到{year2}年变化了百分之多少？", how="pct"),
            T("查询{customer}{year2}年相比{year1}年的销售额增长率。", how="pct"),
            T(
                "{customer}{year2}年营业额较{year1}年同比增长了多少（%）？",
                how="pct",
                years="adjacent",
            ),
            T("{customer}{year2}年比{year1}年多买（或少买）了多少钱？", how="abs"),
            T("统计顾客{customer}{year2}年与{year1}年的销售额差额。", how="abs"),
            T("我想知道{customer}的销售收入{year1}年到{year2}年增加了多少金额。", how="abs"),
            T("请问{category_cls}的销售额从{year1}年到{year2}年变化了百分之多少？", how="pct"),
            T("查询{category}品类{year2}年相比{year1}年的销售额增长率。", how="pct"),
            T(
                "{category}{year1}年到{year2}年营业额同比增长了百分之几？",
                how="pct",
                years="adjacent",
            ),
            T("{category_cls}{year2}年比{year1}年多卖（或少卖）了多少钱？", how="abs"),
            T("统计{category}类{year2}年与{year1}年的销售额差额。", how="abs"),
            T("我想知道{category}的销售收入{year1}年到{year2}年增加了多少金额。", how="abs"),
        ],
    },
}
