"""Explaining a change in revenue and margin: effects known by hand, adding up to the cent,
the customers and categories that drove it, a narrative whose every figure is in the result
and in the sales report, bad input refused, the CLI's JSON; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.db import engine_for, unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import get_settings
from smarterp.erp.products.models import Product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.reports import sales_report
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.finance.explain import Explanation, explain
from smarterp.intel.finance.narrative import amount, percent, plain_amount
from tests import factories as f

D = Decimal
MAY = (date(2026, 5, 1), date(2026, 5, 31))
JUNE = (date(2026, 6, 1), date(2026, 6, 30))


@dataclass
class Shop:
    tea: Product  # Beverages: sells at 10.00, costs 6.00
    kettle: Product  # Small Appliances: sells at 20.00, costs 12.00
    customers: dict[str, int]


def _shop(s: Session) -> Shop:
    tea = f.product(s, "TEA", price="10.00", cost="6.00", category="Beverages")
    kettle = f.product(
        s, "KETTLE", price="20.00", cost="12.00", category="Small Appliances", category_zh="小家电"
    )
    names = ("Alfreds", "Bon App", "Chop-suey")
    return Shop(tea, kettle, {n: f.customer(s, n).id for n in names})


def _sell(s: Session, customer: int, day: date, *lines: tuple[Product, str, str]) -> None:
    order = sales.create_order(
        s,
        SalesOrderIn(
            customer_id=customer,
            order_date=day,
            lines=[
                SalesLineIn(product_id=p.id, quantity=D(q), unit_price=D(price))
                for p, q, price in lines
            ],
        ),
    )
    sales.confirm_order(s, order.id)


def _explain(s: Session, measure: str = "revenue", lang: str = "en") -> Explanation:
    return explain(s, *JUNE, *MAY, measure=measure, lang=lang)


def _effects(r: Explanation) -> tuple[Decimal, Decimal, Decimal]:
    return r.effects.price, r.effects.volume, r.effects.mix


def _adds_up(r: Explanation) -> None:
    e = r.effects
    assert e.price + e.volume + e.mix + e.residue == r.change == r.current - r.base


def test_a_price_rise_alone_is_all_price(session: Session) -> None:
    shop = _shop(session)
    a = shop.customers["Alfreds"]
    _sell(session, a, date(2026, 5, 5), (shop.tea, "10", "10.00"), (shop.kettle, "5", "20.00"))
    _sell(session, a, date(2026, 6, 5), (shop.tea, "10", "11.00"), (shop.kettle, "5", "22.00"))
    r = _explain(session)
    assert (r.base, r.current, r.change, r.change_pct) == (D(200), D(220), D(20), D("10.0"))
    assert _effects(r) == (D("20.00"), D(0), D(0))
    assert r.effects_pct.price == D("10.0")
    _adds_up(r)


def test_a_volume_drop_alone_is_all_volume(session: Session) -> None:
    shop = _shop(session)
    a = shop.customers["Alfreds"]
    _sell(session, a, date(2026, 5, 5), (shop.tea, "10", "10.00"), (shop.kettle, "10", "20.00"))
    _sell(session, a, date(2026, 6, 5), (shop.tea, "5", "10.00"), (shop.kettle, "5", "20.00"))
    r = _explain(session)
    assert r.change == D(-150)
    assert _effects(r) == (D(0), D("-150.00"), D(0))
    assert r.effects_pct.volume == D("-50.0")
    _adds_up(r)


def test_a_mix_shift_alone_is_all_mix(session: Session) -> None:
    shop = _shop(session)
    a = shop.customers["Alfreds"]
    # The same 20 units, a quarter more of them dear kettles: +50.00 of mix.
    _sell(session, a, date(2026, 5, 5), (shop.tea, "10", "10.00"), (shop.kettle, "10", "20.00"))
    _sell(session, a, date(2026, 6, 5), (shop.tea, "5", "10.00"), (shop.kettle, "15", "20.00"))
    r = _explain(session)
    assert r.change == D(50)
    assert _effects(r) == (D(0), D(0), D("50.00"))
    _adds_up(r)


def _all_three(shop: Shop, s: Session) -> None:
    """May: Alfreds 10 teas at 10, Bon App 10 kettles at 20 (300.00, 20 units, 15.00 each).
    June: Alfreds 4 teas at 10.50, Chop-suey 12 kettles at 19 (270.00, 16 units).
    volume = (16 - 20) x 15 = -60; mix = 4 x 10 + 12 x 20 - 16 x 15 = +40;
    price = 4 x 0.50 + 12 x -1 = -10; -60 + 40 - 10 = -30."""
    c = shop.customers
    _sell(s, c["Alfreds"], date(2026, 5, 3), (shop.tea, "10", "10.00"))
    _sell(s, c["Bon App"], date(2026, 5, 20), (shop.kettle, "10", "20.00"))
    _sell(s, c["Alfreds"], date(2026, 6, 3), (shop.tea, "4", "10.50"))
    _sell(s, c["Chop-suey"], date(2026, 6, 20), (shop.kettle, "12", "19.00"))
    # A quotation and a cancelled order count in neither period, as in the sales report.
    sales.create_order(
        s,
        SalesOrderIn(
            customer_id=c["Bon App"],
            order_date=date(2026, 6, 9),
            lines=[SalesLineIn(product_id=shop.kettle.id, quantity=D(50))],
        ),
    )


def test_price_volume_and_mix_together(session: Session) -> None:
    shop = _shop(session)
    _all_three(shop, session)
    r = _explain(session)
    assert (r.base, r.current, r.change) == (D(300), D(270), D(-30))
    assert _effects(r) == (D("-10.00"), D("-60.00"), D("40.00"))
    assert r.effects.residue == 0
    assert (r.units_base, r.units_current) == (D(20), D(16))
    _adds_up(r)

    customers = {c.name: c for c in r.contributions.customer}
    assert customers["Bon App"].status == "stopped" and customers["Bon App"].change == D(-200)
    assert customers["Chop-suey"].status == "new" and customers["Chop-suey"].change == D(228)
    assert r.stopped_customers == ["Bon App"] and r.new_customers == ["Chop-suey"]
    # The category whose change goes the way of the total and is the largest.
    assert r.main_category is not None and r.main_category.name == "Beverages"
    assert r.main_category.change == D(-58)
    assert sum(c.change for c in r.contributions.product) == r.change

    # Every figure also comes out of the sales report, by the same definition.
    before = sales_report(session, *MAY, by="category")
    after = sales_report(session, *JUNE, by="category")
    assert (r.base, r.current) == (before.total, after.total)
    by_cat = {row.key: row.revenue for row in after.rows}
    for row in before.rows:
        by_cat[row.key] = by_cat.get(row.key, D(0)) - row.revenue
    assert {c.name: c.change for c in r.contributions.category} == by_cat


def test_margin_uses_the_products_current_cost(session: Session) -> None:
    """Unit margins tea 4, kettle 8. May 10 x 4 + 10 x 8 = 120 (6 a unit); June 4 x 4.50 +
    12 x 7 = 102. volume -4 x 6 = -24; mix 4 x 4 + 12 x 8 - 16 x 6 = +16; price -10."""
    shop = _shop(session)
    _all_three(shop, session)
    r = _explain(session, "margin")
    assert (r.base, r.current, r.change) == (D(120), D(102), D(-18))
    assert _effects(r) == (D("-10.00"), D("-24.00"), D("16.00"))
    _adds_up(r)
    # One cost for both periods: the margin's price effect is the revenue's.
    assert r.effects.price == _explain(session).effects.price
    assert (r.margin_rate_base, r.margin_rate_current) == (D("40.0"), D("37.8"))
    assert "current unit cost" in (r.cost_basis or "")


def test_rounding_residue_is_shown_and_closes_the_sum(session: Session) -> None:
    """May: teas at 10.00 and 10.01 (10.005 a tea), a kettle at 20.00: 40.01 for 3 units.
    June: a tea at 10.00, a kettle at 20.00: 30.00. volume = -1 x 13.33667 = -13.34,
    mix = 10.005 + 20 - 2 x 13.33667 = 3.33167 -> 3.33, price = -0.005 -> -0.01: the
    roundings sum to -10.02 against a change of -10.01, and the residue says +0.01."""
    shop = _shop(session)
    a = shop.customers["Alfreds"]
    _sell(session, a, date(2026, 5, 5), (shop.tea, "1", "10.00"), (shop.kettle, "1", "20.00"))
    _sell(session, a, date(2026, 5, 6), (shop.tea, "1", "10.01"))
    _sell(session, a, date(2026, 6, 5), (shop.tea, "1", "10.00"), (shop.kettle, "1", "20.00"))
    r = _explain(session)
    assert r.change == D("-10.01")
    assert _effects(r) == (D("-0.01"), D("-13.34"), D("3.33"))
    assert r.effects.residue == D("0.01")
    _adds_up(r)
    assert "Rounding residue +0.01" in r.narrative
    narrative_numbers_check(r)


NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")


def _figures(r: Explanation) -> set[str]:
    """Every figure the result holds, written as the narrative writes figures."""
    out = {plain_amount(r.base), plain_amount(r.current), amount(r.change)}
    if r.change_pct is not None:
        out.add(f"{abs(r.change_pct):.1f}%")
    for key in ("price", "volume", "mix"):
        out.add(amount(getattr(r.effects, key)))
        pct = getattr(r.effects_pct, key)
        if pct is not None:
            out.add(percent(pct))
    out.add(amount(r.effects.residue))
    for group in (r.contributions.customer, r.contributions.product, r.contributions.category):
        out.update(amount(c.change) for c in group)
    out.update({str(len(r.stopped_customers)), str(len(r.new_customers))})
    for rate in (r.margin_rate_base, r.margin_rate_current):
        if rate is not None:
            out.add(f"{rate}%")
    return out


def narrative_numbers_check(r: Explanation) -> list[str]:
    """The figures of the narrative, each asserted to be one of the result's."""
    text = r.narrative
    # Names and period labels are the result's own words; digits in them are not figures.
    names = [c.name for g in (r.contributions.customer, r.contributions.category) for c in g]
    for word in sorted([r.period.label, r.compare.label, *names], key=len, reverse=True):
        text = text.replace(word, " ")
    found = NUMBER.findall(text)
    allowed = _figures(r)
    for figure in found:
        assert figure in allowed, f"{figure!r} in {r.narrative!r} is not in the result"
    return found


