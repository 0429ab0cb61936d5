"""Ask on generated questions: does the parser generalise beyond the phrasings it was built on?

Northwind goes into a throwaway SQLite database once for the module (about 35-90 s). The
generator (tests/askgen) composes questions of every family in English and Chinese, with
gold rows from its own hand-written SQL over the books; Ask is scored separately on the
build phrasings (tests/askgen/phrasings.py) and the held-out ones (tests/askgen/heldout.py).
More splits are generated and checked here, but not scored: dev
(tests/askgen/phrasings_dev.py, a second development set), heldout2
(tests/askgen/heldout2.py, a second held-out set nobody reads), dev3
(tests/askgen/phrasings_dev3.py, a third development set in everyday ERP users' words),
dev4, dev5, dev6 and dev7 (tests/askgen/phrasings_dev4.py ... phrasings_dev7.py: chatty and
terse users, analysts writing to a BI tool, hurried users of an ERP's search box in many
registers, and controllers, analysts, warehouse staff and non-native writers, each by its own
author).
The oracle is checked first, without the parser: it must reproduce the gold answers of the
labelled dev sets, and the generated set must be well formed, unique and deterministic.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine

from smarterp.core.db import make_engine
from smarterp.data.northwind import NorthwindSummary
from smarterp.intel.ask.evaluate import evaluate
from tests.askgen import oracle
from tests.askgen.generate import (
    FAMILIES,
    LANGS,
    PREFIXES,
    SOURCES,
    SPLITS,
    Sample,
    check_templates,
    fits,
    generate,
)
from tests.askgen.vocab import Customer, T, World, load_world, relative_periods
from tests.conftest import NORTHWIND_GROUP, copy_sqlite

pytestmark = [pytest.mark.slow, NORTHWIND_GROUP]

# Share of the generated questions of each split that Ask must answer right, and the most it
# may answer wrongly (the rest it asks back; the bar is 3%). Measured on 1,590
# questions a split at the time of writing: build 100%, held-out 94.7% EN / 93.1% ZH with
# 0.6% wrong; these sample 8 per family (~420), so the floor leaves room for the sample's
# noise (about 1.2 points).
MIN_BUILD_ACCURACY = 0.95
MIN_HELDOUT_ACCURACY = 0.88
MAX_WRONG_RATE = 0.03

AS_OF = date(1998, 5, 6)
SEED = 7
PER_FAMILY = 8  # per family and split, alternating English and Chinese: ~420 per split
ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
KEYS = ["id", "lang", "question", "answer", "ordered", "kind", "split", "template"]


@pytest.fixture(scope="module")
def northwind(
    northwind_sqlite: tuple[Path, NorthwindSummary], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    engine = make_engine(
        copy_sqlite(northwind_sqlite[0], tmp_path_factory.mktemp("askgen") / "nw.db")
    )
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def items(northwind: Engine) -> list[dict[str, Any]]:
    return generate(northwind, AS_OF, PER_FAMILY, SEED, "all")


# --------------------------------------------------------------------------------------------
# The oracle against the labelled dev sets


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


Q1_98 = (date(1998, 1, 1), date(1998, 3, 31))
EVER = (date(1900, 1, 1), date(2999, 12, 31))


def _dev_checks(c: Connection, w: World) -> dict[str, Callable[[], oracle.Rows]]:
    """Dev and dev2 items, each answered by the oracle from the item's meaning."""
    p = {x.name: x.id for x in w.products}
    cu = {x.name: x.id for x in w.customers}
    su = {x.name: x.id for x in w.suppliers}
    k = {x.name: x.id for x in w.categories}
    r = {x.name: x.id for x in w.carriers}
    o = oracle
    return {
        "dev-001": lambda: o.total(c, "revenue", *_year(1997)),
        "dev-002": lambda: o.by_dimension(c, "revenue", "category", *_year(1997)),
        "dev-003": lambda: o.by_dimension(c, "revenue", "customer", *_year(1997))[:5],
        "dev-004": lambda: o.total(c, "orders", date(1996, 10, 1), date(1996, 12, 31)),
        "dev-005": lambda: o.supplier_of(c, p["Chai"]),
        "dev-006": lambda: o.on_hand(c, p["Queso Cabrales"]),
        "dev-007": lambda: [[len(o.below_reorder(c))]],
        "dev-010": lambda: o.late_count(c, *_year(1997)),
        "dev-011": lambda: o.avg_days_by_carrier(c, *_year(1997))[:1],
        "dev-012": lambda: o.growth(c, 1996, 1997, "pct", category_id=k["Beverages"]),
        "dev-013": lambda: o.total(c, "revenue", date(1998, 4, 1), date(1998, 4, 30)),
        "dev-014": lambda: o.by_dimension(c, "orders", "salesperson", *_year(1997))[:1],
        "dev-015": lambda: o.share_of_revenue(c, *_year(1997), country="Germany"),
        "dev-016": lambda: o.customers_without_orders(c, *_year(1998), country="France"),
        "dev-017": lambda: o.products_not_ordered(c, country="Germany"),
        "dev-018": lambda: o.total(c, "aov", *_year(1997)),
        "dev-019": lambda: o.by_dimension(c, "revenue", "month", *Q1_98),
        "dev-020": lambda: o.revenue_of(c, *_year(1997), product_id=p["Chang"], measure="units"),
        "dev-021": lambda: o.by_dimension(c, "units", "product", *_year(1998))[:3],
        "dev-022": lambda: o.revenue_of(c, *_year(1997), customer_id=cu["Ernst Handel"]),
        "dev-023": lambda: o.by_dimension(c, "revenue", "product", *_year(1997), order="asc")[:3],
        "dev-024": lambda: o.by_dimension(c, "revenue", "salesperson", *Q1_98)[:1],
        "dev-025": lambda: o.count_customers(c, "France"),
        "dev-026": lambda: o.not_shipped(c),
        "dev-027": lambda: o.orders_by_value(c, *_year(1996), limit=1),
        "dev-028": lambda: o.list_price(c, p["Côte de Blaye"]),
        "dev-030": lambda: o.by_dimension(c, "revenue", "country", *_year(1998))[:3],
        "dev-031": lambda: o.total(c, "revenue", *Q1_98),
        "dev-032": lambda: o.total(c, "orders", date(1998, 4, 1), date(1998, 4, 30)),
        "dev-033": lambda: o.total(c, "revenue", *_year(1998)),
        "dev-034": lambda: o.by_dimension(c, "revenue", "product", *_year(1997))[:5],
        "dev-035": lambda: o.by_dimension(c, "units", "category", *_year(1996)),
        "dev-036": lambda: o.supplier_of(c, p["Tofu"]),
        "dev-037": lambda: o.on_hand(c, p["Alice Mutton"]),
        "dev-038": lambda: o.below_reorder(c, category_id=k["Seafood"]),
        "dev-039": lambda: o.by_dimension(c, "revenue", "salesperson", *_year(1997))[:1],
        "dev-040": lambda: o.growth(c, 1996, 1997, "abs", category_id=k["Dairy Products"]),
        "dev-041": lambda: o.revenue_of(c, *_year(1997), country="USA"),
        "dev-042": lambda: o.share_of_revenue(c, *_year(1997), category_id=k["Beverages"]),
        "dev-043": lambda: [
            row[:1] for row in o.by_dimension(c, "orders", "carrier", *_year(1998))[:1]
        ],
        "dev-044": lambda: o.by_dimension(c, "orders", "salesperson", *_year(1997)),
        "dev-045": lambda: o.total(c, "aov", *_year(1998)),
        "dev-046": lambda: o.late_count(c, *_year(1998)),
        "dev-049": lambda: o.revenue_of(c, *_year(1997), customer_id=cu["Around the Horn"]),
        "dev-050": lambda: o.count_customers(c, "Brazil"),
        "dev-051": lambda: o.total(c, "revenue", date(1997, 12, 1), date(1997, 12, 31)),
        "dev-052": lambda: o.total(c, "revenue", date(1997, 6, 15), date(1997, 7, 15)),
        "dev-053": lambda: o.by_dimension(c, "units", "product", *Q1_98)[:3],
        "dev-054": lambda: o.by_dimension(c, "revenue", "category", *_year(1997), order="asc")[:3],
        "dev-055": lambda: o.by_dimension(c, "orders", "customer", *_year(1997))[:1],
        "dev-056": lambda: o.supplier_products(c, su["Pavlova, Ltd."], with_stock=False),
        "dev-057": lambda: o.avg_days_by_carrier(c, *EVER)[:1],
        "dev-058": lambda: o.customers_without_orders(c, *_year(1997)),
        "dev-059": lambda: o.revenue_of(
            c, *_year(1998), product_id=p["Gorgonzola Telino"], measure="units"
        ),
        "dev-060": lambda: o.revenue_of(c, *_year(1997), product_id=p["Côte de Blaye"]),
        "dev2-001": lambda: o.threshold(c, "customer_revenue", "gt", 15000, *_year(1998)),
        "dev2-002": lambda: o.threshold(c, "product_units", "lt", 20, *_year(1996)),
        "dev2-003": lambda: o.supplier_of(c, p["Tourtière"]),
        "dev2-004": lambda: o.category_of(c, p["Gravad lax"]),
        "dev2-005": lambda: o.on_order(c, p["Wimmers gute Semmelknödel"]),
        "dev2-006": lambda: o.below_reorder(c, category_id=k["Confections"]),
        "dev2-007": lambda: o.stock_value_from_supplier_country(c, "Sweden"),
        "dev2-008": lambda: o.late_count(c, *_year(1997), country="Brazil"),
        "dev2-009": lambda: o.late_by(c, "carrier", *_year(1998))[:1],
        "dev2-010": lambda: o.customers_without_orders(c, *Q1_98, country="UK"),
        "dev2-011": lambda: o.products_not_ordered(
            c, country="Mexico", category_id=k["Grains/Cereals"]
        ),
        "dev2-012": lambda: o.customers_buying(c, *_year(1997), product_id=p["Tofu"]),
        "dev2-013": lambda: o.by_dimension(c, "orders", "quarter", *_year(1997))[:1],
        "dev2-014": lambda: o.orders_by_value(c, *_year(1998), limit=1),
        "dev2-016": lambda: o.total(c, "revenue", date(1997, 7, 1), date(1997, 12, 31)),
        "dev2-017": lambda: o.by_dimension(c, "revenue", "customer", *_year(1997), country="Spain")[
            :1
        ],
        "dev2-018": lambda: o.by_dimension(
            c, "orders", "salesperson", date(1997, 7, 1), date(1997, 9, 30)
        )[:1],
        "dev2-019": lambda: o.supplier_products(c, su["Pavlova, Ltd."], with_stock=True),
        "dev2-020": lambda: o.by_dimension(
            c, "revenue", "product", *_year(1997), order="asc", category_id=k["Dairy Products"]
        )[:2],
        "dev2-021": lambda: o.threshold(c, "customer_orders", "gt", 10, *_year(1997)),
        "dev2-022": lambda: o.supplier_of(c, p["Ikura"]),
        "dev2-023": lambda: o.on_order(c, p["Rogede sild"]),
        "dev2-024": lambda: o.stock_and_reorder(c, p["Maxilaku"]),
        "dev2-025": lambda: o.below_reorder(c, category_id=k["Seafood"]),
        "dev2-026": lambda: o.stock_value_from_supplier_country(c, "USA"),
        "dev2-027": lambda: o.late_pct(c, *_year(1998)),
        "dev2-028": lambda: o.late_by(c, "salesperson", *_year(1997))[:1],
        "dev2-029": lambda: o.customers_without_orders(c, *Q1_98, country="France"),
        "dev2-030": lambda: o.customers_buying(c, *_year(1997), category_id=k["Seafood"]),
        "dev2-031": lambda: o.by_dimension(c, "revenue", "month", *_year(1997), order="asc")[:1],
        "dev2-032": lambda: o.orders_by_value(c, *EVER, customer_id=cu["Ernst Handel"], limit=1),
        "dev2-033": lambda: o.total(c, "orders", date(1998, 1, 1), date(1998, 6, 30)),
        "dev2-034": lambda: o.by_dimension(
            c, "units", "product", *_year(1998), category_id=k["Beverages"]
        )[:2],
        "dev2-035": lambda: o.by_dimension(c, "revenue", "customer", *_year(1997), country="UK")[
            :1
        ],
        "dev2-036": lambda: o.avg_days_to_ship(c, *_year(1997), carrier_id=r["Speedy Express"]),
        "dev2-037": lambda: o.supplier_products(c, su["Leka Trading"], with_stock=False),
        "dev2-039": lambda: o.count_customers(c, "Brazil"),
        "dev2-040": lambda: o.by_dimension(c, "revenue", "country", *_year(1997), order="asc")[:3],
    }


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) <= max(0.01, abs(b) * 0.001)
    return str(a).casefold() == str(b).casefold()


