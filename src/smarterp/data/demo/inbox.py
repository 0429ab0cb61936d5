"""The demo inbox: customer and supplier e-mails and chats, in English and Chinese, as text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Text:
    subject: str | None
    body: str


def _items(lines: list[tuple[str, str, int]], zh: bool) -> str:
    """Order lines as a short list: (English name, Chinese name, quantity)."""
    if zh:
        return "\n".join(f"- {name_zh} × {q}" for _, name_zh, q in lines)
    return "\n".join(f"- {q} x {name}" for name, _, q in lines)


def order_request(
    zh: bool, contact: str, ref: str, lines: list[tuple[str, str, int]], by: date, chat: bool
) -> Text:
    items = _items(lines, zh)
    if zh:
        if chat:
            return Text(None, f"你好，我们要下一单（单号 {ref}），{by:%m月%d日}前送到：\n{items}")
        return Text(
            f"采购订单 {ref}",
            f"您好，\n\n请按以下清单备货，并于{by:%Y年%m月%d日}前送达：\n{items}\n\n"
            f"我方订单号：{ref}。请确认，谢谢！\n\n{contact}",
        )
    if chat:
        return Text(None, f"Hi, new order {ref} please, needed by {by:%d %b}:\n{items}")
    return Text(
        f"Purchase order {ref}",
        f"Hello,\n\nPlease supply the following, delivered by {by:%d %B %Y}:\n{items}\n\n"
        f"Our reference is {ref}. Kindly confirm.\n\nBest regards,\n{contact}",
    )


def order_confirmation(zh: bool, ref: str, number: str, total: str) -> Text:
    if zh:
        return Text(
            f"订单确认 {number}",
            f"您好，贵司订单 {ref} 已确认，我方销售单号 {number}，含税金额 {total}。",
        )
    return Text(
        f"Order confirmation {number}",
        f"Thank you for your order {ref}. It is confirmed as {number}, total {total} incl. VAT.",
    )


def late_delivery(zh: bool, contact: str, number: str, due: date, chat: bool) -> Text:
    if zh:
        body = (
            f"订单 {number} 说好{due:%m月%d日}到货，到现在还没收到，请尽快安排发货并告知物流单号。"
        )
        return Text(
            None if chat else f"催货：{number} 延迟交货", body if chat else f"{body}\n\n{contact}"
        )
    body = (
        f"Our order {number} was due on {due:%d %b %Y} and has still not arrived. "
        "Please ship it as soon as possible and send us the tracking number."
    )
    return Text(
        None if chat else f"Late delivery of {number}", body if chat else f"{body}\n\n{contact}"
    )


def invoice_question(zh: bool, contact: str, number: str, total: str, order: str) -> Text:
    if zh:
        return Text(
            f"关于发票 {number}",
            f"您好，发票 {number}（订单 {order}）金额为 {total}，与我们的记录不一致，"
            f"请核对运费和折扣后重新开具或说明。\n\n{contact}",
        )
    return Text(
        f"Question about invoice {number}",
        f"Hello, invoice {number} for order {order} shows {total}, which does not match our "
        f"records. Could you check the shipping and discounts and send a corrected copy?\n\n"
        f"{contact}",
    )


def payment_reminder(zh: bool, number: str, residual: str, due: date) -> Text:
    if zh:
        return Text(
            f"付款提醒：发票 {number}",
            f"您好，发票 {number} 已于{due:%Y年%m月%d日}到期，尚欠 {residual}，请尽快安排付款。",
        )
    return Text(
        f"Payment reminder: invoice {number}",
        f"Dear customer, invoice {number} fell due on {due:%d %B %Y} and {residual} is still "
        "open. Please arrange payment at your earliest convenience.",
    )


def credit_hold(zh: bool, number: str) -> Text:
    if zh:
        return Text(
            f"订单 {number} 暂缓", f"您好，订单 {number} 超出信用额度，付清到期发票后即可发货。"
        )
    return Text(
        f"Order {number} on hold",
        f"Your order {number} exceeds your credit limit; it will ship once overdue invoices "
        "are settled.",
    )


def damaged_goods(zh: bool, contact: str, number: str, product: str, q: int) -> Text:
    if zh:
        return Text(
            f"退货申请 {number}",
            f"您好，订单 {number} 中的{product}有 {q} 件破损，"
            f"申请退货并开具红字发票。\n\n{contact}",
        )
    return Text(
        f"Return request for {number}",
        f"Hello, {q} units of {product} on order {number} arrived damaged. We would like to "
        f"return them and receive a credit note.\n\n{contact}",
    )


def price_change(zh: bool, contact: str, product: str, old: str, new: str, on: date) -> Text:
    if zh:
        return Text(
            f"调价通知：{product}",
            f"尊敬的客户，因原材料成本上涨，{product}的供货价将自{on:%Y年%m月%d日}起由 {old} "
            f"调整为 {new}。感谢理解与支持！\n\n{contact}",
        )
    return Text(
        f"Price change: {product}",
        f"Dear customer, due to higher raw material costs the price of {product} will change "
        f"from {old} to {new} per unit from {on:%d %B %Y}. Thank you for your understanding.\n\n"
        f"{contact}",
    )


def supplier_delay(zh: bool, contact: str, number: str, new_date: date) -> Text:
    if zh:
        return Text(
            f"交期延迟：{number}",
            f"您好，贵司采购单 {number} 因产能紧张将延迟发货，预计{new_date:%m月%d日}到货，"
            f"给您带来不便深表歉意。\n\n{contact}",
        )
    return Text(
        f"Delivery delay on {number}",
        f"Hello, due to a capacity shortage your purchase order {number} will ship late; "
        f"expected arrival is now {new_date:%d %B %Y}. Apologies for the inconvenience.\n\n"
        f"{contact}",
    )


def po_acknowledged(zh: bool, contact: str, number: str, ship: date) -> Text:
    if zh:
        return Text(
            f"订单确认：{number}",
            f"您好，已收到贵司采购单 {number}，我们将按期备货，"
            f"预计{ship:%m月%d日}到货。\n\n{contact}",
        )
    return Text(
        f"Order acknowledgement {number}",
        f"Hello, we have received your purchase order {number} and expect delivery on "
        f"{ship:%d %B %Y}.\n\n{contact}",
    )
