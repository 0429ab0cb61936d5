"""Turn every failure into one JSON shape: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from smarterp.core.errors import DomainError
from smarterp.core.jsonable import jsonable
from smarterp.core.refusals import explain

log = logging.getLogger("smarterp.api")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    428: "precondition_required",
    429: "too_many_requests",
}


class Forbidden(DomainError):
    code = "forbidden"
    status = 403


class PreconditionRequired(DomainError):
    code = "precondition_required"
    status = 428


def error_response(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": jsonable(details or {})}}
    return JSONResponse(body, status_code=status, headers=headers)


def _domain(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    # A 401 tells the client which scheme to use, as RFC 6750 asks.
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return error_response(exc.status, exc.code, exc.message, exc.details, headers)


def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        where = loc[0] if loc else "request"
        field = ".".join(loc[1:]) if len(loc) > 1 else where
        problems.append({"field": field, "location": where, "reason": err.get("msg", "invalid")})
    first = problems[0] if problems else {"field": "request", "reason": "invalid"}
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return error_response(
        422,
        "validation_error",
        f"{first['field']}: {first['reason']}{more}",
        {"errors": problems},
    )


def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return error_response(exc.status_code, code, message, headers=exc.headers)


def _database(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DBAPIError)
    # Serialization failures and deadlocks are transient: the client may simply retry.
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate in ("40001", "40P01"):
        log.warning("transient database conflict on %s: %s", request.url.path, sqlstate)
        return error_response(
            409, "conflict", "the database asked to retry this change; nothing was saved"
        )
    return _internal(request, exc)


def _refused(request: Request, exc: Exception) -> JSONResponse:
    # The database refused a value the schemas and services let through (a rule, a missing
    # reference, a NUL byte, a duplicate): the client's input, so a 422 naming the field.
    # Never 409 "retry": the same request would be refused again.
    assert isinstance(exc, DBAPIError)
    refusal = explain(exc)
    log.warning("database refused a value on %s %s: %s", request.method, request.url.path, exc)
    return error_response(
        422,
        "invalid_value",
        f"{refusal.field}: {refusal.reason}",
        {"field": refusal.field, "reason": refusal.reason},
    )


def _overflow(request: Request, exc: Exception) -> JSONResponse:
    # SQLite's driver cannot bind an integer beyond 64 bits (an id of 2**70): the client's
    # number, not a server fault. Any other overflow is ours.
    if "SQLite INTEGER" not in str(exc):
        return _internal(request, exc)
    log.warning("number too large on %s %s: %s", request.method, request.url.path, exc)
    return error_response(
        422,
        "invalid_value",
        "a number in the request is too large to store",
        {"field": "value", "reason": "too large"},
    )


def _internal(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(
        500, "internal_error", "an unexpected error occurred; it was logged for the operators"
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(IntegrityError, _refused)
    app.add_exception_handler(DataError, _refused)
    app.add_exception_handler(OverflowError, _overflow)
    app.add_exception_handler(DBAPIError, _database)
    app.add_exception_handler(Exception, _internal)
