"""The narrative of an explained change, in English or Chinese, built only from its figures."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from smarterp.core.errors import InvalidInput

if TYPE_CHECKING:
    from smarterp.intel.finance.explain import Explanation

# How many names a list in the narrative shows before "and N more".
NAMES_SHOWN = 3


def amount(value: Decimal) -> str:
    """A signed amount as the narrative writes it: +1,234.56 / -0.50 / 0.00."""
    return f"{value:+,.2f}" if value else "0.00"


def plain_amount(value: Decimal) -> str:
    return f"{value:,.2f}"


def percent(value: Decimal) -> str:
    return f"{value:+.1f}%" if value else "0.0%"


def _whole_month(a: date, b: date) -> bool:
    return a.day == 1 and b == a.replace(day=calendar.monthrange(a.year, a.month)[1])


@dataclass(frozen=True)
class Phrasebook:
    """The words of one language; the narrative's shape is the same in every language."""

    code: str
    measure: dict[str, str]
    moved: dict[int, str]  # -1 fell, 0 unchanged, 1 rose
    effect: dict[str, str]
    month: Callable[[date], str]
    span: str  # "{a} to {b}"
    headline: str  # {measure} {moved} {pct} {period} {compare} {base} {current} {change}
    headline_no_pct: str
    effect_item: str  # {name} {value}
    sep: str
    colon: str
    end: str
    gap: str  # between sentences
    detail_sep: str
    mostly: str  # {name} {change}
    # One, then many: {n} {names}.
    stopped: tuple[str, str]
    new: tuple[str, str]
    more: str  # {n}
    list_sep: str
    rate: str  # {base} {current}
    residue: str  # {value}
    # What Ask understood a "why" question as: {measure} {period} {compare}
    why: str

    def period(self, a: date, b: date) -> str:
        if _whole_month(a, b):
            return self.month(a)
        return self.span.format(a=a.isoformat(), b=b.isoformat())

    def names(self, names: list[str]) -> str:
        shown = self.list_sep.join(names[:NAMES_SHOWN])
        rest = len(names) - NAMES_SHOWN
        return shown + (self.more.format(n=rest) if rest > 0 else "")


EN = Phrasebook(
    code="en",
    measure={"revenue": "revenue", "margin": "gross margin"},
    moved={-1: "fell", 0: "was unchanged", 1: "rose"},
    effect={"volume": "volume", "price": "price", "mix": "mix"},
    month=lambda d: d.strftime("%B %Y"),
    span="{a} to {b}",
    headline="{measure} {moved} {pct} in {period} against {compare} ({base} to {current}, "
    "{change})",
    headline_no_pct="{measure} {moved} by {change} in {period} against {compare} "
    "({base} to {current})",
    effect_item="{name} {value}",
    sep=", ",
    colon=": ",
    end=".",
    gap=" ",
    detail_sep="; ",
    mostly="Mostly {name} ({change})",
    stopped=("{n} customer stopped ordering ({names})", "{n} customers stopped ordering ({names})"),
    new=("{n} new customer ({names})", "{n} new customers ({names})"),
    more=" and {n} more",
    list_sep=", ",
    rate="Gross margin rate {base} to {current}",
    residue="Rounding residue {value}",
    why="why {measure} changed in {period} against {compare}",
)

ZH = Phrasebook(
    code="zh",
    measure={"revenue": "销售额", "margin": "毛利"},
    moved={-1: "下降", 0: "持平", 1: "增长"},
    effect={"volume": "销量效应", "price": "价格效应", "mix": "结构效应"},
    month=lambda d: f"{d.year}年{d.month}月",
    span="{a}至{b}",
    headline="{period}{measure}较{compare}{moved}{pct}（{base}→{current}，{change}）",
    headline_no_pct="{period}{measure}较{compare}{moved}{change}（{base}→{current}）",
    effect_item="{name}{value}",
    sep="，",
    colon="：",
    end="。",
    gap="",
    detail_sep="；",
    mostly="主要来自{name}（{change}）",
    stopped=("{n}个客户停止下单（{names}）",) * 2,
    new=("新增{n}个客户（{names}）",) * 2,
    more="等{n}个",
    list_sep="、",
    rate="毛利率从{base}变为{current}",
    residue="舍入差{value}",
    why="{period}{measure}较{compare}变化的原因",
)

LANGUAGES = {p.code: p for p in (EN, ZH)}


def phrasebook(lang: str) -> Phrasebook:
    if lang not in LANGUAGES:
        raise InvalidInput("lang", f"{lang!r} is not one of {', '.join(LANGUAGES)}")
    return LANGUAGES[lang]


def _effect_value(r: Explanation, key: str) -> str:
    pct = getattr(r.effects_pct, key)
    return percent(pct) if pct is not None else amount(getattr(r.effects, key))


def write_narrative(r: Explanation, w: Phrasebook) -> str:
    """Sentences whose every figure is a field of `r` (the tests check each one)."""
    direction = (r.change > 0) - (r.change < 0)
    fill = {
        "measure": w.measure[r.measure][:1].upper() + w.measure[r.measure][1:],
        "moved": w.moved[direction],
        "period": r.period.label,
        "compare": r.compare.label,
        "base": plain_amount(r.base),
        "current": plain_amount(r.current),
        "change": amount(r.change),
    }
    if r.change_pct is not None and direction:
        head = w.headline.format(pct=f"{abs(r.change_pct):.1f}%", **fill)
    else:
        head = w.headline_no_pct.format(**fill)
    # The largest effect first: it is the one the reader came for.
    order = sorted(("volume", "price", "mix"), key=lambda k: -abs(getattr(r.effects, k)))
    effects = w.sep.join(
        w.effect_item.format(name=w.effect[k], value=_effect_value(r, k)) for k in order
    )
    details = []
    if r.main_category is not None:
        details.append(
            w.mostly.format(name=r.main_category.name, change=amount(r.main_category.change))
        )
    for forms, names in ((w.stopped, r.stopped_customers), (w.new, r.new_customers)):
        if names:
            details.append(forms[len(names) > 1].format(n=len(names), names=w.names(names)))
    if r.margin_rate_base is not None and r.margin_rate_current is not None:
        details.append(
            w.rate.format(base=f"{r.margin_rate_base}%", current=f"{r.margin_rate_current}%")
        )
    if r.effects.residue:
        details.append(w.residue.format(value=amount(r.effects.residue)))
    text = head + w.colon + effects + w.end
    if details:
        text += w.gap + w.detail_sep.join(details) + w.end
    return text