def test_the_narrative_holds_only_the_results_figures(session: Session) -> None:
    shop = _shop(session)
    _all_three(shop, session)
    r = _explain(session)
    assert r.narrative.startswith("Revenue fell 10.0% in June 2026 against May 2026")
    assert "Bon App" in r.narrative and "Chop-suey" in r.narrative
    assert "Mostly Beverages (-58.00)" in r.narrative
    found = narrative_numbers_check(r)
    assert {"10.0%", "-20.0%", "+13.3%", "-3.3%", "-30.00", "-58.00"} <= set(found)
    # Against the sales report too: the headline's totals are its totals for the two months.
    assert plain_amount(sales_report(session, *MAY).total) in r.narrative
    assert plain_amount(sales_report(session, *JUNE).total) in r.narrative

    zh = _explain(session, lang="zh")
    assert zh.narrative.startswith("2026年6月销售额较2026年5月下降10.0%")
    assert "1个客户停止下单（Bon App）" in zh.narrative
    # The category's Chinese name where it has one.
    assert {c.name for c in zh.contributions.category} == {"Beverages", "小家电"}
    narrative_numbers_check(zh)

    margin = _explain(session, "margin")
    assert margin.narrative.startswith("Gross margin fell 15.0%")
    assert "Gross margin rate 40.0% to 37.8%" in margin.narrative
    narrative_numbers_check(margin)


