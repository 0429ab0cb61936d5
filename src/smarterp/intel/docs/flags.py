"""What the reader says to a person about a reading: each flag it doubts and each reason it
linked a sender, worded in one place, written with their values and parsed back, so that a page
can show them in the reader's language (the English text is stored with the reading)."""

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
# Words a flag's values take from a small set ("customer unclear (too weak)"), themselves said
# in the reader's language.
WORDS = ("customer", "sender", "too weak", "two partners fit equally", "no partner fits")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(
        re.escape(part) if k % 2 == 0 else f"(?P<{part}>.+?)" for k, part in enumerate(parts)
    )
    return re.compile(f"^{body}$", re.DOTALL)


def parse(flag: str) -> tuple[str, dict[str, str]] | None:
    """The template a flag or a reason was written from and its values; None for one written
    elsewhere (a draft's or a model's note)."""
    for template in (*TEMPLATES, *REASONS):
        m = _pattern(template).match(flag)
        if m is not None:
            return template, m.groupdict()
    return None