def _same_rows(got: oracle.Rows, want: list[list[Any]], ordered: bool) -> bool:
    """Stricter than the evaluation: same rows, same columns, values equal in place."""
    if len(got) != len(want):
        return False

    def row_eq(g: list[Any], w: list[Any]) -> bool:
        return len(g) == len(w) and all(_equal(x, y) for x, y in zip(g, w, strict=True))

    if ordered:
        return all(row_eq(g, w) for g, w in zip(got, want, strict=True))
    rest = list(got)
    for w in want:
        hit = next((i for i, g in enumerate(rest) if row_eq(g, w)), None)
        if hit is None:
            return False
        rest.pop(hit)
    return True


def test_oracle_reproduces_the_dev_sets(northwind: Engine) -> None:
    gold: dict[str, dict[str, Any]] = {}
    for name in ("nlq_dev.jsonl", "nlq_dev2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                gold[item["id"]] = item
    with northwind.connect() as conn:
        checks = _dev_checks(conn, load_world(conn))
        wrong = {
            key: (got, gold[key]["answer"])
            for key, run in checks.items()
            if not _same_rows(got := run(), gold[key]["answer"], gold[key]["ordered"])
        }
    assert wrong == {}
    assert len(checks) >= 90


# --------------------------------------------------------------------------------------------
# The generated set, without the parser


def test_templates_cover_every_family_language_and_split() -> None:
    assert check_templates() == []


def test_period_and_years_conditions_fit_only_their_items() -> None:
    periods = {p.key: p for p in relative_periods(AS_OF)}
    ytd = T("YTD revenue", period="this_year")
    assert fits(ytd, Sample({"period": periods["this_year"]}, [[1]]))
    assert not fits(ytd, Sample({"period": periods["last_year"]}, [[1]]))
    assert not fits(ytd, Sample({}, [[1]]))
    yoy = T("YoY % change for {customer}, {year1} to {year2}", how="pct", years="adjacent")
    who = Customer(1, "Chop-suey Chinese", "Switzerland", "Bern")
    slots = {"customer": who, "year1": 1996, "year2": 1997}
    assert fits(yoy, Sample(slots, [[1]], choices={"how": "pct", "years": "adjacent"}))
    assert not fits(yoy, Sample(slots, [[1]], choices={"how": "pct", "years": "apart"}))


def test_splits_never_share_a_template(items: list[dict[str, Any]]) -> None:
    def texts(source: dict[str, Any]) -> set[str]:
        return {t.text for by_lang in source.values() for ts in by_lang.values() for t in ts}

    assert set(SPLITS) == {
        "build",
        "heldout",
        "dev",
        "heldout2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
    }
    assert len(set(PREFIXES.values())) == len(SPLITS)
    for a, b in combinations(SPLITS, 2):
        assert texts(SOURCES[a]).isdisjoint(texts(SOURCES[b])), (a, b)
    for item in items:
        assert item["template"].startswith(PREFIXES[item["split"]] + "."), item["template"]
    used = {sp: {i["template"] for i in items if i["split"] == sp} for sp in SPLITS}
    for a, b in combinations(SPLITS, 2):
        assert used[a].isdisjoint(used[b]), (a, b)


def test_every_split_generates_on_its_own(northwind: Engine) -> None:
    for sp in SPLITS:
        alone = generate(northwind, AS_OF, 2, SEED, sp)
        assert {i["split"] for i in alone} == {sp}
        count = Counter((i["kind"], i["lang"]) for i in alone)
        assert [(f, lang) for f in FAMILIES for lang in LANGS if not count[(f, lang)]] == []
    with pytest.raises(ValueError, match="split"):
        generate(northwind, AS_OF, 2, SEED, "nope")


def test_every_family_produces_items_in_both_languages(items: list[dict[str, Any]]) -> None:
    count = Counter((i["split"], i["kind"], i["lang"]) for i in items)
    missing = [
        (sp, fam, lang)
        for sp in SPLITS
        for fam in FAMILIES
        for lang in LANGS
        if count[(sp, fam, lang)] == 0
    ]
    assert missing == []
    per_split = Counter(i["split"] for i in items)
    assert all(per_split[sp] >= 250 for sp in SPLITS), per_split


def test_items_are_well_formed(items: list[dict[str, Any]]) -> None:
    month = re.compile(r"^\d{4}-\d{2}$")
    for item in items:
        assert list(item) == KEYS, item
        assert item["lang"] in LANGS and item["split"] in SPLITS and item["kind"] in FAMILIES
        assert item["answer"] and all(row for row in item["answer"]), item
        assert isinstance(item["ordered"], bool)
        for row in item["answer"]:
            for v in row:
                assert isinstance(v, str | int | float) and not isinstance(v, bool), item
                if isinstance(v, float):
                    assert round(v, 2) == v, item
        if item["kind"] in ("max_order", "max_order_customer"):
            assert isinstance(item["answer"][0][0], int) and item["answer"][0][0] >= 10248
        if item["kind"] == "best_bucket":
            label = item["answer"][0][0]
            assert (isinstance(label, int) and 1 <= label <= 4) or month.match(str(label))
        if item["kind"] == "share":
            assert 0 < item["answer"][0][0] <= 100
    assert len({i["id"] for i in items}) == len(items)
    json.dumps(items)  # plain JSON values only


def test_questions_are_unique(items: list[dict[str, Any]]) -> None:
    questions = Counter(i["question"] for i in items)
    assert [q for q, n in questions.items() if n > 1] == []


def test_generation_is_deterministic_for_a_seed(
    northwind: Engine, items: list[dict[str, Any]], tmp_path: Path
) -> None:
    assert generate(northwind, AS_OF, PER_FAMILY, SEED, "all") == items
    # the command line, in another process with other string hashing, writes the same items
    out = tmp_path / "items.jsonl"
    url = northwind.url.render_as_string(hide_password=False)
    args = ["--database-url", url, "--as-of", AS_OF.isoformat(), "--out", str(out)]
    args += ["--per-family", str(PER_FAMILY), "--seed", str(SEED), "--split", "all"]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.askgen.generate", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == items
    other = generate(northwind, AS_OF, PER_FAMILY, SEED + 1, "build")
    build = [i for i in items if i["split"] == "build"]
    assert [i["question"] for i in other] != [i["question"] for i in build]


# --------------------------------------------------------------------------------------------
# Ask on the generated set


@pytest.mark.parametrize(
    ("split", "minimum"), [("build", MIN_BUILD_ACCURACY), ("heldout", MIN_HELDOUT_ACCURACY)]
)
def test_ask_accuracy_on_generated_questions(
    northwind: Engine,
    items: list[dict[str, Any]],
    split: str,
    minimum: float,
    capsys: pytest.CaptureFixture[str],
) -> None:
    chosen = [i for i in items if i["split"] == split]
    report = evaluate(northwind, chosen, AS_OF)
    correct, total = Counter(report.correct), Counter(report.total)
    accuracy = sum(correct.values()) / max(1, sum(total.values()))
    assert sum(total.values()) == len(chosen)
    with capsys.disabled():
        kinds = Counter(i["kind"] for i in chosen)
        failed = Counter(i["kind"] for i in chosen if i["id"] in {f.id for f in report.failures})
        worst = sorted(kinds, key=lambda k: failed[k] / kinds[k], reverse=True)[:8]
        print(f"\ngenerated {split}: {len(chosen)} questions")
        for lang in sorted(total):
            print(f"  {lang}: {correct[lang]}/{total[lang]} = {correct[lang] / total[lang]:.1%}")
        print("  weakest families: " + ", ".join(f"{k} {failed[k]}/{kinds[k]}" for k in worst))
        wrong = report.overall.wrong_rate
        print(f"{split} accuracy {accuracy:.1%} (minimum {minimum:.0%}), wrong {wrong:.1%}")
    assert accuracy >= minimum
    assert report.overall.wrong_rate <= MAX_WRONG_RATE
