"""Score Act on a labelled set: exact proposals, wrong proposals and questions back.

Each item is proposed in one unit of work that is rolled back at the end, so the books are
never changed; an exact proposal is confirmed inside it, so a later item can refer to what
an earlier one made ("cancel the quotation I just made").
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from smarterp.core.auth import User
from smarterp.core.db import session_factory
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.permissions import Role
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.act.parser import parse
from smarterp.intel.act.service import confirm, propose

PLACEHOLDER = re.compile(r"^<.*\b(act-[\w-]+)>$")


@dataclass
class Scored:
    id: str
    lang: str
    split: str
    command: str
    expected: dict[str, Any]
    got: dict[str, Any] | None  # what was understood, in the labels' terms
    outcome: str  # exact | wrong | asked | refused
    question: str | None = None
    error: str | None = None
    ms: float = 0.0


@dataclass
class Tally:
    total: int = 0
    exact: int = 0
    wrong: int = 0
    asked: int = 0
    refused: int = 0  # understood exactly, refused by the books (an order already confirmed)

    def add(self, s: Scored) -> None:
        self.total += 1
        if s.outcome in ("exact", "refused"):
            self.exact += 1
        if s.outcome == "refused":
            self.refused += 1
        if s.outcome == "wrong":
            self.wrong += 1
        if s.outcome == "asked":
            self.asked += 1

    def figures(self) -> dict[str, Any]:
        n = self.total or 1
        return {
            "items": self.total,
            "exact": round(100 * self.exact / n, 1),
            "wrong": round(100 * self.wrong / n, 1),
            "asked_back": round(100 * self.asked / n, 1),
            "refused_by_books": self.refused,
        }


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    by_split: dict[str, Tally] = field(default_factory=dict)
    # Per the operation the label asks for ("none" when nothing may be proposed).
    by_operation: dict[str, Tally] = field(default_factory=dict)
    items: list[Scored] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.figures(),
            "by_lang": {k: v.figures() for k, v in sorted(self.by_lang.items())},
            "by_split": {k: v.figures() for k, v in sorted(self.by_split.items())},
            "by_operation": {k: v.figures() for k, v in sorted(self.by_operation.items())},
            "failures": [
                {
                    "id": s.id,
                    "command": s.command,
                    "outcome": s.outcome,
                    "expected": s.expected,
                    "got": s.got,
                    "question": s.question,
                    "error": s.error,
                }
                for s in self.items
                if s.outcome not in ("exact", "refused")
            ],
        }


def load_items(path: Path) -> list[dict[str, Any]]:
    items = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path.name} line {n}", f"not JSON: {exc.msg}") from None
        if "command" not in item or "expected" not in item:
            raise InvalidInput(f"{path.name} line {n}", "needs 'command' and 'expected'")
        items.append(item)
    return items


def evaluate(
    engine: Engine,
    items: list[dict[str, Any]],
    as_of: date,
    split: str | None = None,
    books: str | None = None,
) -> Report:
    """Score `items` on the books of `engine`, read on `as_of` unless an item names its own
    day; `split` and `books` keep only the items labelled so (a set may hold commands on
    several companies: an item's `books` names the one it was written for)."""
    report = Report()
    user = User(username="act-eval", role=Role.ADMIN)
    made: dict[str, str] = {}
    # Never committed: an evaluation leaves no row behind, not even an audit record (those
    # are written only as a transaction commits).
    session = session_factory(engine)()
    session.info["actor"], session.info["via"] = "act-eval", "eval"
    try:
        for item in items:
            if split is not None and item.get("split", "dev") != split:
                continue
            if books is not None and item.get("books", books) != books:
                continue
            day = date.fromisoformat(item["as_of"]) if item.get("as_of") else as_of
            scored = _score(session, item, day, user, made)
            report.items.append(scored)
            report.overall.add(scored)
            report.by_lang.setdefault(scored.lang, Tally()).add(scored)
            report.by_split.setdefault(scored.split, Tally()).add(scored)
            operation = str(scored.expected.get("operation") or "none")
            report.by_operation.setdefault(operation, Tally()).add(scored)
    finally:
        session.rollback()
        session.close()
    return report


def _score(
    session: Session, item: dict[str, Any], as_of: date, user: User, made: dict[str, str]
) -> Scored:
    expected = _resolve_placeholders(item["expected"], made)
    scored = Scored(
        id=str(item.get("id", "")),
        lang=item.get("lang") or ("zh" if re.search(r"[\u4e00-\u9fff]", item["command"]) else "en"),
        split=str(item.get("split", "dev")),
        command=item["command"],
        expected=expected,
        got=None,
        outcome="asked",
    )
    started = time.perf_counter()
    parsed = parse(session, item["command"], as_of)
    if parsed.clarification is not None:
        scored.question = parsed.clarification.question
        scored.outcome = "exact" if expected.get("operation") is None else "asked"
        scored.ms = (time.perf_counter() - started) * 1000
        return scored
    assert parsed.operation is not None
    scored.got = understood(session, parsed.operation, parsed.arguments)
    exact = _matches(session, expected, scored.got, parsed.arguments)
    savepoint = session.begin_nested()
    try:
        result = propose(session, item["command"], user, today=as_of)
    except DomainError as exc:
        savepoint.rollback()
        scored.error = exc.message
        scored.outcome = "refused" if exact else "wrong"
        scored.ms = (time.perf_counter() - started) * 1000
        return scored
    scored.ms = (time.perf_counter() - started) * 1000
    if result.proposal is None:
        # Read as labelled, but the books refuse it now: asked back with what they allow.
        savepoint.rollback()
        scored.question = result.clarification.question if result.clarification else None
        scored.outcome = "refused" if exact else "asked"
        return scored
    if not exact:
        savepoint.rollback()
        scored.outcome = "wrong"
        return scored
    try:
        done = confirm(session, result.proposal.id, user)
        savepoint.commit()
        if done.records:
            made[scored.id] = done.records[0].number
    except DomainError as exc:
        savepoint.rollback()
        scored.error = f"confirm: {exc.message}"
    scored.outcome = "exact"
    return scored


def _resolve_placeholders(expected: dict[str, Any], made: dict[str, str]) -> dict[str, Any]:
    out = dict(expected)
    for key, value in expected.items():
        if isinstance(value, str):
            m = PLACEHOLDER.match(value)
            if m is not None:
                out[key] = made.get(m.group(1), value)
    return out


def understood(session: Session, operation: str, args: dict[str, Any]) -> dict[str, Any]:
    """A parse said in the labels' terms: names instead of ids, plain numbers."""
    op = operation
    if operation == "create_partner":
        op = "create_customer" if args.get("is_customer") else "create_supplier"
        return {
            "operation": op,
            **{k: args[k] for k in ("name", "city", "country", "email", "phone") if args.get(k)},
        }
    out: dict[str, Any] = {"operation": op}
    if operation in ("create_quotation", "create_rfq"):
        partner = session.get(Partner, args["partner_id"])
        out["customer" if operation == "create_quotation" else "supplier"] = (
            partner.name if partner else None
        )
        if args.get("requested_date"):
            out["requested_date"] = args["requested_date"]
        out["lines"] = [
            {
                "product": _product_name(session, ln["product_id"]),
                "quantity": float(ln["quantity"]),
                "price": float(ln["unit_price"]),
                "discount": float(ln.get("discount") or 0),
            }
            for ln in args["lines"]
        ]
    elif operation == "edit_order_lines":
        model: Any = SalesOrder if args["model"] == "sales_order" else PurchaseOrder
        order = session.get(model, args["order_id"])
        out["order"] = order.number if order else None
        out["edits"] = [_edit_said(session, e, args, order) for e in args["edits"]]
    elif "order_id" in args:
        model = (
            PurchaseOrder
            if "purchase" in operation
            or operation
            in (
                "receive_purchase",
                "bill_purchase",
            )
            else SalesOrder
        )
        order = session.get(model, args["order_id"])
        out["order"] = order.number if order else None
        if args.get("quantities"):
            out["lines"] = [
                {"product": _product_name(session, int(pid)), "quantity": float(q)}
                for pid, q in args["quantities"].items()
            ]
    elif operation == "register_payment":
        partner = session.get(Partner, args["partner_id"])
        out["partner"] = partner.name if partner else None
        out["direction"] = "in" if args["direction"] == "inbound" else "out"
        out["amount"] = float(args["amount"])
    elif operation in ("set_price", "set_reorder_level"):
        out["product"] = _product_name(session, args["product_id"])
        out["price" if operation == "set_price" else "level"] = float(args["value"])
    elif operation == "adjust_stock":
        out["product"] = _product_name(session, args["product_id"])
        out["counted"] = float(args["counted"])
    elif operation == "send_reminders":
        out["overdue_days"] = int(args.get("overdue_days") or 0)
        if args.get("customer_id") is not None:
            partner = session.get(Partner, args["customer_id"])
            out["customer"] = partner.name if partner else None
    elif operation == "create_product":
        out["name"] = args["name"]
        out["price"] = float(args["sale_price"])
    return out


def _edit_said(
    session: Session, edit: dict[str, Any], args: dict[str, Any], order: Any
) -> dict[str, Any]:
    """One line edit in the labels' terms: the price only when it is not the usual one."""
    said: dict[str, Any] = {
        "action": edit["action"],
        "product": _product_name(session, edit["product_id"]),
    }
    if edit.get("quantity") is not None:
        said["quantity"] = float(edit["quantity"])
    if edit.get("unit_price") is not None:
        partner = getattr(order, "customer_id", None) or getattr(order, "supplier_id", -1)
        raw = {"product_id": edit["product_id"], "unit_price": edit["unit_price"]}
        if edit["action"] != "add" or not _default_price(session, raw, {"partner_id": partner}):
            said["price"] = float(edit["unit_price"])
    if edit.get("discount") is not None:
        said["discount"] = float(edit["discount"])
    return said


def _product_name(session: Session, product_id: int) -> str | None:
    product = session.get(Product, product_id)
    return product.name if product else None


def _matches(
    session: Session, expected: dict[str, Any], got: dict[str, Any], args: dict[str, Any]
) -> bool:
    """Every label holds in what was understood; what the label leaves out is the default."""
    if expected.get("operation") != got.get("operation"):
        return False
    for key, want in expected.items():
        if key in ("operation", "lines"):
            continue
        if not _same(want, got.get(key)):
            return False
    if got["operation"] in ("create_quotation", "create_rfq"):
        if "requested_date" not in expected and got.get("requested_date"):
            return False
        return _lines_match(session, expected.get("lines", []), got["lines"], args)
    if "lines" in expected or "lines" in got:
        return _lines_match(session, expected.get("lines", []), got.get("lines", []), args)
    return True


def _lines_match(
    session: Session,
    want: list[dict[str, Any]],
    got: list[dict[str, Any]],
    args: dict[str, Any],
) -> bool:
    if len(want) != len(got):
        return False
    for w, g, raw in zip(want, got, args.get("lines", got), strict=True):
        if w.get("product") != g.get("product") or not _same(w.get("quantity"), g["quantity"]):
            return False
        if "price" in w and not _same(w["price"], g.get("price")):
            return False
        if "price" not in w and "product_id" in raw and not _default_price(session, raw, args):
            return False
        if not _same(w.get("discount", 0), g.get("discount", 0)):
            return False
    return True


def _default_price(session: Session, raw: dict[str, Any], args: dict[str, Any]) -> bool:
    """Whether a line's price is what the books would have used with no price said."""
    product = session.get(Product, raw["product_id"])
    if product is None:
        return False
    price = Decimal(str(raw["unit_price"]))
    if price == product.sale_price:
        return True
    supplier_prices = {i.supplier_id: i.price for i in product.supplier_infos}
    usual = supplier_prices.get(args.get("partner_id", -1), product.cost)
    return price == usual


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        try:
            return got is not None and abs(float(got) - float(want)) < 1e-6
        except (TypeError, ValueError):
            return False
    return want == got