def test_bad_periods_are_refused_naming_the_field(session: Session) -> None:
    shop = _shop(session)
    _all_three(shop, session)
    with pytest.raises(InvalidInput) as reversed_:
        explain(session, JUNE[1], JUNE[0], *MAY)
    assert reversed_.value.details["field"] == "date_to"
    assert "reversed" in str(reversed_.value)
    with pytest.raises(InvalidInput) as reversed_base:
        explain(session, *JUNE, MAY[1], MAY[0])
    assert reversed_base.value.details["field"] == "compare_to"
    with pytest.raises(InvalidInput) as empty_base:
        explain(session, *JUNE, date(2026, 1, 1), date(2026, 1, 31))
    assert empty_base.value.details["field"] == "compare_from"
    assert "no confirmed or done sales orders" in str(empty_base.value)
    with pytest.raises(InvalidInput) as empty:
        explain(session, date(2026, 8, 1), date(2026, 8, 31), *MAY)
    assert empty.value.details["field"] == "date_from"
    with pytest.raises(InvalidInput) as measure:
        explain(session, *JUNE, *MAY, measure="profit")
    assert measure.value.details["field"] == "measure"
    with pytest.raises(InvalidInput) as lang:
        explain(session, *JUNE, *MAY, lang="fr")
    assert lang.value.details["field"] == "lang"


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield CliRunner()
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_smarterp_explain_json_prints_one_object(engine: Engine, cli: CliRunner) -> None:
    with unit_of_work(engine, actor="test") as s:
        _all_three(_shop(s), s)
    args = ["--from", "2026-06-01", "--to", "2026-06-30"]
    args += ["--compare-from", "2026-05-01", "--compare-to", "2026-05-31"]
    out = cli.invoke(app, ["explain", "revenue", *args, "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert D(data["change"]) == D(-30)
    assert {k: D(v) for k, v in data["effects"].items()} == {
        "price": D(-10),
        "volume": D(-60),
        "mix": D(40),
        "residue": D(0),
    }
    assert data["narrative"].startswith("Revenue fell 10.0%")
    assert data["contributions"]["customer"][0]["name"] == "Chop-suey"

    zh = cli.invoke(app, ["explain", "margin", *args, "--lang", "zh"])
    assert zh.exit_code == 0, zh.output
    assert "毛利较2026年5月下降15.0%" in zh.stdout and "小家电" in zh.stdout

    bad = cli.invoke(app, ["explain", "revenue", "--from", "2026-06-31", *args[2:]])
    assert bad.exit_code != 0 and "--from" in bad.output
    missing = cli.invoke(app, ["explain", "revenue", *args[:4]])
    assert missing.exit_code != 0 and "--compare-from" in missing.output


def test_ask_reads_why_questions_as_the_explanation(engine: Engine) -> None:
    from smarterp.intel.ask.service import PermissionDenied, ask

    with unit_of_work(engine, actor="test") as s:
        _all_three(_shop(s), s)
    july = date(2026, 7, 10)
    why = ask(engine, "why did revenue drop in June?", as_of=july, use_llm=False)
    assert why.understood == "why revenue changed in June 2026 against May 2026"
    assert why.explanation is not None and why.explanation["change"] == "-30.00"
    assert why.answer.startswith("Revenue fell 10.0% in June 2026 against May 2026")
    assert ["volume", -60.0, -20.0] in why.rows
    zh = ask(engine, "6月份毛利为什么下降", as_of=july, use_llm=False)
    assert zh.explanation is not None and zh.explanation["measure"] == "margin"
    assert zh.answer.startswith("2026年6月毛利较2026年5月下降15.0%")
    # A period the question names is compared with the one before it, whatever the words.
    other = ask(engine, "what explains the change in revenue in June 2026", as_of=july)
    assert other.explanation is not None and other.explanation["compare"]["label"] == "May 2026"
    # Sales people may see revenue but not margins, explained or not.
    with pytest.raises(PermissionDenied):
        ask(engine, "why did gross margin fall in June", as_of=july, role="sales", use_llm=False)
    # No sales to compare with: said as the answer, not a crash.
    empty = ask(engine, "why did revenue rise in May 2026", as_of=july, use_llm=False)
    assert empty.explanation is None and "nothing to compare with" in empty.answer
    # Not a why question: Ask answers it as before.
    plain = ask(engine, "revenue in June", as_of=july, use_llm=False)
    assert plain.explanation is None and plain.query is not None
