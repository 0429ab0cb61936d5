"""English and Chinese: message catalogues read from the package's .po files, and numbers,
money and dates formatted the way each language writes them (Babel's CLDR data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = {"en": "English", "zh": "中文"}
DEFAULT_LANGUAGE = "en"
# The CLDR locale each interface language formats numbers and dates with.
_CLDR = {"en": "en_US", "zh": "zh_Hans_CN"}


@cache
def catalogue(language: str) -> dict[str, str]:
    """msgid -> translation for one language; untranslated messages are left out, so the
    English text shows instead of an empty string."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        cat = read_po(fh, locale=language)
    return {str(m.id): str(m.string) for m in cat if m.id and m.string and not m.fuzzy}


def pick_language(*candidates: str | None) -> str:
    """The first supported language among the candidates (user setting, Accept-Language...)."""
    for cand in candidates:
        if not cand:
            continue
        for part in cand.split(","):
            code = part.split(";")[0].strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Translator:
    """Everything a page needs to speak one language."""

    language: str
    currency: str = "USD"

    @property
    def cldr(self) -> Locale:
        return Locale.parse(_CLDR[self.language])

    def gettext(self, message: str, **values: object) -> str:
        text = catalogue(self.language).get(message, message)
        return text.format(**values) if values else text

    def money(self, value: Decimal | int | None, currency: str | None = None) -> str:
        if value is None:
            return ""
        return format_currency(
            Decimal(value), currency or self.currency, locale=self.cldr, currency_digits=True
        )

    def number(self, value: Decimal | int | None, places: int | None = None) -> str:
        if value is None:
            return ""
        if places is not None:
            fmt = "#,##0." + "0" * places if places else "#,##0"
            return format_decimal(Decimal(value), format=fmt, locale=self.cldr)
        # Quantities: drop trailing zeros (3.000 -> 3) but keep what matters (2.5).
        normal = Decimal(value).normalize()
        exponent = normal.as_tuple().exponent
        digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        fmt = "#,##0." + "0" * digits if digits else "#,##0"
        return format_decimal(normal, format=fmt, locale=self.cldr)

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return format_datetime(value, format="medium", locale=self.cldr)
        return format_date(value, format="medium", locale=self.cldr)

    def month(self, key: str) -> str:
        """A "YYYY-MM" period as the language writes a month: "Mar 2025", "2025年3月"."""
        try:
            year, month = (int(x) for x in key.split("-")[:2])
        except ValueError:
            return key
        return format_skeleton("yMMM", date(year, month, 1), locale=self.cldr)

    def percent(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        return self.number(Decimal(value) * 100, 1) + "%"


def translator(language: str, currency: str = "USD") -> Translator:
    return Translator(language if language in LANGUAGES else DEFAULT_LANGUAGE, currency)


Gettext = Callable[..., str]
