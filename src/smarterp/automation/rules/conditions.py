"""The condition language: a tree of all / any / not over `field op value` tests; no eval.

    {"all": [{"field": "days_overdue", "op": ">=", "value": 30},
             {"not": {"field": "partner", "op": "in", "value": ["Acme"]}}]}

`check` validates a tree on save and names the path of each mistake; `holds` evaluates a
checked tree against a record (a dict of fields, dotted names reach into nested dicts)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

OPS = ("==", "!=", ">", ">=", "<", "<=", "in", "not_in", "contains", "exists")
ORDERED = frozenset({">", ">=", "<", "<="})


class ConditionError(ValueError):
    """A condition tree that cannot be used; `path` says where (e.g. conditions.all[1].op)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def check(tree: Any, fields: Iterable[str] | None, path: str = "conditions") -> None:
    """Raise ConditionError at the first mistake; `fields` None allows any field name."""
    known = None if fields is None else frozenset(fields)
    _check(tree, known, path)


def _check(node: Any, fields: frozenset[str] | None, path: str) -> None:
    if not isinstance(node, dict):
        raise ConditionError(path, "must be a mapping: all, any, not, or field/op/value")
    groups = [k for k in ("all", "any", "not") if k in node]
    if groups:
        if len(node) != 1:
            raise ConditionError(path, f"{groups[0]!r} must stand alone in its mapping")
        key = groups[0]
        if key == "not":
            _check(node["not"], fields, f"{path}.not")
            return
        items = node[key]
        if not isinstance(items, list) or not items:
            raise ConditionError(f"{path}.{key}", "must be a non-empty list of conditions")
        for i, item in enumerate(items):
            _check(item, fields, f"{path}.{key}[{i}]")
        return
    extra = set(node) - {"field", "op", "value"}
    if extra:
        raise ConditionError(path, f"unknown key(s) {', '.join(sorted(extra))}")
    field = node.get("field")
    if not isinstance(field, str) or not field:
        raise ConditionError(f"{path}.field", "missing: name a field of the record")
    if fields is not None and field.split(".")[0] not in fields:
        raise ConditionError(
            f"{path}.field", f"{field!r} is not a field here; known: {', '.join(sorted(fields))}"
        )
    op = node.get("op", "==")
    if op not in OPS:
        raise ConditionError(f"{path}.op", f"{op!r} is not one of {', '.join(OPS)}")
    if op == "exists":
        return
    if "value" not in node:
        raise ConditionError(f"{path}.value", f"missing: {op} needs a value")
    value = node["value"]
    if op in ("in", "not_in") and not isinstance(value, list):
        raise ConditionError(f"{path}.value", f"{op} needs a list")
    if op in ORDERED and (isinstance(value, bool) or not isinstance(value, int | float | str)):
        raise ConditionError(f"{path}.value", f"{op} needs a number or a date")


def lookup(record: dict[str, Any], field: str) -> Any:
    value: Any = record
    for part in field.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal | int | float):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return None
    return None


def _comparable(left: Any, right: Any) -> tuple[Any, Any] | None:
    """Both sides as numbers, or as dates, or as text; None when they cannot be compared."""
    ln, rn = _number(left), _number(right)
    if ln is not None and rn is not None:
        return ln, rn
    if isinstance(left, date | datetime) or isinstance(right, date | datetime):
        try:
            return _as_date(left), _as_date(right)
        except ValueError:
            return None
    if isinstance(left, str) and isinstance(right, str):
        return left.casefold(), right.casefold()
    return None


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _equal(left: Any, right: Any) -> bool:
    pair = _comparable(left, right)
    return pair[0] == pair[1] if pair else left == right


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def holds(tree: dict[str, Any] | None, record: dict[str, Any]) -> bool:
    """Whether a checked tree holds for `record`; no tree always holds."""
    if not tree:
        return True
    if "all" in tree:
        return all(holds(item, record) for item in tree["all"])
    if "any" in tree:
        return any(holds(item, record) for item in tree["any"])
    if "not" in tree:
        return not holds(tree["not"], record)
    left = lookup(record, tree["field"])
    op = tree.get("op", "==")
    right = tree.get("value")
    if op == "exists":
        return left is not None and left != ""
    if op == "==":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    if op == "in":
        return any(_equal(left, item) for item in right or ())
    if op == "not_in":
        return not any(_equal(left, item) for item in right or ())
    if op == "contains":
        if isinstance(left, list):
            return any(_equal(item, right) for item in left)
        return isinstance(left, str) and str(right).casefold() in left.casefold()
    if left is None:
        return False
    pair = _comparable(left, right)
    return bool(pair) and COMPARE[op](*pair)  # type: ignore[misc]
