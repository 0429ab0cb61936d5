"""Word lists the demo company is generated from: categories, goods, partner and people names."""

from __future__ import annotations

# Category, Chinese name, week of the year demand peaks, seasonal swing (0 = flat).
CATEGORIES: list[tuple[str, str, int, float]] = [
    ("Beverages", "饮料", 30, 0.45),
    ("Tea", "茶叶", 4, 0.35),
    ("Snacks", "休闲零食", 5, 0.25),
    ("Condiments", "调味品", 20, 0.10),
    ("Grains & Noodles", "粮油米面", 3, 0.15),
    ("Dairy", "乳制品", 26, 0.10),
    ("Frozen Foods", "冷冻食品", 2, 0.30),
    ("Household", "日用百货", 10, 0.10),
    ("Personal Care", "个人护理", 24, 0.15),
    ("Stationery", "文具", 35, 0.50),
    ("Small Appliances", "小家电", 45, 0.55),
    ("Kitchenware", "厨具", 46, 0.30),
]

# Goods per category: English name, Chinese name, base sale price.
GOODS: dict[str, list[tuple[str, str, str]]] = {
    "Beverages": [
        ("Sparkling Water", "苏打水", "2.40"),
        ("Orange Juice", "橙汁", "4.80"),
        ("Cola", "可乐", "2.20"),
        ("Coconut Water", "椰子水", "3.90"),
        ("Iced Lemon Tea", "冰柠檬茶", "2.60"),
        ("Mineral Water", "矿泉水", "1.20"),
        ("Soy Milk Drink", "豆奶饮料", "2.90"),
        ("Plum Juice", "酸梅汤", "3.30"),
    ],
    "Tea": [
        ("Longjing Green Tea", "西湖龙井", "38.00"),
        ("Pu-erh Tea Cake", "普洱茶饼", "56.00"),
        ("Jasmine Tea", "茉莉花茶", "18.00"),
        ("Oolong Tea", "乌龙茶", "26.00"),
        ("Black Tea", "祁门红茶", "22.00"),
        ("Chrysanthemum Tea", "菊花茶", "12.00"),
    ],
    "Snacks": [
        ("Roasted Sunflower Seeds", "香瓜子", "3.50"),
        ("Seaweed Crisps", "海苔脆片", "4.20"),
        ("Spicy Tofu Strips", "辣条", "2.80"),
        ("Mixed Nuts", "每日坚果", "12.50"),
        ("Mooncake Gift Box", "月饼礼盒", "45.00"),
        ("Rice Crackers", "米饼", "3.20"),
        ("Dried Mango", "芒果干", "6.80"),
    ],
    "Condiments": [
        ("Light Soy Sauce", "生抽酱油", "5.60"),
        ("Aged Vinegar", "山西老陈醋", "6.20"),
        ("Chili Oil", "红油辣椒", "7.80"),
        ("Oyster Sauce", "蚝油", "6.50"),
        ("Sesame Paste", "芝麻酱", "8.90"),
        ("Sichuan Pepper", "花椒", "9.50"),
    ],
    "Grains & Noodles": [
        ("Jasmine Rice", "泰国香米", "18.00"),
        ("Wheat Noodles", "挂面", "3.80"),
        ("Rice Noodles", "米粉", "4.50"),
        ("Peanut Oil", "花生油", "24.00"),
        ("Glutinous Rice", "糯米", "9.60"),
        ("Instant Noodles", "方便面", "6.00"),
    ],
    "Dairy": [
        ("Whole Milk", "全脂牛奶", "3.20"),
        ("Greek Yogurt", "希腊酸奶", "4.60"),
        ("Cheddar Cheese", "切达奶酪", "9.80"),
        ("Butter", "黄油", "7.40"),
    ],
    "Frozen Foods": [
        ("Pork Dumplings", "猪肉水饺", "12.80"),
        ("Glutinous Rice Balls", "汤圆", "8.60"),
        ("Steamed Buns", "速冻包子", "9.90"),
        ("Frozen Shrimp", "冻虾仁", "26.00"),
    ],
    "Household": [
        ("Laundry Detergent", "洗衣液", "16.50"),
        ("Dish Soap", "洗洁精", "5.80"),
        ("Paper Towels", "厨房纸巾", "8.40"),
        ("Trash Bags", "垃圾袋", "4.90"),
        ("Toilet Paper", "卫生纸", "14.00"),
    ],
    "Personal Care": [
        ("Shampoo", "洗发水", "11.80"),
        ("Toothpaste", "牙膏", "4.20"),
        ("Sunscreen", "防晒霜", "15.60"),
        ("Hand Cream", "护手霜", "6.90"),
        ("Body Wash", "沐浴露", "10.40"),
    ],
    "Stationery": [
        ("Gel Pens", "中性笔", "6.00"),
        ("Notebook A5", "A5笔记本", "4.50"),
        ("School Backpack", "书包", "29.00"),
        ("Sticky Notes", "便利贴", "2.60"),
    ],
    "Small Appliances": [
        ("Rice Cooker", "电饭煲", "69.00"),
        ("Electric Kettle", "电水壶", "32.00"),
        ("Air Fryer", "空气炸锅", "89.00"),
        ("Soymilk Maker", "豆浆机", "79.00"),
        ("Hair Dryer", "吹风机", "39.00"),
    ],
    "Kitchenware": [
        ("Wok", "炒锅", "36.00"),
        ("Chef Knife", "厨师刀", "28.00"),
        ("Bamboo Steamer", "竹蒸笼", "14.00"),
        ("Chopsticks Set", "筷子套装", "7.50"),
        ("Cutting Board", "砧板", "12.00"),
    ],
}

