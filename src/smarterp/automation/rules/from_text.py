"""A rule from a sentence, offline, in English or Chinese: "when an invoice is 30 days overdue,
email the customer a reminder" becomes a definition the person reviews before saving.

Each language is one object holding its patterns; the parser asks each for a trigger, the
conditions and the actions it can find, and refuses (naming what is missing) rather than
guess a rule nobody said."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from smarterp.automation.rules import definition
from smarterp.core.errors import InvalidInput

NUMBER = r"(\d+(?:[.,]\d+)?)"
# After an amount: not a share or a number of days ("over 30 days", "超过30天").
NOT_A_COUNT = r"(?!\d|[.,]\d)(?!\s*(?:%|％|天|日|days?\b))"
TIME = re.compile(r"(\d{1,2})\s*(?::|点)\s*(\d{2})?")
# How far (in characters) from "to approve" the approver's title may stand.
APPROVER_REACH = 40
# What follows a customer group's name in English ("wholesale customers", "VIP accounts").
CUSTOMERS = r"(?:customers?|clients?|accounts?|buyers?|orders?)\b"
DIGEST_BODY = "{% for a in open_alerts %}- [{{ a.severity }}] {{ a.summary }}\n{% endfor %}"


@dataclass(frozen=True)
class Language:
    """The words of one language for triggers, conditions and actions."""

    code: str
    overdue: re.Pattern[str]  # days overdue of an invoice (group 1)
    weekly: re.Pattern[str]  # weekday (group 1), hour (2), minute (3)
    daily: re.Pattern[str]  # hour (1), minute (2)
    month_end: re.Pattern[str]
    events: tuple[tuple[re.Pattern[str], str], ...]
    amount_over: re.Pattern[str]
    discount_over: re.Pattern[str]
    email_customer: re.Pattern[str]
    email_to: re.Pattern[str]  # an address (group 1)
    task_for: re.Pattern[str]  # a username (group 1)
    alert: re.Pattern[str]
    draft_rfq: re.Pattern[str]
    webhook: re.Pattern[str]  # a topic (group 1), optional
    digest: re.Pattern[str]
    attach: re.Pattern[str]  # "with the invoice": its document attached
    approve: re.Pattern[str]  # "ask a sales manager to approve"
    # Who is asked, in words -> the role (the one named nearest the asking words wins).
    approvers: tuple[tuple[re.Pattern[str], str], ...]
    # The kinds of order a sentence may name without saying when ("purchase orders above
    # 5000 need approval"): a request for approval then fires as one is created.
    orders: tuple[tuple[re.Pattern[str], str], ...]
    weekdays: dict[str, int]
    afternoon: re.Pattern[str]
    # A customer group named in the sentence: `{name}` stands for a segment of the books
    # ("for wholesale customers", "批发客户"); the usual groups' own words -> their name.
    segment_named: str = ""
    segment_words: tuple[tuple[re.Pattern[str], str], ...] = ()
    texts: dict[str, str] = field(default_factory=dict)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ENGLISH = Language(
    code="en",
    overdue=_p(
        rf"\b{NUMBER}\s*days?\s+(?:overdue|late|past\s+due)|overdue\s+(?:by\s+)?{NUMBER}\s*days?"
    ),
    weekly=_p(
        r"every\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
        r"(?:\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?)?"
    ),
    daily=_p(r"every\s+(?:day|morning)(?:\s+at)?\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?"),
    month_end=_p(r"\b(?:end\s+of\s+(?:the\s+|each\s+|every\s+)?month|month[\s-]end)\b"),
    events=(
        (_p(r"purchase\s+orders?\b.{0,40}?\bconfirmed"), "purchase_order.confirmed"),
        (_p(r"\b(?:sales\s+)?orders?\b.{0,40}?\bconfirmed"), "sales_order.confirmed"),
        (
            _p(
                r"purchase\s+orders?\b.{0,40}?\b(?:created|entered|raised)|new\s+purchase\s+orders?"
            ),
            "purchase_order.created",
        ),
        (
            _p(
                r"\b(?:sales\s+)?orders?\b.{0,40}?\b(?:created|entered|placed)|new\s+(?:sales\s+)?orders?"
            ),
            "sales_order.created",
        ),
        (
            _p(r"stock\s+(?:falls|drops|goes|is)\s+below|below\s+(?:the\s+)?reorder"),
            "stock.below_reorder_level",
        ),
        (_p(r"alert\s+(?:is\s+)?raised|new\s+alert"), "alert.raised"),
        (
            _p(r"(?:message|email|mail)\s+(?:is\s+)?(?:received|arrives|comes\s+in)"),
            "message.received",
        ),
        (_p(r"invoice\s+(?:is\s+)?(?:posted|issued|sent)"), "invoice.posted"),
        (_p(r"payment\s+(?:is\s+)?(?:received|registered)"), "payment.registered"),
    ),
    amount_over=_p(
        rf"(?:over|above|more\s+than|exceeds?|greater\s+than)\s+\$?{NUMBER}{NOT_A_COUNT}"
    ),
    discount_over=_p(
        rf"discount\s+(?:is\s+|of\s+)?(?:over|above|more\s+than|exceeds?)\s+{NUMBER}\s*%"
        rf"|(?:over|above|more\s+than)\s+{NUMBER}\s*%\s+(?:discount|off)\b"
    ),
    email_customer=_p(r"\b(?:e-?mail|send)\b.*\b(?:customer|client|partner)\b"),
    email_to=_p(r"\b(?:e-?mail|send)\b.*?\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
    task_for=_p(
        r"(?:assign|give)\s+(?:(?:a|the)\s+task\s+)?(?:it\s+)?to\s+([\w.-]+)|task\s+for\s+([\w.-]+)"
    ),
    alert=_p(r"raise\s+an?\s+alert|\balert\s+me\b"),
    draft_rfq=_p(
        r"reorder\s+proposals?|(?:draft\s+)?rfqs?\b|propose\s+(?:reorders|purchases)|replenish"
    ),
    webhook=_p(r"(?:call|notify|post\s+to)\s+(?:the\s+)?webhooks?(?:\s+([a-z0-9_.]+))?"),
    digest=_p(r"\bdigest\b|summary\s+of\s+(?:the\s+)?(?:open\s+)?alerts"),
    attach=_p(r"\b(?:with|attach(?:ing)?)\s+(?:the\s+|a\s+copy\s+of\s+the\s+)?(?:invoice|order)\b"),
    approve=_p(
        r"\b(?:ask|get|have|has|needs?|requires?|wait\s+for|must|should)\b.{0,40}?\bapprov"
        r"(?:e|al|ed)\b|\bapprov(?:al|ed)\s+(?:by|from)\b|\bhold\b.{0,40}?\bfor\s+approval"
    ),
    approvers=(
        (_p(r"\bsales\s+(?:manager|team|lead|head|director)|\bsales\b"), "sales"),
        (_p(r"\b(?:purchasing|procurement|buyer|purchase\s+manager)"), "purchasing"),
        (_p(r"\b(?:accountant|finance|controller|cfo|bookkeeper)"), "accountant"),
        (_p(r"\b(?:admin|owner|director|boss|ceo|general\s+manager)"), "admin"),
    ),
    orders=(
        (_p(r"\bpurchase\s+orders?\b|\bPOs?\b"), "purchase_order"),
        (_p(r"\b(?:sales\s+)?orders?\b"), "sales_order"),
    ),
    segment_named=rf"\b{{name}}\s+{CUSTOMERS}|\bsegment\s+{{name}}\b|\b{{name}}\s+segment\b",
    segment_words=(
        (_p(rf"\bwholesale\s+{CUSTOMERS}|\bwholesalers?\b"), "Wholesale"),
        (_p(rf"\bretail\s+{CUSTOMERS}|\bretailers\b"), "Retail"),
        (_p(r"\bdistributors?\b"), "Distributor"),
    ),
    weekdays={
        d: i
        for i, d in enumerate(
            ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
        )
    },
    afternoon=_p(r"\bpm\b"),
    texts={
        "reminder_subject": "Payment reminder: invoice {{ number }}",
        "reminder_body": (
            "Dear {{ partner }},\n\nour invoice {{ number }} of {{ amount }} {{ currency }} "
            "was due on {{ due_date }} and is {{ days_overdue }} days overdue; {{ amount_due }} "
            "{{ currency }} is still open. Please arrange payment at your earliest "
            "convenience.\n\nThank you."
        ),
        "notice_subject": "{{ topic }}: {{ number | default('') }}",
        "notice_body": "{{ topic }} {{ number | default('') }} {{ partner | default('') }}",
        "digest_subject": "Open alerts: {{ open_alert_count }}",
        "digest_body": DIGEST_BODY,
        "task_title": "Follow up {{ record_type | default('') }} {{ number | default('') }}",
        "alert_summary": "Rule fired on {{ topic }} {{ number | default('') }}",
        "approval_note": "{{ amount }} {{ currency }}",
        "approval_note_discount": "{{ max_discount }}% discount, {{ amount }} {{ currency }}",
    },
)

CHINESE = Language(
    code="zh",
    overdue=_p(
        rf"(?:逾期|过期|超期|拖欠)\s*(?:超过)?\s*{NUMBER}\s*天|{NUMBER}\s*天\s*(?:未付|未收|逾期)"
    ),
    weekly=_p(
        r"每(?:周|星期|礼拜)([一二三四五六日天])(?:\s*(?:早上|上午|下午|晚上)?\s*(\d{1,2})\s*[点:：]\s*(\d{2})?)?"
    ),
    daily=_p(r"每天\s*(?:早上|上午|下午|晚上)?\s*(\d{1,2})\s*[点:：]\s*(\d{2})?"),
    month_end=_p(r"月底|月末"),
    events=(
        (_p(r"采购(?:订)?单.{0,4}确认"), "purchase_order.confirmed"),
        (_p(r"(?:销售)?订单.{0,10}确认|确认.{0,2}(?:销售)?订单"), "sales_order.confirmed"),
        (
            _p(r"(?:新建|创建|新的?|录入).{0,2}采购(?:订)?单|采购(?:订)?单.{0,4}(?:创建|录入)"),
            "purchase_order.created",
        ),
        (
            _p(r"(?:新建|创建|新的?|录入|下).{0,2}(?:销售)?订单|(?:销售)?订单.{0,4}(?:创建|录入)"),
            "sales_order.created",
        ),
        (_p(r"库存.{0,6}低于|低于.{0,4}(?:再订货点|订货点|安全库存)"), "stock.below_reorder_level"),
        (_p(r"(?:出现|产生|有)(?:新)?(?:预警|告警)"), "alert.raised"),
        (_p(r"收到.{0,4}(?:消息|邮件)"), "message.received"),
        (_p(r"发票.{0,4}(?:过账|开出|开具)"), "invoice.posted"),
        (_p(r"收到.{0,4}(?:付款|货款|回款)"), "payment.registered"),
    ),
    amount_over=_p(rf"(?:金额)?(?:超过|大于|高于|多于)\s*{NUMBER}{NOT_A_COUNT}"),
    discount_over=_p(rf"折扣.{{0,4}}(?:超过|大于|高于)\s*{NUMBER}\s*[%％]"),
    email_customer=_p(
        r"(?:给|向|通知)客户.{0,6}(?:发|邮件|提醒)|(?:发|寄).{0,6}(?:邮件|提醒).{0,4}给客户|邮件.{0,4}客户"
    ),
    email_to=_p(r"(?:发|寄|邮件).{0,10}?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
    task_for=_p(r"(?:分配|指派|交)给\s*([\w.-]+)|给\s*([\w.-]+)\s*(?:建|创建|分配)(?:一个)?任务"),
    alert=_p(r"(?:发出|发起|产生)(?:一个)?(?:预警|告警)"),
    draft_rfq=_p(r"补货建议|询价单|补货|采购建议"),
    webhook=_p(r"调用\s*webhooks?(?:\s+([a-z0-9_.]+))?"),
    digest=_p(r"汇总|摘要"),
    attach=_p(r"(?:附上|附带|附|带上|连同)(?:该|这张)?(?:发票|订单)"),
    approve=_p(r"审批|批准|核准|审核"),
    approvers=(
        (_p(r"销售"), "sales"),
        (_p(r"采购"), "purchasing"),
        (_p(r"财务|会计"), "accountant"),
        (_p(r"老板|总经理|管理员|(?<!销售|采购|财务)主管"), "admin"),
    ),
    orders=(
        (_p(r"采购(?:订)?单"), "purchase_order"),
        (_p(r"(?:销售)?订单"), "sales_order"),
    ),
    segment_named=r"{name}\s*类?(?:客户|客人|买家)|{name}\s*(?:客户)?(?:分组|类别|群体)",
    segment_words=(
        (_p(r"批发"), "Wholesale"),
        (_p(r"零售"), "Retail"),
        (_p(r"经销商|分销商|代理商"), "Distributor"),
    ),
    weekdays={"日": 0, "天": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6},
    afternoon=_p(r"下午|晚上"),
    texts={
        "reminder_subject": "付款提醒：发票 {{ number }}",
        "reminder_body": (
            "{{ partner }}，您好：\n\n发票 {{ number }}（金额 {{ amount }} {{ currency }}）已于 "
            "{{ due_date }} 到期，目前逾期 {{ days_overdue }} 天，尚欠 {{ amount_due }} "
            "{{ currency }}。请尽快安排付款。\n\n谢谢！"
        ),
        "notice_subject": "{{ topic }}：{{ number | default('') }}",
        "notice_body": "{{ topic }} {{ number | default('') }} {{ partner | default('') }}",
        "digest_subject": "未处理预警：{{ open_alert_count }} 条",
        "digest_body": DIGEST_BODY,
        "task_title": "跟进 {{ record_type | default('') }} {{ number | default('') }}",
        "alert_summary": "规则触发：{{ topic }} {{ number | default('') }}",
        "approval_note": "{{ amount }} {{ currency }}",
        "approval_note_discount": "折扣 {{ max_discount }}%，{{ amount }} {{ currency }}",
    },
)

LANGUAGES = (ENGLISH, CHINESE)
HAN = re.compile(r"[\u4e00-\u9fff]")


def language_of(text: str) -> Language:
    return CHINESE if HAN.search(text) else ENGLISH


def _number(text: str) -> float | int:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def _hour(hour: str | None, minute: str | None, pm: bool) -> tuple[int, int]:
    h = int(hour) if hour else 8
    if pm and h < 12:
        h += 12
    return h, int(minute) if minute else 0


def _trigger(lang: Language, text: str) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    """The trigger, the conditions it implies, and a word for the rule's name."""
    overdue = lang.overdue.search(text)
    if overdue:
        days = _number(next(g for g in overdue.groups() if g))
        condition = {"field": "days_overdue", "op": ">=", "value": days}
        return {"check": "overdue_invoices"}, [condition], f"overdue-{days}d"
    pm = bool(lang.afternoon.search(text))
    weekly = lang.weekly.search(text)
    if weekly:
        day = weekly.group(1).lower()
        number = lang.weekdays[day]
        hour, minute = _hour(weekly.group(2), weekly.group(3), pm or _is_pm(weekly))
        return {"schedule": f"{minute} {hour} * * {number}"}, [], f"weekly-{number}"
    if lang.month_end.search(text):
        at = TIME.search(text)
        hour, minute = _hour(at.group(1), at.group(2), pm) if at else (18, 0)
        return {"schedule": f"month end {hour}:{minute:02d}"}, [], "month-end"
    daily = lang.daily.search(text)
    if daily:
        hour, minute = _hour(daily.group(1), daily.group(2), pm or _is_pm(daily))
        return {"schedule": f"{minute} {hour} * * *"}, [], "daily"
    for pattern, topic in lang.events:
        if pattern.search(text):
            return {"event": topic}, [], topic.replace(".", "-").replace("_", "-")
    raise InvalidInput(
        "text",
        "no trigger found: say when, e.g. 'when an invoice is 30 days overdue', "
        "'every Monday 8:00', 'at month end', 'when an order is confirmed'",
    )


