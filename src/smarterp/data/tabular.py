"""Importing partners, products, opening stock and sales history from CSV or Excel files."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import StockMove
from smarterp.erp.partners.queries import find_by_ref
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.queries import find_by_sku
from smarterp.erp.products.schemas import ProductIn, SupplierInfoIn
from smarterp.erp.products.service import create_product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn

KINDS = ("partners", "products", "stock", "sales")
# The fields each kind reads; the required ones first.
REQUIRED = {
    "partners": ("name",),
    "products": ("sku", "name"),
    "stock": ("sku", "quantity", "unit_cost"),
    "sales": ("order_key", "customer_ref", "date", "sku", "quantity"),
}
OPTIONAL = {
    "partners": [
        "ref",
        "role",
        "contact_name",
        "job_title",
        "email",
        "phone",
        "street",
        "city",
        "region",
        "postal_code",
        "country",
        "segment",
        "tax_id",
        "payment_term_days",
        "credit_limit",
        "notes",
    ],
    "products": [
        "category",
        "uom",
        "unit_description",
        "sale_price",
        "cost",
        "reorder_level",
        "reorder_quantity",
        "discontinued",
        "supplier_ref",
        "supplier_price",
    ],
    "stock": ["date"],
    "sales": ["price", "discount", "requested_date"],
}


@dataclass
class Problem:
    row: int  # the spreadsheet row: the header is row 1
    column: str
    reason: str


@dataclass
class ImportResult:
    kind: str
    rows: int = 0
    created: int = 0
    skipped: int = 0  # rows whose key already exists
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False

    @property
    def committed(self) -> bool:
        return not self.problems and not self.dry_run


Row = dict[str, str]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> list[Row]:
    """The rows of a .csv (UTF-8) or .xlsx (first sheet) file, keyed by the header row."""
    return [row for _, row in read_rows(path)]


def read_rows(path: Path) -> list[tuple[int, Row]]:
    """Like `read_table`, each row with its number as a spreadsheet shows it (the header is
    row 1), so that problems can name the row even when blank rows were skipped."""
    if not path.is_file():
        raise InvalidInput("file", f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            return [
                (reader.line_num, {(k or "").strip(): (v or "").strip() for k, v in row.items()})
                for row in reader
            ]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_cell(h) for h in next(rows, ())]
        out = []
        for number, values in enumerate(rows, start=2):
            cells = [_cell(v) for v in values]
            if any(cells):
                out.append((number, dict(zip(header, cells, strict=False))))
        book.close()
        return out
    raise InvalidInput("file", f"{path.name}: only .csv and .xlsx files can be imported")


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """`source_col=field` pairs into a dict; a bad pair is an InvalidInput."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise InvalidInput("--map", f"{pair!r} is not source_column=field")
        mapping[source.strip()] = target.strip()
    return mapping


