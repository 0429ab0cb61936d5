"""Currency use-cases: add a currency, enter or import rates, and the rate in force on a day."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.bounds import check_date
from smarterp.core.db import session_cache
from smarterp.core.errors import InvalidInput
from smarterp.core.money import RATE_PLACES, money
from smarterp.erp.company.service import get_company
from smarterp.erp.currency.models import Currency, ExchangeRate

_CODE = re.compile(r"[A-Z]{3}")

# Names of the currencies a trading company meets most, so that entering a rate for one of
# them needs no separate step; any other ISO code is added once with its name.
KNOWN: dict[str, tuple[str, str]] = {
    "USD": ("US dollar", "$"),
    "EUR": ("Euro", "€"),
    "GBP": ("Pound sterling", "£"),
    "CNY": ("Chinese yuan", "¥"),
    "JPY": ("Japanese yen", "¥"),
    "HKD": ("Hong Kong dollar", "HK$"),
    "TWD": ("New Taiwan dollar", "NT$"),
    "SGD": ("Singapore dollar", "S$"),
    "KRW": ("South Korean won", "₩"),
    "AUD": ("Australian dollar", "A$"),
    "NZD": ("New Zealand dollar", "NZ$"),
    "CAD": ("Canadian dollar", "C$"),
    "CHF": ("Swiss franc", "CHF"),
    "SEK": ("Swedish krona", "kr"),
    "NOK": ("Norwegian krone", "kr"),
    "DKK": ("Danish krone", "kr"),
    "PLN": ("Polish złoty", "zł"),
    "CZK": ("Czech koruna", "Kč"),
    "INR": ("Indian rupee", "₹"),
    "THB": ("Thai baht", "฿"),
    "MYR": ("Malaysian ringgit", "RM"),
    "IDR": ("Indonesian rupiah", "Rp"),
    "VND": ("Vietnamese đồng", "₫"),
    "PHP": ("Philippine peso", "₱"),
    "MXN": ("Mexican peso", "MX$"),
    "BRL": ("Brazilian real", "R$"),
    "ARS": ("Argentine peso", "AR$"),
    "ZAR": ("South African rand", "R"),
    "AED": ("UAE dirham", "AED"),
    "SAR": ("Saudi riyal", "SAR"),
    "TRY": ("Turkish lira", "₺"),
    "RUB": ("Russian ruble", "₽"),
}


def check_code(code: str, field: str = "currency") -> str:
    """An ISO 4217 code in capitals, or a clear refusal."""
    value = (code or "").strip().upper()
    if not _CODE.fullmatch(value):
        raise InvalidInput(field, f"{code!r} is not a currency code (three letters, e.g. EUR)")
    return value


def company_currency(session: Session) -> str:
    return get_company(session).currency


def get_currency(session: Session, code: str, field: str = "currency") -> Currency:
    """The currency with this code; one of the well-known ones is added on first use."""
    code = check_code(code, field)
    known: dict[str, Currency] = session_cache(session, "currencies")
    if code in known:
        return known[code]
    with session.no_autoflush:
        currency = session.execute(
            select(Currency).where(Currency.code == code)
        ).scalar_one_or_none()
    if currency is None:
        if code not in KNOWN and code != company_currency(session):
            raise InvalidInput(
                field,
                f"{code} is not a currency of these books: add it first "
                f"(smarterp currency add {code} --name ...)",
            )
        name, symbol = KNOWN.get(code, (code, None))
        currency = Currency(code=code, name=name, symbol=symbol, active=True)
        session.add(currency)
        session.flush()
        record_audit(session, "currency.create", currency)
    known[code] = currency
    return currency


def add_currency(
    session: Session, code: str, name: str | None = None, symbol: str | None = None
) -> Currency:
    """Add a currency (or rename one); its rates are entered separately."""
    code = check_code(code)
    existing = session.execute(select(Currency).where(Currency.code == code)).scalar_one_or_none()
    default_name, default_symbol = KNOWN.get(code, (None, None))
    name = (name or "").strip() or default_name
    if not name:
        raise InvalidInput("name", f"{code} is not a well-known code; give its name")
    if existing is not None:
        before = snapshot(existing)
        existing.name = name
        existing.symbol = symbol or existing.symbol
        existing.active = True
        record_audit(session, "currency.update", existing, before=before)
        return existing
    currency = Currency(code=code, name=name, symbol=symbol or default_symbol, active=True)
    session.add(currency)
    session.flush()
    record_audit(session, "currency.create", currency)
    return currency


def foreign_currency(session: Session, code: str, field: str = "currency") -> Currency:
    """A currency rates are kept for: any but the company's own (always worth 1)."""
    currency = get_currency(session, code, field)
    if currency.code == company_currency(session):
        raise InvalidInput(field, f"{currency.code} is the company currency; its rate is always 1")
    return currency


def check_rate(value: Decimal | str, field: str = "rate") -> Decimal:
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidInput(field, f"{value!r} is not a number") from None
    if not rate.is_finite() or rate <= 0:
        raise InvalidInput(field, f"{value} must be more than zero")
    if rate >= Decimal(10) ** 9:
        raise InvalidInput(field, f"{value} is not a plausible exchange rate")
    if rate.quantize(RATE_PLACES) == 0:
        raise InvalidInput(field, f"{value} rounds to zero at 8 decimals")
    return rate.quantize(RATE_PLACES)


