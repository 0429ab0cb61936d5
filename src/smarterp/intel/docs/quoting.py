"""Where a message's own words end and quoted or forwarded text begins."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CUT_MARKERS = re.compile(
    # (Hong Kong and Taiwan mail clients: 原始郵件, 轉寄郵件, 寄件者, 寄件日期, 主旨)
    r"^[ \t>]*(?:-{2,}\s*(?:original message|forwarded message|原始[邮郵]件|"
    r"(?:转发|轉寄|轉發)的?[邮郵]件|原[邮郵]件)\s*-{2,}"
    r"|begin forwarded message:?|_{5,}|-{2,}\s*forwarded by .{0,120}?-{2,}"
    r"|on .{3,80}wrote:\s*$|.{0,80}写道[:：]\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(
    r"^[ \t>]*(?:from|von|de|发件人|寄件者)\s*[:：].*\n(?:.*\n){0,2}?[ \t>]*"
    r"(?:sent|date|gesendet|to|subject|发送时间|日期|收件人|主题|寄件日期|收件者|主旨)\s*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
_WROTE_HEADER = re.compile(
    r"[ \t]*(?:on .{3,80}wrote:|.{0,80}写道[:：])[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_WROTE = re.compile(r"(?:wrote|writes|said|schrieb|写道|说)\s*[:：]$", re.IGNORECASE)
_FORWARD_MARKER = re.compile(r"forward|转发|begin forwarded", re.IGNORECASE)


@dataclass(frozen=True)
class Layout:
    """`quoted` holds the (start, end) character ranges of quoted or forwarded text."""

    quoted: tuple[tuple[int, int], ...]
    forwarded: bool

    def is_quoted(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quoted)


# "Could you squeeze in the following for Friday?": the lines below are the writer's list.
_LIST_INTRO = re.compile(r"\b(?:the following|below|as follows)\b|如下|以下|下列", re.IGNORECASE)


_ORDER_INTRO = re.compile(r"\b(?:p\.?o\.?|order|restock|ref)\b|订单|单号|订货|下单", re.IGNORECASE)


def _own_after(lines: list[str], k: int) -> bool:
    """Whether the writer's own words follow the "> " lines that start at line k."""
    rest = [ln for ln in lines[k:] if ln.strip()]
    return any(not ln.lstrip().startswith(">") for ln in rest)


def layout(body: str) -> Layout:
    """Find quoted ranges: '>' lines and everything after a reply or forward header."""
    ranges: list[tuple[int, int]] = []
    cut = len(body)
    forwarded = False
    for pattern in (_CUT_MARKERS, _HEADER_LINE):
        m = pattern.search(body)
        if m is not None and m.start() < cut:
            cut = m.start()
            forwarded = bool(_FORWARD_MARKER.search(m.group(0)))
    below = _written_below(body, cut) if not forwarded else None
    if below is not None:
        # "On Monday, X wrote:" over "> ..." lines, the writer's own words after them: a reply
        # written below the quote. Only the header and the quoted lines are someone else's.
        ranges.append((cut, below))
        cut = len(body)
    elif cut < len(body):
        ranges.append((cut, len(body)))
    # "> " lines between the writer's words about an order ("Restock - PO 123.", the list,
    # "Needed by Friday.") are the writer's own list marks.
    offset, listing = 0, False
    previous = ""
    lines = body[:cut].splitlines(keepends=True)
    for k, line in enumerate(lines):
        marked = line.lstrip().startswith(">")
        # "> 7 x Tea" lines right under the writer's own "...as follows:" are a list the
        # writer marks with arrows, not an earlier message quoted.
        if marked and not listing:
            intro = previous.strip()
            listing = (
                (
                    (_ORDER_INTRO.search(intro) is not None and _own_after(lines, k))
                    or intro.endswith((":", "：", "?", "？"))
                    or _LIST_INTRO.search(intro) is not None
                )
                and not intro.startswith(">")
                and _WROTE.search(intro) is None
            )
        elif not marked:
            listing = False
        if marked and not listing:
            ranges.append((offset, offset + len(line)))
        if line.strip():
            previous = line
        offset += len(line)
    return Layout(tuple(sorted(ranges)), forwarded)


def _written_below(body: str, cut: int) -> int | None:
    """Where the writer's own words start after a "wrote:" header and its "> " lines, or None
    when nothing of theirs follows (the usual reply above the quote)."""
    if cut >= len(body) or not _WROTE_HEADER.match(body, cut):
        return None
    header_end = body.find("\n", cut)
    if header_end < 0:
        return None
    offset, quoted = header_end + 1, False
    for line in body[header_end + 1 :].splitlines(keepends=True):
        if line.lstrip().startswith(">"):
            quoted = True
        elif line.strip():
            return offset if quoted else None
        offset += len(line)
    return None


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """The text with the given ranges replaced by spaces (newlines kept), offsets unchanged."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
