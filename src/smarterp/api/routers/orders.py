"""What the sales and purchase order routes share: list, read, create, cancel, take goods back
and what can be done now, each kind of order with its own schemas, permissions and words."""

# No `from __future__ import annotations` here: FastAPI reads the handlers' annotations, and
# they name the schemas and permissions of the kind of order the routes are made for.

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from smarterp.api.deps import (
    API_PREFIX,
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    etag,
    once,
    once_return,
    paginate,
    requires,
    service_key,
    settle,
)
from smarterp.api.schemas import CancelIn, ReturnIn
from smarterp.erp.actions import ActionOut, ActionTable

ON_OR_AFTER = "Order date on or after."
ON_OR_BEFORE = "Order date on or before."


@dataclass(frozen=True)
class OrderRoutes:
    """One kind of order as the API serves it."""

    router: APIRouter
    kind: str  # "sales_order": names its idempotent operations
    model: Any  # the ORM class
    states: type[Enum]
    order_in: type[BaseModel]
    out: type[BaseModel]
    partner: str  # "customer": the list's filter is `customer_id`
    read: str  # the permission to read and list
    write: str  # the permission to create
    actions: ActionTable[Any]
    get_order: Callable[[Session, int], Any]
    # The area's reads (erp/<area>/queries.py): the matching orders and their usual order.
    matching: Callable[..., Any]
    newest_first: Callable[[], tuple[Any, ...]]
    sortable: dict[str, InstrumentedAttribute[Any]] = field(default_factory=dict)

    def out_of(self, ctx: Ctx, order_id: int) -> Any:
        return self.out.model_validate(self.get_order(ctx.session, order_id))

    def add_reads_and_create(
        self,
        create: Callable[[Session, Any], Any],
        *,
        list_summary: str,
        create_summary: str,
        search_help: str,
    ) -> None:
        """GET the list (filtered, searched, paged, sorted) and one order; POST a draft."""
        Read = Annotated[Ctx, requires(self.read)]
        Write = Annotated[Ctx, requires(self.write)]
        out = self.out
        sortable = {
            "id": self.model.id,
            "number": self.model.number,
            "order_date": self.model.order_date,
            "amount_total": self.model.amount_total,
            "state": self.model.state,
        } | self.sortable

        @self.router.get("", response_model=Page[out], summary=list_summary)  # type: ignore[valid-type]
        def list_orders(
            ctx: Read,
            paging: PagingDep,
            state: self.states | None = None,  # type: ignore[name-defined]
            partner_id: Annotated[RecordId | None, Query(alias=f"{self.partner}_id")] = None,
            date_from: Annotated[dt.date | None, Query(description=ON_OR_AFTER)] = None,
            date_to: Annotated[dt.date | None, Query(description=ON_OR_BEFORE)] = None,
            q: Annotated[str | None, Query(description=search_help)] = None,
        ) -> Any:
            stmt = self.matching(
                q=q,
                state=state,
                date_from=date_from,
                date_to=date_to,
                **{f"{self.partner}_id": partner_id},
            )
            return paginate(
                ctx.session,
                stmt,
                out,
                paging,
                sortable,
                self.newest_first(),
                self.model.id.desc(),
                options=[selectinload(self.model.lines)],
            )

        @self.router.get("/{order_id}", response_model=out)
        def get_order(ctx: Read, order_id: RecordId) -> Any:
            return self.out_of(ctx, order_id)

        @self.router.post("", response_model=out, status_code=201, summary=create_summary)
        def create_order(
            ctx: Write,
            body: self.order_in,  # type: ignore[name-defined]
            response: Response,
            idempotency_key: IdempotencyKey = None,
        ) -> Any:
            cmd = body.model_copy(
                update={"idempotency_key": service_key(ctx, idempotency_key, body.idempotency_key)}
            )
            order = create(ctx.session, cmd)
            settle(ctx)
            response.headers["Location"] = f"{API_PREFIX}{self.router.prefix}/{order.id}"
            return self.out_of(ctx, order.id)

    def add_revise(
        self, revise: Callable[[Session, int, Any], Any], revision: type[BaseModel], summary: str
    ) -> None:
        """PUT a draft as it is to be (terms and lines; a line left out is removed), at the
        version it was read at; taken only while the action table allows editing it."""
        Edit = Annotated[Ctx, requires(self.actions["edit"].permission)]
        out = self.out

        @self.router.put("/{order_id}", response_model=out, summary=summary)
        def revise_order(
            ctx: Edit,
            order_id: RecordId,
            body: revision,  # type: ignore[valid-type]
            response: Response,
        ) -> Any:
            order = revise(ctx.session, order_id, body)
            settle(ctx)
            response.headers["ETag"] = etag(order.version)
            return self.out_of(ctx, order_id)

    def add_cancel_return_and_actions(
        self,
        *,
        cancel: Callable[[Session, int, str | None], Any],
        send_back: Callable[[Session, int, ReturnIn], tuple[Any, Any]],
        returned_out: type[BaseModel],
        return_doc: str,
    ) -> None:
        """POST cancel and return, GET what can be done now; each takes the permission its
        row in the order's action table names."""
        Read = Annotated[Ctx, requires(self.read)]
        Cancel = Annotated[Ctx, requires(self.actions["cancel"].permission)]
        TakeBack = Annotated[Ctx, requires(self.actions["return"].permission)]
        out = self.out

        @self.router.post("/{order_id}/cancel", response_model=out)
        def cancel_order(
            ctx: Cancel,
            order_id: RecordId,
            body: CancelIn | None = None,
            idempotency_key: IdempotencyKey = None,
        ) -> Any:
            reason = body.reason if body else None
            order = once(
                ctx,
                f"{self.kind}.cancel:{order_id}",
                idempotency_key,
                lambda: cancel(ctx.session, order_id, reason),
                lambda oid: self.get_order(ctx.session, oid),
            )
            return out.model_validate(order)

        @self.router.post(
            "/{order_id}/return",
            response_model=returned_out,
            status_code=201,
            description=return_doc,
        )
        def return_goods(
            ctx: TakeBack,
            order_id: RecordId,
            body: ReturnIn,
            idempotency_key: IdempotencyKey = None,
        ) -> Any:
            shipment, credit_note = once_return(
                ctx,
                self.kind,
                order_id,
                idempotency_key,
                lambda: send_back(ctx.session, order_id, body),
            )
            return returned_out(
                order=self.out_of(ctx, order_id), shipment=shipment, credit_note=credit_note
            )

        @self.router.get(
            "/{order_id}/actions", response_model=list[ActionOut], summary="What can be done now"
        )
        def list_actions(ctx: Read, order_id: RecordId) -> list[ActionOut]:
            """Every action on the order: whether the caller's role may take it and the order
            allows it now, and why not."""
            order = self.get_order(ctx.session, order_id)
            return self.actions.listing(ctx.session, order, ctx.user.role)