# Pack variants: English suffix, Chinese suffix, price factor, unit description.
VARIANTS: list[tuple[str, str, str, str]] = [
    ("", "", "1", "single unit"),
    (" (Case of 12)", "（12件装）", "10.8", "case of 12 units"),
    (" Family Size", "家庭装", "1.7", "family size pack"),
]

ZH_CITIES: list[tuple[str, str, str]] = [
    ("上海", "Shanghai", "Shanghai"),
    ("北京", "Beijing", "Beijing"),
    ("广州", "Guangzhou", "Guangdong"),
    ("深圳", "Shenzhen", "Guangdong"),
    ("杭州", "Hangzhou", "Zhejiang"),
    ("苏州", "Suzhou", "Jiangsu"),
    ("南京", "Nanjing", "Jiangsu"),
    ("成都", "Chengdu", "Sichuan"),
    ("武汉", "Wuhan", "Hubei"),
    ("天津", "Tianjin", "Tianjin"),
    ("重庆", "Chongqing", "Chongqing"),
    ("西安", "Xi'an", "Shaanxi"),
    ("厦门", "Xiamen", "Fujian"),
    ("青岛", "Qingdao", "Shandong"),
]

# Trade names with their pinyin (used for e-mail addresses).
ZH_BRANDS: list[tuple[str, str]] = [
    ("华联", "hualian"),
    ("鑫源", "xinyuan"),
    ("宏达", "hongda"),
    ("永盛", "yongsheng"),
    ("恒信", "hengxin"),
    ("瑞丰", "ruifeng"),
    ("金鼎", "jinding"),
    ("佳禾", "jiahe"),
    ("德润", "derun"),
    ("天宇", "tianyu"),
    ("盛世", "shengshi"),
    ("万家", "wanjia"),
    ("福源", "fuyuan"),
    ("新世纪", "xinshiji"),
    ("长江", "changjiang"),
    ("东方", "dongfang"),
    ("百川", "baichuan"),
    ("嘉信", "jiaxin"),
]

ZH_TRADES: list[tuple[str, str]] = [
    ("贸易", "trade"),
    ("商贸", "trading"),
    ("食品", "food"),
    ("百货", "store"),
    ("超市", "mart"),
    ("供应链", "scm"),
    ("实业", "group"),
]

ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "林"]
ZH_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "强", "军", "杰", "丽", "涛", "晨"]

EN_FIRST = [
    "Anna", "Ben", "Carla", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "Jack",
    "Karen", "Liam", "Maria", "Noah", "Olivia", "Paul", "Rosa", "Sam", "Tina", "Victor",
]  # fmt: skip
EN_LAST = [
    "Smith", "Brown", "Wilson", "Taylor", "Clarke", "Walker", "Wright", "Hughes", "Green",
    "Lewis", "Baker", "Turner", "Hill", "Moore", "Young", "Scott", "Reed", "Murphy",
]  # fmt: skip

EN_WORDS_A = [
    "Blue", "Golden", "Harbor", "Maple", "Silver", "Red Rock", "Green Valley", "Pacific",
    "Northern", "Sunrise", "Oak", "Riverside", "Lakeside", "Bright", "Summit", "Coastal",
    "Evergreen", "Highland", "Cedar", "Union",
]  # fmt: skip
EN_WORDS_B = [
    "Foods", "Grocers", "Market", "Trading", "Supplies", "Provisions", "Wholesale",
    "Pantry", "Stores", "Distributors", "Kitchens", "Deli",
]  # fmt: skip
EN_SUFFIXES = ["Ltd", "Inc.", "LLC", "Pte Ltd", "Co.", "Pty Ltd"]