def set_rate(
    session: Session, code: str, on: date, rate: Decimal | str, source: str = "manual"
) -> ExchangeRate:
    """Enter the rate of `code` from `on` (company currency per unit); replaces that day's."""
    currency = foreign_currency(session, code)
    check_date(on, "date")
    value = check_rate(rate)
    row = session.execute(
        select(ExchangeRate).where(ExchangeRate.currency == currency.code, ExchangeRate.date == on)
    ).scalar_one_or_none()
    if row is not None:
        before = snapshot(row)
        row.rate, row.source = value, source
        record_audit(session, "exchange_rate.update", row, before=before)
    else:
        row = ExchangeRate(currency=currency.code, date=on, rate=value, source=source)
        session.add(row)
        session.flush()
        record_audit(session, "exchange_rate.create", row)
    session_cache(session, "rates").clear()
    return row


def rate_on(session: Session, code: str, on: date, field: str = "currency") -> Decimal:
    """The rate in force on `on`: the latest entered on or before it; 1 for the company's own.
    No rate yet is a refusal, never a silent 1."""
    code = check_code(code, field)
    if code == company_currency(session):
        return Decimal(1)
    cache: dict[tuple[str, date], Decimal] = session_cache(session, "rates")
    if (code, on) not in cache:
        with session.no_autoflush:
            rate = session.scalar(
                select(ExchangeRate.rate)
                .where(ExchangeRate.currency == code, ExchangeRate.date <= on)
                .order_by(ExchangeRate.date.desc())
                .limit(1)
            )
        if rate is None:
            raise InvalidInput(
                field,
                f"no {code} exchange rate on or before {on.isoformat()}: enter one "
                f"(smarterp currency rate {code} RATE --date {on.isoformat()}) or import a CSV",
            )
        cache[(code, on)] = rate
    return cache[(code, on)]


def to_company(amount: Decimal, rate: Decimal) -> Decimal:
    """An amount in a document's currency, in the company currency, to the cent."""
    return money(amount * rate)


def convert(
    session: Session, amount: Decimal, source: str, target: str, on: date, field: str = "currency"
) -> Decimal:
    """`amount` in `source`, in `target` at the rates in force on `on` (through the company
    currency), to the cent; unchanged when the two are the same currency. A missing rate is
    refused as `rate_on` refuses it."""
    if source == target:
        return amount
    in_company = amount * rate_on(session, source, on, field)
    return money(in_company / rate_on(session, target, on, field))


def list_rates(
    session: Session,
    code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[ExchangeRate]:
    stmt = select(ExchangeRate).order_by(ExchangeRate.currency, ExchangeRate.date.desc())
    if code:
        stmt = stmt.where(ExchangeRate.currency == check_code(code))
    if date_from is not None:
        stmt = stmt.where(ExchangeRate.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(ExchangeRate.date <= date_to)
    return list(session.scalars(stmt))


def list_currencies(session: Session) -> list[Currency]:
    return list(session.scalars(select(Currency).order_by(Currency.code)))


@dataclass(frozen=True)
class RatesImported:
    added: int
    replaced: int
    currencies: list[str]


_HEADERS = {"date": "date", "currency": "currency", "code": "currency", "rate": "rate"}


def import_rates_csv(session: Session, text: str, source: str = "csv") -> RatesImported:
    """Rates from CSV text with the columns date, currency, rate (header first; ISO dates).
    Every row is checked before any is written: one bad row refuses the file, naming its line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None:
        raise InvalidInput("file", "is empty; expected a header: date,currency,rate")
    columns = {_HEADERS.get(h.strip().lower()): i for i, h in enumerate(header)}
    missing = [c for c in ("date", "currency", "rate") if c not in columns]
    if missing:
        raise InvalidInput(
            "file", f"header {header} lacks {', '.join(missing)}; expected date,currency,rate"
        )
    rows: dict[tuple[str, date], tuple[Decimal, int]] = {}
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {line_no}"
        try:
            cells = {c: row[i].strip() for c, i in columns.items() if c}
        except IndexError:
            raise InvalidInput(
                "file", f"{where} has {len(row)} columns, not {len(header)}"
            ) from None
        try:
            on = date.fromisoformat(cells["date"])
        except ValueError:
            raise InvalidInput(
                "date", f"{cells['date']!r} is not a date like 2026-11-30", record=where
            ) from None
        try:
            code = check_code(cells["currency"])
            rate = check_rate(cells["rate"])
        except InvalidInput as err:
            raise InvalidInput(err.details["field"], err.details["reason"], record=where) from None
        if (code, on) in rows:
            first = rows[(code, on)][1]
            raise InvalidInput("file", f"{where} repeats the {code} rate of {on} from line {first}")
        rows[(code, on)] = (rate, line_no)
    if not rows:
        raise InvalidInput("file", "has a header but no rates")
    for code, _on in rows:
        try:
            foreign_currency(session, code)
        except InvalidInput as err:
            line_no = rows[(code, _on)][1]
            raise InvalidInput(
                "currency", err.details["reason"], record=f"line {line_no}"
            ) from None
    existing = {
        (r.currency, r.date)
        for r in session.scalars(
            select(ExchangeRate).where(ExchangeRate.currency.in_({c for c, _ in rows}))
        )
    }
    for (code, on), (rate, _line) in sorted(rows.items()):
        set_rate(session, code, on, rate, source=source)
    replaced = sum(1 for key in rows if key in existing)
    return RatesImported(
        added=len(rows) - replaced, replaced=replaced, currencies=sorted({c for c, _ in rows})
    )
