"""A structured query from outside the parser (a reading picked on the web page): checked
against the query model before it runs (run_query refuses measures the catalogue lacks), so
a bad one is a 422 naming the part, never a 500 nor a misleading 403."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from smarterp.core.errors import InvalidInput
from smarterp.intel.semantic.query import StructuredQuery


def load_query(raw: str | dict[str, Any]) -> StructuredQuery:
    """A StructuredQuery from its JSON text or dict (as `Answer.query` and `Reading.query` hold
    it); InvalidInput naming the first problem otherwise."""
    data: Any = raw
    if isinstance(raw, str):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidInput("query", f"is not JSON: {exc.msg}") from None
    try:
        query = StructuredQuery.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in ("query", *problem["loc"]))
        raise InvalidInput(where, problem["msg"]) from None
    return query
