"""Whether words typed in the one box are a command (propose a change) or a question (ask)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from smarterp.intel.act import books
from smarterp.intel.act.parser import DRAFT_TARGET, EDIT_KINDS, read

# Words that make a sentence a question, whatever verbs it holds: "how many orders did we
# deliver", "哪些订单已发货". A command is said, not asked.
_QUESTION = re.compile(
    r"[?？]\s*$|^\s*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|"
    r"did|can|could|show|list|top|compare|give me|tell me|average|mean|total|sum|"
    r"number of|count of)\b|吗[?？]?\s*$|呢[?？]?\s*$|"
    r"哪|什么|多少|几个|几家|谁|是否|有没有|为什么|怎么样|排名|前\s*\d+\s*[名个家]",
    re.IGNORECASE,
)
# Cue kinds that never make a command on their own: a request to wipe records is refused,
# not proposed, and says nothing about what else the words ask for.
_NOT_AN_OPERATION = {"destroy"}


def is_command(session: Session, text: str, today: date | None = None) -> bool:
    """True when `text` asks for a change the act layer knows (create, confirm, deliver, pay,
    set a price...) and is not worded as a question. A wrong guess is harmless: a command only
    ever becomes a proposal that a person confirms or leaves."""
    if not text.strip() or _QUESTION.search(text):
        return False
    command, _ = read(session, text, today or date.today())
    kinds = set(command.cues) - _NOT_AN_OPERATION
    # "add", "change ... to 8" and "remove" ask for a change of lines only next to an order.
    if not books.order_numbers(command.text) and not re.search(DRAFT_TARGET, command.masked):
        kinds -= EDIT_KINDS
    return bool(kinds)
