"""Products and categories named in the reader's language: the Chinese name where the books
hold one and the page is in Chinese, else the English one."""

from __future__ import annotations

from typing import Any

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
