"""Reading order, payment and record forms, and turning what went wrong into messages next to
fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData

from smarterp.core.errors import DomainError
from smarterp.web.i18n import Translator

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
# A row of any table in a form: "offers[2].price".
_ROW_FIELD = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")

# Friendly words for pydantic's error types; anything else shows pydantic's own message.
_PYDANTIC = {
    "missing": "Required",
    "int_parsing": "Choose one",
    "int_type": "Choose one",
    "decimal_parsing": "Enter a number",
    "decimal_type": "Enter a number",
    "date_from_datetime_parsing": "Enter a date",
    "date_parsing": "Enter a date",
    "date_type": "Enter a date",
    "greater_than": "Must be more than {gt}",
    "greater_than_equal": "Must be at least {ge}",
    "less_than_equal": "Must be at most {le}",
    "too_short": "Add at least one line",
    "string_pattern_mismatch": "Not a valid choice",
    "string_too_short": "Required",
    "string_too_long": "At most {max_length} characters",
    "literal_error": "Not a valid choice",
    "enum": "Not a valid choice",
    "bool_parsing": "Not a valid choice",
}


@dataclass
class Rows:
    """The rows of a table in a form as typed, and which of them were sent to the service."""

    rows: list[dict[str, str]]
    sent: list[int] = field(default_factory=list)

    def filled(self) -> list[dict[str, str]]:
        """The rows with anything typed in them; remembers their positions for messages."""
        self.sent = [i for i, row in enumerate(self.rows) if any(row.values())]
        return [self.rows[i] for i in self.sent]


def read_rows(form: FormData, table: str, names: tuple[str, ...]) -> Rows:
    """The rows of table `table` ("offers[0].price", ...) with the columns `names`."""
    found: dict[int, dict[str, str]] = {}
    for key, raw in form.multi_items():
        m = _ROW_FIELD.match(key)
        if m and m.group(1) == table and m.group(3) in names and isinstance(raw, str):
            found.setdefault(int(m.group(2)), {})[m.group(3)] = raw.strip()
    rows = [found[i] for i in sorted(found)]
    for row in rows:
        for name in names:
            row.setdefault(name, "")
    return Rows(rows)


@dataclass
class FormState:
    """What the person typed (to show it again) and the problems found, by field name."""

    values: dict[str, str]
    lines: list[dict[str, str]]
    errors: dict[str, str] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)
    # The position in the form of each line sent to the service (blank rows are skipped).
    line_rows: list[int] = field(default_factory=list)
    # Other tables of the form (a product's supplier offers), by name.
    tables: dict[str, Rows] = field(default_factory=dict)

    def line_error(self, row: int, name: str) -> str | None:
        return self.errors.get(f"lines[{row}].{name}")


LINE_FIELDS = ("product_id", "quantity", "unit_price", "discount")
# Sent with a line of a saved draft: which line it is (a new line has none).
LINE_KEYS = ("id",)


def read_form(form: FormData, fields: tuple[str, ...]) -> FormState:
    values = {name: str(form.get(name) or "").strip() for name in fields}
    rows: dict[int, dict[str, str]] = {}
    for key, raw in form.multi_items():
        m = _LINE_FIELD.match(key)
        if m and m.group(2) in LINE_FIELDS + LINE_KEYS and isinstance(raw, str):
            rows.setdefault(int(m.group(1)), {})[m.group(2)] = raw.strip()
    lines = [rows[i] for i in sorted(rows)]
    for ln in lines:
        for name in LINE_FIELDS + LINE_KEYS:
            ln.setdefault(name, "")
    return FormState(values=values, lines=lines)


def blank_line() -> dict[str, str]:
    return dict.fromkeys(LINE_FIELDS + LINE_KEYS, "")


def decimal_or_none(raw: str) -> Decimal | None:
    if not raw:
        return None
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def filled_lines(state: FormState, tr: Translator) -> list[dict[str, Any]]:
    """The non-blank line rows as dicts for a pydantic command; a discount typed in percent
    becomes the fraction the books store."""
    out: list[dict[str, Any]] = []
    state.line_rows = []
    for row, ln in enumerate(state.lines):
        if not any(ln.get(name) for name in LINE_FIELDS):
            continue
        item: dict[str, Any] = {"product_id": ln["product_id"], "quantity": ln["quantity"]}
        if ln.get("id"):
            item["id"] = ln["id"]
        if ln["unit_price"]:
            item["unit_price"] = ln["unit_price"]
        if ln["discount"]:
            pct = decimal_or_none(ln["discount"])
            if pct is None or not Decimal(0) <= pct <= Decimal(100):
                state.errors[f"lines[{row}].discount"] = tr.gettext(
                    "Enter a percentage from 0 to 100"
                )
            else:
                item["discount"] = pct / 100
        state.line_rows.append(row)
        out.append(item)
    return out


def _field_name(state: FormState, loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [p for p in loc if p not in ("body",)]
    if len(parts) >= 3 and parts[0] == "lines" and isinstance(parts[1], int):
        sent = parts[1]
        row = state.line_rows[sent] if sent < len(state.line_rows) else sent
        return f"lines[{row}].{parts[2]}"
    if len(parts) >= 3 and isinstance(parts[1], int) and str(parts[0]) in state.tables:
        table = str(parts[0])
        rows = state.tables[table].sent
        row = rows[parts[1]] if parts[1] < len(rows) else parts[1]
        return f"{table}[{row}].{parts[2]}"
    return ".".join(str(p) for p in parts) or "form"


def add_validation_errors(
    state: FormState,
    exc: ValidationError,
    tr: Translator,
    whole_numbers: frozenset[str] = frozenset(),
    rename: dict[str, str] | None = None,
) -> None:
    """Pydantic's complaints next to their fields; `whole_numbers` are fields where a number is
    asked for (not a choice), `rename` maps a command's field or table to the form's."""
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        if rename and loc and loc[0] in rename:
            loc[0] = rename[str(loc[0])]
        name = _field_name(state, loc)
        kind = str(err.get("type"))
        template = _PYDANTIC.get(kind)
        if kind in ("int_parsing", "int_type") and loc and str(loc[-1]) in whole_numbers:
            template = "Enter a whole number"
        ctx = err.get("ctx") or {}
        if template:
            message = tr.gettext(template, **{k: str(v) for k, v in ctx.items()})
        else:
            message = str(err.get("msg")).removeprefix("Value error, ")
        state.errors.setdefault(name, message)


def stale_edit(state: FormState, exc: DomainError, tr: Translator) -> bool:
    """When `exc` refuses an edit of a record someone saved in between (core.concurrency):
    say above the form who changed what and when, keep what the person typed, and let a
    second save knowingly replace the other change (the form now carries the current
    version). False for any other refusal."""
    details = exc.details if isinstance(exc.details, dict) else {}
    if exc.code != "conflict" or details.get("field") != "version" or "current" not in details:
        return False
    state.values["version"] = str(details["current"])
    who = ", ".join(dict.fromkeys(details.get("changed_by") or [])) or tr.gettext("someone else")
    changed = [tr.gettext(LABELS.get(name, name)) for name in details.get("changed_fields") or []]
    when = details.get("changed_at")
    state.general.append(
        tr.gettext(
            "{who} saved this record after you opened it{at}{fields}. Nothing was saved. "
            "Your entries are kept below: save again to replace their changes with yours, "
            "or cancel to keep theirs.",
            who=who,
            at=tr.gettext(" at {when}", when=_when(tr, when)) if when else "",
            fields=tr.gettext(", changing {fields}", fields=", ".join(changed)) if changed else "",
        )
    )
    return True


def _when(tr: Translator, iso: str) -> str:
    try:
        return tr.date(datetime.fromisoformat(iso))
    except ValueError:
        return iso


# Field names as a form labels them, for messages that name fields (a stale edit's).
LABELS = {
    "name": "Name",
    "ref": "Code",
    "contact_name": "Contact",
    "job_title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "street": "Street",
    "city": "City",
    "region": "Region",
    "postal_code": "Postal code",
    "country": "Country",
    "segment": "Segment",
    "tax_id": "Tax ID",
    "language": "Language",
    "payment_term_days": "Payment terms (days)",
    "credit_limit": "Credit limit",
    "currency": "Currency",
    "notes": "Notes",
    "active": "Active",
    "is_customer": "Customer",
    "is_supplier": "Supplier",
    "address_type": "Type",
    "name_zh": "Chinese name",
    "category_id": "Category",
    "uom": "Unit of measure",
    "unit_description": "Unit",
    "sale_price": "Sale price",
    "reorder_level": "Reorder level",
    "reorder_quantity": "Reorder quantity",
    "discontinued": "Discontinued",
    "sales_tax_code": "Sales tax",
    "purchase_tax_code": "Purchase tax",
    "customer_id": "Customer",
    "supplier_id": "Supplier",
    "order_date": "Order date",
    "requested_date": "Requested date",
    "expected_date": "Expected date",
    "customer_ref": "Customer reference",
    "supplier_ref": "Supplier reference",
    "warehouse_id": "Warehouse",
    "amount_untaxed": "Untaxed",
    "amount_tax": "Tax",
    "amount_total": "Total",
}


def show_refusal(state: FormState, exc: DomainError, tr: Translator) -> None:
    """A service refused a save: a missing record stays a 404 page, a stale edit says who
    changed what, anything else is shown next to its field (or above the form)."""
    if exc.status == 404:
        raise exc
    if not stale_edit(state, exc, tr):
        add_domain_error(state, exc)


def add_domain_error(state: FormState, exc: DomainError) -> None:
    """A service's refusal: next to its field when it names one, else above the form."""
    raw_field = exc.details.get("field") if isinstance(exc.details, dict) else None
    if isinstance(raw_field, str) and raw_field:
        m = _LINE_FIELD.match(raw_field)
        row_field = _ROW_FIELD.match(raw_field)
        if m:
            # The services count lines from 1 ("lines[1]" is the first), pydantic from 0.
            sent = int(m.group(1)) - 1
            row = state.line_rows[sent] if sent < len(state.line_rows) else sent
            name = f"lines[{row}].{m.group(2)}"
        elif row_field and row_field.group(1) in state.tables:
            rows = state.tables[row_field.group(1)].sent
            sent = int(row_field.group(2)) - 1
            row = rows[sent] if sent < len(rows) else sent
            name = f"{row_field.group(1)}[{row}].{row_field.group(3)}"
        else:
            name = raw_field
        state.errors[name] = str(exc.details.get("reason") or exc.message)
        return
    state.general.append(exc.message)


def surface(state: FormState, shown: set[str]) -> None:
    """Problems about fields the form does not show go above the form, so none is lost."""
    for name in list(state.errors):
        row_field = _ROW_FIELD.match(name)
        if name not in shown and not (row_field and row_field.group(1) in shown):
            state.general.append(f"{name}: {state.errors.pop(name)}")
