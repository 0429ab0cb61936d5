"""The reader's flags, and the notes of a supplier message's proposal and of a draft order:
written from one template each and parsed back to it, values and all, so that a page can say
them in its own language."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest

from smarterp.intel.docs import flags
from smarterp.web.i18n import Translator, catalogue
from smarterp.web.messages import flag_label

ALL = (*flags.TEMPLATES, *flags.REASONS, *flags.PROPOSAL_NOTES, *flags.DRAFT_NOTES)
# A line's flag in a draft's notes parses only around a flag: it is checked on its own below.
PLAIN = tuple(t for t in ALL if t != flags.LINE_FLAG)
ZH: Any = SimpleNamespace(tr=Translator("zh"))
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _values(template: str) -> dict[str, str]:
    return {name: f"'{name} (x) or y'" for name in re.findall(r"\{(\w+)\}", template)}


@pytest.mark.parametrize("template", PLAIN)
def test_each_flag_parses_back_to_its_template(template: str) -> None:
    values = _values(template)
    assert flags.parse(template.format(**values)) == (template, values)


def test_a_flag_written_elsewhere_is_no_template() -> None:
    assert flags.parse("language model unavailable: timed out") is None
    assert flags.parse("Chai: a note no template wrote") is None


def test_a_lines_flag_in_a_draft_parses_around_the_flag() -> None:
    inner = flags.PACK_UNCLEAR.format(readings="5 × Chai or 60 × Chai")
    note = flags.LINE_FLAG.format(product="Chai", flag=inner)
    assert note == "Chai: pack unclear: 5 × Chai or 60 × Chai"
    assert flags.parse(note) == (flags.LINE_FLAG, {"product": "Chai", "flag": inner})
    assert flag_label(ZH, note) == "Chai：包装不明：5 × Chai or 60 × Chai"


@pytest.mark.parametrize("template", (*flags.PROPOSAL_NOTES, *flags.DRAFT_NOTES))
def test_each_note_is_said_in_chinese_with_its_values(template: str) -> None:
    values = _values(template)
    if template == flags.LINE_FLAG:
        values["flag"] = flags.FRACTIONAL
    said = flag_label(ZH, template.format(**values))
    assert _CJK.search(said), said
    assert all(v in said for k, v in values.items() if k != "flag"), said


def test_a_notes_words_are_said_in_chinese_too() -> None:
    note = flags.NOTHING_EXPECTED.format(number="PO00012", what="cancelled")
    assert note == "PO00012 is cancelled: nothing is expected any more"
    assert flag_label(ZH, note) == "PO00012 已取消：不再有待到货物"
    billed = flags.NOT_BILLABLE.format(number="PO00012", state="rfq")
    assert flag_label(ZH, billed) == "PO00012 询价中：不能开账单"


def test_every_flag_and_its_words_are_said_in_chinese() -> None:
    zh = catalogue("zh")
    for text in (*ALL, *flags.WORDS):
        assert text in zh, text
        # (the same values, perhaps in another order)
        assert sorted(re.findall(r"\{\w+\}", zh[text])) == sorted(re.findall(r"\{\w+\}", text))
