"""The evaluation report's arithmetic on real Answer objects (no database): an answer is
correct, wrong (answered, rows differ) or an abstention (asked back, or refused), counted per
language, kind and split; and how `smarterp ask` prints what it understood or asks back."""

from __future__ import annotations

from typing import Any

import pytest

from smarterp.cli import ask as cli_ask
from smarterp.core.errors import InvalidInput
from smarterp.intel.ask.evaluate import (
    NO_KIND,
    Report,
    Tally,
    percentiles,
    plain_options,
    score,
    select_split,
)
from smarterp.intel.ask.service import Answer, Reading

REVENUE_1997 = {
    "measures": ["revenue"],
    "time_range": {"start": "1997-01-01", "end": "1997-12-31"},
}


def _item(id: str, gold: list[list[Any]], **extra: Any) -> dict[str, Any]:
    return {"id": id, "lang": "en", "question": f"question {id}", "answer": gold, **extra}


def _answered(rows: list[list[Any]], understood: str | None = "revenue in 1997") -> Answer:
    return Answer(
        question="q",
        lang="en",
        columns=["revenue"],
        rows=rows,
        query=REVENUE_1997,
        sql="SELECT 1",
        understood=understood,
    )


def _asked_back(readings: int = 2) -> Answer:
    return Answer(
        question="q",
        lang="en",
        clarification="Which France did you mean?",
        answer="Which France did you mean?",
        readings=[
            Reading(understood=f"reading {n}", query=REVENUE_1997) for n in range(1, readings + 1)
        ],
    )


def test_matching_rows_are_correct_and_differing_rows_are_wrong() -> None:
    right = score(_item("a", [[617085.2]]), _answered([[617085.205]]))
    assert right.outcome == "correct" and right.why == ""
    wrong = score(_item("b", [[617085.2]]), _answered([[1.0]]))
    assert wrong.outcome == "wrong" and wrong.got == [[1.0]] and wrong.expected == [[617085.2]]
    assert wrong.understood == "revenue in 1997" and wrong.query == REVENUE_1997
    # An empty result is an answer ("nothing matches"), so wrong when the gold has rows...
    assert score(_item("c", [[5]]), _answered([])).outcome == "wrong"
    # ...and correct when the gold is empty too.
    assert score(_item("d", []), _answered([])).outcome == "correct"
    # Order counts only when the item says so.
    gold = [["A", 1], ["B", 2]]
    swapped = _answered([["B", 2], ["A", 1]])
    assert score(_item("e", gold), swapped).outcome == "correct"
    assert score(_item("f", gold, ordered=True), swapped).outcome == "wrong"


def test_asking_back_or_refusing_is_an_abstention_never_wrong() -> None:
    asked = score(_item("a", [[1]]), _asked_back())
    assert asked.outcome == "abstained" and asked.why.startswith("asked back")
    assert asked.clarification == "Which France did you mean?"
    assert asked.readings == ["reading 1", "reading 2"] and asked.understood is None
    # A clarification is an abstention even when the gold is empty (no rows to match).
    assert score(_item("b", []), _asked_back(0)).outcome == "abstained"
    refused = score(_item("c", [[1]]), None, "your role may not see payables")
    assert refused.outcome == "abstained" and refused.why == "error: your role may not see payables"
    # Nothing was run and nothing asked: not an answer either.
    empty = Answer(question="q", lang="en")
    assert score(_item("d", []), empty).outcome == "abstained"


