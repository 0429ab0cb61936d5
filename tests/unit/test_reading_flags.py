"""The reader's flags: written from one template each and parsed back to it, values and all,
so that a page can say them in its own language."""

from __future__ import annotations

import re

import pytest

from smarterp.intel.docs import flags
from smarterp.web.i18n import catalogue


@pytest.mark.parametrize("template", (*flags.TEMPLATES, *flags.REASONS))
def test_each_flag_parses_back_to_its_template(template: str) -> None:
    names = re.findall(r"\{(\w+)\}", template)
    values = {name: f"'{name} (x) or y'" for name in names}
    assert flags.parse(template.format(**values)) == (template, values)


def test_a_flag_written_elsewhere_is_no_template() -> None:
    assert flags.parse("no requested date in the message") is None


def test_every_flag_and_its_words_are_said_in_chinese() -> None:
    zh = catalogue("zh")
    for text in (*flags.TEMPLATES, *flags.REASONS, *flags.WORDS):
        assert text in zh, text
        # (the same values, perhaps in another order)
        assert sorted(re.findall(r"\{\w+\}", zh[text])) == sorted(re.findall(r"\{\w+\}", text))
