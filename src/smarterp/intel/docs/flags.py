"""What the reader says to a person about a reading it doubts: each flag's wording in one place,
written by the reader with its values and parsed back, so that a page can show it in the
reader's language (the English text is stored with the reading)."""

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
    """The template a flag was written from and its values; None for a flag written
    elsewhere (a draft's or a model's note)."""
    for template in TEMPLATES:
        m = _pattern(template).match(flag)
        if m is not None:
            return template, m.groupdict()
    return None