def test_the_report_counts_per_language_kind_and_split() -> None:
    report = Report()
    cases = [
        (_item("1", [[1]], kind="total", split="build"), _answered([[1]])),
        (_item("2", [[1]], kind="total", split="build"), _answered([[2]])),
        (_item("3", [[1]], kind="topn", split="heldout"), _asked_back()),
        (_item("4", [[1]], kind="topn", split="heldout"), None),
        (_item("5", [[1]], lang="zh", question="1997年的销售额", kind="total"), _answered([[1]])),
        ({"id": "6", "question": "1997年的订单数", "answer": [[3]]}, _answered([[4]])),
    ]
    for item, answer in cases:
        report.add(score(item, answer, "" if answer else "refused"))
    assert [s.outcome for s in report.items] == [
        "correct",
        "wrong",
        "abstained",
        "abstained",
        "correct",
        "wrong",
    ]
    langs = report.by("lang")
    assert langs["en"] == Tally(total=4, correct=1, wrong=1, abstained=2)
    assert langs["zh"] == Tally(total=2, correct=1, wrong=1, abstained=0)  # lang from the script
    assert (langs["en"].accuracy, langs["en"].wrong_rate, langs["en"].abstention_rate) == (
        0.25,
        0.25,
        0.5,
    )
    kinds = report.by("kind")
    assert list(kinds) == [NO_KIND, "topn", "total"]  # sorted; an item without kind is shown
    assert kinds["total"] == Tally(total=3, correct=2, wrong=1, abstained=0)
    assert kinds["topn"].abstention_rate == 1.0
    # Only items that carry a split count in the split figures.
    assert report.by("split") == {
        "build": Tally(total=2, correct=1, wrong=1, abstained=0),
        "heldout": Tally(total=2, correct=0, wrong=0, abstained=2),
    }
    overall = report.overall
    assert overall == Tally(total=6, correct=2, wrong=2, abstained=2)
    assert overall.correct + overall.wrong + overall.abstained == overall.total
    assert [f.id for f in report.failures] == ["2", "3", "4", "6"]
    # The figures the CLI printed before stay: total and correct per language, accuracy().
    assert report.total == {"en": 4, "zh": 2} and report.correct == {"en": 1, "zh": 1}
    assert report.accuracy("en") == 0.25 and report.accuracy("fr") == 0.0

    data = report.to_dict()
    assert data["accuracy"] == {"en": 0.25, "zh": 0.5}
    assert data["wrong_rate"] == {"en": 0.25, "zh": 0.5}
    assert data["abstention_rate"] == {"en": 0.5, "zh": 0.0}
    assert data["by_kind"]["total"]["wrong"] == 1 and data["by_split"]["heldout"]["total"] == 2
    assert data["overall"]["accuracy"] == 0.3333
    assert {f["outcome"] for f in data["failures"]} == {"wrong", "abstained"}


def test_an_empty_report_divides_by_nothing() -> None:
    report = Report()
    assert report.overall == Tally() and report.overall.accuracy == 0.0
    assert report.to_dict()["overall"]["abstention_rate"] == 0.0 and report.latency() == (0, 0)


def test_percentiles() -> None:
    assert percentiles([]) == (0.0, 0.0)
    assert percentiles([5.0]) == (5.0, 5.0)
    assert percentiles([float(n) for n in range(1, 101)]) == (50.5, 96.0)


def test_a_split_picks_its_items_or_says_which_there_are() -> None:
    items = [_item("1", [], split="build"), _item("2", [], split="heldout"), _item("3", [])]
    assert [i["id"] for i in select_split(items, "heldout")] == ["2"]
    assert select_split(items, None) == items
    with pytest.raises(InvalidInput, match="splits: build, heldout"):
        select_split(items, "test")
    with pytest.raises(InvalidInput, match="carry no split"):
        select_split([_item("1", [])], "build")


def test_the_cli_prints_what_it_understood_and_the_readings() -> None:
    with cli_ask.console.capture() as captured:
        cli_ask._print_clarification(_asked_back(2))
    assert captured.get().splitlines() == [
        "? Which France did you mean?",
        "  1. reading 1",
        "  2. reading 2",
    ]
    # Options that repeat a reading's sentence are not offered twice; the others stay.
    both = _asked_back(2).model_copy(update={"options": ["reading 1", "Paris, France"]})
    assert plain_options(both) == ["Paris, France"]
    with cli_ask.console.capture() as captured:
        cli_ask._print_clarification(both)
    assert captured.get().splitlines()[0] == "? Which France did you mean? Paris, France"
    # Without readings the answer prints as before: the question and its options.
    names = Answer(
        question="q",
        lang="en",
        clarification="Which Ernst?",
        options=["Ernst Handel", "Ernst Bauer"],
        answer="Which Ernst? Ernst Handel, Ernst Bauer",
    )
    with cli_ask.console.capture() as captured:
        cli_ask._print_clarification(names)
    assert captured.get() == "? Which Ernst? Ernst Handel, Ernst Bauer\n"
    failure = score(_item("x", [[1]]), _asked_back(1))
    with cli_ask.console.capture() as captured:
        cli_ask._print_failure(failure)
    out = captured.get()
    assert "? abstained x [en] question x" in out and "asked back Which France" in out
    assert "1. reading 1" in out
