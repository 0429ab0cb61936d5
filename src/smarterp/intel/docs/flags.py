"""What the reader says to a person about a reading: each flag it doubts and each reason it
linked a sender, worded in one place, written with their values and parsed back, so that a page
can show them in the reader's language (the English text is stored with the reading).
The notes on a supplier message's proposal and on a draft order are worded here the same way."""

from __future__ import annotations

import re
from functools import cache

NAMED_IN_PART = "product named in part"
FRACTIONAL = "fractional quantity"
PACK_FROM_HISTORY = "pack from the customer's earlier orders"
PACK_UNCLEAR = "pack unclear: {readings}"
NO_LONGER_SOLD = "{product} is no longer sold"
PARTY_UNCLEAR = "{who} unclear ({why})"
FROM_FORWARD = "lines taken from the forwarded message the sender asks to process"
COULD_BE = "{text} could be {names}"
NAMED_BUT_UNREAD = "{text} is named with a figure but read into no line"
COUNTED_BUT_UNNAMED = "{text} counts something no goods were read from"

TEMPLATES = (
    NAMED_IN_PART,
    FRACTIONAL,
    PACK_FROM_HISTORY,
    PACK_UNCLEAR,
    NO_LONGER_SOLD,
    PARTY_UNCLEAR,
    FROM_FORWARD,
    COULD_BE,
    NAMED_BUT_UNREAD,
    COUNTED_BUT_UNNAMED,
)
# Why a sender was linked to a partner (the most specific wording first: "mail domain X is the
# partner's own" is not "mail domain {domain}" with a longer domain).
SENDER_ADDRESS = "sender address {address}"
OWN_DOMAIN = "mail domain {domain} is the partner's own"
LINKED_BY_PERSON = "sender {alias}, linked by a person"
SENDER_IS_CONTACT = "sender {display} is the contact"
ADDRESS_SPELLS_CONTACT = "address {address} spells the contact"
NAME_IN_FULL = "company name {name} written in full"
NAME_CLOSE = "company name close to {name}"
NAME_IN_TEXT = "company name {name} in the text"
PIECE_IN_TEXT = "name {piece} in the text"
CONTACT_SIGNS = "contact {contact} signs the text"
CONTACT_IN_TEXT = "contact {contact} in the text"
DOMAIN_SPELLS = "mail domain {domain}"
FORWARDS = "forwards a message from {address}"
CITES = "cites {document}"
SAME_SENDER = "the same sender or chat as earlier"
REASONS = (
    SENDER_ADDRESS, OWN_DOMAIN, LINKED_BY_PERSON, SENDER_IS_CONTACT, ADDRESS_SPELLS_CONTACT,
    NAME_IN_FULL, NAME_CLOSE, NAME_IN_TEXT, PIECE_IN_TEXT, CONTACT_SIGNS, CONTACT_IN_TEXT,
    DOMAIN_SPELLS, FORWARDS, CITES, SAME_SENDER,
)  # fmt: skip
# What a supplier message's proposal leaves to a person (unresolved) or asks to check (warnings).
NO_SUPPLIER = "the message is linked to no supplier: link it first"
OTHER_SUPPLIERS_ORDER = "{number} is an order with {other}, not {supplier}"
SEVERAL_ORDERS = "the message names several purchase orders ({numbers})"
NO_ORDER = "the message names no purchase order of {supplier}: a person finds the order"
NO_PRODUCT = "the message names no product {supplier} supplies: a person finds the product"
PRICE_ALREADY = "{product}: the books already have {price}"
LARGE_MOVE = (
    "{product}: {old} -> {new} moves by more than half; check that both are per the same unit"
)
NO_EFFECTIVE_DATE = "the message gives no date: the new price applies at once"
EFFECTIVE_LATER = "the new price takes effect on {effective}; applying now uses it from today"
NO_PRICE = "{product}: the message states no price"
WHICH_PRICE = "{product}: the message does not say which of {stated} is the new price"
OLD_PRICE_DIFFERS = (
    "{product}: the message gives the old price as {value}; the books have {current}"
)
NOTHING_EXPECTED = "{number} is {what}: nothing is expected any more"
NO_NEW_DATE = "the message names no new date: a person asks the supplier"
SEVERAL_DATES = "the message names several dates ({dates})"
BEFORE_ORDERED = "{date} is before {number} was ordered"
BEFORE_SENT = "{date} lies before the message was sent"
NOT_BILLABLE = "{number} is {state}: it cannot be billed"
BILLED_ALREADY = "supplier reference {ref} is already on bill {bill}: a bill is entered once"
NO_INVOICE_NUMBER = "no invoice number in the message: the bill has no reference"
NOTHING_TO_BILL = (
    "nothing on {number} is received and not billed, and the message states no lines: "
    "a person enters the bill"
)
BILLED_OVER = "{line}: the bill asks for {quantity}, only {received} received and not billed"
BILLED_PRICE = "{line}: billed at {price} per unit, ordered at {ordered}"
STATED_TOTAL = "the message states {stated}; this bill comes to {total}"
NO_PRODUCT_OF_ORDER = "the message names no product of the order: all its lines shown"
PROPOSAL_NOTES = (
    NO_SUPPLIER, OTHER_SUPPLIERS_ORDER, SEVERAL_ORDERS, NO_ORDER, NO_PRODUCT, PRICE_ALREADY,
    LARGE_MOVE, NO_EFFECTIVE_DATE, EFFECTIVE_LATER, NO_PRICE, WHICH_PRICE, OLD_PRICE_DIFFERS,
    NOTHING_EXPECTED, NO_NEW_DATE, SEVERAL_DATES, BEFORE_ORDERED, BEFORE_SENT, NOT_BILLABLE,
    BILLED_ALREADY, NO_INVOICE_NUMBER, NOTHING_TO_BILL, BILLED_OVER, BILLED_PRICE, STATED_TOTAL,
    NO_PRODUCT_OF_ORDER,
)  # fmt: skip
# What a draft order's notes add to the reading's flags. A line's flag goes with its product
# ("Chai: fractional quantity"): its `flag` is itself a flag, and only a flag parses as one.
CHANGED_LINES = "the sender changes an existing order: these lines are the changed ones"
LEFT_OUT = "{product} is no longer sold; line left out"
LINE_FLAG = "{product}: {flag}"
REQUESTED_BEFORE = "requested date {requested} lies before the order date; left empty"
NO_REQUESTED_DATE = "no requested date in the message"
DRAFT_NOTES = (CHANGED_LINES, LEFT_OUT, REQUESTED_BEFORE, NO_REQUESTED_DATE, LINE_FLAG)
# Words a flag's values take from a small set ("customer unclear (too weak)", "PO00012 is
# cancelled: ..."), themselves said in the reader's language.
WORDS = (
    "customer", "sender", "too weak", "two partners fit equally", "no partner fits",
    "received in full", "cancelled", "rfq",
)  # fmt: skip


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(
        re.escape(part) if k % 2 == 0 else f"(?P<{part}>.+?)" for k, part in enumerate(parts)
    )
    return re.compile(f"^{body}$", re.DOTALL)


def parse(flag: str) -> tuple[str, dict[str, str]] | None:
    """The template a flag, a reason or a note was written from and its values; None for one
    written elsewhere (a model's note)."""
    for template in (*TEMPLATES, *REASONS, *PROPOSAL_NOTES, *DRAFT_NOTES):
        m = _pattern(template).match(flag)
        if m is not None and (template != LINE_FLAG or parse(m["flag"]) is not None):
            return template, m.groupdict()
    return None