def _is_pm(match: re.Match[str]) -> bool:
    last = match.groups()[-1]
    return isinstance(last, str) and last.lower() == "pm"


def _conditions(lang: Language, text: str) -> list[dict[str, Any]]:
    found = []
    discount = lang.discount_over.search(text)
    if discount:
        share = next(g for g in discount.groups() if g)
        found.append({"field": "max_discount", "op": ">", "value": _number(share)})
    amount = lang.amount_over.search(lang.discount_over.sub(" ", text))
    if amount:
        found.append({"field": "amount", "op": ">", "value": _number(amount.group(1))})
    return found


def _actions(lang: Language, text: str, trigger: dict[str, Any]) -> list[dict[str, Any]]:
    t = lang.texts
    found: list[dict[str, Any]] = []
    overdue = trigger.get("check") == "overdue_invoices"
    if lang.draft_rfq.search(text):
        found.append({"kind": "draft_rfq"})
    to_address = lang.email_to.search(text)
    if lang.digest.search(text):
        found.append(
            {
                "kind": "email",
                "to": to_address.group(1) if to_address else "{{ company_email }}",
                "subject": t["digest_subject"],
                "body": t["digest_body"],
            }
        )
    elif lang.email_customer.search(text):
        mail = {
            "kind": "email",
            "to": "{{ partner_email }}",
            "subject": t["reminder_subject"] if overdue else t["notice_subject"],
            "body": t["reminder_body"] if overdue else t["notice_body"],
        }
        if lang.attach.search(text):
            mail["attach"] = "document"
        found.append(mail)
    elif to_address:
        found.append(
            {
                "kind": "email",
                "to": to_address.group(1),
                "subject": t["notice_subject"],
                "body": t["notice_body"],
            }
        )
    task = lang.task_for.search(text)
    asked = lang.approve.search(text)
    if task and asked and task.start() <= asked.start() < task.end():
        task = None  # "交给老板审批": handed to someone to approve, not a task
    if task:
        user = next(g for g in task.groups() if g)
        # A schedule has no record to name: the task says what the person asked for.
        title = t["task_title"] if "schedule" not in trigger else text[:200]
        found.append({"kind": "task", "assignee": user, "title": title})
    if lang.alert.search(text):
        found.append({"kind": "alert", "summary": t["alert_summary"]})
    hook = lang.webhook.search(text)
    if hook:
        found.append({"kind": "webhook", "topic": (hook.group(1) or "notify").lower()})
    approval = _approval(lang, text, trigger)
    if approval:
        found.append(approval)
    if not found:
        raise InvalidInput(
            "text",
            "no action found: say what to do, e.g. 'email the customer a reminder', "
            "'assign a task to anna', 'raise an alert', 'create reorder proposals', "
            "'ask a sales manager to approve'",
        )
    return found