EN_PLACES: list[tuple[str, str, str]] = [
    ("Singapore", "Central", "Singapore"),
    ("London", "England", "United Kingdom"),
    ("Manchester", "England", "United Kingdom"),
    ("Seattle", "WA", "United States"),
    ("San Francisco", "CA", "United States"),
    ("New York", "NY", "United States"),
    ("Vancouver", "BC", "Canada"),
    ("Sydney", "NSW", "Australia"),
    ("Melbourne", "VIC", "Australia"),
    ("Auckland", "Auckland", "New Zealand"),
    ("Hong Kong", "Hong Kong", "China"),
    ("Kuala Lumpur", "Kuala Lumpur", "Malaysia"),
]

# How each city writes a phone number and a postal code: "#" is a digit, "%" a digit from 2
# to 9 (local numbers do not start with 0 or 1), "@" a capital letter;
# no postal code where the place has none (Hong Kong).
PLACE_FORMATS: dict[str, tuple[str, str | None]] = {
    "Shanghai": ("+86 21 %### ####", "200###"),
    "Beijing": ("+86 10 %### ####", "100###"),
    "Guangzhou": ("+86 20 %### ####", "510###"),
    "Shenzhen": ("+86 755 %### ####", "518###"),
    "Hangzhou": ("+86 571 %### ####", "310###"),
    "Suzhou": ("+86 512 %### ####", "215###"),
    "Nanjing": ("+86 25 %### ####", "210###"),
    "Chengdu": ("+86 28 %### ####", "610###"),
    "Wuhan": ("+86 27 %### ####", "430###"),
    "Tianjin": ("+86 22 %### ####", "300###"),
    "Chongqing": ("+86 23 %### ####", "400###"),
    "Xi'an": ("+86 29 %### ####", "710###"),
    "Xiamen": ("+86 592 %## ####", "361###"),
    "Qingdao": ("+86 532 %### ####", "266###"),
    "Singapore": ("+65 6### ####", "######"),
    "London": ("+44 20 %### ####", "EC1A #@@"),
    "Manchester": ("+44 161 %## ####", "M# #@@"),
    "Seattle": ("+1 206 %## ####", "981##"),
    "San Francisco": ("+1 415 %## ####", "941##"),
    "New York": ("+1 212 %## ####", "100##"),
    "Vancouver": ("+1 604 %## ####", "V6@ #@#"),
    "Sydney": ("+61 2 %### ####", "20##"),
    "Melbourne": ("+61 3 %### ####", "30##"),
    "Auckland": ("+64 9 %## ####", "10##"),
    "Hong Kong": ("+852 %### ####", None),
    "Kuala Lumpur": ("+60 3 %### ####", "50###"),
}

# Street names by country, written as the place writes an address in English.
STREETS: dict[str, list[str]] = {
    "China": [
        "Zhongshan Road",
        "Renmin Road",
        "Jiefang Road",
        "Jianshe Road",
        "Heping Road",
        "Xinhua Road",
        "Changjiang Road",
        "Yan'an Road",
        "Huaihai Road",
        "Nanjing Road",
    ],
    "Singapore": ["Orchard Road", "Tanjong Pagar Road", "Ubi Avenue 1", "Jurong Port Road"],
    "United Kingdom": ["High Street", "Station Road", "Market Street", "Church Lane"],
    "United States": ["Market Street", "Main Street", "Pine Street", "5th Avenue"],
    "Canada": ["Hastings Street", "Main Street", "Granville Street"],
    "Australia": ["George Street", "Collins Street", "Pitt Street", "Flinders Lane"],
    "New Zealand": ["Queen Street", "Karangahape Road", "Great North Road"],
    "Malaysia": ["Jalan Ampang", "Jalan Tun Razak", "Jalan Sultan Ismail"],
    "Hong Kong": ["Des Voeux Road Central", "Nathan Road", "Hennessy Road", "Queen's Road"],
}

SALESPEOPLE: list[tuple[str, str, str, str]] = [
    ("王丽", "Sales Manager", "Shanghai", "China"),
    ("陈杰", "Account Executive", "Guangzhou", "China"),
    ("刘敏", "Account Executive", "Beijing", "China"),
    ("Emma Walker", "Key Account Manager", "Singapore", "Singapore"),
    ("David Hughes", "Account Executive", "London", "United Kingdom"),
    ("Grace Lin", "Inside Sales", "Hong Kong", "China"),
]

CARRIERS: list[tuple[str, str]] = [
    ("SF Express 顺丰速运", "95338"),
    ("JD Logistics 京东物流", "950616"),
    ("DHL Express", "+65 6880 6060"),
]
