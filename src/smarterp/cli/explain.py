"""`smarterp explain revenue|margin`: why a figure changed between two periods."""

from __future__ import annotations

from datetime import date

import typer

from smarterp.cli.common import JSON_OPT, engine, friendly_errors, print_json, print_table, say
from smarterp.core.db import session_factory
from smarterp.core.errors import InvalidInput
from smarterp.intel.finance.explain import Explanation, explain

app = typer.Typer(
    help="Explain a change between two periods: price, volume and mix effects, and who and "
    "what drove it.",
    no_args_is_help=True,
)

FROM = typer.Option(None, "--from", help="The period explained: from this day (YYYY-MM-DD).")
TO = typer.Option(None, "--to", help="The period explained: up to and including this day.")
COMPARE_FROM = typer.Option(
    None, "--compare-from", help="The period compared with: from this day (YYYY-MM-DD)."
)
COMPARE_TO = typer.Option(
    None, "--compare-to", help="The period compared with: up to and including this day."
)
LANG = typer.Option("en", "--lang", help="Language of the narrative: en or zh.")
TOP = 10


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        raise InvalidInput(option, "is required (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _run(
    measure: str,
    date_from: str | None,
    date_to: str | None,
    compare_from: str | None,
    compare_to: str | None,
    lang: str,
    as_json: bool,
) -> None:
    days = (
        _day(date_from, "--from"),
        _day(date_to, "--to"),
        _day(compare_from, "--compare-from"),
        _day(compare_to, "--compare-to"),
    )
    with session_factory(engine())() as session:
        result = explain(session, *days, measure=measure, lang=lang)
    if as_json:
        print_json(result.model_dump())
        return
    _print(result)


def _print(r: Explanation) -> None:
    say(r.narrative)
    print_table(
        f"{r.measure.title()}: {r.compare.label} -> {r.period.label}",
        ["Effect", "Amount", "% of base"],
        [
            [name, getattr(r.effects, name), getattr(r.effects_pct, name)]
            for name in ("volume", "price", "mix")
        ]
        + [["residue", r.effects.residue, ""], ["change", r.change, r.change_pct]],
    )
    for dimension in ("category", "customer", "product"):
        rows = getattr(r.contributions, dimension)[:TOP]
        print_table(
            f"By {dimension} (largest changes)",
            [dimension.title(), "Base", "Current", "Change", "Status"],
            [[c.name, c.base, c.current, c.change, c.status] for c in rows],
        )


@app.command("revenue")
@friendly_errors
def explain_revenue(
    date_from: str | None = FROM,
    date_to: str | None = TO,
    compare_from: str | None = COMPARE_FROM,
    compare_to: str | None = COMPARE_TO,
    lang: str = LANG,
    as_json: bool = JSON_OPT,
) -> None:
    """Why revenue changed: price, volume and mix effects; customers, products, categories."""
    _run("revenue", date_from, date_to, compare_from, compare_to, lang, as_json)


@app.command("margin")
@friendly_errors
def explain_margin(
    date_from: str | None = FROM,
    date_to: str | None = TO,
    compare_from: str | None = COMPARE_FROM,
    compare_to: str | None = COMPARE_TO,
    lang: str = LANG,
    as_json: bool = JSON_OPT,
) -> None:
    """Why gross margin changed (at the products' current unit cost), the same way."""
    _run("margin", date_from, date_to, compare_from, compare_to, lang, as_json)
