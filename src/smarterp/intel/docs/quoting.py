"""Where a message's own words end and quoted or forwarded text begins."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CUT_MARKERS = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:original message|forwarded message|原始邮件|转发的?邮件|原邮件)\s*-{2,}"
    r"|begin forwarded message:?|_{5,}"
    r"|on .{3,80}wrote:\s*$|.{0,80}写道[:：]\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(
    r"^[ \t>]*(?:from|von|de|发件人|寄件者)\s*[:：].*\n(?:.*\n){0,2}?[ \t>]*"
    r"(?:sent|date|gesendet|to|subject|发送时间|日期|收件人|主题)\s*[:：]",
    re.IGNORECASE | re.MULTILINE,
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
    if cut < len(body):
        ranges.append((cut, len(body)))
    offset, listing = 0, False
    previous = ""
    for line in body[:cut].splitlines(keepends=True):
        marked = line.lstrip().startswith(">")
        # "> 7 x Tea" lines right under the writer's own "...as follows:" are a list the
        # writer marks with arrows, not an earlier message quoted.
        if marked and not listing:
            intro = previous.strip()
            listing = (
                intro.endswith((":", "："))
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


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """The text with the given ranges replaced by spaces (newlines kept), offsets unchanged."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
