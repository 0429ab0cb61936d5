"""The names a command may use, read from the books through Ask's matcher, and document numbers."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.ask.entities import CITIES_ZH, EntityIndex

# Endings of Chinese company names people leave out ("广州宏达" for 广州宏达贸易有限公司).
ZH_COMPANY_ENDINGS = re.compile(r"(?:股份)?(?:有限)?(?:责任)?(?:公司|集团)$")
ZH_TRADE_ENDINGS = re.compile(
    r"(?:贸易|商贸|食品|百货|超市|供应链|实业|商行|商店|批发|进出口|科技|餐饮|酒店|物流)+$"
)


@dataclass
class Names:
    """Every product, customer and supplier name with its aliases, for one state of the books."""

    index: EntityIndex
    key: tuple[Any, ...]


_CACHE: dict[str, Names] = {}
_LOCK = threading.Lock()


def _fingerprint(session: Session) -> tuple[Any, ...]:
    # Cheap to read and changes whenever a name could have: a row added or a record edited.
    products = session.execute(
        select(func.count(Product.id), func.max(Product.id), func.sum(Product.version))
    ).one()
    partners = session.execute(
        select(func.count(Partner.id), func.max(Partner.id), func.sum(Partner.version))
    ).one()
    return (*products, *partners)


def names_for(session: Session) -> EntityIndex:
    """The index of the session's books, rebuilt when products or partners changed."""
    bind = session.get_bind()
    url = bind.engine.url.render_as_string(hide_password=False)
    key = _fingerprint(session)
    with _LOCK:
        found = _CACHE.get(url)
        if found is not None and found.key == key:
            return found.index
    index = _build(session)
    with _LOCK:
        _CACHE[url] = Names(index, key)
    return index


def _build(session: Session) -> EntityIndex:
    index = EntityIndex()
    for name, name_zh in session.execute(
        select(Product.name, Product.name_zh).where(Product.active.is_(True))
    ):
        index.add("product", name, *([name_zh] if name_zh else []), *plurals(name))
    for name, is_customer, is_supplier in session.execute(
        select(Partner.name, Partner.is_customer, Partner.is_supplier).where(
            Partner.parent_id.is_(None), Partner.active.is_(True)
        )
    ):
        short = short_zh_names(name) + short_latin_names(name)
        if is_customer:
            index.add("customer", name, *short)
        if is_supplier:
            index.add("supplier", name, *short)
    return index


LEGAL_FORMS = re.compile(
    r"\b(?:pty|pte|ltd|limited|inc|incorporated|co|corp|corporation|company|llc|plc|gmbh|ag|"
    r"sa|s\.a|ab|oy|kg|srl|s\.r\.l|spa|s\.p\.a|bv|nv|as)\b\.?",
    re.IGNORECASE,
)


def short_latin_names(name: str) -> list[str]:
    """A company without its legal form ("Harbor Provisions" for Harbor Provisions Pty Ltd)."""
    if re.search(r"[\u4e00-\u9fff]", name):
        return []
    short = re.sub(r"[\s,.&]+$", "", LEGAL_FORMS.sub(" ", name)).strip()
    short = re.sub(r"\s+", " ", short)
    return [short] if short and short != name and len(short) >= 4 else []


def plurals(name: str) -> list[str]:
    """How a product is said in the plural ("10 woks", "boxes"): the last word's plural."""
    last = name.split()[-1] if name.split() else ""
    if not re.fullmatch(r"[A-Za-z]{3,}", last) or last.lower().endswith("s"):
        return []
    ending = "es" if re.search(r"(?:x|ch|sh|z)$", last.lower()) else "s"
    return [name + ending]


def short_zh_names(name: str) -> list[str]:
    """Shorter ways to say a Chinese company name: without 有限公司, without the trade, without
    the city in front."""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return []
    out: list[str] = []
    base = ZH_COMPANY_ENDINGS.sub("", name)
    if base != name and len(base) >= 2:
        out.append(base)
    core = ZH_TRADE_ENDINGS.sub("", base)
    if core != base and len(core) >= 2:
        out.append(core)
    for city in CITIES_ZH:
        if core.startswith(city) and len(core) - len(city) >= 2:
            out.append(core[len(city) :])
            break
    return out


ORDER_NUMBER = re.compile(r"(?<![a-z0-9])(so|po)\s?-?\s?(\d{1,8})(?![\d])", re.IGNORECASE)


@dataclass(frozen=True)
class NumberFound:
    start: int
    end: int
    kind: str  # sales_order | purchase_order
    number: str


def order_numbers(text: str) -> list[NumberFound]:
    """Order numbers written in the text ("SO00829", "so 829", "PO-12")."""
    out = []
    for m in ORDER_NUMBER.finditer(text):
        prefix = m.group(1).upper()
        number = f"{prefix}{int(m.group(2)):05d}"
        kind = "sales_order" if prefix == "SO" else "purchase_order"
        out.append(NumberFound(m.start(), m.end(), kind, number))
    return out


def find_order(session: Session, found: NumberFound) -> SalesOrder | PurchaseOrder | None:
    model: Any = SalesOrder if found.kind == "sales_order" else PurchaseOrder
    return session.scalar(select(model).where(model.number == found.number))


def product_named(session: Session, name: str) -> Product | None:
    return session.scalar(
        select(Product).where(Product.name == name, Product.active.is_(True)).limit(1)
    )


def partner_named(session: Session, name: str, kind: str) -> Partner | None:
    stmt = select(Partner).where(Partner.name == name, Partner.parent_id.is_(None))
    stmt = stmt.where(Partner.is_customer if kind == "customer" else Partner.is_supplier)
    return session.scalar(stmt.limit(1))


def partner_orders(session: Session, partner: Partner, kind: str) -> list[Any]:
    """The partner's orders of `kind`, newest first."""
    if kind == "sales_order":
        return list(
            session.scalars(
                select(SalesOrder)
                .where(SalesOrder.customer_id == partner.id)
                .order_by(SalesOrder.id.desc())
                .limit(200)
            )
        )
    return list(
        session.scalars(
            select(PurchaseOrder)
            .where(PurchaseOrder.supplier_id == partner.id)
            .order_by(PurchaseOrder.id.desc())
            .limit(200)
        )
    )