def _approval(lang: Language, text: str, trigger: dict[str, Any]) -> dict[str, Any] | None:
    """A request for approval, to the role the sentence names after the asking words (else the
    team that owns the order: sales for a sale, purchasing for a purchase)."""
    asked = lang.approve.search(text)
    if asked is None:
        return None
    # The role named nearest the asking words ("purchase orders ... need finance to approve").
    named = [
        (min(abs(asked.start() - m.end()), abs(m.start() - asked.end())), role)
        for pattern, role in lang.approvers
        for m in pattern.finditer(text)
    ]
    role = min(((d, r) for d, r in named if d <= APPROVER_REACH), default=(0, None))[1]
    topic = str(trigger.get("event") or "")
    if role is None:
        role = "purchasing" if topic.startswith("purchase_order") else "sales"
    discounted = topic.startswith("sales_order") and lang.discount_over.search(text)
    note = lang.texts["approval_note_discount" if discounted else "approval_note"]
    return {"kind": "request_approval", "approver_role": role, "note": note}


def _approval_trigger(lang: Language, text: str) -> tuple[dict[str, Any], list[Any], str]:
    """No "when": a sentence that asks for approval of a kind of order fires as one is created
    (the only moment a rule can hold it); anything else is still refused."""
    kind = next((k for pattern, k in lang.orders if pattern.search(text)), None)
    if kind is None or not lang.approve.search(text):
        return _trigger(lang, text)  # raises, naming what is missing
    topic = f"{kind}.created"
    return {"event": topic}, [], topic.replace(".", "-").replace("_", "-")


