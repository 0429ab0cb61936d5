"""The default chart of accounts, journals and taxes for a trading company (English and Chinese)."""

from __future__ import annotations

from decimal import Decimal

from smarterp.erp.accounting.models import AccountType as T
from smarterp.erp.accounting.models import JournalType as J
from smarterp.erp.accounting.models import TaxScope

# code, name, Chinese name, type, role (what automatic postings use it for)
ACCOUNTS: list[tuple[str, str, str, T, str | None]] = [
    ("1000", "Cash", "库存现金", T.ASSET, "cash"),
    ("1010", "Bank", "银行存款", T.ASSET, "bank"),
    ("1100", "Accounts receivable", "应收账款", T.ASSET, "receivable"),
    ("1200", "Inventory", "库存商品", T.ASSET, "inventory"),
    ("1300", "Input VAT", "应交增值税-进项税额", T.ASSET, "vat_in"),
    ("1400", "Prepayments", "预付账款", T.ASSET, None),
    ("1500", "Fixed assets", "固定资产", T.ASSET, None),
    ("2000", "Accounts payable", "应付账款", T.LIABILITY, "payable"),
    ("2100", "Output VAT", "应交增值税-销项税额", T.LIABILITY, "vat_out"),
    ("2110", "Goods received not invoiced", "已收货未开票", T.LIABILITY, "grni"),
    ("2200", "Accrued expenses", "其他应付款", T.LIABILITY, None),
    ("3000", "Share capital", "实收资本", T.EQUITY, None),
    ("3100", "Retained earnings", "未分配利润", T.EQUITY, "retained_earnings"),
    ("3900", "Opening balance equity", "期初余额调整", T.EQUITY, "opening"),
    ("4000", "Sales revenue", "主营业务收入", T.INCOME, "revenue"),
    ("4100", "Sales returns", "销售退回", T.INCOME, "sales_returns"),
    ("4200", "Shipping income", "运费收入", T.INCOME, "shipping_income"),
    ("4900", "Other income", "其他业务收入", T.INCOME, None),
    ("4910", "Exchange gains", "汇兑收益", T.INCOME, "fx_gain"),
    ("4920", "Unrealised exchange gains", "未实现汇兑收益", T.INCOME, "fx_unrealised_gain"),
    ("5000", "Cost of goods sold", "主营业务成本", T.EXPENSE, "cogs"),
    ("5100", "Inventory adjustments", "存货盘盈盘亏", T.EXPENSE, "stock_adjustment"),
    ("5200", "Purchase price differences", "采购价差", T.EXPENSE, "price_difference"),
    ("6000", "Salaries", "职工薪酬", T.EXPENSE, None),
    ("6100", "Rent", "租金", T.EXPENSE, None),
    ("6200", "Freight out", "运输费", T.EXPENSE, "freight_expense"),
    ("6300", "Bank charges", "财务费用", T.EXPENSE, "bank_charges"),
    ("6310", "Exchange losses", "汇兑损失", T.EXPENSE, "fx_loss"),
    ("6320", "Unrealised exchange losses", "未实现汇兑损失", T.EXPENSE, "fx_unrealised_loss"),
    ("6900", "Other expenses", "其他费用", T.EXPENSE, None),
]

# code, name, Chinese name, type, role of its default account
JOURNALS: list[tuple[str, str, str, J, str | None]] = [
    ("SAL", "Customer invoices", "销售日记账", J.SALE, "revenue"),
    ("PUR", "Vendor bills", "采购日记账", J.PURCHASE, None),
    ("BNK", "Bank", "银行日记账", J.BANK, "bank"),
    ("CSH", "Cash", "现金日记账", J.CASH, "cash"),
    ("STK", "Stock valuation", "存货日记账", J.STOCK, "inventory"),
    ("GEN", "Miscellaneous", "通用日记账", J.GENERAL, None),
]

# code, name, Chinese name, scope, rate, role of the account it posts to
TAXES: list[tuple[str, str, str, TaxScope, Decimal, str]] = [
    ("VAT13", "VAT 13% (sales)", "增值税13%（销项）", TaxScope.SALE, Decimal("0.13"), "vat_out"),
    ("VAT9", "VAT 9% (sales)", "增值税9%（销项）", TaxScope.SALE, Decimal("0.09"), "vat_out"),
    ("VAT0", "Zero-rated (sales)", "零税率（销项）", TaxScope.SALE, Decimal("0"), "vat_out"),
    (
        "PVAT13",
        "VAT 13% (purchases)",
        "增值税13%（进项）",
        TaxScope.PURCHASE,
        Decimal("0.13"),
        "vat_in",
    ),
    (
        "PVAT9",
        "VAT 9% (purchases)",
        "增值税9%（进项）",
        TaxScope.PURCHASE,
        Decimal("0.09"),
        "vat_in",
    ),
    (
        "PVAT0",
        "Zero-rated (purchases)",
        "零税率（进项）",
        TaxScope.PURCHASE,
        Decimal("0"),
        "vat_in",
    ),
]

PARTNER_ROLES = {"receivable", "payable"}
# Accounts kept by documents: each balance must equal what its documents say (stock valued,
# invoices open, VAT charged, goods received not billed), so manual entries stay out of them.
CONTROL_ROLES = {"inventory", "receivable", "payable", "vat_in", "vat_out", "grni"}
# An entry's source when a person posted it; any other source is the document that posted it.
MANUAL = "manual"
