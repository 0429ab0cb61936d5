"""Products and categories named in the reader's language: the Chinese name where the books
hold one and the page is in Chinese, else the English one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.products.models import Category, Product
from smarterp.web.i18n import Translator


def localized(tr: Translator, name: str, name_zh: str | None) -> str:
    """`name_zh` on a Chinese page when there is one, else `name`."""
    return name_zh if tr.language == "zh" and name_zh else name


def product_name(tr: Translator, product: Any) -> str:
    return localized(tr, product.name, product.name_zh)


def product_label(tr: Translator, product: Any) -> str:
    """SKU and name, as lists and lines show a product: "CHAI · Chai" or "CHAI · 柴茶"."""
    return f"{product.sku} · {product_name(tr, product)}"


def category_name(tr: Translator, category: Any) -> str:
    return localized(tr, category.name, getattr(category, "name_zh", None))


def report_key_namer(session: Session, tr: Translator, by: str) -> Callable[[str], str]:
    """How a sales report's key reads on the page: the reports group by the English name of
    a product or category, which a Chinese page shows as its Chinese name where there is
    one; other keys (customers, months...) as they are."""
    columns = {
        "product": (Product.name, Product.name_zh),
        "category": (Category.name, Category.name_zh),
    }.get(by)
    if tr.language != "zh" or columns is None:
        return lambda key: key
    name, name_zh = columns
    chinese = {en: zh for en, zh in session.execute(select(name, name_zh)) if zh}
    return lambda key: chinese.get(key, key)