def _before_confirmation(trigger: dict[str, Any], actions: list[dict[str, Any]]) -> bool:
    """ "When an order is confirmed, ask X to approve" means before it goes through: a rule
    can hold only a draft, so it fires as the order is created (the person reviews this)."""
    event = str(trigger.get("event") or "")
    wants_approval = any(a["kind"] == "request_approval" for a in actions)
    if wants_approval and event.endswith(".confirmed"):
        trigger["event"] = event.removesuffix(".confirmed") + ".created"
        return True
    return False


def _segment(lang: Language, text: str, segments: Sequence[str]) -> str | None:
    """The customer group the sentence is about, as the books spell it; None if none."""
    for name in sorted(segments, key=len, reverse=True):
        named = lang.segment_named.format(name=re.escape(name))
        if named and re.search(named, text, re.IGNORECASE):
            return name
    for words, usual in lang.segment_words:
        if words.search(text):
            return next((s for s in segments if s.casefold() == usual.casefold()), usual)
    return None


def parse(text: str, segments: Sequence[str] = ()) -> dict[str, Any]:
    """A rule definition (disabled) from a sentence; InvalidInput says what is missing.
    `segments` are the customer groups of the books, so a sentence may name them."""
    words = " ".join(text.split())
    if not words:
        raise InvalidInput("text", "is empty: describe when and what, in one sentence")
    lang = language_of(words)
    try:
        trigger, implied, name = _trigger(lang, words)
    except InvalidInput:
        trigger, implied, name = _approval_trigger(lang, words)
    conditions = implied + _conditions(lang, words)
    segment = _segment(lang, words, segments)
    fields = definition.Trigger.model_validate(trigger).fields()
    if segment and (fields is None or "partner_segment" in fields):
        conditions.append({"field": "partner_segment", "op": "==", "value": segment})
    rule_actions = _actions(lang, words, trigger)
    if _before_confirmation(trigger, rule_actions):
        name = str(trigger["event"]).replace(".", "-").replace("_", "-")
    kinds = "-".join(dict.fromkeys(a["kind"].replace("_", "-") for a in rule_actions))
    rule: dict[str, Any] = {
        "name": f"{name}-{kinds}"[:80].lower(),
        "description": words,
        "enabled": False,
        "trigger": trigger,
    }
    if conditions:
        rule["conditions"] = {"all": conditions}
    rule["actions"] = rule_actions
    definition.parse(rule)  # what the parser makes is a rule that saves
    return rule


def to_yaml(rule: dict[str, Any]) -> str:
    from smarterp.automation.rules.service import dump_yaml

    return dump_yaml({"rules": [rule]})
