"""A structured query from outside the parser (a reading picked after a clarification, an API
caller): checked against the query model and the catalogue before it runs, so a bad one is a
422 naming the part, never a 500 nor a misleading 403."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from smarterp.core.errors import InvalidInput
from smarterp.intel.semantic.catalogue import MEASURES
from smarterp.intel.semantic.query import StructuredQuery


def check_known(query: StructuredQuery) -> StructuredQuery:
    """`query` when every measure is in the catalogue. (Unknown dimensions and conditions the
    compiler refuses itself; an unknown measure would otherwise read as one the role may not
    see.)"""
    unknown = [m for m in query.measures if m not in MEASURES]
    if unknown:
        raise InvalidInput("query.measures", f"unknown measure {unknown[0]!r}")
    return query


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
    return check_known(query)