def import_table(
    engine: Engine,
    kind: str,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    actor: str = "import",
) -> ImportResult:
    """Validate every row, then write all of them in one transaction, or nothing at all."""
    if kind not in KINDS:
        raise InvalidInput("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    mapping = mapping or {}
    raw = read_table(path)
    result = ImportResult(kind=kind, rows=len(raw), dry_run=dry_run)
    known = set(REQUIRED[kind]) | set(OPTIONAL[kind])
    bad_targets = [t for t in mapping.values() if t not in known]
    if bad_targets:
        raise InvalidInput(
            "--map", f"{', '.join(bad_targets)}: not a {kind} field ({', '.join(sorted(known))})"
        )
    rows = [(i, {mapping.get(k, k): v for k, v in r.items()}) for i, r in enumerate(raw, start=2)]
    header = {mapping.get(k, k) for k in (raw[0].keys() if raw else [])}
    for col in REQUIRED[kind]:
        if col not in header:
            result.problems.append(Problem(1, col, "required column is missing"))
    if result.problems:
        return result
    try:
        with unit_of_work(engine, actor=actor, via="import") as session:
            _WRITERS[kind](session, rows, result)
            if result.problems:
                raise _Abort
            if dry_run:
                raise _Abort
    except _Abort:
        pass
    return result


class _Abort(Exception):
    """Roll the unit of work back: a bad row, or a dry run."""


def _problem(result: ImportResult, row: int, column: str, reason: str) -> None:
    result.problems.append(Problem(row, column, reason))


def _decimal(
    result: ImportResult, n: int, r: Row, col: str, *, default: str | None = None, minimum: int = 0
) -> Decimal | None:
    text = r.get(col, "").replace(",", "") or (default or "")
    if not text:
        _problem(result, n, col, "a value is required")
        return None
    try:
        value = Decimal(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except InvalidOperation:
        _problem(result, n, col, f"{text!r} is not a number")
        return None
    if value < minimum:
        _problem(result, n, col, f"{text} is below {minimum}")
        return None
    return value


def _date(result: ImportResult, n: int, r: Row, col: str) -> date | None:
    text = r.get(col, "")
    try:
        return date.fromisoformat(text)
    except ValueError:
        _problem(result, n, col, f"{text!r} is not a date (YYYY-MM-DD)")
        return None


def _validation(result: ImportResult, n: int, exc: ValidationError) -> None:
    for err in exc.errors():
        col = str(err["loc"][0]) if err["loc"] else "?"
        _problem(result, n, col, err["msg"])


def _domain(result: ImportResult, n: int, exc: DomainError) -> None:
    _problem(result, n, str(exc.details.get("field", "")), exc.message)


def _duplicate(result: ImportResult, seen: dict[str, int], n: int, col: str, key: str) -> bool:
    if key in seen:
        _problem(result, n, col, f"{key!r} also appears on row {seen[key]}")
        return True
    seen[key] = n
    return False


def _partners(session: Session, rows: list[tuple[int, Row]], result: ImportResult) -> None:
    seen: dict[str, int] = {}
    fields = set(OPTIONAL["partners"]) - {"role"}
    for n, r in rows:
        ref = r.get("ref", "")
        if ref and _duplicate(result, seen, n, "ref", ref):
            continue
        if ref and find_by_ref(session, ref) is not None:
            result.skipped += 1
            continue
        role = (r.get("role") or "customer").lower()
        if role not in ("customer", "supplier", "both"):
            _problem(result, n, "role", f"{role!r} is not customer, supplier or both")
            continue
        data = {k: v for k, v in r.items() if k in fields and v != ""}
        try:
            cmd = PartnerIn(
                name=r.get("name", ""),
                is_customer=role in ("customer", "both"),
                is_supplier=role in ("supplier", "both"),
                **data,
            )
            create_partner(session, cmd)
            result.created += 1
        except ValidationError as exc:
            _validation(result, n, exc)
        except DomainError as exc:
            _domain(result, n, exc)


def _products(session: Session, rows: list[tuple[int, Row]], result: ImportResult) -> None:
    seen: dict[str, int] = {}
    plain = {"category", "uom", "unit_description"}
    numbers = {"sale_price", "cost", "reorder_level", "reorder_quantity"}
    for n, r in rows:
        sku = r.get("sku", "")
        if sku and _duplicate(result, seen, n, "sku", sku):
            continue
        if sku and find_by_sku(session, sku) is not None:
            result.skipped += 1
            continue
        before = len(result.problems)
        data: dict[str, Any] = {k: v for k, v in r.items() if k in plain and v}
        for col in numbers:
            if r.get(col):
                data[col] = _decimal(result, n, r, col)
        flag = r.get("discontinued", "").lower()
        if flag not in ("", "0", "1", "yes", "no", "true", "false"):
            _problem(result, n, "discontinued", f"{flag!r} is not yes/no")
        suppliers = []
        if r.get("supplier_ref"):
            partner = find_by_ref(session, r["supplier_ref"])
            if partner is None or not partner.is_supplier:
                _problem(result, n, "supplier_ref", f"no supplier with ref {r['supplier_ref']!r}")
            else:
                cost = _decimal(result, n, r, "supplier_price", default=r.get("cost") or "0")
                if cost is not None:
                    suppliers.append(SupplierInfoIn(supplier_id=partner.id, price=cost))
        if len(result.problems) > before:
            continue
        try:
            cmd = ProductIn(
                sku=sku,
                name=r.get("name", ""),
                discontinued=flag in ("1", "yes", "true"),
                suppliers=suppliers,
                **data,
            )
            create_product(session, cmd)
            result.created += 1
        except ValidationError as exc:
            _validation(result, n, exc)
        except DomainError as exc:
            _domain(result, n, exc)


def _stock(session: Session, rows: list[tuple[int, Row]], result: ImportResult) -> None:
    seen: dict[str, int] = {}
    for n, r in rows:
        sku = r.get("sku", "")
        if _duplicate(result, seen, n, "sku", sku):
            continue
        product = find_by_sku(session, sku)
        if product is None:
            _problem(result, n, "sku", f"no product with SKU {sku!r}")
            continue
        before = len(result.problems)
        quantity = _decimal(result, n, r, "quantity", minimum=0)
        cost = _decimal(result, n, r, "unit_cost")
        on = _date(result, n, r, "date") if r.get("date") else date.today()
        if len(result.problems) > before or quantity is None or cost is None or on is None:
            continue
        opened = session.scalar(
            select(StockMove.id).where(
                StockMove.product_id == product.id, StockMove.origin_type == "opening"
            )
        )
        if opened is not None:  # the key (SKU) already has its opening balance
            result.skipped += 1
            continue
        if quantity == 0:
            result.skipped += 1
            continue
        try:
            inventory.set_opening_stock(session, product.id, quantity, cost, on)
            result.created += 1
        except DomainError as exc:
            _domain(result, n, exc)


def _sales(session: Session, rows: list[tuple[int, Row]], result: ImportResult) -> None:
    orders: dict[str, list[tuple[int, Row]]] = defaultdict(list)
    for n, r in rows:
        key = r.get("order_key", "")
        if not key:
            _problem(result, n, "order_key", "a value is required")
        else:
            orders[key].append((n, r))
    for key, lines in orders.items():
        first_n, first = lines[0]
        if sales.find_by_external_ref(session, key) is not None:
            result.skipped += len(lines)
            continue
        before = len(result.problems)
        customer = find_by_ref(session, first.get("customer_ref", ""))
        if customer is None:
            _problem(
                result,
                first_n,
                "customer_ref",
                f"no partner with ref {first.get('customer_ref')!r}",
            )
        on = _date(result, first_n, first, "date")
        requested = (
            _date(result, first_n, first, "requested_date") if first.get("requested_date") else None
        )
        line_cmds = []
        for n, r in lines:
            for col in ("customer_ref", "date"):
                if r.get(col) != first.get(col):
                    _problem(result, n, col, f"differs from row {first_n} of order {key!r}")
            product = find_by_sku(session, r.get("sku", ""))
            if product is None:
                _problem(result, n, "sku", f"no product with SKU {r.get('sku')!r}")
            quantity = _decimal(result, n, r, "quantity")
            unit_price = _decimal(result, n, r, "price") if r.get("price") else None
            discount = _decimal(result, n, r, "discount", default="0")
            if discount is not None and discount > 1:
                _problem(result, n, "discount", f"{discount} is more than 100%")
            if product is not None and quantity is not None and discount is not None:
                try:
                    line_cmds.append(
                        SalesLineIn(
                            product_id=product.id,
                            quantity=quantity,
                            unit_price=unit_price,
                            discount=discount,
                        )
                    )
                except ValidationError as exc:
                    _validation(result, n, exc)
        if len(result.problems) > before or customer is None or on is None:
            continue
        try:
            order = sales.create_order(
                session,
                SalesOrderIn(
                    customer_id=customer.id,
                    order_date=on,
                    requested_date=requested,
                    external_ref=key,
                    lines=line_cmds,
                ),
                allow_discontinued=True,
            )
            sales.confirm_order(session, order.id, override_credit_limit=True)
            sales.deliver(session, order.id, on)
            sales.invoice_order(session, order.id, on)
            result.created += len(lines)
        except ValidationError as exc:
            _validation(result, first_n, exc)
        except DomainError as exc:
            _domain(result, first_n, exc)


_WRITERS: dict[str, Callable[[Session, list[tuple[int, Row]], ImportResult], None]] = {
    "partners": _partners,
    "products": _products,
    "stock": _stock,
    "sales": _sales,
}
