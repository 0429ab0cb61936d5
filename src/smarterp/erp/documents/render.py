"""Printing a document: its HTML template filled in one language, laid out as PDF by WeasyPrint."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from smarterp.core.errors import DomainError
from smarterp.erp.documents.content import Printable
from smarterp.erp.documents.words import DocumentWords

TEMPLATES = Path(__file__).parent / "templates"
_HAN = re.compile(r"[\u3400-\u9fff]")


class MissingFont(DomainError):
    """No installed font can draw the document's Chinese text."""

    code = "missing_font"
    status = 500


class PdfEngineMissing(DomainError):
    """WeasyPrint or the system libraries it needs (Pango) are not installed."""

    code = "pdf_engine_missing"
    status = 500


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _formatters(words: DocumentWords) -> dict[str, Any]:
    locale = words.locale

    def money(value: Decimal | None, currency: str | None = None) -> str:
        if value is None:
            return ""
        if currency:
            return format_currency(value, currency, locale=locale, currency_digits=True)
        return format_decimal(value, format="#,##0.00", locale=locale)

    def price(value: Decimal | None) -> str:
        return "" if value is None else format_decimal(value, format="#,##0.00##", locale=locale)

    def qty(value: Decimal | None) -> str:
        return "" if value is None else format_decimal(value, format="#,##0.###", locale=locale)

    def percent(value: Decimal | None) -> str:
        if not value:
            return ""
        return format_decimal(value * 100, format="#,##0.##", locale=locale) + "%"

    def day(value: date | None) -> str:
        return "" if value is None else format_date(value, format="medium", locale=locale)

    def meta_value(key: str, value: Any) -> str:
        if isinstance(value, date):
            return day(value)
        if isinstance(value, tuple) and value and value[0] == "days":
            return words.days.format(days=value[1])
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], date):
            return f"{day(value[0])} – {day(value[1])}"
        return str(value)

    return {
        "money": money,
        "price": price,
        "qty": qty,
        "percent": percent,
        "day": day,
        "meta_value": meta_value,
    }


def render_html(doc: Printable, words: DocumentWords) -> str:
    """The document as HTML in the words' language (what the PDF is laid out from)."""
    template = "statement.html" if doc.kind == "statement" else "document.html"
    return (
        _environment()
        .get_template(template)
        .render(
            doc=doc,
            w=words,
            L=words.labels,
            title=words.title(doc.title_key),
            **_formatters(words),
        )
    )


def render_pdf(doc: Printable, words: DocumentWords) -> bytes:
    """The document as PDF bytes, its fonts embedded; refuses Chinese it cannot draw."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango's shared libraries are missing
        raise PdfEngineMissing(
            "cannot make PDFs: WeasyPrint needs Pango (Debian/Ubuntu: apt install "
            f"libpango-1.0-0 libpangoft2-1.0-0; then pip install weasyprint): {exc}"
        ) from exc
    html = render_html(doc, words)
    pdf = HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
    if pdf is None:  # pragma: no cover - write_pdf returns bytes when no target is given
        raise DomainError("the PDF engine returned nothing")
    _check_han_drawn(pdf, html, words)
    return bytes(pdf)


def _check_han_drawn(pdf: bytes, html: str, words: DocumentWords) -> None:
    """Chinese characters in the HTML must come back out of the PDF's text; when no font on
    the machine has them, they are drawn as empty boxes and the text layer loses them."""
    wanted = _HAN.search(html)
    if wanted is None:
        return
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    if _HAN.search(text) is None:
        raise MissingFont(
            "no font for Chinese text is installed, so the PDF would show empty boxes: install "
            "a CJK font (Debian/Ubuntu: apt install fonts-noto-cjk; Fedora: "
            "google-noto-sans-cjk-fonts; macOS and Windows have one) and try again",
            details={"language": words.code},
        )
