"""What printed documents and their emails say, one object per language."""

from __future__ import annotations

from dataclasses import dataclass

from smarterp.core.errors import InvalidInput


@dataclass(frozen=True)
class DocumentWords:
    """The words of one language, and the Babel locale its numbers and dates follow."""

    code: str
    locale: str
    titles: dict[str, str]
    labels: dict[str, str]
    days: str  # "{days} days"
    page: str  # "Page {page} of {pages}" as CSS counters: before, between, after
    email_subject: str
    email_body: str
    email_body_statement: str
    # A reminder of overdue invoices: the subject, the body, and one line per invoice.
    reminder_subject: str
    reminder_body: str
    reminder_line: str

    def label(self, key: str) -> str:
        return self.labels[key]

    def title(self, key: str) -> str:
        return self.titles[key]


ENGLISH = DocumentWords(
    code="en",
    locale="en_US",
    titles={
        "quotation": "Quotation",
        "order": "Order confirmation",
        "delivery": "Delivery note",
        "invoice": "Invoice",
        "credit-note": "Credit note",
        "purchase-order": "Purchase order",
        "rfq": "Request for quotation",
        "statement": "Statement of account",
    },
    labels={
        "number": "Number",
        "date": "Date",
        "order_date": "Order date",
        "valid_until": "Valid until",
        "requested_date": "Requested date",
        "expected_date": "Expected date",
        "invoice_date": "Invoice date",
        "due_date": "Due date",
        "delivery_date": "Delivery date",
        "scheduled_date": "Scheduled date",
        "payment_terms": "Payment terms",
        "your_reference": "Your reference",
        "our_reference": "Our reference",
        "order": "Order",
        "refund_of": "Credits invoice",
        "carrier": "Carrier",
        "tracking": "Tracking",
        "customer": "Customer",
        "supplier": "Supplier",
        "bill_to": "Bill to",
        "ship_to": "Ship to",
        "deliver_to": "Deliver to",
        "product": "Product",
        "description": "Description",
        "quantity": "Qty",
        "ordered": "Ordered",
        "delivered": "Delivered",
        "unit": "Unit",
        "unit_price": "Unit price",
        "discount": "Disc.",
        "tax": "Tax",
        "amount": "Amount",
        "untaxed": "Untaxed amount",
        "total": "Total",
        "paid": "Paid",
        "amount_due": "Amount due",
        "tax_summary": "Taxes",
        "tax_base": "Base",
        "tax_id": "Tax ID",
        "phone": "Phone",
        "email": "Email",
        "website": "Web",
        "bank_account": "Bank account",
        "notes": "Notes",
        "currency": "Currency",
        "exchange_rate": "Rate",
        "in_company_currency": "Total in {currency}",
        "period": "Period",
        "opening_balance": "Opening balance",
        "closing_balance": "Balance due",
        "document": "Document",
        "reference": "Reference",
        "debit": "Charges",
        "credit": "Credits",
        "balance": "Balance",
        "open_items": "Open items",
        "open_amount": "Open",
        "days_overdue": "Days overdue",
        "kind_invoice": "Invoice",
        "kind_credit_note": "Credit note",
        "kind_payment": "Payment",
        "kind_refund": "Refund paid",
        "no_entries": "No movements in this period.",
        "signature": "Received in good order by",
        "thanks": "Thank you for your business.",
        "shipping": "Shipping",
        "backorder": "Still to deliver",
    },
    days="{days} days",
    page="Page ",
    email_subject="{title} {number} from {company}",
    email_body=(
        "Dear {name},\n\nPlease find attached our {title_lower} {number}"
        "{amount_text}.\n\nKind regards,\n{company}\n"
    ),
    email_body_statement=(
        "Dear {name},\n\nPlease find attached your statement of account as of {date}: "
        "the balance due is {amount}.\n\nKind regards,\n{company}\n"
    ),
    reminder_subject="Payment reminder from {company}",
    reminder_body=(
        "Dear {name},\n\nAccording to our records, these invoices are past due:\n\n{lines}\n\n"
        "Please arrange payment, or let us know if it is already on its way. Your statement of "
        "account is attached.\n\nKind regards,\n{company}\n"
    ),
    reminder_line="{number}, due {due}, {days} days overdue: {amount} open",
)

