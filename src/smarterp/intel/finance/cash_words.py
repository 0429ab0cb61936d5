"""How the cash outlook says why a line is dated as it is, in English and Chinese: each line
carries its reasons as a rule and the figures it used; one phrasebook per language writes them.
"""

from __future__ import annotations

from pydantic import BaseModel

from smarterp.core.errors import InvalidInput


class Reason(BaseModel):
    """One step of how a line's amount or date was found: a rule and the figures it used."""

    rule: str
    facts: dict[str, str] = {}


EN = {
    "due": "due {due}",
    "habit": "{days} days (weighted median of {paid} paid invoices)",
    "on_terms": "customer on terms ({paid} paid invoices, fewer than {needed})",
    "already_past": "expected {expected}, already past",
    "credit_note_against": "credit note set against {invoice}, when it is paid",
    "payment_against": "payment not yet matched, set against {invoice}, when it is paid",
    "credit_note_alone": "credit note: no open invoice to set it against",
    "payment_alone": "payment not yet matched: no open invoice to set it against",
    "refund_open": "money paid back not yet matched to a credit note: open now",
    "left_to_invoice": "{left} units left to invoice",
    "freight_to_invoice": "freight {freight} still to invoice",
    "invoiced_on_delivery": "invoiced on delivery {delivered} + {terms} days terms",
    "rfq": "request for quotation",
    "confirmed_po": "confirmed",
    "left_to_bill": "{left} units left to bill",
    "billed_on_receipt": "billed on receipt {received} + {terms} days terms",
    "forecast": "forecast {freq} run {run} ({method}): {units} units sold {first} to {last} x "
    "{unit} (list price {price} with sales tax)",
    "collected_history": "collected {days} days after the sale (weighted median of {paid} "
    "paid invoices)",
    "collected_terms": "collected {days} days after the sale (the company's default terms; "
    "too few paid invoices)",
    "replenish": "replenishment: order {qty} on {ordered} (position {position} at or below "
    "the reorder point {reorder_point}; up to {order_up_to}, packs of {pack}) x {unit} "
    "({price} with purchase tax)",
    "paid_after_lead_time": "received after {lead} days, paid {terms} days later (supplier terms)",
}

ZH = {
    "due": "到期日{due}",
    "habit": "按该客户习惯{days}天（{paid}张已付发票按金额加权的中位数）",
    "on_terms": "客户按账期（已付发票{paid}张，少于{needed}张）",
    "already_past": "预计{expected}，已过",
    "credit_note_against": "贷项通知单在{invoice}付款时抵扣",
    "payment_against": "未核销的付款在{invoice}付款时抵扣",
    "credit_note_alone": "贷项通知单：没有可抵扣的未结发票",
    "payment_alone": "未核销的付款：没有可抵扣的未结发票",
    "refund_open": "已退款但未核销到贷项通知单：现在未结",
    "left_to_invoice": "待开票{left}件",
    "freight_to_invoice": "运费{freight}待开票",
    "invoiced_on_delivery": "于交货日{delivered}开票，账期{terms}天",
    "rfq": "询价单",
    "confirmed_po": "已确认",
    "left_to_bill": "待收票{left}件",
    "billed_on_receipt": "于收货日{received}收票，账期{terms}天",
    "forecast": "需求预测（{freq}，运行{run}，{method}）：{first}至{last}售出{units}件 × "
    "{unit}（标价{price}含销项税）",
    "collected_history": "销售后{days}天收款（{paid}张已付发票按金额加权的中位数）",
    "collected_terms": "销售后{days}天收款（公司默认账期；已付发票太少）",
    "replenish": "补货：{ordered}下单{qty}件（库存位置{position}不高于再订货点{reorder_point}；"
    "补到{order_up_to}，每包{pack}）× {unit}（{price}含进项税）",
    "paid_after_lead_time": "{lead}天后到货，再过{terms}天付款（供应商账期）",
}

PHRASEBOOKS = {"en": EN, "zh": ZH}


def reason(rule: str, **facts: object) -> Reason:
    if rule not in EN:
        raise KeyError(f"no words for the cash rule {rule!r}")
    return Reason(rule=rule, facts={k: str(v) for k, v in facts.items()})


def say(reasons: list[Reason], lang: str = "en") -> str:
    """The reasons as one sentence in `lang`."""
    words = PHRASEBOOKS.get(lang)
    if words is None:
        raise InvalidInput("lang", f"{lang!r} is not one of {', '.join(PHRASEBOOKS)}")
    return ("；" if lang == "zh" else "; ").join(words[r.rule].format(**r.facts) for r in reasons)
