"""Names reduced for comparison: case, accents, punctuation and legal suffixes."""

from __future__ import annotations

import pytest

from smarterp.intel.docs.quoting import layout
from smarterp.intel.docs.text import detect_language, fold, normalise_name, squash


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Trading Co., Ltd.", "acme trading"),
        ("Nestlé S.A.", "nestle"),
        ("Siemens GmbH", "siemens"),
        ("Plutzer Lebensmittelgroßmärkte AG", "plutzer lebensmittelgrossmarkte"),
        ("北京华联有限公司", "北京华联"),
        ("  Mère   Paillarde ", "mere paillarde"),
        ("Save-a-lot Markets", "save a lot markets"),
        ("Folk och fä HB", "folk och fa"),
    ],
)
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def test_squash_for_domains() -> None:
    assert squash("Alfreds Futterkiste GmbH") == "alfredsfutterkiste"


def test_fold_keeps_a_map_to_the_original() -> None:
    text = "Sir Rodney's Nuß-Nougat"
    folded = fold(text)
    assert folded.text == "sir rodneys nuss nougat"
    start = folded.text.index("nuss")
    s, e = folded.span(start, start + 4)
    assert text[s:e] == "Nuß"


def test_language() -> None:
    assert detect_language("请发 Spegesild 30 箱，Rogede sild 20 包。谢谢") == "zh"
    assert detect_language("Please send 20 cases of Chang.") == "en"


def test_quoted_and_forwarded_text() -> None:
    body = "We take 10.\n\n-----Original Message-----\nFrom: Sales\nSent: Monday\n\nOffer: 50"
    found = layout(body)
    assert found.is_quoted(body.index("Offer")) and not found.is_quoted(body.index("We take"))
    forward = "See below.\n\n---------- Forwarded message ----------\nFrom: Boss\n\n20 Chai"
    assert layout(forward).forwarded
    quoted_lines = "Yes please.\n> 40 cases of Chai?\n"
    assert layout(quoted_lines).is_quoted(quoted_lines.index("40"))
    # "> " marking the writer's own list, between their words about the order.
    for own in (
        "Restock - PO 1234.\n> 4 cases of Chai\n> 2 cases of Tofu\nNeeded by Friday.",
        "Could you squeeze in the following for Friday?\n> 4 cases of Chai\n\nThanks",
    ):
        assert not layout(own).is_quoted(own.index("4 cases"))
