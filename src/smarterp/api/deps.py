"""Request plumbing shared by the routers: auth, the unit of work, paging, sorting, ETags,
idempotency keys."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any, Generic, TypeVar

from annotated_types import Ge, Le
from fastapi import Depends, Header, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from smarterp.api.errors import Forbidden, PreconditionRequired
from smarterp.core import idempotency
from smarterp.core.auth import (
    ApiToken,
    AuthFailed,
    User,
    needs_touch,
    token_allows,
    touch_token,
    verify_token,
)
from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.permissions import PERMISSIONS
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceOut

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

bearer = HTTPBearer(auto_error=False, description="An API token: `smarterp tokens create NAME`.")
MAX_KEY_LENGTH = 80
API_PREFIX = "/api/v1"

# Record ids in paths and filters: bounded so a wild number is a 422, not a database error.
RecordId = Annotated[int, Ge(1), Le(2**31 - 1)]


@dataclass
class Ctx:
    """One authenticated request: its user, token and unit of work."""

    session: Session
    user: User
    token: ApiToken
    permission: str

    @property
    def username(self) -> str:
        return self.user.username


def requires(permission: str) -> Any:
    """A dependency that authenticates the caller, checks `permission` and yields a Ctx whose
    session is one unit of work, committed after the route returns (before the response
    goes out) and rolled back if anything fails."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")

    def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Iterator[Ctx]:
        if credentials is None or not credentials.credentials:
            raise AuthFailed("missing bearer token: send 'Authorization: Bearer <token>'")
        engine = request.app.state.engine
        # GET and HEAD write nothing: their transaction is read-only, so on SQLite readers do
        # not queue behind writers, and the token's last use is recorded apart, once a minute.
        reading = request.method in ("GET", "HEAD")
        # The actor is filled in once the token is known; audit records read it when written.
        with unit_of_work(engine, actor="api", via="api", read_only=reading) as session:
            user, token = verify_token(session, credentials.credentials, touch=not reading)
            if not token_allows(user, token, permission):
                raise Forbidden(
                    f"user {user.username} ({user.role}) may not use {permission}",
                    details={"permission": permission, "role": str(user.role)},
                )
            session.info["actor"] = user.username
            stale = reading and needs_touch(token)
            yield Ctx(session=session, user=user, token=token, permission=permission)
        if stale:
            with unit_of_work(engine, actor=user.username, via="api") as session:
                touch_token(session, token.id)

    # Read back by the OpenAPI document and the permission-table tests.
    dependency.permission = permission  # type: ignore[attr-defined]
    return Depends(dependency, scope="function")


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` counts every match, not just this page."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass
class Paging:
    limit: int
    offset: int
    sort: str | None


def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="Rows per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=2**31 - 1, description="Rows to skip.")] = 0,
    sort: Annotated[
        str | None,
        Query(description="Comma-separated fields; a leading '-' sorts descending."),
    ] = None,
) -> Paging:
    return Paging(limit=limit, offset=offset, sort=sort)


PagingDep = Annotated[Paging, Depends(paging)]


def order_by(
    sort: str | None, allowed: dict[str, Any], default: Sequence[Any]
) -> list[ColumnElement[Any]]:
    """Sort clauses from `-field,field` against a whitelist of sortable columns."""
    if not sort:
        return list(default)
    clauses = []
    for part in sort.split(","):
        name = part.strip()
        desc = name.startswith("-")
        name = name.lstrip("-+")
        if name not in allowed:
            raise InvalidInput("sort", f"cannot sort by {name!r}; choose from {', '.join(allowed)}")
        col = allowed[name]
        clauses.append(col.desc() if desc else col.asc())
    return clauses


def paginate(
    session: Session,
    stmt: Select[Any],
    out: type[M],
    paging: Paging,
    sortable: dict[str, Any],
    default: Sequence[Any],
    tiebreak: Any,
    options: Sequence[Any] = (),
) -> Page[M]:
    """Count the matches, then load one page in a stable order (ties broken by id)."""
    clauses = order_by(paging.sort, sortable, default)
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = session.scalars(
        stmt.options(*options)
        .order_by(*clauses, tiebreak)
        .limit(paging.limit)
        .offset(paging.offset)
    ).all()
    return Page[out](  # type: ignore[valid-type]
        items=[out.model_validate(r) for r in rows],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


def page_of(items: list[T], paging: Paging, key: Callable[[T, str], Any]) -> tuple[list[T], int]:
    """Sort and slice a list computed in Python (a report's rows)."""
    if paging.sort:
        for part in reversed(paging.sort.split(",")):
            name = part.strip()
            field = name.lstrip("-+")
            # Stable sorts applied last-key-first give a multi-key order.
            items = sorted(items, key=partial(_by, key, field), reverse=name.startswith("-"))
    return items[paging.offset : paging.offset + paging.limit], len(items)


def _by(key: Callable[[T, str], Any], field: str, item: T) -> Any:
    return key(item, field)


# --- Idempotency -------------------------------------------------------------------------

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=MAX_KEY_LENGTH,
        description="Send the same key when retrying: the first result is returned again and "
        "nothing is created twice.",
    ),
]


def scoped_key(ctx: Ctx, key: str | None) -> str | None:
    """Keys are per user: two users who happen to pick the same key do not collide."""
    return f"{ctx.username}:{key}" if key else None


def once(
    ctx: Ctx,
    operation: str,
    key: str | None,
    do: Callable[[], Any],
    load: Callable[[int], T],
) -> T:
    """Run `do` unless this user already ran `operation` with `key`; either way return the
    entity it produced, re-read by `load` (so a retry sees the same record)."""
    scoped = scoped_key(ctx, key)
    earlier = idempotency.seen(ctx.session, scoped, f"api:{operation}")
    if earlier is not None:
        return load(earlier)
    created = do()
    ctx.session.flush()
    idempotency.remember(ctx.session, scoped, f"api:{operation}", created.id)
    settle(ctx)
    return load(created.id)


def once_return(
    ctx: Ctx,
    kind: str,
    order_id: int,
    key: str | None,
    do: Callable[[], tuple[Any, Any | None]],
) -> tuple[ShipmentOut, InvoiceOut | None]:
    """`once` for a return, which makes two records (the goods going back and the credit
    note, if any): each is remembered under its own operation so a retry finds both."""
    scoped = scoped_key(ctx, key)
    ship_op, note_op = f"api:{kind}.return:{order_id}", f"api:{kind}.credit:{order_id}"
    shipment_id = idempotency.seen(ctx.session, scoped, ship_op)
    note_id = idempotency.seen(ctx.session, scoped, note_op)
    if shipment_id is None:
        shipment, note = do()
        ctx.session.flush()
        shipment_id, note_id = shipment.id, note.id if note is not None else None
        idempotency.remember(ctx.session, scoped, ship_op, shipment_id)
        if note_id is not None:
            idempotency.remember(ctx.session, scoped, note_op, note_id)
        settle(ctx)
    credit = invoicing.get_invoice(ctx.session, note_id) if note_id is not None else None
    return (
        ShipmentOut.model_validate(inventory.get_shipment(ctx.session, shipment_id)),
        InvoiceOut.model_validate(credit) if credit is not None else None,
    )


def settle(ctx: Ctx) -> None:
    """Write pending changes and forget loaded state, so a response is rendered from what the
    database holds (e.g. "10.000", not the "10" sent): a replayed request then gets the same
    body as the first one."""
    ctx.session.flush()
    ctx.session.expire_all()


# --- Optimistic concurrency --------------------------------------------------------------

_ETAG = re.compile(r'^\s*(?:W/)?"?v(\d+)"?\s*$')


def etag(version: int) -> str:
    return f'"v{version}"'


def wanted_version(if_match: str | None, body_version: int | None) -> int:
    """The version a PATCH expects: from If-Match, the body, or both when they agree."""
    header_version: int | None = None
    if if_match is not None:
        m = _ETAG.match(if_match)
        if m is None:
            raise InvalidInput("If-Match", f'{if_match!r} is not an ETag of this API ("v3")')
        header_version = int(m.group(1))
    if header_version is not None and body_version is not None and header_version != body_version:
        raise InvalidInput(
            "version", f"body says {body_version} but If-Match says {header_version}"
        )
    version = header_version if header_version is not None else body_version
    if version is None:
        raise PreconditionRequired(
            "send the version you read: a 'version' field or an If-Match header",
            details={"field": "version"},
        )
    return version


def service_key(ctx: Ctx, header: str | None, body: str | None) -> str | None:
    """The key handed to a service that dedupes itself: the header's, else the body's,
    scoped to the user either way."""
    key = header or body
    if key is not None and len(key) > MAX_KEY_LENGTH:
        raise InvalidInput("idempotency_key", f"must be at most {MAX_KEY_LENGTH} characters")
    return scoped_key(ctx, key)