CHINESE = DocumentWords(
    code="zh",
    locale="zh_Hans_CN",
    titles={
        "quotation": "报价单",
        "order": "订单确认书",
        "delivery": "送货单",
        "invoice": "发票",
        "credit-note": "贷项通知单",
        "purchase-order": "采购订单",
        "rfq": "询价单",
        "statement": "对账单",
    },
    labels={
        "number": "单号",
        "date": "日期",
        "order_date": "订单日期",
        "valid_until": "有效期至",
        "requested_date": "要求交期",
        "expected_date": "预计到货",
        "invoice_date": "开票日期",
        "due_date": "到期日",
        "delivery_date": "发货日期",
        "scheduled_date": "计划日期",
        "payment_terms": "付款条件",
        "your_reference": "贵方参考号",
        "our_reference": "我方参考号",
        "order": "订单",
        "refund_of": "冲销发票",
        "carrier": "承运商",
        "tracking": "运单号",
        "customer": "客户",
        "supplier": "供应商",
        "bill_to": "收票方",
        "ship_to": "收货地址",
        "deliver_to": "送货地址",
        "product": "产品",
        "description": "描述",
        "quantity": "数量",
        "ordered": "订购数量",
        "delivered": "本次送货",
        "unit": "单位",
        "unit_price": "单价",
        "discount": "折扣",
        "tax": "税",
        "amount": "金额",
        "untaxed": "不含税金额",
        "total": "合计",
        "paid": "已付",
        "amount_due": "应付余额",
        "tax_summary": "税额明细",
        "tax_base": "计税金额",
        "tax_id": "税号",
        "phone": "电话",
        "email": "邮箱",
        "website": "网站",
        "bank_account": "银行账户",
        "notes": "备注",
        "currency": "币种",
        "exchange_rate": "汇率",
        "in_company_currency": "折合 {currency}",
        "period": "期间",
        "opening_balance": "期初余额",
        "closing_balance": "应付余额",
        "document": "单据",
        "reference": "参考",
        "debit": "应收",
        "credit": "已收/冲减",
        "balance": "余额",
        "open_items": "未结清项目",
        "open_amount": "未结金额",
        "days_overdue": "逾期天数",
        "kind_invoice": "发票",
        "kind_credit_note": "贷项通知单",
        "kind_payment": "收款",
        "kind_refund": "退款",
        "no_entries": "本期间没有往来。",
        "signature": "收货人签收",
        "thanks": "感谢惠顾。",
        "shipping": "运费",
        "backorder": "待交付",
    },
    days="{days} 天",
    page="第 ",
    email_subject="{company} {title} {number}",
    email_body="{name}，您好：\n\n附件是我方{title} {number}{amount_text}。\n\n此致\n{company}\n",
    email_body_statement=(
        "{name}，您好：\n\n附件是截至 {date} 的对账单，应付余额为 {amount}。\n\n此致\n{company}\n"
    ),
    reminder_subject="{company} 付款提醒",
    reminder_body=(
        "{name}，您好：\n\n根据我方记录，以下发票已逾期：\n\n{lines}\n\n"
        "请尽快安排付款；如已付款，请告知。附件是贵方的对账单。\n\n此致\n{company}\n"
    ),
    reminder_line="{number}，到期日 {due}，逾期 {days} 天，未付 {amount}",
)

LANGUAGES = {words.code: words for words in (ENGLISH, CHINESE)}


def words_for(language: str | None) -> DocumentWords:
    """The words of a language code ("en", "zh", "zh-CN"...), refused by name when unknown."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    words = LANGUAGES.get(code)
    if words is None:
        raise InvalidInput("lang", f"{language!r} is not a document language; use en or zh")
    return words
