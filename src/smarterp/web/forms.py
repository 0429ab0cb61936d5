"""Reading order and payment forms, and turning what went wrong into messages next to fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData

from smarterp.core.errors import DomainError
from smarterp.web.i18n import Translator

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")

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
}


@dataclass
class FormState:
    """What the person typed (to show it again) and the problems found, by field name."""

    values: dict[str, str]
    lines: list[dict[str, str]]
    errors: dict[str, str] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)
    # The position in the form of each line sent to the service (blank rows are skipped).
    line_rows: list[int] = field(default_factory=list)

    def line_error(self, row: int, name: str) -> str | None:
        return self.errors.get(f"lines[{row}].{name}")


LINE_FIELDS = ("product_id", "quantity", "unit_price", "discount")


def read_form(form: FormData, fields: tuple[str, ...]) -> FormState:
    values = {name: str(form.get(name) or "").strip() for name in fields}
    rows: dict[int, dict[str, str]] = {}
    for key, raw in form.multi_items():
        m = _LINE_FIELD.match(key)
        if m and m.group(2) in LINE_FIELDS and isinstance(raw, str):
            rows.setdefault(int(m.group(1)), {})[m.group(2)] = raw.strip()
    lines = [rows[i] for i in sorted(rows)]
    for ln in lines:
        for name in LINE_FIELDS:
            ln.setdefault(name, "")
    return FormState(values=values, lines=lines)


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
        if not any(ln.values()):
            continue
        item: dict[str, Any] = {"product_id": ln["product_id"], "quantity": ln["quantity"]}
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
    return ".".join(str(p) for p in parts) or "form"


def add_validation_errors(state: FormState, exc: ValidationError, tr: Translator) -> None:
    for err in exc.errors():
        name = _field_name(state, err.get("loc", ()))
        template = _PYDANTIC.get(str(err.get("type")))
        ctx = err.get("ctx") or {}
        message = tr.gettext(template, **ctx) if template else str(err.get("msg"))
        state.errors.setdefault(name, message)


def add_domain_error(state: FormState, exc: DomainError) -> None:
    """A service's refusal: next to its field when it names one, else above the form."""
    raw_field = exc.details.get("field") if isinstance(exc.details, dict) else None
    if isinstance(raw_field, str) and raw_field:
        m = _LINE_FIELD.match(raw_field)
        if m:
            # The services count lines from 1 ("lines[1]" is the first), pydantic from 0.
            sent = int(m.group(1)) - 1
            row = state.line_rows[sent] if sent < len(state.line_rows) else sent
            name = f"lines[{row}].{m.group(2)}"
        else:
            name = raw_field
        state.errors[name] = str(exc.details.get("reason") or exc.message)
        return
    state.general.append(exc.message)


def surface(state: FormState, shown: set[str]) -> None:
    """Problems about fields the form does not show go above the form, so none is lost."""
    for name in list(state.errors):
        if name not in shown and not _LINE_FIELD.match(name):
            state.general.append(f"{name}: {state.errors.pop(name)}")
